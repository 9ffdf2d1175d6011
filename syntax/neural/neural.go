// Package neural is dyad's second dependency parser: a biaffine arc and
// label scorer (Dozat & Manning 2017) over a bidirectional LSTM, trained in
// Go from a UD treebank, with frozen pretrained word vectors (read from the
// user's disk for training, then carried in the model file). It is slow
// beside the perceptron parser of syntax/parser (millions of multiply-adds
// a word against a few hundred table lookups) and meant for accuracy, not
// for the default pipeline: the syntax stage uses it through
// syntax.Stage.WithTreeParser, and the shipped model is Default's.
//
// Everything is float32 and row-major. Matrix products go through matmul,
// with AVX2 and FMA kernels where the CPU has them. Inputs per word are
// the lower-cased word, hashed 3-letter prefix and suffix, 2-letter suffix
// and word shape, the pretrained vector and, in a model with TagDim, the
// tagger's XPOS tag. Without tags the parser does not inherit the tagger's
// errors, but it misreads what the words alone leave open ("The U.S.
// imposed sanctions": one noun phrase); trained on jackknifed tags, it
// learns how far to trust them.
package neural

import (
	"math"
	"math/rand/v2"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"

	"dyad/doc"
)

// Config is the size of a model.
type Config struct {
	WordDim   int // learnt word embedding
	FeatDim   int // each hashed feature's embedding
	Buckets   int // hashed feature table rows
	Hidden    int // LSTM units per direction
	Layers    int // BiLSTM layers
	ArcDim    int // arc MLP
	RelDim    int // label MLP
	MaxDist   int // distance bias clamp
	Dropout   float32
	WordDrop  float32 // share of training words replaced by the unknown word
	MinCount  int     // a word seen fewer times in train is unknown
	VecWords  int     // pretrained vectors kept (the file's first lower-case words)
	Seed      uint64
	BatchToks int // tokens per update
	// TagDim is the size of the tagger's XPOS tag's embedding, an input
	// beside the word's own (0: no tags, as in models before it).
	TagDim int `json:",omitempty"`
}

// DefaultConfig is the size scripts/neural-probe.py measured (2 x 200).
func DefaultConfig() Config {
	return Config{WordDim: 100, FeatDim: 32, Buckets: 20011, Hidden: 200, Layers: 2,
		ArcDim: 256, RelDim: 64, MaxDist: 20, Dropout: 0.33, WordDrop: 0.25,
		MinCount: 2, VecWords: 100000, Seed: 1, BatchToks: 2000}
}

// Sentence is one training or parsing unit: words, their XPOS tags as the
// tagger gives them (read by a model with TagDim; nil: untagged) and, for
// training, the gold tree (Heads 1-based, 0 the root).
type Sentence struct {
	Words []string
	Tags  []doc.XPOS
	Heads []int
	Rels  []doc.DepRel
}

// Vectors are frozen pretrained word vectors, looked up lower-cased. They
// are kept as the model file stores them, 8 bits a number with a scale a
// row: a quarter of the memory of float32 (10 MB for 100,000 words), and
// row gives the same numbers as the file's reader did.
type Vectors struct {
	Dim   int
	Index map[string]int32 // word → row (rows start at 1; row 0 is zero)
	q     []int8           // (len(Index)+1) × Dim
	scale []float32        // a row's
}

// newVectors returns vectors of dim numbers for n rows (row 0 the zero
// vector), all zero until setRow.
func newVectors(dim, n int, index map[string]int32) *Vectors {
	return &Vectors{Dim: dim, Index: index, q: make([]int8, n*dim), scale: make([]float32, n)}
}

// setRow rounds x to row i's 8-bit numbers and scale.
func (v *Vectors) setRow(i int, x []float32) {
	v.scale[i] = quantize(x, v.q[i*v.Dim:(i+1)*v.Dim])
}

// row writes row i into dst.
func (v *Vectors) row(i int, dst []float32) {
	s := v.scale[i]
	for k, x := range v.q[i*v.Dim : (i+1)*v.Dim] {
		dst[k] = float32(x) * s
	}
}

// rows is the number of rows, the zero row included.
func (v *Vectors) rows() int { return len(v.scale) }

// param is one learnt matrix or vector.
type param struct {
	name       string
	rows, cols int
	w          []float32
}

// mlpLayer is one of the four ReLU layers over the BiLSTM's output.
type mlpLayer struct{ w, b, dim int } // param indices, width

// lstm is one direction of one layer.
type lstm struct{ wx, wh, b int } // param indices

// Model is a trained (or training) parser.
type Model struct {
	Cfg    Config
	Words  map[string]int32 // lower-cased word → row of the word table
	Vec    *Vectors         // may be nil
	params []param

	word, feat, tag  int // tag: -1 without TagDim
	layers           [][2]lstm
	mlps             [4]mlpLayer // arc dependent, arc head, label dependent, label head
	u, ub, dist, rel int
	inDim            int

	fast atomic.Pointer[inferWeights] // see inference
}

const (
	padID  = 0
	unkID  = 1
	rootID = 2
)

func (m *Model) add(name string, rows, cols int) int {
	m.params = append(m.params, param{name: name, rows: rows, cols: cols, w: make([]float32, rows*cols)})
	return len(m.params) - 1
}

