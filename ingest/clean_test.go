package ingest

import (
	"testing"

	"github.com/sitrep-dev/sitrep"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		line string
		want lineKind
	}{
		{"Leave a Reply", lineBoilerplate},
		{"Leave a Comment Cancel reply", lineBoilerplate},
		{"Your email address will not be published. Required fields are marked *", lineBoilerplate},
		{"3 Comments", lineBoilerplate},
		{"Share this:", lineBoilerplate},
		{"Facebook Twitter WhatsApp Telegram", lineBoilerplate},
		{"Follow us on X and Telegram", lineBoilerplate},
		{"Home » World » Middle East", lineBoilerplate},
		{"Home / News / Syria", lineBoilerplate},
		{"Advertisement", lineBoilerplate},
		{"© 2025 Newsmax. All rights reserved.", lineCopyright},
		{"Copyright 2019-2024 Example Media Group, Inc. All Rights Reserved", lineCopyright},
		{"All rights reserved.", lineCopyright},
		{"By Layla Hassan", lineByline},
		{"By Jane Roe and Omar Haddad", lineByline},
		{"Written by Ahmad al-Khatib", lineByline},
		{"By Lena Marsh | Reuters", lineByline},
		// Sentences that look like boilerplate at first sight stay text.
		{"By Monday, engineers had reopened the bridge.", lineText},
		{"By Monday", lineText},
		{"By The Associated Press", lineText},
		{"By air and by sea", lineText},
		{"Officials said the share of refugees returning home had doubled since March.", lineText},
		{"The company, which follows Facebook and Twitter on privacy, declined to comment.", lineText},
		{"Regional Implications", lineText},
		{"He said the copyright dispute would go to court.", lineText},
	}
	for _, tt := range tests {
		if got := classify(normSpace(tt.line)); got != tt.want {
			t.Errorf("classify(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestCopyrightOutlet(t *testing.T) {
	for in, want := range map[string]string{
		"© 2025 Newsmax. All rights reserved.":                              "Newsmax",
		"© 2025 Newsmax":                                                    "Newsmax",
		"Copyright © 2024 The Northern Gazette":                             "The Northern Gazette",
		"Copyright 2019-2024 Example Media Group, Inc. All Rights Reserved": "Example Media Group",
		"(c) 2023 Valley Wire Ltd.":                                         "Valley Wire",
		"© 2025 all rights reserved":                                        "",
		"All rights reserved.":                                              "",
		"© 2025 this is a very long sentence that is no outlet name at all": "",
	} {
		if got := copyrightOutlet(in); got != want {
			t.Errorf("copyrightOutlet(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIsHeadingLine(t *testing.T) {
	for in, want := range map[string]bool{
		"US-Syria Collaboration Against ISIL":         true,
		"Post-Assad Syria: A New Security Landscape":  true,
		"From Iraq to Syria… The United States Seeks": true,
		"2025 in Review":               true,
		"The talks ended.":             false,
		"Is this the end?":             false,
		"“We will not stop,” he said.": false,
		"the talks continued":          false,
		"":                             false,
		"1,500":                        false,
		"Officials said the operation was based on intelligence shared between Washington and the Syrian government over several weeks": false,
	} {
		if got := isHeadingLine(in); got != want {
			t.Errorf("isHeadingLine(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestNormSpace(t *testing.T) {
	for in, want := range map[string]string{
		"  a\t\tb \n c  ":        "a b c",
		"a\u00a0b\u200bc\u00adD": "a bcD",
		"cafe\u0301":             "café",
		"x\x00y\x07z":            "xyz",
		"":                       "",
	} {
		if got := normSpace(in); got != want {
			t.Errorf("normSpace(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAssembleSpans(t *testing.T) {
	d := &sitrep.Document{}
	assemble(d, []block{{text: " Heading One ", heading: true}, {text: "Body  text\nhere."}, {text: "  "}, {text: "Share this:"}, {text: "Last one."}})
	want := "Heading One\n\nBody text here.\n\nLast one."
	if d.Text != want {
		t.Fatalf("text = %q, want %q", d.Text, want)
	}
	spans := []sitrep.Paragraph{{Span: sitrep.Span{Start: 0, End: 11}, Heading: true}, {Span: sitrep.Span{Start: 13, End: 28}}, {Span: sitrep.Span{Start: 30, End: 39}}}
	if len(d.Paragraphs) != len(spans) {
		t.Fatalf("paragraphs = %v", d.Paragraphs)
	}
	for i, p := range spans {
		if d.Paragraphs[i] != p {
			t.Errorf("paragraph %d = %v, want %v", i, d.Paragraphs[i], p)
		}
	}
}

func TestDetectUpstream(t *testing.T) {
	tests := []struct {
		name, title, text, outlet, want string
	}{
		{"revealed", "", "The Washington Post revealed that the plan had been approved.", "", "The Washington Post"},
		{"according to a report by", "", "The army moved two brigades north, according to a report by Reuters.", "", "Reuters"},
		{"according to", "", "Three people were killed, according to Al Jazeera.", "", "Al Jazeera"},
		{"per, with the outlet itself", "", "The Washington Post revealed the plot, per Caliber.Az.", "Caliber.Az", "The Washington Post"},
		{"per", "", "The talks will resume next week, per Caliber.Az.", "Newsmax", "Caliber.Az"},
		{"title report by", "Ceasefire extended Report by The Guardian", "The ceasefire was extended.", "", "The Guardian"},
		{"told", "", "Officials told The Wall Street Journal that the deal was close.", "", "The Wall Street Journal"},
		{"reported", "", "Sky News Arabia reported on Monday that the border had reopened.", "", "Sky News Arabia"},
		{"own outlet only", "", "Newsmax reported that the meeting ended.", "Newsmax", ""},
		{"no outlet", "", "The White House said the meeting went well. Officials told reporters they were hopeful.", "", ""},
		{"government press", "", "The White House Press Office published a statement.", "", ""},
		{"too late in the article", "", "One.\n\nTwo.\n\nThree.\n\nFour, according to Reuters.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &sitrep.Document{Title: tt.title}
			blocks := textBlocks(tt.text)
			assemble(d, blocks)
			if got := DetectUpstream(tt.title, d.Text, d.Paragraphs, tt.outlet); got != tt.want {
				t.Errorf("DetectUpstream = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestNormDate(t *testing.T) {
	for in, want := range map[string]string{
		"2025-11-10":                      "2025-11-10",
		"2025-12":                         "2025-12",
		"2025":                            "2025",
		"2025-11-10T23:30:00-05:00":       "2025-11-10",
		"Mon, 02 Jun 2025 08:15:00 +0300": "2025-06-02",
		"November 10, 2025":               "2025-11-10",
		"Nov 2025":                        "2025-11",
		"4/5/17":                          "2017-04-05",
		"2025-13-01":                      "",
		"soon":                            "",
		"":                                "",
	} {
		if got := normDate(in); got != want {
			t.Errorf("normDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		name, ctype, data, want string
	}{
		{"a.txt", "", "<?xml version=\"1.0\"?>\n<rss><channel></channel></rss>", formatFeed},
		{"a.txt", "", "<!DOCTYPE html><html><body><p>x</p></body></html>", formatHTML},
		{"a", "", "{\"id\": \"1\", \"text\": \"x\"}\n", formatJSONL},
		{"a.html", "", "Plain words in an HTML-named file.", formatHTML},
		{"a.csv", "", "id,text\n1,hello", formatCSV},
		{"noext", "", "unit_id,article_title,article_content\n1,a,b", formatCSV},
		{"noext", "text/html; charset=utf-8", "Hello there.", formatHTML},
		{"noext", "", "Hello there.", formatText},
		{"a.xml", "", "<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", formatFeed},
	}
	for _, tt := range tests {
		got, err := sniff(tt.name, tt.ctype, []byte(tt.data))
		if err != nil || got != tt.want {
			t.Errorf("sniff(%q, %q, %.20q) = %q, %v; want %q", tt.name, tt.ctype, tt.data, got, err, tt.want)
		}
	}
}
