package nats

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
)

// runWorker starts w in the background and returns a function that stops it and
// waits for Run to return.
func runWorker(t *testing.T, w *Worker) (stop func()) {
	t.Helper()
	if w.Log == nil {
		w.Log = slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("worker: %v", err)
				}
			case <-time.After(30 * time.Second):
				t.Error("worker did not stop within 30s")
			}
		})
	}
	t.Cleanup(stop)
	return stop
}

func publishAll(t *testing.T, p *Publisher, from, to int) {
	t.Helper()
	for i := from; i < to; i++ {
		if _, err := p.Publish(context.Background(), article(i, "")); err != nil {
			t.Fatal(err)
		}
	}
}

func TestWorkerStoresAndAnalysesEachArticleOnce(t *testing.T) {
	ts := startServer(t)
	js := connect(t, ts.url())
	ctx := context.Background()
	if _, err := Setup(ctx, js, Config{}); err != nil {
		t.Fatal(err)
	}
	p := NewPublisher(js, Config{})
	const n = 6
	publishAll(t, p, 0, n)
	// The same article again, as from a second feed: JetStream keeps one copy.
	dup, err := p.Publish(ctx, article(2, ""))
	if err != nil {
		t.Fatal(err)
	}
	if !dup {
		t.Error("republished article not reported as a duplicate")
	}
	// The consumer's pending count is the server's, updated as the stream takes
	// messages; on a loaded machine it can trail the publish acknowledgements for
	// a moment (seen once in CI: 1 of 6), so it is waited for rather than read once.
	var qs QueueStatus
	waitFor(t, 20*time.Second, "queue depth before the workers start", func() bool {
		var err error
		qs, err = Status(ctx, js, Config{})
		return err == nil && qs.Pending == n
	})

	db := openStore(t, t.TempDir()+"/s.db")
	defer db.Close()
	an := &testAnalyzer{}
	m := &Metrics{}
	stop := runWorker(t, &Worker{JS: js, Store: db, Analyzer: an, Concurrency: 2, Metrics: m})
	waitFor(t, 20*time.Second, "all articles analysed", func() bool { return analysed(t, db, n) == n })
	waitFor(t, 5*time.Second, "all acks counted", func() bool { return m.Processed.Load() == n })
	stop()

	if got, want := countEvents(t, db), expectedEvents(n); got != want {
		t.Errorf("%d events stored, want %d", got, want)
	}
	if got := countDocs(t, db); got != n {
		t.Errorf("%d documents stored, want %d", got, n)
	}
	if got := an.calls.Load(); got != n {
		t.Errorf("analyser ran %d times, want %d", got, n)
	}
	qs, err = Status(ctx, js, Config{})
	if err != nil {
		t.Fatal(err)
	}
	if qs.Pending != 0 || qs.InFlight != 0 || qs.DeadLetters != 0 {
		t.Errorf("queue after the run: %+v, want empty", qs)
	}
}

