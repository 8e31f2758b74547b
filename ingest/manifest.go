package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/sitrep-dev/sitrep"
)

const manifestName = "manifest.jsonl"

// manifestEntry is one line of a directory's manifest.jsonl: metadata for one file.
// Fields beyond these (notes, viewpoints) are ignored.
type manifestEntry struct {
	File      string `json:"file"`
	ID        string `json:"id"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	Byline    string `json:"byline"`
	Published string `json:"published"`
	URL       string `json:"url"`
}

// readManifest reads path into a map from file name to entry; a missing manifest
// is an empty map, and a bad line is emitted as an error without stopping the rest.
func readManifest(path string, emit func(Item)) map[string]*manifestEntry {
	m := map[string]*manifestEntry{}
	data, err := os.ReadFile(path)
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			emit(Item{Input: path, Err: &Error{Input: path, Err: err}})
		}
		return m
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), len(data)+1)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		input := fmt.Sprintf("%s:%d", path, n)
		var e manifestEntry
		if err := json.Unmarshal(line, &e); err != nil {
			emit(Item{Input: input, Err: &Error{Input: input, Err: fmt.Errorf("%w: %v", ErrMalformed, err)}})
			continue
		}
		if e.File == "" {
			emit(Item{Input: input, Err: &Error{Input: input, Err: fmt.Errorf("%w: missing \"file\"", ErrMalformed)}})
			continue
		}
		m[filepath.Clean(e.File)] = &e
	}
	return m
}

var (
	annotation = regexp.MustCompile(`\s*\([^()]*\)\s*$`)
	unknownRE  = regexp.MustCompile(`(?i)^(unknown|n/?a|none|-|\?)\b`)
)

// apply overrides what the reader inferred with what the manifest states. Outlet
// values in manifests written by people carry notes — "Caliber.Az (summarising
// The Washington Post)", "unknown (a WordPress news site)" — so a trailing
// parenthesis is dropped and an "unknown" outlet states nothing.
//
// single is false for files holding many articles (feeds, JSON Lines, tables),
// whose ids, titles and URLs are each article's own.
func (e *manifestEntry) apply(d *sitrep.Document, single bool) {
	set := func(dst *string, v string) {
		if v = strings.TrimSpace(v); v != "" {
			*dst = v
		}
	}
	if single {
		set(&d.ID, e.ID)
		set(&d.Title, e.Title)
		set(&d.URL, e.URL)
	}
	if o := annotation.ReplaceAllString(e.Outlet, ""); !unknownRE.MatchString(o) {
		set(&d.Outlet, o)
	}
	set(&d.Byline, e.Byline)
	if p := normDate(e.Published); p != "" {
		d.Published = p
	}
}
