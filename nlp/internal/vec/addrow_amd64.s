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

// func addRows13AVX2(dst *[256]float32, base *uint32, starts []uint32)
//
// dst[:104] += the 104 float32 weights at base[s] for each s in starts, in
// order: the sums of addRowGo row after row, held in Y0-Y12 in between instead
// of being stored and loaded again for every row. len(starts) > 0.
TEXT ·addRows13AVX2(SB), NOSPLIT, $0-40
	MOVQ dst+0(FP), DI
	MOVQ base+8(FP), SI
	MOVQ starts_base+16(FP), BX
	MOVQ starts_len+24(FP), CX
	VMOVUPS 0(DI), Y0
	VMOVUPS 32(DI), Y1
	VMOVUPS 64(DI), Y2
	VMOVUPS 96(DI), Y3
	VMOVUPS 128(DI), Y4
	VMOVUPS 160(DI), Y5
	VMOVUPS 192(DI), Y6
	VMOVUPS 224(DI), Y7
	VMOVUPS 256(DI), Y8
	VMOVUPS 288(DI), Y9
	VMOVUPS 320(DI), Y10
	VMOVUPS 352(DI), Y11
	VMOVUPS 384(DI), Y12
rows13:
	MOVL (BX), AX
	LEAQ (SI)(AX*4), DX
	VADDPS 0(DX), Y0, Y0
	VADDPS 32(DX), Y1, Y1
	VADDPS 64(DX), Y2, Y2
	VADDPS 96(DX), Y3, Y3
	VADDPS 128(DX), Y4, Y4
	VADDPS 160(DX), Y5, Y5
	VADDPS 192(DX), Y6, Y6
	VADDPS 224(DX), Y7, Y7
	VADDPS 256(DX), Y8, Y8
	VADDPS 288(DX), Y9, Y9
	VADDPS 320(DX), Y10, Y10
	VADDPS 352(DX), Y11, Y11
	VADDPS 384(DX), Y12, Y12
	ADDQ $4, BX
	DECQ CX
	JNZ rows13
	VMOVUPS Y0, 0(DI)
	VMOVUPS Y1, 32(DI)
	VMOVUPS Y2, 64(DI)
	VMOVUPS Y3, 96(DI)
	VMOVUPS Y4, 128(DI)
	VMOVUPS Y5, 160(DI)
	VMOVUPS Y6, 192(DI)
	VMOVUPS Y7, 224(DI)
	VMOVUPS Y8, 256(DI)
	VMOVUPS Y9, 288(DI)
	VMOVUPS Y10, 320(DI)
	VMOVUPS Y11, 352(DI)
	VMOVUPS Y12, 384(DI)
	VZEROUPPER
	RET
