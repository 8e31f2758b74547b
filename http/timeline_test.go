package http

import (
	"context"
	"fmt"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/sqlite"
	"github.com/sitrep-dev/sitrep/storetest"
)

// timelineDyad is a hand-built dyad for the timeline: events in both directions,
// some on the same day, two in one week, undated ones, and events of other dyads
// that must not be counted. Each event is its own document so that document order
// differs from date order.
var timelineDyad = []struct {
	src, tgt, date string
	quad           int
	goldstein      float64
}{
	{"USAGOV", "RUSGOV", "2025-03-05", 1, 3},   // Wednesday: week of 03-03
	{"RUSGOV", "USAGOV", "2025-03-03", 4, -10}, // Monday, same week
	{"RUSGOV", "USAGOV", "2025-03-05", 3, -4},  // same day as the first, other way
	{"USAGOV", "RUSGOV", "", 2, 1},             // undated
	{"USAGOV", "RUSGOV", "2025-02-28", 4, -9},  // the week before
	{"USAGOV", "CHNGOV", "2025-03-04", 1, 2},   // another dyad
	{"RUSGOV", "USAGOV", "2025-03-10", 1, 5},
	{"RUSGOV", "USAGOV", "", 4, -7},           // undated, other way
	{"CHNGOV", "RUSGOV", "2025-03-05", 4, -5}, // another dyad
}

func newTimelineServer(t *testing.T) *httptest.Server {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "timeline.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	for i, e := range timelineDyad {
		text := fmt.Sprintf("Report %d.", i)
		d := &sitrep.Document{ID: fmt.Sprintf("tl%d", i), Title: text, Outlet: "test", Language: "en",
			Status: sitrep.StatusOK, Text: text, Paragraphs: []sitrep.Paragraph{{Span: sitrep.Span{End: len(text)}}},
			Hash: storetest.HashText(text), Fingerprint: storetest.SimHash(text), Format: "txt",
			IngestedAt: time.Date(2026, 1, 1, 0, i, 0, 0, time.UTC)}
		res, err := db.PutDocument(ctx, d)
		if err != nil {
			t.Fatal(err)
		}
		a := &sitrep.Analysis{DocID: res.ID, Events: []sitrep.Event{{
			Source: sitrep.EventActor{Code: e.src}, Target: sitrep.EventActor{Code: e.tgt},
			CAMEO: "010", Root: "01", Quad: e.quad, Goldstein: e.goldstein, Date: e.date,
		}}}
		if err := db.PutAnalysis(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	srv := httptest.NewServer((&Server{Store: db}).Handler())
	t.Cleanup(srv.Close)
	return srv
}

type timelineResp struct {
	Step     string
	Timeline []timelinePoint
	Total    timelinePoint
	Events   []struct{ ID, Date string }
	Limit    int
	Offset   int
}

func TestTimeline(t *testing.T) {
	srv := newTimelineServer(t)
	// What the Go definition gives: the dyad's events in either direction, by day
	// and by the Monday of their week ("" for undated).
	want := map[string]map[string]timelinePoint{"day": {}, "week": {}}
	var total timelinePoint
	var dates []string // the dyad's events' dates, in date order below
	for _, e := range timelineDyad {
		if !(e.src == "USAGOV" && e.tgt == "RUSGOV" || e.src == "RUSGOV" && e.tgt == "USAGOV") {
			continue
		}
		dates = append(dates, e.date)
		week := ""
		if d, err := time.Parse(time.DateOnly, e.date); err == nil {
			week = d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7)).Format(time.DateOnly)
		}
		for step, date := range map[string]string{"day": e.date, "week": week} {
			p := want[step][date]
			p.Date = date
			add(&p, e.quad, e.goldstein)
			want[step][date] = p
		}
		add(&total, e.quad, e.goldstein)
	}
	for _, c := range []struct{ path, step string }{
		{"/api/dyads/USAGOV/RUSGOV/timeline", "week"},
		{"/api/dyads/RUSGOV/USAGOV/timeline?step=week", "week"},
		{"/api/dyads/USAGOV/RUSGOV/timeline?step=day", "day"},
	} {
		var got timelineResp
		get(t, srv, c.path, 200, &got)
		if got.Step != c.step {
			t.Errorf("%s: step %q, want %q", c.path, got.Step, c.step)
		}
		if len(got.Timeline) != len(want[c.step]) {
			t.Errorf("%s: %d points, want %d: %+v", c.path, len(got.Timeline), len(want[c.step]), got.Timeline)
		}
		for i, p := range got.Timeline {
			if i > 0 && got.Timeline[i-1].Date >= p.Date {
				t.Errorf("%s: points out of date order: %+v", c.path, got.Timeline)
			}
			if p != want[c.step][p.Date] {
				t.Errorf("%s: point %+v, want %+v", c.path, p, want[c.step][p.Date])
			}
		}
		if got.Total != total {
			t.Errorf("%s: total %+v, want %+v", c.path, got.Total, total)
		}
		if len(got.Events) != len(dates) || got.Limit != 100 || got.Offset != 0 {
			t.Errorf("%s: %d events (limit %d offset %d), want all %d", c.path, len(got.Events), got.Limit, got.Offset, len(dates))
		}
	}

	// Pages of one event, both directions merged: each event once, dated ones in
	// date order, undated ones last.
	var all timelineResp
	get(t, srv, "/api/dyads/USAGOV/RUSGOV/timeline", 200, &all)
	seen := map[string]bool{}
	for i := range len(dates) + 1 {
		var p timelineResp
		get(t, srv, fmt.Sprintf("/api/dyads/USAGOV/RUSGOV/timeline?limit=1&offset=%d", i), 200, &p)
		if i == len(dates) {
			if len(p.Events) != 0 {
				t.Errorf("offset %d past the end: %+v", i, p.Events)
			}
			continue
		}
		if len(p.Events) != 1 || p.Events[0] != all.Events[i] {
			t.Fatalf("offset %d: %+v, want %+v", i, p.Events, all.Events[i])
		}
		seen[p.Events[0].ID] = true
	}
	if len(seen) != len(dates) {
		t.Errorf("pages gave %d distinct events, want %d", len(seen), len(dates))
	}
	for i := 1; i < len(all.Events); i++ {
		x, y := all.Events[i-1].Date, all.Events[i].Date
		if x == "" && y != "" || x != "" && y != "" && x > y {
			t.Errorf("events out of date order (undated last): %+v", all.Events)
		}
	}

	// One direction only (a prefix that matches no reverse events), and a pair of
	// one actor with itself, which has no events here.
	var one timelineResp
	get(t, srv, "/api/dyads/CHN/RUSGOV/timeline?limit=1&offset=0", 200, &one)
	if one.Total.Events != 1 || len(one.Events) != 1 {
		t.Errorf("CHN/RUSGOV: %+v", one)
	}
	var self timelineResp
	get(t, srv, "/api/dyads/USAGOV/USAGOV/timeline", 200, &self)
	if self.Total.Events != 0 || len(self.Events) != 0 || self.Timeline == nil {
		t.Errorf("USAGOV/USAGOV: %+v", self)
	}

	for _, bad := range []string{"step=month", "limit=0", "offset=-1", "limit=x"} {
		get(t, srv, "/api/dyads/USAGOV/RUSGOV/timeline?"+bad, 400, nil)
	}
}

// add counts one event in p as the timeline does: quad classes 3 and 4 are conflict.
func add(p *timelinePoint, quad int, goldstein float64) {
	p.Events++
	p.Goldstein += goldstein
	if quad >= 3 {
		p.Conflict++
	} else {
		p.Cooperation++
	}
}
