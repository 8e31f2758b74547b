package main

import (
	"bufio"

	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/export"
)

func (a *app) exportCommand() *cobra.Command {
	var format string
	var f sitrep.EventFilter
	cmd := &cobra.Command{
		Use:   "export [--db FILE] --format csv|gdelt|plover|gexf|graphml",
		Short: "Export stored events for other tools (CSV, GDELT TSV, PLOVER, Gephi networks)",
		Long: `Write the stored events in a format other tools read:

  csv      one row per event with a header (spreadsheets)
  gdelt    GDELT 2.0 event records: 61 tab-separated columns, blank where sitrep
           has no value
  plover   PLOVER JSON Lines (event_type, event_mode, event_context, actor,
           recipient, ...) with the sentence and document behind each event
  gexf     the actor network in GEXF 1.3 (opens in Gephi): edges weighted by events,
           with cooperation/conflict counts, mean Goldstein score and dates
  graphml  the same network in GraphML (Gephi, networkx, igraph)`,
		Example: `  sitrep export --format gdelt > events.tsv
  sitrep export --format gexf --actor SYR > syria.gexf`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if !export.Valid(format) {
				return usageErrorf("--format %q: want one of %v", format, export.Formats)
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
			w := bufio.NewWriter(a.stdout)
			if err := export.Write(w, format, evs, export.Options{}); err != nil {
				return err
			}
			return w.Flush()
		},
	}
	cmd.Flags().StringVar(&format, "format", "", "csv, gdelt, plover, gexf or graphml")
	cmd.MarkFlagRequired("format")
	cmd.Flags().StringVar(&f.Actor, "actor", "", "only events whose source or target code starts with this")
	cmd.Flags().StringVar(&f.Root, "root", "", "only events of this CAMEO root")
	return cmd
}
