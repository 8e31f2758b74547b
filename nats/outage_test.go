package nats

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/sitrep-dev/sitrep"
)

// outageStore fails storing chosen documents a given number of times, each time
// as a store outage: after the failure the store stays down for one probe (the
// worker's check that tells an outage from an article's fault), then answers
// again. So every one of those deliveries is returned to the queue as an outage.
type outageStore struct {
	Store
	mu     sync.Mutex
	left   map[string]int // document id → outages still to come
	down   bool
	probes int // probes answered during the current outage
}

func (s *outageStore) PutDocument(ctx context.Context, d *sitrep.Document) (sitrep.PutResult, error) {
	s.mu.Lock()
	if s.down {
		s.mu.Unlock()
		return sitrep.PutResult{}, errDown
	}
	if s.left[d.ID] > 0 {
		s.left[d.ID]--
		s.down, s.probes = true, 0
		s.mu.Unlock()
		return sitrep.PutResult{}, errDown
	}
	s.mu.Unlock()
	return s.Store.PutDocument(ctx, d)
}

func (s *outageStore) Documents(ctx context.Context, f sitrep.DocumentFilter) ([]*sitrep.Document, error) {
	s.mu.Lock()
	if s.down {
		s.probes++
		if s.probes == 1 {
			s.mu.Unlock()
			return nil, errDown
		}
		s.down = false
	}
	s.mu.Unlock()
	return s.Store.Documents(ctx, f)
}

// onceAnalyzer panics on the first analysis of an article whose text contains
// "FLAKY" (a failure of the article's own that a retry cures) and counts the
// analyses of each article.
type onceAnalyzer struct {
	testAnalyzer
	mu    sync.Mutex
	calls map[string]int
}

func (a *onceAnalyzer) Analyze(d *sitrep.Document) *sitrep.Analysis {
	a.mu.Lock()
	a.calls[d.ID]++
	n := a.calls[d.ID]
	a.mu.Unlock()
	if n == 1 && strings.Contains(d.Text, "FLAKY") {
		panic("flaky article " + d.ID)
	}
	return a.testAnalyzer.Analyze(d)
}

func (a *onceAnalyzer) callsOf(id string) int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.calls[id]
}

// TestStoreOutagesDoNotCountAgainstArticles: deliveries returned because the store
// was down are not attempts. An article returned by more outages than
// 2×MaxDeliver deliveries is still processed, one returned by outages and then
// failing once on its own is retried, and a poison article is dead-lettered after
// exactly MaxDeliver failures of its own, outages aside. Without the per-article
// count of outage returns the first two would be dead-lettered (the first as
// "delivered without finishing", the second on its first real failure) and the
// poison article analysed fewer times. It runs on the in-process server and, when
// .ci/nats.sh started one, on Debian's nats-server.
func TestStoreOutagesDoNotCountAgainstArticles(t *testing.T) {
	t.Run("in-process", func(t *testing.T) {
		ts := startServer(t)
		testOutagesDoNotCount(t, connect(t, ts.url()), Config{})
	})
	t.Run("external", func(t *testing.T) {
		url := os.Getenv("SITREP_NATS_URL")
		if url == "" {
			t.Skip("SITREP_NATS_URL not set: no external nats-server (.ci/nats.sh starts one)")
		}
		id := time.Now().UnixNano()
		cfg := Config{
			Stream:        fmt.Sprintf("SITREP_OUTAGES_%d", id),
			Subject:       fmt.Sprintf("sitrep-outages.%d.articles", id),
			DeadSubject:   fmt.Sprintf("sitrep-outages.%d.dead", id),
			WorkersBucket: fmt.Sprintf("sitrep_outages_workers_%d", id),
			OutagesBucket: fmt.Sprintf("sitrep_outages_%d", id),
		}
		js := connect(t, url)
		t.Cleanup(func() {
			ctx := context.Background()
			js.DeleteStream(ctx, cfg.Stream)
			js.DeleteKeyValue(ctx, cfg.WorkersBucket)
			js.DeleteKeyValue(ctx, cfg.OutagesBucket)
		})
		testOutagesDoNotCount(t, js, cfg)
	})
}

