package claim

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// headlineFixture is one case of testdata/headlines.json: invented articles, the
// events read from their headlines and body sentences, and the records Build
// should form.
type headlineFixture struct {
	Rule     string `json:"rule"` // TestApart: the switch the case is about
	Name     string `json:"name"`
	Why      string `json:"why"`
	Articles []struct {
		ID        string   `json:"id"`
		Outlet    string   `json:"outlet"`
		Published string   `json:"published"`
		Headline  string   `json:"headline"`
		Body      []string `json:"body"`
	} `json:"articles"`
	Events []struct {
		ID       string `json:"id"`
		Doc      string `json:"doc"`
		Sentence int    `json:"sentence"` // -1: the headline
		Source   string `json:"source"`
		CAMEO    string `json:"cameo"`
		Target   string `json:"target"`
		Date     string `json:"date"`
		DateFrom string `json:"date_from"`
		DateText string `json:"date_text"` // the words that date it, when its own
		Mode     string `json:"mode"`      // empty: occurred
	} `json:"events"`
	Want [][]string `json:"want"`
}

// materialise lays each article out as ingest does — the headline a paragraph
// marked Heading, the body a paragraph after a blank line — and gives each event
// its sentence and byte span.
func (c headlineFixture) materialise(t *testing.T) ([]*sitrep.Document, []sitrep.Event) {
	t.Helper()
	spans := map[string][]sitrep.Span{} // per article: the headline's span, then each body sentence's
	var docs []*sitrep.Document
	for _, a := range c.Articles {
		d := &sitrep.Document{ID: a.ID, Outlet: a.Outlet, Published: a.Published}
		var b strings.Builder
		head := sitrep.Span{Start: -1}
		if a.Headline != "" {
			b.WriteString(a.Headline)
			head = sitrep.Span{End: b.Len()}
			d.Paragraphs = append(d.Paragraphs, sitrep.Paragraph{Span: head, Heading: true})
			b.WriteString("\n\n")
		}
		spans[a.ID] = append(spans[a.ID], head)
		start := b.Len()
		for i, s := range a.Body {
			if i > 0 {
				b.WriteString(" ")
			}
			spans[a.ID] = append(spans[a.ID], sitrep.Span{Start: b.Len(), End: b.Len() + len(s)})
			b.WriteString(s)
		}
		if len(a.Body) > 0 {
			d.Paragraphs = append(d.Paragraphs, sitrep.Paragraph{Span: sitrep.Span{Start: start, End: b.Len()}})
		}
		d.Text = b.String()
		docs = append(docs, d)
	}
	var evs []sitrep.Event
	for _, x := range c.Events {
		sp := spans[x.Doc]
		if x.Sentence+1 >= len(sp) || sp[x.Sentence+1].Start < 0 {
			t.Fatalf("event %s: article %s has no sentence %d", x.ID, x.Doc, x.Sentence)
		}
		s := sp[x.Sentence+1]
		var text string
		for _, d := range docs {
			if d.ID == x.Doc {
				text = d.Text[s.Start:s.End]
			}
		}
		e := ev(x.ID, x.Doc, x.Source, x.CAMEO, x.Target, x.Date)
		e.Sentence, e.Span, e.DateFrom, e.DateText = text, s, x.DateFrom, x.DateText
		if x.Mode != "" {
			e.Mode = x.Mode
		}
		evs = append(evs, e)
	}
	return docs, evs
}

// TestHeadlines: a headline report joins its own article's record, or the one
// record that takes it, and never founds or bridges a record of several articles
// (headlines.go).
func TestHeadlines(t *testing.T) {
	b, err := os.ReadFile("testdata/headlines.json")
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		Cases []headlineFixture `json:"cases"`
	}
	if err := json.Unmarshal(b, &file); err != nil {
		t.Fatal(err)
	}
	for _, tc := range file.Cases {
		t.Run(tc.Name, func(t *testing.T) {
			if g, w := tc.built(t), canonGroups(tc.Want); !slices.Equal(g, w) {
				t.Errorf("records %v, want %v (%s)", g, w, tc.Why)
			}
		})
	}
}

// built lays the case out and builds its records, each as its events' ids
// (canonGroups).
func (c headlineFixture) built(t *testing.T) []string {
	t.Helper()
	docs, evs := c.materialise(t)
	_, records := build(evs, docs, Options{}, true)
	var got [][]string
	for _, r := range records {
		var ids []string
		for _, e := range r.events {
			ids = append(ids, e.ID)
		}
		got = append(got, ids)
	}
	return canonGroups(got)
}

// canonGroups writes groups of ids in an order that does not depend on the order
// of the groups or of their ids: "a+b", sorted.
func canonGroups(groups [][]string) []string {
	var out []string
	for _, g := range groups {
		g = slices.Clone(g)
		slices.Sort(g)
		out = append(out, strings.Join(g, "+"))
	}
	slices.Sort(out)
	return out
}

// TestHeadlineFinder: which sentences are headlines. Heading paragraphs and lines
// of their own without final punctuation are; a title-case sentence is one only
// at the head of the article, since in the body it is most often a sentence full
// of names.
func TestHeadlineFinder(t *testing.T) {
	for _, tc := range []struct {
		name     string
		text     string
		heading  bool // the first paragraph is marked Heading
		sentence string
		want     bool
	}{
		{"heading paragraph", "Rockets Hit Zarqa Market\n\nRockets hit a market in Zarqa on Monday.", true,
			"Rockets Hit Zarqa Market", true},
		{"heading paragraph in sentence case", "Rockets hit Zarqa market, monitor says\n\nRockets hit a market in Zarqa on Monday.", true,
			"Rockets hit Zarqa market, monitor says", true},
		{"the body after it", "Rockets Hit Zarqa Market\n\nRockets hit a market in Zarqa on Monday.", true,
			"Rockets hit a market in Zarqa on Monday.", false},
		{"a related-link line of its own", "Rockets hit a market in Zarqa on Monday.\n\nRead more:\nArmy Retakes Two Villages Near Tel Hamra\n\nThe army said it would press on.", false,
			"Army Retakes Two Villages Near Tel Hamra", true},
		{"a title-case sentence at the head", "Army Retakes Two Villages Near Tel Hamra. The army said it retook the villages on Sunday.", false,
			"Army Retakes Two Villages Near Tel Hamra.", true},
		{"a title-case sentence in the body", "The army said it retook the villages on Sunday. Zarqa Governor Karim Haddad Visited Tel Hamra And Wadi Sabr.", false,
			"Zarqa Governor Karim Haddad Visited Tel Hamra And Wadi Sabr.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := &sitrep.Document{ID: "d", Text: tc.text}
			if tc.heading {
				end := strings.Index(tc.text, "\n\n")
				d.Paragraphs = []sitrep.Paragraph{{Span: sitrep.Span{End: end}, Heading: true}, {Span: sitrep.Span{Start: end + 2, End: len(tc.text)}}}
			}
			at := strings.Index(tc.text, tc.sentence)
			e := sitrep.Event{ID: "e", Doc: "d", Sentence: tc.sentence, Span: sitrep.Span{Start: at, End: at + len(tc.sentence)}}
			f := newHeadlineFinder(map[string]*sitrep.Document{"d": d})
			if got := f.is(e); got != tc.want {
				t.Errorf("headline = %v, want %v", got, tc.want)
			}
			// Events read back from JSON carry only their character span.
			e.CharSpan, e.Span = sitrep.CharSpan(tc.text, e.Span), sitrep.Span{}
			if got := f.is(e); got != tc.want {
				t.Errorf("from the character span: headline = %v, want %v", got, tc.want)
			}
		})
	}
}
