package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/sitrep-dev/sitrep"
	sitrepnats "github.com/sitrep-dev/sitrep/nats"
)

// elapsed is the run time at the end of the ingest summary line, which differs
// between any two runs.
var elapsed = regexp.MustCompile(` in [0-9.]+[µnm]?s\n`)

// storeContents lists a store's documents (without their ingest time) and events,
// each as sorted JSON lines, for comparing two stores built from the same input.
func storeContents(t *testing.T, db string) (docs, events []string) {
	t.Helper()
	for id, d := range docsOf(t, db) {
		d.IngestedAt = time.Time{}
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, id+" "+string(b))
	}
	code, out, errs := sitrepCmd(t, "events", "--db", db, "--format", "jsonl")
	if code != 0 {
		t.Fatalf("events: exit %d: %s", code, errs)
	}
	events = strings.Split(strings.TrimSpace(out), "\n")
	slices.Sort(docs)
	slices.Sort(events)
	return docs, events
}

// TestEmbeddedWorkersMatchPlainPipeline runs the examples through the plain
// pipeline and through the embedded queue (publisher, stream, workers: the
// scaled-out code path) with one worker and with three: the stores must hold the
// same documents and the same events, and the summaries must agree. One worker
// takes the articles in the order they were read, as the plain pipeline does, so
// its situation report is the same to the byte. With three the store order varies,
// and the report breaks ties between equal counts by store order (which of two
// actors with one document each makes its top list), so there only the store's
// contents are compared.
func TestEmbeddedWorkersMatchPlainPipeline(t *testing.T) {
	examples := filepath.Join("..", "..", "examples", "storyline")
	dir := t.TempDir()
	plain, one, queued := filepath.Join(dir, "plain.db"), filepath.Join(dir, "one.db"), filepath.Join(dir, "queued.db")

	code, plainReport, plainErr := sitrepCmd(t, "run", "--db", plain, examples)
	if code != 0 {
		t.Fatalf("run: exit %d: %s", code, plainErr)
	}
	code, oneReport, oneErr := sitrepCmd(t, "run", "--workers", "1", "--db", one, examples)
	if code != 0 {
		t.Fatalf("run --workers 1: exit %d: %s", code, oneErr)
	}
	code, _, queuedErr := sitrepCmd(t, "run", "--workers", "3", "--db", queued, examples)
	if code != 0 {
		t.Fatalf("run --workers 3: exit %d: %s", code, queuedErr)
	}
	for _, errs := range []string{oneErr, queuedErr} {
		if a, b := elapsed.ReplaceAllString(plainErr, "\n"), elapsed.ReplaceAllString(errs, "\n"); a != b {
			t.Errorf("summaries differ:\nplain:  %s\nqueued: %s", a, b)
		}
	}
	if plainReport != oneReport {
		t.Errorf("situation reports differ:\nplain:\n%s\none worker:\n%s", plainReport, oneReport)
	}
	od, oe := storeContents(t, one)
	pd, pe := storeContents(t, plain)
	qd, qe := storeContents(t, queued)
	if !slices.Equal(pd, od) || !slices.Equal(pe, oe) {
		t.Errorf("one worker: %d documents and %d events, plain %d and %d, or their contents differ", len(od), len(oe), len(pd), len(pe))
	}
	if len(pd) != 8 || len(pe) == 0 {
		t.Fatalf("the plain pipeline stored %d documents and %d events; the examples have 8 documents with events", len(pd), len(pe))
	}
	if !slices.Equal(pd, qd) {
		t.Errorf("documents differ:\nplain:  %v\nqueued: %v", pd, qd)
	}
	if !slices.Equal(pe, qe) {
		t.Errorf("events differ: %d plain, %d queued", len(pe), len(qe))
		for _, e := range pe {
			if !slices.Contains(qe, e) {
				t.Errorf("only plain: %s", e)
			}
		}
		for _, e := range qe {
			if !slices.Contains(pe, e) {
				t.Errorf("only queued: %s", e)
			}
		}
	}

	// Again through the queue: everything is found stored and analysed.
	code, _, errs := sitrepCmd(t, "ingest", "--workers", "2", "--db", queued, examples)
	if code != 0 || !strings.Contains(errs, "read 8 documents: 0 new, 8 already stored") {
		t.Errorf("second queued ingest: exit %d, %s", code, errs)
	}
	if _, e := storeContents(t, queued); !slices.Equal(e, pe) {
		t.Errorf("the second queued ingest changed the events: %d, want %d", len(e), len(pe))
	}
	if code, _, errs := sitrepCmd(t, "ingest", "--workers", "-1", "--db", queued, examples); code != exitUsage {
		t.Errorf("--workers -1: exit %d (%s), want %d", code, errs, exitUsage)
	}
}

