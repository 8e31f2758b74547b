package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/spf13/cobra"

	sitrepnats "github.com/sitrep-dev/sitrep/nats"
	"github.com/sitrep-dev/sitrep/postgres"
	"github.com/sitrep-dev/sitrep/sqlite"
)

// statusReport is what `sitrep status` prints; its JSON form is --format json.
type statusReport struct {
	QueueURL   string               `json:"queue_url"`
	Queue      *sitrepnats.Overview `json:"queue,omitempty"`
	NoQueue    bool                 `json:"no_queue,omitempty"` // the server runs, the stream is not created yet
	QueueError string               `json:"queue_error,omitempty"`
	Store      string               `json:"store"`
	Counts     *storeCounts         `json:"counts,omitempty"`
	StoreError string               `json:"store_error,omitempty"`
}

// storeCounts is how far the store has got.
type storeCounts struct {
	Documents int `json:"documents"`
	Analysed  int `json:"analysed"` // documents with a stored analysis
	Events    int `json:"events"`
}

func (a *app) statusCommand() *cobra.Command {
	var (
		storeURL, queue, format string
		dead                    int
	)
	cmd := &cobra.Command{
		Use:   "status [--queue nats://…] [--db FILE | --store postgres://…] [--format table|json]",
		Short: "Show the queue, the workers, their throughput and errors, and the store's counts",
		Long: `Show where a scaled-out run stands:

  queue        articles in the stream, waiting for a first delivery, in flight
               (and how many of those are retries), dead letters and the latest
               dead letters' errors
  workers      every running worker (from the heartbeats each writes every few
               seconds: id, host, start, processed/failed counts, current rate);
               a worker killed without stopping drops out within 30 seconds
  throughput   articles acknowledged by all workers in the last minute
  store        documents, documents analysed, events

A queue or store that cannot be reached is reported and the rest is shown; the
exit status is then 1.`,
		Example: `  sitrep status --queue nats://127.0.0.1:4222 --store postgres://sitrep@127.0.0.1/sitrep
  sitrep status --format json | jq .queue.rate`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := validFormat(format, "table", "json"); err != nil {
				return err
			}
			ctx := cmd.Context()
			r := a.status(ctx, queue, storeURL, dead)
			var err error
			if format == "json" {
				enc := json.NewEncoder(a.stdout)
				enc.SetIndent("", "  ")
				err = enc.Encode(r)
			} else {
				err = writeStatus(a.stdout, r, time.Now())
			}
			if err != nil {
				return err
			}
			if r.QueueError != "" || r.StoreError != "" {
				return &exitError{code: exitPartial, err: errors.New("status incomplete")}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&storeURL, "store", "", "PostgreSQL store URL (postgres://…); default: the store named by --db")
	cmd.Flags().StringVar(&queue, "queue", defaultQueue(), "NATS server URL (env SITREP_NATS_URL)")
	cmd.Flags().StringVar(&format, "format", "table", "output format: table or json")
	cmd.Flags().IntVar(&dead, "dead", 5, "latest dead letters to show")
	return cmd
}

// status gathers the report; what cannot be read is recorded in it, not returned.
func (a *app) status(ctx context.Context, queue, storeURL string, dead int) *statusReport {
	r := &statusReport{QueueURL: redactURL(queue)}
	if js, closeQueue, err := connectQueue(queue, "sitrep-status"); err != nil {
		r.QueueError = err.Error()
	} else {
		o, err := sitrepnats.GetOverview(ctx, js, sitrepnats.Config{}, dead)
		switch {
		case errors.Is(err, jetstream.ErrStreamNotFound):
			r.NoQueue = true
		case err != nil:
			r.QueueError = err.Error()
		default:
			r.Queue = o
		}
		closeQueue()
	}

	if storeURL == "" {
		storeURL = a.dbPath
	}
	r.Store = redactURL(storeURL)
	counts, err := a.storeCounts(ctx, storeURL)
	if err != nil {
		r.StoreError = err.Error()
	} else {
		r.Counts = counts
	}
	return r
}

// redactURL drops the password from a URL for display.
func redactURL(s string) string {
	u, err := url.Parse(s)
	if err != nil || u.User == nil {
		return s
	}
	return u.Redacted()
}

// storeCounts reads the counts from the store at url (postgres://…) or the SQLite
// file at it. A SQLite file that does not exist is an error rather than a new
// empty store: status does not create one. Opening a store brings its schema up
// to date, as every command that opens it does.
func (a *app) storeCounts(ctx context.Context, url string) (*storeCounts, error) {
	if strings.HasPrefix(url, "postgres://") || strings.HasPrefix(url, "postgresql://") {
		db, err := postgres.Open(ctx, url, postgres.Options{})
		if err != nil {
			return nil, err
		}
		defer db.Close()
		st, err := db.Stats(ctx)
		if err != nil {
			return nil, err
		}
		return &storeCounts{Documents: st.Documents, Analysed: st.Analyzed, Events: st.Events}, nil
	}
	if _, err := os.Stat(url); err != nil {
		return nil, fmt.Errorf("store %s: %w", url, err)
	}
	db, err := sqlite.Open(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", url, err)
	}
	defer db.Close()
	st, err := db.Stats(ctx)
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", url, err)
	}
	return &storeCounts{Documents: st.Documents, Analysed: st.Analyzed, Events: st.Events}, nil
}

