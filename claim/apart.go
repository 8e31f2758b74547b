package claim

import (
	"regexp"
	"strings"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/country"
)

// More evidence that two reports are two events (docs/eval/fakes-claims.md, "Fewer
// wrong clusters"), from the causes of the *different* FA-KES clusters of stop 14.
// Each is a condition two reports must meet to share a record, checked pairwise
// like the sides and places of incidents.go (record.against), or a class of
// reports kept apart like the background lines (aspectual), so that every decision
// Build makes respects it and none looks further in time than before
// (UpdateWindow's argument is unchanged):
//
//   - days (useDays): two reports whose own words each give them a day ("on
//     Friday", "yesterday", "on 2 June") and the days differ are two events: a
//     war's daily reports of one side's strikes on one city share actors,
//     family, the city and the template, and the window (three days, which
//     absorbs one weekday resolved from articles published on different days)
//     made one record of Friday's and Sunday's raids, and of Tuesday's and
//     Wednesday's rockets on one district. A day's gap (dayTolerance) is allowed
//     where it is what one event looks like (useEdgeSlack; docs/eval/fakes-claims.md,
//     "Days apart by their own words", stop 28): when either report puts its act
//     at a day's edge ("late Thursday", "overnight", "at dawn"), which outlets
//     writing before and after midnight or in other time zones date a day apart,
//     and when both are verbal (an accusation or a statement repeated from one
//     day to the next). A day taken from the publication date alone (no date
//     words) may be any day before it, and does not count, nor does the day of a
//     report's saying ("On Sunday a monitor said …": DateFrom "reported",
//     event/locate.go), which is a horizon like a publication (apart2.go); a
//     denial is dated by when it was said, not by the day it answers, and does
//     not count either. Counter (values.go) keeps to it too: two acts blamed on
//     two actors days apart are no counter-attribution.
//   - sides across countries (useSidesAcross): the sides of incidents.go compared
//     for every actor whose country both reports share, not only in parts whose
//     two actors are of one country: the rebels and the government giving the UN
//     assurances, or the army and insurgents killing civilians, are two events.
//   - related links (useTail): a run of headline lines at the end of an article,
//     after its body ("Related: Army Retakes Two Villages …") — the titles of
//     other articles — reports nothing the article itself does; its events are
//     left out of the claims. FA-KES lost its line breaks, so such a block is one
//     long title-case "sentence" without final punctuation; with its lines kept,
//     it is a run of heading lines (tokenize.Sentences).
//   - general lines (useGeneral): a sentence about a whole country or two
//     ("across the country", "in Syria and Iraq") with no date words of its own
//     is a summary or a background line, not one incident: such reports are
//     kept apart from the others, as the background lines are (aspectual). One
//     with date words is about that day's or month's act ("launched last June
//     an offensive across Iraq and Syria"), and keeping those apart too lost
//     known same-event pairs (NOTES.md, "More evidence of two events").
//   - cumulative tolls (useCumulative): a count over a stretch ("since 2011",
//     "so far", "in total", "in recent days", "the toll includes") is not one
//     day's incident: such reports are kept apart from reports of one occasion,
//     as the background lines are (aspectual).

// The rules above switch with these; TestClustersEval turns each off to measure
// what it does. dayTolerance is the gap in days two reports' own days may have
// and still be one event where a gap is allowed at all: always without
// useEdgeSlack (the rule before stop 28), else at a day's edge or between
// verbal reports.
var (
	useDays        = true
	dayTolerance   = 1
	useEdgeSlack   = true
	useSidesAcross = true
	useTail        = true
	useCumulative  = true
	useGeneral     = true
)

// edgeWords put an act at a day's edge: "late Thursday", "overnight", "at dawn
// on Saturday", "early on Monday", "Friday night".
var edgeWords = setOf("night nights overnight midnight dawn evening late early predawn")

// atEdge reports whether a sentence puts its act at a day's edge (edgeWords).
func atEdge(sentence string) bool {
	for _, w := range splitWords(sentence) {
		if edgeWords[w] {
			return true
		}
	}
	return false
}

// verbal: CAMEO's verbal quad classes, statements, appeals, accusations and
// threats (1 and 3), which are repeated from day to day as acts of force are not.
func verbal(e sitrep.Event) bool { return e.Quad == 1 || e.Quad == 3 }

