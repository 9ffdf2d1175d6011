package neural

import (
	"math"
	"math/rand/v2"

	"dyad/doc"
)

// scratch holds one sentence's activations; a worker reuses it.
type scratch struct {
	ids      []wordIDs
	x0, x0m  []float32   // T × in inputs (after dropout), dropout multipliers
	outs     [][]float32 // per layer T × 2H (after dropout)
	outm     [][]float32 // their dropout multipliers
	runs     [][2]lstmRun
	mlp      [4][]float32 // ad, ah, rd, rh: T × dim after relu and dropout
	mlpm     [4][]float32 // their dropout multipliers
	mm, s    []float32    // arc: AD·U (T × A), scores (T × T)
	d        [][]float32  // per-layer gradient buffers (T × width)
	dmlp     [4][]float32
	dm, ds   []float32
	dg       []float32
	prevH    []float32
	dhNext   []float32
	dcNext   []float32
	q, v     []float32 // label scorer, per arc: R·[rh_head; 1] (L·(r+1)), its gradient
	h1       []float32 // per arc: [rh_head; 1]
	dh1      []float32
	tr       []float32  // a transposed operand
	used     []int32    // word rows used (after word dropout)
	words    []string   // ParseTree's words
	tags     []doc.XPOS // and their tags
	relScore []float32
}

func dropMask(mask []float32, p float32, r *rand.Rand) {
	if r == nil || p == 0 {
		for i := range mask {
			mask[i] = 1
		}
		return
	}
	keep := 1 / (1 - p)
	for i := range mask {
		if r.Float32() < p {
			mask[i] = 0
		} else {
			mask[i] = keep
		}
	}
}

// forward computes the arc scores (sc.s, T × T, row = dependent) and the
// label MLPs for one sentence; r is nil when not training (no dropout).
func (m *Model) forward(sc *scratch, ids []wordIDs, r *rand.Rand, iw *inferWeights) {
	cfg := m.Cfg
	T := len(ids)
	in := m.inDim
	sc.x0 = grow(sc.x0, T*in)
	sc.x0m = grow(sc.x0m, T*in)
	sc.ids = ids
	if cap(sc.used) < T {
		sc.used = make([]int32, T)
	}
	sc.used = sc.used[:T]
	we, fe := m.params[m.word].w, m.params[m.feat].w
	var te []float32
	if m.tag >= 0 {
		te = m.params[m.tag].w
	}
	for t, id := range ids {
		row := sc.x0[t*in : (t+1)*in]
		w := id.word
		if r != nil && w > rootID && r.Float32() < cfg.WordDrop {
			w = unkID
		}
		sc.used[t] = w
		copy(row, we[int(w)*cfg.WordDim:(int(w)+1)*cfg.WordDim])
		o := cfg.WordDim
		for _, f := range id.feats {
			copy(row[o:o+cfg.FeatDim], fe[int(f)*cfg.FeatDim:(int(f)+1)*cfg.FeatDim])
			o += cfg.FeatDim
		}
		if m.Vec != nil {
			m.Vec.row(int(id.vec), row[o:o+m.Vec.Dim])
			o += m.Vec.Dim
		}
		if m.tag >= 0 {
			copy(row[o:], te[int(id.tag)*cfg.TagDim:(int(id.tag)+1)*cfg.TagDim])
		}
	}
	dropMask(sc.x0m, cfg.Dropout, r)
	for i := range sc.x0 {
		sc.x0[i] *= sc.x0m[i]
	}
	if len(sc.runs) < cfg.Layers {
		sc.runs = make([][2]lstmRun, cfg.Layers)
		sc.outs = make([][]float32, cfg.Layers)
		sc.outm = make([][]float32, cfg.Layers)
		sc.d = make([][]float32, cfg.Layers+1)
	}
	H2 := 2 * cfg.Hidden
	x := sc.x0
	for l := 0; l < cfg.Layers; l++ {
		out := grow(sc.outs[l], T*H2)
		sc.outs[l] = out
		sc.runs[l][0].reverse, sc.runs[l][1].reverse = false, true
		for d, off := range [2]int{0, cfg.Hidden} {
			b := m.params[m.layers[l][d].b].w
			m.lstmForward(&sc.runs[l][d], x, T, in, out, off, b, iw.wx[l][d], iw.wh[l][d], iw.whh[l][d])
		}
		mask := grow(sc.outm[l], T*H2)
		sc.outm[l] = mask
		dropMask(mask, cfg.Dropout, r)
		for i := range out {
			out[i] *= mask[i]
		}
		x, in = out, H2
	}
	for k, l := range m.mlps {
		n := l.dim
		y := grow(sc.mlp[k], T*n)
		sc.mlp[k] = y
		matmul(T, n, H2, x, H2, iw.mlp[k], n, y, n, false)
		b := m.params[l.b].w
		mask := grow(sc.mlpm[k], T*n)
		sc.mlpm[k] = mask
		dropMask(mask, cfg.Dropout, r)
		for t := 0; t < T; t++ {
			for j := 0; j < n; j++ {
				v := y[t*n+j] + b[j]
				if v < 0 {
					v = 0
				}
				y[t*n+j] = v * mask[t*n+j]
			}
		}
	}
	A := cfg.ArcDim
	sc.mm = grow(sc.mm, T*A)
	sc.s = grow(sc.s, T*T)
	ad, ah := sc.mlp[0], sc.mlp[1]
	matmul(T, A, A, ad, A, m.params[m.u].w, A, sc.mm, A, false) // M = AD·U
	sc.mulBT(T, T, A, sc.mm, ah, sc.s, false)                   // S = M·AHᵀ
	ub, dist := m.params[m.ub].w, m.params[m.dist].w
	for j := 0; j < T; j++ {
		var hb float32
		for k, v := range ah[j*A : (j+1)*A] {
			hb += v * ub[k]
		}
		for i := 0; i < T; i++ {
			sc.s[i*T+j] += hb + dist[clampDist(j-i, cfg.MaxDist)]
		}
	}
	for i := 0; i < T; i++ {
		sc.s[i*T+i] = float32(math.Inf(-1))
	}
}

