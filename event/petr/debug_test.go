package petr

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestDebugRecord prints one record's conversion, mentions and events: set
// PETR_RECORD to its id. It is a tool for reading failures, not a check.
func TestDebugRecord(t *testing.T) {
	id := os.Getenv("PETR_RECORD")
	if id == "" {
		t.Skip("PETR_RECORD not set")
	}
	dir := filepath.Join(sharedDir(t), "data", "validation", "petr-unittest")
	raw, err := os.ReadFile(filepath.Join(dir, "PETR.UnitTest.records.xml"))
	if err != nil {
		t.Fatal(err)
	}
	recs, err := readRecords(raw)
	if err != nil {
		t.Fatal(err)
	}
	c, err := loadCoders(filepath.Join(dir, "PETR.Validate.verbs.txt"))
	if err != nil {
		t.Fatal(err)
	}
	ad := newActorDict()
	f, _ := os.Open(filepath.Join(dir, "PETR.Validate.actors.txt"))
	ad.readActors(f)
	f.Close()
	f, _ = os.Open(filepath.Join(dir, "PETR.Validate.agents.txt"))
	ad.readAgents(f)
	f.Close()
	for _, r := range recs {
		if r.ID != id {
			continue
		}
		root, err := parseTree(r.Parse)
		if err != nil {
			t.Fatal(err)
		}
		s, text, conv := toSentence(root)
		for i, tok := range s.Tokens {
			t.Logf("%2d %-14s %-5s %-5s %2d %s", i+1, tok.Text, tok.XPOS, tok.UPOS, tok.Head, tok.DepRel)
		}
		date, _ := strconv.Atoi(r.Date)
		ms := ad.mentions(root, conv, text, s, date, r.cfg.newActorLength)
		for _, m := range ms {
			t.Logf("mention %d-%d %q %s", m.Start+1, m.End, m.Text, m.Code)
		}
		got, _, _ := codeRecord(c, ad, &discards{}, r)
		t.Logf("want %v\ngot %s", r.Codings, strings.Join(got, "; "))
	}
}
