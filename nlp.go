package sitrep

// Sentence is one sentence of a document as the NLP backbone analyses it.
type Sentence struct {
	Span
	Tokens   []Token  `json:"tokens"`
	Entities []Entity `json:"entities,omitempty"`
	// Heading is true when the sentence is a heading or title line (no final
	// punctuation, its own paragraph): headlines code differently from prose.
	Heading bool `json:"heading,omitempty"`
}

// Token is one syntactic word. Head is the 1-based index of the head token within the
// sentence (0 for the root), as in CoNLL-U; DepRel is its Universal Dependencies
// relation. A multiword token such as "don't" is split into syntactic words that share
// the original span; SpaceAfter records whether whitespace followed it in the text.
type Token struct {
	Text       string `json:"text"`
	Span       Span   `json:"span"`
	UPOS       string `json:"upos,omitempty"`
	XPOS       string `json:"xpos,omitempty"`
	Lemma      string `json:"lemma,omitempty"`
	Head       int    `json:"head"`
	DepRel     string `json:"deprel,omitempty"`
	SpaceAfter bool   `json:"space_after,omitempty"`
}

// Entity is a named-entity span over tokens [Start, End) of a sentence.
type Entity struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"` // PER, ORG, LOC (finer: GPE, NORP)
	Text  string `json:"text"`
}
