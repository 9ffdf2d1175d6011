package parser

// Feature templates after Zhang & Nivre (2011), adapted to arc-hybrid:
// words and tags of s0..s2 and b0..b2, the left/right-most children of s0
// and s1 and the left-most children of b0 with their labels, distances,
// valencies and label sets. Each feature is a 64-bit hash of its template
// number and values, written into a caller-owned buffer: extraction
// allocates nothing.

const (
	noWord   = 1 // word hash of an absent position
	rootWord = 2
	noTag    = 255
	rootTag  = 254
	noLabel  = 255
)

// numActionFeats is the most features actionFeats writes; a feature set
// uses the first numActionFeatsZN (featuresZN) or all (featuresAmb).
const (
	numActionFeatsZN = 91
	numActionFeats   = 99
)

// numLabelFeats is the most features labelFeats writes (numLabelFeatsZN
// in featuresZN).
const (
	numLabelFeatsZN = 33
	numLabelFeats   = 36
)

// Sentinel ambiguity classes (a class has bits 1..NumXPOS-1 only).
const (
	noAmb   = 1 << 62
	rootAmb = 1 << 63
)

// word, tag and label read position x, with sentinels for none and root.
func (s *sentence) w(x int32) uint64 {
	if x < 0 || int(x) > s.n {
		return noWord
	}
	return s.word[x]
}

func (s *sentence) t(x int32) uint64 {
	if x < 0 || int(x) > s.n {
		return noTag
	}
	return uint64(s.tag[x])
}

func (s *sentence) sf(x int32) uint64 {
	if x < 0 || int(x) > s.n {
		return noWord
	}
	return s.suffix[x]
}

// a is the ambiguity class of x (see lexicon); 0 for a form the lexicon
// lacks.
func (s *sentence) a(x int32) uint64 {
	if x < 0 || int(x) > s.n {
		return noAmb
	}
	return s.amb[x]
}

func (s *sentence) u(x int32) uint64 {
	if x < 0 || int(x) > s.n {
		return noTag
	}
	return uint64(s.upos[x])
}

// between counts (up to 3) the words strictly between a and b that the
// prefix counts c mark.
func (s *sentence) between(c []uint16, a, b int32) uint64 {
	if a < 0 || b < 0 {
		return 9
	}
	if a > b {
		a, b = b, a
	}
	if b-a < 2 {
		return 0
	}
	n := c[b-1] - c[a]
	if n > 3 {
		n = 3
	}
	return uint64(n)
}

func (st *state) lab(x int32) uint64 {
	if x < 0 {
		return noLabel
	}
	return uint64(st.label[x])
}

func child(c []int32, x int32) int32 {
	if x < 0 {
		return none
	}
	return c[x]
}

func dist(a, b int32) uint64 {
	if a < 0 || b < 0 {
		return 0
	}
	d := b - a
	if d < 0 {
		d = -d
	}
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 6:
		return 5
	case d <= 9:
		return 6
	case d <= 14:
		return 7
	}
	return 8
}

func val(v []uint8, x int32) uint64 {
	if x < 0 {
		return 99
	}
	n := v[x]
	if n > 4 {
		n = 4
	}
	return uint64(n)
}

func set(v []uint64, x int32) uint64 {
	if x < 0 {
		return 1 << 63
	}
	return v[x]
}

func f1(t, a uint64) uint64       { return mix(mix(t*0xA24BAED4963EE407, a), 0) }
func f2(t, a, b uint64) uint64    { return mix(mix(mix(t*0xA24BAED4963EE407, a), b), 1) }
func f3(t, a, b, c uint64) uint64 { return mix(mix(mix(mix(t*0xA24BAED4963EE407, a), b), c), 2) }
func f4(t, a, b, c, d uint64) uint64 {
	return mix(mix(mix(mix(mix(t*0xA24BAED4963EE407, a), b), c), d), 3)
}

// actionFeats writes the features for choosing the next transition into f,
// which must have room for numActionFeats: feature k is template k.
func actionFeats(s *sentence, st *state, f []uint64) {
	stackFeats(s, st, f)
	stackKidFeats(s, st, f)
	bufFeats(s, st, f)
	bufKidFeats(s, st, f)
	pairFeats(s, st, f)
}

// The action features fall in five groups by what they read, so that
// Model.parse can score some groups once for many states. In arc-hybrid a
// word is pushed once, and what lies under it on the stack stays until it
// is popped; it gets its left children while it is b0 and its right
// children while it is s1, each RIGHT making it s0 again.
//
//   - stackFeats reads the words of s0, s1 and s2: s1 and s2 are fixed
//     while s0 is on the stack, so the group depends on s0 alone.
//   - stackKidFeats adds the children of s0 and s1: it depends on s0 and
//     the right children s0 has so far.
//   - bufFeats reads b0, b1 = b0+1 and b2 = b0+2: it depends on b0 alone.
//   - bufKidFeats adds the left children of b0: it depends on b0 and the
//     left children it has so far.
//   - pairFeats is the rest, which reads s0 and b0 together.

