-- 0001: documents and their full-text index; the PostgreSQL twin of sqlite's 0001.
--
-- seq is the ingestion order and id the public identifier. Columns that are compared
-- as ranges or sorted (id, dates) are COLLATE "C", so that they order by code point
-- whatever locale the database was created with, as in SQLite.
--
-- hash is UNIQUE: the constraint, not a prior lookup, is what keeps concurrent
-- writers from storing the same text twice (PutDocument inserts ON CONFLICT DO
-- NOTHING and then looks again).
--
-- fingerprint is the 64-bit SimHash as the bigint with the same bits; band0..3 are
-- its four 16-bit slices, each indexed, for the near-duplicate candidate lookup (see
-- sqlite's 0001 for why one equal band is enough).
--
-- tsv is generated from title (weight A) and text (weight B) with sitrep_text: the
-- 'simple' configuration (lowercase and split, no stemming, no stop words) with
-- accents removed first by the unaccent dictionary. That is what SQLite's unicode61
-- tokenizer with remove_diacritics does, so a query finds the same words in both
-- stores. unaccent ships with PostgreSQL (Debian's postgresql package, and managed
-- services) and is a trusted extension: a database owner may create it.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION sitrep_text (COPY = pg_catalog.simple);

-- The dictionary lives in whichever schema the extension was first created in.
DO $$
BEGIN
    EXECUTE format(
        'ALTER TEXT SEARCH CONFIGURATION sitrep_text
         ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
         WITH %I.unaccent, simple',
        (SELECT n.nspname FROM pg_ts_dict d JOIN pg_namespace n ON n.oid = d.dictnamespace
         WHERE d.dictname = 'unaccent' LIMIT 1));
END
$$;

CREATE TABLE documents (
    seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id           text COLLATE "C" NOT NULL UNIQUE,
    title        text NOT NULL DEFAULT '',
    outlet       text NOT NULL DEFAULT '',
    upstream     text NOT NULL DEFAULT '',
    byline       text NOT NULL DEFAULT '',
    published    text COLLATE "C" NOT NULL DEFAULT '',
    url          text NOT NULL DEFAULT '',
    language     text NOT NULL DEFAULT '',
    status       text NOT NULL DEFAULT '',
    duplicate_of text COLLATE "C" REFERENCES documents (id),
    similarity   double precision NOT NULL DEFAULT 0,
    text         text NOT NULL,
    paragraphs   jsonb NOT NULL DEFAULT '[]',
    hash         text NOT NULL UNIQUE,
    fingerprint  bigint NOT NULL DEFAULT 0,
    band0        integer NOT NULL DEFAULT 0,
    band1        integer NOT NULL DEFAULT 0,
    band2        integer NOT NULL DEFAULT 0,
    band3        integer NOT NULL DEFAULT 0,
    source       text NOT NULL DEFAULT '',
    format       text NOT NULL DEFAULT '',
    ingested_at  timestamptz NOT NULL,
    tsv          tsvector GENERATED ALWAYS AS (
                     setweight(to_tsvector('sitrep_text'::regconfig, title), 'A') ||
                     setweight(to_tsvector('sitrep_text'::regconfig, text), 'B')) STORED
);

CREATE INDEX documents_band0 ON documents (band0);
CREATE INDEX documents_band1 ON documents (band1);
CREATE INDEX documents_band2 ON documents (band2);
CREATE INDEX documents_band3 ON documents (band3);
CREATE INDEX documents_outlet ON documents (outlet, seq);
CREATE INDEX documents_status ON documents (status, seq);
CREATE INDEX documents_duplicate_of ON documents (duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE INDEX documents_tsv ON documents USING gin (tsv);
