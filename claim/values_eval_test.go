package claim

import (
	"bufio"
	"cmp"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

var (
	valuesDocs    = flag.String("values.docs", "", "TestValuesEval: documents as 'sitrep docs --format jsonl' prints them")
	valuesEvents  = flag.String("values.events", "", "TestValuesEval: events as 'sitrep events --format jsonl' prints them")
	valuesOverlap = flag.Float64("values.overlap", 0, "TestValuesEval: Options.Overlap (0 the default, negative off)")
	valuesSample  = flag.Int("values.sample", 20, "TestValuesEval: how many contested casualty counts to list for checking by hand")
	valuesList    = flag.Bool("values.list", false, "TestValuesEval: list every value fact given by two or more outlets")
	valuesAdj     = flag.Bool("values.adjacent", true, "TestValuesEval: read tolls from the sentences beside an event's (values_adjacent.go)")
	valuesAdjList = flag.Bool("values.adjacentlist", false, "TestValuesEval: list every toll read from a sentence beside its event's, to check by hand")
)

// casualty reports whether a count's unit is a casualty count: killed or wounded,
// of whomever.
func casualty(unit string) bool {
	return strings.HasPrefix(unit, "killed") || strings.HasPrefix(unit, "wounded")
}

// TestValuesEval measures the value facts over a store's exported documents and
// events (docs/eval/fakes-values.md): how many records have contested casualty
// counts, and a sample of them to check by hand — seed 6, the issue number, over
// the contested counts sorted by their reports' event ids. It runs only when
// -values.docs and -values.events name the exports.
func TestValuesEval(t *testing.T) {
	if *valuesDocs == "" || *valuesEvents == "" {
		t.Skip("measurement: go test ./claim -run ValuesEval -args -values.docs docs.jsonl -values.events events.jsonl")
	}
	docs, events := readExport(t, *valuesDocs, *valuesEvents, true) // texts read for the tolls beside an event
	defer func(on bool) { adjacentTollsOn = on }(adjacentTollsOn)
	adjacentTollsOn = *valuesAdj
	claims := Counter(Build(events, docs, Options{Overlap: *valuesOverlap}), events, Options{Overlap: *valuesOverlap})
	// Tolls read beside their events: a count report whose sentence is not its
	// event's.
	sentence := map[string]string{}
	for _, e := range events {
		sentence[e.ID] = e.Sentence
	}
	var beside []string
	besideClaims := map[string]bool{}
	for _, c := range claims {
		for _, v := range c.Values {
			for _, r := range v.Reports {
				if v.Kind == sitrep.ValueCount && r.Sentence != sentence[r.Event] {
					besideClaims[c.ID] = true
					beside = append(beside, fmt.Sprintf("%s %s [%s] %s %q (%s)\n   event: %s\n   toll:  %s",
						c.Summary, c.Event.Date, r.Doc, v.Unit, r.Value, v.Status, sentence[r.Event], r.Sentence))
				}
			}
		}
	}
	t.Logf("%d count reports from a sentence beside the event's, in %d claims", len(beside), len(besideClaims))
	if *valuesAdjList {
		for i, b := range beside {
			t.Logf("%d. %s", i+1, b)
		}
	}
	type item struct {
		claim sitrep.Claim
		value sitrep.ClaimValue
		key   string
	}
	var multi, withCounts, twoCounts, responsibility int
	status := map[string]map[string]int{}
	var contested []item
	for _, c := range claims {
		docs := map[string]bool{}
		for _, p := range c.Positions {
			if p.Stance != sitrep.StanceOmits {
				docs[p.Doc] = true
			}
		}
		if len(docs) >= 2 {
			multi++
		}
		counted, compared := false, false
		for _, v := range c.Values {
			if status[v.Kind] == nil {
				status[v.Kind] = map[string]int{}
			}
			outlets := map[string]bool{}
			for _, r := range v.Reports {
				outlets[outletKey(r.Outlet)] = true
			}
			if len(outlets) >= 2 {
				status[v.Kind][v.Status]++
			}
			switch {
			case v.Kind == sitrep.ValueResponsibility:
				responsibility++
			case v.Kind == sitrep.ValueCount && casualty(v.Unit):
				counted = true
				if len(outlets) >= 2 {
					compared = true
				}
				if v.Status == sitrep.StatusContested {
					var ids []string
					for _, r := range v.Reports {
						ids = append(ids, r.Event)
					}
					slices.Sort(ids)
					contested = append(contested, item{c, v, strings.Join(ids, ",")})
				}
			}
		}
		if counted {
			withCounts++
		}
		if compared {
			twoCounts++
		}
	}
	records := map[string]bool{}
	for _, it := range contested {
		records[it.claim.ID] = true
	}
	t.Logf("%d claims, %d with reports from two or more documents; %d with a casualty count, %d with casualty counts from two or more outlets; %d records with a contested casualty count (%d counts); %d responsibility contests",
		len(claims), multi, withCounts, twoCounts, len(records), len(contested), responsibility)
	for _, k := range []string{sitrep.ValueCount, sitrep.ValueDate, sitrep.ValuePlace, sitrep.ValueResponsibility} {
		t.Logf("%s facts given by two or more outlets: %v", k, status[k])
	}
	slices.SortFunc(contested, func(a, b item) int { return cmp.Compare(a.key, b.key) })
	sample := contested
	if len(sample) > *valuesSample {
		sample = slices.Clone(sample)
		rand.New(rand.NewSource(6)).Shuffle(len(sample), func(i, j int) { sample[i], sample[j] = sample[j], sample[i] })
		sample = sample[:*valuesSample]
	}
	for i, it := range sample {
		var b strings.Builder
		fmt.Fprintf(&b, "%d. %s %s %s: %s", i+1, it.claim.Summary, it.claim.Event.Date, it.key, it.value.Unit)
		for _, r := range it.value.Reports {
			fmt.Fprintf(&b, "\n   %s [%s] %q: %s", r.Outlet, r.Doc, r.Value, r.Sentence)
		}
		t.Log(b.String())
	}
	for _, c := range claims {
		for _, v := range c.Values {
			outlets := map[string]bool{}
			for _, r := range v.Reports {
				outlets[outletKey(r.Outlet)] = true
			}
			if !*valuesList || len(outlets) < 2 || v.Kind == sitrep.ValueResponsibility {
				continue
			}
			var b strings.Builder
			fmt.Fprintf(&b, "%s %s: %s %s %s", c.Summary, c.Event.Date, v.Kind, v.Unit, v.Status)
			for _, r := range v.Reports {
				fmt.Fprintf(&b, "\n   %s [%s] %q: %s", r.Outlet, r.Doc, r.Value, r.Sentence)
			}
			t.Log(b.String())
		}
	}
	for _, c := range claims {
		for _, v := range c.Values {
			if v.Kind != sitrep.ValueResponsibility {
				continue
			}
			var b strings.Builder
			fmt.Fprintf(&b, "responsibility: %s %s", c.Summary, c.Event.Date)
			for _, r := range v.Reports {
				fmt.Fprintf(&b, "\n   %s %s [%s]: %s", r.Value, r.Outlet, r.Doc, r.Sentence)
			}
			t.Log(b.String())
		}
	}
}

// readExport reads a store's exported documents (sitrep docs --format jsonl) and
// events (sitrep events --format jsonl); withText keeps the documents' texts.
func readExport(t *testing.T, docsPath, eventsPath string, withText bool) ([]*sitrep.Document, []sitrep.Event) {
	t.Helper()
	var docs []*sitrep.Document
	if err := readLines(docsPath, func(b []byte) error {
		var d sitrep.Document
		if err := json.Unmarshal(b, &d); err != nil {
			return err
		}
		if !withText {
			d.Text = ""
		}
		docs = append(docs, &d)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	var events []sitrep.Event
	if err := readLines(eventsPath, func(b []byte) error {
		var e sitrep.Event
		if err := json.Unmarshal(b, &e); err != nil {
			return err
		}
		events = append(events, e)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return docs, events
}

func readLines(path string, each func([]byte) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		if err := each(sc.Bytes()); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	return sc.Err()
}
