package event

import (
	"math"
	"os"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

func ev(doc, sent, src, code, tgt string) sitrep.Event {
	return sitrep.Event{Doc: doc, Sentence: sent, Source: sitrep.EventActor{Code: src}, Target: sitrep.EventActor{Code: tgt}, CAMEO: code}
}

func TestEvaluate(t *testing.T) {
	f, err := os.Open("testdata/eval/gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := ReadGold(f)
	if err != nil {
		t.Fatal(err)
	}
	events := []sitrep.Event{
		ev("a", "Yesterday Egypt  praised Jordan warmly.", "EGYGOV", "051", "JOR"), // required match
		ev("a", "Yesterday Egypt praised Jordan warmly.", "JOR", "051", "EGY"),     // optional: neutral
		ev("a", "Turkey shelled Kurdish positions near the border.", "TURMIL", "190", ""),
		ev("a", "Turkey shelled Kurdish positions near the border.", "TURMIL", "193", "KUR"), // second match of one gold: FP
		ev("b", "Iran \"warned\" Israel on Monday.", "IRN", "138", "ISR"),                    // quotes normalised
		ev("b", "Iran \"warned\" Israel on Monday.", "IRN", "111", "ISR"),                    // wrong root: FP
		ev("c", "Not a gold document.", "USA", "190", "SYR"),                                 // ignored
	}
	sc := Evaluate(gold, events)
	if sc.Required != 3 || sc.Matched != 3 || sc.FalsePositives != 2 || sc.Neutral != 1 {
		t.Fatalf("score = %+v", sc)
	}
	if math.Abs(sc.Precision-0.6) > 1e-9 || math.Abs(sc.Recall-1) > 1e-9 || math.Abs(sc.F1-0.75) > 1e-9 {
		t.Errorf("P/R/F1 = %.3f/%.3f/%.3f, want 0.6/1/0.75", sc.Precision, sc.Recall, sc.F1)
	}
	// A short system sentence is not matched inside a longer gold sentence.
	sc = Evaluate(gold[:1], []sitrep.Event{ev("a", "Egypt praised", "EGY", "051", "JOR")})
	if sc.Matched != 0 || len(sc.Missed) != 1 {
		t.Errorf("short sentence matched: %+v", sc)
	}
}
