package pipeline

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/claim"
	"github.com/sitrep-dev/sitrep/event/codebook"
	"github.com/sitrep-dev/sitrep/frame"
)

// CrossDocStore is a store that keeps claims and frames up to date as documents
// arrive (package sqlite and package postgres).
type CrossDocStore interface {
	sitrep.DocumentStore
	claim.Store
	frame.Store
	// SetClaimState records that the claims and frames of docIDs reflect their
	// stored analyses.
	SetClaimState(ctx context.Context, docIDs []string) error
	// StaleClaimState lists the analysed documents whose claims and frames were
	// never computed (a store filled by an older sitrep, or an update cut short).
	StaleClaimState(ctx context.Context) ([]string, error)
	// StaleFrameState lists the analysed documents whose frames were not stored
	// under frame version version: never computed, or by a sitrep whose tone
	// scorer differs (frame.Version).
	StaleFrameState(ctx context.Context, version int) ([]string, error)
	// ResetClaimState forgets every stored claim and frame contribution.
	ResetClaimState(ctx context.Context) error
}

// CAMEOLabel names CAMEO codes for claim summaries ("040" → "consult"); nil when the
// codebook cannot be read, which leaves codes in summaries.
var CAMEOLabel = sync.OnceValue(func() func(string) string {
	book, err := codebook.Default()
	if err != nil {
		return nil
	}
	return func(code string) string {
		c, ok := book.Lookup(code)
		if !ok {
			return ""
		}
		return c.Name
	}
})

// ClaimOptions are the claim options every writer and reader of stored claims uses,
// so that a rebuild gives what the incremental updates stored.
func ClaimOptions() claim.Options { return claim.Options{Label: CAMEOLabel()} }

// UpdateCrossDoc brings the stored claims and frames up to date after the analysis of
// docID was stored: it rebuilds the claim parts docID's events touch (and those of the
// documents it now is the original of) and replaces docID's share of the frames. A
// store that keeps no claims is left alone. Calling it twice for a document, or from
// two workers at once, counts the document once.
func UpdateCrossDoc(ctx context.Context, store any, docID string) error {
	s, ok := store.(CrossDocStore)
	if !ok {
		return nil
	}
	if _, err := claim.Update(ctx, s, []string{docID}, ClaimOptions()); err != nil {
		return err
	}
	lex, err := frame.Default()
	if err != nil {
		return fmt.Errorf("frames: %w", err)
	}
	if err := frame.Update(ctx, s, lex, docID); err != nil {
		return err
	}
	return s.SetClaimState(ctx, []string{docID})
}

// RebuildCrossDoc recomputes every stored claim and frame contribution from the
// stored events and analyses: for a store filled before claims were stored, or after
// the claim or frame rules changed.
func RebuildCrossDoc(ctx context.Context, s CrossDocStore) error {
	if err := s.ResetClaimState(ctx); err != nil {
		return err
	}
	lex, err := frame.Default()
	if err != nil {
		return fmt.Errorf("frames: %w", err)
	}
	docs, err := s.Documents(ctx, sitrep.DocumentFilter{})
	if err != nil {
		return err
	}
	var analysed []string
	for _, d := range docs {
		if err := frame.Update(ctx, s, lex, d.ID); err != nil {
			return err
		}
		if _, err := s.Analysis(ctx, d.ID); err == nil {
			analysed = append(analysed, d.ID)
		} else if !errors.Is(err, sitrep.ErrNotFound) {
			return err
		}
	}
	evs, err := s.Events(ctx, sitrep.EventFilter{})
	if err != nil {
		return err
	}
	opts := ClaimOptions()
	for _, p := range claim.Parts(evs) {
		if err := s.UpdatePart(ctx, p, claim.PartBuilder(p, opts)); err != nil {
			return fmt.Errorf("claims of part %s: %w", p.Key(), err)
		}
	}
	return s.SetClaimState(ctx, analysed)
}

