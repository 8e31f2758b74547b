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
//
// # Subject "it" and "them" (it.go)
//
// A subject "it" takes a state or organisation only by its sentence's
// dependency tree (itAntecedent): the subject of the nearest clause that
// governs the pronoun's ("Ankara said it had arrested", "Washington claims …,
// and on the other hand it has been"; a passive's "by" phrase counts as its
// subject), else the nearest earlier clause subject of the sentence ("Although
// Baghdad objected, it signed"), else the main subject of the sentence before
// ("The ministry issued a statement. It said"). The first subject found decides:
// a thing, a person or a plural there leaves "it" unresolved. It is also left
// when the governing clause has an object or oblique that is a singular thing or
// another actor between its subject and the pronoun ("Damascus rejected the plan
// because it lacks backing"; not the noun of the pronoun's own relative clause,
// "the attack, which it says killed"), when the pronoun's clause describes the
// predicate of a copula ("Raqqa is the capital of the caliphate … in territories
// it controls"), and always for the expletive, extraposed and cleft "it"
// (expletiveIt: weather and raising verbs, "it is clear that", "it is time to",
// "it was reported", "it remains to be seen", "it took years to", "it was X
// who"). An object "it" is never linked (it is most often the act just told),
// nor is any "it" in a sentence without a tree. "them" takes the nearest plural
// group or force before it in its sentence, never the subject of its own clause
// or of the clause it shares a subject with ("ambushed the troops, killing dozens
// of them"), the noun a participle describing it hangs on, nor what a pronoun
// subject was resolved to; not "among them", not a capitalised acronym ("IS"),
// and not when people who are no actor stand between ("killed 25 civilians, six
// of them children"). "they" is unchanged. Fixtures: testdata/it.conllu
// (invented sentences, parsed by sitrep parse), pipeline/itcoref_test.go.
//
// Measured 2026-12-05 (one binary per row; commands as in the brief:
// SITREP_SHARED=/work/shared go test ./actor -run Seed -v, and
// ./actor/corpustest -run SeedMentionsNLP for the NLP backbone; score_events.py
// on the seeds and on the FA-KES development set, docs/eval/fakes-events.md):
//
//	                                  seed mentions P / R       seed mentions (NLP) P / R    seeds events   FA-KES set P / R   all FA-KES events
//	main (28478fe)                    0.912 0.904 (217/238)     0.908 0.900 (216/238)        0.800 0.800    0.561 0.237        1670
//	subject "it" + "them" (adopted)   0.912 0.904 (217/238)     0.908 0.908 (218/240)        0.800 0.800    0.561 0.237        1692
//
// The test tokenizer gives no tree, so the first column cannot move; with the
// NLP backbone the two gold pronouns "it has been" (USA) and "some of them"
// (IMGMUSISI) are found and nothing wrong is added. Seed frames (frames --actor
// USA --by country) are unchanged: 001 +0.04, 002 −0.07 (most negative), Al
// Arabiya −0.03, Caliber.Az +0.14, Newsmax +0.04. On all 804 FA-KES articles
// 21 events are added and 1 removed, every one through a pronoun link; read by
// hand, all 21 links are right (13 "it", 8 "them"); 14 of the events are right
// and 7 wrong, the wrong ones by their event code (060 for "controls", 050 for
// "backed by air strikes" and for a charity that "supports" facilities, 120 for
// "prevent them from advancing", 170 for "inflicting losses") or a stray target
// (RUS for "both countries"); the removed event was wrong (SANA as a target).
// Pronoun links themselves, 20 of each drawn with random.Random (11 for "it", 7
// for "them"): "it" 17/20
// right (162 links in all; wrong: "since it launched an assault" given to the
// reporting Observatory, "saying it looked like a provocation", "seize Mallah as
// it runs adjacent to the road"); "them" 12/20 right (65 in all; wrong: vehicles,
// districts, prisoners and a misread subject; none of them made an event).
//
// Measured, not adopted:
//   - without a tree, the nearest state or organisation before "it" in the
//     sentence: seed mentions precision 0.912 → 0.900 (three extras, all wrong:
//     "it does not imply" given to ISIS, "it perceives" to the US, "it has been"
//     to Baghdad), under the 0.91 floor;
//   - no rival check at all (an object or oblique thing does not stop the
//     search): no event changes on the seeds or FA-KES, 30 more "it" links on
//     FA-KES; of 12 drawn (random.Random(3)) 7 right, most of them "the attack
//     which it says killed", which the adopted check now lets through (the noun
//     of the pronoun's own relative clause is no rival), and 5 wrong ("saying it
//     was carried out", "a school after it was hit"), which it still stops;
//   - "them" blocked by any plural noun between it and the candidate (not only
//     people): removed six FA-KES events, three right ("providing them with
//     weapons", "allowing them to leave", "injuring scores of them" after "the
//     terrorists gatherings") and three wrong, and brought back a wrong one.
//
// # Actors of the Syrian war from all of FA-KES
//
// The unresolved names of all 804 FA-KES articles (mentions kept with an empty
// code, counted by a throwaway tool as `sitrep actors --unknown` counts them),
// most frequent first, are mostly places, reporters and people the dictionaries
// need not know. The armed and political actors among them, and those the test
// set's miss classes name, are in data/overlay.txt, coded as the Phoenix
// country file codes Syria's groups and as the FA-KES gold conventions expect:
// the National Defense Forces (SYRMIL, the state's militia), the National
// Coalition as a short name of the Syrian National Coalition and the High
// Negotiations Committee (SYROPP), the Syrian Network for Human Rights and the
// Syrian Arab Red Crescent (SYRNGO), Faylaq al-Rahman and Jaish al-Fatah (SYRREB;
// Phoenix gave the latter MEAREB, a regional code), Igor Konashenkov (RUSMIL)
// and Chris Garver (USAMIL), spokesmen of their militaries. The Muslim
// Brotherhood has national branches, so it is a role noun of the opposition
// (~OPP): "Egypt's Muslim Brotherhood" is EGYOPP, and a bare "the Muslim
// Brotherhood" takes the report's country as other generic opposition nouns do.
// "The Syrian Coalition" and FA-KES's apostrophe-less "Syrian Coalitions" were
// already known and resolve (SYROPP); a bare "the Coalition" does only after the
// full name (shortname.go), so misses there lie elsewhere (not read against the
// test set's gold lines). Tests: syriawar_test.go, each case failing without its
// record.
//
// Measured as event/doc.go's "Vocabulary from all of FA-KES" measures (seeds,
// both FA-KES sets, all FA-KES events, every added event read): seeds, dev and
// test sets unchanged (0.800 / 0.800; 0.610 / 0.258; 0.667 / 0.146); on all of
// FA-KES 17 events added, 13 right, and 7 removed, six of them the same events
// with Jaish al-Fatah as MEAREB. The four wrong: two "added" (a speech verb coded
// GRANT) of a spokesman and a coalition leader, "terrorists deployed in the
// college" made to deploy against the army, and an Israeli strike on the
// militia's base given to the Syrian army (wrong before, as SYRGOV). A first
// version that also had Fars News Agency (FNA, IRNMED) and came before the
// control/lead correction added 22, 13 right; both FNA events were wrong (the
// agency, a run-in "FNA reports", taken as a target), so it was dropped.
//
// Measured, not adopted:
//   - "the Observatory" as the Syrian Observatory for Human Rights (313 uses in
//     FA-KES, almost all as a reporter): 8 events added, 3 right; the wrong ones
//     make the reporter the agent of the strikes it reported;
//   - Jabhat al-Nusra as IMGMUSALQ rather than SYRREBMUS (event/doc.go): the
//     test set lost a match.
//
// # A capital before a generic group noun (branch evprec)
//
// A capital stands for its government ("Damascus said": SYRGOV), and a role noun
// after it used to keep that code whatever it named: SANA's run-in dateline
// glued to the next sentence, "Damascus Terrorists of the so-called Jaish
// al-Islam targeted …", coded the government as the attacker, and a later
// "terrorists" resolved to it. Before a generic group noun (rebels, insurgents,
// militants, gunmen, terrorists, the opposition) the capital says where the group
// is, and the group is of the country: "Damascus rebels" SYRREB, "Damascus
// Terrorists" SYRUAF; "Damascus officials" and "Damascus" alone stay SYRGOV
// (build.go, modifier; TestCapitalGroups). On the FA-KES development set it
// turns two false events into matches (event/doc.go, "False events on FA-KES");
// on all of FA-KES it recodes 3 events: those two, and "Cairo Opposition
// Platform" (a Syrian opposition group named after the city) from EGYGOV to
// EGYOPP, wrong either way. Seeds and the test set unchanged.
//
// # The group or organ behind a use of force, and organs without their state
//
// Two gaps of the same kind (docs/eval/fakes-events-test.md, NOMINAL-MOD and
// ACTOR-GENERIC): a generic group noun that modifies a noun of force ("rebel
// shelling", "terrorist rocket attacks", "the rebel barrage") was a description,
// not an actor, though a country in the same place ("Russian air strikes") is
// the attacker; and a state organ named without its state ("Government forces
// shelled the town", "regime air strikes", "under a regime siege", "the army"
// with no army before it) stayed uncoded unless an organ of the same kind came
// within five sentences before. Now genericAt takes a generic noun that
// modifies a noun of force (modifiesForce) as a generic mention, coded as any
// other (an antecedent, the one armed group, a place, the document's country);
// and organs gives a state organ (sectors GOV, MIL, COP; not a person such as
// "officials" or "the minister", whose country news names, nor a weapon platform
// such as "warplanes", which several states fly over one war) that coreference
// left uncoded the document's dominant country (docCountry), rule
// "agent:document". An organ named before keeps its state ("Turkish troops … the
// troops"). Fixtures: TestOrgans, TestForceModifiers.
//
// Measured with score_events.py (docs/eval/fakes-events.md and
// fakes-events-test.md for the commands), binaries built before and after,
// 2026-12-06:
//
//	                         seeds P / R / F1       FA-KES development P / R (matched, FP)   FA-KES test P / R (matched, FP)   all FA-KES events
//	before (5ef19dc)         0.781 0.833 0.806      0.811 0.309 (30, 7)                      0.741 0.163 (20, 7)               2132
//	after                    0.781 0.833 0.806      0.829 0.350 (34, 7)                      0.788 0.211 (26, 7)               2349
//
// (The test set had been read before, so it is not fully held out; no rule
// here was written from its lines.) Seed actor mentions unchanged (precision
// 0.912, recall 0.904). On all of FA-KES 233 events are added and 16 removed.
// Of a seeded sample of 40 added events (random.Random(2026)), 32 are right
// (rebel shelling of government-held Aleppo, a regime siege, terrorist rocket
// attacks on neighbourhoods, regime raids, government forces killing
// "terrorists"); the 8 wrong have a wrong target or code that the coder would
// give the same sentence with a named actor (civilians in an IS-held area
// coded as IS; "dealt great blows" as 110; a conditional agreement as
// occurred; a deal the parties "brokered" as mediation) or a source read off a
// misparsed sentence. Of the 16 removed, 9 are replaced by a better reading of
// the same sentence (the rebels now the target of a repelled offensive, the
// government rather than Russia besieging Aleppo), two by an equally right one
// (the other conjunct of two attackers), one wrong event goes (Russian
// "support" coded as a concession); two agentless events go
// because their agent ("government forces") is now in reach but the sentence's
// shape ("during a bombardment by", "accused X of gassing") codes nothing with
// it; one right event goes where the parser reads "told SANA that government
// forces clashed" with "that" as a determiner and the organ, now a mention, is
// no longer the speaker's code carried over; and a deployment "alongside the
// SDF" gains a wrong target.
//
// A government's weapon platforms ("regime warplanes", "government
// helicopters", "a regime drone") were no mention at all: the organ modifies a
// noun that is no force, and a bare platform names no state. The pair is now one
// mention, coded by organs as the organ's state's military (SYRMIL in a report
// on Syria) and never by the last platform named before it ("Russian jets …
// government helicopters", and no coreference links them to an earlier
// "Russian warplanes": they are left to organs). Only the government's:
// "military jets believed to be Russian" are a kind of jet.
// Same measures: seeds and both FA-KES sets
// unchanged; on all of FA-KES 15 events added (2,349 → 2,364) and one recoded
// (a regime helicopter's barrel bomb, SYRGOV → SYRMIL). Read by hand: 13 of the
// 15 right (helicopters dropping barrel bombs on Aleppo, regime aircraft
// bombing a factory, rebels shooting down a regime drone, regime planes
// striking Kurdish forces); wrong, a rebel-held town coded as the government
// and "the army returning fire" read as a return (0842); and, before the rule
// was limited to the government, "military jets believed to be Russian" coded
// as Syria's.
//
// A government's organs are no group's. "Occasional clashes between SDF units
// and government forces" gave "government forces" the SDF's code twice over:
// the coordination rule shares a first conjunct's actor with a bare role noun
// after "and" ("Syrian officers and soldiers"), and coreference linked a plural
// organ to any earlier plural of its sector ("SDF units"). A role phrase with
// "government" or "regime" in it now takes neither from an actor that is no
// state; it is resolved as a bare organ (TestOrgans). Seed actor mentions:
// precision 0.912 → 0.916 (the wrong mention gone; the clash is still not
// coded, since 001 names the US and Syria about as often and "government
// forces" then stays uncoded). No event changes on the seeds or on FA-KES.
//
// A demonym that modifies a noun of force names the state's military ("Russian
// air strikes": RUSMIL, as "Russian jets" already were), and so does its conjunct
// ("Russian and Syrian air strikes": modifiesForce follows a conjunct to the
// first one's relation). A bare country name in that place stays as it was
// ("Syria air strikes kill 19" names where as often as who). A role noun
// conjoined with another state's mention does not take that state
// ("Russian and government air strikes": conjoined, the government is the
// document's, not Russia's). Measured with the event change of the same commit
// (event/doc.go, "Co-agents and co-mediators"): seeds and both FA-KES sets
// unchanged; on all of FA-KES 60 events recoded from the bare country to its
// military (RUS → RUSMIL, TUR → TURMIL) and 5 added, 4 right (Syrian air
// strikes on Raqqa, a Syrian bombing raid on Aleppo, Syrian and Russian air
// strikes over Aleppo, Syrian attacks the UN condemned; wrong: "European
// allies launch airstrikes against IS in Syria" aimed at Syria).
//
// A short name that modifies a noun of force is the force's agent: "a coalition
// air strike", "Coalition strikes killed 15 civilians" take the coalition named
// before, as "Russian air strikes" take Russia (build.go; the short-name rule
// otherwise needs "the" or a sentence opening). TestForceModifiers, "a short
// name". Seeds and both FA-KES sets unchanged; on all of FA-KES one event
// added, right (civilians killed "in coalition raids" in Manbij).
//
// # The coalition no one introduced (shortname.go, warCoalition)
//
// News on the war against the Islamic State calls the U.S.-led coalition "the
// coalition" without ever naming it in full: "Coalition raids kill 21 civilians
// in IS stronghold", "at least five coalition air strikes". The short-name rule
// needs an earlier full name, so 108 uses of the word on all of FA-KES were left
// uncoded. Now a short name "coalition" ("the coalition", "the international
// coalition", "coalition warplanes") with no antecedent is the U.S.-led coalition
// (COALITION, rule "context:coalition") when the document names the Islamic
// State, and no "coalition" before it was introduced as someone else's: one
// described ("a coalition of rebel groups", "a coalition between"), or
// qualified by a word that is not the U.S.-led coalition's ("rebel", "Arab-
// Kurdish", "Saudi-led"; "the", "international", "anti-jihadist" and "U.S.-led"
// are its). A short name is also no longer one when "of" follows it ("the front
// of the building"), and "coalition"/"alliance" before a role noun is a short
// name with its units anywhere ("coalition warplanes", "Coalition forces" that
// the tagger read as a common noun). TestShortNames has the cases.
//
// Measured (seeds, both FA-KES sets, all of FA-KES; the tagger's acronym
// repair of the commit before taken out; with it,
// all of FA-KES goes 2,612 → 2,616 at this commit): 21 uses coded by the rule and 16 more
// by the short-name rule after them (coref:short 61 → 77), 71 left (mostly
// described coalitions, and possessives whose apostrophe FA-KES lost:
// "coalitions strikes"); read by hand, all 21 are the U.S.-led coalition
// ("crusader coalition aircraft" in a group's claim included). Events: seeds
// and both FA-KES sets unchanged; all of FA-KES 2,600 → 2,604, three right
// (coalition raids killing civilians, twice; coalition aircraft supporting the
// Kurdish-Arab forces) and one wrong ("Turkey and the coalition have carried out
// strikes against IS group": the coalition aimed at Turkey, because "IS" was
// tagged a verb — the tagger's repair makes it the Islamic State).
//
// # Datelines (dateline.go)
//
// Wire copy opens with the place it was filed from, "BEIRUT (Reuters) -",
// "DAMASCUS, Syria (AP) —", "MOSCOW October 1 (RIA Novosti) -", and FA-KES's
// flattened copies keep "BEIRUT At least 15 people were killed … in government
// air strikes". The capital was read as its government ("Beirut said"), and the
// organ rule then gave "government air strikes" Lebanon: LBNGOV and JORGOV
// events on Syrian air strikes. The words of a dateline — capitals of two
// letters or more and four in all, then optionally a comma and a region, a date
// and an agency in brackets, and a dash or a colon (a hyphen glued to the next
// word is no dash: "US-led") — are now ordinary words, never an actor or a name;
// without the dash, a country or capital in capitals followed by a word in
// ordinary case ("BEIRUT At least", "BEIRUT A Russian helicopter") or a date and
// an agency ("BEIRUT August 21 (The Associated Press) Syrian regime forces") is
// one too. A known group or person in capitals ("ISIS —") is not. TestResolve's
// "dateline" cases.
//
// Measured: seeds unchanged; FA-KES development set 9 → 8 false positives (a
// LBNGOV air strike), test set unchanged; all of FA-KES 2,878 → 2,865 events:
// 19 removed, 18 of them wrong (Lebanon's, Jordan's or Russia's government made
// the agent or the target of Syrian events; "HOMS (Sputnik) On Thursday night
// the United States launched 59 Tomahawk cruise missiles" made Syria the
// launcher; the one right, the Islamic State seizing areas of Syria, went with
// a pronoun's antecedent), and 6 added or recoded, 3 right (the Syrian
// government's assault and air strikes that were Lebanon's before).
//
// # Regime forces, and whose government forces are (stop 23)
//
// "Regime forces are battling the Islamic State" coded nothing: the Phoenix
// agents have GOVERNMENT_FORCES and GOVERNMENT_TROOPS but of "regime" only the
// bare noun (~GOV) and MILITARY_REGIME, so "regime forces" was no role phrase
// and its verb had no subject, while "Syrian regime forces" took the bare
// noun's SYRGOV. The overlay adds "regime forces", "regime troops" and
// "regime soldiers" (~MIL), analogues of the Phoenix entries; as role
// phrases with "regime" in them they are organs (the document's country when
// nothing earlier names their state).
//
// Coreference then linked "regime forces" to any earlier plural of the
// military sector, "Russian forces" among them: in a report on Syria, "Russian
// forces … regime forces seized the Castello Road" made the seizure Russia's. A
// role phrase with "government" or "regime" in it now takes an earlier state
// organ only when that state is the document's dominant country (docCountry)
// or the antecedent was itself named a government or regime ("Turkish
// government forces … government forces"); otherwise it is left to organs,
// which code it only where the document's country is clear. TestOrgans ("nor
// by coreference to another state's forces", "but to a government named so",
// "and not where no country is clear"; "nor by coreference" now names its
// three Syrian places, the case it tests being the SDF, not an unclear
// document).
//
// Measured (docs/eval/fakes-events.md, "Stop 23"): seeds unchanged; FA-KES
// development set unchanged; test set 31 → 32 matched, 8 false positives as
// before; all of FA-KES 2,895 → 2,953 events: 89 added, 31 removed or
// recoded. Of 25 added read by hand (random.Random(2026)), 21 are right
// (regime forces battling the Islamic State, shelling, bombing, besieging,
// killing civilians; Russia and Hezbollah backing them); the 4 wrong are the
// verb's reading, not the actor's ("escalated bombardment" as 060, "pressed a
// campaign" as 110, "guarded by regime troops" as 150, a misparsed target).
//
// # Units and positions are their group (stop 23)
//
// "ISIS gunmen ambushed an army patrol near Palmyra", "rebels shelled regime
// positions", "a suicide bomber attacked the police station", "the army foiled
// an attack on military posts": what is done to a group's patrol, convoy,
// checkpoint, post, position, base, unit, stronghold or station is done to the
// group, and CAMEO codes the group as the target (or, for "an army unit
// clashed with", the agent). A generic group noun or a state organ that
// modifies such a noun (unitNouns: modifiesUnit, sharing modifiesHead's walk
// with modifiesForce) is now a mention as it is before a noun of force, and so
// is a Phoenix role phrase ending in one ("ARMY_PATROL", "MILITARY_BASE",
// "POLICE_POST"), which had been left uncoded unless "the" stood before it.
// TestForceModifiers ("a generic noun modifying a unit noun", "a state organ
// modifying a unit noun"; "a generic noun modifying another noun stays a
// description" now uses "territory", which is no unit).
//
// Measured (docs/eval/fakes-events.md, "Stop 23"): seeds and the development
// set unchanged; test set 34 → 35 matched, 8 → 7 false positives; all of FA-KES
// 2,992 → 3,025 events, 60 added and 27 removed or recoded. Most of the 27 are
// the same events with a sharper target (a Syrian town → SYRMIL for an army
// base, SYRGOV → SYRCOP for a police station, SYR → SYRREB for rebel
// positions). Of the 60 added, read by hand, about 50 right (army units
// attacking and attacked, rebels shelling regime positions, suicide bombings
// of police stations, the Islamic State taking army positions); wrong, an
// army unit's target read as Iraq, "targeted … concentrations" coded 040, page
// furniture, and "the Hmeimim military base", which is Russia's, read as the
// document's army.
//
// # A bare platform takes no state (stop 24)
//
// "SANA said artillery fire killed two people": a state organ's role noun
// with no state of its own takes the state of the sentence's first state
// actor ("Iraqi Defense Minister X said the army plans"), and "artillery",
// an agent of the military sector, took SANA's: the Syrian army, for rebel
// fire SANA reported. A bare platform ("artillery", "warplanes", "drones")
// names the weapon, not whose it is, as organ() already held; it no longer
// takes that state (coref, TestForceModifiers "a bare platform before a force
// noun"). Measured with the event coder's fire noun (event/doc.go "Fire from
// weapons"): ten wrong agents gone on all of FA-KES, four right ones lost.
//
// Stop 24 also counts a group's dens and gatherings among its units ("the army
// targeted terrorist dens", SANA's usage): all of FA-KES +1 event, right.
//
// # A state's positions and targets (stop 25)
//
// "Israeli jets struck Iranian positions near Damascus", "the U.S. strike on
// the Syrian air base", "regime raids on Kurdish positions": a demonym before
// a unit noun was a description of a thing, as "Syrian prisons" is
// (describesThing), so the strike had no target or took the place's country.
// A demonym that modifies a unit noun names the state's military, as one
// before a noun of force does (IRNMIL, SYRMIL; an ethnic group's code stays
// its own plus MIL: KURMIL). Targets join the unit nouns ("struck Iranian
// targets", "hit jihadist targets", "destroyed 23 terrorist targets"): what
// belongs to a group and is struck is the group. And "the Russian Aerospace
// Forces", Russia's air force since 2015, were industry (Phoenix's AEROSPACE
// ~BUS): the overlay lists "aerospace forces" as ~MIL. TestForceModifiers
// ("a demonym modifying a unit noun", "… targets", "aerospace forces are an
// air force"). Seeds and both FA-KES sets unchanged; all of FA-KES 3,481 →
// 3,486: Kurdish positions bombarded by the regime (three added), the US
// strike on the Syrian air base (two, which had no target), jihadist and
// terrorist targets hit (two, which had none or Syria), and ten events of the
// Aerospace Forces recoded from RUSBUS to RUSMIL; three events of an Al-Araby
// tag list glued to a sentence, wrong before, now aimed at KURMIL.
//
// # "Its forces" (stop 25)
//
// "Syria denied that its forces had attacked civilians in Sweida" coded
// nothing: "its" resolved to Syria, but a bare role noun is a mention only
// where it refers back (after "the", at a clause's start), so "forces" was
// none, and the attack's agent was "its" — Syria itself, which does not
// attack its own civilians (the coder drops a country acting on its own
// country's people; its organs may). A role noun right after "its" is now a
// mention (possessed) that takes, in corefer's last pass, the pronoun's state
// with the role's sector ("its forces" SYRMIL, "its jets" RUSMIL, "its
// embassy" IRQGOV), or the group the pronoun names ("IS said its fighters":
// IMGMUSISI). Only where "its" found its antecedent in the same sentence: a
// sentence-initial "Its forces" that reaches back is too often wrong (FA-KES:
// the SDF's forces read as Syria's), and such a noun is then left uncoded,
// not given the document's state (organs). The event coder reads "built up
// its forces in Syria" as the source's own, as it reads "its" (selfPronoun).
// TestResolve ("its forces", "its fighters", "its forces across sentences";
// "its units" now a mention), TestShortNames ("its jets"),
// TestNeuterPronounTree ("its embassy"). Seeds and both FA-KES sets
// unchanged; all of FA-KES: two events recoded RUSGOV → RUSMIL ("denied its
// warplanes carried out air strikes", "its jets have hit Aleppo"). Found by
// probing the seeds' genre. (A version that let such nouns refer back like
// "the forces" added two wrong events and lost one right.)
//
// # "We" in a quote is the speaker's side (stop 25)
//
// "“Israel has attacked our sovereignty more than 1,000 times,” al-Shaibani
// told the Security Council": "we" and "our" were no mentions, so the attack
// had no target. Inside quotation marks, they are the side of the quote's
// speaker — the subject, outside the quote, of a verb of saying in the same
// sentence (quoteSpeaker) — coded as the speaker is (a general as the
// military, a foreign minister as the government). Outside quotes, or with no
// speaker named in the sentence (a quote running over several sentences),
// they stay unresolved. TestQuoteSpeaker. Seeds: 001's "“We have now had
// multiple instances of collaboration with the Syrian government …,” Cooper
// said" now codes the US military's cooperation with the Syrian government
// (claimed), which the gold lists as not required: P / R unchanged. Both
// FA-KES sets unchanged; all of FA-KES: one event added ("“We hold the
// Russian government responsible for airstrikes …,” Rhodes said": the
// accusation is right, its source wrong — the resolver reads the speaker Ben
// Rhodes as the Greek island, GRC) and one knock-on change of the
// document's dominant country (a siege coded as the regime's, intended, gone).//
// # A review's mends (stop 25)
//
// A helper agent's review of the stop's changes (its own fuzz targets over
// random trees and the full pipeline, about half a million runs, no crash)
// found that the bare "s" the tokenizer now splits off "Iraqs" was no
// possessive to the resolver, which reads only "'s": "Iraqs army shelled
// Mosul" lost its agent (IRQMIL) that the unsplit word had given. A bare
// "s" tagged POS right after the word it belongs to is read as "'s" (and
// insideThing's possessor check reads the tag too). Reading the apostrophe's
// own shape then showed "Syria's rebel-held Idlib province" making "Syria's
// rebel" a mention (SYRREB) that took the victims' place as the target: a
// role noun that opens a hyphenated adjective ("rebel-held",
// "opposition-held", "government-controlled") after a state is no mention.
// TestPossessiveTree. Seeds and the test set unchanged; development set
// matched unchanged (50); all of FA-KES 3,509 → 3,525, the "Syrias regime"
// (SYRGOV), "ISILs terrorists" (IMGMUSISI) and opposition-held places (their
// country, not the opposition) of lost apostrophes read as the apostrophe's.//
// The review also found the demonym rule of "A state's positions and
// targets" too wide: "a Syrian stronghold of ISIS" became Syria's military,
// "Palestinian targets" and "Russian targets" (an airliner) militaries. A
// demonym before a group's den, hideout, stronghold or gathering says where
// it is (groupUnits); before "targets" it names the state, not its military.
// TestForceModifiers ("a demonym modifying a stronghold"; "… targets" now
// TUR). Seeds and all of FA-KES unchanged.
//
// # Streets named after countries (stop 26)
//
// Phoenix lists "Nile" as Egypt and "Palestine" as the Palestinian
// territories, so "terrorists fired rocket shells at Nile Street" in Aleppo
// made Egypt the target. A dictionary name before a capitalised "Street",
// "Road", "Avenue", "Boulevard", "Highway", "Square", "Bridge" or
// "Roundabout" is no actor (streetNames; place does the same for places).
// TestResolve ("a street named after a country"). All of FA-KES: two events
// lose Egypt as their target (one now Syria, the city's country), none other
// changes.
//
// # Fighters loyal to someone (stop 26)
//
// "A suicide bomber killed 25 soldiers and fighters loyal to Assad" coded the
// loyalists as the document's rebels (SYRREB): a generic group noun takes the
// document's country as a rebel group. A generic noun followed by "loyal to"
// is someone's, named after it, and not the document's rebels: when an actor
// follows ("loyal to President Bashar al-Assad", "loyal to the Islamic
// State"; a title before the name skipped), the phrase is that actor's
// people, a state's forces (SYRMIL) for a state's leader or organ and the
// group's own members for a group (loyalTo); otherwise it is left uncoded.
// TestGenericGroups ("fighters loyal to …", three cases). All of FA-KES: the
// two events that made loyalists the rebels go; two killings of "soldiers and
// fighters loyal to Assad" and of "13 fighters loyal to the government" now
// target the Syrian military (the second was an unaimed bombing, 183).
//
// # Another coalition told apart by its modifier (stop 27)
//
// The coalition rule above stops at any "coalition" introduced before as
// someone else's, so in an article that cites "the Syrian National Coalition"
// and then reports "the bombing carried out by the international coalition",
// the second stayed uncoded and the bombing had no agent (FA-KES development
// set, Asharq Al-Awsat). The short-name rule already tells the two apart:
// "the international coalition" refers back only to a coalition whose name
// has "international". So another coalition named before no longer stops the
// rule for a short name with a modifier that its name lacks; "the coalition"
// alone still refers back to the Syrian one. TestShortNames ("another
// coalition named, told apart by the modifier", and "no modifier: that one").
// Events: FA-KES development set 57 → 58 matched, false positives 5 → 4 (that
// bombing, now the coalition's); seeds, test set and the count of all FA-KES
// events unchanged (3,601), one event given its agent.
//
// # "Government troops" in the plural, and fighters "from" a group (stop 27)
//
// Phoenix lists GOVERNMENT_TROOPS, COMBAT_TROOPS and JIHADISTS beside TROOP and
// JIHADIST, written in the plural; the loader read every entry as a singular,
// so bare "government troops" (33 uses in FA-KES: "on Monday government troops
// stormed a village", "between government troops and rebels") was a singular
// role noun with no determiner, which refers back to nothing and takes no
// country. markPlurals (dict.go) marks an entry plural when its head word is
// the regular plural of another entry's word (the head of a phrase with "of"
// is before it: "council of ministers" stays one body). TestMarkPlurals,
// TestOrgans ("government troops, bare").
//
// Reading plurals as plurals moved other readings: "jihadists from the
// Islamic State of Iraq and the Levant" became the document's jihadists
// (SYRUAFMUS) instead of leaving the name to the group. A generic group noun
// "from" an organisation is now that organisation's members, as one "loyal
// to" it is (loyalTo); "from" a country or a place says where they come from
// and codes nothing. TestGenericGroups ("fighters from a group are its own",
// "fighters from a place serve no one the place names").
//
// Events (commands of docs/eval/fakes-events.md): seeds, both FA-KES sets
// unchanged; all of FA-KES 3,615 → 3,630, each change read. Right: government
// troops storming a village, IS battling government troops, the militias
// aiding "pro-regime ground forces" (which were coded as cooperating with
// each other) and those forces unable to take the town, rebels' chemical
// arms against government troops (claimed by state media), jihadists and
// militants "from" the Islamic State and the Nusra Front as those groups.
// Wrong: "government troops and Kurdish forces … had been battling" made the
// two sides of one fight (the reciprocal reading of a compound subject);
// "troops trying to storm a contested neighborhood of Damascus" aimed at the
// government (the capital read as its government in that phrase); the
// coalition "fighting the jihadist group in Syria and Iraq" aimed at the two
// countries (the singular "jihadist" no longer refers back to the plural
// "Islamic State group jihadists"); "airstrikes on the government troops"
// lost its target in a document whose country is unclear. Net: eleven events
// right that were missing or wrong, five wrong.
//
// # A review's mends (stop 27)
//
// The helper agent's review (event/doc.go, "A review's mends (stop 27)") found
// two faults here: markPlurals marked "minister for sports" plural (SPORTS is
// the plural of SPORT), so a minister so named referred back to "Russian
// officials" — a phrase with "for", "and" or a comma is now headed before it,
// as one with "of" was (TestMarkPlurals); and a group noun "from" an
// organisation took the organisation's code where the name only modified the
// noun after it ("militants from the United Nations list of terrorist groups"
// were the UN): the name must end the phrase, no name, role or noun the tagger
// marks after it (TestFromGroupTagged). All of FA-KES: one target moved
// ("terrorists from ISIL al-Nusra Front" aim at the Nusra Front).
//
// # The one government a report names (stop 27)
//
// Organs ("government forces", "the regime") take the document's dominant
// country; where no country dominates — a report on US–Syrian cooperation
// names both about as often — they stayed uncoded, and seed 001's "occasional
// clashes between SDF units and government forces persist" lost the
// government's side (its "Syrian government forces" antecedent is more than
// five sentences back, beyond coreference's window). A role phrase of the
// government or the regime now takes, where the document's country is
// unclear, the one state whose government the mentions before it named as
// such ("the Syrian government", "Syrian government forces"); with two such
// states, nothing (namedGovernment). TestOrgans ("no clear country, but one
// government named", "… two governments named").
//
// Events (commands of docs/eval/fakes-events.md): seeds P / R / F1 0.849 /
// 0.933 / 0.889 → 0.853 / 0.967 / 0.906 (the clash, both directions, as the
// gold codes it); both FA-KES sets unchanged; all of FA-KES 3,642 → 3,646,
// each right: "US strikes on regime forces", regime forces seizing the
// Castello Road, the opposition accusing government forces of gassing
// civilians, an airstrike on an aid convoy. PETRARCH validation,
// examples/storyline and the seed claims (checks 1 to 4 of issue 6) unchanged.
package actor
