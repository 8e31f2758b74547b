package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep/actor"
	"github.com/sitrep-dev/sitrep/event"
	"github.com/sitrep-dev/sitrep/ingest"
	sitrepnats "github.com/sitrep-dev/sitrep/nats"
	"github.com/sitrep-dev/sitrep/pipeline"
	"github.com/sitrep-dev/sitrep/postgres"
)

// defaultQueue is the NATS server pollers and workers use unless told otherwise.
func defaultQueue() string {
	if u := os.Getenv("SITREP_NATS_URL"); u != "" {
		return u
	}
	return "nats://127.0.0.1:4222"
}

// connectQueue connects to the JetStream server at url.
func connectQueue(url, name string) (jetstream.JetStream, func(), error) {
	nc, err := sitrepnats.Connect(url, name)
	if err != nil {
		return nil, nil, err
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, nil, fmt.Errorf("jetstream on %s: %w", url, err)
	}
	return js, nc.Close, nil
}

func (a *app) workerCommand() *cobra.Command {
	var (
		storeURL, queue, metricsAddr string
		concurrency, maxDeliver      int
		grace                        time.Duration
	)
	cmd := &cobra.Command{
		Use:   "worker [--db FILE | --store postgres://…] [--queue nats://…] [--concurrency N] [--metrics ADDR]",
		Short: "Analyse articles from the NATS JetStream queue into the store",
		Long: `Consume articles that 'sitrep poll' (or any publisher) put on the JetStream
queue, and run the same stages as 'sitrep ingest' on each: store the document,
analyse it (NLP, actors, events) and store the analysis; then acknowledge it.

Run as many workers as there are cores to spare, on as many machines as share the
store. A failed article is retried with backoff; after --max-deliver attempts it
is moved to the dead-letter subject (sitrep.dead) with its error, so it never
blocks the queue. Writes are idempotent, so an article delivered twice (a worker
killed, a server restarted) is stored and coded once.

On SIGINT or SIGTERM the worker stops fetching, lets in-flight articles finish
within --grace and returns the rest to the queue.

With --metrics, Prometheus-style metrics are served at http://ADDR/metrics. Every
worker also writes a heartbeat (host, start, counts, rate) that 'sitrep status'
lists.`,
		Example: `  sitrep worker --db news.db --queue nats://127.0.0.1:4222
  sitrep worker --store postgres://sitrep@127.0.0.1/sitrep --concurrency 4 --metrics 127.0.0.1:9464`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if concurrency < 1 {
				return usageErrorf("--concurrency %d: want 1 or more", concurrency)
			}
			store, err := a.openWorkerStore(ctx, storeURL)
			if err != nil {
				return err
			}
			defer store.Close()
			an, err := pipeline.LoadAnalyzer(actor.Options{}, event.Options{})
			if err != nil {
				return err
			}
			js, closeQueue, err := connectQueue(queue, "sitrep-worker")
			if err != nil {
				return err
			}
			defer closeQueue()
			m := &sitrepnats.Metrics{}
			if metricsAddr != "" {
				stop, err := serveMetrics(metricsAddr, m)
				if err != nil {
					return err
				}
				defer stop()
				fmt.Fprintf(a.stderr, "metrics on http://%s/metrics\n", metricsAddr)
			}
			w := &sitrepnats.Worker{
				JS:            js,
				Config:        sitrepnats.Config{MaxDeliver: maxDeliver},
				Store:         store,
				Analyzer:      an,
				Concurrency:   concurrency,
				ShutdownGrace: grace,
				Metrics:       m,
				Log:           a.log,
			}
			fmt.Fprintf(a.stderr, "worker: %d at a time from %s\n", concurrency, queue)
			start := time.Now()
			if err := w.Run(ctx); err != nil {
				return err
			}
			fmt.Fprintf(a.stderr, "worker stopped after %s: %d processed, %d already done, %d failed attempts, %d dead-lettered\n",
				time.Since(start).Round(time.Second), m.Processed.Load(), m.Skipped.Load(), m.Failed.Load(), m.DeadLettered.Load())
			return nil
		},
	}
	cmd.Flags().StringVar(&storeURL, "store", "", "PostgreSQL store URL (postgres://…); default: the SQLite store named by --db")
	cmd.Flags().StringVar(&queue, "queue", defaultQueue(), "NATS server URL (env SITREP_NATS_URL)")
	cmd.Flags().IntVar(&concurrency, "concurrency", 1, "articles processed at once")
	cmd.Flags().IntVar(&maxDeliver, "max-deliver", sitrepnats.DefaultMaxDeliver, "attempts before an article is dead-lettered")
	cmd.Flags().DurationVar(&grace, "grace", 30*time.Second, "time in-flight articles may finish at shutdown")
	cmd.Flags().StringVar(&metricsAddr, "metrics", "", "serve Prometheus metrics on this address (e.g. 127.0.0.1:9464)")
	return cmd
}

