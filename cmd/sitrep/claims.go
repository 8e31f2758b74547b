package main

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/claim"
)

func (a *app) claimsCommand() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "claims [--db FILE] [--format jsonl|table]",
		Short: "Claims across outlets: corroborated, single-source or contested",
		Long: `Group the stored events of all articles into claims — one record per real-world
event — and show, for each, which outlets assert it, attribute it to a party,
contradict it or omit it, and how many independent outlets stand behind it (copies
and summaries of another outlet's report count once, under the original).

jsonl prints the claim JSON Lines contract of DESIGN.md.`,
		Example: `  sitrep claims --format table`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := validFormat(format, "jsonl", "table"); err != nil {
				return err
			}
			ctx := cmd.Context()
			db, err := a.openStore(ctx)
			if err != nil {
				return err
			}
			defer db.Close()
			docs, err := db.Documents(ctx, sitrep.DocumentFilter{})
			if err != nil {
				return err
			}
			evs, err := db.Events(ctx, sitrep.EventFilter{})
			if err != nil {
				return err
			}
			claims := claim.Build(evs, docs, claim.Options{Label: cameoLabel()})
			if format == "jsonl" {
				return writeJSONL(a.stdout, claims)
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "STATUS\tINDEP.\tDATE\tCLAIM\tPOSITIONS")
			for _, c := range claims {
				var pos []string
				for _, p := range c.Positions {
					s := p.Doc + ":" + p.Stance
					if p.AttributedTo != "" {
						s += "(" + p.AttributedTo + ")"
					}
					pos = append(pos, s)
				}
				fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\n", c.Status, c.IndependentOutlets, dash(c.Event.Date), clip(c.Summary, 60), strings.Join(pos, " "))
			}
			return tw.Flush()
		},
	}
	cmd.Flags().StringVar(&format, "format", "table", "output format: jsonl or table")
	return cmd
}
