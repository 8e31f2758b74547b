package petr

import (
	"strings"

	"github.com/sitrep-dev/sitrep"
)

type match struct {
	start, end int // leaf range
	code       string
	agent      bool
}

// mentions finds the actors of a converted sentence: longest dictionary phrases over
// the leaves, then each agent ("soldiers", "foreign minister") joined to the actor of
// its noun phrase ("Gondor's foreign minister" → GONGOVFRM) as PETRARCH composes them.
//
// newLen is PETRARCH's new_actor_length: when above 0, a subject or first object
// noun phrase that names no known actor and has at most newLen words stands as an
// actor coded by its own words in quotes ("THE MINISTRY OF MAGIC").
func (d *actorDict) mentions(root *node, conv *converter, text string, s sitrep.Sentence, date, newLen int) []sitrep.Mention {
	words := make([]string, len(conv.leaves))
	for i, l := range conv.leaves {
		words[i] = strings.ToUpper(unescape(l.Word))
	}
	var ms []match
	for i := 0; i < len(words); {
		best := match{}
		for n := min(d.maxLen, len(words)-i); n >= 1; n-- {
			p := strings.Join(words[i:i+n], " ")
			if ds, ok := d.actors[p]; ok {
				if code := codeAt(ds, date); code != "" && code != "---" {
					best = match{i, i + n, code, false}
					break
				}
			}
			if code, ok := d.agents[p]; ok {
				best = match{i, i + n, code, true}
				break
			}
		}
		if best.end == 0 {
			i++
			continue
		}
		ms = append(ms, best)
		i = best.end
	}
	if newLen > 0 {
		ms = append(ms, newActors(root, words, ms, newLen)...)
	}
	nps := npSpans(root)
	var out []sitrep.Mention
	add := func(start, end int, code string) {
		sp := sitrep.Span{Start: s.Tokens[start].Span.Start, End: s.Tokens[end-1].Span.End}
		out = append(out, sitrep.Mention{Start: start, End: end, Span: sp, Text: text[sp.Start:sp.End], Code: code, Rule: "petr", Antecedent: -1})
	}
	used := make([]bool, len(ms))
	for ai, a := range ms {
		if !a.agent {
			continue
		}
		// the smallest NP around the agent, and the NPs that contain it, up to two
		// the smallest NP around the agent that holds actors: each of them
		// ("lawmakers in Fornost and Gondor") composes with the agent
		for _, np := range enclosing(nps, a.start, a.end, 3) {
			var codes []string
			// the other agents of the phrase: those not ending a coordinated
			// member modify every member ("Danish Islamist media and government":
			// DNKMUSMED, DNKMUSGOV; "an MSF Arnor diplomat": NGOARNGOV)
			var agents []int
			for ci, c := range ms {
				if c.agent && c.start >= np[0] && c.end <= np[1]+1 {
					agents = append(agents, ci)
				}
			}
			var mods []int
			head := true
			for k, ci := range agents {
				if k+1 < len(agents) && !coordinated(words, ms[ci].end, ms[agents[k+1]].start) {
					if ci == ai {
						head = false
					}
					mods = append(mods, ci)
				}
			}
			if !head {
				break // composed with the member it modifies
			}
			for bi, b := range ms {
				if b.agent || b.start < np[0] || b.end > np[1]+1 {
					continue
				}
				for _, bc := range strings.Split(b.code, "/") {
					for _, mi := range mods {
						bc = compose(bc, ms[mi].code)
					}
					codes = append(codes, compose(bc, a.code))
				}
				used[bi] = true
			}
			if len(codes) > 0 {
				for _, mi := range mods {
					used[mi] = true
				}
			}
			if len(codes) > 0 {
				add(np[0], np[1]+1, strings.Join(dedup(codes), "/"))
				used[ai] = true
				break
			}
		}
	}
	for i, m := range ms {
		if !m.agent {
			add(m.start, m.end, m.code)
		} else if !used[i] {
			add(m.start, m.end, compose("", m.code))
		}
	}
	return out
}

