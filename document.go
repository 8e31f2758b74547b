package sitrep

import "time"

// Document statuses. Later stages only read documents whose status is StatusOK.
const (
	StatusOK         = "ok"
	StatusNonEnglish = "non-english" // stored and searchable, skipped by NLP and coding
	StatusEmpty      = "empty"       // no text survived cleaning
)

// Document is one article as sitrep keeps it: its clean text, and what is known of
// where it came from. Text is immutable once stored: every span of every later stage
// points into it.
type Document struct {
	ID    string `json:"id"`
	Title string `json:"title,omitempty"`
	// Outlet is the publisher ("Newsmax"); Upstream is the outlet whose report this
	// article says it summarises ("The Washington Post"), which makes it derivative
	// rather than an independent source.
	Outlet   string `json:"outlet,omitempty"`
	Upstream string `json:"upstream,omitempty"`
	Byline   string `json:"byline,omitempty"`
	// Published keeps the precision it was given: "2025-11-10", "2025-12", "2025" or "".
	Published string `json:"published,omitempty"`
	URL       string `json:"url,omitempty"`
	Language  string `json:"language,omitempty"` // ISO 639-1, "" when unknown
	Status    string `json:"status"`
	// DuplicateOf names the first stored copy when this document is a near-duplicate
	// (a syndicated or lightly edited copy). Such documents are kept but not counted
	// as independent sources.
	DuplicateOf string `json:"duplicate_of,omitempty"`
	// Similarity to DuplicateOf, 0..1, when DuplicateOf is set.
	Similarity float64 `json:"similarity,omitempty"`

	Text string `json:"text"`
	// Paragraphs are the clean text's paragraphs (headings included, each its own),
	// in order; they never overlap and sentence splitting never crosses them.
	Paragraphs []Paragraph `json:"paragraphs,omitempty"`

	// Hash is the hex SHA-256 of the normalised text: the document's identity.
	Hash string `json:"hash"`
	// Fingerprint is a 64-bit SimHash of the text's word shingles, used to find
	// near-duplicates.
	Fingerprint uint64 `json:"-"`

	Source     string    `json:"source,omitempty"` // the path, URL or "-" it was read from
	Format     string    `json:"format,omitempty"` // text, html, feed, jsonl
	IngestedAt time.Time `json:"ingested_at,omitzero"`
}

// Paragraph is a block of the clean text.
type Paragraph struct {
	Span
	Heading bool `json:"heading,omitempty"`
}

// PublishedTime parses Published at its precision (day, month or year); ok is false
// when it is empty or malformed. A month or year resolves to its first day.
func (d *Document) PublishedTime() (t time.Time, precision string, ok bool) {
	for _, f := range []struct{ layout, prec string }{
		{"2006-01-02", "day"}, {"2006-01", "month"}, {"2006", "year"},
	} {
		if t, err := time.Parse(f.layout, d.Published); err == nil {
			return t, f.prec, true
		}
	}
	return time.Time{}, "", false
}

// Independent reports whether the document counts as an independent source: not a
// near-duplicate of another and not a summary of another outlet's report.
func (d *Document) Independent() bool { return d.DuplicateOf == "" && d.Upstream == "" }
