// Package storetest is one behavioural test suite for every sitrep store backend.
// A backend's test calls Run with a function that opens a new, empty store:
//
//	func TestStore(t *testing.T) {
//		storetest.Run(t, func(t *testing.T) storetest.Store { return openEmpty(t) })
//	}
//
// The suite asserts what callers rely on and nothing a backend may choose freely:
// search hits are compared as sets with their rank order checked for consistency,
// not as golden snippets, since two full-text engines never cut a snippet alike.
// It assumes the default near-duplicate threshold (0.9). A test a backend is known
// to fail can be skipped by name with Skip, which keeps the reason in the test
// output. Benchmark measures the same operations on any backend.
package storetest

import (
	"context"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// Store is what a sitrep store backend implements.
type Store interface {
	sitrep.DocumentStore
	sitrep.AnalysisStore
}

// Option changes how Run runs.
type Option func(*config)

type config struct {
	skip  map[string]string
	stats func(context.Context, Store) (Counts, error)
}

// Skip skips the named test of the suite (a name Run gives its subtests, such as
// "AnalysisSnapshot") with the reason, which should name the known bug. The skip
// shows in go test -v output, so a known failure stays visible without keeping a
// backend's tests red.
func Skip(name, reason string) Option {
	return func(c *config) { c.skip[name] = reason }
}

// Run runs the suite. open must return a new, empty store opened with default
// options, and close it when t ends (t.Cleanup).
func Run(t *testing.T, open func(t *testing.T) Store, opts ...Option) {
	c := config{skip: map[string]string{}}
	for _, o := range opts {
		o(&c)
	}
	for _, tc := range []struct {
		name string
		test func(*testing.T, func(*testing.T) Store)
	}{
		{"DocumentRoundTrip", testDocumentRoundTrip},
		{"IngestedAtDefault", testIngestedAtDefault},
		{"PutDocument", testPutDocument},
		{"PutDocumentCanceled", testPutDocumentCanceled},
		{"UnusualText", testUnusualText},
		{"NearDuplicateCopies", testNearDuplicateCopies},
		{"EarlierCopyIsOriginal", testEarlierCopyIsOriginal},
		{"Documents", testDocuments},
		{"Search", testSearch},
		{"SearchRankAndLimit", testSearchRankAndLimit},
		{"SearchHostile", testSearchHostile},
		{"Analysis", testAnalysis},
		{"AnalysisReplaced", testAnalysisReplaced},
		{"Events", testEvents},
		{"Actors", testActors},
		{"Tallies", testTallies},
		{"Quotes", testQuotes},
		{"ConcurrentDocuments", testConcurrentDocuments},
		{"ConcurrentAnalyses", testConcurrentAnalyses},
		{"AnalysisSnapshot", testAnalysisSnapshot},
		{"Watchlist", testWatchlist},
		{"Claims", testClaims},
		{"ClaimsConcurrent", testClaimsConcurrent},
		{"ClaimsLate", testClaimsLate},
		{"ClaimPage", testClaimPage},
		{"Stats", func(t *testing.T, open func(*testing.T) Store) { testStats(t, open, c.stats) }},
	} {
		reason, skip := c.skip[tc.name]
		delete(c.skip, tc.name)
		t.Run(tc.name, func(t *testing.T) {
			if skip {
				t.Skip("known failure: " + reason)
			}
			tc.test(t, open)
		})
	}
	for name := range c.skip {
		t.Errorf("storetest.Skip(%q): the suite has no such test", name)
	}
}
