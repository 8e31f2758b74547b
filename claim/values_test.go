package claim

import (
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// The reports below are invented: Ruritanian prisons, Borduria's army, made-up
// towns. Each test builds records with Build, as the pipeline does.

// valueDocs are four outlets, none a copy of another.
var valueDocs = []*sitrep.Document{
	{ID: "a", Outlet: "Capitol Wire"},
	{ID: "b", Outlet: "Tigris Daily"},
	{ID: "c", Outlet: "Gulf Ledger"},
	{ID: "d", Outlet: "Axis Voice"},
}

// report is an event of doc with a sentence and its quantities.
func report(id, doc, src, tgt, date, sentence string, qs ...sitrep.Quantity) sitrep.Event {
	e := ev(id, doc, src, "190", tgt, date)
	e.Sentence, e.Quantities = sentence, qs
	return e
}

func qty(text string, v float64, approx, unit string) sitrep.Quantity {
	return sitrep.Quantity{Value: v, Approx: approx, Unit: unit, Text: text}
}

func valueOf(c sitrep.Claim, kind, unit string) (sitrep.ClaimValue, bool) {
	for _, v := range c.Values {
		if v.Kind == kind && (unit == "" || v.Unit == unit) {
			return v, true
		}
	}
	return sitrep.ClaimValue{}, false
}

func TestCountKey(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		q        sitrep.Quantity
		want     string
	}{
		// The act before the number.
		{"Shelling of the market in Varna killed at least 19 people on Friday.", qty("at least 19 people", 19, "at least", "people"), "killed"},
		{"The raid on Ostrov left 12 dead.", qty("12 dead", 12, "", "dead"), "killed"},
		// The act after the noun; "civilians" counts people like "people" does.
		{"Some 40 civilians were wounded in the blast.", qty("Some 40 civilians", 40, "about", "civilians"), "wounded"},
		{"About 1,500 prisoners escaped during the attack.", qty("About 1,500 prisoners", 1500, "about", "prisoners"), "escaped prisoner"},
		// Who was killed matters: soldiers and militants are two counts.
		{"The army said it killed 15 militants near Ostrov.", qty("15 militants", 15, "", "militants"), "killed fighter"},
		// One outlet's terrorists are another's militants: one count.
		{"Jets killed 34 terrorists near Ostrov.", qty("34 terrorists", 34, "", "terrorists"), "killed fighter"},
		{"Jets killed 120 ISIS near Ostrov.", qty("120 ISIS", 120, "", "ISIS"), "killed fighter"},
		{"The blast killed seven children and two soldiers.", qty("two soldiers", 2, "", "soldiers"), "killed soldier"},
		// No act nearby: the counted noun's class or lemma.
		{"Borduria moved 2,000 troops to the border.", qty("2,000 troops", 2000, "", "troops"), "soldier"},
		{"Jets hit 15 weapon sites overnight.", qty("15 weapon sites", 15, "", "weapon sites"), "site"},
		{"The convoy carried 30 boxes of supplies.", qty("30 boxes", 30, "", "boxes"), "box"},
		// Numbers in names count nothing.
		{"Israel took the plateau in the Six Day War.", qty("Six Day War", 6, "", "Day War"), ""},
		{"A strike near Homs killed five people and injured seven Homs residents.", qty("seven Homs", 7, "", "Homs"), ""},
	} {
		if got, _ := countKey(tc.sentence, tc.q); got != tc.want {
			t.Errorf("countKey(%q, %q) = %q, want %q", tc.sentence, tc.q.Text, got, tc.want)
		}
	}
}

