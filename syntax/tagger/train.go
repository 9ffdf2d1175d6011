package tagger

import (
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"sort"

	"dyad/doc"
)

// TrainOptions are the knobs of Train. The zero value means the defaults
// tuned on UD_English-EWT dev.
type TrainOptions struct {
	Epochs       int     // training epochs of each pass (default 10); the best epoch on dev is kept
	Passes       int     // 1 or 2 (default 1: on EWT dev a second pass gained 0.07 points for twice the work)
	Folds        int     // jackknife folds for the second pass's training tags (default 5)
	Seed         uint64  // shuffling seed (default 1)
	MinWordCount int     // a word needs this many training tokens to enter the dictionary (default 3)
	CandCount    int     // ... and this many to be restricted to the classes it took (default 10)
	SureCount    int     // ... and this many to have its tag fixed without scoring (default 10)
	SureShare    float64 // ... when its commonest tag has this share (default 0.98)
	OpenCount    int     // a class is open to unknown words if rare training words took it this often (default 2)
	Prune        float64 // averaged weights below this in magnitude are dropped (default 0.01)
	WordNet      string  // WordNet 3 dict directory for the lexicon features; "" for none
}

func (o *TrainOptions) defaults() {
	if o.Epochs <= 0 {
		o.Epochs = 10
	}
	if o.Passes <= 0 {
		o.Passes = 1
	}
	if o.Folds <= 1 {
		o.Folds = 5
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.MinWordCount <= 0 {
		o.MinWordCount = 3
	}
	if o.CandCount <= 0 {
		o.CandCount = 10
	}
	if o.SureCount <= 0 {
		o.SureCount = 10
	}
	if o.SureShare <= 0 {
		o.SureShare = 0.98
	}
	if o.OpenCount <= 0 {
		o.OpenCount = 2
	}
	if o.Prune < 0 {
		o.Prune = 0
	} else if o.Prune == 0 {
		o.Prune = 0.01
	}
}

// Score counts a tagger's agreement with gold tags.
type Score struct {
	Tokens, UPOSCorrect, XPOSCorrect, BothCorrect int
}

func frac(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// UPOS is the share of tokens with the gold UPOS.
func (s Score) UPOS() float64 { return frac(s.UPOSCorrect, s.Tokens) }

// XPOS is the share of tokens with the gold XPOS.
func (s Score) XPOS() float64 { return frac(s.XPOSCorrect, s.Tokens) }

// Both is the share of tokens with both tags right.
func (s Score) Both() float64 { return frac(s.BothCorrect, s.Tokens) }

func (s Score) String() string {
	return fmt.Sprintf("UPOS %.4f XPOS %.4f both %.4f (%d tokens)", s.UPOS(), s.XPOS(), s.Both(), s.Tokens)
}

// Accuracy tags a copy of gold's tokens (gold tokenisation) and compares
// the tags with gold's. gold is not modified.
func (m *Model) Accuracy(gold *doc.Doc) Score {
	d := *gold
	d.Tokens = slices.Clone(gold.Tokens)
	for i := range d.Tokens {
		d.Tokens[i].UPOS, d.Tokens[i].XPOS = doc.NoPOS, doc.NoXPOS
	}
	m.TagAll(&d)
	var s Score
	for _, sent := range gold.Sentences {
		for i := sent.Tokens.Start; i < sent.Tokens.End; i++ {
			g, p := gold.Tokens[i], d.Tokens[i]
			s.Tokens++
			u, x := g.UPOS == p.UPOS, g.XPOS == p.XPOS
			if u {
				s.UPOSCorrect++
			}
			if x {
				s.XPOSCorrect++
			}
			if u && x {
				s.BothCorrect++
			}
		}
	}
	return s
}

// tEntry is one class weight of a feature during training, with what
// averaging needs: the running total and when w last changed.
type tEntry struct {
	c   uint8
	w   int32
	tot int64
	ts  int64
}

// perceptron holds training weights: sparse rows, created on first update.
type perceptron struct {
	index map[uint64]int32
	keys  []uint64
	rows  [][]tEntry
	now   int64 // instances seen
}

func newPerceptron() *perceptron { return &perceptron{index: map[uint64]int32{}} }

func (p *perceptron) score(keys []uint64, scores []int64) {
	for _, k := range keys {
		if r, ok := p.index[k]; ok {
			for _, e := range p.rows[r] {
				scores[e.c] += int64(e.w)
			}
		}
	}
}

func (p *perceptron) bump(r int32, c int16, d int32) {
	row := p.rows[r]
	for i := range row {
		if row[i].c == uint8(c) {
			e := &row[i]
			e.tot += (p.now - e.ts) * int64(e.w)
			e.w += d
			e.ts = p.now
			return
		}
	}
	p.rows[r] = append(row, tEntry{c: uint8(c), w: d, ts: p.now})
}

func (p *perceptron) update(keys []uint64, gold, guess int16) {
	for _, k := range keys {
		r, ok := p.index[k]
		if !ok {
			r = int32(len(p.rows))
			p.index[k] = r
			p.keys = append(p.keys, k)
			p.rows = append(p.rows, nil)
		}
		p.bump(r, gold, 1)
		p.bump(r, guess, -1)
	}
}

// averaged returns the averaged weights of every feature, by key.
func (p *perceptron) averaged() map[uint64][]avgWeight {
	out := make(map[uint64][]avgWeight, len(p.keys))
	if p.now == 0 {
		return out
	}
	for r, k := range p.keys {
		var ws []avgWeight
		for _, e := range p.rows[r] {
			tot := e.tot + (p.now-e.ts)*int64(e.w)
			if tot != 0 {
				ws = append(ws, avgWeight{e.c, float64(tot) / float64(p.now)})
			}
		}
		if len(ws) > 0 {
			out[k] = ws
		}
	}
	return out
}

type avgWeight struct {
	c uint8
	w float64
}

// buildModel quantises averaged weights to int16 (one scale per pass),
// drops those below prune, and lays them out for tagging.
func buildModel(classes []class, dict *dictData, p1, p2 map[uint64][]avgWeight, prune float64) *Model {
	scale := func(ws map[uint64][]avgWeight) float64 {
		mx := 0.0
		for _, row := range ws {
			for _, e := range row {
				mx = math.Max(mx, math.Abs(e.w))
			}
		}
		if mx == 0 {
			return 1
		}
		return 32767 / mx
	}
	s1, s2 := scale(p1), scale(p2)
	keys := make([]uint64, 0, len(p1)+len(p2))
	for k := range p1 {
		keys = append(keys, k)
	}
	for k := range p2 {
		if _, ok := p1[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	q := func(w, s float64) int16 {
		if math.Abs(w) < prune {
			return 0
		}
		return int16(math.Round(w * s))
	}
	feats := make([]feature, 0, len(keys))
	var row [maxClasses + 1]entry
	for _, k := range keys {
		for i := range classes {
			row[i] = entry{c: uint8(i)}
		}
		for _, e := range p1[k] {
			row[e.c].a = q(e.w, s1)
		}
		for _, e := range p2[k] {
			row[e.c].b = q(e.w, s2)
		}
		var ents []entry
		for _, e := range row[:len(classes)] {
			if e.a != 0 || e.b != 0 {
				ents = append(ents, e)
			}
		}
		if len(ents) > 0 {
			feats = append(feats, feature{key: k, ents: ents})
		}
	}
	m := &Model{classes: classes, passes: 1}
	if p2 != nil {
		m.passes = 2
	}
	words := slices.Clone(dict.words)
	m.build(feats, words, dict.lists, dict.open, dict.lex)
	m.setBases(dict.local)
	return m
}

// trainSet is the training treebank laid out for the trainer.
type trainSet struct {
	d     *doc.Doc
	gold  []int16 // class per token of d
	sents []doc.TokRange
}

// Train learns a tagger from train, choosing the epoch of each pass by
// accuracy on dev. It logs per-epoch dev accuracy to log (may be nil).
// Training is deterministic: the same inputs and options give the same
// model bytes.
func Train(train, dev *doc.Doc, opts TrainOptions, log io.Writer) (*Model, error) {
	opts.defaults()
	if log == nil {
		log = io.Discard
	}
	if opts.Passes > 2 {
		return nil, fmt.Errorf("tagger: %d passes asked; 1 or 2 are possible", opts.Passes)
	}
	classes, index, err := classSet(train)
	if err != nil {
		return nil, err
	}
	ts := &trainSet{d: train, gold: make([]int16, len(train.Tokens))}
	for i, t := range train.Tokens {
		ts.gold[i] = index[class{t.UPOS, t.XPOS}]
	}
	for _, s := range train.Sentences {
		if s.Tokens.Len() > 0 {
			ts.sents = append(ts.sents, s.Tokens)
		}
	}
	dd := buildDict(train, ts.gold, len(classes), opts)
	if opts.WordNet != "" {
		if dd.lex, err = readWordNet(opts.WordNet); err != nil {
			return nil, err
		}
	}
	dict := newWordDict(dd.words, dd.lists, dd.open, dd.lex)
	if dd.lex != nil {
		k, _ := dd.lex.entries()
		fmt.Fprintf(log, "tagger: lexicon of %d words from %s\n", len(k), opts.WordNet)
	}
	fmt.Fprintf(log, "tagger: %d training tokens, %d classes, %d dictionary words, %d classes open to unknown words\n",
		len(train.Tokens), len(classes), len(dd.words), len(dd.open))

	// First pass.
	var best1 map[uint64][]avgWeight
	bestScore, bestEpoch := -1.0, 0
	p1 := newPerceptron()
	for ep := 1; ep <= opts.Epochs; ep++ {
		errs := trainEpoch(p1, ts, ts.sents, dict, nil, opts.Seed, ep)
		avg := p1.averaged()
		m := buildModel(classes, dd, avg, nil, opts.Prune)
		sc := m.Accuracy(dev)
		fmt.Fprintf(log, "pass 1 epoch %2d: train errors %.4f, dev %s, %d weights\n", ep, errs, sc, m.NumWeights())
		if sc.UPOS() > bestScore {
			bestScore, bestEpoch, best1 = sc.UPOS(), ep, avg
		}
	}
	fmt.Fprintf(log, "pass 1: keeping epoch %d (dev UPOS %.4f)\n", bestEpoch, bestScore)
	if opts.Passes == 1 {
		return buildModel(classes, dd, best1, nil, opts.Prune), nil
	}

	// Jackknife: first-pass tags for every training sentence from a model
	// that never saw it.
	right := make([]int16, len(train.Tokens))
	for f := 0; f < opts.Folds; f++ {
		var in, out []doc.TokRange
		for i, s := range ts.sents {
			if i%opts.Folds == f {
				out = append(out, s)
			} else {
				in = append(in, s)
			}
		}
		pf := newPerceptron()
		for ep := 1; ep <= bestEpoch; ep++ {
			trainEpoch(pf, ts, in, dict, nil, opts.Seed, ep)
		}
		m := buildModel(classes, dd, pf.averaged(), nil, opts.Prune)
		s := m.getScratch()
		var wrong, n int
		for _, r := range out {
			m.tag(s, train.Article.Text, train.Tokens[r.Start:r.End])
			copy(right[r.Start:r.End], s.tags1)
			for i := r.Start; i < r.End; i++ {
				n++
				if right[i] != ts.gold[i] {
					wrong++
				}
			}
		}
		fmt.Fprintf(log, "jackknife fold %d/%d: first-pass error %.4f on %d tokens\n", f+1, opts.Folds, frac(wrong, n), n)
	}

	var best2 map[uint64][]avgWeight
	bestScore, bestEpoch = -1.0, 0
	p2 := newPerceptron()
	for ep := 1; ep <= opts.Epochs; ep++ {
		errs := trainEpoch(p2, ts, ts.sents, dict, right, opts.Seed, ep)
		avg := p2.averaged()
		m := buildModel(classes, dd, best1, avg, opts.Prune)
		sc := m.Accuracy(dev)
		fmt.Fprintf(log, "pass 2 epoch %2d: train errors %.4f, dev %s, %d weights\n", ep, errs, sc, m.NumWeights())
		if sc.UPOS() > bestScore {
			bestScore, bestEpoch, best2 = sc.UPOS(), ep, avg
		}
	}
	fmt.Fprintf(log, "pass 2: keeping epoch %d (dev UPOS %.4f)\n", bestEpoch, bestScore)
	return buildModel(classes, dd, best1, best2, opts.Prune), nil
}

// trainEpoch runs one perceptron epoch over sents in a shuffled order fixed
// by seed and epoch, and returns the share of tokens it got wrong.
// right, when not nil, holds first-pass classes for the second pass.
func trainEpoch(p *perceptron, ts *trainSet, sents []doc.TokRange, dict *wordDict, right []int16, seed uint64, epoch int) float64 {
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, uint64(epoch)))
	rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	s := &scratch{}
	scores := make([]int64, maxClasses+1)
	var pred []int16
	keys := make([]uint64, 0, numStatic+numDynamic2)
	wrong, n := 0, 0
	for _, si := range order {
		r := sents[si]
		toks := ts.d.Tokens[r.Start:r.End]
		gold := ts.gold[r.Start:r.End]
		s.prepare(ts.d.Article.Text, toks, dict)
		s.staticFeatures(false)
		pred = pred[:0]
		var rt []int16
		if right != nil {
			rt = right[r.Start:r.End]
		}
		for i := range toks {
			cands := s.info[i+2].cands
			if len(cands) == 1 {
				pred = append(pred, int16(cands[0]))
				continue
			}
			keys = append(keys[:0], s.static[i*numStatic:(i+1)*numStatic]...)
			keys = s.dynamicFeatures(keys, i, pred, rt)
			clear(scores)
			p.score(keys, scores)
			guess := int16(cands[0])
			for _, c := range cands[1:] {
				if scores[c] > scores[guess] {
					guess = int16(c)
				}
			}
			p.now++
			n++
			if guess != gold[i] {
				wrong++
				p.update(keys, gold[i], guess)
			}
			pred = append(pred, guess)
		}
	}
	return frac(wrong, n)
}

// classSet numbers the (UPOS, XPOS) pairs of train, commonest first.
func classSet(train *doc.Doc) ([]class, map[class]int16, error) {
	counts := map[class]int{}
	for _, s := range train.Sentences {
		for _, t := range train.Tokens[s.Tokens.Start:s.Tokens.End] {
			if t.UPOS == doc.NoPOS || t.XPOS == doc.NoXPOS {
				return nil, nil, errors.New("tagger: training data has untagged tokens; it needs gold UPOS and XPOS")
			}
			counts[class{t.UPOS, t.XPOS}]++
		}
	}
	if len(counts) == 0 {
		return nil, nil, errors.New("tagger: training data has no tokens")
	}
	if len(counts) > maxClasses {
		return nil, nil, fmt.Errorf("tagger: %d (UPOS, XPOS) pairs in training; at most %d fit", len(counts), maxClasses)
	}
	classes := make([]class, 0, len(counts))
	for c := range counts {
		classes = append(classes, c)
	}
	sort.Slice(classes, func(i, j int) bool {
		a, b := classes[i], classes[j]
		if counts[a] != counts[b] {
			return counts[a] > counts[b]
		}
		if a.UPOS != b.UPOS {
			return a.UPOS < b.UPOS
		}
		return a.XPOS < b.XPOS
	})
	index := make(map[class]int16, len(classes))
	for i, c := range classes {
		index[c] = int16(i)
	}
	return classes, index, nil
}

// dictData is the word dictionary as Train builds it.
type dictData struct {
	words []dictEntry
	lists [][]uint8
	open  []uint8
	lex   *lexicon
	local [][numLocal]uint64 // word-only feature keys of each of words
}

// buildDict records, for each word seen at least MinWordCount times, its
// ambiguity class (the classes it took at least 5% of the time) and the
// classes it took (only its commonest when that one has SureShare of at
// least SureCount tokens). Unknown words may take the classes that rare
// training words (seen at most twice) took at least OpenCount times.
func buildDict(train *doc.Doc, gold []int16, nc int, opts TrainOptions) *dictData {
	counts := map[uint64][]int32{}
	first := map[uint64]tokInfo{}
	s := &scratch{}
	empty := &wordDict{}
	for _, sent := range train.Sentences {
		r := sent.Tokens
		s.prepare(train.Article.Text, train.Tokens[r.Start:r.End], empty)
		for i := r.Start; i < r.End; i++ {
			ti := &s.info[i-r.Start+2]
			w := ti.word | 1
			c := counts[w]
			if c == nil {
				c = make([]int32, nc)
				counts[w] = c
				first[w] = *ti
			}
			c[gold[i]]++
		}
	}
	keys := make([]uint64, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	dd := &dictData{}
	rare := make([]int32, nc)
	for _, k := range keys {
		c := counts[k]
		total := int32(0)
		for _, n := range c {
			total += n
		}
		if total <= 2 {
			for i, n := range c {
				rare[i] += n
			}
		}
	}
	for i, n := range rare {
		if int(n) >= opts.OpenCount {
			dd.open = append(dd.open, uint8(i))
		}
	}
	if len(dd.open) < 2 {
		// Too little data to tell: let unknown words take any class.
		dd.open = dd.open[:0]
		for i := 0; i < nc; i++ {
			dd.open = append(dd.open, uint8(i))
		}
	}
	open := dd.open
	listIndex := map[string]uint32{}
	for _, k := range keys {
		c := counts[k]
		total, top := int32(0), 0
		for i, n := range c {
			total += n
			if n > c[top] {
				top = i
			}
		}
		if int(total) < opts.MinWordCount {
			continue
		}
		amb := uint64(fnvOffset)
		var cands []uint8
		for i, n := range c {
			if n*20 >= total {
				amb = mix(amb ^ uint64(i+1))
			}
			if n > 0 {
				cands = append(cands, uint8(i))
			}
		}
		if int(total) < opts.CandCount {
			cands = append(cands, open...)
			slices.Sort(cands)
			cands = slices.Compact(cands)
		} else if int(total) >= opts.SureCount && float64(c[top]) >= opts.SureShare*float64(total) {
			cands = []uint8{uint8(top)}
		}
		li, ok := listIndex[string(cands)]
		if !ok {
			li = uint32(len(dd.lists))
			listIndex[string(cands)] = li
			dd.lists = append(dd.lists, cands)
		}
		dd.words = append(dd.words, dictEntry{key: k, amb: amb | 1, cands: li})
		ti := first[k]
		ti.amb, ti.lex = amb|1, lexKnown
		var lk [numLocal]uint64
		localFeatures(lk[:], &ti)
		dd.local = append(dd.local, lk)
	}
	return dd
}
