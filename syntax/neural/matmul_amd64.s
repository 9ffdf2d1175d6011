#include "textflag.h"

// TILE4_ARGS loads tile4x16's and tile4x8's arguments: k in CX, A's four rows
// in SI, R11, R12, R13, B in DI, C in DX, the strides in bytes in R8, R9, R10.
#define TILE4_ARGS \
	MOVQ k+0(FP), CX; \
	MOVQ a+8(FP), SI; \
	MOVQ lda+16(FP), R8; \
	MOVQ b+24(FP), DI; \
	MOVQ ldb+32(FP), R9; \
	MOVQ c+40(FP), DX; \
	MOVQ ldc+48(FP), R10; \
	SHLQ $2, R8; \
	SHLQ $2, R9; \
	SHLQ $2, R10; \
	LEAQ (SI)(R8*1), R11; \
	LEAQ (SI)(R8*2), R12; \
	LEAQ (R11)(R8*2), R13;

// TILE4_NEXT steps to the next k: A's rows one float on, B one row down.
#define TILE4_NEXT \
	ADDQ $4, SI; \
	ADDQ $4, R11; \
	ADDQ $4, R12; \
	ADDQ $4, R13; \
	ADDQ R9, DI;

// ROW_ARGS loads a one-row tile's arguments: k in CX, a in SI, B in DI, its
// stride (in elements) in R9, c in DX.
#define ROW_ARGS \
	MOVQ k+0(FP), CX; \
	MOVQ a+8(FP), SI; \
	MOVQ b+16(FP), DI; \
	MOVQ ldb+24(FP), R9; \
	MOVQ c+32(FP), DX;

// ROW64_LOAD and ROW64_STORE move the 64 floats at DX to and from Y0..Y7.
#define ROW64_LOAD \
	VMOVUPS (DX), Y0; \
	VMOVUPS 32(DX), Y1; \
	VMOVUPS 64(DX), Y2; \
	VMOVUPS 96(DX), Y3; \
	VMOVUPS 128(DX), Y4; \
	VMOVUPS 160(DX), Y5; \
	VMOVUPS 192(DX), Y6; \
	VMOVUPS 224(DX), Y7;
#define ROW64_STORE \
	VMOVUPS Y0, (DX); \
	VMOVUPS Y1, 32(DX); \
	VMOVUPS Y2, 64(DX); \
	VMOVUPS Y3, 96(DX); \
	VMOVUPS Y4, 128(DX); \
	VMOVUPS Y5, 160(DX); \
	VMOVUPS Y6, 192(DX); \
	VMOVUPS Y7, 224(DX);

// func tile4x16(k int, a *float32, lda int, b *float32, ldb int, c *float32, ldc int)
// Y0..Y7 hold the tile (row r in Y(2r), Y(2r+1)); each step of k loads
// 16 floats of B's row and broadcasts one float of each row of A.
TEXT ·tile4x16(SB), NOSPLIT, $0-56
	TILE4_ARGS
	MOVQ DX, AX
	VMOVUPS (AX), Y0
	VMOVUPS 32(AX), Y1
	ADDQ R10, AX
	VMOVUPS (AX), Y2
	VMOVUPS 32(AX), Y3
	ADDQ R10, AX
	VMOVUPS (AX), Y4
	VMOVUPS 32(AX), Y5
	ADDQ R10, AX
	VMOVUPS (AX), Y6
	VMOVUPS 32(AX), Y7

loop4:
	VMOVUPS (DI), Y8
	VMOVUPS 32(DI), Y9
	VBROADCASTSS (SI), Y10
	VFMADD231PS Y8, Y10, Y0
	VFMADD231PS Y9, Y10, Y1
	VBROADCASTSS (R11), Y11
	VFMADD231PS Y8, Y11, Y2
	VFMADD231PS Y9, Y11, Y3
	VBROADCASTSS (R12), Y12
	VFMADD231PS Y8, Y12, Y4
	VFMADD231PS Y9, Y12, Y5
	VBROADCASTSS (R13), Y13
	VFMADD231PS Y8, Y13, Y6
	VFMADD231PS Y9, Y13, Y7
	TILE4_NEXT
	DECQ CX
	JNZ loop4

	MOVQ DX, AX
	VMOVUPS Y0, (AX)
	VMOVUPS Y1, 32(AX)
	ADDQ R10, AX
	VMOVUPS Y2, (AX)
	VMOVUPS Y3, 32(AX)
	ADDQ R10, AX
	VMOVUPS Y4, (AX)
	VMOVUPS Y5, 32(AX)
	ADDQ R10, AX
	VMOVUPS Y6, (AX)
	VMOVUPS Y7, 32(AX)
	VZEROUPPER
	RET

