package frame

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/nlp/tokenize"
)

// synthCorpus writes n short documents from a small vocabulary of actor names, tone
// words, labels and quotation marks, with mentions and events as the analysis would
// give them. Sentences repeat often enough that equal tones (ties in the evidence
// order) are common, which is what the merge must get right; some documents share an
// outlet, some have none, some are copies.
func synthCorpus(n int, seed uint64) ([]*sitrep.Document, map[string]*sitrep.Analysis) {
	r := rand.New(rand.NewPCG(seed, 1))
	actors := []struct{ word, code, name string }{
		{"Washington", "USAGOV", "United States"}, {"Damascus", "SYRGOV", "Syria"},
		{"army", "SYRMIL", "Syrian army"}, {"Moscow", "RUSGOV", "Russia"}, {"ISIS", "IMGMUSISI", ""},
	}
	fill := []string{"good", "terrible", "great", "horrible", "peace", "attack", "regime", "terrorist",
		"welcomed", "talks", "the", "said", "not", "very", "crimes", ",", "\"wonderful\"", "resistance"}
	outlets := []string{"Axis Voice", "Capitol Wire", "Gulf Ledger", ""}
	var docs []*sitrep.Document
	analyses := map[string]*sitrep.Analysis{}
	for i := range n {
		d := &sitrep.Document{ID: fmt.Sprintf("d%03d", i), Outlet: outlets[r.IntN(len(outlets))]}
		if i > 0 && r.IntN(8) == 0 {
			d.DuplicateOf = docs[r.IntN(len(docs))].ID
		}
		a := &sitrep.Analysis{DocID: d.ID}
		var text strings.Builder
		for s := range 1 + r.IntN(5) {
			if s > 0 {
				text.WriteString(" ")
			}
			start := text.Len()
			var words []string
			for range 3 + r.IntN(8) {
				if r.IntN(3) == 0 {
					words = append(words, actors[r.IntN(len(actors))].word)
				} else {
					words = append(words, fill[r.IntN(len(fill))])
				}
			}
			text.WriteString(strings.Join(words, " ") + ".")
			sent := text.String()[start:]
			toks := tokenize.Tokenize(sent)
			for k := range toks {
				toks[k].Span.Start += start
				toks[k].Span.End += start
			}
			// A dependency tree (each word hangs from an earlier one) in most
			// sentences, and some relayed words, so that the tree distances and the
			// voices, the speaker's own words included, take part in the merge.
			if r.IntN(4) > 0 {
				rels := []string{"nsubj", "obj", "amod", "obl", "nsubj:pass", "conj"}
				for k := range toks {
					if k > 0 {
						toks[k].Head, toks[k].DepRel = 1+r.IntN(k), rels[r.IntN(len(rels))]
					} else {
						toks[k].DepRel = "root"
					}
				}
			}
			if len(toks) > 2 && r.IntN(3) == 0 {
				q := sitrep.Quote{Sentence: s, SentenceEnd: s, Kind: sitrep.QuoteIndirect,
					Span:    sitrep.Span{Start: toks[len(toks)/2].Span.Start, End: text.Len()},
					Speaker: sitrep.EventActor{Code: actors[r.IntN(len(actors))].code}}
				if r.IntN(2) == 0 {
					q.Kind = sitrep.QuoteDirect
				}
				a.Quotes = append(a.Quotes, q)
			}
			a.Sentences = append(a.Sentences, sitrep.Sentence{Span: sitrep.Span{Start: start, End: text.Len()}, Tokens: toks})
			for k, tk := range toks {
				// Tags as a tagger gives them, so that rules reading them (proper
				// nouns) apply to the corpus too.
				switch {
				case tk.Text == "Washington" || tk.Text == "Damascus" || tk.Text == "Moscow" || tk.Text == "ISIS":
					toks[k].UPOS, toks[k].XPOS = "PROPN", "NNP"
				case tk.Text == "said" || tk.Text == "welcomed":
					toks[k].UPOS, toks[k].XPOS = "VERB", "VBD"
				default:
					toks[k].UPOS, toks[k].XPOS = "NOUN", "NN"
				}
				for _, ac := range actors {
					if tk.Text == ac.word {
						// Some mentions take in the word before them ("the terrible
						// regime army"), as resolved mentions of descriptions do.
						from := k
						if k > 0 && r.IntN(3) == 0 {
							from = k - 1
						}
						a.Mentions = append(a.Mentions, sitrep.Mention{Sentence: s, Start: from, End: k + 1,
							Span: sitrep.Span{Start: toks[from].Span.Start, End: tk.Span.End}, Text: tk.Text, Code: ac.code, Name: ac.name})
					}
				}
			}
		}
		for range r.IntN(4) {
			src, tgt := actors[r.IntN(len(actors))], actors[r.IntN(len(actors))]
			e := sitrep.Event{Source: sitrep.EventActor{Code: src.code, Name: src.name}, Target: sitrep.EventActor{Code: tgt.code, Name: tgt.name},
				Quad: 1 + r.IntN(4)}
			if r.IntN(4) == 0 {
				e.Target = sitrep.EventActor{}
			}
			a.Events = append(a.Events, e)
		}
		d.Text = text.String()
		for k := range a.Sentences {
			s := &a.Sentences[k]
			s.Start, s.End = s.Span.Start, s.Span.End
		}
		docs = append(docs, d)
		if r.IntN(10) > 0 { // some documents are not analysed
			analyses[d.ID] = a
		}
	}
	return docs, analyses
}

