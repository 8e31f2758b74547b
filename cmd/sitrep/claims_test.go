package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/claim"
)

// claimLine is one line of `sitrep claims --format jsonl`, kept verbatim so that
// two runs are compared byte for byte.
type claimLine struct {
	raw string
	c   sitrep.Claim
}

func claimLines(t *testing.T, out string) []claimLine {
	t.Helper()
	var ls []claimLine
	for _, line := range strings.Split(out, "\n") {
		if line == "" {
			continue
		}
		var c sitrep.Claim
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			t.Fatalf("claims jsonl: %v: %q", err, clip(line, 200))
		}
		ls = append(ls, claimLine{line, c})
	}
	return ls
}

// claimStores ingests dir into two stores: one as ingest leaves it (claims stored,
// read through claim.Page) and one whose claim state is deleted, as a store filled
// by an older sitrep (claims computed from the events, filtered afterwards).
func claimStores(t *testing.T, dir string) (fresh, stale string) {
	t.Helper()
	tmp := t.TempDir()
	fresh, stale = filepath.Join(tmp, "fresh.db"), filepath.Join(tmp, "stale.db")
	for _, db := range []string{fresh, stale} {
		if code, _, errs := sitrepCmd(t, "ingest", "--db", db, dir); code != 0 {
			t.Fatalf("ingest %s: exit %d: %s", dir, code, errs)
		}
	}
	raw, err := sql.Open("sqlite", stale)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	if _, err := raw.ExecContext(context.Background(), `DELETE FROM claim_state`); err != nil {
		t.Fatal(err)
	}
	return fresh, stale
}

// claimsCase is a filtered listing and what it must select, written here apart from
// claim.Filter.Selects so that the test checks the flags reach the filter.
type claimsCase struct {
	args          []string
	keep          func(sitrep.Claim) bool
	offset, limit int
}

func reportedBy(c sitrep.Claim, match func(sitrep.Position) bool) bool {
	return slices.ContainsFunc(c.Positions, func(p sitrep.Position) bool {
		return p.Stance != sitrep.StanceOmits && match(p)
	})
}

func storyIs(key string) func(sitrep.Claim) bool {
	return func(c sitrep.Claim) bool {
		st, ok := claim.StoryOf(sitrep.Event{Source: sitrep.EventActor{Code: c.Event.Source}, Target: sitrep.EventActor{Code: c.Event.Target}})
		return ok && st.Key() == key
	}
}

// checkClaimsFilters runs each case on both stores: the stored path (claim.Page,
// filtered and paged by the store) and the computed path must both print the
// unfiltered list's claims the case keeps, in its order, paged — and the case must
// keep some claims and, unless it only pages, leave some out, or it proves nothing.
func checkClaimsFilters(t *testing.T, fresh, stale string, cases []claimsCase) {
	t.Helper()
	code, out, errs := sitrepCmd(t, "claims", "--db", fresh, "--format", "jsonl")
	if code != 0 || errs != "" {
		t.Fatalf("claims: exit %d, stderr %q", code, errs)
	}
	all := claimLines(t, out)
	for _, tc := range cases {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			var want []string
			for _, l := range all {
				if tc.keep == nil || tc.keep(l.c) {
					want = append(want, l.raw)
				}
			}
			if len(want) == 0 || tc.keep != nil && len(want) == len(all) {
				t.Fatalf("the case keeps %d of %d claims: it tests nothing", len(want), len(all))
			}
			want = want[min(tc.offset, len(want)):]
			if tc.limit > 0 {
				want = want[:min(tc.limit, len(want))]
			}
			for _, db := range []struct {
				path   string
				notice bool
			}{{fresh, false}, {stale, true}} {
				code, out, errs := sitrepCmd(t, append([]string{"claims", "--db", db.path, "--format", "jsonl"}, tc.args...)...)
				if code != 0 {
					t.Fatalf("%s: exit %d: %s", filepath.Base(db.path), code, errs)
				}
				if got := strings.Contains(errs, "claims --rebuild"); got != db.notice {
					t.Errorf("%s: stale notice %v, want %v: %q", filepath.Base(db.path), got, db.notice, errs)
				}
				var got []string
				for _, l := range claimLines(t, out) {
					got = append(got, l.raw)
				}
				if !slices.Equal(got, want) {
					t.Errorf("%s: %d claims, want %d:\ngot  %s\nwant %s", filepath.Base(db.path), len(got), len(want),
						clip(strings.Join(got, "\n"), 600), clip(strings.Join(want, "\n"), 600))
				}
			}
		})
	}
}

