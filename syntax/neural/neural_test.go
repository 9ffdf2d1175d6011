package neural

import (
	"bytes"
	"hash/fnv"
	"maps"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"dyad/doc"
)

func tinyConfig() Config {
	return Config{WordDim: 3, FeatDim: 2, Buckets: 11, Hidden: 3, Layers: 2, ArcDim: 3, RelDim: 2,
		MaxDist: 2, MinCount: 1, Seed: 7, BatchToks: 10}
}

func tinyVectors() *Vectors {
	v := newVectors(2, 3, map[string]int32{"rebels": 1, "town": 2})
	v.setRow(1, []float32{0.5, -1})
	v.setRow(2, []float32{1.5, 0.25})
	return v
}

// TestGradients checks every analytic gradient of a tiny model (no
// dropout) with tags against central differences of the loss.
func TestGradients(t *testing.T) {
	words := map[string]int32{"rebels": 3, "attacked": 4, "the": 5, "town": 6}
	cfg := tinyConfig()
	cfg.TagDim = 2
	m := newModel(cfg, words, tinyVectors())
	r := rand.New(rand.NewPCG(3, 4))
	for _, i := range []int{m.u, m.ub, m.dist, m.rel} { // zero at the start of training
		for k := range m.params[i].w {
			m.params[i].w[k] = float32(r.NormFloat64())
		}
	}
	s := Sentence{Words: []string{"Rebels", "attacked", "the", "Town", "."}, Tags: xpos(t, "NNS VBD DT NN ."),
		Heads: []int{2, 0, 4, 2, 2}, Rels: []doc.DepRel{doc.Nsubj, doc.Root, doc.Det, doc.Obj, doc.Punct}}
	ids := m.sentenceIDs(s.Words, s.Tags)
	var sc scratch
	grads := func() [][]float32 {
		g := make([][]float32, len(m.params))
		for i, p := range m.params {
			g[i] = make([]float32, len(p.w))
		}
		return g
	}
	loss := func() float64 {
		iw := m.layout()
		m.forward(&sc, ids, nil, iw)
		return m.backward(&sc, s.Heads, s.Rels, grads(), 1, iw)
	}
	g := grads()
	iw := m.layout()
	m.forward(&sc, ids, nil, iw)
	m.backward(&sc, s.Heads, s.Rels, g, 1, iw)
	const eps = 1e-3
	checked, bad := 0, 0
	for i, p := range m.params {
		for k := range p.w {
			if (i == m.word || i == m.feat || i == m.tag) && k < p.cols {
				continue // the padding row stays zero
			}
			old := p.w[k]
			p.w[k] = old + eps
			up := loss()
			p.w[k] = old - eps
			down := loss()
			p.w[k] = old
			num := (up - down) / (2 * eps)
			ana := float64(g[i][k])
			checked++
			if math.Abs(num-ana) > 3e-3+0.03*math.Max(math.Abs(num), math.Abs(ana)) {
				bad++
				if bad <= 10 {
					t.Errorf("%s[%d]: analytic %.5f, numeric %.5f", p.name, k, ana, num)
				}
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d gradients wrong", bad, checked)
	}
}

func TestDecodeTree(t *testing.T) {
	tests := []struct {
		name   string
		scores [][]float32 // [dependent][head], row 0 unused
		want   []int
	}{
		{"argmax is a tree", [][]float32{
			{0, 0, 0, 0},
			{0, 0, 5, 1}, // 1 ← 2
			{9, 1, 0, 1}, // 2 ← root
			{0, 1, 6, 0}, // 3 ← 2
		}, []int{2, 0, 2}},
		{"a cycle is broken where it costs least", [][]float32{
			{0, 0, 0, 0},
			{1, 0, 5, 0}, // 1 ← 2 (5) or root (1)
			{3, 5, 0, 0}, // 2 ← 1 (5) or root (3)
			{0, 0, 4, 0}, // 3 ← 2
		}, []int{2, 0, 2}},
		{"two root words become one", [][]float32{
			{0, 0, 0, 0},
			{8, 0, 1, 0}, // 1 ← root (8) or 2 (1)
			{0, 0, 0, 4}, // 2 ← 3
			{7, 2, 0, 0}, // 3 ← root (7) or 1 (2)
		}, []int{0, 3, 1}},
	}
	for _, tc := range tests {
		T := len(tc.scores)
		s := make([]float32, T*T)
		for d, row := range tc.scores {
			copy(s[d*T:], row)
		}
		if got := decodeTree(s, T); !slices.Equal(got, tc.want) {
			t.Errorf("%s: heads %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestTrainSaveLoad trains a small model until it parses its training
// sentences, and checks that a saved and loaded copy parses as it does.
func TestTrainSaveLoad(t *testing.T) {
	data := []Sentence{
		{Words: []string{"Rebels", "attacked", "the", "town", "."}, Heads: []int{2, 0, 4, 2, 2},
			Rels: []doc.DepRel{doc.Nsubj, doc.Root, doc.Det, doc.Obj, doc.Punct}},
		{Words: []string{"Kenya", "condemned", "the", "raid", "on", "Monday", "."}, Heads: []int{2, 0, 4, 2, 6, 2, 2},
			Rels: []doc.DepRel{doc.Nsubj, doc.Root, doc.Det, doc.Obj, doc.Case, doc.Obl, doc.Punct}},
		{Words: []string{"Police", "said", "troops", "fired", "."}, Heads: []int{2, 0, 4, 2, 2},
			Rels: []doc.DepRel{doc.Nsubj, doc.Root, doc.Nsubj, doc.Ccomp, doc.Punct}},
	}
	cfg := Config{WordDim: 8, FeatDim: 4, Buckets: 101, Hidden: 12, Layers: 1, ArcDim: 12, RelDim: 8,
		MaxDist: 5, MinCount: 1, Seed: 1, BatchToks: 100}
	m, err := Train(cfg, data, data, tinyVectors(), TrainOptions{Epochs: 100, Workers: 2, LR: 1e-2, KeepLast: true})
	if err != nil {
		t.Fatal(err)
	}
	if uas, las := Evaluate(m, data); uas != 1 || las != 1 {
		t.Errorf("training sentences: UAS %.3f LAS %.3f, want 1 and 1", uas, las)
	}
	m2 := saveLoad(t, m)
	for _, s := range data {
		h1, r1 := m.Parse(s.Words, s.Tags)
		h2, r2 := m2.Parse(s.Words, s.Tags)
		if !slices.Equal(h1, h2) || !slices.Equal(r1, r2) {
			t.Errorf("%v: loaded model parses %v %v, trained one %v %v", s.Words, h2, r2, h1, r1)
		}
	}
	// ParseTree on a Doc: heads are Doc indices, -1 for the root.
	d := &doc.Doc{Article: doc.Article{Text: "Police said troops fired ."}}
	for _, sp := range [][2]int32{{0, 6}, {7, 11}, {12, 18}, {19, 24}, {25, 26}} {
		d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: sp[0], End: sp[1]}})
	}
	m2.ParseTree(d, doc.TokRange{Start: 0, End: 5})
	want := []int32{1, -1, 3, 1, 1}
	for k, tk := range d.Tokens {
		if tk.Head != want[k] || tk.Dep != data[2].Rels[k] {
			t.Errorf("ParseTree token %d: head %d %s, want %d %s", k, tk.Head, tk.Dep, want[k], data[2].Rels[k])
		}
	}
	if _, err := Load(bytes.NewReader([]byte("not a model"))); err == nil {
		t.Error("Load of a non-model: no error")
	}
}

// TestTrainInit goes on training a model (Init) with a falling learning
// rate (Decay): the model keeps its own config and words, whatever Train
// is given, and learns the training sentences as one long run does.
func TestTrainInit(t *testing.T) {
	data := []Sentence{
		{Words: []string{"Rebels", "attacked", "the", "town", "."}, Heads: []int{2, 0, 4, 2, 2},
			Rels: []doc.DepRel{doc.Nsubj, doc.Root, doc.Det, doc.Obj, doc.Punct}},
		{Words: []string{"Police", "said", "troops", "fired", "."}, Heads: []int{2, 0, 4, 2, 2},
			Rels: []doc.DepRel{doc.Nsubj, doc.Root, doc.Nsubj, doc.Ccomp, doc.Punct}},
	}
	cfg := Config{WordDim: 8, FeatDim: 4, Buckets: 101, Hidden: 12, Layers: 1, ArcDim: 12, RelDim: 8,
		MaxDist: 5, MinCount: 1, Seed: 1, BatchToks: 100}
	first, err := Train(cfg, data, data, tinyVectors(), TrainOptions{Epochs: 3, LR: 1e-2, KeepLast: true})
	if err != nil {
		t.Fatal(err)
	}
	words := maps.Clone(first.Words)
	other := cfg
	other.Hidden, other.MinCount = 20, 5
	m, err := Train(other, data, data, nil, TrainOptions{Epochs: 100, LR: 1e-2, KeepLast: true, Init: first, Decay: true})
	if err != nil {
		t.Fatal(err)
	}
	if m != first || m.Cfg != cfg || !maps.Equal(m.Words, words) || m.Vec == nil {
		t.Errorf("Init: trained a model of config %+v and %d words (vectors %v), want the initial one's", m.Cfg, len(m.Words), m.Vec != nil)
	}
	if uas, las := Evaluate(m, data); uas != 1 || las != 1 {
		t.Errorf("training sentences: UAS %.3f LAS %.3f, want 1 and 1", uas, las)
	}
}

// TestLRShare: with Decay the learning rate falls by equal steps from LR,
// to LR/(epochs·steps) at the last step; without, it stays LR.
func TestLRShare(t *testing.T) {
	opt := TrainOptions{Epochs: 4, Decay: true}
	for _, c := range []struct {
		ep, j, n int
		want     float64
	}{{1, 0, 10, 1}, {1, 5, 10, 0.875}, {3, 0, 10, 0.5}, {4, 9, 10, 0.025}} {
		if got := opt.lrShare(c.ep, c.j, c.n); math.Abs(got-c.want) > 1e-12 {
			t.Errorf("epoch %d, step %d of %d: share %v, want %v", c.ep, c.j, c.n, got, c.want)
		}
	}
	if got := (TrainOptions{Epochs: 4}).lrShare(4, 9, 10); got != 1 {
		t.Errorf("without Decay: share %v, want 1", got)
	}
}

// TestTrainDeterministic: the same data and seed give the same weights
// whatever the number of workers.
func TestTrainDeterministic(t *testing.T) {
	data := synthetic(12)
	cfg := Config{WordDim: 4, FeatDim: 2, Buckets: 31, Hidden: 4, Layers: 2, ArcDim: 4, RelDim: 3,
		MaxDist: 3, Dropout: 0.33, WordDrop: 0.25, MinCount: 1, Seed: 5, BatchToks: 60}
	save := func(workers int) []byte {
		m, err := Train(cfg, data, data[:2], nil, TrainOptions{Epochs: 2, Workers: workers})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := m.Save(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	if !bytes.Equal(save(1), save(3)) {
		t.Error("1 and 3 workers train different models")
	}
}

func TestHalf(t *testing.T) {
	for _, f := range []float32{0, 1, -1, 0.5, 3.14159, -2.71828, 65504, 1e-3, -1e-5, 6e-8, 1e-9, 1e6} {
		got := fromHalf(toHalf(f))
		want := f
		switch {
		case f == 1e6:
			want = 65504
		case f == 1e-9:
			want = 0
		}
		if math.Abs(float64(got-want)) > math.Abs(float64(want))*1e-3+6e-8 {
			t.Errorf("half(%g) = %g, want %g", f, got, want)
		}
	}
}

// TestHashKey: hashKey is FNV-1a (the shipped model's feature rows depend
// on it).
func TestHashKey(t *testing.T) {
	for _, s := range []string{"", "ken", "ya", "Xx.", "ügl"} {
		h := fnv.New32a()
		h.Write([]byte{'s'})
		h.Write([]byte(s))
		if got, want := hashKey('s', s), h.Sum32(); got != want {
			t.Errorf("hashKey(s, %q) = %d, want %d", s, got, want)
		}
	}
}

// xpos parses space-separated XPOS tags.
func xpos(t *testing.T, s string) []doc.XPOS {
	var out []doc.XPOS
	for _, f := range strings.Fields(s) {
		x, ok := doc.ParseXPOS(f)
		if !ok {
			t.Fatalf("no XPOS %q", f)
		}
		out = append(out, x)
	}
	return out
}

// TestWithTags: a tagless model widened with a tag embedding scores every
// arc as before, whatever the tags, until it trains.
func TestWithTags(t *testing.T) {
	words := map[string]int32{"rebels": 3, "attacked": 4, "the": 5, "town": 6}
	m := newModel(tinyConfig(), words, tinyVectors())
	r := rand.New(rand.NewPCG(5, 6))
	for _, p := range m.params {
		for k := range p.w {
			p.w[k] = float32(r.NormFloat64())
		}
	}
	wide, err := m.WithTags(4)
	if err != nil {
		t.Fatal(err)
	}
	if wide.Cfg.TagDim != 4 || wide.inDim != m.inDim+4 {
		t.Fatalf("TagDim %d, inDim %d: want 4 and %d", wide.Cfg.TagDim, wide.inDim, m.inDim+4)
	}
	if _, err := wide.WithTags(4); err == nil {
		t.Error("a model with tags takes more tags")
	}
	words2 := []string{"Rebels", "attacked", "the", "town", "."}
	var a, b scratch
	m.forward(&a, m.sentenceIDs(words2, nil), nil, m.layout())
	wide.forward(&b, wide.sentenceIDs(words2, xpos(t, "NNS VBD DT NN .")), nil, wide.layout())
	if !slices.Equal(a.s, b.s) {
		t.Errorf("arc scores changed with the tags:\n%v\n%v", a.s, b.s)
	}
}

// TestTrainTags: two sentences of the same words whose trees only their
// tags tell apart are both learnt with tags and not without, and a tagged
// model saved and loaded parses as before.
func TestTrainTags(t *testing.T) {
	words := []string{"Troops", "fire", "."}
	data := []Sentence{
		{Words: words, Tags: xpos(t, "NNS VBP ."), Heads: []int{2, 0, 2}, Rels: []doc.DepRel{doc.Nsubj, doc.Root, doc.Punct}},
		{Words: words, Tags: xpos(t, "NN NN ."), Heads: []int{2, 0, 2}, Rels: []doc.DepRel{doc.Compound, doc.Root, doc.Punct}},
	}
	cfg := Config{WordDim: 8, FeatDim: 4, Buckets: 101, Hidden: 12, Layers: 1, ArcDim: 12, RelDim: 8,
		MaxDist: 5, MinCount: 1, Seed: 1, BatchToks: 100}
	for _, dim := range []int{0, 4} {
		cfg.TagDim = dim
		m, err := Train(cfg, data, data, nil, TrainOptions{Epochs: 60, LR: 1e-2, KeepLast: true})
		if err != nil {
			t.Fatal(err)
		}
		_, las := Evaluate(m, data)
		if dim > 0 && las != 1 || dim == 0 && las == 1 {
			t.Errorf("TagDim %d: LAS %.3f on the training sentences", dim, las)
		}
		if dim == 0 {
			continue
		}
		m2 := saveLoad(t, m)
		if _, las := Evaluate(m2, data); m2.Cfg.TagDim != dim || las != 1 {
			t.Errorf("saved and loaded: TagDim %d, LAS %.3f", m2.Cfg.TagDim, las)
		}
	}
}

// saveLoad returns m saved and loaded again.
func saveLoad(t *testing.T, m *Model) *Model {
	t.Helper()
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return m2
}
