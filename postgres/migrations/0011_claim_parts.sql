-- 0011: claims kept up to date part by part; the PostgreSQL twin of sqlite's
-- 0011_claim_parts.sql (see there). A part's rows are written under the part's
-- advisory lock (claims.go); stories and omissions are derived when claims are read
-- (claim.Finish), so story_coverage goes. Claims stored before are dropped with the
-- claim state, to be rebuilt.
TRUNCATE claims, claim_positions, claim_state;
DROP TABLE story_coverage;

ALTER TABLE claims
    ADD COLUMN part       text COLLATE "C" NOT NULL DEFAULT '',
    ADD COLUMN date_from  text COLLATE "C" NOT NULL DEFAULT '',
    ADD COLUMN date_until text COLLATE "C" NOT NULL DEFAULT '';

CREATE INDEX claims_part ON claims (part);
CREATE INDEX events_part ON events (root, source_code, target_code, doc_seq, seq);
