package tagger

import (
	"bytes"
	"compress/gzip"
	"io"
	"math/rand/v2"
	"testing"
)

// TestLoadMutated loads hundreds of randomly corrupted copies of a model:
// each must be rejected or, if it still parses, tag without panicking.
func TestLoadMutated(t *testing.T) {
	tb := readTiny(t)
	m, err := Train(tb.Doc, tb.Doc, TrainOptions{Epochs: 2, MinWordCount: 1, CandCount: 2, WordNet: "testdata/wordnet"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	m.Save(&buf)
	var raw bytes.Buffer
	zr, _ := gzip.NewReader(bytes.NewReader(buf.Bytes()))
	io.Copy(&raw, zr)
	rng := rand.New(rand.NewPCG(1, 2))
	for it := 0; it < 300; it++ {
		data := bytes.Clone(raw.Bytes())
		for k := 0; k < 1+rng.IntN(4); k++ {
			data[rng.IntN(len(data))] = byte(rng.IntN(256))
		}
		var z bytes.Buffer
		zw := gzip.NewWriter(&z)
		zw.Write(data)
		zw.Close()
		if m, err := Load(&z); err == nil {
			d := sentenceDoc("The rebels withdrew .")
			m.Tag(d, d.Sentences[0].Tokens)
		}
	}
}
