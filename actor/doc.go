// Package actor resolves who the actors of a news article are on the day it was
// written: it turns the mentions in analysed sentences into CAMEO-style actor codes
// ("SYRGOV", "USAMIL", "IMGMUSISI") and collects the people and organisations it
// does not know.
//
// Dictionaries. The PETRARCH/Phoenix actor and agent dictionaries (MIT, Open Event
// Data Alliance) are embedded and read exactly as PETRARCH reads them: ParseActors and
// ParseAgents. They are a decade old, so an overlay in a simpler, documented format
// (data/overlay.txt, ParseOverlay) adds and corrects the actors of 2024–2026 with
// validity dates; a phrase in the overlay replaces the Phoenix record for it. Users
// add their own dictionaries and overlay through Options, and Accept appends an
// analyst's decision to an overlay.
//
// Resolution. Words are matched longest-first against a word trie of every phrase,
// then assembled the way news writes about actors: a country or organisation with
// the role nouns after it ("Iraqi officials" → IRQGOV, "Syrian government forces" →
// SYRMIL), titles before names ("Syrian President Ahmed al-Sharaa"), coordination
// ("American and Syrian officials" → two mentions), appositions ("X, the Iraqi
// foreign minister"), metonymy ("Washington said", "the Kremlin") and demonyms. A
// capital, country or building is dropped where it is a place ("in Damascus",
// "Nineveh province"), and a demonym where it describes a thing ("Syrian prisons").
// Within a document, surnames, "the general", "the group", "officials" and pronouns
// take the code of their antecedent. Every mention keeps its token range, byte span
// and the rule that resolved it.
//
// Rules. Mention.Rule says how a mention was resolved: "dictionary", "metonymy",
// "demonym", "agent" (actor + role noun), "coordination", "title", "apposition",
// "coref:surname", "coref:agent", "coref:group", "coref:pronoun"; "unknown" marks a
// person or organisation kept with an empty code for discovery (Discover returns
// them with the role words and suggested code; Tally sums them over documents).
//
// Time. Codes are chosen for the document's publication date (a month or a year is
// read as its last day) or an explicit date: the same "Ahmed al-Sharaa" is SYRREB in
// 2023 and SYRGOV from 8 December 2024.
//
// Degrading. Resolution uses part-of-speech tags, dependencies and named entities
// when the NLP backbone supplies them and falls back on capitalisation and word
// shapes when it does not.
//
// # Generic groups, weapon platforms and short names (FA-KES development set)
//
// Generic group nouns (generic.go): a role noun with no actor of its own whose
// sector is a non-state one (REB, INS, UAF, OPP, RAD: "rebels", "militants",
// "terrorists", "the opposition", "gunmen") takes, in order, an earlier mention
// with the same noun ("Syrian rebels" … "rebels"), the one international armed
// group the document names twice (for "militants", "terrorists", "jihadists",
// "extremists" only), the country of a place attached to it ("rebels in Idlib",
// "Aleppo rebels"), or the document's dominant country: the country of most
// gazetteer places and actor mentions, with at least three and twice any other
// (Options.Places, which pipeline.LoadAnalyzer sets to the gazetteer's
// FindInDocument). Otherwise it stays uncoded. Not generic: a modifier ("rebel
// positions", "rebel-held"), someone's ("its fighters", "militants of the
// Islamic State", "terrorists from ISIL"), the state's side ("pro-government
// militias", "regime fighters"), a title before a name ("the terrorist group
// Jaish al-Islam"). A hyphenated backer is not the group's country ("US-backed
// rebels" are SYRREB in a report on Syria, no longer USAREB). Weapon platforms
// (overlay agents jet, plane, aircraft, airpower, helicopter, drone, gunship,
// tank) make a state's military, unless a civilian word stands between
// ("cargo plane"); "the army" does not refer back to them. Short names
// (shortname.go): "the Coalition", "the coalition", "Coalition war planes" take
// the nearest earlier organisation whose name has that word ("the international
// coalition" only one whose name says so, or COALITION).
//
// Measured with score_events.py (docs/eval/fakes-events.md for the commands), one
// binary per row, 2026-12-05:
//
//	                                        seeds P / R / F1     FA-KES set P / R / F1        all FA-KES events
//	main (4167060)                          0.800 0.800 0.800    0.350 0.072 0.120 (7, 13)    779
//	generic nouns, platforms, backers       0.800 0.800 0.800    0.391 0.093 0.150 (9, 14)    1071
//	+ short names (adopted)                 0.800 0.800 0.800    0.400 0.103 0.164 (10, 15)   1090
//
// (matched, false positives in brackets.) Most generic-actor misses of the set
// still need a place or victim as target (TARGET-PLACE), which this package does
// not supply. On all 804 FA-KES articles the adopted version adds 337 events and
// removes 34 (328 and 33 outside the 15 development articles). Read by hand: of 35
// added events drawn with random.Random(5) outside the set, 20 are right; of two
// earlier draws while the rules were being fixed, 23/40 and 17/40; the wrong ones
// are mostly wrong event codes or sources that a now-coded generic target lets
// through (060 for "controls", 130 for "breaking ties", a run-in place label as
// source), not wrong generic codes. Of the 33 removed events, 23 were wrong (a
// backer coded as the group's country, a place or a broker taken as the target
// where the group now is) and 10 right, most of them replaced by the same event
// with the group as target. Actor mentions in the seeds (actor/testdata): test
// tokenizer precision 0.927 → 0.912, recall 0.900 → 0.904; NLP backbone 0.923 →
// 0.908, 0.900 → 0.904; examples precision 0.977 → 0.956. The new extras are all
// generic nouns that the gold leaves out by its guideline (a role noun "with no
// recoverable actor"): "terrorists" (IMGMUSISI) in an Iraqi editorial on the
// Islamic State, "militants" (IMGMUSISI) in a briefing on Islamic State cells.
// PETRARCH's validation is unchanged (344/366 codings). Claims of the seeds are
// unchanged.
//
// Measured, not adopted:
//   - the dominant country from places alone (no actor mentions): seeds P 0.774
//     (one more false event), FA-KES set unchanged, 14 events added and 25 removed
//     elsewhere in FA-KES; actor mentions of the state ("Syrian troops") are part of
//     what a report is about;
//   - at least two, not three, mentions for the dominant country: no change on
//     either set or on FA-KES (its articles name Syria many times);
//   - a plural generic noun before a name taken as a title too ("rebels Jaish
//     al-Islam"): it only lost a right event, a headline "… meets southern rebels"
//     glued to the name that opens the next sentence; the singular rule (adopted)
//     removed seven events, five of them wrong;
//   - any actor or role noun right before a generic noun makes it that phrase's
//     ("Takfiri militants", "non-jihadist rebels" lost): removed 30 events, most of
//     them right; only a resolved actor phrase ending right before it now does;
//   - a demonym before what a party puts forward ("rejected Kurdish demands", "the
//     Russian proposal", "the Saudi initiative") kept as the party (describesThing
//     dropping it otherwise): seeds and the FA-KES set unchanged, and on all of
//     FA-KES one event added, wrong (its source misread) — no evidence either way,
//     so left out.
package actor
