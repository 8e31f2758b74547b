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

// proseTags runs prose over a sentence (its tokens joined by spaces) and maps
// its token labels back onto the gold tokens by character offset.
func proseTags(toks []sitrep.Token) []string {
	starts := make([]int, len(toks))
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		starts[i] = b.Len()
		b.WriteString(t.Text)
	}
	text := b.String()
	tags := make([]string, len(toks))
	for i := range tags {
		tags[i] = "O"
	}
	doc, err := prose.NewDocument(text, prose.WithSegmentation(false))
	if err != nil {
		return tags
	}
	pos := 0
	prev := "O"
	for _, pt := range doc.Tokens() {
		at := strings.Index(text[pos:], pt.Text)
		if at < 0 {
			continue
		}
		off := pos + at
		pos = off + len(pt.Text)
		// The gold token holding this offset.
		g := 0
		for g+1 < len(starts) && starts[g+1] <= off {
			g++
		}
		bio, typ, _ := strings.Cut(pt.Label, "-")
		t, ok := proseTypes[typ]
		if !ok || tags[g] != "O" {
			continue
		}
		if bio == "I" && prev == t && g > 0 && tags[g-1] != "O" {
			tags[g] = "I-" + t
		} else {
			tags[g] = "B-" + t
		}
		prev = t
	}
	return tags
}

func run(b *testing.B, tag func([]sitrep.Token) []string) {
	toks, goldTags := gold(b)
	n := 0
	for _, s := range toks {
		n += len(s)
	}
	var pred [][]string
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		pred = pred[:0]
		for _, s := range toks {
			pred = append(pred, tag(s))
		}
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
	run(b, r.Tag)
}

func BenchmarkProse(b *testing.B) {
	run(b, proseTags)
}
