-- A covering index for TallyEvents (tally.go): every column an unfiltered tally
-- of codes, dates, roots or outlets reads, so that it scans this index rather than
-- the events' rows, whose sentences, places and quantities it never needs. It leads
-- with the dyad, so that tallies by dyad or source read their groups in order.
CREATE INDEX events_tally ON events (source_code, target_code, date, quad, goldstein, root, outlet, source_name, target_name);
