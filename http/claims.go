package http

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/claim"
	"github.com/sitrep-dev/sitrep/pipeline"
)

// claims serves the stored claims: what `sitrep claims --format jsonl` prints, paged
// and filtered by status, story (an actor pair, "SYR|USA") or document.
func (s *Server) claims(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f := claim.Filter{Status: q.Get("status"), Story: q.Get("story"), Doc: q.Get("doc")}
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
	var err error
	if f.Limit, f.Offset, err = page(r, 100, 1000); err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	// Counter-attributions join claims of different stories, which are stored
	// apart: as `sitrep claims` does, they are found over all the stored claims,
	// and the filters and the page apply to the result.
	all, stale, err := pipeline.Claims(r.Context(), s.Store, claim.Filter{})
	if err != nil {
		s.internal(w, err)
		return
	}
	evs, err := s.Store.Events(r.Context(), sitrep.EventFilter{})
	if err != nil {
		s.internal(w, err)
		return
	}
	claims := []sitrep.Claim{}
	for _, c := range claim.Counter(all, evs, pipeline.ClaimOptions()) {
		if f.Status != "" && c.Status != f.Status || f.Story != "" && storyKey(c) != f.Story || f.Doc != "" && !reports(c, f.Doc) {
			continue
		}
		claims = append(claims, c)
	}
	claims = claims[min(f.Offset, len(claims)):]
	claims = claims[:min(f.Limit, len(claims))]
	writeJSON(w, http.StatusOK, map[string]any{"claims": claims, "limit": f.Limit, "offset": f.Offset, "computed": stale != 0})
}

// storyKey is the story (actor pair) a claim belongs to, as the story filter names it.
func storyKey(c sitrep.Claim) string {
	st, _ := claim.StoryOf(sitrep.Event{Source: sitrep.EventActor{Code: c.Event.Source}, Target: sitrep.EventActor{Code: c.Event.Target}})
	return st.Key()
}

// reports says whether the document doc asserts, attributes or contradicts c.
func reports(c sitrep.Claim, doc string) bool {
	for _, p := range c.Positions {
		if p.Doc == doc && p.Stance != sitrep.StanceOmits {
			return true
		}
	}
	return false
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
