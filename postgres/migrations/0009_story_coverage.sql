-- 0009: omissions stored once per story; the PostgreSQL twin of sqlite's
-- 0009_story_coverage.sql (see there). A story's rows are written under the story's
-- advisory lock, like its claims.
CREATE TABLE story_coverage (
    story text COLLATE "C" NOT NULL,
    name  text COLLATE "C" NOT NULL,
    docs  jsonb NOT NULL DEFAULT '[]',
    PRIMARY KEY (story, name)
);
