package event

import (
	"slices"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/nlp/conllu"
	"github.com/sitrep-dev/sitrep/timex"
)

// inheritDoc is one document of testdata/inherit.conllu: its sentences, paragraphs
// ("# newpar"), actors and, on its last sentence, the dates its events must carry
// ("# dates = CAMEO=DATE/FROM", CAMEO "*" for every event of the sentence).
type inheritDoc struct {
	doc      *sitrep.Document
	sents    []sitrep.Sentence
	mentions []sitrep.Mention
	dates    map[int]string // sentence → "CAMEO=DATE/FROM"
}

func loadInheritDocs(t *testing.T) []inheritDoc { return loadDateDocs(t, "testdata/inherit.conllu") }

// tokenRange reads a fixture's "4-5=VALUE" (or "4=VALUE"): the first and last
// word, counted from 1, and the value.
func tokenRange(t *testing.T, a string) (start, end int, val string) {
	t.Helper()
	rng, val, _ := strings.Cut(a, "=")
	lo, hi, _ := strings.Cut(rng, "-")
	if hi == "" {
		hi = lo
	}
	return atoi(t, lo), atoi(t, hi), val
}

// loadDateDocs reads documents in the format of testdata/inherit.conllu.
func loadDateDocs(t *testing.T, path string) []inheritDoc {
	t.Helper()
	var docs []*inheritDoc
	var cur *inheritDoc
	var text strings.Builder
	parStart := 0
	closePar := func() {
		if cur != nil && text.Len() > parStart && cur.doc.Paragraphs != nil {
			cur.doc.Paragraphs = append(cur.doc.Paragraphs[:len(cur.doc.Paragraphs)-1],
				sitrep.Paragraph{Span: sitrep.Span{Start: parStart, End: text.Len()}})
		}
	}
	finish := func() {
		if cur == nil {
			return
		}
		closePar()
		cur.doc.Text = text.String()
		docs = append(docs, cur)
	}
	for _, cs := range readRaw(t, path) {
		if id := cs.Meta("newdoc id"); id != "" {
			finish()
			cur = &inheritDoc{doc: &sitrep.Document{ID: id, Published: cs.Meta("published"), Status: sitrep.StatusOK}, dates: map[int]string{}}
			if cs.Meta("paragraphs") != "none" {
				cur.doc.Paragraphs = []sitrep.Paragraph{}
			}
			text.Reset()
			parStart = 0
		}
		if slices.Contains(cs.Comments, "newpar") {
			closePar()
			if text.Len() > 0 {
				text.WriteString("\n\n")
			}
			parStart = text.Len()
			if cur.doc.Paragraphs != nil {
				cur.doc.Paragraphs = append(cur.doc.Paragraphs, sitrep.Paragraph{})
			}
		} else if text.Len() > 0 {
			text.WriteByte(' ')
		}
		si := len(cur.sents)
		cur.sents = append(cur.sents, shifted(cs, text.Len()))
		s := &cur.sents[si]
		text.WriteString(sentenceOf(cs))
		for _, a := range strings.Fields(cs.Meta("actors")) {
			start, end, code := tokenRange(t, a)
			cur.mentions = append(cur.mentions, sitrep.Mention{Sentence: si, Start: start - 1, End: end, Code: code,
				Span: sitrep.Span{Start: s.Tokens[start-1].Span.Start, End: s.Tokens[end-1].Span.End}, Rule: "fixture", Antecedent: -1})
		}
		for _, a := range strings.Fields(cs.Meta("entities")) {
			start, end, typ := tokenRange(t, a)
			s.Entities = append(s.Entities, sitrep.Entity{Start: start - 1, End: end, Type: typ, Text: s.Tokens[start-1].Text})
		}
		if d := cs.Meta("dates"); d != "" {
			cur.dates[si] = d
		}
	}
	finish()
	out := make([]inheritDoc, len(docs))
	for i, d := range docs {
		out[i] = *d
	}
	return out
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			t.Fatalf("bad number %q", s)
		}
		n = n*10 + int(r-'0')
	}
	return n
}

// sentenceOf is the sentence's text as toSentence lays it out.
func sentenceOf(cs *conllu.Sentence) string {
	_, text := toSentence(cs)
	return text
}

// shifted is toSentence's sentence moved to offset off of the document text.
func shifted(cs *conllu.Sentence, off int) sitrep.Sentence {
	s, _ := toSentence(cs)
	for i := range s.Tokens {
		s.Tokens[i].Span.Start += off
		s.Tokens[i].Span.End += off
	}
	s.Span = sitrep.Span{Start: s.Start + off, End: s.End + off}
	return s
}

