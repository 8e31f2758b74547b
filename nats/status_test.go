package nats

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	natsgo "github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// TestOverview runs two workers over good and poison articles and reads what
// `sitrep status` shows: an empty queue, the dead letters newest first with their
// errors, both workers' heartbeats with counts that add up, the throughput; then a
// stopped worker's heartbeat is gone at once and a killed one's ages out.
func TestOverview(t *testing.T) {
	ts := startServer(t)
	js := connect(t, ts.url())
	ctx := context.Background()
	cfg := Config{MaxDeliver: 1, Backoff: []time.Duration{10 * time.Millisecond},
		Heartbeat: 50 * time.Millisecond, HeartbeatTTL: time.Second}
	if _, err := Setup(ctx, js, cfg); err != nil {
		t.Fatal(err)
	}
	p := NewPublisher(js, cfg)
	const n = 8
	publishAll(t, p, 0, n)
	for i := n; i < n+2; i++ {
		if _, err := p.Publish(ctx, article(i, "POISON")); err != nil {
			t.Fatal(err)
		}
	}
	// The server counts a consumer's pending messages a moment after the stream
	// stores them (CI once read Messages 10, Pending 0), so wait for both.
	var o *Overview
	var err error
	waitFor(t, 10*time.Second, "the queue counted before the workers", func() bool {
		o, err = GetOverview(ctx, js, cfg, 5)
		return err == nil && o.Queue.Messages == n+2 && o.Queue.Pending == n+2
	})
	if len(o.Workers) != 0 {
		t.Errorf("before the workers: %+v, %d workers; want %d queued and waiting, no worker", o.Queue, len(o.Workers), n+2)
	}

	db := openStore(t, t.TempDir()+"/s.db")
	defer db.Close()
	var stops []func()
	for i := range 2 {
		stops = append(stops, runWorker(t, &Worker{JS: connect(t, ts.url()), Config: cfg, Store: db,
			Analyzer: &testAnalyzer{}, ID: fmt.Sprintf("w%d", i)}))
	}
	waitFor(t, 30*time.Second, "queue drained and the heartbeats caught up", func() bool {
		o, err = GetOverview(ctx, js, cfg, 5)
		if err != nil || o.Queue.Messages != 0 || len(o.Workers) != 2 {
			return false
		}
		// A heartbeat counts an article as processed before the dead letter
		// it became, so wait for both counts.
		var done, dead int64
		for _, w := range o.Workers {
			done += w.Processed
			dead += w.DeadLetters
		}
		return done == n && dead >= 2
	})
	q := o.Queue
	if q.Pending != 0 || q.InFlight != 0 || q.DeadLetters != 2 {
		t.Errorf("queue after the run: %+v, want nothing left and 2 dead letters", q)
	}
	if len(o.DeadLetters) != 2 {
		t.Fatalf("%d latest dead letters, want 2", len(o.DeadLetters))
	}
	if o.DeadLetters[0].Seq <= o.DeadLetters[1].Seq {
		t.Errorf("dead letters not newest first: seq %d then %d", o.DeadLetters[0].Seq, o.DeadLetters[1].Seq)
	}
	docs := map[string]bool{}
	for _, d := range o.DeadLetters {
		docs[d.Doc] = true
		if !strings.Contains(d.Error, "poisoned article") || d.Deliveries != 1 {
			t.Errorf("dead letter %+v: want the stage's panic after 1 delivery", d)
		}
	}
	if !docs[fmt.Sprintf("art-%03d", n)] || !docs[fmt.Sprintf("art-%03d", n+1)] {
		t.Errorf("dead letters for %v, want the two poison articles", docs)
	}
	var failed, dead int64
	for i, w := range o.Workers {
		if w.ID != fmt.Sprintf("w%d", i) || w.Host == "" || w.PID == 0 || w.Started.IsZero() {
			t.Errorf("worker %d: %+v", i, w)
		}
		failed += w.Failed
		dead += w.DeadLetters
	}
	if failed != 2 || dead != 2 {
		t.Errorf("workers report %d failures and %d dead letters, want 2 and 2", failed, dead)
	}
	// Everything ran within the last minute, so the minute's count is the total.
	if o.LastMinute != n || o.Rate <= 0 {
		t.Errorf("throughput: %d in the last minute at %.2f/s, want %d at a positive rate", o.LastMinute, o.Rate, n)
	}

	// A worker that stops removes its heartbeat.
	stops[0]()
	if ws, err := Workers(ctx, js, cfg); err != nil || len(ws) != 1 || ws[0].ID != "w1" {
		t.Errorf("after stopping w0: workers %+v, err %v; want w1 alone", ws, err)
	}
	// One killed leaves its last heartbeat, which ages out with the bucket's TTL.
	kv, err := js.KeyValue(ctx, DefaultWorkersBucket)
	if err != nil {
		t.Fatal(err)
	}
	ghost, _ := json.Marshal(WorkerInfo{ID: "killed", Updated: time.Now()})
	if _, err := kv.Put(ctx, "killed", ghost); err != nil {
		t.Fatal(err)
	}
	if ws, _ := Workers(ctx, js, cfg); len(ws) != 2 {
		t.Errorf("%d workers right after the killed one's last beat, want 2", len(ws))
	}
	waitFor(t, 10*time.Second, "the killed worker's heartbeat to age out", func() bool {
		ws, err := Workers(ctx, js, cfg)
		return err == nil && len(ws) == 1
	})
}

