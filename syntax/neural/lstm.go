package neural

// lstmRun is one direction over one sentence: what the backward pass needs.
type lstmRun struct {
	x        []float32 // T × in (the layer's input, shared)
	gates    []float32 // T × 4H: i, f, g, o after their nonlinearities
	c, tc, h []float32 // T × H: cell, tanh(cell), output
	reverse  bool
}

// forward runs the direction over x (T × in) and writes h into out
// (T × 2H) at column offset off. wxT and whT are the direction's weights
// transposed, whH whT in half precision or nil (see inferWeights).
func (m *Model) lstmForward(run *lstmRun, x []float32, T, in int, out []float32, off int, b, wxT, whT []float32, whH []uint16) {
	H := m.Cfg.Hidden
	run.x = x
	run.gates = grow(run.gates, T*4*H)
	run.c = grow(run.c, T*H)
	run.tc = grow(run.tc, T*H)
	run.h = grow(run.h, T*H)
	matmul(T, 4*H, in, x, in, wxT, 4*H, run.gates, 4*H, false)
	var prevH, prevC []float32
	for s := 0; s < T; s++ {
		t := s
		if run.reverse {
			t = T - 1 - s
		}
		g := run.gates[t*4*H : (t+1)*4*H]
		for j := range g {
			g[j] += b[j]
		}
		if prevH != nil {
			matvecHalf(4*H, H, prevH, whT, whH, g)
		}
		c, tc, h := run.c[t*H:(t+1)*H], run.tc[t*H:(t+1)*H], run.h[t*H:(t+1)*H]
		sigmoids(g[:2*H])
		tanhs(g[2*H : 3*H])
		sigmoids(g[3*H:])
		for j := range H {
			cv := g[j] * g[2*H+j]
			if prevC != nil {
				cv += g[H+j] * prevC[j]
			}
			c[j], tc[j] = cv, cv
		}
		tanhs(tc)
		for j := range H {
			h[j] = g[3*H+j] * tc[j]
			out[t*2*H+off+j] = h[j]
		}
		prevH, prevC = h, c
	}
}

// lstmBackward takes dOut (T × 2H, columns at off) and adds the
// parameter gradients to gr and the input gradient to dx (T × in).
func (m *Model) lstmBackward(run *lstmRun, p lstm, T, in int, dOut []float32, off int, gr [][]float32, dx []float32, sc *scratch) {
	H := m.Cfg.Hidden
	wx, wh := m.params[p.wx].w, m.params[p.wh].w
	dg := grow(sc.dg, T*4*H)
	sc.dg = dg
	prev := grow(sc.prevH, T*H) // h of the previous step, per step
	sc.prevH = prev
	clear(prev)
	dhNext := grow(sc.dhNext, H)
	sc.dhNext = dhNext
	dcNext := grow(sc.dcNext, H)
	sc.dcNext = dcNext
	clear(dhNext)
	clear(dcNext)
	for s := T - 1; s >= 0; s-- {
		t, pt := s, s-1
		if run.reverse {
			t, pt = T-1-s, T-s
		}
		g := run.gates[t*4*H : (t+1)*4*H]
		d := dg[t*4*H : (t+1)*4*H]
		tc := run.tc[t*H : (t+1)*H]
		for j := 0; j < H; j++ {
			gi, gf, gg, gout := g[j], g[H+j], g[2*H+j], g[3*H+j]
			dh := dOut[t*2*H+off+j] + dhNext[j]
			dc := dcNext[j] + dh*gout*(1-tc[j]*tc[j])
			var cPrev float32
			if s > 0 {
				cPrev = run.c[pt*H+j]
			}
			d[j] = dc * gg * gi * (1 - gi)
			d[H+j] = dc * cPrev * gf * (1 - gf)
			d[2*H+j] = dc * gi * (1 - gg*gg)
			d[3*H+j] = dh * tc[j] * gout * (1 - gout)
			dcNext[j] = dc * gf
		}
		clear(dhNext)
		if s > 0 {
			copy(prev[t*H:(t+1)*H], run.h[pt*H:(pt+1)*H])
			matmul(1, H, 4*H, d, 4*H, wh, H, dhNext, H, false) // d·Wh
		}
	}
	sc.mulAT(4*H, in, T, dg, run.x, gr[p.wx], true) // dGᵀ·X
	sc.mulAT(4*H, H, T, dg, prev, gr[p.wh], true)   // dGᵀ·H(t-1)
	db := gr[p.b]
	for t := 0; t < T; t++ {
		for j, v := range dg[t*4*H : (t+1)*4*H] {
			db[j] += v
		}
	}
	matmul(T, in, 4*H, dg, 4*H, wx, in, dx, in, true) // dG·Wx
}

func grow(s []float32, n int) []float32 {
	if cap(s) < n {
		return make([]float32, n)
	}
	return s[:n]
}
