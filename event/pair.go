package event

import (
	"strings"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/country"
)

// pairNouns name the two parties of a bilateral story as one plural phrase: "the two
// governments reaffirmed", "both countries agreed". govNouns among them name the
// states' governments.
var (
	pairNouns = []string{"GOVERNMENT", "COUNTRY", "NATION", "STATE", "SIDE", "CAPITAL", "LEADER", "ADMINISTRATION"}
	govNouns  = []string{"GOVERNMENT", "LEADER", "ADMINISTRATION"}
)

// pairWindow is how many sentences back "the two countries" may look for the
// countries it means; further back, the text names them again.
const pairWindow = 3

// pairMentions resolves "the two governments" (or "both countries") in sentence si
// to the last two countries the text named before it, within pairWindow sentences,
// as two mentions over the same words. It adds nothing where fewer than two
// countries precede, or where the phrase already has an actor.
func pairMentions(sents []sitrep.Sentence, si int, bySent map[int][]sitrep.Mention) []sitrep.Mention {
	s := &sents[si]
	var out []sitrep.Mention
	for i, tok := range s.Tokens {
		if !pairPhrase(s.Tokens, i) || hasActor(bySent[si], i) {
			continue
		}
		codes := lastParties(sents, si, i, bySent)
		if len(codes) < 2 {
			continue
		}
		start := i
		for k, d := range s.Tokens[:i] {
			if d.Head == i+1 && k < start {
				start = k
			}
		}
		gov := inList(strings.ToUpper(tok.Lemma), govNouns...)
		for _, c := range codes {
			if gov {
				c += "GOV"
			}
			out = append(out, sitrep.Mention{Sentence: si, Start: start, End: i + 1,
				Span: sitrep.Span{Start: s.Tokens[start].Span.Start, End: tok.Span.End},
				Code: c, Rule: "pair", Antecedent: -1})
		}
	}
	return out
}

// pairPhrase reports whether token i is a plural pair noun counted as two: "two
// governments", "both countries".
func pairPhrase(toks []sitrep.Token, i int) bool {
	t := toks[i]
	if t.UPOS != "NOUN" || !inList(strings.ToUpper(t.Lemma), pairNouns...) || strings.EqualFold(t.Lemma, t.Text) {
		return false // a singular ("the state") is not a pair
	}
	for _, d := range toks[:i] {
		if d.Head != i+1 {
			continue
		}
		w := strings.ToUpper(d.Text)
		if d.DepRel == "nummod" && (w == "TWO" || w == "2") || inList(d.DepRel, "det", "cc:preconj") && w == "BOTH" {
			return true
		}
	}
	return false
}

func hasActor(ms []sitrep.Mention, i int) bool {
	for _, m := range ms {
		if m.Code != "" && m.Start <= i && i < m.End {
			return true
		}
	}
	return false
}

// lastParties returns the two parties "the two sides" (or "both countries")
// stands for, before token i of sentence si, in text order: by country for a
// state or its organs, by its own code for an armed group or other non-state actor
// where the noun is "sides" (groups when state nouns are asked for are skipped).
// Going back sentence by sentence, a sentence that coordinates two distinct parties
// ("talks between Syria and Israel", "the SDF and the government", "Israel-Syria
// talks") gives them: the pair the text set side by side is the pair it goes on to
// call "the two sides", over a third party named later in that sentence ("facilitated
// by the United States") or after it. Otherwise the two most recently named
// distinct parties are taken. A venue ("in Paris", "at Baabda") is no party.
func lastParties(sents []sitrep.Sentence, si, i int, bySent map[int][]sitrep.Mention) []string {
	groups := strings.EqualFold(sents[si].Tokens[i].Lemma, "side")
	key := func(code string) string {
		if c := country.Of(code); c != "" && (country.Organ(code) || !groups) {
			return c
		}
		if groups {
			return code
		}
		return ""
	}
	var out []string
	for k := si; k >= 0 && k >= si-pairWindow; k-- {
		toks := sents[k].Tokens
		var ms []sitrep.Mention
		for _, m := range bySent[k] {
			if k == si && m.Start >= i || key(m.Code) == "" || venue(toks, m) {
				continue
			}
			ms = append(ms, m)
		}
		if pair := coordinatedPair(toks, ms, key); pair != nil && len(out) < 2 {
			return pair
		}
		for j := len(ms) - 1; j >= 0; j-- {
			c := key(ms[j].Code)
			if inList(c, out...) {
				continue
			}
			if out = append(out, c); len(out) == 2 {
				// in the order the text named them, as for "Washington and
				// Damascus": the first named is the source when they act on each other
				out[0], out[1] = out[1], out[0]
				return out
			}
		}
	}
	return out
}

// coordinatedPair returns the last two distinct parties of ms that the sentence
// coordinates with each other ("X and Y", "between X and Y", "X-Y"), in text order,
// or nil. A list of three or more distinct parties names no pair.
func coordinatedPair(toks []sitrep.Token, ms []sitrep.Mention, key func(string) string) []string {
	var pair []string
	for a := range ms {
		for b := a + 1; b < len(ms); b++ {
			ha, hb := mentionHead(toks, ms[a]), mentionHead(toks, ms[b])
			ka, kb := key(ms[a].Code), key(ms[b].Code)
			if ka == kb || !coordinated(toks, ha, hb) {
				continue
			}
			if listSize(toks, ha, hb) > 2 {
				continue
			}
			pair = []string{ka, kb}
		}
	}
	return pair
}

// coordinated reports whether token b is a conjunct of token a (or both of one
// head), or a's partner across a hyphen ("Israel-Syria").
func coordinated(toks []sitrep.Token, a, b int) bool {
	ta, tb := toks[a], toks[b]
	if tb.DepRel == "conj" && (tb.Head == a+1 || ta.DepRel == "conj" && ta.Head == tb.Head) {
		return true
	}
	if b == a+2 {
		d := toks[a+1]
		return d.XPOS == "HYPH" || d.Text == "-" || d.Text == "–"
	}
	return false
}

// listSize counts the conjuncts of the coordination token a heads (or shares).
func listSize(toks []sitrep.Token, a, b int) int {
	root := a
	if toks[a].DepRel == "conj" && toks[b].Head == toks[a].Head {
		root = toks[a].Head - 1
	}
	n := 1
	for _, t := range toks {
		if t.DepRel == "conj" && t.Head == root+1 {
			n++
		}
	}
	return n
}

// mentionHead is the token of m's span whose head lies outside it.
func mentionHead(toks []sitrep.Token, m sitrep.Mention) int {
	h := m.End - 1
	for k := m.Start; k < m.End; k++ {
		if p := toks[k].Head - 1; p < m.Start || p >= m.End {
			h = k
		}
	}
	return h
}

// venue reports whether mention m is where something happened, not who did it:
// the object of "in" or "at" ("talks in Paris", "met at Baabda Palace").
func venue(toks []sitrep.Token, m sitrep.Mention) bool {
	h := mentionHead(toks, m)
	for _, d := range toks {
		if d.Head == h+1 && d.DepRel == "case" && inList(strings.ToLower(d.Text), "in", "at") {
			return true
		}
	}
	return false
}
