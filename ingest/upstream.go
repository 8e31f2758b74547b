package ingest

import (
	_ "embed"
	"regexp"
	"slices"
	"strings"

	"github.com/sitrep-dev/sitrep"
)

// upstreamLead is how many body paragraphs after the title are searched: an
// article says it summarises another outlet's report in its opening, while an
// outlet cited further down supports one detail and does not make the whole
// article derivative.
const upstreamLead = 3

// upstreamLeadBytes caps each lead paragraph: single-paragraph articles (CSV
// exports) have their lead in their first sentences.
const upstreamLeadBytes = 1200

// triggers are the words every upstream pattern contains; paragraphs without any
// skip the regular expressions, which dominate ingest time otherwise.
var triggers = []string{"according to", "per ", "via ", "citing", "cited", "quoted", "report", "told", "speaking to", "interview", "revealed", "disclosed", "broke the news", "learned", "obtained", "published", "wrote", "writes"}

func hasTrigger(s string) bool {
	low := strings.ToLower(s)
	for _, t := range triggers {
		if strings.Contains(low, t) {
			return true
		}
	}
	return false
}

// outletShapes match names shaped like a news outlet's: "The Washington Post",
// "Sky News Arabia", "The Daily Courier", "Caliber.Az".
const outletShapes = "" +
	// Capitalised words ending in a newspaper word.
	`(?:The\s+)?(?:[A-Z][\w'’&.-]*\s+){1,3}(?:Post|Times|Journal|News|Herald|Guardian|Telegraph|Tribune|Independent|Economist|Monitor|Gazette|Observer|Chronicle|Express|Mail|Standard|Globe|Agency|Wire|Courier|Ledger|Record|Dispatch|Examiner|Bulletin|Sentinel|Inquirer|Enquirer|Reporter|Register|Mirror|Review|Insider|Intercept|Hill|Atlantic|Press|Daily|Today|Network|Television|TV|Radio|Channel|Media|Online)(?:\s+(?:Arabia|International|Online|Agency|Network))?` +
	// "The Daily Courier", "The Sunday Telegraph".
	`|The\s+(?:Daily|Sunday|Weekly|Evening|Morning)\s+[A-Z][\w'’-]+` +
	// One-word titles after "The".
	`|The\s+(?:Hill|Times|Guardian|Independent|Economist|Atlantic|Telegraph|Intercept|Observer|Nation)` +
	// Domain-shaped names.
	`|[A-Z][\w-]*\.(?:Az|az|com|net|org|ru|ir|uk|ae|sa|tr|io|news|info)`

// knownOutlets lists the agencies and broadcasters known by a bare name; it is
// data, so that analysts can extend it without touching the patterns.
//
//go:embed data/outlets.txt
var knownOutlets string

// knownOutletNames turns data/outlets.txt into a regular-expression alternation,
// longest names first so that "Al Arabiya" is not cut short by a shorter entry.
func knownOutletNames() string {
	var names []string
	for line := range strings.Lines(knownOutlets) {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			names = append(names, strings.ReplaceAll(regexp.QuoteMeta(line), " ", "[ -]"))
		}
	}
	slices.SortStableFunc(names, func(a, b string) int { return len(b) - len(a) })
	return strings.Join(names, "|")
}

var upstreamPatterns = func() []*regexp.Regexp {
	name := `((?:` + outletShapes + `|` + knownOutletNames() + `))`
	verbs := `(?:revealed|reported|reports|has reported|had reported|first reported|disclosed|broke the news|learned|has learned|obtained|cited|quoted|published|wrote|writes|said in a report)`
	return []*regexp.Regexp{
		regexp.MustCompile(`\b(?i:according to)\s+(?:(?i:a|an|the)\s+)?(?:(?i:new|recent|exclusive|latest)\s+)?(?:(?i:report|article|story|investigation|analysis)\s+(?i:by|in|from|of)\s+)?` + name + `\b`),
		regexp.MustCompile(`\b` + name + `\s+` + verbs + `\b`),
		regexp.MustCompile(`\b(?:per|via|citing|(?:cited|quoted|reported|first reported) by|(?i:report|reports|reporting|story) (?:by|from|in)|told|speaking to|(?:in )?an interview with)\s+` + name + `\b`),
	}
}()

// DetectUpstream returns the outlet whose report the article says it relays —
// "The Washington Post revealed …", "according to a report by Reuters", "per
// Caliber.Az" — looking at the title and the first paragraphs, or "" when it cites
// none. The article's own outlet is never its upstream: an article by Caliber.Az
// that ends "per Caliber.Az" names itself, so the next candidate is taken.
func DetectUpstream(title, text string, paras []sitrep.Paragraph, outlet string) string {
	own := outletKey(outlet)
	var lead []string
	if title != "" {
		lead = append(lead, title)
	}
	body := 0
	for _, p := range paras {
		if p.Start < 0 || p.End > len(text) || p.Start > p.End {
			continue
		}
		s := text[p.Start:p.End]
		if p.Heading {
			if s != title {
				lead = append(lead, s)
			}
			continue
		}
		lead = append(lead, s)
		if body++; body >= upstreamLead {
			break
		}
	}
	for _, p := range lead {
		if len(p) > upstreamLeadBytes {
			p = p[:upstreamLeadBytes]
		}
		// Sentence by sentence, and only sentences with a trigger word: the
		// regular expressions are the costliest step of ingest otherwise.
		for s := range strings.SplitSeq(p, ". ") {
			if !hasTrigger(s) {
				continue
			}
			if name := upstreamIn(s, own); name != "" {
				return name
			}
		}
	}
	return ""
}

// upstreamIn returns the earliest outlet that s cites as its source, skipping own.
func upstreamIn(s, own string) string {
	best, bestAt := "", len(s)+1
	for _, re := range upstreamPatterns {
		for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
			name := strings.TrimSpace(s[m[2]:m[3]])
			if m[2] >= bestAt || own != "" && outletKey(name) == own || !plausibleOutlet(name) {
				continue
			}
			best, bestAt = name, m[2]
		}
	}
	return best
}

// outletKey compares outlet names loosely: "the Washington Post" and
// "The Washington Post" are one outlet, and so are "Caliber.Az" and "caliber az".
func outletKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "the ")
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '.' || r == '-' || r == '’' || r == '\'' {
			return -1
		}
		return r
	}, s)
}

// plausibleOutlet rejects matches that are government bodies or people shaped like
// outlets ("White House Press" or a sentence-initial "News").
func plausibleOutlet(name string) bool {
	switch strings.ToLower(name) {
	case "news", "press", "media", "the news", "the press", "the media", "today", "daily", "online":
		return false
	}
	return !strings.HasPrefix(name, "White House") && !strings.HasPrefix(name, "The White House")
}
