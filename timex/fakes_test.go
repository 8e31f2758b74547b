package timex

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep/internal/testshared"
)

func sharedDir(t testing.TB) string {
	t.Helper()
	return testshared.Dir(t)
}

// TestFAKESDates measures, over the FA-KES articles whose text opens with a full
// dateline ("Wed 05 Apr 2017"), how often the incident date the annotators gave is
// among the day-precision dates resolved from the rest of the article, taking the
// dateline as the publication date.
func TestFAKESDates(t *testing.T) {
	path := filepath.Join(sharedDir(t), "data", "corpora", "fakes_syria", "fakes.csv")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	var n, hit, exprs, unresolved int
	for _, r := range rows[1:] {
		want, err := time.Parse("1/2/06", r[4])
		if err != nil {
			continue
		}
		text := r[2]
		sents := document(text)
		if len(sents) == 0 {
			continue
		}
		// The dateline: the first full date of the first 12 tokens.
		var pub time.Time
		head := sents[0]
		head.Tokens = head.Tokens[:min(12, len(head.Tokens))]
		for _, e := range Resolve(head, text, time.Time{}, "") {
			if e.From == FromText && len(e.Date) == 10 {
				pub, _ = time.Parse("2006-01-02", e.Date)
				break
			}
		}
		if pub.IsZero() {
			continue
		}
		n++
		found := false
		for _, s := range sents {
			for _, e := range Resolve(s, text, pub, "day") {
				exprs++
				if e.Date == "" {
					unresolved++
				}
				if e.Date == want.Format("2006-01-02") && e.Span.Start > head.Tokens[len(head.Tokens)-1].Span.End {
					found = true
				}
			}
		}
		if found {
			hit++
		} else if os.Getenv("FAKES_DEBUG") != "" {
			var got []string
			for _, s := range sents {
				for _, e := range Resolve(s, text, pub, "day") {
					got = append(got, e.Text+"="+e.Date)
				}
			}
			t.Logf("miss want %s pub %s: %v", want.Format("2006-01-02"), pub.Format("2006-01-02"), got)
		}
	}
	recall := float64(hit) / float64(n)
	t.Logf("FA-KES: %d articles with a dateline; the annotated incident date is resolved from the body in %.3f; %d expressions, %d unresolved", n, recall, exprs, unresolved)
	if n == 0 {
		t.Fatal("no article with a dateline")
	}
	// A floor a little under the measured 0.527. The annotated date is often the
	// article's own date while the body says "on Wednesday" for the day before, so
	// the ceiling is well under 1.
	if recall < 0.5 {
		t.Errorf("recall %.3f fell below the floor", recall)
	}
}
