package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"slices"
	"strconv"
	"strings"

	"github.com/sitrep-dev/sitrep"
)

var _ sitrep.TallyStore = (*DB)(nil)

// tallyQuery is the SQL of a tally: the columns of the rows it groups (over events
// e), the conditions a row must meet to take part, and the key columns (over those
// rows, t) it groups by.
type tallyQuery struct {
	cols  []string // "expr AS name"
	where []string
	keys  []string // column names of the rows
	order []string // the keys in the tallies' order (sitrep.SortTallies)
	name  bool     // the rows carry an actor's name, t.k_name
	place bool     // the rows carry t.k_ord, for the place of the group's first event
	actor bool     // the rows are each event's two sides (TallyActor)
}

// dyadic is the condition that an event joins two different actors.
const dyadic = "e.source_code <> '' AND e.target_code <> '' AND e.source_code <> e.target_code"

func newTallyQuery(by []sitrep.TallyKey) tallyQuery {
	q := tallyQuery{cols: []string{"e.quad AS k_quad", "e.goldstein AS k_goldstein", "e.date AS k_date_raw"}}
	col := func(expr, name string) {
		q.cols = append(q.cols, expr+" AS "+name)
		q.keys = append(q.keys, name)
		if !strings.HasPrefix(name, "k_p") {
			q.order = append(q.order, name)
		}
	}
	for _, k := range by {
		switch k {
		case sitrep.TallyDyad:
			col("e.source_code", "k_source")
			col("e.target_code", "k_target")
			q.where = append(q.where, dyadic)
		case sitrep.TallyPair:
			// Two-argument min and max compare in the column's BINARY collation:
			// byte order, as Go compares.
			col("min(e.source_code, e.target_code)", "k_source")
			col("max(e.source_code, e.target_code)", "k_target")
			q.where = append(q.where, dyadic)
		case sitrep.TallyActor:
			// The two sides are two halves of the rows; see TallyEvents.
			q.actor, q.name = true, true
			q.keys = append(q.keys, "k_actor")
			q.order = append(q.order, "k_actor")
			q.where = append(q.where, dyadic)
		case sitrep.TallySource:
			col("e.source_code", "k_source")
			q.cols = append(q.cols, "e.source_name AS k_name")
			q.name = true
			q.where = append(q.where, "e.source_code <> ''")
		case sitrep.TallyTarget:
			col("e.target_code", "k_target")
			q.cols = append(q.cols, "e.target_name AS k_name")
			q.name = true
			q.where = append(q.where, "e.target_code <> ''")
		case sitrep.TallyPlace:
			// The place's fields are columns (migration 0010): 0 or '' where the
			// place has none, place_country NULL where the event has no place.
			col("e.place_country", "k_pcountry")
			col("e.place_gid", "k_pgid")
			col("CASE WHEN e.place_gid = 0 THEN e.place_name ELSE '' END", "k_pname")
			// The first event in document order: doc_seq, then rowid.
			q.cols = append(q.cols, "e.doc_seq * 4294967296 + e.rowid AS k_ord")
			// sitrep.PlaceKey; || makes text of the id.
			q.order = append(q.order, "k_pcountry || ':' || CASE WHEN k_pgid = 0 THEN k_pname ELSE k_pgid END")
			q.place = true
			q.where = append(q.where, "e.place_country IS NOT NULL AND (e.place_lat <> 0 OR e.place_lon <> 0) AND "+
				"e.place_lat BETWEEN -90 AND 90 AND e.place_lon BETWEEN -180 AND 180")
		case sitrep.TallyCountry:
			col("e.place_country", "k_country")
			q.where = append(q.where, "e.place_country <> ''")
		case sitrep.TallyDay:
			col("e.date", "k_date")
		case sitrep.TallyWeek:
			// date() gives back a valid YYYY-MM-DD unchanged and normalises or
			// refuses anything else; the Monday on or before a date is the next
			// Monday on or after the date six days earlier.
			// A span of days within one week ("2025-11-08/2025-11-09") counts in
			// the week of its first day (sitrep.WeekStart).
			col("CASE WHEN date(e.date) = e.date AND e.date >= '0001' THEN date(e.date, '-6 days', 'weekday 1') "+
				"WHEN length(e.date) = 21 AND substr(e.date, 11, 1) = '/' AND e.date >= '0001' AND date(substr(e.date, 1, 10)) = substr(e.date, 1, 10) "+
				"AND date(substr(e.date, 12)) = substr(e.date, 12) AND substr(e.date, 12) > substr(e.date, 1, 10) "+
				"AND date(substr(e.date, 1, 10), '-6 days', 'weekday 1') = date(substr(e.date, 12), '-6 days', 'weekday 1') "+
				"THEN date(substr(e.date, 1, 10), '-6 days', 'weekday 1') ELSE '' END", "k_date")
		case sitrep.TallyRoot:
			col("e.root", "k_root")
		case sitrep.TallyOutlet:
			col("e.outlet", "k_outlet")
		}
	}
	return q
}

