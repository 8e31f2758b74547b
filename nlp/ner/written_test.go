package ner

import (
	"reflect"
	"testing"
	"testing/fstest"
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

func TestWrittenSentences(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt": {Data: []byte("# doc: one\n{LOC Iran} condemned the strike.\nNo names here.\n\n# doc: two\n{PER Ana Costa} met {ORG NATO} officials.\n")},
		"b.txt": {Data: []byte("# doc: three\n{LOC Iran} condemned the strike.\n# doc: four\nThe {ORG UN} envoy left {LOC Aden}.\n")},
		"c.md":  {Data: []byte("not read")},
	}
	got, err := WrittenSentences(fsys, "*.txt", "tone")
	if err != nil {
		t.Fatal(err)
	}
	// The sentence without names and the repeated one are left out;
	// documents are numbered within their file.
	var keys, docs []string
	var ents []int
	for _, s := range got {
		keys = append(keys, s.Key)
		docs = append(docs, s.Doc)
		ents = append(ents, len(s.Entities))
	}
	if want := []string{"tone:a:0", "tone:a:1", "tone:b:1"}; !reflect.DeepEqual(docs, want) {
		t.Errorf("docs %v, want %v", docs, want)
	}
	if want := []int{1, 2, 2}; !reflect.DeepEqual(ents, want) {
		t.Errorf("names per sentence %v, want %v", ents, want)
	}
	// The key hashes the line as written: moving a name's braces changes it.
	if want := newsKey("tone", "{LOC Iran} condemned the strike."); len(keys) == 0 || keys[0] != want {
		t.Errorf("first key %v, want %s (the hash of the marked line)", keys, want)
	}
	if s := got[1]; s.Text[s.Tokens[s.Entities[1].Start].Span.Start:s.Tokens[s.Entities[1].End-1].Span.End] != "NATO" {
		t.Errorf("second name of %q is not NATO", s.Text)
	}
	if _, err := WrittenSentences(fsys, "*.csv", "tone"); err == nil {
		t.Error("no error for a pattern that matches no file")
	}
	// An empty first block still counts; a sentence before a file's first
	// "# doc:" line is an error in any file.
	empty := fstest.MapFS{"a.txt": {Data: []byte("# doc: one\n# doc: two\n{LOC Aden} is calm.\n")}}
	if got, err := WrittenSentences(empty, "*.txt", "tone"); err != nil || len(got) != 1 || got[0].Doc != "tone:a:1" {
		t.Errorf("after an empty block: %v, %v; want one sentence of tone:a:1", got, err)
	}
	late := fstest.MapFS{"a.txt": {Data: []byte("# doc: one\n{LOC Aden} is calm.\n")}, "b.txt": {Data: []byte("{LOC Aden} is calm again.\n")}}
	if _, err := WrittenSentences(late, "*.txt", "tone"); err == nil {
		t.Error("no error for a sentence before b.txt's first \"# doc:\" line")
	}
	// A name ending inside a token ("UN-led") could not be labelled.
	bad := fstest.MapFS{"a.txt": {Data: []byte("# doc: one\n{ORG UN}-led talks resumed.\n")}}
	if _, err := WrittenSentences(bad, "*.txt", "tone"); err == nil {
		t.Error("no error for a name off token boundaries")
	}
}
