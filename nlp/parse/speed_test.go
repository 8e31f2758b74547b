package parse

import (
	"bytes"
	"cmp"
	"path/filepath"
	"slices"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/internal/cputime"
)

// refParser is the parser written the plain way, with nothing of the fast path:
// the model decoded into a Go map, every feature looked up on every transition and
// its weights added in model order. Parse must give exactly what it gives; the
// scores are float32 sums, so even a change in the order of the additions could
// flip a close decision, and this test would see it.
type refParser struct {
	labels  []string
	ext     bool
	more    *extraFeatures
	weights map[uint64]refFeature
	shift   uint8 // low bits of a feature hash the model's keys lack
}

type refFeature struct {
	cls []uint8
	w   []float32
}

func loadRef(t testing.TB) *refParser {
	t.Helper()
	return loadRefFrom(t, shippedModel)
}

// loadRefFrom decodes the model file b into a refParser.
func loadRefFrom(t testing.TB, b []byte) *refParser {
	t.Helper()
	r := &refParser{weights: map[uint64]refFeature{}}
	labels, ext, more, err := decodeModel(bytes.NewReader(b), func(_ int, _ *[256]int, shift uint8) { r.shift = shift }, func(key uint64, cls []uint8, w []float32) {
		r.weights[key] = refFeature{slices.Clone(cls), slices.Clone(w)}
	})
	if err != nil {
		t.Fatal(err)
	}
	r.labels, r.ext, r.more = labels, ext, more
	return r
}

func (r *refParser) parse(toks []sitrep.Token) {
	if len(toks) == 0 {
		return
	}
	var x sentence
	var st state
	var f [numFeatures]uint64
	scores := make([]float32, 1+2*len(r.labels))
	x.fill(toks, r.ext, r.more)
	st.reset(len(toks))
	for !st.terminal() {
		k := extract(&st, &x, &f)
		clear(scores)
		for _, key := range f[:k] {
			if key == 0 {
				continue
			}
			if ft, ok := r.weights[key>>r.shift]; ok {
				for j, c := range ft.cls {
					scores[c] += ft.w[j]
				}
			}
		}
		st.apply(argmaxValid(&st, scores, nil))
	}
	for i := range toks {
		toks[i].Head = int(st.head[i+1])
		toks[i].DepRel = r.labels[st.label[i+1]]
	}
}

// scores sets scores to the class scores of configuration st, the plain way.
func (r *refParser) scores(st *state, x *sentence, scores []float32) {
	var f [numFeatures]uint64
	k := extract(st, x, &f)
	clear(scores)
	for _, key := range f[:k] {
		if ft, ok := r.weights[key>>r.shift]; ok && key != 0 {
			for j, c := range ft.cls {
				scores[c] += ft.w[j]
			}
		}
	}
}

// parseBeam is beam search written the plain way: every hypothesis scored on
// its own, every valid transition of every hypothesis a candidate, all of them
// sorted stably (ties keep the order of hypotheses, then of classes) and the
// first width kept, less those more than threshold below the first (when
// threshold is above 0), each a fresh copy of its hypothesis.
// Parser.parseBeam prunes, shares and reuses; its trees must be these.
func (r *refParser) parseBeam(toks []sitrep.Token, width int, threshold float32) {
	var x sentence
	x.fill(toks, r.ext, r.more)
	type hyp struct {
		st    state
		total float32
	}
	var start hyp
	start.st.reset(len(toks))
	beam := []hyp{start}
	scores := make([]float32, 1+2*len(r.labels))
	for !beam[0].st.terminal() {
		var cands []candidate
		for h := range beam {
			st := &beam[h].st
			r.scores(st, &x, scores)
			for c := range scores {
				if (c == shift && st.canShift()) || (isLeft(c) && st.canLeft()) || (isRight(c) && st.canRight()) {
					cands = append(cands, candidate{from: h, class: c, score: beam[h].total + scores[c]})
				}
			}
		}
		slices.SortStableFunc(cands, func(a, b candidate) int { return cmp.Compare(b.score, a.score) })
		next := make([]hyp, 0, width)
		for i, c := range cands[:min(width, len(cands))] {
			if threshold > 0 && i > 0 && c.score < cands[0].score-threshold {
				break
			}
			var h hyp
			h.st.copyFrom(&beam[c.from].st)
			h.st.apply(c.class)
			h.total = c.score
			next = append(next, h)
		}
		beam = next
	}
	for i := range toks {
		toks[i].Head = int(beam[0].st.head[i+1])
		toks[i].DepRel = r.labels[beam[0].st.label[i+1]]
	}
}

