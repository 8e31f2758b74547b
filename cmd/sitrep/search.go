package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

func (a *app) searchCommand() *cobra.Command {
	var limit int
	var format string
	cmd := &cobra.Command{
		Use:   "search [--db FILE] QUERY",
		Short: "Full-text search over stored articles, with snippets",
		Long: `Search the clean text and titles of stored articles. Words are matched in any
order; put a phrase in double quotes to match it exactly. Each hit names the
document id and shows a snippet with the matched words marked.`,
		Example: `  sitrep search "weapon caches"
  sitrep search '"Syrian Ministry of Interior" cooperation'`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := validFormat(format, "jsonl", "table"); err != nil {
				return err
			}
			db, err := a.openStore(cmd.Context())
			if err != nil {
				return err
			}
			defer db.Close()
			hits, err := db.Search(cmd.Context(), strings.Join(args, " "), limit)
			if err != nil {
				return err
			}
			if format == "jsonl" {
				return writeJSONL(a.stdout, hits)
			}
			if len(hits) == 0 {
				fmt.Fprintln(a.stderr, "no matches")
				return nil
			}
			for _, h := range hits {
				title := h.Title
				if h.Outlet != "" {
					title += " — " + h.Outlet
				}
				fmt.Fprintf(a.stdout, "%s\t%s\n    %s\n", h.DocID, title, h.Snippet)
			}
			return nil
		},
	}
	cmd.Flags().IntVar(&limit, "limit", 20, "show at most this many hits")
	cmd.Flags().StringVar(&format, "format", "table", "output format: jsonl or table")
	return cmd
}
