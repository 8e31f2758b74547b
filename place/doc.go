// Package place finds and resolves place mentions in tokenised sentences: countries
// ("Syria", "the United States", "US" where it stands as a place), first-level
// divisions ("Nineveh province", "Idlib governorate"), cities, and the regions news
// text locates events in ("the Kurdistan Region", "across the Middle East").
//
// # Data
//
// The gazetteer is built from GeoNames (https://www.geonames.org/, CC BY 4.0: the
// countries, first-level divisions and cities of 15,000 people or more) by
// internal/gen into data/gazetteer.tsv.gz, which is embedded and parsed once. Only
// Latin-script names are kept. GeoNames' extracts carry no coordinates for countries
// and divisions; the generator gives them the median coordinates of their cities. A
// short hand-written list (internal/gen/regions.tsv) adds regions that are neither
// countries nor divisions, and another (internal/gen/aliases.tsv) the country names
// and abbreviations news text uses ("U.S.", "Britain", "Türkiye") and the English
// names of Syria's and Iraq's governorates ("Rural Damascus"). A division also takes
// the alternate names of its namesake city ("Raqqa" for Ar-Raqqah). Alternates made
// only of common English words are translations ("White House" for Casablanca) and
// are dropped. Demonyms ("Syrian" → SYR) are data too, in data/demonyms.tsv.
//
// # Matching
//
// Matching is a longest-match scan over token spans: the text from a token's start to
// a later token's end, folded by internal/norm (case, full stops, hyphens), is looked
// up in one map. Working on spans rather than token texts keeps it indifferent to how
// the tokenizer split "U.S." or "Deir ez-Zor".
//
// A gazetteer that holds 33,000 cities names many things that are not places in a
// given sentence, so a match must pass several tests:
//   - it is capitalised; abbreviations ("US", "UK") are written in capitals and stand
//     as a noun phrase of their own, not as a modifier ("US forces", "U.S. Central
//     Command"): the word after them must close the phrase;
//   - it is not part of a longer capitalised name ("The Washington Post", "Michael
//     Jordan"), unless the next word is a place type ("Nineveh Province"); headings,
//     whose words are all capitalised, skip this test;
//   - when the NLP backbone has run, part of speech and entities overrule the
//     surface tests: a PER or ORG entity covering the match rejects it, a LOC or GPE
//     entity accepts it;
//   - one-word names that the UD English treebanks (EWT, GUM) mostly write in lower
//     case ("Mobile", "Split", "Police") or that Universal NER mostly tags as persons
//     ("Abbas") are listed in data/ambiguous.tsv by the generator; they count only
//     after a locative preposition ("in", "near", "from") or inside a LOC entity.
//     The list comes from corpus frequencies, not from hand-picking;
//   - month and weekday names (Gregorian and Islamic), demonyms and compass words on
//     their own are never places.
//
// # Disambiguation
//
// Homonyms are ranked by whether the text used the place's own name or one of its
// alternates, by kind (a country name is always the country: "Lebanon" is not
// Lebanon, Tennessee; then regions, cities, divisions, with a following "province" or
// "governorate" promoting the division), by whether the place's country is named in
// the context (the sentence for Find, the whole document for FindInDocument), and
// last by population.
//
// FindInDocument filters further with what the whole document shows: a one-word
// name seen after a capitalised word that is no place ("President Obama") is a
// person throughout, unless a locative preposition introduces it; and a town of under
// 100,000 people counts only in a country the document names.
//
// # Measured
//
// Over the 804 FA-KES articles on the Syrian war (TestFAKESLocations), the places
// found include one in the governorate the annotators gave the article in 92% of
// them, and the division mentioned most is that governorate in 81%.
//
// # Regional phrases
//
// A compass adjective ("southern Syria", "northeastern Syria"), "near"/"outside", "the
// border(s) with" and a leading "the" widen the mention's Text and Span; the place
// stays the named one, with its coordinates, since the gazetteer has no finer areas.
package place

//go:generate go run ./internal/gen
