package neural

import (
	"math"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/gonum"
)

var bl gonum.Implementation

// gemm computes C = A·B (+C when add), A m×k, B k×n, C m×n, with the
// transposes given; leading dimensions are the row lengths as stored.
func gemm(tA, tB bool, m, n, k int, a []float32, b []float32, add bool, c []float32) {
	if m == 0 || n == 0 || k == 0 {
		return
	}
	ta, tb := blas.NoTrans, blas.NoTrans
	lda, ldb := k, n
	if tA {
		ta, lda = blas.Trans, m
	}
	if tB {
		tb, ldb = blas.Trans, k
	}
	var beta float32
	if add {
		beta = 1
	}
	bl.Sgemm(ta, tb, m, n, k, 1, a, lda, b, ldb, beta, c, n)
}

func sigmoid(x float32) float32 { return 1 / (1 + float32(math.Exp(float64(-x)))) }
func tanh(x float32) float32    { return float32(math.Tanh(float64(x))) }

// lstmRun is one direction over one sentence: what the backward pass needs.
type lstmRun struct {
	x        []float32 // T × in (the layer's input, shared)
	gates    []float32 // T × 4H: i, f, g, o after their nonlinearities
	c, tc, h []float32 // T × H: cell, tanh(cell), output
	reverse  bool
}

// forward runs the direction over x (T × in) and writes h into out
// (T × 2H) at column offset off. Given wxT and whT (the direction's
// weights transposed, see inferWeights), it parses: products through
// matmul and the cells' nonlinearities through expf (sigmoids, tanhs). Else it trains:
// products through gonum, nonlinearities through math.
func (m *Model) lstmForward(run *lstmRun, p lstm, x []float32, T, in int, out []float32, off int, wxT, whT []float32) {
	H := m.Cfg.Hidden
	wx, wh, b := m.params[p.wx].w, m.params[p.wh].w, m.params[p.b].w
	run.x = x
	run.gates = grow(run.gates, T*4*H)
	run.c = grow(run.c, T*H)
	run.tc = grow(run.tc, T*H)
	run.h = grow(run.h, T*H)
	if wxT != nil {
		matmul(T, 4*H, in, x, in, wxT, 4*H, run.gates, 4*H, false)
	} else {
		gemm(false, true, T, 4*H, in, x, wx, false, run.gates)
	}
	fast := whT != nil
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
		switch {
		case prevH == nil:
		case whT != nil:
			matmul(1, 4*H, H, prevH, H, whT, 4*H, g, 4*H, true)
		default:
			bl.Sgemv(blas.NoTrans, 4*H, H, 1, wh, H, prevH, 1, 1, g, 1)
		}
		c, tc, h := run.c[t*H:(t+1)*H], run.tc[t*H:(t+1)*H], run.h[t*H:(t+1)*H]
		if fast {
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
		} else {
			for j := 0; j < H; j++ {
				gi, gf, gg, gout := sigmoid(g[j]), sigmoid(g[H+j]), tanh(g[2*H+j]), sigmoid(g[3*H+j])
				g[j], g[H+j], g[2*H+j], g[3*H+j] = gi, gf, gg, gout
				cv := gi * gg
				if prevC != nil {
					cv += gf * prevC[j]
				}
				c[j] = cv
				tc[j] = tanh(cv)
				h[j] = gout * tc[j]
				out[t*2*H+off+j] = h[j]
			}
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
			bl.Sgemv(blas.Trans, 4*H, H, 1, wh, H, d, 1, 0, dhNext, 1)
		}
	}
	gemm(true, false, 4*H, in, T, dg, run.x, true, gr[p.wx])
	gemm(true, false, 4*H, H, T, dg, prev, true, gr[p.wh])
	db := gr[p.b]
	for t := 0; t < T; t++ {
		for j, v := range dg[t*4*H : (t+1)*4*H] {
			db[j] += v
		}
	}
	gemm(false, false, T, in, 4*H, dg, wx, true, dx)
}

func grow(s []float32, n int) []float32 {
	if cap(s) < n {
		return make([]float32, n)
	}
	return s[:n]
}
