package claim

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep-dev/sitrep"
)

// Paging claims with their counter-attributions. Counter joins claims of different
// stories (one act blamed on two actors), so it was run over every stored claim
// before a page could be cut. It need not be: Counter only joins two claims of the
// same act family on the same target, dated at most Window apart, so whether a claim
// is absorbed, and what it absorbs, depends only on the claims linked to it by such
// joins. Page reads a page's claims, then, round by round, the stored claims that
// could join them (the stores answer from an index on family, target and date) and
// keeps those that do, until no new claim joins: Counter over that closed set gives
// each page claim exactly what Counter over all claims gives it (the tests hold it
// to that).

// OrderKey places a stored claim among all claims in the stores' order: most
// independent outlets first, then claim.Build's order.
type OrderKey struct {
	Outlets  int
	Rank     string
	DocSeq   int64
	EventPos int64
	ID       string
}

// Compare orders two keys as the stores list claims.
func (a OrderKey) Compare(b OrderKey) int {
	return cmp.Or(cmp.Compare(b.Outlets, a.Outlets), strings.Compare(a.Rank, b.Rank), cmp.Compare(a.DocSeq, b.DocSeq),
		cmp.Compare(a.EventPos, b.EventPos), strings.Compare(a.ID, b.ID))
}

// Listed is a stored claim (finished or not, see Lister) and its place in the stores' order.
type Listed struct {
	Claim sitrep.Claim
	Key   OrderKey
}

// ListedClaims returns the claims of ls, without their places in the order.
func ListedClaims(ls []Listed) []sitrep.Claim {
	out := make([]sitrep.Claim, len(ls))
	for i, l := range ls {
		out[i] = l.Claim
	}
	return out
}

// Lister is a store Page reads.
type Lister interface {
	// ListClaims lists the stored claims f selects, finished (their story names
	// and omissions, see Finish), in the stores' order, paged by f.Limit and
	// f.Offset.
	ListClaims(ctx context.Context, f Filter) ([]Listed, error)
	// CounterCandidates lists the stored claims Counter could join with one of
	// of: counterable claims (see counterable) of the same CAMEO root, whose
	// target begins with the same three letters, dated at most days apart. They
	// may be left unfinished: Counter reads the positions of the outlets that
	// report a claim, a claim that absorbs others keeps its own story and
	// omissions, and Page returns only ListClaims' claims.
	CounterCandidates(ctx context.Context, of []sitrep.Claim, days int) ([]Listed, error)
	// CounterEvents returns the stored events ids name, whole: Counter reads
	// their actors, sentences, dates and places (the vetoes of incidentsApart).
	// Unknown ids are left out.
	CounterEvents(ctx context.Context, ids []string) ([]sitrep.Event, error)
}

// CounterDays is the number of days Filter.CounterDays and CounterCandidates need
// for Counter under opts: its window rounded up to whole days.
func CounterDays(opts Options) int {
	w := cmp.Or(opts.Window, 72*time.Hour)
	return int(math.Ceil(w.Hours() / 24))
}

// Page returns the claims f selects after Counter, as Counter over every stored
// claim followed by f.Selects and f's page would, reading only the page's claims,
// those listed before it, and the claims counter-attribution links to them.
func Page(ctx context.Context, s Lister, f Filter, opts Options) ([]sitrep.Claim, error) {
	days := CounterDays(opts)
	q := f
	q.CounterDays = days
	// The store's selection is wider than f's (a claim can be absorbed, or lose
	// its status to a counter-attribution): read a little more than the page and
	// go on while the page is not full.
	chunk := f.Offset + f.Limit + 16
	if f.Limit <= 0 {
		chunk = 1000
	}
	skip := f.Offset
	out := []sitrep.Claim{}
	for at := 0; ; at += chunk {
		q.Offset, q.Limit = at, chunk
		batch, err := s.ListClaims(ctx, q)
		if err != nil {
			return nil, fmt.Errorf("claim page: %w", err)
		}
		resolved, err := counterResolve(ctx, s, batch, days, opts)
		if err != nil {
			return nil, fmt.Errorf("claim page: %w", err)
		}
		for _, c := range resolved {
			if c == nil || !f.Selects(*c) {
				continue
			}
			if skip > 0 {
				skip--
				continue
			}
			out = append(out, *c)
			if f.Limit > 0 && len(out) == f.Limit {
				return out, nil
			}
		}
		if len(batch) < chunk {
			return out, nil
		}
	}
}

