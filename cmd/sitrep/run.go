package main

import (
	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep/event/codebook"
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
			sum, err := a.ingest(cmd, db, &f, args)
			if err != nil {
				return err
			}
			a.printSummary(sum)
			if err := report.Write(ctx, a.stdout, db, cameoLabel()); err != nil {
				return err
			}
			if err := a.writeWatches(ctx, db, a.stdout); err != nil {
				return err
			}
			return summaryExit(sum)
		},
	}
	f.register(cmd)
	return cmd
}

// cameoLabel names CAMEO codes from the codebook, or leaves them bare if it cannot load.
func cameoLabel() report.Labeler {
	book, err := codebook.Default()
	if err != nil {
		return nil
	}
	return func(code string) string {
		c, ok := book.Lookup(code)
		if !ok {
			return ""
		}
		return c.Name
	}
}
