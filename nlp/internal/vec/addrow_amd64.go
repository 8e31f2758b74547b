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
