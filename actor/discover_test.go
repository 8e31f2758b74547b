package actor

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/ingest"
)

func TestTally(t *testing.T) {
	r := shippedResolver(t)
	var tl Tally
	for i, text := range []string{
		"Iraqi Interior Minister Zaid Qaribi met Layla Hassan.",
		"Zaid Qaribi, the Iraqi interior minister, spoke again.",
		"Zaid Qaribi left.",
	} {
		d := doc(string(rune('a'+i)), "2026-01-01", text)
		sents := analyse(text)
		tl.Add(d, sents, r.Discover(d, sents))
	}
	top := tl.Top(0)
	if len(top) != 2 || top[0].Name != "Zaid Qaribi" || top[0].Mentions != 3 || len(top[0].Docs) != 3 {
		t.Fatalf("top = %+v", top)
	}
	if top[0].Suggest != "IRQGOV" || len(top[0].Examples) != 3 || top[0].Type != "PER" {
		t.Errorf("Zaid Qaribi = %+v", top[0])
	}
	if top[1].Name != "Layla Hassan" || top[1].Suggest != "" {
		t.Errorf("second = %+v", top[1])
	}
}

// TestDiscoverFakes runs discovery over the FA-KES Syrian-war corpus and checks that
// what it reports is unknown to the dictionaries; -v prints the top of the list.
func TestDiscoverFakes(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 804 articles")
	}
	items, err := ingest.ReadAll(context.Background(), filepath.Join(sharedDir(t), "data/corpora/fakes_syria/fakes.csv"), ingest.Options{})
	if err != nil {
		t.Skipf("FA-KES not readable: %v", err)
	}
	analyseDoc := testAnalyse
	if a, ok := tryNLP(); ok {
		analyseDoc = a
	}
	r := shippedResolver(t)
	var tl Tally
	docs := 0
	for _, it := range items {
		if it.Err != nil || it.Doc.Status != sitrep.StatusOK {
			continue
		}
		docs++
		sents := analyseDoc(it.Doc)
		tl.Add(it.Doc, sents, r.Discover(it.Doc, sents))
	}
	top := tl.Top(25)
	if len(top) < 10 {
		t.Fatalf("only %d unknown names in %d documents", len(top), docs)
	}
	for i, u := range top {
		if i < 10 || testing.Verbose() {
			t.Logf("%2d. %-28s %-3s %4d mentions %3d docs suggest=%-7s roles=%q", i+1, u.Name, u.Type, u.Mentions, len(u.Docs), u.Suggest, first(u.Roles, 2))
		}
		// A reported name must be unknown: alone, it resolves to nothing.
		d := doc("probe", "2017-01-01", u.Name+" said nothing.")
		for _, m := range r.Resolve(d, analyse(d.Text)) {
			if m.Code != "" && strings.Contains(u.Name, m.Text) && len(m.Text) == len(u.Name) {
				t.Errorf("%q is reported unknown but resolves to %s", u.Name, m.Code)
			}
		}
	}
}

func first(xs []string, n int) []string {
	if len(xs) > n {
		return xs[:n]
	}
	return xs
}
