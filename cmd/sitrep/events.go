package main

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep"
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
	cmd := &cobra.Command{
		Use:   "actors [--db FILE] [--format jsonl|table]",
		Short: "List the actors mentioned in stored articles",
		Long: `List the actors resolved in stored articles, most mentioned first: code, name,
the surface forms seen (aliases), number of mentions, documents, and the first and
last publication dates they were seen on.`,
		Example: `  sitrep actors --format table`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := validFormat(format, "jsonl", "table"); err != nil {
				return err
			}
			db, err := a.openStore(cmd.Context())
			if err != nil {
				return err
			}
			defer db.Close()
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
	return cmd
}
