// Package event codes events — who did what to whom, when and where, according to
// whom — from parsed sentences and their actor mentions.
//
// The coder reads PETRARCH/CAMEO verb dictionaries (event/verbdict: the embedded
// PETRARCH-2 CAMEO.2.0.txt plus sitrep's overlay of event nouns and newer verbs, in
// event/data) and applies their patterns over dependency trees, not word windows: a
// verb's subject (through control, raising, coordination, participles and relative
// clauses; the agent of a passive), its object and its prepositional phrases; an
// event noun's possessor, "of"/"by" agent, "between" sides and partner phrases, or
// the subject of the light verb that carries it ("engaged in operations", "began
// negotiations"), or, in a time adjunct, the clause's subject ("announced a deal after
// talks"); a subjectless gerund takes the clause's subject ("by releasing") or, after
// "accused X of" or "urged X to", its object. Walking up from the trigger it reads the
// mode: negated ("the meeting was cancelled"), planned, intended, conditional
// ("urged X to", "could take place"), thwarted, or claimed by a reporter
// (attributed_to) — or by the outlet itself, where its own sentence charges an actor
// with an act (accuse.go). Codes, Goldstein scores, quad classes and PLOVER types
// come from event/codebook. Places, dates and quantities come from Locators that
// the pipeline supplies (event/locators wires the place, timex and quantity
// packages). A past-tense event whose sentence has no date of its own takes the date
// of the narrative it continues, an earlier sentence of its paragraph about the same
// actors, with DateFrom "inherited" (inheritDate states the rule and its limits). A
// clause about a stretch or a series of happenings ("has been battling X since June
// 9", "for months", "regularly bomb") is not dated by publication (aspect.go; see
// "Aspect" below).
//
// Evaluate scores coded events against a gold file with shared/eval/score_events.py's
// matching; event/petr runs PETRARCH's own validation suite.
//
// # Design
//
// Each rule answers a way news is written, not one sentence, with a fixture on
// invented sentences in testdata that fails without it. A rule that adds events is
// held to a hand reading of those it adds on all of FA-KES (all of them, or a
// seeded sample of 40): above 70% right.
//
//   - Tree repairs (tree.go, dateline.go; testdata/retree.conllu) read back the
//     parser's errors on news shapes before coding — datelines and bylines,
//     headline verbs read as nouns, comma-less wire copy, quantity nouns, hedges
//     ("jets believed to be Russian") — where a shape can be read back without
//     second-guessing the parser.
//   - What the 2015 dictionary lacks or misreads is in event/data/overlay.txt,
//     beside the CAMEO codebook line it follows; an overlay block with no default
//     wins the tie (verbTrigger prefers the later block at equal score).
//   - War news often names the weapon and not its user, and aims force at a place
//     or at people it does not name. Force with no agent in reach is reported
//     with an empty source (agentless.go; Options.NoAgentless turns it off); force
//     on a place or on unnamed victims takes the place's country or its civilians
//     (SYR, SYRCVL; target.go); a bombing, shelling or air strike by an agent the
//     coder trusts to aim it stands alone with no target (Options.UntargetedCodes),
//     and so does ground taken told as an event ("the army took control of
//     al-Karima town"; not "the hills it still occupies": seizure in roles.go).
//   - The document is read as a whole (docState): "the raids" take the agent of the
//     force the two sentences before reported (earlierForce); "the capital" and
//     villages the gazetteer does not know lie in the document's country
//     (unnamedPlaceIn, unknownPlaceIn).
//   - One happening is one event: a killing that reports force's outcome, force
//     restated by its verb and a generic code beside an exact one are dropped
//     (dropOutcomes, dropRestated, dropSubjectForce, dropGeneric), as the seeds'
//     and FA-KES's gold count them.
//
// # Aspect
//
// An undated background line dated by publication would join the day's incidents
// in a claim record. DateFrom says where a date came from: "since" (the event began
// then and goes on), "ongoing" and "habitual" (undated; DateText holds the words
// that say so), "reported" (the day a report verb was dated, a horizon rather than
// the event's day; DateReported) and "inherited". Mode is not used for this.
//
// # What ships and how it measures
//
// The package's data are the embedded PETRARCH-2 dictionary, the overlay and the
// codebook (event/data); the tagger and parser it reads are nlp/parse's. A change
// to overlay.txt or to a rule is measured with the commands below. Figures at the
// end of stop 33:
//
//	seeds (score_events.py; event/seedtest's TestSeeds)   P 0.853 R 0.967 F1 0.906
//	FA-KES development set (docs/eval/fakes-events.md)    68 matched, 6 false positives
//	FA-KES test set (docs/eval/fakes-events-test.md)      59 matched, 6 false positives
//	written set 1 (docs/eval/written-events.md)           73 matched, 57 false positives; P 0.561 R 0.371
//	written set 3 (the same page)                         74 matched, 59 false positives; P 0.556 R 0.374
//	all 804 FA-KES articles                               4,007 events
//	PETRARCH validation                                   253 of 284 records, 341 of 366 codings
//
// The written sets are articles of the seeds' genre written and coded blind for
// sitrep. Before their misses were read the coder scored F1 0.325 on set 1 and
// 0.335 on set 3: the honest figure for new articles, far under the seeds'
// 0.906. Set 2 (written-events-2, 188 required events) is held out, its misses
// never read: F1 0.336 with the coder of stop 30, 0.393 at the end of stop 31,
// 0.404 at the end of stop 32 (P 0.606 R 0.303), 0.414 at the end of stop 33
// (P 0.608 R 0.314).
//
// The FA-KES test set is no longer fully held out: its misses were described
// before the vocabulary work and its false positives were read. All of FA-KES:
// `sitrep --db F ingest fakes.csv`, then `events` --format jsonl, counted;
// validation: `sitrep eval petr …/PETR.UnitTest.records.xml --dictionaries
// …/petr-unittest`. examples/storyline, which the workbench's browser tests
// ingest, is checked too.
//
// # Known gaps
//
//   - judgedForce takes the most recent force whatever noun refers to it, so
//     "condemned the ambush" after "the strikes hit 70 targets" judges the
//     strikes' agent; a fix was measured and not kept.
//   - "came under attack from the opposition over the budget" is still force;
//     a foreign village with no marker takes the place country ("Israeli jets
//     bombed Metula" as Syria's), and country names count among a document's
//     places.
//   - Dates in a phrase beside the verb ("In a statement on Monday, the army said
//     …", "Speaking on Monday, …"), a date before the verb and "said on Monday
//     evening" stay the act's own.
//   - "a shell" (singular), "mortar rounds", "mortar bombs", "fired artillery"
//     stay 190; coordinated objects give one event, the first object's.
//   - Measured, not adopted: joining a split coordinated subject, the generic
//     present (useGenericPresent) and epithets (useEpithet, which TestEpithet
//     turns on).
//   - Many rules were found by probing the seeds' genre (US–Syrian relations,
//     2025) with invented sentences and change nothing on FA-KES: their fixtures
//     hold them.
//
// NOTES.md holds every experiment and measurement behind these choices, in the
// order they were made, with the events each change added or removed and how they
// read by hand.
package event
