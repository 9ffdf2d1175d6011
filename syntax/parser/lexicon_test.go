package parser

import (
	"fmt"
	"strings"
	"testing"

	"dyad/doc"
	"dyad/syntax/conllu"
)

// TestLexicon builds ambiguity classes from one-word sentences with known
// tag counts: a tag counts when it is at least 1/20 of a form's uses, and
// forms seen fewer than 3 times get no class. Case and digits fold as in
// wordHash.
func TestLexicon(t *testing.T) {
	var b strings.Builder
	n := 0
	add := func(form, xpos string, times int) {
		for range times {
			n++
			fmt.Fprintf(&b, "# sent_id = s%d\n# text = %s\n1\t%s\t_\tX\t%s\t_\t0\troot\t_\t_\n\n", n, form, form, xpos)
		}
	}
	add("run", "VB", 3)
	add("Run", "NN", 1) // 1 of 4: kept
	add("walk", "VB", 20)
	add("walk", "NN", 1) // 1 of 21: dropped
	add("rare", "JJ", 2)
	add("1999", "CD", 2)
	add("2024", "CD", 1) // folds with 1999: 3 uses
	tb, err := conllu.Read(strings.NewReader(b.String()), "lex.conllu")
	if err != nil {
		t.Fatal(err)
	}
	l := buildLexicon(tb.Doc)
	bit := func(tags ...doc.XPOS) uint64 {
		var c uint64
		for _, p := range tags {
			c |= 1 << p
		}
		return c
	}
	vb, _ := doc.ParseXPOS("VB")
	nn, _ := doc.ParseXPOS("NN")
	cd, _ := doc.ParseXPOS("CD")
	for _, c := range []struct {
		form string
		want uint64
	}{
		{"run", bit(vb, nn)},
		{"RUN", bit(vb, nn)},
		{"walk", bit(vb)},
		{"rare", noClass},
		{"2000", bit(cd)},
		{"unseen", noClass},
	} {
		if got := l.get(wordHash(c.form)); got != c.want {
			t.Errorf("class of %q = %#x, want %#x", c.form, got, c.want)
		}
	}
	if l.n != 3 {
		t.Errorf("%d forms with a class, want 3", l.n)
	}
}

// TestFreezeMean wants the mean of a table with itself to freeze to the
// table's own weights, and the mean of a table and an empty one to halve
// them (so a row whose weights halve below the pruning bound goes).
func TestFreezeMean(t *testing.T) {
	a := newTrainTable(numActions)
	// Updates at step 1 of 4 average to 3/4 of their size: key 11 gets
	// 0.75, -0.75, 0; key 22 gets 0.75, -1.5, 0.75.
	a.update([]uint64{11, 22}, 0, 1, 1)
	a.update([]uint64{22}, 2, 1, 1)
	empty := newTrainTable(numActions)
	one := a.freeze(4, 0)
	same := freezeMean([]*trainTable{a, a}, []int64{4, 4}, 0)
	half := freezeMean([]*trainTable{a, empty}, []int64{4, 4}, 0.75)
	for _, k := range []uint64{11, 22} {
		r1, r2 := one.find(k), same.find(k)
		if r1 < 0 || r2 < 0 {
			t.Fatalf("key %d: rows %d and %d", k, r1, r2)
		}
		for c := range numActions {
			if x, y := one.w[r1*numActions+c], same.w[r2*numActions+c]; x != y {
				t.Errorf("key %d class %d: freeze %d, mean with itself %d", k, c, x, y)
			}
		}
	}
	// Halved, key 11's largest weight is 0.375 < 0.75 and it goes; key
	// 22 keeps 0.75 (of -1.5).
	if half.find(11) >= 0 || half.find(22) < 0 {
		t.Errorf("halved and pruned below 0.75: rows of 11 and 22 are %d and %d, want -1 and one", half.find(11), half.find(22))
	}
}
