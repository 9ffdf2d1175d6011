package neural

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"dyad/doc"
	"dyad/syntax/conllu"
)

// TrainOptions steer Train.
type TrainOptions struct {
	Epochs  int
	Workers int       // goroutines sharing each batch, at most 4 (the result does not depend on it)
	Log     io.Writer // progress, one line an epoch; may be nil
	// Epoch, when set, is called after each epoch; best says whether its
	// dev LAS is the best so far (the trainer keeps that epoch's parameters).
	Epoch func(epoch int, m *Model, best bool)
	LR    float64
	Clip  float64
	// KeepLast keeps the last epoch's parameters instead of the best on dev.
	KeepLast bool
	// Init, when set, is trained on instead of a new model: its config,
	// words and vectors are kept (Train's cfg and vec are not used), its
	// parameters change in place, and the optimizer starts afresh.
	Init *Model
	// Decay lowers the learning rate linearly from LR to 0 over the run,
	// step by step; without it the rate stays LR.
	Decay bool
}

// Train trains a model on train, choosing the epoch by LAS on dev.
func Train(cfg Config, train, dev []Sentence, vec *Vectors, opt TrainOptions) (*Model, error) {
	if len(train) == 0 {
		return nil, fmt.Errorf("neural: no training sentences")
	}
	if opt.Epochs <= 0 {
		opt.Epochs = 30
	}
	if opt.Workers <= 0 {
		opt.Workers = 1
	}
	if opt.LR == 0 {
		opt.LR = 2e-3
	}
	if opt.Clip == 0 {
		opt.Clip = 5
	}
	m := opt.Init
	if m != nil {
		cfg = m.Cfg
		m.fast.Store(nil) // its weights are about to change
	} else {
		m = newModel(cfg, vocabulary(train, cfg.MinCount), vec)
	}
	tr := newTrainer(m, opt)
	r := rand.New(rand.NewPCG(cfg.Seed, 0x747261696e))
	ids := make([][]wordIDs, len(train))
	for i, s := range train {
		ids[i] = m.sentenceIDs(s.Words, s.Tags)
	}
	best, bestLAS := []param(nil), -1.0
	for ep := 1; ep <= opt.Epochs; ep++ {
		start := time.Now()
		loss := 0.0
		bs := batches(train, cfg.BatchToks, r)
		for j, b := range bs {
			tr.lrScale = opt.lrShare(ep, j, len(bs))
			loss += tr.step(train, ids, b, r)
		}
		uas, las := Evaluate(m, dev)
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "epoch %d loss %.1f dev UAS %.4f LAS %.4f (%s)\n", ep, loss, uas, las, time.Since(start).Round(time.Second))
		}
		improved := las > bestLAS
		if improved {
			bestLAS = las
			best = m.copyParams(best)
		}
		if opt.Epoch != nil {
			opt.Epoch(ep, m, improved)
		}
	}
	if !opt.KeepLast {
		m.params = best
	}
	return m, nil
}

// lrShare is the share of LR that step j of the n steps of epoch ep
// takes: 1, or with Decay falling linearly from 1 at the first step
// towards 0 after the last.
func (opt TrainOptions) lrShare(ep, j, n int) float64 {
	if !opt.Decay {
		return 1
	}
	return 1 - (float64(ep-1)+float64(j)/float64(n))/float64(opt.Epochs)
}

// vocabulary numbers the lower-cased words that train has at least min
// times, in sorted order, from 3 (after the padding, unknown and root rows).
func vocabulary(train []Sentence, min int) map[string]int32 {
	counts := map[string]int{}
	for _, s := range train {
		for _, w := range s.Words {
			counts[strings.ToLower(w)]++
		}
	}
	var vocab []string
	for w, c := range counts {
		if c >= min {
			vocab = append(vocab, w)
		}
	}
	slices.Sort(vocab)
	words := make(map[string]int32, len(vocab))
	for i, w := range vocab {
		words[w] = int32(i) + 3
	}
	return words
}

func (m *Model) copyParams(dst []param) []param {
	if dst == nil {
		dst = make([]param, len(m.params))
		for i, p := range m.params {
			dst[i] = p
			dst[i].w = slices.Clone(p.w)
		}
		return dst
	}
	for i, p := range m.params {
		copy(dst[i].w, p.w)
	}
	return dst
}

// sentenceIDs are the input rows of the words, after the root's; tags
// (may be nil) are read only by a model with TagDim.
func (m *Model) sentenceIDs(words []string, tags []doc.XPOS) []wordIDs {
	ids := make([]wordIDs, len(words)+1)
	ids[0] = wordIDs{word: rootID}
	for i, w := range words {
		ids[i+1] = m.ids(w)
		if m.tag >= 0 && tags != nil {
			ids[i+1].tag = int32(tags[i])
		}
	}
	return ids
}

