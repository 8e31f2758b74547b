package quote

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// TestScanQuotes checks how quotation marks pair: straight and curly double marks,
// curly single marks that are not apostrophes, paragraphs that end every quotation,
// and the convention of a quote that runs on into the next paragraph.
func TestScanQuotes(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // the inner text of each quotation, in order
	}{
		{"straight", `He said "yes" and "no".`, []string{"yes", "no"}},
		{"curly", "She said \u201cnever\u201d.", []string{"never"}},
		{"mixed shapes pair", "\u201cWe will stay,\" he said.", []string{"We will stay,"}},
		{"guillemets", "Il a dit «non».", []string{"non"}},
		{"single curly", "The slogan \u2018no retreat\u2019 was painted.", []string{"no retreat"}},
		{"apostrophes are not quotes", "Syria\u2019s army and the officials\u2019 statement.", nil},
		{"single inside double", "\"They shouted \u2018out\u2019 at us,\" he said.", []string{"They shouted \u2018out\u2019 at us,"}},
		{"a paragraph ends a stray mark", "An \"open mark.\nNext \"para\".", []string{"para"}},
		{"a quote that opens its paragraph runs to its end", "\"First part.\n\n\"Second part,\" he said.", []string{"First part.", "Second part,"}},
		{"a second opening mark restarts", "\u201cone \u201ctwo\u201d", []string{"two"}},
		{"empty text", "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, q := range scanQuotes(tc.text) {
				checkQuoted(t, tc.text, q)
				got = append(got, tc.text[q.Inner.Start:q.Inner.End])
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func checkQuoted(t *testing.T, text string, q quoted) {
	t.Helper()
	for _, sp := range []sitrep.Span{q.Open, q.Close, q.Inner} {
		if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
			t.Fatalf("span %v outside text of %d bytes", sp, len(text))
		}
	}
	if q.Open.End != q.Inner.Start || q.Inner.End != q.Close.Start {
		t.Fatalf("marks %v %v do not bound inner %v", q.Open, q.Close, q.Inner)
	}
}

// TestParseVerbs checks the speech-verb list format and that the shipped list reads.
func TestParseVerbs(t *testing.T) {
	v, err := ParseVerbs(strings.NewReader("# comment\nsay\nTell target # to whom\naccuse target of\ncall partial target\nclaim inf\nexpress light\nconcern noun\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := v["say"]; !ok || !v["tell"].target || !v["accuse"].of || !v["call"].partial || v["say"].target ||
		!v["claim"].inf || !v["express"].light || !v["concern"].noun || v["say"].noun {
		t.Errorf("parsed %+v", v)
	}
	if _, err := ParseVerbs(strings.NewReader("say loudly\n")); err == nil {
		t.Error("an unknown flag was accepted")
	}
	if _, _, err := parseNouns(strings.NewReader("official\nministry org\nbad noun line\n")); err == nil {
		t.Error("a malformed noun line was accepted")
	}
	nouns, agents, err := parseNouns(strings.NewReader("official\nministry org\nspokesman agent\noffice org agent\n"))
	if err != nil || !nouns["official"] || nouns["ministry"] || !nouns["spokesman"] || !agents["spokesman"] ||
		nouns["office"] || !agents["office"] || agents["official"] {
		t.Errorf("parsed nouns %v, agents %v, %v", nouns, agents, err)
	}
	x, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range []string{"say", "tell", "warn", "accuse", "deny", "claim", "announce", "add", "stress", "note"} {
		if _, ok := x.verbs[l]; !ok {
			t.Errorf("shipped list lacks %q", l)
		}
	}
	if !x.nouns["spokesman"] || x.nouns["ministry"] {
		t.Error("speaker nouns: spokesman should be a person, ministry an organisation")
	}
}
