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

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(bytes.NewReader(embedded)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTag tags EWT dev with the embedded model and reports tokens per
// second of wall clock and of CPU time (the fairer one on a shared machine).
func BenchmarkTag(b *testing.B) {
	f, err := os.Open(ewtPath("dev"))
	if err != nil {
		b.Skipf("UD_English-EWT is not under ../shared (%v)", err)
	}
	defer f.Close()
	tb, err := conllu.Read(f, f.Name())
	if err != nil {
		b.Fatal(err)
	}
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
