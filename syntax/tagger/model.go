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
	"sort"
	"sync"

	"dyad/doc"
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

// slot is one cell of the open-addressing feature table. key 0 is empty.
// A row with many entries is also laid out dense (dense >= 0: offset of
// its first-pass weights in Model.dense, second-pass weights after them),
// so that scoring only the candidate classes costs one load per class.
type slot struct {
	key   uint64
	start uint32 // first entry in Model.ents
	n     uint16
	dense int32
}

// denseFrom is the row length from which a row is also kept dense.
const denseFrom = 12

// dictEntry is what training saw of one word: its ambiguity class (a hash
// of the tags it took at least 5% of the time) and the classes it took,
// the only ones it is given (one when a tag is all but certain).
type dictEntry struct {
	key   uint64
	amb   uint64
	cands uint32 // index into wordDict.lists
}

// wordDict is an open-addressing table of dictEntry by word hash, with the
// candidate lists the entries share and the classes open to unknown words.
type wordDict struct {
	slots []dictEntry
	mask  uint64
	lists [][]uint8
	open  []uint8
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

func newWordDict(entries []dictEntry, lists [][]uint8, open []uint8) *wordDict {
	size := 16
	for size < 2*len(entries) {
		size *= 2
	}
	d := &wordDict{slots: make([]dictEntry, size), mask: uint64(size - 1), lists: lists, open: open}
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
	passes  int // 1: left to right only; 2: a second pass sees the first's tags on the right
	slots   []slot
	mask    uint64
	ents    []entry
	dense   []int16
	dict    *wordDict
	words   []dictEntry // the dictionary as saved, sorted by key
	pool    sync.Pool   // *scratch
}

// NumWeights is the number of nonzero (feature, class) weights.
func (m *Model) NumWeights() int { return len(m.ents) }

func (m *Model) find(k uint64) int32 {
	for i := mix(k) & m.mask; ; i = (i + 1) & m.mask {
		s := &m.slots[i]
		if s.key == k {
			return int32(i)
		}
		if s.key == 0 {
			return -1
		}
	}
}

// feature is a key with its entries, used to build and save a Model.
type feature struct {
	key  uint64
	ents []entry
}

// build fills the lookup tables from features sorted by key.
func (m *Model) build(feats []feature, words []dictEntry, lists [][]uint8, open []uint8) {
	size := 16
	for size < 2*len(feats) {
		size *= 2
	}
	m.slots = make([]slot, size)
	m.mask = uint64(size - 1)
	total, ndense := 0, 0
	for _, f := range feats {
		total += len(f.ents)
		if len(f.ents) >= denseFrom {
			ndense++
		}
	}
	k := len(m.classes)
	m.ents = make([]entry, 0, total)
	m.dense = make([]int16, 0, 2*k*ndense)
	for _, f := range feats {
		i := mix(f.key) & m.mask
		for m.slots[i].key != 0 {
			i = (i + 1) & m.mask
		}
		m.slots[i] = slot{key: f.key, start: uint32(len(m.ents)), n: uint16(len(f.ents)), dense: -1}
		m.ents = append(m.ents, f.ents...)
		if len(f.ents) >= denseFrom {
			at := len(m.dense)
			m.slots[i].dense = int32(at)
			m.dense = append(m.dense, make([]int16, 2*k)...)
			for _, e := range f.ents {
				m.dense[at+int(e.c)] = e.a
				m.dense[at+k+int(e.c)] = e.b
			}
		}
	}
	m.words = words
	m.dict = newWordDict(words, lists, open)
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
	m.tag(s, d.Article.Text, toks)
	tags := s.tags1
	if m.passes == 2 {
		tags = s.tags2
	}
	for i := range toks {
		c := m.classes[tags[i]]
		toks[i].UPOS, toks[i].XPOS = c.UPOS, c.XPOS
	}
	m.pool.Put(s)
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
	s.staticFeatures()
	if cap(s.rows) < len(s.static) {
		s.rows = make([]int32, len(s.static), 2*len(s.static))
	}
	s.rows = s.rows[:len(s.static)]
	for i := 0; i < n; i++ {
		if len(s.info[i+2].cands) < 2 {
			continue // no scoring needed
		}
		for j, k := range s.static[i*numStatic : (i+1)*numStatic] {
			s.rows[i*numStatic+j] = m.find(k)
		}
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
	scores := s.scores
	for i := range out {
		cands := s.info[i+2].cands
		if len(cands) == 1 {
			out[i] = int16(cands[0])
			continue
		}
		for _, c := range cands {
			scores[c] = 0
		}
		for _, r := range s.rows[i*numStatic : (i+1)*numStatic] {
			if r >= 0 {
				m.addRow(scores, cands, r, second)
			}
		}
		for _, k := range s.dynamicFeatures(dyn[:0], i, out[:i], right) {
			if r := m.find(k); r >= 0 {
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

// addRow adds row r's weights of pass second (0 or 1) to the scores of the
// candidate classes (and, for sparse rows, harmlessly to others).
func (m *Model) addRow(scores []int32, cands []uint8, r int32, second int) {
	sl := &m.slots[r]
	if sl.dense >= 0 {
		k := len(m.classes)
		row := m.dense[int(sl.dense)+second*k : int(sl.dense)+(second+1)*k]
		for _, c := range cands {
			scores[c] += int32(row[c])
		}
		return
	}
	ents := m.ents[sl.start : sl.start+uint32(sl.n)]
	if second == 1 {
		for _, e := range ents {
			scores[e.c] += int32(e.b)
		}
		return
	}
	for _, e := range ents {
		scores[e.c] += int32(e.a)
	}
}

// The model file: gzip over a magic line and uvarint-framed sections.
var magic = []byte("dyad-tagger 1\n")

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
	}
	// Features sorted by key.
	order := make([]int, 0, len(m.slots))
	for i, s := range m.slots {
		if s.key != 0 {
			order = append(order, i)
		}
	}
	sort.Slice(order, func(a, b int) bool { return m.slots[order[a]].key < m.slots[order[b]].key })
	uv(uint64(len(order)))
	prev = 0
	for _, i := range order {
		s := m.slots[i]
		uv(s.key - prev)
		prev = s.key
		uv(uint64(s.n))
		for _, e := range m.ents[s.start : s.start+uint32(s.n)] {
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
	lists := make([][]uint8, uv(1<<24, "candidate lists"))
	for i := range lists {
		lists[i] = readList()
	}
	na := int(uv(1<<24, "ambiguity classes"))
	ambList := make([]uint64, na)
	for i := range ambList {
		var b [8]byte
		if _, err := io.ReadFull(br, b[:]); err != nil {
			fail("ambiguity classes", err)
		}
		ambList[i] = binary.LittleEndian.Uint64(b[:])
	}
	nw := int(uv(1<<26, "word count"))
	words := make([]dictEntry, 0, nw)
	var prev uint64
	for i := 0; i < nw && rerr == nil; i++ {
		prev += uv(^uint64(0), "word key")
		a := uv(uint64(na-1), "ambiguity class")
		c := uv(uint64(len(lists)-1), "word classes")
		words = append(words, dictEntry{key: prev, amb: ambList[a], cands: uint32(c)})
	}
	nf := int(uv(1<<28, "feature count"))
	feats := make([]feature, 0, nf)
	all := make([]entry, 0, 4*nf)
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
	m.build(feats, words, lists, open)
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
