// Package verbdict reads PETRARCH/CAMEO verb dictionaries — the format of
// CAMEO.2.0.txt (PETRARCH-2) and of the PETRARCH-1 validation dictionaries — with their
// meaning: synonym sets (&NAME), verb synonym blocks with irregular forms ({...}) and
// multi-word verbs (+CORDON_OFF, WIRE_+TAP), and patterns made of nouns, noun phrases
// ({FINANCIAL AID}, head last), prepositional phrases ((FOR AID)), synsets, and the
// PETRARCH-1 source ($), target (+), compound (%) and skip (^) markers.
//
// The same reader reads sitrep's own overlay, which adds noun blocks (=== NAME ===):
// nouns that denote events.
package verbdict

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Kind says what a pattern element is.
type Kind int

const (
	Word     Kind = iota // a noun or particle, head of its phrase
	Phrase               // {A B}: several words, the last the head
	Synset               // &NAME
	Prep                 // (PREP [object]): a prepositional phrase
	Source               // $: the source actor's position (PETRARCH-1)
	Target               // +: the target actor's position (PETRARCH-1)
	Compound             // %: a compound actor (PETRARCH-1)
	Skip                 // ^: skip a noun phrase (PETRARCH-1)
)

// Element is one item of a pattern.
type Element struct {
	Kind  Kind
	Words []string // Word: one; Phrase: the words, head last; Synset: the label; Prep: the preposition
	// Object is a Prep's object; nil when the pattern gives only the preposition, in
	// which case the phrase's object is the event's target.
	Object *Element
	// Joined says that an underscore ties the element to the one before it on the
	// pattern line (or to the verb marker): in PETRARCH-1 semantics the words must
	// then follow each other in the sentence, while a space allows words between.
	Joined bool
}

func (e Element) String() string {
	switch e.Kind {
	case Phrase:
		return "{" + strings.Join(e.Words, " ") + "}"
	case Prep:
		if e.Object != nil {
			return "(" + e.Words[0] + " " + e.Object.String() + ")"
		}
		return "(" + e.Words[0] + ")"
	case Source:
		return "$"
	case Target:
		return "+"
	case Compound:
		return "%"
	case Skip:
		return "^"
	}
	return strings.Join(e.Words, " ")
}

// Pattern is one "- ... * ... [code]" line: what must surround the verb for it to take
// Code. Pre holds what comes before the verb (the subject side), Post what follows.
type Pattern struct {
	Pre, Post []Element
	// Code is the event code; Paired the code of the reciprocal event (target to
	// source) written after a colon, as in [042:043]: A rushes to B = A visits B and B
	// hosts A. Either may be empty; "---" means no event.
	Code, Paired string
	Comment      string
	Line         int
	// VerbJoined says that the verb marker is tied by an underscore to the element
	// before it ("IN_*", "FAILED_TO_*"): that word must come right before the verb.
	VerbJoined bool
}

// Text renders the pattern in dictionary syntax, for the Rule of a coded event.
func (p Pattern) Text() string {
	var b strings.Builder
	for _, e := range p.Pre {
		b.WriteString(e.String())
		b.WriteByte(' ')
	}
	b.WriteByte('*')
	for _, e := range p.Post {
		b.WriteByte(' ')
		b.WriteString(e.String())
	}
	return b.String()
}

// Verb is one verb of a block, in all its forms.
type Verb struct {
	Word string // the base form, upper case: "CORDON"
	// Pre and Post are the other words of a multi-word verb, before and after the verb
	// word: WIRE_+TAP has Pre ["WIRE"]; +CORDON_OFF has Post ["OFF"].
	Pre, Post []string
	Forms     []string // inflected forms of Word, base included
	Code      string   // the verb's own code, or "" to use its block's
	Paired    string   // the verb's own paired code
	Block     *Block
}

