package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/testshared"

	"github.com/sitrep-dev/sitrep"
)

// sitrep runs the CLI in-process and returns its exit code, stdout and stderr.
func sitrepCmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

// shared returns the shared material's directory, or skips the test.
func shared(t *testing.T) string {
	t.Helper()
	return testshared.Dir(t)
}

func docsOf(t *testing.T, db string) map[string]sitrep.Document {
	t.Helper()
	code, out, errs := sitrepCmd(t, "docs", "--db", db, "--format", "jsonl")
	if code != 0 {
		t.Fatalf("docs: exit %d: %s", code, errs)
	}
	docs := map[string]sitrep.Document{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue
		}
		var d sitrep.Document
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatalf("docs output line %q: %v", line, err)
		}
		docs[d.ID] = d
	}
	return docs
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"frobnicate"},
		{"ingest"},
		{"docs", "--format", "yaml", "--db", filepath.Join(t.TempDir(), "x.db")},
		{"ingest", "--no-such-flag", "x"},
		{"--log-level", "loud", "docs", "--db", filepath.Join(t.TempDir(), "x.db")},
	} {
		code, _, errs := sitrepCmd(t, args...)
		if code != exitUsage {
			t.Errorf("%v: exit %d, want %d (stderr %q)", args, code, exitUsage, errs)
		}
	}
}

func TestHelpOnEveryCommand(t *testing.T) {
	a := &app{}
	for _, c := range a.rootCommand().Commands() {
		if c.Name() == "help" || c.Name() == "completion" {
			continue
		}
		if c.Short == "" || c.Long == "" {
			t.Errorf("command %q lacks a useful help text", c.Name())
		}
	}
}

func TestRunExamples(t *testing.T) {
	db := filepath.Join(t.TempDir(), "ex.db")
	code, out, errs := sitrepCmd(t, "run", "--db", db, filepath.Join("..", "..", "examples", "storyline"))
	if code != 0 {
		t.Fatalf("run examples: exit %d\nstderr: %s", code, errs)
	}
	if !strings.Contains(out, "SITUATION REPORT") || !strings.Contains(out, "Tigris Daily") {
		t.Errorf("report lacks its heading or an outlet:\n%s", out)
	}
	docs := docsOf(t, db)
	if len(docs) != 8 {
		t.Errorf("stored %d documents from the examples, want 8", len(docs))
	}
	// The Capitol Wire item and the Gulf Ledger's copy of it: one of the two must be
	// linked to the other, and nothing else is a duplicate.
	var dups []string
	for id, d := range docs {
		if d.DuplicateOf != "" {
			dups = append(dups, id+"→"+d.DuplicateOf)
		}
	}
	if len(dups) != 1 || !strings.Contains(dups[0], "wire-copy-gulf") || !strings.Contains(dups[0], "pentagon-iraq-raids") {
		t.Errorf("near-duplicates %v, want the wire item and its Gulf Ledger copy linked", dups)
	}
	if d := docs["digest-summary"]; strings.TrimPrefix(d.Upstream, "The ") != "Levant Observer" {
		t.Errorf("digest-summary upstream = %q, want Levant Observer", d.Upstream)
	}
	if d := docs["baghdad-briefing"]; d.Byline != "Layla Hassan" || strings.Contains(d.Text, "By Layla Hassan") {
		t.Errorf("baghdad-briefing byline %q (and it must not stay in the text)", d.Byline)
	}
}

