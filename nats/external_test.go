package nats

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"
)

// TestExternalServer runs the worker against the nats-server that .ci/nats.sh
// starts (Debian's build, older than the in-process one), in a stream of its own:
// articles processed once, a duplicate dropped, a poison article dead-lettered.
func TestExternalServer(t *testing.T) {
	url := os.Getenv("SITREP_NATS_URL")
	if url == "" {
		t.Skip("SITREP_NATS_URL not set: no external nats-server (.ci/nats.sh starts one)")
	}
	js := connect(t, url)
	ctx := context.Background()
	id := time.Now().UnixNano()
	cfg := Config{
		Stream:      fmt.Sprintf("SITREP_TEST_%d", id),
		Subject:     fmt.Sprintf("sitrep-test.%d.articles", id),
		DeadSubject: fmt.Sprintf("sitrep-test.%d.dead", id),
		Consumer:    "workers",
		MaxDeliver:  2,
		Backoff:     []time.Duration{20 * time.Millisecond},
	}
	if _, err := Setup(ctx, js, cfg); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { js.DeleteStream(context.Background(), cfg.Stream) })
	p := NewPublisher(js, cfg)
	const n = 4
	publishAll(t, p, 0, n)
	if dup, err := p.Publish(ctx, article(1, "")); err != nil || !dup {
		t.Errorf("republished article: duplicate %v, err %v", dup, err)
	}
	if _, err := p.Publish(ctx, article(n, "POISON")); err != nil {
		t.Fatal(err)
	}

	db := openStore(t, t.TempDir()+"/s.db")
	defer db.Close()
	m := &Metrics{}
	stop := runWorker(t, &Worker{JS: js, Config: cfg, Store: db, Analyzer: &testAnalyzer{}, Concurrency: 2, Metrics: m})
	waitFor(t, 30*time.Second, "articles analysed and the poison dead-lettered", func() bool {
		return analysed(t, db, n) == n && m.DeadLettered.Load() == 1
	})
	stop()
	if got, want := countEvents(t, db), expectedEvents(n); got != want {
		t.Errorf("%d events, want %d", got, want)
	}
	if dead := deadLetters(t, js, cfg); len(dead) != 1 || dead[0].Header.Get(HeaderDeliveries) != "2" {
		t.Errorf("dead letters: %d, want 1 after 2 deliveries", len(dead))
	}
	qs, err := Status(ctx, js, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if qs.Pending != 0 || qs.InFlight != 0 || qs.DeadLetters != 1 {
		t.Errorf("queue after the run: %+v", qs)
	}
}
