#!/usr/bin/env python3
"""Score the NER annotators' calibration files against UNER's gold.

    python3 docs/eval/ner_calibration.py SHARED nlp/ner/data/calibration/calib-*.tsv

Each file is the annotation format of nlp/ner/data/ewt-train-names.tsv
(SENT_ID<TAB>START-END:TYPE ... or "-"), over 80 sentences of UNER English EWT
dev (SHARED/data/uner/ewt/en_ewt-ud-dev.iob2). Prints exact-span precision,
recall and F1 per file: how well the annotation of EWT train agrees with UNER's
own annotators (nlp/ner/NOTES.md).
"""
import re
import sys


def gold_spans(path):
    gold, sid, tags = {}, None, []

    def flush():
        spans, i = set(), 0
        while i < len(tags):
            t = tags[i]
            if t.startswith("B-") and t[2:] in ("PER", "ORG", "LOC"):
                j = i + 1
                while j < len(tags) and tags[j] == "I-" + t[2:]:
                    j += 1
                spans.add((i + 1, j, t[2:]))
                i = j
            else:
                i += 1
        gold[sid] = spans

    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# sent_id"):
            sid = line.split("=", 1)[1].strip()
        elif line.startswith("#"):
            continue
        elif not line:
            if tags:
                flush()
            tags = []
        else:
            tags.append(line.split("\t")[2])
    if tags:
        flush()
    return gold


def read(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            continue
        sid, spans = line.split("\t")
        out[sid] = set()
        if spans.strip() == "-":
            continue
        for s in spans.split():
            m = re.fullmatch(r"(\d+)(?:-(\d+))?:(PER|ORG|LOC)", s)
            a = int(m.group(1))
            out[sid].add((a, int(m.group(2) or a), m.group(3)))
    return out


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    gold = gold_spans(sys.argv[1] + "/data/uner/ewt/en_ewt-ud-dev.iob2")
    for path in sys.argv[2:]:
        pred = read(path)
        tp = fp = fn = 0
        for sid, p in pred.items():
            g = gold[sid]
            tp, fp, fn = tp + len(g & p), fp + len(p - g), fn + len(g - p)
        prec, rec = tp / max(1, tp + fp), tp / max(1, tp + fn)
        f1 = 2 * prec * rec / max(1e-9, prec + rec)
        print(f"{path}: {len(pred)} sentences, P {prec:.3f} R {rec:.3f} F1 {f1:.3f}")


if __name__ == "__main__":
    main()
