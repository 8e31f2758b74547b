#!/usr/bin/env python3
"""Agreement of two judges on the FA-KES claim-cluster verdicts.

Usage: fakes_agreement.py VERDICTS_A.tsv VERDICTS_B.tsv [KEYS [CLAIMS.jsonl]]

Both files have the columns of fakes-verdicts.tsv (key, verdict, status, reason).
The comparison is over the keys both judged, or only over the keys listed one a
line in KEYS (for instance the `key ...` lines of a fakes_sample.py sheet with the
"key " prefix removed), so that a first judge's verdicts on other runs' clusters
do not count. Prints raw agreement and Cohen's kappa on the three verdicts and on
same against not same, each judge's precision (same / judged), the status
agreement on the clusters both call same, and every disagreement. With
CLAIMS.jsonl (what `sitrep claims --format jsonl` printed for the judged run) it
also splits the agreement between clusters whose supporting sentences are one
text copied (every pair at least 0.8 alike by difflib once lower-cased and
stripped of punctuation) and the others, where the judging is actually hard.
"""
import difflib
import json
import re
import sys
from collections import Counter

LABELS = ("same", "related", "different")


def read(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        key, verdict, status, reason = line.rstrip("\n").split("\t", 3)
        out[key] = (verdict, status, reason)
    return out


def kappa(pairs, labels):
    # Cohen's kappa: observed agreement corrected by the agreement expected from
    # each judge's own label shares.
    n = len(pairs)
    po = sum(a == b for a, b in pairs) / n
    ca, cb = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    pe = sum(ca[l] * cb[l] for l in labels) / (n * n)
    return po, (po - pe) / (1 - pe) if pe < 1 else float("nan")


def copied_text(claims_path):
    # Keys of the multi-article clusters whose supporting sentences are all
    # near-copies of one another: both judges call these same almost by rule.
    out = set()
    for line in open(claims_path, encoding="utf-8"):
        c = json.loads(line)
        pos = [p for p in c["positions"] if p["stance"] != "omits"]
        if len({p["doc"] for p in pos}) < 2:
            continue
        texts = [re.sub(r"[^a-z0-9 ]", "", p.get("sentence", "").lower()) for p in pos]
        if min(difflib.SequenceMatcher(None, x, y).ratio() for x in texts for y in texts) >= 0.8:
            out.add("|".join(sorted(p["event"] for p in pos if p.get("event"))))
    return out


def main():
    a, b = read(sys.argv[1]), read(sys.argv[2])
    keys = sorted(set(a) & set(b))
    if len(sys.argv) > 3:
        wanted = {l.strip().removeprefix("key ").strip() for l in open(sys.argv[3]) if l.strip()}
        keys = [k for k in keys if k in wanted]
        missing = wanted - set(a) - set(b)
        if missing:
            print(f"# {len(missing)} listed keys judged by neither")
    if not keys:
        sys.exit("no key judged by both")
    pairs = [(a[k][0], b[k][0]) for k in keys]
    n = len(pairs)
    po3, k3 = kappa(pairs, LABELS)
    bin_pairs = [(x == "same", y == "same") for x, y in pairs]
    po2, k2 = kappa(bin_pairs, (True, False))
    print(f"clusters judged by both: {n}")
    for name, col in (("A", 0), ("B", 1)):
        c = Counter(p[col] for p in pairs)
        print(f"judge {name}: same {c['same']}, related {c['related']}, different {c['different']}; "
              f"precision {c['same'] / n:.2f} (same), {(c['same'] + c['related']) / n:.2f} (same or related)")
    print(f"three verdicts: agreement {po3:.2f} ({round(po3 * n)} of {n}), Cohen's kappa {k3:.2f}")
    print(f"same vs not: agreement {po2:.2f} ({round(po2 * n)} of {n}), Cohen's kappa {k2:.2f}")
    both = [k for k in keys if a[k][0] == b[k][0] == "same"]
    st = sum(a[k][1] == b[k][1] for k in both)
    print(f"status on clusters both call same: {st} of {len(both)}")
    if len(sys.argv) > 4:
        copied = copied_text(sys.argv[4])
        for name, group in (("copied text", [k for k in keys if k in copied]),
                            ("other", [k for k in keys if k not in copied])):
            if not group:
                continue
            po, k = kappa([(a[x][0], b[x][0]) for x in group], LABELS)
            ks = "undefined (one verdict only)" if k != k else f"{k:.2f}"
            print(f"{name}: {len(group)} clusters, agreement {po:.2f} ({round(po * len(group))}), Cohen's kappa {ks}")
    print("confusion (rows A, columns B):")
    conf = Counter(pairs)
    print("            " + "".join(f"{l:>11}" for l in LABELS))
    for x in LABELS:
        print(f"{x:>12}" + "".join(f"{conf[(x, y)]:>11}" for y in LABELS))
    for k in keys:
        if a[k][0] != b[k][0] or (a[k][0] == "same" and a[k][1] != b[k][1]):
            print(f"\n{k}\n  A {a[k][0]} {a[k][1]}: {a[k][2]}\n  B {b[k][0]} {b[k][1]}: {b[k][2]}")


if __name__ == "__main__":
    main()
