package sitrep

import "context"

// Analysis is everything the per-document stages derive from one document: its
// sentences, the actor mentions in them and the events coded from them. It is stored
// and replaced as a whole, so a document is never half-analysed in the store.
type Analysis struct {
	DocID     string
	Sentences []Sentence
	Mentions  []Mention
	Events    []Event
}

// EventFilter selects events. Zero values select everything.
type EventFilter struct {
	Doc    string
	Actor  string // code prefix matched against source or target
	Root   string // CAMEO root ("06")
	Mode   string
	Limit  int
	Offset int
}

// AnalysisStore keeps analyses and answers questions about them.
type AnalysisStore interface {
	// PutAnalysis replaces the stored analysis of a.DocID in one transaction.
	PutAnalysis(ctx context.Context, a *Analysis) error
	// Analyzed reports whether an analysis of docID is stored, so that an ingest
	// interrupted between storing a document and its analysis finishes the job on
	// the next run.
	Analyzed(ctx context.Context, docID string) (bool, error)
	Events(ctx context.Context, f EventFilter) ([]Event, error)
	// Actors summarises resolved mentions by code, most mentioned first.
	Actors(ctx context.Context) ([]Actor, error)
}
