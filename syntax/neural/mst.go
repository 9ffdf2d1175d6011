package neural

import "math"

// decodeTree returns the 1-based heads of the highest-scoring tree over
// the arc scores s (T × T, row = dependent, column = head, position 0 the
// root) with exactly one word under the root: Chu-Liu-Edmonds, and when
// the best tree has several root words, again with each of them alone
// allowed under the root, keeping the best.
func decodeTree(s []float32, T int) []int {
	g := make([][]float64, T)
	for d := range g {
		g[d] = make([]float64, T)
		for h := range g[d] {
			g[d][h] = float64(s[d*T+h])
		}
		g[d][d] = math.Inf(-1)
	}
	heads := mst(g)
	var roots []int
	for d := 1; d < T; d++ {
		if heads[d] == 0 {
			roots = append(roots, d)
		}
	}
	if len(roots) > 1 {
		saved := make([]float64, T)
		for d := 1; d < T; d++ {
			saved[d] = g[d][0]
		}
		best := math.Inf(-1)
		for _, r := range roots {
			for d := 1; d < T; d++ {
				g[d][0] = math.Inf(-1)
			}
			g[r][0] = saved[r]
			hs := mst(g)
			var total float64
			for d := 1; d < T; d++ {
				total += g[d][hs[d]]
			}
			if total > best {
				best, heads = total, hs
			}
		}
	}
	return heads[1:]
}

// mst returns heads maximising the sum of g[d][h] over d ≥ 1: a tree
// rooted at node 0 (Chu-Liu-Edmonds, contracting one cycle at a time).
func mst(g [][]float64) []int {
	n := len(g)
	heads := make([]int, n)
	heads[0] = -1
	for d := 1; d < n; d++ {
		best := -1
		for h := 0; h < n; h++ {
			if h != d && (best < 0 || g[d][h] > g[d][best]) {
				best = h
			}
		}
		heads[d] = best
	}
	cyc := findCycle(heads)
	if cyc == nil {
		return heads
	}
	inC := make([]bool, n)
	for _, v := range cyc {
		inC[v] = true
	}
	idx := make([]int, n)
	var old []int
	for v := 0; v < n; v++ {
		if !inC[v] {
			idx[v] = len(old)
			old = append(old, v)
		}
	}
	c := len(old)
	ng := make([][]float64, c+1)
	for i := range ng {
		ng[i] = make([]float64, c+1)
		for j := range ng[i] {
			ng[i][j] = math.Inf(-1)
		}
	}
	leaveHead := make([]int, c+1) // non-cycle dependent → its head in the cycle
	enterDep := make([]int, c+1)  // non-cycle head → the cycle node it takes
	for i, d := range old {
		if d == 0 {
			continue
		}
		for j, h := range old {
			if i != j {
				ng[i][j] = g[d][h]
			}
		}
		best := -1
		for _, h := range cyc {
			if best < 0 || g[d][h] > g[d][best] {
				best = h
			}
		}
		ng[i][c], leaveHead[i] = g[d][best], best
	}
	for j, h := range old {
		best, bestScore := -1, math.Inf(-1)
		for _, d := range cyc {
			if v := g[d][h] - g[d][heads[d]]; best < 0 || v > bestScore {
				best, bestScore = d, v
			}
		}
		ng[c][j], enterDep[j] = bestScore, best
	}
	sub := mst(ng)
	res := make([]int, n)
	copy(res, heads)
	for i, d := range old {
		if d == 0 {
			continue
		}
		if h := sub[i]; h == c {
			res[d] = leaveHead[i]
		} else {
			res[d] = old[h]
		}
	}
	hc := sub[c]
	res[enterDep[hc]] = old[hc]
	return res
}

// findCycle returns the nodes of a cycle in heads, or nil.
func findCycle(heads []int) []int {
	n := len(heads)
	color := make([]int8, n) // 0 unseen, 1 on the current path, 2 done
	for start := 1; start < n; start++ {
		v := start
		for v > 0 && color[v] == 0 {
			color[v] = 1
			v = heads[v]
		}
		if v > 0 && color[v] == 1 {
			cyc := []int{v}
			for u := heads[v]; u != v; u = heads[u] {
				cyc = append(cyc, u)
			}
			for u := start; u > 0 && color[u] == 1; u = heads[u] {
				color[u] = 2
			}
			return cyc
		}
		for u := start; u > 0 && color[u] == 1; u = heads[u] {
			color[u] = 2
		}
	}
	return nil
}
