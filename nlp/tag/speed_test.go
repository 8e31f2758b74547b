package tag

import (
	"path/filepath"
	"testing"

	sitrep "github.com/sitrep-dev/sitrep"

	"github.com/sitrep-dev/sitrep/internal/cputime"
)

// refTags tags toks through weights' own index (the layout training uses), with
// none of the fast path: scores without spare capacity make predict take the plain
// loop.
func refTags(t *Tagger, toks []sitrep.Token) []uint64 {
	ws := make([]wordInfo, len(toks))
	for i := range toks {
		ws[i].set(toks[i].Text, t.amb, t.wc)
	}
	return t.pass(nil, ws, make([]float32, len(t.upos)))
}

// TestTagMatchesReference wants Tag, which scores with the fast tables, to give
// every token of EWT dev the tag the plain loop gives. The scores are float32 sums,
// so a change in the order of the additions could flip a close decision.
func TestTagMatchesReference(t *testing.T) {
	gold, err := readFile(filepath.Join(sharedDir(t), "data/ud-ewt/en_ewt-ud-dev.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	tg := load(t)
	if tg.first.fast == nil || tg.second.fast == nil {
		t.Fatal("the shipped model has no fast tables: Tag would only compare the plain loop with itself")
	}
	words, diff := 0, 0
	for _, s := range gold {
		toks := make([]sitrep.Token, len(s.Words))
		for i, w := range s.Words {
			toks[i].Text = w.Form
		}
		// The reference is the plain loop's tags, repaired as Tag repairs them.
		ref := make([]sitrep.Token, len(toks))
		for i, k := range refTags(tg, toks) {
			ref[i] = sitrep.Token{Text: toks[i].Text, UPOS: tg.upos[k], XPOS: tg.xpos[k]}
		}
		if tg.repair {
			repair(ref)
		}
		tg.Tag(toks)
		for i, tk := range toks {
			words++
			if tk.UPOS != ref[i].UPOS || tk.XPOS != ref[i].XPOS {
				if diff < 5 {
					t.Errorf("%q: got %s/%s, reference %s/%s", tk.Text, tk.UPOS, tk.XPOS, ref[i].UPOS, ref[i].XPOS)
				}
				diff++
			}
		}
	}
	t.Logf("EWT dev: %d words, %d differ from the reference", words, diff)
}

// TestFastTableMatchesWeights checks every feature of both passes: the fast table
// must find exactly the keys the weights' index finds, and score each alone as the
// plain loop does.
func TestFastTableMatchesWeights(t *testing.T) {
	tg := load(t)
	n := len(tg.upos)
	plain := make([]float32, n)
	var fast [256]float32
	for _, m := range []*weights{&tg.first, &tg.second} {
		for _, k := range m.table.keys {
			if k == 0 {
				continue
			}
			for _, key := range []uint32{k, k ^ 1<<31} {
				_, inPlain := m.table.get(key)
				if inFast := m.fast.find(fixKey(key)) != 0; inPlain != inFast {
					t.Fatalf("key %x: in weights %v, in fast table %v", key, inPlain, inFast)
				}
				f := []uint32{key}
				a, b := m.predict(f, plain), m.fast.predict(f, &fast, n)
				if a != b {
					t.Fatalf("key %x: plain best %d, fast %d", key, a, b)
				}
				for c := range n {
					if plain[c] != fast[c] {
						t.Fatalf("key %x tag %d: plain %v, fast %v", key, c, plain[c], fast[c])
					}
				}
			}
		}
	}
}

// BenchmarkTagEWTDev tags all of EWT dev: unlike BenchmarkTag's one sentence, two
// thousand different ones make the weights come from memory as on real text.
func BenchmarkTagEWTDev(b *testing.B) {
	gold, err := readFile(filepath.Join(sharedDir(b), "data/ud-ewt/en_ewt-ud-dev.conllu"))
	if err != nil {
		b.Fatal(err)
	}
	tg := load(b)
	var sents [][]sitrep.Token
	for _, s := range gold {
		toks := make([]sitrep.Token, len(s.Words))
		for i, w := range s.Words {
			toks[i].Text = w.Form
		}
		sents = append(sents, toks)
	}
	n := 0
	cpu := cputime.Used()
	for b.Loop() {
		for _, s := range sents {
			tg.Tag(s)
			n += len(s)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "tokens/s")
	if d := cputime.Used() - cpu; d > 0 {
		b.ReportMetric(float64(n)/d.Seconds(), "tokens/cpu-s")
	}
}
