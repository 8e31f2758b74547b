package prosecmp

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jdkato/prose/v2"
	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/nlp/ner"
)

func gold(tb testing.TB) ([][]sitrep.Token, [][]string) {
	tb.Helper()
	s := os.Getenv("SITREP_SHARED")
	if s == "" {
		tb.Skip("SITREP_SHARED not set: skipping the comparison with prose")
	}
	if !filepath.IsAbs(s) {
		s = filepath.Join("..", "..", "..", "..", s) // relative to the repository root
	}
	f, err := os.Open(filepath.Join(s, "data", "uner", "ewt", "en_ewt-ud-test.iob2"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	sents, err := ner.ReadIOB2(f)
	if err != nil {
		tb.Fatal(err)
	}
	var toks [][]sitrep.Token
	var tags [][]string
	for _, s := range sents {
		toks = append(toks, s.Tokens)
		tags = append(tags, s.Tags)
	}
	return toks, tags
}

var proseTypes = map[string]string{"PERSON": "PER", "GPE": "LOC", "ORG": "ORG"}

// proseTagAll runs prose once over the whole test set (its tokens joined by
// spaces, sentences by newlines: prose loads its model per document, so one
// document per sentence would measure model loading) and maps its token labels
// back onto the gold tokens by character offset.
func proseTagAll(sents [][]sitrep.Token) [][]string {
	type at struct{ s, t int }
	var b strings.Builder
	var starts []int
	var where []at
	tags := make([][]string, len(sents))
	for i, toks := range sents {
		tags[i] = make([]string, len(toks))
		for j, t := range toks {
			tags[i][j] = "O"
			if j > 0 {
				b.WriteByte(' ')
			}
			starts = append(starts, b.Len())
			where = append(where, at{i, j})
			b.WriteString(t.Text)
		}
		b.WriteString(" \n")
	}
	text := b.String()
	doc, err := prose.NewDocument(text, prose.WithSegmentation(false))
	if err != nil {
		return tags
	}
	pos, g := 0, 0
	prev := at{-1, -1}
	prevType := ""
	for _, pt := range doc.Tokens() {
		i := strings.Index(text[pos:], pt.Text)
		if i < 0 {
			continue
		}
		off := pos + i
		pos = off + len(pt.Text)
		for g+1 < len(starts) && starts[g+1] <= off {
			g++
		}
		w := where[g]
		bio, typ, _ := strings.Cut(pt.Label, "-")
		t, ok := proseTypes[typ]
		if !ok {
			prevType = ""
			continue
		}
		if tags[w.s][w.t] != "O" {
			continue
		}
		if bio == "I" && prevType == t && prev.s == w.s && prev.t == w.t-1 {
			tags[w.s][w.t] = "I-" + t
		} else {
			tags[w.s][w.t] = "B-" + t
		}
		prev, prevType = w, t
	}
	return tags
}

func run(b *testing.B, tagAll func([][]sitrep.Token) [][]string) {
	toks, goldTags := gold(b)
	n := 0
	for _, s := range toks {
		n += len(s)
	}
	var pred [][]string
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		pred = tagAll(toks)
	}
	secs := time.Since(start).Seconds()
	all, by := ner.ScoreTags(goldTags, pred)
	b.ReportMetric(float64(n*b.N)/secs, "tokens/s")
	b.ReportMetric(100*all.F1, "F1")
	b.ReportMetric(100*by["PER"].F1, "F1-PER")
	b.ReportMetric(100*by["ORG"].F1, "F1-ORG")
	b.ReportMetric(100*by["LOC"].F1, "F1-LOC")
}

func BenchmarkSitrep(b *testing.B) {
	r, err := ner.Load()
	if err != nil {
		b.Fatal(err)
	}
	run(b, func(sents [][]sitrep.Token) [][]string {
		out := make([][]string, len(sents))
		for i, s := range sents {
			out[i] = r.Tag(s)
		}
		return out
	})
}

func BenchmarkProse(b *testing.B) {
	run(b, proseTagAll)
}
