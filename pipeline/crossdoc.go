package pipeline

import (
	"context"
	"errors"
	"fmt"
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
// docID was stored: it rebuilds the stories docID's events touch (and those of the
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
	for _, st := range claim.Stories(evs) {
		err := s.UpdateStory(ctx, st, func(events []claim.Ordered, docs []*sitrep.Document) []claim.Stored {
			return claim.BuildStory(st, events, docs, opts)
		})
		if err != nil {
			return fmt.Errorf("claims of story %s: %w", st.Key(), err)
		}
	}
	return s.SetClaimState(ctx, analysed)
}
