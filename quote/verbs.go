package quote

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"strings"
)

//go:embed data/speech_verbs.txt data/speaker_nouns.txt
var dataFS embed.FS

// verb is what the speech-verb list says of one lemma.
type verb struct {
	target  bool // the nominal object is whom it was said to or about
	of      bool // the content may be an "of" complement
	partial bool // frames quoted words only, never a bare complement clause
}

// ParseVerbs reads a speech-verb list: one lemma a line, optional flags (target, of,
// partial) after it, "#" comments. Lemmas are matched lower-cased.
func ParseVerbs(r io.Reader) (map[string]verb, error) {
	verbs := map[string]verb{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		var v verb
		for _, flag := range f[1:] {
			switch flag {
			case "target":
				v.target = true
			case "of":
				v.of = true
			case "partial":
				v.partial = true
			default:
				return nil, fmt.Errorf("speech verbs line %d: unknown flag %q", n, flag)
			}
		}
		verbs[strings.ToLower(f[0])] = v
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("speech verbs: %w", err)
	}
	return verbs, nil
}

// parseNouns reads the speaker nouns: one lemma a line, "org" after the lemma for
// an organisation, "#" comments. The value is true for a person.
func parseNouns(r io.Reader) (map[string]bool, error) {
	nouns := map[string]bool{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		switch {
		case len(f) == 0:
		case len(f) == 1:
			nouns[strings.ToLower(f[0])] = true
		case len(f) == 2 && f[1] == "org":
			nouns[strings.ToLower(f[0])] = false
		default:
			return nil, fmt.Errorf("line %d: want a noun and optionally \"org\"", n)
		}
	}
	return nouns, sc.Err()
}
