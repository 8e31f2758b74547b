-- 0010: an event's place as plain columns (issue 7: /api/places fast on 100,000
-- events). The place tally (tally.go) grouped by fields it read from every event's
-- place JSON, twice; it now reads these columns from events_places, which covers
-- everything a place or country tally without filters reads. place stays the whole
-- place (with its text and byte span) for the reader; PutAnalysis writes both.
--
-- place_country is NULL exactly where place is NULL, and '' for a place without a
-- country, so that "has a place" needs no other column; the other fields are 0 or ''
-- where the place has none, as the tally's Go definition reads them.
ALTER TABLE events ADD COLUMN place_country TEXT;
ALTER TABLE events ADD COLUMN place_gid INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN place_name TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN place_lat REAL NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN place_lon REAL NOT NULL DEFAULT 0;
UPDATE events SET
    place_country = coalesce(json_extract(place, '$.country'), ''),
    place_gid = coalesce(json_extract(place, '$.geonameid'), 0),
    place_name = coalesce(json_extract(place, '$.name'), ''),
    place_lat = coalesce(json_extract(place, '$.lat'), 0),
    place_lon = coalesce(json_extract(place, '$.lon'), 0)
WHERE place IS NOT NULL;

-- Led by the place's key, so that the tally reads its groups in order; then what a
-- group's counts read, and doc_seq (with the implicit rowid) for its first event.
CREATE INDEX events_places ON events (place_country, place_gid, place_name, place_lat, place_lon,
    quad, goldstein, date, doc_seq);
