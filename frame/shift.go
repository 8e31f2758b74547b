package frame

import (
	"strings"

	"github.com/sitrep-dev/sitrep"
)

// Shift is the factor by which a negative word's valence is multiplied when it
// names what a polarity shifter acts against: "efforts to counter ISIS threats",
// "the fight against terrorism", "reduce the risks". A lexicon scorer reads
// "threats", "terrorism" and "risks" as the actor's bad press, where the
// sentence says the actor opposes them (Moilanen and Pulman 2007, "sentiment
// composition"; Schulder et al. 2018 list such verbs as "verbal polarity
// shifters"). 1 turns shifting off. The shifter's own negative valence ("fight",
// "combat", "destroy") is shifted alike when what it acts against is negative.
// Measured on the validation corpora: see NOTES.md, "Polarity shifters".
var Shift = 1.0

// ShiftCondemned limits shifting to what names a group the outlet condemns
// (compose.go): a shifter shifts the negative words of the phrase it acts on
// only when that phrase holds a condemned word ("militant weapon caches") or
// the mention of a group on the UN's ISIL and Al-Qaida list ("ISIS threats").
// It is the other side of compositional framing: acting against a condemned
// group is no bad press for the actor. Measured with Shift 0 (NOTES.md,
// "Polarity shifters"), off.
var ShiftCondemned = false

// shiftRels are the relations by which a word names what its head acts on
// (objects, obliques, nominal modifiers: "combat terrorism", "fight against
// terror", "the battle with extremism", "threats were countered").
var shiftRels = map[string]bool{"obj": true, "obl": true, "nmod": true, "nsubj:pass": true}

// nominalRels are the relations inside a noun phrase, through which a word's
// scope climbs to the phrase's head ("militant weapon caches": "militant" is in
// the scope of "caches").
var nominalRels = map[string]bool{"amod": true, "compound": true, "nmod": true, "nmod:poss": true, "conj": true, "appos": true, "flat": true, "nummod": true, "det": true, "acl": true}

// shifted marks the tokens whose negative valence is shifted: those inside a
// noun phrase that a shifter acts on, and the shifters whose such phrase holds
// a negative word. neg reports whether a token's valence is negative. Without a
// dependency tree nothing is shifted.
//
// coded marks the tokens of mentions of the UN-listed groups (nil: none); it is
// read only with ShiftCondemned.
func (l *Lexicon) shifted(toks []sitrep.Token, neg func(i int) bool, coded []bool) []bool {
	if Shift == 1 || len(l.shifters) == 0 || !hasTree(toks) {
		return nil
	}
	n := len(toks)
	out := make([]bool, n)
	any := false
	for i := range toks {
		if !neg(i) {
			continue
		}
		// Climb the noun phrase to its head, then ask whether the head is
		// acted on by a shifter, or marked by a shifting preposition.
		j := i
		for step := 0; step < 6; step++ {
			if l.caseShifted(toks, j) {
				out[i] = !ShiftCondemned || l.namesCondemned(toks, j, coded)
				break
			}
			h := toks[j].Head - 1
			if h < 0 {
				break
			}
			rel := baseRel(toks[j].DepRel)
			if shiftRels[toks[j].DepRel] || shiftRels[rel] {
				if l.shifters[lemmaOf(toks[h])] {
					if !ShiftCondemned || l.namesCondemned(toks, j, coded) {
						out[i], out[h] = true, true
					}
					break
				}
			}
			if !nominalRels[toks[j].DepRel] && !nominalRels[rel] {
				break
			}
			j = h
		}
		any = any || out[i]
	}
	if !any {
		return nil
	}
	return out
}

// caseShifted reports whether token j's phrase is introduced by a shifting
// preposition ("against").
func (l *Lexicon) caseShifted(toks []sitrep.Token, j int) bool {
	for k, t := range toks {
		if t.Head-1 == j && t.DepRel == "case" && l.shifters[strings.ToLower(toks[k].Text)] {
			return true
		}
	}
	return false
}

// baseRel is a relation without its subtype ("obl:tmod" → "obl").
func baseRel(rel string) string {
	r, _, _ := strings.Cut(rel, ":")
	return r
}

// lemmaOf is a token's lemma, lower-cased, or its text when it has none.
func lemmaOf(t sitrep.Token) string {
	if t.Lemma != "" {
		return strings.ToLower(t.Lemma)
	}
	return strings.ToLower(t.Text)
}

// namesCondemned reports whether the phrase headed by token j holds a condemned
// word or a token coded marks.
func (l *Lexicon) namesCondemned(toks []sitrep.Token, j int, coded []bool) bool {
	for k, t := range toks {
		if (l.condemned[strings.ToLower(t.Text)] || (k < len(coded) && coded[k])) && within(toks, k, j) {
			return true
		}
	}
	return false
}
