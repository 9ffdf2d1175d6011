package parser

// The arc-hybrid transition system (Kuhlmann et al. 2011) with the root at
// the bottom of the stack, and its dynamic oracle (Goldberg & Nivre 2013).
//
// Positions are 1..n for the words of a sentence and 0 for the artificial
// root. SHIFT pushes the front of the buffer; LEFT pops s0 and makes the
// buffer front its head; RIGHT pops s0 and makes s1 its head. RIGHT onto
// the root is allowed only when the buffer is empty, so every tree has one
// root word.

const (
	shift = iota
	left
	right
	numActions
)

const none = -1

// sentence is a parser's view of the words it parses: hashes and tags,
// filled once per sentence into reused slices.
type sentence struct {
	n      int
	word   []uint64 // lower-cased, digit-folded form hash; [0] is the root
	tag    []uint8  // XPOS
	upos   []uint8
	suffix []uint64 // hash of the last three bytes, lower-cased
	amb    []uint64 // ambiguity classes (featuresAmb); nil in featuresZN
	ambBuf []uint64 // amb's storage, kept while amb is nil
	// prefix counts: punct[i] and verb[i] are the numbers of punctuation
	// marks and verbs (VERB or AUX) among words 1..i
	punct []uint16
	verb  []uint16
}

// state is a parser configuration plus the partial tree built so far, with
// the per-word child summaries the features read.
type state struct {
	n     int
	stack []int32
	b     int32 // buffer front; the buffer is b..n
	head  []int32
	label []uint8
	lc1   []int32 // leftmost child
	lc2   []int32 // second leftmost child
	rc1   []int32 // rightmost child
	rc2   []int32 // second rightmost child
	nl    []uint8 // number of left children (saturating)
	nr    []uint8
	lset  []uint64 // labels of left children, as a bit set
	rset  []uint64
}

// grow returns s with length n, reallocated (with room to spare) when its
// capacity is short.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, 2*n)
	}
	return s[:n]
}

func (s *sentence) reset(n int) {
	s.n = n
	s.word = grow(s.word, n+1)
	s.tag = grow(s.tag, n+1)
	s.upos = grow(s.upos, n+1)
	s.suffix = grow(s.suffix, n+1)
	s.punct = grow(s.punct, n+1)
	s.verb = grow(s.verb, n+1)
}

func (st *state) reset(n int) {
	st.n = n
	m := n + 1
	st.head = grow(st.head, m)
	st.label = grow(st.label, m)
	st.lc1 = grow(st.lc1, m)
	st.lc2 = grow(st.lc2, m)
	st.rc1 = grow(st.rc1, m)
	st.rc2 = grow(st.rc2, m)
	st.nl = grow(st.nl, m)
	st.nr = grow(st.nr, m)
	st.lset = grow(st.lset, m)
	st.rset = grow(st.rset, m)
	for i := 0; i < m; i++ {
		st.head[i] = none
		st.label[i] = 0
		st.lc1[i], st.lc2[i], st.rc1[i], st.rc2[i] = none, none, none, none
		st.nl[i], st.nr[i] = 0, 0
		st.lset[i], st.rset[i] = 0, 0
	}
	if cap(st.stack) < m {
		st.stack = make([]int32, 0, 2*m)
	}
	st.stack = append(st.stack[:0], 0)
	st.b = 1
	if n == 0 {
		st.b = 1
	}
}

func (st *state) terminal() bool { return int(st.b) > st.n && len(st.stack) == 1 }

// s returns the i-th stack item from the top, or none.
func (st *state) s(i int) int32 {
	if i < len(st.stack) {
		return st.stack[len(st.stack)-1-i]
	}
	return none
}

// buf returns the i-th buffer item, or none.
func (st *state) buf(i int) int32 {
	if p := int(st.b) + i; p <= st.n {
		return int32(p)
	}
	return none
}

// valid reports which actions the configuration allows.
func (st *state) valid() (ok [numActions]bool) {
	bufEmpty := int(st.b) > st.n
	ok[shift] = !bufEmpty
	if len(st.stack) >= 2 {
		ok[left] = !bufEmpty
		ok[right] = st.stack[len(st.stack)-2] != 0 || bufEmpty
	}
	return ok
}

// apply performs action a with label l (ignored for SHIFT).
func (st *state) apply(a int, l uint8) {
	switch a {
	case shift:
		st.stack = append(st.stack, st.b)
		st.b++
	case left:
		d := st.stack[len(st.stack)-1]
		st.stack = st.stack[:len(st.stack)-1]
		st.attach(st.b, d, l)
	case right:
		d := st.stack[len(st.stack)-1]
		h := st.stack[len(st.stack)-2]
		st.stack = st.stack[:len(st.stack)-1]
		st.attach(h, d, l)
	}
}

func (st *state) attach(h, d int32, l uint8) {
	st.head[d] = h
	st.label[d] = l
	if d < h {
		// Left children arrive right to left in arc-hybrid, but keep the
		// summaries order-independent.
		switch {
		case st.lc1[h] == none || d < st.lc1[h]:
			st.lc2[h] = st.lc1[h]
			st.lc1[h] = d
		case st.lc2[h] == none || d < st.lc2[h]:
			st.lc2[h] = d
		}
		if st.nl[h] < 255 {
			st.nl[h]++
		}
		st.lset[h] |= 1 << (l & 63)
	} else {
		switch {
		case st.rc1[h] == none || d > st.rc1[h]:
			st.rc2[h] = st.rc1[h]
			st.rc1[h] = d
		case st.rc2[h] == none || d > st.rc2[h]:
			st.rc2[h] = d
		}
		if st.nr[h] < 255 {
			st.nr[h]++
		}
		st.rset[h] |= 1 << (l & 63)
	}
}

// costs returns, for each action, how many gold arcs it makes unreachable
// (the arc-hybrid dynamic oracle). gold[i] is the gold head of word i.
func (st *state) costs(gold []int32) (c [numActions]int) {
	n := int32(st.n)
	if len(st.stack) >= 2 {
		s0 := st.stack[len(st.stack)-1]
		s1 := st.stack[len(st.stack)-2]
		// Dependents of s0 still in the buffer are lost by LEFT and RIGHT.
		deps := 0
		for i := st.b; i <= n; i++ {
			if gold[i] == s0 {
				deps++
			}
		}
		g := gold[s0]
		headInBuf := g >= st.b && g <= n
		c[left] = deps
		if g == s1 || (headInBuf && g != st.b) {
			c[left]++
		}
		c[right] = deps
		if headInBuf {
			c[right]++
		}
	}
	if st.b <= n {
		b := st.b
		g := gold[b]
		top := len(st.stack) - 1
		for i, x := range st.stack {
			if i < top && g == x {
				c[shift]++
			}
			if gold[x] == b && x != 0 {
				c[shift]++
			}
		}
	}
	return c
}
