package sqlite

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// TestConcurrent has writers race to store overlapping documents while readers list
// and search; run it with -race. Each document must be created exactly once.
func TestConcurrent(t *testing.T) {
	db := newStore(t, Options{})
	ctx := context.Background()
	const (
		writers = 4
		readers = 4
		docs    = 40 // every writer tries every document, starting at a different one
	)
	var created atomic.Int64
	var wg sync.WaitGroup
	done := make(chan struct{})
	for w := range writers {
		wg.Go(func() {
			for k := range docs {
				res, err := db.PutDocument(ctx, synthDoc((k+w*docs/writers)%docs))
				if err != nil {
					t.Error(err)
					return
				}
				if res.Created {
					created.Add(1)
				}
			}
		})
	}
	var rg sync.WaitGroup
	for r := range readers {
		rg.Go(func() {
			for {
				select {
				case <-done:
					return
				default:
				}
				var err error
				switch r % 3 {
				case 0:
					_, err = db.Search(ctx, "convoy OR talks", 5)
				case 1:
					_, err = db.Documents(ctx, sitrep.DocumentFilter{Limit: 10})
				case 2:
					_, err = db.Stats(ctx)
				}
				if err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	close(done)
	rg.Wait()

	if got := created.Load(); got != docs {
		t.Errorf("%d documents created, want %d", got, docs)
	}
	st, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != docs {
		t.Errorf("store holds %d documents, want %d", st.Documents, docs)
	}
	if err := db.Check(ctx); err != nil {
		t.Error(err)
	}
}
