package parser

import "golang.org/x/sys/cpu"

// sumRows is sumRowsGo, with AVX2 where the CPU has it: 8 weights widened
// to 32 bits, multiplied by the scale and added in one instruction each,
// where sumRowsGo needs 16 scalar ones per 8 weights; the label step
// spends about a quarter of its time summing (the rest is cache misses).
// Lanes wrap as uint32 does, so the sums are the same bits.
func sumRows(rows []*row8, s *[rowLen]int32, off uint32) {
	if hasAVX2 {
		sumRowsAVX2(rows, s, off)
		return
	}
	sumRowsGo(rows, s, off)
}

var hasAVX2 = cpu.X86.HasAVX2

//go:noescape
func sumRowsAVX2(rows []*row8, s *[rowLen]int32, off uint32)
