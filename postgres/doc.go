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
//
// Event lists page over the events' keys first (migration 0005 gives every filter an
// index that ends in the list order and INCLUDEs id, so that a page and its offset
// come from an index-only scan) and join the page's rows and document texts after.
// The planner chooses among those indexes from its statistics, except that a date
// range in document order is kept off the order's index: dates follow ingestion, so
// such a range's events lie together, often at the end of the walk. The text filter
// (q) is an ILIKE over every candidate sentence, which a trigram index serves
// (migration 0008, events_sentence_trgm, as events_fts in SQLite) where pg_trgm is
// available; where it is not, the migration applies without the index.
//
// Aggregates (TallyEvents) are one GROUP BY over the filtered events; see tally.go.
// Places are grouped by plain columns (migration 0010: the place's country, geonameid,
// name, lat and lon beside its JSON, with events_places covering them), not by the JSON.
package postgres
