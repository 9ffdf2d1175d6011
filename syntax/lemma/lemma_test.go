package lemma

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"dyad/doc"
	"dyad/syntax/conllu"
)

func xpos(t *testing.T, s string) doc.XPOS {
	t.Helper()
	x, ok := doc.ParseXPOS(s)
	if !ok {
		t.Fatalf("bad XPOS %q", s)
	}
	return x
}

func TestLemma(t *testing.T) {
	cases := []struct {
		form string
		upos doc.UPOS
		xpos string
		want string
	}{
		{"said", doc.VERB, "VBD", "say"},
		{"withdrew", doc.VERB, "VBD", "withdraw"},
		{"urged", doc.VERB, "VBD", "urge"},
		{"met", doc.VERB, "VBD", "meet"},
		{"sanctions", doc.NOUN, "NNS", "sanction"},
		{"countries", doc.NOUN, "NNS", "country"},
		{"was", doc.AUX, "VBD", "be"},
		{"'s", doc.AUX, "VBZ", "be"},
		{"’s", doc.AUX, "VBZ", "be"}, // a curly apostrophe reads as ASCII
		{"n't", doc.PART, "RB", "not"},
		{"better", doc.ADJ, "JJR", "good"},
		{"Said", doc.VERB, "VBD", "say"}, // sentence-initial capital
		{"Geneva", doc.PROPN, "NNP", "Geneva"},
		// Not in the treebank: found by the suffix rules or the irregular list.
		{"overran", doc.VERB, "VBD", "overrun"},
		{"outdrew", doc.VERB, "VBD", "outdraw"},
		{"blockaded", doc.VERB, "VBD", "blockade"},
		{"zzyzxes", doc.NOUN, "NNS", "zzyzx"},
		// Unseen verb forms whose suffix rule misspells the stem: the
		// spelling that is a known (WordNet) verb wins.
		{"blamed", doc.VERB, "VBD", "blame"},
		{"strafed", doc.VERB, "VBD", "strafe"},
		{"telephoning", doc.VERB, "VBG", "telephone"},
		{"uprooted", doc.VERB, "VBN", "uproot"},
		{"spared", doc.VERB, "VBD", "spare"}, // spar would be sparred
		{"spars", doc.VERB, "VBZ", "spar"},
		{"departes", doc.VERB, "VBZ", "departe"}, // no form of depart: -es only after a hiss or o
		{"Zorblax", doc.PROPN, "NNP", "Zorblax"},
		{"", doc.NOUN, "NN", ""},
	}
	for _, c := range cases {
		if got := Lemma(c.form, c.upos, xpos(t, c.xpos)); got != c.want {
			t.Errorf("Lemma(%q, %s, %s) = %q, want %q", c.form, c.upos, c.xpos, got, c.want)
		}
	}
	// UPOS only: an XPOS is assumed.
	if got := Lemma("countries", doc.NOUN, doc.NoXPOS); got != "country" {
		t.Errorf("Lemma(countries, NOUN, _) = %q, want country", got)
	}
}

func TestLemmaAllocs(t *testing.T) {
	tab, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	vbd, prp := xpos(t, "VBD"), xpos(t, "NNP")
	for _, c := range []struct {
		form string
		upos doc.UPOS
		x    doc.XPOS
	}{{"said", doc.VERB, vbd}, {"Said", doc.VERB, vbd}, {"Zorblax", doc.PROPN, prp}} {
		if n := testing.AllocsPerRun(100, func() { tab.Lemma(c.form, c.upos, c.x) }); n != 0 {
			t.Errorf("Lemma(%q) allocates %.0f times", c.form, n)
		}
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	tab, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	if err := tab.Save(&a); err != nil {
		t.Fatal(err)
	}
	back, err := Load(bytes.NewReader(a.Bytes()), "round trip")
	if err != nil {
		t.Fatal(err)
	}
	if err := back.Save(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) || !bytes.Equal(a.Bytes(), embedded) {
		t.Error("Save(Load(table)) differs from the embedded table")
	}
}

// TestEWTTest guards lemma accuracy on UD_English-EWT test with gold tags.
func TestEWTTest(t *testing.T) {
	f, err := os.Open(filepath.Join("..", "..", "..", "shared", "ud", "UD_English-EWT", "en_ewt-ud-test.conllu"))
	if err != nil {
		t.Skipf("UD_English-EWT is not under ../shared (%v)", err)
	}
	defer f.Close()
	tb, err := conllu.Read(f, f.Name())
	if err != nil {
		t.Fatal(err)
	}
	tab, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	s := tab.Accuracy(tb.Doc)
	t.Logf("EWT test lemmas: %.4f of %d", s.Accuracy(), s.Tokens)
	if s.Accuracy() < 0.985 {
		t.Errorf("EWT test lemma accuracy %.4f, want at least 0.985", s.Accuracy())
	}
}

func BenchmarkLemma(b *testing.B) {
	tab, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	x, _ := doc.ParseXPOS("VBD")
	b.ReportAllocs()
	for b.Loop() {
		tab.Lemma("Withdrew", doc.VERB, x)
	}
}

func TestIrregularPast(t *testing.T) {
	for w, want := range map[string]bool{"struck": true, "fought": true, "withdrew": true, "met": true,
		"shot": false, "left": false, "won": false, "strike": false, "arrested": false} {
		if got := IrregularPast(w); got != want {
			t.Errorf("IrregularPast(%q) = %v, want %v", w, got, want)
		}
	}
}

// BenchmarkLemmaUnseenName is the commonest costly case in news: a proper
// noun the treebank never saw, which falls through to the suffix rules.
func BenchmarkLemmaUnseenName(b *testing.B) {
	tab, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	x, _ := doc.ParseXPOS("NNP")
	b.ReportAllocs()
	for b.Loop() {
		tab.Lemma("Zelenskiy", doc.PROPN, x)
	}
}

// TestIndexMatchesMaps checks that the embedded table's index gives every
// word's lemma as its maps do, and nothing for words it lacks.
func TestIndexMatchesMaps(t *testing.T) {
	tb, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if tb.idx == nil {
		t.Fatal("the embedded table has no index (two of its words share a hash)")
	}
	n := 0
	for x := range tb.words {
		for w, want := range tb.words[x] {
			got, ok := tb.word(doc.XPOS(x), []byte(w), w, true)
			if !ok || got != want {
				t.Fatalf("%q (XPOS %d): index gives %q, %v; maps %q", w, x, got, ok, want)
			}
			n++
		}
	}
	if n < 10000 {
		t.Fatalf("only %d words checked", n)
	}
	vbd, _ := doc.ParseXPOS("VBD")
	for _, c := range []struct{ form, want string }{
		{"Said", "say"}, {"WITHDREW", "withdraw"}, {"urged", "urge"}, {"Blorfed", "blorf"},
	} {
		if got := tb.Lemma(c.form, doc.VERB, vbd); got != c.want {
			t.Errorf("Lemma(%q, VBD) = %q, want %q", c.form, got, c.want)
		}
	}
	if _, ok := tb.word(vbd, []byte("blorfed"), "blorfed", true); ok {
		t.Error("index finds an unseen word")
	}
}