// TestCounts: two outlets report one prison attack with counts; whether the counts
// agree depends on what the approximations allow.
func TestCounts(t *testing.T) {
	for _, tc := range []struct {
		name   string
		a, b   sitrep.Quantity
		status string
	}{
		{"about 1,500 vs 1,480", qty("about 1,500 prisoners", 1500, "about", "prisoners"), qty("1,480 prisoners", 1480, "", "prisoners"), sitrep.StatusCorroborated},
		{"120 vs about 1,500", qty("120 prisoners", 120, "", "prisoners"), qty("about 1,500 prisoners", 1500, "about", "prisoners"), sitrep.StatusContested},
		{"at least 20 vs 25", qty("at least 20 prisoners", 20, "at least", "prisoners"), qty("25 prisoners", 25, "", "prisoners"), sitrep.StatusCorroborated},
		{"at least 20 vs 15", qty("at least 20 prisoners", 20, "at least", "prisoners"), qty("15 prisoners", 15, "", "prisoners"), sitrep.StatusContested},
		{"19 vs 31", qty("19 prisoners", 19, "", "prisoners"), qty("31 prisoners", 31, "", "prisoners"), sitrep.StatusContested},
		{"hundreds vs 300", qty("hundreds of prisoners", 100, "hundreds", "prisoners"), qty("300 prisoners", 300, "", "prisoners"), sitrep.StatusCorroborated},
		{"up to 50 vs 80", qty("up to 50 prisoners", 50, "up to", "prisoners"), qty("80 prisoners", 80, "", "prisoners"), sitrep.StatusContested},
		{"nearly 100 vs 90", qty("nearly 100 prisoners", 100, "nearly", "prisoners"), qty("90 prisoners", 90, "", "prisoners"), sitrep.StatusCorroborated},
	} {
		t.Run(tc.name, func(t *testing.T) {
			events := []sitrep.Event{
				report("a1", "a", "IMGMUSISI", "RURGOV", "2026-01-20", "Militants stormed the Varna prison on Tuesday and "+tc.a.Text+" escaped.", tc.a),
				report("b1", "b", "IMGMUSISI", "RURGOV", "2026-01-20", "Guards said "+tc.b.Text+" escaped after militants stormed the Varna prison.", tc.b),
			}
			claims := Build(events, valueDocs, Options{})
			if len(claims) != 1 {
				t.Fatalf("%d claims, want one record of the attack", len(claims))
			}
			v, ok := valueOf(claims[0], sitrep.ValueCount, "escaped prisoner")
			if !ok {
				t.Fatalf("no escaped count: %+v", claims[0].Values)
			}
			if v.Status != tc.status || len(v.Reports) != 2 {
				t.Errorf("status %s with %d reports, want %s with 2", v.Status, len(v.Reports), tc.status)
			}
			if v.Low != min(tc.a.Value, tc.b.Value) || v.High != max(tc.a.Value, tc.b.Value) {
				t.Errorf("range %v–%v", v.Low, v.High)
			}
			for _, r := range v.Reports {
				if r.Sentence == "" || r.Event == "" || r.Outlet == "" {
					t.Errorf("report without its evidence: %+v", r)
				}
			}
		})
	}
}

// TestCountsOneOutlet: two articles of one outlet that differ (a toll updated)
// are no contest between outlets; a copy of another outlet is not a second one.
func TestCountsOneOutlet(t *testing.T) {
	docs := []*sitrep.Document{
		{ID: "a", Outlet: "Capitol Wire"},
		{ID: "a2", Outlet: "Capitol Wire"},
		{ID: "c", Outlet: "Gulf Ledger", DuplicateOf: "a"},
	}
	events := []sitrep.Event{
		report("a1", "a", "BORMIL", "RURGOV", "2026-02-02", "Borduran shelling of Ostrov killed 12 people.", qty("12 people", 12, "", "people")),
		report("a2", "a2", "BORMIL", "RURGOV", "2026-02-03", "The toll from the Borduran shelling of Ostrov rose to 18 people killed.", qty("18 people", 18, "", "people")),
		report("c1", "c", "BORMIL", "RURGOV", "2026-02-02", "Borduran shelling of Ostrov killed 12 people.", qty("12 people", 12, "", "people")),
	}
	claims := Build(events, docs, Options{})
	if len(claims) != 1 {
		t.Fatalf("%d claims, want 1", len(claims))
	}
	v, ok := valueOf(claims[0], sitrep.ValueCount, "killed")
	if !ok || v.Status != sitrep.StatusSingleSource || len(v.Reports) != 3 {
		t.Errorf("killed: %+v, want single-source with three reports", v)
	}
}

