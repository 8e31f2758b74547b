package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func sample() []sitrep.Event {
	return []sitrep.Event{
		{ID: "brief:e1", Doc: "brief", Sentence: "Iraqi forces and the US military carried out joint raids near Qaim on Tuesday.",
			CharSpan: [2]int{0, 78}, Source: sitrep.EventActor{Code: "IRQMIL", Name: "Iraq", Text: "Iraqi forces"},
			Target: sitrep.EventActor{Code: "USAMIL", Name: "United States", Text: "the US military"},
			CAMEO:  "062", Root: "06", Quad: 2, Goldstein: 7.4, PLOVER: sitrep.PLOVER{Type: "COOPERATE"}, Mode: sitrep.ModeOccurred,
			Date: "2026-03-10", DateText: "on Tuesday", DateFrom: "text", Outlet: "Tigris Daily", URL: "https://tigris.example/a",
			Place:      &sitrep.Place{Name: "Al Qa'im", Country: "IRQ", Lat: 34.37, Lon: 41.09, GeonameID: 98530, Text: "Qaim"},
			Quantities: []sitrep.Quantity{{Value: 12, Unit: "tunnels", Text: "12 tunnels"}}},
		{ID: "obs:e2", Doc: "obs", Sentence: "Local elders accused the Iraqi army of detaining farmers.", CharSpan: [2]int{10, 67},
			Source: sitrep.EventActor{Code: "IRQCVL", Text: "Local elders"}, Target: sitrep.EventActor{Code: "IRQMIL", Name: "Iraq", Text: "the Iraqi army"},
			CAMEO: "112", Root: "11", Quad: 3, Goldstein: -2, PLOVER: sitrep.PLOVER{Type: "ACCUSE"}, Mode: sitrep.ModeClaimed,
			AttributedTo: &sitrep.EventActor{Code: "IRQCVL", Text: "Local elders"}, Date: "2026-03", Outlet: "Levant Observer"},
		{ID: "ed:e1", Doc: "ed", Sentence: "The group threatened the United States.", CharSpan: [2]int{0, 40},
			Source: sitrep.EventActor{Code: "IMGMUSISI", Name: "Islamic State"}, Target: sitrep.EventActor{Code: "USA"},
			CAMEO: "130", Root: "13", Quad: 3, Goldstein: -4.4, PLOVER: sitrep.PLOVER{Type: "THREATEN"}, Mode: sitrep.ModeOccurred},
		{ID: "ed:e2", Doc: "ed", Sentence: "Officials made a statement.", Source: sitrep.EventActor{Code: "USAGOV"},
			CAMEO: "010", Root: "01", Quad: 1},
	}
}

func TestGolden(t *testing.T) {
	now := time.Date(2026, 3, 20, 12, 0, 0, 0, time.UTC)
	for _, format := range Formats {
		var buf bytes.Buffer
		if err := Write(&buf, format, sample(), Options{Now: now}); err != nil {
			t.Fatalf("%s: %v", format, err)
		}
		golden := filepath.Join("testdata", "sample."+format)
		if *update {
			os.WriteFile(golden, buf.Bytes(), 0o644)
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(buf.Bytes(), want) {
			t.Errorf("%s output differs from %s (go test -update to accept):\n%s", format, golden, buf.String())
		}
	}
	if err := Write(&bytes.Buffer{}, "xlsx", nil, Options{}); err == nil {
		t.Error("unknown format: want an error")
	}
}

func TestGDELTColumns(t *testing.T) {
	var buf bytes.Buffer
	if err := GDELT(&buf, sample(), Options{Now: time.Unix(0, 0)}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != len(sample()) {
		t.Fatalf("%d records, want %d", len(lines), len(sample()))
	}
	for i, l := range lines {
		cols := strings.Split(l, "\t")
		if len(cols) != 61 {
			t.Fatalf("record %d has %d columns, want 61", i, len(cols))
		}
	}
	c := strings.Split(lines[0], "\t")
	for i, want := range map[int]string{1: "20260310", 2: "202603", 3: "2026", 5: "IRQMIL", 7: "IRQ", 12: "MIL",
		15: "USAMIL", 17: "USA", 26: "062", 27: "062", 28: "06", 29: "2", 30: "7.4", 52: "Al Qa'im", 53: "IZ", 58: "98530",
		60: "https://tigris.example/a"} {
		if c[i] != want {
			t.Errorf("column %d = %q, want %q", i, c[i], want)
		}
	}
	// IMGMUSISI: no country; type IMG, religion MUS, group ISI.
	c = strings.Split(lines[2], "\t")
	if c[7] != "" || c[12] != "IMG" || c[10] != "MUS" || c[8] != "ISI" {
		t.Errorf("IMGMUSISI split into country %q group %q religion %q type %q", c[7], c[8], c[10], c[12])
	}
	// A month-precision date fills MonthYear and Year only.
	c = strings.Split(lines[1], "\t")
	if c[1] != "" || c[2] != "202603" {
		t.Errorf("month date: Day %q MonthYear %q", c[1], c[2])
	}
}

func TestOutputsParse(t *testing.T) {
	var buf bytes.Buffer
	CSV(&buf, sample())
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil || len(rows) != 5 || len(rows[0]) != len(csvHeader) {
		t.Errorf("CSV: %d rows, err %v", len(rows), err)
	}

	buf.Reset()
	PLOVER(&buf, sample())
	var n int
	for _, l := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		var r map[string]any
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("PLOVER line %q: %v", l, err)
		}
		n++
	}
	if n != 3 {
		t.Errorf("PLOVER wrote %d records, want 3 (the CAMEO 01 statement has no PLOVER type)", n)
	}

	for _, f := range []func(*bytes.Buffer) error{
		func(b *bytes.Buffer) error { return GEXF(b, sample()) },
		func(b *bytes.Buffer) error { return GraphML(b, sample()) },
	} {
		buf.Reset()
		if err := f(&buf); err != nil {
			t.Fatal(err)
		}
		var v struct {
			Nodes []struct {
				ID string `xml:"id,attr"`
			} `xml:"graph>nodes>node"`
			GNodes []struct {
				ID string `xml:"id,attr"`
			} `xml:"graph>node"`
		}
		if err := xml.Unmarshal(buf.Bytes(), &v); err != nil {
			t.Fatalf("XML does not parse: %v", err)
		}
		if got := len(v.Nodes) + len(v.GNodes); got != 5 {
			t.Errorf("network has %d nodes, want 5", got)
		}
	}
}

