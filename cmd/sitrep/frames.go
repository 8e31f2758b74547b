package main

import (
	"fmt"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep/pipeline"
)

func (a *app) framesCommand() *cobra.Command {
	var format, actor, by string
	var rebuild bool
	cmd := &cobra.Command{
		Use:   "frames [--db FILE] [--format jsonl|table] [--actor PREFIX] [--rebuild]",
		Short: "How each outlet frames each actor: tone, conflict share, loaded labels",
		Long: `For each outlet and actor: the mean tone (-1..1, VADER lexicon; words
near the actor's mention in the sentence's tree count most, and the actor's own
quoted words not at all) of the outlet's sentences that mention the actor, the share of the actor's events in that outlet that are conflictual, and
the loaded labels it attaches to the actor ("terrorists", "regime",
"resistance"). jsonl adds the evidence sentences behind each score.

Each article's share of the frames is stored as it arrives and the shares are added
up here; a store filled by an older sitrep has none stored, and they are then
computed from the analyses (--rebuild stores them).`,
		Example: `  sitrep frames --actor USA`,
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
			switch by {
			case "country", "code":
			default:
				return usageErrorf("--by %q: want code or country", by)
			}
			if rebuild {
				if err := a.rebuildClaims(ctx, db); err != nil {
					return err
				}
			}
			frames, stale, err := pipeline.Frames(ctx, db, by, strings.ToUpper(actor))
			if err != nil {
				return err
			}
			a.staleNotice(stale)
			if format == "jsonl" {
				return writeJSONL(a.stdout, frames)
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ACTOR\tOUTLET\tTONE\tSENTENCES\tCOOP\tCONFLICT\tLABELS")
			for _, f := range frames {
				var labels []string
				for l, n := range f.Labels {
					labels = append(labels, fmt.Sprintf("%s×%d", l, n))
				}
				sort.Strings(labels)
				fmt.Fprintf(tw, "%s\t%s\t%+.2f\t%d\t%d\t%d\t%s\n", f.Actor, clip(f.Outlet, 30), f.Tone, f.Sentences,
					f.Cooperation, f.Conflict, strings.Join(labels, " "))
			}
			return tw.Flush()
		},
	}
	cmd.Flags().StringVar(&format, "format", "table", "output format: jsonl or table")
	cmd.Flags().StringVar(&actor, "actor", "", "only actors whose code starts with this")
	cmd.Flags().BoolVar(&rebuild, "rebuild", false, "recompute and store every claim and frame from the stored events and analyses")
	cmd.Flags().StringVar(&by, "by", "code", "group actors by full code or by country (SYRGOV, SYRMIL → SYR)")
	return cmd
}