func testOutagesDoNotCount(t *testing.T, js jetstream.JetStream, cfg Config) {
	ctx := context.Background()
	const maxDeliver = 2
	cfg.MaxDeliver, cfg.Backoff = maxDeliver, []time.Duration{20 * time.Millisecond}
	if _, err := Setup(ctx, js, cfg); err != nil {
		t.Fatal(err)
	}
	arts := []*sitrep.Document{
		article(0, ""),       // outages only
		article(1, "FLAKY"),  // outages, then one failure of its own
		article(2, "POISON"), // outages, then fails every time
		article(3, ""),       // no trouble
	}
	outages := map[string]int{
		arts[0].ID: 2*maxDeliver + 1,
		arts[1].ID: maxDeliver + 1,
		arts[2].ID: maxDeliver + 1,
	}
	p := NewPublisher(js, cfg)
	for _, d := range arts {
		if _, err := p.Publish(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	db := openStore(t, t.TempDir()+"/s.db")
	defer db.Close()
	left := map[string]int{}
	for id, n := range outages {
		left[id] = n
	}
	store := &outageStore{Store: db, left: left}
	an := &onceAnalyzer{calls: map[string]int{}}
	m := &Metrics{}
	var settled atomic.Int64
	stop := runWorker(t, &Worker{JS: js, Config: cfg, Store: store, Analyzer: an, Metrics: m,
		OnSettled: func(Outcome) { settled.Add(1) }})
	waitFor(t, 30*time.Second, "every article settled (acknowledged or dead-lettered)", func() bool {
		return settled.Load() == int64(len(arts))
	})
	stop()

	for _, id := range []string{arts[0].ID, arts[1].ID, arts[3].ID} {
		if ok, err := db.Analyzed(ctx, id); err != nil || !ok {
			t.Errorf("%s not analysed (%v)", id, err)
		}
	}
	if got := m.DeadLettered.Load(); got != 1 {
		t.Errorf("%d articles dead-lettered, want only the poison one", got)
	}
	store.mu.Lock()
	for id, n := range store.left {
		if n != 0 {
			t.Errorf("%s: %d of its %d outages not exercised", id, n, outages[id])
		}
	}
	store.mu.Unlock()
	if got := an.callsOf(arts[2].ID); got != maxDeliver {
		t.Errorf("poison article analysed %d times, want MaxDeliver = %d", got, maxDeliver)
	}
	if got := an.callsOf(arts[1].ID); got != 2 {
		t.Errorf("flaky article analysed %d times, want 2 (one failure, one success)", got)
	}
	dead := deadLetters(t, js, cfg)
	if len(dead) != 1 {
		t.Fatalf("%d dead letters, want 1", len(dead))
	}
	dl := dead[0]
	wantDeliveries := fmt.Sprint(outages[arts[2].ID] + maxDeliver)
	if dl.Header.Get(HeaderDocID) != arts[2].ID || dl.Header.Get(HeaderDeliveries) != wantDeliveries ||
		dl.Header.Get(HeaderStoreOutages) != fmt.Sprint(outages[arts[2].ID]) {
		t.Errorf("dead letter for %s after %s deliveries, %s of them outages; want %s after %s, %d outages",
			dl.Header.Get(HeaderDocID), dl.Header.Get(HeaderDeliveries), dl.Header.Get(HeaderStoreOutages),
			arts[2].ID, wantDeliveries, outages[arts[2].ID])
	}
	want := 0
	for _, d := range []*sitrep.Document{arts[0], arts[1], arts[3]} {
		want += len(d.Paragraphs)
	}
	if got := countEvents(t, db); got != want {
		t.Errorf("%d events, want %d", got, want)
	}
	// Settled articles leave no count behind.
	kv, err := js.KeyValue(ctx, cfg.withDefaults().OutagesBucket)
	if err != nil {
		t.Fatal(err)
	}
	keys, err := kv.Keys(ctx)
	if err != nil && !errors.Is(err, jetstream.ErrNoKeysFound) {
		t.Fatal(err)
	}
	if len(keys) != 0 {
		t.Errorf("outage counts left after the articles settled: %v", keys)
	}
}
