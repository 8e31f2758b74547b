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
		codes := lastCountries(sents, si, i, bySent)
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

// lastCountries returns the two most recently named distinct countries before token
// i of sentence si, in text order.
func lastCountries(sents []sitrep.Sentence, si, i int, bySent map[int][]sitrep.Mention) []string {
	var out []string
	for k := si; k >= 0 && k >= si-pairWindow; k-- {
		ms := bySent[k]
		for j := len(ms) - 1; j >= 0; j-- {
			m := ms[j]
			if k == si && m.Start >= i {
				continue
			}
			c := country.Of(m.Code)
			if c == "" || inList(c, out...) {
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