// func tile1x32(k int, a *float32, b *float32, ldb int, c *float32)
TEXT ·tile1x32(SB), NOSPLIT, $0-40
	ROW_ARGS
	SHLQ $2, R9
	VMOVUPS (DX), Y0
	VMOVUPS 32(DX), Y1
	VMOVUPS 64(DX), Y2
	VMOVUPS 96(DX), Y3

loop1:
	VBROADCASTSS (SI), Y10
	VFMADD231PS (DI), Y10, Y0
	VFMADD231PS 32(DI), Y10, Y1
	VFMADD231PS 64(DI), Y10, Y2
	VFMADD231PS 96(DI), Y10, Y3
	ADDQ $4, SI
	ADDQ R9, DI
	DECQ CX
	JNZ loop1

	VMOVUPS Y0, (DX)
	VMOVUPS Y1, 32(DX)
	VMOVUPS Y2, 64(DX)
	VMOVUPS Y3, 96(DX)
	VZEROUPPER
	RET

// func tile1x64(k int, a *float32, b *float32, ldb int, c *float32)
TEXT ·tile1x64(SB), NOSPLIT, $0-40
	ROW_ARGS
	SHLQ $2, R9
	ROW64_LOAD

loop64:
	VBROADCASTSS (SI), Y10
	VFMADD231PS (DI), Y10, Y0
	VFMADD231PS 32(DI), Y10, Y1
	VFMADD231PS 64(DI), Y10, Y2
	VFMADD231PS 96(DI), Y10, Y3
	VFMADD231PS 128(DI), Y10, Y4
	VFMADD231PS 160(DI), Y10, Y5
	VFMADD231PS 192(DI), Y10, Y6
	VFMADD231PS 224(DI), Y10, Y7
	ADDQ $4, SI
	ADDQ R9, DI
	DECQ CX
	JNZ loop64

	ROW64_STORE
	VZEROUPPER
	RET

// func expsAVX2(v []float32, c *[13]float32, tanh bool)
// v[i] = sigmoidf(v[i]), or tanhf(v[i]) when tanh, 8 at a time (len(v) a
// multiple of 8): expf's operations in its order, without fused
// multiply-adds, so the results are expf's bits. c holds -87, 88, log2 e,
// 1.5·2^23, the two parts of ln 2, the six coefficients, and 1.
TEXT ·expsAVX2(SB), NOSPLIT, $0-33
	MOVQ v_base+0(FP), SI
	MOVQ v_len+8(FP), CX
	MOVQ c+24(FP), DX
	MOVB tanh+32(FP), AX
	SHRQ $3, CX
	JZ   done
	VBROADCASTSS 0(DX), Y15  // -87
	VBROADCASTSS 4(DX), Y14  // 88
	VBROADCASTSS 8(DX), Y13  // log2 e
	VBROADCASTSS 12(DX), Y12 // shifter
	VBROADCASTSS 16(DX), Y11 // ln 2, high part
	VBROADCASTSS 20(DX), Y10 // ln 2, low part
	VBROADCASTSS 48(DX), Y9  // 1
	VXORPS Y8, Y8, Y8        // 0
	VBROADCASTSS 24(DX), Y7  // the coefficients, highest degree first
	VBROADCASTSS 28(DX), Y6
	VBROADCASTSS 32(DX), Y5
	VBROADCASTSS 36(DX), Y4

loop:
	VMOVUPS (SI), Y0
	TESTB AL, AL
	JNZ  double
	VSUBPS Y0, Y8, Y0 // -x
	JMP  exp

double:
	VADDPS Y0, Y0, Y0 // 2x

