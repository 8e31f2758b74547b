#include "textflag.h"

// dst[i] += float32frombits(src[i]) for every i < len(src), a positive multiple of
// 8 no larger than 256. ADDPS and VADDPS round each lane exactly as the scalar
// ADDSS that Go compiles float32 addition to, so the sums are bit for bit those
// of the Go loop addRowGo.

// func addRowSSE(dst *[256]float32, src []uint32)
TEXT ·addRowSSE(SB), NOSPLIT, $0-32
	MOVQ dst+0(FP), DI
	MOVQ src_base+8(FP), SI
	MOVQ src_len+16(FP), CX
sse:
	MOVUPS (DI), X0
	MOVUPS (SI), X1
	MOVUPS 16(DI), X2
	MOVUPS 16(SI), X3
	ADDPS X1, X0
	ADDPS X3, X2
	MOVUPS X0, (DI)
	MOVUPS X2, 16(DI)
	ADDQ $32, DI
	ADDQ $32, SI
	SUBQ $8, CX
	JNZ sse
	RET

// func addRowAVX2(dst *[256]float32, src []uint32)
TEXT ·addRowAVX2(SB), NOSPLIT, $0-32
	MOVQ dst+0(FP), DI
	MOVQ src_base+8(FP), SI
	MOVQ src_len+16(FP), CX
avx:
	VMOVUPS (DI), Y0
	VADDPS (SI), Y0, Y0
	VMOVUPS Y0, (DI)
	ADDQ $32, DI
	ADDQ $32, SI
	SUBQ $8, CX
	JNZ avx
	VZEROUPPER
	RET
