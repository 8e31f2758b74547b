package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// FuzzGzip checks the gzip layer two ways: arbitrary bytes behind the gzip magic
// (a truncated or corrupt archive) must be a named error or documents like any
// other input, and a well-formed archive must read exactly as its plain content.
func FuzzGzip(f *testing.F) {
	addSeeds(f, "testdata/text/*.txt")
	addSeeds(f, "testdata/jsonl/*.jsonl")
	f.Add([]byte("\x1f\x8b\x08\x00\x00\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRead(t, "fuzz.txt.gz", append(append([]byte{}, gzipMagic...), data...))

		if bytes.HasPrefix(data, gzipMagic) {
			return // an archive inside an archive is unpacked once, on purpose
		}
		var zipped bytes.Buffer
		zw := gzip.NewWriter(&zipped)
		if _, err := zw.Write(data); err != nil {
			t.Fatal(err)
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		plain := collect(source{input: "x.txt", name: "x.txt"}, data)
		unzipped := collect(source{input: "x.txt", name: "x.txt.gz"}, zipped.Bytes())
		if !reflect.DeepEqual(plain, unzipped) {
			t.Fatalf("gzipped input reads differently:\nplain %s\ngzip  %s", dumpItems(plain), dumpItems(unzipped))
		}
	})
}

func collect(src source, data []byte) []Item {
	var out []Item
	readBytes(context.Background(), src, data, "", nil, Options{}.withDefaults(), func(it Item) {
		if it.Doc != nil {
			it.Doc.IngestedAt = time.Time{} // the clock, not the input
		}
		out = append(out, it)
	})
	return out
}

// FuzzManifest reads a folder whose manifest.jsonl is arbitrary bytes: a bad
// manifest line is an error naming the manifest and the line, and it never costs
// a file of the folder its document.
func FuzzManifest(f *testing.F) {
	f.Add([]byte(`{"file": "a.txt", "id": "m-a", "outlet": "Times (probable)", "published": "2025-12", "byline": "Ada"}` + "\n" +
		`{"file": "b.html", "title": "B"}` + "\nnot json\n" + `{"file": "../a.txt"}` + "\n" + `{"file": "gone.txt"}`))
	f.Add([]byte(`{"file": "a.txt", "outlet": "unknown (x)", "published": "13/45/2025"}`))
	f.Add([]byte("{\"file\": \"\"}\n\n{\"file\": \".\"}\n{}\n"))
	f.Fuzz(func(t *testing.T, manifest []byte) {
		dir := t.TempDir()
		files := map[string]string{
			"a.txt":  "Alpha\n\nText of a.",
			"b.html": "<html><head><title>B</title></head><body><p>Text of b.</p></body></html>",
		}
		for name, body := range files {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if err := os.WriteFile(filepath.Join(dir, manifestName), manifest, 0o644); err != nil {
			t.Fatal(err)
		}
		docs := 0
		err := Read(context.Background(), dir, Options{}, func(it Item) {
			switch {
			case it.Err != nil:
				if it.Input == "" {
					t.Fatalf("error without an input: %v", it.Err)
				}
			case it.Doc == nil:
				t.Fatal("item with neither document nor error")
			default:
				checkInvariants(t, it.Doc)
				docs++
			}
		})
		if err != nil {
			t.Fatalf("Read: %v", err)
		}
		if docs != len(files) {
			t.Fatalf("%d documents from %d files", docs, len(files))
		}
	})
}

func dumpItems(items []Item) string {
	var b strings.Builder
	for _, it := range items {
		if it.Doc != nil {
			fmt.Fprintf(&b, "%s: %#v\n", it.Input, *it.Doc)
		} else {
			fmt.Fprintf(&b, "%s: %v\n", it.Input, it.Err)
		}
	}
	return b.String()
}
