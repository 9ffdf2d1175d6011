package parser

import (
	"cmp"
	"fmt"
	"io"
	"slices"

	"dyad/doc"
)

// TrainOptions control Train. The zero value is not useful; start from
// DefaultTrainOptions.
type TrainOptions struct {
	Epochs      int     // passes over the training sentences
	Seed        uint64  // seeds shuffling and exploration; same seed, same model
	Explore     float64 // probability of following a wrong prediction (dynamic oracle exploration)
	ExploreFrom int     // first epoch (1-based) that explores
	MinWeight   float32 // rows whose largest averaged weight is below this are pruned from the model
	// LabelMinWeight is MinWeight for the label table; 0: MinWeight.
	LabelMinWeight float32
	// PruneReport lists pruning bounds to try on the last epoch's
	// weights, for choosing MinWeight: each on the transition table (the
	// label table as LabelMinWeight says), then each on the label table,
	// logging the rows and dev scores. Nothing else changes.
	PruneReport []float32
	// NonProjective says what to do with non-projective training trees:
	// "lift" (pseudo-projective lifting without label encoding) or "drop".
	NonProjective string
	// Features is the feature set (featuresZN = 1, featuresAmb = 2).
	Features int
	// Lexicon is the gold-tagged text whose forms' tags make the
	// ambiguity classes of featuresAmb; nil: the training trees, as
	// tagged.
	Lexicon *doc.Doc
	// DropAction and DropLabel are templates not to train (experiments:
	// the model file does not record them, but an untrained template has
	// no weights, so parsing looks them up in vain).
	DropAction, DropLabel []int
	// Ensemble is the number of perceptrons trained side by side, on
	// seeds Seed, Seed+1, ...; the model's weights are the means of
	// theirs, so it scores as their sum does (0 or 1: one perceptron).
	Ensemble int
	Log      io.Writer // per-epoch progress; nil for none
}

// DefaultTrainOptions are the settings the shipped model was trained with.
func DefaultTrainOptions() TrainOptions {
	return TrainOptions{Epochs: 10, Seed: 1, Explore: 0.9, ExploreFrom: 2, MinWeight: 0.5, NonProjective: "drop", Features: featuresZN}
}

// goldSentence is one training tree in parser positions (1..n, 0 root).
type goldSentence struct {
	sent  sentence
	head  []int32 // [0] = -2 so no word matches the root's head
	label []uint8
}

// Scores are attachment scores over words, punctuation included; labels
// compare on the universal relation.
type Scores struct {
	Words    int
	UAS, LAS float64
}

func (s Scores) String() string {
	return fmt.Sprintf("UAS %.4f LAS %.4f (%d words)", s.UAS, s.LAS, s.Words)
}

