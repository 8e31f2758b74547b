package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/claim"
	"github.com/sitrep-dev/sitrep/pipeline"
	"github.com/sitrep-dev/sitrep/postgres"
	"github.com/sitrep-dev/sitrep/sqlite"
)

// Both stores keep claims and frames up to date as articles arrive.
var (
	_ pipeline.ClaimReader = (*sqlite.DB)(nil)
	_ pipeline.ClaimReader = (*postgres.DB)(nil)
)

func (a *app) claimsCommand() *cobra.Command {
	var format string
	var rebuild bool
	cmd := &cobra.Command{
		Use:   "claims [--db FILE] [--format jsonl|table] [--rebuild]",
		Short: "Claims across outlets: corroborated, single-source or contested",
		Long: `Group the stored events of all articles into claims — one record per real-world
event — and show, for each, which outlets assert it, attribute it to a party,
contradict it or omit it, and how many independent outlets stand behind it (copies
and summaries of another outlet's report count once, under the original).

Claims are stored as articles arrive ('sitrep ingest', workers): each article
rebuilds only the records around its events' dates, in the event family and actor
pair of each event; stories and omissions are derived when claims are read. A
store filled by an older sitrep has none stored; they are then computed from the
events, and --rebuild stores them.

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
			if rebuild {
				if err := a.rebuildClaims(ctx, db); err != nil {
					return err
				}
			}
			claims, stale, err := pipeline.Claims(ctx, db, claim.Filter{})
			if err != nil {
				return err
			}
			a.staleNotice(stale)
			// Counter-attributions cross stories, which are stored apart.
			evs, err := db.Events(ctx, sitrep.EventFilter{})
			if err != nil {
				return fmt.Errorf("claims: events: %w", err)
			}
			claims = claim.Counter(claims, evs, pipeline.ClaimOptions())
			if format == "jsonl" {
				return writeJSONL(a.stdout, claims)
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "STATUS\tINDEP.\tDATE\tCLAIM\tVALUES\tPOSITIONS")
			for _, c := range claims {
				var pos []string
				for _, p := range c.Positions {
					s := p.Doc + ":" + p.Stance
					if p.AttributedTo != "" {
						s += "(" + p.AttributedTo + ")"
					}
					pos = append(pos, s)
				}
				fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\t%s\n", c.Status, c.IndependentOutlets, dash(c.Event.Date), clip(c.Summary, 60), dash(valuesColumn(c)), strings.Join(pos, " "))
			}
			return tw.Flush()
		},
	}
	cmd.Flags().StringVar(&format, "format", "table", "output format: jsonl or table")
	cmd.Flags().BoolVar(&rebuild, "rebuild", false, "recompute and store every claim and frame from the stored events and analyses")
	return cmd
}

// rebuildClaims recomputes the stored claims and frames from scratch.
func (a *app) rebuildClaims(ctx context.Context, db store) error {
	s, ok := db.(pipeline.CrossDocStore)
	if !ok {
		return fmt.Errorf("--rebuild: the store %T keeps no claims", db)
	}
	if err := pipeline.RebuildCrossDoc(ctx, s); err != nil {
		return fmt.Errorf("rebuild claims and frames: %w", err)
	}
	return nil
}

// staleNotice says when claims or frames were computed on the spot rather than read.
func (a *app) staleNotice(stale int) {
	if stale > 0 {
		fmt.Fprintf(a.stderr, "sitrep: %d analysed documents have no stored claims or frames (a store from an older sitrep?); computed from the events — run 'sitrep claims --rebuild' to store them\n", stale)
	}
}

// valuesColumn is a short form of a claim's value facts: each contested or
// corroborated count ("killed 19–31 ✗", "escaped 1,480–1,500 ✓"), a contested date
// or place, and who else is blamed. Single-source values are in the jsonl.
func valuesColumn(c sitrep.Claim) string {
	var out []string
	for _, v := range c.Values {
		mark := "✓"
		switch v.Status {
		case sitrep.StatusContested:
			mark = "✗"
		case sitrep.StatusSingleSource:
			continue
		}
		switch v.Kind {
		case sitrep.ValueCount:
			r := strconv.FormatFloat(v.Low, 'f', -1, 64)
			if v.High != v.Low {
				r += "–" + strconv.FormatFloat(v.High, 'f', -1, 64)
			}
			out = append(out, v.Unit+" "+r+" "+mark)
		case sitrep.ValueResponsibility:
			seen := map[string]bool{}
			var who []string
			for _, rep := range v.Reports {
				if !seen[rep.Value] {
					seen[rep.Value] = true
					who = append(who, rep.Value)
				}
			}
			out = append(out, "by "+strings.Join(who, "/")+" "+mark)
		default:
			if v.Status == sitrep.StatusContested {
				out = append(out, v.Kind+" "+mark)
			}
		}
	}
	return clip(strings.Join(out, "; "), 40)
}
