package neural

import (
	"math"

	"dyad/doc"
)

// inferWeights are a model's matrices laid out for the forward pass's
// products: the LSTM and MLP weights transposed (the parameters are out×in,
// as the backward pass reads them), and the label tensor transposed so that
// one product gives every arc's label scores. The trainer lays them out
// anew after every update.
type inferWeights struct {
	wx, wh [][2][]float32 // per layer and direction: in × 4H, H × 4H
	whh    [][2][]uint16  // wh in half precision, where exact (see halves)
	mlp    [4][]float32   // in × dim
	rel    []float32      // (R+1) × L·(R+1)
}

// layout lays out the model's current weights for parsing.
func (m *Model) layout() *inferWeights {
	iw := &inferWeights{wx: make([][2][]float32, len(m.layers)), wh: make([][2][]float32, len(m.layers)), whh: make([][2][]uint16, len(m.layers))}
	t := func(i int) []float32 {
		p := m.params[i]
		return transpose(p.w, p.rows, p.cols)
	}
	for l, pair := range m.layers {
		for d, p := range pair {
			iw.wx[l][d], iw.wh[l][d] = t(p.wx), t(p.wh)
			iw.whh[l][d] = halves(iw.wh[l][d])
		}
	}
	for k, l := range m.mlps {
		iw.mlp[k] = t(l.w)
	}
	iw.rel = t(m.rel)
	return iw
}

// halves returns w in half precision if every element is a half-precision
// number, as the parameters of a model read from a file are (they are
// stored so), else nil: a model in training parses with its float32
// weights, a loaded one the same sums from half the bytes.
func halves(w []float32) []uint16 {
	for _, v := range w {
		if math.Float32bits(fromHalf(toHalf(v))) != math.Float32bits(v) {
			return nil
		}
	}
	h := make([]uint16, len(w))
	for i, v := range w {
		h[i] = toHalf(v)
	}
	return h
}

// inference returns the weights laid out for parsing, laid out on the
// first call: a model must not train after it parses with Parse or
// ParseTree (Evaluate, which runs between epochs, lays them out anew).
func (m *Model) inference() *inferWeights {
	if iw := m.fast.Load(); iw != nil {
		return iw
	}
	iw := m.layout()
	m.fast.Store(iw) // (two goroutines may both lay it out: the same weights)
	return iw
}

// relScoresAll sets sc.relScore[(i-1)·L+l] to the score of label l for
// word i under heads[i-1], [rd_i; 1]ᵀ·R_l·[rh_head; 1], for every word; the
// products R·[rh_head; 1] of all arcs are one matmul, left in sc.q (and
// the [rh_head; 1] in sc.h1) for the backward pass.
func (m *Model) relScoresAll(sc *scratch, heads []int, iw *inferWeights) {
	R := m.Cfg.RelDim + 1
	const L = doc.NumDepRel
	n := len(heads)
	rd, rh := sc.mlp[2], sc.mlp[3]
	sc.h1 = grow(sc.h1, n*R)
	for k, h := range heads {
		row := sc.h1[k*R : (k+1)*R]
		copy(row, rh[h*(R-1):(h+1)*(R-1)])
		row[R-1] = 1
	}
	sc.q = grow(sc.q, n*L*R)
	matmul(n, L*R, R, sc.h1, R, iw.rel, L*R, sc.q, L*R, false)
	sc.relScore = grow(sc.relScore, n*L)
	for k := range heads {
		d := rd[(k+1)*(R-1) : (k+2)*(R-1)]
		q := sc.q[k*L*R : (k+1)*L*R]
		for l := range L {
			ql := q[l*R : (l+1)*R]
			s := ql[R-1] // times the dependent's appended 1
			for a, v := range d {
				s += v * ql[a]
			}
			sc.relScore[k*L+l] = s
		}
	}
}
