package text

import (
	"os"
	"testing"

	"dyad/doc"
)

// BenchmarkSplit annotates the seed article, reusing the Doc as a worker
// does, so allocations show what the stage costs beyond its slices.
func BenchmarkSplit(b *testing.B) {
	src, err := os.ReadFile(seedArticle)
	if err != nil {
		b.Skipf("seed article absent (%v): it lives in ../shared beside the repository", err)
	}
	sp := New(Options{})
	d := doc.New(doc.Article{Text: string(src)})
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	cpu := cpuNanos()
	for b.Loop() {
		if err := sp.Annotate(d); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu, len(src))
}

// reportCPU adds MB per CPU second, measured from the process's CPU time
// since cpu0.
func reportCPU(b *testing.B, cpu0 int64, size int) {
	if cpu0 == 0 {
		return
	}
	if ns := cpuNanos() - cpu0; ns > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/(float64(ns)/1e9)/1e6, "MB/cpu-s")
	}
}

// BenchmarkTokenize is the tokeniser alone on the seed article.
func BenchmarkTokenize(b *testing.B) {
	src, err := os.ReadFile(seedArticle)
	if err != nil {
		b.Skipf("seed article absent (%v): it lives in ../shared beside the repository", err)
	}
	s := string(src)
	var toks []doc.Token
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	cpu := cpuNanos()
	for b.Loop() {
		toks = Tokenize(s, toks[:0])
	}
	reportCPU(b, cpu, len(s))
}
