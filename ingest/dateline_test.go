package ingest

import (
	"context"
	"encoding/csv"
	"os"
	"strings"
	"testing"
)

// TestCSVDatelines reads invented article rows whose heads carry the dateline
// forms of FA-KES's outlets (and dates that are not datelines): the dateline is
// the publication date whatever the date column says, the column is used when
// the head has none, and the dateline is a paragraph of its own. The
// expectations are the want_* columns of the file, which readCSV ignores.
func TestCSVDatelines(t *testing.T) {
	const path = "testdata/csv/datelines.csv"
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	items, err := ReadAll(context.Background(), path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]*Item{}
	for i := range items {
		if items[i].Err != nil {
			t.Fatalf("%s: %v", items[i].Input, items[i].Err)
		}
		docs[items[i].Doc.ID] = &items[i]
	}
	for _, rec := range rows[1:] {
		id, wantDate, wantHeads := rec[0], rec[5], rec[6]
		t.Run(id, func(t *testing.T) {
			it := docs[id]
			if it == nil {
				t.Fatal("no document")
			}
			d := it.Doc
			checkInvariants(t, d)
			if d.Published != wantDate {
				t.Errorf("Published = %q, want %q (text %q)", d.Published, wantDate, rec[2])
			}
			texts, heads := paragraphs(d)
			if got := strings.Join(heads, "|"); got != wantHeads {
				t.Errorf("headings = %q, want %q (paragraphs %q)", got, wantHeads, texts)
			}
			// Nothing of the row is dropped but spacing and the full stop that
			// ends a headline.
			bare := strings.NewReplacer(" ", "", ".", "").Replace
			if got, want := bare(strings.Join(texts, "")), bare(rec[2]); got != want {
				t.Errorf("text = %q, want %q", got, want)
			}
		})
	}
}
