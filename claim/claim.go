package claim

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/country"
)

// Options tune the grouping.
type Options struct {
	// Window is the largest gap between two dated reports of one event; zero means
	// three days, which absorbs "on Monday" resolved in articles published on
	// different days.
	Window time.Duration
	// PlaceRadius is the largest distance in kilometres between two places below
	// the level of a country (towns, provinces) at which two reports can still be
	// one event; zero means 100 km, about a province: strikes on Deir ez-Zor and on
	// a village near Hama the same day are two events.
	PlaceRadius float64
	// StoryWindow is the largest gap between the records of one story; zero means
	// seven days. A story is a run of records about one pair of actors, and an
	// article covering the story but not a record omits it: the Russian
	// intervention of 2015 and the Aleppo campaign of 2016 are two stories.
	StoryWindow time.Duration
	// Overlap is the least share of a report's detail words — the words of its
	// sentence other than function words and the words naming its actors and its
	// verb — that it must share with one report of a record to join it, counted
	// over the shorter of the two; zero means 0.15, a negative value turns the
	// check off. Two reports of one event share a detail (a place, a number, an
	// object: "Raqqa", "700", "caliphate"); two strikes by one air force on one
	// day in two provinces share only who did what. On the FA-KES clusters checked
	// by hand (docs/eval/fakes-claims.md) the one-event clusters mostly share a
	// third or more of their detail words, the others under a tenth.
	Overlap float64
	// Label names a CAMEO code for summaries; nil leaves the code.
	Label func(code string) string
}

// symmetric CAMEO roots: the event has no natural direction.
var symmetric = map[string]bool{"03": true, "04": true, "05": true, "06": true}

// record is a claim under construction.
type record struct {
	events []sitrep.Event
	key    dyadKey
	root   string
	// aspectual is true for a record of reports the coder found to be about a
	// stretch or a series of happenings, not one day (see aspectual).
	aspectual bool
	// exact is the earliest day-precise date of its reports; zero when none.
	exact time.Time
	// lo..hi is the period every month- or year-precise report allows (the
	// intersection of their periods); zero when there is none.
	lo, hi time.Time
	place  string        // country of the first event with a place
	spot   *sitrep.Place // first place below the level of a country
	// details holds each report's detail words (see Options.Overlap).
	details []map[string]bool
	// places holds each report's place (nil when none), in the order of details.
	places []*sitrep.Place
	// spots holds the places below the country each report's sentence names (see
	// spotsOf), in the order of details.
	spots []spots
	// whens holds what the date rules read of each report (whenOf), in the order
	// of details.
	whens []when
	// idf weighs detail words by their rarity among the reports of the record's
	// pair of actors (see rarity); nil counts every word alike.
	idf map[string]float64
	// answered is how many of events the record had when joinDenials first put a
	// denial's reports into it (those after are the denials'); 0 when none.
	answered int
	// local holds, for each report in the order of events, the founding day of the
	// record a month-, week- or year-dated report joined as the first record that
	// took it, when that record was founded by a day (zero for every other report,
	// and for reports that came with a merge or a denial): such a report's place
	// depends only on the records founded on or before that day (see reachOf).
	local []time.Time
	// when is, for an undated record, the days every one of its reports could be
	// about: the intersection of their articles' horizons (see horizonOf); open
	// while all of them come from articles without a publication date. Unused
	// for dated records.
	when horizon
	// seq is the founding report's place in the order Build reads reports: Build
	// lists records in that order (headlines.go places headline reports last).
	seq int
	// heads holds the ids of the reports placed as headlines (placeHeadlines).
	heads map[string]bool
	// facts is the cache of what the build reads from its reports' sentences;
	// nil reads them anew each time.
	facts *facts
}

// facts caches, for one build (or one Counter), the readings of a report that
// record.accepts asks again for every record it tries: the places it names
// (spotsOf) and its aspect (aspectual), which run regular expressions over its
// sentence, and what the date rules read of it (whenOf). All depend only on the
// fields in factsKey, so a report read twice gives the same answer; on the
// synthetic feed of BenchmarkUpdateWindow the first two were most of the time of
// the incremental path (see NOTES.md, "Where Build spends its time" and "How
// Build and the incremental path grow").
type facts struct {
	spots  map[factsKey]spots
	aspect map[factsKey]bool
	when   map[factsKey]when
}

// factsKey is every field of an event that spotsOf, aspectual and whenOf read.
type factsKey struct {
	sentence, dateText, dateFrom, root string
	date, mode                         string
	quad                               int
	source, target                     sitrep.EventActor
	place                              sitrep.Place
	placed                             bool
}

func newFacts() *facts {
	return &facts{spots: map[factsKey]spots{}, aspect: map[factsKey]bool{}, when: map[factsKey]when{}}
}

func keyOfFacts(e sitrep.Event) factsKey {
	k := factsKey{sentence: e.Sentence, dateText: e.DateText, dateFrom: e.DateFrom, root: e.Root,
		date: e.Date, mode: e.Mode, quad: e.Quad, source: e.Source, target: e.Target}
	if e.Place != nil {
		k.place, k.placed = *e.Place, true
	}
	return k
}

// spotsOf is spotsOf(e), read once per build. The spots are shared: no one
// writes to them after spotsOf.
func (f *facts) spotsOf(e sitrep.Event) spots {
	if f == nil {
		return spotsOf(e)
	}
	return memo(f.spots, keyOfFacts(e), func() spots { return spotsOf(e) })
}

// aspectual is aspectual(e), read once per build.
func (f *facts) aspectual(e sitrep.Event) bool {
	if f == nil {
		return aspectual(e)
	}
	return memo(f.aspect, keyOfFacts(e), func() bool { return aspectual(e) })
}

// whenOf is whenOf(e), read once per build.
func (f *facts) whenOf(e sitrep.Event) when {
	if f == nil {
		return whenOf(e)
	}
	return memo(f.when, keyOfFacts(e), func() when { return whenOf(e) })
}

// memo returns m[k], computing and keeping it on the first read.
func memo[T any](m map[factsKey]T, k factsKey, compute func() T) T {
	v, ok := m[k]
	if !ok {
		v = compute()
		m[k] = v
	}
	return v
}

func (r *record) dated() bool { return !r.exact.IsZero() || !r.lo.IsZero() }

