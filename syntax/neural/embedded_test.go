package neural

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"dyad/syntax/conllu"
	"dyad/syntax/tagger"
)

// TestEmbeddedEWTDev parses EWT dev (gold tokens) with the embedded model
// and wants the UAS and LAS measured when it was shipped (model/README.md).
func TestEmbeddedEWTDev(t *testing.T) {
	dev := ewtDev(t)
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	uas, las := Evaluate(m, dev)
	const wantUAS, wantLAS = 0.9019, 0.8745
	if uas < wantUAS-0.0005 || las < wantLAS-0.0005 {
		t.Errorf("EWT dev UAS %.4f LAS %.4f, want %.4f and %.4f", uas, las, wantUAS, wantLAS)
	}
	t.Logf("EWT dev UAS %.4f LAS %.4f", uas, las)
}

// TestSaveEmbedded: the embedded model, loaded and saved again, gives the
// file's bytes, so Load keeps all Save wrote and Save's output has not
// changed since the model was trained.
func TestSaveEmbedded(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := m.Save(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b.Bytes(), embedded) {
		t.Errorf("saved again, the embedded model is %d bytes unlike the file's %d", b.Len(), len(embedded))
	}
}

// BenchmarkParseEmbedded parses the first 400 sentences of EWT dev with the
// embedded model on one goroutine: the speed of --neural embedded without
// the tagger (tokens/s).
func BenchmarkParseEmbedded(b *testing.B) {
	data := ewtDev(b)[:400]
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	var sc scratch
	iw := m.layout()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for _, s := range data {
			m.parse(&sc, m.sentenceIDs(s.Words, s.Tags), iw)
			n += len(s.Words)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "tokens/s")
}

// ewtDev reads the sentences of EWT dev from ../shared, or skips, with
// the embedded tagger's tags (as the syntax stage gives them).
func ewtDev(tb testing.TB) []Sentence {
	tb.Helper()
	path := filepath.Join("..", "..", "..", "shared", "ud", "UD_English-EWT", "en_ewt-ud-dev.conllu")
	f, err := os.Open(path)
	if err != nil {
		tb.Skipf("EWT dev absent (%v); it lives in ../shared", err)
	}
	defer f.Close()
	treebank, err := conllu.Read(f, path)
	if err != nil {
		tb.Fatal(err)
	}
	tm, err := tagger.Default()
	if err != nil {
		tb.Fatal(err)
	}
	tm.TagAll(treebank.Doc)
	return Sentences(treebank)
}
