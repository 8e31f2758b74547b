package ner

import (
	"github.com/sitrep-dev/sitrep"
)

// Score is precision, recall and F1 (fractions, not percentages) with the
// counts they come from.
type Score struct {
	P, R, F1   float64
	TP, FP, FN int
}

func score(tp, fp, fn int) Score {
	s := Score{TP: tp, FP: fp, FN: fn}
	if tp+fp > 0 {
		s.P = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		s.R = float64(tp) / float64(tp+fn)
	}
	if s.P+s.R > 0 {
		s.F1 = 2 * s.P * s.R / (s.P + s.R)
	}
	return s
}

// Evaluate runs r over the gold sentences and scores exact spans of PER, ORG and
// LOC as Universal NER's iob2_score.py does. perType maps each type to its
// {P, R, F1}.
func Evaluate(r *Recognizer, gold [][]sitrep.Token, goldTags [][]string) (p, rc, f1 float64, perType map[string][3]float64) {
	pred := make([][]string, len(gold))
	for i, toks := range gold {
		pred[i] = r.Tag(toks)
	}
	all, by := ScoreTags(goldTags, pred)
	perType = map[string][3]float64{}
	for t, s := range by {
		perType[t] = [3]float64{s.P, s.R, s.F1}
	}
	return all.P, all.R, all.F1, perType
}

// ScoreTags compares predicted IOB2 tags with gold ones, sentence by sentence,
// and returns the overall and per-type exact-span scores. Types other than PER,
// ORG and LOC are ignored.
func ScoreTags(gold, pred [][]string) (Score, map[string]Score) {
	type key struct{ s, e int }
	tp := map[string]int{}
	fp := map[string]int{}
	fn := map[string]int{}
	for i := range gold {
		g := map[key]string{}
		for _, e := range Spans(gold[i], nil) {
			if typeIndex(e.Type) >= 0 {
				g[key{e.Start, e.End}] = e.Type
			}
		}
		var p []sitrep.Entity
		if i < len(pred) {
			p = Spans(pred[i], nil)
		}
		for _, e := range p {
			if typeIndex(e.Type) < 0 {
				continue
			}
			k := key{e.Start, e.End}
			if g[k] == e.Type {
				tp[e.Type]++
				delete(g, k)
			} else {
				fp[e.Type]++
			}
		}
		for _, t := range g {
			fn[t]++
		}
	}
	by := map[string]Score{}
	var TP, FP, FN int
	for _, t := range Types {
		by[t] = score(tp[t], fp[t], fn[t])
		TP += tp[t]
		FP += fp[t]
		FN += fn[t]
	}
	return score(TP, FP, FN), by
}
