package claim

import (
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// TestIndependence: how many independent sources stand behind one record, and so
// its status, from the outlets, relays and wording of its reports. Outlets,
// agencies and sentences are invented; each case is one meeting reported by
// several articles.
func TestIndependence(t *testing.T) {
	type art struct {
		doc, outlet, upstream, duplicateOf, published, sentence string
	}
	const (
		ownA = "Freedonian and Sylvanian envoys met in the border town on Monday to talk about the dam."
		ownB = "On Monday the two neighbours sent envoys to the border town, where the dam was on the table."
		ownC = "Officials of both countries talked about the dam in the border town on Monday."
		// One agency sentence, printed with "U.S." and "U.K." in one outlet
		// and "US" and "UK" in the other, a clause added.
		wireDots  = "U.S. and U.K. envoys met Freedonian officials in the border town on Monday."
		wirePlain = "US and UK envoys met Freedonian officials in the border town on Monday, an official said."
		short     = "Sylvania denied it and blamed Freedonia." // a short line copied whole
	)
	for _, tc := range []struct {
		name        string
		arts        []art
		independent int
		status      string
	}{
		{"two outlets in their own words", []art{
			{"a", "Harbour Post", "", "", "2016-03-01", ownA},
			{"b", "Valley Courier", "", "", "2016-03-01", ownB},
		}, 2, sitrep.StatusCorroborated},
		// One outlet's article says it relays an agency that is not on the
		// record; its other article tells the meeting in its own words. Both
		// are the one outlet's account.
		{"one outlet, one article relaying an agency", []art{
			{"a", "Harbour Post", "Ostrov Agency", "", "2016-03-01", ownA},
			{"b", "Harbour Post", "", "", "2016-03-02", ownB},
		}, 1, sitrep.StatusSingleSource},
		{"one outlet, both articles relaying agencies", []art{
			{"a", "Harbour Post", "Ostrov Agency", "", "2016-03-01", ownA},
			{"b", "Harbour Post", "Tigris Wire", "", "2016-03-02", ownB},
		}, 1, sitrep.StatusSingleSource},
		// A relay of an agency that is not on the record, and another outlet:
		// two sources, as before.
		{"a relay and another outlet", []art{
			{"a", "Harbour Post", "Ostrov Agency", "", "2016-03-01", ownA},
			{"b", "Valley Courier", "", "", "2016-03-01", ownB},
		}, 2, sitrep.StatusCorroborated},
		// Two outlets relay one agency and each tells it in its own words
		// too: two accounts, the agency's standing behind neither alone.
		{"two outlets, each with an own article and a relay of one agency", []art{
			{"a", "Harbour Post", "Ostrov Agency", "", "2016-03-01", ownA},
			{"b", "Harbour Post", "", "", "2016-03-02", ownB},
			{"c", "Valley Courier", "Ostrov Agency", "", "2016-03-01", ownC},
			{"d", "Valley Courier", "", "", "2016-03-02", "Envoys of the two countries met at the border town on Monday over the dam."},
		}, 2, sitrep.StatusCorroborated},
		// A relay of an outlet on the record, in other words than that
		// outlet's report: the relaying outlet's own account.
		{"a relay in other words than the relayed outlet's", []art{
			{"a", "Harbour Post", "Valley Courier", "", "2016-03-02", ownA},
			{"b", "Valley Courier", "", "", "2016-03-01", ownB},
		}, 2, sitrep.StatusCorroborated},
		// The relay with the relayed outlet's words is its copy.
		{"a relay in the relayed outlet's words", []art{
			{"a", "Harbour Post", "Valley Courier", "", "2016-03-02", ownB},
			{"b", "Valley Courier", "", "", "2016-03-01", ownB},
		}, 1, sitrep.StatusSingleSource},
		// The relay's sentence names the relayed outlet: the outlet's report.
		{"a relay naming the relayed outlet", []art{
			{"a", "Harbour Post", "Valley Courier", "", "2016-03-02", "Envoys met in the border town on Monday, the Valley Courier reported."},
			{"b", "Valley Courier", "", "", "2016-03-01", ownB},
		}, 1, sitrep.StatusSingleSource},
		// A whole-article copy is the original's, and its outlet's own article
		// is that outlet's: two sources.
		{"a copy and the copying outlet's own article", []art{
			{"a", "Harbour Post", "", "", "2016-03-01", ownA},
			{"b", "Valley Courier", "", "a", "2016-03-01", ownA},
			{"c", "Valley Courier", "", "", "2016-03-02", ownC},
		}, 2, sitrep.StatusCorroborated},
		{"one wire text, dots and a clause apart", []art{
			{"a", "Harbour Post", "", "", "2016-03-01", wireDots},
			{"b", "Valley Courier", "", "", "2016-03-02", wirePlain},
		}, 1, sitrep.StatusSingleSource},
		{"a short line copied whole", []art{
			{"a", "Harbour Post", "", "", "2016-03-01", short},
			{"b", "Valley Courier", "", "", "2016-03-02", short},
		}, 1, sitrep.StatusSingleSource},
		// Four words coincide by chance.
		{"a four-word formula", []art{
			{"a", "Harbour Post", "", "", "2016-03-01", "The envoys met again."},
			{"b", "Valley Courier", "", "", "2016-03-02", "The envoys met again."},
		}, 2, sitrep.StatusCorroborated},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var docs []*sitrep.Document
			var events []sitrep.Event
			for i, a := range tc.arts {
				docs = append(docs, &sitrep.Document{ID: a.doc, Outlet: a.outlet, Upstream: a.upstream, DuplicateOf: a.duplicateOf, Published: a.published})
				e := ev(string(rune('1'+i)), a.doc, "FRE", "040", "SYL", "2016-02-29")
				e.Sentence = a.sentence
				events = append(events, e)
			}
			claims := Build(events, docs, Options{})
			if len(claims) != 1 {
				t.Fatalf("%d claims, want 1", len(claims))
			}
			c := claims[0]
			if c.IndependentOutlets != tc.independent || c.Status != tc.status {
				t.Errorf("%d independent, %s; want %d, %s (derivative %+v)", c.IndependentOutlets, c.Status, tc.independent, tc.status, c.Derivative)
			}
		})
	}
}
