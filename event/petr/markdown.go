package petr

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// causes are the kinds of failure reasons, in the order the report lists them,
// with what each means.
var causes = []struct{ key, prefix, means string }{
	{"actor", "actor", "an expected actor code was not found: actor or agent dictionary reading, or how agents compose with actors"},
	{"roles", "roles", "the event code was produced, but between other actors: source or target placement (passives, coordination, clauses, pattern markers)"},
	{"code", "code", "the right actors got another code: pattern choice"},
	{"no event", "no event", "no event between the expected actors: the verb or pattern did not match, or no target was found"},
	{"error", "error", "an error record (bad parse, dateline, discard) that was not detected"},
	{"extra", "extra events", "every expected coding was produced, with further events PETRARCH does not report"},
	{"unexpected", "events where none are expected", "events in a record that expects none"},
	{"parse", "parse", "the record's tree could not be read"},
	{"other", "", "anything else"},
}

func causeOf(reason string) string {
	for _, c := range causes {
		if c.prefix != "" && strings.HasPrefix(reason, c.prefix) {
			return c.key
		}
	}
	return "other"
}

// WriteMarkdown writes the report as the Markdown of event/petr/FAILURES.md: the
// totals, a table per category with why its codings fail, and every failing record
// with its reasons. command is the command line that regenerates the file.
func (r Report) WriteMarkdown(w io.Writer, command string) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# PETRARCH unit-test records: what fails and why\n\n")
	fmt.Fprintf(&b, "Generated; do not edit by hand. Regenerate from the repository root with\n\n    %s\n\n", command)
	fmt.Fprintf(&b, "Records %d, expected codings %d, reproduced %d (%.1f%%); records passed %d; records expecting no event left without one %d/%d.\n\n",
		r.Records, r.Codings, r.Reproduced, 100*r.Share(), r.Passed, r.NoEventOK, r.NoEvent)
	// per category: failure reasons by cause
	byCat := map[string]map[string]int{}
	for _, f := range r.Failures {
		m := byCat[f.Category]
		if m == nil {
			m = map[string]int{}
			byCat[f.Category] = m
		}
		for _, rs := range f.Reasons {
			m[causeOf(rs)]++
		}
	}
	fmt.Fprintf(&b, "## Per category\n\n")
	fmt.Fprintf(&b, "| Category | Records | Passed | Codings | Reproduced | Share | Why it fails (reasons by cause) |\n")
	fmt.Fprintf(&b, "|---|---:|---:|---:|---:|---:|---|\n")
	for _, c := range r.Categories {
		share := "–"
		if c.Codings > 0 {
			share = fmt.Sprintf("%.0f%%", 100*float64(c.Reproduced)/float64(c.Codings))
		}
		var why []string
		for _, cs := range causes {
			if n := byCat[c.Name][cs.key]; n > 0 {
				why = append(why, fmt.Sprintf("%s %d", cs.key, n))
			}
		}
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %d | %s | %s |\n", c.Name, c.Records, c.Passed, c.Codings, c.Reproduced, share, mdCell(strings.Join(why, ", ")))
	}
	fmt.Fprintf(&b, "\nCauses (one reason per missed coding, or per record for extra events):\n\n")
	for _, cs := range causes {
		fmt.Fprintf(&b, "- **%s**: %s.\n", cs.key, cs.means)
	}
	fmt.Fprintf(&b, "\n## Failing records\n\n")
	fmt.Fprintf(&b, "| Record | Category | Expected | Got | Why |\n|---|---|---|---|---|\n")
	fails := append([]Failure(nil), r.Failures...)
	sort.SliceStable(fails, func(i, j int) bool { return fails[i].Category < fails[j].Category })
	for _, f := range fails {
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s |\n", mdCell(f.ID), mdCell(f.Category), mdCell(strings.Join(f.Expected, "; ")),
			mdCell(strings.Join(f.Got, "; ")), mdCell(strings.Join(f.Reasons, "; ")))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// mdCell escapes a table cell: pipes and line breaks would break the row.
func mdCell(s string) string {
	s = strings.ReplaceAll(s, "|", `\|`)
	s = strings.ReplaceAll(s, "\n", " ")
	if s == "" {
		return "–"
	}
	return s
}
