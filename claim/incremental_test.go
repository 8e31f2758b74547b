package claim

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
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

// TestBuildPartIsLocal: a part's claims and ids do not change when events of other
// parts are added, and its ids survive a rebuild.
func TestBuildPartIsLocal(t *testing.T) {
	evs, docs := synthEvents(120, 9)
	full := InOrder(evs)
	var checked int
	for _, p := range Parts(evs) {
		alone := BuildPart(p, full, docs, Options{})
		// Numbered as in the full list, so that the order keys agree.
		var sub []Ordered
		for _, o := range full {
			if p.Has(o.Event) {
				sub = append(sub, o)
			}
		}
		if again := BuildPart(p, sub, docs, Options{}); !reflect.DeepEqual(alone, again) {
			t.Errorf("part %s: its claims depend on other parts' events", p.Key())
		}
		for _, s := range alone {
			if s.PartKey != p.Key() || s.StoryKey != p.Story().Key() || s.Story != "" {
				t.Errorf("part %s: claim stored as part %q, story %q, named %q", p.Key(), s.PartKey, s.StoryKey, s.Story)
			}
		}
		if len(sub) > 1 && len(sub) < len(full) {
			checked++
		}
	}
	if checked < 5 {
		t.Errorf("only %d parts with several events: the test proves little", checked)
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
		// force with no agent named ("air strikes killed 22 people in <town>"):
		// an empty source is no actor to cluster reports by
		{"", "195", "SYR", Story{}, false},
		{"", "190", "SYRCVL", Story{}, false},
	} {
		got, ok := StoryOf(ev("x", "d", tc.src, tc.cameo, tc.tgt, ""))
		if got != tc.want || ok != tc.ok {
			t.Errorf("StoryOf(%s %s %s) = %v %v, want %v %v", tc.src, tc.cameo, tc.tgt, got, ok, tc.want, tc.ok)
		}
		if _, pok := PartOf(ev("x", "d", tc.src, tc.cameo, tc.tgt, "")); pok != tc.ok {
			t.Errorf("PartOf(%s %s %s) ok = %v, want %v", tc.src, tc.cameo, tc.tgt, pok, tc.ok)
		}
		if ok {
			back, err := ParseStory(got.Key())
			if err != nil || back != got {
				t.Errorf("ParseStory(%q) = %v, %v", got.Key(), back, err)
			}
		}
	}
}

