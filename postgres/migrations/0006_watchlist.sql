-- 0006: the analyst's watchlist of actor pairs (sitrep watch add USA SYR); the
-- PostgreSQL twin of sqlite's 0003. Pairs are stored in sorted order so that
-- (USA, SYR) and (SYR, USA) are one entry; COLLATE "C" sorts them by code point, as
-- SQLite does.
CREATE TABLE watchlist (
    a        text COLLATE "C" NOT NULL,
    b        text COLLATE "C" NOT NULL,
    added_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (a, b),
    CHECK (a <> '' AND b <> '' AND a <= b)
);
