package ner

import (
	"reflect"
	"testing"
)

func TestParseWritten(t *testing.T) {
	for _, tc := range []struct {
		line, text string
		spans      []byteSpan
		bad        bool
	}{
		{line: "No names here.", text: "No names here."},
		{
			line:  "{PER Angela Merkel} met {ORG Siemens}'s chiefs in {LOC Munich}.",
			text:  "Angela Merkel met Siemens's chiefs in Munich.",
			spans: []byteSpan{{0, 13, "PER"}, {18, 25, "ORG"}, {38, 44, "LOC"}},
		},
		{line: "{GPE Paris} is big.", bad: true},
		{line: "{PER Ana} met {ORG UN", bad: true},
	} {
		text, spans, err := parseWritten(tc.line)
		if (err != nil) != tc.bad {
			t.Errorf("parseWritten(%q) error %v, want error %v", tc.line, err, tc.bad)
			continue
		}
		if tc.bad {
			continue
		}
		if text != tc.text || !reflect.DeepEqual(spans, tc.spans) {
			t.Errorf("parseWritten(%q) = %q %v, want %q %v", tc.line, text, spans, tc.text, tc.spans)
		}
	}
}

// TestWritten reads every written file: all lines well formed, every name on
// token boundaries, and the three types all present.
func TestWritten(t *testing.T) {
	ex, misaligned, err := readWritten()
	if err != nil {
		t.Fatal(err)
	}
	if misaligned > 0 {
		t.Errorf("%d written sentences have a name off token boundaries", misaligned)
	}
	var count [3]int
	for _, e := range ex {
		for _, en := range e.ents {
			count[typeIndex(en.Type)]++
		}
	}
	t.Logf("%d sentences; PER %d ORG %d LOC %d", len(ex), count[0], count[1], count[2])
	for i, n := range count {
		if n == 0 {
			t.Errorf("no written name of type %s", Types[i])
		}
	}
}