// TestFinish: claims built part by part, stored without story names or omissions,
// and finished from the stored claims of their actor pairs alone, are Build's
// claims, on generated corpora where stories have many claims and documents; a
// claim finished among only its pair's claims reads as among all of them, and one
// that already lists its omissions gains none.
func TestFinish(t *testing.T) {
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
		var stored []Stored
		for _, p := range Parts(evs) {
			for _, s := range BuildPart(p, InOrder(evs), docs, Options{}) {
				for _, pos := range s.Positions {
					if pos.Stance == sitrep.StanceOmits {
						t.Fatalf("n=%d: claim %s keeps an omission", tc.n, s.ID)
					}
				}
				stored = append(stored, s)
			}
		}
		byPair := map[string][]Stored{}
		for _, s := range stored {
			byPair[s.StoryKey] = append(byPair[s.StoryKey], s)
		}
		var got []Stored
		for _, rs := range byPair {
			fin := Finish(rs, rs, Options{})
			for _, s := range fin {
				if again := Finish([]Stored{s}, fin, Options{}); !reflect.DeepEqual(again[0], s) {
					t.Fatalf("n=%d: a finished claim gains positions: %+v", tc.n, again[0].Positions)
				}
			}
			got = append(got, fin...)
		}
		slices.SortStableFunc(got, Compare)
		if want := withoutIDs(full); !reflect.DeepEqual(withoutIDs(Claims(got)), want) {
			t.Errorf("n=%d: claims finished pair by pair differ from Build", tc.n)
			for i := range min(len(got), len(want)) {
				if g := withoutIDs(Claims(got[i : i+1]))[0]; !reflect.DeepEqual(g, want[i]) {
					t.Errorf("first difference at %d:\n got  %+v\n want %+v", i, g, want[i])
					break
				}
			}
		}
		// Finishing one claim needs only its own pair's claims.
		one := stored[len(stored)/2]
		if a, b := Finish([]Stored{one}, byPair[one.StoryKey], Options{}), Finish([]Stored{one}, stored, Options{}); !reflect.DeepEqual(a, b) {
			t.Errorf("n=%d: a claim finished among its pair's claims differs from among all", tc.n)
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

// TestUndatedRecordsLocal: undated reports that no single dated record takes are
// one event only when their articles' horizons share a day (record.when), so an
// undated record spans about a month of publication dates instead of the pair's
// whole history; an article without a publication date still joins any of them.
func TestUndatedRecordsLocal(t *testing.T) {
	denial := ev("d1", "d", "USAGOV", "040", "SYRGOV", "")
	denial.Mode = sitrep.ModeNegated
	denial.Sentence = "denied"
	for _, tc := range []struct {
		name      string
		published []string // of documents a, b, c: each reports one undated meeting
		denial    string   // publication of document d, which denies it; "-" for none
		want      string   // the groups of documents, as sorted lists
	}{
		{"one week", []string{"2025-11-10", "2025-11-14"}, "-", "[a b]"},
		{"three years apart", []string{"2022-11-10", "2025-11-10"}, "-", "[a] [b]"},
		// a's horizon ends on 13 November (3 days after), b's begins 30 days before it.
		{"horizons share their last day", []string{"2025-11-10", "2025-12-13"}, "-", "[a b]"},
		{"horizons a day apart", []string{"2025-11-10", "2025-12-14"}, "-", "[a] [b]"},
		// c's horizon meets b's but not a's: every report of a record must share a
		// day with it, so records do not chain through the months.
		{"no chaining", []string{"2025-11-01", "2025-11-30", "2025-12-20"}, "-", "[a b] [c]"},
		{"no publication date joins the first", []string{"2022-11-10", "", "2025-11-10"}, "-", "[a b] [c]"},
		{"no publication date founds, a date narrows", []string{"", "2022-11-10", "2025-11-10"}, "-", "[a b] [c]"},
		{"month publication", []string{"2025-11", "2025-12-02"}, "-", "[a b]"},
		{"denial of the same week", []string{"2025-11-10"}, "2025-11-12", "[a d]"},
		{"denial three years later", []string{"2022-11-10"}, "2025-11-12", "[a] [d]"},
	} {
		var docs []*sitrep.Document
		var evs []sitrep.Event
		for i, pub := range tc.published {
			id := string(rune('a' + i))
			docs = append(docs, &sitrep.Document{ID: id, Outlet: "Outlet " + id, Published: pub})
			evs = append(evs, ev(id+"1", id, "USAGOV", "040", "SYRGOV", ""))
		}
		if tc.denial != "-" {
			docs = append(docs, &sitrep.Document{ID: "d", Outlet: "Outlet d", Published: tc.denial})
			evs = append(evs, denial)
		}
		var groups []string
		for _, c := range Build(evs, docs, Options{}) {
			var ds []string
			for _, p := range c.Positions {
				if p.Stance != sitrep.StanceOmits {
					ds = append(ds, p.Doc)
				}
			}
			slices.Sort(ds)
			groups = append(groups, fmt.Sprint(ds))
		}
		slices.Sort(groups)
		if got := strings.Join(groups, " "); got != tc.want {
			t.Errorf("%s: groups %s, want %s", tc.name, got, tc.want)
		}
	}
}

// TestRecordsAreNotLocal records why, even with the horizon, a story cannot be
// rebuilt from a fixed time slice around a new article's events: a record is founded
// by its earliest report and takes the later ones within Window of that day, first
// record first, so an article about an earlier day founds a record that takes the
// next report away from its record, whose next report then founds one of its own,
// and so on down a pair whose events fall every few days. Here a report on 7
// January regroups meetings through to 17 January: an exact rebuild must take every
// record from before the new report on (UpdateWindow's window does), not a fixed
// slice of days around it.
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
