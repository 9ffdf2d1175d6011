package tagger

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sync"

	"dyad/doc"
	"dyad/syntax/internal/hugepage"
)

// class is one tagger output: a (UPOS, XPOS) pair seen in training.
type class struct {
	UPOS doc.UPOS
	XPOS doc.XPOS
}

// maxClasses bounds the class set, so a class fits a byte.
const maxClasses = 255

// entry is one nonzero weight of a feature: for class c, a in the first
// pass and b in the second.
type entry struct {
	c    uint8
	a, b int16
}

// A row of weights lives in Model.arena at the offset its slot gives:
// a header (the number of entries, or denseRow) and then either the
// entries as (class, first-pass weight[, second-pass weight]) or, for rows
// with denseFrom entries or more, all classes' first-pass weights followed
// by their second-pass weights, so that scoring only the candidate classes
// costs one load per class.
const (
	denseFrom       = 12
	denseRow  int16 = -1
)

// dictEntry is what training saw of one word: its ambiguity class (a hash
// of the tags it took at least 5% of the time) and the classes it may be
// given: those it took (with the open classes too when it was seen fewer
// than CandCount times), or only its commonest when that is all but certain.
type dictEntry struct {
	key   uint64
	amb   uint64
	cands uint32  // index into wordDict.lists
	base  []int32 // with two or more candidates: their summed word-only weights (see numLocal)
}

// wordDict is an open-addressing table of dictEntry by word hash, with the
// candidate lists the entries share and the classes open to unknown words.
type wordDict struct {
	slots []dictEntry
	mask  uint64
	lists [][]uint8
	open  []uint8
	lex   *lexicon // may be nil
}

func (d *wordDict) lookup(h uint64) *dictEntry {
	if len(d.slots) == 0 {
		return nil
	}
	h |= 1
	for i := mix(h) & d.mask; ; i = (i + 1) & d.mask {
		e := &d.slots[i]
		if e.key == h {
			return e
		}
		if e.key == 0 {
			return nil
		}
	}
}

func newWordDict(entries []dictEntry, lists [][]uint8, open []uint8, lex *lexicon) *wordDict {
	size := 16
	for size < 2*len(entries) {
		size *= 2
	}
	d := &wordDict{slots: make([]dictEntry, size), mask: uint64(size - 1), lists: lists, open: open, lex: lex}
	for _, e := range entries {
		e.key |= 1
		i := mix(e.key) & d.mask
		for d.slots[i].key != 0 && d.slots[i].key != e.key {
			i = (i + 1) & d.mask
		}
		d.slots[i] = e
	}
	return d
}

// Model is a trained tagger. It is read-only once built and safe for
// concurrent use.
type Model struct {
	classes []class
	passes  int      // 1: left to right only; 2: a second pass sees the first's tags on the right
	slots   []uint64 // open addressing: high 32 bits of the key, arena offset + 1; 0 is empty
	mask    uint64
	arena   []int16
	keys    []uint64 // the features' keys, ascending, and their arena offsets: for Save
	offs    []int32
	nw      int // nonzero weights
	dict    *wordDict
	words   []dictEntry // the dictionary as saved, sorted by key
	pool    sync.Pool   // *scratch
}

// NumWeights is the number of nonzero (feature, class) weights.
func (m *Model) NumWeights() int { return m.nw }

// find returns the arena offset of key k's row, or -1. The slot stores 32
// bits of the key; a false match needs another feature's 32 bits to equal
// them within a probe run, which the model's size makes negligible.
func (m *Model) find(k uint64) int32 {
	fp := k >> 32
	for i := (k >> 8) & m.mask; ; i = (i + 1) & m.mask {
		s := m.slots[i]
		if s>>32 == fp {
			return int32(uint32(s)) - 1
		}
		if s == 0 {
			return -1
		}
	}
}

// findAll sets rows[j] to the arena offset of keys[j]'s row, or -1 (also
// for key 0). Lookups are memory-bound, so every home slot is loaded first,
// independently, letting the cache misses overlap, and only then probed on;
// the first word of every row found is read there too, so that the rows'
// misses overlap as well. It returns a value of no meaning that depends on
// those reads, so that the compiler keeps them.
func (m *Model) findAll(keys []uint64, rows []int32) (touch int16) {
	const batch = 64
	var home [batch]uint64
	for len(keys) > 0 {
		ks := keys[:min(len(keys), batch)]
		for j, k := range ks {
			home[j] = m.slots[(k>>8)&m.mask]
		}
		for j, k := range ks {
			rows[j] = -1
			if k == 0 {
				continue
			}
			fp := k >> 32
			for i, s := (k>>8)&m.mask, home[j]; ; {
				if s>>32 == fp {
					off := int32(uint32(s)) - 1
					rows[j] = off
					touch += m.arena[off]
					break
				}
				if s == 0 {
					break
				}
				i = (i + 1) & m.mask
				s = m.slots[i]
			}
		}
		keys, rows = keys[len(ks):], rows[len(ks):]
	}
	return touch
}

