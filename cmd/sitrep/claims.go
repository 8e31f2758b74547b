package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

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
	var f claim.Filter
	cmd := &cobra.Command{
		Use:   "claims [--db FILE] [--format jsonl|table] [--rebuild] [filters] [--limit N] [--offset N]",
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

The filters are those of the workbench's /api/claims and apply to the claims as
listed, after counter-attribution (a claim blamed on two parties is one contested
claim): --actor (a code or code prefix, source or target), --outlet (an outlet
that asserts, attributes or contradicts the claim), --from/--to (dates, inclusive;
a claim dated to a month or a year is kept when its period meets the range, an
undated one is left out), --status, --story, --doc and --min-outlets. --limit and
--offset page the result (no limit by default). The store filters and pages when
its claims are stored and current; otherwise every claim is computed first.

jsonl prints the claim JSON Lines contract of DESIGN.md.`,
		Example: `  sitrep claims --format table
  sitrep claims --status contested --actor SYR --format jsonl
  sitrep claims --outlet "Levant Wire" --from 2025-03-01 --to 2025-03-31
  sitrep claims --min-outlets 2 --limit 50 --offset 100
  sitrep claims --story "SYR|USA" --doc article-004`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := validFormat(format, "jsonl", "table"); err != nil {
				return err
			}
			f.Actor = strings.ToUpper(f.Actor)
			if err := validClaimFilter(f); err != nil {
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
			claims, stale, err := claimPage(ctx, db, f)
			if err != nil {
				return err
			}
			a.staleNotice(stale)
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
	cmd.Flags().StringVar(&f.Actor, "actor", "", "only claims whose source or target code begins with this (SYR selects SYRGOV and SYRMIL)")
	cmd.Flags().StringVar(&f.Outlet, "outlet", "", "only claims this outlet asserts, attributes or contradicts")
	cmd.Flags().StringVar(&f.From, "from", "", "only claims dated on or after this day (2025-03-01)")
	cmd.Flags().StringVar(&f.To, "to", "", "only claims dated on or before this day (2025-03-31)")
	cmd.Flags().StringVar(&f.Status, "status", "", "only claims of this status: corroborated, single-source or contested")
	cmd.Flags().StringVar(&f.Story, "story", "", `only claims of this story, an actor pair ("SYR|USA")`)
	cmd.Flags().StringVar(&f.Doc, "doc", "", "only claims this document asserts, attributes or contradicts")
	cmd.Flags().IntVar(&f.MinOutlets, "min-outlets", 0, "only claims at least this many independent outlets stand behind")
	cmd.Flags().IntVar(&f.Limit, "limit", 0, "print at most this many claims (0: all)")
	cmd.Flags().IntVar(&f.Offset, "offset", 0, "skip this many claims first")
	return cmd
}

// validClaimFilter checks the claims filters as /api/claims checks its query.
func validClaimFilter(f claim.Filter) error {
	switch f.Status {
	case "", sitrep.StatusCorroborated, sitrep.StatusSingleSource, sitrep.StatusContested:
	default:
		return usageErrorf("--status %q: want corroborated, single-source or contested", f.Status)
	}
	if f.Story != "" {
		if _, err := claim.ParseStory(f.Story); err != nil {
			return usageErrorf("--story: %v", err)
		}
	}
	for _, d := range []struct{ name, v string }{{"from", f.From}, {"to", f.To}} {
		if _, err := time.Parse("2006-01-02", d.v); d.v != "" && err != nil {
			return usageErrorf("--%s %q: want a date, 2016-08-17", d.name, d.v)
		}
	}
	for _, n := range []struct {
		name string
		v    int
	}{{"min-outlets", f.MinOutlets}, {"limit", f.Limit}, {"offset", f.Offset}} {
		if n.v < 0 {
			return usageErrorf("--%s %d: want a non-negative integer", n.name, n.v)
		}
	}
	return nil
}

// claimPage returns the claims f selects after counter-attribution, and how many
// documents' claims were computed rather than read (see pipeline.Claims). A store
// whose claims are all stored pages them itself (claim.Page reads the page's claims
// and those counter-attribution links to them); otherwise every claim is computed
// from the events, Counter runs over all of them and f applies to the result.
// A Limit of 0 lists every claim.
func claimPage(ctx context.Context, db store, f claim.Filter) ([]sitrep.Claim, int, error) {
	if l, ok := db.(claim.Lister); ok {
		if r, ok := db.(pipeline.ClaimReader); ok {
			ids, err := r.StaleClaimState(ctx)
			if err != nil {
				return nil, 0, fmt.Errorf("claims: %w", err)
			}
			if len(ids) == 0 {
				claims, err := claim.Page(ctx, l, f, pipeline.ClaimOptions())
				if err != nil {
					return nil, 0, fmt.Errorf("claims: %w", err)
				}
				return claims, 0, nil
			}
		}
	}
	all, stale, err := pipeline.Claims(ctx, db, claim.Filter{})
	if err != nil {
		return nil, 0, fmt.Errorf("claims: %w", err)
	}
	// Counter-attributions cross stories, which are stored apart.
	evs, err := db.Events(ctx, sitrep.EventFilter{})
	if err != nil {
		return nil, 0, fmt.Errorf("claims: events: %w", err)
	}
	claims := []sitrep.Claim{}
	for _, c := range claim.Counter(all, evs, pipeline.ClaimOptions()) {
		if f.Selects(c) {
			claims = append(claims, c)
		}
	}
	claims = claims[min(f.Offset, len(claims)):]
	if f.Limit > 0 {
		claims = claims[:min(f.Limit, len(claims))]
	}
	return claims, stale, nil
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
