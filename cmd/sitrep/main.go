// Command sitrep reads news articles and builds an evidence-backed picture of who did
// what to whom, when and where, according to whom. This package only parses flags,
// wires packages together and maps outcomes to exit codes; the work is done in the
// packages it imports.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"

	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/actor"
	"github.com/sitrep-dev/sitrep/event"
	"github.com/sitrep-dev/sitrep/ingest"
	"github.com/sitrep-dev/sitrep/pipeline"
	"github.com/sitrep-dev/sitrep/postgres"
	"github.com/sitrep-dev/sitrep/sqlite"
)

// Exit codes, as DESIGN.md fixes them.
const (
	exitOK      = 0
	exitPartial = 1 // some inputs failed; the rest were processed
	exitUsage   = 2
)

// exitError carries an exit code through cobra's error return.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func usageErrorf(format string, a ...any) error {
	return &exitError{code: exitUsage, err: fmt.Errorf(format, a...)}
}

// app holds what every command shares.
type app struct {
	dbPath   string
	logLevel string
	overlay  string   // the analyst's actor overlay, which `actors accept` writes
	dictDirs []string // extra dictionary folders
	log      *slog.Logger
	stdout   io.Writer
	stderr   io.Writer
}

// defaultMemoryLimit is the Go heap's soft limit when GOMEMLIMIT is not set. The
// loaded models are about 120 MB of live heap (175 MB with the parser
// ensemble), and with the collector's default pacing (a new cycle when the heap
// has doubled) `sitrep code` on all of FA-KES peaked at 410–444 MB resident,
// past issue 3's 300 MB; under the limit the collector runs sooner instead.
// Resident memory is about the limit plus the executable's pages in use, so
// the limit leaves room for those: at 256 MiB `sitrep code` on FA-KES peaked
// at 302 MB and `sitrep parse --parser ensemble` on EWT test at 302–313 MB;
// with the decoded models' embedded bytes paged out (package evict) 283–286
// and 283–300; at 240 MiB 269 and 276–279, for 5–8% more CPU time in `sitrep
// code` (16.8–17.7 s against 15.5–16.4). It is soft: a larger live heap (a
// big store query) is not refused, only collected more often. GOMEMLIMIT
// overrides it (GOMEMLIMIT=off: no limit).
const defaultMemoryLimit = 240 << 20

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(defaultMemoryLimit)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run executes the command line args and returns the process exit code. It is the
// entry point tests use.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	a := &app{stdout: stdout, stderr: stderr}
	root := a.rootCommand()
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil && ee.code != exitPartial {
			fmt.Fprintln(stderr, "sitrep:", ee.err)
		}
		return ee.code
	}
	fmt.Fprintln(stderr, "sitrep:", err)
	// Cobra reports unknown commands and bad flags as plain errors.
	if isUsageError(err) {
		return exitUsage
	}
	return exitPartial
}

