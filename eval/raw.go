package eval

import (
	"fmt"
	"strings"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/nlp/conllu"
)

// RawDoc is a treebank document turned back into raw text, with where each gold
// sentence and syntactic word lies in it: the input of an end-to-end evaluation, in
// which sitrep's own tokenizer and sentence splitter run before the tagger and parser.
type RawDoc struct {
	Text string
	// Paragraphs are byte ranges of Text, one per treebank paragraph ("# newpar").
	Paragraphs []sitrep.Span
	gold       []goldSent
}

type goldSent struct {
	span  sitrep.Span
	words []conllu.Word
	spans []sitrep.Span // one per word; Start -1 where the word cannot be placed
}

// RawDocuments rebuilds the documents of a treebank ("# newdoc id") from the "# text"
// line of each sentence: sentences joined by a space, paragraphs ("# newpar id") by a
// blank line, as an article reaches sitrep after cleaning.
func RawDocuments(gold []*conllu.Sentence) []RawDoc {
	var docs []RawDoc
	var b strings.Builder
	paraStart := 0
	flush := func() {
		if len(docs) == 0 {
			return
		}
		d := &docs[len(docs)-1]
		d.Text = b.String()
		if paraStart < len(d.Text) {
			d.Paragraphs = append(d.Paragraphs, sitrep.Span{Start: paraStart, End: len(d.Text)})
		}
	}
	for i, s := range gold {
		if i == 0 || s.Meta("newdoc id") != "" {
			flush()
			docs = append(docs, RawDoc{})
			b.Reset()
			paraStart = 0
		}
		d := &docs[len(docs)-1]
		if b.Len() > 0 {
			if s.Meta("newpar id") != "" {
				d.Paragraphs = append(d.Paragraphs, sitrep.Span{Start: paraStart, End: b.Len()})
				b.WriteString("\n\n")
				paraStart = b.Len()
			} else {
				b.WriteString(" ")
			}
		}
		base := b.Len()
		text := s.Meta("text")
		b.WriteString(text)
		d.gold = append(d.gold, goldSent{
			span:  sitrep.Span{Start: base, End: b.Len()},
			words: s.Words,
			spans: WordSpans(s, base),
		})
	}
	flush()
	return docs
}

// WordSpans places a treebank sentence's syntactic words in its "# text" (byte
// offsets, plus base). The words of a multiword token share its span in order when
// their forms spell it, as in "do"+"n't"; otherwise the whole token goes to the first
// word and the others get Start -1, so that no tokenizer can match them.
func WordSpans(s *conllu.Sentence, base int) []sitrep.Span {
	text := s.Meta("text")
	spans := make([]sitrep.Span, 0, len(s.Words))
	pos := 0
	next := func(form string) sitrep.Span {
		i := strings.Index(text[pos:], form)
		if i < 0 {
			return sitrep.Span{Start: -1, End: -1}
		}
		sp := sitrep.Span{Start: base + pos + i, End: base + pos + i + len(form)}
		pos += i + len(form)
		return sp
	}
	mw := 0
	for w := 0; w < len(s.Words); w++ {
		id := s.Words[w].ID
		for mw < len(s.MultiWords) && s.MultiWords[mw].Last < id {
			mw++
		}
		if mw < len(s.MultiWords) && s.MultiWords[mw].First == id {
			m := s.MultiWords[mw]
			whole := next(m.Form)
			var parts []string
			for k := w; k < len(s.Words) && s.Words[k].ID <= m.Last; k++ {
				parts = append(parts, s.Words[k].Form)
			}
			if whole.Start >= 0 && strings.Join(parts, "") == m.Form {
				at := whole.Start
				for _, p := range parts {
					spans = append(spans, sitrep.Span{Start: at, End: at + len(p)})
					at += len(p)
				}
			} else {
				spans = append(spans, whole)
				for range parts[1:] {
					spans = append(spans, sitrep.Span{Start: -1, End: -1})
				}
			}
			w += len(parts) - 1
			continue
		}
		spans = append(spans, next(s.Words[w].Form))
	}
	return spans
}

// RawCounts accumulates an end-to-end comparison. Scores are F1 over syntactic words
// as in the CoNLL 2018 shared task: a predicted word counts for a metric when its
// span equals a gold word's span and the attribute agrees (for UAS, its head is the
// word aligned with the gold head, or both are roots; LAS adds the relation before
// ':'). Words are aligned by byte span, which is the shared task's character
// alignment for every word outside a multiword token; inside one, the predicted
// words share the token's span unless their forms spell it, and then they are split
// the same way as the gold words.
type RawCounts struct {
	GoldWords, PredWords, GoldSents, PredSents int
	Tokens, Sents, UPOS, XPOS, Lemma, UAS, LAS int
}

