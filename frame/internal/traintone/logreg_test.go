package main

import (
	"bytes"
	"testing"

	"github.com/sitrep-dev/sitrep/frame"
)

// toy is a problem a logistic regression must learn: feature 1 marks the
// negatives, feature 2 the positives, the rest (bias only) are neutral.
func toy() []item {
	var items []item
	for i := range 30 {
		switch i % 3 {
		case 0:
			items = append(items, item{x: sparse{idx: []int{0, 1}, val: []float64{1, 1}}, y: frame.ClassNeg, w: 1})
		case 1:
			items = append(items, item{x: sparse{idx: []int{0}, val: []float64{1}}, y: frame.ClassNeu, w: 1})
		case 2:
			items = append(items, item{x: sparse{idx: []int{0, 2}, val: []float64{1, 1}}, y: frame.ClassPos, w: 1})
		}
	}
	return items
}

func TestTrainLogReg(t *testing.T) {
	w := trainLogReg(toy(), 3, 1e-3, iters)
	for _, it := range toy()[:3] {
		p := probs(w, it.x)
		if p[it.y] < 0.8 {
			t.Errorf("class %d: probabilities %v", it.y, p)
		}
	}
	// A heavy penalty pulls the weights toward 0 (the bias is not penalised).
	h := trainLogReg(toy(), 3, 10, iters)
	if abs(h[1][0]) >= abs(w[1][0]) {
		t.Errorf("penalty 10: weight %g, not below %g", h[1][0], w[1][0])
	}
}

// TestEncodeDeterministic checks that the model file is the same bytes for the
// same weights and that frame reads back what was written.
func TestEncodeDeterministic(t *testing.T) {
	mk := func() *frame.ToneModel {
		return &frame.ToneModel{Margin: 0.2, Weights: map[string][3]float64{"bias": {-0.5, 1, -0.5}, "w2:praise": {-1, 0, 1.25}, "tiny": {1e-5, 0, 0}}}
	}
	a, err := encode(mk(), "# test\n")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := encode(mk(), "# test\n")
	if !bytes.Equal(a, b) {
		t.Error("two encodings of the same model differ")
	}
	m, err := frame.ReadToneModel(a)
	if err != nil {
		t.Fatal(err)
	}
	if m.Margin != 0.2 || len(m.Weights) != 2 || m.Weights["w2:praise"] != [3]float64{-1, 0, 1.25} {
		t.Errorf("read back margin %g, weights %v", m.Margin, m.Weights)
	}
}
