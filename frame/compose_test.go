package frame

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// composeCase is one sentence of testdata/compose.conllu.
type composeCase struct {
	text, target, other string
	group               []string
	complicit           []string
	effect              string
	toks                []sitrep.Token
}

// readComposeCases reads the fixture: comment lines "# key = value", then one
// token per line (id, form, lemma, UPOS, head, relation), a blank line after
// each sentence. Trees are fixed in the file, not parsed here, so that a change
// of parser model cannot change what the composition rules are tested on.
func readComposeCases(t *testing.T) []composeCase {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "compose.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []composeCase
	var cur composeCase
	flush := func() {
		if len(cur.toks) > 0 {
			out = append(out, cur)
		}
		cur = composeCase{}
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "":
			flush()
		case strings.HasPrefix(line, "#"):
			key, val, ok := strings.Cut(strings.TrimSpace(strings.TrimPrefix(line, "#")), "=")
			if !ok {
				continue
			}
			val = strings.TrimSpace(val)
			switch strings.TrimSpace(key) {
			case "text":
				cur.text = val
			case "target":
				cur.target = val
			case "other":
				cur.other = val
			case "group":
				cur.group = strings.Fields(val)
			case "complicit":
				cur.complicit = strings.Fields(val)
			case "effect":
				cur.effect = val
			}
		default:
			cols := strings.Split(line, "\t")
			if len(cols) != 6 {
				t.Fatalf("compose.conllu: bad token line %q", line)
			}
			head, err := strconv.Atoi(cols[4])
			if err != nil {
				t.Fatalf("compose.conllu: %q: %v", line, err)
			}
			cur.toks = append(cur.toks, sitrep.Token{Text: cols[1], Lemma: cols[2], UPOS: cols[3], Head: head, DepRel: cols[5]})
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	flush()
	return out
}

// TestComplicity holds the composition rules (compose.go) to invented
// sentences: which support words act for a condemned group, and what that does
// to the tone toward the target. The group's mention is left out of the tone as
// Build leaves out every actor mention, so that without composition nothing in
// "Ruritania keeps releasing terrorists" is negative about Ruritania. A "down"
// case wants the tone clearly lower with composition than without, an "up" one
// higher, so that each fails with composition off; "none" wants it unchanged.
func TestComplicity(t *testing.T) {
	l := lexicon(t)
	cases := readComposeCases(t)
	if len(cases) == 0 {
		t.Fatal("no cases in testdata/compose.conllu")
	}
	at := func(toks []sitrep.Token, form string) int {
		return slices.IndexFunc(toks, func(tk sitrep.Token) bool { return tk.Text == form })
	}
	for _, c := range cases {
		t.Run(c.text+" → "+c.target, func(t *testing.T) {
			if !hasTree(c.toks) {
				t.Fatal("the fixture's tree is not a tree")
			}
			var got []string
			for _, x := range l.complicity(c.toks, nil) {
				got = append(got, c.toks[x.word].Text)
			}
			if !slices.Equal(got, c.complicit) {
				t.Errorf("support words acting for a condemned group: %q, want %q", got, c.complicit)
			}
			ti := at(c.toks, c.target)
			if ti < 0 {
				t.Fatalf("target %q not in the sentence", c.target)
			}
			var others [][2]int
			if c.other != "" {
				oi := at(c.toks, c.other)
				if oi < 0 {
					t.Fatalf("other %q not in the sentence", c.other)
				}
				others = append(others, [2]int{oi, oi + 1})
			}
			names := Names(c.toks)
			if len(c.group) > 0 {
				gi := at(c.toks, c.group[0])
				if gi < 0 || gi+len(c.group) > len(c.toks) {
					t.Fatalf("group %q not in the sentence", c.group)
				}
				// The group's mention is a name, and another actor's, as
				// Build reads it.
				for i := gi; i < gi+len(c.group); i++ {
					names[i] = true
				}
				if c.target != c.group[0] {
					others = append(others, [2]int{gi, gi + len(c.group)})
				}
			}
			skip := func(i int) bool { return names[i] }
			// The rule acts on the lexicon's valences; the learned tone
			// blended over them (Learned) is trained, not ruled.
			lex := lexiconWeights()
			off := lex
			off.Complicit = 0
			with := l.ToneTargets(c.toks, skip, nil, [][2]int{{ti, ti + 1}}, others, lex)
			without := l.ToneTargets(c.toks, skip, nil, [][2]int{{ti, ti + 1}}, others, off)
			var ok bool
			switch c.effect {
			case "down":
				ok = with < 0 && with < without-0.1
			case "up":
				ok = with > 0 && with > without
			case "none":
				ok = with == without
			default:
				t.Fatalf("unknown effect %q", c.effect)
			}
			if !ok {
				t.Errorf("tone toward %s: %.3f with composition, %.3f without; want effect %s", c.target, with, without, c.effect)
			}
		})
	}
}
