package claim

import (
	"encoding/json"
	"flag"
	"os"
	"testing"
)

var (
	clustersDocs        = flag.String("clusters.docs", "", "TestClustersEval: documents as 'sitrep docs --format jsonl' prints them")
	clustersEvents      = flag.String("clusters.events", "", "TestClustersEval: events as 'sitrep events --format jsonl' prints them")
	clustersOut         = flag.String("clusters.out", "", "TestClustersEval: where to write the claims (JSON Lines)")
	clustersOverlap     = flag.Float64("clusters.overlap", 0, "TestClustersEval: Options.Overlap (0 the default, negative off)")
	clustersEnt         = flag.Bool("clusters.entities", false, "TestClustersEval: add resolved entity names to the detail words (not adopted)")
	clustersFold        = flag.Bool("clusters.fold", false, "TestClustersEval: compare detail words folded (not adopted)")
	clustersRarity      = flag.Bool("clusters.rarity", false, "TestClustersEval: weigh detail words by rarity within their pair (not adopted)")
	clustersNoDay       = flag.Bool("clusters.nooneday", false, "TestClustersEval: a month-dated report does not join the records of the one day its pair has in that month")
	clustersPlace       = flag.Bool("clusters.place", false, "TestClustersEval: a report naming the same town as a record's report joins it without shared detail words (not adopted)")
	clustersNoMerge     = flag.Bool("clusters.nomerge", false, "TestClustersEval: leave records the first pass split by report order apart")
	clustersNoSides     = flag.Bool("clusters.nosides", false, "TestClustersEval: compare actors of one country at the country, whatever their sides (the rule before sidesFit)")
	clustersNoSpots     = flag.Bool("clusters.noplaces", false, "TestClustersEval: no veto on reports that name different places (the rule before placesConflict)")
	clustersNoAspect    = flag.Bool("clusters.noaspect", false, "TestClustersEval: reports of a stretch or series (since, ongoing, habitual) join records of one occasion (the rule before useAspect)")
	clustersUndated     = flag.Bool("clusters.openundated", false, "TestClustersEval: an undated report joins the first undated record that takes it, whatever its articles' dates (the rule before record.when)")
	clustersDayText     = flag.Bool("clusters.onedaytext", false, "TestClustersEval: oneDay places every month or week report whose words give it, counted from publication too (not adopted)")
	clustersNoHead      = flag.Bool("clusters.noheadlines", false, "TestClustersEval: headline reports are placed like any other (the rule before placeHeadlines)")
	clustersHeadOnly    = flag.Bool("clusters.headlineown", false, "TestClustersEval: a headline joins only a record that holds a report of its own article (not adopted)")
	clustersNoKnown     = flag.Bool("clusters.noknown", false, "TestClustersEval: spotsOf reads places only by locatives and place nouns (the rule before knownplaces.go)")
	clustersKnownH      = flag.Bool("clusters.knownheadlines", false, "TestClustersEval: spotsOf reads the known places of title-case headlines too (not adopted)")
	clustersKnownAny    = flag.Bool("clusters.knownanywhere", false, "TestClustersEval: spotsOf reads a name the gazetteer knows as a place in any country, not only the report's (not adopted)")
	clustersNoDays      = flag.Bool("clusters.nodays", false, "TestClustersEval: two reports whose own words give different days may be one event (the rule before daysApart)")
	clustersDayTol      = flag.Int("clusters.daytolerance", 1, "TestClustersEval: the gap in days two reports' own days may have and still be one event")
	clustersNoAcross    = flag.Bool("clusters.nosidesacross", false, "TestClustersEval: sides are compared only in parts whose two actors are of one country (the rule before sidesFitAcross)")
	clustersNoTail      = flag.Bool("clusters.notail", false, "TestClustersEval: related-links blocks at an article's end are reports like any other (the rule before headlineFinder.tail)")
	clustersNoCumul     = flag.Bool("clusters.nocumulative", false, "TestClustersEval: cumulative tolls join records of one occasion (the rule before cumulative)")
	clustersNoGen       = flag.Bool("clusters.nogeneral", false, "TestClustersEval: lines about a whole country or two join records of one incident (the rule before general)")
	clustersNoHoriz     = flag.Bool("clusters.nohorizon", false, "TestClustersEval: a report dated only by its publication may join reports of later days (the rule before pastHorizon)")
	clustersHorizTol    = flag.Int("clusters.horizontolerance", 1, "TestClustersEval: the days a report's own day may lie after another's publication horizon and still be one event")
	clustersNoYears     = flag.Bool("clusters.noyears", false, "TestClustersEval: a report dated to a year by its own words may join reports of one day (the rule before useYears, stop 28)")
	clustersMonths      = flag.Bool("clusters.months", false, "TestClustersEval: months of a report's own words are kept from days too, like years (not adopted)")
	clustersNoStretch   = flag.Bool("clusters.nostretch", false, "TestClustersEval: lines of a stretch with no date words join records of one occasion (the rule before stretch)")
	clustersHeadsApart  = flag.Bool("clusters.headsapart", false, "TestClustersEval: headlines placed in one record are held to record.against with each other too (useHeadsApart; not adopted)")
	clustersForceLag    = flag.Bool("clusters.forcelag", false, "TestClustersEval: an undated report of force printed more than a day after another's own day is another event (useForceLag; not adopted)")
	clustersYearsPub    = flag.Bool("clusters.yearspub", false, "TestClustersEval: years counted from publication (\"last year\") are kept from days too (not adopted)")
	clustersNoPubGap    = flag.Bool("clusters.nopubgap", false, "TestClustersEval: two reports of force dated only by publication days apart may be one event (the rule before pubGap)")
	clustersSince       = flag.Bool("clusters.sincecoarse", false, "TestClustersEval: a \"since\" report whose start is a month or a year is kept apart like ongoing ones (useSinceCoarse)")
	clustersCounter     = flag.Bool("clusters.counter", false, "TestClustersEval: run Counter over Build's claims, as the stores do")
	clustersNoCtrVeto   = flag.Bool("clusters.nocountervetoes", false, "TestClustersEval: Counter joins counter-attributions whatever their places and aspect (the rule before useCounterVetoes)")
	clustersNoHorizEdge = flag.Bool("clusters.nohorizonedge", false, "TestClustersEval: a report's own day may always lie horizontolerance days past another's horizon (the rule before useHorizonEdge)")
	clustersNoEdge      = flag.Bool("clusters.noedgeslack", false, "TestClustersEval: two reports' own days may always differ by dayTolerance, not only at a day's edge or between verbal reports (the rule before useEdgeSlack)")
	clustersNoRepHoriz  = flag.Bool("clusters.noreportedhorizon", false, "TestClustersEval: a report dated by the day of its saying (DateFrom \"reported\") is no horizon (the rule before useReportedHorizon)")
	clustersHeadAny     = flag.Bool("clusters.headlineanyday", false, "TestClustersEval: a day-dated headline joins the one record that takes it even when that record has no day (not adopted)")
)

