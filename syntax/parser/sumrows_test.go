package parser

import (
	"math/rand/v2"
	"testing"
)

// TestSumRows: sumRows (vector code where the CPU has it) gives the same
// sums as sumRowsGo, for 0 to maxFeats rows of any bytes and scales.
func TestSumRows(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	rows := make([]row8, maxFeats)
	ptrs := make([]*row8, maxFeats)
	for i := range rows {
		for k := range rows[i].w {
			rows[i].w[k] = rnd.Uint64()
		}
		rows[i].scale = rnd.Int32N(32768)
		ptrs[i] = &rows[i]
	}
	rows[0].scale = 32767
	for i := range rows[1].w {
		rows[1].w[i] = ^uint64(0) // every weight at 255
	}
	for _, n := range []int{0, 1, 2, 7, 33, maxFeats} {
		var sum uint32
		for _, r := range ptrs[:n] {
			sum += uint32(r.scale)
		}
		var got, want [rowLen]int32
		sumRows(ptrs[:n], &got, 128*sum)
		sumRowsGo(ptrs[:n], &want, 128*sum)
		if got != want {
			t.Errorf("%d rows: sumRows %v, sumRowsGo %v", n, got, want)
		}
	}
}