// TestDates: a date an outlet states in its own words is a value; one taken from
// the publication date is not. Two stated days that differ contest the date; a
// month that holds the other's day agrees with it.
func TestDates(t *testing.T) {
	// Each outlet in its own words: a sentence that repeats another outlet's
	// wording corroborates nothing.
	wording := map[string]string{"a": "Ruritanian artillery shelled the Borduran post at Kessel %s.", "b": "The Borduran post at Kessel came under Ruritanian shellfire %s, residents told reporters."}
	dated := func(id, doc, date, text, from string) sitrep.Event {
		e := report(id, doc, "RURMIL", "BORMIL", date, fmt.Sprintf(wording[doc], text))
		e.DateText, e.DateFrom = text, from
		return e
	}
	for _, tc := range []struct {
		name    string
		events  []sitrep.Event
		status  string // "" for no date fact
		reports int
	}{
		{"two outlets, one day", []sitrep.Event{dated("a1", "a", "2026-03-02", "on Monday", "text"), dated("b1", "b", "2026-03-02", "on 2 March", "text")}, sitrep.StatusCorroborated, 2},
		// late at night: one event two outlets date a day apart (apart.go's edge words)
		{"late Monday vs Tuesday", []sitrep.Event{dated("a1", "a", "2026-03-02", "late on Monday", "text"), dated("b1", "b", "2026-03-03", "on Tuesday", "text")}, sitrep.StatusContested, 2},
		{"a month holds the day", []sitrep.Event{dated("a1", "a", "2026-03-02", "on 2 March", "text"), dated("b1", "b", "2026-03", "in early March", "text")}, sitrep.StatusCorroborated, 2},
		{"undated vs dated", []sitrep.Event{dated("a1", "a", "2026-03-02", "on Monday", "text"), dated("b1", "b", "", "", "")}, sitrep.StatusSingleSource, 1},
		{"publication dates state nothing", []sitrep.Event{dated("a1", "a", "2026-03-02", "", "published"), dated("b1", "b", "2026-03-03", "", "published")}, "", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			claims := Build(tc.events, valueDocs, Options{})
			if len(claims) != 1 {
				t.Fatalf("%d claims, want 1", len(claims))
			}
			v, ok := valueOf(claims[0], sitrep.ValueDate, "")
			switch {
			case tc.status == "" && ok:
				t.Errorf("a date fact from publication dates: %+v", v)
			case tc.status != "" && (!ok || v.Status != tc.status || len(v.Reports) != tc.reports):
				t.Errorf("date %+v, want %s with %d reports", v, tc.status, tc.reports)
			}
		})
	}
}

// TestPlaces: a town and a village beside it agree; two towns 60 km apart in
// reports that still form one record (the record allows 100 km) contest the place.
func TestPlaces(t *testing.T) {
	wording := map[string]string{"a": "Ruritanian artillery shelled the Borduran border post overnight.", "b": "The Borduran border post came under Ruritanian shellfire overnight, residents told reporters."}
	at := func(id, doc string, p sitrep.Place) sitrep.Event {
		e := report(id, doc, "RURMIL", "BORMIL", "2026-03-02", wording[doc])
		e.Place = &p
		return e
	}
	kessel := sitrep.Place{Name: "Kessel", Country: "SYR", Lat: 35.0, Lon: 38.0}
	nearby := sitrep.Place{Name: "Kessel Nord", Country: "SYR", Lat: 35.1, Lon: 38.0} // 11 km
	farther := sitrep.Place{Name: "Ardent", Country: "SYR", Lat: 35.55, Lon: 38.0}    // 61 km
	whole := sitrep.Place{Name: "Syria", Country: "SYR", Lat: 35.0, Lon: 38.5}        // the country
	for _, tc := range []struct {
		name   string
		b      sitrep.Place
		status string
	}{
		{"village beside the town", nearby, sitrep.StatusCorroborated},
		{"two towns", farther, sitrep.StatusContested},
		// A country is the claim's own place (ClaimEvent.Place): only the
		// town is a place fact.
		{"the country", whole, sitrep.StatusSingleSource},
	} {
		t.Run(tc.name, func(t *testing.T) {
			claims := Build([]sitrep.Event{at("a1", "a", kessel), at("b1", "b", tc.b)}, valueDocs, Options{})
			if len(claims) != 1 {
				t.Fatalf("%d claims, want 1", len(claims))
			}
			if v, _ := valueOf(claims[0], sitrep.ValuePlace, ""); v.Status != tc.status {
				t.Errorf("place %+v, want %s", v, tc.status)
			}
		})
	}
}

