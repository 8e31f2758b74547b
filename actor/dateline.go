package actor

import (
	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/dateline"
)

// Datelines. Wire copy opens with the place it was filed from: "BEIRUT (Reuters) -",
// "DAMASCUS, Syria (AP) —", "WASHINGTON —"; FA-KES's flattened copies keep only
// "BEIRUT At least 15 people were killed". A capital there is no government
// acting ("Beirut said"), yet read as one it made "government air strikes" in the
// same sentence Lebanon's, and it counted toward the document's country. The
// words of a dateline are ordinary words to the resolver: never an actor, never
// a name.

// datelineTokens returns how many tokens at the start of s form a dateline, 0
// for none: the shape dateline.Scan reads, with its dash or colon; without one,
// with a date or an agency ("BEIRUT August 21 (The Associated Press) Syrian
// regime forces") or a region, or else capitals that name a country or a capital
// followed by a word in ordinary case ("BEIRUT At least"). A person or an
// organisation the dictionaries know in capitals ("ISIS —") is not.
func (r *Resolver) datelineTokens(s *sitrep.Sentence, ws []word, keys []string) int {
	m, ok := dateline.Scan(s.Tokens)
	if !ok {
		return 0
	}
	if n, e := r.actors.longest(keys, 0); n > 0 && e != nil && e.Kind != KindCountry && e.Kind != KindCapital && ws[n-1].tok < m.Capitals {
		return 0 // a known group or person in capitals
	}
	if m.Separated || m.Region || m.Date || m.Agency {
		// the date or the agency says it is a dateline whose dash was lost
		return m.End
	}
	// "BEIRUT At least …": only a country or a capital, whose reading as an
	// actor is what a dateline must not get
	if n, e := r.actors.longest(keys, 0); n == 0 || e == nil || e.Kind != KindCountry && e.Kind != KindCapital || ws[n-1].tok != m.Capitals-1 {
		return 0
	}
	return m.Capitals
}
