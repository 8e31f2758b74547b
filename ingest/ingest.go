package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/sitrep-dev/sitrep"
)

// Defaults applied to zero Options fields.
const (
	DefaultMaxBytes     = 32 << 20
	DefaultTimeout      = 30 * time.Second
	DefaultMaxRedirects = 5
)

// Options controls how inputs are read. The zero value is usable.
type Options struct {
	MaxBytes     int64         // per input (after gzip decompression); default 32 MiB
	AllowPrivate bool          // allow loopback/private addresses for URLs (tests only)
	Timeout      time.Duration // per URL fetch; default 30s
	MaxRedirects int           // default 5
	// Client, when set, is used for URL fetches. Its Transport is used as given,
	// so the private-address guard applies only when Transport is nil.
	Client *http.Client
}

func (o Options) withDefaults() Options {
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = DefaultMaxRedirects
	}
	return o
}

// Item is one result: a document, or an error naming the input (path, URL,
// "file.jsonl:17") and the reason.
type Item struct {
	Input string
	Doc   *sitrep.Document
	Err   error
}

// Error is the error carried by a failed Item: the input it concerns and why.
type Error struct {
	Input string
	Err   error
}

func (e *Error) Error() string { return e.Input + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// Sentinel reasons, so callers can count failures by kind with errors.Is.
var (
	ErrEmpty       = errors.New("empty input")
	ErrBinary      = errors.New("binary content")
	ErrTooLarge    = errors.New("over the size limit")
	ErrInvalidUTF8 = errors.New("invalid UTF-8 and no legacy charset detected")
	ErrPrivate     = errors.New("address is private, loopback, link-local or unspecified")
	ErrMalformed   = errors.New("malformed input")
)

// Read reads one input — a file path, a directory (recursively, honouring
// manifest.jsonl), an http(s) URL, or "-" for stdin — and calls emit once for every
// document and once for every failure, in input order. Failures of one part of a
// batch (a file in a directory, a line of a JSON Lines file, a feed item) are
// emitted as Items and the rest goes on.
//
// Read returns an error only when the input as a whole cannot be opened — the
// path does not exist or cannot be read, the URL cannot be fetched, stdin fails —
// and then it has emitted nothing, so callers count either the returned error or
// the emitted Items, never both. The one exception is cancellation: when ctx is
// done during a folder, Read stops and returns ctx's error after the Items it has
// already emitted. Every Item has exactly one of Doc and Err.
func Read(ctx context.Context, input string, opts Options, emit func(Item)) error {
	opts = opts.withDefaults()
	switch {
	case input == "-":
		data, err := readLimited(os.Stdin, opts.MaxBytes)
		if err != nil {
			return &Error{Input: "-", Err: err}
		}
		readBytes(ctx, source{input: "-", name: "-"}, data, "", nil, opts, emit)
		return nil
	case isURL(input):
		data, ctype, finalURL, err := fetch(ctx, input, opts)
		if err != nil {
			return &Error{Input: input, Err: err}
		}
		readBytes(ctx, source{input: input, name: urlName(finalURL), url: finalURL}, data, ctype, nil, opts, emit)
		return nil
	}
	fi, err := os.Stat(input)
	if err != nil {
		return &Error{Input: input, Err: err}
	}
	if fi.IsDir() {
		return readDir(ctx, input, opts, emit)
	}
	data, err := readFile(input, fi, opts.MaxBytes)
	if err != nil {
		return &Error{Input: input, Err: err}
	}
	readBytes(ctx, source{input: input, name: filepath.Base(input)}, data, "", nil, opts, emit)
	return nil
}

// ReadAll is Read collecting every Item; convenient for small inputs and tests.
func ReadAll(ctx context.Context, input string, opts Options) ([]Item, error) {
	var items []Item
	err := Read(ctx, input, opts, func(it Item) { items = append(items, it) })
	return items, err
}

// source describes where bytes came from.
type source struct {
	input string // as reported in Items
	name  string // file name (or URL path base) used for the id and the extension
	url   string // set for fetched inputs
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

func readFile(path string, fi fs.FileInfo, limit int64) ([]byte, error) {
	if fi.Size() > limit {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, fi.Size(), limit)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readLimited(f, limit)
}

// readLimited reads r fully, failing with ErrTooLarge past limit bytes.
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
	}
	return data, nil
}

var gzipMagic = []byte{0x1f, 0x8b}

// gunzip decompresses data when it starts with the gzip magic bytes, whatever the
// file is called; the size limit applies to the decompressed bytes so that a small
// archive cannot expand without bound.
func gunzip(data []byte, limit int64) ([]byte, bool, error) {
	if !bytes.HasPrefix(data, gzipMagic) {
		return data, false, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, true, fmt.Errorf("gzip: %w", err)
	}
	out, err := readLimited(zr, limit)
	if err != nil {
		return nil, true, fmt.Errorf("gzip: %w", err)
	}
	return out, true, nil
}