// openWorkerStore opens the PostgreSQL store at url, or the SQLite store named by
// --db when url is empty.
func (a *app) openWorkerStore(ctx context.Context, url string) (sitrepnats.Store, error) {
	if url == "" {
		return a.openStore(ctx)
	}
	if !strings.HasPrefix(url, "postgres://") && !strings.HasPrefix(url, "postgresql://") {
		return nil, usageErrorf("--store: want a postgres:// URL (use --db for a SQLite file)")
	}
	db, err := postgres.Open(ctx, url, postgres.Options{NearDuplicate: ingest.NearDuplicateThreshold})
	if err != nil {
		return nil, err
	}
	return db, nil
}

// serveMetrics serves m at /metrics on addr until stop is called.
func serveMetrics(addr string, m *sitrepnats.Metrics) (stop func(), err error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("metrics: %w", err)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", m)
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			fmt.Fprintln(os.Stderr, "metrics:", err)
		}
	}()
	return func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
	}, nil
}

func (a *app) queueCommand() *cobra.Command {
	var queue string
	cmd := &cobra.Command{
		Use:   "queue [--queue nats://…]",
		Short: "Show the work queue: articles waiting, in flight, dead-lettered; idle workers",
		Long: `Show the state of the JetStream queue that 'sitrep poll' fills and 'sitrep worker'
drains: articles waiting for a first delivery, articles being processed (and how
many of those are retries), dead letters, and the workers waiting for work.

'sitrep status' shows this with the workers, their throughput, the latest dead
letters' errors and the store's counts; per-stage latency is on each worker's
--metrics endpoint.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			js, closeQueue, err := connectQueue(queue, "sitrep-queue")
			if err != nil {
				return err
			}
			defer closeQueue()
			return a.writeQueueStatus(cmd.Context(), js)
		},
	}
	cmd.Flags().StringVar(&queue, "queue", defaultQueue(), "NATS server URL (env SITREP_NATS_URL)")
	return cmd
}

// writeQueueStatus prints the queue's state; `sitrep status` may call it too.
func (a *app) writeQueueStatus(ctx context.Context, js jetstream.JetStream) error {
	qs, err := sitrepnats.Status(ctx, js, sitrepnats.Config{})
	if errors.Is(err, jetstream.ErrStreamNotFound) {
		fmt.Fprintln(a.stdout, "no queue yet: 'sitrep poll' or 'sitrep worker' creates it")
		return nil
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "waiting      %d\nin flight    %d (%d redelivered)\ndead letters %d\nidle workers %d\n",
		qs.Pending, qs.InFlight, qs.Redelivered, qs.DeadLetters, qs.Workers)
	return nil
}

// ingestQueued is `sitrep ingest --workers N`: the inputs go through an embedded
// nats-server (in-process, in a temporary directory) to N workers on db, with the
// publisher and workers of the scaled-out mode.
func (a *app) ingestQueued(ctx context.Context, db store, an *pipeline.Analyzer, f *ingestFlags, inputs []string, progress func(pipeline.Progress)) (pipeline.Summary, error) {
	srv, err := sitrepnats.StartEmbedded()
	if err != nil {
		return pipeline.Summary{}, err
	}
	defer srv.Close()
	b := &sitrepnats.Batch{
		Connect: func(name string) (jetstream.JetStream, func(), error) {
			nc, js, err := srv.Connect(name)
			if err != nil {
				return nil, nil, err
			}
			return js, nc.Close, nil
		},
		// A poison article costs seconds, not the minute a shared queue waits
		// for a store to come back.
		// An in-process fetch is cheap: idle workers ask often, so that the
		// batch ends as soon as its last article is settled.
		Config: sitrepnats.Config{MaxDeliver: 3, Backoff: []time.Duration{100 * time.Millisecond, time.Second},
			FetchWait: 100 * time.Millisecond},
		Store:    db,
		Workers:  f.workers,
		Ingest:   f.options(),
		Log:      a.log,
		Progress: progress,
	}
	if an != nil { // a nil *Analyzer in the interface would not read as nil
		b.Analyzer = an
	}
	return b.Run(ctx, inputs)
}