// TestDenial: the accused denies in words that share no detail with the report it
// answers; with one record it could answer it joins it and contests it, with two
// it stays apart.
func TestDenial(t *testing.T) {
	accused := report("a1", "a", "BORMIL", "RURGOV", "2026-04-07", "Borduran troops stormed the Varna prison on Tuesday, the prison guards said.")
	accused.AttributedTo = &sitrep.EventActor{Code: "RURGOV", Text: "the prison guards"}
	denial := report("d1", "d", "BORMIL", "RURGOV", "2026-04-08", "The Borduran army denied the accusations outright.")
	denial.Mode = sitrep.ModeNegated
	other := report("b1", "b", "BORMIL", "RURGOV", "2026-04-08", "Borduran jets bombed a fuel depot near Ostrov.")
	// The actors' own words are no detail (Options.Overlap): only "denied",
	// "accusations" and "outright" are left of the denial, none in the report.
	accused.Source.Text, denial.Source.Text, other.Source.Text = "Borduran troops", "The Borduran army", "Borduran jets"

	claims := Build([]sitrep.Event{accused, denial}, valueDocs, Options{})
	if len(claims) != 1 {
		t.Fatalf("one report and its denial: %d claims, want 1", len(claims))
	}
	c := claims[0]
	stances := map[string]string{}
	for _, p := range c.Positions {
		stances[p.Doc] = p.Stance
	}
	if c.Status != sitrep.StatusContested || stances["a"] != sitrep.StanceAttributes || stances["d"] != sitrep.StanceContradicts {
		t.Errorf("status %s, stances %v; want contested, a attributes, d contradicts", c.Status, stances)
	}

	claims = Build([]sitrep.Event{accused, other, denial}, valueDocs, Options{})
	for _, c := range claims {
		for _, p := range c.Positions {
			if p.Event == "d1" && len(c.Positions) > 1 && p.Stance != sitrep.StanceOmits {
				for _, q := range c.Positions {
					if q.Event != "d1" && q.Stance != sitrep.StanceOmits {
						t.Errorf("with two candidate records the denial joined %s", q.Event)
					}
				}
			}
		}
	}
}

