// Package nlp is sitrep's NLP backbone in one call: from a document's clean text to
// sentences of tokens with part-of-speech tags, lemmas, dependency heads and relations,
// and named-entity spans. The stages live in subpackages (tokenize, tag, parse, ner),
// each with its own trained, embedded model; this package loads them once and runs
// them in order.
package nlp

import (
	"fmt"
	"sync"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/nlp/ner"
	"github.com/sitrep-dev/sitrep/nlp/parse"
	"github.com/sitrep-dev/sitrep/nlp/tag"
	"github.com/sitrep-dev/sitrep/nlp/tokenize"
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
		p.AnnotateTokens(&sents[i])
	}
	return sents
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
	p.parser.Parse(s.Tokens)
	s.Entities = p.ner.Recognize(s.Tokens)
}

// Tagger, Parser and Recognizer expose the stages for the evaluation commands.
func (p *Pipeline) Tagger() *tag.Tagger         { return p.tagger }
func (p *Pipeline) Parser() *parse.Parser       { return p.parser }
func (p *Pipeline) Recognizer() *ner.Recognizer { return p.ner }