func TestSeedsIngest(t *testing.T) {
	seeds := filepath.Join(shared(t), "corpus", "seeds")
	db := filepath.Join(t.TempDir(), "seeds.db")

	code, _, errs := sitrepCmd(t, "ingest", "--db", db, seeds)
	if code != 0 {
		t.Fatalf("ingest seeds: exit %d: %s", code, errs)
	}
	if !strings.Contains(errs, "5 new") {
		t.Errorf("first ingest summary %q, want 5 new", errs)
	}
	code, _, errs = sitrepCmd(t, "ingest", "--db", db, seeds)
	if code != 0 || !strings.Contains(errs, "0 new") {
		t.Errorf("second ingest: exit %d, summary %q; want 0 new", code, errs)
	}
	docs := docsOf(t, db)
	if len(docs) != 5 {
		t.Fatalf("%d documents stored, want 5", len(docs))
	}
	if d := docs["004_dc2a5f048e974cf4"]; d.Outlet != "Newsmax" || strings.Contains(d.Text, "©") {
		t.Errorf("004: outlet %q; copyright line in text: %v", d.Outlet, strings.Contains(d.Text, "©"))
	}
	// The manifest states the byline, but a byline line left in the text would mean
	// the cleaner missed it.
	if d := docs["003_ccc7ecad40a9c02e"]; d.Byline == "" || d.Byline != testshared.SeedManifest(t, d.ID, "byline") || strings.Contains(d.Text, "By "+d.Byline) {
		t.Errorf("003 byline = %q", d.Byline)
	}
	if d := docs["001_b6b1e4976b29ac24"]; strings.Contains(d.Text, "Leave a Reply") || strings.Contains(d.Text, "Required fields") {
		t.Errorf("001 keeps its comment form")
	}

	code, out, errs := sitrepCmd(t, "search", "--db", db, "weapon caches")
	if code != 0 || !strings.Contains(out, "001_b6b1e4976b29ac24") {
		t.Errorf("search weapon caches: exit %d, out %q, err %q", code, out, errs)
	}
}

func TestBadInputsContinue(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("Ministers Meet in Amman\n\nThe foreign ministers of Jordan and Iraq met in Amman on Sunday to discuss border trade."), 0o644)
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	bad := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(bad, []byte("{\"id\": \"a\", \"text\": \"Officials in Cairo said talks would resume next week.\"}\nnot json\n{\"text\": \"no id here\"}\n"), 0o644)
	db := filepath.Join(dir, "s.db")
	code, _, errs := sitrepCmd(t, "ingest", "--db", db, good, empty, bad, filepath.Join(dir, "missing.html"))
	if code != exitPartial {
		t.Fatalf("exit %d, want %d; stderr:\n%s", code, exitPartial, errs)
	}
	for _, want := range []string{"empty.txt", "bad.jsonl:2", "bad.jsonl:3", "missing.html"} {
		if !strings.Contains(errs, want) {
			t.Errorf("failure summary does not name %q:\n%s", want, errs)
		}
	}
	if docs := docsOf(t, db); len(docs) != 2 {
		t.Errorf("stored %d documents, want the 2 good ones", len(docs))
	}
}

// The analysis commands all run on a store built from the examples, and each says
// something about them.
func TestAnalysisCommands(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	if code, _, errs := sitrepCmd(t, "ingest", "--db", db, filepath.Join("..", "..", "examples", "storyline")); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errs)
	}
	overlay := filepath.Join(dir, "overlay.txt")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"events", "--format", "table"}, "IRQ"},
		{[]string{"events", "--format", "jsonl", "--actor", "IRQ"}, `"cameo"`},
		{[]string{"actors"}, "IRQ"},
		{[]string{"actors", "--unknown", "--format", "jsonl"}, ""},
		{[]string{"claims"}, "STATUS"},
		{[]string{"claims", "--format", "jsonl"}, `"independent_outlets"`},
		{[]string{"frames", "--by", "country"}, "Tigris Daily"},
		{[]string{"dyads"}, "IRQ"},
		{[]string{"export", "--format", "gdelt"}, "\t"},
		{[]string{"export", "--format", "gexf"}, "<gexf"},
		{[]string{"watch", "add", "USA", "IRQ"}, ""},
		{[]string{"watch", "list"}, "IRQ–USA"},
		{[]string{"actors", "accept", "Thabet al-Abbasi", "IRQGOV", "--overlay", overlay}, ""},
	} {
		code, out, errs := sitrepCmd(t, append(tc.args, "--db", db)...)
		if code != 0 || !strings.Contains(out, tc.want) {
			t.Errorf("%v: exit %d, output lacks %q:\n%s\n%s", tc.args, code, tc.want, clip(out, 400), errs)
		}
	}
	if b, err := os.ReadFile(overlay); err != nil || !strings.Contains(string(b), "Thabet al-Abbasi") {
		t.Errorf("accept did not write the overlay: %q %v", b, err)
	}
}
