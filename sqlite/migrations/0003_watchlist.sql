-- 0003: the analyst's watchlist of actor pairs (sitrep watch add USA SYR). Pairs are
-- stored in sorted order so that (USA, SYR) and (SYR, USA) are one entry.
CREATE TABLE watchlist (
    a        TEXT NOT NULL,
    b        TEXT NOT NULL,
    added_at TEXT NOT NULL,
    PRIMARY KEY (a, b)
) STRICT, WITHOUT ROWID;
