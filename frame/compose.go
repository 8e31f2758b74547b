package frame

import (
	"slices"
	"strings"

	"github.com/sitrep-dev/sitrep"
)

// Compositional framing: what an actor does to a group the outlet condemns says
// something about the actor that no word of the sentence says alone. In "Ruritania
// keeps releasing terrorists" the negative word is the group's label, which is a
// name of the group to the scorer (an actor mention, or a word near another
// actor), and "releasing" is no judgement; but helping, freeing, arming, paying,
// using or working with a group the outlet itself calls terrorists is damning
// for whoever does it. Acting against such a group is not (Shift, shift.go,
// speaks to that side). The valence of an act is composed from the act and the
// valence of what it acts on, as in Moilanen and Pulman's (2007) sentiment
// composition and the "benefactive/malefactive" events of Deng and Wiebe's
// (2014) opinion implicatures: doing good to a bad entity reflects badly on the
// doer.
//
// A group is condemned when its phrase holds one of the rules' condemned words
// ("terrorists", "takfiri militants", "extremist groups": the outlet's own choice
// of label), or, where the caller knows the mentions' codes
// (Weights.CondemnedCodes), when it is coded as a group on the UN Security
// Council's ISIL (Da'esh) and Al-Qaida sanctions list (condemnedCode). The phrase
// must name a group, not a thing: its head is the condemned word itself, a
// condemned mention, or a group noun ("groups", "cells", "fighters"), so that
// "terror tactics" and "militant weapon caches" are no group. A support word
// acts for the group when the group's phrase is what it governs:
//
//   - a verb of support (rules kind "support": help, arm, fund, release, use):
//     its object, its passive subject, or its oblique with "to" or "with"
//     ("provided weapons to extremist groups");
//   - a noun of support ("support-noun": support, release, use, funding): its
//     modifier with "of", "for" or "to" ("the use of terrorists");
//   - a word of relation ("relation": cooperate, alliance, ties): its oblique or
//     modifier with "with" or "to" ("ties to extremist networks"); not "of",
//     which names an alliance's members.
//
// "against" or "from" introduce what is opposed or kept off, and a support word
// that a word of undoing governs ("undo": breaking ties with, denied supporting)
// is no help. Such a support word takes the valence −Weights.Complicit in place
// of its own toward every target outside the group's phrase, unless
// (Weights.ComplicitAgent) its agent is another actor's mention: in "the
// ministry accused Borduria of arming extremists" the arming is Borduria's.
// How much it counts toward a target is then the target's distance to it, as
// for any other word, except that the group's own mention does not make it
// another actor's word (the nearest actor to "releasing" in "releasing
// terrorists" is always the terrorists). An agent that no actor was resolved to
// ("it has been arming militants", with "it" unresolved) leaves the word to
// distance alone, so the sentence's named actor, if near, takes it.
//
// Measured (NOTES.md, "Compositional framing"): the annotated corpora have
// almost no condemned groups and do not move; on FA-KES the United States and
// Turkey move the expected way (pro-government outlets, which accuse them of
// arming terrorists, more negative) within the noise.

// groupRels are the relations inside a noun phrase by which a condemned word
// climbs to the phrase's head ("terrorist groups", "the militants, a takfiri
// group"); not nmod ("the families of terrorists" are not the terrorists) nor
// conj ("rebels and jihadists" are two groups).
var groupRels = map[string]bool{"amod": true, "compound": true, "flat": true, "appos": true}

// groupNouns are the lemmas of nouns that name a group or its members, whose
// phrase a condemned modifier makes a condemned group ("terrorist groups").
var groupNouns = map[string]bool{"group": true, "organization": true, "organisation": true, "network": true,
	"cell": true, "faction": true, "movement": true, "militia": true, "fighter": true, "member": true,
	"gang": true, "element": true, "prisoner": true, "recruit": true, "force": true, "brigade": true}

// complicit is one support word acting for a condemned group's phrase.
type complicit struct {
	word   int   // the support word
	phrase int   // the head of the group's phrase
	agents []int // who does it (agents), nil when not found
}

// complicity finds the support words of a parsed sentence that act for a
// condemned group; condemned marks tokens known to be condemned besides the
// condemned words (nil: none). Without a dependency tree it finds none.
func (l *Lexicon) complicity(toks []sitrep.Token, condemned []bool) []complicit {
	if len(l.support) == 0 || !hasTree(toks) {
		return nil
	}
	isCondemned := func(i int) bool {
		return l.condemned[strings.ToLower(toks[i].Text)] || (i < len(condemned) && condemned[i])
	}
	var out []complicit
	marked := map[int]bool{}
	for i := range toks {
		if !isCondemned(i) {
			continue
		}
		p := i
		for step := 0; step < 6 && groupRels[baseRel(toks[p].DepRel)] && toks[p].Head > 0; step++ {
			p = toks[p].Head - 1
		}
		if !isCondemned(p) && !groupNouns[lemmaOf(toks[p])] {
			continue
		}
		h := toks[p].Head - 1
		if h < 0 || marked[h] || !l.actsFor(toks, h, p) {
			continue
		}
		marked[h] = true
		out = append(out, complicit{word: h, phrase: p, agents: agents(toks, h)})
	}
	return out
}