// readBytes decodes one input's bytes with the reader its content and name call
// for, and emits its documents. man, when set, is the manifest entry for the file.
func readBytes(ctx context.Context, src source, data []byte, ctype string, man *manifestEntry, opts Options, emit func(Item)) {
	fail := func(err error) { emit(Item{Input: src.input, Err: &Error{Input: src.input, Err: err}}) }
	data, zipped, err := gunzip(data, opts.MaxBytes)
	if err != nil {
		fail(err)
		return
	}
	if zipped {
		src.name = strings.TrimSuffix(src.name, ".gz")
	}
	kind, err := sniff(src.name, ctype, data)
	if err != nil {
		fail(err)
		return
	}
	slog.Debug("ingest: reading", "input", src.input, "format", kind)
	out := func(d *sitrep.Document, input string) {
		if man != nil {
			// A manifest line describes a file; for a file of many articles it
			// may only speak for the outlet, the date and the author.
			man.apply(d, kind == formatText || kind == formatHTML)
		}
		finish(d)
		emit(Item{Input: input, Doc: d})
	}
	switch kind {
	case formatJSONL:
		readJSONL(ctx, src, data, out, emit)
	case formatCSV:
		readCSV(ctx, src, data, out, emit)
	case formatFeed:
		readFeed(ctx, src, data, out, emit)
	case formatHTML:
		d, err := htmlDoc(src, data, ctype)
		if err != nil {
			fail(err)
			return
		}
		out(d, src.input)
	default:
		d, err := readText(src, data)
		if err != nil {
			fail(err)
			return
		}
		out(d, src.input)
	}
}

// finish completes a document once its metadata is final: the upstream outlet
// depends on the outlet, which a manifest may have overridden.
func finish(d *sitrep.Document) {
	if d.Upstream == "" {
		d.Upstream = DetectUpstream(d.Title, d.Text, d.Paragraphs, d.Outlet)
	}
	if d.IngestedAt.IsZero() {
		d.IngestedAt = time.Now().UTC()
	}
	Finalize(d)
}

// docID is a file input's document id: its file name without extension.
func docID(name string) string {
	base := filepath.Base(name)
	if ext := filepath.Ext(base); ext != "" && ext != base {
		base = strings.TrimSuffix(base, ext)
	}
	return base
}

// readDir ingests every regular file under dir, in lexical order, skipping hidden
// files and folders. A folder's manifest.jsonl supplies metadata for the files it
// names, by paths relative to that folder; the nearest manifest naming a file
// wins. Symbolic links to files are followed, links to folders are not (they could
// loop). Manifest lines naming files that were not found are reported once the
// walk is done.
func readDir(ctx context.Context, dir string, opts Options, emit func(Item)) error {
	// Read the root first so that an unreadable root is Read's own error.
	if _, err := os.ReadDir(dir); err != nil {
		return &Error{Input: dir, Err: err}
	}
	manifests := map[string]map[string]*manifestEntry{}
	used := map[*manifestEntry]bool{}
	manifestFor := func(folder string) map[string]*manifestEntry {
		if m, ok := manifests[folder]; ok {
			return m
		}
		m := readManifest(filepath.Join(folder, manifestName), emit)
		manifests[folder] = m
		return m
	}
	lookup := func(path string) *manifestEntry {
		for folder := filepath.Dir(path); ; folder = filepath.Dir(folder) {
			if rel, err := filepath.Rel(folder, path); err == nil {
				if e := manifestFor(folder)[rel]; e != nil {
					used[e] = true
					return e
				}
			}
			if folder == filepath.Clean(dir) || folder == filepath.Dir(folder) {
				return nil
			}
		}
	}
	fail := func(path string, err error) { emit(Item{Input: path, Err: &Error{Input: path, Err: err}}) }
	err := filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return ctxErr
		}
		if err != nil {
			fail(path, err)
			if e != nil && e.IsDir() && path != dir {
				return fs.SkipDir
			}
			return nil
		}
		name := e.Name()
		if path != dir && strings.HasPrefix(name, ".") {
			if e.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if e.IsDir() || name == manifestName {
			return nil
		}
		var fi fs.FileInfo
		switch {
		case e.Type().IsRegular():
			fi, err = e.Info()
		case e.Type()&fs.ModeSymlink != 0:
			if fi, err = os.Stat(path); err == nil && fi.IsDir() {
				return nil
			}
		default:
			err = errors.New("not a regular file")
		}
		if err == nil && !fi.Mode().IsRegular() {
			err = errors.New("not a regular file")
		}
		var data []byte
		if err == nil {
			data, err = readFile(path, fi, opts.MaxBytes)
		}
		if err != nil {
			fail(path, err)
			return nil
		}
		readBytes(ctx, source{input: path, name: name}, data, "", lookup(path), opts, emit)
		return nil
	})
	if err != nil {
		return err
	}
	for _, folder := range sortedKeys(manifests) {
		m := manifests[folder]
		for _, file := range sortedKeys(m) {
			if !used[m[file]] {
				fail(filepath.Join(folder, manifestName), fmt.Errorf("names %q, which is not in the folder", file))
			}
		}
	}
	return nil
}

// sortedKeys keeps map order out of what Read emits.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
