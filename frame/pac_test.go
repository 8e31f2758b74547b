package frame

import (
	"math"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/frame/internal/confusion"
	"github.com/sitrep-dev/sitrep/frame/internal/newsmtsc"
	"github.com/sitrep-dev/sitrep/internal/testshared"
)

// pacArticle is one PAC annotation file: an article of a story told by a left- and
// a right-leaning outlet, its sentences, the events annotated in them with the
// sentiment the author conveys toward each entity taking part, and the entities
// with their ideology.
type pacArticle struct {
	ID        string `json:"id"`
	Source    string `json:"source"`
	Relative  string `json:"relative_ideology"` // Left or Right: the article's side within its story
	Sentences []struct {
		ID   int    `json:"id"`
		Text string `json:"text"`
	} `json:"news"`
	Events []struct {
		Sentence int  `json:"sentence_id"`
		Removed  bool `json:"remove"`
		Entities []struct {
			ID        pacID  `json:"entity_id"`
			Text      string `json:"text"`
			Sentiment string `json:"sentiment"`
		} `json:"entity"`
	} `json:"events"`
	Entities []struct {
		ID       pacID  `json:"id"`
		Text     string `json:"text"`
		Ideology string `json:"ideology"`
	} `json:"entity_list"`
}

// pacID is an entity id, written as a number in most files and as a string in
// some.
type pacID string

func (id *pacID) UnmarshalJSON(b []byte) error {
	*id = pacID(strings.Trim(string(b), `"`))
	return nil
}

