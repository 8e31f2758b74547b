package http

import (
	"context"
	"errors"
	"net/http"
	"sort"
	"sync"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/dyad"
)

// stats serves the overview's aggregates in one response, so the workbench does not
// page through every event to draw its counts, top relationships and trend.
func (s *Server) stats(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	var docs []*sitrep.Document
	var days []sitrep.Tally
	var dyads []dyad.Dyad
	var actors int
	err := together(
		func() (err error) {
			docs, err = s.Store.Documents(ctx, sitrep.DocumentFilter{})
			return err
		},
		func() (err error) {
			// Every event falls on a day, "" for the undated: the days'
			// counts are the store's.
			days, err = s.Store.TallyEvents(ctx, sitrep.EventFilter{}, sitrep.TallyDay)
			return err
		},
		func() (err error) {
			// Dyads by full code, as the network draws them; `sitrep dyads
			// --by country` groups them by country instead.
			dyads, err = dyad.Top(ctx, s.Store, 20)
			return err
		},
		func() (err error) {
			actors, err = actorCount(ctx, s.Store)
			return err
		},
	)
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
	var events, cooperation, conflict int
	trend := make([]day, 0, len(days))
	for _, t := range days {
		events += t.Events
		cooperation += t.Cooperation
		conflict += t.Conflict
		if len(t.Date) != len("2006-01-02") {
			continue
		}
		trend = append(trend, day{Date: t.Date, Events: t.Events, Cooperation: t.Cooperation, Conflict: t.Conflict, Goldstein: t.Goldstein})
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
	writeJSON(w, http.StatusOK, map[string]any{
		"documents": len(docs), "derivative_documents": derivative, "outlets": len(outlets),
		"events": events, "cooperation": cooperation, "conflict": conflict, "actors": actors,
		"top_dyads": nonNil(dyads), "trend": trend,
	})
}

// actorCounter is a store that counts its actors without listing them (both stores
// do).
type actorCounter interface {
	ActorCount(ctx context.Context) (int, error)
}

// actorCount is the number of actors s.Actors would list.
func actorCount(ctx context.Context, s Store) (int, error) {
	if c, ok := s.(actorCounter); ok {
		return c.ActorCount(ctx)
	}
	actors, err := s.Actors(ctx)
	return len(actors), err
}

// together runs the functions at once, as the reads of one response are independent
// and a store serves several at a time, and returns their errors joined.
func together(fs ...func() error) error {
	errs := make([]error, len(fs))
	var wg sync.WaitGroup
	for i, f := range fs {
		wg.Go(func() { errs[i] = f() })
	}
	wg.Wait()
	return errors.Join(errs...)
}