// batches groups sentences of like length into batches of about tok
// tokens, in an order shuffled by r.
func batches(data []Sentence, tok int, r *rand.Rand) [][]int {
	idx := make([]int, len(data))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return len(data[a].Words) - len(data[b].Words) })
	var out [][]int
	var cur []int
	n := 0
	for _, i := range idx {
		cur = append(cur, i)
		n += len(data[i].Words)
		if n >= tok {
			out = append(out, cur)
			cur, n = nil, 0
		}
	}
	if cur != nil {
		out = append(out, cur)
	}
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// trainer holds the optimiser state and the workers' gradients.
type trainer struct {
	m       *Model
	opt     TrainOptions
	grads   [][][]float32 // per worker, per param
	sc      []scratch
	adamM   [][]float32
	adamV   [][]float32
	steps   int
	losses  []float64
	iw      *inferWeights // the weights as the forward pass reads them
	lrScale float64       // the learning rate's share this step (Decay)
}

// lanes is the number of gradient sums a batch is split into: sentence k
// goes to lane k mod lanes and the lanes are added in order, so the model
// is the same whatever the number of workers (up to lanes) that run them.
const lanes = 4

func newTrainer(m *Model, opt TrainOptions) *trainer {
	t := &trainer{m: m, opt: opt, sc: make([]scratch, lanes), losses: make([]float64, lanes)}
	alloc := func() [][]float32 {
		g := make([][]float32, len(m.params))
		for i, p := range m.params {
			g[i] = make([]float32, len(p.w))
		}
		return g
	}
	for range lanes {
		t.grads = append(t.grads, alloc())
	}
	t.adamM, t.adamV = alloc(), alloc()
	t.iw = m.layout()
	t.lrScale = 1
	return t
}

// step trains on one batch: forward and backward per sentence, each with
// its own random stream drawn from r in a fixed order, the gradients
// summed per lane, the lanes added in order, clipped, then one Adam update.
func (t *trainer) step(data []Sentence, ids [][]wordIDs, batch []int, r *rand.Rand) float64 {
	ntok := 0
	for _, i := range batch {
		ntok += len(data[i].Words)
	}
	scale := float32(1 / float64(ntok))
	seeds := make([]uint64, len(batch))
	for i := range seeds {
		seeds[i] = r.Uint64()
	}
	W := min(max(t.opt.Workers, 1), lanes)
	var wg sync.WaitGroup
	for w := 0; w < W; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for lane := w; lane < lanes; lane += W {
				gr := t.grads[lane]
				for _, g := range gr {
					clear(g)
				}
				t.losses[lane] = 0
				for k := lane; k < len(batch); k += lanes {
					i := batch[k]
					rs := rand.New(rand.NewPCG(seeds[k], 1))
					t.m.forward(&t.sc[lane], ids[i], rs, t.iw)
					t.losses[lane] += t.m.backward(&t.sc[lane], data[i].Heads, data[i].Rels, gr, scale, t.iw)
				}
			}
		}(w)
	}
	wg.Wait()
	g := t.grads[0]
	loss := t.losses[0]
	for lane := 1; lane < lanes; lane++ {
		for p := range g {
			for k, v := range t.grads[lane][p] {
				g[p][k] += v
			}
		}
		loss += t.losses[lane]
	}
	var norm float64
	for _, gp := range g {
		for _, v := range gp {
			norm += float64(v) * float64(v)
		}
	}
	norm = math.Sqrt(norm)
	clip := float32(1)
	if norm > t.opt.Clip {
		clip = float32(t.opt.Clip / (norm + 1e-6))
	}
	t.steps++
	const b1, b2, eps = 0.9, 0.9, 1e-8
	c1 := 1 - math.Pow(b1, float64(t.steps))
	c2 := 1 - math.Pow(b2, float64(t.steps))
	lr := float32(t.opt.LR * t.lrScale * math.Sqrt(c2) / c1)
	for p := range g {
		w, mm, vv := t.m.params[p].w, t.adamM[p], t.adamV[p]
		for k, gv := range g[p] {
			gv *= clip
			mm[k] = b1*mm[k] + (1-b1)*gv
			vv[k] = b2*vv[k] + (1-b2)*gv*gv
			w[k] -= lr * mm[k] / (float32(math.Sqrt(float64(vv[k]))) + eps*float32(math.Sqrt(c2)))
		}
	}
	clear(t.m.params[t.m.word].w[:t.m.Cfg.WordDim])
	clear(t.m.params[t.m.feat].w[:t.m.Cfg.FeatDim])
	if t.m.tag >= 0 {
		clear(t.m.params[t.m.tag].w[:t.m.Cfg.TagDim])
	}
	t.iw = t.m.layout()
	return loss / float64(ntok)
}

