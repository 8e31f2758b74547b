#!/usr/bin/env python3
"""Rebuild the FA-KES event gold (docs/eval/fakes-events.gold.jsonl) in the seeds format.

usage: fakes_events_gold.py SHARED_DIR [--set dev|test | --gold FILE] [--csv OUT.csv]

The committed gold holds no article text: each line locates its sentence substring by
`offset` and `length`, UTF-8 bytes into the row's article_content field of
SHARED_DIR/data/corpora/fakes_syria/fakes.csv (the field as the CSV reader returns it,
decoded as sitrep decodes that file, windows-1252, and stripped of leading and trailing
whitespace, which is also what sitrep's CSV importer starts from), and `sha256`, the
first 12 hex digits of the substring's SHA-256. This script cuts the substrings out,
checks every hash (exit 1 on a mismatch: the CSV is not the one the gold was written on)
and prints one gold line per event to stdout in the format score_events.py reads
(`sentence` instead of the location).

With --csv it also writes the gold's rows, all columns, UTF-8, to OUT.csv, so that
exactly these articles can be coded:

    python3 docs/eval/fakes_events_gold.py $SITREP_SHARED --csv /tmp/fg.csv > /tmp/fg.jsonl
    sitrep code --format jsonl /tmp/fg.csv > /tmp/fg.events.jsonl
    python3 $SITREP_SHARED/eval/score_events.py /tmp/fg.jsonl /tmp/fg.events.jsonl --verbose

--set test rebuilds the held-out test set instead (fakes-events-test.gold.jsonl, see
fakes-events-test.md); --set dev, the default, is the development set.
"""
import csv
import hashlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fakes_events_select import read_rows  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = {"dev": "fakes-events.gold.jsonl", "test": "fakes-events-test.gold.jsonl"}


def locate(text, sub, occurrence=0):
    """Return (offset, length) in UTF-8 bytes of the occurrence-th copy of sub."""
    b, s = text.encode("utf-8"), sub.encode("utf-8")
    at = -1
    for _ in range(occurrence + 1):
        at = b.find(s, at + 1)
        if at < 0:
            raise ValueError(f"substring not found: {sub[:40]!r}")
    return at, len(s)


def digest(sub):
    return hashlib.sha256(sub.encode("utf-8")).hexdigest()[:12]


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if not args:
        sys.exit(__doc__)
    gold_path = os.path.join(HERE, "fakes-events.gold.jsonl")
    if "--set" in argv:
        which = argv[argv.index("--set") + 1]
        args.remove(which)
        if which not in GOLD:
            sys.exit(f"unknown set {which!r} (want dev or test)")
        gold_path = os.path.join(HERE, GOLD[which])
    if "--gold" in argv:
        gold_path = argv[argv.index("--gold") + 1]
        args.remove(gold_path)
    csv_out = None
    if "--csv" in argv:
        csv_out = argv[argv.index("--csv") + 1]
        args.remove(csv_out)
    header, rows = read_rows(args[0])
    by_id = {r["unit_id"]: r for r in rows}
    bad = 0
    docs = []
    with open(gold_path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            g = json.loads(line)
            row = by_id.get(g["doc"])
            if row is None:
                print(f"{gold_path}:{n}: no row with unit_id {g['doc']}", file=sys.stderr)
                bad += 1
                continue
            if g["doc"] not in docs:
                docs.append(g["doc"])
            b = row["article_content"].strip().encode("utf-8")
            sub = b[g.pop("offset"):][:g.pop("length")].decode("utf-8", errors="replace")
            want = g.pop("sha256")
            if digest(sub) != want:
                print(f"{gold_path}:{n}: hash mismatch for {g['doc']} (got {digest(sub)}, want {want})", file=sys.stderr)
                bad += 1
                continue
            out = {"doc": g.pop("doc"), "sentence": sub}
            out.update(g)
            print(json.dumps(out, ensure_ascii=False))
    if csv_out:
        with open(csv_out, "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=header)
            w.writeheader()
            w.writerows(by_id[d] for d in docs)
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1:])
