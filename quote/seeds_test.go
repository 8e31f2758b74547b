package quote

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/internal/testshared"
)

// TestSeeds reads the seed articles from SITREP_SHARED and checks what was verified
// by hand on them (the sentences stay in ../shared): every quotation in the CENTCOM
// article is attributed to its commander (USAMIL), the Newsmax article's officials
// told The Wall Street Journal (a target resolved to USAMED), and every quote's spans
// hold its words.
func TestSeeds(t *testing.T) {
	shared := testshared.Dir(t)
	st, err := stages()
	if err != nil {
		t.Fatal(err)
	}
	read := func(id string) *sitrep.Document {
		b, err := os.ReadFile(filepath.Join(shared, "corpus", "seeds", id+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		return &sitrep.Document{ID: id, Text: string(b), Status: sitrep.StatusOK}
	}

	d := read("001_b6b1e4976b29ac24")
	qs := st.extract(d)
	for _, q := range qs {
		checkSpans(t, d.Text, q)
	}
	marks := scanQuotes(d.Text)
	if len(marks) != 5 {
		t.Fatalf("001: %d quotations, the article has 5", len(marks))
	}
	for _, m := range marks {
		words := strings.TrimRight(d.Text[m.Inner.Start:m.Inner.End], ", ")
		found := false
		for _, q := range qs {
			if q.Text == words && q.Kind != sitrep.QuoteIndirect {
				found = true
				if q.Speaker.Code != "USAMIL" {
					t.Errorf("001: quotation at %d attributed to %+v, want the CENTCOM commander (USAMIL)", m.Inner.Start, q.Speaker)
				}
			}
		}
		if !found {
			t.Errorf("001: quotation at byte %d not extracted", m.Inner.Start)
		}
	}

	d = read("004_dc2a5f048e974cf4")
	told := false
	for _, q := range st.extract(d) {
		checkSpans(t, d.Text, q)
		if q.Verb == "tell" && q.Speaker.Code == "USAGOV" && q.Target != nil && q.Target.Code == "USAMED" {
			told = true
		}
	}
	if !told {
		t.Error("004: White House officials telling The Wall Street Journal not found")
	}
}