// TestLatestDeadLetters reads the latest dead letters from a stream where they are
// interleaved with articles, with a search window far smaller than the stream, so
// that the window has to grow (and stop at the stream's start).
func TestLatestDeadLetters(t *testing.T) {
	ts := startServer(t)
	js := connect(t, ts.url())
	ctx := context.Background()
	cfg := Config{}.withDefaults()
	if _, err := Setup(ctx, js, cfg); err != nil {
		t.Fatal(err)
	}
	// 40 articles; after every 7th, a dead letter naming it: 5 dead letters, at
	// stream sequences 8, 16, 24, 32, 40.
	var deadDocs []string
	for i := range 40 {
		if _, err := NewPublisher(js, cfg).Publish(ctx, article(i, "")); err != nil {
			t.Fatal(err)
		}
		if i%7 == 6 {
			publishDead(t, js, cfg, fmt.Sprintf("art-%03d", i))
			deadDocs = append(deadDocs, fmt.Sprintf("art-%03d", i))
		}
	}
	defer func(w uint64) { deadWindow = w }(deadWindow)
	deadWindow = 4
	for _, tc := range []struct {
		limit int
		want  []string // newest first
	}{
		{0, nil},
		{1, []string{"art-034"}},
		{3, []string{"art-034", "art-027", "art-020"}},
		{5, []string{"art-034", "art-027", "art-020", "art-013", "art-006"}},
		{9, []string{"art-034", "art-027", "art-020", "art-013", "art-006"}},
	} {
		got, err := LatestDeadLetters(ctx, js, cfg, tc.limit)
		if err != nil {
			t.Fatal(err)
		}
		var docs []string
		for _, d := range got {
			docs = append(docs, d.Doc)
		}
		if fmt.Sprint(docs) != fmt.Sprint(tc.want) {
			t.Errorf("limit %d: %v, want %v", tc.limit, docs, tc.want)
		}
	}
	if len(deadDocs) != 5 {
		t.Fatalf("test set-up: %d dead letters", len(deadDocs))
	}
}

// publishDead puts a dead letter for doc on the stream, as a worker does.
func publishDead(t *testing.T, js jetstream.JetStream, cfg Config, doc string) {
	t.Helper()
	msg := &natsgo.Msg{Subject: cfg.DeadSubject, Header: natsgo.Header{}}
	msg.Header.Set(HeaderDocID, doc)
	msg.Header.Set(HeaderError, "stage failed on "+doc)
	msg.Header.Set(HeaderDeliveries, "5")
	if _, err := js.PublishMsg(context.Background(), msg); err != nil {
		t.Fatal(err)
	}
}
