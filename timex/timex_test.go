package timex

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
)

// show renders expressions as "text=date(from)" or "text=?(note)".
func show(es []Expr) string {
	var parts []string
	for _, e := range es {
		if e.Date == "" {
			parts = append(parts, fmt.Sprintf("%s=?(%s)", e.Text, e.Note))
			continue
		}
		parts = append(parts, fmt.Sprintf("%s=%s(%s)", e.Text, e.Date, e.From))
	}
	return strings.Join(parts, "; ")
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestResolve(t *testing.T) {
	// 10 November 2025 was a Monday.
	monday := day("2025-11-10")
	tests := []struct {
		sent      string
		published time.Time
		precision string
		want      string
	}{
		{"The leaders met at the White House on Monday.", monday, "day", "on Monday=2025-11-10(published)"},
		{"The envoy arrived on Friday.", monday, "day", "on Friday=2025-11-07(published)"},
		{"The envoy will arrive on Friday.", monday, "day", "on Friday=2025-11-14(published)"},
		// Wire copy names the day of publication by its weekday.
		{"Talks will resume on Monday.", monday, "day", "on Monday=2025-11-10(published)"},
		{"Talks will resume next Monday.", monday, "day", "next Monday=2025-11-17(published)"},
		// The future marker belongs to another clause.
		{"The envoy, who will leave soon, arrived on Friday.", monday, "day", "soon=?(vague); on Friday=2025-11-07(published)"},
		{"On Friday, the envoy will arrive.", monday, "day", "On Friday=2025-11-14(published)"},
		{"He visited last Monday.", monday, "day", "last Monday=2025-11-03(published)"},
		{"Officials said yesterday that the raid had ended.", monday, "day", "yesterday=2025-11-09(published)"},
		{"The camp was attacked two days ago.", monday, "day", "two days ago=2025-11-08(published)"},
		{"The convoy will arrive in two days.", monday, "day", "in two days=2025-11-12(published)"},
		{"The town fell in two days.", monday, "day", ""},
		{"Strikes intensified last week.", monday, "day", "last week=2025-11-03/2025-11-09(published)"},
		{"Fighting flared over the weekend.", monday, "day", "over the weekend=2025-11-08/2025-11-09(published)"},
		{"Syria joined the coalition last month.", monday, "day", "last month=2025-10(published)"},
		{"The plot was foiled earlier this month.", monday, "day", "earlier this month=2025-11(published)"},
		{"Elections are due this year.", monday, "day", "this year=2025(published)"},
		{"The deal was signed last year.", monday, "day", "last year=2024(published)"},
		{"Troops withdrew in late November.", monday, "day", "in late November=2025-11(published)"},
		{"The attack came in mid-November.", monday, "day", "in mid-November=2025-11(published)"},
		{"The ceasefire began on 10 November 2025.", time.Time{}, "", "on 10 November 2025=2025-11-10(text)"},
		{"The ceasefire began on November 10, 2025, officials said.", time.Time{}, "", "on November 10, 2025=2025-11-10(text)"},
		{"The vote was held on Nov. 10.", monday, "day", "on Nov. 10=2025-11-10(published)"},
		{"The vote was held on Dec. 20.", monday, "day", "on Dec. 20=2024-12-20(published)"},
		{"The summit will open on Jan 20.", monday, "day", "on Jan 20=2026-01-20(published)"},
		{"He was sworn in on Jan 20.", day("2025-01-01"), "month", "on Jan 20=2025-01-20(published)"},
		{"Inflation peaked in November 2025.", time.Time{}, "", "in November 2025=2025-11(text)"},
		{"The group was founded in 2013.", monday, "day", "in 2013=2013(text)"},
		{"Since 2019, the front has held.", monday, "day", "2019=2019(text)"},
		{"The ISO date 2025-11-10 appears in the log.", time.Time{}, "", "2025-11-10=2025-11-10(text)"},
		// Unresolvable, and said so.
		{"Casualties were high at the height of the fight.", monday, "day", "at the height of the fight=?(names a moment, not a date)"},
		{"The militia has recently regrouped.", monday, "day", "recently=?(vague)"},
		{"The bodies were found the next day.", monday, "day", "the next day=?(counted from another event, not from publication)"},
		{"He had arrived the day before.", monday, "day", "the day before=?(counted from another event, not from publication)"},
		{"He left the day before yesterday.", monday, "day", "the day before yesterday=2025-11-08(published)"},
		{"CENTCOM's commander spoke on Wednesday.", day("2025-12-01"), "month", "on Wednesday=?(needs the publication date to a day; it is known to a month)"},
		{"Syria joined the coalition last month.", day("2025-12-01"), "month", "last month=2025-11(published)"},
		{"The raid took place yesterday.", time.Time{}, "", "yesterday=?(needs the publication date, which is unknown)"},
		{"He spoke on Nov. 10.", time.Time{}, "", "on Nov. 10=?(no year in the text and no publication date)"},
		// Not time expressions.
		{"Officials may visit the base.", monday, "day", ""},
		{"Protesters march on the capital.", monday, "day", ""},
		{"About 2000 troops remain.", monday, "day", ""},
		{"The budget is $2025 short.", monday, "day", ""},
	}
	for _, tt := range tests {
		t.Run(tt.sent, func(t *testing.T) {
			got := show(Resolve(sentence(tt.sent), tt.sent, tt.published, tt.precision))
			if got != tt.want {
				t.Errorf("Resolve(%q, %s, %q)\n got %s\nwant %s", tt.sent, tt.published.Format("2006-01-02"), tt.precision, got, tt.want)
			}
		})
	}
}

func TestResolveTense(t *testing.T) {
	text := "The delegation arrives on Thursday."
	s := sentence(text)
	pub := day("2025-11-10")
	if got := show(ResolveTense(s, text, pub, "day", Past)); got != "on Thursday=2025-11-06(published)" {
		t.Errorf("past: %s", got)
	}
	if got := show(ResolveTense(s, text, pub, "day", Future)); got != "on Thursday=2025-11-13(published)" {
		t.Errorf("future: %s", got)
	}
}

// TestResolveParsed checks that with a parse the tense comes from the governing verb.
func TestResolveParsed(t *testing.T) {
	text := "Officials said the envoy will arrive on Friday."
	s := sentence(text)
	// Officials said the envoy will arrive on Friday .
	heads := []int{2, 0, 4, 6, 6, 2, 8, 6, 2}
	rels := []string{"nsubj", "root", "det", "nsubj", "aux", "ccomp", "case", "obl", "punct"}
	upos := []string{"NOUN", "VERB", "DET", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"}
	for i := range s.Tokens {
		s.Tokens[i].Head, s.Tokens[i].DepRel, s.Tokens[i].UPOS = heads[i], rels[i], upos[i]
	}
	if got, want := show(Resolve(s, text, day("2025-11-10"), "day")), "on Friday=2025-11-14(published)"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	// The same words with "Friday" attached to "said": the saying was past.
	s.Tokens[7].Head = 2
	if got, want := show(Resolve(s, text, day("2025-11-10"), "day")), "on Friday=2025-11-07(published)"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestSpans(t *testing.T) {
	text := "Earlier text. On Monday and again last month, fighting resumed."
	s := sentence(text)
	es := Resolve(s, text, day("2025-11-10"), "day")
	if len(es) != 2 {
		t.Fatalf("got %s, want two expressions", show(es))
	}
	for _, e := range es {
		if text[e.Span.Start:e.Span.End] != e.Text {
			t.Errorf("span %v gives %q, not %q", e.Span, text[e.Span.Start:e.Span.End], e.Text)
		}
	}
}

func TestBadSpans(t *testing.T) {
	s := sitrep.Sentence{Tokens: []sitrep.Token{
		{Text: "on", Span: sitrep.Span{Start: -1, End: 2}},
		{Text: "Monday", Span: sitrep.Span{Start: 3, End: 90}},
	}}
	if got := Resolve(s, "on Monday", day("2025-11-10"), "day"); len(got) != 0 {
		t.Errorf("found %s in tokens whose spans lie outside the text", show(got))
	}
}

func FuzzResolve(f *testing.F) {
	for _, s := range []string{"on Monday", "10 November 2025", "Nov. 31", "in late-", "at the height of", "two days ago", "the 3 rd of May", "February 30, 2024", "mid-", "last"} {
		f.Add(s, "day")
		f.Add(s, "month")
	}
	pub := day("2025-11-10")
	f.Fuzz(func(t *testing.T, text, precision string) {
		s := sentence(text)
		broken := sentence(text)
		for i := range broken.Tokens {
			broken.Tokens[i].Head = (i * 7) % (len(broken.Tokens) + 2)
			broken.Tokens[i].UPOS = "VERB"
			if i%4 == 3 {
				broken.Tokens[i].Span = sitrep.Span{Start: len(text) + 1, End: len(text) + 3}
			}
		}
		for _, e := range Resolve(broken, text, pub, precision) {
			if e.Span.Start < 0 || e.Span.End > len(text) || e.Span.Start >= e.Span.End {
				t.Fatalf("bad span %v with broken tokens", e.Span)
			}
		}
		for _, e := range Resolve(s, text, pub, precision) {
			if e.Span.Start < 0 || e.Span.End > len(text) || e.Span.Start >= e.Span.End || text[e.Span.Start:e.Span.End] != e.Text {
				t.Fatalf("bad span %v for %q in %q", e.Span, e.Text, text)
			}
			if e.Date != "" && e.From == "" {
				t.Fatalf("date %q without its source", e.Date)
			}
		}
	})
}

func BenchmarkResolve(b *testing.B) {
	text := "On Monday, officials said that last month about 2,000 troops had moved in late November 2025, at the height of the fight, and would return next week."
	s := sentence(text)
	pub := day("2025-11-10")
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Resolve(s, text, pub, "day")
	}
}

// TestResolveWeeks holds week precision: "last week", "over the weekend", "earlier
// this week" are the days of one week. Before, a week was written as its month
// when it lay in one and as its year (or not at all, across New Year) when it did
// not, so that a report of "last week" in an October paper could join records of
// any month of the year; each case here that crosses a month or a year failed so.
func TestResolveWeeks(t *testing.T) {
	tests := []struct {
		sent, published, want string
	}{
		// Monday 6 October 2025: last week began on Monday 29 September.
		{"Shelling resumed last week.", "2025-10-06", "last week=2025-09-29/2025-10-05(published)"},
		{"Shelling resumed in the past week.", "2025-10-06", "in the past week=?(a stretch of time, not a date)"},
		// Monday 5 January 2026: last week straddles New Year.
		{"The convoy crossed the border last week.", "2026-01-05", "last week=2025-12-29/2026-01-04(published)"},
		// Monday 2 June 2025: the weekend before was 31 May and 1 June.
		{"Protesters gathered over the weekend.", "2025-06-02", "over the weekend=2025-05-31/2025-06-01(published)"},
		{"Protesters gathered last weekend.", "2025-06-02", "last weekend=2025-05-31/2025-06-01(published)"},
		// Future: the weekend after a Thursday paper.
		{"Talks will resume over the weekend.", "2025-07-31", "over the weekend=2025-08-02/2025-08-03(published)"},
		// Wednesday 1 October 2025: earlier this week is Monday 29 September to
		// the day of publication.
		{"The minister resigned earlier this week.", "2025-10-01", "earlier this week=2025-09-29/2025-10-01(published)"},
		{"The minister will resign later this week.", "2025-10-01", "later this week=2025-10-01/2025-10-05(published)"},
		// In Monday's paper "earlier this week" can only be the day itself.
		{"The minister resigned earlier this week.", "2025-09-29", "earlier this week=2025-09-29(published)"},
		{"A vote is expected next week.", "2025-12-24", "next week=2025-12-29/2026-01-04(published)"},
		{"Aid arrived this week.", "2025-12-31", "this week=2025-12-29/2026-01-04(published)"},
		// A week inside one month is a week too, not the month.
		{"Strikes intensified last week.", "2025-11-12", "last week=2025-11-03/2025-11-09(published)"},
		// Counted from another event, or as a count of days, as before.
		{"The truce collapsed the following week.", "2025-10-06", "the following week=?(counted from another event, not from publication)"},
		{"The town fell two weeks ago.", "2025-10-06", "two weeks ago=2025-09-22(published)"},
	}
	for _, tc := range tests {
		got := show(Resolve(sentence(tc.sent), tc.sent, day(tc.published), "day"))
		if got != tc.want {
			t.Errorf("%q published %s:\n got %s\nwant %s", tc.sent, tc.published, got, tc.want)
		}
		for _, e := range Resolve(sentence(tc.sent), tc.sent, day(tc.published), "day") {
			if e.Date != "" && sitrep.DatePrecision(e.Date) == "" {
				t.Errorf("%q: %q is not an event date sitrep reads", tc.sent, e.Date)
			}
		}
	}
}

func TestMonthName(t *testing.T) {
	for w, want := range map[string]time.Month{"August": time.August, "Aug.": time.August, "aug": time.August, "SEPT": time.September, "May": time.May} {
		if got, ok := MonthName(w); !ok || got != want {
			t.Errorf("MonthName(%q) = %v, %v; want %v", w, got, ok, want)
		}
	}
	for _, w := range []string{"Augustus", "Mon", "", "."} {
		if _, ok := MonthName(w); ok {
			t.Errorf("MonthName(%q) reads a month", w)
		}
	}
}
