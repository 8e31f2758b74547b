package claim

import (
	"cmp"
	"context"
	"fmt"
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
// undated record whose days meet that horizon (record.when) and that takes it; a
// denial joins the only record that takes all its reports — but
// each decision only looks at records whose dates it can reach (a report's reach:
// its day or period widened by Window, or its horizon), and records are created in
// order: every record founded by an exact day before every record founded by a
// month or a year, and those before the undated ones; exact-founded records by
// their day. So split a part's records at L:
//
//   - S, rebuilt: every record whose dates (its anchor: every day it has been on
//     while built, AnchorFrom..AnchorUntil) reach L or later, every record with a
//     report exposed to L (below), and every record resting on a changed document;
//     the new reports go to S.
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
// Undated records are split like the others. The reports of an undated record all
// share a day of their horizons, and it moves to S when one of their horizons
// reaches L (less 2 Window: Reach.ExposedUntil), so an undated record of P has
// every report's horizon, and so its days, ending before L less 2 Window. Each
// report of an undated record of S (and each new undated report) reaches its
// horizon (Reach.ReachFrom), and L is lowered to at most Window after the
// horizon's first day: the dated records of P end before L less Window, so its
// horizon admits none of them, and it meets the days of no undated record of P,
// so it chooses among records of S alone, as in Build; and the days of an undated
// record of S begin at L less Window or later, after every horizon of a report of
// P ends, so no report of P can join it (nor can the dated records of S, anchored
// after L, take one). (TestUpdateWindow fails with L allowed 2 Window after the
// horizon's first day.) An undated denial
// counts the same records as an undated report (the dated ones its horizon
// admits, the undated ones whose days meet it), so what it joined needs nothing
// beyond its reports' reach. After the rebuild, a new record whose anchor begins
// before L, or whose reports reach before L less 2 Window (a report that moved
// into an undated record, a denial that joined), lowers L too, and the window is
// tried again. A report of an article without a publication date considers the
// whole history of its pair, and takes the window back to the start (its record
// is exposed to every window and reaches the start).
//
// A month-, week- or year-dated report that joined, as the first record that took
// it, a record founded on a day d (record.local) is neither exposed past d nor
// reaching. Every record created before its record was founded on d or earlier: if
// all of them are in P, they are kept as they were and refuse it as they did, and
// if one of them is in S, L is at most d and its record, anchored from d, is read
// too (its exposure, ending at d, only adds a margin); if its record is rebuilt,
// the records of P it would scan first (founded before L less Window, before every
// record of S) refused it in the stored build, so when a rebuilt record of S takes
// it first again Build would place it there too; when none does (the rebuilt
// record refuses it, and oneDay counts the days of its month, or it founds a
// record of its own), it is no longer local, the rebuilt record's ReachFrom or
// anchor covers its period, and the window is tried again lower. Before, every
// such report reached its whole period widened by Window (and 2 Window of slack),
// so a window that touched a record holding a month report went back to the month's
// start less 9 days, into the previous month, whose month reports pulled it back a
// month more: traced at 5,000 articles of BenchmarkCrossDocGrowth, the median
// window went back 26 days and one in ten to the feed's start; after, 2 days,
// with the chains left to undated reports' horizons (see the benchmark).
//
// The equality with Build is what the tests hold (TestUpdateWindow on generated
// feeds with late reports, week, month and undated reports and denials;
// TestUpdateWindowPeriodReports and TestUpdateWindowLocalMoves on the local
// reports; storetest Claims, ClaimsLate); the argument above is why it is expected
// to hold.

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
	// reports, its denials' reports and, for an undated record, every report:
	// rebuilding the record needs every record from then on. farPast when such
	// an undated report's article has no date.
	ReachFrom string `json:"reach_from,omitempty"`
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
		// A month- or year-dated report is exposed whatever founded its record:
		// oneDay places it by the days the pair's records of its month are on, so
		// a record of S in that month can move it. The reports of an undated
		// record reach their horizons: each chose among the dated records there
		// and the undated records whose days meet it.
		//
		// A period report that joined, as the first record that took it, a
		// record founded by a day (r.local) does not reach: rebuilt, it scans
		// the records of P first, which all refused it in the stored build
		// (they were created before its record, and are kept unchanged), so
		// if the rebuilt records of S take it first again, Build would place
		// it there too; if they do not (oneDay, or a record of its own), the
		// rebuilt record says so by its own ReachFrom and the window is tried
		// again lower. Only reports of the changed documents need their reach
		// before the rebuild (UpdateWindow starts from it).
		local := !answering && i < len(r.local) && !r.local[i].IsZero()
		// A headline report chose among every record its dates reach
		// (placeHeadlines): exposed to them and reaching them, as a month is.
		head := r.headline(e.ID)
		exposed := answering || head || !dated || dated && !exact
		reaching := answering || head || dated && !exact && !local || !r.dated()
		if !exposed && !reaching {
			continue
		}
		lo, hi, open := reach(e, docs, window)
		if exposed {
			h := farFuture
			switch {
			case local:
				// A period report that joined the first record that took it,
				// founded on day d, keeps it while every record created before
				// it is kept: records founded by a day are created in the order
				// of their days and before any founded by a period, so only a
				// record of S founded on d or before can take it from its record
				// (mergeRecords and the records it reaches are the anchor's and
				// ReachFrom's concern). Its exposure ends at d, not at its
				// period's end: a month-dated report near the start of its month
				// no longer drags the month's later records into every window.
				h = day(r.local[i])
			case !open:
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
	// and those resting on one of docs or on a document that is a copy of one of
	// them.
	Stored(ctx context.Context, from, exposed string, docs []string) ([]Stored, error)
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
	Undated int    // undated records among those rebuilt
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
	after := func(d string, by time.Duration) string {
		if d <= farPast {
			return farPast
		}
		t, err := time.Parse(time.DateOnly, d)
		if err != nil {
			return farPast
		}
		return day(t.Add(by))
	}
	// needs is the day L must not pass for a record's reports that reach from
	// ReachFrom on. An undated record's reports each choose among the dated
	// records their horizon admits and the undated records whose days meet it:
	// with L at most Window after the horizon's first day, the dated records of
	// P (ending before L less Window) and the undated ones (their days ending
	// before L less 2 Window) are out of it. The other reaching reports keep 2
	// Window of slack.
	needs := func(reachFrom string, undated bool) string {
		if undated {
			return after(reachFrom, window)
		}
		return before(reachFrom, slack)
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
	// settles lowers L to what records rs need before it (their anchors, and what
	// their reaching reports reach) and reports whether none did.
	settles := func(rs []Stored) bool {
		ok := true
		for _, r := range rs {
			if r.AnchorFrom != "" && r.AnchorFrom < from {
				lower(r.AnchorFrom)
				ok = false
			}
			if d := needs(r.ReachFrom, r.AnchorUntil == ""); r.ReachFrom != "" && d < from {
				lower(d)
				ok = false
			}
		}
		return ok
	}
	docs := make(map[string]*sitrep.Document, len(curDocs))
	for _, d := range curDocs {
		docs[d.ID] = d
	}
	for _, o := range cur {
		if !p.Has(o.Event) {
			continue
		}
		lo, _, open := reach(o.Event, docs, window)
		switch {
		case open:
			lower(farPast)
		case undated(o.Event):
			lower(day(lo.Add(window)))
		default:
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
		recs, err := tx.Stored(ctx, before(from, window), before(from, slack), docIDs)
		if err != nil {
			return st, err
		}
		if !settles(recs) {
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
		var in []Ordered
		for _, o := range evs {
			// The store's events are current: a changed document's replaced
			// events are gone, its new ones are read by document.
			if p.Has(o.Event) {
				in = append(in, o)
			}
		}
		// A rebuilt record whose anchor begins before L, or whose reports now
		// reach before it (a report moved into an undated record, a denial
		// joined), needs the window lowered to them.
		built := BuildPart(p, in, docList, opts)
		if !settles(built) {
			continue
		}
		old := make([]string, len(recs))
		st.Undated = 0
		for i, r := range recs {
			old[i] = r.ID
			if r.AnchorUntil == "" {
				st.Undated++
			}
		}
		st.From, st.Rebuilt, st.Events = from, len(recs), len(in)
		return st, tx.Replace(ctx, old, built)
	}
}
