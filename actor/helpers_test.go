package actor

import (
	"sync"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/actor/internal/wordsplit"
)

// analyse splits text into sentences and tokens; the NLP backbone is built beside
// this package, and tests must not depend on its progress or its errors.
func analyse(text string) []sitrep.Sentence { return wordsplit.Sentences(text) }

func doc(id, published, text string) *sitrep.Document {
	return &sitrep.Document{ID: id, Published: published, Text: text, Status: sitrep.StatusOK}
}

var (
	loadOnce sync.Once
	loaded   *Resolver
	loadErr  error
)

// shippedResolver loads the embedded dictionaries once per test binary, with a fixed
// date for documents that have none.
func shippedResolver(t testing.TB) *Resolver {
	t.Helper()
	loadOnce.Do(func() {
		loaded, loadErr = Load(Options{Now: func() time.Time { return time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC) }})
	})
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	return loaded
}
