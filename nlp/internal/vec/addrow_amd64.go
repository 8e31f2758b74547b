package vec

import "golang.org/x/sys/cpu"

var hasAVX2 = cpu.X86.HasAVX2

// AddRow adds the float32 weights whose bits are src to dst[:len(src)]; len(src)
// must be a positive multiple of 8, at most 256. It uses AVX2 where the processor
// has it and SSE otherwise (addrow_amd64.s).
func AddRow(dst *[256]float32, src []uint32) {
	if hasAVX2 {
		addRowAVX2(dst, src)
	} else {
		addRowSSE(dst, src)
	}
}

//go:noescape
func addRowSSE(dst *[256]float32, src []uint32)

//go:noescape
func addRowAVX2(dst *[256]float32, src []uint32)

// AddRows adds to dst[:n], for each s in starts in order, the float32 weights
// whose bits are data[s:s+n]: what AddRow does row after row, bit for bit. n is
// as for AddRow. Rows of 104 weights (the parser's 103 classes) are added with
// the sums held in registers from one row to the next where the processor has
// AVX2; other rows one by one with AddRow.
func AddRows(dst *[256]float32, data []uint32, starts []uint32, n int) {
	for _, s := range starts {
		if uint64(s)+uint64(n) > uint64(len(data)) {
			panic("vec.AddRows: row out of range")
		}
	}
	if hasAVX2 && n == 13*8 && len(starts) > 0 {
		addRows13AVX2(dst, &data[0], starts)
		return
	}
	for _, s := range starts {
		AddRow(dst, data[s:s+uint32(n)])
	}
}

//go:noescape
func addRows13AVX2(dst *[256]float32, base *uint32, starts []uint32)
