package ner

import (
	"strings"

	"github.com/sitrep-dev/sitrep"
)

// Syntactic feature groups (trainConfig.syntax, Recognizer.syntax), bits so
// that cross-validation can ablate them one at a time. The model file keeps
// them in its flags word (flagSyntaxShift).
const (
	// synToken: the word's own relation, with its head's lemma and with its
	// head's relation ("nsubj" of "say"; "compound" of a "flat").
	synToken uint8 = 1 << iota
	// synRun: the name head — the word a compound or flat run hangs from —
	// its relation, and the word governing it ("say" × nsubj, "visit" × obj,
	// "chairman" × nmod), by lemma and by part of speech.
	synRun
	// synCase: the name head's "case" child ("in", "at", "from", "of", "by",
	// "'s"), alone and with the governing word's lemma.
	synCase
	// synNamesOnly: the features above only for capitalised words and
	// proper nouns, the words that may start or continue a name; others
	// get none, so that "he said" teaches nothing about "Maria said".
	synNamesOnly
	// synHeadPOS: synToken with the head's part of speech instead of its
	// lemma, fewer and denser features.
	synHeadPOS
	synAll = synToken | synRun | synCase | synNamesOnly | synHeadPOS
)

// nameRels are the relations that hold the words of one name together: a
// word in such a run is described by the run's head, the word the rest of the
// sentence attaches to.
var nameRels = map[string]bool{"compound": true, "flat": true, "flat:name": true, "flat:foreign": true, "fixed": true}

// head0 returns the 0-based index of toks[i]'s head, or -1 for the root and
// for tokens without a tree.
func head0(toks []sitrep.Token, i int) int {
	h := toks[i].Head - 1
	if h < 0 || h >= len(toks) || h == i {
		return -1
	}
	return h
}

// lemmaOf is a token's lemma, lower-cased (a name's lemma is its form), or
// its lower-cased text when it has none.
func lemmaOf(t sitrep.Token) string {
	if t.Lemma != "" {
		return strings.ToLower(t.Lemma)
	}
	return strings.ToLower(t.Text)
}

// nameHeads fills sc.nhead with each token's name head (itself when it does
// not hang in a compound/flat run) and sc.caseOf with each token's first
// "case" child's lemma.
func nameHeads(toks []sitrep.Token, sc *scratch) {
	n := len(toks)
	sc.nhead = sc.nhead[:0]
	sc.caseOf = sc.caseOf[:0]
	for i := 0; i < n; i++ {
		sc.caseOf = append(sc.caseOf, "")
	}
	for i := 0; i < n; i++ {
		h := i
		// A parser's tree has no cycles; the bound guards hand-made input.
		for step := 0; step < 8 && nameRels[toks[h].DepRel]; step++ {
			g := head0(toks, h)
			if g < 0 {
				break
			}
			h = g
		}
		sc.nhead = append(sc.nhead, int32(h))
		if toks[i].DepRel == "case" {
			if g := head0(toks, i); g >= 0 && sc.caseOf[g] == "" {
				sc.caseOf[g] = lemmaOf(toks[i])
			}
		}
	}
}

// syntaxFeatures appends token i's syntactic features. capw (1 when the word
// is capitalised) goes with the name-level ones: "X said" means a name when X
// is capitalised and nothing when it is "he".
func (r *Recognizer) syntaxFeatures(f []uint64, toks []sitrep.Token, i int, capw uint64, sc *scratch) []uint64 {
	rel := toks[i].DepRel
	if rel == "" {
		return f
	}
	if r.syntax&synNamesOnly != 0 && capw == 0 && toks[i].UPOS != "PROPN" {
		return f
	}
	if r.syntax&synToken != 0 {
		hl, hr := "<root>", "<root>"
		if g := head0(toks, i); g >= 0 {
			hl, hr = lemmaOf(toks[g]), toks[g].DepRel
			if r.syntax&synHeadPOS != 0 {
				hl = toks[g].UPOS
			}
		}
		f = append(f,
			fh(fDep, rel),
			fh2(fHeadLemma, rel, hl),
			fh2(fHeadRel, rel, hr),
		)
	}
	h := int(sc.nhead[i])
	hrel := toks[h].DepRel
	gl, gp := "<root>", "<root>"
	if g := head0(toks, h); g >= 0 {
		gl, gp = lemmaOf(toks[g]), toks[g].UPOS
	}
	if r.syntax&synRun != 0 {
		f = append(f,
			fhn(fRunRel, fh(0, hrel), capw),
			fhn(fGovRel, fh(0, gl), fh(0, hrel), capw),
			fhn(fGovPOSRel, fh(0, gp), fh(0, hrel), capw),
		)
	}
	if r.syntax&synCase != 0 {
		c := sc.caseOf[h]
		if c == "" {
			c = "<none>"
		}
		f = append(f,
			fhn(fCase, fh(0, c), capw),
			fhn(fCaseGov, fh(0, c), fh(0, gl), capw),
		)
	}
	return f
}

// hasTree reports whether every token carries a relation: the pipeline
// parses before it recognises; bare tokens (IOB2 input) have none.
func hasTree(toks []sitrep.Token) bool {
	for _, t := range toks {
		if t.DepRel == "" {
			return false
		}
	}
	return true
}
