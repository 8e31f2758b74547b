package place

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

func load(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// show renders places as "text=Name/ISO3" for compact comparison.
func show(ps []sitrep.Place) string {
	var parts []string
	for _, p := range ps {
		parts = append(parts, fmt.Sprintf("%s=%s/%s", p.Text, p.Name, p.Country))
	}
	return strings.Join(parts, "; ")
}

func TestFind(t *testing.T) {
	g := load(t)
	tests := []struct {
		sent string
		want string
	}{
		{"Troops crossed into Syria on Tuesday.", "Syria=Syria/SYR"},
		{"The United States and Iraq signed the accord.", "The United States=United States/USA; Iraq=Iraq/IRQ"},
		{"Officials in the U.S. praised the move.", "the U.S.=United States/USA"},
		{"Delegations from the US and the UK joined talks.", "the US=United States/USA; the UK=United Kingdom/GBR"},
		// Geneva is an English alternate of Genève, which outweighs Geneva, Illinois,
		// by population alone.
		{"The envoys met in Geneva.", "Geneva=Genève/CHE"},
		{"Dozens fled Tripoli after the fighting.", "Tripoli=Tripoli/LBY"},
		{"Lebanese troops deployed in Tripoli.", "Tripoli=Tripoli/LBN"},
		{"US forces struck targets.", ""},
		{"U.S. Central Command said the raid succeeded.", ""},
		{"Let us hope the talks go well.", ""},
		{"Fighters regrouped in southern Syria.", "southern Syria=Syria/SYR"},
		{"Clashes broke out in northeastern Syria overnight.", "northeastern Syria=Syria/SYR"},
		{"An airstrike hit a depot near Damascus.", "near Damascus=Damascus/SYR"},
		{"Smuggling continues along the borders with Syria.", "the borders with Syria=Syria/SYR"},
		{"Attacks rose across the Middle East.", "the Middle East=Middle East/"},
		{"Kurdish forces in the Kurdistan Region were put on alert.", "the Kurdistan Region=Kurdistan Region/IRQ"},
		{"Police searched villages in Nineveh province.", "Nineveh province=Nineveh/IRQ"},
		{"Shelling continued in Idlib governorate.", "Idlib governorate=Idlib/SYR"},
		{"The convoy reached Aleppo and then Raqqa.", "Aleppo=Aleppo/SYR; Raqqa=Ar Raqqah/SYR"},
		{"Jordan closed its border crossing.", "Jordan=Jordan/JOR"},
		{"Michael Jordan scored forty points.", ""},
		{"The Washington Post reported the plot.", ""},
		// A translation among GeoNames' alternates of Casablanca, made of common words.
		{"They met at the White House.", ""},
		{"The statement came from Washington late on Monday.", "Washington=Washington/USA"},
		{"Lebanon has asked for aid.", "Lebanon=Lebanon/LBN"},
		{"The mobile unit was sent to help.", ""},
		{"She may travel in May or June.", ""},
		{"Negotiators met in Deir ez-Zor.", "Deir ez-Zor=Deir ez-Zor/SYR"},
		{"Baghdad and Erbil agreed to share revenue.", "Baghdad=Baghdad/IRQ; Erbil=Erbil/IRQ"},
	}
	for _, tt := range tests {
		t.Run(tt.sent, func(t *testing.T) {
			got := show(g.Find(tt.sent, sentence(tt.sent)))
			if got != tt.want {
				t.Errorf("Find(%q)\n got %q\nwant %q", tt.sent, got, tt.want)
			}
		})
	}
}

func TestFindUsesAnnotations(t *testing.T) {
	g := load(t)
	tests := []struct {
		name string
		sent string
		edit func(s *sitrep.Sentence)
		want string
	}{
		{"PER entity rejects a weak name", "Obama spoke to reporters.", func(s *sitrep.Sentence) {
			s.Entities = []sitrep.Entity{{Start: 0, End: 1, Type: "PER", Text: "Obama"}}
		}, ""},
		{"PER entity does not overrule a strong name", "Fighting reached Khan Shaykhun.", func(s *sitrep.Sentence) {
			s.Entities = []sitrep.Entity{{Start: 2, End: 4, Type: "PER", Text: "Khan Shaykhun"}}
		}, "Khan Shaykhun=Khān Shaykhūn/SYR"},
		{"GPE entity accepts an ambiguous name", "Ships docked at Mobile yesterday.", func(s *sitrep.Sentence) {
			s.Entities = []sitrep.Entity{{Start: 3, End: 4, Type: "GPE", Text: "Mobile"}}
		}, "Mobile=Mobile/USA"},
		{"locative preposition accepts an ambiguous name", "Ships docked in Mobile yesterday.", nil, "Mobile=Mobile/USA"},
		{"verb tag rejects", "Reading the report took hours.", func(s *sitrep.Sentence) {
			s.Tokens[0].UPOS = "VERB"
		}, ""},
		{"noun after abbreviation rejects", "The US envoy arrived.", func(s *sitrep.Sentence) {
			for i, u := range []string{"DET", "PROPN", "NOUN", "VERB", "PUNCT"} {
				s.Tokens[i].UPOS = u
			}
		}, ""},
		{"verb after abbreviation accepts", "The US announced sanctions.", func(s *sitrep.Sentence) {
			for i, u := range []string{"DET", "PROPN", "VERB", "NOUN", "PUNCT"} {
				s.Tokens[i].UPOS = u
			}
		}, "The US=United States/USA"},
		{"a GPE entity does not make a modifying abbreviation a place", "U.S. officials met.", func(s *sitrep.Sentence) {
			s.Entities = []sitrep.Entity{{Start: 0, End: 1, Type: "GPE", Text: "U.S."}}
			for i, u := range []string{"PROPN", "NOUN", "VERB", "PUNCT"} {
				s.Tokens[i].UPOS = u
			}
			s.Tokens[0].DepRel = "compound"
		}, ""},
		{"heading skips the capitalised-neighbour test", "Syria Joins Coalition Against ISIS", func(s *sitrep.Sentence) {
			s.Heading = true
		}, "Syria=Syria/SYR"},
		{"prose applies it", "Syria Joins Coalition Against ISIS", nil, ""},
		{"a heading keeps the test after the", "Report by The Washington Post", func(s *sitrep.Sentence) {
			s.Heading = true
		}, ""},
		{"date number rejects", "Talks resumed Aug 5 in Doha.", nil, "Doha=Doha/QAT"},
		{"a street named after a place is not the place", "Shells hit Baghdad Street in Damascus.", func(s *sitrep.Sentence) {
			s.Entities = []sitrep.Entity{{Start: 2, End: 3, Type: "LOC", Text: "Baghdad"}, {Start: 5, End: 6, Type: "LOC", Text: "Damascus"}}
		}, "Damascus=Damascus/SYR"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := sentence(tt.sent)
			if tt.edit != nil {
				tt.edit(&s)
			}
			if got := show(g.Find(tt.sent, s)); got != tt.want {
				t.Errorf("Find(%q)\n got %q\nwant %q", tt.sent, got, tt.want)
			}
		})
	}
}

