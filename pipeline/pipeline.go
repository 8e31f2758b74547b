// Package pipeline runs sitrep's stages in order over a batch of inputs: read and clean
// (ingest), store, and — as those stages land — analyse, resolve actors and code
// events. It is the one place that knows the order of the stages, so that the CLI, the
// HTTP ingest endpoint and the workers all run the same job.
//
// A batch never stops at a bad input: every failure is collected with the input it
// came from, and the caller reports them together at the end.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/ingest"
)

// Config wires the stages.
type Config struct {
	Store  sitrep.DocumentStore
	Ingest ingest.Options
	// Analyzer, when set, analyses every stored document (NLP, actors, events) and
	// stores the result; Store must then also be a sitrep.AnalysisStore.
	Analyzer *Analyzer
	Log      *slog.Logger
	// Progress, when set, is called after every input item (document or failure).
	Progress func(Progress)
}

// Progress is a running count for progress displays.
type Progress struct {
	Done    int // items read so far, failures included
	Failed  int
	Elapsed time.Duration
}

// Failure is one input that could not be ingested, and why.
type Failure struct {
	Input string
	Err   error
}

func (f Failure) Error() string {
	// ingest's errors already begin with the input they concern.
	if msg := f.Err.Error(); strings.HasPrefix(msg, f.Input) {
		return msg
	}
	return fmt.Sprintf("%s: %v", f.Input, f.Err)
}

// Summary says what a batch did.
type Summary struct {
	Read       int // documents read from the inputs
	Analyzed   int // documents analysed and their events stored
	Events     int // events coded from them
	Stored     int // new documents stored
	Unchanged  int // documents already in the store (same content)
	NearDups   int // new documents linked to an earlier copy
	NonEnglish int // stored but skipped by later stages
	Failures   []Failure
	Elapsed    time.Duration
}

// Ingest reads every input (paths, directories, URLs, "-"), stores each document in
// its own transaction and returns what happened. The error is non-nil only when the
// batch could not go on at all (the store failed or ctx was cancelled); input
// problems are in Summary.Failures.
func Ingest(ctx context.Context, cfg Config, inputs []string) (Summary, error) {
	log := cfg.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	var analyses sitrep.AnalysisStore
	if cfg.Analyzer != nil {
		as, ok := cfg.Store.(sitrep.AnalysisStore)
		if !ok {
			return Summary{}, fmt.Errorf("pipeline: the store %T cannot keep analyses", cfg.Store)
		}
		analyses = as
	}
	start := time.Now()
	var sum Summary
	var storeErr error
	progress := func() {
		if cfg.Progress != nil {
			cfg.Progress(Progress{Done: sum.Read + len(sum.Failures), Failed: len(sum.Failures), Elapsed: time.Since(start)})
		}
	}
	for _, in := range inputs {
		if storeErr != nil || ctx.Err() != nil {
			break
		}
		err := ingest.Read(ctx, in, cfg.Ingest, func(it ingest.Item) {
			if storeErr != nil {
				return
			}
			defer progress()
			if it.Err != nil {
				sum.Failures = append(sum.Failures, Failure{Input: it.Input, Err: it.Err})
				log.Info("input failed", "input", it.Input, "err", it.Err)
				return
			}
			sum.Read++
			res, err := cfg.Store.PutDocument(ctx, it.Doc)
			if err != nil {
				storeErr = fmt.Errorf("store %s: %w", it.Input, err)
				return
			}
			switch {
			case !res.Created:
				sum.Unchanged++
				log.Debug("already stored", "input", it.Input, "id", res.ID)
			default:
				sum.Stored++
				if res.DuplicateOf != "" {
					sum.NearDups++
					log.Info("near-duplicate linked", "id", res.ID, "duplicate_of", res.DuplicateOf)
				}
				if res.Supersedes != "" {
					sum.NearDups++
					log.Info("earlier original found: the stored copy now links to it", "id", res.ID, "copy", res.Supersedes)
				}
				if it.Doc.Status == sitrep.StatusNonEnglish {
					sum.NonEnglish++
					log.Info("stored, not English: later stages skip it", "id", res.ID, "language", it.Doc.Language)
				}
			}
			if analyses != nil && it.Doc.Status == sitrep.StatusOK {
				it.Doc.ID = res.ID
				if err := analyze(ctx, cfg.Analyzer, analyses, it.Doc, res.Created, &sum); err != nil {
					storeErr = err
				}
			}
		})
		if err != nil && storeErr == nil {
			if errors.Is(err, context.Canceled) {
				break
			}
			sum.Failures = append(sum.Failures, Failure{Input: in, Err: err})
			log.Info("input failed", "input", in, "err", err)
			progress()
		}
	}
	sum.Elapsed = time.Since(start)
	if storeErr != nil {
		return sum, storeErr
	}
	return sum, ctx.Err()
}

// analyze codes d and stores the result, unless d was already stored and analysed.
func analyze(ctx context.Context, an *Analyzer, store sitrep.AnalysisStore, d *sitrep.Document, created bool, sum *Summary) error {
	if !created {
		done, err := store.Analyzed(ctx, d.ID)
		if err != nil {
			return err
		}
		if done {
			return nil
		}
	}
	a := an.Analyze(d)
	if err := store.PutAnalysis(ctx, a); err != nil {
		return err
	}
	if err := UpdateCrossDoc(ctx, store, d.ID); err != nil {
		return fmt.Errorf("claims and frames of %s: %w", d.ID, err)
	}
	sum.Analyzed++
	sum.Events += len(a.Events)
	return nil
}
