package event

import "testing"

// TestAspect checks aspect's rules on invented sentences (testdata/aspect.conllu):
// a habitual adverb, "used to", "in the past" or a habitual modifier of an event
// noun leaves the event undated as habitual; a durative frame or the present
// perfect progressive leaves it undated as ongoing; "since" with a date dates it
// from its start; a day of its own, "in the past 24 hours" and a plain past keep
// their dates. Every habitual or ongoing line is dated by publication without the
// rule.
func TestAspect(t *testing.T) {
	checkDates(t, timexCoder(t), loadDateDocs(t, "testdata/aspect.conllu"))
}
