package ingest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// fuzzRead feeds data to readBytes as a file of the given name and checks that
// whatever comes out is a well-formed document or a named error.
func fuzzRead(t *testing.T, name string, data []byte) { fuzzReadAs(t, name, "", data) }

// fuzzReadAs is fuzzRead for bytes served with an HTTP Content-Type header.
func fuzzReadAs(t *testing.T, name, ctype string, data []byte) {
	// A reader that hangs is as bad as one that panics; the fuzzer has no time
	// limit of its own, so a slow input is made a failure it records.
	done := make(chan struct{})
	defer close(done)
	go func() {
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			panic(fmt.Sprintf("reading %d bytes as %s took over 20s", len(data), name))
		}
	}()
	src := source{input: name, name: name}
	readBytes(context.Background(), src, data, ctype, nil, Options{}.withDefaults(), func(it Item) {
		switch {
		case it.Err != nil && it.Doc != nil:
			t.Fatalf("item with both a document and an error: %v", it.Err)
		case it.Err != nil:
			if it.Input == "" {
				t.Fatalf("error without an input: %v", it.Err)
			}
		case it.Doc == nil:
			t.Fatal("item with neither document nor error")
		default:
			checkInvariants(t, it.Doc)
		}
	})
}

func addSeeds(f *testing.F, pattern string) {
	files, err := filepath.Glob(pattern)
	if err != nil {
		f.Fatal(err)
	}
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

func FuzzText(f *testing.F) {
	addSeeds(f, "testdata/text/*.txt")
	addSeeds(f, "testdata/bad/*")
	f.Add([]byte("By Jane Roe\n© 2025 X\nHome » A » B\n\n\nHeading\nText."))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "fuzz.txt", data) })
}

func FuzzHTML(f *testing.F) {
	addSeeds(f, "testdata/html/*.html")
	f.Add([]byte(`<html><head><script type="application/ld+json">[{"@type":"NewsArticle","author":[{"name":"A"}],"headline":"H"}]</script></head><body><h1>H</h1><p>Text.</p></body></html>`))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "fuzz.html", data) })
}

func FuzzFeed(f *testing.F) {
	addSeeds(f, "testdata/feed/*.xml")
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "fuzz.xml", data) })
}

func FuzzJSONL(f *testing.F) {
	addSeeds(f, "testdata/jsonl/*.jsonl")
	f.Add([]byte(`{"id":"x","html":"<p>a</p>","published":"2025-13"}` + "\n{}\n"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "fuzz.jsonl", data) })
}

func FuzzCSV(f *testing.F) {
	addSeeds(f, "testdata/csv/*.csv")
	f.Add([]byte("id,text\n1,\"unterminated\n2,x"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "fuzz.csv", data) })
}

func FuzzNormDate(f *testing.F) {
	for _, s := range []string{"2025-11-10", "4/5/17", "Mon, 02 Jun 2025 08:15:00 +0300", "Nov 2025", "2025-1", "0000-00-00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if p := normDate(s); p != "" && !validDate(p) {
			t.Fatalf("normDate(%q) = %q, not a valid date", s, p)
		}
	})
}