// from is the earliest date the record can be on; zero when undated.
func (r *record) from() time.Time {
	if !r.exact.IsZero() {
		return r.exact
	}
	return r.lo
}

// until is the latest date the record can be on; zero when undated.
func (r *record) until() time.Time {
	if !r.exact.IsZero() {
		return r.exact
	}
	return r.hi
}

type dyadKey struct{ a, b string }

// partKey is what a report must share with a record to join it: its pair of
// actors (keyOf) and its CAMEO root.
type partKey struct {
	key  dyadKey
	root string
}

// actorKey is the level actors are compared at: the country (first three letters of
// a state actor code) or the whole code for groups without a country.
func actorKey(code string) string {
	return cmp.Or(country.Of(code), code)
}

func keyOf(e sitrep.Event) dyadKey {
	k := dyadKey{actorKey(e.Source.Code), actorKey(e.Target.Code)}
	if symmetric[e.Root] && k.b < k.a {
		k.a, k.b = k.b, k.a
	}
	return k
}

// period reads an event date as the days it can stand for (sitrep.DateSpan): one
// day for "2025-11-10", the days of a week for "2025-11-03/2025-11-09", the whole
// month for "2025-01", the whole year for "2011". A week is a period like a month,
// only shorter: it joins a record whose day or period falls inside it.
func period(s string) (lo, hi time.Time, exact, ok bool) {
	lo, hi, ok = sitrep.DateSpan(s)
	return lo, hi, ok && lo.Equal(hi), ok
}

// subnational is a resolved place smaller than a country, with coordinates.
func subnational(p *sitrep.Place) bool {
	return p != nil && p.Country != "" && (p.Lat != 0 || p.Lon != 0) &&
		!strings.EqualFold(p.Name, country.Name(p.Country))
}

// km is the great-circle distance between two places.
func km(a, b *sitrep.Place) float64 {
	const r = 6371.0
	la1, la2 := a.Lat*math.Pi/180, b.Lat*math.Pi/180
	dla, dlo := la2-la1, (b.Lon-a.Lon)*math.Pi/180
	h := math.Sin(dla/2)*math.Sin(dla/2) + math.Cos(la1)*math.Cos(la2)*math.Sin(dlo/2)*math.Sin(dlo/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(h)))
}

// accepts reports whether e can join the record; ws are e's detail words, which
// the caller computes once for all the records it tries (nil when overlap is off).
func (r *record) accepts(e sitrep.Event, ws map[string]bool, window time.Duration, radius, overlap float64) bool {
	if r.root != e.Root || r.key != keyOf(e) {
		return false
	}
	if overlap > 0 && !r.shares(ws, overlap) && !(useSamePlace && r.samePlace(e.Place)) {
		return false
	}
	if e.Place != nil && e.Place.Country != "" && r.place != "" && e.Place.Country != r.place {
		return false
	}
	if subnational(e.Place) && r.spot != nil && km(e.Place, r.spot) > radius {
		return false
	}
	// The aspect last: its cues are regular expressions over the sentence, the
	// dearest test here, and most records fail a cheaper one first.
	return r.fitsDate(e, window) && !r.against(e) && (!useAspect || r.aspectual == r.facts.aspectual(e))
}

// fitsDate reports whether e's date allows it to be one of the record's reports.
func (r *record) fitsDate(e sitrep.Event, window time.Duration) bool {
	lo, hi, exact, ok := period(e.Date)
	if !ok {
		// An undated report may belong to any record; Build decides.
		return true
	}
	if !r.dated() {
		return false
	}
	if exact {
		if !r.exact.IsZero() {
			gap := lo.Sub(r.exact)
			return gap <= window && gap >= -window
		}
		return !lo.Before(r.lo.Add(-window)) && !lo.After(r.hi.Add(window))
	}
	// A month or a year: the record's day, or the record's own period, must
	// fall inside it. A record of reports dated only "2011" is no longer open to
	// every later report.
	if !r.exact.IsZero() {
		return !r.exact.Before(lo.Add(-window)) && !r.exact.After(hi.Add(window))
	}
	return !lo.After(r.hi) && !hi.Before(r.lo)
}

// against reports whether one of the record's reports is evidence that e is
// another event: actors of other sides, or other places (incidents.go), own
// days apart (apart.go), a day past a publication horizon, years against days
// or publications days apart (apart2.go). Each rule's switch is read in the
// loop, so a rule added there needs no other guard.
func (r *record) against(e sitrep.Event) bool {
	var sp spots
	if usePlaces {
		sp = r.facts.spotsOf(e)
	}
	we := r.facts.whenOf(e)
	for i, x := range r.events {
		if useSides && !sidesFit(e, x) || incidentsApart(we, r.whens[i], sp, r.spots[i]) {
			return true
		}
	}
	return false
}

// incidentsApart reports whether two reports are two incidents by what holds
// whoever did them: the places they name (sa and sb, spotsOf), their own days,
// a publication horizon, years against days, publications days apart. Counter
// keeps to it too (values.go).
func incidentsApart(a, b when, sa, sb spots) bool {
	return usePlaces && placesConflict(sa, sb) || useDays && daysApart(a, b) ||
		useHorizon && pastHorizon(a, b) || useYears && coarseApart(a, b) || usePubGap && pubGap(a, b)
}

// shares reports whether a report with detail words ws shares enough of them with
// one of the record's reports. A report with no detail words (a bare headline:
// "Russia strikes Syria") cannot be told apart and is not held back.
func (r *record) shares(ws map[string]bool, overlap float64) bool {
	if len(ws) == 0 {
		return true
	}
	for _, d := range r.details {
		if len(d) == 0 || weighted(ws, d, r.idf) >= overlap {
			return true
		}
	}
	return false
}

// weighted is containment with each word counted by its weight (1 when idf is nil
// or has no weight for it): the share of the lighter set's weight found in the
// other.
func weighted(a, b map[string]bool, idf map[string]float64) float64 {
	if idf == nil {
		return containment(a, b)
	}
	w := func(x string) float64 {
		if v, ok := idf[x]; ok {
			return v
		}
		return 1
	}
	total := func(s map[string]bool) float64 {
		t := 0.0
		for x := range s {
			t += w(x)
		}
		return t
	}
	if total(b) < total(a) {
		a, b = b, a
	}
	shared, all := 0.0, 0.0
	for x := range a {
		all += w(x)
		if b[x] {
			shared += w(x)
		}
	}
	if all == 0 {
		return 0
	}
	return shared / all
}

