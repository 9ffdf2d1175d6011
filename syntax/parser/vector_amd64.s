#include "textflag.h"

// func sumRowsAVX2(rows []*row8, s *[rowLen]int32, off uint32)
//
// Y0-Y6 hold s[0:8], s[8:16], ... s[48:56]; for each row, the bytes of
// row.w are widened to 32-bit lanes (VPMOVZXBD), multiplied by the row's
// scale (the int32 at offset 56) and added. Then off is taken off every
// lane and the 56 sums are stored.
TEXT ·sumRowsAVX2(SB), NOSPLIT, $0-36
	MOVQ rows_base+0(FP), SI
	MOVQ rows_len+8(FP), CX
	MOVQ s+24(FP), DI
	VPXOR Y0, Y0, Y0
	VPXOR Y1, Y1, Y1
	VPXOR Y2, Y2, Y2
	VPXOR Y3, Y3, Y3
	VPXOR Y4, Y4, Y4
	VPXOR Y5, Y5, Y5
	VPXOR Y6, Y6, Y6
	TESTQ CX, CX
	JZ    done

loop:
	MOVQ         (SI), AX
	VPBROADCASTD 56(AX), Y15
	VPMOVZXBD    0(AX), Y7
	VPMOVZXBD    8(AX), Y8
	VPMOVZXBD    16(AX), Y9
	VPMOVZXBD    24(AX), Y10
	VPMOVZXBD    32(AX), Y11
	VPMOVZXBD    40(AX), Y12
	VPMOVZXBD    48(AX), Y13
	VPMULLD      Y15, Y7, Y7
	VPMULLD      Y15, Y8, Y8
	VPMULLD      Y15, Y9, Y9
	VPMULLD      Y15, Y10, Y10
	VPMULLD      Y15, Y11, Y11
	VPMULLD      Y15, Y12, Y12
	VPMULLD      Y15, Y13, Y13
	VPADDD       Y7, Y0, Y0
	VPADDD       Y8, Y1, Y1
	VPADDD       Y9, Y2, Y2
	VPADDD       Y10, Y3, Y3
	VPADDD       Y11, Y4, Y4
	VPADDD       Y12, Y5, Y5
	VPADDD       Y13, Y6, Y6
	ADDQ         $8, SI
	DECQ         CX
	JNZ          loop

done:
	MOVL         off+32(FP), AX
	VMOVD        AX, X15
	VPBROADCASTD X15, Y15
	VPSUBD       Y15, Y0, Y0
	VPSUBD       Y15, Y1, Y1
	VPSUBD       Y15, Y2, Y2
	VPSUBD       Y15, Y3, Y3
	VPSUBD       Y15, Y4, Y4
	VPSUBD       Y15, Y5, Y5
	VPSUBD       Y15, Y6, Y6
	VMOVDQU      Y0, 0(DI)
	VMOVDQU      Y1, 32(DI)
	VMOVDQU      Y2, 64(DI)
	VMOVDQU      Y3, 96(DI)
	VMOVDQU      Y4, 128(DI)
	VMOVDQU      Y5, 160(DI)
	VMOVDQU      Y6, 192(DI)
	VZEROUPPER
	RET

// func resolveHomesAVX2(feats, home []uint64, slow *[2]uint64)
//
// resolveHomesGo for len(home), a multiple of 4, four features at a time:
// Y1 the fingerprints (the key's top 16 bits, low bit set, in place), Y4
// the lanes whose slot holds them, Y6 the empty slots; the lanes in
// neither are marked in slow.
TEXT ·resolveHomesAVX2(SB), NOSPLIT, $0-56
	MOVQ         feats_base+0(FP), SI
	MOVQ         home_base+24(FP), DI
	MOVQ         home_len+32(FP), R10
	MOVQ         slow+48(FP), R8
	MOVQ         $1, AX
	MOVQ         AX, X13
	VPBROADCASTQ X13, Y13
	MOVQ         $0xFFFF000000000000, AX
	MOVQ         AX, X14
	VPBROADCASTQ X14, Y14
	VPXOR        Y15, Y15, Y15
	XORQ         DX, DX

rloop:
	CMPQ      DX, R10
	JGE       rdone
	VMOVDQU   (SI)(DX*8), Y0
	VPSRLQ    $48, Y0, Y1
	VPOR      Y13, Y1, Y1
	VPSLLQ    $48, Y1, Y1
	VMOVDQU   (DI)(DX*8), Y2
	VPAND     Y14, Y2, Y3
	VPCMPEQQ  Y1, Y3, Y4
	VPAND     Y2, Y4, Y5
	VMOVDQU   Y5, (DI)(DX*8)
	VPCMPEQQ  Y15, Y2, Y6
	VPOR      Y4, Y6, Y7
	VMOVMSKPD Y7, AX
	XORQ      $15, AX
	JZ        rnext
	MOVQ      DX, CX
	ANDQ      $63, CX
	SHLQ      CX, AX
	MOVQ      DX, BX
	SHRQ      $6, BX
	ORQ       AX, (R8)(BX*8)

rnext:
	ADDQ $4, DX
	JMP  rloop

rdone:
	VZEROUPPER
	RET
