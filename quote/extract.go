package quote

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/sitrep-dev/sitrep"
)

// Extractor finds quotes in analysed documents. It is safe for concurrent use.
type Extractor struct {
	verbs map[string]verb
	nouns map[string]bool // speaker nouns: true for a person, false for an organisation
	// agents are the speaker nouns that speak for their possessor ("the minister's
	// spokesman": the minister's code).
	agents map[string]bool
	// transitive are the verbs that mostly take an object (data/transitive.txt):
	// a relative clause whose "that" is such a verb's object is a real one.
	transitive map[string]bool
}

// Load returns an Extractor with the shipped lists (data/speech_verbs.txt and
// data/speaker_nouns.txt).
func Load() (*Extractor, error) {
	v, err := dataFS.Open("data/speech_verbs.txt")
	if err != nil {
		return nil, fmt.Errorf("quote: open speech verbs: %w", err)
	}
	defer v.Close()
	n, err := dataFS.Open("data/speaker_nouns.txt")
	if err != nil {
		return nil, fmt.Errorf("quote: open speaker nouns: %w", err)
	}
	defer n.Close()
	return New(v, n)
}

// New returns an Extractor that reads its speech verbs from verbs (the format of
// data/speech_verbs.txt) and the nouns that can name a speaker from nouns (one
// lemma a line, as data/speaker_nouns.txt).
func New(verbs, nouns io.Reader) (*Extractor, error) {
	v, err := ParseVerbs(verbs)
	if err != nil {
		return nil, fmt.Errorf("quote: %w", err)
	}
	n, ag, err := parseNouns(nouns)
	if err != nil {
		return nil, fmt.Errorf("quote: speaker nouns: %w", err)
	}
	tr, err := dataFS.Open("data/transitive.txt")
	if err != nil {
		return nil, fmt.Errorf("quote: open transitive verbs: %w", err)
	}
	defer tr.Close()
	tv, err := parseTransitive(tr)
	if err != nil {
		return nil, fmt.Errorf("quote: transitive verbs: %w", err)
	}
	return &Extractor{verbs: v, nouns: n, agents: ag, transitive: tv}, nil
}

// Extract returns the quotes of d, read from its analysed sentences and the actor
// mentions in them, in text order. IDs are "<doc>:q1", "<doc>:q2", …; spans are
// byte spans into d.Text with CharSpan filled.
func (x *Extractor) Extract(d *sitrep.Document, sents []sitrep.Sentence, ms []sitrep.Mention) []sitrep.Quote {
	w := newWork(x, d.Text, sents, ms)
	out := w.indirect()
	direct, wait := w.quoted()
	out = append(out, direct...)
	for _, h := range w.headlines() {
		if !overlapsAny(h.q.Span, out) {
			out = append(out, h)
		}
	}
	sortFound(out)
	out = dedupe(out)
	out = continuations(out, wait)
	pronouns(out)
	qs := make([]sitrep.Quote, 0, len(out))
	for i, f := range out {
		q := f.q
		q.Doc = d.ID
		q.ID = fmt.Sprintf("%s:q%d", d.ID, i+1)
		q.SetCharSpan(d.Text)
		qs = append(qs, q)
	}
	return qs
}

// dedupe drops a quote with the words and the speaker of the one before it:
// "according to earlier media reports two car bombs went off" is read both through
// "according to" and through the verb the tagger made of "reports". fs is sorted by
// span start, and the first reading stands.
func dedupe(fs []found) []found {
	out := fs[:0]
	for _, f := range fs {
		dup := false
		for i := len(out) - 1; i >= 0 && out[i].q.Span.Start == f.q.Span.Start; i-- {
			if out[i].q.Span == f.q.Span && overlaps(out[i].q.SpeakerSpan, f.q.SpeakerSpan) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, f)
		}
	}
	return out
}

func overlapsAny(sp sitrep.Span, fs []found) bool {
	for _, f := range fs {
		if overlaps(sp, f.q.Span) {
			return true
		}
	}
	return false
}

// found is a quote with what later passes need to know about its speaker.
type found struct {
	q sitrep.Quote
	who
}

