package actor

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Kind says what sort of thing an entry names. It decides how a mention behaves:
// place names are dropped where they are places ("in Syria"), people take titles and
// pronouns, organisations are what "the group" refers back to.
type Kind uint8

// Entry kinds.
const (
	KindUnknown  Kind = iota
	KindPerson        // a named individual
	KindOrg           // an organisation, armed group, agency or outlet
	KindCountry       // a country, its demonym, or a city filed under the country
	KindCapital       // a seat of government used for the government ("Damascus said")
	KindBuilding      // a building used for its occupant ("the White House")
)

var kindNames = map[Kind]string{
	KindUnknown: "actor", KindPerson: "person", KindOrg: "org", KindCountry: "country",
	KindCapital: "capital", KindBuilding: "building",
}

func (k Kind) String() string { return kindNames[k] }

func parseKind(s string) (Kind, bool) {
	for k, n := range kindNames {
		if n == s {
			return k, true
		}
	}
	return 0, false
}

// placeLike reports whether a bare mention of the kind may be a location rather than
// an actor.
func (k Kind) placeLike() bool {
	return k == KindCountry || k == KindCapital || k == KindBuilding
}

// Restriction is one code with the interval in which it applies. A zero From or To
// leaves that end open; both ends are inclusive, as in PETRARCH.
type Restriction struct {
	Code     string
	From, To time.Time
}

func (r Restriction) covers(t time.Time) bool {
	if !r.From.IsZero() && t.Before(r.From) {
		return false
	}
	if !r.To.IsZero() && t.After(r.To) {
		return false
	}
	return true
}

// Entry is one actor record: a canonical name, its synonyms and its dated codes.
type Entry struct {
	Name     string
	Aliases  []string
	Kind     Kind
	Codes    []Restriction // tried in order; the first that covers the date wins
	Default  string        // used when no restriction covers the date
	Source   string        // file the entry was read from
	surnames [][]string    // normalised last names, for "Cooper" after "Brad Cooper"
	remove   bool          // an overlay record that deletes its phrases
}

// CodeAt returns the entry's code on day t, or "" when it has none then.
func (e *Entry) CodeAt(t time.Time) string {
	for _, r := range e.Codes {
		if r.covers(t) {
			return r.Code
		}
	}
	return e.Default
}

// Agent is a role noun from an agents dictionary ("official" → ~GOV). Code is the
// sector it adds; Prefix is true for codes written "NGO~", which go before the
// actor's code instead of after it.
type Agent struct {
	Phrase string
	Code   string
	Prefix bool
	plural bool // the matched form is a plural ("officials")
	remove bool // an overlay record that deletes its phrase
}

// apply combines a modifier actor code with the agent: "IRQ" + "~GOV" → "IRQGOV".
// Only country codes take a sector: a code that already has one keeps it ("USAMIL"
// officials stay USAMIL), as does a group's ("SDF" units stay SDF), and an agent with
// no modifier has no code of its own.
func (a *Agent) apply(code string, countries map[string]bool) string {
	if code == "" {
		return ""
	}
	if len(code) != 3 || !countries[code] {
		return code
	}
	if a.Prefix {
		return a.Code + code
	}
	return code + a.Code
}

// readLines yields the lines of r with invalid UTF-8 read as Latin-1, which is what
// the older TABARI-era files contain.
func readLines(r io.Reader, fn func(n int, line string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		b := sc.Bytes()
		var line string
		if utf8.Valid(b) {
			line = string(b)
		} else {
			rs := make([]rune, len(b))
			for i, c := range b {
				rs[i] = rune(c)
			}
			line = string(rs)
		}
		if err := fn(n, line); err != nil {
			return err
		}
	}
	return sc.Err()
}

// comments strips the comments PETRARCH skips: "#" to the end of the line, ";" for
// TABARI compatibility, and XML comments "<!-- ... -->", which may span lines (a
// malformed "<! --" opens one too, as the validation files have).
type comments struct{ inXML bool }

