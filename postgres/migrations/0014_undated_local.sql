-- 0014: undated claims local in time; the PostgreSQL twin of sqlite's
-- 0014_undated_local.sql (see there). pooled goes with its index; claims stored
-- under the old grouping are dropped with the claim state, to be rebuilt.
TRUNCATE claims, claim_positions, claim_state;

ALTER TABLE claims DROP COLUMN pooled;
