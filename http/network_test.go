package http

import (
	"fmt"
	"math"
	"net/url"
	"sort"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// rawEvent is what these tests read of /api/events to recount the aggregates.
type rawEvent struct {
	ID        string
	Doc       string
	Source    struct{ Code, Name string }
	Target    struct{ Code, Name string }
	Quad      int
	Goldstein float64
	Date      string
	Place     *struct {
		Name      string
		Country   string
		Lat, Lon  float64
		GeonameID int
	}
}

// filters the aggregates are checked under: none, and the ones the map and the network
// views offer (actor, CAMEO root, date range), alone and together.
var aggregateFilters = []string{"", "actor=IRQ", "actor=USA", "root=19", "quad=1", "from=2026-03-12&to=2026-03-14", "actor=IRQ&root=04"}

// The network is the filtered events recounted per pair of actors: the test counts
// them again from /api/events, in the plainest way, and the two must agree.
func TestNetworkAgreesWithEvents(t *testing.T) {
	srv := newServer(t, "")
	var sawEdges bool
	for _, filter := range aggregateFilters {
		t.Run(filter, func(t *testing.T) {
			var evs struct{ Events []rawEvent }
			get(t, srv, "/api/events?limit=1000&"+filter, 200, &evs)
			if len(evs.Events) == 1000 {
				t.Fatal("the examples grew past one page of events; page through them here")
			}
			type want struct {
				events, coop, conflict int
				sum                    float64
				first, last            string
			}
			wantEdges := map[string]*want{}
			activity := map[string]int{}
			dyadic := 0
			for _, e := range evs.Events {
				a, b := e.Source.Code, e.Target.Code
				if a == "" || b == "" || a == b {
					continue
				}
				dyadic++
				activity[a]++
				activity[b]++
				k := min(a, b) + " " + max(a, b)
				w := wantEdges[k]
				if w == nil {
					w = &want{}
					wantEdges[k] = w
				}
				w.events++
				w.sum += e.Goldstein
				if e.Quad <= 2 {
					w.coop++
				} else {
					w.conflict++
				}
				if e.Date != "" && (w.first == "" || e.Date < w.first) {
					w.first = e.Date
				}
				if e.Date > w.last {
					w.last = e.Date
				}
			}

			var net networkResponse
			get(t, srv, "/api/network?"+filter, 200, &net)
			if net.Events != len(evs.Events) || net.DyadicEvents != dyadic || net.TotalEdges != len(wantEdges) || net.Truncated || net.Directed {
				t.Errorf("network counts %d events, %d dyadic, %d edges (truncated %v, directed %v); want %d, %d, %d",
					net.Events, net.DyadicEvents, net.TotalEdges, net.Truncated, net.Directed, len(evs.Events), dyadic, len(wantEdges))
			}
			endpoints := map[string]bool{}
			for i, e := range net.Edges {
				if e.Source >= e.Target {
					t.Errorf("undirected edge %s–%s not in code order", e.Source, e.Target)
				}
				if i > 0 && e.Events > net.Edges[i-1].Events {
					t.Errorf("edge %s–%s (%d events) after one with %d", e.Source, e.Target, e.Events, net.Edges[i-1].Events)
				}
				w := wantEdges[e.Source+" "+e.Target]
				if w == nil {
					t.Errorf("edge %s–%s has no events", e.Source, e.Target)
					continue
				}
				if e.Events != w.events || e.Cooperation != w.coop || e.Conflict != w.conflict ||
					math.Abs(e.GoldsteinSum-w.sum) > 1e-9 || e.First != w.first || e.Last != w.last {
					t.Errorf("edge %s–%s: %+v, want %+v", e.Source, e.Target, e, *w)
				}
				endpoints[e.Source], endpoints[e.Target] = true, true
				sawEdges = true
			}
			if len(net.Nodes) != len(endpoints) {
				t.Errorf("%d nodes for %d actors on the edges", len(net.Nodes), len(endpoints))
			}
			for _, n := range net.Nodes {
				if !endpoints[n.Code] || n.Events != activity[n.Code] {
					t.Errorf("node %+v: on an edge %v, want %d events", n, endpoints[n.Code], activity[n.Code])
				}
			}

			// Directed, each direction is its own edge and the counts still add up.
			var dir networkResponse
			get(t, srv, "/api/network?directed=true&"+filter, 200, &dir)
			total := 0
			for _, e := range dir.Edges {
				total += e.Events
			}
			if !dir.Directed || total != dyadic || dir.TotalEdges < len(wantEdges) {
				t.Errorf("directed: %d events on %d edges, want %d events on at least %d", total, dir.TotalEdges, dyadic, len(wantEdges))
			}
		})
	}
	if !sawEdges {
		t.Error("no filter gave an edge: the examples should hold relationships")
	}
}

type networkResponse struct {
	Nodes        []networkNode
	Edges        []networkEdge
	Directed     bool
	Events       int
	DyadicEvents int `json:"dyadic_events"`
	TotalEdges   int `json:"total_edges"`
	Truncated    bool
}

// The network is bounded: limit keeps the heaviest edges and only the actors they
// join, and says that it cut; malformed parameters are refused.
func TestNetworkBounds(t *testing.T) {
	srv := newServer(t, "")
	var all, one, heavy networkResponse
	get(t, srv, "/api/network", 200, &all)
	if len(all.Edges) < 2 {
		t.Fatalf("%d edges in the examples, want at least 2 to test the limit", len(all.Edges))
	}
	get(t, srv, "/api/network?limit=1", 200, &one)
	if len(one.Edges) != 1 || !one.Truncated || one.TotalEdges != all.TotalEdges || one.Edges[0] != all.Edges[0] || len(one.Nodes) != 2 {
		t.Errorf("limit=1: %d edges, %d nodes, truncated %v, total %d; want the heaviest edge %+v and its 2 actors",
			len(one.Edges), len(one.Nodes), one.Truncated, one.TotalEdges, all.Edges[0])
	}
	get(t, srv, "/api/network?min=2", 200, &heavy)
	for _, e := range heavy.Edges {
		if e.Events < 2 {
			t.Errorf("min=2 kept %+v", e)
		}
	}
	for _, bad := range []string{"limit=0", "limit=x", "min=0", "directed=maybe", "quad=5", "dyad=IRQ", "sort=size"} {
		get(t, srv, "/api/network?"+bad, 400, nil)
	}
}

type placesResponse struct {
	Places       []placeSummary
	Countries    []countrySummary
	Events       int
	PlacedEvents int `json:"placed_events"`
	TotalPlaces  int `json:"total_places"`
	Truncated    bool
}

// The map's aggregates recount the filtered events per place and per country, and
// every place lists exactly its events.
func TestPlacesAgreeWithEvents(t *testing.T) {
	srv := newServer(t, "")
	var names []string
	for _, filter := range aggregateFilters {
		t.Run(filter, func(t *testing.T) {
			var evs struct{ Events []rawEvent }
			get(t, srv, "/api/events?limit=1000&"+filter, 200, &evs)
			perPlace := map[string][]string{} // place id -> event ids
			perCountry := map[string][2]int{}
			for _, e := range evs.Events {
				p := e.Place
				if p == nil {
					continue
				}
				if p.Country != "" {
					c := perCountry[p.Country] // cooperation, conflict
					if e.Quad <= 2 {
						c[0]++
					} else {
						c[1]++
					}
					perCountry[p.Country] = c
				}
				if p.Lat == 0 && p.Lon == 0 {
					continue
				}
				id := p.Country + ":" + fmt.Sprint(p.GeonameID)
				if p.GeonameID == 0 {
					id = p.Country + ":" + p.Name
				}
				perPlace[id] = append(perPlace[id], e.ID)
			}

			var pl placesResponse
			get(t, srv, "/api/places?"+filter, 200, &pl)
			placed := 0
			for _, ids := range perPlace {
				placed += len(ids)
			}
			if pl.Events != len(evs.Events) || pl.PlacedEvents != placed || pl.TotalPlaces != len(perPlace) || len(pl.Places) != len(perPlace) || pl.Truncated {
				t.Errorf("places: %d events, %d placed, %d places (%d listed, truncated %v); want %d, %d, %d",
					pl.Events, pl.PlacedEvents, pl.TotalPlaces, len(pl.Places), pl.Truncated, len(evs.Events), placed, len(perPlace))
			}
			for _, p := range pl.Places {
				if p.Events != len(perPlace[p.ID]) || p.Cooperation+p.Conflict != p.Events || p.Lat == 0 && p.Lon == 0 || p.Name == "" {
					t.Errorf("place %+v: want %d events", p, len(perPlace[p.ID]))
				}
				if filter == "" {
					names = append(names, p.Name)
				}
				// Clicking the place lists its events: the same ones, every one there.
				var at struct {
					Place  *placeSummary
					Events []rawEvent
					Total  int
				}
				get(t, srv, "/api/places/"+url.PathEscape(p.ID)+"/events?limit=1000&"+filter, 200, &at)
				got := make([]string, len(at.Events))
				for i, e := range at.Events {
					got[i] = e.ID
				}
				sort.Strings(got)
				want := append([]string(nil), perPlace[p.ID]...)
				sort.Strings(want)
				if at.Total != p.Events || strings.Join(got, " ") != strings.Join(want, " ") || at.Place == nil || *at.Place != p {
					t.Errorf("events at %s: %v (total %d, place %+v), want %v (%+v)", p.ID, got, at.Total, at.Place, want, p)
				}
			}
			if len(pl.Countries) != len(perCountry) {
				t.Errorf("%d countries, want %d", len(pl.Countries), len(perCountry))
			}
			for _, c := range pl.Countries {
				if w := perCountry[c.Country]; c.Cooperation != w[0] || c.Conflict != w[1] || c.Events != w[0]+w[1] {
					t.Errorf("country %+v, want cooperation %d, conflict %d", c, w[0], w[1])
				}
			}
		})
	}
	t.Logf("places of the examples: %v", names)
	// The storyline happens in Iraq and Syria: a map without those is wrong.
	var pl placesResponse
	get(t, srv, "/api/places", 200, &pl)
	countries := map[string]bool{}
	for _, c := range pl.Countries {
		countries[c.Country] = true
	}
	if !countries["IRQ"] || !countries["SYR"] {
		t.Errorf("countries %+v lack Iraq or Syria", pl.Countries)
	}
}

// Places are bounded and paged like the rest of the API; an unknown place has no
// events rather than being an error, as any filter that matches nothing.
func TestPlacesBounds(t *testing.T) {
	srv := newServer(t, "")
	var all, one placesResponse
	get(t, srv, "/api/places", 200, &all)
	if len(all.Places) < 2 {
		t.Fatalf("%d places in the examples, want at least 2", len(all.Places))
	}
	get(t, srv, "/api/places?limit=1", 200, &one)
	if len(one.Places) != 1 || !one.Truncated || one.TotalPlaces != all.TotalPlaces || one.Places[0] != all.Places[0] {
		t.Errorf("limit=1: %+v, want the busiest of %+v", one, all.Places)
	}
	busiest := all.Places[0]
	if busiest.Events >= 2 {
		var p1, p2 struct {
			Events []struct{ ID string }
			Total  int
		}
		get(t, srv, "/api/places/"+url.PathEscape(busiest.ID)+"/events?limit=1", 200, &p1)
		get(t, srv, "/api/places/"+url.PathEscape(busiest.ID)+"/events?limit=1&offset=1", 200, &p2)
		if len(p1.Events) != 1 || len(p2.Events) != 1 || p1.Events[0].ID == p2.Events[0].ID || p1.Total != busiest.Events {
			t.Errorf("paging the events at %s: %+v then %+v", busiest.ID, p1, p2)
		}
	}
	var none struct {
		Place  *placeSummary
		Events []any
		Total  int
	}
	get(t, srv, "/api/places/"+url.PathEscape(busiest.ID)+"/events?offset=9223372036854775807", 200, &none)
	if none.Place == nil || len(none.Events) != 0 || none.Total != busiest.Events {
		t.Errorf("an offset past the end: %+v", none)
	}
	none.Place = nil
	get(t, srv, "/api/places/no-such-place/events", 200, &none)
	if none.Place != nil || none.Events == nil || len(none.Events) != 0 || none.Total != 0 {
		t.Errorf("unknown place: %+v", none)
	}
	// A country filter agrees with the place's country or leaves nothing.
	var same, other struct {
		Events []any
		Total  int
	}
	get(t, srv, "/api/places/"+url.PathEscape(busiest.ID)+"/events?country="+strings.ToLower(busiest.Country), 200, &same)
	get(t, srv, "/api/places/"+url.PathEscape(busiest.ID)+"/events?country=ZZZ", 200, &other)
	if same.Total != busiest.Events || other.Total != 0 || len(other.Events) != 0 {
		t.Errorf("events at %s in its country: %d, in ZZZ: %d; want %d and 0", busiest.ID, same.Total, other.Total, busiest.Events)
	}
	for _, bad := range []string{"limit=0", "quad=0", "sort=name"} {
		get(t, srv, "/api/places?"+bad, 400, nil)
		get(t, srv, "/api/places/"+url.PathEscape(busiest.ID)+"/events?"+bad, 400, nil)
	}
	get(t, srv, "/api/places/"+url.PathEscape(busiest.ID)+"/events?offset=-1", 400, nil)
}

// buildNetwork's rules, on events made for the test.
func TestBuildNetwork(t *testing.T) {
	ev := func(src, tgt, srcName string, quad int, g float64, date string) sitrep.Event {
		return sitrep.Event{Source: sitrep.EventActor{Code: src, Name: srcName}, Target: sitrep.EventActor{Code: tgt}, Quad: quad, Goldstein: g, Date: date}
	}
	evs := []sitrep.Event{
		ev("USA", "IRQ", "United States", 1, 4, "2025-03-02"),
		ev("IRQ", "USA", "", 4, -10, "2025-01-05"),
		ev("USA", "IRQ", "Washington", 2, 3, ""),              // undated: counts, moves no date
		ev("USA", "USA", "United States", 1, 1, "2025-01-01"), // an actor on itself: no edge
		ev("USA", "", "United States", 3, -5, "2025-01-01"),   // one side missing: no edge
		ev("SYR", "IRQ", "Syria", 3, -2, "2025-02-01"),
		ev("IRQ", "SYR", "", 3, -2, "2025-02-02"),
	}
	tests := []struct {
		name      string
		directed  bool
		min       int
		edges     []networkEdge
		nodeNames map[string]string
	}{
		{"undirected", false, 1, []networkEdge{
			{Source: "IRQ", Target: "USA", Events: 3, Cooperation: 2, Conflict: 1, GoldsteinSum: -3, First: "2025-01-05", Last: "2025-03-02"},
			{Source: "IRQ", Target: "SYR", Events: 2, Conflict: 2, GoldsteinSum: -4, First: "2025-02-01", Last: "2025-02-02"},
		}, map[string]string{"USA": "United States", "SYR": "Syria", "IRQ": ""}},
		{"directed", true, 1, []networkEdge{
			{Source: "USA", Target: "IRQ", Events: 2, Cooperation: 2, GoldsteinSum: 7, First: "2025-03-02", Last: "2025-03-02"},
			{Source: "IRQ", Target: "SYR", Events: 1, Conflict: 1, GoldsteinSum: -2, First: "2025-02-02", Last: "2025-02-02"},
			{Source: "IRQ", Target: "USA", Events: 1, Conflict: 1, GoldsteinSum: -10, First: "2025-01-05", Last: "2025-01-05"},
			{Source: "SYR", Target: "IRQ", Events: 1, Conflict: 1, GoldsteinSum: -2, First: "2025-02-01", Last: "2025-02-01"},
		}, nil},
		{"at least 3 events", false, 3, []networkEdge{
			{Source: "IRQ", Target: "USA", Events: 3, Cooperation: 2, Conflict: 1, GoldsteinSum: -3, First: "2025-01-05", Last: "2025-03-02"},
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := buildNetwork(evs, tt.directed, tt.min)
			if n.dyadic != 5 {
				t.Errorf("%d dyadic events, want 5", n.dyadic)
			}
			if fmt.Sprint(n.edges) != fmt.Sprint(tt.edges) {
				t.Errorf("edges\n got %+v\nwant %+v", n.edges, tt.edges)
			}
			nodes := n.nodesOf(n.edges)
			// IRQ takes part in all five events between two actors, USA in three.
			if len(nodes) > 0 && (nodes[0].Code != "IRQ" || nodes[0].Events != 5) {
				t.Errorf("busiest node %+v, want IRQ with 5", nodes[0])
			}
			for _, nd := range nodes {
				if want, ok := tt.nodeNames[nd.Code]; ok && nd.Name != want {
					t.Errorf("%s named %q, want %q (the commonest name)", nd.Code, nd.Name, want)
				}
			}
		})
	}
}
