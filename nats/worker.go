package nats

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"runtime/debug"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	natsgo "github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/pipeline"
)

// Store is what a worker writes to: any store that keeps documents and analyses
// (SQLite, PostgreSQL).
type Store interface {
	sitrep.DocumentStore
	sitrep.AnalysisStore
}

// Outcome is what became of one article: stored and analysed, found done
// already, or dead-lettered. Worker.OnSettled receives it.
type Outcome struct {
	MsgID string // the message id: the article's content hash
	Doc   string // the document id in the message
	// Put is what storing the document did; Status its status (only "ok"
	// documents are analysed).
	Put    sitrep.PutResult
	Status string
	// Analyzed is set when this delivery analysed the document and stored the
	// analysis, with Events events; Skipped when the document was stored and
	// analysed before (a redelivery, or an article stored by an earlier run).
	Analyzed bool
	Events   int
	Skipped  bool
	// Dead is the cause when the article was dead-lettered.
	Dead error
}

// Analyzer runs the per-document stages; *pipeline.Analyzer is one.
type Analyzer interface {
	Analyze(*sitrep.Document) *sitrep.Analysis
}

// Worker consumes articles and runs store → analyse → store analysis on each.
type Worker struct {
	JS     jetstream.JetStream
	Config Config
	Store  Store
	// Analyzer runs the stages after storing; nil stores documents only, as
	// `sitrep ingest --no-analyze` does.
	Analyzer Analyzer
	// Concurrency is the number of articles processed at once; zero means 1.
	Concurrency int
	// ShutdownGrace is how long in-flight articles may run on after the context
	// is cancelled before they are returned to the queue; zero means 30s.
	ShutdownGrace time.Duration
	Metrics       *Metrics // optional
	Log           *slog.Logger
	// OnSettled, when set, is called once an article is settled for good
	// (acknowledged or dead-lettered), from the goroutine that handled it.
	OnSettled func(Outcome)
	// ID names the worker in its heartbeats (`sitrep status`); empty means
	// host-pid-random. Host defaults to the machine's host name.
	ID, Host string

	down     atomic.Bool        // the store failed a probe: fetching waits for it
	outageKV jetstream.KeyValue // per article, its returns while the store was down
}

// errStore marks failures of a store call, which may be the store's rather than
// the article's.
var errStore = errors.New("store failed")

// errPermanent marks failures that no retry can fix (an undecodable message): the
// article is dead-lettered at once.
var errPermanent = errors.New("permanent failure")

// Run consumes until ctx is cancelled, then stops fetching, lets in-flight articles
// finish within ShutdownGrace (returning the rest to the queue) and returns nil.
// It returns an error only when the stream or consumer cannot be set up (and ctx
// is not cancelled meanwhile).
func (w *Worker) Run(ctx context.Context) error {
	cfg := w.Config.withDefaults()
	if w.Log == nil {
		w.Log = slog.New(slog.DiscardHandler)
	}
	if w.Metrics == nil {
		w.Metrics = &Metrics{}
	}
	cons, err := Setup(ctx, w.JS, cfg)
	if err != nil {
		if ctx.Err() != nil {
			return nil // stopped before it started: nothing to finish
		}
		return err
	}
	if w.outageKV, err = outagesBucket(ctx, w.JS, cfg); err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	grace := w.ShutdownGrace
	if grace <= 0 {
		grace = 30 * time.Second
	}
	// Work runs on its own context so that cancelling ctx stops fetching without
	// interrupting a store transaction; it ends grace after ctx does.
	work, cancelWork := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWork()
	stop := context.AfterFunc(ctx, func() { time.AfterFunc(grace, cancelWork) })
	defer stop()

	n := max(w.Concurrency, 1)
	info := WorkerInfo{ID: w.ID, Host: w.Host, PID: os.Getpid(), Started: time.Now().UTC(), Concurrency: n}
	if info.Host == "" {
		info.Host, _ = os.Hostname()
	}
	if info.ID == "" {
		info.ID = newWorkerID(info.Host)
	}
	// The heartbeat outlives the fetching: it stops once in-flight articles are
	// settled, so status shows a worker that is still finishing.
	beatCtx, stopBeat := context.WithCancel(context.WithoutCancel(ctx))
	beatDone := make(chan struct{})
	go func() {
		defer close(beatDone)
		w.heartbeat(beatCtx, cfg, info)
	}()
	var wg sync.WaitGroup
	for range n {
		wg.Go(func() { w.loop(ctx, work, cons, cfg) })
	}
	wg.Wait()
	stopBeat()
	<-beatDone
	return nil
}

