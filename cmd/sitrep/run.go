package main

import (
	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep/report"
)

func (a *app) runCommand() *cobra.Command {
	var f ingestFlags
	cmd := &cobra.Command{
		Use:   "run [--db FILE] PATH...",
		Short: "The main job: ingest articles, analyse them and print the situation report",
		Long: `Ingest the given articles into the store (see 'sitrep ingest --help' for the
inputs it reads), run every analysis stage over them, and print the situation
report: sources and their independence, and the main actors, events and claims,
each with the sentence and outlet it comes from.`,
		Example: `  sitrep run examples/storyline
  sitrep run --db seeds.db ../shared/corpus/seeds`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			db, err := a.openStore(ctx)
			if err != nil {
				return err
			}
			defer db.Close()
			sum, err := a.ingest(cmd, db, f.options(), args)
			if err != nil {
				return err
			}
			a.printSummary(sum)
			if err := report.Write(ctx, a.stdout, db); err != nil {
				return err
			}
			return summaryExit(sum)
		},
	}
	f.register(cmd)
	return cmd
}
