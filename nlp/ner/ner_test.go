package ner

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/nlp/conllu"
)

func toks(s string) []sitrep.Token {
	var out []sitrep.Token
	for _, w := range strings.Fields(s) {
		out = append(out, sitrep.Token{Text: w, SpaceAfter: true})
	}
	return out
}

func TestRecognize(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		want []string // "TYPE:text"
	}{
		{"Angela Merkel met Emmanuel Macron in Paris on Monday .", []string{"PER:Angela Merkel", "PER:Emmanuel Macron", "LOC:Paris"}},
		{"The United Nations said the talks in Geneva would resume .", []string{"ORG:United Nations", "LOC:Geneva"}},
		{"We stayed two nights in Chicago and loved it .", []string{"LOC:Chicago"}},
		{"The food was great and the staff were friendly .", nil},
		{"I flew to germany last week to see my sister .", []string{"LOC:germany"}},
	} {
		t.Run(tc.text, func(t *testing.T) {
			var got []string
			for _, e := range r.Recognize(toks(tc.text)) {
				got = append(got, e.Type+":"+e.Text)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Recognize(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestRecognizeEmpty(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Recognize(nil); got != nil {
		t.Errorf("Recognize(nil) = %v, want nil", got)
	}
}

func TestSpans(t *testing.T) {
	for _, tc := range []struct {
		tags []string
		want []sitrep.Entity
	}{
		{[]string{"B-PER", "I-PER", "O", "B-LOC"}, []sitrep.Entity{{Start: 0, End: 2, Type: "PER"}, {Start: 3, End: 4, Type: "LOC"}}},
		// An I- tag without a B- starts an entity, as in the UNER scorer.
		{[]string{"O", "I-ORG", "I-ORG"}, []sitrep.Entity{{Start: 1, End: 3, Type: "ORG"}}},
		// A change of type ends the entity.
		{[]string{"B-PER", "I-LOC"}, []sitrep.Entity{{Start: 0, End: 1, Type: "PER"}, {Start: 1, End: 2, Type: "LOC"}}},
		{[]string{"B-PER", "B-PER"}, []sitrep.Entity{{Start: 0, End: 1, Type: "PER"}, {Start: 1, End: 2, Type: "PER"}}},
		{[]string{"O", "O"}, nil},
	} {
		if got := Spans(tc.tags, nil); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Spans(%q) = %v, want %v", tc.tags, got, tc.want)
		}
		if got := Spans(Tags(tc.want, len(tc.tags)), nil); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Spans(Tags(%v)) = %v", tc.want, got)
		}
	}
}

func TestIOB2RoundTrip(t *testing.T) {
	in, err := os.ReadFile("testdata/own.iob2")
	if err != nil {
		t.Fatal(err)
	}
	sents, err := ReadIOB2(bytes.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 || len(sents[0].Tokens) != 12 || sents[0].Tags[9] != "B-ORG" {
		t.Fatalf("read %d sentences, first %+v", len(sents), sents[0])
	}
	var out bytes.Buffer
	if err := WriteIOB2(&out, sents, nil); err != nil {
		t.Fatal(err)
	}
	if out.String() != string(in) {
		t.Errorf("round trip changed the file:\n%s", out.String())
	}
}

func TestReadIOB2Errors(t *testing.T) {
	if _, err := ReadIOB2(strings.NewReader("1\tfine\tO\nbroken\n")); err == nil {
		t.Error("want an error for a one-column line")
	}
}

func TestScoreTags(t *testing.T) {
	gold := [][]string{{"B-PER", "I-PER", "O", "B-LOC"}, {"B-ORG", "O"}}
	pred := [][]string{{"B-PER", "O", "O", "B-LOC"}, {"B-ORG", "B-MISC"}}
	all, by := ScoreTags(gold, pred)
	// TP: LOC, ORG; FP: PER(0,1); FN: PER(0,2). MISC is ignored.
	if all.TP != 2 || all.FP != 1 || all.FN != 1 {
		t.Errorf("counts = %+v", all)
	}
	if by["PER"].F1 != 0 || by["LOC"].F1 != 1 {
		t.Errorf("per type = %+v", by)
	}
}

func TestGUMEntities(t *testing.T) {
	f, err := os.Open("testdata/own.conllu")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := conllu.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	s := sents[0]
	for _, e := range gumEntities(s, nil) {
		var ws []string
		for i := e.Start; i < e.End; i++ {
			ws = append(ws, s.Words[i].Form)
		}
		got = append(got, e.Type+":"+strings.Join(ws, " "))
	}
	// The title stays out of the person, the nested place inside the
	// organisation is not taken twice, and "the old man" is not a name.
	want := []string{"PER:Maria Lopez", "ORG:University of Lisbon", "LOC:Porto"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("gumEntities = %q, want %q", got, want)
	}
}

func TestGazetteerMatch(t *testing.T) {
	var ph [numGaz][]string
	ph[gazCity] = []string{"new york", "york"}
	ph[gazCountry] = []string{"united states"}
	g := newGazetteer(ph)
	lower := []string{"from", "new", "york", "to", "the", "united", "states"}
	out := make([]uint8, len(lower)*numGaz)
	g.match(lower, out)
	city := func(i int) uint8 { return out[i*numGaz+gazCity] }
	country := func(i int) uint8 { return out[i*numGaz+gazCountry] }
	// Longest match wins: "york" alone is not marked inside "new york".
	if city(1) != 1 || city(2) != 3 || city(0) != 0 {
		t.Errorf("city marks %v %v %v", city(0), city(1), city(2))
	}
	if country(5) != 1 || country(6) != 3 || country(4) != 0 {
		t.Errorf("country marks %v %v", country(5), country(6))
	}
}

func TestGazPhrase(t *testing.T) {
	for in, want := range map[string]string{
		"Guinea-Bissau":   "guinea - bissau",
		"  New   York ":   "new york",
		"Москва":          "",
		"A":               "",
		"Sant Julià":      "sant julià",
		"a b c d e f g h": "",
	} {
		if got := gazPhrase(in); got != want {
			t.Errorf("gazPhrase(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestViterbiWellFormed checks that decoding never produces a broken BILOU
// sequence, whatever the scores.
func TestViterbiWellFormed(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	L := numLabels
	trans := make([]float32, (L+1)*L)
	for i := range trans {
		trans[i] = rng.Float32()*4 - 2
	}
	var sc scratch
	for n := 1; n < 30; n++ {
		em := make([]float32, n*L)
		for i := range em {
			em[i] = rng.Float32()*10 - 5
		}
		labels := viterbi(em, trans, n, &sc)
		prev := -1
		for _, l := range labels {
			if !allowed(prev, l) {
				t.Fatalf("n=%d: %d after %d in %v", n, l, prev, labels)
			}
			prev = l
		}
		if !canEnd(prev) {
			t.Fatalf("n=%d: ends with %d", n, prev)
		}
	}
}

func TestSaveRead(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	r2 := saveRead(t, r)
	s := toks("Angela Merkel met Emmanuel Macron in Paris on Monday .")
	if a, b := r.Recognize(s), r2.Recognize(s); !reflect.DeepEqual(a, b) {
		t.Errorf("after Save and Read: %v, want %v", b, a)
	}
}

func TestReadRejectsGarbage(t *testing.T) {
	if _, err := Read(strings.NewReader("not gzip")); err == nil {
		t.Error("want an error for non-gzip input")
	}
}

func TestRecognizeDocument(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	doc := [][]sitrep.Token{
		toks("Yesterday Angela Merkel spoke in Berlin about the budget ."),
		toks("Later , Merkel and Macron met the press ."),
		toks("Berlin was cold ."),
		toks("thanks for the help !"),
	}
	got := r.RecognizeDocument(doc)
	if len(got) != len(doc) {
		t.Fatalf("%d sentences back for %d", len(got), len(doc))
	}
	for i, s := range doc {
		// Whatever the model finds alone stays found, and nothing overlaps.
		alone := r.Recognize(s)
		have := map[sitrep.Entity]bool{}
		for _, e := range got[i] {
			have[e] = true
		}
		for _, e := range alone {
			if !have[e] {
				t.Errorf("sentence %d: lost %+v", i, e)
			}
		}
		end := 0
		for _, e := range got[i] {
			if e.Start < end || e.End > len(s) || e.Start >= e.End {
				t.Errorf("sentence %d: bad or overlapping %+v", i, e)
			}
			end = e.End
		}
	}
	var third []string
	for _, e := range got[2] {
		third = append(third, e.Type+":"+e.Text)
	}
	if !reflect.DeepEqual(third, []string{"LOC:Berlin"}) {
		t.Errorf("third sentence: %q, want [LOC:Berlin]", third)
	}
}

// TestCapRuns reads cases from testdata/capruns.txt: the runs of capitalised
// words (with bridging "of", "and", "&"...) that the run features describe.
func TestCapRuns(t *testing.T) {
	b, err := os.ReadFile("testdata/capruns.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		sent, want, ok := strings.Cut(line, "=>")
		if !ok {
			t.Fatalf("bad case %q", line)
		}
		s := toks(strings.TrimSpace(sent))
		run := capRuns(s, nil)
		var got []string
		for i := 0; i < len(s); i++ {
			if a, e := run[2*i], run[2*i+1]; a == int32(i) {
				got = append(got, fmt.Sprintf("%d-%d", a, e))
			}
		}
		if g, w := strings.Join(got, " "), strings.TrimSpace(want); g != w {
			t.Errorf("%q: runs %q, want %q", sent, g, w)
		}
	}
}

// TestSaveReadFlags checks that the version-2 header keeps the POS flag and
// the decode biases.
func TestSaveReadFlags(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	r2 := &Recognizer{index: r.index, weights: r.weights, trans: r.trans, gaz: r.gaz, clusters: r.clusters,
		usePOS: true, tagger: r.tagger, bias: [3]float32{1, 2.5, -3}}
	r3 := saveRead(t, r2)
	if !r3.usePOS || r3.tagger == nil || r3.bias != r2.bias {
		t.Errorf("after Save and Read: usePOS %v tagger %v bias %v, want true, set, %v", r3.usePOS, r3.tagger != nil, r3.bias, r2.bias)
	}
}

// saveRead returns r written by Save and read back by Read.
func saveRead(t *testing.T, r *Recognizer) *Recognizer {
	t.Helper()
	var buf bytes.Buffer
	if err := r.Save(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return back
}
