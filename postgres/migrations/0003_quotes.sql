-- 0003: quotes, who said what (sitrep.Quote), the same table as SQLite's migration
-- 0004_quotes.sql: idx is the quote's position in the document, spans are byte
-- offsets into documents.text, the speaker is columns (queries filter on its code
-- prefix, C-collated as event codes are), the target jsonb of *sitrep.EventActor,
-- NULL when none. doc_seq copies documents.seq so that lists sort from an index.
CREATE TABLE quotes (
    id           text COLLATE "C" PRIMARY KEY,
    doc_id       text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    doc_seq      bigint NOT NULL,
    idx          integer NOT NULL,
    sentence     integer NOT NULL,
    sentence_end integer NOT NULL,
    kind         text NOT NULL,
    text         text NOT NULL DEFAULT '',
    span_start   integer NOT NULL,
    span_end     integer NOT NULL,
    speaker_code text COLLATE "C" NOT NULL DEFAULT '',
    speaker_name text NOT NULL DEFAULT '',
    speaker_text text NOT NULL DEFAULT '',
    speaker_rule text NOT NULL DEFAULT '',
    verb         text NOT NULL DEFAULT '',
    verb_text    text NOT NULL DEFAULT '',
    target       jsonb,
    UNIQUE (doc_id, idx)
);

CREATE INDEX quotes_order ON quotes (doc_seq, idx);
CREATE INDEX quotes_speaker ON quotes (speaker_code) WHERE speaker_code <> '';
