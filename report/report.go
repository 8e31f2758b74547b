// Package report renders the situation report that `sitrep run` prints: what the store
// holds, which sources are independent, and — as the analysis stages land — the main
// actors, events and claims, each citing its sentence and outlet.
package report

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/sitrep-dev/sitrep"
)

// Source is what the report reads from.
type Source interface {
	Documents(ctx context.Context, f sitrep.DocumentFilter) ([]*sitrep.Document, error)
}

// Write renders the report for the documents in src.
func Write(ctx context.Context, w io.Writer, src Source) error {
	docs, err := src.Documents(ctx, sitrep.DocumentFilter{})
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}
	var b strings.Builder
	b.WriteString("SITUATION REPORT\n================\n\n")
	writeSources(&b, docs)
	_, err = io.WriteString(w, b.String())
	return err
}

// writeSources lists the outlets, separating independent reporting from copies and
// summaries: an analyst weighing a story needs to know how many independent voices
// carry it.
func writeSources(b *strings.Builder, docs []*sitrep.Document) {
	var independent, derivative, dups, skipped int
	outlets := map[string]int{}
	for _, d := range docs {
		switch {
		case d.Status != sitrep.StatusOK:
			skipped++
		case d.DuplicateOf != "":
			dups++
		case d.Upstream != "":
			derivative++
		default:
			independent++
		}
		o := d.Outlet
		if o == "" {
			o = "(unknown outlet)"
		}
		outlets[o]++
	}
	fmt.Fprintf(b, "Sources: %d documents from %d outlets — %d independent reports, %d summaries of other outlets, %d near-duplicate copies",
		len(docs), len(outlets), independent, derivative, dups)
	if skipped > 0 {
		fmt.Fprintf(b, ", %d not analysed (not English or empty)", skipped)
	}
	b.WriteString(".\n\n")

	dates := make([]string, 0, len(docs))
	for _, d := range docs {
		if d.Published != "" {
			dates = append(dates, d.Published)
		}
	}
	sort.Strings(dates)
	if len(dates) > 0 {
		fmt.Fprintf(b, "Period: %s to %s\n\n", dates[0], dates[len(dates)-1])
	}

	sorted := append([]*sitrep.Document(nil), docs...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Published < sorted[j].Published })
	b.WriteString("Documents:\n")
	for _, d := range sorted {
		fmt.Fprintf(b, "  %-10s %-28s %s", orDash(d.Published), clip(orDash(d.Outlet), 28), clip(d.Title, 70))
		switch {
		case d.DuplicateOf != "":
			fmt.Fprintf(b, "  [copy of %s]", d.DuplicateOf)
		case d.Upstream != "":
			fmt.Fprintf(b, "  [summarises %s]", d.Upstream)
		}
		if d.Status != sitrep.StatusOK {
			fmt.Fprintf(b, "  [%s]", d.Status)
		}
		b.WriteString("\n")
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
