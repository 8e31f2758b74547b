package sitrep

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Analysis is everything the per-document stages derive from one document: its
// sentences, the actor mentions in them and the events coded from them. It is stored
// and replaced as a whole, so a document is never half-analysed in the store.
type Analysis struct {
	DocID     string
	Sentences []Sentence
	Mentions  []Mention
	Events    []Event
	Quotes    []Quote
}

// EventFilter selects events. Zero values select everything; set fields combine with
// AND.
type EventFilter struct {
	Doc    string
	Actor  string // code prefix matched against source or target
	Source string // code prefix of the source (with Target: a directed dyad)
	Target string // code prefix of the target
	Root   string // CAMEO root ("06")
	CAMEO  string // CAMEO code prefix ("06", "062", "0621")
	PLOVER string // PLOVER type ("COOPERATE")
	Quad   int    // quad class 1..4
	Mode   string
	From   string // first date, inclusive ("2025-11-01"); events without a date are excluded
	To     string // last date, inclusive
	Outlet string
	// Country is an ISO3 code matched against the event's place.
	Country string
	// Query is a full-text query over the event's sentence.
	Query string
	// Sort is "date" or "-date" (newest first); the default is document order.
	Sort   string
	Limit  int
	Offset int
}

// AnalysisStore keeps analyses and answers questions about them.
type AnalysisStore interface {
	// PutAnalysis replaces the stored analysis of a.DocID in one transaction.
	PutAnalysis(ctx context.Context, a *Analysis) error
	// Analyzed reports whether an analysis of docID is stored, so that an ingest
	// interrupted between storing a document and its analysis finishes the job on
	// the next run.
	Analyzed(ctx context.Context, docID string) (bool, error)
	// Analysis returns the stored analysis of docID (ErrNotFound if there is none).
	Analysis(ctx context.Context, docID string) (*Analysis, error)
	Events(ctx context.Context, f EventFilter) ([]Event, error)
	// Actors summarises resolved mentions by code, most mentioned first.
	Actors(ctx context.Context) ([]Actor, error)
	TallyStore
}

// TallyKey is one thing TallyEvents groups events by.
type TallyKey string

// The keys of a tally. The actor keys (TallyDyad, TallyPair, TallyActor, TallySource,
// TallyTarget) exclude one another, as do the date keys (TallyDay, TallyWeek); any
// other combination groups by all of its keys ("pair" and "week": a relationship's
// weeks).
const (
	// TallyDyad groups the events between two different actors by source and
	// target code (Tally.Source, Tally.Target). An event with a side missing, or
	// an actor acting on itself, is left out, as it has no place in a network of
	// relationships.
	TallyDyad TallyKey = "dyad"
	// TallyPair groups the events between two different actors by their two
	// codes in either direction: Tally.Source is the lesser code (byte order).
	TallyPair TallyKey = "pair"
	// TallyActor groups the events between two different actors by actor
	// (Tally.Actor, Tally.Name): an event counts once for its source and once for
	// its target, so an actor's count is the events it took part in.
	TallyActor TallyKey = "actor"
	// TallySource and TallyTarget group the events with a source (a target) by
	// its code (Tally.Source or Tally.Target, and Tally.Name).
	TallySource TallyKey = "source"
	TallyTarget TallyKey = "target"
	// TallyPlace groups the events at a place that can be drawn (see Located)
	// by the place: its country and gazetteer id, or its name where the
	// gazetteer gave no id (Tally.Place).
	TallyPlace TallyKey = "place"
	// TallyCountry groups the events whose place names a country by that
	// country (Tally.Country).
	TallyCountry TallyKey = "country"
	// TallyDay groups events by their date as stored (Tally.Date: "2025-11-03",
	// "2025-11-03/2025-11-09" where only the week is known, or "2025-11" where
	// only the month is); undated events make the group "".
	TallyDay TallyKey = "day"
	// TallyWeek groups events by the Monday that starts their week (Tally.Date);
	// a span of days within one week ("last week") counts in that week; events
	// without a full, valid date of year 1 or later or such a span make the
	// group "".
	TallyWeek TallyKey = "week"
	// TallyRoot groups events by CAMEO root (Tally.Root).
	TallyRoot TallyKey = "root"
	// TallyOutlet groups events by outlet (Tally.Outlet).
	TallyOutlet TallyKey = "outlet"
)

