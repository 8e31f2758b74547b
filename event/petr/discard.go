package petr

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// discards is a PETRARCH discard list: phrases that mark a sentence ("BASEBALL") or,
// with a leading "+", the whole story ("+TYPHOON") as outside the coder's domain.
type discards struct {
	story, sentence [][]string // phrases as upper-case words
}

func (d *discards) read(r io.Reader) error {
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line, _, _ := strings.Cut(sc.Text(), "#")
		line, _, _ = strings.Cut(line, ";")
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "<") {
			continue
		}
		story := strings.HasPrefix(line, "+")
		words := strings.Fields(strings.ToUpper(strings.ReplaceAll(strings.TrimPrefix(line, "+"), "_", " ")))
		if len(words) == 0 {
			continue
		}
		if story {
			d.story = append(d.story, words)
		} else {
			d.sentence = append(d.sentence, words)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("line %d: %w", n, err)
	}
	return nil
}

// match returns "storydiscard" or "sentencediscard" when one of the phrases occurs
// as a run of words in the sentence, "" otherwise. A story discard wins: it takes
// the sentence with the rest of its story.
func (d *discards) match(words []string) string {
	has := func(ps [][]string) bool {
		for _, p := range ps {
			for i := 0; i+len(p) <= len(words); i++ {
				ok := true
				for k, w := range p {
					if words[i+k] != w {
						ok = false
						break
					}
				}
				if ok {
					return true
				}
			}
		}
		return false
	}
	switch {
	case has(d.story):
		return "storydiscard"
	case has(d.sentence):
		return "sentencediscard"
	}
	return ""
}

// isDateline reports whether a sentence opens with a wire-service dateline, an
// upper-case place name ended by a colon or dashes ("CEBU CITY: --"): PETRARCH
// reports such text as an irregular input rather than coding the place as an actor.
func isDateline(words []string) bool {
	for i, w := range words {
		if i > 0 && (w == ":" || w == "--") {
			return true
		}
		if i >= 4 || !isUpperWord(w) {
			return false
		}
	}
	return false
}

func isUpperWord(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsLetter(r):
			letters++
		}
	}
	return letters > 1
}
