package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dyad/doc"
	"dyad/syntax/neural"
)

// TestParseNeural: 'dyad parse --neural FILE' and 'dyad code --neural
// FILE' parse with a neural model file, here one trained in the test until
// it parses its one sentence; a missing or foreign file is an error that
// names it.
func TestParseNeural(t *testing.T) {
	s := neural.Sentence{Words: []string{"Kenya", "condemned", "the", "raid", "."}, Heads: []int{2, 0, 4, 2, 2},
		Rels: []doc.DepRel{doc.Nsubj, doc.Root, doc.Det, doc.Obj, doc.Punct}}
	cfg := neural.Config{WordDim: 8, FeatDim: 4, Buckets: 101, Hidden: 12, Layers: 1, ArcDim: 12, RelDim: 8,
		MaxDist: 5, MinCount: 1, Seed: 1, BatchToks: 100}
	m, err := neural.Train(cfg, []neural.Sentence{s}, []neural.Sentence{s}, nil, neural.TrainOptions{Epochs: 150, LR: 1e-2, KeepLast: true})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	model := filepath.Join(dir, "n.bin")
	f, err := os.Create(model)
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Save(f); err != nil {
		t.Fatal(err)
	}
	f.Close()
	in := filepath.Join(dir, "a.txt")
	os.WriteFile(in, []byte("Kenya condemned the raid.\n"), 0o644)
	out, errOut, code := dyad(t, "parse", "--neural", model, in)
	if code != 0 {
		t.Fatalf("parse --neural: code %d: %s", code, errOut)
	}
	for _, want := range []string{"1\tKenya\tKenya\tPROPN\tNNP\t_\t2\tnsubj\t", "2\tcondemned\tcondemn\tVERB\tVBD\t_\t0\troot\t", "4\traid\traid\tNOUN\tNN\t_\t2\tobj\t"} {
		if !strings.Contains(out, want) {
			t.Errorf("parse --neural: output lacks %q:\n%s", want, out)
		}
	}
	out, errOut, code = dyad(t, "code", "--neural", model, "--date", "2020-01-01", in)
	if code != 0 || !strings.Contains(out, "KEN") || !strings.Contains(out, "111") {
		t.Errorf("code --neural: code %d, want KEN's 111 event:\n%s%s", code, out, errOut)
	}
	for _, bad := range []string{filepath.Join(dir, "absent.bin"), in} {
		_, errOut, code := dyad(t, "parse", "--neural", bad, in)
		if code == 0 || !strings.Contains(errOut, bad) {
			t.Errorf("parse --neural %s: code %d, error %q; want a failure naming the file", bad, code, errOut)
		}
	}
}
