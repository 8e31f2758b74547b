package actor

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestDumpSeeds(t *testing.T) {
	if os.Getenv("ACTOR_DUMP") == "" {
		t.Skip()
	}
	dir := sharedDir(t)
	r := shippedResolver(t)
	files, _ := filepath.Glob(filepath.Join(dir, "corpus/seeds/0*.txt"))
	pub := map[string]string{"001": "2025-12", "002": "2026-01", "003": "2025-01", "004": "2025-11-10"}
	for _, f := range files {
		b, _ := os.ReadFile(f)
		id := filepath.Base(f)[:3]
		d := doc(id, pub[id], string(b))
		sents := analyse(d.Text)
		res := r.Analyze(d, sents, r.docDate(d))
		for _, m := range res.Mentions {
			fmt.Printf("%s s%02d %-40q %-10s %-14s ante=%d\n", id, m.Sentence, m.Text, m.Code, m.Rule, m.Antecedent)
		}
		for _, c := range res.Unknown {
			fmt.Printf("%s UNKNOWN %q %s roles=%q suggest=%s\n", id, c.Name, c.Type, c.Roles, c.Suggest)
		}
	}
}
