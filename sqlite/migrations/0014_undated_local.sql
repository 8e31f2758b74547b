-- 0014: undated claims local in time (claim/window.go, issue 6).
--
-- An undated report that no single dated record takes now joins only an undated
-- record whose reports' horizons share a day with its own (about a month of
-- publication dates), instead of the part's first undated record whatever its
-- date. Undated records are then windowed like the others, by exposed_until and
-- reach_from, and no dated record needs rebuilding with them: pooled (whether an
-- undated denial joined the record, which then counted every undated record of the
-- part) and its index go.
--
-- Claims stored before were grouped by the old rule, and claim.UpdateWindow keeps
-- a store equal to claim.Build only from claims Build would give: they are dropped,
-- with the claim state, so readers rebuild from events until `--rebuild` stores
-- them anew (as in 0011).
DELETE FROM claims;
DELETE FROM claim_state;

DROP INDEX claims_pooled;
ALTER TABLE claims DROP COLUMN pooled;
