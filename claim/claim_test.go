package claim

import (
	"slices"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

func ev(id, doc, src, cameo, tgt, date string) sitrep.Event {
	return sitrep.Event{ID: id, Doc: doc, Source: sitrep.EventActor{Code: src}, Target: sitrep.EventActor{Code: tgt},
		CAMEO: cameo, Root: cameo[:2], Quad: quadOf(cameo[:2]), Date: date, Mode: sitrep.ModeOccurred, Sentence: "sentence of " + id}
}

// quadOf is GDELT's quad class of a CAMEO root, as the event coder's codebook
// gives it: 01–05 verbal cooperation, 06–09 material cooperation, 10–14 verbal
// conflict, 15–20 material conflict.
func quadOf(root string) int {
	switch {
	case root <= "05":
		return 1
	case root <= "09":
		return 2
	case root <= "14":
		return 3
	}
	return 4
}

func TestBuild(t *testing.T) {
	docs := []*sitrep.Document{
		{ID: "a", Outlet: "Capitol Wire"},
		{ID: "b", Outlet: "Tigris Daily"},
		{ID: "c", Outlet: "Gulf Ledger", DuplicateOf: "a"},
		{ID: "d", Outlet: "Regional Digest", Upstream: "The Washington Post"},
		{ID: "e", Outlet: "Axis Voice"},
		{ID: "f", Outlet: "Levant Observer"},
		{ID: "g", Outlet: "Levant Weekly"},
		{ID: "h", Outlet: "Cedar Times"},
	}
	claimed := ev("b1", "b", "SYRGOV", "042", "USAGOV", "2025-11-11")
	claimed.AttributedTo = &sitrep.EventActor{Code: "SYRGOV", Text: "Syrian officials"}
	denied := ev("e1", "e", "USAGOV", "040", "SYRGOV", "2025-11-11")
	denied.Mode = sitrep.ModeNegated
	events := []sitrep.Event{
		ev("a1", "a", "USAGOV", "040", "SYRGOV", "2025-11-10"),
		claimed, // the same meeting, reported from the other side a day later
		ev("c1", "c", "USAGOV", "040", "SYRGOV", "2025-11-10"),
		ev("d1", "d", "USAMIL", "0614", "SYRGOV", "2025-01"),
		denied,
		ev("f1", "f", "IRNGOV", "111", "USAGOV", "2025-11-12"),
		ev("a2", "a", "USAGOV", "040", "SYRGOV", "2025-12-20"), // a later meeting: its own record
		ev("f2", "g", "SYRGOV", "040", "USAGOV", "2025-12"),    // in December: joins the later meeting
		ev("f3", "g", "SYRGOV", "040", "USAGOV", "2025-01"),    // in January: a meeting of its own
		// Another record of the meeting's story (same pair, two days later): Cedar
		// Times covers the story and omits the meeting.
		ev("h1", "h", "SYRGOV", "057", "USAGOV", "2025-11-12"),
		// Undated: two USA–SYR meetings are on record, so it cannot be told which
		// one this is; it stays apart.
		ev("h2", "h", "USAGOV", "040", "SYRGOV", ""),
		// Undated, and only one Iran–US accusation is on record: it joins it.
		ev("h3", "h", "IRNGOV", "111", "USAGOV", ""),
	}
	claims := Build(events, docs, Options{})
	if len(claims) != 7 {
		for _, c := range claims {
			t.Logf("%+v", c)
		}
		t.Fatalf("%d claims, want 7", len(claims))
	}
	byEvent := map[string]sitrep.Claim{}
	for _, c := range claims {
		for _, p := range c.Positions {
			if p.Event != "" {
				byEvent[p.Event] = c
			}
		}
	}
	meeting := byEvent["a1"]
	if byEvent["b1"].ID != meeting.ID || byEvent["c1"].ID != meeting.ID || byEvent["e1"].ID != meeting.ID {
		t.Errorf("the meeting's reports are split: %v %v %v %v", meeting.ID, byEvent["b1"].ID, byEvent["c1"].ID, byEvent["e1"].ID)
	}
	if meeting.Status != sitrep.StatusContested {
		t.Errorf("meeting status %s, want contested (Axis Voice denies it)", meeting.Status)
	}
	// Capitol Wire and Tigris Daily; the Gulf Ledger copy counts under Capitol Wire.
	if meeting.IndependentOutlets != 2 || len(meeting.Derivative) != 1 || meeting.Derivative[0].Upstream != "Capitol Wire" {
		t.Errorf("meeting: %d independent outlets, derivative %+v", meeting.IndependentOutlets, meeting.Derivative)
	}
	stances := map[string]string{}
	for _, p := range meeting.Positions {
		stances[p.Doc] = p.Stance
	}
	want := map[string]string{"a": "asserts", "b": "attributes", "c": "asserts", "e": "contradicts", "h": "omits"}
	for doc, s := range want {
		if stances[doc] != s {
			t.Errorf("meeting: %s %s, want %s", doc, stances[doc], s)
		}
	}
	// Levant Observer covers another pair; the Regional Digest (January) and the
	// Levant Weekly (December, January) cover the same pair in other periods: none
	// of them omits the November meeting.
	for _, doc := range []string{"f", "d", "g"} {
		if _, ok := stances[doc]; ok {
			t.Errorf("%s covers another story but is listed on the meeting as %s", doc, stances[doc])
		}
	}
	if byEvent["h2"].ID == meeting.ID || byEvent["h2"].ID == byEvent["a2"].ID {
		t.Errorf("an undated report that fits two meetings joined one of them: %s", byEvent["h2"].ID)
	}
	if byEvent["h3"].ID != byEvent["f1"].ID {
		t.Errorf("an undated report that fits one record only stays apart: %s, %s", byEvent["h3"].ID, byEvent["f1"].ID)
	}

	intel := byEvent["d1"]
	if intel.Status != sitrep.StatusSingleSource || intel.IndependentOutlets != 1 || len(intel.Derivative) != 1 ||
		intel.Derivative[0].Upstream != "The Washington Post" {
		t.Errorf("intelligence sharing: %+v", intel)
	}
	if later := byEvent["a2"]; later.ID == meeting.ID || byEvent["f2"].ID != later.ID || byEvent["f3"].ID == later.ID || byEvent["f3"].ID == meeting.ID {
		t.Errorf("records by date: first %s, later %s, December %s, January %s", meeting.ID, later.ID, byEvent["f2"].ID, byEvent["f3"].ID)
	}
}

// said gives an event its sentence, with the actor words a coder would record.
func said(e sitrep.Event, sentence string) sitrep.Event {
	e.Sentence = sentence
	e.Source.Text = "air force"
	e.Target.Text = "IS"
	e.Verb = "bombed"
	return e
}

func placed(e sitrep.Event, name, iso string, lat, lon float64) sitrep.Event {
	e.Place = &sitrep.Place{Name: name, Country: iso, Lat: lat, Lon: lon}
	return e
}

// TestTogether checks, pair by pair, which reports Build takes for one event.
// The places are invented towns with invented coordinates.
func TestTogether(t *testing.T) {
	docs := []*sitrep.Document{{ID: "x", Outlet: "Outlet X"}, {ID: "y", Outlet: "Outlet Y"}}
	for _, tc := range []struct {
		name string
		a, b sitrep.Event
		want bool
	}{
		{"same day, same pair and family", ev("a", "x", "RUSMIL", "195", "SYRREB", "2016-06-15"), ev("b", "y", "RUS", "190", "SYR", "2016-06-16"), true},
		{"five days apart", ev("a", "x", "RUSMIL", "195", "SYRREB", "2016-06-10"), ev("b", "y", "RUS", "190", "SYR", "2016-06-15"), false},
		{"other family", ev("a", "x", "RUSMIL", "195", "SYRREB", "2016-06-15"), ev("b", "y", "RUS", "111", "SYR", "2016-06-15"), false},
		// A record of month-dated reports used to have no date and took every
		// later report of the pair.
		{"January and May", ev("a", "x", "IRN", "046", "TUR", "2017-01"), ev("b", "y", "TURGOV", "045", "IRNGOV", "2017-05"), false},
		{"a year and a month in it", ev("a", "x", "RUS", "050", "SYRGOV", "2015"), ev("b", "y", "RUS", "050", "SYRGOV", "2015-09"), true},
		{"a year and a month of another year", ev("a", "x", "RUS", "050", "SYRGOV", "2011"), ev("b", "y", "RUS", "050", "SYRGOV", "2015-09"), false},
		{"a day inside a month", ev("a", "x", "USA", "195", "SYR", "2014-09-23"), ev("b", "y", "USA", "190", "SYR", "2014-09"), true},
		{"a day outside a month", ev("a", "x", "USA", "195", "SYR", "2014-09-23"), ev("b", "y", "USA", "190", "SYR", "2017-02"), false},
		{"towns 300 km apart",
			placed(ev("a", "x", "IMGMUSISI", "190", "SYR", "2017-05-18"), "Qaryat Shams", "SYR", 35.3, 40.1),
			placed(ev("b", "y", "IMGMUSISI", "190", "SYRGOV", "2017-05-18"), "Tall Qamar", "SYR", 35.1, 36.9), false},
		{"towns 20 km apart",
			placed(ev("a", "x", "IMGMUSISI", "190", "SYR", "2017-05-18"), "Qaryat Shams", "SYR", 35.3, 40.1),
			placed(ev("b", "y", "IMGMUSISI", "190", "SYRGOV", "2017-05-18"), "Ayn Nur", "SYR", 35.2, 40.3), true},
		{"a town and its country",
			placed(ev("a", "x", "IMGMUSISI", "190", "SYR", "2017-05-18"), "Qaryat Shams", "SYR", 35.3, 40.1),
			placed(ev("b", "y", "IMGMUSISI", "190", "SYRGOV", "2017-05-18"), "Syria", "SYR", 35.0, 38.5), true},
		// Same day, pair and family, but nothing in common beyond who did what:
		// two raids in two provinces. Invented sentences.
		{"no shared detail",
			said(ev("a", "x", "SYRMIL", "195", "IMGMUSISI", "2016-02-14"), "The air force bombed positions in Kalvar village west of Oldtown."),
			said(ev("b", "y", "SYRMIL", "195", "IMGMUSISI", "2016-02-14"), "Fighter jets hit hideouts near Brennan on the northern border."), false},
		{"a shared place and number",
			said(ev("a", "x", "SYRMIL", "195", "IMGMUSISI", "2016-02-14"), "The air force bombed positions in Kalvar village, killing 19 fighters."),
			said(ev("b", "y", "SYRMIL", "195", "IMGMUSISI", "2016-02-14"), "Warplanes struck Kalvar and killed 19 militants, a source said."), true},
		// A bare headline has no detail words to compare: the dates and actors decide.
		{"a bare headline",
			said(ev("a", "x", "SYRMIL", "195", "IMGMUSISI", "2016-02-14"), "The air force bombed positions in Kalvar village west of Oldtown."),
			said(ev("b", "y", "SYRMIL", "195", "IMGMUSISI", "2016-02-14"), "Air force bombed IS"), true},
		{"two countries",
			placed(ev("a", "x", "USA", "195", "IMGMUSISI", "2014-08-05"), "Iraq", "IRQ", 33, 44),
			placed(ev("b", "y", "USA", "195", "IMGMUSISI", "2014-08-05"), "Syria", "SYR", 35, 38.5), false},
		// A background line (event/aspect.go: undated, "habitual") is not the
		// day's raid, though it is the only record of its pair it could join and
		// shares its words; two copies of it are one line. Invented sentences.
		{"a habitual line and the day's raid",
			said(ev("a", "x", "SYRMIL", "195", "SYRREB", "2016-06-15"), "Warplanes bombed rebel positions in Kalvar on Wednesday."),
			from(said(ev("b", "y", "SYRMIL", "195", "SYRREB", ""), "Warplanes regularly bomb rebel positions in Kalvar."), "habitual"), false},
		{"an ongoing line and the day's raid",
			said(ev("a", "x", "SYRMIL", "195", "SYRREB", "2016-06-15"), "Warplanes bombed rebel positions in Kalvar on Wednesday."),
			from(said(ev("b", "y", "SYRMIL", "195", "SYRREB", ""), "Warplanes have been bombing rebel positions in Kalvar for months."), "ongoing"), false},
		{"one background line in two outlets",
			from(said(ev("a", "x", "SYRMIL", "195", "SYRREB", ""), "Warplanes regularly bomb rebel positions in Kalvar."), "habitual"),
			from(said(ev("b", "y", "SYRMIL", "195", "SYRREB", ""), "Warplanes regularly bomb rebel positions in Kalvar."), "habitual"), true},
		// "since June 9" dates the start: the offensive of that day.
		{"a since report and the day it starts from",
			said(ev("a", "x", "IMGMUSISI", "190", "IRQMIL", "2014-06-09"), "The militants launched an offensive on Kalvar on June 9."),
			from(said(ev("b", "y", "IMGMUSISI", "190", "IRQMIL", "2014-06-09"), "The militants have been fighting the army around Kalvar since June 9."), "since"), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			claims := Build([]sitrep.Event{tc.a, tc.b}, docs, Options{})
			if got := len(claims) == 1; got != tc.want {
				t.Errorf("one record: %v, want %v (%d claims)", got, tc.want, len(claims))
			}
		})
	}
}

