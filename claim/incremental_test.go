package claim

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// synthEvents codes n documents' worth of events over a few actors, families, dates
// and places, with copies, summaries, denials and attributions, so that stories
// overlap in time and documents, records mix dated and undated reports, articles
// are published near or far from the events (or undated), and ties on independence
// are common.
func synthEvents(n int, seed uint64) ([]sitrep.Event, []*sitrep.Document) {
	r := rand.New(rand.NewPCG(seed, 7))
	codes := []string{"USAGOV", "USAMIL", "SYRGOV", "SYRREB", "RUSGOV", "IMGMUSISI", "TUR", ""}
	cameos := []string{"040", "042", "0614", "111", "190", "036", "057"}
	outlets := []string{"Capitol Wire", "Tigris Daily", "Axis Voice", "The Levant Observer", "Levant Observer", ""}
	dates := []string{"2025-11-10", "2025-11-11", "2025-11-14", "2025-11", "2025-12-20", "2025", ""}
	places := []string{"", "", "SYR", "USA"}
	// Publication dates bound the records an undated report considers (horizonOf):
	// some near the event dates, one far from them, some at month precision, some none.
	published := []string{"2025-11-12", "2025-12-21", "2025-11", "2025-10-01", "2026-06-01", ""}
	var docs []*sitrep.Document
	var evs []sitrep.Event
	for i := range n {
		d := &sitrep.Document{ID: fmt.Sprintf("d%03d", i), Outlet: outlets[r.IntN(len(outlets))], Published: published[r.IntN(len(published))]}
		switch r.IntN(8) {
		case 0:
			if i > 0 {
				d.DuplicateOf = docs[r.IntN(len(docs))].ID
			}
		case 1:
			d.Upstream = "The Washington Post"
		}
		docs = append(docs, d)
		for k := range r.IntN(5) {
			c := cameos[r.IntN(len(cameos))]
			e := sitrep.Event{ID: fmt.Sprintf("%s-%d", d.ID, k), Doc: d.ID, CAMEO: c, Root: c[:2],
				Source: sitrep.EventActor{Code: codes[r.IntN(len(codes))]}, Target: sitrep.EventActor{Code: codes[r.IntN(len(codes))]},
				Date: dates[r.IntN(len(dates))], Mode: sitrep.ModeOccurred, Sentence: "sentence " + d.ID}
			switch r.IntN(6) {
			case 0:
				e.Mode = sitrep.ModeNegated
			case 1:
				e.AttributedTo = &sitrep.EventActor{Code: "SYRGOV"}
			}
			if p := places[r.IntN(len(places))]; p != "" {
				e.Place = &sitrep.Place{Country: p}
			}
			evs = append(evs, e)
		}
	}
	return evs, docs
}

func withoutIDs(cs []sitrep.Claim) []sitrep.Claim {
	out := make([]sitrep.Claim, len(cs))
	for i, c := range cs {
		c.ID = ""
		out[i] = c
	}
	return out
}

// TestBuildAllEqualsBuild: building story by story and merging gives Build's claims,
// in Build's order; only the ids differ (stable hashes instead of a counter).
func TestBuildAllEqualsBuild(t *testing.T) {
	for _, tc := range []struct {
		n    int
		seed uint64
	}{{3, 1}, {20, 2}, {80, 3}, {300, 4}} {
		evs, docs := synthEvents(tc.n, tc.seed)
		want := withoutIDs(Build(evs, docs, Options{}))
		stored := BuildAll(InOrder(evs), docs, Options{})
		got := withoutIDs(Claims(stored))
		if !reflect.DeepEqual(got, want) {
			t.Errorf("n=%d: BuildAll differs from Build (%d and %d claims)", tc.n, len(got), len(want))
			for i := range min(len(got), len(want)) {
				if !reflect.DeepEqual(got[i], want[i]) {
					t.Errorf("first difference at %d:\n got  %+v\n want %+v", i, got[i], want[i])
					break
				}
			}
		}
		ids := map[string]bool{}
		for _, s := range stored {
			if ids[s.ID] {
				t.Errorf("n=%d: id %s given twice", tc.n, s.ID)
			}
			ids[s.ID] = true
		}
	}
}

// TestBuildStoryIsLocal: a story's claims and ids do not change when events of other
// stories are added, and its ids survive a rebuild.
func TestBuildStoryIsLocal(t *testing.T) {
	evs, docs := synthEvents(120, 9)
	st := Story{"SYR", "USA"}
	alone := BuildStory(st, InOrder(evs), docs, Options{})
	if len(alone) == 0 {
		t.Fatal("the generated corpus has no SYR–USA claim")
	}
	var only []sitrep.Event
	for _, e := range evs {
		if st.Has(e) {
			only = append(only, e)
		}
	}
	// Numbered as in the full list, so that the order keys agree.
	full := InOrder(evs)
	var sub []Ordered
	for _, o := range full {
		if st.Has(o.Event) {
			sub = append(sub, o)
		}
	}
	again := BuildStory(st, sub, docs, Options{})
	if !reflect.DeepEqual(alone, again) {
		t.Errorf("the story's claims depend on other stories' events")
	}
	for _, s := range alone {
		if s.StoryKey != "SYR|USA" {
			t.Errorf("story key %q", s.StoryKey)
		}
	}
	if len(only) == len(evs) {
		t.Error("the corpus has a single story; the test proves nothing")
	}
}

