package parser

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"dyad/syntax/conllu"
)

// BenchmarkParse parses UD_English-EWT dev (gold tokens and tags) with the
// embedded model and reports words per second.
func BenchmarkParse(b *testing.B) {
	path := filepath.Join("..", "..", "..", "shared", "ud", "UD_English-EWT", "en_ewt-ud-dev.conllu")
	f, err := os.Open(path)
	if err != nil {
		b.Skipf("UD_English-EWT absent (%v); it lives in ../shared", err)
	}
	defer f.Close()
	tb, err := conllu.Read(f, path)
	if err != nil {
		b.Fatal(err)
	}
	m := benchModel(b)
	d := tb.Doc
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	words := 0
	for i := 0; i < b.N; i++ {
		for _, s := range d.Sentences {
			m.Parse(d, s.Tokens)
		}
		words += len(d.Tokens)
	}
	b.ReportMetric(float64(words)/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(float64(words)/(cpuTime()-cpu0), "words/cpu-s")
}

// cpuTime is the user CPU seconds this process has used: on a shared
// machine it says more about the code than wall time does.
func cpuTime() float64 {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return float64(ru.Utime.Sec) + float64(ru.Utime.Usec)/1e6
}

func benchModel(b *testing.B) *Model {
	if p := os.Getenv("DYAD_PARSER_MODEL"); p != "" {
		f, err := os.Open(p)
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		m, err := Read(f)
		if err != nil {
			b.Fatal(err)
		}
		return m
	}
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	return m
}
