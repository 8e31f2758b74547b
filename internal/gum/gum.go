// Package gum reads the document splits of the GUM corpus (data/gum in the
// shared folder): splits.md lists each split's documents under a "## split"
// heading, one "* GUM_genre_name" line each, and dep/ holds a CoNLL-U file per
// document. The shared copy holds a subset of GUM's documents, so callers ask
// for the listed names (Split) or for those present (Present).
package gum

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/sitrep-dev/sitrep/nlp/conllu"
)

// Split returns the document names listed under "## split" in
// dataDir/gum/splits.md, in the file's order. A split with no documents is an
// error: it is a misspelt split name or a different file.
func Split(dataDir, split string) ([]string, error) {
	path := filepath.Join(dataDir, "gum", "splits.md")
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read GUM splits: %w", err)
	}
	defer f.Close()
	var docs []string
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if h, ok := strings.CutPrefix(line, "## "); ok {
			in = strings.TrimSpace(h) == split
			continue
		}
		if d, ok := strings.CutPrefix(line, "*"); ok && in {
			if d = strings.TrimSuffix(strings.TrimSpace(d), ".conllu"); strings.HasPrefix(d, "GUM_") {
				docs = append(docs, d)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("read %s: no documents under %q", path, split)
	}
	return docs, nil
}

// Path is the CoNLL-U file of document doc.
func Path(dataDir, doc string) string { return filepath.Join(dataDir, "gum", "dep", doc+".conllu") }

// Present returns the documents of docs whose CoNLL-U file exists, in order.
func Present(dataDir string, docs []string) []string {
	var out []string
	for _, d := range docs {
		if _, err := os.Stat(Path(dataDir, d)); err == nil {
			out = append(out, d)
		}
	}
	return out
}

// Read returns the sentences of the documents, in order.
func Read(dataDir string, docs []string) ([]*conllu.Sentence, error) {
	var out []*conllu.Sentence
	for _, d := range docs {
		ss, err := conllu.ReadFile(Path(dataDir, d))
		if err != nil {
			return nil, err
		}
		out = append(out, ss...)
	}
	return out, nil
}
