// Package sqlite is sitrep's embedded store: a sitrep.DocumentStore on one SQLite
// file, through the pure-Go driver modernc.org/sqlite (no cgo, so the sitrep binary
// stays a single static file).
//
// # Connections
//
// A DB holds two pools on the same file. The writer pool has exactly one connection
// and begins every transaction with BEGIN IMMEDIATE: writers queue in Go instead of
// spinning on SQLITE_BUSY, and a transaction that reads before it writes (PutDocument
// checks the hash, then inserts) can never fail to upgrade its lock. The reader pool
// has several query-only connections; in WAL mode they read a consistent snapshot
// while the writer commits. busy_timeout covers the remaining contention, which is
// another process writing the same file.
//
// # Schema
//
// The schema is a sequence of numbered SQL files in migrations/, embedded in the
// binary and applied in order, each in its own transaction that also records it in
// schema_migrations. A store written by a newer sitrep (one with a migration this
// binary does not know) is refused with ErrSchemaTooNew rather than used half-blind.
// Never edit a released migration: add the next number.
//
//   - 0001_documents.sql: documents, ordered by ingestion (seq), identified by id,
//     unique by content hash; the SimHash fingerprint and its four 16-bit bands,
//     indexed for near-duplicate lookup; an external-content FTS5 index over title and
//     text kept in sync by triggers.
//   - 0002_stages.sql: sentences, mentions, events, claims and claim_positions, keyed
//     by document, for the stages after ingest to fill. Nested values are JSON.
//   - 0003_watchlist.sql: the analyst's watchlist of actor pairs.
//   - 0006_event_indexes.sql: events.doc_seq (the document's seq, so that event
//     lists sort and page in document order from an index), an index per event
//     filter ending in doc_seq, indexes for both date orders, and events_fts, a
//     trigram index over event sentences for the text filter.
//
// # Events
//
// Events pages in two steps: the page's rowids, then their rows and, once per
// document, the texts that CharSpan needs. eventPage picks how to find the rowids:
// walk the list order's index and filter, or read a condition's matches from its
// index and sort them. It decides from counts of each condition's rows, because a
// new store has no planner statistics and dates cluster in ingestion order; the
// plans give identical pages (TestEventPagePlans) and differ only in work
// (BenchmarkAPI in package http measures them on 100,000 events).
//   - 0004_quotes.sql: quotes (sitrep.Quote), replaced with their document's
//     analysis; the speaker's code is indexed for the speaker filter.
//   - 0005_claim_state.sql: claims kept up to date story by story (story, order
//     columns and the whole claim as JSON), frame_contributions (each document's share
//     of every outlet × actor frame) and claim_state (documents whose claims and frames
//     are current); see claims.go.
//   - 0007_quote_spans.sql: the byte spans of a quote's speaker and speech verb.
//   - 0008_event_tally_index.sql: events_tally, a covering index of the columns that
//     TallyEvents reads, so that an unfiltered tally scans it instead of the events.
//   - 0009_story_coverage.sql: story_coverage, the documents covering each story, from
//     which readers derived each claim's omissions; claim bodies no longer hold them,
//     so a new article does not rewrite its story's every claim (dropped by 0011).
//   - 0010_event_places.sql: an event's place fields (country, geonameid, name, lat,
//     lon) as columns beside its place JSON, backfilled from it, and events_places, a
//     covering index led by the place's key, which the place and country tallies read.
//   - 0011_claim_parts.sql: claims kept up to date part by part (a CAMEO root and
//     an actor pair: claims.part, events_part for reading a part's events) and a
//     window of a part at a time (members, anchor_from/until, exposed_until,
//     reach_from; claims_window, claims_exposed; see claim/window.go), with the
//     dates their stories are derived from (date_from, date_until); story_coverage
//     dropped, since readers derive stories and omissions from a pair's stored claims
//     (claim.Finish); claims stored before are dropped with the claim state, to be
//     rebuilt.
//   - 0012_frame_roles.sql: frame contributions count events by the actor's role
//     (cooperation_by, conflict_by, cooperation_on, conflict_on) and claim_state
//     records the frame.Version each document's frames were stored under
//     (frame_version, 0 before): frames of another version are stale
//     (StaleFrameState) and readers recompute them until a rebuild.
//   - 0013_claim_filters.sql: the claim event's source, target, date, CAMEO root and
//     target prefix as virtual columns generated from the event JSON, indexed for the
//     /api/claims filters and for the claims Counter could join with a page's
//     (claim.Page; ListClaims, CounterCandidates).
//   - 0014_undated_local.sql: claims.pooled and its index dropped, since an undated
//     record now holds the undated reports of about a month (claim.Build) and is
//     windowed like a dated one (claim/window.go); claims stored under the old
//     grouping are dropped with the claim state, to be rebuilt.
//   - 0015_days_apart.sql: no column changes; claims stored under the grouping
//     before stop 28's rules (own days a day apart, saying days as horizons, years
//     apart from days, Counter's vetoes: claim/apart.go, apart2.go) are dropped with
//     the claim state, to be rebuilt.
//
// # Documents
//
// PutDocument stores a document in one transaction. The content hash is the
// identity: storing the same text again is a no-op that reports the existing id. An id
// already taken by different text is disambiguated with a "~N" suffix. A document
// whose fingerprint is close to a stored one's is stored too, linked to the earliest
// copy through DuplicateOf; see PutDocument for the rule.
//
// Search runs an FTS5 query built from the user's words (see Search for the syntax)
// and returns bm25-ranked hits with snippets that mark matches with « and ».
package sqlite
