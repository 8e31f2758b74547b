package event

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// TestAgentless codes agentless.conllu: force whose subject is the weapon or the
// kind of force, with nobody in reach who used it, is reported with no source
// ("-"); not when it is denied, when a modifier or a governing clause names the
// user, or when the force is a clash, whose sides are its agents (agentless.go).
func TestAgentless(t *testing.T) {
	codeWithPlaces(t, "testdata/agentless.conllu", func(p sitrep.Place) bool { return p.Name == "Syria" })
}

// TestNoAgentless: the option leaves agentless force out.
func TestNoAgentless(t *testing.T) {
	c, err := Load(Options{NoAgentless: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, fx := range loadFixtures(t, "testdata/agentless.conllu") {
		for _, ev := range c.Code(fx.doc, fx.sents, fx.mentions) {
			if ev.Source.Code == "" {
				t.Errorf("%s: NoAgentless coded %s", fx.id, describe(ev))
			}
		}
	}
}

// TestEarlierForce codes the two-sentence documents of testdata/earlier-force.conllu
// and compares the events of each document's last sentence with its "# expect"
// lines.
func TestEarlierForce(t *testing.T) { checkLastSentences(t, coder(t), "testdata/earlier-force.conllu") }

// TestCapital does the same with testdata/capital.conllu: force aimed at "the
// capital" or another place with no name (unnamedPlaceIn), with two demonyms known.
func TestCapital(t *testing.T) {
	c := coderWithDemonyms(t, map[string]string{"Syrian": "SYR", "Lebanese": "LBN"})
	checkLastSentences(t, c, "testdata/capital.conllu")
}

// checkLastSentences codes the documents of path (the format of inherit.conllu) with
// c and compares the events of each one's last sentence with its "# expect" lines.
func checkLastSentences(t *testing.T, c *Coder, path string) {
	docs := loadDateDocs(t, path)
	want := map[string][]string{}
	var id string
	for _, cs := range readRaw(t, path) {
		if v := cs.Meta("newdoc id"); v != "" {
			id = v
		}
		for _, cm := range cs.Comments {
			if k, v, ok := strings.Cut(cm, "="); ok && strings.TrimSpace(k) == "expect" {
				want[id] = append(want[id], strings.TrimSpace(v))
			}
		}
	}
	for _, d := range docs {
		t.Run(d.doc.ID, func(t *testing.T) {
			last := d.sents[len(d.sents)-1].Span
			var got []string
			for _, ev := range c.Code(d.doc, d.sents, d.mentions) {
				if ev.Span == last {
					got = append(got, describe(ev))
				}
			}
			if strings.Join(got, "; ") != strings.Join(want[d.doc.ID], "; ") {
				t.Errorf("got %q, want %q", got, want[d.doc.ID])
			}
		})
	}
}

// TestDocumentParty codes document.conllu: parties the document names around a
// sentence that names none (sanctioned).
func TestDocumentParty(t *testing.T) { checkLastSentences(t, coder(t), "testdata/document.conllu") }
