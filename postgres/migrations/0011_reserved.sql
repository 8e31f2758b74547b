-- 0011: reserved for the branch "incremental", which adds its own 0011; migration
-- numbers may have no gaps, so this empty file holds the place until then. Whoever
-- merges both branches deletes this file and keeps the other 0011.
SELECT 1;
