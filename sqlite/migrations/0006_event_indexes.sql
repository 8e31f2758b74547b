-- 0006: indexes that keep filtered event lists fast on large stores (issue 7: the
-- workbench's /api/events at p99 ≤ 50 ms on 100,000 events).
--
-- Event lists are in document order (documents.seq), then in coding order (rowid).
-- Sorting by a column of another table means joining documents for every candidate
-- row and sorting them all even for the first page, so events keep a copy of the
-- document's seq, as the PostgreSQL store does. A document's seq never changes, and
-- PutAnalysis fills doc_seq for every event it inserts.
ALTER TABLE events ADD COLUMN doc_seq INTEGER NOT NULL DEFAULT 0;
UPDATE events SET doc_seq = (SELECT d.seq FROM documents d WHERE d.id = events.doc_id);

-- Every index below ends with doc_seq (and, implicitly, rowid), so that an
-- equality filter reads its rows already in list order and a page stops after
-- LIMIT + OFFSET entries instead of sorting every match.
CREATE INDEX events_order ON events (doc_seq);

-- Actor prefixes are ranges over the code columns; "actor" matches either side, which
-- SQLite answers with one range per index (a multi-index OR). With doc_seq in the
-- index neither range reads the table to sort its matches.
DROP INDEX events_dyad;
CREATE INDEX events_dyad ON events (source_code, target_code, doc_seq);
CREATE INDEX events_target ON events (target_code, doc_seq);

-- CAMEO codes are prefixes too ("19", "190", "1904").
DROP INDEX events_cameo;
CREATE INDEX events_cameo ON events (cameo, doc_seq);

CREATE INDEX events_root ON events (root, doc_seq);
CREATE INDEX events_plover ON events (plover_type, doc_seq);
CREATE INDEX events_quad ON events (quad, doc_seq);
CREATE INDEX events_mode ON events (mode, doc_seq);
CREATE INDEX events_outlet ON events (outlet, doc_seq);
-- The country filter compares this exact expression, which the index stores.
CREATE INDEX events_country ON events (json_extract(place, '$.country'), doc_seq);

-- Date order: undated events last in both directions. '' is the smallest string, so
-- "newest first" is plain date DESC; "oldest first" needs the (date = '') key first.
-- The descending index also serves date ranges, which replaces events_date.
DROP INDEX events_date;
CREATE INDEX events_date_desc ON events (date DESC, doc_seq);
CREATE INDEX events_date_asc ON events (date = '', date, doc_seq);

-- The text filter (q) is a substring of the sentence, matched without regard to ASCII
-- case (LIKE). A trigram index answers substrings of three characters or more: its
-- matches (case folded by Unicode rules, so never fewer) are checked with the same
-- LIKE, and shorter queries use LIKE alone. It is an external-content index over
-- events, kept in step by triggers like documents_fts.
CREATE VIRTUAL TABLE events_fts USING fts5 (
    sentence,
    content = 'events',
    tokenize = 'trigram'
);
INSERT INTO events_fts (events_fts) VALUES ('rebuild');

CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
    INSERT INTO events_fts (rowid, sentence) VALUES (new.rowid, new.sentence);
END;

CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
    INSERT INTO events_fts (events_fts, rowid, sentence) VALUES ('delete', old.rowid, old.sentence);
END;

CREATE TRIGGER events_fts_update AFTER UPDATE OF sentence ON events BEGIN
    INSERT INTO events_fts (events_fts, rowid, sentence) VALUES ('delete', old.rowid, old.sentence);
    INSERT INTO events_fts (rowid, sentence) VALUES (new.rowid, new.sentence);
END;
