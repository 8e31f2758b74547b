package http

import (
	"net/http"
	"sort"
	"strings"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/country"
)

// placeSummary is one place on the map with the events located there.
type placeSummary struct {
	// ID names the place in /api/places/{id}/events: ISO3:GEONAMEID, or ISO3:NAME for
	// a place the gazetteer did not identify (see placeKey).
	ID          string  `json:"id"`
	Name        string  `json:"name"`
	Country     string  `json:"country,omitempty"`
	Lat         float64 `json:"lat"`
	Lon         float64 `json:"lon"`
	GeonameID   int     `json:"geonameid,omitempty"`
	Events      int     `json:"events"`
	Cooperation int     `json:"cooperation"` // quad classes 1 and 2
	Conflict    int     `json:"conflict"`    // quad classes 3 and 4
}

// countrySummary counts the events whose place lies in one country.
type countrySummary struct {
	Country     string `json:"country"` // ISO 3166 alpha-3
	Name        string `json:"name,omitempty"`
	Events      int    `json:"events"`
	Cooperation int    `json:"cooperation"`
	Conflict    int    `json:"conflict"`
}

// placeKey identifies a place across events: its country, a colon, and the gazetteer's
// id where there is one, else its name ("IRQ:98182", "SYR:Qaim crossing"). The country
// comes first so that listing a place's events can let the store's country filter
// narrow them.
func placeKey(p *sitrep.Place) string { return sitrep.PlaceKey(p) }

// places serves the events that the /api/events filters select, aggregated per place
// (for the map's circles) and per country (for its shading), so that the map never
// downloads raw events. The busiest places are kept (limit, default 1000, at most
// 10000); every country is.
func (s *Server) places(w http.ResponseWriter, r *http.Request) {
	f, err := eventFilter(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	limit, _, err := page(r, 1000, 10000)
	if err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	ctx := r.Context()
	f.Limit, f.Offset = 0, 0
	// sitrep.TallyPlace keeps the places that can be drawn (located) and groups
	// them by placeKey's parts; its place is the one the first event gives.
	var total, placed, events int
	var top, inCountries []sitrep.Tally
	// The busiest places, ties by placeKey (sitrep.PlaceKey), as the map lists
	// them.
	busiest := f
	busiest.Limit = limit
	err = together(
		func() (err error) {
			total, placed, err = s.Store.TallyTotals(ctx, f, sitrep.TallyPlace)
			return err
		},
		func() (err error) {
			top, err = s.Store.TallyEvents(ctx, busiest, sitrep.TallyPlace)
			return err
		},
		func() (err error) {
			inCountries, err = s.Store.TallyEvents(ctx, f, sitrep.TallyCountry)
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
	countries := make([]countrySummary, 0, len(inCountries))
	for _, t := range inCountries {
		countries = append(countries, countrySummary{Country: t.Country, Name: country.Name(t.Country), Events: t.Events,
			Cooperation: t.Cooperation, Conflict: t.Conflict})
	}
	places := make([]placeSummary, 0, len(top))
	for _, t := range top {
		p := t.Place
		k := placeKey(p)
		places = append(places, placeSummary{ID: k, Name: p.Name, Country: p.Country, Lat: p.Lat, Lon: p.Lon, GeonameID: p.GeonameID,
			Events: t.Events, Cooperation: t.Cooperation, Conflict: t.Conflict})
	}
	sort.Slice(places, func(i, j int) bool {
		if places[i].Events != places[j].Events {
			return places[i].Events > places[j].Events
		}
		return places[i].ID < places[j].ID
	})
	if len(places) > limit {
		places = places[:limit]
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"places": places, "countries": countries, "events": events, "placed_events": placed,
		"total_places": total, "truncated": total > limit,
	})
}

// placeEvents serves a page of the events at one place (an id from /api/places) that
// the /api/events filters select; the map lists them when a place is clicked. An id
// no event has gives an empty list, as any filter that matches nothing does.
func (s *Server) placeEvents(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	f, err := eventFilter(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	limit, offset, err := page(r, 100, 1000)
	if err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	// The place's country narrows the events the store reads; a country filter that
	// names another country leaves none.
	if country, _, ok := strings.Cut(id, ":"); ok && country != "" {
		if f.Country != "" && !strings.EqualFold(f.Country, country) {
			writeJSON(w, http.StatusOK, map[string]any{"place": nil, "events": []sitrep.Event{}, "total": 0, "limit": limit, "offset": offset})
			return
		}
		f.Country = country
	}
	evs, err := s.Store.Events(r.Context(), f)
	if err != nil {
		s.internal(w, err)
		return
	}
	var at []sitrep.Event
	var place *placeSummary
	for _, e := range evs {
		if e.Place == nil || placeKey(e.Place) != id {
			continue
		}
		if place == nil {
			p := e.Place
			place = &placeSummary{ID: id, Name: p.Name, Country: p.Country, Lat: p.Lat, Lon: p.Lon, GeonameID: p.GeonameID}
		}
		place.Events++
		if e.Quad >= 3 {
			place.Conflict++
		} else {
			place.Cooperation++
		}
		at = append(at, e)
	}
	total := len(at)
	start, end := min(offset, total), total
	if limit < total-start { // not start+limit, which a huge offset would overflow
		end = start + limit
	}
	at = at[start:end]
	writeJSON(w, http.StatusOK, map[string]any{"place": place, "events": nonNil(at), "total": total, "limit": limit, "offset": offset})
}
