package petr

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzValidateRecords runs the validation harness on an arbitrary records file with
// the package's mini dictionaries: a malformed file, a record with a bad parse or
// a bad date must be an error naming the file or a failed record, never a panic.
func FuzzValidateRecords(f *testing.F) {
	raw, err := os.ReadFile("testdata/mini/mini.records.xml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(raw)
	f.Add([]byte(`<Sentences><Config option="new_actor_length" value="3"/><Config option="require_dyad" value="false"/>` +
		`<Sentence date="2020" id="x"><EventCoding sourcecode="ROH" eventcode="0"/><Text>A</Text><Parse>(ROOT (S (NP (NNP Rohan)) (VP (VBD met))))</Parse></Sentence></Sentences>`))
	f.Add([]byte(`<Sentence><Parse>(((</Parse></Sentence><Sentence`))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(dir, "records.xml")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		rep, err := ValidatePETR(p, "testdata/mini")
		if err != nil {
			if !strings.Contains(err.Error(), p) {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		if rep.Passed > rep.Records || rep.Reproduced > rep.Codings {
			t.Fatalf("inconsistent report: %+v", rep)
		}
	})
}

// FuzzReadDiscards reads arbitrary text as a discard list and matches it against a
// sentence: any line must be taken or skipped, never panic.
func FuzzReadDiscards(f *testing.F) {
	f.Add("BASEBALL\n+TYPHOON # storm\n<!-- x -->\n+\n_\nSOCCER_WORLD_CUP ; comment\n")
	f.Fuzz(func(t *testing.T, s string) {
		var d discards
		if err := d.read(strings.NewReader(s)); err != nil {
			return
		}
		d.match(strings.Fields(strings.ToUpper(s)))
	})
}