// TestCounter: one outlet blames the storming of a prison on the army, another on
// militants; Counter makes them one contested claim with both sides. A sentence
// that names both as doers, and the same act somewhere else, are not.
func TestCounter(t *testing.T) {
	army := report("a1", "a", "BORMIL", "RURGOV", "2026-05-12", "Borduran troops stormed the Varna central prison at dawn, freeing dozens of inmates.")
	militants := report("b1", "b", "IMGMUSISI", "RURGOV", "2026-05-12", "Islamic State militants stormed the Varna central prison at dawn, guards said.")
	joint := report("c1", "c", "BORMIL", "RURGOV", "2026-05-12", "Borduran troops and Islamic State militants stormed the Varna central prison together.")
	jointToo := joint
	jointToo.ID, jointToo.Source.Code = "c2", "IMGMUSISI"
	army.Source.Text, militants.Source.Text = "Borduran troops", "Islamic State militants"
	alsoNamed := report("b2", "b", "IMGMUSISI", "RURGOV", "2026-05-12", "Islamic State militants stormed the Varna central prison at dawn after Borduran troops withdrew.")
	alsoNamed.Source.Text = "Islamic State militants"
	dateline := report("b3", "b", "OSTGOV", "RURGOV", "2026-05-12", "OSTROV (Tigris Daily) Militants stormed the Varna central prison at dawn, guards said.")
	dateline.Source.Text = "OSTROV"
	headline := report("b4", "b", "IMGMUSISI", "RURGOV", "2026-05-12", "Related Islamic State Militants Storm Varna Central Prison at Dawn Tags prison Varna")
	headline.Source.Text, headline.Verb = "Islamic State Militants", "Storm"
	sameOutlet := militants
	sameOutlet.ID, sameOutlet.Doc = "a2", "a"
	elsewhere := report("d1", "d", "IMGMUSISI", "RURGOV", "2026-05-12", "Militants shelled a checkpoint near Ostrov, far to the north.")
	// Each dated by its own words, three days apart: two stormings (apart.go).
	armyTuesday := report("a3", "a", "BORMIL", "RURGOV", "2026-05-12", "Borduran troops stormed the Varna central prison at dawn on Tuesday, freeing dozens of inmates.")
	militantsFriday := report("b5", "b", "IMGMUSISI", "RURGOV", "2026-05-15", "Islamic State militants stormed the Varna central prison at dawn on Friday, guards said.")
	armyTuesday.Source.Text, militantsFriday.Source.Text = "Borduran troops", "Islamic State militants"
	armyTuesday.DateFrom, armyTuesday.DateText = "published", "on Tuesday"
	militantsFriday.DateFrom, militantsFriday.DateText = "published", "on Friday"
	// The militants' side reads the army's act with the army named, the doer
	// misread; the army's side has a report whose doer it does not name.
	soldiers := report("c3", "c", "BORMIL", "RURGOV", "2026-05-12", "Soldiers stormed the Varna central prison at dawn and freed many inmates.")
	soldiers.Source.Text = "Soldiers"
	misread := report("b6", "b", "IMGMUSISI", "RURGOV", "2026-05-12", "Borduran troops stormed the Varna central prison held by Islamic State militants at dawn, guards said.")
	misread.Source.Text = "Islamic State militants"
	for _, tc := range []struct {
		name    string
		events  []sitrep.Event
		claims  int
		blamed  []string // the responsibility value's actors, in report order
		against string   // a document that contradicts the merged claim
	}{
		{"two outlets, two culprits", []sitrep.Event{army, militants}, 1, []string{"BORMIL", "IMGMUSISI"}, "b"},
		{"one sentence names both", []sitrep.Event{joint, jointToo}, 2, nil, ""},
		{"another place, no shared detail", []sitrep.Event{army, elsewhere}, 2, nil, ""},
		// One outlet reports both (a raid by the army, a raid by militants):
		// it tells of two raids, it does not dispute one.
		{"one outlet on both sides", []sitrep.Event{army, sameOutlet}, 2, nil, ""},
		// The other outlet names the army too: the militants' raid "after
		// Borduran troops withdrew" is no denial that the troops were there.
		{"the other side names the doer too", []sitrep.Event{army, alsoNamed}, 2, nil, ""},
		// A dateline read as the doer, a headline in a list of links: no
		// account of who did it.
		{"a dateline", []sitrep.Event{army, dateline}, 2, nil, ""},
		{"a headline among links", []sitrep.Event{army, headline}, 2, nil, ""},
		{"days apart in their own words", []sitrep.Event{armyTuesday, militantsFriday}, 2, nil, ""},
		// It names the doer of one report on the other side: no dispute with
		// that side's other report either.
		{"the other side names a doer of this side", []sitrep.Event{army, soldiers, misread}, 2, nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			built := Build(tc.events, valueDocs, Options{})
			claims := Counter(built, tc.events, Options{})
			if len(claims) != tc.claims {
				t.Fatalf("%d claims after Counter (%d before), want %d", len(claims), len(built), tc.claims)
			}
			if tc.blamed == nil {
				for _, c := range claims {
					if _, ok := valueOf(c, sitrep.ValueResponsibility, ""); ok {
						t.Errorf("responsibility contested in %s", c.Summary)
					}
				}
				return
			}
			c := claims[0]
			v, ok := valueOf(c, sitrep.ValueResponsibility, "")
			var who []string
			for _, r := range v.Reports {
				who = append(who, r.Value)
			}
			if !ok || c.Status != sitrep.StatusContested || strings.Join(who, " ") != strings.Join(tc.blamed, " ") {
				t.Errorf("status %s, responsibility %v; want contested, %v", c.Status, who, tc.blamed)
			}
			for _, p := range c.Positions {
				if p.Doc == tc.against && p.Stance != sitrep.StanceContradicts {
					t.Errorf("%s: %s, want contradicts", p.Doc, p.Stance)
				}
			}
		})
	}
}

