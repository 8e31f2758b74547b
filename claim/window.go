package claim

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/sitrep-dev/sitrep"
)

// A new article usually reports the last few days, and a part's history is long:
// UpdateWindow rebuilds only the part's records from a day L on, keeping those
// before as stored, and chooses L so that the result is exactly what Build gives
// over the whole part. Build's decisions are not local in time — a record takes
// the reports within Window of its first, so a report about an earlier day
// regroups the records after it (TestRecordsAreNotLocal); a month-dated report
// joins the first record of its month that takes it; an undated report joins the
// only dated record within its article's horizon that takes it, or else the first
// undated record; a denial joins the only record that takes all its reports — but
// each decision only looks at records whose dates it can reach (a report's reach:
// its day or period widened by Window, or its horizon), and records are created in
// order: every record founded by an exact day before every record founded by a
// month or a year, and those before the undated ones; exact-founded records by
// their day. So split a part's records at L:
//
//   - S, rebuilt: every record whose dates (its anchor: every day it has been on
//     while built, AnchorFrom..AnchorUntil) reach L or later, every undated record,
//     and every record resting on a changed document; the new reports go to S.
//   - P, kept: the other records, all founded before L by an exact day (or, by a
//     month or a year, well before L).
//
// A report of P keeps its record if no record of S is created before its record
// and takes it, and (for the reports whose decision counts records) if no record of
// S falls within its reach. Records of S founded by an exact day are created after
// every one of P (their days are later), so only P's exposed reports can change:
// month- or year-dated reports (oneDay places them by the days of the records of
// their month), undated reports of dated records, and reports of denials
// (Reach.ExposedUntil); and a record of S can merge into a record of P whose dates
// lie within Window of its own (mergeRecords), so P's records ending within
// Window before L are rebuilt too; a record
// with an exposed report reaching L (less 2 Window, for slack) moves to S. A report
// of S keeps out of P if P's records cannot take it: the old reports of S were
// refused by every record of P in the stored build (those were created before
// theirs, and their state is the same), the reports that count records see all of
// S and none of P when everything their reach covers is in S, and so L is lowered
// until every new report, every month- or year-dated report and every denial's
// report of S (Reach.ReachFrom), and the anchor of every record of S, lie after L.
// Undated records are rebuilt whole or not at all: they are rebuilt when one of
// their reports' horizons reaches S (Reach.ExposedUntil), or when the rebuild of S
// puts a report in an undated record (then the window is tried again with them);
// with them go the dated records an undated denial joined (Reach.Pooled), since
// the denial counted the undated records as candidates whatever their dates. An
// undated report whose horizon reaches S needs every dated record of its horizon
// in S (L is lowered to it); one whose horizon does not finds no dated record of S
// and goes, as before, to the first undated record that takes it. After the rebuild, a new record whose anchor
// begins before L lowers L too, and the window is tried again. A report of an
// article without a publication date considers the whole history of its pair, and
// takes the window back to the start.
//
// The equality with Build is what the tests hold (TestUpdateWindow on generated
// feeds with late reports, month and undated reports and denials; storetest
// Claims, ClaimsLate); the argument above is why it is expected to hold.

// Reach is what a stored record tells UpdateWindow: the days it has been on and how
// far the reports whose decisions depend on other records reach. Days are
// "2006-01-02"; empty means none.
type Reach struct {
	// AnchorFrom and AnchorUntil bound every day the record has been on while
	// built: its founding report's day or period and its final dates (a denial's
	// report can move its day up to Window earlier). Empty for an undated record.
	AnchorFrom  string `json:"anchor_from,omitempty"`
	AnchorUntil string `json:"anchor_until,omitempty"`
	// ExposedUntil is the last day reached by a report whose place a record
	// created before its own could take, or a record within its reach change: a
	// month- or year-dated report of a record founded by a month or a year, an
	// undated report, a denial's report. farFuture when such an undated report's
	// article has no date.
	ExposedUntil string `json:"exposed_until,omitempty"`
	// ReachFrom is the first day reached by the record's month- or year-dated
	// reports and its denials' reports: rebuilding the record needs every record
	// from then on. farPast when such an undated report's article has no date.
	ReachFrom string `json:"reach_from,omitempty"`
	// Pooled is set when an undated denial joined the record: it joined because
	// the record was the only one to answer it, counting the part's undated
	// records whatever their dates, so it is rebuilt whenever those are.
	Pooled bool `json:"pooled,omitempty"`
}

