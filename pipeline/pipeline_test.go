package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/actor"
	"github.com/sitrep-dev/sitrep/event"
	"github.com/sitrep-dev/sitrep/sqlite"
)

var examples = filepath.Join("..", "examples", "storyline")

func openStore(t *testing.T) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestIngestIsIdempotent(t *testing.T) {
	ctx := context.Background()
	db := openStore(t)
	cfg := Config{Store: db}
	sum, err := Ingest(ctx, cfg, []string{examples})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Read != 8 || sum.Stored != 8 || sum.Unchanged != 0 || sum.NearDups != 1 || len(sum.Failures) != 0 {
		t.Errorf("first ingest: %+v", sum)
	}
	sum, err = Ingest(ctx, cfg, []string{examples})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Read != 8 || sum.Stored != 0 || sum.Unchanged != 8 {
		t.Errorf("second ingest: %+v", sum)
	}
}

func TestIngestCollectsFailures(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "ok.txt"), []byte("Talks Resume in Geneva\n\nDelegations from both sides returned to Geneva on Monday for a new round of talks."), 0o644)
	os.WriteFile(filepath.Join(dir, "binary.txt"), []byte{0x7f, 'E', 'L', 'F', 0, 0, 0, 1, 2, 3, 0, 0, 0xff, 0xfe}, 0o644)
	db := openStore(t)
	sum, err := Ingest(context.Background(), Config{Store: db}, []string{dir, filepath.Join(dir, "nope.html")})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Stored != 1 || len(sum.Failures) != 2 {
		t.Errorf("summary %+v, want 1 stored and 2 failures", sum)
	}
}

// An ingest killed after storing a document but before storing its analysis must
// finish the analysis on the next run.
func TestIngestResumesAnalysis(t *testing.T) {
	ctx := context.Background()
	db := openStore(t)
	if _, err := Ingest(ctx, Config{Store: db}, []string{examples}); err != nil {
		t.Fatal(err)
	}
	an, err := LoadAnalyzer(actor.Options{}, event.Options{})
	if err != nil {
		t.Fatal(err)
	}
	sum, err := Ingest(ctx, Config{Store: db, Analyzer: an}, []string{examples})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Stored != 0 || sum.Analyzed != 8 {
		t.Errorf("resume: %+v, want 0 stored and 8 analysed", sum)
	}
	if sum.Events == 0 {
		t.Errorf("no events coded from the examples")
	}
	evs, err := db.Events(ctx, sitrep.EventFilter{})
	if err != nil || len(evs) != sum.Events {
		t.Errorf("store holds %d events (err %v), the summary says %d", len(evs), err, sum.Events)
	}
	sum, err = Ingest(ctx, Config{Store: db, Analyzer: an}, []string{examples})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Analyzed != 0 {
		t.Errorf("third run analysed %d documents again, want 0", sum.Analyzed)
	}
}
