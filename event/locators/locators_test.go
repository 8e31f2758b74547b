package locators

import (
	"testing"

	"github.com/sitrep-dev/sitrep"
)

func TestDefault(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "Troops were deployed to Syria on Monday."
	var s sitrep.Sentence
	off := 0
	for _, w := range []string{"Troops", "were", "deployed", "to", "Syria", "on", "Monday", "."} {
		for text[off:off+len(w)] != w {
			off++
		}
		s.Tokens = append(s.Tokens, sitrep.Token{Text: w, Span: sitrep.Span{Start: off, End: off + len(w)}})
		off += len(w)
	}
	s.Span = sitrep.Span{Start: 0, End: len(text)}
	doc := &sitrep.Document{Text: text, Published: "2025-11-12"}
	if ps := l.Places(text, s); len(ps) != 1 || ps[0].Country != "SYR" {
		t.Errorf("places = %+v", ps)
	}
	ds := l.Dates(doc, s)
	if len(ds) != 1 || ds[0].Date != "2025-11-10" {
		t.Errorf("dates = %+v", ds)
	}
}
