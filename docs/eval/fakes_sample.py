#!/usr/bin/env python3
"""Draw the hand-check sample of FA-KES claim clusters and print a judging sheet.

Usage: fakes_sample.py [--mismatches] CLAIMS.jsonl EVENTS.jsonl [N] [SEED] [VERDICTS.tsv]

A multi-article cluster is a claim whose non-omitting positions come from two or
more documents. The sample is random.Random(SEED).sample over those clusters in
the order of their sorted event-id sets (stable across runs whatever the claim
ids), N=50, SEED=6 (the issue number). Each cluster is keyed by the sorted ids of
its supporting events, so that a verdict recorded for one run can be reused for
an identical cluster in another. With VERDICTS.tsv (key, verdict, status,
reason) it prints the precision over the judged sample and the sheet of the
clusters still to judge, and the known same-event pairs kept: of the pairs of
events from two documents that sit together in some cluster ever judged *same*
(and that EVENTS.jsonl still has), the share that one cluster of CLAIMS.jsonl
holds together — a check that precision is not bought by splitting real events.
With --mismatches it also lists the judged *same* clusters of the sample whose
status differs from the verdict's, with their positions, before the sheet.
"""
import json
import random
import sys


def show(c, key, pos, events):
    print(f"\n## {c['id']} [{c['status']}, {c['independent_outlets']} indep] {c['summary']} date={c['event'].get('date','')} place={c['event'].get('place','')}")
    print(f"key {key}")
    for d in c.get("derivative") or []:
        print(f"  derivative {d.get('doc')} <- {d.get('upstream')}")
    for p in pos:
        e = events.get(p.get("event"), {})
        print(f"- {p['doc']} {p.get('outlet','')} {p['stance']} {e.get('source',{}).get('code')} {e.get('cameo')} {e.get('target',{}).get('code')} mode={e.get('mode')} date={e.get('date','')}({e.get('date_from','')}) place={(e.get('place') or {}).get('name','')}")
        print(f"    {p.get('sentence','')}")


def main():
    mismatches = "--mismatches" in sys.argv
    sys.argv = [a for a in sys.argv if a != "--mismatches"]
    claims_path, events_path = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 50
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 6
    verdicts = {}
    if len(sys.argv) > 5:
        for line in open(sys.argv[5], encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            key, verdict, status, _ = line.rstrip("\n").split("\t", 3)
            verdicts[key] = (verdict, status)
    # Each sampled cluster with its verdict and whether sitrep's status is the one
    # the checker says it should have.
    events = {}
    for line in open(events_path, encoding="utf-8"):
        e = json.loads(line)
        events[e["id"]] = e
    multi = []
    for line in open(claims_path, encoding="utf-8"):
        c = json.loads(line)
        pos = [p for p in c["positions"] if p["stance"] != "omits"]
        if len({p["doc"] for p in pos}) >= 2:
            key = "|".join(sorted(p["event"] for p in pos if p.get("event")))
            multi.append((key, c, pos))
    multi.sort(key=lambda x: x[0])
    sample = random.Random(seed).sample(multi, min(n, len(multi)))
    print(f"# {len(multi)} multi-article clusters, sample of {len(sample)} (seed {seed})")
    if verdicts:
        judged = [(verdicts[k][0], verdicts[k][1] == c["status"]) for k, c, _ in sample if k in verdicts]
        same = sum(v == "same" for v, _ in judged)
        related = sum(v == "related" for v, _ in judged)
        ok = sum(v == "same" and right for v, right in judged)
        print(f"# judged {len(judged)}: same {same}, related {related}, different {len(judged) - same - related}; "
              f"precision {same / max(len(judged), 1):.2f} (same), {(same + related) / max(len(judged), 1):.2f} (same or related); "
              f"status right on {ok} of {same} one-event clusters")
        if mismatches:
            for key, c, pos in sample:
                if key in verdicts and verdicts[key][0] == "same" and verdicts[key][1] != c["status"]:
                    print(f"\n# status mismatch: verdict {verdicts[key][1]}")
                    show(c, key, pos, events)
        sample = [x for x in sample if x[0] not in verdicts]
        pairs = set()
        for key, (verdict, _) in verdicts.items():
            if verdict != "same":
                continue
            ids = [i for i in key.split("|") if i in events]
            pairs |= {(a, b) for a in ids for b in ids if a < b and a.split("-")[0] != b.split("-")[0]}
        together = set()
        for _, _, pos in multi:
            ids = sorted(p["event"] for p in pos if p.get("event"))
            together |= {(a, b) for a in ids for b in ids if a < b}
        kept = len(pairs & together)
        print(f"# known same-event pairs kept: {kept} of {len(pairs)} = {kept / max(len(pairs), 1):.2f}")
    for key, c, pos in sample:
        show(c, key, pos, events)


if __name__ == "__main__":
    main()
