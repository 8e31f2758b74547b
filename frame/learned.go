package frame

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/sitrep-dev/sitrep"
)

// The learned tone (Weights.Learned): a multinomial logistic regression over
// features of a sentence and one target in it, trained on sitrep's own labels
// of the sentiment conveyed toward the named targets of news written for
// sitrep (data/written, data/target-tone-written.tsv; frame/internal/traintone
// retrains data/tone_model.tsv.gz from them byte for byte). The tone is
// P(pos) − P(neg), blended with the lexicon's by Weights.Learned.

// Feature is one feature of a (sentence, target) pair and its value.
type Feature struct {
	Name  string
	Value float64
}

// Classes of the learned tone, in the order of a ToneModel's weights.
const (
	ClassNeg = iota
	ClassNeu
	ClassPos
)

// ToneModel is a trained classifier of the tone toward a target: per feature,
// one weight per class.
type ToneModel struct {
	Weights map[string][3]float64
	// Margin is the dead zone of the tone (LearnedTone), chosen with the
	// weights.
	Margin float64
}

// Tone is the model's tone toward the target of feats (LearnedTone).
func (m *ToneModel) Tone(feats []Feature) float64 {
	return LearnedTone(m.Probs(feats), m.Margin)
}

// LearnedTone turns class probabilities into a tone from −1 to 1: d = P(pos) −
// P(neg), moved toward 0 by margin and rescaled (sign(d)·max(0, |d|−margin)/
// (1−margin)). With most targets neutral a target's d is seldom near 0 though
// neutral is likeliest; the margin, chosen by cross-validation on the labels,
// makes the tone's sign at ±0.05 (how the validation corpora read a tone) the
// class the model means, and keeps the order of tones within each side.
func LearnedTone(p [3]float64, margin float64) float64 {
	d := p[ClassPos] - p[ClassNeg]
	a := max(abs(d)-margin, 0) / (1 - margin)
	if d < 0 {
		return -a
	}
	return a
}

func abs(f float64) float64 { return max(f, -f) }

// DefaultModel returns the shipped model, loaded once.
var DefaultModel = sync.OnceValues(func() (*ToneModel, error) {
	b, err := dataFS.ReadFile("data/tone_model.tsv.gz")
	if err != nil {
		return nil, err
	}
	return ReadToneModel(b)
})

// ReadToneModel reads the gzipped format WriteToneModel writes.
func ReadToneModel(gz []byte) (*ToneModel, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("tone model: %w", err)
	}
	m := &ToneModel{Weights: map[string][3]float64{}}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if v, ok := strings.CutPrefix(line, "!margin\t"); ok {
			if m.Margin, err = strconv.ParseFloat(v, 64); err != nil || m.Margin < 0 || m.Margin >= 1 {
				return nil, fmt.Errorf("tone model: bad margin %q", line)
			}
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("tone model: bad line %q", line)
		}
		var w [3]float64
		for c := range 3 {
			if w[c], err = strconv.ParseFloat(f[c+1], 64); err != nil {
				return nil, fmt.Errorf("tone model: %q: %w", line, err)
			}
		}
		m.Weights[f[0]] = w
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("tone model: %w", err)
	}
	return m, nil
}

// Probs is the model's probability of each class given the features.
func (m *ToneModel) Probs(feats []Feature) [3]float64 {
	var z [3]float64
	for _, f := range feats {
		if w, ok := m.Weights[f.Name]; ok {
			for c := range 3 {
				z[c] += w[c] * f.Value
			}
		}
	}
	return Softmax(z)
}

// Softmax turns class scores into probabilities.
func Softmax(z [3]float64) [3]float64 {
	mx := max(z[0], z[1], z[2])
	var p [3]float64
	var sum float64
	for c := range 3 {
		p[c] = math.Exp(z[c] - mx)
		sum += p[c]
	}
	for c := range 3 {
		p[c] /= sum
	}
	return p
}

// contentPOS are the parts of speech whose lemmas are features: the words that
// can judge. Names (PROPN) never are.
var contentPOS = map[string]bool{"NOUN": true, "VERB": true, "ADJ": true, "ADV": true, "INTJ": true}

