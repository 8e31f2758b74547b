-- A trigram index over event sentences for the events' text filter (q, an ILIKE
-- '%…%' that a GIN trigram index serves), as events_fts serves it in SQLite.
-- pg_trgm ships with PostgreSQL (Debian's postgresql package has it) and is a
-- trusted extension that a database owner may create. Where it is not available,
-- or may not be created, the migration applies without the index and the filter
-- reads every candidate sentence, as before.
DO $$
DECLARE
    nsp text;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
        RAISE NOTICE 'pg_trgm is not available: event sentences get no trigram index';
        RETURN;
    END IF;
    BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
    EXCEPTION WHEN insufficient_privilege THEN
        RAISE NOTICE 'pg_trgm may not be created here: event sentences get no trigram index';
        RETURN;
    END;
    -- The operator class lives in whichever schema the extension was first
    -- created in.
    SELECT n.nspname INTO nsp FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace
    WHERE x.extname = 'pg_trgm';
    EXECUTE format('CREATE INDEX events_sentence_trgm ON events USING gin (sentence %I.gin_trgm_ops)', nsp);
END
$$;
