package vec

import "math"

// addRowGo is AddRow in Go: the definition the assembly versions must match.
func addRowGo(dst *[256]float32, src []uint32) {
	d := dst[:len(src)]
	for i, x := range src {
		d[i] += math.Float32frombits(x)
	}
}