exp:
	VMAXPS Y15, Y0, Y0
	VMINPS Y14, Y0, Y0
	VMULPS Y13, Y0, Y1 // t = x·log2 e + shifter
	VADDPS Y12, Y1, Y1
	VSUBPS Y12, Y1, Y1 // n = t - shifter
	VMULPS Y11, Y1, Y2 // f = x - n·C1 - n·C2
	VSUBPS Y2, Y0, Y0
	VMULPS Y10, Y1, Y2
	VSUBPS Y2, Y0, Y0
	VMULPS Y0, Y0, Y3  // z = f·f
	VMULPS Y0, Y7, Y2  // p = c0·f + c1, then (p·f + c) for the rest
	VADDPS Y6, Y2, Y2
	VMULPS Y0, Y2, Y2
	VADDPS Y5, Y2, Y2
	VMULPS Y0, Y2, Y2
	VADDPS Y4, Y2, Y2
	VMULPS Y0, Y2, Y2
	VBROADCASTSS 40(DX), Y8
	VADDPS Y8, Y2, Y2
	VMULPS Y0, Y2, Y2
	VBROADCASTSS 44(DX), Y8
	VADDPS Y8, Y2, Y2
	VMULPS Y3, Y2, Y2  // p·z + f + 1
	VADDPS Y0, Y2, Y2
	VADDPS Y9, Y2, Y2
	VCVTTPS2DQ Y1, Y1  // scaled by 2^n
	VPSLLD $23, Y1, Y1
	VPADDD Y1, Y2, Y2
	VXORPS Y8, Y8, Y8
	TESTB AL, AL
	JNZ  tanh
	VADDPS Y9, Y2, Y2  // sigmoid: 1 / (1 + e)
	VDIVPS Y2, Y9, Y2
	JMP  store

tanh:
	VADDPS Y9, Y2, Y2  // tanh: 1 - 2 / (e + 1)
	VADDPS Y9, Y9, Y1
	VDIVPS Y2, Y1, Y2
	VSUBPS Y2, Y9, Y2

store:
	VMOVUPS Y2, (SI)
	ADDQ $32, SI
	DECQ CX
	JNZ  loop

done:
	VZEROUPPER
	RET

// func tile4x8(k int, a *float32, lda int, b *float32, ldb int, c *float32, ldc int)
// tile4x16 for 8 columns: Y0..Y3 hold the tile's rows.
TEXT ·tile4x8(SB), NOSPLIT, $0-56
	TILE4_ARGS
	MOVQ DX, AX
	VMOVUPS (AX), Y0
	ADDQ R10, AX
	VMOVUPS (AX), Y1
	ADDQ R10, AX
	VMOVUPS (AX), Y2
	ADDQ R10, AX
	VMOVUPS (AX), Y3

loop48:
	VMOVUPS (DI), Y8
	VBROADCASTSS (SI), Y10
	VFMADD231PS Y8, Y10, Y0
	VBROADCASTSS (R11), Y11
	VFMADD231PS Y8, Y11, Y1
	VBROADCASTSS (R12), Y12
	VFMADD231PS Y8, Y12, Y2
	VBROADCASTSS (R13), Y13
	VFMADD231PS Y8, Y13, Y3
	TILE4_NEXT
	DECQ CX
	JNZ loop48

	MOVQ DX, AX
	VMOVUPS Y0, (AX)
	ADDQ R10, AX
	VMOVUPS Y1, (AX)
	ADDQ R10, AX
	VMOVUPS Y2, (AX)
	ADDQ R10, AX
	VMOVUPS Y3, (AX)
	VZEROUPPER
	RET

// func tile1x64h(k int, a *float32, b *uint16, ldb int, c *float32)
// tile1x64 over half-precision B: each row of 64 halves becomes float32
// (exactly) before the same multiply-adds in the same order.
TEXT ·tile1x64h(SB), NOSPLIT, $0-40
	ROW_ARGS
	SHLQ $1, R9
	ROW64_LOAD

loop64h:
	VBROADCASTSS (SI), Y10
	VCVTPH2PS (DI), Y8
	VCVTPH2PS 16(DI), Y9
	VFMADD231PS Y8, Y10, Y0
	VFMADD231PS Y9, Y10, Y1
	VCVTPH2PS 32(DI), Y8
	VCVTPH2PS 48(DI), Y9
	VFMADD231PS Y8, Y10, Y2
	VFMADD231PS Y9, Y10, Y3
	VCVTPH2PS 64(DI), Y8
	VCVTPH2PS 80(DI), Y9
	VFMADD231PS Y8, Y10, Y4
	VFMADD231PS Y9, Y10, Y5
	VCVTPH2PS 96(DI), Y8
	VCVTPH2PS 112(DI), Y9
	VFMADD231PS Y8, Y10, Y6
	VFMADD231PS Y9, Y10, Y7
	ADDQ $4, SI
	ADDQ R9, DI
	DECQ CX
	JNZ loop64h

	ROW64_STORE
	VZEROUPPER
	RET
