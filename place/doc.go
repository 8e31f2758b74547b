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
//   - when the NLP backbone has run, part of speech and entities weigh in: a LOC or
//     GPE entity accepts a match the surface tests would doubt; a PER or ORG entity
//     rejects only a weak name (an ambiguous word, or a one-word name of small towns
//     only), since the backbone's NER takes Syrian places for persons and
//     organisations ("Khan Sheikhoun" PER, "Golan Heights" ORG);
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
// Homonyms are ranked by kind (a country name is always the country: "Lebanon" is not
// Lebanon, Tennessee; then regions, cities, divisions, with a following "province" or
// "governorate" promoting the division), then by population, nudged by the context
// (the countries the sentence names for Find, the whole document for
// FindInDocument, each worth up to a tenfold population in proportion to its share
// of the mentions, and in FindInDocument another tenfold for a country named in the
// same sentence) and slightly by the name being the place's own rather than an
// alternate. Only unambiguous evidence builds the context: country names, demonyms,
// and own names of cities of 100,000 people or more.
//
// GeoNames' alternates mix English exonyms ("Geneva" for Genève) with names from
// other languages that are English words or names ("Google" for Topeka, "Khalil" for
// Hebron). In a country the context names, any alternate counts ("Palmyra" for
// Tadmur); elsewhere an alternate must share its first consonants with one of the
// place's own names, the way transliterations do ("Duma" and "Douma").
//
// FindInDocument filters further with what the whole document shows: a one-word
// name seen after a given name or a title ("Michael Jordan", "President Obama"; the
// given names, data/givennames.tsv, are the first words of person names in GUM and
// Universal NER), or a town's name after any capitalised word that is no place, is a
// person throughout, unless a locative preposition introduces it; and in a country
// the document never names, a town counts only with 100,000 people or more and no
// article before it ("the Castello road" runs through Aleppo), and a division only
// when named as one ("Hatay province").
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
//
// # Streets named after places (stop 26)
//
// A name before "Street", "Road", "Avenue", "Boulevard", "Highway", "Square",
// "Bridge" or "Roundabout" names a street ("Baghdad Street" in Damascus,
// "Busra Square" in Daraa, the Castello Road into Aleppo), not the place, even
// where the recogniser tagged the name LOC: Find skips it (streetWords). On
// all of FA-KES the place and the events' targets it gave change in seven
// events, each read: Busra Square in Daraa no longer Basra in Iraq, the
// Castello Road no longer Castello in Italy (four events gain their target in
// Syria as an unnamed place of the document's country), and one wrong event
// ("within firing range of the Castello Road", mended in event: the range
// idiom). Test TestFindUsesAnnotations ("a street named after a place").
package place

//go:generate go run ./internal/gen
