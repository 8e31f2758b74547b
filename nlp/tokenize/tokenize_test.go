package tokenize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/internal/cputime"
)

func texts(text string) string {
	var b []string
	for _, t := range Tokenize(text) {
		b = append(b, t.Text)
	}
	return strings.Join(b, " ")
}

func TestTokenize(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Officials don't know.", "Officials do n't know ."},
		{"It won't, and they can't.", "It wo n't , and they ca n't ."},
		{"We cannot go; we're gonna wait", "We can not go ; we 're gon na wait"},
		{"Cooper’s plan and Syria's army", "Cooper ’s plan and Syria 's army"},
		{"I'll say I'd rather I'm sure they've", "I 'll say I 'd rather I 'm sure they 've"},
		{"the U.S. and the U.K. agreed", "the U.S. and the U.K. agreed"},
		{"Mr. Barrack met Gen. Kurilla at 9 a.m. on Jan. 5", "Mr. Barrack met Gen. Kurilla at 9 a.m. on Jan. 5"},
		{"President Ahmed al-Sharaa", "President Ahmed al - Sharaa"},
		{"post-Assad Syria and US-Syria ties", "post-Assad Syria and US - Syria ties"},
		{"an anti-ISIS e-mail from co-workers", "an anti-ISIS e-mail from co-workers"},
		{"a 16-year-old in 1969-1970", "a 16 - year - old in 1969 - 1970"},
		{"call 713-853-3989 now", "call 713-853-3989 now"},
		{"2,000 troops, 3.5 million, 15% and $5", "2,000 troops , 3.5 million , 15 % and $ 5"},
		{"at 10:30 after 9/11", "at 10:30 after 9/11"},
		{"see https://example.org/a?b=1). Or www.example.com.", "see https://example.org/a?b=1 ) . Or www.example.com ."},
		{"write to press@example.org, or @sitrep #ISIS", "write to press@example.org , or @sitrep #ISIS"},
		{"Wait... what?! Really!!!", "Wait ... what ?! Really !!!"},
		{`He said: "We will." Then`, `He said : " We will . " Then`},
		{"“Quoted” and ‘single’", "“ Quoted ” and ‘ single ’"},
		{"(SDF) [sic] {x}", "( SDF ) [ sic ] { x }"},
		{"O'Brien and rock'n'roll in the '90s", "O'Brien and rock'n'roll in the '90s"},
		{"the Syrians' view", "the Syrians ' view"},
		{"AT&T and Amazon.com", "AT&T and Amazon.com"},
		{"per Caliber.Az. Then", "per Caliber.Az . Then"},
		{"No. 5 and no. Yes", "No. 5 and no . Yes"},
		{"an IED -- a bomb — exploded :-)", "an IED -- a bomb — exploded :-)"},
		{"*****", "*****"},
		{"", ""},
	} {
		if got := texts(tc.in); got != tc.want {
			t.Errorf("Tokenize(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

func TestSpans(t *testing.T) {
	text := "Syria’s army didn't\tfight  “there”.\nThen"
	toks := Tokenize(text)
	for i, tk := range toks {
		if text[tk.Span.Start:tk.Span.End] != tk.Text {
			t.Errorf("token %d %q: span %v holds %q", i, tk.Text, tk.Span, text[tk.Span.Start:tk.Span.End])
		}
		if i+1 < len(toks) {
			gap := tk.Span.End < toks[i+1].Span.Start
			if gap != tk.SpaceAfter {
				t.Errorf("token %d %q: SpaceAfter %v, gap %v", i, tk.Text, tk.SpaceAfter, gap)
			}
		}
	}
}

func TestSentences(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []string // sentence texts, "#" prefix for headings
	}{
		{"abbreviations", "The U.S. is watching. Gen. Smith met Dr. J. Smith in Jan. 2025 at the U.S. embassy.",
			[]string{"The U.S. is watching.", "Gen. Smith met Dr. J. Smith in Jan. 2025 at the U.S. embassy."}},
		{"abbreviation ends sentence", "They met in the U.S. The talks went well.",
			[]string{"They met in the U.S.", "The talks went well."}},
		{"quotes after stop", `"We will win." He said so. "Yes!" she said.`,
			[]string{`"We will win."`, "He said so.", `"Yes!" she said.`}},
		{"ellipsis and questions", "Wait... What now? Nothing! Then... we wait.",
			[]string{"Wait...", "What now?", "Nothing!", "Then... we wait."}},
		{"heading paragraph", "From Iraq to Syria… The United States Seeks Partners\n\nThe U.S. acts. It works.",
			[]string{"#From Iraq to Syria… The United States Seeks Partners", "The U.S. acts.", "It works."}},
		{"heading line inside a block", "Prose ends here.\nField Response to Threat\nAlongside talks, forces moved.",
			[]string{"Prose ends here.", "#Field Response to Threat", "Alongside talks, forces moved."}},
		{"hard-wrapped prose", "The forces moved toward the\nborder, officials said.",
			[]string{"The forces moved toward the\nborder, officials said."}},
		{"list items", "Goals:\n- defeat ISIS\n- rebuild",
			[]string{"Goals:", "- defeat ISIS", "- rebuild"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range Sentences(tc.in, nil) {
				x := tc.in[s.Start:s.End]
				if s.Heading {
					x = "#" + x
				}
				got = append(got, x)
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestParagraphs(t *testing.T) {
	text := "  Title\n\n\nFirst line\nsecond line  \n \t\nLast"
	var got []string
	for _, p := range Paragraphs(text) {
		got = append(got, text[p.Start:p.End])
	}
	want := []string{"Title", "First line\nsecond line", "Last"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Don't stop.", "Syrias border", "U.S.-led al-Sharaa’s", "a@b.c http://x.y/(z)", "'90s ''", "1-2-3-", "\xff\xfe", "Mr.\n\nB"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		last := 0
		// every candidate of a lost possessive split: spans stay in order
		for _, tk := range SplitLostPossessives(Tokenize(text), func(int) bool { return true }) {
			if tk.Span.Start < last || tk.Span.End <= tk.Span.Start || tk.Span.End > len(text) {
				t.Fatalf("bad span %v after %d in %q", tk.Span, last, text)
			}
			if text[tk.Span.Start:tk.Span.End] != tk.Text {
				t.Fatalf("token %q is not its span", tk.Text)
			}
			last = tk.Span.End
		}
		prev := 0
		for _, s := range Sentences(text, nil) {
			if len(s.Tokens) == 0 || s.Start < prev {
				t.Fatalf("bad sentence %v in %q", s.Span, text)
			}
			prev = s.End
		}
		if utf8.ValidString(text) {
			_ = texts(text)
		}
	})
}

func BenchmarkTokenize(b *testing.B) {
	text := strings.Repeat("The U.S. military said on Wednesday that it doesn't plan to reduce its 2,000 troops in Syria, "+
		"according to Gen. Cooper’s statement to reporters (AP). Officials—who spoke anonymously—said al-Sharaa's "+
		"government \"cooperated\" with U.S.-led forces in post-Assad Syria!\n\n", 50)
	n := len(Tokenize(text))
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	cpu := cputime.Used()
	for range b.N {
		Tokenize(text)
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
	if d := cputime.Used() - cpu; d > 0 {
		b.ReportMetric(float64(n*b.N)/d.Seconds(), "tokens/cpu-s")
	}
}

func BenchmarkSentences(b *testing.B) {
	text := strings.Repeat("The U.S. military said on Wednesday that it doesn't plan to reduce its 2,000 troops. "+
		"Gen. Cooper’s statement was clear! Officials said al-Sharaa's government \"cooperated.\" Then they left.\n\n", 50)
	n := len(Tokenize(text))
	b.ResetTimer()
	cpu := cputime.Used()
	for range b.N {
		Sentences(text, nil)
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
	if d := cputime.Used() - cpu; d > 0 {
		b.ReportMetric(float64(n*b.N)/d.Seconds(), "tokens/cpu-s")
	}
}