func clampDist(d, max int) int {
	if d < -max {
		d = -max
	} else if d > max {
		d = max
	}
	return d + max
}

// softmaxInPlace turns scores into probabilities and returns log of the
// normaliser.
func softmaxInPlace(s []float32) float64 {
	mx := float32(math.Inf(-1))
	for _, v := range s {
		if v > mx {
			mx = v
		}
	}
	var z float64
	for i, v := range s {
		e := math.Exp(float64(v - mx))
		s[i] = float32(e)
		z += e
	}
	for i := range s {
		s[i] = float32(float64(s[i]) / z)
	}
	return math.Log(z) + float64(mx)
}

// backward adds to gr the gradients of the sentence's loss (arc and label
// cross-entropy against the gold tree, times scale) after forward ran with
// dropout, and returns the unscaled loss.
func (m *Model) backward(sc *scratch, heads []int, rels []doc.DepRel, gr [][]float32, scale float32, iw *inferWeights) float64 {
	cfg := m.Cfg
	T := len(sc.ids)
	A := cfg.ArcDim
	var loss float64
	sc.ds = grow(sc.ds, T*T)
	ds := sc.ds
	clear(ds[:T])
	for i := 1; i < T; i++ {
		row := sc.s[i*T : (i+1)*T]
		gold := heads[i-1]
		sg := row[gold]
		loss += softmaxInPlace(row) - float64(sg)
		d := ds[i*T : (i+1)*T]
		for j, p := range row {
			d[j] = p * scale
		}
		d[gold] -= scale
	}
	ad, ah := sc.mlp[0], sc.mlp[1]
	for k, l := range m.mlps {
		sc.dmlp[k] = grow(sc.dmlp[k], T*l.dim)
		clear(sc.dmlp[k])
	}
	dad, dah := sc.dmlp[0], sc.dmlp[1]
	ub := m.params[m.ub].w
	gub, gdist := gr[m.ub], gr[m.dist]
	for j := 0; j < T; j++ {
		var col float32
		for i := 0; i < T; i++ {
			v := ds[i*T+j]
			col += v
			gdist[clampDist(j-i, cfg.MaxDist)] += v
		}
		for k := 0; k < A; k++ {
			gub[k] += col * ah[j*A+k]
			dah[j*A+k] += col * ub[k]
		}
	}
	sc.dm = grow(sc.dm, T*A)
	matmul(T, A, T, ds, T, ah, A, sc.dm, A, false)       // dM = dS·AH
	sc.mulAT(T, A, T, ds, sc.mm, dah, true)              // dAH += dSᵀ·M
	sc.mulAT(A, A, T, ad, sc.dm, gr[m.u], true)          // dU += ADᵀ·dM
	sc.mulBT(T, A, A, sc.dm, m.params[m.u].w, dad, true) // dAD += dM·Uᵀ

	// labels: relScoresAll leaves H1 = [rh_head; 1] (n × R) and Q = H1·Rᵀ
	// (n × L·R) in sc.h1 and sc.q; V (n × L·R) holds each arc's score
	// gradients times [rd_dep; 1], so dR += Vᵀ·H1 and dH1 = V·R
	R := cfg.RelDim + 1
	const L = doc.NumDepRel
	n := T - 1
	m.relScoresAll(sc, heads, iw)
	drd, drh := sc.dmlp[2], sc.dmlp[3]
	rd := sc.mlp[2]
	sc.v = grow(sc.v, n*L*R)
	for k := range n {
		i := k + 1
		score := sc.relScore[k*L : (k+1)*L]
		gold := int(rels[k])
		sg := score[gold]
		loss += softmaxInPlace(score) - float64(sg)
		score[gold] -= 1
		d1 := rd[i*(R-1) : (i+1)*(R-1)]
		dd := drd[i*(R-1) : (i+1)*(R-1)]
		q, v := sc.q[k*L*R:(k+1)*L*R], sc.v[k*L*R:(k+1)*L*R]
		for l := range L {
			g := score[l] * scale
			vl := v[l*R : (l+1)*R]
			for a, x := range d1 {
				vl[a] = g * x
			}
			vl[R-1] = g
			for a := range dd {
				dd[a] += g * q[l*R+a]
			}
		}
	}
	sc.mulAT(L*R, R, n, sc.v, sc.h1, gr[m.rel], true) // dR += Vᵀ·H1
	sc.dh1 = grow(sc.dh1, n*R)
	matmul(n, R, L*R, sc.v, L*R, m.params[m.rel].w, R, sc.dh1, R, false) // dH1 = V·R
	for k, h := range heads {
		dh := drh[h*(R-1) : (h+1)*(R-1)]
		for a := range dh {
			dh[a] += sc.dh1[k*R+a]
		}
	}

	H2 := 2 * cfg.Hidden
	top := cfg.Layers
	sc.d[top] = grow(sc.d[top], T*H2)
	dx := sc.d[top]
	clear(dx)
	x := sc.outs[cfg.Layers-1]
	for k, l := range m.mlps {
		n := l.dim
		y, mask, dy := sc.mlp[k], sc.mlpm[k], sc.dmlp[k]
		for i := range dy {
			if y[i] > 0 {
				dy[i] *= mask[i]
			} else {
				dy[i] = 0
			}
		}
		sc.mulAT(n, H2, T, dy, x, gr[l.w], true) // dW += dYᵀ·X
		gb := gr[l.b]
		for t := 0; t < T; t++ {
			for j := 0; j < n; j++ {
				gb[j] += dy[t*n+j]
			}
		}
		matmul(T, H2, n, dy, n, m.params[l.w].w, H2, dx, H2, true) // dX += dY·W
	}
	for l := cfg.Layers - 1; l >= 0; l-- {
		for i, v := range sc.outm[l] {
			dx[i] *= v
		}
		in := H2
		if l == 0 {
			in = m.inDim
		}
		din := grow(sc.d[l], T*in)
		sc.d[l] = din
		clear(din)
		m.lstmBackward(&sc.runs[l][0], m.layers[l][0], T, in, dx, 0, gr, din, sc)
		m.lstmBackward(&sc.runs[l][1], m.layers[l][1], T, in, dx, cfg.Hidden, gr, din, sc)
		dx = din
	}
	in := m.inDim
	gw, gf := gr[m.word], gr[m.feat]
	for t := 0; t < T; t++ {
		row := dx[t*in : (t+1)*in]
		mrow := sc.x0m[t*in : (t+1)*in]
		w := int(sc.used[t])
		g := gw[w*cfg.WordDim : (w+1)*cfg.WordDim]
		for k := range g {
			g[k] += row[k] * mrow[k]
		}
		o := cfg.WordDim
		for _, f := range sc.ids[t].feats {
			if f != padID {
				g := gf[int(f)*cfg.FeatDim : (int(f)+1)*cfg.FeatDim]
				for k := range g {
					g[k] += row[o+k] * mrow[o+k]
				}
			}
			o += cfg.FeatDim
		}
		if tg := int(sc.ids[t].tag); m.tag >= 0 && tg != 0 {
			o := in - cfg.TagDim // (the tag's columns come last)
			g := gr[m.tag][tg*cfg.TagDim : (tg+1)*cfg.TagDim]
			for k := range g {
				g[k] += row[o+k] * mrow[o+k]
			}
		}
	}
	return loss
}
