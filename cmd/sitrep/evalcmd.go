package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/event"
	"github.com/sitrep-dev/sitrep/event/petr"
)

func (a *app) evalEventsCommand() *cobra.Command {
	var f ingestFlags
	var eventsFile string
	var verbose bool
	cmd := &cobra.Command{
		Use:   "events GOLD.jsonl (PATH... | --events EVENTS.jsonl)",
		Short: "Score coded events against a gold file (precision, recall, F1)",
		Long: `Code the articles at PATH (or read already coded events from --events) and score
them against GOLD, a file in the gold format of ../shared/eval/README.md, with the
matching ../shared/eval/score_events.py uses. --verbose lists every missed and
every extra event.`,
		Example: `  sitrep eval events ../shared/eval/seeds.gold.jsonl ../shared/corpus/seeds`,
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if (eventsFile == "") == (len(args) == 1) {
				return usageErrorf("give either article paths or --events, not both or neither")
			}
			gf, err := os.Open(args[0])
			if err != nil {
				return err
			}
			gold, err := event.ReadGold(gf)
			gf.Close()
			if err != nil {
				return fmt.Errorf("%s: %w", args[0], err)
			}
			var evs []sitrep.Event
			if eventsFile != "" {
				if evs, err = readEvents(eventsFile); err != nil {
					return err
				}
			} else {
				an, err := a.analyzer()
				if err != nil {
					return err
				}
				docs, failures := readDocs(cmd, f.options(), args[1:])
				for _, fl := range failures {
					fmt.Fprintf(a.stderr, "  %s\n", fl.Error())
				}
				an.AnalyzeAll(docs, func(_ *sitrep.Document, res *sitrep.Analysis) error {
					evs = append(evs, res.Events...)
					return nil
				})
			}
			sc := event.Evaluate(gold, evs)
			if verbose {
				for _, g := range sc.Missed {
					fmt.Fprintf(a.stdout, "MISSED %s  %v→%v %v  %q\n", g.Doc, g.Source, g.Target, g.CAMEORoot, g.Sentence)
				}
				for _, e := range sc.Extra {
					fmt.Fprintf(a.stdout, "EXTRA  %s  %s→%s %s  %q\n", e.Doc, e.Source.Code, e.Target.Code, e.CAMEO, clip(e.Sentence, 100))
				}
			}
			fmt.Fprintf(a.stdout, "required %d  matched %d  false positives %d  neutral %d\n", sc.Required, sc.Matched, sc.FalsePositives, sc.Neutral)
			fmt.Fprintf(a.stdout, "precision %.3f  recall %.3f  F1 %.3f\n", sc.Precision, sc.Recall, sc.F1)
			return nil
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&eventsFile, "events", "", "score this event JSON Lines file instead of coding articles")
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list missed and extra events")
	return cmd
}

func readEvents(path string) ([]sitrep.Event, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var evs []sitrep.Event
	dec := json.NewDecoder(f)
	for dec.More() {
		var e sitrep.Event
		if err := dec.Decode(&e); err != nil {
			return nil, fmt.Errorf("%s: event %d: %w", path, len(evs)+1, err)
		}
		evs = append(evs, e)
	}
	return evs, nil
}

func (a *app) evalPETRCommand() *cobra.Command {
	var dicts string
	var failures, markdown bool
	cmd := &cobra.Command{
		Use:   "petr RECORDS.xml --dictionaries DIR",
		Short: "Reproduce PETRARCH's validation records with its validation dictionaries",
		Long: `Code PETRARCH's unit-test records (PETR.UnitTest.records.xml, with their own parse
trees) using the PETR.Validate.* dictionaries in DIR, and report the share of
expected codings reproduced, per category. --failures lists what fails and why;
--markdown writes the same as the Markdown of event/petr/FAILURES.md.`,
		Example: `  sitrep eval petr ../shared/data/validation/petr-unittest/PETR.UnitTest.records.xml \
      --dictionaries ../shared/data/validation/petr-unittest`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if dicts == "" {
				return usageErrorf("--dictionaries is required")
			}
			rep, err := petr.ValidatePETR(args[0], dicts)
			if err != nil {
				return err
			}
			if markdown {
				return rep.WriteMarkdown(a.stdout, "go run ./cmd/sitrep eval petr "+args[0]+" --dictionaries "+dicts+" --markdown > event/petr/FAILURES.md")
			}
			fmt.Fprintf(a.stdout, "records %d  expected codings %d  reproduced %d (%.1f%%)  records passed %d  no-event records %d/%d\n",
				rep.Records, rep.Codings, rep.Reproduced, rep.Share()*100, rep.Passed, rep.NoEventOK, rep.NoEvent)
			for _, c := range rep.Categories {
				share := 0.0
				if c.Codings > 0 {
					share = float64(c.Reproduced) / float64(c.Codings) * 100
				}
				fmt.Fprintf(a.stdout, "  %-16s records %3d passed %3d  codings %3d reproduced %3d (%.0f%%)\n", c.Name, c.Records, c.Passed, c.Codings, c.Reproduced, share)
			}
			if failures {
				for _, fl := range rep.Failures {
					fmt.Fprintf(a.stdout, "FAIL %s [%s] expected %v got %v: %v\n    %s\n", fl.ID, fl.Category, fl.Expected, fl.Got, fl.Reasons, clip(fl.Text, 160))
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&dicts, "dictionaries", "", "folder with the PETR.Validate.* dictionaries")
	cmd.Flags().BoolVar(&failures, "failures", false, "list each failing record with the reason")
	cmd.Flags().BoolVar(&markdown, "markdown", false, "write the report as Markdown (event/petr/FAILURES.md): per category with why codings fail, and every failing record")
	return cmd
}
