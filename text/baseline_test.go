package text

import (
	"os"
	"testing"
)

// BenchmarkScanBaseline only decodes and classifies every rune of the seed
// article: the floor under any tokeniser. Compare BenchmarkSplit with it
// on a busy machine, where absolute figures drift.
func BenchmarkScanBaseline(b *testing.B) {
	src, err := os.ReadFile(seedArticle)
	if err != nil {
		b.Skipf("seed article absent (%v): it lives in ../shared beside the repository", err)
	}
	s := string(src)
	b.SetBytes(int64(len(s)))
	cpu := cpuNanos()
	n := 0
	for b.Loop() {
		for i := 0; i < len(s); {
			r, k := runeAt(s, i)
			if classify(r, k) == sepSpace {
				n++
			}
			i += k
		}
	}
	reportCPU(b, cpu, len(s))
	if n == 0 {
		b.Fatal("no spaces found")
	}
}