// ClaimReader is a store that can list what UpdateCrossDoc stored.
type ClaimReader interface {
	CrossDocStore
	Claims(ctx context.Context, f claim.Filter) ([]sitrep.Claim, error)
	FrameContributions(ctx context.Context, grouping, actorPrefix string) ([]frame.Contribution, error)
}

// fullStore is what a recomputation from scratch reads.
type fullStore interface {
	sitrep.DocumentStore
	sitrep.AnalysisStore
}

// Claims returns the claims f selects as stored. When the store keeps no claims, or
// some analysed documents have none stored (a store filled by an older sitrep), it
// computes them from the stored events instead, as a rebuild would, and stale says
// for how many documents claims were missing (-1 for a store that keeps none).
func Claims(ctx context.Context, s fullStore, f claim.Filter) (claims []sitrep.Claim, stale int, err error) {
	if r, ok := s.(ClaimReader); ok {
		ids, err := r.StaleClaimState(ctx)
		if err != nil {
			return nil, 0, err
		}
		if len(ids) == 0 {
			c, err := r.Claims(ctx, f)
			return c, 0, err
		}
		stale = len(ids)
	} else {
		stale = -1
	}
	docs, err := s.Documents(ctx, sitrep.DocumentFilter{})
	if err != nil {
		return nil, 0, err
	}
	evs, err := s.Events(ctx, sitrep.EventFilter{})
	if err != nil {
		return nil, 0, err
	}
	claims = []sitrep.Claim{}
	for _, c := range claim.BuildAll(claim.InOrder(evs), docs, ClaimOptions()) {
		if f.Status != "" && c.Status != f.Status || f.Story != "" && c.StoryKey != f.Story || f.Doc != "" && !reports(c.Claim, f.Doc) {
			continue
		}
		claims = append(claims, c.Claim)
	}
	if f.Offset > 0 {
		claims = claims[min(f.Offset, len(claims)):]
	}
	if f.Limit > 0 && len(claims) > f.Limit {
		claims = claims[:f.Limit]
	}
	return claims, stale, nil
}

func reports(c sitrep.Claim, doc string) bool {
	for _, p := range c.Positions {
		if p.Doc == doc && p.Stance != sitrep.StanceOmits {
			return true
		}
	}
	return false
}

// Frames returns the outlet × actor frames of a grouping ("code" or "country") for
// the actors whose code begins with actorPrefix, from the stored contributions; like
// Claims it recomputes them from the analyses when some are missing, and also when
// some were stored under another frame.Version (an older tone scorer): stale is then
// how many documents' stored frames could not be used (-1 for a store that keeps
// none). Old scores are never served.
func Frames(ctx context.Context, s fullStore, grouping, actorPrefix string) (frames []sitrep.Frame, stale int, err error) {
	group, err := frame.GroupFunc(grouping)
	if err != nil {
		return nil, 0, err
	}
	if r, ok := s.(ClaimReader); ok {
		ids, err := r.StaleFrameState(ctx, frame.Version)
		if err != nil {
			return nil, 0, err
		}
		if len(ids) == 0 {
			cs, err := r.FrameContributions(ctx, grouping, actorPrefix)
			if err != nil {
				return nil, 0, err
			}
			return frame.Merge(cs), 0, nil
		}
		stale = len(ids)
	} else {
		stale = -1
	}
	lex, err := frame.Default()
	if err != nil {
		return nil, 0, fmt.Errorf("frames: %w", err)
	}
	docs, err := s.Documents(ctx, sitrep.DocumentFilter{})
	if err != nil {
		return nil, 0, err
	}
	analyses := map[string]*sitrep.Analysis{}
	for _, d := range docs {
		a, err := s.Analysis(ctx, d.ID)
		if errors.Is(err, sitrep.ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, 0, err
		}
		analyses[d.ID] = a
	}
	frames = []sitrep.Frame{}
	for _, f := range frame.Build(lex, docs, analyses, frame.Options{Group: group}) {
		if strings.HasPrefix(f.Actor, actorPrefix) {
			frames = append(frames, f)
		}
	}
	return frames, stale, nil
}
