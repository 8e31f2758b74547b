package quantity

import (
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// show renders quantities as "text{value approx unit}" for compact comparison.
func show(qs []sitrep.Quantity) string {
	var parts []string
	for _, q := range qs {
		parts = append(parts, fmt.Sprintf("%s{%g %q %q}", q.Text, q.Value, q.Approx, q.Unit))
	}
	return strings.Join(parts, "; ")
}

func TestFind(t *testing.T) {
	tests := []struct {
		sent, want string
	}{
		{"The US keeps approximately 2,000 troops in the country.", `approximately 2,000 troops{2000 "about" "troops"}`},
		{"Militants fired over 130 mortars at the base.", `over 130 mortars{130 "over" "mortars"}`},
		{"Aircraft struck 15 ISIS weapon sites overnight.", `15 ISIS weapon sites{15 "" "weapon sites"}`},
		{"Officials said thousands of ISIS members remain in camps.", `thousands of ISIS members{1000 "thousands" "members"}`},
		{"Dozens of fighters surrendered.", `Dozens of fighters{12 "dozens" "fighters"}`},
		{"The SDF holds about 1,500, officials said.", `about 1,500{1500 "about" ""}`},
		{"Two soldiers were wounded.", `Two soldiers{2 "" "soldiers"}`},
		{"At least 20 civilians died in the raid.", `At least 20 civilians{20 "at least" "civilians"}`},
		{"The camp holds 1.5 million people.", `1.5 million people{1.5e+06 "" "people"}`},
		{"Tens of thousands of residents fled.", `Tens of thousands of residents{10000 "tens of thousands" "residents"}`},
		{"The war displaced hundreds of thousands.", `hundreds of thousands{100000 "hundreds of thousands" ""}`},
		{"2015 Russia launches strikes in Syria.", ""},
		{"More than two hundred and fifty detainees were moved.", `More than two hundred and fifty detainees{250 "over" "detainees"}`},
		{"Twenty-five vehicles and a dozen drones were seized.", `Twenty-five vehicles{25 "" "vehicles"}; a dozen drones{12 "" "drones"}`},
		{"One soldier was killed.", `One soldier{1 "" "soldier"}`},
		{"Washington pledged $1.5 billion in aid.", `$1.5 billion{1.5e+09 "" "dollars"}`},
		// Not counts of things.
		{"The war ended in 2025.", ""},
		{"The meeting took place on November 10.", ""},
		{"The meeting took place on 10 November.", ""},
		{"Turnout rose to 45% and then 50 percent.", ""},
		{"The strike began at 10:30 local time.", ""},
		{"It was the 3rd raid this month.", ""},
		{"The fighting lasted two years.", ""},
		{"Resolution 2254 calls for elections.", ""},
		{"On Tuesday 25 people were killed.", `25 people{25 "" "people"}`},
		{"They killed as many as 1300 - most of them civilians.", `as many as 1300{1300 "up to" ""}`},
		{"Police arrested 82 armed gunmen.", `82 armed gunmen{82 "" "armed gunmen"}`},
		{"He is one of the most senior commanders.", ""},
		{"He is one of the few who stayed.", ""},
		{"On the one hand, talks continue.", ""},
		{"Talks between the two governments resumed.", `two governments{2 "" "governments"}`},
		{"One of the soldiers was wounded.", `One of the soldiers{1 "" "soldiers"}`},
		{"A 20-year-old man was arrested.", ""},
		{"In 2019, 2,000 fighters were captured.", `2,000 fighters{2000 "" "fighters"}`},
	}
	for _, tt := range tests {
		t.Run(tt.sent, func(t *testing.T) {
			got := show(Find(sentence(tt.sent), tt.sent))
			if got != tt.want {
				t.Errorf("Find(%q)\n got %s\nwant %s", tt.sent, got, tt.want)
			}
		})
	}
}

// TestFindWithParse checks that the dependency tree, when present, picks the head.
func TestFindWithParse(t *testing.T) {
	text := "Forces seized 40 rifles belonging to the cell."
	s := sentence(text)
	// Forces seized 40 rifles belonging to the cell .
	tags := []struct {
		upos, rel string
		head      int
	}{
		{"NOUN", "nsubj", 2}, {"VERB", "root", 0}, {"NUM", "nummod", 4}, {"NOUN", "obj", 2},
		{"VERB", "acl", 4}, {"ADP", "case", 8}, {"DET", "det", 8}, {"NOUN", "obl", 5}, {"PUNCT", "punct", 2},
	}
	for i, tg := range tags {
		s.Tokens[i].UPOS, s.Tokens[i].DepRel, s.Tokens[i].Head = tg.upos, tg.rel, tg.head
	}
	if got, want := show(Find(s, text)), `40 rifles{40 "" "rifles"}`; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	// A parse that attaches the number across a verb and another number is not
	// followed: the tags give the phrase.
	text = "It left 55 wounded including nine women."
	s = sentence(text)
	tags = []struct {
		upos, rel string
		head      int
	}{
		{"PRON", "nsubj", 2}, {"VERB", "root", 0}, {"NUM", "nummod", 7}, {"ADJ", "obj", 2},
		{"VERB", "case", 7}, {"NUM", "nummod", 7}, {"NOUN", "obl", 4}, {"PUNCT", "punct", 2},
	}
	for i, tg := range tags {
		s.Tokens[i].UPOS, s.Tokens[i].DepRel, s.Tokens[i].Head = tg.upos, tg.rel, tg.head
	}
	if got, want := show(Find(s, text)), `55 wounded{55 "" "wounded"}; nine women{9 "" "women"}`; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	// A singular head found by tags where the surface rule needs a plural.
	text = "Police found 30 kilogram of explosives."
	s = sentence(text)
	for i, u := range []string{"NOUN", "VERB", "NUM", "NOUN", "ADP", "NOUN", "PUNCT"} {
		s.Tokens[i].UPOS = u
	}
	if got, want := show(Find(s, text)), `30 kilogram{30 "" "kilogram"}`; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestHeading(t *testing.T) {
	text := "Airstrike Kills 10 Civilians in Idlib"
	s := sentence(text)
	if got := show(Find(s, text)); got != "" {
		t.Errorf("prose reading of a title-case line: got %s, want none", got)
	}
	s.Heading = true
	if got, want := show(Find(s, text)), `10 Civilians{10 "" "civilians"}`; got != want {
		t.Errorf("heading: got %s, want %s", got, want)
	}
}

func TestSpans(t *testing.T) {
	text := "Prefix. Over 130 mortars and 15 ISIS weapon sites."
	s := sentence(text)
	for _, q := range Find(s, text) {
		if text[q.Span.Start:q.Span.End] != q.Text {
			t.Errorf("span %v gives %q, not %q", q.Span, text[q.Span.Start:q.Span.End], q.Text)
		}
	}
}

func TestBadSpans(t *testing.T) {
	s := sitrep.Sentence{Tokens: []sitrep.Token{
		{Text: "15", Span: sitrep.Span{Start: -1, End: 2}},
		{Text: "sites", Span: sitrep.Span{Start: 3, End: 99}},
		{Text: "x", Span: sitrep.Span{Start: 2, End: 1}, Head: 40},
	}}
	if got := Find(s, "15 sites"); len(got) != 0 {
		t.Errorf("found %s in tokens whose spans lie outside the text", show(got))
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"about 1,500", "tens of thousands of", "two hundred and", "$", "a hundred thousand men", "1,00,000", "9e999", "twenty-", "10:30 3rd"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		s := sentence(text)
		for _, q := range Find(s, text) {
			if q.Span.Start < 0 || q.Span.End > len(text) || q.Span.Start >= q.Span.End || text[q.Span.Start:q.Span.End] != q.Text {
				t.Fatalf("bad span %v for %q in %q", q.Span, q.Text, text)
			}
		}
		for i := range s.Tokens {
			s.Tokens[i].Head = i + 2
			s.Tokens[i].DepRel = "nummod"
			s.Tokens[i].UPOS = []string{"NUM", "NOUN", "ADJ"}[i%3]
			if i%4 == 3 { // a token whose span lies outside the text
				s.Tokens[i].Span = sitrep.Span{Start: len(text) + 1, End: len(text) + 5}
			}
		}
		for _, q := range Find(s, text) {
			if q.Span.Start < 0 || q.Span.End > len(text) || q.Span.Start >= q.Span.End {
				t.Fatalf("bad span %v with broken tokens", q.Span)
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	text := "US forces and partners killed at least 20 militants, seized over 130 mortars and struck 15 ISIS weapon sites, while thousands of ISIS members remain held in 2025."
	s := sentence(text)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(s, text)
	}
}
