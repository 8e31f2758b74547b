// Package nlp is sitrep's NLP backbone in one call: from a document's clean text to
// sentences of tokens with part-of-speech tags, lemmas, dependency heads and relations,
// and named-entity spans. The stages live in subpackages (tokenize, tag, parse, ner),
// each with its own trained, embedded model; this package loads them once and runs
// them in order.
package nlp

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/dateline"
	"github.com/sitrep-dev/sitrep/nlp/conllu"
	"github.com/sitrep-dev/sitrep/nlp/ner"
	"github.com/sitrep-dev/sitrep/nlp/parse"
	"github.com/sitrep-dev/sitrep/nlp/tag"
	"github.com/sitrep-dev/sitrep/nlp/tokenize"
	"github.com/sitrep-dev/sitrep/nlp/wordclass"
)

// Pipeline runs the NLP stages. It is safe for concurrent use.
type Pipeline struct {
	tagger *tag.Tagger
	parser *parse.Parser
	ner    *ner.Recognizer
}

var (
	defaultOnce sync.Once
	defaultPipe *Pipeline
	defaultErr  error
)

// Default returns the pipeline with the shipped models, loading them on first use.
func Default() (*Pipeline, error) {
	defaultOnce.Do(func() {
		defaultPipe, defaultErr = load()
	})
	return defaultPipe, defaultErr
}

func load() (*Pipeline, error) {
	t, err := tag.Load()
	if err != nil {
		return nil, fmt.Errorf("load tagger: %w", err)
	}
	p, err := parse.Load()
	if err != nil {
		return nil, fmt.Errorf("load parser: %w", err)
	}
	r, err := ner.Load()
	if err != nil {
		return nil, fmt.Errorf("load named-entity model: %w", err)
	}
	return &Pipeline{tagger: t, parser: p, ner: r}, nil
}

// New builds a pipeline from explicit models (for evaluation of retrained ones).
func New(t *tag.Tagger, p *parse.Parser, r *ner.Recognizer) *Pipeline {
	return &Pipeline{tagger: t, parser: p, ner: r}
}

// Analyze splits text into sentences (never across a paragraph) and annotates each.
func (p *Pipeline) Analyze(text string, paras []sitrep.Paragraph) []sitrep.Sentence {
	sents := tokenize.Sentences(text, paras)
	for i := range sents {
		p.splitLostPossessives(&sents[i])
		p.AnnotateTokens(&sents[i])
	}
	return sents
}

