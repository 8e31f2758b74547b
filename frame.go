package sitrep

// Frame is how one outlet presents one actor: the tone of the sentences that mention
// it, how often the actor's events in that outlet are conflictual, and the loaded
// labels the outlet attaches to it — each backed by evidence sentences.
type Frame struct {
	Outlet string `json:"outlet"`
	Actor  string `json:"actor"`
	Name   string `json:"name,omitempty"`
	// Tone is the mean tone (-1..1) of the outlet's sentences about the actor:
	// a VADER compound score, each word weighed by its distance from the
	// mention in the dependency tree and the actor's own quoted words left
	// out, blended with a model trained on news written and labelled for
	// sitrep (see package frame for the measurements behind these choices).
	Tone      float64 `json:"tone"`
	Sentences int     `json:"sentences"`
	// Cooperation and Conflict count the actor's cooperative and conflictual events
	// in the outlet in either role; an event whose source and target are both the
	// actor (SYRGOV and SYRMIL grouped under SYR) counts once in each role.
	Cooperation int `json:"cooperation"`
	Conflict    int `json:"conflict"`
	// ConflictShare is Conflict / (Cooperation + Conflict), 0 when there are none.
	ConflictShare float64 `json:"conflict_share"`
	// CooperationBy and ConflictBy count the events the actor is the source of
	// (what it does), CooperationOn and ConflictOn those it is the target of (what
	// is done to it): "US strikes on ISIS" is conflict by the US and on ISIS.
	// Cooperation = CooperationBy + CooperationOn, Conflict = ConflictBy + ConflictOn.
	CooperationBy int `json:"cooperation_by"`
	ConflictBy    int `json:"conflict_by"`
	CooperationOn int `json:"cooperation_on"`
	ConflictOn    int `json:"conflict_on"`
	// ConflictShareBy is ConflictBy / (CooperationBy + ConflictBy) and
	// ConflictShareOn the same of the events on the actor, 0 when there are none.
	ConflictShareBy float64         `json:"conflict_share_by"`
	ConflictShareOn float64         `json:"conflict_share_on"`
	Labels          map[string]int  `json:"labels,omitempty"`
	Evidence        []FrameEvidence `json:"evidence,omitempty"`
	Docs            []string        `json:"docs"`
}

// Tally adds one event with the actor in the given role (source: by, else on),
// conflictual or not, to the counts.
func (f *Frame) Tally(source, conflictual bool) {
	switch {
	case source && conflictual:
		f.ConflictBy++
		f.Conflict++
	case source:
		f.CooperationBy++
		f.Cooperation++
	case conflictual:
		f.ConflictOn++
		f.Conflict++
	default:
		f.CooperationOn++
		f.Cooperation++
	}
}

// FrameEvidence is one sentence behind a frame.
type FrameEvidence struct {
	Doc      string  `json:"doc"`
	Sentence string  `json:"sentence"`
	Span     [2]int  `json:"span"`
	Tone     float64 `json:"tone"`
}