// Block is a verb synonym block ("--- ATTACK [190] ---") or, in sitrep's overlay, a
// noun block ("=== COOPERATION [062] ==="). Its patterns apply to all its words.
type Block struct {
	Name     string
	Code     string
	Paired   string // the reciprocal event's code, as in "--- LEFT [032:033] ---"
	Noun     bool
	Verbs    []*Verb
	Nouns    []string // noun blocks: the nouns, plurals included
	Patterns []Pattern
}

// Dictionary is a parsed verb dictionary.
type Dictionary struct {
	// Synsets maps a label ("&CURRENCY", without the trailing "_" that only stops
	// plurals) to its members, plurals included, words separated by spaces.
	Synsets map[string][]string
	Blocks  []*Block
	// Transformations are the "~" lines, kept verbatim: sitrep combines verbs
	// through the dependency tree and the ontology instead.
	Transformations []string
	// Warnings lists the lines that were skipped as malformed. PETRARCH skips them
	// too, and the published dictionaries have a few (an unbalanced parenthesis, a
	// pattern with two verbs).
	Warnings []string
	verbs    map[string][]*Verb  // any form → verbs
	nouns    map[string][]*Block // noun (or plural) → noun blocks
	blocks   map[string]*Block
}

// Verbs returns the verbs one of whose forms is word (any case).
func (d *Dictionary) Verbs(word string) []*Verb { return d.verbs[strings.ToUpper(word)] }

// Nouns returns the noun blocks that list word (any case).
func (d *Dictionary) Nouns(word string) []*Block { return d.nouns[strings.ToUpper(word)] }

// InSynset reports whether word (upper case, spaces between words) is a member of the
// synset label.
func (d *Dictionary) InSynset(label, word string) bool {
	for _, m := range d.Synsets[synsetKey(label)] {
		if m == word {
			return true
		}
	}
	return false
}

// New returns an empty dictionary, ready for Read.
func New() *Dictionary {
	return &Dictionary{
		Synsets: map[string][]string{},
		verbs:   map[string][]*Verb{},
		nouns:   map[string][]*Block{},
		blocks:  map[string]*Block{},
	}
}

// Parse reads one dictionary.
func Parse(r io.Reader) (*Dictionary, error) {
	d := New()
	if err := d.Read(r); err != nil {
		return nil, err
	}
	return d, nil
}