// locate finds an entity's words in a sentence (byte offsets): its text, else its
// text in any case, else its last word ("Jeff Sessions" → "Sessions") as a whole
// word. PAC names an entity once per article ("attorney general, Jeff Sessions");
// the sentences call it by part of that name, or by a pronoun, which is not found.
func locate(sentence, entity string) (from, to int, ok bool) {
	if entity == "" {
		return 0, 0, false
	}
	if i := strings.Index(sentence, entity); i >= 0 {
		return i, i + len(entity), true
	}
	if i := strings.Index(strings.ToLower(sentence), strings.ToLower(entity)); i >= 0 && len(strings.ToLower(sentence)) == len(sentence) {
		return i, i + len(entity), true
	}
	f := strings.FieldsFunc(entity, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' })
	if len(f) < 2 {
		return 0, 0, false
	}
	last := f[len(f)-1]
	if len(last) < 3 {
		return 0, 0, false
	}
	for at := 0; ; {
		i := strings.Index(sentence[at:], last)
		if i < 0 {
			return 0, 0, false
		}
		i += at
		j := i + len(last)
		before := i == 0 || !unicode.IsLetter(rune(sentence[i-1]))
		after := j == len(sentence) || !unicode.IsLetter(rune(sentence[j]))
		if before && after {
			return i, j, true
		}
		at = i + 1
	}
}

// TestPAC compares sitrep's tone toward an actor (MentionTone, as Build scores an
// outlet's sentences about an actor) with PAC's annotations (Zou et al. 2023):
//
//   - entity sentiment: for each event, the annotators' judgement of the sentiment
//     the author conveys toward each entity taking part (negative, neutral,
//     positive), against the tone of the event's sentence toward the entity's
//     words there; the other entities of the article found in the sentence count
//     as other actors. Reported: the share of (negative, not negative) pairs the
//     tone puts in that order (AUC; 0.5 is no relation), macro-F1 of the tone's
//     sign, and Spearman's rho.
//   - partisan framing: for each article and entity of a known side (PAC's entity
//     ideology, Left or Right), the mean tone of the article's sentences that name
//     it; AUC that an entity of the article's own side (relative_ideology) gets a
//     higher tone than one of the other side, against the same AUC from the
//     annotators' sentiment (a ceiling for a scorer of the events' sentences).
//
// -args -plain scores as before the news adaptations (quoted words left out,
// nothing else), as TestBASIL does.
func TestPAC(t *testing.T) {
	if testing.Short() {
		t.Skip("tags 304 articles (about 20 s)")
	}
	dir := testshared.Dir(t)
	l := lexicon(t)
	newsWords(t)
	learnedModel(t)
	an := newAnalyser(t)
	defer func(w Weights) { DefaultWeights = w }(DefaultWeights)
	DefaultWeights = flagWeights()
	paths, err := filepath.Glob(filepath.Join(dir, "data", "corpora", "pac_partisan_events", "data", "merged_annotations", "*.json"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no PAC annotations: %v", err)
	}
	sort.Strings(paths)
	gradeOf := map[string]int{"Negative": -1, "Neutral": 0, "Positive": 1}
	var points []point
	var conf [3][3]int // [gold][pred], classes neg, neu, pos
	var annotated, unfound, selfN int
	type side struct {
		tone, gold float64 // mean tone, mean annotated sentiment
		own        bool    // the entity is on the article's side
		hasGold    bool
	}
	var sides []side
	for _, path := range paths {
		var art pacArticle
		if err := readJSON(path, &art); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		sents := make(map[int]sitrep.Sentence, len(art.Sentences))
		for _, s := range art.Sentences {
			toks := an.tokens(s.Text)
			sents[s.ID] = sitrep.Sentence{Tokens: toks}
		}
		text := map[int]string{}
		for _, s := range art.Sentences {
			text[s.ID] = s.Text
		}
		voices := map[int][]Voice{}
		quotes := map[int][]sitrep.Quote{}
		// mentions are the article's entities found in a sentence, each a
		// mention with the entity's id as its code.
		mentionsIn := func(id int) []sitrep.Mention {
			var ms []sitrep.Mention
			for _, e := range art.Entities {
				from, to, ok := locate(text[id], e.Text)
				if !ok {
					continue
				}
				if s, end := newsmtsc.TokenRange(sents[id].Tokens, from, to); s < end {
					ms = append(ms, sitrep.Mention{Sentence: 0, Start: s, End: end, Span: sitrep.Span{Start: from, End: to}, Text: text[id][from:to], Code: "E" + string(e.ID)})
				}
			}
			return ms
		}
		toneOf := func(id int, entity string, code string, ms []sitrep.Mention) (float64, bool) {
			s := sents[id]
			from, to, ok := locate(text[id], entity)
			if !ok {
				return 0, false
			}
			start, end := newsmtsc.TokenRange(s.Tokens, from, to)
			if start >= end {
				return 0, false
			}
			if *plain {
				q := Quoted(s.Tokens)
				return l.ToneAround(s.Tokens, func(i int) bool { return q[i] }, start, end, *window), true
			}
			m := sitrep.Mention{Sentence: 0, Start: start, End: end, Code: code}
			v, ok := voices[id]
			if !ok {
				v, quotes[id] = an.voices(text[id], s.Tokens, ms)
				voices[id] = v
			}
			if isSelf(SelfVoices(v, s.Tokens, quotes[id], func(q sitrep.Quote) bool { return q.Speaker.Code == code }), v) {
				selfN++
			}
			return MentionTone(l, s, nil, v, quotes[id], m, ms, func(c string) string { return c }), true
		}
		// Entity sentiment, one judgement per sentence and entity (several
		// events of one sentence often name the same entity).
		seen := map[struct {
			s  int
			id pacID
		}]bool{}
		goldSum := map[pacID]float64{}
		goldN := map[pacID]int{}
		for _, ev := range art.Events {
			if ev.Removed {
				continue
			}
			for _, en := range ev.Entities {
				g, ok := gradeOf[en.Sentiment]
				if !ok {
					continue
				}
				goldSum[en.ID] += float64(g)
				goldN[en.ID]++
				k := struct {
					s  int
					id pacID
				}{ev.Sentence, en.ID}
				if seen[k] {
					continue
				}
				seen[k] = true
				annotated++
				name := en.Text
				for _, e := range art.Entities {
					if e.ID == en.ID && e.Text != "" {
						name = e.Text
					}
				}
				tone, ok := toneOf(ev.Sentence, name, "E"+string(en.ID), mentionsIn(ev.Sentence))
				if !ok {
					unfound++
					continue
				}
				points = append(points, point{tone, g})
				conf[g+1][confusion.Sign(tone)+1]++
			}
		}
		// Partisan framing: the article's tone toward each entity of a side.
		for _, e := range art.Entities {
			if e.Ideology != "Left" && e.Ideology != "Right" {
				continue
			}
			var sum float64
			var n int
			for _, s := range art.Sentences {
				if tone, ok := toneOf(s.ID, e.Text, "E"+string(e.ID), mentionsIn(s.ID)); ok {
					sum += tone
					n++
				}
			}
			if n == 0 {
				continue
			}
			sd := side{tone: sum / float64(n), own: e.Ideology == art.Relative}
			if goldN[e.ID] > 0 {
				sd.gold, sd.hasGold = goldSum[e.ID]/float64(goldN[e.ID]), true
			}
			sides = append(sides, sd)
		}
	}

	t.Logf("PAC: %d sentence × entity tones with words of the entity's own relayed", selfN)
	// Entity sentiment.
	auc, rho := agreement(points)
	m := confusion.Matrix(conf)
	n, macroF1 := m.N(), m.MacroF1()
	t.Logf("PAC entity sentiment: %d sentence × entity judgements, %d scored (%d not found in their sentence); AUC (negative vs the rest) %.3f ± %.3f (Hanley–McNeil standard error), Spearman %.3f, accuracy %.3f (majority class %.3f), macro-F1 %.3f; confusion neg/neu/pos %v",
		annotated, len(points), unfound, auc, aucSE(auc, conf[0][0]+conf[0][1]+conf[0][2], n-conf[0][0]-conf[0][1]-conf[0][2]), rho, m.Accuracy(), m.Majority(), macroF1, conf)

	// Partisan framing.
	sideAUC := func(v func(side) float64, use func(side) bool) (float64, int, int) {
		var wins, pairs float64
		var own, opp int
		for _, a := range sides {
			if !use(a) {
				continue
			}
			if a.own {
				own++
			} else {
				opp++
			}
			for _, b := range sides {
				if a.own && !b.own && use(b) {
					pairs++
					switch {
					case v(a) > v(b):
						wins++
					case v(a) == v(b):
						wins += 0.5
					}
				}
			}
		}
		if pairs == 0 {
			return math.NaN(), own, opp
		}
		return wins / pairs, own, opp
	}
	all := func(side) bool { return true }
	toneAUC, own, opp := sideAUC(func(s side) float64 { return s.tone }, all)
	goldAUC, gown, gopp := sideAUC(func(s side) float64 { return s.gold }, func(s side) bool { return s.hasGold })
	toneOnGold, _, _ := sideAUC(func(s side) float64 { return s.tone }, func(s side) bool { return s.hasGold })
	t.Logf("PAC partisan framing: %d article × entity (own side %d, other side %d); AUC own side above other side: tone %.3f (%.3f on the %d+%d with annotated sentiment), annotated sentiment %.3f",
		len(sides), own, opp, toneAUC, toneOnGold, gown, gopp, goldAUC)

	// A tone that says nothing of the annotated sentiment gives AUC 0.5; the floor
	// is a little under the figure measured when this test was written
	// (docs/eval/fakes-values.md).
	if auc < pacFloor {
		t.Errorf("PAC entity sentiment AUC %.3f, below the %.2f floor", auc, pacFloor)
	}
}

// pacFloor is the least entity-sentiment AUC TestPAC accepts: 0.556 when it was
// written.
const pacFloor = 0.54
