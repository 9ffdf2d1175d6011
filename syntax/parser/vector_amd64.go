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

// hasAVX2 says whether to run the vector code: cpuAVX2, but for tests.
var hasAVX2 = cpuAVX2

var cpuAVX2 = cpu.X86.HasAVX2

//go:noescape
func sumRowsAVX2(rows []*row8, s *[rowLen]int32, off uint32)

// resolveHomes is resolveHomesGo, four features at a time with AVX2 (and
// the last len(home)%4 in Go): about 3 instructions a feature where the
// scalar test took about 25, for the 118 transition features a word.
func resolveHomes(feats, home []uint64, slow *[maxFeats / 64]uint64) {
	n := 0
	if hasAVX2 {
		n = len(home) &^ 3
		resolveHomesAVX2(feats[:n], home[:n], slow)
	}
	resolveHomesTail(feats, home, slow, n)
}

//go:noescape
func resolveHomesAVX2(feats, home []uint64, slow *[maxFeats / 64]uint64)
