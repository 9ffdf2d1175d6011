package parser

import (
	"math"
	mathbits "math/bits"

	"dyad/syntax/internal/hugepage"
)

// The weights of a linear model keyed by 64-bit feature hashes.
//
// trainTable is the mutable form used while training: full keys, integer
// weights (perceptron updates are ±1, so sums are exact and training is
// bit-for-bit deterministic) and the running sums for averaging.
// table is the frozen form used for parsing: a 32-bit fingerprint per slot
// and float32 weights, read-only and so safe for concurrent use.

// mix folds v into the running hash h.
func mix(h, v uint64) uint64 {
	h ^= v
	h *= 0x9E3779B97F4A7C15
	h ^= h >> 31
	return h
}

// fingerprint is what a frozen table keeps of a key: 32 high bits, never 0
// (0 marks an empty slot). The slot index uses the low bits, so a false
// match needs both to collide.
func fingerprint(k uint64) uint32 { return uint32(k>>32) | 1 }

type trainTable struct {
	nclass int
	keys   []uint64 // 0 = empty
	idx    []int32  // row of each occupied slot
	w      []int32  // rows of nclass weights, in order of first update
	u      []int64  // sum over updates of step*delta, for averaging
}

func newTrainTable(nclass int) *trainTable {
	return &trainTable{nclass: nclass, keys: make([]uint64, 1<<16), idx: make([]int32, 1<<16)}
}

func (t *trainTable) rows() int { return len(t.w) / t.nclass }

// find returns the row of k, or -1.
func (t *trainTable) find(k uint64) int {
	if k == 0 {
		k = 1
	}
	mask := uint64(len(t.keys) - 1)
	for i := k & mask; ; i = (i + 1) & mask {
		switch t.keys[i] {
		case k:
			return int(t.idx[i])
		case 0:
			return -1
		}
	}
}

// row returns the row of k, adding it when absent.
func (t *trainTable) row(k uint64) int {
	if k == 0 {
		k = 1
	}
	if 2*(t.rows()+1) > len(t.keys) {
		t.grow()
	}
	mask := uint64(len(t.keys) - 1)
	for i := k & mask; ; i = (i + 1) & mask {
		switch t.keys[i] {
		case k:
			return int(t.idx[i])
		case 0:
			r := t.rows()
			t.keys[i] = k
			t.idx[i] = int32(r)
			t.w = append(t.w, make([]int32, t.nclass)...)
			t.u = append(t.u, make([]int64, t.nclass)...)
			return r
		}
	}
}

func (t *trainTable) grow() {
	keys, idx := t.keys, t.idx
	t.keys = make([]uint64, 2*len(keys))
	t.idx = make([]int32, 2*len(keys))
	mask := uint64(len(t.keys) - 1)
	for j, k := range keys {
		if k == 0 {
			continue
		}
		i := k & mask
		for t.keys[i] != 0 {
			i = (i + 1) & mask
		}
		t.keys[i], t.idx[i] = k, idx[j]
	}
}

// score adds the current (not averaged) weights of the features to s.
func (t *trainTable) score(feats []uint64, s []float32) {
	for i := range s {
		s[i] = 0
	}
	for _, f := range feats {
		r := t.find(f)
		if r < 0 {
			continue
		}
		w := t.w[r*t.nclass : (r+1)*t.nclass]
		for c := range s {
			s[c] += float32(w[c])
		}
	}
}

// update moves the weights of feats by +1 for class good and -1 for bad at
// training step step.
func (t *trainTable) update(feats []uint64, good, bad int, step int64) {
	for _, f := range feats {
		r := t.row(f) * t.nclass
		t.w[r+good]++
		t.u[r+good] += step
		t.w[r+bad]--
		t.u[r+bad] -= step
	}
}

// freeze returns the averaged weights as a frozen table quantised to
// int16, dropping rows whose largest averaged weight is below minAbs or
// that quantise to zero.
func (t *trainTable) freeze(step int64, minAbs float32) *table {
	var keys []uint64
	var rows []int32
	for i, k := range t.keys {
		if k != 0 {
			keys, rows = append(keys, k), append(rows, t.idx[i])
		}
	}
	return quantise(t.nclass, keys, minAbs, func(j int, out []float32) { t.avgRow(int(rows[j]), step, out) })
}

