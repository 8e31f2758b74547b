//go:build !amd64

package vec

// AddRow adds the float32 weights whose bits are src to dst[:len(src)]; len(src)
// must be a positive multiple of 8, at most 256.
func AddRow(dst *[256]float32, src []uint32) { addRowGo(dst, src) }

// AddRows adds to dst[:n], for each s in starts in order, the float32 weights
// whose bits are data[s:s+n]: AddRow row after row.
func AddRows(dst *[256]float32, data []uint32, starts []uint32, n int) {
	for _, s := range starts {
		addRowGo(dst, data[s:s+uint32(n)])
	}
}