// TestBeamMatchesReferenceEWT parses EWT dev with the shipped model's beam
// search and with refParser.parseBeam and wants the same head and relation for
// every word: at the shipped width and threshold over all of dev with gold
// tags and part of it with the tagger's, and at other widths and thresholds
// (other numbers of hypotheses share prefixes and survivors) over part of it.
func TestBeamMatchesReferenceEWT(t *testing.T) {
	dev := readFixture(t, filepath.Join(sharedData(t), "ud-ewt", "en_ewt-ud-dev.conllu"))
	var gold, pred [][]sitrep.Token
	for _, s := range dev {
		gold = append(gold, tokens(s, true))
		toks := tokens(s, false)
		tagTokens(toks)
		pred = append(pred, toks)
	}
	p, ref := shipped(t), loadRef(t)
	for _, c := range []struct {
		name      string
		width     int
		threshold float32
		sents     [][]sitrep.Token
	}{
		{"gold tags", ShippedBeam, ShippedThreshold, gold},
		{"tagger's tags", ShippedBeam, ShippedThreshold, pred[:500]},
		{"gold tags", ShippedBeam, 0, gold[:500]},
		{"tagger's tags", ShippedBeam, 50, pred[:300]},
		{"gold tags", 2, 0, gold[:300]},
		{"gold tags", 3, ShippedThreshold, gold[:300]},
		{"gold tags", 8, 0, gold[:300]},
		{"tagger's tags", 16, ShippedThreshold, pred[:100]},
	} {
		p := p.WithThreshold(c.threshold)
		words, diff := 0, 0
		for _, s := range c.sents {
			if len(s) > maxBeamWords {
				continue
			}
			a, b := slices.Clone(s), slices.Clone(s)
			p.parseWithBeam(a, c.width)
			ref.parseBeam(b, c.width, c.threshold)
			for i := range a {
				words++
				if a[i].Head != b[i].Head || a[i].DepRel != b[i].DepRel {
					if diff < 5 {
						t.Errorf("width %d, threshold %g, %s: %q word %d: got %d %s, reference %d %s", c.width, c.threshold, c.name, text(s), i+1,
							a[i].Head, a[i].DepRel, b[i].Head, b[i].DepRel)
					}
					diff++
				}
			}
		}
		t.Logf("width %d, threshold %g, %s: %d words, %d differ from the reference", c.width, c.threshold, c.name, words, diff)
	}
}

// TestParseMatchesReference parses the news fixture with the shipped model's
// fast path and with refParser and wants the same head and relation for every word.
func TestParseMatchesReference(t *testing.T) {
	var sents [][]sitrep.Token
	for _, s := range readFixture(t, "testdata/news.conllu") {
		sents = append(sents, tokens(s, true))
	}
	compareWithRef(t, "news fixture", sents)
}

// TestParseMatchesReferenceEWT does the same over all of EWT dev, with gold tags
// and with the tagger's, and over its first 5,000 words run together as one
// sentence (the fast path keeps per-sentence memory that a long sentence fills).
func TestParseMatchesReferenceEWT(t *testing.T) {
	dev := readFixture(t, filepath.Join(sharedData(t), "ud-ewt", "en_ewt-ud-dev.conllu"))
	var gold, pred [][]sitrep.Token
	var long []sitrep.Token
	for _, s := range dev {
		gold = append(gold, tokens(s, true))
		toks := tokens(s, false)
		tagTokens(toks)
		pred = append(pred, toks)
		if len(long) < 5000 {
			long = append(long, tokens(s, true)...)
		}
	}
	compareWithRef(t, "EWT dev, gold tags", gold)
	compareWithRef(t, "EWT dev, tagger's tags", pred)
	compareWithRef(t, "EWT dev run together", [][]sitrep.Token{long})
}

