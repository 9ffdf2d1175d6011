package tagger

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"dyad/syntax/conllu"
)

// ewtPath is where the UD_English-EWT treebank sits beside the repository.
func ewtPath(split string) string {
	return filepath.Join("..", "..", "..", "shared", "ud", "UD_English-EWT", "en_ewt-ud-"+split+".conllu")
}

// BenchmarkLoad reads the embedded model; cpu-ms/op is its CPU time.
func BenchmarkLoad(b *testing.B) {
	cpu := cpuSeconds()
	for b.Loop() {
		if _, err := Load(bytes.NewReader(embedded)); err != nil {
			b.Fatal(err)
		}
	}
	if cpu = cpuSeconds() - cpu; cpu > 0 {
		b.ReportMetric(cpu*1000/float64(b.N), "cpu-ms/op")
	}
}

// readDev reads EWT dev for benchmarks.
func readDev(b *testing.B) *conllu.Treebank {
	f, err := os.Open(ewtPath("dev"))
	if err != nil {
		b.Skipf("UD_English-EWT is not under ../shared (%v)", err)
	}
	defer f.Close()
	tb, err := conllu.Read(f, f.Name())
	if err != nil {
		b.Fatal(err)
	}
	return tb
}

// BenchmarkStage tags and lemmatises EWT dev (the pipeline stage).
func BenchmarkStage(b *testing.B) {
	d := readDev(b).Doc
	st, err := NewStage(nil, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	cpu := cpuSeconds()
	for b.Loop() {
		st.Annotate(d)
	}
	cpu = cpuSeconds() - cpu
	tokens := float64(len(d.Tokens)) * float64(b.N)
	b.ReportMetric(tokens/b.Elapsed().Seconds(), "tokens/s")
	if cpu > 0 {
		b.ReportMetric(tokens/cpu, "tokens/cpu-s")
	}
}

// BenchmarkTag tags EWT dev with the embedded model and reports tokens per
// second of wall clock and of CPU time (the fairer one on a shared machine).
func BenchmarkTag(b *testing.B) {
	tb := readDev(b)
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	d := tb.Doc
	b.ReportAllocs()
	cpu := cpuSeconds()
	for b.Loop() {
		m.TagAll(d)
	}
	cpu = cpuSeconds() - cpu
	tokens := float64(len(d.Tokens)) * float64(b.N)
	b.ReportMetric(tokens/b.Elapsed().Seconds(), "tokens/s")
	if cpu > 0 {
		b.ReportMetric(tokens/cpu, "tokens/cpu-s")
	}
}
