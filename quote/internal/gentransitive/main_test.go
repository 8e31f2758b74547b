package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/repo"
	"github.com/sitrep-dev/sitrep/internal/testshared"
)

// TestCommittedDataIsCurrent regenerates the list and checks that the committed
// file is what the generator makes of the shared treebank.
func TestCommittedDataIsCurrent(t *testing.T) {
	shared := testshared.Dir(t)
	out := filepath.Join(t.TempDir(), "transitive.txt")
	if err := run(shared, out); err != nil {
		t.Fatal(err)
	}
	root, err := repo.Root()
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join(root, "quote", "data", "transitive.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("quote/data/transitive.txt is stale: run SITREP_SHARED=../shared go run ./quote/internal/gentransitive")
	}
}

// TestCount checks what counts as a use with an object: passives and relative
// clauses stay out, since their object may be missing from the tree.
func TestCount(t *testing.T) {
	in, err := os.ReadFile(filepath.Join("testdata", "count.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	uses, objs, err := count(strings.NewReader(string(in)))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		lemma     string
		uses, obj int
	}{
		{"raise", 1, 1},   // active with an object; the passive and the relative clause are left out
		{"succeed", 1, 0}, // intransitive
	} {
		if uses[c.lemma] != c.uses || objs[c.lemma] != c.obj {
			t.Errorf("%s: %d uses, %d with obj; want %d, %d", c.lemma, uses[c.lemma], objs[c.lemma], c.uses, c.obj)
		}
	}
}
