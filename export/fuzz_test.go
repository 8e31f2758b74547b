package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"math"
	"strings"
	"testing"
	"time"
)

// FuzzWrite puts arbitrary article text, actor names and codes, dates and scores
// into events and writes them in every format: each output must parse back with
// one record per event, so that text taken from an article can never corrupt an
// export or lose the rows after it.
func FuzzWrite(f *testing.F) {
	f.Add("Quotes \"inside\", commas, and\nnew lines.", "USA\tGOV", "Name <&> 'x'", "2026-02-30", 3.5)
	f.Add("\r\n\r", "", "\x00\x1b\uFFFE", "0000-00", math.Inf(-1))
	f.Add("\xff\xfe invalid", "IRQ\n", "\xc3", "2026", math.NaN())
	f.Fuzz(func(t *testing.T, sentence, code, name, date string, goldstein float64) {
		events := sample()
		for i := range events {
			e := &events[i]
			e.Sentence, e.Date, e.Goldstein = sentence, date, goldstein
			e.Source.Code, e.Source.Name, e.Outlet = code+e.Source.Code, name, name
			e.Target.Text, e.DateText = sentence, name
		}
		events[1].Target.Code = code // an empty code makes a node of its own
		for _, format := range Formats {
			var b bytes.Buffer
			if err := Write(&b, format, events, Options{Now: time.Unix(0, 0)}); err != nil {
				// Only NaN and infinite scores may be refused (JSON has no
				// number for them); anything else an article holds must export.
				if format == "plover" && (math.IsNaN(goldstein) || math.IsInf(goldstein, 0)) {
					continue
				}
				t.Fatalf("%s: %v", format, err)
			}
			checkParses(t, format, b.Bytes(), len(events), sentence)
		}
	})
}

func checkParses(t *testing.T, format string, out []byte, events int, sentence string) {
	t.Helper()
	switch format {
	case "csv":
		rows, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
		if err != nil || len(rows) != events+1 {
			t.Fatalf("csv: %d rows for %d events, err %v", len(rows), events, err)
		}
		col := len(csvHeader) - 3 // the sentence
		// A CSV reader turns \r\n inside a quoted field into \n; nothing else
		// may change.
		want := strings.ReplaceAll(sentence, "\r\n", "\n")
		for _, r := range rows[1:] {
			if len(r) != len(csvHeader) || r[col] != want {
				t.Fatalf("csv: row %q, want %d fields with sentence %q", r, len(csvHeader), want)
			}
		}
	case "gdelt":
		lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
		if len(lines) != events {
			t.Fatalf("gdelt: %d lines for %d events", len(lines), events)
		}
		for _, l := range lines {
			if n := strings.Count(l, "\t") + 1; n != 61 {
				t.Fatalf("gdelt: %d columns in %q", n, l)
			}
		}
	case "plover":
		dec := json.NewDecoder(bytes.NewReader(out))
		for dec.More() {
			var r map[string]any
			if err := dec.Decode(&r); err != nil {
				t.Fatalf("plover: %v in %q", err, out)
			}
		}
	case "gexf", "graphml":
		var v struct{ XMLName xml.Name }
		if err := xml.Unmarshal(out, &v); err != nil {
			t.Fatalf("%s: %v in %s", format, err, out)
		}
	}
}
