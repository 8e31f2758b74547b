package actor

import (
	"bytes"
	"compress/gzip"
	"os"
	"strings"
	"testing"
	"time"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestParseActors(t *testing.T) {
	f, err := os.Open("testdata/dictionaries/test.actors.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	es, warns, err := ParseActors(f, "test.actors.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(warns) != 0 {
		t.Errorf("warnings: %v", warns)
	}
	if len(es) != 3 {
		t.Fatalf("got %d entries, want 3", len(es))
	}
	tests := []struct {
		entry int
		at    string
		want  string
	}{
		{0, "2020-01-01", "FRE"},
		{1, "1931-06-01", "FREELI"},
		{1, "1934-01-01", "FREGOV"}, // YYMMDD 34 → 1934, ends inclusive
		{1, "1939-12-31", "FREGOV"},
		{1, "1950-01-01", "FREELI"}, // the undated restriction is the fallback
		{2, "1935-01-01", "SYLGOV"},
		{2, "2001-01-01", "SYLELI"},
	}
	for _, tt := range tests {
		if got := es[tt.entry].CodeAt(day(tt.at)); got != tt.want {
			t.Errorf("%s at %s = %q, want %q", es[tt.entry].Name, tt.at, got, tt.want)
		}
	}
	if got := strings.Join(es[2].Aliases, "|"); got != "AMBASSADOR TRENTINO|TRENTINO OF SYLVANIA" {
		t.Errorf("aliases = %q", got)
	}
	if es[0].Kind != KindCountry || es[1].Kind != KindPerson {
		t.Errorf("kinds = %v, %v", es[0].Kind, es[1].Kind)
	}
}

func TestParseIntervals(t *testing.T) {
	tests := []struct {
		in       string
		from, to string
		err      bool
	}{
		{"<20241208", "", "2024-12-07", false},
		{">000717", "2000-07-17", "", false},
		{"060301-100531", "2006-03-01", "2010-05-31", false},
		{"2024-12-08..", "2024-12-08", "", false},
		{"..2024-12-07", "", "2024-12-07", false},
		{"2020-06-06-2024-01-01", "2020-06-06", "2024-01-01", false},
		{"31x", "", "", true},
	}
	for _, tt := range tests {
		r, err := parseInterval(tt.in)
		if (err != nil) != tt.err {
			t.Errorf("%q: err = %v", tt.in, err)
			continue
		}
		if tt.err {
			continue
		}
		f, to := "", ""
		if !r.From.IsZero() {
			f = r.From.Format("2006-01-02")
		}
		if !r.To.IsZero() {
			to = r.To.Format("2006-01-02")
		}
		if f != tt.from || to != tt.to {
			t.Errorf("%q = %s..%s, want %s..%s", tt.in, f, to, tt.from, tt.to)
		}
	}
}

func TestParseAgents(t *testing.T) {
	f, err := os.Open("testdata/dictionaries/test.agents.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	as, _, err := ParseAgents(f, "test.agents.txt")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, a := range as {
		c := "~" + a.Code
		if a.Prefix {
			c = a.Code + "~"
		}
		got[a.Phrase] = c
	}
	want := map[string]string{
		"CHANCELLOR": "~GOV", "CHANCELLORS": "~GOV", "ARMY OFFICER": "~MIL",
		"GOOSE": "~AGR", "GEESE": "~AGR", "SPOKESMAN": "~MED", "SPOKESWOMAN": "~MED",
		"WATCH BODY": "NGO~", "WATCH BODIES": "NGO~",
	}
	for p, c := range want {
		if got[p] != c {
			t.Errorf("%s = %q, want %q", p, got[p], c)
		}
	}
	if _, ok := got["ARMY OFFICERS"]; ok {
		t.Error("{} should block the plural")
	}
	if _, ok := got["GOOSES"]; ok {
		t.Error("an explicit plural replaces the regular one")
	}
}

func TestParseOverlayErrors(t *testing.T) {
	for _, in := range []string{
		"person | X | | \n",
		"person | X | Y\n",
		"alien | X | | ABC\n",
		"agent | chief | | GOV\n",
		"person | X | | ABC 2024-13-01..\n",
	} {
		if _, err := ParseOverlay(strings.NewReader(in), "t"); err == nil {
			t.Errorf("%q: no error", in)
		}
	}
}

// TestShippedOverlay keeps the shipped overlay readable: a typo in it would otherwise
// only show when sitrep starts.
func TestShippedOverlay(t *testing.T) {
	f, err := shipped.Open("data/overlay.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ov, err := ParseOverlay(f, "overlay.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(ov.Entries) < 100 || len(ov.Agents) < 20 {
		t.Errorf("overlay has %d entries and %d agents", len(ov.Entries), len(ov.Agents))
	}
}

func FuzzParseActors(f *testing.F) {
	b, _ := os.ReadFile("testdata/dictionaries/test.actors.txt")
	f.Add(string(b))
	f.Add("X_ [ABC 9008223-911221]\n\t[ABC <]\n+\n[")
	f.Fuzz(func(t *testing.T, s string) {
		es, _, err := ParseActors(strings.NewReader(s), "fuzz")
		if err != nil {
			return
		}
		for _, e := range es {
			e.CodeAt(time.Now())
		}
	})
}

func FuzzParseAgents(f *testing.F) {
	b, _ := os.ReadFile("testdata/dictionaries/test.agents.txt")
	f.Add(string(b))
	f.Add("!A! = \nX!A!{ [~\n{}[]")
	f.Fuzz(func(t *testing.T, s string) {
		ParseAgents(strings.NewReader(s), "fuzz")
	})
}

func FuzzParseOverlay(f *testing.F) {
	b, _ := shipped.ReadFile("data/overlay.txt")
	f.Add(string(b))
	f.Add("agent | ~ | | ~\nperson|a|b|C ..")
	f.Fuzz(func(t *testing.T, s string) {
		ParseOverlay(strings.NewReader(s), "fuzz")
	})
}

func TestComments(t *testing.T) {
	in := "<!-- header -->\nALPHA [AAA] # note\n<!--\n# inside\nBETA [BBB]\n# -->\nGAMMA [CCC] <!-- trailing -->\n<! -- malformed -->\nDELTA_ [DDD]; tabari comment\n"
	es, _, err := ParseActors(strings.NewReader(in), "t")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range es {
		got = append(got, e.Name+"="+e.Default)
	}
	if strings.Join(got, " ") != "ALPHA=AAA GAMMA=CCC DELTA=DDD" {
		t.Errorf("got %q", got)
	}
}

// TestShippedPhoenix reads the embedded Phoenix dictionaries and checks records whose
// meaning PETRARCH fixes: YYMMDD dates, ordered restrictions and the undated fallback.
func TestShippedPhoenix(t *testing.T) {
	b, err := shipped.ReadFile("data/Phoenix.Countries.actors.txt.gz")
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	es, warns, err := ParseActors(zr, "Phoenix.Countries.actors.txt")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d records, %d restrictions skipped as malformed", len(es), len(warns))
	if len(es) < 15000 || len(warns) > 50 {
		t.Errorf("%d records, %d warnings", len(es), len(warns))
	}
	byName := map[string]*Entry{}
	for _, e := range es {
		byName[e.Name] = e
	}
	tests := []struct{ name, at, want string }{
		{"SYRIA", "2020-01-01", "SYR"},
		{"ABDUL HALIM KHADDAM", "1990-01-01", "SYRELI"}, // [SYRELI 500101-000610]
		{"ABDUL HALIM KHADDAM", "2000-07-01", "SYRGOV"}, // [SYRGOV 000610-000717]
		{"ABDUL HALIM KHADDAM", "2010-01-01", "SYRELI"}, // [SYRELI]
	}
	for _, tt := range tests {
		e := byName[tt.name]
		if e == nil {
			t.Errorf("%s missing", tt.name)
			continue
		}
		if got := e.CodeAt(day(tt.at)); got != tt.want {
			t.Errorf("%s at %s = %s, want %s", tt.name, tt.at, got, tt.want)
		}
	}
	if byName["SYRIA"].Kind != KindCountry || byName["ABDUL HALIM KHADDAM"].Kind != KindPerson {
		t.Error("kinds")
	}
}

// TestOverlayContent checks the shipped overlay as data: codes well formed, intervals
// in order and not overlapping, no phrase listed twice (the later would silently win).
func TestOverlayContent(t *testing.T) {
	b, err := shipped.ReadFile("data/overlay.txt")
	if err != nil {
		t.Fatal(err)
	}
	ov, err := ParseOverlay(bytes.NewReader(b), "overlay.txt")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	for _, e := range ov.Entries {
		for _, p := range append([]string{e.Name}, e.Aliases...) {
			key := strings.Join(normWords(p), " ")
			// Spellings that normalise alike within one record are harmless.
			if prev, dup := seen[key]; dup && prev != e.Name {
				t.Errorf("%q listed under %s and %s", p, prev, e.Name)
			}
			seen[key] = e.Name
		}
		if e.remove {
			continue
		}
		codes := append([]Restriction{{Code: e.Default}}, e.Codes...)
		for i, r := range codes {
			if (i > 0 || r.Code != "") && !validCode(r.Code) {
				t.Errorf("%s: bad code %q", e.Name, r.Code)
			}
			if !r.From.IsZero() && !r.To.IsZero() && r.To.Before(r.From) {
				t.Errorf("%s: %s ends before it starts", e.Name, r.Code)
			}
		}
		for i := 1; i < len(e.Codes); i++ {
			prev, cur := e.Codes[i-1], e.Codes[i]
			if prev.To.IsZero() || (!cur.From.IsZero() && !cur.From.After(prev.To)) {
				t.Errorf("%s: %s and %s overlap or are out of order", e.Name, prev.Code, cur.Code)
			}
		}
	}
	for _, a := range ov.Agents {
		if a.Code != "" && !validCode(a.Code) && len(a.Code) != 3 {
			t.Errorf("agent %s: bad code %q", a.Phrase, a.Code)
		}
	}
}

// TestMarkPlurals: an entry written in the plural of another entry's word is a
// plural; a phrase with "of" is headed before it.
func TestMarkPlurals(t *testing.T) {
	in := "TROOP [~MIL]\nGOVERNMENT_TROOPS [~MIL]\nMINISTER [~GOV]\nCOUNCIL_OF_MINISTERS [~GOV]\nPOLICE [~COP]\nSPORT [~BUS]\nMINISTER_FOR_SPORTS [~GOV]\n"
	agents, _, err := ParseAgents(strings.NewReader(in), "test")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"GOVERNMENT TROOPS": true, "COUNCIL OF MINISTERS": false, "POLICE": false, "TROOP": false, "MINISTER FOR SPORTS": false}
	for _, a := range agents {
		if w, ok := want[a.Phrase]; ok && a.plural != w {
			t.Errorf("%s: plural %v, want %v", a.Phrase, a.plural, w)
		}
	}
}
