package http

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/claim"
	"github.com/sitrep-dev/sitrep/pipeline"
)

// maxClaimOffset bounds /api/claims paging: a page is cut after Counter, so the
// store reads the claims before it too.
const maxClaimOffset = 10000

// claims serves the stored claims: what `sitrep claims --format jsonl` prints, paged
// and filtered by status, story (an actor pair, "SYR|USA"), document, actor, outlet,
// dates and independent outlets. The filters apply to the claims after
// counter-attribution, as `sitrep claims` shows them.
func (s *Server) claims(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f := claim.Filter{Status: q.Get("status"), Story: q.Get("story"), Doc: q.Get("doc"),
		Actor: strings.ToUpper(q.Get("actor")), Outlet: q.Get("outlet"), From: q.Get("from"), To: q.Get("to")}
	switch f.Status {
	case "", sitrep.StatusCorroborated, sitrep.StatusSingleSource, sitrep.StatusContested:
	default:
		writeError(w, http.StatusBadRequest, "status %q: want corroborated, single-source or contested", f.Status)
		return
	}
	if f.Story != "" {
		if _, err := claim.ParseStory(f.Story); err != nil {
			writeError(w, http.StatusBadRequest, "%v", err)
			return
		}
	}
	for name, v := range map[string]string{"from": f.From, "to": f.To} {
		if _, err := time.Parse("2006-01-02", v); v != "" && err != nil {
			writeError(w, http.StatusBadRequest, "%s %q: want a date, 2016-08-17", name, v)
			return
		}
	}
	if v := q.Get("min_outlets"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			writeError(w, http.StatusBadRequest, "min_outlets %q: want a non-negative integer", v)
			return
		}
		f.MinOutlets = n
	}
	var err error
	if f.Limit, f.Offset, err = page(r, 100, 1000); err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	if f.Offset > maxClaimOffset {
		writeError(w, http.StatusBadRequest, "offset %d: at most %d", f.Offset, maxClaimOffset)
		return
	}
	claims, stale, err := s.claimPage(r.Context(), f)
	if err != nil {
		s.internal(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"claims": claims, "limit": f.Limit, "offset": f.Offset, "computed": stale != 0})
}

// claimPage returns the claims f selects after counter-attribution. A store that
// keeps claims up to date pages them itself (claim.Page: the page's claims and those
// counter-attribution links to them); otherwise, or while some documents' claims were
// never stored, they are computed from every event and the filters apply to the result.
func (s *Server) claimPage(ctx context.Context, f claim.Filter) ([]sitrep.Claim, int, error) {
	if l, ok := s.Store.(claim.Lister); ok {
		if r, ok := s.Store.(pipeline.ClaimReader); ok {
			ids, err := r.StaleClaimState(ctx)
			if err != nil {
				return nil, 0, err
			}
			if len(ids) == 0 {
				claims, err := claim.Page(ctx, l, f, pipeline.ClaimOptions())
				return claims, 0, err
			}
		}
	}
	all, stale, err := pipeline.Claims(ctx, s.Store, claim.Filter{})
	if err != nil {
		return nil, 0, err
	}
	evs, err := s.Store.Events(ctx, sitrep.EventFilter{})
	if err != nil {
		return nil, 0, err
	}
	claims := []sitrep.Claim{}
	for _, c := range claim.Counter(all, evs, pipeline.ClaimOptions()) {
		if f.Selects(c) {
			claims = append(claims, c)
		}
	}
	claims = claims[min(f.Offset, len(claims)):]
	return claims[:min(f.Limit, len(claims))], stale, nil
}

// frames serves the outlet × actor frames with their evidence, for actors whose code
// begins with actor, grouped by code or by country.
func (s *Server) frames(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	by := q.Get("by")
	if by == "" {
		by = "code"
	}
	if by != "code" && by != "country" {
		writeError(w, http.StatusBadRequest, "by %q: want code or country", by)
		return
	}
	frames, stale, err := pipeline.Frames(r.Context(), s.Store, by, strings.ToUpper(q.Get("actor")))
	if err != nil {
		s.internal(w, err)
		return
	}
	if outlet := q.Get("outlet"); outlet != "" {
		kept := frames[:0]
		for _, f := range frames {
			if f.Outlet == outlet {
				kept = append(kept, f)
			}
		}
		frames = kept
	}
	// Frames stored missing or by another tone scorer are recomputed, never served;
	// the header tells a client (and the body's stale) that the store wants
	// `sitrep frames --rebuild`, which the stored path would not cost.
	if stale > 0 {
		w.Header().Set(staleFramesHeader, strconv.Itoa(stale))
	}
	writeJSON(w, http.StatusOK, map[string]any{"frames": frames, "by": by, "computed": stale != 0, "stale": max(stale, 0)})
}

// staleFramesHeader carries how many analysed documents had no frames stored under
// this sitrep's frame.Version when /api/frames recomputed them.
const staleFramesHeader = "X-Sitrep-Stale-Frames"