// TestMergeEqualsBuild holds the per-document contributions to the reference: merged
// in document order they give exactly the frames Build computes over all documents,
// for both groupings and for corpora of several sizes (evidence ties, names first
// seen in a later document, copies and unanalysed documents included).
func TestMergeEqualsBuild(t *testing.T) {
	lex := lexicon(t)
	for _, tc := range []struct {
		n    int
		seed uint64
	}{{1, 1}, {5, 2}, {40, 3}, {200, 4}} {
		docs, analyses := synthCorpus(tc.n, tc.seed)
		for _, g := range Groupings {
			group, err := GroupFunc(g)
			if err != nil {
				t.Fatal(err)
			}
			want := Build(lex, docs, analyses, Options{Group: group})
			var cs []Contribution
			for _, d := range docs {
				c, err := Contributions(lex, d, analyses[d.ID], g)
				if err != nil {
					t.Fatal(err)
				}
				cs = append(cs, c...)
			}
			got := Merge(cs)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("n=%d grouping %s: merged frames differ from Build", tc.n, g)
				for i := range min(len(got), len(want)) {
					if !reflect.DeepEqual(got[i], want[i]) {
						t.Errorf("first difference at %d:\n got  %+v\n want %+v", i, got[i], want[i])
						break
					}
				}
				if len(got) != len(want) {
					t.Errorf("%d frames, want %d", len(got), len(want))
				}
			}
		}
	}
}

func TestGroupFunc(t *testing.T) {
	if _, err := GroupFunc("outlet"); err == nil {
		t.Error("GroupFunc accepted an unknown grouping")
	}
	for g, want := range map[string]string{"code": "SYRGOV", "country": "SYR"} {
		f, err := GroupFunc(g)
		if err != nil || f("SYRGOV") != want {
			t.Errorf("GroupFunc(%s)(SYRGOV) = %v, want %s", g, err, want)
		}
	}
}

// TestCandidates checks the evidence kept per document on ties: the first of the
// lowest tones and the last of the highest, as a stable sort over everything picks.
func TestCandidates(t *testing.T) {
	ev := func(tones ...float64) []sitrep.FrameEvidence {
		var out []sitrep.FrameEvidence
		for i, x := range tones {
			out = append(out, sitrep.FrameEvidence{Doc: fmt.Sprint(i), Tone: x})
		}
		return out
	}
	docs := func(es []sitrep.FrameEvidence) string {
		var s []string
		for _, e := range es {
			s = append(s, e.Doc)
		}
		return strings.Join(s, ",")
	}
	for _, tc := range []struct {
		tones []float64
		want  string
	}{
		{[]float64{0.5}, "0"},
		{[]float64{0, 0, 0}, "0,1,2"},
		{[]float64{0, 0, 0, 0, 0}, "0,1,4"},
		{[]float64{0.9, -0.1, 0.9, -0.5, 0}, "1,2,3"},
	} {
		if got := docs(candidates(ev(tc.tones...))); got != tc.want {
			t.Errorf("candidates(%v) = %s, want %s", tc.tones, got, tc.want)
		}
	}
}