// Add compares the predicted sentences of d.Text with its gold annotation.
func (c *RawCounts) Add(d RawDoc, pred []sitrep.Sentence) {
	type ref struct{ sent, word int }
	goldAt := map[sitrep.Span]ref{}
	goldSents := map[sitrep.Span]bool{}
	for si, g := range d.gold {
		c.GoldSents++
		goldSents[g.span] = true
		c.GoldWords += len(g.words)
		for wi, sp := range g.spans {
			if sp.Start >= 0 {
				goldAt[sp] = ref{si, wi}
			}
		}
	}
	for _, s := range pred {
		c.PredSents++
		if len(s.Tokens) > 0 {
			sp := sitrep.Span{Start: s.Tokens[0].Span.Start, End: s.Tokens[len(s.Tokens)-1].Span.End}
			if goldSents[sp] {
				c.Sents++
			}
		}
		spans := predSpans(d.Text, s.Tokens)
		c.PredWords += len(s.Tokens)
		aligned := make([]ref, len(s.Tokens))
		ok := make([]bool, len(s.Tokens))
		for i, sp := range spans {
			aligned[i], ok[i] = goldAt[sp]
		}
		for i, t := range s.Tokens {
			if !ok[i] {
				continue
			}
			c.Tokens++
			r := aligned[i]
			gw := d.gold[r.sent].words[r.word]
			if gw.UPOS == t.UPOS {
				c.UPOS++
			}
			if gw.XPOS == t.XPOS {
				c.XPOS++
			}
			if gw.Lemma == t.Lemma {
				c.Lemma++
			}
			var headOK bool
			switch {
			case t.Head == 0:
				headOK = gw.Head == 0
			case t.Head > 0 && t.Head <= len(s.Tokens) && ok[t.Head-1]:
				h := aligned[t.Head-1]
				headOK = h.sent == r.sent && gw.Head == d.gold[r.sent].words[h.word].ID
			}
			if headOK {
				c.UAS++
				if baseRel(gw.DepRel) == baseRel(t.DepRel) {
					c.LAS++
				}
			}
		}
	}
}

// predSpans gives each predicted word its span, splitting the shared span of a
// multiword token ("don't" → "do" + "n't") when the words' texts spell it.
func predSpans(text string, toks []sitrep.Token) []sitrep.Span {
	spans := make([]sitrep.Span, len(toks))
	for i := 0; i < len(toks); {
		j := i + 1
		for j < len(toks) && toks[j].Span == toks[i].Span {
			j++
		}
		sp := toks[i].Span
		if j-i > 1 && sp.Start >= 0 && sp.End <= len(text) {
			var parts strings.Builder
			for k := i; k < j; k++ {
				parts.WriteString(toks[k].Text)
			}
			if parts.String() == text[sp.Start:sp.End] {
				at := sp.Start
				for k := i; k < j; k++ {
					spans[k] = sitrep.Span{Start: at, End: at + len(toks[k].Text)}
					at += len(toks[k].Text)
				}
				i = j
				continue
			}
		}
		for k := i; k < j; k++ {
			spans[k] = sp
		}
		i = j
	}
	return spans
}

// RawScores are F1 figures in percent.
type RawScores struct {
	Tokens, Sentences, UPOS, XPOS, Lemma, UAS, LAS float64
	Words                                          int
}

// Scores turns the counts into F1 percentages.
func (c RawCounts) Scores() RawScores {
	f := func(k, gold, pred int) float64 {
		if gold+pred == 0 {
			return 0
		}
		return 200 * float64(k) / float64(gold+pred)
	}
	w := func(k int) float64 { return f(k, c.GoldWords, c.PredWords) }
	return RawScores{
		Tokens: w(c.Tokens), Sentences: f(c.Sents, c.GoldSents, c.PredSents),
		UPOS: w(c.UPOS), XPOS: w(c.XPOS), Lemma: w(c.Lemma), UAS: w(c.UAS), LAS: w(c.LAS),
		Words: c.GoldWords,
	}
}

func (s RawScores) String() string {
	return fmt.Sprintf("Tokens %.2f Sentences %.2f UPOS %.2f XPOS %.2f LEMMA %.2f UAS %.2f LAS %.2f (F1, %d gold words)",
		s.Tokens, s.Sentences, s.UPOS, s.XPOS, s.Lemma, s.UAS, s.LAS, s.Words)
}
