-- 0009: omissions stored once per story (claim/incremental.go, claims.go).
--
-- A claim's omitted-by list is every document that covers its story and does not
-- report it, so storing it in each claim's body made one new article rewrite every
-- claim of its story. Claim bodies written since keep only the positions of the
-- documents that report the claim; story_coverage keeps, for each story (the actor
-- pair, "A|B", and the story's name within it, sitrep.Claim.Story), the documents
-- that cover it, in the order claim.Build lists omissions, as a JSON array of
-- {"doc", "outlet"}. Readers append to each claim the covering documents it does not
-- report. Bodies written before this migration still hold their omissions and have
-- no coverage row until their story is rebuilt, which reads the same.
CREATE TABLE story_coverage (
    story TEXT NOT NULL,
    name  TEXT NOT NULL,
    docs  TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (story, name)
) STRICT, WITHOUT ROWID;
