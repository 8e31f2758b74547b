package actor

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// Overlay is what an overlay file holds: actors and role nouns that replace or add to
// the PETRARCH dictionaries.
type Overlay struct {
	Entries []*Entry
	Agents  []*Agent
}

// ParseOverlay reads sitrep's overlay format, one record a line:
//
//	kind | name | alias; alias | CODE [FROM..TO]; CODE [FROM..]
//
// kind is person, org, country, capital, building or agent (actor means unstated).
// Dates are YYYY-MM-DD, both ends inclusive, either end may be left open; a code with
// no dates is the default. For agent lines the code is "~SECTOR" (added after a
// country code) or "SECTOR~" (before it), and the name's regular plural is added. "#"
// starts a comment. Later records replace earlier ones with the same phrase; the code
// "-" removes a phrase that the dictionaries read before get wrong.
func ParseOverlay(r io.Reader, source string) (*Overlay, error) {
	ov := &Overlay{}
	err := readLines(r, func(n int, raw string) error {
		line := raw
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			return nil
		}
		f := strings.Split(line, "|")
		if len(f) != 4 {
			return fmt.Errorf("%s:%d: want 4 fields separated by |, got %d", source, n, len(f))
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		kindName, name, aliases, codes := f[0], f[1], f[2], f[3]
		if name == "" {
			return fmt.Errorf("%s:%d: empty name", source, n)
		}
		var alias []string
		for _, a := range strings.Split(aliases, ";") {
			if a = strings.TrimSpace(a); a != "" {
				alias = append(alias, a)
			}
		}
		if kindName == "agent" {
			code := strings.TrimSpace(codes)
			prefix := false
			if code == "-" {
				for _, p := range append([]string{name, pluralise(name)}, alias...) {
					ov.Agents = append(ov.Agents, &Agent{Phrase: p, remove: true})
				}
				return nil
			}
			switch {
			case strings.HasPrefix(code, "~"):
				code = code[1:] // "~" alone adds no sector
			case strings.HasSuffix(code, "~") && len(code) > 1:
				code, prefix = code[:len(code)-1], true
			default:
				return fmt.Errorf("%s:%d: agent code %q needs a ~", source, n, code)
			}
			for i, p := range append([]string{name}, alias...) {
				ov.Agents = append(ov.Agents, &Agent{Phrase: p, Code: code, Prefix: prefix, plural: i > 0 && looksPlural(p)})
				if i == 0 {
					ov.Agents = append(ov.Agents, &Agent{Phrase: pluralise(p), Code: code, Prefix: prefix, plural: true})
				}
			}
			return nil
		}
		kind, ok := parseKind(kindName)
		if !ok {
			return fmt.Errorf("%s:%d: unknown kind %q", source, n, kindName)
		}
		e := &Entry{Name: name, Aliases: alias, Kind: kind, Source: source, remove: strings.TrimSpace(codes) == "-"}
		if e.remove {
			ov.Entries = append(ov.Entries, e)
			return nil
		}
		for _, c := range strings.Split(codes, ";") {
			fs := strings.Fields(c)
			switch len(fs) {
			case 0:
				continue
			case 1:
				e.Default = fs[0]
			case 2:
				rs, err := parseInterval(fs[1])
				if err != nil {
					return fmt.Errorf("%s:%d: %w", source, n, err)
				}
				rs.Code = fs[0]
				e.Codes = append(e.Codes, rs)
			default:
				return fmt.Errorf("%s:%d: bad code %q", source, n, c)
			}
		}
		if e.Default == "" && len(e.Codes) == 0 {
			return fmt.Errorf("%s:%d: %s has no code", source, n, name)
		}
		ov.Entries = append(ov.Entries, e)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read overlay %s: %w", source, err)
	}
	return ov, nil
}

func looksPlural(p string) bool {
	u := strings.ToUpper(p)
	return strings.HasSuffix(u, "S") && !strings.HasSuffix(u, "SS")
}

// Accept records an analyst's decision that name is the actor code from the given day
// on (a zero from means always): it appends a line to the overlay file at
// overlayPath, creating it if needed, and makes the resolver use it at once.
func (r *Resolver) Accept(overlayPath, name, code string, from time.Time) error {
	name = strings.Join(strings.Fields(name), " ")
	if name == "" || strings.ContainsAny(name, "|#;") {
		return fmt.Errorf("accept %q: name must be non-empty and free of | # ;", name)
	}
	if !validCode(code) {
		return fmt.Errorf("accept %q: bad code %q (want 3–16 capital letters or digits)", name, code)
	}
	e := &Entry{Name: name, Kind: KindUnknown, Source: overlayPath}
	codes := code
	if from.IsZero() {
		e.Default = code
	} else {
		codes += " " + from.Format("2006-01-02") + ".."
		e.Codes = []Restriction{{Code: code, From: from}}
	}
	if orgWords(name) {
		e.Kind = KindOrg
	} else if len(strings.Fields(name)) >= 2 {
		e.Kind = KindPerson
	}
	line := fmt.Sprintf("%s | %s | | %s\n", e.Kind, name, codes)
	f, err := os.OpenFile(overlayPath, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return fmt.Errorf("accept %q: %w", name, err)
	}
	if _, err := f.WriteString(line); err != nil {
		f.Close()
		return fmt.Errorf("accept %q: write %s: %w", name, overlayPath, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("accept %q: close %s: %w", name, overlayPath, err)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.addEntry(e)
	return nil
}

func validCode(c string) bool {
	if len(c) < 3 || len(c) > 16 {
		return false
	}
	for _, r := range c {
		if (r < 'A' || r > 'Z') && (r < '0' || r > '9') {
			return false
		}
	}
	return true
}