// TargetFeatures are the learned tone's features of toks toward the target at
// the token ranges targets (the first is its mention), with others the other
// actors' mentions, skip the tokens that are no judgement (names, actor
// mentions), voice whose words each token is (nil: the outlet's own) and lex
// the lexicon's tone toward the target (ToneTargets with Learned 0):
//
//   - the lexicon's tone, as a value and by its sign;
//   - VADER valences (negation applied) summed by distance from the target in
//     the tree (1, 2, 3–4 arcs, further; in tokens without a tree), by voice
//     (own, relayed, the target's own words), and apart when the word is nearer
//     another actor;
//   - the lemmas of the content words within two arcs, and within four, and
//     those negated;
//   - the target's relation to its head, the head's lemma, and the two
//     together (role × verb), and whether the head is negated;
//   - whether the target is inside relayed words, whether it is quoted speaking,
//     how many other actors the sentence names and whether one is within two
//     arcs.
func (l *Lexicon) TargetFeatures(toks []sitrep.Token, skip func(i int) bool, voice []Voice, targets, others [][2]int, lex float64) []Feature {
	feats := []Feature{{"bias", 1}, {"lex", lex}}
	switch sign := lexSign(lex); sign {
	case 1:
		feats = append(feats, Feature{"lex+", 1})
	case -1:
		feats = append(feats, Feature{"lex-", 1})
	}
	if len(targets) == 0 || len(toks) == 0 {
		return feats
	}
	inTarget := func(i int) bool {
		for _, t := range targets {
			if i >= t[0] && i < t[1] {
				return true
			}
		}
		return false
	}
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = strings.ToLower(t.Text)
	}
	lemma := func(i int) string {
		if toks[i].Lemma != "" {
			return strings.ToLower(toks[i].Lemma)
		}
		return words[i]
	}
	negated := func(i int) bool {
		for k := 1; k <= 3 && i-k >= 0; k++ {
			if l.negation[words[i-k]] {
				return true
			}
		}
		return false
	}
	var dT, dO []int
	tree := hasTree(toks)
	if tree {
		dT = treeDistances(toks, targets)
		if len(others) > 0 {
			dO = treeDistances(toks, others)
		}
	}
	tokDist := func(i int, rs [][2]int) int {
		d := len(toks) + 1
		for _, r := range rs {
			d = min(d, distance(i, r[0], r[1]))
		}
		return d
	}
	sums := map[string]float64{}
	add := func(name string, v float64) { sums[name] += v }
	for i := range toks {
		if inTarget(i) || (skip != nil && skip(i)) {
			continue
		}
		var d, do int
		if tree {
			d = dT[i]
			do = len(toks) + 1
			if dO != nil {
				do = dO[i]
			}
		} else {
			// Without a tree, tokens stand in for arcs at about three
			// tokens an arc.
			d = (tokDist(i, targets) + 2) / 3
			do = len(toks) + 1
			if len(others) > 0 {
				do = (tokDist(i, others) + 2) / 3
			}
		}
		b := "f"
		switch {
		case do < d:
			b = "o"
		case d <= 1:
			b = "1"
		case d == 2:
			b = "2"
		case d <= 4:
			b = "3"
		}
		vs := ""
		if i < len(voice) {
			switch voice[i] {
			case QuotedVoice, ReportedVoice:
				vs = "q"
			case SelfVoice:
				vs = "s"
			}
		}
		neg := negated(i)
		if v, ok := l.valence[words[i]]; ok && v != 0 {
			if neg {
				v *= negationScale
			}
			if v > 0 {
				add("v+"+b+vs, v/4)
			} else {
				add("v-"+b+vs, -v/4)
			}
		}
		if !contentPOS[toks[i].UPOS] || b == "o" || b == "f" {
			continue
		}
		lm := lemma(i)
		if d <= 2 {
			add("w2:"+lm, 1)
			if neg {
				add("not:"+lm, 1)
			}
		}
		add("w4:"+lm, 1)
	}
	if tree {
		if head := spanHead(toks, targets[0][0], targets[0][1]); head >= 0 {
			rel := toks[head].DepRel
			add("rel:"+rel, 1)
			if h := toks[head].Head - 1; h >= 0 {
				hl := lemma(h)
				add("head:"+hl, 1)
				add("role:"+rel+":"+hl, 1)
				for i, t := range toks {
					if t.Head-1 == h && (l.negation[words[i]] || t.DepRel == "neg") {
						add("headneg", 1)
						add("headneg:"+rel, 1)
						break
					}
				}
			}
		}
	}
	relayed, self := false, false
	for i := range voice {
		if inTarget(i) && (voice[i] == QuotedVoice || voice[i] == ReportedVoice) {
			relayed = true
		}
		if voice[i] == SelfVoice {
			self = true
		}
	}
	if relayed {
		add("inquote", 1)
	}
	if self {
		add("speaks", 1)
	}
	add("others:"+strconv.Itoa(min(len(others), 3)), 1)
	if len(others) > 0 {
		near := false
		for _, o := range others {
			for i := max(o[0], 0); i < min(o[1], len(toks)); i++ {
				if tree && dT[i] <= 2 || !tree && tokDist(i, targets) <= 6 {
					near = true
				}
			}
		}
		if near {
			add("othernear", 1)
		}
	}
	names := make([]string, 0, len(sums))
	for n := range sums {
		names = append(names, n)
	}
	// Sorted so that a score sums its terms in one order on every run.
	slices.Sort(names)
	for _, n := range names {
		feats = append(feats, Feature{n, sums[n]})
	}
	return feats
}

// lexSign is the sign the validation reads off a tone (±0.05).
func lexSign(f float64) int {
	switch {
	case f > 0.05:
		return 1
	case f < -0.05:
		return -1
	}
	return 0
}
