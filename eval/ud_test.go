package eval

import (
	"math"
	"strings"
	"testing"

	"dyad/doc"
)

// goldSample is written for these tests: two sentences of one paragraph,
// the second with a multiword token, then a new paragraph.
const goldSample = `# newdoc id = t
# text = Kim met Lee.
1	Kim	Kim	PROPN	NNP	_	2	nsubj	_	_
2	met	meet	VERB	VBD	_	0	root	_	_
3	Lee	Lee	PROPN	NNP	_	2	obj	_	SpaceAfter=No
4	.	.	PUNCT	.	_	2	punct	_	_

# text = They can't go.
1	They	they	PRON	PRP	_	4	nsubj	_	_
2-3	can't	_	_	_	_	_	_	_	_
2	ca	can	AUX	MD	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	go	go	VERB	VB	_	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

# newpar
# text = Go.
1	Go	go	VERB	VB	_	0	root	_	SpaceAfter=No
2	.	.	PUNCT	.	_	1	punct	_	_

`

// sysWord is one system token: its form (located in the text in order),
// tags, 1-based head within its sentence (0 = root) and relation. same
// marks a word that shares the previous word's span (a multiword token).
type sysWord struct {
	form       string
	upos, xpos string
	head       int
	dep        string
	same       bool
}

func sysDoc(t *testing.T, text string, sents [][]sysWord) *doc.Doc {
	t.Helper()
	d := doc.New(doc.Article{Text: text})
	pos := 0
	for _, s := range sents {
		first := int32(len(d.Tokens))
		for _, w := range s {
			var sp doc.Span
			if w.same {
				sp = d.Tokens[len(d.Tokens)-1].Span
			} else {
				at := strings.Index(text[pos:], w.form)
				if at < 0 {
					t.Fatalf("form %q not in text after %d", w.form, pos)
				}
				sp = doc.Span{Start: int32(pos + at), End: int32(pos + at + len(w.form))}
				pos += at + len(w.form)
			}
			up, _ := doc.ParseUPOS(w.upos)
			xp, _ := doc.ParseXPOS(w.xpos)
			dep, _ := doc.ParseDepRel(w.dep)
			head := int32(-1)
			if w.head > 0 {
				head = first + int32(w.head-1)
			}
			d.Tokens = append(d.Tokens, doc.Token{Span: sp, UPOS: up, XPOS: xp, Dep: dep, Head: head})
		}
		last := int32(len(d.Tokens))
		d.Sentences = append(d.Sentences, doc.Sentence{Tokens: doc.TokRange{Start: first, End: last},
			Span: doc.Span{Start: d.Tokens[first].Span.Start, End: d.Tokens[last-1].Span.End}})
	}
	return d
}

func TestReadGoldUDText(t *testing.T) {
	g, err := ReadGoldUD(strings.NewReader(goldSample), "sample")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Kim met Lee. They can't go.\n\nGo."; g.Text != want {
		t.Errorf("text %q, want %q", g.Text, want)
	}
	if len(g.Words) != 11 || len(g.Tokens) != 10 || len(g.Sentences) != 3 {
		t.Errorf("%d words, %d tokens, %d sentences; want 11, 10, 3", len(g.Words), len(g.Tokens), len(g.Sentences))
	}
	// "ca" and "n't" share the token span of "can't": characters 14..19 of
	// "KimmetLee.Theycan'tgo.Go."
	if w := g.Words[5]; !w.MWT || w.Span != (UDSpan{14, 19}) || w.Head != 7 {
		t.Errorf("word ca = %+v, want MWT span {14 19} head 7", w)
	}
}