func isUsageError(err error) bool {
	msg := err.Error()
	for _, s := range []string{"unknown command", "unknown flag", "unknown shorthand", "flag needs an argument",
		"invalid argument", "accepts ", "requires at least", "required flag"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

func (a *app) rootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "sitrep",
		Short: "Who did what to whom, when and where, according to whom — from news articles",
		Long: `sitrep reads news articles (text, HTML pages, RSS/Atom feeds, JSON Lines) and
builds an evidence-backed, queryable picture of the events they report: actors
resolved to CAMEO codes, events coded in CAMEO and PLOVER, and which outlets
corroborate, contradict or omit each claim. Every fact links back to its sentence.

The embedded store is a SQLite file (--db, default ./sitrep.db or $SITREP_DB).

Start with:
  sitrep run examples/storyline     ingest a folder and print the situation report`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			return a.setupLogging()
		},
	}
	defDB := os.Getenv("SITREP_DB")
	if defDB == "" {
		defDB = "sitrep.db"
	}
	root.PersistentFlags().StringVar(&a.dbPath, "db", defDB, "store: a SQLite file, or a postgres:// URL (env SITREP_DB)")
	root.PersistentFlags().StringVar(&a.logLevel, "log-level", "warn", "log level: debug, info, warn or error")
	defOverlay := os.Getenv("SITREP_OVERLAY")
	if defOverlay == "" {
		defOverlay = "sitrep-overlay.txt"
	}
	root.PersistentFlags().StringVar(&a.overlay, "overlay", defOverlay, "your actor overlay file, read after the shipped dictionaries (env SITREP_OVERLAY)")
	root.PersistentFlags().StringSliceVar(&a.dictDirs, "dictionaries", nil, "extra folders of PETRARCH-format actor/agent dictionaries and overlays")
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return &exitError{code: exitUsage, err: fmt.Errorf("%w\nRun '%s --help' for usage.", err, cmd.CommandPath())}
	})
	root.AddCommand(a.ingestCommand(), a.docsCommand(), a.searchCommand(), a.runCommand(), a.codeCommand(), a.eventsCommand(), a.actorsCommand(), a.exportCommand(), a.serveCommand(), a.claimsCommand(), a.quotesCommand(), a.framesCommand(), a.dyadsCommand(), a.watchCommand(),
		a.workerCommand(), a.pollCommand(), a.queueCommand(), a.statusCommand(),
		a.parseCommand(), a.nerCommand(), a.trainCommand(), a.evalCommand())
	return root
}

// setupLogging logs text to a terminal and JSON otherwise, so that logs are readable by
// a person and parseable by a machine.
func (a *app) setupLogging() error {
	var level slog.Level
	if err := level.UnmarshalText([]byte(a.logLevel)); err != nil {
		return usageErrorf("--log-level %q: want debug, info, warn or error", a.logLevel)
	}
	opts := &slog.HandlerOptions{Level: level}
	if f, ok := a.stderr.(*os.File); ok && isatty.IsTerminal(f.Fd()) {
		a.log = slog.New(slog.NewTextHandler(a.stderr, opts))
	} else {
		a.log = slog.New(slog.NewJSONHandler(a.stderr, opts))
	}
	// Packages that log through the default logger follow the same level and format.
	slog.SetDefault(a.log)
	return nil
}

// analyzer loads the NLP models, the actor dictionaries (with the analyst's overlay
// and folders) and the event dictionaries.
func (a *app) analyzer() (*pipeline.Analyzer, error) {
	return pipeline.LoadAnalyzer(actor.Options{Overlay: a.overlay, Dirs: a.dictDirs, Log: a.log}, event.Options{Log: a.log})
}

// store is what the commands need of a store; both backends provide it.
type store interface {
	sitrep.DocumentStore
	sitrep.AnalysisStore
}

// watcher is the watchlist; both stores keep one.
type watcher interface {
	AddWatch(ctx context.Context, a, b string) error
	RemoveWatch(ctx context.Context, a, b string) (bool, error)
	Watches(ctx context.Context) ([][2]string, error)
}

// openStore opens the store named by --db: a postgres:// URL opens PostgreSQL,
// anything else is a SQLite file.
func (a *app) openStore(ctx context.Context) (store, error) {
	if strings.HasPrefix(a.dbPath, "postgres://") || strings.HasPrefix(a.dbPath, "postgresql://") {
		db, err := postgres.Open(ctx, a.dbPath, postgres.Options{NearDuplicate: ingest.NearDuplicateThreshold})
		if err != nil {
			return nil, fmt.Errorf("open store: %w", err)
		}
		return db, nil
	}
	// The threshold is the ingest package's: it is where the fingerprint is defined
	// and measured.
	db, err := sqlite.OpenWith(ctx, a.dbPath, sqlite.Options{NearDuplicate: ingest.NearDuplicateThreshold})
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", a.dbPath, err)
	}
	return db, nil
}

// isTerminal reports whether w is an interactive terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && isatty.IsTerminal(f.Fd())
}
