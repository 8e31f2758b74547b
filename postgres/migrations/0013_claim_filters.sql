-- 0013: claims filtered in the store; the PostgreSQL twin of sqlite's
-- 0013_claim_filters.sql (issue 6: /api/claims by actor, outlet, date, independent
-- outlets, and the claims Counter could join with a page's claims found by index).
-- The event fields are generated from the event JSON, so the writers need not change.
ALTER TABLE claims
    ADD COLUMN ev_source text COLLATE "C" GENERATED ALWAYS AS (coalesce(event ->> 'source', '')) STORED,
    ADD COLUMN ev_target text COLLATE "C" GENERATED ALWAYS AS (coalesce(event ->> 'target', '')) STORED,
    ADD COLUMN ev_date text COLLATE "C" GENERATED ALWAYS AS (coalesce(event ->> 'date', '')) STORED,
    ADD COLUMN ev_root text COLLATE "C" GENERATED ALWAYS AS (substr(coalesce(event ->> 'cameo', ''), 1, 2)) STORED,
    ADD COLUMN ev_tkey text COLLATE "C" GENERATED ALWAYS AS (substr(coalesce(event ->> 'target', ''), 1, 3)) STORED;

CREATE INDEX claims_source ON claims (ev_source);
CREATE INDEX claims_target ON claims (ev_target);
CREATE INDEX claims_date ON claims (ev_date);
CREATE INDEX claims_counter ON claims (ev_root, ev_tkey, ev_date);
CREATE INDEX claim_positions_outlet ON claim_positions (outlet, claim_id);
