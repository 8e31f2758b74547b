// Package postgres is a sitrep store on a PostgreSQL server: the same
// sitrep.DocumentStore and sitrep.AnalysisStore as package sqlite, for deployments
// where many workers write at once.
//
// It behaves like the SQLite store (the storetest suite runs against both): documents
// are identified by content hash, ids that collide are suffixed "~2", "~3", …,
// near-duplicates are linked through four indexed 16-bit bands of the SimHash, and
// an analysis is replaced whole. What differs is how concurrency is made safe: SQLite
// has one writer, so a lookup followed by an insert cannot race; here the UNIQUE
// constraints decide, every insert is ON CONFLICT DO NOTHING, and a lost race is
// retried or reported as the existing document.
//
// Full-text search uses a generated tsvector column with a GIN index; snippets come
// from ts_headline with the same «…» marks as the SQLite store.
package postgres
