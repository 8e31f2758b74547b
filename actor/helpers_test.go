package actor

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
)

// The NLP backbone is built beside this package; tests split text themselves with
// this small tokenizer so that they depend on neither its progress nor its errors.
var (
	tokenRE    = regexp.MustCompile(`[\p{L}\p{N}]+(?:[.'’\-][\p{L}\p{N}]+)*\.?|[’']s\b|\S`)
	sentenceRE = regexp.MustCompile(`[.!?]["”’]?\s+|\n+`)
)

// analyse splits text into sentences and tokens with byte spans.
func analyse(text string) []sitrep.Sentence {
	var sents []sitrep.Sentence
	start := 0
	flush := func(end int) {
		seg := text[start:end]
		var toks []sitrep.Token
		for _, loc := range tokenRE.FindAllStringIndex(seg, -1) {
			t := seg[loc[0]:loc[1]]
			// Keep "U.S." whole but split a sentence-final dot off an ordinary word.
			if strings.HasSuffix(t, ".") && len(t) > 1 && !strings.Contains(t[:len(t)-1], ".") && !abbrev[t] {
				toks = append(toks, sitrep.Token{Text: t[:len(t)-1], Span: sitrep.Span{Start: start + loc[0], End: start + loc[1] - 1}})
				toks = append(toks, sitrep.Token{Text: ".", Span: sitrep.Span{Start: start + loc[1] - 1, End: start + loc[1]}})
				continue
			}
			toks = append(toks, sitrep.Token{Text: t, Span: sitrep.Span{Start: start + loc[0], End: start + loc[1]}})
		}
		if len(toks) > 0 {
			// A line without final punctuation is a heading, as the tokenizer marks it.
			last := strings.TrimSpace(seg)
			heading := last != "" && !strings.ContainsAny(last[len(last)-1:], ".!?\"”’:") && end < len(text) && strings.HasPrefix(text[end:], "\n")
			sents = append(sents, sitrep.Sentence{Span: sitrep.Span{Start: toks[0].Span.Start, End: toks[len(toks)-1].Span.End}, Tokens: toks, Heading: heading})
		}
	}
	for _, loc := range sentenceRE.FindAllStringIndex(text, -1) {
		// Do not split after "U.S." and similar abbreviations.
		if w := lastWord(text[:loc[0]+1]); abbrev[w] && !strings.Contains(text[loc[0]:loc[1]], "\n") {
			continue
		}
		flush(loc[0] + 1)
		start = loc[1]
	}
	flush(len(text))
	return sents
}

var abbrev = map[string]bool{"U.S.": true, "U.N.": true, "Mr.": true, "Dr.": true, "Gen.": true, "Adm.": true, "J.": true, "D.C.": true}

func lastWord(s string) string {
	i := strings.LastIndexAny(s, " \n")
	return s[i+1:]
}

func doc(id, published, text string) *sitrep.Document {
	return &sitrep.Document{ID: id, Published: published, Text: text, Status: sitrep.StatusOK}
}

var (
	loadOnce sync.Once
	loaded   *Resolver
	loadErr  error
)

// shippedResolver loads the embedded dictionaries once per test binary.
func shippedResolver(t testing.TB) *Resolver {
	t.Helper()
	loadOnce.Do(func() {
		loaded, loadErr = Load(Options{Now: func() time.Time { return time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC) }})
	})
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	return loaded
}

// sharedDir finds ../shared through SITREP_SHARED, resolving a relative value against
// the repository root (the directory holding go.mod).
func sharedDir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("SITREP_SHARED")
	if dir == "" {
		t.Skip("SITREP_SHARED not set: skipping the test that reads ../shared")
	}
	if filepath.IsAbs(dir) {
		return dir
	}
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return filepath.Join(d, dir)
		}
		if filepath.Dir(d) == d {
			t.Fatalf("no go.mod above %s", wd)
		}
	}
}

// seedDocs reads the seed articles with their manifest dates.
func seedDocs(t testing.TB, dir string) []*sitrep.Document {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "corpus/seeds/manifest.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var out []*sitrep.Document
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var m struct{ ID, File, Published string }
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("manifest: %v", err)
		}
		text, err := os.ReadFile(filepath.Join(dir, "corpus/seeds", m.File))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, doc(m.ID, m.Published, string(text)))
	}
	return out
}
