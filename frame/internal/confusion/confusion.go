// Package confusion scores three-class tone judgements (negative, neutral,
// positive) against gold labels, for frame's validation tests and the tone
// training tool, which report the same figures.
package confusion

// Sign is the class the validation corpora read off a tone: -1 (negative)
// below -0.05, 1 (positive) above 0.05, else 0; Sign(tone)+1 indexes a Matrix.
func Sign(tone float64) int {
	switch {
	case tone > 0.05:
		return 1
	case tone < -0.05:
		return -1
	}
	return 0
}

// Matrix counts judgements by gold class (row) and predicted class (column),
// in the order negative, neutral, positive.
type Matrix [3][3]int

// N is the number of judgements.
func (m Matrix) N() int {
	n := 0
	for g := range 3 {
		for p := range 3 {
			n += m[g][p]
		}
	}
	return n
}

// MacroF1 is the mean over the three classes of F1; a class with no true
// positive counts 0.
func (m Matrix) MacroF1() float64 {
	var f float64
	for c := range 3 {
		tp, fp, fn := m[c][c], 0, 0
		for o := range 3 {
			if o != c {
				fp += m[o][c]
				fn += m[c][o]
			}
		}
		if tp > 0 {
			p, r := float64(tp)/float64(tp+fp), float64(tp)/float64(tp+fn)
			f += 2 * p * r / (p + r) / 3
		}
	}
	return f
}

// Accuracy is the share of judgements on the diagonal (0 with none).
func (m Matrix) Accuracy() float64 {
	ok := 0
	for c := range 3 {
		ok += m[c][c]
	}
	return float64(ok) / float64(max(m.N(), 1))
}

// Majority is the accuracy of always answering the most frequent gold class.
func (m Matrix) Majority() float64 {
	most := 0
	for g := range 3 {
		most = max(most, m[g][0]+m[g][1]+m[g][2])
	}
	return float64(most) / float64(max(m.N(), 1))
}