func TestFindInDocument(t *testing.T) {
	g := load(t)
	text := "Lebanese officials spoke on Friday.\nA bomb exploded in Tripoli.\nThe army sealed off the area."
	got := g.FindInDocument(text, document(text))
	if len(got) != 3 {
		t.Fatalf("got %d sentences, want 3", len(got))
	}
	if s := show(got[1]); s != "Tripoli=Tripoli/LBN" {
		t.Errorf("sentence 2: got %q, want Tripoli, Lebanon from the document's context", s)
	}
	if p := got[1][0]; text[p.Span.Start:p.Span.End] != p.Text {
		t.Errorf("span %v does not point at %q", p.Span, p.Text)
	}
	if len(got[0]) != 0 || len(got[2]) != 0 {
		t.Errorf("unexpected places: %q, %q", show(got[0]), show(got[2]))
	}
	// Without the context, the larger Tripoli wins.
	if s := show(g.Find(text, document(text)[1])); s != "Tripoli=Tripoli/LBY" {
		t.Errorf("Find without context: got %q", s)
	}
}

func TestFindInDocumentFilters(t *testing.T) {
	g := load(t)
	for _, tt := range []struct {
		name, text, want string
	}{
		{"a name seen as a person's", "President Obama spoke in Washington.\nObama left early.", "Washington=Washington/USA|"},
		{"but not after a preposition", "President Obama spoke.\nThe delegation flew to Obama.", "|Obama=Obama/JPN"},
		{"without the given name, the country", "After the game, Jordan left the court.", "Jordan=Jordan/JOR"},
		{"a country's name after a given name", "Michael Jordan scored.\nAfter the game, Jordan left the court.\nTroops massed in Jordan.", "||Jordan=Jordan/JOR"},
		{"a small town in a country the document never names", "Fighting in Syria spread to Tarma.", "Syria=Syria/SYR"},
		{"a small town in a named country", "Officials in Peru said Tarma was calm.", "Peru=Peru/PER; Tarma=Tarma/PER"},
		{"a division's English name", "Shelling hit Rural Damascus and Raqqa province.", "Rural Damascus=Rif-dimashq/SYR; Raqqa province=Ar-Raqqah/SYR"},
		{"an Arabic article before a name", "Clashes erupted in Al Raqqa.", "Raqqa=Ar Raqqah/SYR"},
		{"an alternate in context", "Syrian troops entered Palmyra.", "Palmyra=Tadmur/SYR"},
		{"an alternate out of context that is no spelling", "Engineers at Google met.", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var parts []string
			for _, ps := range g.FindInDocument(tt.text, document(tt.text)) {
				parts = append(parts, show(ps))
			}
			if got := strings.Join(parts, "|"); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestCountryAndDemonym(t *testing.T) {
	g := load(t)
	for _, tt := range []struct {
		iso3                       string
		name                       string
		latLo, latHi, lonLo, lonHi float64
	}{
		{"SYR", "Syria", 32, 37.5, 35.5, 42.5},
		{"IRQ", "Iraq", 29, 37.5, 38.5, 48.5},
		{"usa", "United States", 24, 50, -125, -66},
	} {
		p, ok := g.Country(tt.iso3)
		if !ok || p.Name != tt.name || p.GeonameID == 0 {
			t.Errorf("Country(%q) = %+v, %v", tt.iso3, p, ok)
			continue
		}
		if p.Lat < tt.latLo || p.Lat > tt.latHi || p.Lon < tt.lonLo || p.Lon > tt.lonHi {
			t.Errorf("Country(%q) at %.2f,%.2f: outside the country", tt.iso3, p.Lat, p.Lon)
		}
	}
	if _, ok := g.Country("XXX"); ok {
		t.Error(`Country("XXX") found a country`)
	}
	for word, want := range map[string]string{"Syrian": "SYR", "Iraqis": "IRQ", "American": "USA", "South Korean": "KOR", "Kurdish": ""} {
		got, ok := g.Demonym(word)
		if got != want || ok != (want != "") {
			t.Errorf("Demonym(%q) = %q, %v; want %q", word, got, ok, want)
		}
	}
}

func TestLookup(t *testing.T) {
	g := load(t)
	for _, tt := range []struct{ name, want string }{
		{"Tripoli", "Tripoli/LBY"},
		{"deir ez zor", "Deir ez-Zor/SYR"},
		{"Georgia", "Georgia/GEO"},
		{"Nowhere-on-Earth", ""},
	} {
		got := ""
		if ps := g.Lookup(tt.name); len(ps) > 0 {
			got = ps[0].Name + "/" + ps[0].Country
		}
		if got != tt.want {
			t.Errorf("Lookup(%q)[0] = %q, want %q", tt.name, got, tt.want)
		}
	}
	if ps := g.Lookup("Tripoli"); len(ps) < 2 || ps[1].Country != "LBN" {
		t.Errorf("Lookup(Tripoli) should list Tripoli, Lebanon second: %+v", ps)
	}
}

func TestStem(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		same bool
	}{
		{"Douma", "Duma", true},
		{"Deraa", "Daraa", true},
		{"Raqqa", "Ar Rakka", true},
		{"Geneva", "Genève", true},
		{"Google", "Topeka", false},
		{"Hamas", "Hamm", false},
		{"Barna", "Varna", false},
		{"Deir al-Zor", "Deir ez-Zor", true},
	} {
		if got := stem(tt.a) == stem(tt.b); got != tt.same {
			t.Errorf("stem(%q)=%q, stem(%q)=%q: same %v, want %v", tt.a, stem(tt.a), tt.b, stem(tt.b), got, tt.same)
		}
	}
}

func TestGazetteerSize(t *testing.T) {
	g := load(t)
	if n := g.Len(); n < 30000 {
		t.Errorf("gazetteer holds %d places, want the GeoNames cities over 15,000 people and more", n)
	}
}

func TestBadSpans(t *testing.T) {
	g := load(t)
	s := sitrep.Sentence{Tokens: []sitrep.Token{
		{Text: "Syria", Span: sitrep.Span{Start: -3, End: 2}},
		{Text: "Iraq", Span: sitrep.Span{Start: 5, End: 500}},
		{Text: "Iraq", Span: sitrep.Span{Start: 9, End: 4}},
	}}
	if got := g.Find("in Syria and Iraq", s); len(got) != 0 {
		t.Errorf("found %q in tokens whose spans lie outside the text", show(got))
	}
}

func FuzzFind(f *testing.F) {
	g := load(f)
	for _, s := range []string{"Fighting in northeastern Syria.", "the U.S. and the UK", "Nineveh Province", "Deir ez-Zor", "the borders with", "É Ü ß", "US-", "near"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		s := sentence(text)
		for _, p := range g.Find(text, s) {
			if p.Span.Start < 0 || p.Span.End > len(text) || p.Span.Start >= p.Span.End || text[p.Span.Start:p.Span.End] != p.Text {
				t.Fatalf("bad span %v for %q in %q", p.Span, p.Text, text)
			}
		}
		// Tags, odd entities and shifted spans must not panic either.
		for i := range s.Tokens {
			s.Tokens[i].UPOS = []string{"PROPN", "NOUN", "VERB"}[i%3]
			s.Tokens[i].DepRel = []string{"compound", "nsubj"}[i%2]
			s.Tokens[i].Head = i * 3
		}
		s.Entities = []sitrep.Entity{{Start: -2, End: 3, Type: "PER"}, {Start: 1, End: 99, Type: "GPE"}}
		g.Find(text, s)
		for i := range s.Tokens {
			s.Tokens[i].Span.End += 3
		}
		g.Find(text, s)
	})
}

func FuzzFindInDocument(f *testing.F) {
	g := load(f)
	for _, s := range []string{"President Obama spoke.\nObama left.", "Lebanese troops.\nIn Tripoli.", "the borders with\nSyria"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		sents := document(text)
		got := g.FindInDocument(text, sents)
		if len(got) != len(sents) {
			t.Fatalf("%d sentences, %d results", len(sents), len(got))
		}
		for _, ps := range got {
			for _, p := range ps {
				if p.Span.Start < 0 || p.Span.End > len(text) || text[p.Span.Start:p.Span.End] != p.Text {
					t.Fatalf("bad span %v for %q", p.Span, p.Text)
				}
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	g := load(b)
	text := "US forces and their partners struck 15 ISIS weapon sites near Raqqa and in the Middle Euphrates River Valley, the borders with Iraq, on Monday, officials in Washington said."
	s := sentence(text)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		g.Find(text, s)
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		zr, err := gzip.NewReader(bytes.NewReader(gazetteerGz))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := parse(zr, ambiguousTSV, demonymsTSV); err != nil {
			b.Fatal(err)
		}
	}
}
