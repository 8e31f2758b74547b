-- 0012: frames by role, and the version of what stored frames depend on
-- (frame/incremental.go: Contribution, Version).
--
-- cooperation_by, conflict_by, cooperation_on and conflict_on split a contribution's
-- events by the actor's role: source (by) or target (on). Rows stored before have
-- zeros there, which is why they are stale (below) rather than read as they are.
--
-- frame_version is the frame.Version the document's frame contributions were stored
-- under. Rows stored before this migration get 0, which no sitrep writes: readers
-- then recompute frames from the analyses (claims stay as stored; the claim state's
-- other meaning is unchanged) until `sitrep frames --rebuild` stores them anew.
ALTER TABLE frame_contributions ADD COLUMN cooperation_by integer NOT NULL DEFAULT 0;
ALTER TABLE frame_contributions ADD COLUMN conflict_by    integer NOT NULL DEFAULT 0;
ALTER TABLE frame_contributions ADD COLUMN cooperation_on integer NOT NULL DEFAULT 0;
ALTER TABLE frame_contributions ADD COLUMN conflict_on    integer NOT NULL DEFAULT 0;

ALTER TABLE claim_state ADD COLUMN frame_version integer NOT NULL DEFAULT 0;
