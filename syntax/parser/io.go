package parser

import (
	"bufio"
	"bytes"
	"compress/flate"
	"embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"sync"

	"dyad/doc"
	"dyad/syntax/internal/hugepage"
)

// The model file is a DEFLATE stream of: a magic line, the label masks,
// then the two tables, each as nclass, slots, rows (uint32), the
// fingerprint of every slot (uint32, 0 =
// empty) and the rows of occupied slots in slot order as int16 weights.
// Everything is little-endian. Writing is deterministic.
//
// The magic line names the feature set: "dyad-parser 1" is featuresZN,
// as every model written before feature sets existed. From featuresAmb
// on, the label masks are preceded by the lexicon of ambiguity classes:
// its number of entries (uint32), then each word hash and class (uint64)
// in increasing order of hash.

const magic = "dyad-parser 1\n"

// magicOf is the magic line of feature set fset.
func magicOf(fset int) string { return fmt.Sprintf("dyad-parser %d\n", fset) }

// WriteTo writes the model in its file format.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	if m.act.w == nil || m.lab.w == nil {
		return 0, errors.New("parser model was loaded for parsing only and cannot be written; write the model Train returns")
	}
	cw := &countWriter{w: w}
	zw, err := flate.NewWriter(cw, flate.BestCompression)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(magicOf(m.fset))
	if m.fset >= featuresAmb {
		keys, classes := m.lex.sorted()
		var b [8]byte
		binary.LittleEndian.PutUint32(b[:], uint32(len(keys)))
		bw.Write(b[:4])
		for i, k := range keys {
			binary.LittleEndian.PutUint64(b[:], k)
			bw.Write(b[:])
			binary.LittleEndian.PutUint64(b[:], classes[i])
			bw.Write(b[:])
		}
	}
	for a := 0; a < numActions; a++ {
		for r := 0; r < doc.NumDepRel; r++ {
			var b byte
			if m.labelOK[a][r] {
				b = 1
			}
			bw.WriteByte(b)
		}
	}
	for _, t := range []*table{m.act, m.lab} {
		writeTable(bw, t)
	}
	if err := bw.Flush(); err != nil {
		return cw.n, err
	}
	if err := zw.Close(); err != nil {
		return cw.n, err
	}
	return cw.n, nil
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

func writeTable(w *bufio.Writer, t *table) {
	var b [4]byte
	put := func(v uint32) {
		binary.LittleEndian.PutUint32(b[:], v)
		w.Write(b[:])
	}
	put(uint32(t.nclass))
	put(uint32(len(t.slots)))
	put(uint32(t.rows()))
	for _, sl := range t.slots {
		put(uint32(sl >> 32))
	}
	for _, sl := range t.slots {
		if sl == 0 {
			continue
		}
		r := int(uint32(sl)) * t.nclass
		for _, q := range t.w[r : r+t.nclass] {
			w.WriteByte(byte(q))
			w.WriteByte(byte(uint16(q) >> 8))
		}
	}
}

// ErrFormat is returned by Read for a stream that is not a parser model.
var ErrFormat = errors.New("not a dyad parser model")

// Read loads a model written by WriteTo.
func Read(r io.Reader) (*Model, error) {
	zr := flate.NewReader(r)
	defer zr.Close()
	br := bufio.NewReaderSize(zr, 1<<16)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil {
		return nil, fmt.Errorf("%w: bad header", ErrFormat)
	}
	fset := featuresZN
	for ; fset <= lastFeatures && string(head) != magicOf(fset); fset++ {
	}
	if fset > lastFeatures {
		return nil, fmt.Errorf("%w: bad header %q (a newer feature set?)", ErrFormat, head)
	}
	var lex *lexicon
	if fset >= featuresAmb {
		var err error
		if lex, err = readLexicon(br); err != nil {
			return nil, fmt.Errorf("%w: lexicon: %v", ErrFormat, err)
		}
	}
	m := &Model{}
	for a := 0; a < numActions; a++ {
		for rel := 0; rel < doc.NumDepRel; rel++ {
			b, err := br.ReadByte()
			if err != nil {
				return nil, fmt.Errorf("%w: label masks: %v", ErrFormat, err)
			}
			m.labelOK[a][rel] = b == 1
		}
	}
	var err error
	if m.act, err = readTable(br, numActions); err != nil {
		return nil, fmt.Errorf("%w: transition table: %v", ErrFormat, err)
	}
	if m.lab, err = readTable(br, doc.NumDepRel); err != nil {
		return nil, fmt.Errorf("%w: label table: %v", ErrFormat, err)
	}
	m.setFeatures(fset, lex)
	m.setLabels()
	return m, nil
}

