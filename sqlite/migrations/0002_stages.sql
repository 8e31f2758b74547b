-- 0002: tables for the stages after ingest (nlp, actor, event, claim).
--
-- They are placeholders with a deliberate shape, not a finished design: each row is
-- keyed by the document it was read from (doc_id, ON DELETE CASCADE), spans are byte
-- offsets into documents.text as in the Go types, and anything nested is JSON so that
-- the first engineer to fill a table need not design a sub-schema. Whoever needs a
-- column to query on adds it in a new numbered migration; never edit this file once
-- released, since stores already carry it.

-- sentences mirrors sitrep.Sentence: idx is its position in the document.
CREATE TABLE sentences (
    doc_id   TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx      INTEGER NOT NULL,
    start    INTEGER NOT NULL,
    "end"    INTEGER NOT NULL,
    heading  INTEGER NOT NULL DEFAULT 0,
    tokens   TEXT    NOT NULL DEFAULT '[]', -- JSON []sitrep.Token
    entities TEXT    NOT NULL DEFAULT '[]', -- JSON []sitrep.Entity
    PRIMARY KEY (doc_id, idx)
) STRICT, WITHOUT ROWID;

-- mentions mirrors sitrep.Mention: idx is its position among the document's
-- mentions, which is what Antecedent refers to.
CREATE TABLE mentions (
    doc_id     TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    sentence   INTEGER NOT NULL,
    tok_start  INTEGER NOT NULL,
    tok_end    INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    text       TEXT    NOT NULL DEFAULT '',
    code       TEXT    NOT NULL DEFAULT '',
    name       TEXT    NOT NULL DEFAULT '',
    rule       TEXT    NOT NULL DEFAULT '',
    antecedent INTEGER NOT NULL DEFAULT -1,
    PRIMARY KEY (doc_id, idx)
) STRICT, WITHOUT ROWID;

CREATE INDEX mentions_code ON mentions (code) WHERE code <> '';

-- events mirrors sitrep.Event: the actors and codes that queries filter and group by
-- are columns; attributed_to, place and quantities are JSON of their Go types.
CREATE TABLE events (
    id            TEXT    PRIMARY KEY,
    doc_id        TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    sentence      TEXT    NOT NULL DEFAULT '',
    span_start    INTEGER NOT NULL,
    span_end      INTEGER NOT NULL,
    source_code   TEXT    NOT NULL DEFAULT '',
    source_name   TEXT    NOT NULL DEFAULT '',
    source_text   TEXT    NOT NULL DEFAULT '',
    target_code   TEXT    NOT NULL DEFAULT '',
    target_name   TEXT    NOT NULL DEFAULT '',
    target_text   TEXT    NOT NULL DEFAULT '',
    cameo         TEXT    NOT NULL DEFAULT '',
    root          TEXT    NOT NULL DEFAULT '',
    quad          INTEGER NOT NULL DEFAULT 0,
    goldstein     REAL    NOT NULL DEFAULT 0,
    plover_type   TEXT    NOT NULL DEFAULT '',
    plover_mode   TEXT    NOT NULL DEFAULT '',
    mode          TEXT    NOT NULL DEFAULT '',
    attributed_to TEXT,                         -- JSON *sitrep.EventActor, NULL when none
    date          TEXT    NOT NULL DEFAULT '',
    date_text     TEXT    NOT NULL DEFAULT '',
    date_from     TEXT    NOT NULL DEFAULT '',
    place         TEXT,                         -- JSON *sitrep.Place, NULL when none
    quantities    TEXT    NOT NULL DEFAULT '[]', -- JSON []sitrep.Quantity
    outlet        TEXT    NOT NULL DEFAULT '',
    url           TEXT    NOT NULL DEFAULT '',
    verb          TEXT    NOT NULL DEFAULT '',
    rule          TEXT    NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX events_doc ON events (doc_id);
CREATE INDEX events_dyad ON events (source_code, target_code);
CREATE INDEX events_cameo ON events (cameo);
CREATE INDEX events_date ON events (date);

-- claims are cross-document, so a claim row has no document; each document's
-- position on it is a claim_positions row keyed by the document. event is the JSON of
-- the claim's event summary in the claim JSON Lines contract.
CREATE TABLE claims (
    id                  TEXT    PRIMARY KEY,
    kind                TEXT    NOT NULL DEFAULT '',
    status              TEXT    NOT NULL DEFAULT '',
    summary             TEXT    NOT NULL DEFAULT '',
    event               TEXT,
    independent_outlets INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE claim_positions (
    claim_id      TEXT    NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    doc_id        TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    outlet        TEXT    NOT NULL DEFAULT '',
    stance        TEXT    NOT NULL DEFAULT '',
    attributed_to TEXT    NOT NULL DEFAULT '',
    value         TEXT    NOT NULL DEFAULT '',
    sentence      TEXT    NOT NULL DEFAULT '',
    span_start    INTEGER NOT NULL DEFAULT 0,
    span_end      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (claim_id, doc_id, span_start)
) STRICT, WITHOUT ROWID;

CREATE INDEX claim_positions_doc ON claim_positions (doc_id);
