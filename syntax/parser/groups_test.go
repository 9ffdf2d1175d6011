package parser

import (
	"os"
	"path/filepath"
	"testing"

	"dyad/doc"
	"dyad/syntax/conllu"
)

// TestFeatureGroups checks, for each feature set, that each group's
// function (stackFeats, ...) writes exactly the templates of its list in
// the set (Model.groups, Model.pair), and that the lists cover the set's
// templates once: featuresZN those below numActionFeatsZN, featuresAmb
// all.
func TestFeatureGroups(t *testing.T) {
	d := readTiny(t)
	r := d.Sentences[0].Tokens
	for _, fs := range []struct {
		fset int
		lex  *lexicon
		n    int
	}{{featuresZN, nil, numActionFeatsZN}, {featuresAmb, buildLexicon(d), numActionFeats}} {
		m := &Model{}
		m.setFeatures(fs.fset, fs.lex)
		if m.nact != fs.n {
			t.Errorf("feature set %d: %d action features, want %d", fs.fset, m.nact, fs.n)
		}
		var s sentence
		var st state
		s.load(d, r, r.Len(), fs.lex)
		st.reset(s.n)
		st.apply(shift, 0)
		st.apply(shift, 0)
		seen := make(map[uint8]int)
		for _, g := range []struct {
			name  string
			write func(*sentence, *state, []uint64)
			idx   []uint8
		}{{"stack", stackFeats, m.groups[0]}, {"stackKid", stackKidFeats, m.groups[1]},
			{"buf", bufFeats, m.groups[2]}, {"bufKid", bufKidFeats, m.groups[3]}, {"pair", pairFeats, m.pair}} {
			var f [numActionFeats]uint64
			g.write(&s, &st, f[:])
			in := make(map[uint8]bool)
			for _, k := range g.idx {
				in[k] = true
				seen[k]++
			}
			for k, v := range f {
				if (v != 0) != in[uint8(k)] {
					t.Errorf("set %d, %s group: template %d written %v, listed %v", fs.fset, g.name, k, v != 0, in[uint8(k)])
				}
			}
		}
		for k := range numActionFeats {
			if want := k < fs.n; (seen[uint8(k)] == 1) != want || seen[uint8(k)] > 1 {
				t.Errorf("set %d: template %d is in %d groups", fs.fset, k, seen[uint8(k)])
			}
		}
	}
}

// refParse is the greedy parse without the memoised group scores of
// Model.parse: every state scores all its features in one sum.
func refParse(m *Model, d *doc.Doc, r doc.TokRange) (heads []int32, labels []uint8) {
	w := new(workspace)
	w.sent.load(d, r, r.Len(), m.lex)
	s, st := &w.sent, &w.st
	st.reset(s.n)
	for !st.terminal() {
		ok := st.valid()
		var a int
		switch {
		case !ok[left] && !ok[right]:
			a = shift
		case !ok[shift] && !ok[left]:
			a = right
		default:
			actionFeats(s, st, w.feats[:])
			var sum [1][numActions]int32
			m.act.score3(w.feats[:m.nact], []int{m.nact}, sum[:])
			a = best(&sum[0], &ok)
		}
		st.apply(a, m.label(w, a))
	}
	return st.head[1 : s.n+1], st.label[1 : s.n+1]
}

// TestMemoisedParse wants Parse, which scores the stack and buffer groups
// of features once per word (and number of children), to give the trees
// of refParse: on the tiny
// treebank with a model trained on it, and on EWT dev with the shipped
// model when ../shared is there.
func TestMemoisedParse(t *testing.T) {
	tiny, _ := trainTiny(t)
	check := func(name string, m *Model, d *doc.Doc) {
		diff := 0
		for i, sent := range d.Sentences {
			r := sent.Tokens
			if r.Len() > MaxWords {
				continue
			}
			heads, labels := refParse(m, d, r)
			m.Parse(d, r)
			for j := range heads {
				tok := d.Tokens[int(r.Start)+j]
				h := heads[j] + r.Start - 1
				if heads[j] == 0 {
					h = -1
				}
				if tok.Head != h || tok.Dep != doc.DepRel(labels[j]) {
					diff++
					if diff <= 5 {
						t.Errorf("%s sentence %d word %d: Parse %d %v, reference %d %v", name, i, j+1, tok.Head, tok.Dep, h, doc.DepRel(labels[j]))
					}
				}
			}
		}
		if diff > 0 {
			t.Errorf("%s: %d words differ", name, diff)
		}
	}
	check("tiny", tiny, readTiny(t))
	tinyAmb, _ := trainTinySet(t, featuresAmb)
	check("tiny, ambiguity classes", tinyAmb, readTiny(t))
	path := filepath.Join("..", "..", "..", "shared", "ud", "UD_English-EWT", "en_ewt-ud-dev.conllu")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("UD_English-EWT absent (%v); it lives in ../shared", err)
	}
	defer f.Close()
	tb, err := conllu.Read(f, path)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	check("EWT dev", m, tb.Doc)
}
