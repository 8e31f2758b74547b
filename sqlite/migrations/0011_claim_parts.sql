-- 0011: claims kept up to date part by part (claim/incremental.go, claims.go).
--
-- A part is what one of claim.Build's records is confined to: a CAMEO root and an
-- actor pair, directed unless the family is symmetric ("04|SYR|USA"). A new article
-- rebuilds the parts its events belong to, reading only their events (events_part);
-- the claims of a part are its rows (claims_part). What ties a pair's parts
-- together — the story each claim belongs to (a run of the pair's records by date)
-- and its omissions — is no longer stored: readers derive both from the stored
-- claims of the pair (claim.Finish), from date_from and date_until (the first and
-- last day a claim's record can be on, '' when undated) and the founding event's
-- order (rank, doc_seq, event_pos). Storing them made one article rewrite the whole
-- pair's history. story_coverage goes: its lists were the stories' documents.
--
-- Claims stored before have neither a part nor dates: they are dropped, with the
-- claim state, so readers rebuild from events until `--rebuild` stores them anew
-- (frame contributions are kept; the rebuild recomputes them too).
DELETE FROM claims;
DELETE FROM claim_state;
DROP TABLE story_coverage;

ALTER TABLE claims ADD COLUMN part       TEXT NOT NULL DEFAULT '';
ALTER TABLE claims ADD COLUMN date_from  TEXT NOT NULL DEFAULT '';
ALTER TABLE claims ADD COLUMN date_until TEXT NOT NULL DEFAULT '';

CREATE INDEX claims_part ON claims (part);
CREATE INDEX events_part ON events (root, source_code, target_code, doc_seq);
