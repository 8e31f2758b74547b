-- 0015: claims regrouped by stop 28's rules; the PostgreSQL twin of sqlite's
-- 0015_days_apart.sql (see there). Claims stored under the old rules are dropped
-- with the claim state, to be rebuilt.
TRUNCATE claims, claim_positions, claim_state;