// counterResolve gives each claim of batch what Counter over all stored claims
// makes of it: the claim (contested when it absorbs others) or nil when another
// claim absorbs it.
func counterResolve(ctx context.Context, s Lister, batch []Listed, days int, opts Options) ([]*sitrep.Claim, error) {
	k := newCounter(opts)
	loaded := map[string]bool{}
	loadEvents := func(ls []Listed) error {
		var ids []string
		for _, l := range ls {
			for _, p := range l.Claim.Positions {
				if p.Event != "" && !loaded[p.Event] {
					loaded[p.Event] = true
					ids = append(ids, p.Event)
				}
			}
		}
		if len(ids) == 0 {
			return nil
		}
		evs, err := s.CounterEvents(ctx, ids)
		if err != nil {
			return err
		}
		k.addEvents(evs)
		return nil
	}
	var members []Listed    // the closed set
	idx := map[string]int{} // a claim's index in k
	member := map[string]bool{}
	var ls []Listed
	for _, l := range batch {
		if counterable(l.Claim.Event, l.Claim.Kind) {
			ls = append(ls, l)
		}
	}
	if err := loadEvents(ls); err != nil {
		return nil, err
	}
	var frontier []int
	for _, l := range batch {
		if _, ok := idx[l.Claim.ID]; ok {
			continue
		}
		i := k.add(l.Claim)
		idx[l.Claim.ID], member[l.Claim.ID] = i, true
		members = append(members, l)
		if k.eligible(i) {
			frontier = append(frontier, i)
		}
	}
	for len(frontier) > 0 {
		of := make([]sitrep.Claim, len(frontier))
		for n, i := range frontier {
			of[n] = k.claims[i]
		}
		cands, err := s.CounterCandidates(ctx, of, days)
		if err != nil {
			return nil, err
		}
		if err := loadEvents(cands); err != nil {
			return nil, err
		}
		// A candidate that joins no claim of this round's frontier may join a
		// claim of a later round: it is tested again then, when that claim's
		// candidates list it.
		var next []int
		for _, c := range cands {
			if member[c.Claim.ID] {
				continue
			}
			j, ok := idx[c.Claim.ID]
			if !ok {
				j = k.add(c.Claim)
				idx[c.Claim.ID] = j
			}
			if !k.eligible(j) {
				continue
			}
			for _, i := range frontier {
				if k.match(i, j) || k.match(j, i) {
					member[c.Claim.ID] = true
					members = append(members, c)
					next = append(next, j)
					break
				}
			}
		}
		frontier = next
	}
	// Counter over the members in the stores' order.
	slices.SortFunc(members, func(a, b Listed) int { return a.Key.Compare(b.Key) })
	closed := &counter{window: k.window, doer: k.doer, misread: k.misread, acts: k.acts, facts: k.facts}
	for _, m := range members {
		closed.add(m.Claim)
	}
	byID := map[string]*sitrep.Claim{}
	for _, c := range closed.run() {
		byID[c.ID] = &c
	}
	out := make([]*sitrep.Claim, len(batch))
	for n, l := range batch {
		out[n] = byID[l.Claim.ID]
	}
	return out, nil
}

// Selects reports whether f selects c (its page aside): what the stores' selection
// is held to, and what Page checks after Counter.
func (f Filter) Selects(c sitrep.Claim) bool {
	if f.Status != "" && c.Status != f.Status || c.IndependentOutlets < f.MinOutlets {
		return false
	}
	if f.Story != "" {
		st, ok := StoryOf(sitrep.Event{Source: sitrep.EventActor{Code: c.Event.Source}, Target: sitrep.EventActor{Code: c.Event.Target}})
		if !ok || st.Key() != f.Story {
			return false
		}
	}
	if f.Actor != "" && !strings.HasPrefix(c.Event.Source, f.Actor) && !strings.HasPrefix(c.Event.Target, f.Actor) {
		return false
	}
	if (f.From != "" || f.To != "") && !DateMeets(c.Event.Date, f.From, f.To) {
		return false
	}
	if f.Doc != "" || f.Outlet != "" {
		doc, outlet := f.Doc == "", f.Outlet == ""
		for _, p := range c.Positions {
			if p.Stance != sitrep.StanceOmits {
				doc = doc || p.Doc == f.Doc
				outlet = outlet || p.Outlet == f.Outlet
			}
		}
		if !doc || !outlet {
			return false
		}
	}
	return true
}

// DateMeets reports whether a claim date — a day, a span of days of one week
// ("2016-08-15/2016-08-21"), a month ("2016-08") or a year — meets the days
// from..to (inclusive, either empty for no bound). A date is a prefix of the days
// it stands for, so it meets from when its last day (the date itself but for a
// span) is not before from's prefix of the same length, and to when its first day
// is not after to. An undated claim meets no range. The stores' filters are its
// SQL twins, with DateFromBound and DateToBound.
func DateMeets(date, from, to string) bool {
	if date == "" {
		return false
	}
	first, last := date, date
	if a, b, ok := strings.Cut(date, "/"); ok {
		first, last = a, b
	}
	if from != "" && last < from[:min(len(last), len(from))] {
		return false
	}
	return to == "" || first <= to
}

// DateFromBound is a lower bound of the dates that can meet from, for the stores'
// date index: from's year, or the year before when a span of the last week of
// December can reach into from (from is a year, January, or 1–6 January).
func DateFromBound(from string) string {
	y := from[:min(4, len(from))]
	if len(from) < 4 || !(len(from) == 4 || from[4:min(7, len(from))] == "-01" && (len(from) <= 7 || from[7:] <= "-06")) {
		return y
	}
	n, err := strconv.Atoi(y)
	if err != nil || n < 1 {
		return y
	}
	return fmt.Sprintf("%04d", n-1)
}

// DateToBound is the upper bound of the dates whose first day is not after to, in
// byte order: a span that begins on to sorts after the day itself, so to a day it
// adds the longest span from it ("2025-11-03" → "2025-11-03/9999-12-31").
func DateToBound(to string) string {
	if len(to) == len("2006-01-02") {
		return to + "/9999-12-31"
	}
	return to
}

// CounterRoots lists the CAMEO roots Counter joins claims of, in order: the stores
// select Page's candidates with them.
func CounterRoots() []string {
	var out []string
	for r := range responsibilityRoots {
		out = append(out, r)
	}
	slices.Sort(out)
	return out
}