// actsFor reports whether token h is a support word that acts for the phrase
// headed by its dependent p.
func (l *Lexicon) actsFor(toks []sitrep.Token, h, p int) bool {
	kinds := l.support[lemmaOf(toks[h])]
	if kinds == "" {
		return false
	}
	is := func(kind string) bool { return strings.Contains(kinds+"/", "/"+kind+"/") }
	if g := toks[h].Head - 1; g >= 0 && l.undo[lemmaOf(toks[g])] {
		return false
	}
	prep := ""
	for _, c := range toks {
		if c.Head-1 == p && c.DepRel == "case" {
			prep = strings.ToLower(c.Text)
		}
	}
	rel := baseRel(toks[p].DepRel)
	verb := toks[h].UPOS == "VERB" || toks[h].UPOS == "AUX"
	noun := toks[h].UPOS == "NOUN"
	switch {
	case is("relation") && (rel == "obl" || rel == "nmod") && (prep == "with" || prep == "to"):
		return true
	case is("support-noun") && noun && rel == "nmod" && (prep == "of" || prep == "for" || prep == "to"):
		return true
	case is("support") && verb:
		switch toks[p].DepRel {
		case "obj", "iobj", "nsubj:pass":
			return prep == ""
		}
		return rel == "obl" && (prep == "to" || prep == "with")
	}
	return false
}

// agents are the tokens that name who does support word h: its subject, the
// agent of a passive ("supported by X"), the possessor or compound of a noun
// ("Washington's support", "US support"), with their conjuncts ("Saudi Arabia,
// Turkey and Qatar"); for a verb without a subject of its own, the object or
// else the subject of the verb it depends on ("accused the US of backing",
// "continued supporting"), or the noun a participle modifies ("a truck
// transferring terrorists"). nil when none is found within a few steps.
func agents(toks []sitrep.Token, h int) []int {
	children := func(i int, ok func(rel string, c int) bool) []int {
		var out []int
		for c, t := range toks {
			if t.Head-1 == i && ok(t.DepRel, c) {
				out = append(out, c)
			}
		}
		return out
	}
	hasCase := func(c int, prep string) bool {
		return len(children(c, func(rel string, k int) bool { return rel == "case" && strings.ToLower(toks[k].Text) == prep })) > 0
	}
	withConj := func(as []int) []int {
		for _, a := range as {
			as = append(as, children(a, func(rel string, _ int) bool { return rel == "conj" })...)
		}
		return as
	}
	from := -1 // the token the climb came from
	for step, i := 0, h; step < 4 && i >= 0; step++ {
		nominal := toks[i].UPOS == "NOUN"
		as := children(i, func(rel string, c int) bool {
			switch {
			case rel == "nsubj" || rel == "obl:agent":
				return true
			case rel == "obl" && hasCase(c, "by"):
				return true
			case nominal && (rel == "nmod:poss" || rel == "compound" || (rel == "nmod" && hasCase(c, "by"))):
				return toks[c].UPOS == "PROPN" || toks[c].UPOS == "PRON"
			}
			return false
		})
		if from >= 0 && (hasCase(from, "of") || len(children(from, func(rel string, k int) bool {
			return rel == "mark" && strings.ToLower(toks[k].Text) == "of"
		})) > 0) {
			// "accused the US of backing": the object of the verb that an
			// "of"-clause depends on does it, before that verb's subject.
			if obj := children(i, func(rel string, c int) bool { return rel == "obj" }); len(obj) > 0 {
				as = obj
			}
		}
		if len(as) > 0 {
			return withConj(as)
		}
		rel := baseRel(toks[i].DepRel)
		next := toks[i].Head - 1
		switch rel {
		case "acl":
			if next >= 0 {
				return withConj([]int{next})
			}
		case "advcl", "xcomp", "conj", "ccomp":
		default:
			return nil
		}
		from, i = i, next
	}
	return nil
}

// within reports whether token i is in the subtree headed by token p.
func within(toks []sitrep.Token, i, p int) bool {
	for step := 0; i >= 0 && step <= len(toks); step++ {
		if i == p {
			return true
		}
		i = toks[i].Head - 1
	}
	return false
}

// composed are the support words of a sentence acting for a condemned group that
// count toward the target at targets, each with the head of the group's phrase:
// those whose phrase holds none of the target's tokens (what is done for the
// group is no judgement of the group) and, when w.ComplicitAgent, whose agent is
// not another actor's mention (others): "the ministry accused Borduria of arming
// extremists" is Borduria's doing, not the ministry's. An agent that is no actor
// (an unresolved pronoun, "foreign actors") leaves the word to the target's
// distance, as every other word. nil when there are none or w.Complicit is 0.
func (l *Lexicon) composed(toks []sitrep.Token, condemned []bool, targets, others [][2]int, w Weights) map[int]int {
	if w.Complicit == 0 {
		return nil
	}
	inAny := func(rs [][2]int) func(i int) bool {
		return func(i int) bool {
			for _, r := range rs {
				if i >= r[0] && i < r[1] {
					return true
				}
			}
			return false
		}
	}
	isTarget, isOther := inAny(targets), inAny(others)
	var out map[int]int
	for _, c := range l.complicity(toks, condemned) {
		inside := false
		for _, t := range targets {
			for i := max(t[0], 0); i < min(t[1], len(toks)); i++ {
				inside = inside || within(toks, i, c.phrase)
			}
		}
		if inside {
			continue
		}
		if w.ComplicitAgent && !slices.ContainsFunc(c.agents, isTarget) && slices.ContainsFunc(c.agents, isOther) {
			continue
		}
		if out == nil {
			out = map[int]int{}
		}
		out[c.word] = c.phrase
	}
	return out
}

// condemnedCode reports whether an actor code is that of a group on the UN
// Security Council's ISIL (Da'esh) and Al-Qaida sanctions list, as CAMEO codes
// them: the Islamic State (IMGMUSISI) and al-Qaeda (IMGMUSALQ), with their
// branches. It is the one list of condemned groups that does not depend on the
// outlet: which other armed groups are terrorists is what outlets disagree on,
// and their labels say it (the condemned words).
func condemnedCode(code string) bool {
	return strings.HasPrefix(code, "IMGMUSISI") || strings.HasPrefix(code, "IMGMUSALQ")
}
