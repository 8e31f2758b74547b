package pipeline

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/actor"
	"github.com/sitrep-dev/sitrep/event"
)

// A subject "it" and a "them" that the actor resolver links (actor/it.go) give the
// event coder its source or target; an extraposed or cleft "it" must not hand the
// previous sentence's actor an event. The articles are invented; each case names
// the event's verb and the source and target codes wanted ("-" for no event with
// that verb).
func TestPronounEvents(t *testing.T) {
	an, err := LoadAnalyzer(actor.Options{}, event.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text, verb, want string
	}{
		{"it: the previous sentence's subject",
			"The Turkish army issued a statement on Monday. It then shelled Kurdish fighters near the border.",
			"shelled", "TURMIL KURREB"},
		// the coder's own fallback (event earlierSubject) found this one before;
		// the resolver's link must agree with it
		{"it: the reporting clause's subject",
			"Ankara said on Monday that it had arrested three Kurdish fighters.",
			"arrested", "TURGOV KURREB"},
		{"them: the reporter, not the clause's subject",
			"Kurdish fighters said Turkish troops had attacked them near the border.",
			"attacked", "TURMIL KURREB"},
		{"it: a cleft is not the army",
			"The Turkish army issued a statement on Monday. It was Kurdish fighters who attacked the Turkish troops.",
			"attacked", "KURREB TURMIL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &sitrep.Document{ID: "p", Published: "2025-11-10", Status: sitrep.StatusOK, Text: tt.text}
			res := an.Analyze(d)
			var got []string
			for _, ev := range res.Events {
				if ev.Verb == tt.verb {
					src, tgt := ev.Source.Code, ev.Target.Code
					if tgt == "" {
						tgt = "-"
					}
					got = append(got, src+" "+tgt)
				}
			}
			if strings.Join(got, "; ") != tt.want {
				var ms []string
				for _, m := range res.Mentions {
					ms = append(ms, m.Text+"="+m.Code)
				}
				t.Errorf("%q: %s events %q, want %q (mentions %q)", tt.text, tt.verb, got, tt.want, ms)
			}
		})
	}
}