// Read adds the entries of r to d: blocks with a name d already has are extended, so
// an overlay can add verbs and patterns to a block of the base dictionary. Malformed
// lines are skipped and listed in d.Warnings with their line number; only a failure
// to read is an error.
func (d *Dictionary) Read(r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	var (
		block  *Block
		synset string
		n      int
	)
	for sc.Scan() {
		n++
		raw := sc.Text()
		line, comment, _ := strings.Cut(raw, "#")
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "<") {
			continue // blank, comment, or the XML-style headers of PETRARCH-1 files
		}
		switch {
		case strings.HasPrefix(line, "---") || strings.HasPrefix(line, "==="):
			name, code, paired, err := parseHeader(line)
			if err != nil {
				d.warn(n, err)
				block, synset = nil, ""
				continue
			}
			noun := strings.HasPrefix(line, "===")
			block = d.block(name, code, noun)
			if block.Paired == "" {
				block.Paired = paired
			}
			synset = ""
		case line[0] == '&':
			label := strings.Fields(line)[0]
			synset = label // kept with its "_" until members are read: it stops plurals
			if _, ok := d.Synsets[synsetKey(label)]; !ok {
				d.Synsets[synsetKey(label)] = nil
			}
		case line[0] == '~':
			d.Transformations = append(d.Transformations, line)
		case line[0] == '-':
			if block == nil {
				d.warn(n, fmt.Errorf("pattern outside a block"))
				continue
			}
			p, err := d.parsePattern(line[1:])
			if err != nil {
				d.warn(n, err)
				continue
			}
			p.Comment, p.Line = strings.TrimSpace(comment), n
			block.Patterns = append(block.Patterns, p)
		case synset != "" && line[0] == '+':
			d.addSynsetMember(synset, line[1:])
		case block == nil:
			d.warn(n, fmt.Errorf("%q outside a block", line))
		case block.Noun:
			synset = ""
			for _, w := range strings.Fields(line) {
				d.addNoun(block, w)
			}
		default:
			synset = ""
			if err := d.addVerb(block, line); err != nil {
				d.warn(n, err)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("line %d: %w", n, err)
	}
	return nil
}

func (d *Dictionary) warn(line int, err error) {
	d.Warnings = append(d.Warnings, fmt.Sprintf("line %d: %v", line, err))
}

func (d *Dictionary) block(name, code string, noun bool) *Block {
	key := name
	if noun {
		key = "=" + name
	}
	if b, ok := d.blocks[key]; ok {
		if b.Code == "" || b.Code == "---" {
			b.Code = code
		}
		return b
	}
	b := &Block{Name: name, Code: code, Noun: noun}
	d.blocks[key] = b
	d.Blocks = append(d.Blocks, b)
	return b
}

// parseHeader reads "--- ACCELERATE [---] ---" or "=== COOPERATION [062] ===".
func parseHeader(line string) (name, code, paired string, err error) {
	inner := strings.Trim(line, "-= \t")
	name, code, paired, err = splitCode(inner)
	if err != nil {
		return "", "", "", err
	}
	name = strings.TrimSpace(name)
	if name == "" {
		return "", "", "", fmt.Errorf("block header without a name: %q", line)
	}
	return name, code, paired, nil
}

// splitCode separates "text [code]" into text and code (and the paired code).
func splitCode(s string) (text, code, paired string, err error) {
	i := strings.LastIndexByte(s, '[')
	if i < 0 {
		return s, "", "", nil
	}
	j := strings.IndexByte(s[i:], ']')
	if j < 0 {
		return "", "", "", fmt.Errorf("unclosed code in %q", s)
	}
	c := strings.TrimSpace(s[i+1 : i+j])
	code, paired, _ = strings.Cut(c, ":")
	return strings.TrimSpace(s[:i]), strings.TrimSpace(code), strings.TrimSpace(paired), nil
}

func (d *Dictionary) addSynsetMember(label, member string) {
	member = strings.TrimSpace(member)
	if member == "" {
		return
	}
	key := synsetKey(label)
	if strings.HasPrefix(member, "&") { // an embedded synset: copy its members
		d.Synsets[key] = append(d.Synsets[key], d.Synsets[synsetKey(strings.Fields(member)[0])]...)
		return
	}
	noPlural := strings.HasSuffix(label, "_") || strings.HasSuffix(member, "_")
	words := strings.Join(strings.Fields(strings.ReplaceAll(strings.TrimSuffix(member, "_"), "_", " ")), " ")
	words = strings.ToUpper(words)
	if words == "" {
		return
	}
	d.Synsets[key] = append(d.Synsets[key], words)
	if !noPlural {
		d.Synsets[key] = append(d.Synsets[key], Plural(words))
	}
}

func (d *Dictionary) addNoun(b *Block, w string) {
	noPlural := strings.HasSuffix(w, "_")
	w = strings.ToUpper(strings.ReplaceAll(strings.TrimSuffix(w, "_"), "_", " "))
	if w == "" {
		return
	}
	forms := []string{w}
	if !noPlural {
		forms = append(forms, Plural(w))
	}
	for _, f := range forms {
		b.Nouns = append(b.Nouns, f)
		d.nouns[f] = appendBlock(d.nouns[f], b)
	}
}

func appendBlock(bs []*Block, b *Block) []*Block {
	for _, x := range bs {
		if x == b {
			return bs
		}
	}
	return append(bs, b)
}

// addVerb reads a verb line: "SPEED {SPEEDING SPEEDS SPED }", "ASK [020]",
// "+CORDON_OFF {+CORDONED_OFF ...}", "WIRE_+TAP {WIRE_+TAPS ...}".
func (d *Dictionary) addVerb(b *Block, line string) error {
	text, code, paired, err := splitCode(line)
	if err != nil {
		return err
	}
	var forms []string
	if i := strings.IndexByte(text, '{'); i >= 0 {
		j := strings.IndexByte(text[i:], '}')
		if j < 0 {
			return fmt.Errorf("unclosed forms in %q", line)
		}
		forms = strings.Fields(text[i+1 : i+j])
		text = text[:i]
	}
	fields := strings.Fields(text)
	if len(fields) == 0 {
		return fmt.Errorf("verb line without a verb: %q", line)
	}
	v := &Verb{Code: code, Paired: paired, Block: b}
	v.Word, v.Pre, v.Post = splitMultiword(fields[0])
	if v.Word == "" {
		return fmt.Errorf("verb without a word: %q", line)
	}
	v.Forms = []string{v.Word}
	if len(forms) > 0 {
		for _, f := range forms {
			if w, _, _ := splitMultiword(f); w != "" {
				v.Forms = append(v.Forms, w)
			}
		}
	} else {
		v.Forms = append(v.Forms, Inflect(v.Word)...)
	}
	b.Verbs = append(b.Verbs, v)
	for _, f := range v.Forms {
		d.verbs[f] = append(d.verbs[f], v)
	}
	return nil
}

// splitMultiword splits "+CORDON_OFF" into CORDON, [], [OFF] and "WIRE_+TAP" into TAP,
// [WIRE], []. A word without "+" is a one-word verb.
func splitMultiword(s string) (word string, pre, post []string) {
	s = strings.ToUpper(strings.Trim(s, "_"))
	parts := strings.Split(s, "_")
	at := -1
	for i, p := range parts {
		if strings.HasPrefix(p, "+") {
			at = i
			break
		}
	}
	if at < 0 {
		if len(parts) == 1 {
			return parts[0], nil, nil
		}
		at = 0 // a multi-word entry without a marker: the first word is the verb
	}
	for i, p := range parts {
		p = strings.TrimPrefix(p, "+")
		if p == "" {
			continue
		}
		switch {
		case i < at:
			pre = append(pre, p)
		case i == at:
			word = p
		default:
			post = append(post, p)
		}
	}
	return word, pre, post
}

// parsePattern reads the part of a pattern line after its "-".
func (d *Dictionary) parsePattern(s string) (Pattern, error) {
	text, code, paired, err := splitCode(s)
	if err != nil {
		return Pattern{}, err
	}
	if code == "" && paired == "" {
		return Pattern{}, fmt.Errorf("pattern without a code: %q", s)
	}
	p := Pattern{Code: code, Paired: paired}
	toks := tokenize(text)
	star := false
	joined := false // an underscore precedes the next element
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		var e Element
		switch t {
		case "_":
			joined = true
			continue
		case "*":
			if star {
				return Pattern{}, fmt.Errorf("two verb markers in %q", s)
			}
			star = true
			p.VerbJoined = joined
			joined = false
			continue
		case "{":
			words, next, err := readUntil(toks, i+1, "}")
			if err != nil {
				return Pattern{}, fmt.Errorf("%w in %q", err, s)
			}
			i = next
			e = phrase(words)
		case "(":
			inner, next, err := readUntil(toks, i+1, ")")
			if err != nil {
				return Pattern{}, fmt.Errorf("%w in %q", err, s)
			}
			i = next
			if len(inner) == 0 {
				return Pattern{}, fmt.Errorf("empty prepositional phrase in %q", s)
			}
			inner = dropJoins(inner)
			if len(inner) == 0 {
				return Pattern{}, fmt.Errorf("empty prepositional phrase in %q", s)
			}
			e = Element{Kind: Prep, Words: []string{inner[0]}}
			if rest := inner[1:]; len(rest) > 0 {
				if rest[0] == "{" {
					rest = rest[1:]
					if len(rest) > 0 && rest[len(rest)-1] == "}" {
						rest = rest[:len(rest)-1]
					}
				}
				o := phrase(rest)
				if len(rest) == 1 {
					o = single(rest[0])
				}
				e.Object = &o
			}
		case "}", ")":
			return Pattern{}, fmt.Errorf("unbalanced %q in %q", t, s)
		default:
			e = single(t)
		}
		e.Joined, joined = joined, false
		if star {
			p.Post = append(p.Post, e)
		} else {
			p.Pre = append(p.Pre, e)
		}
	}
	if !star {
		return Pattern{}, fmt.Errorf("pattern without a verb marker '*': %q", s)
	}
	return p, nil
}