// testAnalyzer codes one event per document, enough for the status test.
type testAnalyzer struct{}

func (testAnalyzer) Analyze(d *sitrep.Document) *sitrep.Analysis {
	return &sitrep.Analysis{DocID: d.ID, Sentences: []sitrep.Sentence{{Span: sitrep.Span{End: len(d.Text)}}},
		Events: []sitrep.Event{{Doc: d.ID, Sentence: d.Text, CAMEO: "040", Root: "04", Quad: 1, Rule: "test"}}}
}

// TestStatusCommand runs `sitrep status` against a nats-server on loopback: with
// no stream yet, then with a worker that has processed two articles, in both
// formats; and with no server at all.
func TestStatusCommand(t *testing.T) {
	srv, err := server.NewServer(&server.Options{Host: "127.0.0.1", Port: -1, JetStream: true,
		StoreDir: t.TempDir(), NoLog: true, NoSigs: true})
	if err != nil {
		t.Fatal(err)
	}
	go srv.Start()
	if !srv.ReadyForConnections(10 * time.Second) {
		t.Fatal("nats-server not ready")
	}
	t.Cleanup(srv.Shutdown)
	url := fmt.Sprintf("nats://127.0.0.1:%d", srv.Addr().(*net.TCPAddr).Port)
	db := filepath.Join(t.TempDir(), "s.db")
	if code, _, errs := sitrepCmd(t, "ingest", "--no-analyze", "--db", db, "-"); code != 0 && code != exitPartial {
		t.Fatalf("creating the store: exit %d: %s", code, errs)
	}

	status := func() (statusReport, string) {
		t.Helper()
		code, out, errs := sitrepCmd(t, "status", "--queue", url, "--db", db, "--format", "json")
		if code != 0 {
			t.Fatalf("status: exit %d: %s", code, errs)
		}
		var r statusReport
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatalf("status JSON: %v\n%s", err, out)
		}
		_, table, _ := sitrepCmd(t, "status", "--queue", url, "--db", db)
		return r, table
	}
	if r, table := status(); !r.NoQueue || r.Counts == nil || r.Counts.Documents != 0 || !strings.Contains(table, "no queue yet") {
		t.Errorf("before any worker: %+v\n%s", r, table)
	}

	store, err := (&app{dbPath: db}).openStore(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	nc, err := sitrepnats.Connect(url, "test")
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	w := &sitrepnats.Worker{JS: js, Store: store, Analyzer: testAnalyzer{}, ID: "test-worker",
		Config: sitrepnats.Config{Heartbeat: 20 * time.Millisecond}}
	go func() { done <- w.Run(ctx) }()
	defer func() { cancel(); <-done }()
	pub := sitrepnats.NewPublisher(js, sitrepnats.Config{})
	for i := range 2 {
		d := &sitrep.Document{ID: fmt.Sprintf("s%d", i), Text: fmt.Sprintf("The council met on day %d to discuss the harbour.", i)}
		if _, err := pub.Publish(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	var r statusReport
	var table string
	deadline := time.Now().Add(20 * time.Second)
	for {
		r, table = status()
		if r.Queue != nil && len(r.Queue.Workers) == 1 && r.Queue.Workers[0].Processed == 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the worker's heartbeat never showed 2 articles processed: %+v\n%s", r, table)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if c := r.Counts; c == nil || *c != (storeCounts{Documents: 2, Analysed: 2, Events: 2}) {
		t.Errorf("store counts %+v, want 2 documents, 2 analysed, 2 events", r.Counts)
	}
	if q := r.Queue; q.Queue.Messages != 0 || q.LastMinute != 2 {
		t.Errorf("queue %+v, want it empty with 2 articles in the last minute", q)
	}
	for _, want := range []string{`articles queued +0\n`, `2 articles in the last minute`, `\n  test-worker +\S+ +\S+ +2 +0 +0 +0 +0 `, `analysed +2\n`} {
		if !regexp.MustCompile(want).MatchString(table) {
			t.Errorf("status table does not match %q:\n%s", want, table)
		}
	}

	// No server: the store is still shown, and the exit status says it is partial.
	code, out, _ := sitrepCmd(t, "status", "--queue", "nats://127.0.0.1:1", "--db", db)
	if code != exitPartial || !strings.Contains(out, "unavailable") || !regexp.MustCompile(`documents +2\n`).MatchString(out) {
		t.Errorf("status with no server: exit %d\n%s", code, out)
	}
}
