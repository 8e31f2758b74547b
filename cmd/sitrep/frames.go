package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/frame"
)

func (a *app) framesCommand() *cobra.Command {
	var format, actor, by string
	cmd := &cobra.Command{
		Use:   "frames [--db FILE] [--format jsonl|table] [--actor PREFIX]",
		Short: "How each outlet frames each actor: tone, conflict share, loaded labels",
		Long: `For each outlet and actor: the mean tone (-1..1, VADER lexicon; quoted words left
out, since they are somebody else's) of the outlet's sentences that mention the
actor, the share of the actor's events in that outlet that are conflictual, and
the loaded labels it attaches to the actor ("terrorists", "regime",
"resistance"). jsonl adds the evidence sentences behind each score.`,
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
			lex, err := frame.Default()
			if err != nil {
				return err
			}
			docs, err := db.Documents(ctx, sitrep.DocumentFilter{})
			if err != nil {
				return err
			}
			analyses := map[string]*sitrep.Analysis{}
			for _, d := range docs {
				an, err := db.Analysis(ctx, d.ID)
				if errors.Is(err, sitrep.ErrNotFound) {
					continue
				}
				if err != nil {
					return err
				}
				analyses[d.ID] = an
			}
			var frames []sitrep.Frame
			opts := frame.Options{}
			switch by {
			case "country":
				opts.Group = frame.ByCountry
			case "code":
			default:
				return usageErrorf("--by %q: want code or country", by)
			}
			for _, f := range frame.Build(lex, docs, analyses, opts) {
				if strings.HasPrefix(f.Actor, strings.ToUpper(actor)) {
					frames = append(frames, f)
				}
			}
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
	cmd.Flags().StringVar(&by, "by", "code", "group actors by full code or by country (SYRGOV, SYRMIL → SYR)")
	return cmd
}