// from sets the event's DateFrom.
func from(e sitrep.Event, f string) sitrep.Event {
	e.DateFrom = f
	return e
}

// TestSharedWording: outlets that carry one wire sentence count once, under the
// outlet that published it first; different wording, or a sentence too short to
// tell, counts on its own. The sentences are invented.
func TestSharedWording(t *testing.T) {
	docs := []*sitrep.Document{
		{ID: "w1", Outlet: "Harbour Post", Published: "2016-02-03"},
		{ID: "w2", Outlet: "Valley Courier", Published: "2016-02-04"},
		{ID: "w3", Outlet: "Plains Herald", Published: "2016-02-04"},
		{ID: "w4", Outlet: "Coast Daily", Published: "2016-02-04"},
		{ID: "w5", Outlet: "Hill Gazette", Published: "2016-02-04"},
		{ID: "w6", Outlet: "Harbour Post", Published: "2016-02-05"},
	}
	wire := "A truce agreed by Freedonia and Sylvania last month has been broken nearly every day around the northern city."
	events := []sitrep.Event{
		ev("1", "w1", "FRE", "050", "SYL", "2016-02-03"),
		ev("2", "w2", "FRE", "050", "SYL", "2016-02-04"),
		ev("3", "w3", "FRE", "050", "SYL", "2016-02-04"),
		ev("4", "w4", "FRE", "050", "SYL", "2016-02-04"),
		ev("5", "w5", "FRE", "050", "SYL", "2016-02-04"),
		ev("6", "w6", "FRE", "050", "SYL", "2016-02-05"),
	}
	events[0].Sentence = wire
	// The same text with a clause added: still the wire's.
	events[1].Sentence = wire[:len(wire)-1] + ", where both armies have fought since 2012."
	// The same facts in the outlet's own words.
	events[2].Sentence = "Fighting near the northern city has broken almost daily the ceasefire that the two countries reached in January."
	// Short sentences share words by chance.
	events[3].Sentence = "The truce was broken."
	events[4].Sentence = "The truce was broken."
	// The Harbour Post runs the Valley Courier's longer version two days later:
	// it is the Harbour Post's own wire text back, not the Valley Courier's report.
	events[5].Sentence = events[1].Sentence
	// A report that names another outlet of the claim relays it.
	docs = append(docs, &sitrep.Document{ID: "w7", Outlet: "Summit News", Published: "2016-02-04"})
	relay := ev("7", "w7", "FRE", "050", "SYL", "2016-02-04")
	relay.Sentence = "Freedonia and Sylvania agreed the truce last month, according to the Plains Herald."
	events = append(events, relay)
	// The Hill Gazette publishes first, with the words of the Coast Daily it names:
	// the Coast Daily is the original, not a copy of the earlier text.
	docs = append(docs, &sitrep.Document{ID: "w8", Outlet: "Hill Gazette", Published: "2016-02-03"},
		&sitrep.Document{ID: "w9", Outlet: "Coast Daily", Published: "2016-02-04"})
	named := ev("8", "w8", "FRE", "050", "SYL", "2016-02-04")
	named.Sentence = "Both sides broke the truce again near the northern city on Tuesday, a commander told the Coast Daily."
	own := ev("9", "w9", "FRE", "050", "SYL", "2016-02-04")
	own.Sentence = "Both sides broke the truce again near the northern city on Tuesday, a commander told the Coast Daily on Wednesday."
	events = append(events, named, own)
	claims := Build(events, docs, Options{})
	if len(claims) != 1 {
		t.Fatalf("%d claims, want 1", len(claims))
	}
	c := claims[0]
	up := map[string]string{}
	for _, d := range c.Derivative {
		up[d.Doc] = d.Upstream
	}
	if c.IndependentOutlets != 4 || len(up) != 4 || up["w2"] != "Harbour Post" || up["w6"] != "Valley Courier" || up["w7"] != "Plains Herald" ||
		up["w8"] != "Coast Daily" {
		t.Errorf("%d independent outlets, derivative %+v; want 4, w2 from Harbour Post, w6 from Valley Courier, w7 from Plains Herald, w8 from Coast Daily",
			c.IndependentOutlets, c.Derivative)
	}
	for _, tc := range []struct {
		sentence, outlet string
		want             bool
	}{
		{"a source told Sputnik on Friday", "Sputnik", true},
		{"The Washington Post revealed", "Washington Post", true},
		{"as the Washington Post revealed", "The Washington Post", true},
		{"Sputniks were launched", "Sputnik", false},
		{"the AP said", "AP", false}, // too short to look for
	} {
		if got := names(tc.sentence, tc.outlet); got != tc.want {
			t.Errorf("names(%q, %q) = %v", tc.sentence, tc.outlet, got)
		}
	}
}