// TallyEvents counts the events f selects in groups by the keys, in one GROUP BY
// over the events table. Rows that differ only in the actor's name are merged here,
// which picks the commonest name.
func (db *DB) TallyEvents(ctx context.Context, f sitrep.EventFilter, by ...sitrep.TallyKey) ([]sitrep.Tally, error) {
	if err := sitrep.CheckTallyKeys(by); err != nil {
		return nil, err
	}
	q := newTallyQuery(by)
	rows, args := q.rows(f, by, true)
	group := slices.Clone(q.keys)
	if q.name {
		group = append(group, "k_name")
	}
	sel := slices.Clone(group)
	sel = append(sel, "count(*)", "sum(k_quad >= 3)", "total(k_goldstein)", "coalesce(min(nullif(k_date_raw, '')), '')",
		"coalesce(max(nullif(k_date_raw, '')), '')")
	if q.place {
		sel = append(sel, "min(k_ord)")
	}
	stmt := "SELECT " + strings.Join(sel, ", ") + " FROM (" + rows + ") GROUP BY " + strings.Join(group, ", ")
	if f.Limit > 0 && !q.name {
		// The page in the tallies' order (sitrep.SortTallies): text keys
		// compare as bytes in the BINARY collation.
		stmt += " ORDER BY count(*) DESC, " + strings.Join(q.order, ", ") +
			fmt.Sprintf(" LIMIT %d OFFSET %d", f.Limit, max(f.Offset, 0))
	}
	if q.place {
		// The place of the group's first event, from its columns.
		stmt = "SELECT g.*, x.place_name, x.place_country, x.place_lat, x.place_lon, x.place_gid FROM (" +
			strings.Replace(stmt, "min(k_ord)", "min(k_ord) AS ord", 1) + ") g JOIN events x ON x.rowid = g.ord % 4294967296"
	}
	slog.DebugContext(ctx, "tally", "sql", stmt, "args", args)
	res, err := db.read.QueryContext(ctx, stmt, args...)
	if err != nil {
		return nil, fmt.Errorf("tally events: %w", err)
	}
	defer res.Close()
	m := newTallyMerge(q.name, q.place)
	for res.Next() {
		r := tallyRow{keys: make([]sql.NullString, len(q.keys))}
		dest := make([]any, 0, len(sel)+1)
		for i := range r.keys {
			dest = append(dest, &r.keys[i])
		}
		if q.name {
			dest = append(dest, &r.name)
		}
		dest = append(dest, &r.t.Events, &r.t.Conflict, &r.t.Goldstein, &r.t.First, &r.t.Last)
		if q.place {
			dest = append(dest, &r.ord, &r.place.Name, &r.place.Country, &r.place.Lat, &r.place.Lon, &r.place.GeonameID)
		}
		if err := res.Scan(dest...); err != nil {
			return nil, fmt.Errorf("tally events: %w", err)
		}
		for i, k := range q.keys {
			if err := setTallyKey(&r.t, k, r.keys[i].String); err != nil {
				return nil, fmt.Errorf("tally events: %w", err)
			}
		}
		m.add(r)
	}
	if err := res.Err(); err != nil {
		return nil, fmt.Errorf("tally events: %w", err)
	}
	out, err := m.tallies()
	if err != nil {
		return nil, fmt.Errorf("tally events: %w", err)
	}
	sitrep.SortTallies(out, by)
	if q.name {
		// Rows by name were merged here: the page is cut after.
		out = sitrep.PageTallies(out, f)
	}
	return out, nil
}

// TallyTotals counts the groups TallyEvents would return without a limit, and the
// events in them, in SQL.
func (db *DB) TallyTotals(ctx context.Context, f sitrep.EventFilter, by ...sitrep.TallyKey) (groups, events int, err error) {
	if err := sitrep.CheckTallyKeys(by); err != nil {
		return 0, 0, err
	}
	q := newTallyQuery(by)
	// The totals read the keys alone, which the filters' indexes cover
	// (events_root, events_dyad, ...) in their order: SQLite's choice.
	rows, args := q.rows(f, by, false)
	stmt := "SELECT count(*), coalesce(sum(n), 0) FROM (SELECT count(*) AS n FROM (" + rows + ") GROUP BY " + strings.Join(q.keys, ", ") + ")"
	slog.DebugContext(ctx, "tally totals", "sql", stmt, "args", args)
	if err := db.read.QueryRowContext(ctx, stmt, args...).Scan(&groups, &events); err != nil {
		return 0, 0, fmt.Errorf("tally totals: %w", err)
	}
	return groups, events, nil
}

