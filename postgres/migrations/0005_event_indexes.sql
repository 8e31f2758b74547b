-- 0005: indexes that keep filtered event lists fast on large stores (issue 7); the
-- PostgreSQL twin of sqlite's 0006_event_indexes.sql.
--
-- Event lists are in document order (doc_seq, then seq) or in date order, and pages
-- are LIMIT/OFFSET slices of them. Each filter's index ends in the list order, so
-- that an equality filter reads its rows already in order and a page stops after
-- LIMIT + OFFSET entries; the planner, which has statistics here, chooses between
-- such an index, the order's own index (events_order) and a sort.
--
-- Each also INCLUDEs id: a page is found from (id, doc_seq, seq, date) alone and its
-- rows read by id afterwards, so an index-only scan can skip a deep OFFSET.
DROP INDEX events_order;
CREATE INDEX events_order ON events (doc_seq, seq) INCLUDE (id, date);
CREATE INDEX events_root ON events (root, doc_seq, seq) INCLUDE (id);
CREATE INDEX events_plover ON events (plover_type, doc_seq, seq) INCLUDE (id);
CREATE INDEX events_quad ON events (quad, doc_seq, seq) INCLUDE (id);
CREATE INDEX events_mode ON events (mode, doc_seq, seq) INCLUDE (id);
CREATE INDEX events_outlet ON events (outlet, doc_seq, seq) INCLUDE (id);
-- The country filter compares this exact expression.
CREATE INDEX events_country ON events ((place ->> 'country'), doc_seq, seq) INCLUDE (id);

-- Date order: undated events last in both directions. '' is the smallest string
-- (the column is C-collated), so "newest first" is plain date DESC; "oldest first"
-- needs the (date = '') key first. The descending index also serves date ranges,
-- which replaces events_date.
DROP INDEX events_date;
CREATE INDEX events_date_desc ON events (date DESC, doc_seq, seq) INCLUDE (id);
CREATE INDEX events_date_asc ON events ((date = ''), date, doc_seq, seq) INCLUDE (id);
