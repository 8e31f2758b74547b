// Package claim turns events coded from many articles into claims: one record per
// real-world event, with what each outlet covering the story does with it — asserts
// it, attributes it to a party, contradicts it, or leaves it out — and how many
// independent outlets stand behind it.
//
// Events are grouped when they could be the same happening: the same event family
// (CAMEO root), the same actors at the level of country or group (in either direction
// for the symmetric families — consulting, cooperating — where "A met B" and "B met A"
// are one meeting), dates at most Window apart, and no conflicting place. Records that
// share an actor pair form a story; an outlet that covers a story but not one of its
// records omits it.
//
// Independence follows the document metadata ingest records: a near-duplicate counts
// under its original, and an article that says it summarises another outlet's report
// counts as that outlet, so three copies of one wire story are one source.
package claim

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/country"
)

// Options tune the grouping.
type Options struct {
	// Window is the largest gap between two dated reports of one event; zero means
	// three days, which absorbs "on Monday" resolved in articles published on
	// different days.
	Window time.Duration
	// Label names a CAMEO code for summaries; nil leaves the code.
	Label func(code string) string
}

// symmetric CAMEO roots: the event has no natural direction.
var symmetric = map[string]bool{"03": true, "04": true, "05": true, "06": true}

// record is a claim under construction.
type record struct {
	events []sitrep.Event
	key    dyadKey
	root   string
	date   time.Time // earliest known date; zero when none
	place  string    // country of the first event with a place
}

type dyadKey struct{ a, b string }

// actorKey is the level actors are compared at: the country (first three letters of
// a state actor code) or the whole code for groups without a country.
func actorKey(code string) string {
	return cmp.Or(country.Of(code), code)
}

func keyOf(e sitrep.Event) dyadKey {
	k := dyadKey{actorKey(e.Source.Code), actorKey(e.Target.Code)}
	if symmetric[e.Root] && k.b < k.a {
		k.a, k.b = k.b, k.a
	}
	return k
}

func parseDate(s string) (time.Time, bool) {
	for _, l := range []string{"2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(l, s); err == nil {
			return t, l == "2006-01-02"
		}
	}
	return time.Time{}, false
}

func (r *record) accepts(e sitrep.Event, window time.Duration) bool {
	if r.root != e.Root || r.key != keyOf(e) {
		return false
	}
	if e.Place != nil && e.Place.Country != "" && r.place != "" && e.Place.Country != r.place {
		return false
	}
	if r.date.IsZero() || e.Date == "" {
		return true
	}
	d, exact := parseDate(e.Date)
	if !exact {
		// A month ("2025-01") or a year: the record's day must fall inside it.
		return strings.HasPrefix(r.date.Format("2006-01-02"), e.Date)
	}
	gap := d.Sub(r.date)
	return gap <= window && gap >= -window
}

func (r *record) add(e sitrep.Event) {
	r.events = append(r.events, e)
	if d, exact := parseDate(e.Date); exact && (r.date.IsZero() || d.Before(r.date)) {
		r.date = d
	}
	if r.place == "" && e.Place != nil {
		r.place = e.Place.Country
	}
}

// Build groups events into claims. docs must hold every document the events come
// from (for outlets and independence); events of unknown documents are skipped.
func Build(events []sitrep.Event, docs []*sitrep.Document, opts Options) []sitrep.Claim {
	window := opts.Window
	if window == 0 {
		window = 72 * time.Hour
	}
	byID := make(map[string]*sitrep.Document, len(docs))
	for _, d := range docs {
		byID[d.ID] = d
	}
	// Dated events first, so that undated reports join the record their dated
	// siblings started.
	evs := slices.Clone(events)
	slices.SortStableFunc(evs, func(a, b sitrep.Event) int {
		return cmp.Compare(dateRank(a.Date), dateRank(b.Date))
	})
	var records []*record
	for _, e := range evs {
		if byID[e.Doc] == nil || e.Source.Code == "" && e.Target.Code == "" {
			continue
		}
		var into *record
		for _, r := range records {
			if r.accepts(e, window) {
				into = r
				break
			}
		}
		if into == nil {
			into = &record{key: keyOf(e), root: e.Root}
			records = append(records, into)
		}
		into.add(e)
	}

	// Stories: records about the same pair of actors, in any family.
	stories := map[dyadKey][]*record{}
	for _, r := range records {
		k := r.key
		if k.b < k.a {
			k.a, k.b = k.b, k.a
		}
		stories[k] = append(stories[k], r)
	}

	claims := make([]sitrep.Claim, 0, len(records))
	for i, r := range records {
		k := r.key
		if k.b < k.a {
			k.a, k.b = k.b, k.a
		}
		claims = append(claims, makeClaim(i+1, r, stories[k], byID, opts.Label))
	}
	slices.SortStableFunc(claims, func(a, b sitrep.Claim) int {
		return cmp.Compare(b.IndependentOutlets, a.IndependentOutlets)
	})
	return claims
}