// loop fetches one article at a time: a worker never holds messages it is not
// working on, so at shutdown nothing waits in a client-side buffer for AckWait.
func (w *Worker) loop(ctx, work context.Context, cons jetstream.Consumer, cfg Config) {
	for ctx.Err() == nil {
		if w.down.Load() {
			w.waitForStore(ctx, cfg)
			continue
		}
		batch, err := cons.Fetch(1, jetstream.FetchMaxWait(cfg.FetchWait))
		if err != nil {
			w.Log.Warn("fetch failed; retrying", "err", err)
			sleep(ctx, time.Second)
			continue
		}
		for msg := range batch.Messages() {
			w.handle(work, msg, cfg)
		}
		if err := batch.Error(); err != nil && !errors.Is(err, natsgo.ErrTimeout) && !errors.Is(err, context.DeadlineExceeded) {
			w.Log.Warn("fetch failed; retrying", "err", err)
			sleep(ctx, time.Second)
		}
	}
}

// handle runs one article and settles its message: ack on success, nak with
// backoff on failure, dead letter and term on the last allowed failure.
func (w *Worker) handle(ctx context.Context, msg jetstream.Msg, cfg Config) {
	m := w.Metrics
	m.InFlight.Add(1)
	defer m.InFlight.Add(-1)
	md, err := msg.Metadata()
	if err != nil {
		w.Log.Error("message without metadata; terminated", "subject", msg.Subject(), "err", err)
		msg.Term()
		return
	}
	log := w.Log.With("seq", md.Sequence.Stream, "delivery", md.NumDelivered, "doc", msg.Headers().Get(HeaderDocID))
	// Attempts are deliveries less the returns while the store was down: those
	// are the store's failures, not the article's. Only a redelivery can have any.
	msgID := msg.Headers().Get(natsgo.MsgIdHdr)
	key := outageKey(cfg.Stream, md.Sequence.Stream)
	var outages uint64
	if md.NumDelivered > 1 {
		outages = min(w.outages(ctx, key, msgID), md.NumDelivered-1)
	}
	attempts := md.NumDelivered - outages
	if outages > 0 {
		log = log.With("store_outages", outages)
	}
	if attempts > 2*uint64(cfg.MaxDeliver) {
		// Every earlier delivery ended without an outcome: the article kills or
		// hangs its worker.
		cause := fmt.Errorf("delivered %d times without finishing (worker killed or stuck?)", md.NumDelivered-1)
		if w.deadLetter(ctx, msg, md, outages, cause, cfg, log) && outages > 0 {
			w.forgetOutages(ctx, key)
		}
		return
	}

	// Tell the server the article is alive while it runs, so that only a dead
	// worker's message is redelivered after AckWait.
	beat, stopBeat := context.WithCancel(ctx)
	go func() {
		t := time.NewTicker(max(cfg.AckWait/3, 10*time.Millisecond))
		defer t.Stop()
		for {
			select {
			case <-beat.Done():
				return
			case <-t.C:
				msg.InProgress()
			}
		}
	}()
	out, err := w.process(ctx, msg.Data())
	out.MsgID = msgID
	out.Doc = msg.Headers().Get(HeaderDocID)
	stopBeat()

	switch {
	case err == nil:
		// Waiting for the server's confirmation makes a lost ack visible in the
		// log; the redelivery that follows one is harmless.
		if aerr := msg.DoubleAck(ctx); aerr != nil {
			log.Warn("ack not confirmed; the article may be delivered again", "err", aerr)
		}
		if out.Skipped {
			m.Skipped.Add(1)
		} else {
			m.Processed.Add(1)
		}
		m.recent.add(time.Now())
		if outages > 0 {
			w.forgetOutages(ctx, key)
		}
		if w.OnSettled != nil {
			w.OnSettled(out)
		}
	case ctx.Err() != nil:
		// Shutting down: hand the article to another worker now.
		log.Info("returned to the queue at shutdown", "err", err)
		msg.Nak()
	case errors.Is(err, errStore) && w.probe(ctx) != nil:
		// The store is down, not the article at fault: return it and pause
		// fetching until the store answers, so that an outage neither burns
		// through the queue's attempts nor dead-letters good articles. The
		// return is counted before the nak, so that the next delivery sees it.
		m.Failed.Add(1)
		w.down.Store(true)
		if oerr := w.noteOutage(ctx, key, msgID); oerr != nil {
			log.Warn("outage return not counted; this delivery counts against the article", "err", oerr)
		}
		log.Warn("store unavailable; article returned to the queue, fetching paused", "err", err)
		msg.NakWithDelay(cfg.backoff(1))
	case errors.Is(err, errPermanent) || attempts >= uint64(cfg.MaxDeliver):
		m.Failed.Add(1)
		if w.deadLetter(ctx, msg, md, outages, err, cfg, log) && outages > 0 {
			w.forgetOutages(ctx, key)
		}
	default:
		m.Failed.Add(1)
		delay := cfg.backoff(attempts)
		log.Warn("article failed; will retry", "err", err, "retry_in", delay)
		msg.NakWithDelay(delay)
	}
}

