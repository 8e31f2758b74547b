package event

import "github.com/sitrep-dev/sitrep/dateline"

// Datelines. Wire copy opens with the place it was filed from ("BEIRUT (Reuters)
// -", "DAMASCUS, Syria, Aug. 21 (AP) —", FA-KES's flattened "BEIRUT Air strikes
// killed"). The actor resolver already reads no actor there (actor/dateline.go),
// but the parser still hangs the dateline on the first phrase, most often as a
// compound of the subject ("BEIRUT" compound of "strikes"), and the coder reads a
// proper-noun modifier of a force noun as its possible user: "BEIRUT - Air
// strikes killed 38 civilians" lost its agentless event. redateline detaches the
// dateline from the sentence's phrases.

// datelineLen returns how many tokens at the start of the sentence form a
// dateline (dateline.Scan), 0 for none: with its dash or colon; without one,
// with a date or an agency, or with capitals that run straight into the sentence
// ("BEIRUT At least") and that no actor mention covers (the resolver keeps
// "ISIS" and "NATO" as actors, and drops a dateline's capital). A region alone
// is no sign without the dash: "NATO, Turkey Condemn Russian Airstrikes" opens a
// headline. actor/dateline.go asks the dictionaries instead of the mentions.
func (t *tree) datelineLen() int {
	m, ok := dateline.Scan(t.toks)
	switch {
	case !ok:
		return dateline.Byline(t.toks)
	case m.Separated || m.Date || m.Agency:
		return m.End
	case !dateline.Ordinary(t.toks[m.Capitals].Text):
		return 0 // a region between: no dash, no dateline
	}
	for _, mm := range t.ms {
		if mm.Code != "" && mm.Start < m.Capitals {
			return 0 // "ISIS Fighters Seize Town": an actor, not a place filed from
		}
	}
	return m.Capitals
}

// redateline detaches the dateline's words (datelineLen) from the sentence. A
// word of the sentence that the parser hung on the dateline is promoted to its
// place, as UD promotes a dependent of an elided head ("BEIRUT Syrian and Russian
// warplanes have launched": "BEIRUT" the subject, "warplanes" its conjunct): of
// the words hung (through the dateline) on one dateline word whose head lies
// outside it, the first that is no punctuation takes that word's head and
// relation and the others hang on it; the dateline's words then hang on the root
// as a loose dependent (dep). newTree breaks any cycle the repairs leave.
func (t *tree) redateline() {
	n := t.datelineLen()
	if n == 0 {
		return
	}
	t.ownTokens()
	set := func(i, h int, rel string) {
		t.head[i], t.toks[i].Head = h, h+1
		if rel != "" {
			t.toks[i].DepRel = rel
		}
	}
	inside := func(h int) bool { return h >= 0 && h < n }
	// the words of the sentence hung on a dateline word, grouped by the
	// dateline word above them whose head lies outside it (its top)
	var tops []int
	groups := map[int][]int{}
	for i := n; i < len(t.toks); i++ {
		if !inside(t.head[i]) {
			continue
		}
		top := t.head[i]
		for steps := 0; inside(t.head[top]) && steps < n; steps++ {
			top = t.head[top]
		}
		if groups[top] == nil {
			tops = append(tops, top)
		}
		groups[top] = append(groups[top], i)
	}
	for _, top := range tops {
		deps := groups[top]
		p := deps[0]
		for _, k := range deps {
			if t.toks[k].UPOS != "PUNCT" {
				p = k // the clause, not the final full stop
				break
			}
		}
		h, rel := t.head[top], t.toks[top].DepRel
		if inside(h) {
			continue // (a cycle the dateline's words made among themselves)
		}
		if h < 0 {
			rel = "root"
		}
		set(p, h, rel)
		for _, k := range deps {
			if k != p {
				set(k, p, "")
			}
		}
	}
	root := -1
	for i := n; i < len(t.toks); i++ {
		if t.head[i] < 0 {
			root = i
			break
		}
	}
	if root < 0 {
		return
	}
	for d := range n {
		if !inside(t.head[d]) {
			set(d, root, "dep")
		}
	}
}