// The templates of the five groups.
var (
	stackIdx    = [...]uint8{0, 1, 2, 6, 7, 8, 14, 15, 24, 25, 26, 27, 28, 29, 30, 44, 52, 53, 54, 55, 80, 83, 85, 86, 88}
	stackKidIdx = [...]uint8{40, 41, 42, 43, 56, 57, 58, 59, 62, 63, 64, 66, 67, 69, 70, 71, 72, 73, 77}
	bufIdx      = [...]uint8{3, 4, 5, 9, 10, 11, 12, 13, 23, 31, 32, 33, 34, 87}
	bufKidIdx   = [...]uint8{60, 61, 65, 68, 75, 76}
	pairIdx     = [...]uint8{16, 17, 18, 19, 20, 21, 22, 35, 36, 37, 38, 39, 45, 46, 47, 48, 49, 50, 51, 74, 78, 79, 81, 82, 84, 89, 90}
)

// The templates featuresAmb adds to the groups.
var (
	stackAmbIdx = [...]uint8{91, 92, 93}
	bufAmbIdx   = [...]uint8{94, 95, 96}
	pairAmbIdx  = [...]uint8{97, 98}
)

// The five groups are all the templates of featuresZN, and with the
// additions all of featuresAmb (TestFeatureGroups checks that each is
// listed once).
var _ [numActionFeatsZN - len(stackIdx) - len(stackKidIdx) - len(bufIdx) - len(bufKidIdx) - len(pairIdx)]struct{}
var _ [len(stackIdx) + len(stackKidIdx) + len(bufIdx) + len(bufKidIdx) + len(pairIdx) - numActionFeatsZN]struct{}
var _ [numActionFeats - numActionFeatsZN - len(stackAmbIdx) - len(bufAmbIdx) - len(pairAmbIdx)]struct{}
var _ [len(stackAmbIdx) + len(bufAmbIdx) + len(pairAmbIdx) - (numActionFeats - numActionFeatsZN)]struct{}

// stackFeats writes the templates of stackIdx into f.
func stackFeats(s *sentence, st *state, f []uint64) {
	_ = f[numActionFeats-1]
	s0, s1, s2 := st.s(0), st.s(1), st.s(2)
	s0w, s0p := s.w(s0), s.t(s0)
	s1w, s1p := s.w(s1), s.t(s1)
	s2w, s2p := s.w(s2), s.t(s2)
	d1 := dist(s1, s0)
	f[0] = f2(0, s0w, s0p)
	f[1] = f1(1, s0w)
	f[2] = f1(2, s0p)
	f[6] = f2(6, s1w, s1p)
	f[7] = f1(7, s1w)
	f[8] = f1(8, s1p)
	f[14] = f1(14, s2w)
	f[15] = f1(15, s2p)
	f[24] = f4(24, s1w, s1p, s0w, s0p)
	f[25] = f3(25, s1w, s1p, s0w)
	f[26] = f3(26, s1w, s0w, s0p)
	f[27] = f3(27, s1w, s1p, s0p)
	f[28] = f3(28, s1p, s0w, s0p)
	f[29] = f2(29, s1w, s0w)
	f[30] = f2(30, s1p, s0p)
	f[44] = f3(44, s2p, s1p, s0p)
	f[52] = f3(52, s1p, s0p, d1)
	f[53] = f3(53, s1w, s0w, d1)
	f[54] = f3(54, s1w, s0p, d1)
	f[55] = f3(55, s1p, s0w, d1)
	f[80] = f3(80, s1p, s.t(s1+1), s0p)
	f[83] = f3(83, s1p, s0p, s.between(s.punct, s1, s0))
	f[85] = f3(85, s1p, s0p, s.between(s.verb, s1, s0))
	f[86] = f2(86, s.sf(s0), s0p)
	f[88] = f2(88, s.sf(s1), s1p)
	if s.amb != nil {
		s0a, s1a := s.a(s0), s.a(s1)
		f[91] = f2(91, s0p, s0a)
		f[92] = f2(92, s1p, s1a)
		f[93] = f2(93, s1a, s0a)
	}
}

