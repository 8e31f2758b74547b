package main

import (
	"fmt"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep/frame"
	"github.com/sitrep-dev/sitrep/pipeline"
)

func (a *app) framesCommand() *cobra.Command {
	var format, actor, by string
	var rebuild bool
	cmd := &cobra.Command{
		Use:   "frames [--db FILE] [--format jsonl|table] [--actor PREFIX] [--rebuild]",
		Short: "How each outlet frames each actor: tone, conflict share, loaded labels",
		Long: `For each outlet and actor: the mean tone (-1..1: a quarter a VADER
lexicon score, in which words near the actor's mention in the sentence's tree
count most and the actor's own quoted words not at all; three quarters a model
trained on news written and labelled for sitrep) of the outlet's sentences that mention the actor; the
actor's cooperative and conflictual events in that outlet, in all and by role: BY
the events it is the source of (what it does), ON those it is the target of (what
is done to it), so that strikes by an actor and strikes on it are told apart; and
the loaded labels it attaches to the actor ("terrorists", "regime",
"resistance"). jsonl adds the evidence sentences behind each score and the
conflictual shares (conflict_share, conflict_share_by, conflict_share_on).

Each article's share of the frames is stored as it arrives and the shares are added
up here. A store filled by an older sitrep has none stored, or has them from an
older tone scorer: they are then computed from the analyses, with a notice on
stderr (--rebuild stores them).`,
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
			a.frameStaleNotice(stale)
			if format == "jsonl" {
				return writeJSONL(a.stdout, frames)
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ACTOR\tOUTLET\tTONE\tSENTENCES\tCOOP\tCONFLICT\tBY COOP/CONFL\tON COOP/CONFL\tLABELS")
			for _, f := range frames {
				var labels []string
				for l, n := range f.Labels {
					labels = append(labels, fmt.Sprintf("%s×%d", l, n))
				}
				sort.Strings(labels)
				fmt.Fprintf(tw, "%s\t%s\t%+.2f\t%d\t%d\t%d\t%d/%d\t%d/%d\t%s\n", f.Actor, clip(f.Outlet, 30), f.Tone, f.Sentences,
					f.Cooperation, f.Conflict, f.CooperationBy, f.ConflictBy, f.CooperationOn, f.ConflictOn, strings.Join(labels, " "))
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

// frameStaleNotice says when frames were computed on the spot because some stored
// ones were missing or came from another tone scorer (frame.Version): the scores
// shown are this sitrep's either way, but reading them again costs as much.
func (a *app) frameStaleNotice(stale int) {
	if stale > 0 {
		fmt.Fprintf(a.stderr, "sitrep: %d analysed documents have no stored frames of this sitrep's tone scorer (frame version %d; a store from an older sitrep?); computed from the analyses — run 'sitrep frames --rebuild' to store them\n", stale, frame.Version)
	}
}
