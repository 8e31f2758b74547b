package tag

import (
	"strings"

	"github.com/sitrep-dev/sitrep"
)

// FiniteRepair turns the repairs after tagging on (repairFinite, and
// repairAcronyms); off only to measure the tagger without them (see NOTES.md, "A
// clause needs a finite verb", "Acronyms in brackets").
var FiniteRepair = true

// repairFinite retags as a past-tense verb the first past participle that
// follows a noun phrase in a sentence with no finite verb at all: "The army
// killed 15 fighters." The treebanks the tagger learns from are web text, where
// "killed" and "struck" are mostly participles ("was killed", "people killed"),
// so it tags the main verb of a news sentence as one and the parser then makes
// the sentence a noun phrase with no clause. A clause needs a finite verb; a
// participle right after a noun (its subject's head) and right before what can
// begin an object is the likeliest to be it, and it is retagged only when the
// sentence has no finite verb and no imperative before it.
func repairFinite(toks []sitrep.Token) {
	first := -1
	for i, t := range toks {
		switch t.XPOS {
		case "VBD", "VBZ", "VBP", "MD":
			return
		case "VB":
			if first < 0 {
				return // an imperative: "See attached file", "Please find attached …"
			}
		}
		if t.XPOS == "VBN" && first < 0 && afterSubject(toks, i) && i+1 < len(toks) && objectStart(toks[i+1]) {
			first = i
		}
	}
	if first >= 0 {
		toks[first].XPOS, toks[first].UPOS = "VBD", "VERB"
	}
}

// afterSubject reports whether token i follows a noun or pronoun directly, or
// through one adverb ("the army reportedly killed"): where a subject's head
// ends, unlike a participle before its noun ("the perceived reasons").
func afterSubject(toks []sitrep.Token, i int) bool {
	j := i - 1
	if j >= 0 && toks[j].XPOS == "RB" {
		j--
	}
	return j >= 0 && (strings.HasPrefix(toks[j].XPOS, "NN") || toks[j].XPOS == "PRP")
}

// objectStart reports whether a token can begin a direct object: a participle
// followed straight by one ("killed 15 fighters", "struck the base") is seldom
// passive, where one followed by a preposition ("based on", "found in") is.
func objectStart(t sitrep.Token) bool {
	switch t.XPOS {
	case "DT", "CD", "PRP$", "PRP", "NN", "NNS", "NNP", "NNPS", "JJ", "PDT":
		return true
	}
	return false
}
