package parser

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dyad/doc"
	"dyad/syntax/conllu"
)

func readTiny(t testing.TB) *doc.Doc {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "tiny.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tb, err := conllu.Read(f, "tiny.conllu")
	if err != nil {
		t.Fatal(err)
	}
	return tb.Doc
}

func TestLift(t *testing.T) {
	// "A hearing is scheduled on the issue today ." with issue(7) on
	// hearing(2) across is(3): lifting moves issue to scheduled(4).
	head := []int32{-2, 2, 4, 4, 0, 7, 7, 2, 4, 4}
	if projective(head) {
		t.Fatal("tree reported projective")
	}
	lift(head)
	want := []int32{-2, 2, 4, 4, 0, 7, 7, 4, 4, 4}
	for i := range want {
		if head[i] != want[i] {
			t.Fatalf("lifted heads %v, want %v", head, want)
		}
	}
	if !projective(head) || !isTree(head) {
		t.Fatal("lifted tree not a projective tree")
	}
}

// TestOracle follows zero-cost actions only, which must rebuild every
// (projectivised) gold tree exactly: the dynamic oracle's costs are right
// at least along the gold path.
func TestOracle(t *testing.T) {
	gold, _, _ := goldSentences(readTiny(t), false, nil)
	if len(gold) != 7 {
		t.Fatalf("%d training sentences, want 7", len(gold))
	}
	for i, g := range gold {
		var st state
		st.reset(g.sent.n)
		for steps := 0; !st.terminal(); steps++ {
			if steps > 3*g.sent.n {
				t.Fatalf("sentence %d: no terminal state after %d steps", i, steps)
			}
			ok := st.valid()
			c := st.costs(g.head)
			a := -1
			for x := 0; x < numActions; x++ {
				if ok[x] && c[x] == 0 {
					a = x
					break
				}
			}
			if a < 0 {
				t.Fatalf("sentence %d: no zero-cost action (costs %v, valid %v)", i, c, ok)
			}
			st.apply(a, 0)
		}
		for d := 1; d <= g.sent.n; d++ {
			if st.head[d] != g.head[d] {
				t.Errorf("sentence %d word %d: head %d, want %d", i, d, st.head[d], g.head[d])
			}
		}
	}
}

func trainTiny(t testing.TB) (*Model, []byte) {
	t.Helper()
	return trainTinySet(t, featuresZN)
}

// trainTinySet trains on the tiny treebank with feature set fset.
func trainTinySet(t testing.TB, fset int) (*Model, []byte) {
	t.Helper()
	return trainTinyOpt(t, func(o *TrainOptions) { o.Features = fset })
}

// trainTinyOpt trains on the tiny treebank for 5 epochs, unpruned, with
// the options set changes, and returns the model and its bytes.
func trainTinyOpt(t testing.TB, set func(*TrainOptions)) (*Model, []byte) {
	t.Helper()
	d := readTiny(t)
	opt := DefaultTrainOptions()
	opt.Epochs = 5
	opt.NonProjective = "lift"
	opt.MinWeight = 0
	set(&opt)
	m, err := Train(d, nil, opt)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return m, buf.Bytes()
}

// TestTrainDeterministic trains twice on the same sentences with each
// feature set and wants the same bytes, a header naming the set, and a
// model that has learnt its training trees and reads back as written.
func TestTrainDeterministic(t *testing.T) {
	for _, fset := range []int{featuresZN, featuresAmb} {
		m1, b1 := trainTinySet(t, fset)
		_, b2 := trainTinySet(t, fset)
		if !bytes.Equal(b1, b2) {
			t.Fatalf("set %d: two trainings gave different models (%d and %d bytes)", fset, len(b1), len(b2))
		}
		m2, err := Read(bytes.NewReader(b1))
		if err != nil {
			t.Fatal(err)
		}
		if m2.fset != fset {
			t.Errorf("set %d: read back as set %d", fset, m2.fset)
		}
		if fset == featuresAmb && (m2.lex == nil || m2.lex.n != m1.lex.n || m1.lex.n == 0) {
			t.Errorf("set %d: lexicon of %d forms read back as %v", fset, m1.lex.n, m2.lex)
		}
		gold := readTiny(t)
		for _, m := range []*Model{m1, m2} {
			if sc := m.Evaluate(gold); sc.UAS < 0.95 {
				t.Errorf("set %d: training-set %s; want UAS ≥ 0.95 on 7 sentences seen 5 times", fset, sc)
			}
		}
		if a, b := m1.Evaluate(gold), m2.Evaluate(gold); a != b {
			t.Errorf("set %d: read-back model scores %s, written one %s", fset, b, a)
		}
	}
}

