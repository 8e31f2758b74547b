-- 0007: where a quote's speaker and speech verb are in the document text, as byte
-- spans into documents.text like span_start/span_end, so that a reader can mark them
-- without searching the sentence for their words. Quotes stored before this migration
-- keep 0/0 (an empty span: not recorded) until their document is analysed again.
ALTER TABLE quotes ADD COLUMN speaker_start INTEGER NOT NULL DEFAULT 0;
ALTER TABLE quotes ADD COLUMN speaker_end   INTEGER NOT NULL DEFAULT 0;
ALTER TABLE quotes ADD COLUMN verb_start    INTEGER NOT NULL DEFAULT 0;
ALTER TABLE quotes ADD COLUMN verb_end      INTEGER NOT NULL DEFAULT 0;