// freezeMean is freeze for the mean of the averaged weights of several
// tables (an ensemble's members; steps[i] is table i's step). Rows are put
// in order of the first table's slots, then the new keys of the next, and
// so on, so the result is deterministic.
func freezeMean(ts []*trainTable, steps []int64, minAbs float32) *table {
	nclass := ts[0].nclass
	at := make(map[uint64]int)
	var keys []uint64
	var sum []float64
	avg := make([]float32, nclass)
	for i, t := range ts {
		for j, k := range t.keys {
			if k == 0 {
				continue
			}
			r, ok := at[k]
			if !ok {
				r = len(keys)
				at[k] = r
				keys = append(keys, k)
				sum = append(sum, make([]float64, nclass)...)
			}
			t.avgRow(int(t.idx[j]), steps[i], avg)
			for c, x := range avg {
				sum[r*nclass+c] += float64(x)
			}
		}
	}
	return quantise(nclass, keys, minAbs, func(j int, out []float32) {
		for c := range out {
			out[c] = float32(sum[j*nclass+c] / float64(len(ts)))
		}
	})
}

// quantise builds the frozen table of keys, whose weights row writes,
// scaled so that the largest magnitude is 32767, without the rows whose
// largest weight is below minAbs or that quantise to zero. Keys are put
// in the order given.
func quantise(nclass int, keys []uint64, minAbs float32, row func(j int, out []float32)) *table {
	avg := make([]float32, nclass)
	var top float32
	for j := range keys {
		row(j, avg)
		top = max(top, maxAbs(avg))
	}
	scale := float32(1)
	if top > 0 {
		scale = 32767 / top
	}
	q := make([]int16, nclass)
	keep := func(j int) bool {
		row(j, avg)
		if maxAbs(avg) < minAbs {
			return false
		}
		nz := false
		for c, x := range avg {
			q[c] = round16(x * scale)
			nz = nz || q[c] != 0
		}
		return nz
	}
	n := 0
	for j := range keys {
		if keep(j) {
			n++
		}
	}
	ft := newTable(nclass, n)
	for j, k := range keys {
		if keep(j) {
			ft.put(k, q)
		}
	}
	ft.pack()
	return ft
}

func (t *trainTable) avgRow(r int, step int64, out []float32) {
	for c := range out {
		j := r*t.nclass + c
		out[c] = float32(float64(t.w[j]) - float64(t.u[j])/float64(step))
	}
}

func maxAbs(v []float32) float32 {
	var m float32
	for _, x := range v {
		if x < 0 {
			x = -x
		}
		if x > m {
			m = x
		}
	}
	return m
}

// table is a frozen weight table: open addressing on slots that hold a
// key's fingerprint and its row, and dense int16 rows of nclass weights.
// Scores are sums of int16 weights; the scale is common to the table, so
// comparisons need no division.
type table struct {
	nclass int
	slots  []uint64 // fingerprint<<32 | row; 0 = empty
	w      []int16
	// small, for tables of at most 3 classes, is the whole table in one
	// word per slot: a 16-bit fingerprint (never 0) over three int16
	// weights. A lookup touches one cache line, and the table is half the
	// size of slots alone. With 20 bits of slot index and 15 of
	// fingerprint, an absent key matches a present one about once in
	// 30,000 probes.
	small []uint64
	// rows8, for tables of 4 to rowLen classes, holds each row in one
	// 64-byte cache line: int8 weights with the row's own scale. Built by
	// pack; scored by scoreRows.
	rows8 []row8
	nrows int // rows, once compact has dropped w
}

// row8 is one quantised row in one 64-byte cache line: weight c is
// scale*(byte c of w - 128)/127 in the table's int16 units, scale being the
// row's largest magnitude. The bytes are offset by 128 so that scoreRows
// can multiply four of them by the scale in one 64-bit multiplication.
type row8 struct {
	w     [rowLen / 8]uint64
	scale int32
	_     int32
}

// rowLen is the most classes a row8 holds (doc.NumDepRel).
const rowLen = 56

// pack builds small for a table of at most 3 classes; call it when the
// table is complete.
func (t *table) pack() {
	if t.nclass > 3 {
		t.pack8()
		return
	}
	t.small = hugepage.Make[uint64](len(t.slots))
	for i, sl := range t.slots {
		if sl == 0 {
			continue
		}
		r := int(uint32(sl)) * t.nclass
		v := (sl >> 48) | 1
		v <<= 48
		for c, x := range t.w[r : r+t.nclass] {
			v |= uint64(uint16(x)) << (16 * c)
		}
		t.small[i] = v
	}
}

