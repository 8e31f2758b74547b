package petr

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// actorDict is a PETRARCH actor or agent dictionary: phrases with codes, the
// actors' codes possibly restricted to date ranges.
type actorDict struct {
	actors map[string][]dated // phrase (upper case, spaces) → codes
	agents map[string]string  // phrase → "~GOV" (suffix) or "NGO~" (prefix)
	maxLen int                // longest phrase, in words
}

type dated struct {
	code     string
	from, to int // YYYYMMDD bounds, inclusive; 0 = open
}

func newActorDict() *actorDict {
	return &actorDict{actors: map[string][]dated{}, agents: map[string]string{}}
}

// readActors reads an actor dictionary: "PHRASE [CODE]" records with "+SYNONYM"
// lines and tab-indented "[CODE date-date]" restrictions.
func (d *actorDict) readActors(r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	var phrases []string
	n := 0
	for sc.Scan() {
		n++
		raw := sc.Text()
		line, _, _ := strings.Cut(raw, "#")
		line, _, _ = strings.Cut(line, ";")
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || strings.HasPrefix(trimmed, "<") {
			continue
		}
		if strings.HasPrefix(trimmed, "[") { // a date restriction of the current record
			if len(phrases) == 0 {
				continue
			}
			dc, err := parseDated(trimmed)
			if err != nil {
				continue // malformed restriction: PETRARCH skips these too
			}
			for _, p := range phrases {
				d.actors[p] = append(d.actors[p], dc)
			}
			continue
		}
		syn := strings.HasPrefix(trimmed, "+")
		text, code := splitBracket(strings.TrimPrefix(trimmed, "+"))
		p := phrase(text)
		if p == "" {
			continue
		}
		if !syn {
			phrases = nil
		}
		phrases = append(phrases, p)
		if code != "" {
			d.actors[p] = append(d.actors[p], dated{code: code})
		} else if syn && len(phrases) > 1 {
			d.actors[p] = append(d.actors[p], d.actors[phrases[0]]...)
		} else if _, ok := d.actors[p]; !ok {
			d.actors[p] = nil
		}
		d.maxLen = max(d.maxLen, len(strings.Fields(p)))
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("line %d: %w", n, err)
	}
	return nil
}

// readAgents reads an agent dictionary: "PHRASE {PLURALS} [~CODE]", with
// "!MARK! = A, B" substitution sets.
func (d *actorDict) readAgents(r io.Reader) error {
	sc := bufio.NewScanner(r)
	subst := map[string][]string{}
	n := 0
	for sc.Scan() {
		n++
		line, _, _ := strings.Cut(sc.Text(), "#")
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "<") {
			continue
		}
		// "!MINST! = MINISTER, MINISTRY" defines a substitution set; a line that
		// only starts with a mark ("!MINST!_OF_SILLY_WALKS [~GOV]") is an entry
		if strings.HasPrefix(line, "!") && strings.Contains(line, "=") {
			if mark, list, ok := strings.Cut(line, "="); ok {
				var items []string
				for _, it := range strings.Split(list, ",") {
					if it = strings.TrimSpace(it); it != "" {
						items = append(items, strings.ToUpper(it))
					}
				}
				subst[strings.TrimSpace(mark)] = items
			}
			continue
		}
		text, code := splitBracket(line)
		if code == "" {
			continue
		}
		var plurals []string
		nullPlural := false
		if i := strings.IndexByte(text, '{'); i >= 0 {
			j := strings.IndexByte(text[i:], '}')
			if j < 0 {
				continue
			}
			inner := strings.Fields(text[i+1 : i+j])
			nullPlural = len(inner) == 0
			plurals = inner
			text = text[:i]
		}
		text = strings.TrimSpace(text)
		forms := []string{text}
		for mark, items := range subst {
			if strings.Contains(text, mark) {
				forms = nil
				for _, it := range items {
					forms = append(forms, strings.ReplaceAll(text, mark, it))
				}
				nullPlural = true
			}
		}
		for _, f := range forms {
			p := phrase(f)
			if p == "" {
				continue
			}
			d.agents[p] = code
			d.maxLen = max(d.maxLen, len(strings.Fields(p)))
			if !nullPlural && len(plurals) == 0 {
				d.agents[plural(p)] = code
			}
		}
		for _, pl := range plurals {
			if p := phrase(pl); p != "" {
				d.agents[p] = code
			}
		}
	}
	return sc.Err()
}

func plural(p string) string {
	switch {
	case strings.HasSuffix(p, "Y") && !strings.HasSuffix(p, "AY") && !strings.HasSuffix(p, "EY"):
		return p[:len(p)-1] + "IES"
	case strings.HasSuffix(p, "S") || strings.HasSuffix(p, "SH") || strings.HasSuffix(p, "CH"):
		return p + "ES"
	}
	return p + "S"
}

// phrase normalises "ARNOR_" or "HAMAS MILITARY_COMMAND" to "ARNOR", "HAMAS MILITARY COMMAND".
func phrase(s string) string {
	return strings.Join(strings.Fields(strings.ToUpper(strings.ReplaceAll(s, "_", " "))), " ")
}

// splitBracket separates "TEXT [CODE]" into its text and code.
func splitBracket(s string) (text, code string) {
	i := strings.IndexByte(s, '[')
	if i < 0 {
		return s, ""
	}
	j := strings.IndexByte(s[i:], ']')
	if j < 0 {
		return s[:i], ""
	}
	return s[:i], strings.TrimSpace(s[i+1 : i+j])
}

// parseDated reads "[CODE]", "[CODE <950601]", "[CODE >990816]" or
// "[CODE 19950601 - 19990815]". Six-digit dates are YYMMDD, 20th century above 30.
func parseDated(s string) (dated, error) {
	_, inner := splitBracket(s)
	f := strings.Fields(inner)
	if len(f) == 0 {
		return dated{}, fmt.Errorf("empty restriction")
	}
	d := dated{code: f[0]}
	rest := strings.Join(f[1:], "")
	switch {
	case rest == "":
	case strings.HasPrefix(rest, "<"):
		d.to = normDate(rest[1:])
	case strings.HasPrefix(rest, ">"):
		d.from = normDate(rest[1:])
	default:
		a, b, ok := strings.Cut(rest, "-")
		if !ok {
			return dated{}, fmt.Errorf("bad restriction %q", s)
		}
		d.from, d.to = normDate(a), normDate(b)
	}
	return d, nil
}

func normDate(s string) int {
	v := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0
		}
		v = v*10 + int(r-'0')
		if v > 1e8 {
			return 0
		}
	}
	if len(s) == 6 {
		if v/10000 > 30 {
			v += 19000000
		} else {
			v += 20000000
		}
	}
	return v
}

// codeAt picks an actor's code for a date (YYYYMMDD): the first restriction that
// holds, else the unrestricted code.
func codeAt(ds []dated, date int) string {
	def := ""
	for _, d := range ds {
		if d.from == 0 && d.to == 0 {
			if def == "" {
				def = d.code
			}
			continue
		}
		if (d.from == 0 || date >= d.from) && (d.to == 0 || date <= d.to) {
			return d.code
		}
	}
	return def
}
