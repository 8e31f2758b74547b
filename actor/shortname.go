package actor

import (
	"slices"
	"strings"
	"time"

	"github.com/sitrep-dev/sitrep"
)

// Short names. An organisation named in full is then called by its head noun:
// "the Syrian Coalition" … "the Coalition said"; "the U.S.-led coalition" … "the
// coalition"; "Coalition war planes". Such a head noun (orgHeads), after "the" or
// opening a phrase, takes the code of the nearest earlier organisation whose name
// or text has that word, anywhere in the document. A modifier before it must agree:
// "the international coalition" is not "the Syrian National Coalition", only a
// coalition whose name says "international" or the U.S.-led one (COALITION).

// orgHeads are the head nouns of organisation names that news uses alone
// (OFFICE and MISSION, the heads of UN bodies' names: "the UN Office for the
// Coordination of Humanitarian Affairs" … "the Office appealed").
var orgHeads = setOf("COALITION ALLIANCE FRONT COUNCIL COMMISSION COMMITTEE MOVEMENT OFFICE MISSION")

// shortMods may stand between "the" and the head noun.
var shortMods = setOf("INTERNATIONAL GLOBAL")

// shortName reports whether item k starts a short name: an optional shortMods
// word, then a head noun (a plain word, or a one-word capitalised name).
func (b *builder) shortName(k int) bool {
	if b.isShortMod(k) {
		k++
	}
	if k >= len(b.items) {
		return false
	}
	it := b.items[k]
	if b.modName(k) {
		// "the International Coalition": the two words read as one name
		return !b.isWord(k+1, "OF")
	}
	if (it.kind != itWord && it.kind != itName) || it.j-it.i != 1 {
		return false
	}
	// "a coalition of rebel groups", "the front of the building": a description,
	// not a name
	return orgHeads[b.ws[it.i].w] && !b.hyphenNext(it.i, it.j) && !b.isWord(k+1, "OF")
}

// isShortMod reports whether item k is a plain word of shortMods.
func (b *builder) isShortMod(k int) bool {
	return k < len(b.items) && b.items[k].kind == itWord && shortMods[b.ws[b.items[k].i].w]
}

// modName reports whether item k is a two-word name of a shortMods word and a
// head noun, capitalised as names are ("the International Coalition").
func (b *builder) modName(k int) bool {
	if k >= len(b.items) {
		return false
	}
	it := b.items[k]
	return it.kind == itName && it.j-it.i == 2 && shortMods[b.ws[it.i].w] && orgHeads[b.ws[it.i+1].w] && !b.hyphenNext(it.i, it.j)
}

// shortName2 adds the pending mention of the short name at item k (see shortName)
// and returns the item after it: with a role noun after it ("Coalition war
// planes") the mention covers both.
func (b *builder) shortName2(k int) int {
	start := k
	var mod string
	if b.modName(k) {
		it := b.items[k]
		rc := b.add(it.i, it.j, "", "", "")
		rc.pending, rc.shortHead, rc.shortMod = "short", b.ws[it.i+1].w, b.ws[it.i].w
		return k + 1
	}
	if b.isShortMod(k) {
		mod = b.ws[b.items[k].i].w
		k++
	}
	end := k + 1
	var ag *Agent
	if end < len(b.items) && b.items[end].kind == itAgent && !b.modifiesNoun(end) {
		ag = b.items[end].agent
		end++
	}
	rc := b.add(b.items[start].i, b.items[end-1].j, "", "", "")
	rc.pending, rc.shortHead, rc.shortMod = "short", b.ws[b.items[k].i].w, mod
	if ag != nil {
		rc.agent, rc.plural = ag, ag.plural
	}
	return end
}

// shortAntecedent finds what the short name at recs[i] refers to.
func shortAntecedent(recs []*rec, i int) *rec {
	rc := recs[i]
	return findBack(recs, i, 1<<30, func(a *rec) bool {
		if a.person || a.pending == "short" || a.generic || len(a.m.Code) == 3 {
			return false
		}
		words := a.nameWords()
		if !slices.Contains(words, rc.shortHead) {
			return false
		}
		return rc.shortMod == "" || slices.Contains(words, rc.shortMod) || a.m.Code == "COALITION"
	})
}

// nameWords are the folded words of a mention's text and its resolved name,
// against which a short name's head and modifier are looked up.
func (a *rec) nameWords() []string {
	return strings.Fields(foldText(a.m.Text) + " " + foldText(a.m.Name))
}

