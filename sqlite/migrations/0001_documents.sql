-- 0001: documents and their full-text index.
--
-- seq is the ingestion order (AUTOINCREMENT, so a deleted row's number is never
-- reused and "ORDER BY seq" stays the order documents arrived in). It is also the
-- rowid that the FTS index points at. id is the public, stable identifier.
--
-- hash is UNIQUE: it is the document's identity, and the constraint is what keeps two
-- writers (even two processes) from storing the same text twice.
--
-- fingerprint is the 64-bit SimHash stored as the int64 with the same bits. band0..3
-- are its four 16-bit slices, each indexed: two fingerprints within Hamming distance 3
-- must agree on at least one slice (pigeonhole), so "any band equal" is a cheap,
-- index-backed candidate lookup for near-duplicates; the exact similarity is computed
-- on the candidates.
--
-- paragraphs is the JSON of []sitrep.Paragraph; nothing queries inside it.
-- ingested_at is RFC 3339 with nanoseconds in UTC, which sorts as text.
CREATE TABLE documents (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    id           TEXT    NOT NULL UNIQUE,
    title        TEXT    NOT NULL DEFAULT '',
    outlet       TEXT    NOT NULL DEFAULT '',
    upstream     TEXT    NOT NULL DEFAULT '',
    byline       TEXT    NOT NULL DEFAULT '',
    published    TEXT    NOT NULL DEFAULT '',
    url          TEXT    NOT NULL DEFAULT '',
    language     TEXT    NOT NULL DEFAULT '',
    status       TEXT    NOT NULL DEFAULT '',
    duplicate_of TEXT    REFERENCES documents (id),
    similarity   REAL    NOT NULL DEFAULT 0,
    text         TEXT    NOT NULL,
    paragraphs   TEXT    NOT NULL DEFAULT '[]',
    hash         TEXT    NOT NULL UNIQUE,
    fingerprint  INTEGER NOT NULL DEFAULT 0,
    band0        INTEGER NOT NULL DEFAULT 0,
    band1        INTEGER NOT NULL DEFAULT 0,
    band2        INTEGER NOT NULL DEFAULT 0,
    band3        INTEGER NOT NULL DEFAULT 0,
    source       TEXT    NOT NULL DEFAULT '',
    format       TEXT    NOT NULL DEFAULT '',
    ingested_at  TEXT    NOT NULL
) STRICT;

CREATE INDEX documents_band0 ON documents (band0);
CREATE INDEX documents_band1 ON documents (band1);
CREATE INDEX documents_band2 ON documents (band2);
CREATE INDEX documents_band3 ON documents (band3);
CREATE INDEX documents_outlet ON documents (outlet, seq);
CREATE INDEX documents_status ON documents (status, seq);
CREATE INDEX documents_duplicate_of ON documents (duplicate_of) WHERE duplicate_of IS NOT NULL;

-- An external-content FTS5 index: the text lives once, in documents, and the index
-- refers to it by seq. The triggers below keep it in step with every change to
-- documents, so no code path can forget to. unicode61 with remove_diacritics folds
-- "Shara'a"/"Sharaa" style variants only as far as accents go; it splits on
-- hyphens, so "al-Sharaa" indexes as "al" "sharaa" (the search query is quoted into
-- the same phrase).
CREATE VIRTUAL TABLE documents_fts USING fts5 (
    title,
    text,
    content = 'documents',
    content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;

CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