// stackKidFeats writes the templates of stackKidIdx into f.
func stackKidFeats(s *sentence, st *state, f []uint64) {
	_ = f[numActionFeats-1]
	s0, s1 := st.s(0), st.s(1)
	s0l, s0l2, s0r, s0r2 := child(st.lc1, s0), child(st.lc2, s0), child(st.rc1, s0), child(st.rc2, s0)
	s1l, s1r, s1r2 := child(st.lc1, s1), child(st.rc1, s1), child(st.rc2, s1)
	s0w, s0p := s.w(s0), s.t(s0)
	s1p := s.t(s1)
	f[40] = f3(40, s1p, s0p, s.t(s0l))
	f[41] = f3(41, s1p, s0p, s.t(s0r))
	f[42] = f3(42, s1p, s.t(s1r), s0p)
	f[43] = f3(43, s1p, s.t(s1l), s0p)
	f[56] = f2(56, s0w, val(st.nl, s0))
	f[57] = f2(57, s0p, val(st.nl, s0))
	f[58] = f2(58, s0w, val(st.nr, s0))
	f[59] = f2(59, s0p, val(st.nr, s0))
	f[62] = f3(62, s1p, val(st.nl, s1), val(st.nr, s1))
	f[63] = f3(63, s.w(s0l), s.t(s0l), st.lab(s0l))
	f[64] = f3(64, s.w(s0r), s.t(s0r), st.lab(s0r))
	f[66] = f3(66, s0p, st.lab(s0l), st.lab(s0l2))
	f[67] = f3(67, s0p, st.lab(s0r), st.lab(s0r2))
	f[69] = f3(69, s1p, st.lab(s1r), st.lab(s1r2))
	f[70] = f3(70, s1p, s.t(s1l), st.lab(s1l))
	f[71] = f3(71, s0w, st.lab(s0l), st.lab(s0r))
	f[72] = f2(72, s0w, set(st.lset, s0))
	f[73] = f2(73, s0p, set(st.rset, s0))
	f[77] = f3(77, s1p, set(st.rset, s1), s0p)
}

// bufFeats writes the templates of bufIdx into f.
func bufFeats(s *sentence, st *state, f []uint64) {
	_ = f[numActionFeats-1]
	b0, b1, b2 := st.buf(0), st.buf(1), st.buf(2)
	b0w, b0p := s.w(b0), s.t(b0)
	b1w, b1p := s.w(b1), s.t(b1)
	b2w, b2p := s.w(b2), s.t(b2)
	f[3] = f2(3, b0w, b0p)
	f[4] = f1(4, b0w)
	f[5] = f1(5, b0p)
	f[9] = f2(9, b1w, b1p)
	f[10] = f1(10, b1w)
	f[11] = f1(11, b1p)
	f[12] = f1(12, b2w)
	f[13] = f1(13, b2p)
	f[23] = f2(23, b0p, b1p)
	f[31] = f2(31, b0w, b1w)
	f[32] = f2(32, b0w, b1p)
	f[33] = f2(33, b0p, b1w)
	f[34] = f3(34, b0p, b1p, b2p)
	f[87] = f2(87, s.sf(b0), b0p)
	if s.amb != nil {
		b0a := s.a(b0)
		f[94] = f2(94, b0p, b0a)
		f[95] = f2(95, b1p, s.a(b1))
		f[96] = f3(96, b0p, b0a, b1p)
	}
}

// bufKidFeats writes the templates of bufKidIdx into f.
func bufKidFeats(s *sentence, st *state, f []uint64) {
	_ = f[numActionFeats-1]
	b0 := st.buf(0)
	b0l, b0l2 := child(st.lc1, b0), child(st.lc2, b0)
	b0w, b0p := s.w(b0), s.t(b0)
	f[60] = f2(60, b0w, val(st.nl, b0))
	f[61] = f2(61, b0p, val(st.nl, b0))
	f[65] = f3(65, s.w(b0l), s.t(b0l), st.lab(b0l))
	f[68] = f3(68, b0p, st.lab(b0l), st.lab(b0l2))
	f[75] = f2(75, b0w, set(st.lset, b0))
	f[76] = f2(76, b0p, set(st.lset, b0))
}

