-- 0011: claims kept up to date part by part (claim/incremental.go, claims.go).
--
-- A part is what one of claim.Build's records is confined to: a CAMEO root and an
-- actor pair, directed unless the family is symmetric ("04|SYR|USA"). A new article
-- rebuilds the parts its events belong to — only their records from a day on, see
-- below; a whole part is read by events_part for a rebuild. What ties a pair's parts
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

-- What claim.UpdateWindow reads to rebuild only the records of a part from a day on
-- (claim/window.go): members, the record's events (a JSON array of ids); the days
-- the record has been on while built (anchor_from, anchor_until; '' when undated);
-- the last day reached by its reports whose place records after it can change
-- (exposed_until) and the first day reached by its month-, year-dated and denials'
-- reports (reach_from), '' when none; pooled, whether an undated denial joined it
-- (it is rebuilt with the part's undated records). A window from a day reads the
-- claims of the part anchored from that day on (claims_window, which also serves
-- part = ?), the undated ones, those exposed to it (claims_exposed) and, with the
-- undated ones, the pooled ones (claims_pooled).
ALTER TABLE claims ADD COLUMN members       TEXT NOT NULL DEFAULT '[]';
ALTER TABLE claims ADD COLUMN anchor_from   TEXT NOT NULL DEFAULT '';
ALTER TABLE claims ADD COLUMN anchor_until  TEXT NOT NULL DEFAULT '';
ALTER TABLE claims ADD COLUMN exposed_until TEXT NOT NULL DEFAULT '';
ALTER TABLE claims ADD COLUMN reach_from    TEXT NOT NULL DEFAULT '';
ALTER TABLE claims ADD COLUMN pooled        INTEGER NOT NULL DEFAULT 0;

CREATE INDEX claims_window ON claims (part, anchor_until);
CREATE INDEX claims_exposed ON claims (part, exposed_until);
CREATE INDEX claims_pooled ON claims (part) WHERE pooled = 1;
CREATE INDEX events_part ON events (root, source_code, target_code, doc_seq);