// slack reports whether two reports' own days may be a day apart and still be
// one event (useEdgeSlack): either puts its act at a day's edge, or both are
// verbal.
func slack(a, b when) bool { return a.edge || b.edge || a.verbal && b.verbal }

// ownDay is the day a report's own words give it: a day-precise date with the
// words that say so (DateText), read from its sentence or inherited from an
// earlier one. Not a denial's: "the ministry said on Tuesday that its jets had not
// struck" is dated by when it was said.
func ownDay(e sitrep.Event) (time.Time, bool) {
	if e.DateText == "" || e.Mode == sitrep.ModeNegated {
		return time.Time{}, false
	}
	switch e.DateFrom {
	case "text", "inherited", "published":
	default:
		return time.Time{}, false // "since": the start of a stretch
	}
	lo, _, exact, ok := period(e.Date)
	if !ok || !exact {
		return time.Time{}, false
	}
	return lo, true
}

// when is what the rules of apart.go and apart2.go read of a report's dates and
// kind, read once per report (whenOf) rather than once for every pair a record
// weighs it in.
type when struct {
	own        time.Time // its own day (ownDay), when hasOwn
	edge       bool      // with an own day: its sentence puts the act at a day's edge (atEdge)
	horizon    time.Time // its publication horizon (pubHorizon), when hasHorizon
	hasOwn     bool
	hasHorizon bool
	coarse     bool // dated only to a year by its own words (coarseOwn)
	day        bool // dated to one day, by its words or its publication (dayLevel)
	violent    bool // a report of force (violent)
	verbal     bool // of CAMEO's verbal quad classes
}

func whenOf(e sitrep.Event) when {
	w := when{coarse: coarseOwn(e), day: dayLevel(e), violent: violent(e.Root), verbal: verbal(e)}
	w.own, w.hasOwn = ownDay(e)
	w.edge = w.hasOwn && atEdge(e.Sentence)
	w.horizon, w.hasHorizon = pubHorizon(e)
	return w
}

// daysApart reports whether two reports' own days are too far apart for one
// event: more than dayTolerance days, or any day at all without slack.
func daysApart(a, b when) bool {
	if !a.hasOwn || !b.hasOwn {
		return false
	}
	tol := dayTolerance
	if useEdgeSlack && !slack(a, b) {
		tol = 0
	}
	return overDays(a.own, b.own, tol)
}

// overDays reports whether two days lie more than days days apart, in either
// order: the test of the own-days rule, of Counter's (values.go) and of the
// publication gap (apart2.go).
func overDays(a, b time.Time, days int) bool {
	gap, tol := a.Sub(b), time.Duration(days)*24*time.Hour
	return gap > tol || gap < -tol
}

// sideFits reports whether two actors can be one party by their sides: always
// when they are of different countries or one has no side (a bare country), else
// when their sides are the same.
func sideFits(a, b string) bool {
	if country.Of(a) == "" || country.Of(a) != country.Of(b) {
		return true
	}
	sa, sb := side(a), side(b)
	return sa == "" || sb == "" || sa == sb
}

// sidesFitAcross is sidesFit for a part whose two actors are of different
// countries (or groups): each actor is compared with the other report's actor in
// its place when both are of one country — the sources by their sides, the targets
// as sidesFit compares them (targetsFit).
func sidesFitAcross(a, b sitrep.Event) bool {
	fit := func(as, at, bs, bt string) bool {
		if actorKey(as) != actorKey(bs) || actorKey(at) != actorKey(bt) {
			return false // the other orientation of a symmetric family
		}
		tf := country.Of(at) == "" || targetsFit(side(at), side(bt))
		return sideFits(as, bs) && tf
	}
	if fit(a.Source.Code, a.Target.Code, b.Source.Code, b.Target.Code) {
		return true
	}
	return symmetric[a.Root] && fit(a.Source.Code, a.Target.Code, b.Target.Code, b.Source.Code)
}