// TestClaimsFilters holds the claims flags to the unfiltered listing on the
// storyline examples, whose claims are dated to days and to a month, reported and
// omitted by several outlets.
func TestClaimsFilters(t *testing.T) {
	fresh, stale := claimStores(t, filepath.Join("..", "..", "examples", "storyline"))
	checkClaimsFilters(t, fresh, stale, []claimsCase{
		{args: []string{"--actor", "USA"}, keep: func(c sitrep.Claim) bool {
			return strings.HasPrefix(c.Event.Source, "USA") || strings.HasPrefix(c.Event.Target, "USA")
		}},
		// Lower case as typed; codes are upper case.
		{args: []string{"--actor", "irqgov"}, keep: func(c sitrep.Claim) bool {
			return c.Event.Source == "IRQGOV" || c.Event.Target == "IRQGOV"
		}},
		// An outlet that omits a claim does not report it.
		{args: []string{"--outlet", "Tigris Daily"}, keep: func(c sitrep.Claim) bool {
			return reportedBy(c, func(p sitrep.Position) bool { return p.Outlet == "Tigris Daily" })
		}},
		{args: []string{"--doc", "levant-observer"}, keep: func(c sitrep.Claim) bool {
			return reportedBy(c, func(p sitrep.Position) bool { return p.Doc == "levant-observer" })
		}},
		{args: []string{"--from", "2026-03-12", "--to", "2026-03-13"}, keep: func(c sitrep.Claim) bool {
			return c.Event.Date >= "2026-03-12" && c.Event.Date <= "2026-03-13"
		}},
		// A claim dated to a month meets a range that begins inside it.
		{args: []string{"--from", "2026-04-10"}, keep: func(c sitrep.Claim) bool {
			return c.Event.Date == "2026-04" || c.Event.Date >= "2026-04-10"
		}},
		{args: []string{"--to", "2026-03-31"}, keep: func(c sitrep.Claim) bool {
			return c.Event.Date != "" && c.Event.Date <= "2026-03-31"
		}},
		{args: []string{"--story", "IRQ|USA"}, keep: storyIs("IRQ|USA")},
		{args: []string{"--status", "single-source", "--actor", "SYR"}, keep: func(c sitrep.Claim) bool {
			return c.Status == sitrep.StatusSingleSource && (strings.HasPrefix(c.Event.Source, "SYR") || strings.HasPrefix(c.Event.Target, "SYR"))
		}},
		{args: []string{"--limit", "4", "--offset", "3"}, offset: 3, limit: 4},
		{args: []string{"--offset", "10"}, offset: 10},
		{args: []string{"--actor", "IRQ", "--limit", "2", "--offset", "1"}, offset: 1, limit: 2, keep: func(c sitrep.Claim) bool {
			return strings.HasPrefix(c.Event.Source, "IRQ") || strings.HasPrefix(c.Event.Target, "IRQ")
		}},
	})
}

// TestClaimsFiltersSeeds adds what the storyline lacks: a corroborated claim, so
// that --status and --min-outlets select among statuses and outlet counts.
func TestClaimsFiltersSeeds(t *testing.T) {
	fresh, stale := claimStores(t, filepath.Join(shared(t), "corpus", "seeds"))
	checkClaimsFilters(t, fresh, stale, []claimsCase{
		{args: []string{"--status", "corroborated"}, keep: func(c sitrep.Claim) bool { return c.Status == sitrep.StatusCorroborated }},
		{args: []string{"--status", "single-source"}, keep: func(c sitrep.Claim) bool { return c.Status == sitrep.StatusSingleSource }},
		{args: []string{"--min-outlets", "2"}, keep: func(c sitrep.Claim) bool { return c.IndependentOutlets >= 2 }},
		{args: []string{"--actor", "USA", "--limit", "5", "--offset", "2"}, offset: 2, limit: 5, keep: func(c sitrep.Claim) bool {
			return strings.HasPrefix(c.Event.Source, "USA") || strings.HasPrefix(c.Event.Target, "USA")
		}},
	})
}

func TestClaimsFlagErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	for _, args := range [][]string{
		{"--status", "omitted"},
		{"--from", "2026-13-01"},
		{"--to", "March"},
		{"--story", "IRQ"},
		{"--min-outlets", "-1"},
		{"--limit", "-5"},
		{"--offset", "-1"},
	} {
		code, _, errs := sitrepCmd(t, append([]string{"claims", "--db", db}, args...)...)
		if code != exitUsage {
			t.Errorf("%v: exit %d, want %d (stderr %q)", args, code, exitUsage, errs)
		}
	}
}
