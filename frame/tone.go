package frame

import (
	"bufio"
	"compress/gzip"
	"embed"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"

	"github.com/sitrep-dev/sitrep"
)

//go:embed data/vader_lexicon.txt.gz data/rules.tsv data/news_lexicon.tsv data/glove_lexicon.tsv data/tone_model.tsv.gz
var dataFS embed.FS

// Lexicon is a loaded tone lexicon with its rule words.
type Lexicon struct {
	valence   map[string]float64
	news      map[string]float64 // news words VADER lacks, by lemma (data/news_lexicon.tsv)
	induced   map[string]float64 // words VADER lacks, valences from their GloVe neighbours (data/glove_lexicon.tsv)
	booster   map[string]float64
	negation  map[string]bool
	labels    map[string]bool
	shifters  map[string]bool   // lemmas (and the preposition "against") that turn a negative object's valence (shift.go)
	condemned map[string]bool   // lower-cased words marking a group the outlet condemns (compose.go)
	support   map[string]string // lemmas of words that do something for what they govern, and their rules kind (compose.go)
	undo      map[string]bool   // lemmas that end or refuse what they govern (compose.go)
}

// VADER's constants (Hutto & Gilbert 2014).
const (
	boostIncrement = 0.293
	negationScale  = -0.74
	normAlpha      = 15
)

// VADER returns the VADER lexicon's valences as shipped (before rules.tsv),
// read anew on each call: the tone lexicon loads them, and the tools that
// derive word lists from them (internal/newslex, internal/lexinduce) read the
// same file through it.
func VADER() (map[string]float64, error) {
	f, err := dataFS.Open("data/vader_lexicon.txt.gz")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("vader lexicon: %w", err)
	}
	out := map[string]float64{}
	sc := bufio.NewScanner(gz)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) < 2 {
			continue
		}
		v, err := strconv.ParseFloat(fields[1], 64)
		if err != nil {
			return nil, fmt.Errorf("vader lexicon: %q: %w", sc.Text(), err)
		}
		out[fields[0]] = v
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("vader lexicon: %w", err)
	}
	return out, nil
}

// Default returns the shipped lexicon, loaded once.
var Default = sync.OnceValues(load)

func load() (*Lexicon, error) {
	l := &Lexicon{news: map[string]float64{}, booster: map[string]float64{}, negation: map[string]bool{}, labels: map[string]bool{}, shifters: map[string]bool{}, condemned: map[string]bool{}, support: map[string]string{}, undo: map[string]bool{}}
	var err error
	if l.valence, err = VADER(); err != nil {
		return nil, err
	}
	rules, err := dataFS.ReadFile("data/rules.tsv")
	if err != nil {
		return nil, err
	}
	for _, line := range strings.Split(string(rules), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kind, word, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("frame rules: bad line %q", line)
		}
		switch kind {
		case "booster":
			l.booster[word] = boostIncrement
		case "dampener":
			l.booster[word] = -boostIncrement
		case "negation":
			l.negation[word] = true
		case "label":
			l.labels[word] = true
		case "shifter":
			l.shifters[word] = true
		case "condemned":
			l.condemned[word] = true
		case "support", "support-noun", "relation":
			// A lemma can be a verb and a noun of support ("support", "aid"):
			// its kinds are kept together.
			l.support[word] += "/" + kind
		case "undo":
			l.undo[word] = true
		case "neutral":
			// A word whose VADER sense is not the one it has in conflict
			// reporting ("security forces", "as well as", "forces loyal to").
			delete(l.valence, word)
		default:
			return nil, fmt.Errorf("frame rules: unknown kind %q", kind)
		}
	}
	news, err := dataFS.ReadFile("data/news_lexicon.tsv")
	if err != nil {
		return nil, err
	}
	if l.news, err = readNews(news); err != nil {
		return nil, err
	}
	induced, err := dataFS.ReadFile("data/glove_lexicon.tsv")
	if err != nil {
		return nil, err
	}
	if l.induced, err = readNews(induced); err != nil {
		return nil, fmt.Errorf("glove lexicon: %w", err)
	}
	return l, nil
}