// who is a resolved speaker.
type who struct {
	a    sitrep.EventActor
	span sitrep.Span // where a.Text is in the document text
	rule string
	// pron is the lemma of a pronoun speaker the actor stage left unresolved ("he",
	// "they"); the quotes before it may tell who it is.
	pron string
	// personal is true when the speaker is known to be a person.
	personal bool
}

// work is one document being read.
type work struct {
	x     *Extractor
	text  string
	trees []*tree
	ms    []sitrep.Mention
	// bySent lists the mentions of each sentence.
	bySent [][]int
	marks  []quoted
	// inQ[s][k] is the index in marks of the quotation whose words contain token k of
	// sentence s, or -1; isMark[s][k] marks the quotation marks themselves.
	inQ    [][]int
	isMark [][]bool
	// ents[s][k] is the entity type over token k ("PER", ...).
	ents [][]string
}

func newWork(x *Extractor, text string, sents []sitrep.Sentence, ms []sitrep.Mention) *work {
	w := &work{x: x, text: text, ms: ms, marks: scanQuotes(text)}
	w.trees = make([]*tree, len(sents))
	w.bySent = make([][]int, len(sents))
	w.inQ = make([][]int, len(sents))
	w.isMark = make([][]bool, len(sents))
	w.ents = make([][]string, len(sents))
	for i := range sents {
		s := &sents[i]
		t := newTree(i, s)
		w.trees[i] = t
		w.inQ[i] = make([]int, len(s.Tokens))
		w.isMark[i] = make([]bool, len(s.Tokens))
		w.ents[i] = make([]string, len(s.Tokens))
		for k, tok := range s.Tokens {
			w.inQ[i][k] = -1
			// marks are sorted by position: find the quotation around the token.
			j := sort.Search(len(w.marks), func(j int) bool { return w.marks[j].Close.End > tok.Span.Start })
			if j < len(w.marks) {
				m := w.marks[j]
				switch {
				case overlaps(tok.Span, m.Open) || overlaps(tok.Span, m.Close):
					w.isMark[i][k] = true
				case tok.Span.Start >= m.Inner.Start && tok.Span.End <= m.Inner.End:
					w.inQ[i][k] = j
				}
			}
		}
		for _, e := range s.Entities {
			for k := max(e.Start, 0); k < e.End && k < len(s.Tokens); k++ {
				w.ents[i][k] = e.Type
			}
		}
	}
	for i, m := range ms {
		if m.Sentence >= 0 && m.Sentence < len(sents) {
			w.bySent[m.Sentence] = append(w.bySent[m.Sentence], i)
		}
	}
	return w
}

func overlaps(a, b sitrep.Span) bool { return a.Start < b.End && b.Start < a.End }

// outside reports whether token k of sentence s is neither quoted nor a quotation mark.
func (w *work) outside(s, k int) bool { return w.inQ[s][k] < 0 && !w.isMark[s][k] }

func (w *work) speech(t *tree, k int) (verb, bool) {
	if u := t.toks[k].UPOS; u != "VERB" && u != "" {
		return verb{}, false
	}
	v, ok := w.x.verbs[w.verbLemma(t, k)]
	return v, ok && !v.noun
}

// verbLemma returns the speech-verb list's lemma for token k: its lemma, or, where
// the lemmatizer missed a regular form ("voiced" as "voic"), the word less a
// regular ending; "" when neither is a speech verb.
func (w *work) verbLemma(t *tree, k int) string {
	if _, ok := w.x.verbs[t.lemma[k]]; ok {
		return t.lemma[k]
	}
	word := strings.ToLower(t.toks[k].Text)
	for _, end := range []string{"d", "ed", "s", "es", "ing"} {
		if l, ok := strings.CutSuffix(word, end); ok && len(l) > 2 {
			for _, c := range []string{l, l + "e"} {
				if v, ok := w.x.verbs[c]; ok && !v.noun {
					return c
				}
			}
		}
	}
	return ""
}

// according reports whether token k is the "according" of "according to".
func (t *tree) according(k int) bool {
	if l := t.lemma[k]; l != "accord" && l != "according" {
		return false
	}
	for _, f := range t.kids[k] {
		if strings.EqualFold(t.toks[f].Text, "to") {
			return true
		}
	}
	return k+1 < len(t.toks) && strings.EqualFold(t.toks[k+1].Text, "to") && t.rel(k) == "case"
}