// cumulativeCue marks a count over a stretch of time rather than one day's: a
// bound ("since April", "so far", "to date"), a total ("in total", "a total of",
// "the toll includes"), or a span of days or more bound to publication ("in
// recent days", "over the past two weeks"). Hours are left out: "in the past 24
// hours" is one day's news.
var cumulativeCue = regexp.MustCompile(`(?i)\b(since|so far|to date|in total|a total of|altogether|cumulative|toll includes|` + recentSpan + `)\b`)

// recentSpan is a span of days or more bound to publication ("in recent days",
// "over the past two weeks"), a cue of cumulative tolls and of the lines of a
// stretch (apart2.go) alike.
const recentSpan = `(in|over|during|throughout) (the )?(recent|past|last|previous)( [a-z0-9]+){0,2} (days|weeks|months|years)`

// cumulative reports whether e's sentence gives a count over a stretch of time
// (cumulativeCue, and a count of victims in the sentence): "more than 300 people have been
// killed since April", "in recent days 57 civilians were killed". A "since" of a
// line with no count ("has been battling them since June 9") is the start of a
// campaign, which may join the record of that day (see aspectual).
func cumulative(e sitrep.Event) bool {
	return tollWord.MatchString(e.Sentence) && counts(e.Sentence) && cumulativeCue.MatchString(e.Sentence)
}

// tollWord: the sentence counts victims ("killed", "dead", "casualties"), not
// people trapped or displaced.
var tollWord = regexp.MustCompile(`(?i)\b(kill(ed|ing)?|dead|deaths?|died|injur(ed|ies|ing)|wounded|martyred|casualties|toll)\b`)

// counts reports whether a sentence holds a number that is no part of a date: not
// a year ("2014") nor a day of a month ("June 9", "2 June", "Sept. 19").
func counts(s string) bool {
	toks := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '(' || r == ')' || r == '"' })
	month := func(i int) bool {
		if i < 0 || i >= len(toks) {
			return false
		}
		w := strings.ToLower(strings.TrimRight(toks[i], ".,;:"))
		return len(w) >= 3 && monthNames[w[:3]]
	}
	for i, t := range toks {
		t = strings.TrimRight(t, ".,;:%")
		if t == "" || strings.TrimLeft(strings.ReplaceAll(t, ",", ""), "0123456789") != "" {
			continue
		}
		n := strings.ReplaceAll(t, ",", "")
		if len(n) == 4 && (n[:2] == "19" || n[:2] == "20") || month(i-1) || month(i+1) {
			continue
		}
		return true
	}
	return false
}

var monthNames = setOf("jan feb mar apr may jun jul aug sep oct nov dec")

// tail reports whether e was read from a related-links block (see useTail): its
// sentence, and every sentence after it to the end of the document, is a heading
// line or a title-case run without final punctuation, and a body sentence comes
// before it.
func (f *headlineFinder) tail(e sitrep.Event) bool {
	d, at, ok := f.locate(e)
	if !ok {
		return false
	}
	s := strings.TrimSpace(e.Sentence)
	if !unpunctuated(s) {
		return false // neither a heading line nor a run of titles: no need to split
	}
	block := func(st sitrep.Sentence) bool {
		t := strings.TrimSpace(d.Text[st.Start:st.End])
		return st.Heading || headlineCase(t) && unpunctuated(t)
	}
	body, in := false, false
	for _, st := range f.sentences(d) {
		switch {
		case in:
			if !block(st) {
				return false
			}
		case st.Start <= at && at < st.End:
			if !body || !block(st) {
				return false
			}
			in = true
		case !st.Heading:
			body = true
		}
	}
	return in
}

// generalCue marks a sentence about a whole country or two.
var generalCue = regexp.MustCompile(`(?i)\b(across (the country|the war-torn country|syria|iraq|the region)|(in|across|throughout) (both )?(syria and iraq|iraq and syria))\b`)

// general reports whether e's sentence speaks of a whole country or two
// (generalCue) other than in a group's name ("the Islamic State in Iraq and
// Syria").
func general(e sitrep.Event) bool {
	if e.DateText != "" {
		return false
	}
	for _, m := range generalCue.FindAllStringIndex(e.Sentence, -1) {
		before := strings.Fields(strings.ToLower(e.Sentence[:m[0]]))
		if len(before) == 0 || before[len(before)-1] != "state" {
			return true
		}
	}
	return false
}
