package parse

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"unicode"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/nlp/conllu"
)

// A right-to-left parser is the same parser trained on sentences with their word
// order reversed: it reads the sentence from its last word, so it makes its
// greedy decisions with the right context that a left-to-right parser has not
// yet seen, and makes different errors (Sagae and Lavie 2006). The ensemble (see
// ensemble.go) combines the two.

// Reversal is how a right-to-left parser lays a sentence out before parsing it
// left to right.
type Reversal uint8

const (
	// ReverseAll reverses every word.
	ReverseAll Reversal = iota
	// ReverseKeepFinalPunct reverses the words before the sentence-final run of
	// punctuation, which stays at the end. Reversing it too puts the full stop
	// first, where arc-hybrid must attach it (LEFT, to the buffer front) when its
	// head, usually the main verb, reaches the buffer front: a decision whether
	// the first verb read is the root, taken before the words that would tell
	// (the left context of the original order) are read. Parsed so, the
	// right-to-left parser often made the full stop the root and hung the main
	// verb from it (root attachment on EWT dev 68.7% against 92.3% left to
	// right; see NOTES.md, "Why the right-to-left parser was five points
	// worse").
	ReverseKeepFinalPunct
	// ReverseKeepFinalStop is ReverseKeepFinalPunct for a final run of full
	// stops, question and exclamation marks, colons and semicolons alone: closing
	// brackets and quotes attach inside the sentence, and kept at the end their
	// arcs would cross the rest (1,323 non-projective training sentences instead
	// of 430).
	ReverseKeepFinalStop
)

// reverseOrder fills perm[1..n] with the original position of each position of
// the reversed sentence (perm[0] = 0, the root), for a sentence of n words
// where isPunct(i) tells whether word i (from 0) is punctuation of the kind rv
// keeps at the end. Every layout is an involution: perm also maps original
// positions to reversed ones.
func reverseOrder(perm []int32, n int, rv Reversal, isPunct func(i int) bool) []int32 {
	if cap(perm) < n+1 {
		perm = make([]int32, n+1)
	}
	perm = perm[:n+1]
	k := n
	if rv == ReverseKeepFinalPunct || rv == ReverseKeepFinalStop {
		for k > 0 && isPunct(k-1) {
			k--
		}
		if k == 0 {
			k = n // all punctuation: reverse it all
		}
	}
	perm[0] = 0
	for j := 1; j <= n; j++ {
		if j <= k {
			perm[j] = int32(k + 1 - j)
		} else {
			perm[j] = int32(j)
		}
	}
	return perm
}