func (c *comments) strip(line string) string {
	var out strings.Builder
	for {
		if c.inXML {
			i := strings.Index(line, "-->")
			if i < 0 {
				return out.String()
			}
			line, c.inXML = line[i+3:], false
			continue
		}
		line = stripComment(line)
		i := strings.Index(line, "<!")
		if i < 0 {
			out.WriteString(line)
			return out.String()
		}
		out.WriteString(line[:i])
		line, c.inXML = line[i+2:], true
	}
}

// stripComment removes a trailing "#" comment and, for TABARI compatibility, a ";"
// comment.
func stripComment(line string) string {
	if i := strings.IndexAny(line, "#;"); i >= 0 {
		line = line[:i]
	}
	return line
}

// ParseActors reads a PETRARCH/Phoenix actor dictionary. Records are a primary phrase
// (with an optional default code in brackets), synonym lines beginning with "+", and
// indented date restriction lines "[CODE date-date]", "[CODE <date]", "[CODE >date]"
// or "[CODE]". Dates are YYYYMMDD or YYMMDD (00–30 read as 20YY). Underscores join
// the words of a phrase. Structural errors are reported with their line number.
//
// The Phoenix files contain a few malformed dates ("9008223"); PETRARCH skips such
// restrictions, and so does ParseActors, returning each as a warning.
func ParseActors(r io.Reader, source string) (entries []*Entry, warnings []string, err error) {
	var out []*Entry
	var cur *Entry
	addRestrictions := func(e *Entry, s, source string, n int) error {
		if err := addRestrictions(e, s, source, n); err != nil {
			warnings = append(warnings, err.Error())
		}
		return nil
	}
	var cm comments
	err = readLines(r, func(n int, raw string) error {
		line := strings.TrimRightFunc(cm.strip(raw), unicode.IsSpace)
		if strings.TrimSpace(line) == "" {
			return nil
		}
		trimmed := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(trimmed, "["):
			if cur == nil {
				return fmt.Errorf("%s:%d: date restriction before any actor", source, n)
			}
			return addRestrictions(cur, trimmed, source, n)
		case strings.HasPrefix(trimmed, "+"):
			if cur == nil {
				return fmt.Errorf("%s:%d: synonym before any actor", source, n)
			}
			// A few lines hold two synonyms ("+TAIOAN_ +TAWIAN_").
			for _, syn := range strings.Split(trimmed, "+") {
				phrase, codes := splitCodes(syn)
				if p := cleanPhrase(phrase); p != "" {
					cur.Aliases = append(cur.Aliases, p)
				}
				if codes != "" {
					if err := addRestrictions(cur, codes, source, n); err != nil {
						return err
					}
				}
			}
		default:
			phrase, codes := splitCodes(trimmed)
			p := cleanPhrase(phrase)
			if p == "" {
				return nil
			}
			cur = &Entry{Name: p, Source: source}
			out = append(out, cur)
			if codes != "" {
				return addRestrictions(cur, codes, source, n)
			}
		}
		return nil
	})
	if err != nil {
		return nil, warnings, fmt.Errorf("read actors %s: %w", source, err)
	}
	for _, e := range out {
		e.Kind = guessKind(e)
	}
	return out, warnings, nil
}

// splitCodes separates "PHRASE  [CODE ...] [CODE]" into the phrase and the bracketed
// part.
func splitCodes(s string) (phrase, codes string) {
	if i := strings.IndexByte(s, '['); i >= 0 {
		return s[:i], s[i:]
	}
	return s, ""
}

func cleanPhrase(s string) string {
	s = strings.ReplaceAll(s, "_", " ")
	return strings.Join(strings.Fields(s), " ")
}