// TestReportOrder: which reports make one record must not depend on the order they
// arrive in. Reports a and b share no detail, c shares one with each: in the
// order a, b, c the first pass puts b in a record of its own before c arrives to
// link it to a. The sentences and towns are invented.
func TestReportOrder(t *testing.T) {
	docs := []*sitrep.Document{{ID: "x", Outlet: "Outlet X"}, {ID: "y", Outlet: "Outlet Y"}, {ID: "z", Outlet: "Outlet Z"}}
	a := said(ev("a", "x", "SYRMIL", "195", "IMGMUSISI", "2016-02-14"), "The air force bombed the grain silos of Kalvar at dawn.")
	b := said(ev("b", "y", "SYRMIL", "195", "IMGMUSISI", "2016-02-14"), "Jets hit a convoy leaving Brennan with fuel trucks.")
	c := said(ev("c", "z", "SYRMIL", "195", "IMGMUSISI", "2016-02-14"), "Warplanes struck the Kalvar silos and a fuel convoy nearby.")
	later := b
	later.Date = "2016-02-20"
	far := placed(b, "Brennan", "SYR", 33.0, 36.3)
	near := placed(a, "Kalvar", "SYR", 35.9, 39.0)
	for _, tc := range []struct {
		name    string
		events  []sitrep.Event
		records int
	}{
		{"linked by a later report", []sitrep.Event{a, b, c}, 1},
		{"linked by a report in between", []sitrep.Event{a, c, b}, 1},
		// The link must hold for every report of the record joined: b six days
		// later is another event, whatever c shares with it.
		{"a report outside the window", []sitrep.Event{a, later, c}, 2},
		// And places still part two events: b 330 km from a.
		{"a report too far away", []sitrep.Event{near, far, c}, 2},
		{"nothing to link them", []sitrep.Event{a, b}, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := len(Build(tc.events, docs, Options{})); got != tc.records {
				t.Errorf("%d records, want %d", got, tc.records)
			}
		})
	}
}