// keptAtEnd reports whether rv keeps a word of form f at the end when it ends
// the sentence. It reads the form, not the tag, so that training (gold tags)
// and parsing (predicted tags) lay sentences out alike.
func keptAtEnd(rv Reversal, f string) bool {
	if f == "" {
		return false
	}
	for _, r := range f {
		switch rv {
		case ReverseKeepFinalPunct:
			if !unicode.IsPunct(r) {
				return false
			}
		case ReverseKeepFinalStop:
			if !strings.ContainsRune(".!?:;…", r) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// reverseSentence returns a copy of s with its words laid out as rv says and
// every head renumbered to match; the root stays 0. Multiword tokens and empty
// nodes are dropped: the parser reads neither, and their ranges would no longer
// hold.
func reverseSentence(s *conllu.Sentence, rv Reversal) *conllu.Sentence {
	n := len(s.Words)
	perm := reverseOrder(nil, n, rv, func(i int) bool { return keptAtEnd(rv, s.Words[i].Form) })
	r := &conllu.Sentence{Comments: s.Comments, Words: make([]conllu.Word, n)}
	for i, w := range s.Words {
		j := int(perm[i+1])
		w.ID = j
		if w.Head > 0 {
			w.Head = int(perm[w.Head])
		}
		r.Words[j-1] = w
	}
	return r
}

func reverseSentences(ss []*conllu.Sentence, rv Reversal) []*conllu.Sentence {
	out := make([]*conllu.Sentence, len(ss))
	for i, s := range ss {
		out[i] = reverseSentence(s, rv)
	}
	return out
}

// ShippedReversal is the layout model/parser-r2l.gz was trained with: what
// TrainReversed and Reversed use.
const ShippedReversal = ReverseKeepFinalPunct

// TrainReversed trains a right-to-left parser with the shipped layout
// (ShippedReversal); see TrainReversedAs.
func TrainReversed(ctx context.Context, dataDir string, cfg TrainConfig, log *slog.Logger) (*Parser, error) {
	return TrainReversedAs(ctx, dataDir, cfg, ShippedReversal, log)
}

// TrainReversedAs trains a right-to-left parser: TrainWith's data and
// configuration, every sentence laid out as rv says. Dev scores logged during
// training are on dev sentences laid out the same way; with predicted tags they
// are tagged so too, so only the gold-tag figures mean what they say (Reversed
// parses tags given in the original order).
func TrainReversedAs(ctx context.Context, dataDir string, cfg TrainConfig, rv Reversal, log *slog.Logger) (*Parser, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if cfg.NoisyTags {
		return nil, fmt.Errorf("train reversed parser: noisy tags not supported")
	}
	ss, dev, err := trainingData(ctx, dataDir, cfg, log)
	if err != nil {
		return nil, err
	}
	return trainOn(ctx, reverseSentences(ss, rv), reverseSentences(dev, rv), cfg, log)
}

// parseReversed parses toks, already tagged, with a parser trained on sentences
// laid out as rv says: it parses a rearranged copy and maps heads back.
func parseReversed(p *Parser, rv Reversal, toks []sitrep.Token, buf []sitrep.Token, perm []int32) ([]sitrep.Token, []int32) {
	n := len(toks)
	perm = reverseOrder(perm, n, rv, func(i int) bool { return keptAtEnd(rv, toks[i].Text) })
	buf = permuteTokens(buf, toks, perm)
	p.Parse(buf)
	for i := range toks {
		r := buf[perm[i+1]-1]
		toks[i].Head, toks[i].DepRel = int(perm[r.Head]), r.DepRel
	}
	return buf, perm
}

// permuteTokens sets buf to toks in the order perm gives (buf[j-1] is
// toks[perm[j]-1]).
func permuteTokens(buf, toks []sitrep.Token, perm []int32) []sitrep.Token {
	buf = append(buf[:0], toks...)
	for j := 1; j < len(perm); j++ {
		buf[j-1] = toks[perm[j]-1]
	}
	return buf
}

// Reversed returns a parser that parses with p, a parser trained by
// TrainReversed (the layout ShippedReversal), and gives heads in the sentence's
// own order: tags are read in that order, so a tagger runs before it as before
// any parser.
func Reversed(p *Parser) *Parser { return ReversedAs(p, ShippedReversal) }

// ReversedAs is Reversed for a parser trained by TrainReversedAs with rv.
func ReversedAs(p *Parser, rv Reversal) *Parser {
	r := &reversed{p: p, rv: rv}
	r.pool.New = func() any { return new(reversedWork) }
	q := newParser(p.labels, p.weights)
	q.ext = p.ext
	q.alt = r
	return q
}

type reversed struct {
	p    *Parser
	rv   Reversal
	pool sync.Pool
}

type reversedWork struct {
	buf  []sitrep.Token
	perm []int32
}

func (r *reversed) parse(toks []sitrep.Token) {
	wk := r.pool.Get().(*reversedWork)
	wk.buf, wk.perm = parseReversed(r.p, r.rv, toks, wk.buf, wk.perm)
	r.pool.Put(wk)
}

var reversalNames = []string{ReverseAll: "all", ReverseKeepFinalPunct: "final-punct", ReverseKeepFinalStop: "final-stop"}

func (rv Reversal) String() string {
	if int(rv) < len(reversalNames) {
		return reversalNames[rv]
	}
	return fmt.Sprintf("Reversal(%d)", rv)
}

// ParseReversal returns the layout a name from Reversal.String stands for.
func ParseReversal(name string) (Reversal, error) {
	for i, n := range reversalNames {
		if n == name {
			return Reversal(i), nil
		}
	}
	return 0, fmt.Errorf("reversal %q: want one of %s", name, strings.Join(reversalNames, ", "))
}
