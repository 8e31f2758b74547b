// Package dyad follows relationships between pairs of actors over time: events per
// week with their Goldstein sum and the balance of cooperation and conflict, and a
// flag when the balance shifts sharply — the early warning an analyst watching a
// relationship wants first.
package dyad

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"

	"github.com/sitrep-dev/sitrep"
)

// Week is one week of a dyad's events (weeks start on Monday).
type Week struct {
	Start       string  `json:"start"`
	Events      int     `json:"events"`
	Cooperation int     `json:"cooperation"`
	Conflict    int     `json:"conflict"`
	Goldstein   float64 `json:"goldstein"` // sum
}

// Dyad is an undirected pair of actors and its history.
type Dyad struct {
	A           string  `json:"a"`
	B           string  `json:"b"`
	Events      int     `json:"events"`
	Cooperation int     `json:"cooperation"`
	Conflict    int     `json:"conflict"`
	Goldstein   float64 `json:"goldstein"` // mean over all events
	Undated     int     `json:"undated"`   // events without a date, counted in totals only
	Weeks       []Week  `json:"weeks"`
	// Shift is the change in mean Goldstein score between the latest week and the
	// weeks before it; Flag is set when it crosses ShiftThreshold.
	Shift float64 `json:"shift"`
	Flag  string  `json:"flag,omitempty"`
}

// ShiftThreshold is the change in mean Goldstein score (on a -10..10 scale) that
// flags a dyad: a move from routine consultation (about +1) to threats or force
// (below -4) crosses it, a move between kinds of cooperation does not.
const ShiftThreshold = 5.0

// Build groups events into dyads. group maps actor codes to the level compared
// (nil keeps full codes); events with one side missing are left out.
func Build(events []sitrep.Event, group func(string) string) []Dyad {
	weeks, _ := sitrep.TallyOf(events, Keys...) // the keys are valid
	return FromTallies(weeks, group)
}

// Keys are the keys of the tallies FromTallies takes: events between two actors by
// pair and week.
var Keys = []sitrep.TallyKey{sitrep.TallyPair, sitrep.TallyWeek}

// FromTallies groups the weeks of pairs of actors (tallies by Keys, from a store's
// TallyEvents or sitrep.TallyOf) into dyads, as Build groups the events themselves.
// group maps actor codes to the level compared (nil keeps full codes); it must map
// a code to "" only if the code is "". Pairs that group maps to one actor are left
// out.
func FromTallies(weeks []sitrep.Tally, group func(string) string) []Dyad {
	if group == nil {
		group = func(s string) string { return s }
	}
	type acc struct {
		d     Dyad
		weeks map[string]*Week
	}
	byPair := map[[2]string]*acc{}
	for _, t := range weeks {
		a, b := group(t.Source), group(t.Target)
		if a == "" || b == "" || a == b {
			continue
		}
		if b < a {
			a, b = b, a
		}
		x := byPair[[2]string{a, b}]
		if x == nil {
			x = &acc{d: Dyad{A: a, B: b}, weeks: map[string]*Week{}}
			byPair[[2]string{a, b}] = x
		}
		x.d.Events += t.Events
		x.d.Goldstein += t.Goldstein
		x.d.Conflict += t.Conflict
		x.d.Cooperation += t.Cooperation
		if t.Date == "" {
			x.d.Undated += t.Events
			continue
		}
		w := x.weeks[t.Date]
		if w == nil {
			w = &Week{Start: t.Date}
			x.weeks[t.Date] = w
		}
		w.Events += t.Events
		w.Goldstein += t.Goldstein
		w.Conflict += t.Conflict
		w.Cooperation += t.Cooperation
	}
	out := make([]Dyad, 0, len(byPair))
	for _, x := range byPair {
		d := x.d
		d.Goldstein = round(d.Goldstein / float64(d.Events))
		for _, w := range x.weeks {
			w.Goldstein = round(w.Goldstein)
			d.Weeks = append(d.Weeks, *w)
		}
		slices.SortFunc(d.Weeks, func(a, b Week) int { return cmp.Compare(a.Start, b.Start) })
		d.Shift, d.Flag = shift(d.Weeks)
		if d.Weeks == nil {
			d.Weeks = []Week{}
		}
		out = append(out, d)
	}
	slices.SortFunc(out, func(a, b Dyad) int {
		return cmp.Or(cmp.Compare(b.Events, a.Events), cmp.Compare(a.A, b.A), cmp.Compare(a.B, b.B))
	})
	return out
}

// Top returns the n dyads of full codes with the most events in the store, as
// FromTallies(all the store's weeks, nil)[:n] would, but reads the weeks of those n
// pairs only: a store's weeks by pair number nearly as many as its events.
func Top(ctx context.Context, s sitrep.TallyStore, n int) ([]Dyad, error) {
	if n <= 0 {
		return []Dyad{}, nil
	}
	// Tallies come most events first, ties by code: the dyads' order.
	pairs, err := s.TallyEvents(ctx, sitrep.EventFilter{Limit: n}, sitrep.TallyPair)
	if err != nil {
		return nil, fmt.Errorf("top dyads: %w", err)
	}
	var weeks []sitrep.Tally
	for _, p := range pairs {
		for _, dir := range [][2]string{{p.Source, p.Target}, {p.Target, p.Source}} {
			// The filter takes code prefixes; the tally by dyad keeps the
			// codes apart.
			ts, err := s.TallyEvents(ctx, sitrep.EventFilter{Source: dir[0], Target: dir[1]}, sitrep.TallyDyad, sitrep.TallyWeek)
			if err != nil {
				return nil, fmt.Errorf("top dyads: %w", err)
			}
			for _, t := range ts {
				if t.Source == dir[0] && t.Target == dir[1] {
					weeks = append(weeks, t)
				}
			}
		}
	}
	return FromTallies(weeks, nil), nil
}

// shift compares the latest week's mean Goldstein score with the mean of all the
// weeks before it.
func shift(weeks []Week) (float64, string) {
	if len(weeks) < 2 {
		return 0, ""
	}
	last := weeks[len(weeks)-1]
	var sum float64
	var n int
	for _, w := range weeks[:len(weeks)-1] {
		sum += w.Goldstein
		n += w.Events
	}
	delta := round(last.Goldstein/float64(last.Events) - sum/float64(n))
	switch {
	case delta <= -ShiftThreshold:
		return delta, "deteriorating"
	case delta >= ShiftThreshold:
		return delta, "improving"
	}
	return delta, ""
}

func round(f float64) float64 { return math.Round(f*100) / 100 }
