package nats

import (
	"context"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/ingest"
	"github.com/sitrep-dev/sitrep/sqlite"
)

// Environment of the child worker process the kill test starts.
const (
	childEnv  = "SITREP_NATS_TEST_CHILD" // stall point: "analyze" or "ack"
	childURL  = "SITREP_NATS_TEST_URL"
	childDB   = "SITREP_NATS_TEST_DB"
	childMark = "SITREP_NATS_TEST_MARK" // file created when the child stalls
)

func TestMain(m *testing.M) {
	if stall := os.Getenv(childEnv); stall != "" {
		os.Exit(childWorker(stall))
	}
	os.Exit(m.Run())
}

// childWorker is a worker that stalls for ever on its first article at the given
// point, for the parent to kill it there.
func childWorker(stall string) int {
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	nc, err := Connect(os.Getenv(childURL), "child")
	if err != nil {
		log.Error("connect", "err", err)
		return 3
	}
	js, err := jetstream.New(nc)
	if err != nil {
		log.Error("jetstream", "err", err)
		return 3
	}
	db, err := sqlite.OpenWith(context.Background(), os.Getenv(childDB), sqlite.Options{NearDuplicate: ingest.NearDuplicateThreshold})
	if err != nil {
		log.Error("open store", "err", err)
		return 3
	}
	hang := func() {
		if err := os.WriteFile(os.Getenv(childMark), nil, 0o600); err != nil {
			log.Error("mark", "err", err)
		}
		select {}
	}
	an := &testAnalyzer{}
	var store Store = db
	switch stall {
	case "analyze":
		an.block = func(*sitrep.Document) { hang() }
	case "ack":
		store = stallAfterAnalysis{db, hang}
	}
	w := &Worker{JS: js, Config: killConfig, Store: store, Analyzer: an, Log: log}
	if err := w.Run(context.Background()); err != nil {
		log.Error("run", "err", err)
		return 3
	}
	return 0
}

// stallAfterAnalysis hangs once the analysis is committed: the worker dies after
// writing everything and before acknowledging.
type stallAfterAnalysis struct {
	Store
	hang func()
}

func (s stallAfterAnalysis) PutAnalysis(ctx context.Context, a *sitrep.Analysis) error {
	if err := s.Store.PutAnalysis(ctx, a); err != nil {
		return err
	}
	s.hang()
	return nil
}

// A short AckWait brings the killed worker's article back quickly.
var killConfig = Config{AckWait: time.Second, Backoff: []time.Duration{50 * time.Millisecond}}

func TestWorkerKilledMidArticle(t *testing.T) {
	for _, stall := range []string{"analyze", "ack"} {
		t.Run(stall, func(t *testing.T) {
			ts := startServer(t)
			js := connect(t, ts.url())
			ctx := context.Background()
			if _, err := Setup(ctx, js, killConfig); err != nil {
				t.Fatal(err)
			}
			const n = 3
			publishAll(t, NewPublisher(js, killConfig), 0, n)

			dir := t.TempDir()
			dbPath, mark := filepath.Join(dir, "s.db"), filepath.Join(dir, "stalled")
			cmd := exec.Command(os.Args[0], "-test.run=^$")
			cmd.Env = append(os.Environ(), childEnv+"="+stall, childURL+"="+ts.url(), childDB+"="+dbPath, childMark+"="+mark)
			cmd.Stderr = t.Output()
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			waitFor(t, 30*time.Second, "the child worker to stall mid-article", func() bool {
				_, err := os.Stat(mark)
				return err == nil
			})
			if err := cmd.Process.Kill(); err != nil { // SIGKILL: no shutdown runs
				t.Fatal(err)
			}
			cmd.Wait()

			db := openStore(t, dbPath)
			defer db.Close()
			m := &Metrics{}
			stop := runWorker(t, &Worker{JS: js, Config: killConfig, Store: db, Analyzer: &testAnalyzer{}, Metrics: m})
			waitFor(t, 30*time.Second, "all articles analysed", func() bool { return analysed(t, db, n) == n })
			waitFor(t, 30*time.Second, "queue drained", func() bool {
				qs, err := Status(ctx, js, killConfig)
				return err == nil && qs.Pending == 0 && qs.InFlight == 0
			})
			stop()

			if got, want := countEvents(t, db), expectedEvents(n); got != want {
				t.Errorf("%d events stored, want %d: each article's events exactly once", got, want)
			}
			if got := countDocs(t, db); got != n {
				t.Errorf("%d documents, want %d", got, n)
			}
			if got := m.DeadLettered.Load(); got != 0 {
				t.Errorf("%d dead letters, want none", got)
			}
			// After a kill past the analysis, the redelivered article is
			// recognised as done rather than analysed again.
			if stall == "ack" && m.Skipped.Load() != 1 {
				t.Errorf("%d articles skipped as already analysed, want 1", m.Skipped.Load())
			}
			t.Logf("second worker: processed %d, skipped %d", m.Processed.Load(), m.Skipped.Load())
		})
	}
}
