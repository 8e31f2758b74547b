package pipeline

import (
	"context"
	"errors"
	"reflect"
	"sync"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/actor"
	"github.com/sitrep-dev/sitrep/claim"
	"github.com/sitrep-dev/sitrep/event"
	"github.com/sitrep-dev/sitrep/frame"
	"github.com/sitrep-dev/sitrep/sqlite"
)

var loadAnalyzer = sync.OnceValues(func() (*Analyzer, error) { return LoadAnalyzer(actor.Options{}, event.Options{}) })

func analyzer(t *testing.T) *Analyzer {
	t.Helper()
	an, err := loadAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	return an
}

// fullClaims is what `sitrep claims` computed before claims were stored: claim.Build
// over every event of the store.
func fullClaims(t *testing.T, db *sqlite.DB) []sitrep.Claim {
	t.Helper()
	ctx := context.Background()
	docs, err := db.Documents(ctx, sitrep.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	evs, err := db.Events(ctx, sitrep.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	return claim.Build(evs, docs, ClaimOptions())
}

func fullFrames(t *testing.T, db *sqlite.DB, grouping string) []sitrep.Frame {
	t.Helper()
	ctx := context.Background()
	docs, err := db.Documents(ctx, sitrep.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	analyses := map[string]*sitrep.Analysis{}
	for _, d := range docs {
		a, err := db.Analysis(ctx, d.ID)
		if errors.Is(err, sitrep.ErrNotFound) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		analyses[d.ID] = a
	}
	lex, err := frame.Default()
	if err != nil {
		t.Fatal(err)
	}
	group, err := frame.GroupFunc(grouping)
	if err != nil {
		t.Fatal(err)
	}
	return frame.Build(lex, docs, analyses, frame.Options{Group: group})
}

func withoutIDs(cs []sitrep.Claim) []sitrep.Claim {
	out := make([]sitrep.Claim, len(cs))
	for i, c := range cs {
		c.ID = ""
		out[i] = c
	}
	return out
}

// checkIncremental compares what the store kept up to date, article by article, with
// a full recomputation over the store.
func checkIncremental(t *testing.T, db *sqlite.DB) []sitrep.Claim {
	t.Helper()
	ctx := context.Background()
	stored, err := db.Claims(ctx, claim.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	want := fullClaims(t, db)
	if len(want) == 0 {
		t.Fatal("the storyline gives no claim: the comparison proves nothing")
	}
	if got := withoutIDs(stored); !reflect.DeepEqual(got, withoutIDs(want)) {
		t.Errorf("stored claims (%d) differ from claim.Build over the store (%d)", len(got), len(want))
		for i := range min(len(got), len(want)) {
			if !reflect.DeepEqual(got[i], withoutIDs(want)[i]) {
				t.Errorf("first difference at %d:\n stored %+v\n built  %+v", i, got[i], want[i])
				break
			}
		}
	}
	for _, g := range frame.Groupings {
		cs, err := db.FrameContributions(ctx, g, "")
		if err != nil {
			t.Fatal(err)
		}
		want := fullFrames(t, db, g)
		if len(want) == 0 {
			t.Fatal("the storyline gives no frame")
		}
		if got := frame.Merge(cs); !reflect.DeepEqual(got, want) {
			t.Errorf("grouping %s: stored frames (%d) differ from frame.Build over the store (%d)", g, len(got), len(want))
		}
	}
	t.Logf("%d claims stored, equal to claim.Build", len(stored))
	return stored
}

// TestIncrementalStoryline ingests the storyline example one article at a time, each
// article updating the stored claims and frames of its stories only, and holds the
// result to a full recomputation; then ingests it again (nothing changes) and
// re-runs the update for every document (nothing is counted twice).
func TestIncrementalStoryline(t *testing.T) {
	ctx := context.Background()
	db := openStore(t)
	cfg := Config{Store: db, Analyzer: analyzer(t)}
	sum, err := Ingest(ctx, cfg, []string{examples})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Analyzed == 0 || sum.Events == 0 {
		t.Fatalf("nothing analysed: %+v", sum)
	}
	first := checkIncremental(t, db)
	if stale, err := db.StaleClaimState(ctx); err != nil || len(stale) != 0 {
		t.Errorf("stale claim state after ingest: %v %v", stale, err)
	}

	if _, err := Ingest(ctx, cfg, []string{examples}); err != nil {
		t.Fatal(err)
	}
	docs, err := db.Documents(ctx, sitrep.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if err := UpdateCrossDoc(ctx, db, d.ID); err != nil {
			t.Fatal(err)
		}
	}
	again := checkIncremental(t, db)
	if !reflect.DeepEqual(first, again) {
		t.Error("updating every document again changed the stored claims (ids included)")
	}

	// A full rebuild stores the same claims, ids included.
	if err := RebuildCrossDoc(ctx, db); err != nil {
		t.Fatal(err)
	}
	rebuilt := checkIncremental(t, db)
	if !reflect.DeepEqual(first, rebuilt) {
		t.Error("RebuildCrossDoc stored other claims than the incremental updates")
	}
}

// TestIncrementalConcurrent stores the storyline's analyses from several goroutines
// at once, each updating claims and frames after its own document: the result is the
// same as a full recomputation, whatever the interleaving.
func TestIncrementalConcurrent(t *testing.T) {
	ctx := context.Background()
	src := openStore(t)
	if _, err := Ingest(ctx, Config{Store: src}, []string{examples}); err != nil {
		t.Fatal(err)
	}
	docs, err := src.Documents(ctx, sitrep.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	an := analyzer(t)
	db := openStore(t)
	for _, d := range docs {
		d := *d
		if _, err := db.PutDocument(ctx, &d); err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	errs := make(chan error, len(docs))
	for _, d := range docs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := db.PutAnalysis(ctx, an.Analyze(d)); err != nil {
				errs <- err
				return
			}
			errs <- UpdateCrossDoc(ctx, db, d.ID)
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	checkIncremental(t, db)
}
