package claim

import (
	"regexp"
	"time"

	"github.com/sitrep-dev/sitrep"
)

// Dates weighed as what they are (docs/eval/fakes-claims.md, "Dates as horizons",
// stop 15, branch clustprec2): the second round on the causes of the *different*
// FA-KES clusters. Like the rules of apart.go each is a condition two reports must
// meet to share a record, checked pairwise in record.against, or a class of
// reports kept apart like the background lines (aspectual), so every decision
// Build makes keeps to it and none looks further in time than before:
//
//   - horizon (useHorizon): a report with no date words is dated by its article's
//     publication, and that day is a horizon, not a day: the report can be about
//     that day or a day before it, never a later one. Such a report and one whose
//     own words give it a day more than horizonTolerance after that horizon are
//     two events: a headline published on a Friday ("Five killed in rocket attacks
//     on the city") is not the Monday raid of the next week, however well it fits
//     the window, the pair and the words. A day's slack (horizonTolerance) was
//     allowed because "said on Friday" gave a clause the day of its saying; the
//     event coder now tells that day (DateFrom "reported": "On Sunday a monitor
//     said jets struck …"), which is such a horizon too (useReportedHorizon), and
//     the slack is kept only where the own-days rule keeps its own: the other
//     report puts its act at a day's edge or both are verbal (useHorizonEdge,
//     horizonSlack; stop 28, NOTES.md, "Days apart by their own words, and
//     Counter's vetoes").
//   - publication gap (usePubGap): two reports of force (CAMEO 18–20) that both
//     name no day and were printed more than a day apart are two events: a war's
//     daily report tells of the day or night before its publication, so two
//     undated reports of rockets on one city three days apart are two barrages.
//     Force only: an accusation or a deal repeated as background is one line
//     whenever it is printed.
//   - lines of a stretch (useStretch): a report of force with no date words whose
//     sentence speaks of a going-on ("has been staging air strikes", "has been the
//     scene of heavy clashes") or a span of days bound to publication ("in the
//     last several weeks", "in recent days"; hours are one day's news) is the
//     background of the day's incidents, kept apart from them as the background
//     lines are (aspectual).
//   - years (useYears, adopted at stop 28): a report whose own words date it
//     only to a year ("In 2014 Daesh took control of Manbij"), or a stretch from
//     one ("since 2011"), and a report of one day are two events: the year holds
//     the day, but a line about a year is background, not that day's incident.
//     Measured at stop 15 it only turned a *different* cluster into a *related*
//     one; with stop 28's events it takes seven *different* clusters away and
//     loses no known pair (NOTES.md, "Days apart by their own words, and
//     Counter's vetoes").
//
// Measured and left off (NOTES.md, "Dates as horizons" and "Days apart by their
// own words, and Counter's vetoes"): months too (useMonths), or years counted
// from publication ("last year", useYearsPub): known pairs were lost. A month
// stays with oneDay (claim.go).

// The rules above switch with these; TestClustersEval turns each on or off to
// measure what it does.
var (
	useHorizon         = true
	horizonTolerance   = 1
	usePubGap          = true
	useYears           = true  // adopted at stop 28 (NOTES.md, "Days apart by their own words …")
	useMonths          = false // measured, not adopted (NOTES.md, "Days apart by their own words …")
	useYearsPub        = false // measured, not adopted (NOTES.md, "Days apart by their own words …")
	useForceLag        = false // measured, not adopted (NOTES.md, "Dates as horizons")
	useReportedHorizon = true  // the saying's day is a horizon (stop 28)
	useHorizonEdge     = true  // the horizon's day of slack only at a day's edge (stop 28)
)

// pubHorizon is the day a report is dated by when its words give none of its
// own: its article's publication day (DateFrom "published" with no DateText), or
// the day it was reported ("reported"). Not a denial's, which is dated by when
// it was said.
func pubHorizon(e sitrep.Event) (time.Time, bool) {
	reported := e.DateFrom == "reported" && useReportedHorizon
	if !reported && (e.DateText != "" || e.DateFrom != "published") || e.Mode == sitrep.ModeNegated {
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
func pastHorizon(a, b when) bool {
	ab, okAB := horizonLag(a, b)
	ba, okBA := horizonLag(b, a)
	if okAB && ab > horizonSlack(a, b) || okBA && ba > horizonSlack(b, a) {
		return true
	}
	if !useForceLag || !a.violent || !b.violent {
		return false
	}
	// useForceLag: an undated report of force tells of the day or night before its
	// publication, as pubGap has it, so one printed more than a day after the
	// other's own day is another event.
	return okAB && -ab > 24*time.Hour || okBA && -ba > 24*time.Hour
}

// horizonSlack is how far o's own day may lie after h's horizon:
// horizonTolerance, or with useHorizonEdge none unless o puts its act at a day's
// edge or both are verbal, as the own-days rule has it (daysApart).
func horizonSlack(h, o when) time.Duration {
	tol := time.Duration(horizonTolerance) * 24 * time.Hour
	if !useHorizonEdge || o.hasOwn && (o.edge || o.verbal && h.verbal) {
		return tol
	}
	return 0
}

// horizonLag is how far o's own day lies after h's publication horizon
// (negative: before it); ok is false unless h is dated only by its publication
// and o by its own words.
func horizonLag(h, o when) (lag time.Duration, ok bool) {
	if !h.hasHorizon || !o.hasOwn {
		return 0, false
	}
	return o.own.Sub(h.horizon), true
}

// pubGap reports whether two reports of violence, each dated only by its
// publication, were published more than a day apart (usePubGap).
func pubGap(a, b when) bool {
	return a.violent && b.violent && a.hasHorizon && b.hasHorizon && overDays(a.horizon, b.horizon, 1)
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
func coarseApart(a, b when) bool {
	return a.coarse && b.day || b.coarse && a.day
}

// useHeadsApart holds the headlines placed in one record to record.against with
// each other too, not only with the body's reports (placeHeadlines); off, two
// headlines printed days apart could share the record of one body report.
var useHeadsApart = false // measured, not adopted (NOTES.md, "Dates as horizons")

// useStretch switches the lines of a stretch on (see above); TestClustersEval
// turns it off.
var useStretch = true

// stretchCue: a present perfect of a going-on, or a span of days or more bound to
// publication. Hours are left out: "in the past 24 hours" is one day's news.
var stretchCue = regexp.MustCompile(`(?i)\b((has|have) been [a-z]+ing|(has|have) been the scene|` + recentSpan + `)\b`)

// stretch reports whether e is a report of force with no date of its own (dated
// by publication, or not at all) read from a line of a stretch (useStretch). Only force: the cue may be another clause's ("the regime has been
// stepping up its attacks even though the district falls within zones endorsed by
// Turkey, Russia and Iran" reports the deal too, and that is no stretch).
func stretch(e sitrep.Event) bool {
	if e.DateText != "" || e.DateFrom != "published" && e.DateFrom != "" {
		return false // dated by its own words: "fighting since June 9" may join the record of that day
	}
	return violent(e.Root) && stretchCue.MatchString(e.Sentence)
}
