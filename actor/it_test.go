package actor

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// itFixture is one invented document of testdata/it.conllu, parsed by sitrep's
// own parser (sitrep parse), its pronoun ("it" or "them") and the code that
// should take ("-": none).
type itFixture struct {
	name, word, want string
	text             string
	sents            []sitrep.Sentence
}

// loadItFixtures reads documents headed "# doc = name", "# word = it" and "# want
// = CODE", each
// with its sentences in CoNLL-U; the text is rebuilt from the forms.
func loadItFixtures(t *testing.T, path string) []itFixture {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []itFixture
	var b strings.Builder
	var cur *sitrep.Sentence
	flush := func() {
		if cur != nil && len(out) > 0 {
			cur.Span.End = b.Len()
			fx := &out[len(out)-1]
			fx.sents = append(fx.sents, *cur)
			fx.text = b.String()
		}
		cur = nil
	}
	sc := bufio.NewScanner(f)
	space := false
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "# doc = "):
			flush()
			out = append(out, itFixture{name: strings.TrimPrefix(line, "# doc = ")})
			b.Reset()
			space = false
		case strings.HasPrefix(line, "# word = "):
			out[len(out)-1].word = strings.TrimPrefix(line, "# word = ")
		case strings.HasPrefix(line, "# want = "):
			out[len(out)-1].want = strings.TrimPrefix(line, "# want = ")
		case line == "":
			flush()
		case strings.HasPrefix(line, "#"):
		default:
			c := strings.Split(line, "\t")
			if len(c) != 10 {
				t.Fatalf("%s: %q: want 10 columns", path, line)
			}
			head, err := strconv.Atoi(c[6])
			if err != nil {
				t.Fatalf("%s: %q: %v", path, line, err)
			}
			if cur == nil {
				if b.Len() > 0 {
					b.WriteByte(' ')
				}
				cur = &sitrep.Sentence{Span: sitrep.Span{Start: b.Len()}}
			} else if space {
				b.WriteByte(' ')
			}
			st := b.Len()
			b.WriteString(c[1])
			cur.Tokens = append(cur.Tokens, sitrep.Token{Text: c[1], Lemma: c[2], UPOS: c[3], XPOS: c[4], Head: head, DepRel: c[7],
				Span: sitrep.Span{Start: st, End: b.Len()}})
			space = !strings.Contains(c[9], "SpaceAfter=No")
		}
	}
	flush()
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestItPronoun checks which subject "it" takes a state's or an organisation's
// code: the reporting clause's subject, an earlier conjunct's or clause's, the
// previous sentence's, a passive's agent; and that the expletive, extraposed and
// cleft "it", an "it" after a thing, a person or a plural, an "it" that may be the
// object of the clause before, one inside a copula's predicate, and an object "it"
// take none. "them" takes a plural group before it, never its own clause's
// subject. A role noun coordinated with a state's mention ("Iranian forces and
// the regime") takes no antecedent of that state.
func TestItPronoun(t *testing.T) {
	r := shippedResolver(t)
	for _, fx := range loadItFixtures(t, "testdata/it.conllu") {
		t.Run(fx.name, func(t *testing.T) {
			var got []string
			for _, m := range r.Resolve(doc("t", "2025-11-10", fx.text), fx.sents) {
				if strings.EqualFold(m.Text, fx.word) {
					got = append(got, m.Code)
				}
			}
			want := []string{}
			if fx.want != "-" {
				want = []string{fx.want}
			}
			if strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("%q: it = %q, want %q", fx.text, got, want)
			}
		})
	}
}
