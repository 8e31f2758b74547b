-- 0004: quotes, who said what (sitrep.Quote), read from one document's analysis and
-- replaced with it. idx is the quote's position in the document; spans are byte
-- offsets into documents.text; the speaker is columns (queries filter on its code),
-- the target JSON of *sitrep.EventActor, NULL when none.
CREATE TABLE quotes (
    id           TEXT    PRIMARY KEY,
    doc_id       TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx          INTEGER NOT NULL,
    sentence     INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    kind         TEXT    NOT NULL,
    text         TEXT    NOT NULL DEFAULT '',
    span_start   INTEGER NOT NULL,
    span_end     INTEGER NOT NULL,
    speaker_code TEXT    NOT NULL DEFAULT '',
    speaker_name TEXT    NOT NULL DEFAULT '',
    speaker_text TEXT    NOT NULL DEFAULT '',
    speaker_rule TEXT    NOT NULL DEFAULT '',
    verb         TEXT    NOT NULL DEFAULT '',
    verb_text    TEXT    NOT NULL DEFAULT '',
    target       TEXT,
    UNIQUE (doc_id, idx)
) STRICT;

CREATE INDEX quotes_speaker ON quotes (speaker_code) WHERE speaker_code <> '';