// feature is a key with its entries, used to build and save a Model.
type feature struct {
	key  uint64
	ents []entry
}

// build lays out the lookup tables from features sorted by key.
func (m *Model) build(feats []feature, words []dictEntry, lists [][]uint8, open []uint8, lex *lexicon) {
	// A load factor up to 3/8. Most lookups are of features the model
	// lacks, and with linear probing such a lookup reads about
	// (1+1/(1-load)^2)/2 slots: 8.5 at 3/4 full, 1.8 at 3/8, so it nearly
	// always ends in the first cache line it loads.
	size := 16
	for size*3 < 8*len(feats) {
		size *= 2
	}
	m.slots = hugepage.Make[uint64](size)
	m.mask = uint64(size - 1)
	k := len(m.classes)
	stride := 1 + m.passes
	total := 0
	for _, f := range feats {
		if len(f.ents) >= denseFrom {
			total += 1 + m.passes*k
		} else {
			total += 1 + stride*len(f.ents)
		}
	}
	m.arena = hugepage.Make[int16](total)[:0]
	m.keys = make([]uint64, len(feats))
	m.offs = make([]int32, len(feats))
	m.nw = 0
	for j, f := range feats {
		off := len(m.arena)
		m.keys[j], m.offs[j] = f.key, int32(off)
		m.nw += len(f.ents)
		if len(f.ents) >= denseFrom {
			m.arena = append(m.arena, denseRow)
			m.arena = append(m.arena, make([]int16, m.passes*k)...)
			for _, e := range f.ents {
				m.arena[off+1+int(e.c)] = e.a
				if m.passes == 2 {
					m.arena[off+1+k+int(e.c)] = e.b
				}
			}
		} else {
			m.arena = append(m.arena, int16(len(f.ents)))
			for _, e := range f.ents {
				m.arena = append(m.arena, int16(e.c), e.a)
				if m.passes == 2 {
					m.arena = append(m.arena, e.b)
				}
			}
		}
		i := (f.key >> 8) & m.mask
		for m.slots[i] != 0 {
			i = (i + 1) & m.mask
		}
		m.slots[i] = f.key>>32<<32 | uint64(off+1)
	}
	m.words = words
	m.dict = newWordDict(words, lists, open, lex)
}

// setBases stores with each dictionary word that has two or more
// candidates the summed weights of its word-only features (keys in local,
// parallel to m.words), and rebuilds the dictionary.
func (m *Model) setBases(local [][numLocal]uint64) {
	for i := range m.words {
		w := &m.words[i]
		cands := m.dict.lists[w.cands]
		if len(cands) < 2 {
			continue
		}
		w.base = make([]int32, m.passes*len(cands))
		for _, k := range local[i] {
			off := m.find(k)
			if off < 0 {
				continue
			}
			for _, e := range m.row(off) {
				for j, c := range cands {
					if c == e.c {
						w.base[j] += int32(e.a)
						if m.passes == 2 {
							w.base[len(cands)+j] += int32(e.b)
						}
					}
				}
			}
		}
	}
	m.dict = newWordDict(m.words, m.dict.lists, m.dict.open, m.dict.lex)
}

// row returns the entries of the row at off (for Save).
func (m *Model) row(off int32) []entry {
	k := len(m.classes)
	var ents []entry
	if m.arena[off] == denseRow {
		for c := 0; c < k; c++ {
			e := entry{c: uint8(c), a: m.arena[int(off)+1+c]}
			if m.passes == 2 {
				e.b = m.arena[int(off)+1+k+c]
			}
			if e.a != 0 || e.b != 0 {
				ents = append(ents, e)
			}
		}
		return ents
	}
	stride := 1 + m.passes
	n := int(m.arena[off])
	for j := 0; j < n; j++ {
		p := int(off) + 1 + j*stride
		e := entry{c: uint8(m.arena[p]), a: m.arena[p+1]}
		if m.passes == 2 {
			e.b = m.arena[p+2]
		}
		ents = append(ents, e)
	}
	return ents
}

func (m *Model) getScratch() *scratch {
	if s, ok := m.pool.Get().(*scratch); ok {
		return s
	}
	return &scratch{scores: make([]int32, len(m.classes))}
}

