package text

import (
	"os"
	"strings"
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

// BenchmarkSplitShapes runs 10 MB inputs of awkward shapes: one line of
// prose, one run of words without punctuation, deeply nested quotes, and
// one chunk without spaces. Throughput close to BenchmarkSplit's shows
// the time stays linear in the input.
func BenchmarkSplitShapes(b *testing.B) {
	const size = 10 << 20
	shapes := []struct{ name, unit string }{
		{"prose-one-line", "The U.S. envoy said on Jan. 5 that talks would resume. \"We're ready,\" he said. "},
		{"no-punctuation", "word "},
		{"nested-quotes", "\u201c\"(\u2018"},
		{"no-spaces", "a-b.c,d/e"},
	}
	for _, sh := range shapes {
		b.Run(sh.name, func(b *testing.B) {
			text := strings.Repeat(sh.unit, size/len(sh.unit))
			sp := New(Options{})
			d := doc.New(doc.Article{Text: text})
			b.SetBytes(int64(len(text)))
			cpu := cpuNanos()
			for b.Loop() {
				d.Diagnostics = d.Diagnostics[:0]
				if err := sp.Annotate(d); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, cpu, len(text))
		})
	}
}
