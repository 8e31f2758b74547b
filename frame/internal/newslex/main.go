// Command newslex derives frame/data/news_lexicon.tsv, the tone lexicon's news
// words, from the event codebooks: every CAMEO code name (with its GDELT Goldstein
// score) and every PLOVER event mode's name (with its PLOVER score) is a short text
// with a cooperation/conflict score from -10 to 10. The codebooks, and not a
// NewsMTSC training split: the shared NewsMTSC has only its devtest sets, which
// measure the result and must not shape it.
//
// A content word's (noun, verb, adjective; tagged and lemmatised as sitrep tags
// articles) valence is the mean score of the texts it appears in, shrunk toward 0
// by two pseudo-texts scored 0, then mapped to VADER's -4..4 range (x 0.4). A text
// whose score a VADER word of the same sign already explains ("Reject material
// cooperation") is no evidence about its other words. Kept: words VADER does not
// score, seen in at least 2 texts (one code name's wording is an accident: "car",
// "small"), all on one side of 0 ("military" is in "military aid" and "military
// force"), in at most 5% of the texts (CAMEO's templates: "express", "appeal"),
// with |valence| >= 0.5.
//
// Run from the repository root:
//
//	SITREP_SHARED=/work/shared go run ./frame/internal/newslex > frame/data/news_lexicon.tsv
package main

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/sitrep-dev/sitrep/frame"
	"github.com/sitrep-dev/sitrep/nlp/tag"
	"github.com/sitrep-dev/sitrep/nlp/tokenize"
)

const (
	prior    = 2    // pseudo-texts scored 0
	scale    = 0.4  // Goldstein -10..10 to VADER -4..4
	minAbs   = 0.5  // VADER-scale valence below which a word is left out
	minTexts = 2    // a word in one code name only is an accident of its wording ("car", "small")
	maxShare = 0.05 // words in more texts than this share are CAMEO's templates ("express intent to", "appeal for")
)

type text struct {
	words  string
	score  float64
	source string
}

func main() {
	if err := run(); err != nil {
		slog.Error("newslex", "err", err)
		os.Exit(1)
	}
}

func run() error {
	shared := os.Getenv("SITREP_SHARED")
	if shared == "" {
		return fmt.Errorf("SITREP_SHARED is not set")
	}
	books := filepath.Join(shared, "data", "codebooks")
	var texts []text
	rows, err := readCSV(filepath.Join(books, "cameo_codes_goldstein.csv"))
	if err != nil {
		return err
	}
	for _, r := range rows[1:] {
		s, err := strconv.ParseFloat(r[5], 64) // goldstein_gdelt
		if err != nil {
			continue
		}
		texts = append(texts, text{r[3], s, "CAMEO " + r[0]})
	}
	rows, err = readCSV(filepath.Join(books, "plover_event_types_modes.csv"))
	if err != nil {
		return err
	}
	for _, r := range rows[1:] {
		// event, mode, quad_category, requires_recipient, definition, plover_score
		s, err := strconv.ParseFloat(r[5], 64)
		if err != nil || r[1] == "" {
			continue // a mode without score, or the event's own row (prose)
		}
		// The mode's name only: its definition is codebook prose ("including",
		// "e.g.", "actor"), whose words are no news vocabulary.
		texts = append(texts, text{strings.ReplaceAll(r[1], "-", " "), s, "PLOVER " + r[0] + "/" + r[1]})
	}
	vader, err := frame.VADER()
	if err != nil {
		return err
	}
	tagger, err := tag.Load()
	if err != nil {
		return fmt.Errorf("tagger: %w", err)
	}
	sum := map[string]float64{}
	n := map[string]int{}
	pos, neg := map[string]bool{}, map[string]bool{}
	for _, t := range texts {
		toks := tokenize.Tokenize(strings.ToLower(t.words))
		tagger.Tag(toks)
		// A text whose score a VADER word of the same sign already explains
		// ("Reject material cooperation", "Express optimistic comment") is no
		// evidence about its other words: "cooperation" is not negative for
		// being rejected.
		explained := false
		for _, tk := range toks {
			v := vader[strings.ToLower(tk.Text)]
			if v*t.score > 0 {
				explained = true
			}
		}
		if explained {
			continue
		}
		seen := map[string]bool{}
		for _, tk := range toks {
			switch tk.UPOS {
			case "NOUN", "VERB", "ADJ":
			default:
				continue
			}
			lemma := strings.ToLower(tk.Lemma)
			if lemma == "" || seen[lemma] {
				continue
			}
			seen[lemma] = true
			sum[lemma] += t.score
			n[lemma]++
			pos[lemma] = pos[lemma] || t.score > 0
			neg[lemma] = neg[lemma] || t.score < 0
		}
	}
	var words []string
	for w := range sum {
		if _, ok := vader[w]; ok {
			continue
		}
		// A word on both sides of the scale ("military" in "military aid" and
		// "military force") says nothing by itself; nor does a template word.
		if n[w] < minTexts || (pos[w] && neg[w]) || float64(n[w]) > maxShare*float64(len(texts)) {
			continue
		}
		words = append(words, w)
	}
	sort.Strings(words)
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "# News words for the tone lexicon, derived from the event codebooks in\n")
	fmt.Fprintf(w, "# ../shared/data/codebooks by frame/internal/newslex (see its doc comment):\n")
	fmt.Fprintf(w, "# %d texts (CAMEO code names with their GDELT Goldstein score, PLOVER event modes\n", len(texts))
	fmt.Fprintf(w, "# with their PLOVER score); valence = 0.4 x sum(score) / (texts + %d), over the\n", prior)
	fmt.Fprintf(w, "# texts whose content words (tagged, lemmatised) include the word; only words\n")
	fmt.Fprintf(w, "# VADER does not score, in %d texts or more, all on one side of 0 and in at most\n", minTexts)
	fmt.Fprintf(w, "# %.0f%% of the texts, with |valence| >= %.1f. A text whose score a VADER word of\n", maxShare*100, minAbs)
	fmt.Fprintf(w, "# the same sign explains (\"Reject material cooperation\") is skipped. Matched\n")
	fmt.Fprintf(w, "# on a token's lemma, and only with frame.NewsWords on: not adopted, see tone.go.\n")
	fmt.Fprintf(w, "# lemma\tvalence\ttexts\n")
	for _, word := range words {
		v := scale * sum[word] / float64(n[word]+prior)
		if math.Abs(v) < minAbs {
			continue
		}
		fmt.Fprintf(w, "%s\t%.2f\t%d\n", word, v, n[word])
	}
	return w.Flush()
}

func readCSV(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return rows, nil
}
