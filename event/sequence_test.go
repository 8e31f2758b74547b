package event

import (
	"strings"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/event/verbdict"
)

// seqTree builds a tree without structure over words: the sequence check reads
// words in order and tags (prepositions end the noun phrase "^" skips).
func seqTree(words []string, actors map[int]string) *tree {
	var toks []sitrep.Token
	for _, w := range words {
		tag := "NN"
		if inList(w, "ABOUT", "WITH", "FROM", "FOR", "IN") {
			tag = "IN"
		}
		toks = append(toks, sitrep.Token{Text: w, XPOS: tag, UPOS: "NOUN"})
	}
	var ms []sitrep.Mention
	for i, code := range actors {
		ms = append(ms, sitrep.Mention{Start: i, End: i + 1, Code: code})
		toks[i].XPOS = "NNP"
	}
	return newTree(toks, ms)
}

// TestSeqMatch checks PETRARCH-1's reading of a pattern over the words around
// the verb: order, underscore ties, several-word synset members, actor markers.
func TestSeqMatch(t *testing.T) {
	d, err := verbdict.Parse(strings.NewReader(`&NEG
+DID N'T
--- V [010] ---
V
- * NEW_TALKS [011]
- &NEG * [012]
- IN_* [013]
- + * GIFTS FROM $ [014]
- * ABOUT ^ WITH + [015]
`))
	if err != nil || len(d.Warnings) > 0 {
		t.Fatal(err, d.Warnings)
	}
	pat := map[string]verbdict.Pattern{}
	for _, p := range d.Blocks[0].Patterns {
		pat[p.Code] = p
	}
	c := &Coder{dict: d, opts: Options{PhraseWords: true}}
	tests := []struct {
		text     string
		actors   map[int]string
		code     string
		ok       bool
		src, tgt string // codes the markers fell on
	}{
		{"A V B FOR NEW TALKS", nil, "011", true, "", ""},
		{"A V B FOR NEW TRADE TALKS", nil, "011", false, "", ""}, // NEW_TALKS: no word between
		{"A V NEW TALKS", nil, "011", true, "", ""},              // any words between * and NEW
		{"A DID N'T V B", nil, "012", true, "", ""},              // a two-word member
		{"A DID NOT V B", nil, "012", false, "", ""},             // NOT is no member
		{"A N'T DID V B", nil, "012", false, "", ""},             // the member's words in order
		{"A IN V B", nil, "013", true, "", ""},                   // IN_* right before the verb
		{"A IN SO V B", nil, "013", false, "", ""},               // a word between
		{"B V GIFTS FROM C", map[int]string{0: "BBB", 4: "CCC"}, "014", true, "CCC", "BBB"},
		{"V GIFTS FROM C", map[int]string{3: "CCC"}, "014", false, "", ""}, // no actor before the verb
		{"A V TALK ABOUT X WITH C", map[int]string{0: "AAA", 4: "XXX", 6: "CCC"}, "015", true, "", "CCC"},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.text)
		tr := seqTree(words, tt.actors)
		v := -1
		for i, w := range words {
			if w == "V" {
				v = i
			}
		}
		res, ok := c.seqMatch(tr, pat[tt.code], v, v)
		if ok != tt.ok {
			t.Errorf("%q [%s]: ok %v, want %v", tt.text, tt.code, ok, tt.ok)
			continue
		}
		code := func(m int) string {
			if m < 0 {
				return ""
			}
			return tr.ms[m].Code
		}
		if ok && (code(res.src) != tt.src || code(res.tgt) != tt.tgt) {
			t.Errorf("%q [%s]: source %q target %q, want %q %q", tt.text, tt.code, code(res.src), code(res.tgt), tt.src, tt.tgt)
		}
	}
}

// TestSeqMatchLong decides a pattern whose words recur all through a 5,000-word
// sentence (the search is windowed and memoised, so it ends quickly; the test
// logs how long it took rather than asserting a time).
func TestSeqMatchLong(t *testing.T) {
	d, err := verbdict.Parse(strings.NewReader("--- V [010] ---\nV\n- X X X X X * X X X X X Y [011]\n"))
	if err != nil {
		t.Fatal(err)
	}
	words := make([]string, 5000)
	for i := range words {
		words[i] = "X"
	}
	words[2500] = "V"
	c := &Coder{dict: d, opts: Options{PhraseWords: true}}
	tr := seqTree(words, map[int]string{0: "AAA"})
	start := time.Now()
	if _, ok := c.seqMatch(tr, d.Blocks[0].Patterns[0], 2500, 2500); ok {
		t.Error("matched a pattern whose last word is absent")
	}
	t.Logf("5,000 words in %v", time.Since(start))
	// actor markers over a sentence where every other word is an actor
	d, err = verbdict.Parse(strings.NewReader("--- V [010] ---\nV\n- + X + X + * $ X $ X $ Y [012]\n"))
	if err != nil {
		t.Fatal(err)
	}
	actors := map[int]string{}
	for i := 1; i < len(words); i += 2 {
		actors[i] = "AAA"
	}
	tr = seqTree(words, actors)
	start = time.Now()
	if _, ok := c.seqMatch(tr, d.Blocks[0].Patterns[0], 2500, 2500); ok {
		t.Error("matched a pattern whose last word is absent")
	}
	t.Logf("with markers: 5,000 words in %v", time.Since(start))
}