func TestScoreUD(t *testing.T) {
	g, err := ReadGoldUD(strings.NewReader(goldSample), "sample")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		sents [][]sysWord
		// expected Correct counts; Gold is 10 tokens, 3 sentences, 11 words
		sysTokens, sysWords, sysSents               int
		tokens, nsents, words, upos, xpos, uas, las int
	}{
		{
			// Right in every word, with "can't" split into two tokens
			// rather than one multiword token: the words align through
			// their forms, the token does not.
			name: "split",
			sents: [][]sysWord{
				{{"Kim", "PROPN", "NNP", 2, "nsubj", false}, {"met", "VERB", "VBD", 0, "root", false},
					{"Lee", "PROPN", "NNP", 2, "obj", false}, {".", "PUNCT", ".", 2, "punct", false}},
				{{"They", "PRON", "PRP", 4, "nsubj", false}, {"ca", "AUX", "MD", 4, "aux", false}, {"n't", "PART", "RB", 4, "advmod", false},
					{"go", "VERB", "VB", 0, "root", false}, {".", "PUNCT", ".", 4, "punct", false}},
				{{"Go", "VERB", "VB", 0, "root", false}, {".", "PUNCT", ".", 1, "punct", false}},
			},
			sysTokens: 11, sysWords: 11, sysSents: 3,
			tokens: 9, nsents: 3, words: 11, upos: 11, xpos: 11, uas: 11, las: 11,
		},
		{
			// A multiword token whose two words share its span: one token
			// (it matches), but a Doc has no word forms, so both read
			// "can't" and neither aligns with gold "ca" / "n't".
			name: "shared-span",
			sents: [][]sysWord{
				{{"Kim", "PROPN", "NNP", 2, "nsubj", false}, {"met", "VERB", "VBD", 0, "root", false},
					{"Lee", "PROPN", "NNP", 2, "obj", false}, {".", "PUNCT", ".", 2, "punct", false}},
				{{"They", "PRON", "PRP", 4, "nsubj", false}, {"can't", "AUX", "MD", 4, "aux", false}, {"n't", "PART", "RB", 4, "advmod", true},
					{"go", "VERB", "VB", 0, "root", false}, {".", "PUNCT", ".", 4, "punct", false}},
				{{"Go", "VERB", "VB", 0, "root", false}, {".", "PUNCT", ".", 1, "punct", false}},
			},
			sysTokens: 10, sysWords: 11, sysSents: 3,
			tokens: 10, nsents: 3, words: 9, upos: 9, xpos: 9, uas: 9, las: 9,
		},
		{
			// "Lee." one token (Lee and . unaligned), "can't" unsplit (its
			// words unaligned: no form in common), "go" mistagged, "They"
			// mislabelled, and the last two sentences run together.
			// Aligned: Kim met They go . Go . = 7 words.
			name: "errors",
			sents: [][]sysWord{
				{{"Kim", "PROPN", "NNP", 2, "nsubj", false}, {"met", "VERB", "VBD", 0, "root", false},
					{"Lee.", "PROPN", "NNP", 2, "obj", false}},
				{{"They", "PRON", "PRP", 3, "obj", false}, {"can't", "AUX", "MD", 3, "aux", false},
					{"go", "NOUN", "NN", 0, "root", false}, {".", "PUNCT", ".", 3, "punct", false},
					// "Go" hangs off "go" (gold: root): head wrong.
					{"Go", "VERB", "VB", 3, "parataxis", false}, {".", "PUNCT", ".", 5, "punct", false}},
			},
			sysTokens: 9, sysWords: 9, sysSents: 2,
			// tokens: Kim met They can't go . Go . = 8
			// sentences: only "Kim met Lee." matches
			// UPOS/XPOS: all aligned but go = 6; UAS: all but Go = 6
			// (the last "." has system head Go, aligned to gold Go); LAS:
			// also They wrong = 5
			tokens: 8, nsents: 1, words: 7, upos: 6, xpos: 6, uas: 6, las: 5,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := sysDoc(t, g.Text, tt.sents)
			sc, err := ScoreUD(&g.UDTreebank, FromDoc(d))
			if err != nil {
				t.Fatal(err)
			}
			check := func(what string, f F1, sys, correct, gold int) {
				t.Helper()
				if f.Gold != gold || f.System != sys || f.Correct != correct {
					t.Errorf("%s = %+v, want gold %d system %d correct %d", what, f, gold, sys, correct)
				}
				want := 2 * float64(correct) / float64(gold+sys)
				if math.Abs(f.F1()-want) > 1e-12 {
					t.Errorf("%s F1 %v, want %v", what, f.F1(), want)
				}
			}
			check("tokens", sc.Tokens, tt.sysTokens, tt.tokens, 10)
			check("sentences", sc.Sentences, tt.sysSents, tt.nsents, 3)
			check("words", sc.Words, tt.sysWords, tt.words, 11)
			check("UPOS", sc.UPOS, tt.sysWords, tt.upos, 11)
			check("XPOS", sc.XPOS, tt.sysWords, tt.xpos, 11)
			check("UAS", sc.UAS, tt.sysWords, tt.uas, 11)
			check("LAS", sc.LAS, tt.sysWords, tt.las, 11)
		})
	}
}

func TestScoreUDTextMismatch(t *testing.T) {
	g, err := ReadGoldUD(strings.NewReader(goldSample), "sample")
	if err != nil {
		t.Fatal(err)
	}
	d := sysDoc(t, "Kim met Lee.", [][]sysWord{{{"Kim", "PROPN", "NNP", 0, "root", false}}})
	if _, err := ScoreUD(&g.UDTreebank, FromDoc(d)); err == nil {
		t.Fatal("no error for a system that tokenised a different text")
	}
}

func TestGoldTokenScores(t *testing.T) {
	gold := &doc.Doc{Tokens: []doc.Token{
		{UPOS: doc.PROPN, XPOS: 4, Head: 1, Dep: doc.Nsubj},
		{UPOS: doc.VERB, XPOS: 14, Head: -1, Dep: doc.Root},
		{UPOS: doc.NOUN, XPOS: 1, Head: 1, Dep: doc.Obj},
		{UPOS: doc.PUNCT, XPOS: 7, Head: 1, Dep: doc.Punct},
	}}
	sys := &doc.Doc{Tokens: []doc.Token{
		{UPOS: doc.PROPN, XPOS: 4, Head: 1, Dep: doc.NsubjPass}, // subtype differs: LAS still right
		{UPOS: doc.VERB, XPOS: 15, Head: -1, Dep: doc.Root},     // XPOS wrong
		{UPOS: doc.PROPN, XPOS: 1, Head: 1, Dep: doc.Iobj},      // UPOS and label wrong
		{UPOS: doc.PUNCT, XPOS: 7, Head: 2, Dep: doc.Punct},     // head wrong
	}}
	sc := GoldTokenScores(gold, sys)
	for _, c := range []struct {
		name string
		f    F1
		want float64
	}{{"UPOS", sc.UPOS, 0.75}, {"XPOS", sc.XPOS, 0.75}, {"UAS", sc.UAS, 0.75}, {"LAS", sc.LAS, 0.5}} {
		if c.f.F1() != c.want {
			t.Errorf("%s = %v, want %v", c.name, c.f.F1(), c.want)
		}
	}
}
