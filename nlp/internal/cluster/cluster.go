// Package cluster induces word clusters from unlabelled text for the models
// that ship them (nlp/ner, nlp/tag): a word never seen in labelled data still
// shares contexts with words that were.
package cluster

import (
	"fmt"
	"math"
	"math/rand/v2"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/sitrep-dev/sitrep/nlp/conllu"
)

// Word clusters give unseen words the evidence of seen ones: a surname never in
// the training data still shares contexts ("Mr. _ said") with names that were.
// The clusters are induced from the unlabelled text under the shared data
// directory: each word is a vector of PPMI-weighted left and right neighbours,
// and spherical k-means groups the vectors at two granularities.

// Text gathers tokenised sentences from the training-side text under
// dataDir: EWT train and dev, GUM train and dev. No test file is read, and neither
// are the news corpora under corpora/: their licences allow research use only, and
// the clusters ship inside the model.
func Text(dataDir string, gumDocs []string) ([][]string, error) {
	paths := []string{
		filepath.Join(dataDir, "ud-ewt", "en_ewt-ud-train.conllu"),
		filepath.Join(dataDir, "ud-ewt", "en_ewt-ud-dev.conllu"),
	}
	for _, d := range gumDocs {
		paths = append(paths, filepath.Join(dataDir, "gum", "dep", d+".conllu"))
	}
	return TextFiles(paths)
}

// TextFiles gathers the word forms of the sentences of CoNLL-U files, skipping
// sentences whose forms are not distributed ("_", as in GUM's Reddit documents).
func TextFiles(paths []string) ([][]string, error) {
	var out [][]string
	for _, path := range paths {
		sents, err := conllu.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("cluster text: %w", err)
		}
		for _, s := range sents {
			if len(s.Words) == 0 || s.Words[0].Form == "_" {
				continue
			}
			ws := make([]string, len(s.Words))
			for i, w := range s.Words {
				ws[i] = w.Form
			}
			out = append(out, ws)
		}
	}
	return out, nil
}

