package gold

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/actor"
	"github.com/sitrep-dev/sitrep/actor/internal/wordsplit"
)

func TestScore(t *testing.T) {
	r, err := actor.Load(actor.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := &sitrep.Document{ID: "d", Published: "2025-06-01", Status: sitrep.StatusOK,
		Text: "Iraqi officials met Syrian officials in Baghdad. Washington said nothing."}
	path := filepath.Join(t.TempDir(), "gold.jsonl")
	// One right, one with a wrong code (counts as missed, and the mention as extra),
	// one the resolver cannot find.
	gold := `{"doc":"d","context":"Iraqi officials met","text":"Iraqi officials","codes":["IRQGOV"]}
{"doc":"d","context":"met Syrian officials","text":"Syrian officials","codes":["SYRMIL"]}
{"doc":"d","context":"in Baghdad.","text":"Baghdad","codes":["IRQGOV"]}
`
	if err := os.WriteFile(path, []byte(gold), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := Score(r, path, []*sitrep.Document{d}, func(d *sitrep.Document) []sitrep.Sentence { return wordsplit.Sentences(d.Text) })
	if err != nil {
		t.Fatal(err)
	}
	// Resolved: Iraqi officials, Syrian officials, Washington.
	if res.System != 3 || res.Correct != 1 || res.Gold != 3 || res.Found != 1 {
		t.Errorf("got %+v", res)
	}
	if len(res.Extra) != 2 || len(res.Missed) != 2 {
		t.Errorf("extra %q missed %q", res.Extra, res.Missed)
	}
	bad := filepath.Join(t.TempDir(), "bad.jsonl")
	os.WriteFile(bad, []byte(`{"doc":"d","context":"not there","text":"x","codes":[]}`+"\n"), 0o644)
	if _, err := Score(r, bad, []*sitrep.Document{d}, nil); err == nil {
		t.Error("a context missing from the text should be an error")
	}
}
