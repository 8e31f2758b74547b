package pipeline

import (
	"context"
	"database/sql"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/sitrep-dev/sitrep/frame"
	"github.com/sitrep-dev/sitrep/sqlite"
)

// TestFramesStaleVersion plays a store whose frames an older sitrep stored: the
// contributions hold other tones (a scorer since changed) and the claim state an
// older frame version. Frames must not serve those scores but recompute, say how
// many documents were stale, and after RebuildCrossDoc read the stored ones again.
func TestFramesStaleVersion(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := Ingest(ctx, Config{Store: db, Analyzer: analyzer(t)}, []string{examples}); err != nil {
		t.Fatal(err)
	}
	want := fullFrames(t, db, "code")
	if len(want) == 0 {
		t.Fatal("the storyline gives no frame")
	}
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	// A tone no scorer gives every sentence alike, so that serving the stored rows
	// cannot pass for a recomputation.
	for _, q := range []string{
		`UPDATE frame_contributions SET tones = '[0.777]', sentences = 1, tone_sum = 0.777`,
		`UPDATE claim_state SET frame_version = 0`,
	} {
		if _, err := raw.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	analysed, err := db.StaleClaimState(ctx)
	if err != nil || len(analysed) != 0 {
		t.Fatalf("claims should stay fresh: %v %v", analysed, err)
	}

	got, stale, err := Frames(ctx, db, "code", "")
	if err != nil {
		t.Fatal(err)
	}
	docs, err := db.StaleFrameState(ctx, frame.Version)
	if err != nil {
		t.Fatal(err)
	}
	if stale == 0 || stale != len(docs) {
		t.Errorf("stale = %d, want the %d documents stored under version 0", stale, len(docs))
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("frames of a stale store differ from frame.Build (old scores served?)")
	}

	if err := RebuildCrossDoc(ctx, db); err != nil {
		t.Fatal(err)
	}
	got, stale, err = Frames(ctx, db, "code", "")
	if err != nil {
		t.Fatal(err)
	}
	if stale != 0 || !reflect.DeepEqual(got, want) {
		t.Errorf("after the rebuild: stale %d, frames equal to frame.Build: %v", stale, reflect.DeepEqual(got, want))
	}
}
