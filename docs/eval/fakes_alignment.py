#!/usr/bin/env python3
"""Compare FA-KES outlet alignment with sitrep's framing scores.

Usage: fakes_alignment.py FRAMES.jsonl FAKES_updated_with_source_category.csv

FRAMES.jsonl is frame.Build's output grouped by full actor code (sitrep frames
--by code --format jsonl). FA-KES labels each outlet's stance toward the Syrian
government: pro, against or neutral (source_category). For each actor group and
outlet the script takes the sentence-weighted mean tone, then over the outlets:
Spearman's rho between alignment (pro +1, neutral 0, against -1) and tone, and
the AUC, the share of (pro, against) outlet pairs in which the pro outlet's tone
is higher (0.5 = no relation). Outlets with fewer than MIN_SENTENCES sentences
about a group are left out of that group. It does the same for the loaded-label
rate ("regime" per sentence about the government, "terrorist(s)" per sentence
about the opposition) and for the conflict share of the actor's events.
"""
import csv
import json
import sys
from collections import defaultdict

MIN_SENTENCES = 5

# ingest/csv.go's names for FA-KES source codes.
OUTLETS = {
    "ahram": "Ahram Online", "manar": "Al-Manar", "alalam": "Al-Alam", "alaraby": "Al-Araby Al-Jadeed",
    "dailysabah": "Daily Sabah", "sana": "SANA", "sputnik": "Sputnik", "etilaf": "Etilaf",
    "trt": "TRT World", "jordantimes": "The Jordan Times", "reuters": "Reuters", "arabiya": "Al Arabiya",
    "nna": "National News Agency", "asharqalawsat": "Asharq Al-Awsat", "tass": "TASS",
}

# Actor groups by code prefix.
GROUPS = {
    "Syrian government": ("SYRGOV", "SYRMIL", "SYRELI", "SYRPOL", "SYRSPY"),
    "Syrian opposition": ("SYRREB", "SYROPP", "SYRINS"),
    "Russia": ("RUS",),
    "Iran": ("IRN",),
    "United States": ("USA",),
    "Turkey": ("TUR",),
    "Islamic State": ("IMGMUSISI",),
    "Kurdish forces": ("SDF", "KUR"),
}
LABELS = {"Syrian government": ("regime",), "Syrian opposition": ("terrorist", "terrorists", "terror")}


def ranks(xs):
    order = sorted(range(len(xs)), key=lambda i: xs[i])
    r = [0.0] * len(xs)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and xs[order[j + 1]] == xs[order[i]]:
            j += 1
        for k in range(i, j + 1):
            r[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return r


def spearman(xs, ys):
    rx, ry = ranks(xs), ranks(ys)
    n = len(xs)
    mx, my = sum(rx) / n, sum(ry) / n
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    vx = sum((a - mx) ** 2 for a in rx) ** 0.5
    vy = sum((b - my) ** 2 for b in ry) ** 0.5
    return cov / (vx * vy) if vx and vy else float("nan")


def auc(pro, against):
    if not pro or not against:
        return float("nan")
    wins = sum((p > a) + 0.5 * (p == a) for p in pro for a in against)
    return wins / (len(pro) * len(against))


def main():
    frames_path, fakes_path = sys.argv[1], sys.argv[2]
    alignment = {}
    for row in csv.DictReader(open(fakes_path, encoding="utf-8", errors="replace")):
        alignment[OUTLETS.get(row["source"].lower(), row["source"])] = row["source_category"]
    score = {"pro": 1, "neutral": 0, "against": -1}
    acc = defaultdict(lambda: {"tone": 0.0, "n": 0, "labels": 0, "coop": 0, "conflict": 0})
    for line in open(frames_path, encoding="utf-8"):
        f = json.loads(line)
        if f["outlet"] not in alignment:
            continue
        for group, prefixes in GROUPS.items():
            if f["actor"].startswith(prefixes):
                a = acc[(group, f["outlet"])]
                a["tone"] += f["tone"] * f["sentences"]
                a["n"] += f["sentences"]
                a["coop"] += f["cooperation"]
                a["conflict"] += f["conflict"]
                a["labels"] += sum(n for w, n in (f.get("labels") or {}).items() if w in LABELS.get(group, ()))
    print("| actor | outlets (pro/against) | mean tone pro | mean tone against | rho(alignment, tone) | AUC tone | label | rho(alignment, label rate) | rho(alignment, conflict share) |")
    print("|---|---|---|---|---|---|---|---|---|")
    for group in GROUPS:
        rows = [(o, a) for (g, o), a in acc.items() if g == group and a["n"] >= MIN_SENTENCES]
        if len(rows) < 4:
            continue
        al = [score[alignment[o]] for o, _ in rows]
        tone = [a["tone"] / a["n"] for _, a in rows]
        rate = [a["labels"] / a["n"] for _, a in rows]
        share = [a["conflict"] / (a["coop"] + a["conflict"]) if a["coop"] + a["conflict"] else 0.5 for _, a in rows]
        pro = [t for t, s in zip(tone, al) if s == 1]
        against = [t for t, s in zip(tone, al) if s == -1]
        mean = lambda xs: sum(xs) / len(xs) if xs else float("nan")
        label = "/".join(LABELS.get(group, ())) or "-"
        lr = f"{spearman(al, rate):+.2f}" if group in LABELS else "-"
        print(f"| {group} | {len(rows)} ({len(pro)}/{len(against)}) | {mean(pro):+.3f} | {mean(against):+.3f} | "
              f"{spearman(al, tone):+.2f} | {auc(pro, against):.2f} | {label} | {lr} | {spearman(al, share):+.2f} |")
    print()
    print("Per outlet, Syrian government and opposition (tone, sentences):")
    print()
    print("| outlet | alignment | government tone | n | opposition tone | n |")
    print("|---|---|---|---|---|---|")
    for o in sorted(alignment, key=lambda o: (-score[alignment[o]], o)):
        g, p = acc.get(("Syrian government", o)), acc.get(("Syrian opposition", o))
        fmt = lambda a: (f"{a['tone'] / a['n']:+.3f}", a["n"]) if a and a["n"] else ("-", 0)
        print(f"| {o} | {alignment[o]} | {fmt(g)[0]} | {fmt(g)[1]} | {fmt(p)[0]} | {fmt(p)[1]} |")


if __name__ == "__main__":
    main()
