// Command gentransitive writes quote/data/transitive.txt, the verbs that take an
// object in most of their active uses in the UD English Web Treebank's training
// part. The quote extractor reads it to tell a relative clause whose "that" fills
// the verb's object ("the concern that he raised") from a complement clause the
// parser labelled as one with "that" as its object ("confidence that the talks
// would succeed"): see lightClause.
//
// Usage, from the repository root:
//
//	SITREP_SHARED=../shared go run ./quote/internal/gentransitive
//
// A verb counts when the tagger of the treebank says VERB; passive uses (an
// nsubj:pass or aux:pass) and relative clauses (whose gap may be the object) are
// left out. A verb is listed with at least minUses such uses, an obj in at
// least half of them.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/repo"
)

const minUses = 5

func main() {
	out := flag.String("out", "", "output file (default: quote/data/transitive.txt under the repository root)")
	flag.Parse()
	if err := run(os.Getenv("SITREP_SHARED"), *out); err != nil {
		slog.Error("gentransitive", "err", err)
		os.Exit(1)
	}
}

func run(shared, out string) error {
	if shared == "" {
		return fmt.Errorf("SITREP_SHARED not set")
	}
	if out == "" {
		root, err := repo.Root()
		if err != nil {
			return err
		}
		out = filepath.Join(root, "quote", "data", "transitive.txt")
	}
	src := filepath.Join(shared, "data", "ud-ewt", "en_ewt-ud-train.conllu")
	f, err := os.Open(src)
	if err != nil {
		return fmt.Errorf("gentransitive: %w", err)
	}
	defer f.Close()
	uses, objs, err := count(f)
	if err != nil {
		return fmt.Errorf("gentransitive: %s: %w", src, err)
	}
	var b strings.Builder
	b.WriteString("# Verbs that take an object in at least half of their active uses (at least 5)\n")
	b.WriteString("# in UD English EWT train (CC BY-SA 4.0), written by quote/internal/gentransitive:\n")
	b.WriteString("# lemma, then uses with an object / active uses. Do not edit: regenerate.\n")
	var lemmas []string
	for l, n := range uses {
		if n >= minUses && 2*objs[l] >= n {
			lemmas = append(lemmas, l)
		}
	}
	slices.Sort(lemmas)
	for _, l := range lemmas {
		fmt.Fprintf(&b, "%s\t%d/%d\n", l, objs[l], uses[l])
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("gentransitive: %w", err)
	}
	slog.Info("gentransitive", "verbs", len(lemmas), "out", out)
	return nil
}

// token is what count needs of one CoNLL-U word line.
type token struct {
	id, head    string
	lemma, upos string
	deprel      string
}

// count reads CoNLL-U and returns, per lower-cased verb lemma, its active uses
// outside relative clauses and those of them with an obj.
func count(r io.Reader) (uses, objs map[string]int, err error) {
	uses, objs = map[string]int{}, map[string]int{}
	var sent []token
	flush := func() {
		kids := map[string][]string{}
		for _, t := range sent {
			kids[t.head] = append(kids[t.head], t.deprel)
		}
		for _, t := range sent {
			if t.upos != "VERB" || t.deprel == "acl:relcl" {
				continue
			}
			ks := kids[t.id]
			if slices.Contains(ks, "nsubj:pass") || slices.Contains(ks, "aux:pass") {
				continue
			}
			l := strings.ToLower(t.lemma)
			uses[l]++
			if slices.Contains(ks, "obj") {
				objs[l]++
			}
		}
		sent = sent[:0]
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			flush()
			continue
		}
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 8 || strings.ContainsAny(f[0], "-.") {
			continue // multiword ranges and empty nodes carry no relation
		}
		sent = append(sent, token{id: f[0], lemma: f[2], upos: f[3], head: f[6], deprel: f[7]})
	}
	flush()
	return uses, objs, sc.Err()
}
