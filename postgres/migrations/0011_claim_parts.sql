-- 0011: claims kept up to date part by part, a window of a part at a time; the
-- PostgreSQL twin of sqlite's 0011_claim_parts.sql (see there for the columns). A part's rows are written under the part's
-- advisory lock (claims.go); stories and omissions are derived when claims are read
-- (claim.Finish), so story_coverage goes. Claims stored before are dropped with the
-- claim state, to be rebuilt.
TRUNCATE claims, claim_positions, claim_state;
DROP TABLE story_coverage;

ALTER TABLE claims
    ADD COLUMN part          text COLLATE "C" NOT NULL DEFAULT '',
    ADD COLUMN date_from     text COLLATE "C" NOT NULL DEFAULT '',
    ADD COLUMN date_until    text COLLATE "C" NOT NULL DEFAULT '',
    ADD COLUMN members       jsonb NOT NULL DEFAULT '[]',
    ADD COLUMN anchor_from   text COLLATE "C" NOT NULL DEFAULT '',
    ADD COLUMN anchor_until  text COLLATE "C" NOT NULL DEFAULT '',
    ADD COLUMN exposed_until text COLLATE "C" NOT NULL DEFAULT '',
    ADD COLUMN reach_from    text COLLATE "C" NOT NULL DEFAULT '',
    ADD COLUMN pooled        boolean NOT NULL DEFAULT false;

CREATE INDEX claims_window ON claims (part, anchor_until);
CREATE INDEX claims_exposed ON claims (part, exposed_until);
CREATE INDEX claims_pooled ON claims (part) WHERE pooled;
CREATE INDEX events_part ON events (root, source_code, target_code, doc_seq, seq);
