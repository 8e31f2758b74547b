package actor

import (
	"slices"
	"sort"
	"strings"

	"github.com/sitrep-dev/sitrep"
)

// UnknownActor is a name discovery found, summed over documents: what `sitrep
// actors --unknown` lists for the analyst to accept or ignore.
type UnknownActor struct {
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Mentions int      `json:"mentions"`
	Docs     []string `json:"docs"`
	// Roles are the distinct role phrases seen with the name, most frequent first.
	Roles []string `json:"roles,omitempty"`
	// Suggest is the code the role phrases suggest most often, "" when none did.
	Suggest  string   `json:"suggest,omitempty"`
	Examples []string `json:"examples,omitempty"` // up to three sentences
}

// Tally sums discovery candidates over documents. The zero value is ready to use; it
// is not safe for concurrent use.
type Tally struct {
	byName  map[string]*tallyEntry
	Example int // examples kept per name (default 3)
}

type tallyEntry struct {
	UnknownActor
	roles    map[string]int
	suggests map[string]int
	types    map[string]int
	// places counts the name's uses as a place; common counts documents that also
	// write a one-word name in lower case ("the coalition"), a sign that it is an
	// ordinary noun some sentences capitalise.
	places, common int
}

// Add counts one document's candidates; sents are the sentences they index, for the
// examples.
func (t *Tally) Add(doc *sitrep.Document, sents []sitrep.Sentence, cands []Candidate) {
	if t.byName == nil {
		t.byName = map[string]*tallyEntry{}
	}
	keep := t.Example
	if keep == 0 {
		keep = 3
	}
	for _, c := range cands {
		key := strings.Join(normWords(c.Name), " ")
		if key == "" {
			continue
		}
		e, ok := t.byName[key]
		if !ok {
			e = &tallyEntry{UnknownActor: UnknownActor{Name: c.Name},
				roles: map[string]int{}, suggests: map[string]int{}, types: map[string]int{}}
			t.byName[key] = e
		}
		if c.Place {
			e.places++
			continue
		}
		if doc != nil && !slices.Contains(e.Docs, doc.ID) && !strings.Contains(c.Name, " ") && lowerUse(doc.Text, c.Name) {
			e.common++
		}
		e.Mentions++
		e.types[c.Type]++
		if doc != nil && !slices.Contains(e.Docs, doc.ID) {
			e.Docs = append(e.Docs, doc.ID)
			if len(e.Examples) < keep && doc.Text != "" && c.Sentence >= 0 && c.Sentence < len(sents) {
				s := sents[c.Sentence].Span
				if s.Start >= 0 && s.End <= len(doc.Text) && s.Start < s.End {
					e.Examples = append(e.Examples, strings.Join(strings.Fields(doc.Text[s.Start:s.End]), " "))
				}
			}
		}
		for _, r := range c.Roles {
			e.roles[r]++
		}
		if c.Suggest != "" {
			e.suggests[c.Suggest]++
		}
	}
}

// Top returns the n most mentioned names (all when n <= 0), ties by name.
func (t *Tally) Top(n int) []UnknownActor {
	out := make([]UnknownActor, 0, len(t.byName))
	for _, e := range t.byName {
		if e.Mentions == 0 || e.likelyPlace() || 2*e.common > len(e.Docs) {
			continue
		}
		u := e.UnknownActor
		u.Roles = byCount(e.roles)
		if s := byCount(e.suggests); len(s) > 0 {
			u.Suggest = s[0]
		}
		if ts := byCount(e.types); len(ts) > 0 {
			u.Type = ts[0]
		}
		out = append(out, u)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Mentions != out[j].Mentions {
			return out[i].Mentions > out[j].Mentions
		}
		return out[i].Name < out[j].Name
	})
	if n > 0 && len(out) > n {
		out = out[:n]
	}
	return out
}

func byCount(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	return keys
}

// likelyPlace reports whether the name is used as a place often enough that its
// actor-like uses are more likely tagging errors than an actor of the same name: a
// village in "shelling hit Kefraya" looks like an organisation to NER, but the same
// corpus also says "in Kefraya". Role phrases ("spokesman Igor Konashenkov") mark a
// real actor whatever else happens.
func (e *tallyEntry) likelyPlace() bool {
	return e.places > 0 && len(e.roles) == 0 && 3*e.places >= e.Mentions
}

// lowerUse reports whether text has word in lower case as a whole word.
func lowerUse(text, word string) bool {
	low := strings.ToLower(word)
	if low == word {
		return false
	}
	for i := 0; ; {
		j := strings.Index(text[i:], low)
		if j < 0 {
			return false
		}
		a, b := i+j, i+j+len(low)
		if (a == 0 || !isWordByte(text[a-1])) && (b == len(text) || !isWordByte(text[b])) {
			return true
		}
		i = b
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c >= 0x80
}
