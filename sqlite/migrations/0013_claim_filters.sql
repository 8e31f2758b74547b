-- 0013: claims filtered in the store (issue 6: /api/claims by actor, outlet, date,
-- independent outlets) and the claims Counter could join with a page's claims found
-- by index rather than by reading every claim (claim/values_page.go).
--
-- The claim's event fields are read from its event JSON by virtual columns, so the
-- writers need not change: ev_root is the CAMEO root and ev_tkey the first three
-- letters of the target, which two claims Counter joins always share (the same
-- country or the same group code), and ev_date the claim's date as stated ("2016",
-- "2016-08", "2016-08-17").
ALTER TABLE claims ADD COLUMN ev_source TEXT GENERATED ALWAYS AS (coalesce(json_extract(event, '$.source'), '')) VIRTUAL;
ALTER TABLE claims ADD COLUMN ev_target TEXT GENERATED ALWAYS AS (coalesce(json_extract(event, '$.target'), '')) VIRTUAL;
ALTER TABLE claims ADD COLUMN ev_date TEXT GENERATED ALWAYS AS (coalesce(json_extract(event, '$.date'), '')) VIRTUAL;
ALTER TABLE claims ADD COLUMN ev_root TEXT GENERATED ALWAYS AS (substr(coalesce(json_extract(event, '$.cameo'), ''), 1, 2)) VIRTUAL;
ALTER TABLE claims ADD COLUMN ev_tkey TEXT GENERATED ALWAYS AS (substr(coalesce(json_extract(event, '$.target'), ''), 1, 3)) VIRTUAL;

CREATE INDEX claims_source ON claims (ev_source);
CREATE INDEX claims_target ON claims (ev_target);
CREATE INDEX claims_date ON claims (ev_date);
CREATE INDEX claims_counter ON claims (ev_root, ev_tkey, ev_date);
CREATE INDEX claim_positions_outlet ON claim_positions (outlet, claim_id);
