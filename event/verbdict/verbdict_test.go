package verbdict

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/event/data"
)

func readSmall(t *testing.T) *Dictionary {
	t.Helper()
	f, err := os.Open("testdata/small.verbs")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := Parse(f)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestVerbs(t *testing.T) {
	d := readSmall(t)
	tests := []struct {
		form, word, code string
		pre, post        []string
	}{
		{"sent", "SEND", "", nil, nil},
		{"DISPATCHED", "DISPATCH", "", nil, nil},
		{"dispatches", "DISPATCH", "", nil, nil},
		{"handed", "HAND", "071", nil, []string{"OVER"}},
		{"taps", "TAP", "", []string{"WIRE"}, nil},
	}
	for _, tt := range tests {
		vs := d.Verbs(tt.form)
		if len(vs) != 1 {
			t.Errorf("Verbs(%q) = %d verbs, want 1", tt.form, len(vs))
			continue
		}
		v := vs[0]
		if v.Word != tt.word || v.Code != tt.code || !slices.Equal(v.Pre, tt.pre) || !slices.Equal(v.Post, tt.post) {
			t.Errorf("Verbs(%q) = %s %q pre %v post %v; want %s %q %v %v", tt.form, v.Word, v.Code, v.Pre, v.Post, tt.word, tt.code, tt.pre, tt.post)
		}
		if v.Block.Name != "SEND" || v.Block.Code != "070" {
			t.Errorf("Verbs(%q) block = %s [%s]", tt.form, v.Block.Name, v.Block.Code)
		}
	}
	if vs := d.Verbs("sended"); len(vs) != 0 {
		t.Errorf("irregular verb got a regular form: %v", vs)
	}
}

func TestPatterns(t *testing.T) {
	d := readSmall(t)
	b := d.Verbs("send")[0].Block
	want := []struct{ text, code, paired string }{
		{"* &ARMS (TO)", "072", ""},
		{"* {HUMANITARIAN AID}", "073", "043"},
		{"TROOPS * (TO {BORDER AREA})", "154", ""},
		{"* (FROM ^) $", "", "0874"},
	}
	if len(b.Patterns) != len(want) {
		t.Fatalf("%d patterns, want %d", len(b.Patterns), len(want))
	}
	for i, w := range want {
		p := b.Patterns[i]
		if p.Text() != w.text || p.Code != w.code || p.Paired != w.paired {
			t.Errorf("pattern %d = %q [%s:%s], want %q [%s:%s]", i, p.Text(), p.Code, p.Paired, w.text, w.code, w.paired)
		}
	}
	if len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0], "line 20") {
		t.Errorf("warnings = %q, want one for line 20", d.Warnings)
	}
}

func TestSynsetsAndNouns(t *testing.T) {
	d := readSmall(t)
	for _, w := range []string{"WEAPON", "HEAVY WEAPON", "ARMS"} {
		if !d.InSynset("&ARMS_", w) {
			t.Errorf("&ARMS_ lacks %q", w)
		}
	}
	if d.InSynset("&ARMS_", "WEAPONS") {
		t.Error("&ARMS_ ends in _ and must not have plurals")
	}
	for _, w := range []string{"AIDE", "AIDES", "WEAPON"} {
		if !d.InSynset("&HELPER", w) {
			t.Errorf("&HELPER lacks %q (embedded synset or plural)", w)
		}
	}
	for _, w := range []string{"talks", "negotiation", "NEGOTIATIONS"} {
		bs := d.Nouns(w)
		if len(bs) != 1 || bs[0].Name != "TALKS" || !bs[0].Noun {
			t.Errorf("Nouns(%q) = %v", w, bs)
		}
	}
}

// TestCAMEO reads the vendored PETRARCH-2 dictionary: every block and nearly every
// pattern must survive (two published lines are malformed).
func TestCAMEO(t *testing.T) {
	f, err := data.FS.Open("CAMEO.2.0.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := Parse(f)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, b := range d.Blocks {
		n += len(b.Patterns)
	}
	if len(d.Blocks) < 390 || n < 4600 || len(d.Warnings) > 2 {
		t.Errorf("%d blocks, %d patterns, warnings %q", len(d.Blocks), n, d.Warnings)
	}
	if vs := d.Verbs("attacked"); len(vs) == 0 {
		t.Error("no verb for 'attacked'")
	}
}

func TestInflect(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"ATTACK", []string{"ATTACKS", "ATTACKED", "ATTACKING"}},
		{"SEIZE", []string{"SEIZES", "SEIZED", "SEIZING"}},
		{"DENY", []string{"DENIES", "DENIED", "DENYING"}},
		{"PUSH", []string{"PUSHES", "PUSHED", "PUSHING"}},
	}
	for _, tt := range tests {
		if got := Inflect(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("Inflect(%s) = %v, want %v", tt.in, got, tt.want)
		}
	}
	for in, want := range map[string]string{"ALLY": "ALLIES", "DAY": "DAYS", "PRESS": "PRESSES", "TROOP": "TROOPS"} {
		if got := Plural(in); got != want {
			t.Errorf("Plural(%s) = %s, want %s", in, got, want)
		}
	}
}

func FuzzParse(f *testing.F) {
	seed, _ := os.ReadFile("testdata/small.verbs")
	f.Add(string(seed))
	f.Add("--- X [1] ---\nX {\n- * ((( [1]\n- * {A (B} [2]\n&S\n+&S\n+_\n")
	f.Add("=== N ===\n_\n- ) * ( [x:]\n")
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Parse(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, b := range d.Blocks {
			for _, p := range b.Patterns {
				_ = p.Text()
			}
		}
	})
}

// TestJoins checks that underscores survive parsing as ties between neighbouring
// elements (PETRARCH-1: the words must follow each other), while spaces do not tie.
func TestJoins(t *testing.T) {
	tests := []struct {
		line       string
		verbJoined bool
		pre, post  []bool // Joined of each element
	}{
		{"- IN_*  [075]", true, []bool{false}, nil},
		{"- * NEW_&TIETYPES_RELATIONS [903]", false, nil, []bool{false, true, true}},
		{"- MOST_CERTAINLY_&NEG_EVER * OVER EFFORTS [907]", false, []bool{false, true, true, true}, []bool{false, false}},
		{"- *_OUT [074]", false, nil, []bool{true}},
		{"- % HAVE * [191]", false, []bool{false, false}, nil},
	}
	for _, tt := range tests {
		d, err := Parse(strings.NewReader("--- X [010] ---\nX\n" + tt.line + "\n"))
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Warnings) > 0 || len(d.Blocks) != 1 || len(d.Blocks[0].Patterns) != 1 {
			t.Errorf("%q: warnings %v", tt.line, d.Warnings)
			continue
		}
		p := d.Blocks[0].Patterns[0]
		joined := func(es []Element) []bool {
			var out []bool
			for _, e := range es {
				out = append(out, e.Joined)
			}
			return out
		}
		if p.VerbJoined != tt.verbJoined || !slices.Equal(joined(p.Pre), tt.pre) || !slices.Equal(joined(p.Post), tt.post) {
			t.Errorf("%q: verb joined %v pre %v post %v; want %v %v %v", tt.line, p.VerbJoined, joined(p.Pre), joined(p.Post), tt.verbJoined, tt.pre, tt.post)
		}
	}
}
