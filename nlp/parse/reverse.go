package parse

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"sync"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/nlp/conllu"
)

// A right-to-left parser is the same parser trained on sentences with their word
// order reversed: it reads the sentence from its last word, so it makes its
// greedy decisions with the right context that a left-to-right parser has not
// yet seen, and makes different errors (Sagae and Lavie 2006). The ensemble (see
// ensemble.go) combines the two.

// reverseSentence returns a copy of s with its words in reverse order and every
// head renumbered to match; the root stays 0. Multiword tokens and empty nodes
// are dropped: the parser reads neither, and their ranges would no longer hold.
func reverseSentence(s *conllu.Sentence) *conllu.Sentence {
	n := len(s.Words)
	r := &conllu.Sentence{Comments: s.Comments, Words: make([]conllu.Word, n)}
	for i, w := range s.Words {
		w.ID = n - i
		if w.Head > 0 {
			w.Head = n + 1 - w.Head
		}
		r.Words[n-1-i] = w
	}
	return r
}

func reverseSentences(ss []*conllu.Sentence) []*conllu.Sentence {
	out := make([]*conllu.Sentence, len(ss))
	for i, s := range ss {
		out[i] = reverseSentence(s)
	}
	return out
}

// TrainReversed trains a right-to-left parser: TrainWith's data and
// configuration, every sentence reversed. Dev scores logged during training are
// on reversed dev sentences; with predicted tags they are tagged reversed too,
// so only the gold-tag figures mean what they say (ParseReversed tags, when it
// must, in the original order).
func TrainReversed(ctx context.Context, dataDir string, cfg TrainConfig, log *slog.Logger) (*Parser, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if cfg.NoisyTags || cfg.JackknifeFolds > 0 {
		return nil, fmt.Errorf("train reversed parser: noisy or jackknifed tags not supported")
	}
	ss, err := trainingTreebanks(dataDir, cfg.GUMDev)
	if err != nil {
		return nil, err
	}
	dev, err := readConllu(dataDir + "/ud-ewt/en_ewt-ud-dev.conllu")
	if err != nil {
		return nil, err
	}
	return trainOn(ctx, reverseSentences(ss), reverseSentences(dev), cfg, log)
}

// parseReversed parses toks, already tagged, with a parser trained on reversed
// sentences: it parses a reversed copy and maps heads back.
func parseReversed(p *Parser, toks []sitrep.Token, buf []sitrep.Token) []sitrep.Token {
	n := len(toks)
	buf = append(buf[:0], toks...)
	slices.Reverse(buf)
	p.Parse(buf)
	for i := range toks {
		r := buf[n-1-i]
		h := r.Head
		if h > 0 {
			h = n + 1 - h
		}
		toks[i].Head, toks[i].DepRel = h, r.DepRel
	}
	return buf
}

// Reversed returns a parser that parses with p, a parser trained by
// TrainReversed, and gives heads in the sentence's own order: tags are read in
// that order, so a tagger runs before it as before any parser.
func Reversed(p *Parser) *Parser {
	r := &reversed{p: p}
	r.pool.New = func() any { return new([]sitrep.Token) }
	q := newParser(p.labels, p.weights)
	q.ext = p.ext
	q.alt = r
	return q
}

type reversed struct {
	p    *Parser
	pool sync.Pool
}

func (r *reversed) parse(toks []sitrep.Token) {
	buf := r.pool.Get().(*[]sitrep.Token)
	*buf = parseReversed(r.p, toks, *buf)
	r.pool.Put(buf)
}
