package postgres

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strings"

	"github.com/sitrep-dev/sitrep"
)

var _ sitrep.TallyStore = (*DB)(nil)

// tallyQuery is the SQL of a tally: the columns of the rows it groups (over events
// e), the conditions a row must meet to take part, and the key columns (over those
// rows) it groups by. The same shape as the SQLite store's.
type tallyQuery struct {
	cols  []string // "expr AS name"
	where []string
	keys  []string // column names of the rows
	order []string // the keys in the tallies' order (sitrep.SortTallies)
	name  bool     // the rows carry an actor's name, k_name
	place bool     // the rows carry k_doc_seq and k_seq, for the place of the group's first event
	actor bool     // the rows are each event's two sides (TallyActor)
}

// dyadic is the condition that an event joins two different actors.
const dyadic = "e.source_code <> '' AND e.target_code <> '' AND e.source_code <> e.target_code"

// weekStart is the Monday of e.date's week (sitrep.WeekStart), empty where e.date
// is neither a full, valid date of year 1 or later nor a span of such days within
// one week ("2025-11-08/2025-11-09", counted in the week of its first day).
var weekStart = `CASE WHEN e.date ~ '^.{10}/.{10}$' THEN CASE WHEN ` + mondayOf("left(e.date, 10)") + ` <> '' AND ` +
	mondayOf("left(e.date, 10)") + ` = ` + mondayOf("substr(e.date, 12)") + ` AND substr(e.date, 12) > left(e.date, 10) THEN ` +
	mondayOf("left(e.date, 10)") + ` ELSE '' END ELSE ` + mondayOf("e.date") + ` END`

// mondayOf is the Monday of the week of the text x, empty where x is not a full,
// valid date of year 1 or later (the cast would fail on one, so it is checked
// first: the pattern, then the day against the month's length; CASE keeps the
// order).
func mondayOf(x string) string {
	return `(CASE WHEN ` + x + ` ~ '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$' AND left(` + x + `, 4) <> '0000' THEN
	CASE WHEN substr(` + x + `, 9, 2)::int <= extract(day FROM (left(` + x + `, 8) || '01')::date + interval '1 month' - interval '1 day')
	THEN to_char((` + x + `)::date - (extract(isodow FROM (` + x + `)::date)::int - 1), 'YYYY-MM-DD') ELSE '' END
	ELSE '' END)`
}

