package dateline

import (
	"testing"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/internal/testtok"
)

func TestScan(t *testing.T) {
	tests := []struct {
		text string
		ok   bool
		want Match
	}{
		{"BEIRUT ( Reuters ) - Air strikes killed 22 people", true, Match{Capitals: 1, End: 5, Agency: true, Separated: true}},
		{"WASHINGTON — The Pentagon said", true, Match{Capitals: 1, End: 2, Separated: true}},
		{"DAMASCUS , Syria , Aug. 21 ( AP ) — Government forces", true,
			Match{Capitals: 1, End: 10, Region: true, Date: true, Agency: true, Separated: true}},
		{"MOSCOW October 1 ( RIA Novosti ) - A double attack", true, Match{Capitals: 1, End: 8, Date: true, Agency: true, Separated: true}},
		{"BEIRUT August 21 ( AP ) Syrian regime forces", true, Match{Capitals: 1, End: 6, Date: true, Agency: true}},
		{"DAMASCUS , Syria , Aug 21 — Rebels", true, Match{Capitals: 1, End: 7, Region: true, Date: true, Separated: true}},
		{"BEIRUT Aug 21 ( AP ) - Rebels", true, Match{Capitals: 1, End: 7, Date: true, Agency: true, Separated: true}},
		{"BEIRUT At least 15 people were killed", true, Match{Capitals: 1, End: 1}},
		{"NATO , Turkey Condemn Russian Airstrikes", true, Match{Capitals: 1, End: 5, Region: true}},
		{"NEW YORK : The council met", true, Match{Capitals: 2, End: 3, Separated: true}},
		{"US-|led coalition jets struck", false, Match{}},
		{"ISIS -|linked cells", false, Match{}},
		{"UN officials said", false, Match{}},
		{"ISIS ISIS Fighters", true, Match{Capitals: 2, End: 2}}, // the shape; a caller knows ISIS is an actor
		{"SDF PKK YPG", false, Match{}},                          // capitals to the end: nothing follows
		{"BEIRUT", false, Match{}},
		{"BEIRUT -", true, Match{Capitals: 1, End: 2, Separated: true}},
		{"", false, Match{}},
	}
	for _, tt := range tests {
		m, ok := Scan(testtok.Words(tt.text))
		if ok != tt.ok || m != tt.want {
			t.Errorf("Scan(%q) = %+v, %v; want %+v, %v", tt.text, m, ok, tt.want, tt.ok)
		}
	}
}

// FuzzScan: any tokens, no panic, and a match ends inside the sentence after
// its capitals.
func FuzzScan(f *testing.F) {
	f.Add("BEIRUT ( Reuters ) - Air strikes")
	f.Add("DAMASCUS , Syria , Aug. 21 , 2013 ( AP ) —")
	f.Add("NATO , Turkey")
	f.Add("( TRT World and Agencies ) Two pilots")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		toks := testtok.Words(text)
		m, ok := Scan(toks)
		if ok && (m.Capitals < 1 || m.End < m.Capitals || m.End > len(toks)) {
			t.Fatalf("Scan(%q) = %+v", text, m)
		}
		if n := Byline(toks); n < 0 || n > len(toks) {
			t.Fatalf("Byline(%q) = %d", text, n)
		}
	})
}
