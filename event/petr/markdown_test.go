package petr

import (
	"strings"
	"testing"
)

// TestWriteMarkdown checks the failure report's shape on a small made-up report:
// the category table counts reasons by cause and cells with pipes stay one cell.
func TestWriteMarkdown(t *testing.T) {
	rep := Report{Records: 3, Codings: 4, Reproduced: 2, Passed: 1,
		Categories: []Category{{Name: "DEMO", Records: 3, Passed: 1, Codings: 4, Reproduced: 2, Missed: 2}},
		Failures: []Failure{
			{ID: "DEMO-01", Category: "DEMO", Expected: []string{"AAA BBB 010"}, Got: []string{"BBB AAA 010"}, Reasons: []string{"roles: 010 coded as BBB AAA, want AAA BBB"}},
			{ID: "DEMO-02", Category: "DEMO", Expected: []string{"AAA BBB 020"}, Reasons: []string{"no event AAA→BBB (verb | pattern)"}},
		}}
	var b strings.Builder
	if err := rep.WriteMarkdown(&b, "sitrep eval petr X --markdown"); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"reproduced 2 (50.0%)",
		"| DEMO | 3 | 1 | 4 | 2 | 50% | roles 1, no event 1 |",
		`(verb \| pattern)`,
		"sitrep eval petr X --markdown",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown lacks %q:\n%s", want, out)
		}
	}
}