// newModel lays out the parameters and initialises them as PyTorch does
// (embeddings N(0,1), linear layers and LSTMs uniform in ±1/sqrt(fan-in),
// biaffine weights zero).
func newModel(cfg Config, words map[string]int32, vec *Vectors) *Model {
	m := &Model{Cfg: cfg, Words: words, Vec: vec}
	nw := len(words) + 3
	m.word = m.add("word", nw, cfg.WordDim)
	m.feat = m.add("feat", cfg.Buckets, cfg.FeatDim)
	m.tag = -1
	if cfg.TagDim > 0 {
		m.tag = m.add("tag", doc.NumXPOS, cfg.TagDim) // row 0: no tag
	}
	m.inDim = cfg.WordDim + 4*cfg.FeatDim + cfg.TagDim
	if vec != nil {
		m.inDim += vec.Dim
	}
	in := m.inDim
	for l := 0; l < cfg.Layers; l++ {
		var pair [2]lstm
		for d := range pair {
			pair[d] = lstm{
				wx: m.add("lstm.wx", 4*cfg.Hidden, in),
				wh: m.add("lstm.wh", 4*cfg.Hidden, cfg.Hidden),
				b:  m.add("lstm.b", 1, 4*cfg.Hidden),
			}
		}
		m.layers = append(m.layers, pair)
		in = 2 * cfg.Hidden
	}
	for k, name := range [4]string{"arc.dep", "arc.head", "rel.dep", "rel.head"} {
		dim := cfg.ArcDim
		if k >= 2 {
			dim = cfg.RelDim
		}
		m.mlps[k] = mlpLayer{w: m.add(name, dim, in), b: m.add(name+".b", 1, dim), dim: dim}
	}
	m.u = m.add("arc.U", cfg.ArcDim, cfg.ArcDim)
	m.ub = m.add("arc.ub", 1, cfg.ArcDim)
	m.dist = m.add("arc.dist", 1, 2*cfg.MaxDist+1)
	m.rel = m.add("rel.R", doc.NumDepRel*(cfg.RelDim+1), cfg.RelDim+1)

	r := rand.New(rand.NewPCG(cfg.Seed, 0x6e657572616c))
	for i := range m.params {
		p := &m.params[i]
		switch {
		case i == m.word || i == m.feat || i == m.tag:
			for j := range p.w {
				p.w[j] = float32(r.NormFloat64())
			}
			clear(p.w[:p.cols]) // padding row
		case i == m.u || i == m.ub || i == m.dist || i == m.rel:
		default:
			fan := p.cols
			if p.rows == 1 { // a bias: fan-in of its weight matrix
				fan = m.params[i-1].cols
			}
			if strings.HasPrefix(p.name, "lstm") {
				fan = cfg.Hidden
			}
			k := 1 / math.Sqrt(float64(fan))
			for j := range p.w {
				p.w[j] = float32((r.Float64()*2 - 1) * k)
			}
		}
	}
	return m
}

// wordIDs are the rows of one word's inputs.
type wordIDs struct {
	word  int32
	feats [4]int32
	vec   int32
	tag   int32 // XPOS, 0 for none
}

func (m *Model) ids(w string) wordIDs {
	lw := strings.ToLower(w)
	id := wordIDs{word: unkID}
	if r, ok := m.Words[lw]; ok {
		id.word = r
	}
	nb := uint32(m.Cfg.Buckets - 1)
	id.feats[0] = int32(hashKey('p', firstRunes(lw, 3))%nb) + 1
	id.feats[1] = int32(hashKey('s', lastRunes(lw, 3))%nb) + 1
	id.feats[2] = int32(hashKey('t', lastRunes(lw, 2))%nb) + 1
	id.feats[3] = int32(hashKey('h', shape(w))%nb) + 1
	if m.Vec != nil {
		id.vec = m.Vec.Index[lw]
	}
	return id
}

// hashKey is 32-bit FNV-1a of kind followed by s, without allocating.
func hashKey(kind byte, s string) uint32 {
	const prime = 16777619
	h := (2166136261 ^ uint32(kind)) * prime
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * prime
	}
	return h
}

func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

func lastRunes(s string, n int) string {
	for i := len(s); i > 0; {
		if n == 0 {
			return s[i:]
		}
		i--
		for i > 0 && s[i]&0xC0 == 0x80 {
			i--
		}
		n--
	}
	return s
}

// shape maps letters to X/x, digits to d, squeezes runs, keeps 6.
func shape(w string) string {
	var b []byte
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < 128:
			c = byte(r)
		default:
			c = '*'
		}
		if len(b) == 0 || b[len(b)-1] != c {
			b = append(b, c)
			if len(b) == 6 {
				break
			}
		}
	}
	return string(b)
}

// MaxWords bounds the sentences the model parses: its arc scores and tree
// decoding grow with the square and the cube of the length. The syntax
// stage parses longer sentences with the perceptron parser.
const MaxWords = 150

// ParseTree sets the heads and relations of the tokens of r from the
// words and, for a model with TagDim, their XPOS tags. It is safe for
// concurrent use.
func (m *Model) ParseTree(d *doc.Doc, r doc.TokRange) {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	words, tags := sc.words[:0], sc.tags[:0]
	for i := r.Start; i < r.End; i++ {
		words = append(words, d.TokenText(int(i)))
		tags = append(tags, d.Tokens[i].XPOS)
	}
	sc.words, sc.tags = words, tags
	heads, rels := m.parse(sc, m.sentenceIDs(words, tags), m.inference())
	for k, h := range heads {
		t := &d.Tokens[r.Start+int32(k)]
		t.Head, t.Dep = -1, rels[k]
		if h > 0 {
			t.Head = r.Start + int32(h-1)
		}
	}
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}
