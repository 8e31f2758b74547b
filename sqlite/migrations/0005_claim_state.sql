-- 0005: claims kept up to date story by story, each document's share of the frames,
-- and which documents the two reflect (claim/incremental.go, frame/incremental.go).
--
-- A claim row belongs to a story (an actor pair, "A|B"); rebuilding a story deletes
-- its rows and inserts the new ones in one transaction. body is the JSON of the whole
-- sitrep.Claim, omissions included; claim_positions keeps only the positions of the
-- documents that report the claim (asserts, attributes, contradicts), which is what
-- finding the stories a document touches needs — an outlet that omits a claim covers
-- its story, so it reports another of the story's claims. rank, doc_seq and event_pos
-- place a claim among all claims as claim.Build lists them (see claim.Stored).
ALTER TABLE claims ADD COLUMN story     TEXT    NOT NULL DEFAULT '';
ALTER TABLE claims ADD COLUMN rank      TEXT    NOT NULL DEFAULT '';
ALTER TABLE claims ADD COLUMN doc_seq   INTEGER NOT NULL DEFAULT 0;
ALTER TABLE claims ADD COLUMN event_pos INTEGER NOT NULL DEFAULT 0;
ALTER TABLE claims ADD COLUMN body      TEXT    NOT NULL DEFAULT '{}';

CREATE INDEX claims_story ON claims (story);
CREATE INDEX claims_order ON claims (independent_outlets DESC, rank, doc_seq, event_pos, id);

-- frame_contributions is frame.Contribution: what one document adds to one outlet ×
-- actor frame under one grouping ("code" or "country"). idx keeps the order the
-- document gave them; tones and evidence are JSON. Frames are these rows summed in
-- document order, so re-storing a document replaces its rows and never adds twice.
CREATE TABLE frame_contributions (
    doc_id      TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    grouping    TEXT    NOT NULL,
    idx         INTEGER NOT NULL,
    outlet      TEXT    NOT NULL,
    actor       TEXT    NOT NULL,
    name        TEXT    NOT NULL DEFAULT '',
    mentioned   INTEGER NOT NULL DEFAULT 0,
    sentences   INTEGER NOT NULL DEFAULT 0,
    tone_sum    REAL    NOT NULL DEFAULT 0,
    tones       TEXT    NOT NULL DEFAULT '[]',
    cooperation INTEGER NOT NULL DEFAULT 0,
    conflict    INTEGER NOT NULL DEFAULT 0,
    labels      TEXT    NOT NULL DEFAULT '{}',
    evidence    TEXT    NOT NULL DEFAULT '[]',
    PRIMARY KEY (doc_id, grouping, idx)
) STRICT, WITHOUT ROWID;

CREATE INDEX frame_contributions_actor ON frame_contributions (grouping, actor, outlet);

-- claim_state lists the documents whose claims and frames are up to date with their
-- stored analysis. A store filled before this migration has analyses and no rows
-- here: readers then rebuild from events (and `--rebuild` stores the result).
CREATE TABLE claim_state (
    doc_id     TEXT NOT NULL PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    updated_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;