// rarity gives each detail word of a pair's reports its inverse document
// frequency among them, scaled so that a word found in one report weighs 1: a
// word most reports of the pair carry ("Assad" among Syria–Russia reports,
// "strikes" among a war's) says little about which event a report is.
func rarity(events []sitrep.Event) map[Story]map[string]float64 {
	df := map[Story]map[string]int{}
	n := map[Story]int{}
	for _, e := range events {
		k, ok := StoryOf(e)
		if !ok {
			continue
		}
		if df[k] == nil {
			df[k] = map[string]int{}
		}
		n[k]++
		for w := range detailWords(e) {
			df[k][w]++
		}
	}
	out := make(map[Story]map[string]float64, len(df))
	for k, m := range df {
		top := math.Log(float64(n[k]+1) / 1.5)
		ws := make(map[string]float64, len(m))
		for w, c := range m {
			ws[w] = math.Log(float64(n[k]+1)/(float64(c)+0.5)) / top
		}
		out[k] = ws
	}
	return out
}

// functionWords are left out of the detail words: they say nothing of which event
// a sentence reports. So are day and month names and small numbers spelled out,
// which date a report but do not tell two events of one week apart.
var functionWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the and but for from with was were been being has have had that this these
		those which who whom whose what when where while its their there they them his her said says say told
		according also after before since during into over under about than then not more most other some such
		only all any both each few many much very can could would should will may might must does did one two
		three four five six seven eight nine ten first last new year years week weeks day days month months
		monday tuesday wednesday thursday friday saturday sunday january february march april june july
		august september october november december`) {
		m[w] = true
	}
	return m
}()

// Evidence measured on the FA-KES clusters and not adopted (docs/eval/fakes-claims.md,
// "Other evidence"): resolved entity names as detail words, folded word forms,
// and rarity weights (see rarity). Off; TestClustersEval's flags switch them on to
// re-run the measurement.
var (
	useEntities = false
	useFold     = false
	useRarity   = false
)

// splitWords splits text into lower-cased words of letters and digits.
func splitWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// detailWords are the words of an event's sentence that can tell it from another
// event of the same actors and family: lower-cased, three letters or more (or a
// number), neither function words nor the words naming its actors or its verb;
// plus the names of the people and bodies its actors were resolved to (see
// entityWords), which name who took part more finely than the actor pair does.
// Words are compared folded (see fold): "strikes" and "strike", "visited" and
// "visit", "Assads" and "Assad" are one word.
func detailWords(e sitrep.Event) map[string]bool {
	norm := func(w string) string {
		if useFold {
			return fold(w)
		}
		return w
	}
	named := map[string]bool{}
	for _, s := range []string{e.Source.Text, e.Source.Name, e.Target.Text, e.Target.Name, e.Verb} {
		for _, w := range splitWords(s) {
			named[norm(w)] = true
		}
	}
	ws := map[string]bool{}
	for _, w := range splitWords(e.Sentence) {
		digit := w[0] >= '0' && w[0] <= '9'
		if (len(w) >= 3 || digit) && !functionWords[w] && !named[norm(w)] {
			ws[norm(w)] = true
		}
	}
	if useEntities {
		for _, a := range []sitrep.EventActor{e.Source, e.Target} {
			for _, w := range entityWords(a) {
				ws[norm(w)] = true
			}
		}
	}
	return ws
}

// entityWords are the words of the name an actor was resolved to when that name
// is finer than the level actors are compared at: a person ("Ahmed al-Sharaa",
// "John Kerry"), an office ("State Department"), a named group inside a country
// ("Jabhat al-Nusra" under SYR) — not the country itself ("Russian Federation",
// "Syria") nor a group compared by its own code, where the name adds nothing.
// Two reports of one pair that name the same person are more likely one event
// than any two reports of that pair, even in different words: "Sharaa visited
// Washington" and "the Syrian head of state, Ahmed al-Sharaa, came to the White
// House". Names of one word (capitals standing for governments: "Damascus",
// "Moscow"; "Congress") are left out: they name the state, not who acted.
func entityWords(a sitrep.EventActor) []string {
	c := country.Of(a.Code)
	if c == "" || a.Name == "" {
		return nil
	}
	ws := splitWords(a.Name)
	if len(ws) < 2 {
		return nil
	}
	land := splitWords(country.Name(c))
	var out []string
	for _, w := range ws {
		for _, l := range land {
			if len(l) >= 4 && strings.HasPrefix(w, l[:4]) {
				// "Russian Federation", "Syrian Arab Army": the country's name.
				return nil
			}
		}
		if len(w) >= 3 && !functionWords[w] {
			out = append(out, w)
		}
	}
	return out
}

// fold reduces a word to a key shared by its inflected forms, for comparing
// detail words: a trailing plural or possessive s, then -ing or -ed, then a final
// e go ("strikes", "strike" → strik; "visited", "visiting" → visit; "Assads" →
// assad). A rough stemmer: two different words may fold together now and then
// ("based", "base"), which costs little next to missing every "strikes"/"strike".
func fold(w string) string {
	if len(w) > 3 && w[len(w)-1] == 's' && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") {
		w = w[:len(w)-1]
		if strings.HasSuffix(w, "ie") && len(w) > 4 {
			w = w[:len(w)-2] + "y"
		}
	}
	for _, suf := range []string{"ing", "ed"} {
		if len(w) >= len(suf)+4 && strings.HasSuffix(w, suf) {
			w = w[:len(w)-len(suf)]
			if n := len(w); n >= 2 && w[n-1] == w[n-2] && w[n-1] != 'l' && w[n-1] != 's' {
				w = w[:n-1] // "planned" → plan
			}
			break
		}
	}
	if len(w) > 3 && w[len(w)-1] == 'e' {
		w = w[:len(w)-1]
	}
	return w
}

func (r *record) add(e sitrep.Event) {
	r.events = append(r.events, e)
	r.local = append(r.local, time.Time{})
	r.details = append(r.details, detailWords(e))
	r.places = append(r.places, e.Place)
	r.whens = append(r.whens, r.facts.whenOf(e))
	var sp spots // read by against whatever usePlaces says: one per event
	if usePlaces {
		sp = r.facts.spotsOf(e)
	}
	r.spots = append(r.spots, sp)
	if lo, hi, exact, ok := period(e.Date); ok {
		switch {
		case exact:
			if r.exact.IsZero() || lo.Before(r.exact) {
				r.exact = lo
			}
		case r.lo.IsZero():
			r.lo, r.hi = lo, hi
		default:
			// Narrow to what every partial report allows.
			if lo.After(r.lo) {
				r.lo = lo
			}
			if hi.Before(r.hi) {
				r.hi = hi
			}
		}
	}
	if r.place == "" && e.Place != nil {
		r.place = e.Place.Country
	}
	if r.spot == nil && subnational(e.Place) {
		r.spot = e.Place
	}
}

// Build groups events into claims. docs must hold every document the events come
// from (for outlets and independence); events of unknown documents are skipped.
func Build(events []sitrep.Event, docs []*sitrep.Document, opts Options) []sitrep.Claim {
	claims, _ := build(events, docs, opts, true)
	return claims
}

// build is Build. With omissions false the claims list no omissions (see BuildPart:
// stores derive them when claims are read, since listing them in every claim costs
// the claims times the story's documents). records are the records the claims were
// made of: claim "c<i>" is records[i-1].
func build(events []sitrep.Event, docs []*sitrep.Document, opts Options, omissions bool) (claims []sitrep.Claim, records []*record) {
	window := cmp.Or(opts.Window, 72*time.Hour)
	radius := cmp.Or(opts.PlaceRadius, 100)
	storyWindow := cmp.Or(opts.StoryWindow, 7*24*time.Hour)
	overlap := cmp.Or(opts.Overlap, 0.15)
	byID := make(map[string]*sitrep.Document, len(docs))
	for _, d := range docs {
		byID[d.ID] = d
	}
	// Dated events first, so that undated reports join the record their dated
	// siblings started.
	evs := slices.Clone(events)
	slices.SortStableFunc(evs, func(a, b sitrep.Event) int {
		return cmp.Compare(dateRank(a.Date), dateRank(b.Date))
	})
	var idf map[Story]map[string]float64
	if useRarity && overlap > 0 {
		idf = rarity(evs)
	}
	// Headline reports are placed after the others (headlines.go).
	var heads []int
	headlines := newHeadlineFinder(byID)
	// A report is only ever accepted by a record of its own pair and family
	// (record.accepts tests them first), so each report tries only those, in the
	// order they were founded, the order it would meet them in records: which
	// record takes it is the same, and the cost of a report no longer grows with
	// the records of every other pair.
	byPart := map[partKey][]*record{}
	fc := newFacts()
	for i, e := range evs {
		if byID[e.Doc] == nil || e.Source.Code == "" { // no actor, or an agentless event (StoryOf)
			continue
		}
		if useTail && headlines.tail(e) {
			continue // a related-links block (apart.go)
		}
		if useHeadlines && headlines.is(e) {
			heads = append(heads, i)
			continue
		}
		var into *record
		var ws map[string]bool
		if overlap > 0 {
			ws = detailWords(e)
		}
		pk := partKey{keyOf(e), e.Root}
		candidates := byPart[pk]
		first := false // e joins the first record that takes it
		if _, _, exact, dated := period(e.Date); dated {
			for _, r := range candidates {
				if r.accepts(e, ws, window, radius, overlap) {
					into, first = r, true
					break
				}
			}
			if into == nil && !exact && oneDayReport(e) && useOneDay && overlap > 0 {
				into = oneDay(candidates, e, ws, window, radius)
			}
		} else {
			// An undated report joins a dated record only when that record is
			// the only one it fits within its article's horizon; with two
			// meetings of the same pair on record it cannot tell which one it is
			// about, and it goes with the undated reports of its time instead:
			// the first undated record it fits whose days meet its horizon.
			h := horizonOf(byID[e.Doc])
			var dated []*record
			for _, r := range candidates {
				if r.accepts(e, ws, window, radius, overlap) {
					if r.dated() {
						if h.admits(r) {
							dated = append(dated, r)
						}
					} else if into == nil && (!useUndatedLocal || r.when.meets(h)) {
						into = r
					}
				}
			}
			if len(dated) == 1 {
				into = dated[0]
			}
		}
		if into == nil {
			into = &record{key: keyOf(e), root: e.Root, aspectual: useAspect && fc.aspectual(e), seq: i, facts: fc}
			if k, ok := StoryOf(e); ok && idf != nil {
				into.idf = idf[k]
			}
			records = append(records, into)
			byPart[pk] = append(byPart[pk], into)
		}
		into.add(e)
		if _, _, exact, dated := period(e.Date); first && dated && !exact && !into.exact.IsZero() {
			// Every record founded by a day is created before any founded by a
			// period, in the order of their days, and exact reports come first:
			// into.exact is the day into was founded on.
			into.local[len(into.local)-1] = into.exact
		}
		if !into.dated() {
			into.when = into.when.narrow(horizonOf(byID[e.Doc]))
		}
	}

	if useMerge && overlap > 0 {
		records = mergeRecords(records, window, radius, overlap)
	}
	records = placeHeadlines(records, evs, heads, byID, window, radius, overlap, idf, fc)
	records = joinDenials(records, byID, window, radius)
	stories := storiesOf(records, storyWindow)
	claims = make([]sitrep.Claim, 0, len(records))
	for i, r := range records {
		claims = append(claims, makeClaim(i+1, r, stories[r], byID, opts.Label, omissions))
	}
	slices.SortStableFunc(claims, func(a, b sitrep.Claim) int {
		return cmp.Compare(b.IndependentOutlets, a.IndependentOutlets)
	})
	return claims, records
}

// useAspect keeps reports of a stretch or series of happenings (aspectual) and
// reports of one occasion in records of their own; TestClustersEval turns it off
// to measure what it does.
var useAspect = true

// useSinceCoarse keeps a "since" report whose start is a month or a year ("under
// siege since 2013") apart from reports of one occasion, as ongoing ones are; a
// day's start ("since June 9") may still join that day's record.
var useSinceCoarse = false

// aspectual reports whether the event coder found e's sentence to be about a
// stretch or a series of happenings rather than one day (event/aspect.go): "has
// been battling X since June 9", "for months", "regularly bomb", "in the past".
// Such a line is the background of the day's incidents, not one of them: joined
// to a record of the day it makes a campaign of an event, and two of them are
// one event only as one line carried twice.
func aspectual(e sitrep.Event) bool {
	switch e.DateFrom {
	case "ongoing", "habitual":
		return true
	case "since":
		if useSinceCoarse {
			if _, _, exact, ok := period(e.Date); !ok || !exact {
				return true
			}
		}
	}
	return useCumulative && cumulative(e) || useGeneral && general(e) || useStretch && stretch(e)
}

// useSamePlace lets a report that names the same town as one of a record's
// reports join it without sharing detail words (measured, not adopted; see
// TestClustersEval).
var useSamePlace = false

// samePlace reports whether p is a place below the level of a country that one
// of the record's reports names too (the same GeoNames id).
func (r *record) samePlace(p *sitrep.Place) bool {
	if !subnational(p) || p.GeonameID == 0 {
		return false
	}
	for _, q := range r.places {
		if q != nil && q.GeonameID == p.GeonameID {
			return true
		}
	}
	return false
}

// useUndatedLocal keeps undated records local in time (record.when); TestClustersEval
// turns it off to measure what it does. UpdateWindow's equality with Build holds
// only with it on.
var useUndatedLocal = true

// useOneDay switches oneDay on; TestClustersEval turns it off to measure what it
// does.
var useOneDay = true

// useOneDayText widens oneDay to every month or week its report's own words give
// (DateText), counted from publication too ("last month", "in October", "last
// week"): measured and not adopted (see oneDayReport). TestClustersEval's
// -clusters.onedaytext turns it on.
var useOneDayText = false

// oneDayReport reports whether oneDay may place e: a month-dated report whose
// date is not "published". timex marks every date it counts from the publication
// date "published" — "last month" and "in October" (its year) as much as the
// publication date itself — so this keeps the months a text states with their
// year, or inherits, and leaves out "last month": of the 1,506 FA-KES events, 41
// month-dated reports qualify (25 stated with a year, 7 inherited, 9 "since") and
// 65 counted from publication do not. With useOneDayText, every month or week
// whose words the report has qualifies (NOTES.md, "Week-dated reports").
func oneDayReport(e sitrep.Event) bool {
	if useOneDayText {
		p := sitrep.DatePrecision(e.Date)
		return e.DateText != "" && (p == sitrep.PrecisionMonth || p == sitrep.PrecisionWeek)
	}
	return len(e.Date) == len("2006-01") && e.DateFrom != "published"
}

// oneDay is the record a month-dated report belongs to when its words do not
// say: "last month the two presidents met" and a day-dated meeting of the same
// pair and family in that month are more likely one event when that day is the
// only one the pair has such records on; with records on two days of the month
// the report cannot tell which it is about. Only a month the report's text states
// with its year or inherits counts (oneDayReport): a month taken from a
// publication dated only by its month says nothing of when the event was, and
// months counted from publication ("last month") were measured and left out. Among the records of that day it
// takes the one it shares most detail words with (the first on a tie), and none
// when no record of the day fits its place.
func oneDay(records []*record, e sitrep.Event, ws map[string]bool, window time.Duration, radius float64) *record {
	var day time.Time
	var best *record
	bestShare := -1.0
	for _, r := range records {
		if r.exact.IsZero() || !r.accepts(e, nil, window, radius, -1) {
			continue
		}
		if !day.IsZero() && !r.exact.Equal(day) {
			return nil
		}
		day = r.exact
		share := 0.0
		for _, d := range r.details {
			share = max(share, weighted(ws, d, r.idf))
		}
		if share > bestShare {
			best, bestShare = r, share
		}
	}
	return best
}

// useMerge switches mergeRecords on; TestClustersEval turns it off to measure
// what it does.
var useMerge = true

// mergeRecords joins a later record into an earlier one when the earlier would
// have taken all its reports had they come after it (dates and places fit, and
// one of them shares enough detail words): the first pass decides each report
// against the records founded so far, so that which reports come first splits
// one event into two records.
func mergeRecords(records []*record, window time.Duration, radius, overlap float64) []*record {
	// Only records of one pair and family can merge: compare within those, in
	// the order the records were founded, the earlier taking the later.
	type bucket struct {
		key  dyadKey
		root string
	}
	buckets := map[bucket][]*record{}
	for _, r := range records {
		if r.dated() {
			k := bucket{r.key, r.root}
			buckets[k] = append(buckets[k], r)
		}
	}
	gone := map[*record]bool{}
	for _, rs := range buckets {
		for changed := true; changed; {
			changed = false
			for i, a := range rs {
				if gone[a] {
					continue
				}
				for _, b := range rs[i+1:] {
					if gone[b] || b.from().After(a.until().Add(window)) || b.until().Before(a.from().Add(-window)) {
						continue
					}
					fits, shares := true, false
					for k, e := range b.events {
						if !a.accepts(e, nil, window, radius, -1) {
							fits = false
							break
						}
						shares = shares || a.shares(b.details[k], overlap)
					}
					if !fits || !shares {
						continue
					}
					for _, e := range b.events {
						a.add(e)
					}
					gone[b] = true
					changed = true
				}
			}
		}
	}
	if len(gone) == 0 {
		return records
	}
	return slices.DeleteFunc(records, func(r *record) bool { return gone[r] })
}

// An undated report speaks of what was happening around its article's
// publication: "the two ministers met", "the army denied the strike" in an article
// of 10 November 2025 are about that autumn, not about a meeting of the same pair
// two years before. So an undated report (and a denial, see joinDenials) considers
// only the records whose dates reach into a horizon around its article's
// publication date: horizonBefore before it, since articles recall events of the
// past weeks as news (the follow-ups of a strike, the reactions to a meeting run
// for about a month), and horizonAfter after it, for announced events ("the talks
// will open on Monday") and for publication dates a time zone or a late update
// away. A report whose article has no date keeps the whole history of its pair.
//
// Two undated reports are one event only if some day lies within both their
// horizons: an undated record keeps the days all its reports' horizons share
// (record.when), and an undated report joins it only when its own horizon meets
// them, so the articles of one undated record were published at most
// horizonBefore+horizonAfter apart (a month more for an article dated only by its
// month). Before, an undated report joined the first undated record of its pair
// and family that took it, whatever the dates: two undated "the two ministers
// met" from articles three years apart became one event. The same horizon, not a shorter span such as Options.Window, since an
// undated report may speak of any day of its horizon: a follow-up of a meeting
// published three weeks later ("the ministers' talks") is about the same meeting.
//
// The horizon also makes the records an undated report can join a bounded span of
// time, which is what lets an incremental update rebuild a slice of a pair's
// history instead of the whole of it, undated records included.
const (
	horizonBefore = 30 * 24 * time.Hour
	horizonAfter  = 3 * 24 * time.Hour
)

// horizon is the span of days an undated report of a document considers; zero
// (open) when the document has no publication date.
type horizon struct{ lo, hi time.Time }

// horizonOf is the horizon of a document's undated reports: its publication period
// (a day, or the month or year it was given at) widened by horizonBefore and
// horizonAfter.
func horizonOf(d *sitrep.Document) horizon {
	if d == nil {
		return horizon{}
	}
	lo, hi, _, ok := period(d.Published)
	if !ok {
		return horizon{}
	}
	return horizon{lo.Add(-horizonBefore), hi.Add(horizonAfter)}
}

// meets reports whether two horizons share a day; an open horizon meets every
// other.
func (h horizon) meets(o horizon) bool {
	if h.lo.IsZero() || o.lo.IsZero() {
		return true
	}
	return !h.hi.Before(o.lo) && !o.hi.Before(h.lo)
}

// narrow is the days h and o share: the other when one is open. The caller has
// checked that they meet.
func (h horizon) narrow(o horizon) horizon {
	switch {
	case h.lo.IsZero():
		return o
	case o.lo.IsZero():
		return h
	}
	return horizon{maxTime(h.lo, o.lo), minTime(h.hi, o.hi)}
}

// admits reports whether a dated record's period reaches into the horizon; an
// open horizon admits every record.
func (h horizon) admits(r *record) bool {
	if h.lo.IsZero() {
		return true
	}
	return !r.until().Before(h.lo) && !r.from().After(h.hi)
}

// story is a run of records about one pair of actors, in any family.
type story struct {
	name    string
	records []*record
}

// storiesOf groups records about the same pair of actors into stories: in date
// order, a record joins the story before it when it starts at most storyWindow
// after that story's last possible day. Undated records form one story per pair.
func storiesOf(records []*record, storyWindow time.Duration) map[*record]*story {
	byPair := map[dyadKey][]*record{}
	var pairs []dyadKey
	for _, r := range records {
		k := r.key
		if k.b < k.a {
			k.a, k.b = k.b, k.a
		}
		if byPair[k] == nil {
			pairs = append(pairs, k)
		}
		byPair[k] = append(byPair[k], r)
	}
	out := make(map[*record]*story, len(records))
	for _, k := range pairs {
		rs := slices.Clone(byPair[k])
		slices.SortStableFunc(rs, func(a, b *record) int { return a.from().Compare(b.from()) })
		var cur, undated *story
		var end time.Time
		for _, r := range rs {
			if !r.dated() {
				if undated == nil {
					undated = &story{name: storyName(k, "")}
				}
				undated.records = append(undated.records, r)
				out[r] = undated
				continue
			}
			if cur == nil || r.from().After(end.Add(storyWindow)) {
				cur = &story{name: storyName(k, r.from().Format("2006-01-02"))}
				end = time.Time{}
			}
			if u := r.until(); u.After(end) {
				end = u
			}
			cur.records = append(cur.records, r)
			out[r] = cur
		}
	}
	return out
}

// dateRank sorts exact dates first, then partial ones, then undated.
func dateRank(s string) string {
	switch len(s) {
	case 10:
		return "0" + s
	case 0:
		return "2"
	}
	return "1" + s
}

func makeClaim(n int, r *record, st *story, docs map[string]*sitrep.Document, label func(string) string, omissions bool) sitrep.Claim {
	first := r.events[0]
	c := sitrep.Claim{
		ID:    fmt.Sprintf("c%d", n),
		Kind:  "event",
		Event: sitrep.ClaimEvent{Source: first.Source.Code, CAMEO: first.CAMEO, Target: first.Target.Code, Place: r.place},
		Story: st.name,
	}
	if !r.exact.IsZero() {
		c.Event.Date = r.exact.Format("2006-01-02")
	} else {
		c.Event.Date = first.Date
	}
	c.Summary = summary(first, label)

	// One position per document: its strongest stance on the claim.
	seen := map[string]int{}
	for _, e := range r.events {
		p := position(e, docs[e.Doc])
		if i, ok := seen[e.Doc]; ok {
			if rank(p.Stance) > rank(c.Positions[i].Stance) {
				c.Positions[i] = p
			}
			continue
		}
		seen[e.Doc] = len(c.Positions)
		c.Positions = append(c.Positions, p)
	}
	// Documents that cover the story but not this claim omit it.
	for _, other := range st.records {
		if !omissions {
			break
		}
		for _, e := range other.events {
			if _, ok := seen[e.Doc]; ok {
				continue
			}
			seen[e.Doc] = len(c.Positions)
			d := docs[e.Doc]
			c.Positions = append(c.Positions, sitrep.Position{Doc: d.ID, Outlet: d.Outlet, Stance: sitrep.StanceOmits})
		}
	}

	// Independence: count each original outlet once.
	copied := sharedWording(c.Positions, docs)
	independent := newOutlets()
	// The outlets whose own reports are on the claim: a relay of one of them
	// can be checked against its words.
	own := map[string]bool{}
	for i, p := range c.Positions {
		if d := docs[p.Doc]; p.Stance != sitrep.StanceOmits && p.Stance != sitrep.StanceContradicts && copied[i] < 0 && d.Independent() {
			own[outletKey(cmp.Or(d.Outlet, d.ID))] = true
		}
	}
	// An outlet is one source: its own account when it has a report of its
	// own on the claim, else the outlets its articles relay (voiced, relayed).
	voiced := map[string]bool{}
	relayed := map[string][]string{}
	contested := false
	for i, p := range c.Positions {
		d := docs[p.Doc]
		switch p.Stance {
		case sitrep.StanceOmits:
			continue
		case sitrep.StanceContradicts:
			contested = true
			continue
		}
		switch {
		case copied[i] >= 0:
			// The same wording as an earlier report in another outlet: one wire
			// story carried twice, whatever the rest of the two articles say. It
			// counts under the first report of the chain.
			up := docs[c.Positions[copied[i]].Doc]
			root := up
			for k, seen := copied[i], 0; k >= 0 && seen < len(copied); k, seen = copied[k], seen+1 {
				root = docs[c.Positions[k].Doc]
			}
			c.Derivative = append(c.Derivative, sitrep.Derivation{Doc: d.ID, Upstream: cmp.Or(up.Outlet, up.ID)})
			independent.add(upstreamOf(root, docs))
		case d.DuplicateOf != "":
			name := upstreamOf(d, docs)
			c.Derivative = append(c.Derivative, sitrep.Derivation{Doc: d.ID, Upstream: name})
			independent.add(name)
		case d.Upstream != "" && own[outletKey(d.Upstream)] && !relays(p, d.Upstream, c.Positions, docs):
			// The article says it relays an outlet whose own report is on the
			// claim, and its sentence neither names that outlet nor carries its
			// report's words: the outlet tells it in its own words.
			independent.add(cmp.Or(d.Outlet, d.ID))
			voiced[outletKey(cmp.Or(d.Outlet, d.ID))] = true
		case d.Upstream != "":
			c.Derivative = append(c.Derivative, sitrep.Derivation{Doc: d.ID, Upstream: d.Upstream})
			k := outletKey(cmp.Or(d.Outlet, d.ID))
			relayed[k] = append(relayed[k], d.Upstream)
		default:
			independent.add(cmp.Or(d.Outlet, d.ID))
			voiced[outletKey(cmp.Or(d.Outlet, d.ID))] = true
		}
	}
	// A relay counts under the outlet it relays, unless its own outlet has a
	// report of its own on the claim: two articles of one outlet are one voice,
	// whatever agency one of them cites in its lead. An outlet whose articles
	// relay several outlets is one source, which the relayed outlets share.
	for k, ups := range relayed {
		if voiced[k] {
			continue
		}
		independent.add(ups[0])
		for _, u := range ups[1:] {
			independent.join(u, ups[0])
		}
	}
	c.IndependentOutlets = independent.count()
	switch {
	case contested:
		c.Status = sitrep.StatusContested
	case c.IndependentOutlets >= 2:
		c.Status = sitrep.StatusCorroborated
	default:
		c.Status = sitrep.StatusSingleSource
	}
	if c.Derivative == nil {
		c.Derivative = []sitrep.Derivation{}
	}
	c.Values = valuesOf(r, c.Positions, copied, docs)
	return c
}

// relays reports whether p names outlet ("state news agency SANA reported") or
// carries the wording of a report of outlet on ps: sharedWording leaves a relay
// and its original alone, since both count under the original's outlet.
func relays(p sitrep.Position, outlet string, ps []sitrep.Position, docs map[string]*sitrep.Document) bool {
	if names(p.Sentence, outlet) {
		return true
	}
	for _, q := range ps {
		if d := docs[q.Doc]; q.Doc != p.Doc && q.Stance != sitrep.StanceOmits && d.Independent() && outletKey(cmp.Or(d.Outlet, d.ID)) == outletKey(outlet) &&
			oneText(p.Sentence, q.Sentence) {
			return true
		}
	}
	return false
}

// outlets counts independent sources: the outlet names reports count under,
// loosely compared (outletKey), where joined names are one source.
type outlets struct {
	counted map[string]bool
	links   map[string][]string
}

func newOutlets() *outlets {
	return &outlets{counted: map[string]bool{}, links: map[string][]string{}}
}

func (o *outlets) add(name string) { o.counted[outletKey(name)] = true }

// join links two names; a name that no report counts under links others
// through it but is not counted itself.
func (o *outlets) join(a, b string) {
	ka, kb := outletKey(a), outletKey(b)
	o.links[ka] = append(o.links[ka], kb)
	o.links[kb] = append(o.links[kb], ka)
}

// count is the number of sources: groups of linked names with a counted one.
func (o *outlets) count() int {
	seen := map[string]bool{}
	n := 0
	for k := range o.counted {
		if seen[k] {
			continue
		}
		n++
		stack := []string{k}
		seen[k] = true
		for len(stack) > 0 {
			x := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			for _, y := range o.links[x] {
				if !seen[y] {
					seen[y] = true
					stack = append(stack, y)
				}
			}
		}
	}
	return n
}

// upstreamOf is the outlet a document's report counts under: its original's
// outlet for a copy, the outlet it summarises, or its own.
func upstreamOf(d *sitrep.Document, docs map[string]*sitrep.Document) string {
	switch {
	case d.DuplicateOf != "":
		if up := docs[d.DuplicateOf]; up != nil && up.Outlet != "" {
			return up.Outlet
		}
		return d.DuplicateOf
	case d.Upstream != "":
		return d.Upstream
	}
	return cmp.Or(d.Outlet, d.ID)
}

// minSharedWords is the shortest sentence whose wording is compared: short
// sentences ("Russia denied it.") can match by chance.
const minSharedWords = 8

// minIdenticalWords is the shortest sentence that, repeated word for word in
// another outlet, is one wire text: a background line ("Damascus denied
// responsibility and blamed rebels.") is copied whole however short, while the
// sentences that coincide by chance are formulas of four words or fewer ("The
// truce was broken.", "Russia denied it.").
const minIdenticalWords = 5

// sharedContainment is the share of the shorter sentence's words that must occur
// in the other for two reports to be one wire text: agency copy is trimmed or
// extended by a clause, rarely reworded.
const sharedContainment = 0.8

// sharedWording finds the reports that repeat an earlier report's sentence in
// another outlet — the wire text that several outlets carry unchanged or nearly
// so (ingest links whole-article copies; a shared paragraph inside otherwise
// different articles is found here). copied[i] is the position whose report
// position i copies, -1 when none: the earliest publication, then the lower id;
// failing that, the report of an outlet its sentence names.
func sharedWording(ps []sitrep.Position, docs map[string]*sitrep.Document) []int {
	copied := make([]int, len(ps))
	for i := range copied {
		copied[i] = -1
	}
	words := make([]map[string]bool, len(ps))
	seq := make([]string, len(ps))
	for i, p := range ps {
		if p.Stance != sitrep.StanceOmits {
			words[i] = wordSet(p.Sentence)
			if ws := wordList(p.Sentence); len(ws) >= minIdenticalWords {
				seq[i] = strings.Join(ws, " ")
			}
		}
	}
	same := func(i, j int) bool { return sameText(seq[i], seq[j], words[i], words[j]) }
	earlier := func(a, b *sitrep.Document) bool {
		if a.Published != b.Published && a.Published != "" && b.Published != "" {
			return a.Published < b.Published
		}
		return a.ID < b.ID
	}
	for i := range ps {
		if words[i] == nil {
			continue
		}
		di := docs[ps[i].Doc]
		for j := range ps {
			// Omissions have no words: test that before anything that costs.
			// (Short sentences still count when repeated word for word: sameText.)
			if i == j || words[j] == nil {
				continue
			}
			dj := docs[ps[j].Doc]
			if outletKey(upstreamOf(di, docs)) == outletKey(upstreamOf(dj, docs)) || !earlier(dj, di) {
				continue
			}
			if same(i, j) && (copied[i] < 0 || earlier(dj, docs[ps[copied[i]].Doc])) {
				copied[i] = j
			}
		}
	}
	// A report that names another outlet of the claim relays it: "according to
	// Reuters", "a source told Sputnik".
	for i := range ps {
		if copied[i] >= 0 || ps[i].Stance == sitrep.StanceOmits {
			continue
		}
		own := outletKey(upstreamOf(docs[ps[i].Doc], docs))
		for j := range ps {
			up := upstreamOf(docs[ps[j].Doc], docs)
			if i != j && ps[j].Stance != sitrep.StanceOmits && outletKey(up) != own && names(ps[i].Sentence, up) {
				copied[i] = j
				for k := range ps {
					if copied[k] == i && outletKey(upstreamOf(docs[ps[k].Doc], docs)) == outletKey(up) {
						// The wording matched the other way: the named
						// outlet's report is the original.
						copied[k] = -1
					}
				}
				break
			}
		}
	}
	return copied
}

// sameText reports whether two sentences, as word sequences (wordList joined,
// "" when shorter than minIdenticalWords) and word sets, are one wire text: a
// long sentence nearly whole, a shorter one word for word.
func sameText(seqA, seqB string, a, b map[string]bool) bool {
	if seqA != "" && seqA == seqB {
		return true
	}
	return len(a) >= minSharedWords && len(b) >= minSharedWords && containment(a, b) >= sharedContainment
}

// oneText is sameText on two sentences.
func oneText(a, b string) bool {
	seq := func(s string) string {
		if ws := wordList(s); len(ws) >= minIdenticalWords {
			return strings.Join(ws, " ")
		}
		return ""
	}
	return sameText(seq(a), seq(b), wordSet(a), wordSet(b))
}

// names reports whether a sentence names an outlet, as whole words ("The
// Washington Post" also as "Washington Post"); names under four letters are too
// ambiguous to look for.
func names(sentence, outlet string) bool {
	name := outletKey(outlet)
	if len(name) < 4 {
		return false
	}
	s := strings.ToLower(sentence)
	for from := 0; ; {
		k := strings.Index(s[from:], name)
		if k < 0 {
			return false
		}
		start, end := from+k, from+k+len(name)
		before, _ := utf8.DecodeLastRuneInString(s[:start])
		after, _ := utf8.DecodeRuneInString(s[end:])
		if (start == 0 || !unicode.IsLetter(before)) && (end == len(s) || !unicode.IsLetter(after)) {
			return true
		}
		from = start + 1
	}
}

func wordSet(s string) map[string]bool {
	set := map[string]bool{}
	for _, w := range wordList(s) {
		set[w] = true
	}
	return set
}

// wordList is a sentence's words in order, lower-cased, with the dots of
// abbreviations left out: one wire text spells "U.S." where its copy has "US".
func wordList(s string) []string {
	s = strings.ReplaceAll(strings.ToLower(s), ".", "")
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// containment is the share of the smaller set's words found in the other.
func containment(a, b map[string]bool) float64 {
	if len(b) < len(a) {
		a, b = b, a
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// outletKey compares outlet names loosely: "The Washington Post" and "Washington
// Post" are one outlet.
func outletKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.TrimPrefix(s, "the ")
}

func rank(stance string) int {
	switch stance {
	case sitrep.StanceAsserts:
		return 3
	case sitrep.StanceAttributes:
		return 2
	case sitrep.StanceContradicts:
		return 1
	}
	return 0
}

func position(e sitrep.Event, d *sitrep.Document) sitrep.Position {
	p := sitrep.Position{Doc: e.Doc, Outlet: d.Outlet, Sentence: e.Sentence, Span: e.CharSpan, Event: e.ID, Stance: sitrep.StanceAsserts}
	switch {
	case e.Mode == sitrep.ModeNegated:
		p.Stance = sitrep.StanceContradicts
	case e.AttributedTo != nil:
		p.Stance = sitrep.StanceAttributes
		p.AttributedTo = cmp.Or(e.AttributedTo.Code, e.AttributedTo.Text)
	}
	if len(e.Quantities) > 0 {
		q := e.Quantities[0]
		p.Value = q.Text
	}
	return p
}

func summary(e sitrep.Event, label func(string) string) string {
	what := e.CAMEO
	if label != nil {
		if l := label(e.CAMEO); l != "" {
			what = strings.ToLower(l)
		}
	}
	name := func(a sitrep.EventActor) string {
		return cmp.Or(a.Code, "(no actor)")
	}
	s := name(e.Source) + " " + what
	if e.Target.Code != "" {
		s += " → " + name(e.Target)
	}
	return s
}

// storyName names a story by its pair of actors and the first day of its
// period ("SYR–USA 2025-11-10"); undated stories by the pair alone.
func storyName(k dyadKey, from string) string {
	name := k.a
	if k.b != "" {
		name += "–" + k.b
	}
	if from != "" {
		name += " " + from
	}
	return name
}
