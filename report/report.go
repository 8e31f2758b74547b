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
	"github.com/sitrep-dev/sitrep/claim"
)

// Source is what the report reads from.
type Source interface {
	Documents(ctx context.Context, f sitrep.DocumentFilter) ([]*sitrep.Document, error)
	Events(ctx context.Context, f sitrep.EventFilter) ([]sitrep.Event, error)
	Actors(ctx context.Context) ([]sitrep.Actor, error)
}

// Labeler names CAMEO codes ("062" → "Cooperate militarily"); nil leaves codes bare.
type Labeler func(code string) string

// Write renders the report for what src holds.
func Write(ctx context.Context, w io.Writer, src Source, label Labeler) error {
	docs, err := src.Documents(ctx, sitrep.DocumentFilter{})
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}
	actors, err := src.Actors(ctx)
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}
	events, err := src.Events(ctx, sitrep.EventFilter{})
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}
	if label == nil {
		label = func(string) string { return "" }
	}
	var b strings.Builder
	b.WriteString("SITUATION REPORT\n================\n\n")
	writeSources(&b, docs)
	writeActors(&b, actors)
	writeClaims(&b, claim.Build(events, docs, claim.Options{Label: label}))
	writeEvents(&b, events, label)
	_, err = io.WriteString(w, b.String())
	return err
}

const topClaims = 8

// writeClaims puts what several independent outlets agree on first, then what is
// disputed, then a count of what rests on one source.
func writeClaims(b *strings.Builder, claims []sitrep.Claim) {
	if len(claims) == 0 {
		return
	}
	count := map[string]int{}
	for _, c := range claims {
		count[c.Status]++
	}
	fmt.Fprintf(b, "\nClaims: %d corroborated by independent outlets, %d contested, %d single-source (sitrep claims).\n",
		count[sitrep.StatusCorroborated], count[sitrep.StatusContested], count[sitrep.StatusSingleSource])
	shown := 0
	for _, status := range []string{sitrep.StatusCorroborated, sitrep.StatusContested} {
		for _, c := range claims {
			if c.Status != status || shown == topClaims {
				continue
			}
			shown++
			fmt.Fprintf(b, "  [%s, %d independent] %s, %s\n", c.Status, c.IndependentOutlets, c.Summary, orDash(c.Event.Date))
			for _, p := range c.Positions {
				if p.Stance == sitrep.StanceOmits {
					continue
				}
				who := p.Stance
				if p.AttributedTo != "" {
					who += " (" + p.AttributedTo + ")"
				}
				fmt.Fprintf(b, "      %-24s %-12s “%s”\n", clip(orDash(p.Outlet), 24), who, clip(strings.Join(strings.Fields(p.Sentence), " "), 90))
			}
		}
	}
}

const topActors = 12

func writeActors(b *strings.Builder, actors []sitrep.Actor) {
	if len(actors) == 0 {
		return
	}
	b.WriteString("\nMain actors (mentions, documents):\n")
	for i, a := range actors {
		if i == topActors {
			fmt.Fprintf(b, "  … and %d more (sitrep actors)\n", len(actors)-topActors)
			break
		}
		fmt.Fprintf(b, "  %-12s %-34s %4d  %s\n", a.Code, clip(orDash(a.Name), 34), a.Mentions, plural(len(a.Docs), "document"))
	}
}

const (
	topDyads      = 10
	eventsPerDyad = 4
)

// writeEvents groups events by directed dyad, busiest first, and cites each event's
// sentence and outlet so that every line of the report can be checked.
func writeEvents(b *strings.Builder, events []sitrep.Event, label Labeler) {
	if len(events) == 0 {
		b.WriteString("\nNo events coded.\n")
		return
	}
	type dyad struct {
		key         string
		events      []sitrep.Event
		coop, confl int
	}
	byKey := map[string]*dyad{}
	var dyads []*dyad
	for _, e := range events {
		k := orDash(e.Source.Code) + " → " + orDash(e.Target.Code)
		d := byKey[k]
		if d == nil {
			d = &dyad{key: k}
			byKey[k] = d
			dyads = append(dyads, d)
		}
		d.events = append(d.events, e)
		if e.Quad <= 2 {
			d.coop++
		} else {
			d.confl++
		}
	}
	// Ties by dyad, not by arrival, so that the report does not depend on the order
	// documents were stored in (one worker or many).
	sort.SliceStable(dyads, func(i, j int) bool {
		if len(dyads[i].events) != len(dyads[j].events) {
			return len(dyads[i].events) > len(dyads[j].events)
		}
		return dyads[i].key < dyads[j].key
	})
	fmt.Fprintf(b, "\nEvents: %s coded, %s. Busiest relationships:\n", plural(len(events), "event"), plural(len(dyads), "relationship"))
	for i, d := range dyads {
		if i == topDyads {
			fmt.Fprintf(b, "\n  … and %d more relationships (sitrep events)\n", len(dyads)-topDyads)
			break
		}
		fmt.Fprintf(b, "\n  %s: %s (%d cooperative, %d conflictual)\n", d.key, plural(len(d.events), "event"), d.coop, d.confl)
		for j, e := range d.events {
			if j == eventsPerDyad {
				fmt.Fprintf(b, "    … %d more\n", len(d.events)-eventsPerDyad)
				break
			}
			what := e.CAMEO
			if l := label(e.CAMEO); l != "" {
				what += " " + l
			}
			mode := ""
			if e.Mode != "" && e.Mode != sitrep.ModeOccurred {
				mode = " [" + e.Mode + "]"
			}
			if e.AttributedTo != nil && e.AttributedTo.Text != "" {
				mode += " according to " + e.AttributedTo.Text
			}
			fmt.Fprintf(b, "    %-10s %s%s\n               “%s” — %s (%s)\n", orDash(e.Date), what, mode,
				clip(strings.Join(strings.Fields(e.Sentence), " "), 110), orDash(e.Outlet), e.Doc)
		}
	}
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
	fmt.Fprintf(b, "Sources: %s from %s — %s, %s of other outlets, %s",
		plural(len(docs), "document"), plural(len(outlets), "outlet"), plural(independent, "independent report"),
		plural(derivative, "summary"), plural(dups, "near-duplicate copy"))
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

// plural writes "1 event", "2 events", "2 summaries", "2 copies".
func plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, noun)
	}
	switch {
	case strings.HasSuffix(noun, "y") && !strings.HasSuffix(noun, "ey"):
		noun = noun[:len(noun)-1] + "ies"
	default:
		noun += "s"
	}
	return fmt.Sprintf("%d %s", n, noun)
}