// dateRank sorts exact dates first, then partial ones, then undated.
func dateRank(s string) string {
	switch len(s) {
	case 10:
		return "0" + s
	case 0:
		return "2"
	}
	return "1" + s
}

func makeClaim(n int, r *record, story []*record, docs map[string]*sitrep.Document, label func(string) string) sitrep.Claim {
	first := r.events[0]
	c := sitrep.Claim{
		ID:    fmt.Sprintf("c%d", n),
		Kind:  "event",
		Event: sitrep.ClaimEvent{Source: first.Source.Code, CAMEO: first.CAMEO, Target: first.Target.Code, Place: r.place},
		Story: storyName(story[0].key),
	}
	if !r.date.IsZero() {
		c.Event.Date = r.date.Format("2006-01-02")
	} else {
		c.Event.Date = first.Date
	}
	c.Summary = summary(first, label)

	// One position per document: its strongest stance on the claim.
	seen := map[string]int{}
	for _, e := range r.events {
		p := position(e, docs[e.Doc])
		if i, ok := seen[e.Doc]; ok {
			if rank(p.Stance) > rank(c.Positions[i].Stance) {
				c.Positions[i] = p
			}
			continue
		}
		seen[e.Doc] = len(c.Positions)
		c.Positions = append(c.Positions, p)
	}
	// Documents that cover the story but not this claim omit it.
	for _, other := range story {
		for _, e := range other.events {
			if _, ok := seen[e.Doc]; ok {
				continue
			}
			seen[e.Doc] = len(c.Positions)
			d := docs[e.Doc]
			c.Positions = append(c.Positions, sitrep.Position{Doc: d.ID, Outlet: d.Outlet, Stance: sitrep.StanceOmits})
		}
	}

	// Independence: count each original outlet once.
	independent := map[string]bool{}
	contested := false
	for _, p := range c.Positions {
		d := docs[p.Doc]
		switch p.Stance {
		case sitrep.StanceOmits:
			continue
		case sitrep.StanceContradicts:
			contested = true
			continue
		}
		switch {
		case d.DuplicateOf != "":
			up := docs[d.DuplicateOf]
			name := d.DuplicateOf
			if up != nil && up.Outlet != "" {
				name = up.Outlet
			}
			c.Derivative = append(c.Derivative, sitrep.Derivation{Doc: d.ID, Upstream: name})
			independent[outletKey(name)] = true
		case d.Upstream != "":
			c.Derivative = append(c.Derivative, sitrep.Derivation{Doc: d.ID, Upstream: d.Upstream})
			independent[outletKey(d.Upstream)] = true
		default:
			independent[outletKey(cmp.Or(d.Outlet, d.ID))] = true
		}
	}
	c.IndependentOutlets = len(independent)
	switch {
	case contested:
		c.Status = sitrep.StatusContested
	case c.IndependentOutlets >= 2:
		c.Status = sitrep.StatusCorroborated
	default:
		c.Status = sitrep.StatusSingleSource
	}
	if c.Derivative == nil {
		c.Derivative = []sitrep.Derivation{}
	}
	return c
}

// outletKey compares outlet names loosely: "The Washington Post" and "Washington
// Post" are one outlet.
func outletKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.TrimPrefix(s, "the ")
}

func rank(stance string) int {
	switch stance {
	case sitrep.StanceAsserts:
		return 3
	case sitrep.StanceAttributes:
		return 2
	case sitrep.StanceContradicts:
		return 1
	}
	return 0
}

func position(e sitrep.Event, d *sitrep.Document) sitrep.Position {
	p := sitrep.Position{Doc: e.Doc, Outlet: d.Outlet, Sentence: e.Sentence, Span: e.CharSpan, Event: e.ID, Stance: sitrep.StanceAsserts}
	switch {
	case e.Mode == sitrep.ModeNegated:
		p.Stance = sitrep.StanceContradicts
	case e.AttributedTo != nil:
		p.Stance = sitrep.StanceAttributes
		p.AttributedTo = cmp.Or(e.AttributedTo.Code, e.AttributedTo.Text)
	}
	if len(e.Quantities) > 0 {
		q := e.Quantities[0]
		p.Value = q.Text
	}
	return p
}

func summary(e sitrep.Event, label func(string) string) string {
	what := e.CAMEO
	if label != nil {
		if l := label(e.CAMEO); l != "" {
			what = strings.ToLower(l)
		}
	}
	name := func(a sitrep.EventActor) string {
		return cmp.Or(a.Code, "(no actor)")
	}
	s := name(e.Source) + " " + what
	if e.Target.Code != "" {
		s += " → " + name(e.Target)
	}
	return s
}

func storyName(k dyadKey) string {
	if k.b == "" {
		return k.a
	}
	return k.a + "–" + k.b
}
