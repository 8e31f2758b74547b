package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep/ingest"
	"github.com/sitrep-dev/sitrep/pipeline"
)

type ingestFlags struct {
	maxBytes     int64
	timeout      time.Duration
	allowPrivate bool
	noAnalyze    bool
	workers      int // 0: the plain pipeline; N: an embedded queue and N workers
}

func (f *ingestFlags) register(cmd *cobra.Command) {
	cmd.Flags().Int64Var(&f.maxBytes, "max-bytes", 32<<20, "largest input accepted, in bytes")
	cmd.Flags().DurationVar(&f.timeout, "timeout", 30*time.Second, "time limit for fetching one URL")
	cmd.Flags().BoolVar(&f.allowPrivate, "allow-private", false, "allow URLs on loopback and private addresses (testing only)")
	cmd.Flags().BoolVar(&f.noAnalyze, "no-analyze", false, "store documents only: skip NLP, actors and events")
	cmd.Flags().IntVar(&f.workers, "workers", 0, "run N workers on an embedded NATS JetStream queue, the code path of 'sitrep worker' (0: in order, one at a time)")
}

func (f *ingestFlags) options() ingest.Options {
	return ingest.Options{MaxBytes: f.maxBytes, Timeout: f.timeout, AllowPrivate: f.allowPrivate}
}

func (a *app) ingestCommand() *cobra.Command {
	var f ingestFlags
	cmd := &cobra.Command{
		Use:   "ingest [--db FILE] PATH|URL|- ...",
		Short: "Store articles from files, folders, feeds, JSON Lines, URLs or stdin",
		Long: `Read articles and store them once each in the SQLite store.

Inputs may be plain text, HTML pages, RSS/Atom feeds, JSON Lines (one article per
line: id and text or html required), FA-KES-style CSV, gzip-compressed files,
folders (read recursively; a manifest.jsonl in a folder supplies metadata), http(s)
URLs, or - for standard input. Re-ingesting the same content changes nothing;
near-duplicates (syndicated copies) are linked to the first copy.

A bad input is reported with the reason and the rest of the batch goes on; the exit
status is then 1 and a summary lists the failures.`,
		Example: `  sitrep ingest ../shared/corpus/seeds
  sitrep ingest --db news.db feed.xml articles.jsonl.gz
  curl -s https://example.org/page | sitrep ingest -`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			db, err := a.openStore(ctx)
			if err != nil {
				return err
			}
			defer db.Close()
			sum, err := a.ingest(cmd, db, &f, args)
			if err != nil {
				return err
			}
			a.printSummary(sum)
			if err := a.writeWatches(ctx, db, a.stderr); err != nil {
				return err
			}
			return summaryExit(sum)
		},
	}
	f.register(cmd)
	return cmd
}

// ingest runs the pipeline's ingest, and the analysis unless --no-analyze, with a
// progress line on a terminal.
func (a *app) ingest(cmd *cobra.Command, db store, f *ingestFlags, inputs []string) (pipeline.Summary, error) {
	if f.workers < 0 {
		return pipeline.Summary{}, usageErrorf("--workers %d: want 0 or more", f.workers)
	}
	var an *pipeline.Analyzer
	if !f.noAnalyze {
		var err error
		if an, err = a.analyzer(); err != nil {
			return pipeline.Summary{}, err
		}
	}
	bar := newProgress(a.stderr, isTerminal(a.stderr))
	defer bar.finish()
	if f.workers > 0 {
		return a.ingestQueued(cmd.Context(), db, an, f, inputs, bar.update)
	}
	return pipeline.Ingest(cmd.Context(), pipeline.Config{
		Store:    db,
		Ingest:   f.options(),
		Analyzer: an,
		Log:      a.log,
		Progress: bar.update,
	}, inputs)
}

func (a *app) printSummary(s pipeline.Summary) {
	fmt.Fprintf(a.stderr, "read %d documents: %d new, %d already stored", s.Read, s.Stored, s.Unchanged)
	if s.NearDups > 0 {
		fmt.Fprintf(a.stderr, ", %d near-duplicates linked", s.NearDups)
	}
	if s.NonEnglish > 0 {
		fmt.Fprintf(a.stderr, ", %d not English (stored, not analysed)", s.NonEnglish)
	}
	if s.Analyzed > 0 {
		fmt.Fprintf(a.stderr, "; %d analysed, %d events coded", s.Analyzed, s.Events)
	}
	fmt.Fprintf(a.stderr, " in %s\n", s.Elapsed.Round(time.Millisecond))
	if len(s.Failures) > 0 {
		fmt.Fprintf(a.stderr, "%d inputs failed:\n", len(s.Failures))
		for _, f := range s.Failures {
			fmt.Fprintf(a.stderr, "  %s\n", f.Error())
		}
	}
}

func summaryExit(s pipeline.Summary) error {
	if len(s.Failures) > 0 {
		return &exitError{code: exitPartial, err: fmt.Errorf("%d inputs failed", len(s.Failures))}
	}
	return nil
}