// pairFeats writes the templates of pairIdx into f.
func pairFeats(s *sentence, st *state, f []uint64) {
	_ = f[numActionFeats-1]
	s0, s1 := st.s(0), st.s(1)
	b0, b1 := st.buf(0), st.buf(1)
	s0l, s0r := child(st.lc1, s0), child(st.rc1, s0)
	b0l := child(st.lc1, b0)
	s0w, s0p := s.w(s0), s.t(s0)
	s1w, s1p := s.w(s1), s.t(s1)
	b0w, b0p := s.w(b0), s.t(b0)
	b1p := s.t(b1)
	d0 := dist(s0, b0)
	f[16] = f4(16, s0w, s0p, b0w, b0p)
	f[17] = f3(17, s0w, s0p, b0w)
	f[18] = f3(18, s0w, b0w, b0p)
	f[19] = f3(19, s0w, s0p, b0p)
	f[20] = f3(20, s0p, b0w, b0p)
	f[21] = f2(21, s0w, b0w)
	f[22] = f2(22, s0p, b0p)
	f[35] = f3(35, s0p, b0p, b1p)
	f[36] = f3(36, s1p, s0p, b0p)
	f[37] = f3(37, s0p, s.t(s0l), b0p)
	f[38] = f3(38, s0p, s.t(s0r), b0p)
	f[39] = f3(39, s0p, b0p, s.t(b0l))
	f[45] = f4(45, s1p, s0p, b0p, b1p)
	f[46] = f2(46, s0w, d0)
	f[47] = f2(47, s0p, d0)
	f[48] = f2(48, b0w, d0)
	f[49] = f2(49, b0p, d0)
	f[50] = f3(50, s0w, b0w, d0)
	f[51] = f3(51, s0p, b0p, d0)
	f[74] = f3(74, s0p, set(st.lset, s0), b0p)
	f[78] = f4(78, s0p, s.t(s0+1), s.t(b0-1), b0p)
	f[79] = f3(79, s0p, s.t(s0-1), b0p)
	f[81] = f3(81, s.u(s1), s.u(s0), s.u(b0))
	f[82] = f3(82, s0p, b0p, s.between(s.punct, s0, b0))
	f[84] = f3(84, s0p, b0p, s.between(s.verb, s0, b0))
	f[89] = f3(89, s1p, s0p, b0w)
	f[90] = f3(90, s1w, s0p, b0p)
	if s.amb != nil {
		s0a, b0a := s.a(s0), s.a(b0)
		f[97] = f2(97, s0a, b0a)
		f[98] = f4(98, s0p, s0a, b0p, b0a)
	}
}

// labelFeats writes the features for labelling the arc h → d made by
// action a (LEFT or RIGHT) into f, which must have room for numLabelFeats.
// The direction is folded into every feature, so the two directions learn
// separate weights.
func labelFeats(s *sentence, st *state, a int, h, d int32, f []uint64) {
	_ = f[numLabelFeats-1]
	dir := uint64(a) << 56
	dw, dp, hw, hp := s.w(d), s.t(d), s.w(h), s.t(h)
	du := uint64(s.upos[d])
	var hu uint64 = noTag
	if h >= 0 {
		hu = uint64(s.upos[h])
	}
	dl, dr := st.lc1[d], st.rc1[d]
	dd := dist(h, d)
	dn, dpv, hn, hpv := s.t(d+1), s.t(d-1), s.t(h+1), s.t(h-1)
	// the other candidate head, for context
	var o int32
	if a == left {
		o = st.s(1)
	} else {
		o = st.buf(0)
	}
	f[0] = f2(dir|0, dw, dp)
	f[1] = f1(dir|1, dw)
	f[2] = f1(dir|2, dp)
	f[3] = f2(dir|3, hw, hp)
	f[4] = f1(dir|4, hw)
	f[5] = f1(dir|5, hp)
	f[6] = f2(dir|6, dw, hw)
	f[7] = f2(dir|7, dp, hp)
	f[8] = f2(dir|8, dw, hp)
	f[9] = f2(dir|9, dp, hw)
	f[10] = f3(dir|10, dp, hp, dd)
	f[11] = f2(dir|11, du, hu)
	f[12] = f3(dir|12, dp, st.lab(dl), st.lab(dr))
	f[13] = f2(dir|13, dp, s.t(dl))
	f[14] = f2(dir|14, dp, s.t(dr))
	f[15] = f3(dir|15, dp, val(st.nl, d), val(st.nr, d))
	f[16] = f2(dir|16, dp, set(st.lset, d))
	f[17] = f2(dir|17, hp, set(st.lset, h))
	f[18] = f2(dir|18, hp, set(st.rset, h))
	f[19] = f3(dir|19, dp, hp, set(st.lset, h))
	f[20] = f3(dir|20, dp, dpv, dn)
	f[21] = f3(dir|21, hp, hpv, hn)
	f[22] = f3(dir|22, dp, hp, s.t(o))
	f[23] = f2(dir|23, dw, s.w(dl))
	f[24] = f2(dir|24, dp, s.w(dl))
	f[25] = f3(dir|25, hw, dp, dd)
	f[26] = f3(dir|26, dw, hp, dd)
	f[27] = f2(dir|27, s.w(o), dp)
	f[28] = f3(dir|28, dp, hp, val(st.nr, h))
	f[29] = f2(dir|29, dw, s.w(d+1))
	f[30] = f2(dir|30, s.sf(d), dp)
	f[31] = f3(dir|31, s.sf(d), hp, s.sf(h))
	f[32] = f3(dir|32, dp, hp, s.w(h+1))
	if s.amb != nil {
		da, ha := s.a(d), s.a(h)
		f[33] = f2(dir|33, dp, da)
		f[34] = f2(dir|34, hp, ha)
		f[35] = f2(dir|35, da, ha)
	}
}
