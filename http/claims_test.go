package http

import (
	"testing"

	"github.com/sitrep-dev/sitrep"
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