func newTallyQuery(by []sitrep.TallyKey) tallyQuery {
	q := tallyQuery{cols: []string{"e.quad AS k_quad", "e.goldstein AS k_goldstein", "e.date AS k_date_raw"}}
	col := func(expr, name string) {
		q.cols = append(q.cols, expr+" AS "+name)
		q.keys = append(q.keys, name)
		if !strings.HasPrefix(name, "k_p") {
			q.order = append(q.order, name+` COLLATE "C"`)
		}
	}
	for _, k := range by {
		switch k {
		case sitrep.TallyDyad:
			col("e.source_code", "k_source")
			col("e.target_code", "k_target")
			q.where = append(q.where, dyadic)
		case sitrep.TallyPair:
			// The code columns are C-collated: byte order, as Go compares.
			col("least(e.source_code, e.target_code)", "k_source")
			col("greatest(e.source_code, e.target_code)", "k_target")
			q.where = append(q.where, dyadic)
		case sitrep.TallyActor:
			q.actor, q.name = true, true
			q.keys = append(q.keys, "k_actor")
			q.order = append(q.order, `k_actor COLLATE "C"`)
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
			col("e.place_gid::text", "k_pgid")
			col("CASE WHEN e.place_gid = 0 THEN e.place_name ELSE '' END", "k_pname")
			q.cols = append(q.cols, "e.doc_seq AS k_doc_seq", "e.seq AS k_seq")
			// sitrep.PlaceKey.
			q.order = append(q.order, `(k_pcountry || ':' || CASE WHEN k_pgid = '0' THEN k_pname ELSE k_pgid END) COLLATE "C"`)
			q.place = true
			q.where = append(q.where, "e.place_country IS NOT NULL AND (e.place_lat <> 0 OR e.place_lon <> 0) AND "+
				"e.place_lat BETWEEN -90 AND 90 AND e.place_lon BETWEEN -180 AND 180")
		case sitrep.TallyCountry:
			col("e.place_country", "k_country")
			q.where = append(q.where, "e.place_country <> ''")
		case sitrep.TallyDay:
			col("e.date", "k_date")
		case sitrep.TallyWeek:
			col(weekStart, "k_date")
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
	rows, args := q.rows(f)
	group := slices.Clone(q.keys)
	if q.name {
		group = append(group, "k_name")
	}
	sel := slices.Clone(group)
	sel = append(sel, "count(*)", "count(*) FILTER (WHERE k_quad >= 3)", "sum(k_goldstein)::float8",
		"coalesce(min(nullif(k_date_raw, '')), '')", "coalesce(max(nullif(k_date_raw, '')), '')")
	if q.place {
		sel = append(sel, "min(ARRAY[k_doc_seq, k_seq]) AS ord")
	}
	stmt := "SELECT " + strings.Join(sel, ", ") + " FROM (" + rows + ") t GROUP BY " + strings.Join(group, ", ")
	if f.Limit > 0 && !q.name {
		// The page in the tallies' order (sitrep.SortTallies): text keys
		// compare as bytes.
		stmt += " ORDER BY count(*) DESC, " + strings.Join(q.order, ", ") +
			fmt.Sprintf(" LIMIT %d OFFSET %d", f.Limit, max(f.Offset, 0))
	}
	if q.place {
		// The place of the group's first event, from its columns.
		stmt = "SELECT g.*, x.place_name, x.place_country, x.place_lat, x.place_lon, x.place_gid FROM (" + stmt +
			") g JOIN events x ON x.doc_seq = g.ord[1] AND x.seq = g.ord[2]"
	}
	slog.DebugContext(ctx, "tally", "sql", stmt, "args", args)
	res, err := db.pool.Query(ctx, stmt, args...)
	if err != nil {
		return nil, fmt.Errorf("tally events: %w", err)
	}
	defer res.Close()
	merged := map[string]*mergedTally{}
	var order []string
	for res.Next() {
		keys := make([]string, len(q.keys))
		var name string
		var t sitrep.Tally
		var ord []int64
		var place sitrep.Place
		dest := make([]any, 0, len(sel)+1)
		for i := range keys {
			dest = append(dest, &keys[i])
		}
		if q.name {
			dest = append(dest, &name)
		}
		dest = append(dest, &t.Events, &t.Conflict, &t.Goldstein, &t.First, &t.Last)
		if q.place {
			dest = append(dest, &ord, &place.Name, &place.Country, &place.Lat, &place.Lon, &place.GeonameID)
		}
		if err := res.Scan(dest...); err != nil {
			return nil, fmt.Errorf("tally events: %w", err)
		}
		for i, k := range q.keys {
			switch k {
			case "k_source":
				t.Source = keys[i]
			case "k_target":
				t.Target = keys[i]
			case "k_actor":
				t.Actor = keys[i]
			case "k_country":
				t.Country = keys[i]
			case "k_date":
				t.Date = keys[i]
			case "k_root":
				t.Root = keys[i]
			case "k_outlet":
				t.Outlet = keys[i]
			}
		}
		key := strings.Join(keys, "\x00")
		g := merged[key]
		if g == nil {
			g = &mergedTally{t: t, names: map[string]int{}, ord: ord, place: place}
			g.t.Cooperation = t.Events - t.Conflict
			merged[key] = g
			order = append(order, key)
		} else {
			g.t.Events += t.Events
			g.t.Conflict += t.Conflict
			g.t.Cooperation += t.Events - t.Conflict
			g.t.Goldstein += t.Goldstein
			if t.First != "" && (g.t.First == "" || t.First < g.t.First) {
				g.t.First = t.First
			}
			g.t.Last = max(g.t.Last, t.Last)
			if slices.Compare(ord, g.ord) < 0 {
				g.ord, g.place = ord, place
			}
		}
		if name != "" {
			g.names[name] += t.Events
		}
	}
	if err := res.Err(); err != nil {
		return nil, fmt.Errorf("tally events: %w", err)
	}
	out := make([]sitrep.Tally, 0, len(order))
	for _, k := range order {
		g := merged[k]
		if q.name {
			g.t.Name = sitrep.Commonest(g.names)
		}
		if q.place {
			p := g.place
			g.t.Place = &p
		}
		out = append(out, g.t)
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
	rows, args := q.rows(f)
	stmt := "SELECT count(*), coalesce(sum(n), 0)::bigint FROM (SELECT count(*) AS n FROM (" + rows + ") t GROUP BY " + strings.Join(q.keys, ", ") + ") g"
	slog.DebugContext(ctx, "tally totals", "sql", stmt, "args", args)
	if err := db.pool.QueryRow(ctx, stmt, args...).Scan(&groups, &events); err != nil {
		return 0, 0, fmt.Errorf("tally totals: %w", err)
	}
	return groups, events, nil
}

// rows is the SQL of the rows a tally groups, with its arguments: the events f
// selects that have what the keys group by.
func (q tallyQuery) rows(f sitrep.EventFilter) (string, []any) {
	conds, args := eventWhere(f)
	conds = append(conds, q.where...)
	where := ""
	if len(conds) > 0 {
		where = " WHERE " + strings.Join(conds, " AND ")
	}
	if q.actor {
		// Both halves use the same parameters.
		half := func(side string) string {
			return "SELECT " + strings.Join(q.cols, ", ") + ", e." + side + "_code AS k_actor, e." + side + "_name AS k_name FROM events e" + where
		}
		return half("source") + " UNION ALL " + half("target"), args
	}
	return "SELECT " + strings.Join(q.cols, ", ") + " FROM events e" + where, args
}

// mergedTally is a group of a tally, merged from rows that differ in the actor's
// name.
type mergedTally struct {
	t     sitrep.Tally
	names map[string]int
	ord   []int64 // doc_seq and seq of the group's first event
	place sitrep.Place
}
