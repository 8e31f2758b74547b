package nats

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/ingest"
	"github.com/sitrep-dev/sitrep/pipeline"
)

// Batch runs a batch of inputs through the queue: it reads them as `sitrep ingest`
// does, publishes every article with the Publisher, lets Workers workers consume
// them into Store, and returns once every article it published is settled. It is
// the embedded mode (`sitrep ingest --workers N`, on an Embedded server): the
// per-article code is the scaled-out one. It expects the stream to itself: other
// workers on the same consumer would settle articles it then waits for.
type Batch struct {
	// Connect opens a connection for the publisher and for each worker, as
	// separate processes would have; close is called when they are done.
	Connect  func(name string) (js jetstream.JetStream, close func(), err error)
	Config   Config
	Store    Store
	Analyzer Analyzer // nil: store documents only
	Workers  int      // zero means 1
	Ingest   ingest.Options
	Log      *slog.Logger
	Progress func(pipeline.Progress)
}

// Run processes inputs and returns the same summary as pipeline.Ingest. An article
// dead-lettered is counted as a failure of its input only (its document may be in
// the store, without analysis, as the plain pipeline would leave it). The error is
// non-nil when the queue could not be used or ctx was cancelled.
func (b *Batch) Run(ctx context.Context, inputs []string) (pipeline.Summary, error) {
	log := b.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	cfg := b.Config.withDefaults()
	start := time.Now()

	js, closePub, err := b.Connect("sitrep-publisher")
	if err != nil {
		return pipeline.Summary{}, err
	}
	defer closePub()
	if _, err := Setup(ctx, js, cfg); err != nil {
		return pipeline.Summary{}, err
	}

	var (
		mu        sync.Mutex
		sum       pipeline.Summary
		inputOf   = map[string]string{} // message id → input, for failures
		published int                   // messages the workers will settle
		settled   = map[string]bool{}
		done      int                   // items read, failed or settled, for the progress display
		allIn     = make(chan struct{}) // closed when everything published is settled
		reading   = true
	)
	progress := func() { // with mu held
		done++
		if b.Progress != nil {
			b.Progress(pipeline.Progress{Done: done, Failed: len(sum.Failures), Elapsed: time.Since(start)})
		}
	}
	checkDone := func() { // with mu held
		if !reading && len(settled) == published {
			select {
			case <-allIn:
			default:
				close(allIn)
			}
		}
	}
	onSettled := func(o Outcome) {
		mu.Lock()
		defer mu.Unlock()
		if settled[o.MsgID] {
			return // a redelivery after a lost acknowledgement: counted once
		}
		settled[o.MsgID] = true
		switch {
		case o.Dead != nil:
			sum.Failures = append(sum.Failures, pipeline.Failure{Input: inputOf[o.MsgID], Err: fmt.Errorf("%s: %w", o.Doc, o.Dead)})
		case !o.Put.Created:
			sum.Unchanged++
		default:
			sum.Stored++
			if o.Put.DuplicateOf != "" {
				sum.NearDups++
			}
			if o.Put.Supersedes != "" {
				sum.NearDups++
			}
			if o.Status == sitrep.StatusNonEnglish {
				sum.NonEnglish++
			}
		}
		if o.Analyzed {
			sum.Analyzed++
			sum.Events += o.Events
		}
		progress()
		checkDone()
	}

	workCtx, stopWorkers := context.WithCancel(ctx)
	defer stopWorkers()
	var wg sync.WaitGroup
	var workerErr error
	for i := range max(b.Workers, 1) {
		wjs, closeW, err := b.Connect(fmt.Sprintf("sitrep-worker-%d", i+1))
		if err != nil {
			stopWorkers()
			wg.Wait()
			return sum, err
		}
		w := &Worker{JS: wjs, Config: cfg, Store: b.Store, Analyzer: b.Analyzer, Log: log, OnSettled: onSettled}
		wg.Go(func() {
			defer closeW()
			if err := w.Run(workCtx); err != nil {
				mu.Lock()
				workerErr = errors.Join(workerErr, err)
				mu.Unlock()
			}
		})
	}

	pub := NewPublisher(js, cfg)
	var pubErr error
	for _, in := range inputs {
		if pubErr != nil || ctx.Err() != nil {
			break
		}
		err := ingest.Read(ctx, in, b.Ingest, func(it ingest.Item) {
			if pubErr != nil {
				return
			}
			mu.Lock()
			defer mu.Unlock()
			if it.Err != nil {
				sum.Failures = append(sum.Failures, pipeline.Failure{Input: it.Input, Err: it.Err})
				log.Info("input failed", "input", it.Input, "err", it.Err)
				progress()
				return
			}
			sum.Read++
			if it.Doc.Hash == "" {
				ingest.Finalize(it.Doc)
			}
			// Before publishing: a worker may settle the article at once.
			if _, ok := inputOf[it.Doc.Hash]; !ok {
				inputOf[it.Doc.Hash] = it.Input
			}
			mu.Unlock()
			dup, err := pub.Publish(ctx, it.Doc)
			mu.Lock()
			switch {
			case err != nil:
				pubErr = err
			case dup:
				// The same content earlier in the batch: the store would have
				// found it unchanged.
				sum.Unchanged++
				progress()
			default:
				published++
			}
		})
		if err != nil && pubErr == nil {
			if errors.Is(err, context.Canceled) {
				break
			}
			mu.Lock()
			sum.Failures = append(sum.Failures, pipeline.Failure{Input: in, Err: err})
			progress()
			mu.Unlock()
		}
	}
	mu.Lock()
	reading = false
	checkDone()
	mu.Unlock()

	if pubErr == nil {
		select {
		case <-allIn:
		case <-ctx.Done():
		}
	}
	stopWorkers()
	wg.Wait()
	mu.Lock()
	defer mu.Unlock()
	sum.Elapsed = time.Since(start)
	switch {
	case pubErr != nil:
		return sum, pubErr
	case workerErr != nil:
		return sum, workerErr
	}
	return sum, ctx.Err()
}
