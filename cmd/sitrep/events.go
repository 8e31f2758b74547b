package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/actor"
	"github.com/sitrep-dev/sitrep/place"
)

func (a *app) eventsCommand() *cobra.Command {
	var format string
	var f sitrep.EventFilter
	cmd := &cobra.Command{
		Use:   "events [--db FILE] [--format jsonl|table] [filters]",
		Short: "List the coded events in the store",
		Long: `List the events coded from stored articles, in document order.

jsonl prints the event JSON Lines contract (see 'sitrep code --help'); table prints
one line per event: document, source, CAMEO code, target, mode, date, sentence.`,
		Example: `  sitrep events --format table --actor SYR
  sitrep events --format jsonl --root 19 > conflict.jsonl`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := validFormat(format, "jsonl", "table"); err != nil {
				return err
			}
			db, err := a.openStore(cmd.Context())
			if err != nil {
				return err
			}
			defer db.Close()
			evs, err := db.Events(cmd.Context(), f)
			if err != nil {
				return err
			}
			if format == "jsonl" {
				return writeJSONL(a.stdout, evs)
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "DOC\tSOURCE\tCAMEO\tTARGET\tMODE\tDATE\tSENTENCE")
			writeEventRows(tw, evs)
			return tw.Flush()
		},
	}
	cmd.Flags().StringVar(&format, "format", "table", "output format: jsonl or table")
	cmd.Flags().StringVar(&f.Doc, "doc", "", "only events of this document")
	cmd.Flags().StringVar(&f.Actor, "actor", "", "only events whose source or target code starts with this")
	cmd.Flags().StringVar(&f.Root, "root", "", "only events of this CAMEO root (two digits)")
	cmd.Flags().StringVar(&f.Mode, "mode", "", "only events in this mode (occurred, planned, negated, ...)")
	cmd.Flags().IntVar(&f.Limit, "limit", 0, "list at most this many (0: all)")
	return cmd
}

func (a *app) actorsCommand() *cobra.Command {
	var format string
	var unknown bool
	var limit int
	cmd := &cobra.Command{
		Use:   "actors [--db FILE] [--format jsonl|table] [--unknown]",
		Short: "List the actors mentioned in stored articles, or the unknown ones",
		Long: `List the actors resolved in stored articles, most mentioned first: code, name,
the surface forms seen (aliases), number of mentions, documents, and the first and
last publication dates they were seen on.

--unknown lists instead the people and organisations no dictionary knows, by
frequency, with the role words seen around them, a suggested code and example
sentences; 'sitrep actors accept NAME CODE' adds one to your overlay (--overlay).`,
		Example: `  sitrep actors --format table
  sitrep actors --unknown --limit 20
  sitrep actors accept "Hazem Sabbagh" SYRGOV --from 2025-01-01`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := validFormat(format, "jsonl", "table"); err != nil {
				return err
			}
			db, err := a.openStore(cmd.Context())
			if err != nil {
				return err
			}
			defer db.Close()
			if unknown {
				return a.listUnknown(cmd.Context(), db, format, limit)
			}
			actors, err := db.Actors(cmd.Context())
			if err != nil {
				return err
			}
			if format == "jsonl" {
				return writeJSONL(a.stdout, actors)
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "CODE\tNAME\tMENTIONS\tDOCS\tFIRST\tLAST\tALIASES")
			for _, ac := range actors {
				fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%s\t%s\t%s\n", ac.Code, dash(clip(ac.Name, 30)), ac.Mentions, len(ac.Docs),
					dash(ac.FirstSeen), dash(ac.LastSeen), clip(strings.Join(ac.Aliases, "; "), 60))
			}
			return tw.Flush()
		},
	}
	cmd.Flags().StringVar(&format, "format", "table", "output format: jsonl or table")
	cmd.Flags().BoolVar(&unknown, "unknown", false, "list people and organisations no dictionary resolves")
	cmd.Flags().IntVar(&limit, "limit", 50, "with --unknown: list at most this many")
	cmd.AddCommand(a.acceptCommand())
	return cmd
}

func (a *app) acceptCommand() *cobra.Command {
	var from string
	cmd := &cobra.Command{
		Use:   "accept NAME CODE [--from DATE]",
		Short: "Add an actor to your overlay dictionary",
		Long: `Record that NAME is the actor CODE (from DATE on, when given) in your overlay file
(--overlay, default ./sitrep-overlay.txt or $SITREP_OVERLAY). Later runs resolve it;
re-run 'sitrep ingest' on the articles to recode them.`,
		Example: `  sitrep actors accept "Hazem Sabbagh" SYRGOV --from 2025-01-01`,
		Args:    cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			var t time.Time
			if from != "" {
				var err error
				if t, err = time.Parse("2006-01-02", from); err != nil {
					return usageErrorf("--from %q: want YYYY-MM-DD", from)
				}
			}
			r, err := actor.Load(actor.Options{Overlay: a.overlay, Dirs: a.dictDirs, Log: a.log})
			if err != nil {
				return err
			}
			if err := r.Accept(a.overlay, args[0], strings.ToUpper(args[1]), t); err != nil {
				return err
			}
			fmt.Fprintf(a.stderr, "%s → %s written to %s\n", args[0], strings.ToUpper(args[1]), a.overlay)
			return nil
		},
	}
	cmd.Flags().StringVar(&from, "from", "", "first day the code applies (YYYY-MM-DD)")
	return cmd
}

// listUnknown runs discovery over the stored analyses.
func (a *app) listUnknown(ctx context.Context, db store, format string, limit int) error {
	g, err := place.Load()
	if err != nil {
		return err
	}
	r, err := actor.Load(actor.Options{Overlay: a.overlay, Dirs: a.dictDirs, Log: a.log,
		IsPlace: func(name string) bool { return len(g.Lookup(name)) > 0 }})
	if err != nil {
		return err
	}
	docs, err := db.Documents(ctx, sitrep.DocumentFilter{})
	if err != nil {
		return err
	}
	var tally actor.Tally
	for _, d := range docs {
		an, err := db.Analysis(ctx, d.ID)
		if errors.Is(err, sitrep.ErrNotFound) {
			continue
		}
		if err != nil {
			return err
		}
		tally.Add(d, an.Sentences, r.Discover(d, an.Sentences))
	}
	top := tally.Top(limit)
	if format == "jsonl" {
		return writeJSONL(a.stdout, top)
	}
	tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tTYPE\tMENTIONS\tDOCS\tSUGGEST\tROLES\tEXAMPLE")
	for _, u := range top {
		ex := ""
		if len(u.Examples) > 0 {
			ex = u.Examples[0]
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%s\t%s\t%s\n", clip(u.Name, 30), u.Type, u.Mentions, len(u.Docs), dash(u.Suggest),
			clip(strings.Join(u.Roles, "; "), 30), clip(strings.Join(strings.Fields(ex), " "), 70))
	}
	return tw.Flush()
}
