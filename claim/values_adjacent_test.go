package claim

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/nlp/tokenize"
)

// tollDoc is a document of paragraphs (separated by blank lines) in which the
// first sentence that begins with "Borduran" is an event's: Borduran aircraft
// striking Varna, with the sentence's own quantities qs.
func tollDoc(id, outlet, text, cameo string, qs ...sitrep.Quantity) (sitrep.Event, *sitrep.Document) {
	d := &sitrep.Document{ID: id, Outlet: outlet, Text: text, Paragraphs: tokenize.Paragraphs(text)}
	var first sitrep.Sentence
	for _, s := range tokenize.Sentences(text, d.Paragraphs) {
		if strings.HasPrefix(text[s.Start:], "Borduran") {
			first = s
			break
		}
	}
	e := ev(id+"1", id, "BORMIL", cameo, "RURCVL", "2026-05-12")
	e.Sentence, e.Span, e.Quantities = text[first.Start:first.End], first.Span, qs
	e.Source.Text = "Borduran aircraft"
	return e, d
}

// TestAdjacentTolls: a toll stated in the sentence after the event's (or before
// it) is the event's when that sentence points back at the act; a toll of
// another act, of another paragraph, or where the event has its own is not.
func TestAdjacentTolls(t *testing.T) {
	const strike = "Borduran aircraft struck the market in Varna on Tuesday morning, killing and wounding shoppers."
	for _, tc := range []struct {
		name  string
		text  string
		cameo string
		own   []sitrep.Quantity
		unit  string // the count fact's unit; "" for none
		value float64
	}{
		{"the next sentence names the raid", strike + " The raid killed at least 20 people, medics said.", "190", nil, "killed", 20},
		{"count before the act word", strike + " At least 30 people were wounded in the attack.", "190", nil, "wounded", 30},
		{"adjectives between determiner and act", strike + " The Borduran air strikes left 11 civilians dead.", "190", nil, "killed", 11},
		{"the sentence before", "The bombardment killed 9 people. " + strike + " Residents fled north.", "190", nil, "killed", 9},
		{"another act", strike + " Another strike on a nearby village killed 5 people.", "190", nil, "", 0},
		{"the second act", strike + " The second raid killed 5 people in Ostrov.", "190", nil, "", 0},
		{"a separate act", strike + " A separate raid killed 5 people in Ostrov.", "190", nil, "", 0},
		{"no act word", strike + " Hospital officials said 14 people died.", "190", nil, "", 0},
		{"a clause break before the act word", strike + " In the north, clashes killed 8 fighters.", "190", nil, "", 0},
		{"another paragraph", strike + "\n\nThe raid killed at least 20 people, medics said.", "190", nil, "", 0},
		{"not a casualty count", strike + " The raid destroyed 40 shops.", "190", nil, "", 0},
		// A sentence of strikes that says nothing of casualties is too often
		// background to another strike's toll.
		{"no casualties in the event's sentence", "Borduran aircraft struck the market in Varna on Tuesday morning. The raid killed at least 20 people.", "190", nil, "", 0},
		{"a meeting has no toll", "Borduran and Rurish envoys met in Varna on Tuesday. The attack killed 6 people.", "040", nil, "", 0},
		// The event's own sentence gives the toll: the next sentence's is
		// left alone (the own count stays the only one).
		{"own toll first", strike + " The raid killed 25 people.", "190", []sitrep.Quantity{qty("7 people", 7, "", "people")}, "", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, d := tollDoc("a", "Capitol Wire", tc.text, tc.cameo, tc.own...)
			if len(tc.own) > 0 {
				e.Sentence = strings.Replace(e.Sentence, "struck", "struck, killing 7 people at", 1)
			}
			cs := Build([]sitrep.Event{e}, []*sitrep.Document{d}, Options{})
			if len(cs) != 1 {
				t.Fatalf("%d claims", len(cs))
			}
			var counts []sitrep.ClaimValue
			for _, v := range cs[0].Values {
				if v.Kind == sitrep.ValueCount && v.Reports[0].Sentence != e.Sentence {
					counts = append(counts, v)
				}
			}
			if tc.unit == "" {
				if len(counts) > 0 {
					t.Errorf("toll from another sentence: %+v", counts)
				}
				return
			}
			if len(counts) != 1 || counts[0].Unit != tc.unit || counts[0].Reports[0].Number != tc.value {
				t.Fatalf("counts from another sentence %+v; want one %s %v", counts, tc.unit, tc.value)
			}
			// The evidence is the sentence that states the toll, at its span.
			r := counts[0].Reports[0]
			if !strings.Contains(r.Sentence, r.Value) || r.Event != e.ID {
				t.Errorf("report %+v: want the toll's own sentence, tied to the event", r)
			}
			if got := string([]rune(d.Text)[r.Span[0]:r.Span[1]]); got != r.Sentence {
				t.Errorf("span %v reads %q, want %q", r.Span, got, r.Sentence)
			}
		})
	}
}

// TestAdjacentTollsContest: two outlets report one raid, one with the toll in the
// next sentence; their tolls disagree, so the count is contested, and agree when
// they can both hold.
func TestAdjacentTollsContest(t *testing.T) {
	for _, tc := range []struct {
		other  string
		status string
	}{
		{"The raid killed 31 people.", sitrep.StatusContested},
		{"The raid killed about 20 people.", sitrep.StatusCorroborated},
	} {
		a, da := tollDoc("a", "Capitol Wire", "Borduran aircraft struck the Varna market on Tuesday, killing shoppers. "+tc.other, "190")
		b, db := tollDoc("b", "Tigris Daily", "Borduran warplanes bombed the Varna market on Tuesday, killing 19 people.", "190",
			qty("19 people", 19, "", "people"))
		cs := Build([]sitrep.Event{a, b}, []*sitrep.Document{da, db}, Options{})
		if len(cs) != 1 {
			t.Fatalf("%s: %d claims, want the two reports in one", tc.other, len(cs))
		}
		v, ok := valueOf(cs[0], sitrep.ValueCount, "killed")
		if !ok || v.Status != tc.status || len(v.Reports) != 2 {
			t.Errorf("%s: killed count %+v, want %s over two reports", tc.other, v, tc.status)
		}
	}
}