// TestClustersEval builds the claims of a store's exported documents and events
// with the options given and writes them as JSON Lines, for the hand check of
// docs/eval/fakes-claims.md (docs/eval/fakes_sample.py reads them): one export of a
// store serves every variant of the matcher, without ingesting again. It runs only
// when -clusters.docs, -clusters.events and -clusters.out are given.
func TestClustersEval(t *testing.T) {
	if *clustersDocs == "" || *clustersEvents == "" || *clustersOut == "" {
		t.Skip("measurement: go test ./claim -run ClustersEval -args -clusters.docs docs.jsonl -clusters.events events.jsonl -clusters.out claims.jsonl")
	}
	// The texts tell headline reports (headlineFinder).
	docs, events := readExport(t, *clustersDocs, *clustersEvents, true)
	// Each switch with the flag that sets it, restored when the test ends.
	setUntilEnd(t, map[*bool]bool{
		&useEntities: *clustersEnt, &useFold: *clustersFold, &useRarity: *clustersRarity,
		&useMerge: !*clustersNoMerge, &useOneDay: !*clustersNoDay, &useOneDayText: *clustersDayText,
		&useSamePlace: *clustersPlace, &useUndatedLocal: !*clustersUndated,
		&useSides: !*clustersNoSides, &usePlaces: !*clustersNoSpots, &useAspect: !*clustersNoAspect,
		&useHeadlines: !*clustersNoHead, &useHeadlineOnly: *clustersHeadOnly, &useHeadlineDay: !*clustersHeadAny,
		&useKnown: !*clustersNoKnown, &useKnownHeadlines: *clustersKnownH, &useKnownAnywhere: *clustersKnownAny,
		// apart.go
		&useDays: !*clustersNoDays, &useSidesAcross: !*clustersNoAcross, &useTail: !*clustersNoTail,
		&useCumulative: !*clustersNoCumul, &useGeneral: !*clustersNoGen, &useEdgeSlack: !*clustersNoEdge, &useHorizonEdge: !*clustersNoHorizEdge, &useCounterVetoes: !*clustersNoCtrVeto, &useSinceCoarse: *clustersSince,
		// apart2.go
		&useHorizon: !*clustersNoHoriz, &useYears: !*clustersNoYears, &useMonths: *clustersMonths,
		&usePubGap: !*clustersNoPubGap, &useStretch: !*clustersNoStretch,
		&useYearsPub: *clustersYearsPub, &useReportedHorizon: !*clustersNoRepHoriz, &useHeadsApart: *clustersHeadsApart, &useForceLag: *clustersForceLag,
	})
	setUntilEnd(t, map[*int]int{&dayTolerance: *clustersDayTol, &horizonTolerance: *clustersHorizTol})
	f, err := os.Create(*clustersOut)
	if err != nil {
		t.Fatal(err)
	}
	enc := json.NewEncoder(f)
	claims := Build(events, docs, Options{Overlap: *clustersOverlap})
	if *clustersCounter {
		claims = Counter(claims, events, Options{Overlap: *clustersOverlap})
	}
	for _, c := range claims {
		if err := enc.Encode(c); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d events, %d claims written to %s", len(events), len(claims), *clustersOut)
}

// setUntilEnd sets each variable to its value until t ends.
func setUntilEnd[T any](t *testing.T, values map[*T]T) {
	for p, v := range values {
		old := *p
		*p = v
		t.Cleanup(func() { *p = old })
	}
}