// readNews parses a news-word file: "lemma<TAB>valence[<TAB>...]" lines,
// comments after "#".
func readNews(data []byte) (map[string]float64, error) {
	out := map[string]float64{}
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) < 2 {
			return nil, fmt.Errorf("news lexicon: bad line %q", line)
		}
		v, err := strconv.ParseFloat(fields[1], 64)
		if err != nil {
			return nil, fmt.Errorf("news lexicon: %q: %w", line, err)
		}
		out[fields[0]] = v
	}
	return out, nil
}

// NewsWords turns on the news words of data/news_lexicon.tsv: valences for the
// vocabulary of cooperation and conflict that VADER lacks ("cooperate", "aid",
// "bombing", "assassinate"), derived from the CAMEO and PLOVER codebooks'
// Goldstein and PLOVER scores by frame/internal/newslex. Off: measured against
// VADER alone (go test ./frame -run 'NewsMTSC|BASIL|PAC' -v -args -news), they
// moved no validation figure beyond its noise — NewsMTSC macro-F1 0.510 → 0.499
// (devtest_mt) and 0.538 → 0.535 (devtest_rw), BASIL AUC 0.571 → 0.559, PAC AUC
// 0.556 → 0.556 — and left the seeds' order of US framing as it was; see
// docs/eval/fakes-claims.md. Build and the incremental frames read it alike.
var NewsWords = false

// InducedWords turns on the valences data/glove_lexicon.tsv gives 1,429
// words VADER never rated ("cooperation" +0.84, "militants" −0.84,
// "ambushed"), each the similarity-weighted mean valence of its ten nearest
// neighbours in GloVe space (frame/internal/lexinduce; settings chosen by
// leave-one-out on the vocabulary, not on a validation corpus). On: see
// NOTES.md, "Induced words".
var InducedWords = true

// Scores reports whether a lower-cased word or lemma has a valence: VADER's
// (after rules.tsv), an induced word's or a codebook news word's.
func (l *Lexicon) Scores(word string) bool {
	_, v := l.valence[word]
	_, n := l.news[word]
	_, d := l.induced[word]
	return v || n || d
}

// IsLabel reports whether a lower-cased word is a loaded label.
func (l *Lexicon) IsLabel(word string) bool { return l.labels[word] }

// Tone scores a token sequence from -1 to 1 (VADER's compound score). Tokens for
// which skip returns true (quoted words) contribute nothing but still count as
// context for negation.
func (l *Lexicon) Tone(toks []sitrep.Token, skip func(i int) bool) float64 {
	return l.tone(toks, skip, nil)
}

func (l *Lexicon) tone(toks []sitrep.Token, skip func(i int) bool, weight func(i int) float64) float64 {
	return l.toneComposed(toks, skip, weight, nil, nil)
}

