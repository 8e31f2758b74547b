package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
	"golang.org/x/text/unicode/norm"
)

// block is a paragraph as a reader found it, before cleaning.
type block struct {
	text    string
	heading bool
}

// paragraphSep separates paragraphs in Document.Text, so that a sentence splitter
// that knows nothing of Paragraphs still never glues a heading onto the next line.
const paragraphSep = "\n\n"

// assemble cleans blocks into d.Text and d.Paragraphs. Boilerplate blocks are
// dropped; a byline becomes d.Byline and a copyright footer names d.Outlet, each
// only when the reader found nothing better. Text is final after this call.
func assemble(d *sitrep.Document, blocks []block) {
	var kept []block
	for _, b := range blocks {
		b.text = normSpace(b.text)
		if b.text == "" {
			continue
		}
		switch classify(b.text) {
		case lineBoilerplate:
			continue
		case lineCopyright:
			if d.Outlet == "" {
				d.Outlet = copyrightOutlet(b.text)
			}
			continue
		case lineByline:
			if d.Byline == "" {
				d.Byline = bylineName(b.text)
			}
			continue
		}
		if !b.heading && isHeadingLine(b.text) {
			b.heading = true
		}
		// Drop a block repeating the previous one: page titles are often both the
		// <title> and the first <h1>.
		if n := len(kept); n > 0 && kept[n-1].text == b.text {
			continue
		}
		kept = append(kept, b)
	}
	var sb strings.Builder
	d.Paragraphs = d.Paragraphs[:0]
	for i, b := range kept {
		if i > 0 {
			sb.WriteString(paragraphSep)
		}
		start := sb.Len()
		sb.WriteString(b.text)
		d.Paragraphs = append(d.Paragraphs, sitrep.Paragraph{
			Span:    sitrep.Span{Start: start, End: sb.Len()},
			Heading: b.heading,
		})
	}
	d.Text = sb.String()
	if len(d.Paragraphs) == 0 {
		d.Paragraphs = nil
	}
}

// normSpace collapses every run of white space to one space, trims, drops
// invisible format characters and controls, and composes to NFC, so that equal
// texts are equal bytes.
func normSpace(s string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case r == '\u200b', r == '\u200c', r == '\u200d', r == '\u2060', r == '\ufeff', r == '\u00ad':
			continue
		case r == utf8.RuneError, unicode.IsControl(r):
			continue
		}
		if space && sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		space = false
		sb.WriteRune(r)
	}
	out := sb.String()
	if !norm.NFC.IsNormalString(out) {
		out = norm.NFC.String(out)
	}
	return out
}

type lineKind int

const (
	lineText lineKind = iota
	lineBoilerplate
	lineCopyright
	lineByline
)

// classify sorts one normalised paragraph. Only short lines can be boilerplate:
// a long paragraph that mentions sharing or copyright is article text.
func classify(s string) lineKind {
	words := strings.Count(s, " ") + 1
	if words > 40 {
		return lineText
	}
	low := strings.ToLower(s)
	switch {
	case isCopyright(low, words):
		return lineCopyright
	case isCommentForm(low, words), isShareLine(low, words), isCrumbs(s, words), isStockLine(low):
		return lineBoilerplate
	case bylineName(s) != "":
		return lineByline
	}
	return lineText
}

// Comment forms of blog engines, WordPress's above all.
var commentPhrases = []string{
	"your email address will not be published",
	"required fields are marked",
	"save my name, email, and website",
	"you must be logged in to post a comment",
	"notify me of follow-up comments",
	"notify me of new posts",
	"this site uses akismet",
	"comments are closed",
}

var commentHeads = regexp.MustCompile(`^(leave a (reply|comment)|post a comment|add a comment|cancel reply|\d+ (comments?|responses?)|(no )?comments?|join the discussion)\b`)

func isCommentForm(low string, words int) bool {
	for _, p := range commentPhrases {
		if strings.Contains(low, p) {
			return true
		}
	}
	return words <= 6 && commentHeads.MatchString(low)
}

var copyrightRE = regexp.MustCompile(`^(©|\(c\)|&copy;|copyright\b)`)

func isCopyright(low string, words int) bool {
	if words > 25 {
		return false
	}
	return copyrightRE.MatchString(low) || strings.Contains(low, "all rights reserved")
}

var (
	copyrightStrip = regexp.MustCompile(`(?i)^\s*(?:©|\(c\)|&copy;|copyright)\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*[,.]?\s*`)
	reservedTail   = regexp.MustCompile(`(?i)[\s.,;|-]*all rights reserved.*$`)
	corpSuffix     = regexp.MustCompile(`(?i)[\s,]+(inc|llc|ltd|limited|plc|corp|co|gmbh|s\.a)\.?$`)
)

// copyrightOutlet reads the publisher from a footer such as "© 2025 Newsmax. All
// rights reserved."; "" when what remains does not look like a name.
func copyrightOutlet(s string) string {
	if !copyrightRE.MatchString(strings.ToLower(s)) {
		return ""
	}
	name := copyrightStrip.ReplaceAllString(s, "")
	name = reservedTail.ReplaceAllString(name, "")
	name = corpSuffix.ReplaceAllString(name, "")
	name = strings.TrimSpace(strings.TrimRight(name, " .,;|-–"))
	if name == "" || strings.Count(name, " ") > 5 {
		return ""
	}
	r, _ := utf8.DecodeRuneInString(name)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return ""
	}
	return name
}