const (
	farPast   = "0000-01-01"
	farFuture = "9999-12-31"
)

// reach is the span of days a report's decision looks at: its day or period
// widened by window, or its article's horizon for an undated report; open when an
// undated report's article has no date.
func reach(e sitrep.Event, docs map[string]*sitrep.Document, window time.Duration) (lo, hi time.Time, open bool) {
	if plo, phi, _, ok := period(e.Date); ok {
		return plo.Add(-window), phi.Add(window), false
	}
	h := horizonOf(docs[e.Doc])
	if h.lo.IsZero() {
		return time.Time{}, time.Time{}, true
	}
	return h.lo, h.hi, false
}

// reachOf computes a built record's Reach.
func reachOf(r *record, docs map[string]*sitrep.Document, window time.Duration) Reach {
	var out Reach
	day := func(t time.Time) string { return t.Format(time.DateOnly) }
	flo, fhi, _, fok := period(r.events[0].Date)
	if r.dated() {
		lo, hi := r.from(), r.until()
		if fok {
			lo, hi = minTime(lo, flo), maxTime(hi, fhi)
		}
		out.AnchorFrom, out.AnchorUntil = day(lo), day(hi)
	}
	denial := r.denial()
	for i, e := range r.events {
		answering := denial || r.answered > 0 && i >= r.answered
		_, _, exact, dated := period(e.Date)
		if answering && !dated && r.dated() {
			out.Pooled = true
		}
		// A month- or year-dated report is exposed whatever founded its record:
		// oneDay places it by the days the pair's records of its month are on, so
		// a record of S in that month can move it.
		exposed := answering || !dated || dated && !exact
		reaching := answering || dated && !exact
		if !exposed && !reaching {
			continue
		}
		lo, hi, open := reach(e, docs, window)
		if exposed {
			h := farFuture
			if !open {
				h = day(hi)
			}
			out.ExposedUntil = max(out.ExposedUntil, h)
		}
		if reaching {
			l := farPast
			if !open {
				l = day(lo)
			}
			if out.ReachFrom == "" || l < out.ReachFrom {
				out.ReachFrom = l
			}
		}
	}
	return out
}

