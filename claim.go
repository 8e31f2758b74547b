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