// addRestrictions parses one or more "[CODE dates]" groups. A primary-line code with
// no date is the entry's default, as is an undated restriction line.
func addRestrictions(e *Entry, s, source string, n int) error {
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		if s[0] != '[' {
			return fmt.Errorf("%s:%d: unexpected %q", source, n, s)
		}
		end := strings.IndexAny(s, "]}")
		if end < 0 {
			return fmt.Errorf("%s:%d: unclosed [ in %q", source, n, s)
		}
		f := strings.Fields(s[1:end])
		s = s[end+1:]
		if len(f) == 0 {
			continue
		}
		code := f[0]
		if code == "---" {
			code = ""
		}
		if len(f) == 1 {
			if e.Default == "" {
				e.Default = code
			} else {
				e.Codes = append(e.Codes, Restriction{Code: code})
			}
			continue
		}
		r, err := parseInterval(strings.Join(f[1:], ""))
		if err != nil {
			return fmt.Errorf("%s:%d: %w", source, n, err)
		}
		r.Code = code
		e.Codes = append(e.Codes, r)
	}
	return nil
}

// parseInterval reads "<date", ">date", "date-date" or "date" (from date on). Dates are
// PETRARCH's YYYYMMDD/YYMMDD or ISO YYYY-MM-DD (the overlay's form).
func parseInterval(s string) (Restriction, error) {
	var r Restriction
	var err error
	switch {
	case strings.HasPrefix(s, "<"):
		r.To, err = parseDate(s[1:])
		r.To = r.To.AddDate(0, 0, -1) // "<date" is strictly before
	case strings.HasPrefix(s, ">"):
		r.From, err = parseDate(s[1:])
	default:
		from, to, ok := splitRange(s)
		if !ok {
			r.From, err = parseDate(s)
			break
		}
		if r.From, err = parseDate(from); err == nil {
			r.To, err = parseDate(to)
		}
	}
	return r, err
}

// splitRange splits "A-B" where A and B may themselves be ISO dates with dashes.
func splitRange(s string) (string, string, bool) {
	if strings.Contains(s, "..") {
		a, b, _ := strings.Cut(s, "..")
		return a, b, true
	}
	dashes := strings.Count(s, "-")
	switch dashes {
	case 1: // YYMMDD-YYMMDD
		a, b, _ := strings.Cut(s, "-")
		return a, b, true
	case 5: // YYYY-MM-DD-YYYY-MM-DD
		i := strings.Index(s[len("2006-01-02"):], "-") + len("2006-01-02")
		return s[:i], s[i+1:], true
	case 3: // mixed: YYYYMMDD-YYYY-MM-DD or YYYY-MM-DD-YYYYMMDD
		if len(s) > 10 && s[4] == '-' && s[10] == '-' {
			return s[:10], s[11:], true
		}
		if i := strings.IndexByte(s, '-'); i > 0 {
			return s[:i], s[i+1:], true
		}
	}
	return "", "", false
}

// parseDate reads YYYYMMDD, YYMMDD or YYYY-MM-DD. An empty string is an open end.
func parseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	if len(s) == 10 && s[4] == '-' {
		t, err := time.Parse("2006-01-02", s)
		if err != nil {
			return time.Time{}, fmt.Errorf("bad date %q", s)
		}
		return t, nil
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return time.Time{}, fmt.Errorf("bad date %q", s)
		}
	}
	// As PETRARCH reads them: more than six digits is YYYYMMDD (extra digits ignored,
	// a missing one leaves a one-digit day), six is YYMMDD.
	var y, m, d int
	switch {
	case len(s) > 6:
		y, _ = strconv.Atoi(s[:4])
		s = s[4:min(8, len(s))]
	case len(s) == 6:
		y, _ = strconv.Atoi(s[:2])
		if y <= 30 {
			y += 2000
		} else {
			y += 1900
		}
		s = s[2:]
	default:
		return time.Time{}, fmt.Errorf("bad date %q", s)
	}
	m, _ = strconv.Atoi(s[:2])
	d, _ = strconv.Atoi(s[2:min(4, len(s))])
	if m < 1 || m > 12 || d < 1 || d > 31 {
		// TABARI files use 0101-style placeholders correctly, but a few have 00 days.
		if m < 1 || m > 12 {
			return time.Time{}, fmt.Errorf("bad date %q", s)
		}
		d = 1
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), nil
}

