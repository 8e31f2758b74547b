package nats

import (
	"context"
	"fmt"
	"os"
	"strings"
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
		// Heartbeats in a bucket of the test's own, dropped with it.
		WorkersBucket: fmt.Sprintf("sitrep_test_%d", id),
		OutagesBucket: fmt.Sprintf("sitrep_test_outages_%d", id),
		Heartbeat:     50 * time.Millisecond,
	}
	if _, err := Setup(ctx, js, cfg); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		js.DeleteStream(context.Background(), cfg.Stream)
		js.DeleteKeyValue(context.Background(), cfg.WorkersBucket)
		js.DeleteKeyValue(context.Background(), cfg.OutagesBucket)
	})
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
	// What `sitrep status` reads works on this server too: heartbeats in a
	// key-value bucket, dead letters read back by subject.
	waitFor(t, 10*time.Second, "the worker's heartbeat to count every article", func() bool {
		ws, err := Workers(ctx, js, cfg)
		return err == nil && len(ws) == 1 && ws[0].Processed == n && ws[0].DeadLetters == 1
	})
	o, err := GetOverview(ctx, js, cfg, 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(o.DeadLetters) != 1 || o.DeadLetters[0].Doc != article(n, "").ID || !strings.Contains(o.DeadLetters[0].Error, "poisoned") {
		t.Errorf("latest dead letters %+v, want the poison article with its panic", o.DeadLetters)
	}
	if o.LastMinute != n {
		t.Errorf("%d articles in the last minute, want %d", o.LastMinute, n)
	}
	stop()
	if ws, err := Workers(ctx, js, cfg); err != nil || len(ws) != 0 {
		t.Errorf("after the worker stopped: %+v, %v; want no worker", ws, err)
	}
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