func TestReadBadModel(t *testing.T) {
	for _, in := range []string{"", "not a model", strings.Repeat("\x00", 100)} {
		if _, err := Read(strings.NewReader(in)); err == nil {
			t.Errorf("Read(%q) succeeded", in)
		}
	}
	for _, fset := range []int{featuresZN, featuresAmb} {
		_, b := trainTinySet(t, fset)
		if _, err := Read(bytes.NewReader(b[:len(b)/2])); err == nil {
			t.Errorf("set %d: Read of a truncated model succeeded", fset)
		}
	}
}

// TestLongSentence parses a sentence past MaxWords: the first MaxWords
// words form a tree, the rest hang off its root as dep, and nothing
// points outside the sentence.
func TestLongSentence(t *testing.T) {
	m, _ := trainTiny(t)
	n := MaxWords + 57
	var text strings.Builder
	d := &doc.Doc{}
	// A preceding one-word sentence checks that heads are document indices.
	for i := 0; i < n+1; i++ {
		start := int32(text.Len())
		w := "men"
		up, xp := doc.NOUN, doc.XPOS(0)
		if i%3 == 1 {
			w, up = "attacked", doc.VERB
		}
		text.WriteString(w + " ")
		xp, _ = doc.ParseXPOS(map[doc.UPOS]string{doc.NOUN: "NNS", doc.VERB: "VBD"}[up])
		d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: start, End: start + int32(len(w))}, UPOS: up, XPOS: xp})
	}
	d.Article.Text = text.String()
	d.Sentences = []doc.Sentence{{Tokens: doc.TokRange{Start: 0, End: 1}}, {Tokens: doc.TokRange{Start: 1, End: int32(n + 1)}}}
	if m.Parse(d, d.Sentences[0].Tokens) {
		t.Error("one-word sentence reported cut")
	}
	if d.Tokens[0].Head != -1 || d.Tokens[0].Dep != doc.Root {
		t.Errorf("one-word sentence: head %d %s, want root", d.Tokens[0].Head, d.Tokens[0].Dep)
	}
	if !m.Parse(d, d.Sentences[1].Tokens) {
		t.Fatal("long sentence not reported cut")
	}
	root, roots := int32(-1), 0
	for i := 1; i <= n; i++ {
		tk := d.Tokens[i]
		if tk.Head == -1 {
			root, roots = int32(i), roots+1
			continue
		}
		if tk.Head < 1 || tk.Head > int32(n) || tk.Dep == doc.NoDep {
			t.Fatalf("token %d: head %d dep %s", i, tk.Head, tk.Dep)
		}
	}
	if roots != 1 || root > MaxWords {
		t.Fatalf("%d roots, root at %d; want one, within the first %d", roots, root, MaxWords)
	}
	for i := MaxWords + 1; i <= n; i++ {
		if d.Tokens[i].Head != root || d.Tokens[i].Dep != doc.Dep {
			t.Fatalf("token %d past the cut: head %d %s, want %d dep", i, d.Tokens[i].Head, d.Tokens[i].Dep, root)
		}
	}
}

// FuzzRead feeds Read arbitrary bytes: it must fail cleanly, never panic.
func FuzzRead(f *testing.F) {
	_, b := trainTiny(f)
	f.Add(b)
	f.Add(b[:len(b)/3])
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, in []byte) {
		m, err := Read(bytes.NewReader(in))
		if err == nil && (m.act == nil || m.lab == nil) {
			t.Fatal("Read returned a model without tables")
		}
	})
}

// TestEnsemble trains two perceptrons side by side, twice: the same bytes
// each time, and a model that has learnt its training trees.
func TestEnsemble(t *testing.T) {
	train := func() (*Model, []byte) {
		return trainTinyOpt(t, func(o *TrainOptions) { o.Ensemble = 2 })
	}
	m, b1 := train()
	_, b2 := train()
	if !bytes.Equal(b1, b2) {
		t.Fatalf("two trainings gave different models (%d and %d bytes)", len(b1), len(b2))
	}
	if sc := m.Evaluate(readTiny(t)); sc.UAS < 0.95 {
		t.Errorf("training-set %s; want UAS ≥ 0.95", sc)
	}
}