func compareWithRef(t *testing.T, name string, sents [][]sitrep.Token) {
	t.Helper()
	p, ref := shippedGreedy(t), loadRef(t)
	words, diff := 0, 0
	for _, s := range sents {
		a, b := slices.Clone(s), slices.Clone(s)
		p.Parse(a)
		ref.parse(b)
		for i := range a {
			words++
			if a[i].Head != b[i].Head || a[i].DepRel != b[i].DepRel {
				if diff < 5 {
					t.Errorf("%s: %q word %d: got %d %s, reference %d %s", name, text(s), i+1,
						a[i].Head, a[i].DepRel, b[i].Head, b[i].DepRel)
				}
				diff++
			}
		}
	}
	t.Logf("%s: %d words, %d differ from the reference", name, words, diff)
}

// TestTableRoundTrip checks that every feature of the shipped model reads back
// from the table as decoded, and that keys the model lacks are not found.
func TestTableRoundTrip(t *testing.T) {
	p, ref := shipped(t), loadRef(t)
	if p.weights.n != len(ref.weights) {
		t.Fatalf("table holds %d features, model %d", p.weights.n, len(ref.weights))
	}
	// The table's keys are the high bits of feature hashes (Save); a hash
	// with those high bits is found.
	hash := func(key uint64) uint64 { return key << p.weights.shift }
	seen := 0
	p.weights.each(func(key uint64, cls []uint8, w []float32) {
		seen++
		want, ok := ref.weights[key]
		if !ok || !slices.Equal(cls, want.cls) || !slices.Equal(w, want.w) {
			t.Fatalf("feature %x: table has %v %v, model %v %v", key, cls, w, want.cls, want.w)
		}
		if p.weights.find(hash(key)) == 0 {
			t.Fatalf("feature %x not found", key)
		}
	})
	if seen != len(ref.weights) {
		t.Fatalf("each visited %d features, want %d", seen, len(ref.weights))
	}
	// Keys that differ from a present key in one half only must not be found: the
	// index compares the high half, the record the low half.
	missing := 0
	for key := range ref.weights {
		for _, k := range []uint64{key ^ 1, key ^ 1<<(63-p.weights.shift)} {
			if _, ok := ref.weights[k]; !ok && p.weights.find(hash(k)) != 0 {
				t.Fatalf("absent key %x found", k)
			}
			missing++
		}
		if missing > 20000 {
			break
		}
	}
}

func text(toks []sitrep.Token) string {
	var b bytes.Buffer
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
		if b.Len() > 60 {
			b.WriteString("…")
			break
		}
	}
	return b.String()
}

// BenchmarkParseEWTDev parses all of EWT dev with gold tags. Unlike BenchmarkParse,
// whose few sentences keep their features in cache, two thousand different
// sentences make the weights come from memory as they do on real text.
func BenchmarkParseEWTDev(b *testing.B) {
	benchParseEWTDev(b, shipped(b).Parse)
}

// BenchmarkParseEWTDevThreshold is BenchmarkParseEWTDev with the shipped beam
// searched without a threshold and with ShippedThreshold, one after the other
// in one run, so that their ratio holds whatever else the machine is doing.
func BenchmarkParseEWTDevThreshold(b *testing.B) {
	for _, c := range []struct {
		name      string
		threshold float32
	}{{"none", 0}, {"shipped", ShippedThreshold}} {
		p := shipped(b).WithThreshold(c.threshold)
		b.Run(c.name, func(b *testing.B) { benchParseEWTDev(b, p.Parse) })
	}
}

// benchParseEWTDev parses EWT dev with parse and reports tokens per second and
// per CPU second.
func benchParseEWTDev(b *testing.B, parse func([]sitrep.Token)) {
	var sents [][]sitrep.Token
	for _, s := range readFixture(b, filepath.Join(sharedData(b), "ud-ewt", "en_ewt-ud-dev.conllu")) {
		sents = append(sents, tokens(s, true))
	}
	n := 0
	cpu := cputime.Used()
	for b.Loop() {
		for _, s := range sents {
			parse(s)
			n += len(s)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "tokens/s")
	if d := cputime.Used() - cpu; d > 0 {
		b.ReportMetric(float64(n)/d.Seconds(), "tokens/cpu-s")
	}
}
