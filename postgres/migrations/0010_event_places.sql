-- 0010: an event's place as plain columns (issue 7: /api/places fast on 100,000
-- events); the PostgreSQL twin of sqlite's 0010_event_places.sql. The place tally
-- (tally.go) grouped by fields it read from every event's place JSON; it now reads
-- these columns, which events_places covers for a place or country tally without
-- filters. place stays the whole place for the reader; PutAnalysis writes both.
--
-- place_country is NULL exactly where place is NULL, and '' for a place without a
-- country; the other fields are 0 or '' where the place has none, as the tally's Go
-- definition reads them.
ALTER TABLE events
    ADD COLUMN place_country text COLLATE "C",
    ADD COLUMN place_gid bigint NOT NULL DEFAULT 0,
    ADD COLUMN place_name text COLLATE "C" NOT NULL DEFAULT '',
    ADD COLUMN place_lat float8 NOT NULL DEFAULT 0,
    ADD COLUMN place_lon float8 NOT NULL DEFAULT 0;
UPDATE events SET
    place_country = coalesce(place ->> 'country', ''),
    place_gid = coalesce((place ->> 'geonameid')::bigint, 0),
    place_name = coalesce(place ->> 'name', ''),
    place_lat = coalesce((place ->> 'lat')::float8, 0),
    place_lon = coalesce((place ->> 'lon')::float8, 0)
WHERE place IS NOT NULL;

CREATE INDEX events_places ON events (place_country, place_gid, place_name)
    INCLUDE (place_lat, place_lon, quad, goldstein, date, doc_seq, seq);