// process runs the stages on one article and says what it did. A panic in a stage
// is a failure of that article, not of the worker.
func (w *Worker) process(ctx context.Context, data []byte) (out Outcome, err error) {
	d, err := decode(data)
	if err != nil {
		return out, fmt.Errorf("%w: %w", errPermanent, err)
	}
	stage := StageStore
	defer func() {
		if r := recover(); r != nil {
			w.Log.Error("stage panicked", "stage", stage, "doc", d.ID, "panic", r, "stack", string(debug.Stack()))
			err = fmt.Errorf("%s %s: panic: %v", stage, d.ID, r)
		}
	}()
	t := time.Now()
	res, err := w.Store.PutDocument(ctx, d)
	if err != nil {
		return out, fmt.Errorf("store %s: %w: %w", d.ID, errStore, err)
	}
	w.Metrics.Observe(stage, time.Since(t))
	out.Put, out.Status = res, d.Status
	if d.Status != sitrep.StatusOK || w.Analyzer == nil {
		out.Skipped = !res.Created
		return out, nil
	}
	d.ID = res.ID
	if !res.Created {
		done, err := w.Store.Analyzed(ctx, d.ID)
		if err != nil {
			return out, fmt.Errorf("check analysis %s: %w: %w", d.ID, errStore, err)
		}
		if done {
			out.Skipped = true
			return out, nil
		}
	}
	stage, t = StageAnalyze, time.Now()
	a := w.Analyzer.Analyze(d)
	w.Metrics.Observe(stage, time.Since(t))
	stage, t = StageAnalysis, time.Now()
	if err := w.Store.PutAnalysis(ctx, a); err != nil {
		return out, fmt.Errorf("store analysis %s: %w: %w", d.ID, errStore, err)
	}
	// The claims and frames of the article's stories, each story rebuilt under the
	// store's lock on it, so that workers on one story never double-count.
	if err := pipeline.UpdateCrossDoc(ctx, w.Store, d.ID); err != nil {
		return out, fmt.Errorf("claims and frames %s: %w: %w", d.ID, errStore, err)
	}
	w.Metrics.Observe(stage, time.Since(t))
	out.Analyzed, out.Events = true, len(a.Events)
	return out, nil
}