// maxLexicon bounds the lexicon's entries, so that a corrupt count cannot
// ask for gigabytes.
const maxLexicon = 1 << 22

func readLexicon(r *bufio.Reader) (*lexicon, error) {
	var b [16]byte
	if _, err := io.ReadFull(r, b[:4]); err != nil {
		return nil, err
	}
	n := int(binary.LittleEndian.Uint32(b[:4]))
	if n > maxLexicon {
		return nil, fmt.Errorf("%d entries", n)
	}
	l := newLexicon(n)
	var last uint64
	for i := 0; i < n; i++ {
		if _, err := io.ReadFull(r, b[:]); err != nil {
			return nil, err
		}
		k, c := binary.LittleEndian.Uint64(b[:8]), binary.LittleEndian.Uint64(b[8:])
		if k <= last {
			return nil, fmt.Errorf("entry %d out of order", i)
		}
		last = k
		l.put(k, c)
	}
	return l, nil
}

func readTable(r *bufio.Reader, nclass int) (*table, error) {
	var hdr [12]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return nil, err
	}
	nc := int(binary.LittleEndian.Uint32(hdr[0:]))
	slots := int(binary.LittleEndian.Uint32(hdr[4:]))
	rows := int(binary.LittleEndian.Uint32(hdr[8:]))
	// The bound keeps a corrupt header from asking for gigabytes.
	if nc != nclass || slots <= 0 || slots&(slots-1) != 0 || slots > maxSlots || rows > slots {
		return nil, fmt.Errorf("bad table header (classes %d, slots %d, rows %d)", nc, slots, rows)
	}
	// The slots of a table of at most 3 classes are read only to pack it
	// (see compact), and memory advised to be huge pages stays so once
	// freed, where other objects may bloat it: only the slots that
	// parsing reads ask for huge pages.
	t := &table{nclass: nc}
	if nc > 3 {
		t.slots = hugepage.Make[uint64](slots)
	} else {
		t.slots = make([]uint64, slots)
	}
	n := 0
	var chunk [1 << 14]byte
	for i := 0; i < slots; {
		m := min(len(chunk)/4, slots-i)
		if _, err := io.ReadFull(r, chunk[:4*m]); err != nil {
			return nil, err
		}
		for j := 0; j < m; j, i = j+1, i+1 {
			if fp := binary.LittleEndian.Uint32(chunk[4*j:]); fp != 0 {
				t.slots[i] = uint64(fp)<<32 | uint64(n)
				n++
			}
		}
	}
	if n != rows {
		return nil, fmt.Errorf("%d occupied slots for %d rows", n, rows)
	}
	t.w = make([]int16, rows*nc)
	for i := 0; i < len(t.w); {
		m := min(len(chunk)/2, len(t.w)-i)
		if _, err := io.ReadFull(r, chunk[:2*m]); err != nil {
			return nil, err
		}
		for j := 0; j < m; j, i = j+1, i+1 {
			t.w[i] = int16(binary.LittleEndian.Uint16(chunk[2*j:]))
		}
	}
	t.pack()
	t.compact()
	return t, nil
}

// maxSlots bounds a table's slots (a 128 MB slot array).
const maxSlots = 1 << 24

//go:embed model
var modelFS embed.FS

// ModelFile is the shipped model's path inside the embedded model directory.
const ModelFile = "model/parser.bin"

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// Default returns the embedded model (trained on UD_English-EWT), loaded
// once and shared.
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		b, err := modelFS.ReadFile(ModelFile)
		if err != nil {
			defaultErr = fmt.Errorf("parser: no embedded model (%v); train one with 'dyad train parser --out syntax/parser/%s'", err, ModelFile)
			return
		}
		defaultModel, defaultErr = Read(bytes.NewReader(b))
		if defaultErr != nil {
			defaultErr = fmt.Errorf("parser: embedded %s: %w", ModelFile, defaultErr)
		}
	})
	return defaultModel, defaultErr
}
