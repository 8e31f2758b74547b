package claim

import (
	"cmp"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
)

// TestApart: the rules of apart.go and apart2.go on invented articles
// (testdata/apart.json, testdata/horizon.json).
// Each case about a rule must give its records with the rule on and other records
// with it off, so that a case cannot pass without the rule it is about; guard
// cases (no rule) hold what the rules must not split.
func TestApart(t *testing.T) {
	var cases []headlineFixture
	for _, name := range []string{"testdata/apart.json", "testdata/horizon.json"} {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		var file struct {
			Cases []headlineFixture `json:"cases"`
		}
		if err := json.Unmarshal(b, &file); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		cases = append(cases, file.Cases...)
	}
	switches := map[string]*bool{"days": &useDays, "sidesacross": &useSidesAcross, "tail": &useTail, "cumulative": &useCumulative, "general": &useGeneral,
		"horizon": &useHorizon, "pubgap": &usePubGap, "stretch": &useStretch, "edgeslack": &useEdgeSlack, "reportedhorizon": &useReportedHorizon, "horizonedge": &useHorizonEdge, "years": &useYears}
	for _, tc := range cases {
		t.Run(tc.Name, func(t *testing.T) {
			want := canonGroups(tc.Want)
			if g := tc.built(t); !slices.Equal(g, want) {
				t.Errorf("records %v, want %v (%s)", g, want, tc.Why)
			}
			if tc.Rule == "" {
				return
			}
			// A case two rules cover names both ("a+b"): it must fail with both off.
			for _, rule := range strings.Split(tc.Rule, "+") {
				on, ok := switches[rule]
				if !ok {
					t.Fatalf("unknown rule %q", rule)
				}
				*on = false
				defer func() { *on = true }()
			}
			if g := tc.built(t); slices.Equal(g, want) {
				t.Errorf("without %s: records %v all the same: the case does not test the rule", tc.Rule, g)
			}
		})
	}
}

// TestOwnDay: which dates are a report's own day (daysApart compares only those).
func TestOwnDay(t *testing.T) {
	for _, tc := range []struct {
		name                   string
		date, from, text, mode string
		want                   string
	}{
		{"a weekday of the text", "2016-06-03", "published", "on Friday", "", "2016-06-03"},
		{"a date inherited from an earlier sentence", "2016-06-02", "inherited", "on 2 June", "", "2016-06-02"},
		{"the publication date alone", "2016-06-03", "published", "", "", ""},
		{"a denial's day is when it was said", "2017-04-04", "published", "on Tuesday", sitrep.ModeNegated, ""},
		{"the start of a stretch", "2016-10-18", "since", "October 18", "", ""},
		{"a month", "2016-04", "text", "in April 2016", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := sitrep.Event{Date: tc.date, DateFrom: tc.from, DateText: tc.text, Mode: cmp.Or(tc.mode, sitrep.ModeOccurred)}
			d, ok := ownDay(e)
			got := ""
			if ok {
				got = d.Format(time.DateOnly)
			}
			if got != tc.want {
				t.Errorf("ownDay = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestCumulative: a count of victims over a stretch is cumulative; a day's toll, a
// campaign's start and a count of people who are not victims are not.
func TestCumulative(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		want     bool
	}{
		{"More than 300 people have been killed in air strikes on the city since April.", true},
		{"In recent days 57 civilians were killed in rocket attacks on the town.", true},
		{"The toll includes 126 people killed by shelling of the western districts.", true},
		{"So far 1,200 fighters have died in the battle for the valley.", true},
		{"Over the past two weeks 80 people were wounded in the camp.", true},
		{"At least 10 fighters were killed in the past 24 hours, the monitor said.", false},
		{"Ten civilians were killed in rocket attacks on the town on Wednesday.", false},
		{"The group has been battling government forces since June 9.", false},
		{"The town has been under siege since 2012, trapping 300000 people.", false},
		{"Civilians have been killed in the town since the start of the war.", false},
	} {
		if got := cumulative(sitrep.Event{Sentence: tc.sentence}); got != tc.want {
			t.Errorf("cumulative(%q) = %v, want %v", tc.sentence, got, tc.want)
		}
	}
}

// TestTail: a related-links block is a run of heading lines, or of title-case
// text without final punctuation, that ends the article after its body; a
// title-case sentence elsewhere, or one with its full stop, is not.
func TestTail(t *testing.T) {
	for _, tc := range []struct {
		name, text, sentence string
		want                 bool
	}{
		// One paragraph of more than 25 tokens, so not a heading line of its own
		// (tokenize.Sentences), as FA-KES's bodies are.
		{"titles run together at the end", "Rockets hit a crowded market in Zarqa on Monday, killing five people and wounding twelve, a monitor said. 12 Related Army Retakes Two Villages Near Tel Hamra Rebels Shell Zarqa Market Tags Syria",
			"12 Related Army Retakes Two Villages Near Tel Hamra Rebels Shell Zarqa Market Tags Syria", true},
		{"heading lines at the end", "Rockets hit a market in Zarqa on Monday.\n\nRead more:\nArmy Retakes Two Villages Near Tel Hamra\nRebels Shell Zarqa Market Again",
			"Army Retakes Two Villages Near Tel Hamra", true},
		{"a heading line before the body goes on", "Rockets hit a market in Zarqa on Monday.\n\nRead more:\nArmy Retakes Two Villages Near Tel Hamra\n\nThe army said it would press on.",
			"Army Retakes Two Villages Near Tel Hamra", false},
		{"a title-case sentence with its full stop", "The army said it retook the villages on Sunday. Zarqa Governor Karim Haddad Visited Tel Hamra And Wadi Sabr.",
			"Zarqa Governor Karim Haddad Visited Tel Hamra And Wadi Sabr.", false},
		{"a title at the head", "Army Retakes Two Villages Near Tel Hamra\n\nThe army said it retook the villages on Sunday.",
			"Army Retakes Two Villages Near Tel Hamra", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := &sitrep.Document{ID: "d", Text: tc.text}
			at := strings.Index(tc.text, tc.sentence)
			e := sitrep.Event{ID: "e", Doc: "d", Sentence: tc.sentence, Span: sitrep.Span{Start: at, End: at + len(tc.sentence)}}
			if got := newHeadlineFinder(map[string]*sitrep.Document{"d": d}).tail(e); got != tc.want {
				t.Errorf("tail = %v, want %v", got, tc.want)
			}
		})
	}
}