// Train learns a model from the gold trees of train (its UPOS and XPOS are
// the features: set them to predicted tags to train for runtime
// conditions), evaluating on dev after every epoch and returning the model
// of the epoch with the best dev LAS. dev may be nil. Training is
// deterministic: the same inputs and options give the same model.
func Train(train, dev *doc.Doc, opt TrainOptions) (*Model, error) {
	if opt.Epochs < 1 {
		return nil, fmt.Errorf("train parser: %d epochs; want at least 1", opt.Epochs)
	}
	if opt.Features < featuresZN || opt.Features > lastFeatures {
		return nil, fmt.Errorf("train parser: feature set %d; want %d to %d", opt.Features, featuresZN, lastFeatures)
	}
	var lex *lexicon
	if opt.Features >= featuresAmb {
		src := opt.Lexicon
		if src == nil {
			src = train
		}
		lex = buildLexicon(src)
		logf(opt.Log, "lexicon: %d forms with an ambiguity class\n", lex.n)
	}
	gold, nonProj, dropped := goldSentences(train, opt.NonProjective == "drop", lex)
	if len(gold) == 0 {
		return nil, fmt.Errorf("train parser: no usable training sentences in %d", len(train.Sentences))
	}
	logf(opt.Log, "train: %d sentences (%d non-projective, %s; %d dropped)\n", len(gold), nonProj, opt.NonProjective, dropped)

	m := &Model{}
	m.setFeatures(opt.Features, lex)
	nact, nlab := m.nact, m.nlab
	keepAct, keepLab := kept(nact, opt.DropAction), kept(nlab, opt.DropLabel)
	for _, g := range gold {
		for d := 1; d <= g.sent.n; d++ {
			h := g.head[d]
			if h <= 0 {
				continue
			}
			if int32(d) < h {
				m.labelOK[left][g.label[d]] = true
			} else {
				m.labelOK[right][g.label[d]] = true
			}
		}
	}
	m.labelOK[left][doc.Root], m.labelOK[right][doc.Root] = false, false

	k := max(opt.Ensemble, 1)
	members := make([]*member, k)
	for i := range members {
		members[i] = newMember(opt.Seed+uint64(i), len(gold))
	}
	tr := &trainer{opt: &opt, gold: gold, labelOK: &m.labelOK, keepAct: keepAct, keepLab: keepLab}
	freeze2 := func(minAbs, labAbs float32) *Model {
		if k == 1 {
			mb := members[0]
			return newModel(mb.act.freeze(mb.step, minAbs), mb.lab.freeze(mb.lstep, labAbs), &m.labelOK, opt.Features, lex)
		}
		acts, labs := make([]*trainTable, k), make([]*trainTable, k)
		steps, lsteps := make([]int64, k), make([]int64, k)
		for i, mb := range members {
			acts[i], labs[i], steps[i], lsteps[i] = mb.act, mb.lab, mb.step, mb.lstep
		}
		return newModel(freezeMean(acts, steps, minAbs), freezeMean(labs, lsteps, labAbs), &m.labelOK, opt.Features, lex)
	}
	labMin := func(minAbs float32) float32 {
		if minAbs > 0 && opt.LabelMinWeight > 0 {
			return opt.LabelMinWeight
		}
		return minAbs
	}
	freeze := func(minAbs float32) *Model { return freeze2(minAbs, labMin(minAbs)) }
	var (
		bestModel *Model
		bestLAS   = -1.0
	)
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		var correct, total, actRows, labRows int
		for _, mb := range members {
			c, t := tr.epoch(mb, epoch)
			correct, total = correct+c, total+t
			actRows, labRows = actRows+mb.act.rows(), labRows+mb.lab.rows()
		}
		cur := freeze(0)
		line := fmt.Sprintf("epoch %d: %d transition rows, %d label rows, train label acc %.4f", epoch, actRows, labRows, frac(correct, total))
		if dev != nil {
			sc := cur.Evaluate(dev)
			line += fmt.Sprintf("; dev %s", sc)
			if sc.LAS > bestLAS {
				bestLAS = sc.LAS
				bestModel = cur
				if opt.MinWeight > 0 {
					bestModel = freeze(opt.MinWeight)
					line += fmt.Sprintf(" *; pruned below %g: %s", opt.MinWeight, bestModel.Evaluate(dev))
				} else {
					line += " *"
				}
			}
		}
		logf(opt.Log, "%s\n", line)
		if epoch == opt.Epochs && dev != nil {
			for _, x := range opt.PruneReport {
				pm := freeze2(x, labMin(opt.MinWeight))
				logf(opt.Log, "last epoch, transitions pruned below %g: %d rows, dev %s\n", x, pm.act.rows(), pm.Evaluate(dev))
			}
			for _, x := range opt.PruneReport {
				pm := freeze2(opt.MinWeight, x)
				logf(opt.Log, "last epoch, labels pruned below %g: %d rows, dev %s\n", x, pm.lab.rows(), pm.Evaluate(dev))
			}
		}
	}
	if bestModel == nil {
		bestModel = freeze(opt.MinWeight)
	}
	logf(opt.Log, "model: %d transition rows, %d label rows after pruning below %g (labels %g)\n", bestModel.act.rows(), bestModel.lab.rows(), opt.MinWeight, cmp.Or(opt.LabelMinWeight, opt.MinWeight))
	return bestModel, nil
}

// member is one perceptron of an ensemble (TrainOptions.Ensemble): its
// tables, step counters, generator and order of the training sentences.
type member struct {
	act, lab    *trainTable
	step, lstep int64
	rng         *splitmixState
	order       []int
}

func newMember(seed uint64, n int) *member {
	mb := &member{act: newTrainTable(numActions), lab: newTrainTable(doc.NumDepRel),
		step: 1, lstep: 1, rng: splitmix(seed), order: make([]int, n)}
	for i := range mb.order {
		mb.order[i] = i
	}
	return mb
}

// trainer holds what the members of an ensemble share.
type trainer struct {
	opt              *TrainOptions
	gold             []goldSentence
	labelOK          *[numActions][doc.NumDepRel]bool
	keepAct, keepLab []int
	feats            [numActionFeats]uint64
	lfeats           [numLabelFeats]uint64
	actBuf           [numActionFeats]uint64
	labBuf           [numLabelFeats]uint64
	st               state
}