// rows is the SQL of the rows a tally groups, with its arguments: the events f
// selects that have what the keys group by. covering picks events_tally for a tally
// without a filter.
func (q tallyQuery) rows(f sitrep.EventFilter, by []sitrep.TallyKey, covering bool) (string, []any) {
	conds := eventWhere(f)
	// Without a filter, SQLite would walk the index that gives the groups'
	// order (events_root for roots) and read every row from it; events_tally
	// holds all that a tally without places reads (migration 0008), and is
	// scanned instead. A filter's own index, where there is one, decides.
	from := " FROM events e"
	if covering && len(conds) == 0 && !q.place && !slices.Contains(by, sitrep.TallyCountry) {
		from += " INDEXED BY events_tally"
	}
	for _, w := range q.where {
		conds = append(conds, eventCond{sql: w})
	}
	where, args := joinConds(conds)
	if q.actor {
		half := func(side string) string {
			return "SELECT " + strings.Join(q.cols, ", ") + ", e." + side + "_code AS k_actor, e." + side + "_name AS k_name" + from + where
		}
		return half("source") + " UNION ALL " + half("target"), append(args, args...)
	}
	return "SELECT " + strings.Join(q.cols, ", ") + from + where, args
}

// tallyRow is one row of a tally's GROUP BY.
type tallyRow struct {
	t     sitrep.Tally
	keys  []sql.NullString
	name  sql.NullString
	ord   int64
	place sitrep.Place
}

// setTallyKey sets the field of t that the key column k holds.
func setTallyKey(t *sitrep.Tally, k, v string) error {
	switch k {
	case "k_source":
		t.Source = v
	case "k_target":
		t.Target = v
	case "k_actor":
		t.Actor = v
	case "k_country":
		t.Country = v
	case "k_date":
		t.Date = v
	case "k_root":
		t.Root = v
	case "k_outlet":
		t.Outlet = v
	case "k_pcountry", "k_pname":
		// The place's key; the place itself is read whole.
	case "k_pgid":
		if _, err := strconv.Atoi(v); err != nil {
			return fmt.Errorf("place id %q: %w", v, err)
		}
	}
	return nil
}

// tallyMerge merges rows of one group that differ only in the actor's name.
type tallyMerge struct {
	name, place bool
	order       []string
	groups      map[string]*mergedTally
}

type mergedTally struct {
	t     sitrep.Tally
	names map[string]int
	ord   int64
	place sitrep.Place
}

func newTallyMerge(name, place bool) *tallyMerge {
	return &tallyMerge{name: name, place: place, groups: map[string]*mergedTally{}}
}

func (m *tallyMerge) add(r tallyRow) {
	var kb strings.Builder
	for _, k := range r.keys {
		kb.WriteString(k.String)
		kb.WriteByte(0)
	}
	key := kb.String()
	g := m.groups[key]
	if g == nil {
		g = &mergedTally{t: r.t, names: map[string]int{}, ord: r.ord, place: r.place}
		g.t.Cooperation = r.t.Events - r.t.Conflict
		m.groups[key] = g
		m.order = append(m.order, key)
	} else {
		g.t.Events += r.t.Events
		g.t.Conflict += r.t.Conflict
		g.t.Cooperation += r.t.Events - r.t.Conflict
		g.t.Goldstein += r.t.Goldstein
		if r.t.First != "" && (g.t.First == "" || r.t.First < g.t.First) {
			g.t.First = r.t.First
		}
		g.t.Last = max(g.t.Last, r.t.Last)
		if r.ord < g.ord {
			g.ord, g.place = r.ord, r.place
		}
	}
	if r.name.String != "" {
		g.names[r.name.String] += r.t.Events
	}
}

func (m *tallyMerge) tallies() ([]sitrep.Tally, error) {
	out := make([]sitrep.Tally, 0, len(m.order))
	for _, k := range m.order {
		g := m.groups[k]
		if m.name {
			g.t.Name = sitrep.Commonest(g.names)
		}
		if m.place {
			p := g.place
			g.t.Place = &p
		}
		out = append(out, g.t)
	}
	return out, nil
}
