package http

import (
	"context"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"reflect"
	"strconv"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/claim"
	"github.com/sitrep-dev/sitrep/pipeline"
)

// TestClaimsAndFrames reads the claims and frames the example ingest stored, and
// checks the filters against the unfiltered lists.
func TestClaimsAndFrames(t *testing.T) {
	srv := newServer(t, "")
	type claimsPage struct {
		Claims   []sitrep.Claim `json:"claims"`
		Computed bool           `json:"computed"`
	}
	var all claimsPage
	get(t, srv, "/api/claims?limit=1000", 200, &all)
	if len(all.Claims) == 0 || all.Computed {
		t.Fatalf("%d claims, computed %v: want stored claims", len(all.Claims), all.Computed)
	}
	for i := 1; i < len(all.Claims); i++ {
		if all.Claims[i].IndependentOutlets > all.Claims[i-1].IndependentOutlets {
			t.Errorf("claims not listed by independent outlets, most first")
		}
	}
	var single claimsPage
	get(t, srv, "/api/claims?status=single-source&limit=1000", 200, &single)
	n := 0
	for _, c := range all.Claims {
		if c.Status == sitrep.StatusSingleSource {
			n++
		}
	}
	if len(single.Claims) != n {
		t.Errorf("status=single-source: %d claims, want %d", len(single.Claims), n)
	}
	doc := all.Claims[0].Positions[0].Doc
	var byDoc claimsPage
	get(t, srv, "/api/claims?doc="+doc, 200, &byDoc)
	for _, c := range byDoc.Claims {
		found := false
		for _, p := range c.Positions {
			found = found || p.Doc == doc && p.Stance != sitrep.StanceOmits
		}
		if !found {
			t.Errorf("doc=%s: claim %s does not rest on it", doc, c.ID)
		}
	}
	if len(byDoc.Claims) == 0 {
		t.Errorf("doc=%s: no claim", doc)
	}
	var paged claimsPage
	get(t, srv, "/api/claims?limit=1&offset=1", 200, &paged)
	if len(all.Claims) > 1 && (len(paged.Claims) != 1 || paged.Claims[0].ID != all.Claims[1].ID) {
		t.Errorf("limit=1&offset=1 gave %d claims", len(paged.Claims))
	}
	get(t, srv, "/api/claims?status=true", 400, nil)
	get(t, srv, "/api/claims?story=SYR", 400, nil)

	var frames struct {
		Frames []sitrep.Frame `json:"frames"`
		By     string         `json:"by"`
	}
	get(t, srv, "/api/frames?by=country&actor=irq", 200, &frames)
	if len(frames.Frames) == 0 || frames.By != "country" {
		t.Fatalf("no IRQ frame by country: %+v", frames)
	}
	for _, f := range frames.Frames {
		if f.Actor != "IRQ" {
			t.Errorf("actor=irq by country gave actor %s", f.Actor)
		}
	}
	get(t, srv, "/api/frames?by=outlet", 400, nil)
}

// TestClaimFilters holds each /api/claims query to the claims Counter gives over the
// whole store, filtered and paged in Go: the handler must read every parameter and
// the store's page must be that page.
func TestClaimFilters(t *testing.T) {
	ctx := context.Background()
	db, an := storylineStore(t, filepath.Join(t.TempDir(), "api.db"))
	srv := httptest.NewServer((&Server{Store: db, Analyzer: an}).Handler())
	t.Cleanup(srv.Close)
	all, _, err := pipeline.Claims(ctx, db, claim.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	evs, err := db.Events(ctx, sitrep.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	ref := claim.Counter(all, evs, pipeline.ClaimOptions())
	if len(ref) < 5 {
		t.Fatalf("%d claims in the example store: too few to check filters", len(ref))
	}
	// Values taken from the store, so that each filter selects something.
	c := ref[0]
	var outlet, date string
	for _, p := range c.Positions {
		if p.Stance != sitrep.StanceOmits && p.Outlet != "" {
			outlet = p.Outlet
		}
	}
	for _, c := range ref {
		if len(c.Event.Date) == 10 {
			date = c.Event.Date
			break
		}
	}
	for _, tc := range []struct {
		query string
		f     claim.Filter
	}{
		{"actor=" + c.Event.Source[:3], claim.Filter{Actor: c.Event.Source[:3]}},
		{"actor=" + url.QueryEscape(c.Event.Target), claim.Filter{Actor: c.Event.Target}},
		{"outlet=" + url.QueryEscape(outlet), claim.Filter{Outlet: outlet}},
		{"from=" + date, claim.Filter{From: date}},
		{"to=" + date, claim.Filter{To: date}},
		{"from=" + date + "&to=" + date, claim.Filter{From: date, To: date}},
		{"min_outlets=" + strconv.Itoa(c.IndependentOutlets), claim.Filter{MinOutlets: c.IndependentOutlets}},
		{"min_outlets=1&limit=2&offset=1", claim.Filter{MinOutlets: 1, Limit: 2, Offset: 1}},
		{"status=single-source&outlet=" + url.QueryEscape(outlet), claim.Filter{Status: sitrep.StatusSingleSource, Outlet: outlet}},
	} {
		f := tc.f
		var want []sitrep.Claim
		for _, c := range ref {
			if f.Selects(c) {
				want = append(want, c)
			}
		}
		if len(want) == 0 {
			t.Errorf("%s selects nothing in the example store: the check proves nothing", tc.query)
		}
		want = want[min(f.Offset, len(want)):]
		if f.Limit > 0 {
			want = want[:min(f.Limit, len(want))]
		}
		var got struct {
			Claims []sitrep.Claim `json:"claims"`
		}
		path := "/api/claims?limit=1000&" + tc.query
		if tc.f.Limit > 0 {
			path = "/api/claims?" + tc.query
		}
		get(t, srv, path, 200, &got)
		if len(got.Claims)+len(want) > 0 && !reflect.DeepEqual(got.Claims, want) {
			t.Errorf("%s: %d claims, want %d", tc.query, len(got.Claims), len(want))
		}
	}
	for _, bad := range []string{"from=2016-13-01", "to=August", "min_outlets=-1", "min_outlets=x",
		"offset=" + strconv.Itoa(maxClaimOffset+1)} {
		get(t, srv, "/api/claims?"+bad, 400, nil)
	}
}