// newTable returns an empty table sized for n rows at most 3/8 full. Most
// lookups are of features the model does not have, and with linear probing
// an unsuccessful lookup reads about (1+1/(1-load)^2)/2 slots: 8.5 at 3/4
// full, 1.8 at 3/8. The larger table misses the cache more often, but on
// the EWT model tag+parse ran 1.17 times as fast as at 3/4 (BenchmarkTagParse,
// seven alternating runs).
func newTable(nclass, n int) *table {
	slots := 1 << 4
	for slots*3 < 8*n {
		slots <<= 1
	}
	return &table{nclass: nclass, slots: make([]uint64, slots), w: make([]int16, 0, n*nclass)}
}

func (t *table) put(k uint64, w []int16) {
	if k == 0 {
		k = 1
	}
	fp := uint64(fingerprint(k)) << 32
	mask := uint64(len(t.slots) - 1)
	for i := k & mask; ; i = (i + 1) & mask {
		if t.slots[i] == 0 {
			t.slots[i] = fp | uint64(len(t.w)/t.nclass)
			t.w = append(t.w, w...)
			return
		}
		if t.slots[i]&^0xFFFFFFFF == fp {
			copy(t.w[int(uint32(t.slots[i]))*t.nclass:], w)
			return
		}
	}
}

// find returns the row of k, or -1.
func (t *table) find(k uint64) int {
	if k == 0 {
		k = 1
	}
	fp := uint64(fingerprint(k)) << 32
	mask := uint64(len(t.slots) - 1)
	for i := k & mask; ; i = (i + 1) & mask {
		sl := t.slots[i]
		if sl&^0xFFFFFFFF == fp {
			return int(uint32(sl))
		}
		if sl == 0 {
			return -1
		}
	}
}

func (t *table) pack8() {
	if t.nclass > rowLen {
		return
	}
	t.rows8 = hugepage.Make[row8](t.rows())
	for r := range t.rows8 {
		w := t.w[r*t.nclass : (r+1)*t.nclass]
		var m int16
		for _, x := range w {
			m = max(m, x, -x)
		}
		row := &t.rows8[r]
		for c := range rowLen {
			q := 0
			if c < len(w) && m != 0 {
				q = int(math.Round(float64(w[c]) * 127 / float64(m)))
			}
			row.w[c/8] |= uint64(q+128) << (8 * (c % 8))
		}
		row.scale = int32(m)
	}
}

// scoreRows sets s to the sum of the rows8 of feats (at most maxFeats), in
// units of 1/127 of the table's int16 units. It needs rows8 (see pack).
//
// It returns a value of no meaning that depends on the early row loads, so
// that the compiler keeps them (a global sink would be a data race).
func (t *table) scoreRows(feats []uint64, s *[rowLen]int32) (touch int32) {
	var home [maxFeats]uint64
	var rows [maxFeats]*row8
	mask := uint64(len(t.slots) - 1)
	feats = feats[:min(len(feats), maxFeats)]
	for j, k := range feats {
		home[j] = t.slots[k&mask]
	}
	nr := 0
	var sum uint32 // of the scales
	for j, k := range feats {
		if k == 0 {
			k = 1
		}
		fp := uint64(fingerprint(k)) << 32
		for i, sl := k&mask, home[j]; ; {
			if sl&^0xFFFFFFFF == fp {
				row := &t.rows8[uint32(sl)]
				rows[nr] = row
				nr++
				touch += row.scale
				sum += uint32(row.scale)
				break
			}
			if sl == 0 {
				break
			}
			i = (i + 1) & mask
			sl = t.slots[i]
		}
	}
	sumRows(rows[:nr], s, 128*sum)
	return touch
}