func TestPoisonArticleIsDeadLetteredAndDoesNotBlock(t *testing.T) {
	ts := startServer(t)
	js := connect(t, ts.url())
	ctx := context.Background()
	cfg := Config{MaxDeliver: 3, Backoff: []time.Duration{20 * time.Millisecond}}
	if _, err := Setup(ctx, js, cfg); err != nil {
		t.Fatal(err)
	}
	p := NewPublisher(js, cfg)
	publishAll(t, p, 0, 1)
	poison := article(1, "POISON")
	if _, err := p.Publish(ctx, poison); err != nil {
		t.Fatal(err)
	}
	publishAll(t, p, 2, 4)

	db := openStore(t, t.TempDir()+"/s.db")
	defer db.Close()
	an := &testAnalyzer{}
	m := &Metrics{}
	runWorker(t, &Worker{JS: js, Config: cfg, Store: db, Analyzer: an, Metrics: m})
	waitFor(t, 20*time.Second, "the poison article dead-lettered", func() bool { return m.DeadLettered.Load() == 1 })
	waitFor(t, 20*time.Second, "the good articles analysed", func() bool {
		ok0, _ := db.Analyzed(ctx, "art-000")
		ok2, _ := db.Analyzed(ctx, "art-002")
		ok3, _ := db.Analyzed(ctx, "art-003")
		return ok0 && ok2 && ok3
	})

	if got := m.Failed.Load(); got != 3 {
		t.Errorf("%d failed attempts, want 3", got)
	}
	if ok, _ := db.Analyzed(ctx, poison.ID); ok {
		t.Error("the poison article has an analysis")
	}
	dead := deadLetters(t, js, cfg)
	if len(dead) != 1 {
		t.Fatalf("%d dead letters, want 1", len(dead))
	}
	dl := dead[0]
	if got := dl.Header.Get(HeaderDocID); got != poison.ID {
		t.Errorf("dead letter for %q, want %q", got, poison.ID)
	}
	if got := dl.Header.Get(HeaderDeliveries); got != "3" {
		t.Errorf("dead letter after %s deliveries, want 3", got)
	}
	if e := dl.Header.Get(HeaderError); !strings.Contains(e, "panic") || !strings.Contains(e, "analyze") {
		t.Errorf("dead letter error %q does not name the stage and the panic", e)
	}
	if d, err := decode(dl.Data); err != nil || d.Hash != poison.Hash {
		t.Errorf("dead letter does not carry the article: %v", err)
	}
	qs, err := Status(ctx, js, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if qs.Pending != 0 || qs.DeadLetters != 1 {
		t.Errorf("queue after the run: %+v, want nothing pending and one dead letter", qs)
	}
}

func TestUndecodableMessageIsDeadLetteredAtOnce(t *testing.T) {
	ts := startServer(t)
	js := connect(t, ts.url())
	ctx := context.Background()
	if _, err := Setup(ctx, js, Config{}); err != nil {
		t.Fatal(err)
	}
	if _, err := js.Publish(ctx, DefaultSubject, []byte("{not json")); err != nil {
		t.Fatal(err)
	}
	db := openStore(t, t.TempDir()+"/s.db")
	defer db.Close()
	m := &Metrics{}
	runWorker(t, &Worker{JS: js, Store: db, Analyzer: &testAnalyzer{}, Metrics: m})
	waitFor(t, 10*time.Second, "dead letter", func() bool { return m.DeadLettered.Load() == 1 })
	if got := m.Failed.Load(); got != 1 {
		t.Errorf("%d attempts, want 1: a message that cannot be decoded is not retried", got)
	}
}

func TestServerRestartLosesAndDoublesNothing(t *testing.T) {
	ts := startServer(t)
	js := connect(t, ts.url())
	ctx := context.Background()
	cfg := Config{AckWait: 2 * time.Second, Backoff: []time.Duration{100 * time.Millisecond}}
	if _, err := Setup(ctx, js, cfg); err != nil {
		t.Fatal(err)
	}
	p := NewPublisher(js, cfg)
	const n = 30
	publishAll(t, p, 0, n/2)

	db := openStore(t, t.TempDir()+"/s.db")
	defer db.Close()
	// A slow analyser keeps articles in flight when the server goes away.
	an := &testAnalyzer{block: func(*sitrep.Document) { time.Sleep(20 * time.Millisecond) }}
	m := &Metrics{}
	stop := runWorker(t, &Worker{JS: js, Config: cfg, Store: db, Analyzer: an, Concurrency: 2, Metrics: m})
	waitFor(t, 20*time.Second, "some articles processed", func() bool { return m.Processed.Load() >= 3 })

	ts.stop()
	time.Sleep(300 * time.Millisecond)
	ts.start()

	// The publisher's connection reconnects too; retry while it does.
	for i := n / 2; i < n; i++ {
		d := article(i, "")
		waitFor(t, 20*time.Second, "publish after restart", func() bool {
			_, err := p.Publish(ctx, d)
			return err == nil
		})
	}
	waitFor(t, 60*time.Second, "all articles analysed", func() bool { return analysed(t, db, n) == n })
	waitFor(t, 20*time.Second, "queue drained", func() bool {
		qs, err := Status(ctx, js, cfg)
		return err == nil && qs.Pending == 0 && qs.InFlight == 0
	})
	stop()

	if got, want := countEvents(t, db), expectedEvents(n); got != want {
		t.Errorf("%d events stored, want %d", got, want)
	}
	if got := countDocs(t, db); got != n {
		t.Errorf("%d documents stored, want %d", got, n)
	}
	if got := m.DeadLettered.Load(); got != 0 {
		t.Errorf("%d dead letters, want none", got)
	}
	t.Logf("processed %d, skipped as already done %d, failed attempts %d, analyser calls %d",
		m.Processed.Load(), m.Skipped.Load(), m.Failed.Load(), an.calls.Load())
}

func TestShutdownReturnsInFlightArticles(t *testing.T) {
	ts := startServer(t)
	js := connect(t, ts.url())
	ctx := context.Background()
	cfg := Config{AckWait: time.Minute}
	if _, err := Setup(ctx, js, cfg); err != nil {
		t.Fatal(err)
	}
	publishAll(t, NewPublisher(js, cfg), 0, 1)

	db := openStore(t, t.TempDir()+"/s.db")
	defer db.Close()
	started, release := make(chan struct{}), make(chan struct{})
	an := &testAnalyzer{block: func(*sitrep.Document) { close(started); <-release }}
	stop := runWorker(t, &Worker{JS: js, Config: cfg, Store: db, Analyzer: an, ShutdownGrace: 100 * time.Millisecond})
	<-started
	go func() { time.Sleep(300 * time.Millisecond); close(release) }()
	stop() // the grace ends while the article is still in the analyser

	if ok, _ := db.Analyzed(ctx, "art-000"); ok {
		t.Fatal("article analysed although the grace period ended first")
	}
	// Returned at once, not after the one-minute AckWait: a new worker finishes it.
	m := &Metrics{}
	runWorker(t, &Worker{JS: js, Config: cfg, Store: db, Analyzer: &testAnalyzer{}, Metrics: m})
	waitFor(t, 10*time.Second, "the returned article analysed", func() bool {
		ok, _ := db.Analyzed(ctx, "art-000")
		return ok
	})
	if got, want := countEvents(t, db), expectedEvents(1); got != want {
		t.Errorf("%d events, want %d", got, want)
	}
}

// flakyStore fails every call while down, as a store whose server is restarting.
type flakyStore struct {
	Store
	down atomic.Bool
}

var errDown = errors.New("connection refused")

func (s *flakyStore) PutDocument(ctx context.Context, d *sitrep.Document) (sitrep.PutResult, error) {
	if s.down.Load() {
		return sitrep.PutResult{}, errDown
	}
	return s.Store.PutDocument(ctx, d)
}

func (s *flakyStore) Documents(ctx context.Context, f sitrep.DocumentFilter) ([]*sitrep.Document, error) {
	if s.down.Load() {
		return nil, errDown
	}
	return s.Store.Documents(ctx, f)
}

func TestStoreOutagePausesWithoutDeadLetters(t *testing.T) {
	ts := startServer(t)
	js := connect(t, ts.url())
	ctx := context.Background()
	cfg := Config{MaxDeliver: 2, Backoff: []time.Duration{20 * time.Millisecond}}
	if _, err := Setup(ctx, js, cfg); err != nil {
		t.Fatal(err)
	}
	const n = 4
	publishAll(t, NewPublisher(js, cfg), 0, n)
	db := openStore(t, t.TempDir()+"/s.db")
	defer db.Close()
	store := &flakyStore{Store: db}
	store.down.Store(true)
	m := &Metrics{}
	stop := runWorker(t, &Worker{JS: js, Config: cfg, Store: store, Analyzer: &testAnalyzer{}, Metrics: m})
	// Far longer than MaxDeliver attempts would take without the pause.
	time.Sleep(time.Second)
	if got := m.Failed.Load(); got != 1 {
		t.Errorf("%d attempts failed during the outage, want 1: the worker should pause", got)
	}
	store.down.Store(false)
	waitFor(t, 20*time.Second, "all articles analysed after the outage", func() bool { return analysed(t, db, n) == n })
	stop()
	if got := m.DeadLettered.Load(); got != 0 {
		t.Errorf("%d articles dead-lettered because of the outage, want none", got)
	}
	if got, want := countEvents(t, db), expectedEvents(n); got != want {
		t.Errorf("%d events, want %d", got, want)
	}
}
