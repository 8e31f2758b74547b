package main

import (
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/ingest"
	"github.com/sitrep-dev/sitrep/pipeline"
)

func (a *app) codeCommand() *cobra.Command {
	var f ingestFlags
	var format string
	cmd := &cobra.Command{
		Use:   "code [--format jsonl|table] PATH...",
		Short: "Code events from articles without a store, to stdout",
		Long: `Read articles (any input 'sitrep ingest' reads), run the NLP backbone, resolve
actors and code events, and print the events — nothing is stored.

jsonl prints the event JSON Lines contract (DESIGN.md): doc, sentence, span in
characters, source and target actors with codes, CAMEO code and root, quad class,
Goldstein score, PLOVER type and mode, mode, attribution, date, place and
quantities. ../shared/eval/score_events.py reads it.`,
		Example: `  sitrep code --format jsonl ../shared/corpus/seeds > events.jsonl
  python3 ../shared/eval/score_events.py ../shared/eval/seeds.gold.jsonl events.jsonl`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := validFormat(format, "jsonl", "table"); err != nil {
				return err
			}
			an, err := a.analyzer()
			if err != nil {
				return err
			}
			docs, failures := readDocs(cmd, f.options(), args)
			var tw *tabwriter.Writer
			if format == "table" {
				tw = tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
				fmt.Fprintln(tw, "DOC\tSOURCE\tCAMEO\tTARGET\tMODE\tDATE\tSENTENCE")
			}
			err = an.AnalyzeAll(docs, func(d *sitrep.Document, res *sitrep.Analysis) error {
				if tw != nil {
					writeEventRows(tw, res.Events)
					return nil
				}
				return writeJSONL(a.stdout, res.Events)
			})
			if tw != nil {
				tw.Flush()
			}
			if err != nil {
				return err
			}
			for _, fl := range failures {
				fmt.Fprintf(a.stderr, "  %s\n", fl.Error())
			}
			if len(failures) > 0 {
				return &exitError{code: exitPartial, err: fmt.Errorf("%d inputs failed", len(failures))}
			}
			return nil
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&format, "format", "jsonl", "output format: jsonl or table")
	return cmd
}

func writeEventRows(w io.Writer, evs []sitrep.Event) {
	for _, e := range evs {
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", clip(e.Doc, 24), dash(e.Source.Code), e.CAMEO,
			dash(e.Target.Code), e.Mode, dash(e.Date), clip(e.Sentence, 80))
	}
}

// readDocs reads every input into memory without storing it, collecting failures.
func readDocs(cmd *cobra.Command, opts ingest.Options, inputs []string) ([]*sitrep.Document, []pipeline.Failure) {
	var docs []*sitrep.Document
	var failures []pipeline.Failure
	for _, in := range inputs {
		err := ingest.Read(cmd.Context(), in, opts, func(it ingest.Item) {
			if it.Err != nil {
				failures = append(failures, pipeline.Failure{Input: it.Input, Err: it.Err})
				return
			}
			docs = append(docs, it.Doc)
		})
		if err != nil {
			failures = append(failures, pipeline.Failure{Input: in, Err: err})
		}
	}
	return docs, failures
}
