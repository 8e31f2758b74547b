-- 0004: claims kept up to date story by story, each document's share of the frames,
-- and which documents the two reflect; the PostgreSQL twin of sqlite's 0005 (see
-- there for the shape). What differs is concurrency: many workers rebuild stories at
-- once, so a rebuild first takes a transaction-scoped advisory lock on the story's
-- key (claims.go) and only then reads the story's events; two rebuilds of one story
-- run one after the other, and the later one sees every event committed before it.
ALTER TABLE claims ADD COLUMN story     text COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE claims ADD COLUMN rank      text COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE claims ADD COLUMN doc_seq   bigint NOT NULL DEFAULT 0;
ALTER TABLE claims ADD COLUMN event_pos bigint NOT NULL DEFAULT 0;
ALTER TABLE claims ADD COLUMN body      jsonb NOT NULL DEFAULT '{}';

CREATE INDEX claims_story ON claims (story);
CREATE INDEX claims_order ON claims (independent_outlets DESC, rank, doc_seq, event_pos, id);

CREATE TABLE frame_contributions (
    doc_id      text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    grouping    text NOT NULL,
    idx         integer NOT NULL,
    outlet      text NOT NULL,
    actor       text COLLATE "C" NOT NULL,
    name        text NOT NULL DEFAULT '',
    mentioned   boolean NOT NULL DEFAULT false,
    sentences   integer NOT NULL DEFAULT 0,
    tone_sum    double precision NOT NULL DEFAULT 0,
    tones       jsonb NOT NULL DEFAULT '[]',
    cooperation integer NOT NULL DEFAULT 0,
    conflict    integer NOT NULL DEFAULT 0,
    labels      jsonb NOT NULL DEFAULT '{}',
    evidence    jsonb NOT NULL DEFAULT '[]',
    PRIMARY KEY (doc_id, grouping, idx)
);

CREATE INDEX frame_contributions_actor ON frame_contributions (grouping, actor, outlet);

CREATE TABLE claim_state (
    doc_id     text COLLATE "C" NOT NULL PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    updated_at timestamptz NOT NULL DEFAULT now()
);
