package claim

import (
	"regexp"
	"time"

	"github.com/sitrep-dev/sitrep"
)

// Dates weighed as what they are (docs/eval/fakes-claims.md, "Dates as horizons";
// the second round on the causes of the *different* FA-KES clusters). Like the
// rules of apart.go each is a condition two reports must meet to share a record,
// checked pairwise in record.against, so every decision Build makes keeps to it
// and none looks further in time than before:
//
//   - horizon (useHorizon): a report with no date words is dated by its article's
//     publication, and that day is a horizon, not a day: the report can be about
//     that day or any day before it, never a later one. Such a report and one
//     whose own words give it a day more than horizonTolerance after that horizon
//     are two events: a headline published on a Friday ("Five killed in rocket
//     attacks on the city") is not the Monday raid of the next week, however well
//     it fits the window, the pair and the words. A day's slack is the same one the
//     own-days rule allows (dayTolerance): an article dated by its time zone a
//     day early.
//   - years (useYears): a report whose own words date it to a whole year only
//     ("last year" excepted: a year counted from publication), or to a stretch
//     from a year ("since 2011"), is a summary of that year or a campaign, not the
//     day's incident the window would join it to; it is kept from reports of one
//     day. A month is left to oneDay, which places a month report by the one day
//     its pair has in that month (claim.go).

// The rules above switch with these; TestClustersEval turns each off to measure
// what it does.
var (
	useHorizon       = true
	horizonTolerance = 1
	useYears         = false // measured, not adopted (claim/doc.go)
	usePubGap        = true
	useMonths        = false // measured, not adopted (claim/doc.go)
	useYearsPub      = false // measured, not adopted (claim/doc.go)
)

// pubHorizon is the day a report is dated by when its words give none: its article's
// publication day (DateFrom "published" with no DateText). Not a denial's, which
// is dated by when it was said.
func pubHorizon(e sitrep.Event) (time.Time, bool) {
	if e.DateText != "" || e.DateFrom != "published" || e.Mode == sitrep.ModeNegated {
		return time.Time{}, false
	}
	lo, _, exact, ok := period(e.Date)
	if !ok || !exact {
		return time.Time{}, false
	}
	return lo, true
}

// pastHorizon reports whether one of two reports is dated only by its
// publication and the other's own day lies more than horizonTolerance after it.
func pastHorizon(a, b sitrep.Event) bool {
	after := func(h, o sitrep.Event) bool {
		p, ok := pubHorizon(h)
		if !ok {
			return false
		}
		d, ok := ownDay(o)
		return ok && d.Sub(p) > time.Duration(horizonTolerance)*24*time.Hour
	}
	return after(a, b) || after(b, a)
}

// pubGap reports whether two reports of violence, each dated only by its
// publication, were published more than a day apart (usePubGap; not adopted).
func pubGap(a, b sitrep.Event) bool {
	if !violent(a.Root) || !violent(b.Root) {
		return false
	}
	pa, ok := pubHorizon(a)
	if !ok {
		return false
	}
	pb, ok := pubHorizon(b)
	if !ok {
		return false
	}
	gap := pa.Sub(pb)
	if gap < 0 {
		gap = -gap
	}
	return gap > 24*time.Hour
}

// violent: the CAMEO roots of force (18 assault, 19 fight, 20 mass violence).
func violent(root string) bool {
	return root == "18" || root == "19" || root == "20"
}

// coarseOwn reports whether e's own words date it only to a year (or, with
// useMonths, a month), or to a stretch from one: not a period counted from the
// publication date ("last year", "in May").
func coarseOwn(e sitrep.Event) bool {
	switch e.DateFrom {
	case "text", "inherited", "since":
	case "published":
		if !useYearsPub || e.DateText == "" {
			return false
		}
	default:
		return false
	}
	lo, hi, exact, ok := period(e.Date)
	if !ok || exact {
		return false
	}
	days := hi.Sub(lo) / (24 * time.Hour)
	return days > 31 || useMonths && days > 7
}

// dayLevel reports whether e is dated to one day, by its words or its publication.
func dayLevel(e sitrep.Event) bool {
	_, _, exact, ok := period(e.Date)
	return ok && exact
}

// coarseApart reports whether one of two reports is dated only to a year by its
// own words and the other to one day.
func coarseApart(a, b sitrep.Event) bool {
	return coarseOwn(a) && dayLevel(b) || coarseOwn(b) && dayLevel(a)
}

// useStretch keeps lines of a stretch with no date words of their own apart from
// reports of one occasion, as the background lines are (aspectual): a present
// perfect of a going-on ("Moscow has been staging air strikes", "the city has
// been the scene of heavy clashes") or a span bound to publication ("in the last
// several weeks", "in recent days"). Hours are left out: "in the past 24 hours"
// is one day's news.
var useStretch = true

var stretchCue = regexp.MustCompile(`(?i)\b((has|have) been [a-z]+ing|(has|have) been the scene|(in|over|during|throughout) (the )?(recent|past|last|previous)( [a-z0-9]+){0,2} (days|weeks|months|years))\b`)

// stretch reports whether e is a report of force read from a line of a stretch
// (useStretch). Only force: the cue may be another clause's ("the regime has been
// stepping up its attacks even though the district falls within zones endorsed by
// Turkey, Russia and Iran" reports the deal too, and that is no stretch).
func stretch(e sitrep.Event) bool {
	return e.DateText == "" && violent(e.Root) && stretchCue.MatchString(e.Sentence)
}
