package sitrep

import "context"

// Quote kinds: how the text gives the words.
const (
	// QuoteDirect is a quotation that is itself what was said ("…," X said).
	QuoteDirect = "direct"
	// QuotePartial is a quoted fragment inside the outlet's own sentence (X called
	// the move "a betrayal").
	QuotePartial = "partial"
	// QuoteIndirect is reported speech without quotation marks (X said that …,
	// according to X, …).
	QuoteIndirect = "indirect"
)

// Quote is what somebody is reported to have said: the speaker (resolved to an actor
// when the actor stage knows them), the words, the speech verb, and whom it was said
// to. It cites the sentences it was read from like an event does.
type Quote struct {
	ID  string `json:"id"`
	Doc string `json:"doc"`
	// Sentence is the index of the sentence the words begin in; SentenceEnd that of
	// the sentence they end in (the same for one-sentence quotes).
	Sentence    int    `json:"sentence"`
	SentenceEnd int    `json:"sentence_end"`
	Kind        string `json:"kind"`
	// Text is the quoted words (without quotation marks) or, for indirect speech, the
	// complement clause.
	Text string `json:"text"`
	// Span is the byte span of Text in the document text; CharSpan is the same span
	// in characters, the JSON "span", filled by SetCharSpan before output.
	Span     Span   `json:"-"`
	CharSpan [2]int `json:"span"`
	// Speaker is who said it. Code is empty when no actor was resolved ("a
	// spokesman"); Text is the words that name the speaker in the sentence.
	Speaker EventActor `json:"speaker"`
	// SpeakerRule says how the speaker was found ("subject", "according-to",
	// "coref", "nearest", "continuation", ...), so an analyst can see why.
	SpeakerRule string `json:"speaker_rule,omitempty"`
	// SpeakerSpan is the byte span of Speaker.Text in the document text, the JSON
	// "speaker_span" in characters (SpeakerCharSpan). It usually lies in the quote's
	// sentence; a quotation that goes on from the quote before it points at the
	// words that named its speaker there. Empty when not recorded (quotes stored
	// before the spans were).
	SpeakerSpan     Span   `json:"-"`
	SpeakerCharSpan [2]int `json:"speaker_span"`
	// Verb is the lemma of the speech verb ("say", "tell", "according to"), VerbText
	// the word as written.
	Verb     string `json:"verb"`
	VerbText string `json:"verb_text,omitempty"`
	// VerbSpan is the byte span of the speech verb in the document text ("said",
	// "according to", "expressed concern"), the JSON "verb_span" in characters
	// (VerbCharSpan); empty when not recorded.
	VerbSpan     Span   `json:"-"`
	VerbCharSpan [2]int `json:"verb_span"`
	// Target is whom it was said to or about ("told reporters", "accused Damascus").
	Target *EventActor `json:"target,omitempty"`
}

// SetCharSpan fills CharSpan, SpeakerCharSpan and VerbCharSpan from the byte spans
// for the document text the quote was read from.
func (q *Quote) SetCharSpan(text string) {
	q.CharSpan = CharSpan(text, q.Span)
	q.SpeakerCharSpan = CharSpan(text, q.SpeakerSpan)
	q.VerbCharSpan = CharSpan(text, q.VerbSpan)
}

// QuoteFilter selects quotes. Zero values select everything; set fields combine with
// AND.
type QuoteFilter struct {
	Doc string
	// Speaker is a code prefix matched against the speaker's code ("USA" selects
	// USAGOV and USAMIL).
	Speaker string
	Kind    string
	Limit   int
	Offset  int
}

// QuoteStore lists stored quotes. Both stores implement it; quotes are written with
// the rest of an analysis by AnalysisStore.PutAnalysis.
type QuoteStore interface {
	Quotes(ctx context.Context, f QuoteFilter) ([]Quote, error)
}
