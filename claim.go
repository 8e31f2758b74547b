package sitrep

// Claim stances: what one document does with a claim.
const (
	StanceAsserts     = "asserts"     // the outlet reports it as fact
	StanceAttributes  = "attributes"  // the outlet relays it as a party's claim
	StanceContradicts = "contradicts" // the outlet denies it or reports a different value
	StanceOmits       = "omits"       // the outlet covers the story but not this claim
)

// Claim statuses.
const (
	StatusCorroborated = "corroborated" // two or more independent outlets report it
	StatusSingleSource = "single-source"
	StatusContested    = "contested" // some outlet contradicts it
)

// Claim is one real-world event (or stated fact) as several articles report it,
// with what each outlet covering the story does with it. Its JSON form is the claim
// JSON Lines contract of DESIGN.md.
type Claim struct {
	ID        string     `json:"id"`
	Summary   string     `json:"summary"`
	Kind      string     `json:"kind"` // "event" or "value"
	Status    string     `json:"status"`
	Event     ClaimEvent `json:"event"`
	Positions []Position `json:"positions"`
	// IndependentOutlets counts outlets that report the claim from their own
	// reporting: copies and summaries of another outlet's report count once, under
	// the original.
	IndependentOutlets int          `json:"independent_outlets"`
	Derivative         []Derivation `json:"derivative"`
	// Story groups claims about the same actors in the same period.
	Story string `json:"story,omitempty"`
	// Values are the stated facts inside the claim that outlets can give
	// differently — a count ("120 escaped" vs "about 1,500"), a date, a place, who
	// did it — with each report's value and whether the outlets agree.
	Values []ClaimValue `json:"values,omitempty"`
}

// Value kinds.
const (
	ValueCount          = "count"
	ValueDate           = "date"
	ValuePlace          = "place"
	ValueResponsibility = "responsibility"
)

// ClaimValue is one stated fact of a claim with the value each report gives it.
// Status is corroborated when two or more outlets give values that agree (within
// what their approximations allow), contested when two outlets disagree, and
// single-source otherwise.
type ClaimValue struct {
	Kind string `json:"kind"` // count, date, place or responsibility
	// Unit is what a count counts ("killed", "wounded", "escaped", "troop"); the
	// kind for the others.
	Unit   string `json:"unit"`
	Status string `json:"status"`
	// Low and High are the smallest and largest counts stated.
	Low     float64       `json:"low,omitempty"`
	High    float64       `json:"high,omitempty"`
	Reports []ValueReport `json:"reports"`
}

// ValueReport is one document's value for a fact, with its evidence.
type ValueReport struct {
	Doc    string `json:"doc"`
	Outlet string `json:"outlet,omitempty"`
	// Value is the value as stated: the count's text ("about 1,500 prisoners"), the
	// date (2016-08-17, with the words that gave it), the place, the actor code.
	Value    string  `json:"value"`
	Number   float64 `json:"number,omitempty"`
	Approx   string  `json:"approx,omitempty"`
	Sentence string  `json:"sentence,omitempty"`
	Span     [2]int  `json:"span"`
	Event    string  `json:"event,omitempty"`
}

// ClaimEvent is the event a claim is about.
type ClaimEvent struct {
	Source string `json:"source"`
	CAMEO  string `json:"cameo"`
	Target string `json:"target"`
	Date   string `json:"date,omitempty"`
	Place  string `json:"place,omitempty"`
}

// Position is one document's stance on a claim, with its evidence.
type Position struct {
	Doc          string `json:"doc"`
	Outlet       string `json:"outlet,omitempty"`
	Stance       string `json:"stance"`
	AttributedTo string `json:"attributed_to,omitempty"`
	Value        string `json:"value,omitempty"`
	Sentence     string `json:"sentence,omitempty"`
	Span         [2]int `json:"span"`
	Event        string `json:"event,omitempty"` // the supporting event's id
}

// Derivation marks a document that is not an independent source.
type Derivation struct {
	Doc      string `json:"doc"`
	Upstream string `json:"upstream"`
}
