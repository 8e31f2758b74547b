package parse

import (
	"slices"
	"testing"
)

func TestKeep(t *testing.T) {
	cands := func(scores ...float32) []candidate {
		var c []candidate
		for i, s := range scores {
			c = append(c, candidate{from: i, score: s})
		}
		return c
	}
	for _, tc := range []struct {
		name      string
		cands     []candidate
		width     int
		threshold float32
		want      int
	}{
		{"no threshold keeps the width", cands(10, 9, -500, -900), 4, 0, 4},
		{"fewer candidates than the width", cands(10, 9), 4, 0, 2},
		{"the width bounds a threshold", cands(10, 9, 8, 7, 6), 3, 100, 3},
		{"far ones dropped", cands(10, 9, -500, -900), 4, 200, 2},
		{"exactly at the threshold stays", cands(10, -190, -191), 4, 200, 2},
		{"the best always stays", cands(10, -1000), 4, 1, 1},
		{"one candidate", cands(3), 4, 200, 1},
		{"none", nil, 4, 200, 0},
	} {
		if got := keep(tc.cands, tc.width, tc.threshold); got != tc.want {
			t.Errorf("%s: keep = %d, want %d", tc.name, got, tc.want)
		}
	}
}

// TestWithThreshold checks that WithThreshold and WithBeam carry each other's
// setting, that a threshold no hypothesis trails by changes no tree, and that
// a small one still returns trees.
func TestWithThreshold(t *testing.T) {
	p := shipped(t)
	if p.threshold != ShippedThreshold || p.Beam() != ShippedBeam {
		t.Fatalf("shipped parser: beam %d threshold %g, want %d %g", p.Beam(), p.threshold, ShippedBeam, float32(ShippedThreshold))
	}
	off := p.WithThreshold(0)
	if off.threshold != 0 || off.Beam() != ShippedBeam || p.threshold != ShippedThreshold {
		t.Fatalf("WithThreshold(0): beam %d threshold %g (shipped now %g)", off.Beam(), off.threshold, p.threshold)
	}
	if w := p.WithBeam(8); w.threshold != ShippedThreshold {
		t.Fatalf("WithBeam(8) dropped the threshold: %g", w.threshold)
	}
	huge, tiny := p.WithThreshold(1e30), p.WithThreshold(1)
	for _, s := range readFixture(t, "testdata/news.conllu") {
		a, b, c := tokens(s, true), tokens(s, true), tokens(s, true)
		off.Parse(a)
		huge.Parse(b)
		tiny.Parse(c)
		if !slices.Equal(a, b) {
			t.Fatalf("%s: a threshold of 1e30 changed the tree", s.Meta("text"))
		}
		checkTree(t, tiny, c)
	}
}