// epoch trains mb for one epoch and returns how many arcs of gold heads
// it labelled right, of how many.
func (tr *trainer) epoch(mb *member, epoch int) (correct, total int) {
	opt, act, lab, rng, order := tr.opt, mb.act, mb.lab, mb.rng, mb.order
	var (
		score  [numActions]float32
		lscore [doc.NumDepRel]float32
		st     = &tr.st
	)
	// Fisher-Yates with our own generator: the same on every platform.
	for i := len(order) - 1; i > 0; i-- {
		j := int(rng.next() % uint64(i+1))
		order[i], order[j] = order[j], order[i]
	}
	explore := epoch >= opt.ExploreFrom && opt.Explore > 0
	for _, gi := range order {
		g := &tr.gold[gi]
		s := &g.sent
		st.reset(s.n)
		for !st.terminal() {
			ok := st.valid()
			actionFeats(s, st, tr.feats[:])
			af := pick(tr.feats[:], tr.keepAct, tr.actBuf[:])
			act.score(af, score[:])
			pred := best(&score, &ok)
			cost := st.costs(g.head)
			// The oracle's choice: the best-scoring action of least cost.
			min := -1
			for a := 0; a < numActions; a++ {
				if ok[a] && (min < 0 || cost[a] < cost[min]) {
					min = a
				}
			}
			want := -1
			for a := 0; a < numActions; a++ {
				if ok[a] && cost[a] == cost[min] && (want < 0 || score[a] > score[want]) {
					want = a
				}
			}
			follow := pred
			if cost[pred] > cost[min] {
				act.update(af, want, pred, mb.step)
				if !explore || rng.float() >= opt.Explore {
					follow = want
				}
			}
			mb.step++
			var l uint8
			if follow != shift {
				d, h := st.s(0), st.s(1)
				if follow == left {
					h = st.buf(0)
				}
				if h == 0 {
					l = uint8(doc.Root)
				} else {
					labelFeats(s, st, follow, h, d, tr.lfeats[:])
					lf := pick(tr.lfeats[:], tr.keepLab, tr.labBuf[:])
					lab.score(lf, lscore[:])
					pl := bestLabel(&lscore, &tr.labelOK[follow])
					l = pl
					if g.head[d] == h {
						gl := g.label[d]
						total++
						if pl != gl {
							lab.update(lf, int(gl), int(pl), mb.lstep)
						} else {
							correct++
						}
						mb.lstep++
						l = gl
					}
				}
			}
			st.apply(follow, l)
		}
	}
	return correct, total
}

// kept lists the templates below n not in drop.
func kept(n int, drop []int) []int {
	var k []int
	for i := 0; i < n; i++ {
		if !slices.Contains(drop, i) {
			k = append(k, i)
		}
	}
	return k
}

// pick gathers the features keep lists into buf.
func pick(f []uint64, keep []int, buf []uint64) []uint64 {
	buf = buf[:len(keep)]
	for j, k := range keep {
		buf[j] = f[k]
	}
	return buf
}

func bestLabel(score *[doc.NumDepRel]float32, ok *[doc.NumDepRel]bool) uint8 {
	b := -1
	for r := range score {
		if ok[r] && (b < 0 || score[r] > score[b]) {
			b = r
		}
	}
	if b < 0 {
		return uint8(doc.Dep)
	}
	return uint8(b)
}

// Evaluate parses a copy of every sentence of gold with m and scores it
// against gold's trees.
func (m *Model) Evaluate(gold *doc.Doc) Scores {
	sys := &doc.Doc{Article: gold.Article, Sentences: gold.Sentences, Tokens: append([]doc.Token(nil), gold.Tokens...)}
	for _, s := range sys.Sentences {
		m.Parse(sys, s.Tokens)
	}
	return AttachmentScores(gold, sys)
}

// AttachmentScores compares the trees of sys with those of gold token by
// token; the two must have the same tokens.
func AttachmentScores(gold, sys *doc.Doc) Scores {
	var sc Scores
	var u, l int
	for i := range gold.Tokens {
		g, s := &gold.Tokens[i], &sys.Tokens[i]
		sc.Words++
		if g.Head == s.Head {
			u++
			if g.Dep.Universal() == s.Dep.Universal() {
				l++
			}
		}
	}
	sc.UAS, sc.LAS = frac(u, sc.Words), frac(l, sc.Words)
	return sc
}

func frac(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func logf(w io.Writer, format string, args ...any) {
	if w != nil {
		fmt.Fprintf(w, format, args...)
	}
}

// goldSentences turns the sentences of d into training trees, lifting
// non-projective arcs (or dropping such sentences when drop is set).
// Sentences longer than MaxWords or without a single-rooted tree are
// skipped.
func goldSentences(d *doc.Doc, drop bool, lex *lexicon) (out []goldSentence, nonProj, dropped int) {
	for _, s := range d.Sentences {
		n := s.Tokens.Len()
		if n == 0 || n > MaxWords {
			dropped++
			continue
		}
		g := goldSentence{head: make([]int32, n+1), label: make([]uint8, n+1)}
		g.sent.load(d, s.Tokens, n, lex)
		g.head[0] = -2
		roots := 0
		okTree := true
		for i := 0; i < n; i++ {
			t := d.Tokens[int(s.Tokens.Start)+i]
			if t.Head < 0 {
				g.head[i+1] = 0
				roots++
			} else {
				h := t.Head - s.Tokens.Start + 1
				if h < 1 || int(h) > n {
					okTree = false
				}
				g.head[i+1] = h
			}
			g.label[i+1] = uint8(t.Dep)
		}
		if !okTree || roots != 1 || !isTree(g.head) {
			dropped++
			continue
		}
		if !projective(g.head) {
			nonProj++
			if drop {
				dropped++
				continue
			}
			lift(g.head)
		}
		out = append(out, g)
	}
	return out, nonProj, dropped
}

// splitmix is a small deterministic generator (SplitMix64).
type splitmixState struct{ s uint64 }

func splitmix(seed uint64) *splitmixState { return &splitmixState{seed} }

func (r *splitmixState) next() uint64 {
	r.s += 0x9E3779B97F4A7C15
	z := r.s
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

func (r *splitmixState) float() float64 { return float64(r.next()>>11) / (1 << 53) }