// The coalition of a war on the Islamic State. "The coalition", "coalition
// warplanes" and "the international coalition" with no coalition named before
// them are, in an article that names the Islamic State, the U.S.-led coalition
// against it: news on that war calls it so without introducing it ("Coalition
// raids kill 20 in Raqqa"). A coalition introduced before as someone else's
// ("a coalition of rebel groups", "the Saudi-led coalition", "the Syrian
// Coalition", "an Arab-Kurdish coalition") makes the word ambiguous from there
// on, and so does an article without the group.

// warCoalition is what the rule needs to know of one document: the
// coalition's code and name, and where the word "coalition" stands for another
// coalition (other).
type warCoalition struct {
	code, name string
	kind       Kind
	other      []sitrep.Span // "coalition" words that may name another coalition, in order
}

// usLedCoalition is the dictionary phrase whose entry the rule codes.
var usLedCoalition = normWords("US-led coalition")

// newWarCoalition returns the rule's state for a document, or nil when the rule
// cannot apply to it (no unresolved "coalition", no Islamic State).
func (r *Resolver) newWarCoalition(recs []*rec, sents []sitrep.Sentence, at time.Time) *warCoalition {
	short, isil := false, false
	for _, rc := range recs {
		short = short || (rc.pending == "short" && rc.shortHead == "COALITION" && rc.m.Code == "")
		isil = isil || strings.HasPrefix(rc.m.Code, "IMGMUSISI")
	}
	if !short || !isil {
		return nil
	}
	n, e := r.actors.longest(usLedCoalition, 0)
	if n == 0 || e == nil {
		return nil
	}
	w := &warCoalition{code: e.CodeAt(at), name: e.Name, kind: e.Kind}
	if w.code == "" {
		return nil
	}
	for si := range sents {
		toks := sents[si].Tokens
		for ti, t := range toks {
			if u := strings.ToUpper(t.Text); (u == "COALITION" || u == "COALITIONS") && anotherCoalition(toks, ti) {
				w.other = append(w.other, t.Span)
			}
		}
	}
	return w
}

// anotherCoalition reports whether the word "coalition" at toks[i] may be
// another coalition than the U.S.-led one: one described ("a coalition of",
// "a coalition between") or qualified by a word that is not the U.S.-led
// coalition's ("rebel", "Arab", "Saudi-led").
func anotherCoalition(toks []sitrep.Token, i int) bool {
	if i+1 < len(toks) && (strings.EqualFold(toks[i+1].Text, "of") || strings.EqualFold(toks[i+1].Text, "between")) {
		return true
	}
	if i == 0 {
		return false
	}
	prev := strings.ToUpper(toks[i-1].Text)
	if usLeader(prev) {
		return false // "the U.S. coalition"
	}
	switch {
	case prev == "THE" || prev == "A" || prev == "AN" || prev == "INTERNATIONAL" || prev == "GLOBAL" ||
		prev == "MILITARY" || strings.HasPrefix(prev, "ANTI") || !hasLetter(prev):
		return false
	case prev == "LED" || strings.HasSuffix(prev, "-LED"):
		// "U.S.-led", "US - led": the leader decides
		leader := strings.TrimSuffix(prev, "-LED")
		if prev == "LED" {
			leader = ""
			for j := i - 2; j >= 0 && j >= i-3; j-- {
				if t := toks[j].Text; t != "-" {
					leader = strings.ToUpper(t)
					break
				}
			}
		}
		if usLeader(leader) {
			return false
		}
	}
	return true
}

// usLeader reports whether w names the United States as a coalition's leader or
// owner ("U.S.-led", "the American coalition").
func usLeader(w string) bool {
	switch strings.ReplaceAll(w, ".", "") {
	case "US", "USA", "AMERICAN", "WASHINGTON":
		return true
	}
	return false
}

// resolve codes the short name recs[i], which has no antecedent, as the
// coalition when no other coalition was named before it.
func (w *warCoalition) resolve(recs []*rec, i int) bool {
	rc := recs[i]
	if w == nil || rc.shortHead != "COALITION" {
		return false
	}
	for _, sp := range w.other {
		if sp.Start >= rc.m.Span.Start {
			break
		}
		coded := false
		for _, a := range recs[:i] {
			if a.m.Span.Start > sp.Start || sp.Start >= a.m.Span.End {
				continue
			}
			if a.m.Code == w.code {
				coded = true // a qualifier of the U.S.-led coalition the dictionary knows
				break
			}
			if a.m.Code != "" && rc.shortMod != "" && !slices.Contains(a.nameWords(), rc.shortMod) {
				// "the Syrian National Coalition" is named and coded, and is not
				// "the international coalition": the modifier tells them apart
				coded = true
				break
			}
		}
		if !coded {
			return false
		}
	}
	rc.m.Code, rc.m.Name, rc.m.Rule = w.code, w.name, "context:coalition"
	rc.kind = w.kind
	return true
}
