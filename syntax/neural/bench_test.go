package neural

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"dyad/doc"
)

// synthetic makes n sentences of 20 words with random projective-enough
// trees (each word headed by an earlier word or the root).
func synthetic(n int) []Sentence {
	r := rand.New(rand.NewPCG(1, 2))
	out := make([]Sentence, n)
	for i := range out {
		s := Sentence{}
		for k := 0; k < 20; k++ {
			s.Words = append(s.Words, fmt.Sprintf("w%d", r.IntN(500)))
			s.Heads = append(s.Heads, r.IntN(k+1))
			s.Rels = append(s.Rels, doc.DepRel(1+r.IntN(doc.NumDepRel-1)))
		}
		out[i] = s
	}
	return out
}

// BenchmarkTrainStep: one batch of 2,000 tokens at the default size,
// forward, backward and the Adam update (tokens/s is the training speed).
func BenchmarkTrainStep(b *testing.B) {
	data := synthetic(100)
	cfg := DefaultConfig()
	cfg.MinCount = 1
	words := map[string]int32{}
	for i := 0; i < 500; i++ {
		words[fmt.Sprintf("w%d", i)] = int32(i + 3)
	}
	m := newModel(cfg, words, nil)
	tr := newTrainer(m, TrainOptions{Workers: 1, LR: 2e-3, Clip: 5})
	ids := make([][]wordIDs, len(data))
	batch := make([]int, len(data))
	for i, s := range data {
		ids[i] = m.sentenceIDs(s.Words, s.Tags)
		batch[i] = i
	}
	r := rand.New(rand.NewPCG(1, 1))
	b.ResetTimer()
	for b.Loop() {
		tr.step(data, ids, batch, r)
	}
	b.ReportMetric(float64(b.N*2000)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkParse: forward pass and tree decoding of 20-word sentences at
// the default size (tokens/s is the parsing speed on one goroutine).
func BenchmarkParse(b *testing.B) {
	data := synthetic(50)
	cfg := DefaultConfig()
	words := map[string]int32{}
	for i := 0; i < 500; i++ {
		words[fmt.Sprintf("w%d", i)] = int32(i + 3)
	}
	m := newModel(cfg, words, nil)
	var sc scratch
	ids := make([][]wordIDs, len(data))
	for i, s := range data {
		ids[i] = m.sentenceIDs(s.Words, s.Tags)
	}
	iw := m.layout()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for _, id := range ids {
			m.parse(&sc, id, iw)
			n += len(id) - 1
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "tokens/s")
}
