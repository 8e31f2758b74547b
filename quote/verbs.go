package quote

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"strings"
)

//go:embed data/speech_verbs.txt data/speaker_nouns.txt data/transitive.txt
var dataFS embed.FS

// verb is what the speech-verb list says of one lemma.
type verb struct {
	target  bool // the nominal object is whom it was said to or about
	of      bool // the content may be an "of" complement
	partial bool // frames quoted words only, never a bare complement clause
	inf     bool // the content may be a to-infinitive ("claims to be fighting")
	light   bool // reports through a noun of speech: "expressed concern that …"
	// noun marks a noun of speech, not a verb: the object of a light verb whose
	// that-clause is what was said ("concern", "hope", "confidence").
	noun bool
}

// ParseVerbs reads a speech-verb list: one lemma a line, optional flags (target, of,
// partial, inf, light, noun) after it, "#" comments. Lemmas are matched lower-cased.
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
			case "inf":
				v.inf = true
			case "light":
				v.light = true
			case "noun":
				v.noun = true
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
// an organisation and "agent" for a noun that speaks for its possessor ("the
// minister's spokesman"), "#" comments. The value of nouns is true for a person;
// agents lists the "agent" nouns.
func parseNouns(r io.Reader) (nouns, agents map[string]bool, err error) {
	nouns, agents = map[string]bool{}, map[string]bool{}
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
		l := strings.ToLower(f[0])
		nouns[l] = true
		for _, flag := range f[1:] {
			switch flag {
			case "org":
				nouns[l] = false
			case "agent":
				agents[l] = true
			default:
				return nil, nil, fmt.Errorf("line %d: unknown flag %q (want org or agent)", n, flag)
			}
		}
	}
	return nouns, agents, sc.Err()
}

// parseTransitive reads data/transitive.txt: a lemma first on each line, "#"
// comments (see quote/internal/gentransitive).
func parseTransitive(r io.Reader) (map[string]bool, error) {
	out := map[string]bool{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if f := strings.Fields(line); len(f) > 0 {
			out[strings.ToLower(f[0])] = true
		}
	}
	return out, sc.Err()
}
