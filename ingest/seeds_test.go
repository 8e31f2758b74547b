package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/testshared"

	"github.com/sitrep-dev/sitrep"
)

// The seed articles are third-party text: these tests assert with a few words
// at a time and never hold the articles themselves.
func TestSeeds(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "corpus", "seeds")
	items, err := ReadAll(context.Background(), dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]*sitrep.Document{}
	for _, it := range items {
		if it.Err != nil {
			t.Fatalf("%v", it.Err)
		}
		checkInvariants(t, it.Doc)
		docs[it.Doc.ID] = it.Doc
	}
	ids := []string{"000_13166324b342890b", "001_b6b1e4976b29ac24", "002_75112196ffb69119", "003_ccc7ecad40a9c02e", "004_dc2a5f048e974cf4"}
	if len(docs) != len(ids) {
		t.Fatalf("got documents %v, want %v", sortedKeys(docs), ids)
	}
	for _, id := range ids {
		d := docs[id]
		if d == nil {
			t.Fatalf("no document %s", id)
		}
		if d.Status != sitrep.StatusOK || d.Language != "en" {
			t.Errorf("%s: status %q language %q", id, d.Status, d.Language)
		}
	}

	d001 := docs[ids[1]]
	for _, s := range []string{"Leave a Reply", "email address will not be published", "Required fields"} {
		if strings.Contains(d001.Text, s) {
			t.Errorf("001 still holds the comment form (%q)", s)
		}
	}
	// Every heading of 001 is its own paragraph: the heading lines of the raw file
	// are exactly the paragraphs flagged as headings.
	raw, err := os.ReadFile(filepath.Join(dir, ids[1]+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	var wantHeadings []string
	for _, l := range strings.Split(string(raw), "\n") {
		if l = strings.TrimSpace(l); isHeadingLine(l) && classify(l) == lineText {
			wantHeadings = append(wantHeadings, l)
		}
	}
	_, gotHeadings := paragraphs(d001)
	if len(wantHeadings) < 5 || strings.Join(gotHeadings, "|") != strings.Join(wantHeadings, "|") {
		t.Errorf("001 headings = %q, want %q", gotHeadings, wantHeadings)
	}
	for _, h := range []string{"Regional Implications", "US Military Presence and Strategy"} {
		found := false
		for _, g := range gotHeadings {
			found = found || g == h
		}
		if !found {
			t.Errorf("001: %q is not a paragraph of its own", h)
		}
	}
	if d001.Published != "2025-12" {
		t.Errorf("001 published = %q, want the manifest's month", d001.Published)
	}

	d003 := docs[ids[3]]
	byline := testshared.SeedManifest(t, ids[3], "byline")
	if d003.Byline != byline || byline == "" || strings.Contains(d003.Text, "By "+byline) {
		t.Errorf("003 byline = %q, want %q (in text: %v)", d003.Byline, byline, strings.Contains(d003.Text, "By "+byline))
	}
	if d003.Upstream != "The Washington Post" || d003.Outlet != "Caliber.Az" {
		t.Errorf("003 upstream, outlet = %q, %q", d003.Upstream, d003.Outlet)
	}

	d004 := docs[ids[4]]
	if strings.Contains(d004.Text, "©") || strings.Contains(d004.Text, "All rights reserved") {
		t.Errorf("004 still holds its copyright line")
	}
	if d004.Outlet != "Newsmax" || d004.Published != "2025-11-10" {
		t.Errorf("004 outlet, published = %q, %q", d004.Outlet, d004.Published)
	}

	// Without the manifest, the reader alone finds 004's outlet in its footer and
	// 003's upstream in its own words.
	for _, tt := range []struct{ id, outlet, upstream, byline string }{
		{ids[4], "Newsmax", "", ""},
		{ids[3], "", "The Washington Post", byline},
	} {
		d := readOne(t, filepath.Join(dir, tt.id+".txt"), Options{})
		if d.ID != tt.id || d.Outlet != tt.outlet || (tt.upstream != "" && d.Upstream != tt.upstream) || d.Byline != tt.byline {
			t.Errorf("%s without manifest: id %q outlet %q upstream %q byline %q", tt.id, d.ID, d.Outlet, d.Upstream, d.Byline)
		}
	}
}