// deadLetter copies the article with its error to the dead-letter subject, then
// terminates the original so that it never blocks the queue. The copy's message id
// derives from the original's id and stream sequence, so a worker that dies between
// the two steps does not leave two dead letters, and a stream created afresh (its
// sequence restarting) does not collide with dead letters of the old one. outages is
// the number of the deliveries that were returns while the store was down. It
// reports whether the article is settled: false when the dead letter could not be
// published and the article was returned to the queue.
func (w *Worker) deadLetter(ctx context.Context, msg jetstream.Msg, md *jetstream.MsgMetadata, outages uint64, cause error, cfg Config, log *slog.Logger) bool {
	dl := &natsgo.Msg{Subject: cfg.DeadSubject, Data: msg.Data(), Header: natsgo.Header{}}
	dl.Header.Set(HeaderError, cause.Error())
	dl.Header.Set(HeaderDeliveries, strconv.FormatUint(md.NumDelivered, 10))
	if outages > 0 {
		dl.Header.Set(HeaderStoreOutages, strconv.FormatUint(outages, 10))
	}
	dl.Header.Set(HeaderDocID, msg.Headers().Get(HeaderDocID))
	id := "dead-" + msg.Headers().Get(natsgo.MsgIdHdr) + "-" + strconv.FormatUint(md.Sequence.Stream, 10)
	if _, err := w.JS.PublishMsg(ctx, dl, jetstream.WithMsgID(id)); err != nil {
		// Without its dead letter the article must not be dropped: retry later.
		log.Error("dead letter not published; will retry", "err", err)
		msg.NakWithDelay(cfg.backoff(md.NumDelivered - outages))
		return false
	}
	// Plain Term, not TermWithReason: servers before 2.10 (Debian bookworm ships
	// 2.9) do not parse the reason and leave the message pending. The reason is in
	// the dead letter.
	if err := msg.Term(); err != nil {
		log.Warn("term failed", "err", err)
	}
	w.Metrics.DeadLettered.Add(1)
	log.Error("article dead-lettered", "err", cause, "subject", cfg.DeadSubject)
	if w.OnSettled != nil {
		w.OnSettled(Outcome{MsgID: msg.Headers().Get(natsgo.MsgIdHdr), Doc: msg.Headers().Get(HeaderDocID), Dead: cause})
	}
	return true
}

// probe checks that the store answers at all.
func (w *Worker) probe(ctx context.Context) error {
	_, err := w.Store.Documents(ctx, sitrep.DocumentFilter{Limit: 1})
	return err
}

// maxProbeDelay caps the time between two probes of a store that is down, so
// that workers notice within seconds that it is back.
const maxProbeDelay = 10 * time.Second

// probeDelay is the wait after the n-th failed probe (1-based): the first retry
// delay, doubling with every failure, at most maxProbeDelay (or the first delay
// when that is longer).
func probeDelay(cfg Config, n int) time.Duration {
	d := cfg.backoff(1)
	limit := max(maxProbeDelay, d)
	for i := 1; i < n && d < limit; i++ {
		d *= 2
	}
	return min(d, limit)
}

// waitForStore probes the store, with growing delays, until it answers or ctx
// ends.
func (w *Worker) waitForStore(ctx context.Context, cfg Config) {
	for n := 1; ctx.Err() == nil; n++ {
		err := w.probe(ctx)
		if err == nil {
			if w.down.CompareAndSwap(true, false) {
				w.Log.Info("store available again; fetching resumed")
			}
			return
		}
		d := probeDelay(cfg, n)
		w.Log.Debug("store still unavailable", "err", err, "probe", n, "next_in", d)
		sleep(ctx, d)
	}
}

func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}
