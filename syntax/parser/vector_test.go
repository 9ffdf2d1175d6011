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

// TestScore3 wants score3 to give, for every group, the sums of the
// weights that a plain lookup of each feature finds (probing from its home
// slot to its fingerprint or an empty slot), on a small, crowded table
// where many lookups probe on, with present, absent and 0 keys in groups
// of every length.
func TestScore3(t *testing.T) {
	rnd := rand.New(rand.NewPCG(3, 4))
	const slots = 1 << 10
	tb := &table{nclass: 3, small: make([]uint64, slots)}
	var present []uint64
	for len(present) < 3*slots/4 {
		k := rnd.Uint64()
		fp := (k>>48 | 1) << 48
		i := k & (slots - 1)
		for tb.small[i] != 0 {
			i = (i + 1) & (slots - 1)
		}
		tb.small[i] = fp | rnd.Uint64()&0xFFFFFFFFFFFF
		present = append(present, k)
	}
	lookup := func(k uint64) uint64 { // score3 before resolveHomes
		sl := tb.small[k&(slots-1)]
		if k == 0 {
			k = 1
		}
		fp := (k>>48 | 1) << 48
		for i := k & (slots - 1); ; {
			if sl&^0xFFFFFFFFFFFF == fp {
				return sl
			}
			if sl == 0 {
				return 0
			}
			i = (i + 1) & (slots - 1)
			sl = tb.small[i]
		}
	}
	defer setAVX2(setAVX2(true))
	for round := range 400 {
		setAVX2(round%2 == 0) // the scalar code on every other round
		n := 1 + rnd.IntN(maxFeats)
		feats := make([]uint64, n)
		for j := range feats {
			switch rnd.IntN(3) {
			case 0:
				feats[j] = present[rnd.IntN(len(present))]
			case 1:
				feats[j] = rnd.Uint64()
			default:
				feats[j] = rnd.Uint64() & (slots - 1) // fingerprint 1
			}
		}
		if round%10 == 0 {
			feats[rnd.IntN(n)] = 0
		}
		var ends []int
		for e := 0; e < n; {
			e = min(n, e+rnd.IntN(40))
			ends = append(ends, e)
		}
		got := make([][3]int32, len(ends))
		tb.score3(feats, ends, got)
		j := 0
		for g, end := range ends {
			var want [3]int32
			for ; j < end; j++ {
				w := lookup(feats[j])
				want[0] += int32(int16(w))
				want[1] += int32(int16(w >> 16))
				want[2] += int32(int16(w >> 32))
			}
			if got[g] != want {
				t.Fatalf("round %d, group %d: score3 %v, want %v", round, g, got[g], want)
			}
		}
	}
}
