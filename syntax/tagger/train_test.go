package tagger

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"testing"
	"time"

	"dyad/syntax/conllu"
)

func readTiny(t *testing.T) *conllu.Treebank { return readTinyF(t) }

func readTinyF(t testing.TB) *conllu.Treebank {
	t.Helper()
	f, err := os.Open("testdata/tiny.conllu")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tb, err := conllu.Read(f, f.Name())
	if err != nil {
		t.Fatal(err)
	}
	return tb
}

// Training twice on the same data gives the same bytes, and a saved model
// loads back to the same bytes and the same tags.
func TestTrainDeterministic(t *testing.T) {
	tb := readTiny(t)
	opts := TrainOptions{Epochs: 6, Folds: 2, MinWordCount: 1, CandCount: 2, SureCount: 3, WordNet: "testdata/wordnet"}
	var runs [2][]byte
	var m *Model
	for i := range runs {
		var err error
		m, err = Train(tb.Doc, tb.Doc, opts, nil)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := m.Save(&buf); err != nil {
			t.Fatal(err)
		}
		runs[i] = buf.Bytes()
	}
	if !bytes.Equal(runs[0], runs[1]) {
		t.Fatalf("two trainings gave different models (%d and %d bytes)", len(runs[0]), len(runs[1]))
	}
	back, err := Load(bytes.NewReader(runs[0]))
	if err != nil {
		t.Fatal(err)
	}
	var again bytes.Buffer
	if err := back.Save(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(runs[0], again.Bytes()) {
		t.Fatal("Save(Load(model)) differs from the model")
	}
	// The training sentences are learnt: every UPOS right, nearly all XPOS
	// (the second pass learns from noisy jackknifed tags of three sentences).
	if s := back.Accuracy(tb.Doc); s.UPOSCorrect != s.Tokens || s.Both() < 0.95 {
		t.Errorf("tagging its own training data: %s", s)
	}
}

func TestLoadRejectsGarbage(t *testing.T) {
	for _, in := range [][]byte{nil, []byte("not gzip"), embedded[:len(embedded)/2]} {
		if _, err := Load(bytes.NewReader(in)); err == nil {
			t.Errorf("Load accepted %d bytes of garbage", len(in))
		}
	}
}

// TestEWTDev guards the embedded model's accuracy on UD_English-EWT dev.
func TestEWTDev(t *testing.T) {
	f, err := os.Open(ewtPath("dev"))
	if err != nil {
		t.Skipf("UD_English-EWT is not under ../shared (%v)", err)
	}
	defer f.Close()
	tb, err := conllu.Read(f, f.Name())
	if err != nil {
		t.Fatal(err)
	}
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	s := m.Accuracy(tb.Doc)
	t.Logf("EWT dev: %s in %s", s, time.Since(start))
	if s.UPOS() < 0.951 || s.XPOS() < 0.945 {
		t.Errorf("EWT dev: %s; want UPOS >= 0.951 and XPOS >= 0.945", s)
	}
}

// FuzzLoad: a corrupt model file is an error, never a panic or a huge
// allocation.
func FuzzLoad(f *testing.F) {
	tb := readTinyF(f)
	m, err := Train(tb.Doc, tb.Doc, TrainOptions{Epochs: 2, MinWordCount: 1, CandCount: 2, WordNet: "testdata/wordnet"}, nil)
	if err != nil {
		f.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		f.Fatal(err)
	}
	var raw bytes.Buffer // the uncompressed stream, to mutate
	zr, _ := gzip.NewReader(bytes.NewReader(buf.Bytes()))
	io.Copy(&raw, zr)
	f.Add(raw.Bytes())
	f.Add(raw.Bytes()[:raw.Len()/2])
	f.Fuzz(func(t *testing.T, data []byte) {
		var z bytes.Buffer
		zw := gzip.NewWriter(&z)
		zw.Write(data)
		zw.Close()
		if m, err := Load(&z); err == nil {
			d := sentenceDoc("The rebels withdrew .")
			m.Tag(d, d.Sentences[0].Tokens)
		}
	})
}
