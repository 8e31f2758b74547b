package storekit

// PublishedEarlier reports whether a document published on a is known to predate
// one published on b: both must be full dates ("2026-03-11"). A new copy that
// predates the stored document it duplicates is the original, and the stored one
// its copy; with a month, a year or no date the order of ingestion decides.
func PublishedEarlier(a, b string) bool {
	return len(a) == len("2006-01-02") && len(b) == len(a) && a < b
}
