package actor

import "strings"

// Short names. An organisation named in full is then called by its head noun:
// "the Syrian Coalition" … "the Coalition said"; "the U.S.-led coalition" … "the
// coalition"; "Coalition war planes". Such a head noun (orgHeads), after "the" or
// opening a phrase, takes the code of the nearest earlier organisation whose name
// or text has that word, anywhere in the document. A modifier before it must agree:
// "the international coalition" is not "the Syrian National Coalition", only a
// coalition whose name says "international" or the U.S.-led one (COALITION).

// orgHeads are the head nouns of organisation names that news uses alone.
var orgHeads = setOf("COALITION ALLIANCE FRONT COUNCIL COMMISSION COMMITTEE MOVEMENT")

// shortMods may stand between "the" and the head noun.
var shortMods = setOf("INTERNATIONAL GLOBAL")

// shortName reports whether item k starts a short name: an optional shortMods
// word, then a head noun (a plain word, or a one-word capitalised name).
func (b *builder) shortName(k int) bool {
	if b.isWord(k, "INTERNATIONAL", "GLOBAL") {
		k++
	}
	if k >= len(b.items) {
		return false
	}
	it := b.items[k]
	if (it.kind != itWord && it.kind != itName) || it.j-it.i != 1 {
		return false
	}
	return orgHeads[b.ws[it.i].w] && !b.hyphenNext(it.i, it.j)
}

// shortName2 adds the pending mention of the short name at item k (see shortName)
// and returns the item after it: with a role noun after it ("Coalition war
// planes") the mention covers both.
func (b *builder) shortName2(k int) int {
	start := k
	var mod string
	if b.isWord(k, "INTERNATIONAL", "GLOBAL") {
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
		words := strings.Fields(foldText(a.m.Text) + " " + foldText(a.m.Name))
		has := func(w string) bool {
			for _, x := range words {
				if x == w {
					return true
				}
			}
			return false
		}
		if !has(rc.shortHead) {
			return false
		}
		return rc.shortMod == "" || has(rc.shortMod) || a.m.Code == "COALITION"
	})
}
