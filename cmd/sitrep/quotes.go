package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep"
)

func (a *app) quotesCommand() *cobra.Command {
	var format string
	var f sitrep.QuoteFilter
	cmd := &cobra.Command{
		Use:   "quotes [--db FILE] [--doc ID] [--speaker CODE] [--format jsonl|table]",
		Short: "List who said what in stored articles",
		Long: `List the quotes read from stored articles, in document order: the speaker
(resolved to an actor code when the dictionaries know them), the speech verb, whom it
was said to, and the words.

Kinds: direct (a quotation that is what was said: "…," X said), partial (quoted
words inside the outlet's own sentence: X called the move "a betrayal") and indirect
(reported speech: X said that …, according to X, …).

jsonl prints one quote per line with "span", a character offset pair into the
document's clean text; table prints document, speaker, code, verb, kind, target and
the words.`,
		Example: `  sitrep quotes --format table
  sitrep quotes --speaker USA --format jsonl
  sitrep quotes --doc 001_b6b1e4976b29ac24 --kind direct`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := validFormat(format, "jsonl", "table"); err != nil {
				return err
			}
			switch f.Kind {
			case "", sitrep.QuoteDirect, sitrep.QuotePartial, sitrep.QuoteIndirect:
			default:
				return usageErrorf("--kind %q: want direct, partial or indirect", f.Kind)
			}
			db, err := a.openStore(cmd.Context())
			if err != nil {
				return err
			}
			defer db.Close()
			qs, ok := db.(sitrep.QuoteStore)
			if !ok {
				return fmt.Errorf("the store %T does not keep quotes", db)
			}
			quotes, err := qs.Quotes(cmd.Context(), f)
			if err != nil {
				return err
			}
			if format == "jsonl" {
				return writeJSONL(a.stdout, quotes)
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "DOC\tSPEAKER\tCODE\tVERB\tKIND\tTARGET\tWORDS")
			for _, q := range quotes {
				target := ""
				if q.Target != nil {
					target = q.Target.Text
					if q.Target.Code != "" {
						target += " (" + q.Target.Code + ")"
					}
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", clip(q.Doc, 24), clip(q.Speaker.Text, 30), dash(q.Speaker.Code),
					q.Verb, q.Kind, dash(clip(target, 24)), clip(q.Text, 80))
			}
			return tw.Flush()
		},
	}
	cmd.Flags().StringVar(&format, "format", "table", "output format: jsonl or table")
	cmd.Flags().StringVar(&f.Doc, "doc", "", "only quotes of this document")
	cmd.Flags().StringVar(&f.Speaker, "speaker", "", "only quotes whose speaker code starts with this")
	cmd.Flags().StringVar(&f.Kind, "kind", "", "only quotes of this kind: direct, partial or indirect")
	cmd.Flags().IntVar(&f.Limit, "limit", 0, "list at most this many (0: all)")
	return cmd
}
