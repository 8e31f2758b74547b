package frame

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/frame/internal/confusion"
)

// parsed builds the tokens of an invented sentence with a hand-written tree, so
// that the tests say what the scorer does with a tree without depending on what the
// parser makes of the sentence. heads are 1-based, 0 for the root.
func parsed(t *testing.T, text string, heads []int, rels string) []sitrep.Token {
	t.Helper()
	words, rs := strings.Fields(text), strings.Fields(rels)
	if len(words) != len(heads) || len(words) != len(rs) {
		t.Fatalf("%q: %d words, %d heads, %d relations", text, len(words), len(heads), len(rs))
	}
	toks := make([]sitrep.Token, len(words))
	at := 0
	for i, w := range words {
		toks[i] = sitrep.Token{Text: w, Span: sitrep.Span{Start: at, End: at + len(w)}, Head: heads[i], DepRel: rs[i]}
		at += len(w) + 1
	}
	return toks
}

// flat is the same tokens without their tree: the scorer falls back on distance
// in tokens.
func flat(toks []sitrep.Token) []sitrep.Token {
	out := append([]sitrep.Token{}, toks...)
	for i := range out {
		out[i].Head, out[i].DepRel = 0, ""
	}
	return out
}

func TestToneTargetTree(t *testing.T) {
	l := lexicon(t)
	w := Weights{Window: 6, Tree: 2, Far: 0.25, Other: 0.25, Patient: 1, Agent: 1, Quoted: 1, Reported: 1}
	// The target's own predicate, eleven tokens away behind a relative clause,
	// is one arc from it: it counts fully with the tree, at Far without.
	praised := parsed(t, "Ruritania , whose capital stands on the old river road , praised the accord .",
		[]int{12, 5, 4, 5, 1, 10, 10, 10, 10, 5, 5, 0, 14, 12, 12},
		"nsubj punct nmod:poss nsubj acl:relcl case det amod compound obl punct root det obj punct")
	// A word five tokens away but in another clause is four arcs away: it counts
	// at Far with the tree, fully without.
	brutal := parsed(t, "Ruritania sent doctors , and the brutal war went on .",
		[]int{2, 0, 2, 9, 9, 8, 8, 9, 2, 9, 2},
		"nsubj root obj punct cc det amod nsubj conj compound:prt punct")
	withTree := func(toks []sitrep.Token) float64 { return l.ToneTarget(toks, nil, nil, 0, 1, nil, w) }
	if a, b := withTree(praised), withTree(flat(praised)); !(a > 0 && a > b) {
		t.Errorf("praised, one arc and eleven tokens away: tone %.3f with the tree, %.3f without; want the tree's higher", a, b)
	}
	if a, b := withTree(brutal), withTree(flat(brutal)); !(a < 0 && a > b) {
		t.Errorf("brutal, five tokens and four arcs away: tone %.3f with the tree, %.3f without; want the tree's nearer 0", a, b)
	}
}

func TestToneTargetRole(t *testing.T) {
	l := lexicon(t)
	base := Weights{Window: 6, Tree: 2, Far: 0.25, Other: 0.25, Patient: 1, Agent: 1, Quoted: 1, Reported: 1}
	attacked := parsed(t, "Ruritania attacked Borduria .", []int{2, 0, 2, 2}, "nsubj root obj punct")
	for _, tc := range []struct {
		name       string
		start, end int
		others     [][2]int
		patient    float64
		agent      float64
		sign       int
	}{
		{"the attacked, patient weight 1", 2, 3, nil, 1, 1, -1},
		{"the attacked, patient weight 0", 2, 3, nil, 0, 1, 0},
		// The agent weight applies only when what is done is done to another
		// actor: with Borduria no actor, the attack is Ruritania's alone.
		{"the attacker of no actor, agent weight 0", 0, 1, nil, 1, 0, -1},
		{"the attacker of an actor, agent weight 0", 0, 1, [][2]int{{2, 3}}, 1, 0, 0},
		{"the attacker of an actor, agent weight 1", 0, 1, [][2]int{{2, 3}}, 1, 1, -1},
	} {
		w := base
		w.Patient, w.Agent = tc.patient, tc.agent
		if got := l.ToneTarget(attacked, nil, nil, tc.start, tc.end, tc.others, w); confusion.Sign(got) != tc.sign {
			t.Errorf("%s: tone %.3f, want sign %d", tc.name, got, tc.sign)
		}
	}
}

