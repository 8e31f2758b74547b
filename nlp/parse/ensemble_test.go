package parse

import (
	"math/rand/v2"
	"testing"

	"github.com/sitrep-dev/sitrep/nlp/conllu"
)

// TestEisnerMatchesBruteForce compares the decoder with an exhaustive search
// over every head assignment of short sentences: it must return a projective
// tree with one root dependent, and no such tree may score higher.
func TestEisnerMatchesBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	var e eisner
	for n := 1; n <= 6; n++ {
		for trial := range 20 {
			m := n + 1
			score := make([]float32, m*m)
			for i := range score {
				// Small integers make ties common, which the decoder must
				// survive; halves keep sums exact in float32.
				score[i] = float32(rng.IntN(7)) / 2
			}
			head := e.decode(score, n, nil)
			got := treeScore(score, head)
			if !validTree(head) {
				t.Fatalf("n=%d trial %d: decoded %v, not a projective single-rooted tree", n, trial, head)
			}
			best := bruteBest(score, n)
			if got != best {
				t.Errorf("n=%d trial %d: decoded tree scores %v, best is %v", n, trial, got, best)
			}
		}
	}
}

func treeScore(score []float32, head []int32) float32 {
	m := len(head)
	var s float32
	for d := 1; d < m; d++ {
		s += score[int(head[d])*m+d]
	}
	return s
}

func validTree(head []int32) bool {
	roots := 0
	for d := 1; d < len(head); d++ {
		if head[d] < 0 || int(head[d]) >= len(head) || int(head[d]) == d {
			return false
		}
		if head[d] == 0 {
			roots++
		}
	}
	return roots == 1 && acyclic(head) && nonProjective(head) == none
}

func bruteBest(score []float32, n int) float32 {
	m := n + 1
	head := make([]int32, m)
	head[0] = none
	best := float32(-1)
	var rec func(d int)
	rec = func(d int) {
		if d > n {
			if validTree(head) {
				best = max(best, treeScore(score, head))
			}
			return
		}
		for h := 0; h <= n; h++ {
			head[d] = int32(h)
			rec(d + 1)
		}
	}
	rec(1)
	return best
}

// TestReverseSentence checks that reversing maps every arc onto the mirrored
// words and that reversing twice gives the original tree back.
func TestReverseSentence(t *testing.T) {
	s := &conllu.Sentence{Words: []conllu.Word{
		{ID: 1, Form: "Rebels", Head: 2, DepRel: "nsubj"},
		{ID: 2, Form: "seized", Head: 0, DepRel: "root"},
		{ID: 3, Form: "the", Head: 4, DepRel: "det"},
		{ID: 4, Form: "depot", Head: 2, DepRel: "obj"},
	}}
	r := reverseSentence(s)
	want := []struct {
		form string
		head int
	}{{"depot", 3}, {"the", 1}, {"seized", 0}, {"Rebels", 3}}
	for i, w := range want {
		if r.Words[i].ID != i+1 || r.Words[i].Form != w.form || r.Words[i].Head != w.head {
			t.Errorf("reversed word %d: %+v, want %s with head %d", i+1, r.Words[i], w.form, w.head)
		}
	}
	rr := reverseSentence(r)
	for i := range s.Words {
		if rr.Words[i] != s.Words[i] {
			t.Errorf("reversed twice, word %d: %+v, want %+v", i+1, rr.Words[i], s.Words[i])
		}
	}
}
