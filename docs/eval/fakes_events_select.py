#!/usr/bin/env python3
"""Choose the FA-KES articles of the event development set (docs/eval/fakes-events.md).

usage: fakes_events_select.py SHARED_DIR [--set dev|test] [--csv OUT.csv]

Prints one line per chosen article: unit_id, outlet, length of article_content.
With --csv it also writes those rows (all columns, UTF-8) to OUT.csv, which
`sitrep code --format jsonl OUT.csv` reads as the same documents (ids are unit_id).

The choice is stratified: all 15 outlets (OUTLETS, by number of rows), one article each.
Within an outlet the rows are sorted by unit_id, those whose article_content is
shorter than MIN_CHARS (near-empty stubs, headline-only rows) or longer than
MAX_CHARS (to keep blind annotation of the whole set within one session) are
dropped, and random.Random(SEED).choice picks one; a fresh generator per outlet
keeps each outlet's pick independent of the others.

--set test picks the held-out test set (docs/eval/fakes-events-test.md) the same way
with TEST_SEED, from the eligible rows left after removing the development set's 15
articles and every article whose first NEAR_DUP_CHARS characters equal those of one of
them (FA-KES holds the same story more than once, under different ids). The default,
--set dev, is the development set, unchanged.
"""
import csv
import io
import os
import random
import sys

OUTLETS = 15
SEED = 5
TEST_SEED = 17
NEAR_DUP_CHARS = 200
MIN_CHARS, MAX_CHARS = 800, 3500


def decode_cp1252(data):
    """Decode bytes as sitrep does for this file: chardet says ISO-8859-1, which
    the WHATWG index maps to windows-1252; its five undefined bytes become the
    C1 controls of the same value (sitrep then drops controls as whitespace)."""
    out = []
    for ch in data.decode("latin-1"):
        if "\x80" <= ch <= "\x9f":
            try:
                ch = ch.encode("latin-1").decode("cp1252")
            except UnicodeDecodeError:
                pass
        out.append(ch)
    return "".join(out)


def read_rows(shared):
    path = os.path.join(shared, "data", "corpora", "fakes_syria", "fakes.csv")
    with open(path, "rb") as f:
        data = f.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = decode_cp1252(data)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    return reader.fieldnames, list(reader)


def select(rows, seed=SEED, exclude=()):
    """One article per outlet; rows in exclude, and rows whose text begins as one
    of theirs does (NEAR_DUP_CHARS characters), are not eligible."""
    heads = {r["article_content"].strip()[:NEAR_DUP_CHARS] for r in exclude}
    ids = {r["unit_id"] for r in exclude}
    by_outlet = {}
    for r in rows:
        by_outlet.setdefault(r["source"].strip().lower(), []).append(r)
    outlets = sorted(by_outlet, key=lambda o: (-len(by_outlet[o]), o))[:OUTLETS]
    chosen = []
    for o in outlets:
        eligible = [r for r in sorted(by_outlet[o], key=lambda r: int(r["unit_id"]))
                    if MIN_CHARS <= len(r["article_content"].strip()) <= MAX_CHARS
                    and r["unit_id"] not in ids
                    and r["article_content"].strip()[:NEAR_DUP_CHARS] not in heads]
        chosen.append(random.Random(seed).choice(eligible))
    return chosen


def select_set(rows, which):
    dev = select(rows)
    if which == "dev":
        return dev
    if which == "test":
        return select(rows, TEST_SEED, dev)
    raise ValueError(f"unknown set {which!r} (want dev or test)")


def main(argv):
    if not argv or argv[0].startswith("-"):
        sys.exit(__doc__)
    header, rows = read_rows(argv[0])
    which = argv[argv.index("--set") + 1] if "--set" in argv else "dev"
    try:
        chosen = select_set(rows, which)
    except ValueError as e:
        sys.exit(str(e))
    for r in chosen:
        print(r["unit_id"], r["source"], len(r["article_content"].strip()), sep="\t")
    if "--csv" in argv:
        out = argv[argv.index("--csv") + 1]
        with open(out, "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=header)
            w.writeheader()
            w.writerows(chosen)


if __name__ == "__main__":
    main(sys.argv[1:])
