package sitrep

// Event modes: how the text presents the event.
const (
	ModeOccurred    = "occurred"
	ModePlanned     = "planned"
	ModeIntended    = "intended"
	ModeNegated     = "negated"
	ModeConditional = "conditional"
	ModeThwarted    = "thwarted"
	ModeClaimed     = "claimed"
)

// Event is one coded event: who did what to whom, when and where, according to whom,
// traced to the sentence it was read from. Its JSON form is the event JSON Lines
// contract of DESIGN.md (Span is converted to character offsets there).
type Event struct {
	ID       string `json:"id"`
	Doc      string `json:"doc"`
	Sentence string `json:"sentence"`
	// Span is the byte span in the document text (the sentence's, or the event's own
	// when narrower); CharSpan is the same span in characters, the contract's "span",
	// filled by SetCharSpan before output.
	Span     Span   `json:"-"`
	CharSpan [2]int `json:"span"`
	// Source is who acted. Its code is empty for force whose agent the text
	// does not name ("air strikes killed 22 people in <town>"; event/agentless.go),
	// as CAMEO coders leave an unknown actor blank; claim builds no record on an
	// empty source. Target is empty for events without one (mobilising).
	Source EventActor `json:"source"`
	Target EventActor `json:"target"`
	CAMEO  string     `json:"cameo"`
	Root   string     `json:"root"`
	Quad   int        `json:"quad"`
	// Goldstein is the CAMEO code's Goldstein scale value, -10..10.
	Goldstein float64 `json:"goldstein"`
	PLOVER    PLOVER  `json:"plover"`
	Mode      string  `json:"mode"`
	// AttributedTo is the party that asserts the event when the outlet relays a claim.
	AttributedTo *EventActor `json:"attributed_to,omitempty"`
	// Date is written at its precision: "2025-11-10", "2025-11-03/2025-11-09"
	// (days of one week: "last week"), "2025-11" or "2025" (see DateSpan).
	Date     string `json:"date,omitempty"`
	DateText string `json:"date_text,omitempty"`
	// DateFrom says where Date came from: "text", "inherited" (an explicit date of an
	// earlier sentence of the same paragraph, in DateText), "published", or
	// "reported" (the day the event was reported: the date modifies the verb of
	// saying the event hangs from, "On Sunday a monitor said jets struck", so the
	// event took place that day or before it); or that
	// the sentence speaks of no one day (event/aspect.go): "since" (the event began
	// at Date and goes on; DateText the bound), "ongoing" (a stretch the text does
	// not date: "for months", "has been shelling"; Date empty, DateText the frame
	// when there is one) or "habitual" (one of a series: "regularly bomb", "in the
	// past"; Date empty, DateText the word that says so).
	DateFrom   string     `json:"date_from,omitempty"`
	Place      *Place     `json:"place,omitempty"`
	Quantities []Quantity `json:"quantities,omitempty"`
	Outlet     string     `json:"outlet,omitempty"`
	URL        string     `json:"url,omitempty"`
	// Verb is the text of the word that triggered the event, and Rule the pattern that
	// coded it, for the analyst who wants to know why.
	Verb string `json:"verb,omitempty"`
	Rule string `json:"rule,omitempty"`
}

// EventActor is one side of an event.
type EventActor struct {
	Code string `json:"code"`
	Name string `json:"name,omitempty"`
	Text string `json:"text,omitempty"`
}

// PLOVER is an event's PLOVER type and mode.
type PLOVER struct {
	Type string `json:"type"`
	Mode string `json:"mode"`
}

// Place is a resolved location.
type Place struct {
	Name      string  `json:"name"`
	Country   string  `json:"country,omitempty"` // ISO 3166 alpha-3
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	GeonameID int     `json:"geonameid,omitempty"`
	Text      string  `json:"text,omitempty"`
	Span      Span    `json:"-"`
}

// Quantity is a counted amount attached to an event ("15 ISIS weapon sites").
type Quantity struct {
	Value float64 `json:"value"`
	// Approx is "about", "over", "under", "thousands" and the like; "" for exact.
	Approx string `json:"approx,omitempty"`
	Unit   string `json:"unit"`
	Text   string `json:"text"`
	Span   Span   `json:"-"`
}

// SetCharSpan fills CharSpan from Span for the document text the event was coded from.
func (e *Event) SetCharSpan(text string) { e.CharSpan = CharSpan(text, e.Span) }