// TestCounterVetoes: Counter keeps to the vetoes records keep to
// (incidentsApart): two acts blamed on two actors in two named places, or
// printed days apart with no day of their own, are two acts, not a dispute.
// Each pair is one contested claim with useCounterVetoes off, so the case
// cannot pass without it.
func TestCounterVetoes(t *testing.T) {
	blamed := func(id, doc, code, doer, date, sentence string) sitrep.Event {
		e := report(id, doc, code, "RURGOV", date, sentence)
		e.Source.Text = doer
		return e
	}
	for _, tc := range []struct {
		name   string
		events []sitrep.Event
	}{
		{"two named places", []sitrep.Event{
			blamed("a1", "a", "BORMIL", "Borduran troops", "2026-05-12", "Borduran troops stormed the central prison in Varna at dawn, freeing dozens of inmates."),
			blamed("b1", "b", "IMGMUSISI", "Islamic State militants", "2026-05-12", "Islamic State militants stormed the central prison in Ostrov at dawn, guards said."),
		}},
		{"printed days apart, no day of their own", []sitrep.Event{
			blamed("a1", "a", "BORMIL", "Borduran troops", "2026-05-12", "Borduran troops stormed the Varna central prison at dawn, freeing dozens of inmates."),
			blamed("b1", "b", "IMGMUSISI", "Islamic State militants", "2026-05-14", "Islamic State militants stormed the Varna central prison at dawn, guards said."),
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for i := range tc.events {
				tc.events[i].DateFrom = "published"
			}
			count := func() int { return len(Counter(Build(tc.events, valueDocs, Options{}), tc.events, Options{})) }
			if n := count(); n != 2 {
				t.Errorf("%d claims after Counter, want 2", n)
			}
			useCounterVetoes = false
			defer func() { useCounterVetoes = true }()
			if n := count(); n != 1 {
				t.Errorf("without the vetoes: %d claims, want 1 (the case does not test them)", n)
			}
		})
	}
}

// TestCountsWire: one wire sentence carried by two outlets is one source — the
// same count in it corroborates nothing — but when one of them prints another
// number, the two texts disagree.
func TestCountsWire(t *testing.T) {
	wire := "Borduran shelling of the Ostrov market on Friday killed %s, a local hospital director told reporters."
	for _, tc := range []struct {
		name   string
		b      sitrep.Quantity
		status string
	}{
		{"same count", qty("12 people", 12, "", "people"), sitrep.StatusSingleSource},
		{"another count", qty("21 people", 21, "", "people"), sitrep.StatusContested},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := qty("12 people", 12, "", "people")
			events := []sitrep.Event{
				report("a1", "a", "BORMIL", "RURGOV", "2026-02-06", fmt.Sprintf(wire, a.Text), a),
				report("b1", "b", "BORMIL", "RURGOV", "2026-02-06", fmt.Sprintf(wire, tc.b.Text), tc.b),
			}
			claims := Build(events, valueDocs, Options{})
			if len(claims) != 1 {
				t.Fatalf("%d claims, want 1", len(claims))
			}
			if v, _ := valueOf(claims[0], sitrep.ValueCount, "killed"); v.Status != tc.status {
				t.Errorf("killed %+v, want %s", v, tc.status)
			}
		})
	}
}