// TestMonthReport: a report dated by a month of its own text ("last month")
// joins a day-dated record of its pair and family only when the pair has such
// records on one day of that month, even without a detail word in common. The
// sentences are invented.
func TestMonthReport(t *testing.T) {
	docs := []*sitrep.Document{{ID: "x", Outlet: "Outlet X"}, {ID: "y", Outlet: "Outlet Y"}, {ID: "z", Outlet: "Outlet Z"}}
	meet := func(id, doc, date, from, sentence string) sitrep.Event {
		e := ev(id, doc, "ATLGOV", "040", "BORGOV", date)
		e.DateFrom, e.Sentence, e.Verb = from, sentence, "met"
		e.Source.Text, e.Target.Text = "Atlantian envoy", "Borduria"
		return e
	}
	summit := meet("a", "x", "2031-03-12", "text", "The Atlantian envoy met Borduria's premier at the lakeside palace of Vessa, under heavy guard, for hours of closed discussion.")
	trade := meet("b", "x", "2031-03-12", "text", "Atlantian envoy met Borduria on grain tariffs over dinner.")
	other := meet("c", "z", "2031-03-25", "text", "The Atlantian envoy met Borduria again, this time about river rights.")
	month := meet("m", "y", "2031-03", "inherited", "Last month the Atlantian envoy travelled north and met Borduria, sealing a truce.")
	monthPalace := meet("m", "y", "2031-03", "text", "In March the Atlantian envoy met Borduria; aides said the palace meeting ended a bitter quarrel over fishing quotas.")
	published := month
	published.DateFrom = "published"
	for _, tc := range []struct {
		name   string
		events []sitrep.Event
		with   string // the report the month report must share a record with; "" for none
	}{
		{"one day in the month", []sitrep.Event{summit, month}, "a"},
		{"two days in the month", []sitrep.Event{summit, other, month}, ""},
		// A month that is only the article's publication month says nothing
		// of the event's day.
		{"the publication month", []sitrep.Event{summit, published}, ""},
		// Two records of the one day: the one it shares most detail words with
		// ("palace": one of eight, under Overlap, so only this rule joins them).
		{"two records of one day", []sitrep.Event{trade, summit, monthPalace}, "a"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			for _, c := range Build(tc.events, docs, Options{}) {
				var ids []string
				for _, p := range c.Positions {
					if p.Stance != sitrep.StanceOmits {
						ids = append(ids, p.Event)
					}
				}
				if slices.Contains(ids, "m") && len(ids) > 1 {
					got = strings.Join(slices.DeleteFunc(ids, func(s string) bool { return s == "m" }), ",")
				}
			}
			if got != tc.with {
				t.Errorf("month report with %q, want %q", got, tc.with)
			}
		})
	}
}

// TestAgentlessNotClustered: events whose source is empty (force with no agent
// named: "air strikes killed 22 people in <town>", event/agentless.go) make no
// claim, even where two outlets report them on one day against one target: an
// empty code is no actor two reports could share, and joining them would make one
// record of every unattributed strike on a country that day.
func TestAgentlessNotClustered(t *testing.T) {
	docs := []*sitrep.Document{{ID: "a", Outlet: "Capitol Wire"}, {ID: "b", Outlet: "Tigris Daily"}}
	events := []sitrep.Event{
		ev("a1", "a", "", "195", "SYR", "2026-03-10"),
		ev("b1", "b", "", "195", "SYR", "2026-03-10"),
		ev("a2", "a", "SYRMIL", "195", "SYR", "2026-03-10"),
		ev("b2", "b", "SYRMIL", "195", "SYR", "2026-03-10"),
	}
	claims := Build(events, docs, Options{})
	if len(claims) != 1 {
		t.Fatalf("%d claims, want 1 (the SYRMIL strike reported twice): %+v", len(claims), claims)
	}
	if c := claims[0]; c.Event.Source != "SYRMIL" {
		t.Errorf("claim on source %q, want SYRMIL", c.Event.Source)
	}
}
