package quote

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/actor"
	"github.com/sitrep-dev/sitrep/internal/testparser"
	"github.com/sitrep-dev/sitrep/nlp"
)

// stages are the real NLP pipeline and actor resolver: the extractor reads what they
// produce, so the cases test the shapes as sitrep meets them, parser errors included.
var stages = sync.OnceValues(func() (*stageSet, error) {
	p, err := testparser.Pipeline()
	if err != nil {
		return nil, err
	}
	r, err := actor.Load(actor.Options{})
	if err != nil {
		return nil, err
	}
	x, err := Load()
	if err != nil {
		return nil, err
	}
	return &stageSet{p, r, x}, nil
})

type stageSet struct {
	nlp    *nlp.Pipeline
	actors *actor.Resolver
	x      *Extractor
}

func (s *stageSet) extract(d *sitrep.Document) []sitrep.Quote {
	sents := s.nlp.AnalyzeDocument(d)
	return s.x.Extract(d, sents, s.actors.Resolve(d, sents))
}

type wantQuote struct {
	Kind       string  `json:"kind"`
	Speaker    string  `json:"speaker"`
	Code       string  `json:"code"`
	Verb       string  `json:"verb"`
	Text       string  `json:"text"`
	Target     *string `json:"target"`
	TargetCode string  `json:"target_code"`
}

func (w wantQuote) String() string {
	s := fmt.Sprintf("%s %s(%s) %s %q", w.Kind, w.Speaker, w.Code, w.Verb, w.Text)
	if w.Target != nil {
		s += fmt.Sprintf(" → %s(%s)", *w.Target, w.TargetCode)
	}
	return s
}

func got(q sitrep.Quote) wantQuote {
	w := wantQuote{Kind: q.Kind, Speaker: q.Speaker.Text, Code: q.Speaker.Code, Verb: q.Verb, Text: q.Text}
	if q.Target != nil {
		t := q.Target.Text
		w.Target, w.TargetCode = &t, q.Target.Code
	}
	return w
}

type testCase struct {
	Name      string      `json:"name"`
	Text      string      `json:"text"`
	Published string      `json:"published"`
	Want      []wantQuote `json:"want"`
}

func readCases(t *testing.T) []testCase {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "cases.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cs []testCase
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		var c testCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("cases.jsonl line %d: %v", n, err)
		}
		cs = append(cs, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cs
}

// TestCases runs every shape of testdata/cases.jsonl: direct quotes before and after
// their speaker, inverted and "according to" attributions, partial quotes, quotes
// over sentences and paragraphs, reported speech with its target, and negatives.
func TestCases(t *testing.T) {
	st, err := stages()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range readCases(t) {
		t.Run(c.Name, func(t *testing.T) {
			d := &sitrep.Document{ID: "case", Text: c.Text, Status: sitrep.StatusOK, Published: c.Published}
			qs := st.extract(d)
			var have []string
			for _, q := range qs {
				have = append(have, got(q).String())
			}
			var want []string
			for _, w := range c.Want {
				want = append(want, w.String())
			}
			if strings.Join(have, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s\n got:\n  %s\nwant:\n  %s", c.Text, strings.Join(have, "\n  "), strings.Join(want, "\n  "))
			}
			for _, q := range qs {
				checkSpans(t, d.Text, q)
			}
		})
	}
}

// checkSpans asserts that a quote's byte span holds its text and that its character
// span points at the same text for a reader counting code points.
func checkSpans(t *testing.T, text string, q sitrep.Quote) {
	t.Helper()
	if q.Span.Start < 0 || q.Span.End > len(text) || q.Span.Start > q.Span.End {
		t.Fatalf("%s: span %v outside the text", q.ID, q.Span)
	}
	if text[q.Span.Start:q.Span.End] != q.Text {
		t.Errorf("%s: span %v holds %q, text is %q", q.ID, q.Span, text[q.Span.Start:q.Span.End], q.Text)
	}
	r := []rune(text)
	if q.CharSpan[1] > len(r) || string(r[q.CharSpan[0]:q.CharSpan[1]]) != q.Text {
		t.Errorf("%s: char span %v does not hold %q", q.ID, q.CharSpan, q.Text)
	}
	// The speaker's and the verb's spans hold the words the quote names them by, so
	// that a reader can mark them without searching the sentence.
	for _, c := range []struct {
		what  string
		sp    sitrep.Span
		cs    [2]int
		words string
	}{{"speaker", q.SpeakerSpan, q.SpeakerCharSpan, q.Speaker.Text}, {"verb", q.VerbSpan, q.VerbCharSpan, q.VerbText}} {
		if c.sp.Start < 0 || c.sp.End > len(text) || c.sp.Start >= c.sp.End {
			t.Errorf("%s: %s span %v empty or outside the text", q.ID, c.what, c.sp)
			continue
		}
		if text[c.sp.Start:c.sp.End] != c.words {
			t.Errorf("%s: %s span %v holds %q, want %q", q.ID, c.what, c.sp, text[c.sp.Start:c.sp.End], c.words)
		}
		if c.cs[1] > len(r) || string(r[c.cs[0]:c.cs[1]]) != c.words {
			t.Errorf("%s: %s char span %v does not hold %q", q.ID, c.what, c.cs, c.words)
		}
	}
	if !strings.HasPrefix(q.ID, q.Doc+":q") || q.SentenceEnd < q.Sentence {
		t.Errorf("%s: id or sentences wrong: doc %q, sentences %d-%d", q.ID, q.Doc, q.Sentence, q.SentenceEnd)
	}
	if !utf8.ValidString(q.Text) {
		t.Errorf("%s: text is not UTF-8", q.ID)
	}
}
