package main

import (
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep"
)

func validFormat(f string, allowed ...string) error {
	for _, a := range allowed {
		if f == a {
			return nil
		}
	}
	return usageErrorf("--format %q: want one of %v", f, allowed)
}

func (a *app) docsCommand() *cobra.Command {
	var format string
	var limit int
	cmd := &cobra.Command{
		Use:   "docs [--db FILE] [--format jsonl|table]",
		Short: "List the stored documents",
		Long: `List the documents in the store, in the order they were ingested.

jsonl prints one JSON object per document with its metadata (id, title, outlet,
byline, published, url, language, status, upstream, duplicate_of) and clean text;
table prints the metadata only.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := validFormat(format, "jsonl", "table"); err != nil {
				return err
			}
			db, err := a.openStore(cmd.Context())
			if err != nil {
				return err
			}
			defer db.Close()
			docs, err := db.Documents(cmd.Context(), sitrep.DocumentFilter{Limit: limit})
			if err != nil {
				return err
			}
			if format == "jsonl" {
				return writeJSONL(a.stdout, docs)
			}
			return writeDocTable(a.stdout, docs)
		},
	}
	cmd.Flags().StringVar(&format, "format", "table", "output format: jsonl or table")
	cmd.Flags().IntVar(&limit, "limit", 0, "list at most this many (0: all)")
	return cmd
}

func writeJSONL[T any](w io.Writer, items []T) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, it := range items {
		if err := enc.Encode(it); err != nil {
			return err
		}
	}
	return nil
}

func writeDocTable(w io.Writer, docs []*sitrep.Document) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tPUBLISHED\tOUTLET\tSTATUS\tLANG\tUPSTREAM\tDUPLICATE OF\tTITLE")
	for _, d := range docs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", d.ID, dash(d.Published), dash(clip(d.Outlet, 30)),
			d.Status, dash(d.Language), dash(d.Upstream), dash(d.DuplicateOf), clip(d.Title, 60))
	}
	return tw.Flush()
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// clip shortens s to at most n runes for table display.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
