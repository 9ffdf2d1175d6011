package actor

import (
	"strings"
	"testing"
)

// BenchmarkResolve resolves a parsed article of about 2,000 tokens (the test
// documents repeated) and reports tokens per second.
func BenchmarkResolve(b *testing.B) { benchResolve(b, testLex()) }

func benchResolve(b *testing.B, lex Lexicon) {
	src := strings.Repeat(docTitles+"\n#par\n"+docPlaces+"\n#par\n"+docDated+"\n#par\n", 12)
	d := parsed(b, src, "2023-03-10")
	r := New(lex)
	if err := r.Annotate(d); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.Annotate(d)
	}
	b.ReportMetric(float64(len(d.Tokens))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