func TestStoryOf(t *testing.T) {
	for _, tc := range []struct {
		src, cameo, tgt string
		want            Story
		ok              bool
	}{
		{"USAGOV", "040", "SYRGOV", Story{"SYR", "USA"}, true},
		{"SYRMIL", "190", "USAMIL", Story{"SYR", "USA"}, true},
		{"IMGMUSISI", "190", "SYRMIL", Story{"IMGMUSISI", "SYR"}, true},
		{"USAGOV", "010", "", Story{"", "USA"}, true},
		{"", "010", "", Story{}, false},
	} {
		got, ok := StoryOf(ev("x", "d", tc.src, tc.cameo, tc.tgt, ""))
		if got != tc.want || ok != tc.ok {
			t.Errorf("StoryOf(%s %s %s) = %v %v, want %v %v", tc.src, tc.cameo, tc.tgt, got, ok, tc.want, tc.ok)
		}
		if ok {
			back, err := ParseStory(got.Key())
			if err != nil || back != got {
				t.Errorf("ParseStory(%q) = %v, %v", got.Key(), back, err)
			}
		}
	}
}

// TestBuildStored: a story's claims built without omissions, given back their
// omissions from the story's coverage, are Build's claims, on generated corpora
// where stories have many claims and documents (the claims of all stories, merged,
// are compared with Build in TestBuildAllEqualsBuild, which goes through the same
// path); the stored claims hold no omission, every claim's story has one coverage
// list, and a claim that kept its omissions (stored before coverage was) reads the
// same.
func TestBuildStored(t *testing.T) {
	for _, tc := range []struct {
		n    int
		seed uint64
	}{{20, 2}, {80, 3}, {300, 4}, {600, 11}} {
		evs, docs := synthEvents(tc.n, tc.seed)
		full := Build(evs, docs, Options{})
		omissions := 0
		for _, c := range full {
			for _, p := range c.Positions {
				if p.Stance == sitrep.StanceOmits {
					omissions++
				}
			}
		}
		if omissions == 0 {
			t.Fatalf("n=%d: no claim omits anything: the test proves nothing", tc.n)
		}
		var got []Stored
		for _, st := range Stories(evs) {
			stored, cov := BuildStored(st, InOrder(evs), docs, Options{})
			byName := map[string][]Covering{}
			for _, c := range cov {
				if c.Story != st.Key() {
					t.Errorf("n=%d: coverage of story %s filed under %s", tc.n, st.Key(), c.Story)
				}
				if _, dup := byName[c.Name]; dup {
					t.Errorf("n=%d: story %s %s listed twice", tc.n, st.Key(), c.Name)
				}
				byName[c.Name] = c.Docs
			}
			for _, s := range stored {
				for _, p := range s.Positions {
					if p.Stance == sitrep.StanceOmits {
						t.Fatalf("n=%d: claim %s keeps an omission", tc.n, s.ID)
					}
				}
				docs, ok := byName[s.Story]
				if !ok {
					t.Fatalf("n=%d: no coverage for story %s %s", tc.n, st.Key(), s.Story)
				}
				s.Claim = WithOmissions(s.Claim, docs)
				if again := WithOmissions(s.Claim, docs); !reflect.DeepEqual(again, s.Claim) {
					t.Fatalf("n=%d: a claim that kept its omissions gains positions: %+v", tc.n, again.Positions)
				}
				got = append(got, s)
			}
		}
		slices.SortStableFunc(got, Compare)
		if want := withoutIDs(full); !reflect.DeepEqual(withoutIDs(Claims(got)), want) {
			t.Errorf("n=%d: claims with their omissions given back differ from Build", tc.n)
		}
	}
}

