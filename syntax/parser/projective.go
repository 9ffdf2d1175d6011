package parser

// Trees here are head arrays in parser positions: head[d] for d in 1..n,
// 0 for the root word; head[0] is unused.

// isTree reports whether every word reaches position 0 without a cycle.
func isTree(head []int32) bool {
	n := len(head) - 1
	for d := 1; d <= n; d++ {
		x := int32(d)
		for steps := 0; x != 0; steps++ {
			if steps > n {
				return false
			}
			x = head[x]
		}
	}
	return true
}

// dominates reports whether h is an ancestor of (or equal to) x.
func dominates(head []int32, h, x int32) bool {
	for x > 0 {
		if x == h {
			return true
		}
		x = head[x]
	}
	return h == 0
}

// arcProjective reports whether every word strictly between h and d
// descends from h.
func arcProjective(head []int32, d int32) bool {
	h := head[d]
	a, b := h, d
	if a > b {
		a, b = b, a
	}
	for k := a + 1; k < b; k++ {
		if !dominates(head, h, k) {
			return false
		}
	}
	return true
}

func projective(head []int32) bool {
	for d := 1; d < len(head); d++ {
		if !arcProjective(head, int32(d)) {
			return false
		}
	}
	return true
}

// lift makes the tree projective by repeatedly moving the dependent of the
// shortest non-projective arc up to its head's head (Nivre & Nilsson 2005,
// without encoding the lift in the label: the parser then predicts the
// lifted, projective tree, which is usually close).
func lift(head []int32) {
	for {
		bestD, bestLen := int32(-1), int32(0)
		for d := int32(1); int(d) < len(head); d++ {
			if arcProjective(head, d) {
				continue
			}
			l := d - head[d]
			if l < 0 {
				l = -l
			}
			if bestD < 0 || l < bestLen {
				bestD, bestLen = d, l
			}
		}
		if bestD < 0 {
			return
		}
		head[bestD] = head[head[bestD]]
	}
}
