package ner

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/sitrep-dev/sitrep"
)

// AnnotatedSentence is a sentence of sitrep's own name annotation joined with
// its text from the shared data, for packages that label something about the
// names (frame's tone toward a target).
type AnnotatedSentence struct {
	// Key names the sentence: "ewt:SENT_ID" (UD EWT train), "ecb:HASH"
	// (ECB+, the hash of news-names.tsv's "ecbplus:HASH"), or CORPUS:HASH
	// for written text (WrittenSentences).
	Key string
	// Doc names the document the sentence is from, so that a sentence's
	// neighbours can be kept on the same side of a split.
	Doc string
	// Text is the sentence; the tokens' spans are byte offsets into it.
	Text   string
	Tokens []sitrep.Token
	// Entities are the annotated names over token indices [Start, End), in the
	// order of the annotation file's line: the N-th entity is the line's N-th
	// span.
	Entities []sitrep.Entity
}

// AnnotatedSentences returns the sentences of sitrep's name annotation that
// name something, from the UD EWT training split and the ECB+ subset under
// dataDir (SITREP_SHARED's data directory). NewsMTSC's sentences are left out:
// they are a validation corpus of the tone scorer. An ECB+ sentence whose names
// no longer fall on token boundaries is left out as the recogniser's training
// leaves it out. EWT's tokens are its words, joined into a text by their
// SpaceAfter; ECB+'s are the tokenizer's over the text the annotation was made
// on.
func AnnotatedSentences(dataDir string) ([]AnnotatedSentence, error) {
	ewt, err := readEWTTrainNames(dataDir, false)
	if err != nil {
		return nil, err
	}
	news, _, err := readNewsNames(dataDir)
	if err != nil {
		return nil, err
	}
	var out []AnnotatedSentence
	for _, ex := range ewt {
		if len(ex.ents) == 0 {
			continue
		}
		id := strings.TrimPrefix(ex.key, "ewt:")
		doc := id
		if i := strings.LastIndexByte(id, '-'); i > 0 {
			doc = id[:i]
		}
		text, toks := joinWords(ex.toks)
		out = append(out, AnnotatedSentence{Key: ex.key, Doc: "ewt:" + doc, Text: text, Tokens: toks, Entities: ex.ents})
	}
	for _, ex := range news {
		hash, ok := strings.CutPrefix(ex.key, "ecbplus:")
		if !ok || len(ex.ents) == 0 {
			continue
		}
		toks := append([]sitrep.Token(nil), ex.toks...)
		out = append(out, AnnotatedSentence{Key: "ecb:" + hash, Doc: "ecb:" + strconv.Itoa(ex.doc), Text: ex.text, Tokens: toks, Entities: ex.ents})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("ner: no annotated sentences under %s", dataDir)
	}
	return out, nil
}

// joinWords makes a text of words and their SpaceAfter, and copies of the
// tokens with their byte spans in it.
func joinWords(words []sitrep.Token) (string, []sitrep.Token) {
	var b strings.Builder
	toks := make([]sitrep.Token, len(words))
	for i, w := range words {
		toks[i] = w
		start := b.Len()
		b.WriteString(w.Text)
		toks[i].Span = sitrep.Span{Start: start, End: b.Len()}
		if w.SpaceAfter && i < len(words)-1 {
			b.WriteByte(' ')
		}
	}
	return b.String(), toks
}
