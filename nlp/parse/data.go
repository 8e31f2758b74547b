package parse

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/internal/gum"
	"github.com/sitrep-dev/sitrep/nlp/conllu"
)

// example is one training or evaluation sentence: words with tags, and the gold
// tree with heads indexed from 1 (0 is the root; gh[0] is unused).
type example struct {
	toks []sitrep.Token
	gh   []int32
	gl   []int16
}

// readConllu reads every sentence of a CoNLL-U file.
func readConllu(path string) ([]*conllu.Sentence, error) { return conllu.ReadFile(path) }

// trainingTreebanks reads EWT train and the GUM train documents, and the GUM dev
// documents too with gumDev. GUM's Reddit documents ship without their word forms
// (underscores stand in for them), so they are left out rather than teach the
// parser that every word is "_".
func trainingTreebanks(dataDir string, gumDev bool) ([]*conllu.Sentence, error) {
	ss, err := readConllu(filepath.Join(dataDir, "ud-ewt", "en_ewt-ud-train.conllu"))
	if err != nil {
		return nil, err
	}
	docs, err := gum.Split(dataDir, "train")
	if err != nil {
		return nil, err
	}
	if gumDev {
		dd, err := gum.Split(dataDir, "dev")
		if err != nil {
			return nil, err
		}
		docs = append(docs, dd...)
	}
	for _, d := range docs {
		if strings.HasPrefix(d, "GUM_reddit_") {
			continue
		}
		path := filepath.Join(dataDir, "gum", "dep", d+".conllu")
		if _, err := os.Stat(path); err != nil {
			continue // the shared copy of GUM holds a subset of the documents
		}
		g, err := readConllu(path)
		if err != nil {
			return nil, err
		}
		ss = append(ss, g...)
	}
	return ss, nil
}

// tokens converts gold words to tokens, keeping the tags when goldTags is set.
func tokens(s *conllu.Sentence, goldTags bool) []sitrep.Token {
	toks := make([]sitrep.Token, len(s.Words))
	for i, w := range s.Words {
		toks[i] = sitrep.Token{Text: w.Form, SpaceAfter: s.SpaceAfter(i)}
		if goldTags {
			toks[i].UPOS, toks[i].XPOS, toks[i].Lemma = w.UPOS, w.XPOS, w.Lemma
		}
	}
	return toks
}

// toExample converts a sentence with a complete, well-formed tree; ok is false for
// anything else (missing heads, heads out of range, cycles, several roots).
func toExample(s *conllu.Sentence, labelID map[string]int, goldTags bool) (example, bool) {
	n := len(s.Words)
	if n == 0 {
		return example{}, false
	}
	ex := example{toks: tokens(s, goldTags), gh: make([]int32, n+1), gl: make([]int16, n+1)}
	ex.gh[0], ex.gl[0] = none, none
	roots := 0
	for i, w := range s.Words {
		if w.ID != i+1 || w.Head < 0 || w.Head > n || w.Head == w.ID {
			return example{}, false
		}
		ex.gh[i+1] = int32(w.Head)
		if w.Head == 0 {
			roots++
		}
		l, ok := labelID[w.DepRel]
		if !ok {
			l = none
		}
		ex.gl[i+1] = int16(l)
	}
	if roots != 1 || !acyclic(ex.gh) {
		return example{}, false
	}
	return ex, true
}

func acyclic(gh []int32) bool {
	n := len(gh) - 1
	for i := 1; i <= n; i++ {
		h, steps := int(gh[i]), 0
		for h != 0 {
			if steps++; steps > n {
				return false
			}
			h = int(gh[h])
		}
	}
	return true
}

// nonProjective returns the dependent of the shortest arc that some word between
// its ends does not descend from, or none when the tree is projective (the root at
// position 0 included).
func nonProjective(gh []int32) int {
	n := len(gh) - 1
	bestD, bestLen := none, n+2
	for d := 1; d <= n; d++ {
		h := int(gh[d])
		lo, hi := min(h, d), max(h, d)
		if hi-lo >= bestLen {
			continue
		}
		for k := lo + 1; k < hi; k++ {
			if !descends(gh, k, h) {
				bestD, bestLen = d, hi-lo
				break
			}
		}
	}
	return bestD
}

func descends(gh []int32, k, h int) bool {
	for k != 0 {
		k = int(gh[k])
		if k == h {
			return true
		}
	}
	return h == 0
}

// projectivize lifts non-projective arcs, shortest first, to the head's head until
// the tree is projective (Nivre and Nilsson 2005, without label encoding: the
// lifted word keeps its relation). It returns how many arcs it lifted.
func projectivize(gh []int32) int {
	lifted := 0
	for {
		d := nonProjective(gh)
		if d == none {
			return lifted
		}
		gh[d] = gh[gh[d]]
		lifted++
	}
}
