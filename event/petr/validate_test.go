package petr

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/testshared"
)

func sharedDir(t testing.TB) string {
	t.Helper()
	return testshared.Dir(t)
}

// floorShare guards against regressions: the share reached when last measured,
// rounded down.
const floorShare = 0.93

func TestValidatePETR(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "data", "validation", "petr-unittest")
	rep, err := ValidatePETR(filepath.Join(dir, "PETR.UnitTest.records.xml"), dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("records %d, passed %d; codings reproduced %d/%d = %.1f%%; no-event records %d/%d",
		rep.Records, rep.Passed, rep.Reproduced, rep.Codings, 100*rep.Share(), rep.NoEventOK, rep.NoEvent)
	for _, c := range rep.Categories {
		t.Logf("  %-10s records %3d passed %3d  codings %3d reproduced %3d", c.Name, c.Records, c.Passed, c.Codings, c.Reproduced)
	}
	if testing.Verbose() {
		for _, f := range rep.Failures {
			t.Logf("FAIL %s [%s] %.100s\n    want %v got %v\n    %s", f.ID, f.Category, f.Text, f.Expected, f.Got, strings.Join(f.Reasons, "; "))
		}
	}
	if rep.Share() < floorShare {
		t.Errorf("share %.3f below floor %.3f", rep.Share(), floorShare)
	}
	// FAILURES.md is generated from this report; a change to the coder that
	// moves a record must regenerate it, or the file describes an older main.
	var b bytes.Buffer
	if err := rep.WriteMarkdown(&b, failuresCommand); err != nil {
		t.Fatal(err)
	}
	have, err := os.ReadFile("FAILURES.md")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(have, b.Bytes()) {
		t.Errorf("FAILURES.md is out of date; regenerate it from the repository root:\n\t%s", failuresCommand)
	}
}

// failuresCommand regenerates FAILURES.md; the file quotes it.
const failuresCommand = "go run ./cmd/sitrep eval petr ../shared/data/validation/petr-unittest/PETR.UnitTest.records.xml --dictionaries ../shared/data/validation/petr-unittest --markdown > event/petr/FAILURES.md"

// TestMiniSuite runs the package's own records (testdata/mini: sentences written
// for it, hand-made parses, a small dictionary in PETRARCH-1 syntax). Each record
// exercises one piece of PETRARCH-1 semantics the reader implements; all must pass.
func TestMiniSuite(t *testing.T) {
	dir := filepath.Join("testdata", "mini")
	rep, err := ValidatePETR(filepath.Join(dir, "mini.records.xml"), dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range rep.Failures {
		t.Errorf("%s: want %v got %v: %s", f.ID, f.Expected, f.Got, strings.Join(f.Reasons, "; "))
	}
	if rep.Records != 12 || rep.Passed != rep.Records || rep.NoEventOK != rep.NoEvent {
		t.Errorf("records %d passed %d, no-event %d/%d", rep.Records, rep.Passed, rep.NoEventOK, rep.NoEvent)
	}
}