// writeStatus prints r as a table; now dates the heartbeats.
func writeStatus(w io.Writer, r *statusReport, now time.Time) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "queue\t%s\n", r.QueueURL)
	switch {
	case r.QueueError != "":
		fmt.Fprintf(tw, "  unavailable\t%s\n", r.QueueError)
	case r.NoQueue:
		fmt.Fprintf(tw, "  no queue yet\t'sitrep poll' or 'sitrep worker' creates it\n")
	default:
		q := r.Queue.Queue
		fmt.Fprintf(tw, "  articles queued\t%d\n", q.Messages)
		fmt.Fprintf(tw, "  waiting\t%d\n", q.Pending)
		fmt.Fprintf(tw, "  in flight\t%d (%d redelivered)\n", q.InFlight, q.Redelivered)
		fmt.Fprintf(tw, "  dead letters\t%d\n", q.DeadLetters)
		fmt.Fprintf(tw, "throughput\t%d articles in the last minute (%.2f/s)\n", r.Queue.LastMinute, r.Queue.Rate)
		fmt.Fprintf(tw, "workers\t%d\n", len(r.Queue.Workers))
	}
	fmt.Fprintf(tw, "store\t%s\n", r.Store)
	if r.StoreError != "" {
		fmt.Fprintf(tw, "  unavailable\t%s\n", r.StoreError)
	} else {
		fmt.Fprintf(tw, "  documents\t%d\n  analysed\t%d\n  events\t%d\n", r.Counts.Documents, r.Counts.Analysed, r.Counts.Events)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if r.Queue != nil && len(r.Queue.Workers) > 0 {
		fmt.Fprintln(w, "\nworkers")
		tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "  ID\tHOST\tUP\tPROCESSED\tSKIPPED\tFAILED\tDEAD\tIN FLIGHT\tRATE/s\tLAST BEAT")
		for _, wi := range r.Queue.Workers {
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%d\t%d\t%d\t%d\t%d\t%.2f\t%s ago\n", wi.ID, wi.Host,
				now.Sub(wi.Started).Round(time.Second), wi.Processed, wi.Skipped, wi.Failed, wi.DeadLetters, wi.InFlight,
				wi.Rate, max(now.Sub(wi.Updated), 0).Round(time.Second))
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	if r.Queue != nil && len(r.Queue.DeadLetters) > 0 {
		fmt.Fprintln(w, "\nlatest dead letters")
		for _, d := range r.Queue.DeadLetters {
			if _, err := fmt.Fprintf(w, "  #%d %s %s after %d deliveries: %s\n", d.Seq, d.Time.UTC().Format(time.RFC3339),
				d.Doc, d.Deliveries, oneLine(d.Error)); err != nil {
				return err
			}
		}
	}
	return nil
}

// oneLine keeps an error message on one line of the table, at most 200 bytes.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 200 {
		n := 200
		for n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		s = s[:n] + "…"
	}
	return s
}