// sumRowsGo sets s[c] to the sum over rows of scale times offset weight c,
// less off (128 times the sum of the scales, so that the offsets cancel),
// in uint32 arithmetic: sumRows where no vector code is.
//
// It sums all classes, 8 at a time: a word of 8 offset weights, masked
// into 4 words of 2 lanes of 32 bits (weights c and c+4), is multiplied by
// the row's scale with one multiplication per pair. A lane sums at most
// maxFeats products below 2^23, so it cannot carry into the next.
func sumRowsGo(rows []*row8, s *[rowLen]int32, off uint32) {
	const lanes = 0x000000FF000000FF
	for k := range rowLen / 8 {
		var a0, a1, a2, a3 uint64
		for _, row := range rows {
			v, sc := row.w[k], uint64(row.scale)
			a0 += sc * (v & lanes)
			a1 += sc * (v >> 8 & lanes)
			a2 += sc * (v >> 16 & lanes)
			a3 += sc * (v >> 24 & lanes)
		}
		c := s[8*k : 8*k+8]
		c[0], c[4] = int32(uint32(a0)-off), int32(uint32(a0>>32)-off)
		c[1], c[5] = int32(uint32(a1)-off), int32(uint32(a1>>32)-off)
		c[2], c[6] = int32(uint32(a2)-off), int32(uint32(a2>>32)-off)
		c[3], c[7] = int32(uint32(a3)-off), int32(uint32(a3>>32)-off)
	}
}

// maxFeats bounds the features scored at once (see score3).
const maxFeats = 128

// score3 sets s[g] to the sum of the rows of the features feats[ends[g-1]:ends[g]]
// (ends[-1] being 0; at most maxFeats features in all) in a table of at most
// 3 classes, which pack has packed into small; larger tables are scored by
// scoreRows.
//
// Lookups are memory-bound, so they go in passes: first every feature's
// home slot is loaded, independently, so the cache misses overlap; then
// the slots are resolved (probing on from the loaded slot) and summed.
func (t *table) score3(feats []uint64, ends []int, s [][3]int32) {
	q := t.small
	mask := uint64(len(q) - 1)
	var home [maxFeats]uint64
	feats = feats[:min(len(feats), maxFeats)]
	for j, k := range feats {
		home[j] = q[k&mask]
	}
	// home[j] becomes feature j's slot, or 0 when it is absent. Most
	// features are found in their home slot or end there on an empty
	// one (resolveHomes takes those without a branch, and marks the
	// others in slow); the rest probe on.
	var slow [maxFeats / 64]uint64
	resolveHomes(feats, home[:len(feats)], &slow)
	for b, bits := range slow {
		for bits != 0 {
			j := 64*b + mathbits.TrailingZeros64(bits)
			bits &= bits - 1
			k := feats[j]
			if k == 0 {
				k = 1
			}
			fp := (k>>48 | 1) << 48
			var w uint64
			for i := (k + 1) & mask; ; i = (i + 1) & mask {
				sl := q[i]
				if sl&^0xFFFFFFFFFFFF == fp {
					w = sl
					break
				}
				if sl == 0 {
					break
				}
			}
			home[j] = w
		}
	}
	j := 0
	for g, end := range ends {
		var s0, s1, s2 int32
		for _, w := range home[j:end] {
			s0 += int32(int16(w))
			s1 += int32(int16(w >> 16))
			s2 += int32(int16(w >> 32))
		}
		j = end
		s[g] = [3]int32{s0, s1, s2}
	}
}

// resolveHomesGo sets home[j] to itself when it holds feats[j]'s
// fingerprint and to 0 otherwise, and sets bit j of slow when the slot
// holds another feature (home[j] is then 0 and the lookup must probe on):
// resolveHomes where no vector code is.
func resolveHomesGo(feats, home []uint64, slow *[maxFeats / 64]uint64) {
	resolveHomesTail(feats, home, slow, 0)
}

// resolveHomesTail is resolveHomesGo for home[from:].
func resolveHomesTail(feats, home []uint64, slow *[maxFeats / 64]uint64, from int) {
	for j := from; j < len(home); j++ {
		fp := (feats[j]>>48 | 1) << 48 // the same for key 0 as for 1
		sl := home[j]
		if sl&^0xFFFFFFFFFFFF == fp {
			continue
		}
		if sl != 0 {
			slow[j/64] |= 1 << (j % 64)
		}
		home[j] = 0
	}
}

// rows is the number of rows.
func (t *table) rows() int {
	if t.w == nil {
		return t.nrows
	}
	return len(t.w) / t.nclass
}

// compact drops what parsing does not read once pack has run: the int16
// rows, and for small tables the slots too. A compacted table cannot be
// written.
func (t *table) compact() {
	t.nrows = t.rows()
	switch {
	case t.small != nil:
		t.w, t.slots = nil, nil
	case t.rows8 != nil:
		t.w = nil
	}
}

func round16(x float32) int16 {
	r := math.Round(float64(x))
	if r > 32767 {
		r = 32767
	}
	if r < -32767 {
		r = -32767
	}
	return int16(r)
}
