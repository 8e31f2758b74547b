package nats

import (
	"context"
	"fmt"
	"net"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/ingest"
	"github.com/sitrep-dev/sitrep/sqlite"
)

// testServer is an in-process nats-server with JetStream on a temporary directory
// and a loopback port; restart keeps both, like a real server restarting.
type testServer struct {
	t    testing.TB
	dir  string
	port int
	srv  *server.Server
}

func startServer(t testing.TB) *testServer {
	t.Helper()
	ts := &testServer{t: t, dir: t.TempDir(), port: -1}
	ts.start()
	t.Cleanup(ts.stop)
	return ts
}

func (ts *testServer) start() {
	ts.t.Helper()
	srv, err := server.NewServer(&server.Options{
		Host:      "127.0.0.1",
		Port:      ts.port,
		JetStream: true,
		StoreDir:  ts.dir,
		NoLog:     true,
		NoSigs:    true,
	})
	if err != nil {
		ts.t.Fatalf("nats-server: %v", err)
	}
	go srv.Start()
	if !srv.ReadyForConnections(10 * time.Second) {
		ts.t.Fatal("nats-server not ready after 10s")
	}
	ts.srv = srv
	ts.port = srv.Addr().(*net.TCPAddr).Port
}

func (ts *testServer) stop() {
	if ts.srv != nil {
		ts.srv.Shutdown()
		ts.srv.WaitForShutdown()
		ts.srv = nil
	}
}

func (ts *testServer) url() string { return fmt.Sprintf("nats://127.0.0.1:%d", ts.port) }

// connect returns a JetStream context on url that is closed with the test.
func connect(t testing.TB, url string) jetstream.JetStream {
	t.Helper()
	nc, err := Connect(url, t.Name())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	return js
}

func openStore(t testing.TB, path string) *sqlite.DB {
	t.Helper()
	db, err := sqlite.OpenWith(context.Background(), path, sqlite.Options{NearDuplicate: ingest.NearDuplicateThreshold})
	if err != nil {
		t.Fatal(err)
	}
	return db
}

// Words to vary the generated articles so that no two are near-duplicates.
var (
	subjects = []string{"minister", "envoy", "governor", "general", "senator", "mayor", "ambassador", "spokesman"}
	places   = []string{"Nairobi", "Lima", "Hanoi", "Oslo", "Quito", "Accra", "Riga", "Tunis", "Dhaka", "Sofia"}
	verbs    = []string{"met", "criticised", "praised", "accused", "visited", "thanked", "warned", "called"}
)

// article returns the n-th generated English article. Its paragraph count (and so
// testAnalyzer's event count) varies with n.
func article(n int, marker string) *sitrep.Document {
	var b strings.Builder
	paras := 2 + n%3
	for p := range paras {
		if p > 0 {
			b.WriteString("\n\n")
		}
		fmt.Fprintf(&b, "Report %d part %d: the %s of %s %s the %s of %s on day %d, officials said. %s",
			n, p, subjects[(n+p)%len(subjects)], places[n%len(places)], verbs[(n*3+p)%len(verbs)],
			subjects[(n+p+3)%len(subjects)], places[(n*7+p+1)%len(places)], n*10+p, marker)
	}
	d := &sitrep.Document{ID: fmt.Sprintf("art-%03d", n), Title: fmt.Sprintf("Report %d", n), Outlet: "Test Wire", Text: b.String()}
	var off int
	for _, para := range strings.Split(d.Text, "\n\n") {
		d.Paragraphs = append(d.Paragraphs, sitrep.Paragraph{Span: sitrep.Span{Start: off, End: off + len(para)}})
		off += len(para) + 2
	}
	ingest.Finalize(d)
	return d
}

// testAnalyzer makes each paragraph a sentence and codes one event per paragraph, so that counting events in the store
// shows whether an analysis was written once, twice or not at all. Articles whose
// text contains "POISON" make it panic, as a stage does on a pathological input.
type testAnalyzer struct {
	calls atomic.Int64
	// block, when set, is called before analysing; the kill test uses it to stop
	// a child worker mid-article.
	block func(*sitrep.Document)
}

func (a *testAnalyzer) Analyze(d *sitrep.Document) *sitrep.Analysis {
	a.calls.Add(1)
	if a.block != nil {
		a.block(d)
	}
	if strings.Contains(d.Text, "POISON") {
		panic("poisoned article " + d.ID)
	}
	an := &sitrep.Analysis{DocID: d.ID}
	for i, p := range d.Paragraphs {
		an.Sentences = append(an.Sentences, sitrep.Sentence{Span: p.Span})
		an.Events = append(an.Events, sitrep.Event{
			Doc: d.ID, Sentence: d.Text[p.Start:p.End],
			Source: sitrep.EventActor{Code: "GOV", Text: "officials"},
			Target: sitrep.EventActor{Code: "GOV", Text: "officials"},
			CAMEO:  "040", Root: "04", Quad: 1, Mode: sitrep.ModeOccurred,
			Rule: fmt.Sprintf("test-%d", i),
		})
	}
	return an
}

// expectedEvents is what testAnalyzer stores for articles 0..n-1.
func expectedEvents(n int) int {
	total := 0
	for i := range n {
		total += len(article(i, "").Paragraphs)
	}
	return total
}

// waitFor polls cond until it holds or the timeout passes.
func waitFor(t testing.TB, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// countEvents and countDocs read the store.
func countEvents(t testing.TB, db *sqlite.DB) int {
	t.Helper()
	evs, err := db.Events(context.Background(), sitrep.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	return len(evs)
}

func countDocs(t testing.TB, db *sqlite.DB) int {
	t.Helper()
	docs, err := db.Documents(context.Background(), sitrep.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	return len(docs)
}

// analysed reports how many of articles 0..n-1 have an analysis.
func analysed(t testing.TB, db sitrep.AnalysisStore, n int) int {
	t.Helper()
	done := 0
	for i := range n {
		ok, err := db.Analyzed(context.Background(), fmt.Sprintf("art-%03d", i))
		if err != nil {
			t.Fatal(err)
		}
		if ok {
			done++
		}
	}
	return done
}

// deadLetters returns the dead-letter messages in the stream.
func deadLetters(t testing.TB, js jetstream.JetStream, cfg Config) []*jetstream.RawStreamMsg {
	t.Helper()
	cfg = cfg.withDefaults()
	ctx := context.Background()
	st, err := js.Stream(ctx, cfg.Stream)
	if err != nil {
		t.Fatal(err)
	}
	var out []*jetstream.RawStreamMsg
	info, err := st.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for seq := info.State.FirstSeq; seq <= info.State.LastSeq && seq > 0; seq++ {
		m, err := st.GetMsg(ctx, seq)
		if err != nil {
			continue // deleted: an acknowledged article
		}
		if m.Subject == cfg.DeadSubject {
			out = append(out, m)
		}
	}
	return out
}
