package eval

import (
	"fmt"
	"math"
	"strconv"
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
			// Right in every word, with "can't" split into the words "ca"
			// and "n't" as the text stage splits it: text.JoinsPrevious
			// joins them into one multiword token, so the token matches,
			// and the words align through their forms.
			name: "split",
			sents: [][]sysWord{
				{{"Kim", "PROPN", "NNP", 2, "nsubj", false}, {"met", "VERB", "VBD", 0, "root", false},
					{"Lee", "PROPN", "NNP", 2, "obj", false}, {".", "PUNCT", ".", 2, "punct", false}},
				{{"They", "PRON", "PRP", 4, "nsubj", false}, {"ca", "AUX", "MD", 4, "aux", false}, {"n't", "PART", "RB", 4, "advmod", false},
					{"go", "VERB", "VB", 0, "root", false}, {".", "PUNCT", ".", 4, "punct", false}},
				{{"Go", "VERB", "VB", 0, "root", false}, {".", "PUNCT", ".", 1, "punct", false}},
			},
			sysTokens: 10, sysWords: 11, sysSents: 3,
			tokens: 10, nsents: 3, words: 11, upos: 11, xpos: 11, uas: 11, las: 11,
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

// mwtGold is written for these tests: a possessive and a negation written
// as multiword tokens, as UD_English-EWT writes them, and a hyphenated
// number that is one token. 8 tokens, 10 words, 1 sentence.
const mwtGold = `# newdoc id = m
# text = Kim's dog can't swim in 9-11 weather.
1-2	Kim's	_	_	_	_	_	_	_	_
1	Kim	Kim	PROPN	NNP	_	3	nmod:poss	_	_
2	's	's	PART	POS	_	1	case	_	_
3	dog	dog	NOUN	NN	_	6	nsubj	_	_
4-5	can't	_	_	_	_	_	_	_	_
4	ca	can	AUX	MD	_	6	aux	_	_
5	n't	not	PART	RB	_	6	advmod	_	_
6	swim	swim	VERB	VB	_	0	root	_	_
7	in	in	ADP	IN	_	9	case	_	_
8	9-11	9-11	NUM	CD	_	9	compound	_	_
9	weather	weather	NOUN	NN	_	6	obl	_	SpaceAfter=No
10	.	.	PUNCT	.	_	6	punct	_	_

`

// TestScoreUDMultiwordTokens checks that a system Doc whose tokens are the
// syntactic words, contractions split as the text stage splits them ("Kim"
// "'s", "ca" "n't"), is scored by CoNLL 2018 tokens: the words that
// text.JoinsPrevious joins are one token, counted once by its span, and
// their words align by form inside it.
func TestScoreUDMultiwordTokens(t *testing.T) {
	g, err := ReadGoldUD(strings.NewReader(mwtGold), "mwt")
	if err != nil {
		t.Fatal(err)
	}
	// The system splits 9-11 into three words; heads are right but for
	// "'s" (on "dog"), "in" is labelled mark, and "n't" is tagged ADV.
	tail := []sysWord{{"dog", "NOUN", "NN", 6, "nsubj", false}, {"ca", "AUX", "MD", 6, "aux", false},
		{"n't", "ADV", "RB", 6, "advmod", false}, {"swim", "VERB", "VB", 0, "root", false},
		{"in", "ADP", "IN", 11, "mark", false}, {"9", "NUM", "CD", 11, "nummod", false},
		{"-", "PUNCT", "HYPH", 10, "punct", false}, {"11", "NUM", "CD", 8, "nmod", false},
		{"weather", "NOUN", "NN", 6, "obl", false}, {".", "PUNCT", ".", 6, "punct", false}}
	tests := []struct {
		name  string
		sents [][]sysWord
		// expected counts; Gold is 8 tokens, 1 sentence, 10 words
		sysTokens, sysWords, sysSents               int
		tokens, nsents, words, upos, xpos, uas, las int
		mismatches                                  []string
	}{
		{
			// Tokens: Kim's dog can't swim in 9 - 11 weather . = 10;
			// all but 9 - 11 match = 7. Words: 12, of which all but
			// 9 - 11 align with the 9 gold words other than 9-11.
			// UPOS, XPOS: n't wrong (ADV) = 8; XPOS all 9. UAS: 's
			// wrong = 8; LAS: also "in" = 7.
			name: "one sentence",
			sents: [][]sysWord{append([]sysWord{{"Kim", "PROPN", "NNP", 3, "nmod:poss", false},
				{"'s", "PART", "POS", 3, "case", false}}, tail...)},
			sysTokens: 10, sysWords: 12, sysSents: 1,
			tokens: 7, nsents: 1, words: 9, upos: 8, xpos: 9, uas: 8, las: 7,
			mismatches: []string{`at 19: gold ["9-11"], system ["9" "-" "11"]`},
		},
		{
			// A sentence break between "Kim" and "'s": a multiword
			// token never crosses one, so Kim and 's are two tokens
			// (11, of which 6 match), but their words still align by
			// form. Kim is a root (UAS wrong, as 's); sentences: 2,
			// none right.
			name: "break inside a multiword token",
			sents: [][]sysWord{{{"Kim", "PROPN", "NNP", 0, "root", false}},
				append([]sysWord{{"'s", "PART", "POS", 2, "case", false}}, shift(tail, -1)...)},
			sysTokens: 11, sysWords: 12, sysSents: 2,
			tokens: 6, nsents: 0, words: 9, upos: 8, xpos: 9, uas: 7, las: 6,
			mismatches: []string{`at 0: gold ["Kim's"], system ["Kim" "'s"]`,
				`at 19: gold ["9-11"], system ["9" "-" "11"]`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := sysDoc(t, g.Text, tt.sents)
			sys := FromDoc(d)
			sc, err := ScoreUD(&g.UDTreebank, sys)
			if err != nil {
				t.Fatal(err)
			}
			check := func(what string, f F1, sys, correct, gold int) {
				t.Helper()
				if f.Gold != gold || f.System != sys || f.Correct != correct {
					t.Errorf("%s = %+v, want gold %d system %d correct %d", what, f, gold, sys, correct)
				}
			}
			check("tokens", sc.Tokens, tt.sysTokens, tt.tokens, 8)
			check("sentences", sc.Sentences, tt.sysSents, tt.nsents, 1)
			check("words", sc.Words, tt.sysWords, tt.words, 10)
			check("UPOS", sc.UPOS, tt.sysWords, tt.upos, 10)
			check("XPOS", sc.XPOS, tt.sysWords, tt.xpos, 10)
			check("UAS", sc.UAS, tt.sysWords, tt.uas, 10)
			check("LAS", sc.LAS, tt.sysWords, tt.las, 10)
			got := tokenMismatches(&g.UDTreebank, sys, 30)
			if strings.Join(got, "\n") != strings.Join(tt.mismatches, "\n") {
				t.Errorf("mismatches:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.mismatches, "\n"))
			}
		})
	}
}

// shift moves the sentence-relative heads of ws by n (roots stay roots).
func shift(ws []sysWord, n int) []sysWord {
	out := append([]sysWord(nil), ws...)
	for i := range out {
		if out[i].head > 0 {
			out[i].head += n
		}
	}
	return out
}

// TestFromDocMultiwordSpans checks the spans and flags FromDoc gives the
// words of a split contraction: each word's form is its own text, the
// span is the whole token's.
func TestFromDocMultiwordSpans(t *testing.T) {
	d := sysDoc(t, "We cannot go", [][]sysWord{{{"We", "PRON", "PRP", 3, "nsubj", false},
		{"can", "AUX", "MD", 3, "aux", false}, {"not", "PART", "RB", 3, "advmod", false},
		{"go", "VERB", "VB", 0, "root", false}}})
	tb := FromDoc(d)
	want := []UDWord{
		{Span: UDSpan{0, 2}, Form: "We"},
		{Span: UDSpan{2, 8}, Form: "can", MWT: true},
		{Span: UDSpan{2, 8}, Form: "not", MWT: true},
		{Span: UDSpan{8, 10}, Form: "go"},
	}
	if len(tb.Words) != len(want) || len(tb.Tokens) != 3 {
		t.Fatalf("%d words, %d tokens; want 4, 3", len(tb.Words), len(tb.Tokens))
	}
	for i, w := range want {
		if got := tb.Words[i]; got.Span != w.Span || got.Form != w.Form || got.MWT != w.MWT {
			t.Errorf("word %d = %+v, want span %v form %q MWT %v", i, got, w.Span, w.Form, w.MWT)
		}
	}
}

// tokenMismatches lists, for debugging, the first max places where the
// token spans of gold and sys differ: the gold tokens and the system
// tokens between two points where both have a token boundary, with the
// character where they start. Both treebanks must spell the same
// characters (ScoreUD checks that).
func tokenMismatches(gold, sys *UDTreebank, max int) []string {
	var out []string
	gt, st := gold.Tokens, sys.Tokens
	forms := func(tb *UDTreebank, spans []UDSpan) string {
		var b strings.Builder
		for i, sp := range spans {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(strconv.Quote(string(tb.Chars[sp.Start:sp.End])))
		}
		return b.String()
	}
	gi, si := 0, 0
	for gi < len(gt) && si < len(st) && len(out) < max {
		if gt[gi] == st[si] {
			gi++
			si++
			continue
		}
		ge, se := gi, si // the last tokens of the differing stretch
		for ge < len(gt) && se < len(st) && gt[ge].End != st[se].End {
			if gt[ge].End < st[se].End {
				ge++
			} else {
				se++
			}
		}
		ge, se = min(ge+1, len(gt)), min(se+1, len(st))
		out = append(out, fmt.Sprintf("at %d: gold [%s], system [%s]", gt[gi].Start, forms(gold, gt[gi:ge]), forms(sys, st[si:se])))
		gi, si = ge, se
	}
	return out
}