// splitLostPossessives splits the possessives of s whose apostrophe was lost
// ("Syrias border"; tokenize.SplitLostPossessives): where the stem is a name
// the gazetteers know and the whole word is neither a name nor among the
// 150,000 most frequent words of GloVe's newswire and encyclopaedia text
// ("Texas", "Obamas", "Reuters"). A stem known only as a surname after a
// capitalised word may be a whole surname in s ("Fabio Tollis and",
// "Michele Tollis became"): it is split only when the tagger reads the next
// word as the start of a noun phrase ("Bashar Assads forces"). The sentence
// is tagged for that only when such a word turns up. After "the" the word is a
// family or a people ("the Erdogans", "The Gaddafis fled"), not a possessive.
func (p *Pipeline) splitLostPossessives(s *sitrep.Sentence) {
	if p.ner == nil {
		return
	}
	tagged := false
	toks := s.Tokens
	s.Tokens = tokenize.SplitLostPossessives(toks, func(i int) bool {
		w := toks[i].Text
		if i > 0 && strings.EqualFold(toks[i-1].Text, "the") {
			return false // a family or a people: "the Erdogans", "The Gaddafis fled"
		}
		stem := w[:len(w)-1]
		name := p.ner.KnownName(stem)
		if !name && !p.ner.KnownSurname(stem) || p.ner.KnownName(w) {
			return false
		}
		if _, common := wordclass.Lookup(strings.ToLower(w)); common {
			return false
		}
		if name || i == 0 || !unicode.IsUpper(firstRune(toks[i-1].Text)) {
			return true
		}
		if !tagged {
			p.tagger.Tag(toks)
			tagged = true
		}
		next := toks[i+1]
		return slices.Contains([]string{"NOUN", "ADJ", "PROPN", "NUM"}, next.UPOS) || next.XPOS == "VBN" || next.XPOS == "VBG"
	})
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// AnalyzeDocument analyses a stored document.
func (p *Pipeline) AnalyzeDocument(d *sitrep.Document) []sitrep.Sentence {
	return p.Analyze(d.Text, d.Paragraphs)
}

// AnnotateTokens tags, parses and finds entities in an already tokenised sentence.
func (p *Pipeline) AnnotateTokens(s *sitrep.Sentence) {
	if len(s.Tokens) == 0 {
		return
	}
	p.tagger.Tag(s.Tokens)
	if s.Heading {
		headlineVerb(s.Tokens)
	}
	if m, ok := dateline.Scan(s.Tokens); ok && m.Separated && len(s.Tokens)-m.End >= minAfterDateline {
		p.parseAfterDateline(s.Tokens, m.End)
	} else {
		p.parser.Parse(s.Tokens)
	}
	s.Entities = p.ner.Recognize(s.Tokens)
}

// minAfterDateline is the fewest words a sentence must have after its dateline
// for the two to be parsed apart.
const minAfterDateline = 3

// parseAfterDateline parses the words of toks after its dateline, the first n
// tokens ("QAMISHLI —", "BEIRUT, Feb 12 -"), as the sentence they are, and
// hangs the dateline's words on that sentence's root as a loose dependent
// (punctuation as punct), as UD does with material outside the sentence. The
// parser, trained on web text with no datelines, otherwise hangs the place on
// the first phrase and misreads the clause that follows: "QAMISHLI — Officials
// of the Autonomous Administration on Saturday accused ..." came out with
// "Saturday" as the subject of "accused". The event coder detaches the dateline
// again for trees parsed whole (event/dateline.go).
func (p *Pipeline) parseAfterDateline(toks []sitrep.Token, n int) {
	rest := toks[n:]
	p.parser.Parse(rest) // one tree with exactly one root
	root := 0
	for i := range rest {
		if rest[i].Head == 0 {
			root = n + i
		} else {
			rest[i].Head += n
		}
	}
	for i := range toks[:n] {
		toks[i].Head, toks[i].DepRel = root+1, "dep"
		if toks[i].UPOS == "PUNCT" {
			toks[i].DepRel = "punct"
		}
	}
}

// headlineVerb rereads the verb of a headline in sentence case that the tagger
// took for a plural noun: "Syria joins US-led coalition against Islamic State",
// "Iraq receives ISIS detainees from Syria". Headlines drop the articles that
// tell a verb in -s from a plural noun, and a tagger trained on running text
// reads "Syria joins" as a compound; the parser then builds a noun phrase, and
// no event can be read from it. In a heading with no finite verb, a lower-case word in
// -s tagged a plural noun right after a run of proper nouns that opens it, with
// words after it, is read as the run's verb (VBZ) before the parse.
func headlineVerb(toks []sitrep.Token) {
	for _, t := range toks {
		if slices.Contains([]string{"VB", "VBZ", "VBP", "VBD", "MD"}, t.XPOS) {
			return // a verb: the headline has its clause ("US-led" may be a participle)
		}
	}
	if len(toks) < 3 || toks[0].UPOS != "PROPN" {
		return
	}
	for i := 1; i+1 < len(toks); i++ {
		t := toks[i]
		if t.XPOS == "NNS" && unicode.IsLower(firstRune(t.Text)) && strings.HasSuffix(t.Text, "s") {
			if next := toks[i+1]; next.UPOS == "ADP" || next.XPOS == "VBN" {
				return // a noun phrase with its phrase or its passive: "Israel strikes on Gaza condemned", "Hezbollah fighters killed in Syria"
			}
			toks[i].UPOS, toks[i].XPOS = "VERB", "VBZ"
			return
		}
		if t.UPOS != "PROPN" && t.XPOS != "HYPH" {
			return
		}
	}
}

// Tagger, Parser and Recognizer expose the stages for the evaluation commands.
func (p *Pipeline) Tagger() *tag.Tagger         { return p.tagger }
func (p *Pipeline) Parser() *parse.Parser       { return p.parser }
func (p *Pipeline) Recognizer() *ner.Recognizer { return p.ner }

// TokensFromCoNLLU turns a CoNLL-U sentence's syntactic words into tokens over a
// text made of the forms joined as the sentence's SpaceAfter marks say; it returns
// that text too. Annotations in s are ignored: this is gold tokenisation only.
func TokensFromCoNLLU(s *conllu.Sentence) ([]sitrep.Token, string) {
	var b strings.Builder
	toks := make([]sitrep.Token, len(s.Words))
	for i, w := range s.Words {
		start := b.Len()
		b.WriteString(w.Form)
		space := s.SpaceAfter(i)
		toks[i] = sitrep.Token{Text: w.Form, Span: sitrep.Span{Start: start, End: b.Len()}, SpaceAfter: space}
		if space && i < len(s.Words)-1 {
			b.WriteByte(' ')
		}
	}
	return toks, b.String()
}

// AnnotateCoNLLU returns a copy of s with predicted UPOS, XPOS, lemma, head and
// relation on its own tokens: the form `sitrep parse --input-format conllu` writes and
// the scorers compare with the gold file. FEATS and DEPS are cleared (sitrep does not
// predict them); comments, multiword ranges and MISC are kept.
func (p *Pipeline) AnnotateCoNLLU(s *conllu.Sentence) *conllu.Sentence {
	toks, _ := TokensFromCoNLLU(s)
	if len(toks) > 0 {
		p.tagger.Tag(toks)
		p.parser.Parse(toks)
	}
	out := &conllu.Sentence{Comments: s.Comments, MultiWords: s.MultiWords, Extra: s.Extra}
	out.Words = make([]conllu.Word, len(s.Words))
	for i, w := range s.Words {
		t := toks[i]
		out.Words[i] = conllu.Word{ID: w.ID, Form: w.Form, Lemma: t.Lemma, UPOS: t.UPOS, XPOS: t.XPOS,
			Head: t.Head, DepRel: t.DepRel, Misc: w.Misc}
	}
	return out
}

// CoNLLU renders analysed sentences of text as CoNLL-U with sent_id and text comments.
func CoNLLU(text string, sents []sitrep.Sentence, idPrefix string) []*conllu.Sentence {
	out := make([]*conllu.Sentence, 0, len(sents))
	for i, s := range sents {
		cs := &conllu.Sentence{Comments: []string{
			fmt.Sprintf("sent_id = %s%d", idPrefix, i+1),
			"text = " + strings.Join(strings.Fields(text[s.Start:s.End]), " "),
		}}
		for j, t := range s.Tokens {
			misc := ""
			if !t.SpaceAfter {
				misc = "SpaceAfter=No"
			}
			cs.Words = append(cs.Words, conllu.Word{ID: j + 1, Form: t.Text, Lemma: t.Lemma, UPOS: t.UPOS,
				XPOS: t.XPOS, Head: t.Head, DepRel: t.DepRel, Misc: misc})
		}
		out = append(out, cs)
	}
	return out
}