// guessKind infers the kind of a Phoenix record, which the format does not state:
// country blocks carry a bare three-letter code; other records with dated roles are
// people.
func guessKind(e *Entry) Kind {
	bare := func(c string) bool { return len(c) == 3 && !strings.HasPrefix(c, "IGO") }
	if bare(e.Default) {
		return KindCountry
	}
	for _, r := range e.Codes {
		if bare(r.Code) {
			return KindCountry
		}
	}
	if len(e.Codes) > 0 && !orgWords(e.Name) {
		return KindPerson
	}
	return KindOrg
}

// orgWords reports whether a name reads as an organisation.
func orgWords(name string) bool {
	for _, w := range strings.Fields(strings.ToUpper(strings.ReplaceAll(name, "-", " "))) {
		if orgNouns[w] {
			return true
		}
	}
	return false
}

var orgNouns = map[string]bool{
	"FORCES": true, "FORCE": true, "ARMY": true, "MINISTRY": true, "COUNCIL": true,
	"PARTY": true, "FRONT": true, "BRIGADE": true, "BRIGADES": true, "INSTITUTE": true,
	"AGENCY": true, "COMMAND": true, "GROUP": true, "COMMITTEE": true, "UNION": true,
	"ORGANIZATION": true, "ORGANISATION": true, "MOVEMENT": true, "UNIVERSITY": true,
	"GOVERNMENT": true, "REGIME": true, "STATE": true, "NEWS": true, "POST": true,
	"TIMES": true, "JOURNAL": true, "CORPORATION": true, "COMPANY": true, "BANK": true,
	"ASSOCIATION": true, "COALITION": true, "ALLIANCE": true, "AUTHORITY": true,
	"DEPARTMENT": true, "OFFICE": true, "MILITIA": true, "MILITIAS": true, "NETWORK": true,
	"CENTER": true, "CENTRE": true, "FOUNDATION": true, "PRESS": true, "TV": true,
	"GUARD": true, "GUARDS": true, "CORPS": true, "COURT": true, "PARLIAMENT": true,
	"SERVICE": true, "SERVICES": true, "REGION": true, "COMMISSION": true, "FUND": true,
	"COMMITTEES": true, "DEFENCE": true, "DEFENSE": true, "WORLD": true,
	// Arabic words that open the names of armed groups.
	"JAISH": true, "JABHAT": true, "HARAKAT": true, "LIWA": true, "KATAIB": true,
	"ANSAR": true, "HAYAT": true, "TAHRIR": true, "ASAIB": true, "FAYLAQ": true,
}

// ParseAgents reads a PETRARCH agents dictionary: "PHRASE {PLURAL} [~CODE]" lines,
// substitution sets "!NAME! = A, B" and "#" comments. Regular plurals are generated
// (S, IES after Y, ES after SS) unless "{}" gives the plural or blocks it. Lines
// that cannot be read (a few Phoenix lines lack their code) are skipped and returned
// as warnings.
func ParseAgents(r io.Reader, source string) (agents []*Agent, warnings []string, err error) {
	subs := map[string][]string{}
	var out []*Agent
	var cm comments
	err = readLines(r, func(n int, raw string) error {
		if err := agentLine(n, cm.strip(raw), source, subs, &out); err != nil {
			warnings = append(warnings, err.Error())
		}
		return nil
	})
	if err != nil {
		return nil, warnings, fmt.Errorf("read agents %s: %w", source, err)
	}
	markPlurals(out)
	return out, warnings, nil
}

// markPlurals marks as plural the entries written in the plural: Phoenix lists
// GOVERNMENT_TROOPS and COMBAT_TROOPS beside TROOP, so "government troops" was
// read as a singular role noun, which takes no country bare ("on Monday
// government troops stormed a village" coded nobody). An entry's last word is a
// plural when it is the regular plural of another entry's singular last word;
// a phrase with "of", "for" or "and" is headed before it ("council of
// ministers" is one body, "minister for sports" one person).
func markPlurals(agents []*Agent) {
	last := func(p string) string {
		ws := strings.Fields(strings.ToUpper(p))
		if i := slices.IndexFunc(ws, func(w string) bool { return w == "OF" || w == "FOR" || w == "AND" || strings.HasSuffix(w, ",") }); i >= 0 {
			ws = ws[:i] // ("minister for sports", "ministers and MPs")
		}
		if len(ws) == 0 {
			return ""
		}
		return ws[len(ws)-1]
	}
	plurals := map[string]bool{}
	for _, a := range agents {
		if w := last(a.Phrase); !a.plural && w != "" {
			plurals[strings.ToUpper(pluralise(w))] = true
		}
	}
	for _, a := range agents {
		if !a.plural && plurals[last(a.Phrase)] {
			a.plural = true
		}
	}
}