// Tag sets UPOS and XPOS of the tokens in r. Tokens whose span lies outside
// the text are tagged as empty words. It allocates nothing once the pool
// has warmed up to the sentence length.
func (m *Model) Tag(d *doc.Doc, r doc.TokRange) {
	if r.Start < 0 || r.End > int32(len(d.Tokens)) || r.End <= r.Start {
		return
	}
	toks := d.Tokens[r.Start:r.End]
	s := m.getScratch()
	for i, c := range m.classesOf(s, d.Article.Text, toks) {
		toks[i].UPOS, toks[i].XPOS = m.classes[c].UPOS, m.classes[c].XPOS
	}
	m.pool.Put(s)
}

// classesOf tags toks and returns their classes, in s.
func (m *Model) classesOf(s *scratch, text string, toks []doc.Token) []int16 {
	m.tag(s, text, toks)
	if m.passes == 2 {
		return s.tags2
	}
	return s.tags1
}

// Pair is the tags Tag gives a token.
type Pair struct {
	UPOS doc.UPOS
	XPOS doc.XPOS
}

// AppendTags appends to dst the tags that Tag would give the tokens of r,
// one Pair per token, and returns it; it leaves d as it is. Tag reads
// only the text of the tokens, so a caller may tag every sentence of a
// document first and set the tags later (see syntax.Stage), as Tag would
// have then: the tagger's tables then stay in the cache from one sentence
// to the next. It appends nothing when Tag would set nothing.
func (m *Model) AppendTags(dst []Pair, d *doc.Doc, r doc.TokRange) []Pair {
	if r.Start < 0 || r.End > int32(len(d.Tokens)) || r.End <= r.Start {
		return dst
	}
	s := m.getScratch()
	for _, c := range m.classesOf(s, d.Article.Text, d.Tokens[r.Start:r.End]) {
		dst = append(dst, Pair{m.classes[c].UPOS, m.classes[c].XPOS})
	}
	m.pool.Put(s)
	return dst
}

// TagAll tags every sentence of d.
func (m *Model) TagAll(d *doc.Doc) {
	for _, s := range d.Sentences {
		m.Tag(d, s.Tokens)
	}
}

func (m *Model) tag(s *scratch, text string, toks []doc.Token) {
	n := len(toks)
	s.prepare(text, toks, m.dict)
	s.staticFeatures(true)
	if cap(s.rows) < len(s.static) {
		s.rows = make([]int32, len(s.static), 2*len(s.static))
	}
	s.rows = s.rows[:len(s.static)]
	for i := 0; i < n; i++ {
		if len(s.info[i+2].cands) < 2 {
			continue // no scoring needed
		}
		s.touch += m.findAll(s.static[i*numStatic:(i+1)*numStatic], s.rows[i*numStatic:(i+1)*numStatic])
	}
	if cap(s.tags1) < n {
		s.tags1 = make([]int16, n, 2*n)
		s.tags2 = make([]int16, n, 2*n)
	}
	s.tags1, s.tags2 = s.tags1[:n], s.tags2[:n]
	m.pass(s, s.tags1, nil, 0)
	if m.passes == 2 {
		m.pass(s, s.tags2, s.tags1, 1)
	}
}

// pass tags left to right into out; right is the first pass's tags or nil.
func (m *Model) pass(s *scratch, out, right []int16, second int) {
	var dyn [numDynamic2]uint64
	var drows [numDynamic2]int32
	scores := s.scores
	for i := range out {
		cands := s.info[i+2].cands
		if len(cands) == 1 {
			out[i] = int16(cands[0])
			continue
		}
		if base := s.info[i+2].base; base != nil {
			base = base[second*len(cands):]
			for j, c := range cands {
				scores[c] = base[j]
			}
		} else {
			for _, c := range cands {
				scores[c] = 0
			}
		}
		for _, r := range s.rows[i*numStatic : (i+1)*numStatic] {
			if r >= 0 {
				m.addRow(scores, cands, r, second)
			}
		}
		keys := s.dynamicFeatures(dyn[:0], i, out[:i], right)
		s.touch += m.findAll(keys, drows[:len(keys)])
		for _, r := range drows[:len(keys)] {
			if r >= 0 {
				m.addRow(scores, cands, r, second)
			}
		}
		best := cands[0]
		for _, c := range cands[1:] {
			if scores[c] > scores[best] {
				best = c
			}
		}
		out[i] = int16(best)
	}
}

