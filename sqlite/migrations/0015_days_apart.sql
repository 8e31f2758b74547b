-- 0015: claims regrouped by stop 28's rules (claim/apart.go, apart2.go, values.go;
-- issue 6).
--
-- Two reports whose own days lie a day apart are now one event only when one puts
-- its act at a day's edge or both are verbal, and likewise a day past a
-- publication horizon; a report's saying day (an event's date_from "reported") is a
-- horizon; a report dated only to a year is kept from reports of one day; Counter
-- keeps to the same vetoes. No column changes.
--
-- Claims stored before were grouped by the old rules, and claim.UpdateWindow keeps
-- a store equal to claim.Build only from claims Build would give: they are dropped,
-- with the claim state, so readers rebuild from events until `--rebuild` stores
-- them anew (as in 0011 and 0014).
DELETE FROM claims;
DELETE FROM claim_state;
