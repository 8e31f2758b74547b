package ner

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/nlp/conllu"
)

// ewtTrainNames holds sitrep's own PER / ORG / LOC annotation of the UD EWT
// training sentences that contain a proper noun. UNER annotated that split
// too, but its file is not among the shared data (shared/data/SOURCES.md:
// "en_ewt-ud-train.iob2 is NOT staged"), and a recogniser trained on the 2,001
// sentences of UNER EWT dev alone has little of the web genre it is tested on.
// The file holds no text, only sentence ids and word spans: one line per
// sentence, "SENT_ID<TAB>START-END:TYPE ..." (1-based word indices, inclusive)
// or "SENT_ID<TAB>-" for a sentence without a name. How it was made and how it
// agrees with UNER's own annotators is in NOTES.md, "EWT train, annotated
// here".
//
//go:embed data/ewt-train-names.tsv
var ewtTrainNames []byte

// parseNameSpans reads the annotation format of ewtTrainNames into entities
// over word indices [Start, End) by sentence id.
func parseNameSpans(data []byte) (map[string][]sitrep.Entity, error) {
	out := map[string][]sitrep.Entity{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for ln := 1; sc.Scan(); ln++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		id, spans, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("line %d: want SENT_ID<TAB>SPANS", ln)
		}
		if _, dup := out[id]; dup {
			return nil, fmt.Errorf("line %d: sentence %s annotated twice", ln, id)
		}
		ents := []sitrep.Entity{}
		if spans = strings.TrimSpace(spans); spans != "-" {
			for _, sp := range strings.Fields(spans) {
				e, err := parseNameSpan(sp)
				if err != nil {
					return nil, fmt.Errorf("line %d: %w", ln, err)
				}
				ents = append(ents, e)
			}
		}
		out[id] = ents
	}
	return out, sc.Err()
}

// parseNameSpan reads "3-5:ORG" or "7:PER".
func parseNameSpan(s string) (sitrep.Entity, error) {
	rng, typ, ok := strings.Cut(s, ":")
	if !ok || typeIndex(typ) < 0 {
		return sitrep.Entity{}, fmt.Errorf("span %q: want START-END:TYPE with TYPE one of %v", s, Types)
	}
	a, b, isRange := strings.Cut(rng, "-")
	start, err := strconv.Atoi(a)
	end := start
	if err == nil && isRange {
		end, err = strconv.Atoi(b)
	}
	if err != nil || start < 1 || end < start {
		return sitrep.Entity{}, fmt.Errorf("span %q: bad word range", s)
	}
	return sitrep.Entity{Start: start - 1, End: end, Type: typ}, nil
}

// readEWTTrainNames joins the annotation with the words of UD EWT train under
// dataDir: the annotated sentences, and with unannotated ones too when
// withUnannotated is set (they have no proper noun, so they are taken to name
// nothing).
func readEWTTrainNames(dataDir string, withUnannotated bool) ([]example, error) {
	names, err := parseNameSpans(ewtTrainNames)
	if err != nil {
		return nil, fmt.Errorf("ner: embedded EWT train annotation: %w", err)
	}
	path := filepath.Join(dataDir, "ud-ewt", "en_ewt-ud-train.conllu")
	sents, err := conllu.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	var out []example
	found := 0
	for _, s := range sents {
		ents, ok := names[s.Meta("sent_id")]
		if !ok && !withUnannotated || len(s.Words) == 0 {
			continue
		}
		if ok {
			found++
		}
		toks := make([]sitrep.Token, len(s.Words))
		for i, w := range s.Words {
			toks[i] = sitrep.Token{Text: w.Form, SpaceAfter: s.SpaceAfter(i)}
		}
		for _, e := range ents {
			if e.End > len(toks) {
				return nil, fmt.Errorf("ner: %s: sentence %s has %d words, annotation spans to %d", path, s.Meta("sent_id"), len(toks), e.End)
			}
		}
		out = append(out, example{toks: toks, gold: bilou(ents, len(toks)), key: "ewt:" + s.Meta("sent_id"), ents: ents})
	}
	if found != len(names) {
		return nil, fmt.Errorf("ner: %s: %d of %d annotated sentences found (another EWT revision?)", path, found, len(names))
	}
	return out, nil
}
