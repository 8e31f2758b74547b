package ner

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// readGold reads a UNER IOB2 file as tokens and gold tags.
func readGold(t testing.TB, path string) ([][]sitrep.Token, [][]string) {
	toks, tags, _ := readGoldDocs(t, path)
	return toks, tags
}

// readGoldDocs also returns where each document starts ("# newdoc" comments).
func readGoldDocs(t testing.TB, path string) ([][]sitrep.Token, [][]string, []int) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := ReadIOB2(f)
	if err != nil {
		t.Fatal(err)
	}
	var toks [][]sitrep.Token
	var tags [][]string
	var docs []int
	for i, s := range sents {
		for _, c := range s.Comments {
			if strings.HasPrefix(c, "# newdoc") {
				docs = append(docs, i)
			}
		}
		toks = append(toks, s.Tokens)
		tags = append(tags, s.Tags)
	}
	if len(docs) == 0 || docs[0] != 0 {
		docs = append([]int{0}, docs...)
	}
	return toks, tags, docs
}

// TestAccuracy checks the shipped model against the UNER test sets, which it was
// neither trained nor tuned on, with exact-span F1 over PER, ORG and LOC,
// against issue 3's bar of 75 on both (the shipped model: EWT 75.99, PUD
// 75.92; NOTES.md, "Sentences written here").
func TestAccuracy(t *testing.T) {
	data := sharedData(t)
	r, err := Load()
	if path := os.Getenv("SITREP_NER_MODEL"); path != "" {
		// A retrained model, measured before it replaces the shipped one.
		f, ferr := os.Open(path)
		if ferr != nil {
			t.Fatal(ferr)
		}
		r, err = Read(f)
		f.Close()
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name     string
		path     string
		bar, doc float64 // sentence by sentence, and a document at a time
	}{
		{"UNER EWT test", filepath.Join(data, "uner", "ewt", "en_ewt-ud-test.iob2"), 0.75, 0.75},
		{"UNER PUD test", filepath.Join(data, "uner", "pud", "en_pud-ud-test.iob2"), 0.75, 0.75},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks, tags, docs := readGoldDocs(t, tc.path)
			var pred [][]string
			for i, a := range docs {
				b := len(toks)
				if i+1 < len(docs) {
					b = docs[i+1]
				}
				for k, ents := range r.RecognizeDocument(toks[a:b]) {
					pred = append(pred, Tags(ents, len(toks[a+k])))
				}
			}
			all, byDoc := ScoreTags(tags, pred)
			t.Logf("%s by document: P %.2f R %.2f F1 %.2f (PER %.2f ORG %.2f LOC %.2f)", tc.name,
				100*all.P, 100*all.R, 100*all.F1, 100*byDoc["PER"].F1, 100*byDoc["ORG"].F1, 100*byDoc["LOC"].F1)
			if all.F1 < tc.doc {
				t.Errorf("%s by document: F1 %.2f, want ≥ %.2f", tc.name, 100*all.F1, 100*tc.doc)
			}
			p, rc, f1, by := Evaluate(r, toks, tags)
			t.Logf("%s: P %.2f R %.2f F1 %.2f", tc.name, 100*p, 100*rc, 100*f1)
			for _, typ := range Types {
				s := by[typ]
				t.Logf("  %s: P %.2f R %.2f F1 %.2f", typ, 100*s[0], 100*s[1], 100*s[2])
			}
			if f1 < tc.bar {
				t.Errorf("%s F1 %.2f, want ≥ %.2f", tc.name, 100*f1, 100*tc.bar)
			}
		})
	}
}
