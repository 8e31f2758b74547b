package actor_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep/actor"
	"github.com/sitrep-dev/sitrep/actor/internal/gold"
)

// TestPETRValidationDictionaries reads PETRARCH's own validation dictionaries and
// checks the date restrictions against the codings its unit-test records expect
// (DATE-01..05: Sam and Hamfast Gamgee), plus the other intervals of the same record.
func TestPETRValidationDictionaries(t *testing.T) {
	shared, ok, err := gold.SharedDir()
	if !ok {
		t.Skip("SITREP_SHARED not set: skipping the test that reads ../shared")
	}
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(shared, "data/validation/petr-unittest")
	f, err := os.Open(filepath.Join(dir, "PETR.Validate.actors.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	es, warns, err := actor.ParseActors(f, "PETR.Validate.actors.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(warns) > 0 {
		t.Errorf("warnings: %q", warns)
	}
	byName := map[string]*actor.Entry{}
	for _, e := range es {
		byName[e.Name] = e
		if strings.Contains(e.Name, "<") || strings.Contains(e.Name, "--") {
			t.Errorf("comment read as an actor: %q", e.Name)
		}
	}
	tests := []struct{ name, at, want string }{
		{"SAM GAMGEE", "1995-01-04", "HOBCIV"}, // DATE-01
		{"SAM GAMGEE", "2008-01-19", "HOBCIV"}, // DATE-02: "<20080120" is strictly before
		{"SAM GAMGEE", "2010-01-10", "ORCHOB"}, // listed first, wins over HOBMIL
		{"SAM GAMGEE", "2011-06-01", "HOBMIL"},
		{"SAM GAMGEE", "2013-01-01", "HOBGOV"},
		{"SAM GAMGEE", "2014-01-01", "HOBELI"},
		{"HAMFAST GAMGEE", "1995-01-04", "HOB"},    // DATE-03: the primary code is the default
		{"HAMFAST GAMGEE", "2012-11-09", "HOBGOV"}, // DATE-04: ends are inclusive
		{"HAMFAST GAMGEE", "2012-12-25", "HOBGOV"}, // DATE-05
		{"HAMAS", "2000-01-01", "PSEREBHMS"},
		{"ISRAELI TROOPS", "2000-01-01", "ISRMIL"},
	}
	for _, tt := range tests {
		e := byName[tt.name]
		if e == nil {
			t.Errorf("%s missing", tt.name)
			continue
		}
		at, _ := time.Parse("2006-01-02", tt.at)
		if got := e.CodeAt(at); got != tt.want {
			t.Errorf("%s at %s = %s, want %s", tt.name, tt.at, got, tt.want)
		}
	}
	g, err := os.Open(filepath.Join(dir, "PETR.Validate.agents.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	as, warns, err := actor.ParseAgents(g, "PETR.Validate.agents.txt")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("validation dictionaries: %d actors, %d agent forms, %d agent lines skipped", len(es), len(as), len(warns))
	found := false
	for _, a := range as {
		if a.Phrase == "ATTORNEYS GENERAL" && a.Code == "GOV" {
			found = true
		}
	}
	if !found {
		t.Error("irregular plural ATTORNEYS GENERAL missing")
	}
}
