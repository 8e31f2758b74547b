package sitrep

// Mention is a span of a sentence that refers to an actor, resolved to a code.
type Mention struct {
	Sentence int    `json:"sentence"` // index into the document's sentences
	Start    int    `json:"start"`    // token range [Start, End) within the sentence
	End      int    `json:"end"`
	Span     Span   `json:"span"` // byte span in the document text
	Text     string `json:"text"`
	// Code is the CAMEO-style actor code ("SYRGOV", "USAMIL", "IMGMUSISI"); empty for
	// an unresolved mention kept for discovery.
	Code string `json:"code"`
	Name string `json:"name,omitempty"` // the actor's canonical name
	// Rule says how the mention was resolved ("dictionary", "title", "apposition",
	// "agent", "metonymy", "demonym", "coref:surname", "coref:pronoun", ...), so an
	// analyst can see why sitrep believes it.
	Rule string `json:"rule"`
	// Antecedent is the index of the mention this one corefers with, or -1.
	Antecedent int `json:"antecedent"`
}

// Actor is an actor as the store summarises it across documents.
type Actor struct {
	Code      string   `json:"code"`
	Name      string   `json:"name"`
	Aliases   []string `json:"aliases,omitempty"` // the surface forms seen
	Mentions  int      `json:"mentions"`
	Docs      []string `json:"docs,omitempty"`
	FirstSeen string   `json:"first_seen,omitempty"`
	LastSeen  string   `json:"last_seen,omitempty"`
}