// Parse returns 1-based heads (0: root) and labels for words, with their
// XPOS tags for a model with TagDim (tags may be nil: untagged), decoded
// as a tree (Chu-Liu-Edmonds over the arc scores, one root). Time and
// memory grow with the square of the length and worse: callers bound it,
// as the syntax stage does at MaxWords.
func (m *Model) Parse(words []string, tags []doc.XPOS) ([]int, []doc.DepRel) {
	var sc scratch
	return m.parse(&sc, m.sentenceIDs(words, tags), m.inference())
}

// parse parses one sentence with the weights iw (the model's, laid out by
// layout).
func (m *Model) parse(sc *scratch, ids []wordIDs, iw *inferWeights) ([]int, []doc.DepRel) {
	m.forward(sc, ids, nil, iw)
	T := len(ids)
	heads := decodeTree(sc.s, T)
	m.relScoresAll(sc, heads, iw)
	rels := make([]doc.DepRel, T-1)
	const L = doc.NumDepRel
	for i := 1; i < T; i++ {
		if heads[i-1] == 0 {
			rels[i-1] = doc.Root
			continue
		}
		score := sc.relScore[(i-1)*L : i*L]
		best := -1
		for l := 1; l < L; l++ { // (not NoDep, not root under a word)
			if doc.DepRel(l) != doc.Root && (best < 0 || score[l] > score[best]) {
				best = l
			}
		}
		rels[i-1] = doc.DepRel(best)
	}
	return heads, rels
}

// Evaluate parses data and returns UAS and LAS (punctuation counted,
// labels compared on their universal part), on all cores.
func Evaluate(m *Model, data []Sentence) (uas, las float64) {
	workers := runtime.GOMAXPROCS(0)
	counts := make([][3]int, workers) // words, heads right, labels right
	iw := m.layout()                  // (anew: the model may be training)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var sc scratch
			c := &counts[w]
			for k := w; k < len(data); k += workers {
				s := data[k]
				heads, rels := m.parse(&sc, m.sentenceIDs(s.Words, s.Tags), iw)
				for i := range heads {
					c[0]++
					if heads[i] == s.Heads[i] {
						c[1]++
						if rels[i].Universal() == s.Rels[i].Universal() {
							c[2]++
						}
					}
				}
			}
		}()
	}
	wg.Wait()
	var n, u, l int
	for _, c := range counts {
		n, u, l = n+c[0], u+c[1], l+c[2]
	}
	if n == 0 {
		return 0, 0
	}
	return float64(u) / float64(n), float64(l) / float64(n)
}

// Sentences are the sentences of a treebank with their gold trees.
func Sentences(tb *conllu.Treebank) []Sentence {
	d := tb.Doc
	out := make([]Sentence, 0, len(d.Sentences))
	for _, s := range d.Sentences {
		r := s.Tokens
		ns := Sentence{Words: make([]string, 0, r.Len()), Tags: make([]doc.XPOS, 0, r.Len()), Heads: make([]int, 0, r.Len()), Rels: make([]doc.DepRel, 0, r.Len())}
		for i := r.Start; i < r.End; i++ {
			t := d.Tokens[i]
			h := 0
			if t.Head >= 0 {
				h = int(t.Head-r.Start) + 1
			}
			ns.Words = append(ns.Words, d.TokenText(int(i)))
			ns.Tags = append(ns.Tags, t.XPOS)
			ns.Heads = append(ns.Heads, h)
			ns.Rels = append(ns.Rels, t.Dep)
		}
		out = append(out, ns)
	}
	return out
}

// WithTags returns a copy of m, a model without tags, that also reads an
// XPOS embedding of dim numbers (Config.TagDim) and parses as m does until
// trained on: the first layer's new input columns are zero, the embedding
// random as newModel starts one. It is how a tagless model goes on
// training with tags (dyad train neural --init FILE --tag-dim N).
func (m *Model) WithTags(dim int) (*Model, error) {
	if m.tag >= 0 {
		return nil, fmt.Errorf("neural: the model has tags already (TagDim %d)", m.Cfg.TagDim)
	}
	cfg := m.Cfg
	cfg.TagDim = dim
	n := newModel(cfg, m.Words, m.Vec)
	from := m.params
	for i := range n.params {
		if i == n.tag {
			continue
		}
		src, dst := from[0], &n.params[i]
		from = from[1:]
		if src.rows != dst.rows || src.cols > dst.cols {
			return nil, fmt.Errorf("neural: parameter %s is %dx%d, want %dx%d", src.name, src.rows, src.cols, dst.rows, dst.cols)
		}
		for r := range src.rows { // (the first layer's rows gain dim zero columns)
			row := dst.w[r*dst.cols : (r+1)*dst.cols]
			copy(row, src.w[r*src.cols:(r+1)*src.cols])
			clear(row[src.cols:])
		}
	}
	return n, nil
}
