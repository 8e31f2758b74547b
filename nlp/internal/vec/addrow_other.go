//go:build !amd64

package vec

// AddRow adds the float32 weights whose bits are src to dst[:len(src)]; len(src)
// must be a positive multiple of 8, at most 256.
func AddRow(dst *[256]float32, src []uint32) { addRowGo(dst, src) }