// TestDateInheritance checks the rule of inheritDate on invented short documents: a
// past-tense event without a date of its own takes the date of the sentence before
// it when both are about the same actors in one paragraph, and keeps the
// publication date when the tense, the paragraph, the actors, the distance or its
// own time expression say it is about another time.
func TestDateInheritance(t *testing.T) {
	checkDates(t, timexCoder(t), loadInheritDocs(t))
}

// timexCoder is a coder whose only locator is timex's dates.
func timexCoder(t *testing.T) *Coder {
	t.Helper()
	c, err := Load(Options{Locators: Locators{Dates: func(doc *sitrep.Document, s sitrep.Sentence) []Date {
		pub, prec, ok := doc.PublishedTime()
		if !ok {
			return nil
		}
		var out []Date
		for _, e := range timex.Resolve(s, doc.Text, pub, prec) {
			out = append(out, Date{Date: e.Date, Text: e.Text, From: e.From, Span: e.Span})
		}
		return out
	}}})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// checkDates codes each document and checks the dates its "# dates" lines name.
func checkDates(t *testing.T, c *Coder, docs []inheritDoc) {
	t.Helper()
	for _, d := range docs {
		t.Run(d.doc.ID, func(t *testing.T) {
			evs := c.Code(d.doc, d.sents, d.mentions)
			for si, want := range d.dates {
				code, dateFrom, _ := strings.Cut(want, "=")
				date, from, _ := strings.Cut(dateFrom, "/")
				n := 0
				for _, ev := range evs {
					if ev.Span != d.sents[si].Span || code != "*" && ev.CAMEO != code {
						continue
					}
					n++
					if ev.Date != date || ev.DateFrom != from {
						t.Errorf("%s: %s dated %q from %q (%q), want %q from %q", d.doc.Text[d.sents[si].Start:d.sents[si].End],
							describe(ev), ev.Date, ev.DateFrom, ev.DateText, date, from)
					}
				}
				if n == 0 {
					t.Errorf("sentence %d: no event %s; got %d events", si, code, len(evs))
				}
			}
		})
	}
}

// TestKnownCountry checks which places vouch for their country: another place
// of it in another sentence, or two of it in one, but not the same name read
// again ("Madaya", a Syrian town the gazetteer also knows in Myanmar, named in
// two sentences of a report on Syria).
func TestKnownCountry(t *testing.T) {
	d := &docState{countries: map[string]bool{"USA": true}, placeSents: map[string][]sentPlace{
		"MMR": {{1, "Madaya"}, {2, "Madaya"}},
		"SYR": {{1, "Aleppo"}, {2, "Idlib"}},
		"TUR": {{3, "Kilis"}, {3, "Gaziantep"}},
		"ESP": {{3, "Castello"}},
	}}
	for _, tc := range []struct {
		si   int
		cc   string
		want bool
	}{
		{2, "USA", true},  // an actor of it
		{2, "MMR", false}, // the same town again
		{2, "SYR", true},  // another town of it
		{3, "TUR", true},  // two towns of it together
		{3, "ESP", false}, // one town alone
		{1, "TUR", true},  // in other sentences
	} {
		if got := d.knownCountry(nil, tc.si, tc.cc); got != tc.want {
			t.Errorf("sentence %d, %s: known %v, want %v", tc.si, tc.cc, got, tc.want)
		}
	}
}

// TestPlaceCountry checks the country whose places a document names most: two
// distinct names at least, ahead of the next; one name may be a misreading.
func TestPlaceCountry(t *testing.T) {
	for _, tc := range []struct {
		places map[string][]sentPlace
		want   string
	}{
		{map[string][]sentPlace{"SYR": {{0, "Aleppo"}, {2, "Idlib"}, {3, "Aleppo"}}, "RUS": {{1, "Moscow"}}}, "SYR"},
		{map[string][]sentPlace{"IND": {{0, "Barrens"}, {1, "Barrens"}}}, ""},
		{map[string][]sentPlace{"SYR": {{0, "Aleppo"}, {1, "Idlib"}}, "TUR": {{0, "Kilis"}, {2, "Gaziantep"}}}, ""},
	} {
		d := &docState{countries: map[string]bool{}, placeSents: tc.places}
		if got := d.placeCountry(nil); got != tc.want {
			t.Errorf("%v: %q, want %q", tc.places, got, tc.want)
		}
	}
}

// TestReportedDates checks that a sentence's one date, when it modifies the verb
// of saying an event is reported under ("On Sunday a monitor said jets struck"),
// dates the event as reported that day (DateReported), and that a date the
// event's own clause holds stays its own.
func TestReportedDates(t *testing.T) {
	checkDates(t, timexCoder(t), loadDateDocs(t, "testdata/reported.conllu"))
}
