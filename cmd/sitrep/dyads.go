package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/country"
	"github.com/sitrep-dev/sitrep/dyad"
	"github.com/sitrep-dev/sitrep/frame"
)

func groupBy(by string) (func(string) string, error) {
	switch by {
	case "country":
		return frame.ByCountry, nil
	case "code":
		return nil, nil
	}
	return nil, usageErrorf("--by %q: want code or country", by)
}

func (a *app) dyadsCommand() *cobra.Command {
	var format, by string
	cmd := &cobra.Command{
		Use:   "dyads [--db FILE] [--format jsonl|table] [--by country|code]",
		Short: "Relationships between pairs of actors over time, with shift warnings",
		Long: fmt.Sprintf(`For each pair of actors: events per week with their Goldstein sum and the balance
of cooperation and conflict. A dyad whose latest week's mean Goldstein score moves
%.0f points or more from the weeks before is flagged deteriorating or improving.
--by country (the default) groups SYRGOV, SYRMIL, ... under SYR.`, dyad.ShiftThreshold),
		Example: `  sitrep dyads
  sitrep dyads --format jsonl --by code`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := validFormat(format, "jsonl", "table"); err != nil {
				return err
			}
			group, err := groupBy(by)
			if err != nil {
				return err
			}
			db, err := a.openStore(cmd.Context())
			if err != nil {
				return err
			}
			defer db.Close()
			weeks, err := db.TallyEvents(cmd.Context(), sitrep.EventFilter{}, dyad.Keys...)
			if err != nil {
				return err
			}
			ds := dyad.FromTallies(weeks, group)
			if format == "jsonl" {
				return writeJSONL(a.stdout, ds)
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "DYAD\tEVENTS\tCOOP\tCONFLICT\tMEAN GOLDSTEIN\tWEEKS\tSHIFT\tFLAG")
			for _, d := range ds {
				fmt.Fprintf(tw, "%s–%s\t%d\t%d\t%d\t%+.2f\t%d\t%+.2f\t%s\n", d.A, d.B, d.Events, d.Cooperation, d.Conflict,
					d.Goldstein, len(d.Weeks), d.Shift, dash(d.Flag))
			}
			return tw.Flush()
		},
	}
	cmd.Flags().StringVar(&format, "format", "table", "output format: jsonl or table")
	cmd.Flags().StringVar(&by, "by", "country", "group actors by country or by full code")
	return cmd
}

func (a *app) watchCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "watch add|rm|list [A B]",
		Short: "Keep a watchlist of actor pairs that run and ingest report on",
		Long: `Keep a watchlist of actor pairs (country or full codes). After every 'sitrep run'
and 'sitrep ingest', each watched pair's relationship is summarised, with a warning
when it shifts sharply (see 'sitrep dyads --help').`,
		Example: `  sitrep watch add USA SYR
  sitrep watch list
  sitrep watch rm USA SYR`,
	}
	pair := func(f func(ctx context.Context, db watcher, a, b string) error) func(*cobra.Command, []string) error {
		return func(cmd *cobra.Command, args []string) error {
			db, err := a.openStore(cmd.Context())
			if err != nil {
				return err
			}
			defer db.Close()
			w, ok := db.(watcher)
			if !ok {
				return fmt.Errorf("the watchlist is kept only in the SQLite store so far")
			}
			return f(cmd.Context(), w, args[0], args[1])
		}
	}
	add := &cobra.Command{Use: "add A B", Short: "Watch the pair A–B", Args: cobra.ExactArgs(2),
		RunE: pair(func(ctx context.Context, db watcher, x, y string) error { return db.AddWatch(ctx, x, y) })}
	rm := &cobra.Command{Use: "rm A B", Short: "Stop watching A–B", Args: cobra.ExactArgs(2),
		RunE: pair(func(ctx context.Context, db watcher, x, y string) error {
			ok, err := db.RemoveWatch(ctx, x, y)
			if err == nil && !ok {
				fmt.Fprintf(a.stderr, "%s–%s was not on the watchlist\n", x, y)
			}
			return err
		})}
	list := &cobra.Command{Use: "list", Short: "List watched pairs", Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			db, err := a.openStore(cmd.Context())
			if err != nil {
				return err
			}
			defer db.Close()
			return a.writeWatches(cmd.Context(), db, a.stdout)
		}}
	cmd.AddCommand(add, rm, list)
	return cmd
}

// writeWatches summarises each watched pair's relationship.
func (a *app) writeWatches(ctx context.Context, db store, w io.Writer) error {
	wl, ok := db.(watcher)
	if !ok {
		return nil
	}
	watches, err := wl.Watches(ctx)
	if err != nil || len(watches) == 0 {
		return err
	}
	weeks, err := db.TallyEvents(ctx, sitrep.EventFilter{}, dyad.Keys...)
	if err != nil {
		return err
	}
	byCountry := map[[2]string]dyad.Dyad{}
	byCode := map[[2]string]dyad.Dyad{}
	for _, d := range dyad.FromTallies(weeks, frame.ByCountry) {
		byCountry[[2]string{d.A, d.B}] = d
	}
	for _, d := range dyad.FromTallies(weeks, nil) {
		byCode[[2]string{d.A, d.B}] = d
	}
	fmt.Fprintln(w, "\nWatchlist:")
	for _, p := range watches {
		// A pair of countries watches every actor of both; anything else its codes.
		d, ok := byCode[p]
		if country.IsCode(p[0]) && country.IsCode(p[1]) {
			d, ok = byCountry[p]
		}
		if !ok {
			fmt.Fprintf(w, "  %s–%s: no events yet\n", p[0], p[1])
			continue
		}
		flag := ""
		if d.Flag != "" {
			flag = fmt.Sprintf("  ⚠ %s (%+.1f in the latest week)", strings.ToUpper(d.Flag), d.Shift)
		}
		fmt.Fprintf(w, "  %s–%s: %d events (%d cooperative, %d conflictual), mean Goldstein %+.2f%s\n",
			p[0], p[1], d.Events, d.Cooperation, d.Conflict, d.Goldstein, flag)
	}
	return nil
}
