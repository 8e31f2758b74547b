package poll

import (
	"context"
	"net"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/actor"
	"github.com/sitrep-dev/sitrep/event"
	"github.com/sitrep-dev/sitrep/ingest"
	sitrepnats "github.com/sitrep-dev/sitrep/nats"
	"github.com/sitrep-dev/sitrep/pipeline"
	"github.com/sitrep-dev/sitrep/sqlite"
)

// TestTwoFeedsSameArticleProcessedOnce runs the whole path on real servers: two
// feeds carry the same article, the poller publishes both feeds to an in-process
// JetStream, and a worker with the shipped analyser stores and codes each article
// once.
func TestTwoFeedsSameArticleProcessedOnce(t *testing.T) {
	srv, err := server.NewServer(&server.Options{Host: "127.0.0.1", Port: -1, JetStream: true, StoreDir: t.TempDir(), NoLog: true, NoSigs: true})
	if err != nil {
		t.Fatal(err)
	}
	go srv.Start()
	defer func() { srv.Shutdown(); srv.WaitForShutdown() }()
	if !srv.ReadyForConnections(10 * time.Second) {
		t.Fatal("nats-server not ready")
	}
	nc, err := sitrepnats.Connect("nats://"+srv.Addr().(*net.TCPAddr).String(), "poll-test")
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := sitrepnats.Setup(ctx, js, sitrepnats.Config{}); err != nil {
		t.Fatal(err)
	}

	wire := newFeedServer(t, rss("Test Wire", talks, strike))
	daily := newFeedServer(t, rss("Daily Test", aid, talks))
	p := &Poller{Feeds: []string{wire.URL, daily.URL}, Publisher: sitrepnats.NewPublisher(js, sitrepnats.Config{}),
		Ingest: ingest.Options{AllowPrivate: true}}
	r, err := p.Poll(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if r.Articles != 4 || r.Published != 3 || r.Duplicates != 1 {
		t.Fatalf("round %+v: want 4 articles read, 3 published, 1 duplicate", r)
	}

	an, err := pipeline.LoadAnalyzer(actor.Options{}, event.Options{})
	if err != nil {
		t.Fatal(err)
	}
	db, err := sqlite.OpenWith(ctx, t.TempDir()+"/s.db", sqlite.Options{NearDuplicate: ingest.NearDuplicateThreshold})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	m := &sitrepnats.Metrics{}
	wctx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() {
		done <- (&sitrepnats.Worker{JS: js, Store: db, Analyzer: an, Metrics: m}).Run(wctx)
	}()
	deadline := time.Now().Add(60 * time.Second)
	for m.Processed.Load()+m.Skipped.Load() < 3 && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	// Give a wrongly doubled message the time to arrive before counting.
	time.Sleep(300 * time.Millisecond)
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if m.Processed.Load() != 3 || m.Skipped.Load() != 0 || m.Failed.Load() != 0 {
		t.Errorf("worker: processed %d, skipped %d, failed %d; want 3, 0, 0",
			m.Processed.Load(), m.Skipped.Load(), m.Failed.Load())
	}
	docs, err := db.Documents(ctx, sitrep.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 3 {
		t.Errorf("%d documents stored, want 3", len(docs))
	}
	for _, d := range docs {
		if ok, err := db.Analyzed(ctx, d.ID); err != nil || !ok {
			t.Errorf("document %s not analysed (%v)", d.ID, err)
		}
	}
}