// Induce assigns each lower-cased word seen at least minCount times a cluster
// path "<coarse>.<fine>|<cap>": the coarse and fine k-means clusters of its
// context vector and its capitalisation class (see capitalisation). Words seen
// too rarely for a cluster but often enough for a capitalisation class map to
// "|<cap>". It is deterministic for a given seed.
func Induce(sents [][]string, minCount, numContexts, kCoarse, kFine int, seed uint64) map[string]string {
	caps := capitalisation(sents)
	lowered := make([][]string, len(sents))
	for i, s := range sents {
		l := make([]string, len(s))
		for j, w := range s {
			l[j] = strings.ToLower(w)
		}
		lowered[i] = l
	}
	sents = lowered
	freq := map[string]int{}
	for _, s := range sents {
		for _, w := range s {
			freq[w]++
		}
	}
	words := make([]string, 0, len(freq))
	for w, n := range freq {
		if n >= minCount {
			words = append(words, w)
		}
	}
	sort.Slice(words, func(i, j int) bool {
		if freq[words[i]] != freq[words[j]] {
			return freq[words[i]] > freq[words[j]]
		}
		return words[i] < words[j]
	})
	vocab := make(map[string]int, len(words))
	for i, w := range words {
		vocab[w] = i
	}
	nc := min(numContexts, len(words))
	dims := 2 * (nc + 1) // left and right; the extra slot is the sentence boundary
	ctx := func(s []string, i int) int {
		if i < 0 || i >= len(s) {
			return nc
		}
		if k, ok := vocab[s[i]]; ok && k < nc {
			return k
		}
		return -1
	}
	counts := make([]map[int32]float64, len(words))
	for i := range counts {
		counts[i] = map[int32]float64{}
	}
	colSum := make([]float64, dims)
	total := 0.0
	for _, s := range sents {
		for i, w := range s {
			k, ok := vocab[w]
			if !ok {
				continue
			}
			if c := ctx(s, i-1); c >= 0 {
				counts[k][int32(c)]++
				colSum[c]++
				total++
			}
			if c := ctx(s, i+1); c >= 0 {
				counts[k][int32(nc+1+c)]++
				colSum[nc+1+c]++
				total++
			}
		}
	}
	// Sparse PPMI vectors, L2-normalised.
	type entry struct {
		dim int32
		val float32
	}
	vecs := make([][]entry, len(words))
	for k, m := range counts {
		rowSum := 0.0
		for _, v := range m {
			rowSum += v
		}
		var vec []entry
		for d, v := range m {
			if pmi := math.Log(v * total / (rowSum * colSum[d])); pmi > 0 {
				vec = append(vec, entry{d, float32(pmi)})
			}
		}
		// Sum in a fixed order: training must be deterministic to the bit.
		sort.Slice(vec, func(i, j int) bool { return vec[i].dim < vec[j].dim })
		norm := 0.0
		for _, e := range vec {
			norm += float64(e.val) * float64(e.val)
		}
		norm = math.Sqrt(norm)
		for i := range vec {
			vec[i].val /= float32(norm)
		}
		vecs[k] = vec
	}
	kmeans := func(k int, s uint64) []int {
		rng := rand.New(rand.NewPCG(s, 3))
		k = min(k, len(words))
		// Centroids stored dimension-major so the inner loop runs over
		// clusters contiguously.
		cent := make([]float32, dims*k)
		perm := rng.Perm(len(words))
		for c := 0; c < k; c++ {
			for _, e := range vecs[perm[c]] {
				cent[int(e.dim)*k+c] = e.val
			}
		}
		assign := make([]int, len(words))
		score := make([]float32, k)
		for iter := 0; iter < 12; iter++ {
			for w, vec := range vecs {
				clear(score)
				for _, e := range vec {
					row := cent[int(e.dim)*k : int(e.dim)*k+k]
					for c := range score {
						score[c] += e.val * row[c]
					}
				}
				best := 0
				for c := range score {
					if score[c] > score[best] {
						best = c
					}
				}
				assign[w] = best
			}
			clear(cent)
			for w, vec := range vecs {
				for _, e := range vec {
					cent[int(e.dim)*k+assign[w]] += e.val
				}
			}
			norms := make([]float64, k)
			for d := 0; d < dims; d++ {
				for c := 0; c < k; c++ {
					v := float64(cent[d*k+c])
					norms[c] += v * v
				}
			}
			for d := 0; d < dims; d++ {
				for c := 0; c < k; c++ {
					if norms[c] > 0 {
						cent[d*k+c] /= float32(math.Sqrt(norms[c]))
					}
				}
			}
		}
		return assign
	}
	coarse := kmeans(kCoarse, seed)
	fine := kmeans(kFine, seed+1)
	out := make(map[string]string, len(words))
	for w, c := range caps {
		out[w] = "|" + c
	}
	for i, w := range words {
		out[w] = strconv.Itoa(coarse[i]) + "." + strconv.Itoa(fine[i]) + "|" + caps[w]
	}
	return out
}

// capitalisation classifies each lower-cased word by how it is written away
// from the start of a sentence: "l" nearly always lower case, "c" nearly always
// capitalised, "u" nearly always in capitals, "m" mixed. A word capitalised
// everywhere is a name even at the start of a sentence or in all-lower-case
// text ("byron", "punjab"); a word mostly lower case is not, even in a title.
// Words seen fewer than twice are left out.
func capitalisation(sents [][]string) map[string]string {
	type tally struct{ lower, capd, upper int }
	t := map[string]*tally{}
	for _, s := range sents {
		for i, w := range s {
			if i == 0 {
				continue
			}
			r := []rune(w)[0]
			if !unicode.IsLetter(r) {
				continue
			}
			lw := strings.ToLower(w)
			x := t[lw]
			if x == nil {
				x = &tally{}
				t[lw] = x
			}
			switch {
			case len(w) > 1 && isAllUpper(w):
				x.upper++
			case unicode.IsUpper(r):
				x.capd++
			default:
				x.lower++
			}
		}
	}
	out := map[string]string{}
	for w, x := range t {
		n := x.lower + x.capd + x.upper
		if n < 2 {
			continue
		}
		switch {
		case x.lower*10 >= n*9:
			out[w] = "l"
		case x.upper*10 >= n*8:
			out[w] = "u"
		case (x.capd+x.upper)*10 >= n*9:
			out[w] = "c"
		default:
			out[w] = "m"
		}
	}
	return out
}

func isAllUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}
