// Package storekit holds the logic the stores share beyond SQL, so that the SQLite
// and PostgreSQL stores compute the same answers from the same rows.
package storekit

import (
	"sort"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/country"
)

// ActorTally sums resolved mentions into actors. Feed it mentions in document order,
// then in mention order; the zero value is ready to use.
type ActorTally struct {
	byCode map[string]*actorAgg
	order  []string
}

type actorAgg struct {
	actor   sitrep.Actor
	names   map[string]int
	aliases map[string]bool
	docs    map[string]bool
}

// Add counts one mention of code, with the name the resolver gave it, its surface
// text, its document and that document's publication date.
func (t *ActorTally) Add(code, name, text, doc, published string) {
	if t.byCode == nil {
		t.byCode = map[string]*actorAgg{}
	}
	a := t.byCode[code]
	if a == nil {
		a = &actorAgg{actor: sitrep.Actor{Code: code}, names: map[string]int{}, aliases: map[string]bool{}, docs: map[string]bool{}}
		t.byCode[code] = a
		t.order = append(t.order, code)
	}
	a.actor.Mentions++
	if name != "" {
		a.names[name]++
	}
	if !a.aliases[text] {
		a.aliases[text] = true
		a.actor.Aliases = append(a.actor.Aliases, text)
	}
	if !a.docs[doc] {
		a.docs[doc] = true
		a.actor.Docs = append(a.actor.Docs, doc)
	}
	if published != "" {
		if a.actor.FirstSeen == "" || published < a.actor.FirstSeen {
			a.actor.FirstSeen = published
		}
		if published > a.actor.LastSeen {
			a.actor.LastSeen = published
		}
	}
}

// Actors returns the actors, most mentioned first, ties by code: an order that does
// not depend on the order documents were stored in, so that one worker or many give
// the same list.
func (t *ActorTally) Actors() []sitrep.Actor {
	out := make([]sitrep.Actor, 0, len(t.order))
	for _, code := range t.order {
		a := t.byCode[code]
		best := 0
		for n, c := range a.names {
			if c > best || c == best && n < a.actor.Name {
				a.actor.Name, best = n, c
			}
		}
		// A state actor is named from its code ("Iraq — government"): the names its
		// mentions carry are the words that resolved them ("Baghdad").
		if n := country.ActorName(code); n != "" {
			a.actor.Name = n
		}
		out = append(out, a.actor)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Mentions != out[j].Mentions {
			return out[i].Mentions > out[j].Mentions
		}
		return out[i].Code < out[j].Code
	})
	return out
}
