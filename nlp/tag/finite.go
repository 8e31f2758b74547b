package tag

import (
	"strings"

	"github.com/sitrep-dev/sitrep"
)

// FiniteRepair turns the repairs after tagging on (repair: repairAcronyms,
// repairFinite, repairTimedVerb, repairSubordinate, repairPhrasal); off only to measure the
// tagger without them (see NOTES.md, "A clause needs a finite verb", "Acronyms
// in brackets").
var FiniteRepair = true

// repair applies, in order, the rules that fix what the model gets wrong in
// news text (the package comment lists them); Tag runs it after the passes.
func repair(toks []sitrep.Token) {
	repairAcronyms(toks)
	repairFinite(toks)
	repairTimedVerb(toks)
	repairSubordinate(toks)
	repairPhrasal(toks)
}

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
		if t.XPOS == "VBN" && first < 0 && afterSubject(toks, i) && i+1 < len(toks) && (objectStart(toks[i+1]) || withVerb(toks, i)) {
			first = i
		}
	}
	if first >= 0 {
		toks[first].XPOS, toks[first].UPOS = "VBD", "VERB"
	}
}

// withVerbs are done "with" someone, not to them: "clashed with government
// troops", "met with the envoy". Followed by "with", their participle is seldom
// passive, as "armed with" or "charged with" are.
var withVerbs = []string{"clashed", "fought", "met", "sided", "cooperated", "negotiated", "spoke", "talked",
	"collaborated", "coordinated", "consulted", "battled", "skirmished", "partnered"}

// withVerb reports whether token i is a withVerbs participle followed by "with".
func withVerb(toks []sitrep.Token, i int) bool {
	return i+1 < len(toks) && inWords(toks[i].Text, withVerbs...) && inWords(toks[i+1].Text, "with")
}

// afterSubject reports whether token i follows a noun or pronoun directly, or
// through one adverb ("the army reportedly killed"), or through a short phrase
// set off by commas ("the PMF, for its part, denied"; "Hussein, the minister,
// said"): where a subject's head ends, unlike a participle before its noun
// ("the perceived reasons").
func afterSubject(toks []sitrep.Token, i int) bool {
	j := i - 1
	if j >= 0 && toks[j].XPOS == "RB" {
		j--
	}
	if j >= 0 && toks[j].Text == "," {
		// The aside is at most maxAside words and holds no other comma.
		const maxAside = 6
		for k := j - 1; k >= 0 && k >= j-maxAside-1; k-- {
			if toks[k].Text == "," {
				j = k - 1
				break
			}
		}
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

// repairTimedVerb retags as a past-tense verb an "-ed" word the tagger read as
// an adjective or a participle right after a time phrase of the "last month"
// kind that itself follows a noun or pronoun, when what comes next can begin
// an object: "the US Treasury last month imposed sanctions on ...". Wire copy
// puts the time between subject and verb, where the tagger, trained on web
// text, reads "last month" as the subject and "imposed" as the object's
// adjective; the parser then loses the clause. A participle there followed by
// a preposition ("the sanctions last month imposed on Iran") is left alone.
func repairTimedVerb(toks []sitrep.Token) {
	for i := 3; i+1 < len(toks); i++ {
		t := toks[i]
		if t.XPOS != "JJ" && t.XPOS != "VBN" || !strings.HasSuffix(strings.ToLower(t.Text), "ed") {
			continue
		}
		if !inWords(toks[i-2].Text, "last", "this", "earlier") || !inWords(toks[i-1].Text, timeNouns...) {
			continue
		}
		if s := toks[i-3].XPOS; !strings.HasPrefix(s, "NN") && s != "PRP" {
			continue
		}
		if objectStart(toks[i+1]) {
			toks[i].XPOS, toks[i].UPOS = "VBD", "VERB"
		}
	}
}

// timeNouns end a "last month" time phrase.
var timeNouns = []string{"week", "month", "year", "weekend", "night", "spring", "summer", "autumn", "fall", "winter", "morning", "evening"}

// inWords reports whether w, in lower case, is one of ws.
func inWords(w string, ws ...string) bool {
	w = strings.ToLower(w)
	for _, x := range ws {
		if w == x {
			return true
		}
	}
	return false
}

// repairSubordinate retags as a past-tense verb a participle that follows the
// subject of a clause opened by a subordinating word and can take an object
// next: "two days after Israeli warplanes struck positions near Kisweh". A
// sentence with a finite verb elsewhere escapes repairFinite, and the tagger,
// trained on web text, reads the verb as a participle modifying the noun before
// it; the parser then loses the clause and the strike with it. A reduced
// relative is followed by a preposition or nothing ("after the men killed in the
// raid were buried"), and is left alone.
func repairSubordinate(toks []sitrep.Token) {
	for i := 2; i+1 < len(toks); i++ {
		if toks[i].XPOS != "VBN" || !objectStart(toks[i+1]) || !afterSubject(toks, i) {
			continue
		}
		// Back over the subject's noun phrase to the word that opens the clause.
		const maxSubject = 6
		j := i - 1
		for j >= 0 && i-j <= maxSubject && subjectWord(toks[j]) {
			j--
		}
		if j >= 0 && j < i-1 && inWords(toks[j].Text, subordinators...) {
			toks[i].XPOS, toks[i].UPOS = "VBD", "VERB"
		}
	}
}

// subordinators open a finite clause: after them a noun phrase and an "-ed" verb
// with an object are subject and verb.
var subordinators = []string{"after", "before", "when", "as", "because", "since", "while", "until", "although", "though", "once", "whereas"}

// subjectWord reports whether a token can stand inside a subject's noun phrase.
func subjectWord(t sitrep.Token) bool {
	switch t.XPOS {
	case "DT", "CD", "PRP$", "PRP", "NN", "NNS", "NNP", "NNPS", "JJ", "POS", "HYPH":
		return true
	}
	return false
}

// repairPhrasal retags as an infinitive a phrasal verb after "to" that the
// tagger read as a noun: "pressed Israel to scale back its strikes", "urged
// them to step up the pressure". Web text has "to" before nouns far more
// often than news does before these verbs, so "to" becomes a preposition,
// "scale" its noun, and the parser hangs "back its strikes" on the verb
// before. A common noun right after "to", then a particle, then a determiner,
// possessive or number (what begins the phrasal verb's object; "back home",
// "up north" stay) is the verb of an infinitive.
func repairPhrasal(toks []sitrep.Token) {
	for i := 0; i+3 < len(toks); i++ {
		to, v, prt, obj := &toks[i], &toks[i+1], &toks[i+2], toks[i+3]
		if !strings.EqualFold(to.Text, "to") || to.XPOS != "IN" || v.XPOS != "NN" || !inWords(prt.Text, particles...) {
			continue
		}
		switch obj.XPOS {
		case "DT", "PRP$", "CD":
			to.XPOS, to.UPOS = "TO", "PART"
			v.XPOS, v.UPOS = "VB", "VERB"
			prt.XPOS, prt.UPOS = "RP", "ADP"
		}
	}
}

// particles complete a phrasal verb: "scale back", "step up", "wind down".
var particles = []string{"back", "up", "down", "off", "out"}
