package newsmtsc

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/nlp/tokenize"
)

func words(toks []sitrep.Token, r [2]int) string {
	var ws []string
	for _, t := range toks[r[0]:r[1]] {
		ws = append(ws, t.Text)
	}
	return strings.Join(ws, " ")
}

// TestPlace reads invented records: NewsMTSC's offsets count characters, so a
// sentence with an accented letter before its targets checks that they land on
// the right tokens; a polarity other than 2, 4, 6 is no label.
func TestPlace(t *testing.T) {
	recs, err := Read("testdata/invented.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	type want struct {
		id, mention string
		class       int
		others      []string
		further     []string
	}
	cases := []struct {
		article string
		targets []want
	}{
		{"allsides_17_9", []want{
			{"t-voss", "Mara Voss", 2, []string{"Ilan Brandt", "Ökö"}, nil},
			{"t-brandt", "Ilan Brandt", 1, []string{"Mara Voss", "Ökö"}, []string{"he"}},
		}},
		{"polusa_v1_4987298", []want{{"t-okafor", "Ruth Okafor", 0, nil, nil}}},
	}
	if len(recs) != len(cases) {
		t.Fatalf("%d records, want %d", len(recs), len(cases))
	}
	for i, c := range cases {
		r := recs[i]
		if got := Article(r.GID); got != c.article {
			t.Errorf("Article(%q) = %q, want %q", r.GID, got, c.article)
		}
		toks := tokenize.Tokenize(r.Sentence)
		ms, ts := Place(r, toks)
		if len(ts) != len(c.targets) {
			t.Fatalf("record %d: %d targets, want %d", i, len(ts), len(c.targets))
		}
		codes := map[string]bool{}
		for _, m := range ms {
			codes[m.Code] = true
		}
		for k, w := range c.targets {
			got := ts[k]
			if got.ID != w.id || got.Class != w.class || words(toks, [2]int{got.Start, got.End}) != w.mention || !codes[got.Code] {
				t.Errorf("record %d target %d: %+v (%q), want %s %q class %d with a mention", i, k, got, words(toks, [2]int{got.Start, got.End}), w.id, w.mention, w.class)
			}
			var others, further []string
			for _, o := range got.Others {
				others = append(others, words(toks, o))
			}
			for _, f := range got.Further {
				further = append(further, words(toks, f))
			}
			if strings.Join(others, "|") != strings.Join(w.others, "|") || strings.Join(further, "|") != strings.Join(w.further, "|") {
				t.Errorf("record %d target %s: others %q further %q, want %q and %q", i, w.id, others, further, w.others, w.further)
			}
		}
	}
}