// Tally is one group of events counted by TallyEvents. Only the key fields of the
// keys asked for are set.
type Tally struct {
	Source string `json:"source,omitempty"`
	Target string `json:"target,omitempty"`
	Actor  string `json:"actor,omitempty"`
	// Name is, for the actor keys but TallyDyad and TallyPair, the name the
	// group's events most often give the actor (the alphabetically first among
	// equals; "" when none gives one).
	Name string `json:"name,omitempty"`
	// Place is the place as the group's first event in document order gives it,
	// without its text and span.
	Place   *Place `json:"place,omitempty"`
	Country string `json:"country,omitempty"`
	Date    string `json:"date,omitempty"`
	Root    string `json:"root,omitempty"`
	Outlet  string `json:"outlet,omitempty"`

	Events int `json:"events"`
	// Cooperation counts the events of quad classes 1 and 2, Conflict those of 3
	// and 4; an event without a class counts as cooperation, as the workbench
	// has always drawn it.
	Cooperation int `json:"cooperation"`
	Conflict    int `json:"conflict"`
	// Goldstein is the sum of the events' Goldstein scores.
	Goldstein float64 `json:"goldstein"`
	// First and Last are the earliest and latest dates among the dated events.
	First string `json:"first,omitempty"`
	Last  string `json:"last,omitempty"`
}

// TallyStore is a store that counts events in groups without reading them out.
type TallyStore interface {
	// TallyEvents counts the events f selects in groups by the keys, most events
	// first, ties in key order (see SortTallies). f.Limit, when above zero, keeps
	// that many groups after the first f.Offset; f.Sort is ignored.
	TallyEvents(ctx context.Context, f EventFilter, by ...TallyKey) ([]Tally, error)
	// TallyTotals counts the groups TallyEvents would return without a limit and
	// the sum of their Events, without returning them: the totals of a view that
	// shows the heaviest groups only. Every event has a root, so the totals by
	// TallyRoot count the events f selects.
	TallyTotals(ctx context.Context, f EventFilter, by ...TallyKey) (groups, events int, err error)
}

// PageTallies returns the tallies of the page f.Limit and f.Offset select: all of
// them when f.Limit is not above zero.
func PageTallies(ts []Tally, f EventFilter) []Tally {
	if f.Limit <= 0 {
		return ts
	}
	start := min(max(f.Offset, 0), len(ts))
	return ts[start:min(start+min(f.Limit, len(ts)), len(ts))]
}

// CheckTallyKeys reports an error for keys TallyEvents does not take: none, an
// unknown one, a repeated one, two actor keys or two date keys.
func CheckTallyKeys(by []TallyKey) error {
	if len(by) == 0 {
		return fmt.Errorf("tally: no key")
	}
	seen := map[TallyKey]bool{}
	var actor, date TallyKey
	for _, k := range by {
		switch k {
		case TallyDyad, TallyPair, TallyActor, TallySource, TallyTarget:
			if actor != "" {
				return fmt.Errorf("tally: keys %q and %q exclude each other", actor, k)
			}
			actor = k
		case TallyDay, TallyWeek:
			if date != "" {
				return fmt.Errorf("tally: keys %q and %q exclude each other", date, k)
			}
			date = k
		case TallyPlace, TallyCountry, TallyRoot, TallyOutlet:
		default:
			return fmt.Errorf("tally: unknown key %q", k)
		}
		if seen[k] {
			return fmt.Errorf("tally: key %q given twice", k)
		}
		seen[k] = true
	}
	return nil
}

// Located reports whether a place can be drawn on a map. Resolution leaves 0,0 where
// it found no coordinates; no place sitrep resolves lies exactly there.
func Located(p *Place) bool {
	return p != nil && (p.Lat != 0 || p.Lon != 0) && p.Lat >= -90 && p.Lat <= 90 && p.Lon >= -180 && p.Lon <= 180
}

// WeekStart returns the Monday of the week of date ("2025-11-06" -> "2025-11-03";
// a span of days within one week, "2025-11-08/2025-11-09", its week), or "" when
// date is neither a full, valid date of year 1 or later nor such a span.
func WeekStart(date string) string {
	if first, _, ok := strings.Cut(date, "/"); ok {
		if _, _, valid := DateSpan(date); !valid {
			return ""
		}
		date = first
	}
	t, err := time.Parse(time.DateOnly, date)
	if err != nil || t.Year() < 1 {
		return ""
	}
	offset := (int(t.Weekday()) + 6) % 7 // days since Monday
	return t.AddDate(0, 0, -offset).Format(time.DateOnly)
}

// SortTallies orders tallies most events first, then by their keys in the order
// given (codes, names and dates in byte order; a place by PlaceKey, in byte order).
func SortTallies(ts []Tally, by []TallyKey) {
	slices.SortStableFunc(ts, func(a, b Tally) int {
		if c := cmp.Compare(b.Events, a.Events); c != 0 {
			return c
		}
		for _, k := range by {
			if c := compareKey(a, b, k); c != 0 {
				return c
			}
		}
		return 0
	})
}

