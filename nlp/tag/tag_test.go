package tag

import (
	"bytes"
	"strings"
	"sync"
	"testing"

	sitrep "github.com/sitrep-dev/sitrep"
)

func tokens(s string) []sitrep.Token {
	var toks []sitrep.Token
	for _, w := range strings.Fields(s) {
		toks = append(toks, sitrep.Token{Text: w})
	}
	return toks
}

func load(t testing.TB) *Tagger {
	t.Helper()
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

// TestTag checks the shipped model on sentences written for this test, in the
// style of the news sitrep reads. Each want lists "word/UPOS/lemma" for the words
// whose analysis is unambiguous.
func TestTag(t *testing.T) {
	tg := load(t)
	for _, tc := range []struct{ sent, want string }{
		{"The U.S. military said it does n't plan to leave Syria .",
			"The/DET/the military/NOUN/military said/VERB/say it/PRON/it does/AUX/do n't/PART/not plan/VERB/plan to/PART/to leave/VERB/leave Syria/PROPN/Syria ./PUNCT/."},
		{"Iraqi forces were quickly deployed on the borders with Syria .",
			"Iraqi/ADJ/Iraqi forces/NOUN/force were/AUX/be quickly/ADV/quickly deployed/VERB/deploy on/ADP/on the/DET/the borders/NOUN/border with/ADP/with"},
		{"Officials stated that Washington seeks to cooperate with the Syrian government .",
			"Officials/NOUN/official stated/VERB/state that/SCONJ/that seeks/VERB/seek to/PART/to cooperate/VERB/cooperate government/NOUN/government"},
		{"Syrian President Ahmed al - Sharaa met Trump at the White House on Monday .",
			"Syrian/ADJ/Syrian Ahmed/PROPN/Ahmed met/VERB/meet at/ADP/at Monday/PROPN/Monday"},
		{"ISIS fighters escaped from prisons in northeastern Syria last month .",
			"fighters/NOUN/fighter escaped/VERB/escape from/ADP/from prisons/NOUN/prison last/ADJ/last month/NOUN/month"},
	} {
		toks := tokens(tc.sent)
		tg.Tag(toks)
		got := map[string]string{}
		for _, tk := range toks {
			got[tk.Text] = tk.Text + "/" + tk.UPOS + "/" + tk.Lemma
			if tk.UPOS == "" || tk.XPOS == "" || tk.Lemma == "" {
				t.Errorf("%q: %q left without tags: %+v", tc.sent, tk.Text, tk)
			}
		}
		for _, w := range strings.Fields(tc.want) {
			word := w[:strings.IndexByte(w, '/')]
			if got[word] != w {
				t.Errorf("%q: got %s, want %s", tc.sent, got[word], w)
			}
		}
	}
}

func TestTagEmpty(t *testing.T) {
	load(t).Tag(nil)
	toks := []sitrep.Token{{Text: ""}, {Text: "\xff"}, {Text: strings.Repeat("x", 10000)}}
	load(t).Tag(toks)
	for _, tk := range toks {
		if tk.UPOS == "" {
			t.Errorf("token %q left untagged", tk.Text)
		}
	}
}

// TestSaveRead checks that a saved model reads back to a tagger that tags the same.
func TestSaveRead(t *testing.T) {
	tg := load(t)
	var buf bytes.Buffer
	if err := tg.Save(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	sent := "Officials said the U.S. is closely monitoring developments in northwest Syria , where ISIS remains a threat ."
	a, b := tokens(sent), tokens(sent)
	tg.Tag(a)
	back.Tag(b)
	for i := range a {
		if a[i] != b[i] {
			t.Errorf("token %d: %+v before saving, %+v after", i, a[i], b[i])
		}
	}
}

func TestConcurrentTag(t *testing.T) {
	tg := load(t)
	sents := []string{
		"The United States is working to build a framework .",
		"Syria joined the global coalition against ISIS last month .",
	}
	want := make([][]sitrep.Token, len(sents))
	for i, s := range sents {
		want[i] = tokens(s)
		tg.Tag(want[i])
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for range 50 {
				toks := tokens(sents[g%len(sents)])
				tg.Tag(toks)
				for i := range toks {
					if toks[i] != want[g%len(sents)][i] {
						t.Errorf("concurrent tagging differs at %d: %+v", i, toks[i])
						return
					}
				}
			}
		})
	}
	wg.Wait()
}

func FuzzRead(f *testing.F) {
	f.Add(embedded)
	f.Add(embedded[:len(embedded)/2])
	var empty bytes.Buffer
	(&Tagger{}).Save(&empty)
	f.Add(empty.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		tg, err := Read(bytes.NewReader(data))
		if err != nil {
			return
		}
		toks := tokens("Officials said the U.S. forces left .")
		tg.Tag(toks)
	})
}