func TestVoices(t *testing.T) {
	l := lexicon(t)
	// Invented: the envoy's words, once quoted and once reported.
	text := `Ruritania met the envoy , who called it " an excellent day " and said the talks were excellent .`
	toks := parsed(t, text, make([]int, 20), strings.Repeat("dep ", 20))
	toks = flat(toks)
	rep := strings.Index(text, "the talks")
	v := Voices(toks, nil, []sitrep.Span{{Start: rep, End: len(text) - 2}})
	var got strings.Builder
	for _, x := range v {
		got.WriteByte("oqr"[x])
	}
	if want := "oooooooooqqqooorrrro"; got.String() != want {
		t.Errorf("voices %s, want %s", got.String(), want)
	}
	// Every word weighs the same: the target is the first token, and all the
	// sentence's words are within the window or at Far alike in each case.
	score := func(quoted, reported float64) float64 {
		w := Weights{Window: 30, Far: 1, Other: 1, Patient: 1, Agent: 1, Quoted: quoted, Reported: reported}
		return l.ToneTarget(toks, nil, v, 0, 1, nil, w)
	}
	all, noQuote, noReport, none := score(1, 1), score(0, 1), score(1, 0), score(0, 0)
	if !(all > noQuote && all > noReport && noQuote > 0 && noReport > 0 && none == 0) {
		t.Errorf("tones: all words %.3f, without the quoted %.3f, without the reported %.3f, without both %.3f", all, noQuote, noReport, none)
	}

	// The reported words are the target's own when it is the speaker: only those
	// quotes' relayed words become SelfVoice, and v stays as it was.
	envoy := []sitrep.Quote{{Span: sitrep.Span{Start: rep, End: len(text) - 2}, Speaker: sitrep.EventActor{Code: "ENV"}}}
	for _, tc := range []struct {
		speaker string
		want    string
	}{{"ENV", "oooooooooqqqoooSSSSo"}, {"RUR", "oooooooooqqqooorrrro"}} {
		sv := SelfVoices(v, toks, envoy, func(q sitrep.Quote) bool { return q.Speaker.Code == tc.speaker })
		var got strings.Builder
		for _, x := range sv {
			got.WriteByte("oqrS"[x])
		}
		if got.String() != tc.want {
			t.Errorf("self voices, target %s: %s, want %s", tc.speaker, got.String(), tc.want)
		}
	}
	if v[15] != ReportedVoice {
		t.Errorf("SelfVoices changed its argument")
	}
}

func TestTreeDistances(t *testing.T) {
	toks := parsed(t, "Ruritania sent doctors , and the brutal war went on .",
		[]int{2, 0, 2, 9, 9, 8, 8, 9, 2, 9, 2},
		"nsubj root obj punct cc det amod nsubj conj compound:prt punct")
	want := []int{0, 1, 2, 3, 3, 4, 4, 3, 2, 3, 2}
	got := treeDistances(toks, [][2]int{{0, 1}})
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("distances from Ruritania %v, want %v", got, want)
		}
	}
	if h := spanHead(toks, 5, 8); h != 7 {
		t.Errorf("head of %q: token %d, want 7 (war)", "the brutal war", h)
	}
	if hasTree(flat(toks)) || !hasTree(toks) {
		t.Errorf("hasTree: %v on a flat sentence, %v on a parsed one", hasTree(flat(toks)), hasTree(toks))
	}
}