func compareKey(a, b Tally, k TallyKey) int {
	switch k {
	case TallyDyad, TallyPair:
		return cmp.Or(cmp.Compare(a.Source, b.Source), cmp.Compare(a.Target, b.Target))
	case TallyActor:
		return cmp.Compare(a.Actor, b.Actor)
	case TallySource:
		return cmp.Compare(a.Source, b.Source)
	case TallyTarget:
		return cmp.Compare(a.Target, b.Target)
	case TallyPlace:
		var x, y Place
		if a.Place != nil {
			x = *a.Place
		}
		if b.Place != nil {
			y = *b.Place
		}
		return cmp.Compare(PlaceKey(&x), PlaceKey(&y))
	case TallyCountry:
		return cmp.Compare(a.Country, b.Country)
	case TallyDay, TallyWeek:
		return cmp.Compare(a.Date, b.Date)
	case TallyRoot:
		return cmp.Compare(a.Root, b.Root)
	case TallyOutlet:
		return cmp.Compare(a.Outlet, b.Outlet)
	}
	return 0
}

// PlaceKey identifies a place across events: its country, a colon, and the
// gazetteer's id where there is one, else its name ("IRQ:98182", "SYR:Qaim
// crossing"). Tallies by place are ordered by it.
func PlaceKey(p *Place) string {
	if p.GeonameID != 0 {
		return p.Country + ":" + strconv.Itoa(p.GeonameID)
	}
	return p.Country + ":" + p.Name
}

// placeName is the part of a place's key after its country and id: its name where
// the gazetteer gave no id.
func placeName(p *Place) string {
	if p.GeonameID != 0 {
		return ""
	}
	return p.Name
}

// TallyOf counts events as TallyEvents counts a store's: the reference the stores'
// aggregates are tested against, and the tally of events already in memory.
func TallyOf(evs []Event, by ...TallyKey) ([]Tally, error) {
	if err := CheckTallyKeys(by); err != nil {
		return nil, err
	}
	type group struct {
		t     Tally
		names map[string]int
	}
	var order []string
	groups := map[string]*group{}
	add := func(e *Event, actor *EventActor) {
		var t Tally
		var key []string
		for _, k := range by {
			switch k {
			case TallyDyad:
				t.Source, t.Target = e.Source.Code, e.Target.Code
			case TallyPair:
				t.Source, t.Target = min(e.Source.Code, e.Target.Code), max(e.Source.Code, e.Target.Code)
			case TallyActor:
				t.Actor = actor.Code
			case TallySource:
				t.Source = e.Source.Code
			case TallyTarget:
				t.Target = e.Target.Code
			case TallyPlace:
				p := *e.Place
				p.Text, p.Span = "", Span{}
				t.Place = &p
				key = append(key, p.Country, strconv.Itoa(p.GeonameID), placeName(&p))
				continue
			case TallyCountry:
				t.Country = e.Place.Country
			case TallyDay:
				t.Date = e.Date
			case TallyWeek:
				t.Date = WeekStart(e.Date)
			case TallyRoot:
				t.Root = e.Root
			case TallyOutlet:
				t.Outlet = e.Outlet
			}
		}
		key = append(key, t.Source, t.Target, t.Actor, t.Country, t.Date, t.Root, t.Outlet)
		ks := strings.Join(key, "\x00")
		g := groups[ks]
		if g == nil {
			g = &group{t: t, names: map[string]int{}}
			groups[ks] = g
			order = append(order, ks)
		}
		g.t.Events++
		if e.Quad >= 3 {
			g.t.Conflict++
		} else {
			g.t.Cooperation++
		}
		g.t.Goldstein += e.Goldstein
		if e.Date != "" {
			if g.t.First == "" || e.Date < g.t.First {
				g.t.First = e.Date
			}
			g.t.Last = max(g.t.Last, e.Date)
		}
		if actor != nil && actor.Name != "" {
			g.names[actor.Name]++
		}
	}
	for i := range evs {
		e := &evs[i]
		dyadic := e.Source.Code != "" && e.Target.Code != "" && e.Source.Code != e.Target.Code
		var actor *EventActor // the side whose name the group takes
		skip := false
		for _, k := range by {
			switch k {
			case TallyDyad, TallyPair, TallyActor:
				skip = skip || !dyadic
			case TallySource:
				skip, actor = skip || e.Source.Code == "", &e.Source
			case TallyTarget:
				skip, actor = skip || e.Target.Code == "", &e.Target
			case TallyPlace:
				skip = skip || !Located(e.Place)
			case TallyCountry:
				skip = skip || e.Place == nil || e.Place.Country == ""
			}
		}
		if skip {
			continue
		}
		if slices.Contains(by, TallyActor) {
			add(e, &e.Source)
			add(e, &e.Target)
			continue
		}
		add(e, actor)
	}
	out := make([]Tally, 0, len(groups))
	for _, ks := range order {
		g := groups[ks]
		g.t.Name = Commonest(g.names)
		out = append(out, g.t)
	}
	SortTallies(out, by)
	return out, nil
}

// Commonest returns the most frequent of the counted names, the alphabetically first
// among equals, so that the answer does not depend on map order; "" for none.
func Commonest(names map[string]int) string {
	best, n := "", 0
	for name, c := range names {
		if c > n || c == n && name < best {
			best, n = name, c
		}
	}
	return best
}
