package ner

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/nlp/tokenize"
)

// newsNames holds sitrep's own PER / ORG / LOC annotation of news sentences
// from two corpora under shared/data/corpora whose licences allow training on
// them: NewsMTSC (MIT; US political news sentences) and the ECB+ subset (CC BY
// 3.0; articles on a prison escape, a bank firebombing, piracy and a bombing).
// The EWT and GUM material is web text, reviews, interviews and encyclopaedic
// prose; these sentences give the recogniser the news genre that PUD and the
// articles sitrep reads are written in.
//
// Like ewtTrainNames the file holds no text. A line is
// "CORPUS:HASH<TAB>START-END:TYPE ..." (or "-" for a sentence without a name):
// HASH is the first 12 hex digits of the SHA-256 of the sentence's text (how
// the text is taken from each corpus: newsSentences), and START-END are byte
// offsets into that text, end exclusive. Offsets rather than word indices keep
// the annotation valid when the tokenizer changes; the loader maps them onto
// whatever tokens the tokenizer makes and leaves out a sentence where a name
// no longer starts and ends on token boundaries.
//
//go:embed data/news-names.tsv
var newsNames []byte

// newsSentence is one sentence of the news corpora with its key.
type newsSentence struct {
	key, text string
	doc       int // document number, to keep a document's sentences together
}

// newsKey names a sentence by corpus and content, so that reordering or
// adding sentences to a corpus file does not move the annotation.
func newsKey(corpus, text string) string {
	h := sha256.Sum256([]byte(text))
	return corpus + ":" + hex.EncodeToString(h[:6])
}

// newsSentences reads the sentences of the two corpora the way the annotation
// was made on them: NewsMTSC's sentence_normalized field, and ECB+'s tokens
// of one sentence joined by single spaces (the corpus ships tokens, not text).
func newsSentences(dataDir string) ([]newsSentence, error) {
	var out []newsSentence
	doc := 0
	for _, name := range []string{"devtest_mt.jsonl", "devtest_rw.jsonl"} {
		path := filepath.Join(dataDir, "corpora", "newsmtsc", name)
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("ner: news sentences: %w", err)
		}
		sc := bufio.NewScanner(bytes.NewReader(b))
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for ln := 1; sc.Scan(); ln++ {
			if len(bytes.TrimSpace(sc.Bytes())) == 0 {
				continue
			}
			var rec struct {
				Text string `json:"sentence_normalized"`
			}
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				return nil, fmt.Errorf("ner: %s line %d: %w", path, ln, err)
			}
			out = append(out, newsSentence{key: newsKey("newsmtsc", rec.Text), text: rec.Text, doc: doc})
		}
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("ner: %s: %w", path, err)
		}
		doc++
	}
	files, err := filepath.Glob(filepath.Join(dataDir, "corpora", "ecbplus_subset", "ECB+", "*", "*.xml"))
	if err != nil {
		return nil, fmt.Errorf("ner: news sentences: %w", err)
	}
	sort.Strings(files)
	for _, path := range files {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("ner: news sentences: %w", err)
		}
		var d struct {
			Tokens []struct {
				Sentence int    `xml:"sentence,attr"`
				Text     string `xml:",chardata"`
			} `xml:"token"`
		}
		if err := xml.Unmarshal(b, &d); err != nil {
			return nil, fmt.Errorf("ner: %s: %w", path, err)
		}
		var order []int
		words := map[int][]string{}
		for _, t := range d.Tokens {
			if _, ok := words[t.Sentence]; !ok {
				order = append(order, t.Sentence)
			}
			words[t.Sentence] = append(words[t.Sentence], t.Text)
		}
		for _, s := range order {
			text := strings.Join(words[s], " ")
			out = append(out, newsSentence{key: newsKey("ecbplus", text), text: text, doc: doc})
		}
		doc++
	}
	return out, nil
}

// byteSpan is a name over bytes [start, end) of a sentence's text.
type byteSpan struct {
	start, end int
	typ        string
}

// parseNewsNames reads the format of newsNames.
func parseNewsNames(data []byte) (map[string][]byteSpan, error) {
	out := map[string][]byteSpan{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for ln := 1; sc.Scan(); ln++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		key, spans, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("line %d: want CORPUS:HASH<TAB>SPANS", ln)
		}
		if _, dup := out[key]; dup {
			return nil, fmt.Errorf("line %d: sentence %s annotated twice", ln, key)
		}
		list := []byteSpan{}
		if spans = strings.TrimSpace(spans); spans != "-" {
			for _, sp := range strings.Fields(spans) {
				rng, typ, ok := strings.Cut(sp, ":")
				a, b, isRange := strings.Cut(rng, "-")
				start, err1 := strconv.Atoi(a)
				end, err2 := strconv.Atoi(b)
				if !ok || !isRange || err1 != nil || err2 != nil || typeIndex(typ) < 0 || start < 0 || end <= start {
					return nil, fmt.Errorf("line %d: span %q: want START-END:TYPE (bytes, end exclusive) with TYPE one of %v", ln, sp, Types)
				}
				list = append(list, byteSpan{start, end, typ})
			}
		}
		out[key] = list
	}
	return out, sc.Err()
}

// readNewsNames joins the annotation with the sentences of the news corpora
// under dataDir. It returns the examples and the number of annotated
// sentences left out because a name no longer falls on token boundaries.
func readNewsNames(dataDir string) ([]example, int, error) {
	names, err := parseNewsNames(newsNames)
	if err != nil {
		return nil, 0, fmt.Errorf("ner: embedded news annotation: %w", err)
	}
	sents, err := newsSentences(dataDir)
	if err != nil {
		return nil, 0, err
	}
	var out []example
	found, misaligned := map[string]bool{}, 0
	for _, s := range sents {
		spans, ok := names[s.key]
		if !ok || found[s.key] {
			continue
		}
		found[s.key] = true
		ex, ok := textExample(s.key, s.text, spans, s.doc)
		if !ok {
			misaligned++
			continue
		}
		out = append(out, ex)
	}
	if len(found) != len(names) {
		return nil, 0, fmt.Errorf("ner: news corpora under %s: %d of %d annotated sentences found (another corpus revision?)", dataDir, len(found), len(names))
	}
	return out, misaligned, nil
}

// textExample tokenizes a sentence's text and places its names on the
// tokens; ok is false when a name does not start and end on token
// boundaries (the tokenizer changed since the annotation was made).
func textExample(key, text string, spans []byteSpan, doc int) (example, bool) {
	toks := tokenize.Tokenize(text)
	ents, ok := spansToTokens(spans, toks)
	if !ok {
		return example{}, false
	}
	return example{toks: toks, gold: bilou(ents, len(toks)), doc: doc, key: key, text: text, ents: ents}, true
}

// spansToTokens maps byte spans onto tokens; ok is false when a span does not
// start at a token's start and end at a token's end.
func spansToTokens(spans []byteSpan, toks []sitrep.Token) ([]sitrep.Entity, bool) {
	ents := make([]sitrep.Entity, 0, len(spans))
	for _, sp := range spans {
		first, last := -1, -1
		for i, t := range toks {
			if t.Span.Start == sp.start {
				first = i
			}
			if t.Span.End == sp.end {
				last = i
			}
		}
		if first < 0 || last < first {
			return nil, false
		}
		ents = append(ents, sitrep.Entity{Start: first, End: last + 1, Type: sp.typ})
	}
	return ents, true
}