func single(t string) Element {
	switch t {
	case "$":
		return Element{Kind: Source}
	case "+":
		return Element{Kind: Target}
	case "%":
		return Element{Kind: Compound}
	case "^":
		return Element{Kind: Skip}
	}
	if strings.HasPrefix(t, "&") {
		return Element{Kind: Synset, Words: []string{t}}
	}
	return Element{Kind: Word, Words: []string{t}}
}

func phrase(words []string) Element {
	var ws []string
	for _, w := range words {
		if w != "{" && w != "}" && w != "(" && w != ")" && w != "_" {
			ws = append(ws, w)
		}
	}
	if len(ws) == 1 {
		return single(ws[0])
	}
	return Element{Kind: Phrase, Words: ws}
}

func readUntil(toks []string, i int, end string) ([]string, int, error) {
	depth := 0
	for j := i; j < len(toks); j++ {
		switch toks[j] {
		case "{", "(":
			depth++
		case "}", ")":
			if toks[j] == end && depth == 0 {
				return toks[i:j], j, nil
			}
			depth--
		}
	}
	return nil, 0, fmt.Errorf("unclosed %q", end)
}

func dropJoins(toks []string) []string {
	var out []string
	for _, t := range toks {
		if t != "_" {
			out = append(out, t)
		}
	}
	return out
}

