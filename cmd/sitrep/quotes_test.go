package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestQuotesCommand lists the quotes of the example storyline: every JSON line
// carries a character span that holds its words, the speaker filter keeps only that
// speaker's codes, and a bad --kind is a usage error.
func TestQuotesCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "q.db")
	if code, _, errs := sitrepCmd(t, "ingest", "--db", db, filepath.Join("..", "..", "examples", "storyline")); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errs)
	}
	code, out, errs := sitrepCmd(t, "quotes", "--db", db)
	if code != 0 || !strings.Contains(out, "SPEAKER") || !strings.Contains(out, "say") {
		t.Fatalf("quotes: exit %d:\n%s\n%s", code, out, errs)
	}
	code, out, errs = sitrepCmd(t, "quotes", "--db", db, "--format", "jsonl", "--speaker", "IRQ")
	if code != 0 {
		t.Fatalf("quotes --format jsonl: exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) == 0 || lines[0] == "" {
		t.Fatal("no quote spoken by IRQ in the storyline")
	}
	texts := map[string]string{}
	for _, l := range lines {
		var q struct {
			Doc     string `json:"doc"`
			Text    string `json:"text"`
			Span    [2]int `json:"span"`
			Speaker struct {
				Code string `json:"code"`
			} `json:"speaker"`
		}
		if err := json.Unmarshal([]byte(l), &q); err != nil {
			t.Fatalf("%v: %s", err, l)
		}
		if !strings.HasPrefix(q.Speaker.Code, "IRQ") {
			t.Errorf("--speaker IRQ listed %s", q.Speaker.Code)
		}
		text, ok := texts[q.Doc]
		if !ok {
			_, doc, _ := sitrepCmd(t, "docs", "--db", db, "--format", "jsonl")
			for _, dl := range strings.Split(doc, "\n") {
				var d struct{ ID, Text string }
				if json.Unmarshal([]byte(dl), &d) == nil {
					texts[d.ID] = d.Text
				}
			}
			text = texts[q.Doc]
		}
		if r := []rune(text); q.Span[1] > len(r) || string(r[q.Span[0]:q.Span[1]]) != q.Text {
			t.Errorf("span %v of %s does not hold %q", q.Span, q.Doc, q.Text)
		}
	}
	if code, _, _ := sitrepCmd(t, "quotes", "--db", db, "--kind", "bogus"); code != exitUsage {
		t.Errorf("--kind bogus: exit %d, want %d", code, exitUsage)
	}
}
