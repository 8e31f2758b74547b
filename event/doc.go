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
// with an act (accuse.go). Codes,
// Goldstein scores, quad classes and PLOVER types come from event/codebook. Places,
// dates and quantities come from Locators that the pipeline supplies
// (event/locators wires the place, timex and quantity packages). A past-tense event
// whose sentence has no date of its own takes the date of the narrative it continues,
// an earlier sentence of its paragraph about the same actors, with DateFrom
// "inherited" (inheritDate states the rule and its limits).
//
// Evaluate scores coded events against a gold file with shared/eval/score_events.py's
// matching; event/petr runs PETRARCH's own validation suite.
package event