// TestGDELTDates fills GDELT's date columns only at the precision the date has:
// a span of days ("last week") is no day, and a week across a month boundary is
// no month either (a month-or-year reading of it would date the week by the
// wrong month).
func TestGDELTDates(t *testing.T) {
	for _, c := range []struct{ date, day, month, year string }{
		{"2025-11-10", "20251110", "202511", "2025"},
		{"2025-11-03/2025-11-09", "", "202511", "2025"},
		{"2025-09-29/2025-10-05", "", "", "2025"},
		{"2025-12-29/2026-01-04", "", "", ""},
		{"2025-11", "", "202511", "2025"},
		{"2025", "", "", "2025"},
		{"2025-11-09/2025-11-10", "", "", ""}, // two weeks: not a date
		{"", "", "", ""},
	} {
		day, month, year, frac := gdeltDates(c.date)
		if day != c.day || month != c.month || year != c.year || (frac != "") != (c.day != "") {
			t.Errorf("gdeltDates(%q) = %q %q %q %q, want %q %q %q", c.date, day, month, year, frac, c.day, c.month, c.year)
		}
	}
}

// TestAgentlessExports: an event whose source is empty (force with no agent named,
// event/agentless.go) leaves GDELT's Actor1 columns empty, as GDELT does for an
// unknown actor, and PLOVER's actor an empty string, as an untargeted event leaves
// its recipient; both stay one valid record, and the networks get no "" node.
func TestAgentlessExports(t *testing.T) {
	evs := []sitrep.Event{{ID: "wire:e1", Doc: "wire", Sentence: "Air strikes killed 22 people in a village near the border.",
		Target: sitrep.EventActor{Code: "SYRCVL", Name: "civilians", Text: "22 people"}, CAMEO: "195", Root: "19", Quad: 4,
		Goldstein: -10, PLOVER: sitrep.PLOVER{Type: "ASSAULT"}, Mode: sitrep.ModeOccurred, Date: "2026-03-10"}}
	var buf bytes.Buffer
	if err := GDELT(&buf, evs, Options{Now: time.Unix(0, 0)}); err != nil {
		t.Fatal(err)
	}
	c := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\t")
	if len(c) != 61 {
		t.Fatalf("GDELT record has %d columns, want 61", len(c))
	}
	for i := 5; i < 15; i++ {
		if c[i] != "" {
			t.Errorf("GDELT Actor1 column %d = %q, want empty", i, c[i])
		}
	}
	if c[15] != "SYRCVL" || c[26] != "195" {
		t.Errorf("GDELT Actor2Code %q EventCode %q, want SYRCVL 195", c[15], c[26])
	}
	buf.Reset()
	if err := PLOVER(&buf, evs); err != nil {
		t.Fatal(err)
	}
	var r map[string]any
	if err := json.Unmarshal(bytes.TrimSpace(buf.Bytes()), &r); err != nil {
		t.Fatalf("PLOVER record %q: %v", buf.String(), err)
	}
	if a, ok := r["actor"]; !ok || a != "" || r["recipient"] != "SYRCVL" {
		t.Errorf("PLOVER actor %v (present %v) recipient %v, want \"\" and SYRCVL", a, ok, r["recipient"])
	}
	buf.Reset()
	if err := GraphML(&buf, evs); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), `id=""`) {
		t.Errorf("GraphML has a node with an empty id:\n%s", buf.String())
	}
}
