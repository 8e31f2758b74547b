package http

import (
	"fmt"
	"net/http"
	"sort"
	"strconv"

	"github.com/sitrep-dev/sitrep"
)

// networkNode is an actor in the network: its code, the name events most often give
// it, and the events between two actors it takes part in, as source or target.
type networkNode struct {
	Code   string `json:"code"`
	Name   string `json:"name,omitempty"`
	Events int    `json:"events"`
}

// networkEdge is the relationship between two actors: one direction when the network
// is directed, both (Source before Target in code order) when it is not.
type networkEdge struct {
	Source      string `json:"source"`
	Target      string `json:"target"`
	Events      int    `json:"events"`
	Cooperation int    `json:"cooperation"` // quad classes 1 and 2
	Conflict    int    `json:"conflict"`    // quad classes 3 and 4
	// GoldsteinSum is the sum of the events' Goldstein scores; divided by Events it
	// is the relationship's mean tone.
	GoldsteinSum float64 `json:"goldstein_sum"`
	// First and Last are the earliest and latest dates among the dated events.
	First string `json:"first,omitempty"`
	Last  string `json:"last,omitempty"`
}

// network serves the actor network of the events that the /api/events filters select,
// aggregated on the server so that the workbench never downloads raw events to draw
// it. The heaviest edges are kept (limit, default 500, at most 5000) with the actors
// they join; the response says how many there were in all.
func (s *Server) network(w http.ResponseWriter, r *http.Request) {
	f, err := eventFilter(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	limit, _, err := page(r, 500, 5000)
	if err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	q := r.URL.Query()
	directed, err := boolParam(q.Get("directed"))
	if err != nil {
		writeError(w, http.StatusBadRequest, "directed %v", err)
		return
	}
	minEvents := 1
	if v := q.Get("min"); v != "" {
		if minEvents, err = strconv.Atoi(v); err != nil || minEvents < 1 {
			writeError(w, http.StatusBadRequest, "min %q: want a positive integer", v)
			return
		}
	}
	ctx := r.Context()
	f.Limit, f.Offset = 0, 0
	edgeKey := sitrep.TallyPair
	if directed {
		edgeKey = sitrep.TallyDyad
	}
	var edges, actors []sitrep.Tally
	var groups, dyadic, events int
	all := f
	if minEvents == 1 {
		// Every edge counts: the store counts them and returns the heaviest.
		all.Limit = limit
	}
	err = together(
		func() (err error) {
			if minEvents == 1 {
				groups, dyadic, err = s.Store.TallyTotals(ctx, f, edgeKey)
			}
			return err
		},
		func() (err error) {
			edges, err = s.Store.TallyEvents(ctx, all, edgeKey)
			return err
		},
		func() (err error) {
			actors, err = s.Store.TallyEvents(ctx, f, sitrep.TallyActor)
			return err
		},
		func() (err error) {
			// Every event has a CAMEO root, if only "": the totals by root
			// count the events the filter selects.
			_, events, err = s.Store.TallyTotals(ctx, f, sitrep.TallyRoot)
			return err
		},
	)
	if err != nil {
		s.internal(w, err)
		return
	}
	net := networkOf(edges, actors, minEvents)
	total := len(net.edges)
	if minEvents == 1 {
		total, net.dyadic = groups, dyadic
	}
	truncated := total > limit
	if len(net.edges) > limit {
		net.edges = net.edges[:limit]
	}
	nodes := net.nodesOf(net.edges)
	writeJSON(w, http.StatusOK, map[string]any{
		"nodes": nonNil(nodes), "edges": nonNil(net.edges), "directed": directed,
		"events": events, "dyadic_events": net.dyadic, "total_edges": total, "truncated": truncated,
	})
}

type actorNetwork struct {
	edges  []networkEdge // heaviest first
	actors map[string]networkNode
	dyadic int // events with two different actors
}

// buildNetwork groups events with two different actors into edges. Events with a
// missing side, or an actor acting on itself, have no place in a network of
// relationships and are left out, as dyad.Build leaves them out.
func buildNetwork(evs []sitrep.Event, directed bool, minEvents int) actorNetwork {
	edgeKey := sitrep.TallyPair
	if directed {
		edgeKey = sitrep.TallyDyad
	}
	edges, _ := sitrep.TallyOf(evs, edgeKey) // the keys are valid
	actors, _ := sitrep.TallyOf(evs, sitrep.TallyActor)
	return networkOf(edges, actors, minEvents)
}

// networkOf makes the network of the events counted by edge (sitrep.TallyPair or
// sitrep.TallyDyad) and by actor (sitrep.TallyActor), keeping the edges of minEvents
// events or more, heaviest first.
func networkOf(edges, actors []sitrep.Tally, minEvents int) actorNetwork {
	var n actorNetwork
	n.addActors(actors)
	for _, t := range edges {
		n.dyadic += t.Events
		if t.Events < minEvents {
			continue
		}
		n.edges = append(n.edges, networkEdge{Source: t.Source, Target: t.Target, Events: t.Events,
			Cooperation: t.Cooperation, Conflict: t.Conflict, GoldsteinSum: t.Goldstein, First: t.First, Last: t.Last})
	}
	// The tallies come heaviest first; the order is restated here, as the
	// network's contract.
	sort.SliceStable(n.edges, func(i, j int) bool {
		x, y := n.edges[i], n.edges[j]
		if x.Events != y.Events {
			return x.Events > y.Events
		}
		if x.Source != y.Source {
			return x.Source < y.Source
		}
		return x.Target < y.Target
	})
	return n
}

// addActors adds the actors counted by sitrep.TallyActor.
func (n *actorNetwork) addActors(actors []sitrep.Tally) {
	if n.actors == nil {
		n.actors = make(map[string]networkNode, len(actors))
	}
	for _, a := range actors {
		n.actors[a.Actor] = networkNode{Code: a.Actor, Name: a.Name, Events: a.Events}
	}
}

// nodesOf lists the actors the given edges join, most active first. An actor's count
// is all its events between two actors, not only those on the kept edges, so that a
// node's size means the same however many edges the request kept.
func (n actorNetwork) nodesOf(edges []networkEdge) []networkNode {
	seen := map[string]bool{}
	var nodes []networkNode
	add := func(code string) {
		if seen[code] {
			return
		}
		seen[code] = true
		nodes = append(nodes, n.actors[code])
	}
	for _, e := range edges {
		add(e.Source)
		add(e.Target)
	}
	sort.Slice(nodes, func(i, j int) bool {
		if nodes[i].Events != nodes[j].Events {
			return nodes[i].Events > nodes[j].Events
		}
		return nodes[i].Code < nodes[j].Code
	})
	return nodes
}

func boolParam(v string) (bool, error) {
	switch v {
	case "", "0", "false":
		return false, nil
	case "1", "true":
		return true, nil
	}
	return false, fmt.Errorf("%q: want true or false", v)
}