func agentLine(n int, raw, source string, subs map[string][]string, outp *[]*Agent) error {
	out := *outp
	defer func() { *outp = out }()
	{
		line := strings.TrimSpace(raw)
		if line == "" {
			return nil
		}
		if strings.HasPrefix(line, "!") {
			if name, list, ok := strings.Cut(line, "="); ok {
				name = strings.TrimSpace(name)
				for _, it := range strings.Split(list, ",") {
					if it = strings.TrimSpace(it); it != "" {
						subs[name] = append(subs[name], it)
					}
				}
				return nil
			}
		}
		open := strings.LastIndexByte(line, '[')
		if open < 0 {
			return fmt.Errorf("%s:%d: agent without [code]: %q", source, n, line)
		}
		code := strings.Trim(line[open:], "[]} \t")
		head := line[:open]
		var plural *string
		if i := strings.IndexByte(head, '{'); i >= 0 {
			j := strings.IndexByte(head[i:], '}')
			if j < 0 {
				return fmt.Errorf("%s:%d: unclosed {: %q", source, n, line)
			}
			p := cleanPhrase(head[i+1 : i+j])
			plural = &p
			head = head[:i]
		}
		prefix := false
		switch {
		case strings.HasPrefix(code, "~"):
			code = code[1:]
		case strings.HasSuffix(code, "~"):
			code, prefix = code[:len(code)-1], true
		default:
			return fmt.Errorf("%s:%d: agent code %q has no ~", source, n, code)
		}
		for _, phrase := range expandSubs(head, subs) {
			noPlural := strings.HasSuffix(strings.TrimSpace(phrase), "_")
			p := cleanPhrase(phrase)
			if p == "" {
				continue
			}
			out = append(out, &Agent{Phrase: p, Code: code, Prefix: prefix})
			switch {
			case plural != nil && *plural != "":
				out = append(out, &Agent{Phrase: *plural, Code: code, Prefix: prefix, plural: true})
			case plural == nil && !noPlural && !strings.Contains(phrase, "!"):
				out = append(out, &Agent{Phrase: pluralise(p), Code: code, Prefix: prefix, plural: true})
			}
		}
		return nil
	}
}

// expandSubs replaces each !SET! marker with every member of the set.
func expandSubs(s string, subs map[string][]string) []string {
	i := strings.IndexByte(s, '!')
	if i < 0 {
		return []string{s}
	}
	j := strings.IndexByte(s[i+1:], '!')
	if j < 0 {
		return []string{s}
	}
	name := s[i : i+j+2]
	members, ok := subs[name]
	if !ok {
		return []string{strings.ReplaceAll(s, name, "")}
	}
	var out []string
	for _, m := range members {
		// Substituted forms get no extra plural: mark them so.
		out = append(out, expandSubs(s[:i]+m+s[i+j+2:]+"_", subs)...)
	}
	return out
}

// pluralise makes the regular plural of a phrase's last word.
func pluralise(p string) string {
	i := strings.LastIndexByte(p, ' ')
	head, w := p[:i+1], p[i+1:]
	u := strings.ToUpper(w)
	switch {
	case strings.HasSuffix(u, "SS"):
		return head + w + "ES"
	case strings.HasSuffix(u, "Y") && len(u) > 1 && !strings.ContainsRune("AEIOU", rune(u[len(u)-2])):
		return head + w[:len(w)-1] + "IES"
	default:
		return head + w + "S"
	}
}