// tokenize splits a pattern into words, the brackets around them and the
// underscores that join consecutive words ("IN_*" is "IN", "_", "*"): the parser
// records the join on the element that follows it.
func tokenize(s string) []string {
	var toks []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			toks = append(toks, strings.ToUpper(cur.String()))
			cur.Reset()
		}
	}
	for _, r := range s {
		switch r {
		case ' ', '\t':
			flush()
		case '{', '}', '(', ')', '*', '_':
			flush()
			toks = append(toks, string(r))
		default:
			cur.WriteRune(r)
		}
	}
	flush()
	return toks
}

// Plural forms a regular English plural the way PETRARCH does: -IES after Y, -ES after
// SS, otherwise -S; only the last word of a phrase changes.
func Plural(w string) string {
	switch {
	case strings.HasSuffix(w, "Y") && len(w) > 1 && !strings.ContainsRune("AEIOU", rune(w[len(w)-2])):
		return w[:len(w)-1] + "IES"
	case strings.HasSuffix(w, "SS"), strings.HasSuffix(w, "SH"), strings.HasSuffix(w, "CH"), strings.HasSuffix(w, "X"):
		return w + "ES"
	}
	return w + "S"
}

// Inflect returns a regular verb's third-person, past and -ing forms.
func Inflect(v string) []string {
	if v == "" {
		return nil
	}
	last := v[len(v)-1]
	var s, ed, ing string
	switch {
	case last == 'E':
		s, ed, ing = v+"S", v+"D", v[:len(v)-1]+"ING"
	case last == 'Y' && len(v) > 1 && !strings.ContainsRune("AEIOU", rune(v[len(v)-2])):
		s, ed, ing = v[:len(v)-1]+"IES", v[:len(v)-1]+"IED", v+"ING"
	case strings.HasSuffix(v, "SS"), strings.HasSuffix(v, "SH"), strings.HasSuffix(v, "CH"), last == 'X', last == 'O':
		s, ed, ing = v+"ES", v+"ED", v+"ING"
	default:
		s, ed, ing = v+"S", v+"ED", v+"ING"
	}
	return []string{s, ed, ing}
}

// synsetKey is the label as patterns use it: "&AUXVERB1_" is referred to as "&AUXVERB1".
func synsetKey(label string) string { return strings.ToUpper(strings.TrimRight(label, "_")) }
