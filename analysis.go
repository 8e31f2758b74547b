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
	Quotes    []Quote
}

// EventFilter selects events. Zero values select everything; set fields combine with
// AND.
type EventFilter struct {
	Doc    string
	Actor  string // code prefix matched against source or target
	Source string // code prefix of the source (with Target: a directed dyad)
	Target string // code prefix of the target
	Root   string // CAMEO root ("06")
	CAMEO  string // CAMEO code prefix ("06", "062", "0621")
	PLOVER string // PLOVER type ("COOPERATE")
	Quad   int    // quad class 1..4
	Mode   string
	From   string // first date, inclusive ("2025-11-01"); events without a date are excluded
	To     string // last date, inclusive
	Outlet string
	// Country is an ISO3 code matched against the event's place.
	Country string
	// Query is a full-text query over the event's sentence.
	Query string
	// Sort is "date" or "-date" (newest first); the default is document order.
	Sort   string
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
	// Analysis returns the stored analysis of docID (ErrNotFound if there is none).
	Analysis(ctx context.Context, docID string) (*Analysis, error)
	Events(ctx context.Context, f EventFilter) ([]Event, error)
	// Actors summarises resolved mentions by code, most mentioned first.
	Actors(ctx context.Context) ([]Actor, error)
}