// addRow adds the weights of pass second (0 or 1) in the row at off to
// the scores of the candidate classes (and, for sparse rows, harmlessly to
// others).
func (m *Model) addRow(scores []int32, cands []uint8, off int32, second int) {
	arena := m.arena
	n := int(arena[off])
	if n < 0 { // dense
		k := len(m.classes)
		row := arena[int(off)+1+second*k : int(off)+1+(second+1)*k]
		for _, c := range cands {
			scores[c] += int32(row[c])
		}
		return
	}
	stride := 1 + m.passes
	ents := arena[int(off)+1 : int(off)+1+n*stride]
	if stride == 2 {
		for j := 0; j+1 < len(ents); j += 2 {
			scores[uint8(ents[j])] += int32(ents[j+1])
		}
		return
	}
	for j := 0; j+2 < len(ents); j += 3 {
		scores[uint8(ents[j])] += int32(ents[j+1+second])
	}
}

// The model file: gzip over a magic line and uvarint-framed sections.
var magic = []byte("dyad-tagger 3\n")

// Save writes the model in its compact binary form (gzip-compressed).
// The same model always gives the same bytes.
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	sv := func(x int64) { bw.Write(buf[:binary.PutVarint(buf[:], x)]) }
	bw.Write(magic)
	uv(uint64(len(m.classes)))
	for _, c := range m.classes {
		bw.WriteByte(byte(c.UPOS))
		bw.WriteByte(byte(c.XPOS))
	}
	uv(uint64(m.passes))
	// Dictionary: candidate lists and ambiguity classes once, then words by key.
	writeList := func(l []uint8) {
		uv(uint64(len(l)))
		bw.Write(l)
	}
	writeList(m.dict.open)
	uv(uint64(len(m.dict.lists)))
	for _, l := range m.dict.lists {
		writeList(l)
	}
	ambs := map[uint64]int{}
	var ambList []uint64
	for _, e := range m.words {
		if _, ok := ambs[e.amb]; !ok {
			ambs[e.amb] = len(ambList)
			ambList = append(ambList, e.amb)
		}
	}
	uv(uint64(len(ambList)))
	for _, a := range ambList {
		binary.LittleEndian.PutUint64(buf[:8], a)
		bw.Write(buf[:8])
	}
	uv(uint64(len(m.words)))
	var prev uint64
	for _, e := range m.words {
		uv(e.key - prev)
		prev = e.key
		uv(uint64(ambs[e.amb]))
		uv(uint64(e.cands))
		for _, b := range e.base {
			sv(int64(b))
		}
	}
	// Lexicon: 32-bit keys ascending, with their bits.
	lk, lb := m.dict.lex.entries()
	uv(uint64(len(lk)))
	var prev32 uint32
	for i, k := range lk {
		uv(uint64(k - prev32))
		prev32 = k
		uv(uint64(lb[i]))
	}
	// Features sorted by key.
	uv(uint64(len(m.keys)))
	var prevKey uint64
	for j, key := range m.keys {
		uv(key - prevKey)
		prevKey = key
		ents := m.row(m.offs[j])
		uv(uint64(len(ents)))
		for _, e := range ents {
			bw.WriteByte(e.c)
			sv(int64(e.a))
			if m.passes == 2 {
				sv(int64(e.b))
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// ErrFormat is returned by Load for input that is not a tagger model.
var ErrFormat = errors.New("not a dyad tagger model")

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	br := bufio.NewReaderSize(zr, 1<<16)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || !bytes.Equal(head, magic) {
		return nil, fmt.Errorf("%w: bad header (retrain it with 'dyad train tagger')", ErrFormat)
	}
	var rerr error
	fail := func(what string, err error) {
		if rerr == nil {
			rerr = fmt.Errorf("%w: %s: %v", ErrFormat, what, err)
		}
	}
	uv := func(limit uint64, what string) uint64 {
		if rerr != nil {
			return 0
		}
		x, err := binary.ReadUvarint(br)
		if err == nil && x > limit {
			err = fmt.Errorf("%d out of range", x)
		}
		if err != nil {
			fail(what, err)
			return 0
		}
		return x
	}
	sv := func() int16 {
		if rerr != nil {
			return 0
		}
		x, err := binary.ReadVarint(br)
		if err == nil && (x > 32767 || x < -32768) {
			err = fmt.Errorf("%d out of range", x)
		}
		if err != nil {
			fail("weight", err)
		}
		return int16(x)
	}
	m := &Model{}
	nc := int(uv(maxClasses, "class count"))
	for i := 0; i < nc && rerr == nil; i++ {
		var b [2]byte
		if _, err := io.ReadFull(br, b[:]); err != nil {
			fail("classes", err)
			break
		}
		if int(b[0]) >= doc.NumUPOS || int(b[1]) >= doc.NumXPOS {
			fail("classes", fmt.Errorf("class %d has unknown tags %d/%d", i, b[0], b[1]))
		}
		m.classes = append(m.classes, class{doc.UPOS(b[0]), doc.XPOS(b[1])})
	}
	m.passes = int(uv(2, "passes"))
	if rerr == nil && (m.passes < 1 || nc == 0) {
		return nil, fmt.Errorf("%w: no classes or passes", ErrFormat)
	}
	readList := func() []uint8 {
		n := uv(uint64(nc), "candidate list")
		if rerr != nil {
			return nil
		}
		l := make([]uint8, n)
		if _, err := io.ReadFull(br, l); err != nil {
			fail("candidate list", err)
		}
		for _, c := range l {
			if int(c) >= nc {
				fail("candidate list", fmt.Errorf("class %d out of range", c))
			}
		}
		if n == 0 {
			fail("candidate list", errors.New("empty"))
		}
		return l
	}
	open := readList()
	// Counts come from the file: slices grow as items are read, never
	// sized up front, so a corrupt count cannot ask for gigabytes.
	var lists [][]uint8
	nlists := int(uv(1<<24, "candidate lists"))
	for i := 0; i < nlists && rerr == nil; i++ {
		lists = append(lists, readList())
	}
	na := int(uv(1<<24, "ambiguity classes"))
	var ambList []uint64
	for i := 0; i < na && rerr == nil; i++ {
		var b [8]byte
		if _, err := io.ReadFull(br, b[:]); err != nil {
			fail("ambiguity classes", err)
		}
		ambList = append(ambList, binary.LittleEndian.Uint64(b[:]))
	}
	nw := int(uv(1<<26, "word count"))
	var words []dictEntry
	var prev uint64
	for i := 0; i < nw && rerr == nil; i++ {
		prev += uv(^uint64(0), "word key")
		a := uv(uint64(na-1), "ambiguity class")
		c := uv(uint64(len(lists)-1), "word classes")
		if rerr == nil && (int(c) >= len(lists) || int(a) >= len(ambList)) {
			fail("word classes", fmt.Errorf("list %d of %d, ambiguity class %d of %d", c, len(lists), a, len(ambList)))
		}
		if rerr != nil {
			break
		}
		e := dictEntry{key: prev, amb: ambList[a], cands: uint32(c)}
		if n := len(lists[c]); n > 1 {
			e.base = make([]int32, m.passes*n)
			for j := range e.base {
				x, err := binary.ReadVarint(br)
				if err != nil || x < math.MinInt32 || x > math.MaxInt32 {
					fail("word weights", fmt.Errorf("bad value %d (%v)", x, err))
				}
				e.base[j] = int32(x)
			}
		}
		words = append(words, e)
	}
	nl := int(uv(1<<26, "lexicon size"))
	var lk []uint32
	var lb []uint16
	var prev32 uint32
	for i := 0; i < nl && rerr == nil; i++ {
		prev32 += uint32(uv(1<<32-1, "lexicon key"))
		lk = append(lk, prev32)
		lb = append(lb, uint16(uv(1<<16-1, "lexicon bits")))
	}
	var lex *lexicon
	if nl > 0 {
		lex = newLexicon(lk, lb)
	}
	nf := int(uv(1<<28, "feature count"))
	feats := make([]feature, 0, min(nf, 1<<20))
	all := make([]entry, 0, min(4*nf, 1<<22))
	prev = 0
	for i := 0; i < nf && rerr == nil; i++ {
		prev += uv(^uint64(0), "feature key")
		if prev == 0 {
			fail("features", fmt.Errorf("feature %d has key 0", i))
		}
		n := int(uv(uint64(nc), "row length"))
		start := len(all)
		for j := 0; j < n && rerr == nil; j++ {
			c, err := br.ReadByte()
			if err != nil || int(c) >= nc {
				fail("features", fmt.Errorf("feature %d: bad class", i))
				break
			}
			e := entry{c: c, a: sv()}
			if m.passes == 2 {
				e.b = sv()
			}
			all = append(all, e)
		}
		feats = append(feats, feature{key: prev, ents: all[start:len(all):len(all)]})
	}
	if rerr != nil {
		return nil, rerr
	}
	m.build(feats, words, lists, open, lex)
	return m, nil
}

//go:embed model/tagger.bin.gz
var embedded []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the embedded model trained on UD_English-EWT. It is
// loaded once, on first use; later calls return the same *Model.
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		defaultModel, defaultErr = Load(bytes.NewReader(embedded))
		if defaultErr != nil {
			defaultErr = fmt.Errorf("embedded tagger model: %w", defaultErr)
		}
	})
	return defaultModel, defaultErr
}