// toneComposed is tone with the valences composition gives some words (composed:
// token index → valence, see compose.go) in place of the lexicon's; coded marks
// the mentions of UN-listed groups for ShiftCondemned (nil: none).
func (l *Lexicon) toneComposed(toks []sitrep.Token, skip func(i int) bool, weight func(i int) float64, composed map[int]float64, coded []bool) float64 {
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = strings.ToLower(t.Text)
	}
	valence := func(i int) (float64, bool) {
		if v, ok := composed[i]; ok {
			return v, true
		}
		if v, ok := l.valence[words[i]]; ok {
			return v, true
		}
		// The word lists are looked up by lemma ("seized" → seize; an
		// untagged token by its own form), then by form: the induced list
		// holds inflected forms too ("ambushed", "casualties").
		lemma := strings.ToLower(toks[i].Lemma)
		if lemma == "" {
			lemma = words[i]
		}
		for _, on := range [...]struct {
			ok bool
			m  map[string]float64
		}{{InducedWords, l.induced}, {NewsWords, l.news}} {
			if !on.ok {
				continue
			}
			if v, ok := on.m[lemma]; ok {
				return v, true
			}
			if v, ok := on.m[words[i]]; ok {
				return v, true
			}
		}
		return 0, false
	}
	butAt := -1
	for i, w := range words {
		if w == "but" || w == "however" {
			butAt = i
		}
	}
	// A word that is skipped (the target's own name, quoted words left out)
	// shifts nothing: "the army killed ISIS fighters" stays bad news for ISIS.
	shift := l.shifted(toks, func(i int) bool { v, ok := valence(i); return ok && v < 0 && (skip == nil || !skip(i)) }, coded)
	var sum float64
	for i := range words {
		v, ok := valence(i)
		if !ok || (skip != nil && skip(i)) {
			continue
		}
		if shift != nil && shift[i] && v < 0 {
			v *= Shift
		}
		// Boosters and dampeners in the three words before, weaker further away.
		for k, scale := 1, 1.0; k <= 3 && i-k >= 0; k, scale = k+1, scale*0.95 {
			if b, ok := l.booster[words[i-k]]; ok {
				if v < 0 {
					b = -b
				}
				v += b * scale
			}
		}
		for k := 1; k <= 3 && i-k >= 0; k++ {
			if l.negation[words[i-k]] {
				v *= negationScale
				break
			}
		}
		if butAt >= 0 {
			if i < butAt {
				v *= 0.5
			} else if i > butAt {
				v *= 1.5
			}
		}
		if weight != nil {
			v *= weight(i)
		}
		sum += v
	}
	if sum == 0 {
		return 0
	}
	return sum / math.Sqrt(sum*sum+normAlpha)
}

// ToneAround scores the words near a target — tokens [start, end) — more than the
// rest of the sentence: a sentence about ISIS's "brutal attacks" that mentions the US
// in passing says little about the US. Words within window tokens of the target
// count fully, the others at a quarter. The target's own words are its name, not
// anybody's judgement of it: "united" in "the United States" is no praise.
func (l *Lexicon) ToneAround(toks []sitrep.Token, skip func(i int) bool, start, end, window int) float64 {
	inner := skip
	skip = func(i int) bool { return (i >= start && i < end) || (inner != nil && inner(i)) }
	return l.tone(toks, skip, func(i int) float64 {
		switch {
		case i >= start-window && i < end+window:
			return 1
		default:
			return 0.25
		}
	})
}

// distance is how many tokens separate token i from the range [start, end).
func distance(i, start, end int) int {
	switch {
	case i < start:
		return start - i
	case i >= end:
		return i - end + 1
	}
	return 0
}

// Ignored marks the tokens whose words are no judgement of the outlet's: those
// inside quotation marks (somebody else's words) and proper nouns, which are
// names ("United States", "Free Syrian Army", "Popular Mobilization Forces" carry
// VADER's "united", "free" and "popular"). Proper nouns are known only once the
// tokens are tagged.
func Ignored(toks []sitrep.Token) []bool {
	in := Quoted(toks)
	for i, n := range Names(toks) {
		in[i] = in[i] || n
	}
	return in
}

// Names marks the proper nouns of a sentence, whose words are names, not
// judgements ("United States", "Free Syrian Army").
func Names(toks []sitrep.Token) []bool {
	in := make([]bool, len(toks))
	for i, t := range toks {
		in[i] = t.UPOS == "PROPN"
	}
	return in
}

// Quoted marks the tokens inside quotation marks, which report somebody else's
// words rather than the outlet's own.
func Quoted(toks []sitrep.Token) []bool {
	in := make([]bool, len(toks))
	open := false
	for i, t := range toks {
		switch t.Text {
		case "“", "”", "\"", "``", "''":
			if t.Text == "“" {
				open = true
			} else if t.Text == "”" {
				open = false
			} else {
				open = !open
			}
			continue
		}
		in[i] = open
	}
	return in
}
