package event

import (
	"cmp"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/nlp/conllu"
)

// fixture is one hand-written test sentence: a CoNLL-U tree, its actor mentions
// ("# actors = 1-2=USAGOV 5=SYR", 1-based inclusive token ranges) and the events it
// must yield ("# expect = SRC CAMEO TGT MODE [ATTRIBUTED_TO]", or "none"). Optional:
// the tagger's named entities ("# entities = 4-5=LOC") and the places a gazetteer
// finds, with their countries ("# places = 4-5=SYR"), which a test's Locators return.
type fixture struct {
	id       string
	doc      *sitrep.Document
	sents    []sitrep.Sentence
	mentions []sitrep.Mention
	places   []sitrep.Place
	expect   []string
}

// ranges parses a fixture's "1-2=CODE 5=CODE" list into 0-based token ranges [lo, hi).
func ranges(t testing.TB, id, list string, n int) (lo, hi []int, codes []string) {
	t.Helper()
	for _, a := range strings.Fields(list) {
		rng, code, ok := strings.Cut(a, "=")
		if !ok {
			t.Fatalf("%s: bad range %q", id, a)
		}
		l, h, _ := strings.Cut(rng, "-")
		if h == "" {
			h = l
		}
		start, err1 := strconv.Atoi(l)
		end, err2 := strconv.Atoi(h)
		if err1 != nil || err2 != nil || start < 1 || end > n {
			t.Fatalf("%s: bad range %q", id, a)
		}
		lo, hi, codes = append(lo, start-1), append(hi, end), append(codes, code)
	}
	return lo, hi, codes
}

func readRaw(t testing.TB, path string) []*conllu.Sentence {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cs, err := conllu.ReadAll(f)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return cs
}

func loadFixtures(t testing.TB, path string) []fixture {
	t.Helper()
	var out []fixture
	for _, cs := range readRaw(t, path) {
		fx := fixture{id: cs.Meta("sent_id")}
		s, text := toSentence(cs)
		s.Heading = cs.Meta("heading") == "true"
		fx.doc = &sitrep.Document{ID: fx.id, Text: text, Status: sitrep.StatusOK}
		fx.sents = []sitrep.Sentence{s}
		span := func(lo, hi int) sitrep.Span {
			return sitrep.Span{Start: s.Tokens[lo].Span.Start, End: s.Tokens[hi-1].Span.End}
		}
		lo, hi, codes := ranges(t, fx.id, cs.Meta("actors"), len(s.Tokens))
		for k := range lo {
			sp := span(lo[k], hi[k])
			code, rule, ok := strings.Cut(codes[k], "/") // "2-3=USAMIL/coordination": the resolver's rule
			if !ok {
				rule = "fixture"
			}
			fx.mentions = append(fx.mentions, sitrep.Mention{Sentence: 0, Start: lo[k], End: hi[k], Span: sp,
				Text: text[sp.Start:sp.End], Code: code, Rule: rule, Antecedent: -1})
		}
		lo, hi, codes = ranges(t, fx.id, cs.Meta("entities"), len(s.Tokens))
		for k := range lo {
			sp := span(lo[k], hi[k])
			fx.sents[0].Entities = append(fx.sents[0].Entities, sitrep.Entity{Start: lo[k], End: hi[k], Type: codes[k], Text: text[sp.Start:sp.End]})
		}
		lo, hi, codes = ranges(t, fx.id, cs.Meta("places"), len(s.Tokens))
		for k := range lo {
			sp := span(lo[k], hi[k])
			fx.places = append(fx.places, sitrep.Place{Name: text[sp.Start:sp.End], Country: codes[k], Text: text[sp.Start:sp.End], Span: sp})
		}
		for _, c := range cs.Comments {
			if k, v, ok := strings.Cut(c, "="); ok && strings.TrimSpace(k) == "expect" {
				if v = strings.TrimSpace(v); v != "none" {
					fx.expect = append(fx.expect, v)
				}
			}
		}
		out = append(out, fx)
	}
	return out
}

func toSentence(cs *conllu.Sentence) (sitrep.Sentence, string) {
	var b strings.Builder
	var s sitrep.Sentence
	for i, w := range cs.Words {
		start := b.Len()
		b.WriteString(w.Form)
		sa := cs.SpaceAfter(i)
		s.Tokens = append(s.Tokens, sitrep.Token{Text: w.Form, Lemma: w.Lemma, UPOS: w.UPOS, XPOS: w.XPOS,
			Head: w.Head, DepRel: w.DepRel, Span: sitrep.Span{Start: start, End: b.Len()}, SpaceAfter: sa})
		if sa && i < len(cs.Words)-1 {
			b.WriteByte(' ')
		}
	}
	s.Span = sitrep.Span{Start: 0, End: b.Len()}
	return s, b.String()
}

func describe(ev sitrep.Event) string {
	// "-": no source (force whose agent the sentence does not name, agentless.go)
	s := fmt.Sprintf("%s %s %s %s", cmp.Or(ev.Source.Code, "-"), ev.CAMEO, ev.Target.Code, ev.Mode)
	if ev.AttributedTo != nil {
		// the outlet's own claim has no actor code, only the outlet's name
		s += " " + cmp.Or(ev.AttributedTo.Code, "outlet:"+ev.AttributedTo.Text)
	}
	return s
}

var testCoder *Coder

func coder(t testing.TB) *Coder {
	t.Helper()
	if testCoder == nil {
		c, err := Load(Options{})
		if err != nil {
			t.Fatal(err)
		}
		testCoder = c
	}
	return testCoder
}

// TestConstructions codes each hand-written sentence and compares the events with
// what the fixture expects, exactly: a missing event and an extra one both fail.
// nominal.conllu holds the event nouns, gerund and infinitive subjects and the
// outlet's own accusations; possessive.conllu the source's own "its", "their" and
// "itself", which are no participants.
func TestConstructions(t *testing.T) {
	c := coder(t)
	var fxs []fixture
	for _, f := range []string{"testdata/constructions.conllu", "testdata/nominal.conllu", "testdata/possessive.conllu"} {
		fxs = append(fxs, loadFixtures(t, f)...)
	}
	checkFixtures(t, c, fxs)
}

// coderWithDemonyms loads a coder whose locators know only the demonyms given
// (demonym → country code).
func coderWithDemonyms(t testing.TB, demonyms map[string]string) *Coder {
	t.Helper()
	c, err := Load(Options{Locators: Locators{Demonym: func(w string) (string, bool) {
		cc, ok := demonyms[w]
		return cc, ok
	}}})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// checkFixtures codes each fixture with c and compares the events with what
// the fixture expects, exactly: a missing event and an extra one both fail.
func checkFixtures(t *testing.T, c *Coder, fxs []fixture) {
	t.Helper()
	for _, fx := range fxs {
		t.Run(fx.id, func(t *testing.T) {
			evs := c.Code(fx.doc, fx.sents, fx.mentions)
			var got []string
			for _, ev := range evs {
				got = append(got, describe(ev))
			}
			sort.Strings(got)
			want := append([]string(nil), fx.expect...)
			sort.Strings(want)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				var rules []string
				for _, ev := range evs {
					rules = append(rules, ev.Verb+" ← "+ev.Rule)
				}
				t.Errorf("%s\n got  %q\n want %q\n rules %q", fx.doc.Text, got, want, rules)
			}
		})
	}
}