func minTime(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

func maxTime(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// PartTx is what UpdateWindow needs of a store, inside a transaction that holds the
// part (no other rebuild of it runs meanwhile).
type PartTx interface {
	// Stored lists the part's stored claims (as BuildPart made them) whose
	// AnchorUntil is from or later, those whose ExposedUntil is exposed or later,
	// those resting on one of docs or on a document that is a copy of one of them,
	// and, when undated is set, every undated one (empty AnchorUntil) and every
	// Pooled one.
	Stored(ctx context.Context, from, exposed string, docs []string, undated bool) ([]Stored, error)
	// Events reads the events ids (those that still exist) and every event of the
	// part from docs, each once, with their place in the store's order, and the
	// documents they come from with those they are copies of.
	Events(ctx context.Context, ids, docs []string) ([]Ordered, []*sitrep.Document, error)
	// Replace deletes the stored claims ids and stores claims.
	Replace(ctx context.Context, ids []string, claims []Stored) error
}

// WindowStats says what UpdateWindow did.
type WindowStats struct {
	From    string // the window's first day; farPast for the whole part
	Rebuilt int    // stored records rebuilt
	Events  int    // events read
	Tries   int    // windows tried
	Undated bool   // whether the undated records were rebuilt
}

// UpdateWindow rebuilds the claims of part p after the events of docIDs changed,
// reading and rebuilding only the records from a day on that it chooses so that
// the result equals a rebuild of the whole part (see above). The store must have
// stored the part's claims with BuildPart's Reach and Members, and every other
// document of the part must be up to date (its Update done).
func UpdateWindow(ctx context.Context, tx PartTx, p Part, docIDs []string, opts Options) (WindowStats, error) {
	window := cmp.Or(opts.Window, 72*time.Hour)
	slack := 2 * window
	var st WindowStats
	day := func(t time.Time) string { return t.Format(time.DateOnly) }
	before := func(d string, by time.Duration) string {
		if d <= farPast {
			return farPast
		}
		t, err := time.Parse(time.DateOnly, d)
		if err != nil {
			return farPast
		}
		return day(t.Add(-by))
	}
	cur, curDocs, err := tx.Events(ctx, nil, docIDs)
	if err != nil {
		return st, err
	}
	from := farFuture
	lower := func(d string) {
		if d < from {
			from = d
		}
	}
	docs := make(map[string]*sitrep.Document, len(curDocs))
	for _, d := range curDocs {
		docs[d.ID] = d
	}
	// The undated records are rebuilt together or not at all: an undated report
	// goes to the first of them that takes it. They are needed when one of their
	// reports reaches the window (the window then holds every dated record of its
	// horizon, and its place may change), and when the rebuild puts a report in an
	// undated record (a new undated report that no single dated record takes).
	pool := false
	for _, o := range cur {
		if !p.Has(o.Event) {
			continue
		}
		lo, _, open := reach(o.Event, docs, window)
		if open {
			lower(farPast)
		} else {
			lower(day(lo.Add(-slack)))
		}
	}
	for {
		st.Tries++
		if st.Tries > 1000 {
			return st, fmt.Errorf("part %s: no window settles", p.Key())
		}
		// Records ending within Window before L are read too: mergeRecords joins
		// a record into an earlier one whose dates lie within Window of its own,
		// so a record of S can merge into one just before L. Each such record
		// lowers L to its first day in turn; the merges Build makes chain the same
		// way.
		recs, err := tx.Stored(ctx, before(from, window), before(from, slack), docIDs, pool)
		if err != nil {
			return st, err
		}
		if !pool && slices.ContainsFunc(recs, func(r Stored) bool { return r.AnchorUntil == "" }) {
			pool = true
			continue
		}
		settled := true
		for _, r := range recs {
			if r.AnchorFrom != "" && r.AnchorFrom < from {
				lower(r.AnchorFrom)
				settled = false
			}
			if r.ReachFrom != "" && before(r.ReachFrom, slack) < from {
				lower(before(r.ReachFrom, slack))
				settled = false
			}
		}
		if !settled {
			continue
		}
		var ids []string
		for _, r := range recs {
			ids = append(ids, r.Members...)
		}
		evs, docList, err := tx.Events(ctx, ids, docIDs)
		if err != nil {
			return st, err
		}
		docs := make(map[string]*sitrep.Document, len(docList))
		for _, d := range docList {
			docs[d.ID] = d
		}
		// Undated reports of undated records: one whose horizon reaches the window
		// needs every dated record of its horizon in it.
		undated := map[string]bool{}
		for _, r := range recs {
			if r.AnchorUntil == "" {
				for _, id := range r.Members {
					undated[id] = true
				}
			}
		}
		var in []Ordered
		for _, o := range evs {
			// The store's events are current: a changed document's replaced
			// events are gone, its new ones are read by document.
			if !p.Has(o.Event) {
				continue
			}
			in = append(in, o)
			if undated[o.Event.ID] {
				lo, hi, open := reach(o.Event, docs, window)
				switch {
				case open:
					if from > farPast {
						lower(farPast)
						settled = false
					}
				case day(hi) >= before(from, slack) && day(lo.Add(-slack)) < from:
					lower(day(lo.Add(-slack)))
					settled = false
				}
			}
		}
		if !settled {
			continue
		}
		built := BuildPart(p, in, docList, opts)
		for _, b := range built {
			if b.AnchorFrom != "" && b.AnchorFrom < from {
				lower(b.AnchorFrom)
				settled = false
			}
			if b.AnchorUntil == "" && !pool {
				pool = true
				settled = false
			}
		}
		if !settled {
			continue
		}
		old := make([]string, len(recs))
		for i, r := range recs {
			old[i] = r.ID
		}
		st.From, st.Rebuilt, st.Events, st.Undated = from, len(recs), len(in), pool
		return st, tx.Replace(ctx, old, built)
	}
}
