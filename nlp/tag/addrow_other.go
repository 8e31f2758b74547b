//go:build !amd64

package tag

import "math"

// addRow adds the float32 weights whose bits are src to dst[:len(src)]; len(src)
// must be a positive multiple of 8, at most 256.
func addRow(dst *[256]float32, src []uint32) {
	d := dst[:len(src)]
	for i, x := range src {
		d[i] += math.Float32frombits(x)
	}
}