// TestUndatedReportsHorizon: an undated report (and an undated denial) considers
// only the dated records within its article's horizon (horizonBefore, horizonAfter),
// so a meeting coded ten months later no longer takes an undated report away from
// the January record its article was published around; a report whose article has
// no date keeps the pair's whole history (it fits two meetings and stays undated).
// Before the horizon, the first case moved the report to the undated story, and a
// story could not be rebuilt from a time slice of its pair.
func TestUndatedReportsHorizon(t *testing.T) {
	january := ev("a1", "a", "USAGOV", "040", "SYRGOV", "2025-01-10")
	november := ev("c1", "c", "USAGOV", "040", "SYRGOV", "2025-11-10")
	undated := ev("b1", "b", "USAGOV", "040", "SYRGOV", "")
	denial := undated
	denial.Mode = sitrep.ModeNegated
	denial.Sentence = "denied"
	for _, tc := range []struct {
		name      string
		published string // of the undated report's article
		report    sitrep.Event
		events    []sitrep.Event
		want      string // the story of the undated report
	}{
		{"alone with January", "2025-01-12", undated, []sitrep.Event{january}, "SYR–USA 2025-01-10"},
		{"November outside the horizon", "2025-01-12", undated, []sitrep.Event{january, november}, "SYR–USA 2025-01-10"},
		{"published in November", "2025-11-11", undated, []sitrep.Event{january, november}, "SYR–USA 2025-11-10"},
		{"a month before publication", "2025-02-08", undated, []sitrep.Event{january, november}, "SYR–USA 2025-01-10"},
		{"past the horizon", "2025-02-10", undated, []sitrep.Event{january, november}, "SYR–USA"},
		{"announced: three days ahead", "2025-11-07", undated, []sitrep.Event{january, november}, "SYR–USA 2025-11-10"},
		{"four days ahead", "2025-11-06", undated, []sitrep.Event{january, november}, "SYR–USA"},
		{"published in a month", "2025-01", undated, []sitrep.Event{january, november}, "SYR–USA 2025-01-10"},
		{"no publication date: whole history", "", undated, []sitrep.Event{january, november}, "SYR–USA"},
		{"no publication date, one meeting", "", undated, []sitrep.Event{november}, "SYR–USA 2025-11-10"},
		{"denial within the horizon", "2025-01-12", denial, []sitrep.Event{january, november}, "SYR–USA 2025-01-10"},
		{"denial outside it", "2025-03-12", denial, []sitrep.Event{january, november}, "SYR–USA"},
		{"denial without a date", "", denial, []sitrep.Event{january, november}, "SYR–USA"},
	} {
		docs := []*sitrep.Document{{ID: "a", Outlet: "Capitol Wire", Published: "2025-01-10"},
			{ID: "b", Outlet: "Tigris Daily", Published: tc.published}, {ID: "c", Outlet: "Axis Voice", Published: "2025-11-10"}}
		got := "(none)"
		for _, c := range Build(append(slices.Clone(tc.events), tc.report), docs, Options{}) {
			for _, p := range c.Positions {
				if p.Doc == "b" && p.Stance != sitrep.StanceOmits {
					got = c.Story
				}
			}
		}
		if got != tc.want {
			t.Errorf("%s: the undated report is in story %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestRecordsAreNotLocal records why, even with the horizon, a story cannot be
// rebuilt from a fixed time slice around a new article's events: a record is founded
// by its earliest report and takes the later ones within Window of that day, first
// record first, so an article about an earlier day founds a record that takes the
// next report away from its record, whose next report then founds one of its own,
// and so on down a pair whose events fall every few days. Here a report on 7
// January regroups meetings through to 17 January: an exact rebuild must go on from
// the new article until its records agree again with the stored ones (or take the
// whole run of records, which in a feed with daily events is the whole pair).
func TestRecordsAreNotLocal(t *testing.T) {
	docs := []*sitrep.Document{{ID: "a", Outlet: "Capitol Wire"}, {ID: "b", Outlet: "Tigris Daily"},
		{ID: "c", Outlet: "Axis Voice"}, {ID: "d", Outlet: "Levant Observer"}, {ID: "n", Outlet: "Gulf Ledger"}}
	evs := []sitrep.Event{
		ev("a1", "a", "USAGOV", "040", "SYRGOV", "2025-01-10"),
		ev("b1", "b", "USAGOV", "040", "SYRGOV", "2025-01-13"),
		ev("c1", "c", "USAGOV", "040", "SYRGOV", "2025-01-15"),
		ev("d1", "d", "USAGOV", "040", "SYRGOV", "2025-01-17"),
	}
	groups := func(evs []sitrep.Event) map[string]string {
		out := map[string]string{}
		for _, c := range Build(evs, docs, Options{}) {
			var ds []string
			for _, p := range c.Positions {
				if p.Stance != sitrep.StanceOmits {
					ds = append(ds, p.Doc)
				}
			}
			slices.Sort(ds)
			for _, d := range ds {
				out[d] = fmt.Sprint(ds)
			}
		}
		return out
	}
	before := groups(evs)
	after := groups(append(slices.Clone(evs), ev("n1", "n", "USAGOV", "040", "SYRGOV", "2025-01-07")))
	for _, tc := range []struct{ doc, before, after string }{
		{"a", "[a b]", "[a n]"},
		{"b", "[a b]", "[b c]"},
		{"c", "[c d]", "[b c]"},
		{"d", "[c d]", "[d]"},
	} {
		if before[tc.doc] != tc.before || after[tc.doc] != tc.after {
			t.Errorf("%s: in %s before and %s after the 7 January report, want %s and %s",
				tc.doc, before[tc.doc], after[tc.doc], tc.before, tc.after)
		}
	}
}
