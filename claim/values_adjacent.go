package claim

import (
	"strings"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/nlp/tokenize"
	"github.com/sitrep-dev/sitrep/quantity"
)

// Tolls stated beside the event. News gives an attack and its dead in one
// sentence and the figure in the next ("Government aircraft struck a market in the
// town on Sunday, killing and wounding dozens. The raid killed at least 20
// people."), so the event's own sentence holds no count. When the event's sentence
// speaks of casualties without a count of them, a casualty count of an adjacent
// sentence of the same paragraph is the event's when that sentence points back at
// it: it names the act with a word of
// the event's family after a definite determiner ("the raid", "this attack",
// "the Russian strikes") and nothing in it marks another act ("another strike",
// "a separate attack", "the second raid"). Only killed and wounded counts travel: a toll is what outlets
// dispute. A document gives a fact one value, its own sentences' first, so a toll
// in the sentence of another event of the record stays that event's.

// familyWords are the nouns that name an act of each CAMEO root in a toll
// sentence.
var familyWords = map[string]map[string]bool{
	"18": set("attack attacks bombing bombings blast blasts explosion explosions bomb bombs ambush assault suicide"),
	"19": set("strike strikes airstrike airstrikes raid raids shelling bombardment bombardments bombing bombings " +
		"attack attacks offensive assault clashes fighting battle barrage"),
	"20": set("massacre massacres attack attacks bombing bombings killings"),
}

// definite are the words that make a family word point back at an act already
// told; otherAct words make it another one.
var (
	definite = set("the this that these those its their")
	otherAct = set("another other separate second third new earlier later previous subsequent similar further " +
		"an a one several many some")
)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// adjacentToll is a casualty count read from a sentence next to an event's.
type adjacentToll struct {
	q        sitrep.Quantity
	key      string
	sentence string
	span     sitrep.Span // the sentence's byte span
}

// pointsBack reports whether a sentence names an act of the family after a
// definite determiner, with at most two words between them ("the raid", "the
// Russian air strike") and none that makes it another act.
func pointsBack(sentence string, family map[string]bool) bool {
	ws := words(sentence)
	for i, w := range ws {
		if !family[w.text] {
			continue
		}
		for k := i - 1; k >= max(0, i-3); k-- {
			if otherAct[ws[k].text] {
				break
			}
			if definite[ws[k].text] {
				return true
			}
			if strings.ContainsAny(sentence[ws[k].end:ws[k+1].start], ",;:") {
				break
			}
		}
	}
	return false
}

// adjacentTolls lists the casualty counts of the sentences next to e's in its
// paragraph that point back at it (see above). sents are the document's sentences
// (tokenize.Sentences).
func adjacentTolls(e sitrep.Event, d *sitrep.Document, sents []sitrep.Sentence) []adjacentToll {
	family := familyWords[e.Root]
	if family == nil || d == nil || !speaksOfCasualties(e.Sentence) {
		return nil
	}
	at := -1
	for i, s := range sents {
		if s.Start <= e.Span.Start && e.Span.Start < s.End {
			at = i
			break
		}
	}
	if at < 0 || sents[at].Heading {
		return nil
	}
	paras := d.Paragraphs
	if len(paras) == 0 {
		paras = tokenize.Paragraphs(d.Text)
	}
	para := func(s sitrep.Sentence) int {
		for i, p := range paras {
			if p.Start <= s.Start && s.Start < p.End {
				return i
			}
		}
		return -1
	}
	var out []adjacentToll
	for _, k := range []int{at + 1, at - 1} {
		if k < 0 || k >= len(sents) || sents[k].Heading || para(sents[k]) != para(sents[at]) {
			continue
		}
		s := sents[k]
		text := d.Text[s.Start:s.End]
		if !pointsBack(text, family) {
			continue
		}
		for _, q := range quantity.Find(s, d.Text) {
			key, ok := countKey(text, q)
			if ok && q.Value > 0 && (strings.HasPrefix(key, "killed") || strings.HasPrefix(key, "wounded")) {
				out = append(out, adjacentToll{q: q, key: key, sentence: text, span: s.Span})
			}
		}
		if len(out) > 0 {
			return out // the next sentence first; the one before only when it has none
		}
	}
	return nil
}

// adjacentTollsOn switches the adjacent tolls on; the measurement turns it off to
// compare (TestValuesEval -values.adjacent=false).
var adjacentTollsOn = true

// ownToll reports whether an event's own sentence gives a casualty count.
func ownToll(e sitrep.Event) bool {
	for _, q := range e.Quantities {
		if key, ok := countKey(e.Sentence, q); ok && q.Value > 0 &&
			(strings.HasPrefix(key, "killed") || strings.HasPrefix(key, "wounded")) {
			return true
		}
	}
	return false
}

// speaksOfCasualties reports whether a sentence says that people were killed or
// wounded ("killing dozens", "left many dead"): then a count beside it is the figure
// the sentence leaves out. Without it, a sentence of strikes beside a toll was most
// often background ("has regularly been hit by …", "began air strikes last
// September") to a toll of another strike (docs/eval/fakes-values.md: 5 of 21 right
// without this test).
func speaksOfCasualties(sentence string) bool {
	for _, w := range words(sentence) {
		if a := acts[w.text]; a == "killed" || a == "wounded" {
			return true
		}
	}
	return false
}
