-- 0007: where a quote's speaker and speech verb are in the document text, as byte
-- spans into documents.text like span_start/span_end (SQLite's 0007_quote_spans.sql),
-- so that a reader can mark them without searching the sentence for their words.
-- Quotes stored before this migration keep 0/0 (an empty span: not recorded) until
-- their document is analysed again.
ALTER TABLE quotes
    ADD COLUMN speaker_start integer NOT NULL DEFAULT 0,
    ADD COLUMN speaker_end   integer NOT NULL DEFAULT 0,
    ADD COLUMN verb_start    integer NOT NULL DEFAULT 0,
    ADD COLUMN verb_end      integer NOT NULL DEFAULT 0;
