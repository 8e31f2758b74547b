package nats

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/sitrep-dev/sitrep/pipeline"
)

// TestBatchOnEmbeddedServer runs a JSON Lines batch through an embedded server and
// three workers: every article is stored and coded once, a repeated article counts
// as unchanged, a poison article is a failure of its input and does not hold up
// the rest, and the summary agrees with the store.
func TestBatchOnEmbeddedServer(t *testing.T) {
	srv, err := StartEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := srv.Close(); err != nil {
			t.Error(err)
		}
	}()
	const n = 12
	var lines []string
	add := func(i int, marker string) {
		d := article(i, marker)
		b, err := json.Marshal(map[string]string{"id": d.ID, "text": d.Text, "outlet": d.Outlet})
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, string(b))
	}
	for i := range n {
		add(i, "")
	}
	add(3, "")       // the same article again
	add(n, "POISON") // a stage panics on it every time
	input := filepath.Join(t.TempDir(), "batch.jsonl")
	if err := os.WriteFile(input, []byte(strings.Join(lines, "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	db := openStore(t, filepath.Join(t.TempDir(), "s.db"))
	defer db.Close()
	var last pipeline.Progress
	b := &Batch{
		Connect: func(name string) (jetstream.JetStream, func(), error) {
			nc, js, err := srv.Connect(name)
			if err != nil {
				return nil, nil, err
			}
			return js, nc.Close, nil
		},
		Config:   Config{MaxDeliver: 2, Backoff: []time.Duration{10 * time.Millisecond}, FetchWait: 50 * time.Millisecond},
		Store:    db,
		Analyzer: &testAnalyzer{},
		Workers:  3,
		Progress: func(p pipeline.Progress) { last = p },
	}
	sum, err := b.Run(context.Background(), []string{input})
	if err != nil {
		t.Fatal(err)
	}
	// Each article read is counted once: stored, unchanged or failed.
	if sum.Read != n+2 || sum.Stored != n || sum.Unchanged != 1 || sum.Analyzed != n || sum.Events != expectedEvents(n) {
		t.Errorf("summary %+v: want %d read, %d stored, 1 unchanged, 1 failed, %d analysed, %d events", sum, n+2, n, n, expectedEvents(n))
	}
	if len(sum.Failures) != 1 || !strings.Contains(sum.Failures[0].Error(), "poisoned article") || !strings.HasPrefix(sum.Failures[0].Input, input) {
		t.Errorf("failures %v, want the poison article's, under its input", sum.Failures)
	}
	if last.Done != n+2 || last.Failed != 1 {
		t.Errorf("last progress %+v, want %d done, 1 failed", last, n+2)
	}
	if got := countEvents(t, db); got != expectedEvents(n) {
		t.Errorf("%d events stored, want %d", got, expectedEvents(n))
	}
	// The poison article is in the store (its store stage ran), without analysis.
	if got := countDocs(t, db); got != n+1 {
		t.Errorf("%d documents stored, want %d", got, n+1)
	}
}
