#!/usr/bin/env python3
"""Carry FA-KES cluster verdicts from one run's event ids to another's.

Usage: remap_verdicts.py OLD_EVENTS.jsonl NEW_EVENTS.jsonl VERDICTS.tsv > NEW_VERDICTS.tsv

Event ids are DOC-SENTENCE-N, so a change in how a document is split into
paragraphs (a dateline made a paragraph of its own) renumbers its sentences and
the verdicts keyed by the old ids stop matching. An old event is the new event of
the same document with the same source, target, CAMEO code and verb whose
sentence is the old one, or is contained in it (the head split off), or contains
it. Keys whose events all have a counterpart are rewritten; the others keep the
ids without one as GONE:id, which no export has. Counts go to stderr.
"""
import collections
import json
import sys


def load(path):
    with open(path, encoding="utf-8") as f:
        return {e["id"]: e for e in map(json.loads, f)}


def signature(e):
    return (e.get("source", {}).get("code"), e.get("target", {}).get("code"), e.get("cameo"), e.get("verb"))


def main():
    old, new = load(sys.argv[1]), load(sys.argv[2])
    by_doc = collections.defaultdict(list)
    for e in new.values():
        by_doc[e["doc"]].append(e)
    mapping = {}
    for i, e in old.items():
        cands = [n for n in by_doc[e["doc"]] if signature(n) == signature(e)
                 and (n["sentence"] in e["sentence"] or e["sentence"] in n["sentence"])]
        if len(cands) > 1:
            # The same id first, then the same sentence: two events of one
            # sentence share the signature only when they are the same event.
            cands = [n for n in cands if n["id"] == i] or [n for n in cands if n["sentence"] == e["sentence"]] or cands
        if cands:
            mapping[i] = cands[0]["id"]
    moved = sum(mapping[i] != i for i in mapping)
    print(f"# {len(old)} old events: {len(mapping)} matched ({moved} with a new id), {len(old) - len(mapping)} without a counterpart", file=sys.stderr)
    keys = full = 0
    with open(sys.argv[3], encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                print(line, end="")
                continue
            key, rest = line.split("\t", 1)
            ids = key.split("|")
            keys += 1
            full += all(i in mapping for i in ids)
            print("|".join(sorted(mapping.get(i, "GONE:" + i) for i in ids)) + "\t" + rest, end="")
    print(f"# {keys} verdicts, {full} with every event matched", file=sys.stderr)


if __name__ == "__main__":
    main()
