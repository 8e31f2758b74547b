-- 0002: tables for the stages after ingest; the PostgreSQL twin of sqlite's 0002.
--
-- Same shape: rows keyed by the document they were read from (ON DELETE CASCADE),
-- spans are byte offsets into documents.text, anything nested is jsonb. events.seq
-- stands in for SQLite's rowid: the order events were coded in. events.doc_seq
-- copies the document's seq so that event lists sort and page in document order
-- from one index, without joining documents for every candidate row.

CREATE TABLE sentences (
    doc_id   text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx      integer NOT NULL,
    start    integer NOT NULL,
    "end"    integer NOT NULL,
    heading  boolean NOT NULL DEFAULT false,
    tokens   jsonb NOT NULL DEFAULT '[]', -- []sitrep.Token
    entities jsonb NOT NULL DEFAULT '[]', -- []sitrep.Entity
    PRIMARY KEY (doc_id, idx)
);

CREATE TABLE mentions (
    doc_id     text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx        integer NOT NULL,
    sentence   integer NOT NULL,
    tok_start  integer NOT NULL,
    tok_end    integer NOT NULL,
    span_start integer NOT NULL,
    span_end   integer NOT NULL,
    text       text NOT NULL DEFAULT '',
    code       text COLLATE "C" NOT NULL DEFAULT '',
    name       text NOT NULL DEFAULT '',
    rule       text NOT NULL DEFAULT '',
    antecedent integer NOT NULL DEFAULT -1,
    PRIMARY KEY (doc_id, idx)
);

CREATE INDEX mentions_code ON mentions (code) WHERE code <> '';

-- Code columns are C-collated so that prefix filters (LIKE 'p%', index-backed) and sorting
-- compare bytes, as SQLite does.
CREATE TABLE events (
    seq           bigint GENERATED ALWAYS AS IDENTITY,
    id            text COLLATE "C" PRIMARY KEY,
    doc_id        text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    doc_seq       bigint NOT NULL, -- documents.seq of doc_id, copied for ordering
    sentence      text NOT NULL DEFAULT '',
    span_start    integer NOT NULL,
    span_end      integer NOT NULL,
    source_code   text COLLATE "C" NOT NULL DEFAULT '',
    source_name   text NOT NULL DEFAULT '',
    source_text   text NOT NULL DEFAULT '',
    target_code   text COLLATE "C" NOT NULL DEFAULT '',
    target_name   text NOT NULL DEFAULT '',
    target_text   text NOT NULL DEFAULT '',
    cameo         text COLLATE "C" NOT NULL DEFAULT '',
    root          text COLLATE "C" NOT NULL DEFAULT '',
    quad          integer NOT NULL DEFAULT 0,
    goldstein     double precision NOT NULL DEFAULT 0,
    plover_type   text NOT NULL DEFAULT '',
    plover_mode   text NOT NULL DEFAULT '',
    mode          text NOT NULL DEFAULT '',
    attributed_to jsonb,                       -- *sitrep.EventActor, NULL when none
    date          text COLLATE "C" NOT NULL DEFAULT '',
    date_text     text NOT NULL DEFAULT '',
    date_from     text NOT NULL DEFAULT '',
    place         jsonb,                       -- *sitrep.Place with its byte span, NULL when none
    quantities    jsonb NOT NULL DEFAULT '[]', -- []sitrep.Quantity with byte spans
    outlet        text NOT NULL DEFAULT '',
    url           text NOT NULL DEFAULT '',
    verb          text NOT NULL DEFAULT '',
    rule          text NOT NULL DEFAULT ''
);

CREATE INDEX events_doc ON events (doc_id);
CREATE INDEX events_order ON events (doc_seq, seq);
CREATE INDEX events_dyad ON events (source_code, target_code);
CREATE INDEX events_target ON events (target_code);
CREATE INDEX events_cameo ON events (cameo);
CREATE INDEX events_date ON events (date);

CREATE TABLE claims (
    id                  text COLLATE "C" PRIMARY KEY,
    kind                text NOT NULL DEFAULT '',
    status              text NOT NULL DEFAULT '',
    summary             text NOT NULL DEFAULT '',
    event               jsonb,
    independent_outlets integer NOT NULL DEFAULT 0
);

CREATE TABLE claim_positions (
    claim_id      text COLLATE "C" NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    doc_id        text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    outlet        text NOT NULL DEFAULT '',
    stance        text NOT NULL DEFAULT '',
    attributed_to text NOT NULL DEFAULT '',
    value         text NOT NULL DEFAULT '',
    sentence      text NOT NULL DEFAULT '',
    span_start    integer NOT NULL DEFAULT 0,
    span_end      integer NOT NULL DEFAULT 0,
    PRIMARY KEY (claim_id, doc_id, span_start)
);

CREATE INDEX claim_positions_doc ON claim_positions (doc_id);
