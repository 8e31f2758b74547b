package event

import (
	"math"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// FuzzReadGold reads an arbitrary gold file and scores a fixed set of events
// against it: a bad line must be an error naming the line, and any gold that reads
// must score without a panic, with counts that add up and rates within [0, 1].
func FuzzReadGold(f *testing.F) {
	f.Add(`{"doc":"d1","sentence":"A met B.","source":["USA"],"target":["RUS"],"cameo_root":["04"]}` + "\n" +
		`{"doc":"d1","sentence":"","source":[""],"target":[],"cameo_root":[],"required":false}` + "\n\n")
	f.Add(`{"doc":"d2","sentence":"Ž","required":null}` + "\n{")
	f.Add("{}\n[]\n")
	events := []sitrep.Event{
		{Doc: "d1", Sentence: "A met B.", Source: sitrep.EventActor{Code: "USAGOV"}, Target: sitrep.EventActor{Code: "RUS"}, Root: "04", CAMEO: "040"},
		{Doc: "d1", Sentence: "A met B. Then more.", Root: "19"},
		{Doc: "d2", Sentence: "", Root: ""},
	}
	f.Fuzz(func(t *testing.T, s string) {
		gold, err := ReadGold(strings.NewReader(s))
		if err != nil {
			if !strings.Contains(err.Error(), "gold") {
				t.Fatalf("error does not say where: %v", err)
			}
			return
		}
		sc := Evaluate(gold, events)
		if sc.Matched+len(sc.Missed) != sc.Required {
			t.Fatalf("matched %d + missed %d != required %d", sc.Matched, len(sc.Missed), sc.Required)
		}
		for _, r := range []float64{sc.Precision, sc.Recall, sc.F1} {
			if math.IsNaN(r) || r < 0 || r > 1 {
				t.Fatalf("rate out of range: %+v", sc)
			}
		}
	})
}
