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

// TestTwoHandles stores the same documents through two DBs on one file, as two
// processes would: the second writer must wait on the lock (busy_timeout, BEGIN
// IMMEDIATE) rather than fail with SQLITE_BUSY, and the hash must stay unique.
func TestTwoHandles(t *testing.T) {
	a := newStore(t, Options{})
	b, err := Open(context.Background(), a.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	ctx := context.Background()
	const docs = 60
	var created atomic.Int64
	var wg sync.WaitGroup
	for k, db := range []*DB{a, b} {
		wg.Go(func() {
			for i := range docs {
				res, err := db.PutDocument(ctx, synthDoc((i+k*docs/2)%docs))
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
	wg.Wait()
	if got := created.Load(); got != docs {
		t.Errorf("%d documents created through two handles, want %d", got, docs)
	}
	for _, db := range []*DB{a, b} {
		st, err := db.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st.Documents != docs {
			t.Errorf("a handle sees %d documents, want %d", st.Documents, docs)
		}
	}
}
