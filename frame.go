package sitrep

// Frame is how one outlet presents one actor: the tone of the sentences that mention
// it, how often the actor's events in that outlet are conflictual, and the loaded
// labels the outlet attaches to it — each backed by evidence sentences.
type Frame struct {
	Outlet string `json:"outlet"`
	Actor  string `json:"actor"`
	Name   string `json:"name,omitempty"`
	// Tone is the mean VADER compound score (-1..1) of the outlet's sentences
	// about the actor, each word weighed by its distance from the mention in the
	// dependency tree; words the actor itself is quoted saying are left out
	// (see package frame for the measurements behind these choices).
	Tone        float64 `json:"tone"`
	Sentences   int     `json:"sentences"`
	Cooperation int     `json:"cooperation"`
	Conflict    int     `json:"conflict"`
	// ConflictShare is Conflict / (Cooperation + Conflict), 0 when there are none.
	ConflictShare float64         `json:"conflict_share"`
	Labels        map[string]int  `json:"labels,omitempty"`
	Evidence      []FrameEvidence `json:"evidence,omitempty"`
	Docs          []string        `json:"docs"`
}

// FrameEvidence is one sentence behind a frame.
type FrameEvidence struct {
	Doc      string  `json:"doc"`
	Sentence string  `json:"sentence"`
	Span     [2]int  `json:"span"`
	Tone     float64 `json:"tone"`
}