var socialWords = map[string]bool{
	"share": true, "tweet": true, "facebook": true, "twitter": true, "x": true, "whatsapp": true,
	"telegram": true, "linkedin": true, "instagram": true, "youtube": true, "email": true,
	"e-mail": true, "print": true, "reddit": true, "pinterest": true, "messenger": true,
	"copy": true, "link": true, "follow": true, "us": true, "on": true, "this": true, "article": true,
	"subscribe": true, "newsletter": true, "tiktok": true, "threads": true, "bluesky": true,
	"google": true, "news": true, "and": true, "&": true, "via": true, "|": true,
}

var shareHeads = regexp.MustCompile(`^(share( this| on| via|:)|follow (us|@)|like us on|click to (share|print|email)|subscribe to (our|the)|sign up for (our|the)|join (us|our) on|email this|print this)`)

// isShareLine recognises share and follow widgets, which are all short and made of
// social network names and calls to action.
func isShareLine(low string, words int) bool {
	if words > 14 {
		return false
	}
	if shareHeads.MatchString(low) {
		return true
	}
	social := 0
	for _, w := range strings.FieldsFunc(low, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == ':' || r == '/' }) {
		if !socialWords[w] {
			return false
		}
		social++
	}
	return social >= 2
}

// isCrumbs recognises navigation trails: "Home » World » Middle East".
func isCrumbs(s string, words int) bool {
	if words > 16 {
		return false
	}
	var parts []string
	for _, sep := range []string{"»", "›", " > ", " / ", " | ", "::"} {
		if strings.Count(s, sep) >= 1 {
			parts = strings.Split(s, sep)
			break
		}
	}
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" || strings.Count(p, " ") > 4 || strings.ContainsAny(p[len(p)-1:], ".!?") {
			return false
		}
	}
	first := strings.ToLower(strings.TrimSpace(parts[0]))
	return first == "home" || first == "homepage" || first == "news" || len(parts) >= 3
}

var stockLines = map[string]bool{
	"advertisement": true, "advertising": true, "sponsored": true, "read more": true, "read also": true,
	"related": true, "related articles": true, "related posts": true, "related stories": true,
	"you may also like": true, "recommended": true, "more from this author": true,
	"skip to content": true, "skip to main content": true, "back to top": true, "loading...": true,
}

func isStockLine(low string) bool { return stockLines[strings.TrimRight(low, ": ")] }

var (
	bylineRE   = regexp.MustCompile(`^(?i:by|written by|words by|reporting by|author:|posted by)\s+(.+?)\s*$`)
	notAName   = regexp.MustCompile(`^(?i:the|a|an|this|that|then|now|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|early|late|next|last|far|all|most|contrast|comparison|way|means|order|force|law|car|air|land|sea)$`)
	nameJoiner = regexp.MustCompile(`\s*(?:,|\band\b|&)\s*`)
)

// bylineName returns the author named by a byline line ("By Layla Hassan"),
// or "". A byline is short and made of capitalised names, which is what tells it
// from a sentence that starts with "By".
func bylineName(s string) string {
	if len(s) > 100 {
		return ""
	}
	m := bylineRE.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	names := m[1]
	// Drop an outlet or role after a separator: "By Jane Roe | Reuters".
	if i := strings.IndexAny(names, "|–—"); i > 0 {
		names = strings.TrimSpace(names[:i])
	}
	if strings.HasSuffix(names, ".") && !initialEnd(names) {
		return ""
	}
	parts := nameJoiner.Split(names, -1)
	for _, p := range parts {
		if !isPersonName(p) {
			return ""
		}
	}
	return names
}

func initialEnd(s string) bool {
	f := strings.Fields(s)
	last := f[len(f)-1]
	return len(last) == 2 && unicode.IsUpper(rune(last[0]))
}

var nameParticles = map[string]bool{"al": true, "al-": true, "bin": true, "ibn": true, "de": true, "van": true, "von": true, "da": true, "del": true, "la": true, "le": true, "el": true, "abu": true}

func isPersonName(p string) bool {
	f := strings.Fields(p)
	if len(f) == 0 || len(f) > 5 {
		return false
	}
	caps := 0
	for _, w := range f {
		if notAName.MatchString(w) {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			caps++
		case nameParticles[strings.ToLower(w)], strings.HasPrefix(w, "al-"), strings.HasPrefix(w, "el-"):
		default:
			return false
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && c != '-' && c != '\'' && c != '’' && c != '.' {
				return false
			}
		}
	}
	return caps >= 1 && (len(f) >= 2 || len(f[0]) > 2)
}

// isHeadingLine reports a line that reads as a heading: short, capitalised, and
// not ending as a sentence does.
func isHeadingLine(s string) bool {
	if s == "" || len(s) > 160 || strings.Count(s, " ") >= 16 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) && !strings.ContainsRune(`"“‘'`, first) {
		return false
	}
	last, size := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(`"”’')]`, last) && len(s) > size {
		last, _ = utf8.DecodeLastRuneInString(s[:len(s)-size])
	}
	if strings.ContainsRune(".!?;:,", last) {
		return false
	}
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}
