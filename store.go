package sitrep

import (
	"context"
	"errors"
)

// ErrNotFound is returned by stores when a requested record does not exist.
var ErrNotFound = errors.New("not found")

// DocumentFilter selects documents from a Store. Zero values select everything.
type DocumentFilter struct {
	IDs    []string
	Outlet string
	Status string
	Limit  int
	Offset int
}

// SearchHit is one full-text search result.
type SearchHit struct {
	DocID   string  `json:"doc"`
	Title   string  `json:"title,omitempty"`
	Outlet  string  `json:"outlet,omitempty"`
	Snippet string  `json:"snippet"`
	Rank    float64 `json:"rank"`
}

// PutResult says what storing a document did.
type PutResult struct {
	// Created is false when a document with the same hash was already stored; the
	// store is then unchanged.
	Created bool
	// ID is the stored document's id: the existing one's when Created is false.
	ID string
	// DuplicateOf is set when the new document was linked as a near-duplicate.
	DuplicateOf string
	// Supersedes names the stored document that the new one predates and that is
	// now linked to it as its copy (the new document being the original).
	Supersedes string
}

// DocumentStore keeps documents. Implementations store each document in one
// transaction, so an interrupted ingest leaves every committed document whole.
type DocumentStore interface {
	// PutDocument stores d unless a document with the same Hash exists. It finds
	// near-duplicates among stored documents by Fingerprint and, when one is close
	// enough, sets d.DuplicateOf before storing.
	PutDocument(ctx context.Context, d *Document) (PutResult, error)
	Document(ctx context.Context, id string) (*Document, error)
	Documents(ctx context.Context, f DocumentFilter) ([]*Document, error)
	Search(ctx context.Context, query string, limit int) ([]SearchHit, error)
	Close() error
}
