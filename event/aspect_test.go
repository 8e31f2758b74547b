package event

import "testing"

// TestAspect checks aspect's rules on invented sentences (testdata/aspect.conllu,
// one document each, published on Wednesday 2025-12-10; trees from sitrep parse,
// the since-lent one edited by hand to hang "since January" in another clause, as
// the parser sometimes does): a habitual adverb, "used to", "in the past" or a
// habitual modifier of an event noun leaves the event undated as habitual; a
// durative frame, "ongoing", the present perfect progressive, or a participle
// adjunct of such a clause leaves it undated as ongoing; "since" with a date —
// right after it, inside its phrase ("since the war began in 2011") or lent by the
// sentence — dates it from its start. A date of the clause's own, "in the past 24
// hours" and a plain past keep their dates; a date lent from another clause ("said
// on Monday that ...") does not. Every habitual, ongoing or since line is dated by
// publication, or by the lent date, without its rule.
func TestAspect(t *testing.T) {
	checkDates(t, timexCoder(t), loadDateDocs(t, "testdata/aspect.conllu"))
}

// TestEpithet: with useEpithet (measured, not adopted: NOTES.md, "Aspect"), a participle of
// standing conflict describing an actor ("fighters battling Islamic State
// militants") leaves its event undated as ongoing, and another participle on a
// noun keeps its date (testdata/epithet.conllu, as aspect.conllu).
func TestEpithet(t *testing.T) {
	defer func(on bool) { useEpithet = on }(useEpithet)
	useEpithet = true
	checkDates(t, timexCoder(t), loadDateDocs(t, "testdata/epithet.conllu"))
}