// compose joins an actor code with an agent code: "~GOV" is a suffix, "NGO~" a prefix.
func compose(actor, agent string) string {
	if actor == "" {
		actor = "---" // PETRARCH's code for an agent of no known actor
	}
	switch {
	case strings.HasPrefix(agent, "~") && strings.HasSuffix(actor, agent[1:]):
		return actor // "White House [USAGOV] officials [~GOV]"
	case strings.HasPrefix(agent, "~"):
		return actor + agent[1:]
	case strings.HasSuffix(agent, "~"):
		return agent[:len(agent)-1] + actor
	}
	return actor + agent
}

// npSpans lists the leaf ranges of every NP, innermost first within each branch.
func npSpans(root *node) [][2]int {
	var out [][2]int
	var walk func(*node)
	walk = func(n *node) {
		for _, k := range n.Kids {
			walk(k)
		}
		if n.Word == "" && base(n.Label) == "NP" {
			out = append(out, [2]int{n.first, n.last})
		}
	}
	walk(root)
	return out
}

// enclosing returns up to n NP ranges containing [start, end), smallest first.
func enclosing(nps [][2]int, start, end, n int) [][2]int {
	var out [][2]int
	for _, np := range nps {
		if np[0] <= start && end-1 <= np[1] {
			out = append(out, np)
		}
	}
	// smallest first
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j][1]-out[j][0] < out[j-1][1]-out[j-1][0]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	if len(out) > n {
		out = out[:n]
	}
	return out
}

func dedup(xs []string) []string {
	var out []string
	for _, x := range xs {
		if !inList(x, out...) {
			out = append(out, x)
		}
	}
	return out
}

// newActors returns the noun phrases in an actor's place (a clause's subject, the
// first noun phrase after a verb, in a prepositional phrase or not) that hold no
// known actor and have at most maxLen words, possessive marks aside, each coded by
// its words in quotes.
func newActors(root *node, words []string, known []match, maxLen int) []match {
	var cands []*node
	var firstNP func(n *node) *node
	firstNP = func(n *node) *node {
		for _, k := range n.Kids {
			switch base(k.Label) {
			case "NP":
				return k
			case "PP":
				if np := firstNP(k); np != nil {
					return np
				}
			}
		}
		return nil
	}
	var walk func(n *node)
	walk = func(n *node) {
		if n.Word != "" {
			return
		}
		switch base(n.Label) {
		case "S", "SINV", "SQ":
			for i, k := range n.Kids {
				if base(k.Label) == "NP" && i+1 < len(n.Kids) && base(n.Kids[i+1].Label) == "VP" {
					cands = append(cands, k)
				}
			}
		case "VP":
			verb := false
			for _, k := range n.Kids {
				if k.Word != "" && isVerbTag(k.Label) {
					verb = true
				}
			}
			if verb {
				if np := firstNP(n); np != nil {
					cands = append(cands, np)
				}
			}
		}
		for _, k := range n.Kids {
			walk(k)
		}
	}
	walk(root)
	var out []match
	for _, np := range cands {
		taken := false
		for _, m := range known {
			if m.start <= np.last && m.end > np.first {
				taken = true
				break
			}
		}
		if taken {
			continue
		}
		var ws []string
		for _, l := range np.leaves() {
			if l.Label != "POS" {
				ws = append(ws, strings.ToUpper(unescape(l.Word)))
			}
		}
		if len(ws) == 0 || len(ws) > maxLen {
			continue
		}
		out = append(out, match{np.first, np.last + 1, `"` + strings.Join(ws, " ") + `"`, false})
	}
	return out
}

// coordinated reports whether the words between two agents hold a conjunction
// or a comma: "media and government" are two members, "Islamist media" one.
func coordinated(words []string, from, to int) bool {
	for k := from; k < to && k < len(words); k++ {
		if inList(words[k], "AND", "OR", ",", "NOR") {
			return true
		}
	}
	return false
}
