package http

import (
	"net/http"
	"sort"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/dyad"
)

// stats serves the overview's aggregates in one response, so the workbench does not
// page through every event to draw its counts, top relationships and trend.
func (s *Server) stats(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	docs, err := s.Store.Documents(ctx, sitrep.DocumentFilter{})
	if err != nil {
		s.internal(w, err)
		return
	}
	evs, err := s.Store.Events(ctx, sitrep.EventFilter{})
	if err != nil {
		s.internal(w, err)
		return
	}
	actors, err := s.Store.Actors(ctx)
	if err != nil {
		s.internal(w, err)
		return
	}
	type day struct {
		Date        string  `json:"date"`
		Events      int     `json:"events"`
		Cooperation int     `json:"cooperation"`
		Conflict    int     `json:"conflict"`
		Goldstein   float64 `json:"goldstein"`
	}
	byDate := map[string]*day{}
	var cooperation, conflict int
	for _, e := range evs {
		c := e.Quad >= 3
		if c {
			conflict++
		} else {
			cooperation++
		}
		if len(e.Date) != len("2006-01-02") {
			continue
		}
		d := byDate[e.Date]
		if d == nil {
			d = &day{Date: e.Date}
			byDate[e.Date] = d
		}
		d.Events++
		d.Goldstein += e.Goldstein
		if c {
			d.Conflict++
		} else {
			d.Cooperation++
		}
	}
	trend := make([]day, 0, len(byDate))
	for _, d := range byDate {
		trend = append(trend, *d)
	}
	sort.Slice(trend, func(i, j int) bool { return trend[i].Date < trend[j].Date })
	var derivative int
	outlets := map[string]bool{}
	for _, d := range docs {
		if !d.Independent() {
			derivative++
		}
		if d.Outlet != "" {
			outlets[d.Outlet] = true
		}
	}
	// Dyads by full code, as the network draws them; `sitrep dyads --by country`
	// groups them by country instead.
	dyads := dyad.Build(evs, nil)
	if len(dyads) > 20 {
		dyads = dyads[:20]
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"documents": len(docs), "derivative_documents": derivative, "outlets": len(outlets),
		"events": len(evs), "cooperation": cooperation, "conflict": conflict, "actors": len(actors),
		"top_dyads": nonNil(dyads), "trend": trend,
	})
}
