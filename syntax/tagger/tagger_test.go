package tagger

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"dyad/doc"
)

// sentenceDoc builds a Doc from space-separated tokens, one sentence.
func sentenceDoc(text string) *doc.Doc {
	d := doc.New(doc.Article{Text: text})
	var start int32 = -1
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == ' ' {
			if start >= 0 {
				d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: start, End: int32(i)}, Head: -1})
				start = -1
			}
			continue
		}
		if start < 0 {
			start = int32(i)
		}
	}
	d.Sentences = []doc.Sentence{{Span: doc.Span{End: int32(len(text))}, Tokens: doc.TokRange{End: int32(len(d.Tokens))}}}
	return d
}

// Hand-tagged news sentences (written for this test), as word/UPOS/XPOS in
// the conventions of UD_English-EWT ("United" is ADJ/NNP there). A tag
// marked ! must have the right UPOS; all count towards a floor of both right.
var newsSentences = []string{
	"The/DET/DT minister/NOUN/NN said/!VERB/VBD on/ADP/IN Tuesday/PROPN/NNP that/SCONJ/IN Russia/!PROPN/NNP would/AUX/MD withdraw/!VERB/VB its/PRON/PRP$ troops/NOUN/NNS ./PUNCT/.",
	"Protesters/NOUN/NNS gathered/!VERB/VBD outside/ADP/IN the/DET/DT French/ADJ/JJ embassy/NOUN/NN in/ADP/IN Nairobi/!PROPN/NNP on/ADP/IN Friday/PROPN/NNP ./PUNCT/.",
	"China/!PROPN/NNP has/AUX/VBZ urged/!VERB/VBN both/DET/DT sides/NOUN/NNS to/PART/TO resume/!VERB/VB talks/!NOUN/NNS ,/PUNCT/, a/DET/DT spokesman/NOUN/NN told/VERB/VBD reporters/NOUN/NNS ./PUNCT/.",
	"“/PUNCT/`` There/PRON/EX were/VERB/VBD no/DET/DT negotiations/!NOUN/NNS ,/PUNCT/, ”/PUNCT/'' she/PRON/PRP said/!VERB/VBD ./PUNCT/.",
	"The/DET/DT United/ADJ/NNP States/PROPN/NNPS imposed/!VERB/VBD new/ADJ/JJ sanctions/!NOUN/NNS on/ADP/IN Iran/!PROPN/NNP ’s/PART/POS oil/NOUN/NN exports/NOUN/NNS ./PUNCT/.",
}

func TestTagNews(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	right, total := 0, 0
	for _, s := range newsSentences {
		var words, ups, xps []string
		for _, f := range strings.Split(s, " ") {
			p := strings.Split(f, "/")
			words, ups, xps = append(words, p[0]), append(ups, p[1]), append(xps, p[2])
		}
		d := sentenceDoc(strings.Join(words, " "))
		m.Tag(d, d.Sentences[0].Tokens)
		for i, tok := range d.Tokens {
			must := strings.HasPrefix(ups[i], "!")
			up := strings.TrimPrefix(ups[i], "!")
			total++
			if tok.UPOS.String() == up && tok.XPOS.String() == xps[i] {
				right++
				continue
			}
			msg := fmt.Sprintf("%q: %s tagged %s/%s, want %s/%s", d.Article.Text, words[i], tok.UPOS, tok.XPOS, up, xps[i])
			if must && tok.UPOS.String() != up {
				t.Error(msg)
			} else {
				t.Log(msg)
			}
		}
	}
	if acc := float64(right) / float64(total); acc < 0.95 {
		t.Errorf("%d of %d hand-tagged tokens right (%.3f), want at least 0.95", right, total, acc)
	}
}

func TestStage(t *testing.T) {
	st, err := NewStage(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	d := sentenceDoc("Rebels withdrew from the town on Sunday .")
	if st.Reads() != doc.Sentences || st.Writes() != doc.Tags {
		t.Errorf("stage reads %s and writes %s, want sentences and tags", st.Reads(), st.Writes())
	}
	if err := st.Annotate(d); err != nil {
		t.Fatal(err)
	}
	var got []string
	for i, tok := range d.Tokens {
		got = append(got, d.TokenText(i)+"/"+tok.UPOS.String()+"/"+tok.Lemma)
	}
	want := "Rebels/NOUN/rebel withdrew/VERB/withdraw from/ADP/from the/DET/the town/NOUN/town on/ADP/on Sunday/PROPN/Sunday ./PUNCT/."
	if g := strings.Join(got, " "); g != want {
		t.Errorf("got  %s\nwant %s", g, want)
	}
}

// Many goroutines tagging their own Docs with one Model get the tags one
// goroutine gets (run with -race to check the scratch pool).
func TestTagConcurrent(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "Rebels withdrew from the town on Sunday , officials in Kabul said ."
	want := sentenceDoc(text)
	m.Tag(want, want.Sentences[0].Tokens)
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 0; n < 50; n++ {
				d := sentenceDoc(text)
				m.Tag(d, d.Sentences[0].Tokens)
				for i := range d.Tokens {
					if d.Tokens[i].UPOS != want.Tokens[i].UPOS || d.Tokens[i].XPOS != want.Tokens[i].XPOS {
						errs <- d.TokenText(i)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for w := range errs {
		t.Errorf("concurrent tagging gave another tag for %q", w)
	}
}

func TestTagOddInput(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	d := sentenceDoc("“ Nein ” – 100 % … ’s")
	d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: 500, End: 510}}) // outside the text
	m.Tag(d, doc.TokRange{Start: 0, End: int32(len(d.Tokens))})
	m.Tag(d, doc.TokRange{Start: 3, End: 1})   // empty: nothing happens
	m.Tag(d, doc.TokRange{Start: 0, End: 999}) // out of range: nothing happens
	for i, tok := range d.Tokens {
		if tok.UPOS == doc.NoPOS || tok.XPOS == doc.NoXPOS {
			t.Errorf("token %d left untagged", i)
		}
	}
	if d.Tokens[0].UPOS != doc.PUNCT || d.Tokens[3].UPOS != doc.PUNCT {
		t.Errorf("curly quote and long dash should be PUNCT: %s %s", d.Tokens[0].UPOS, d.Tokens[3].UPOS)
	}
}

// TestAppendTags wants AppendTags to give the tags Tag sets, one per
// token, after what dst held, and to leave the document as it was.
func TestAppendTags(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	d := doc.New(doc.Article{Text: "Rebels seized the town on Monday , officials said ."})
	for i, w := range strings.Fields(d.Article.Text) {
		at := strings.Index(d.Article.Text, w)
		if i > 0 {
			at = int(d.Tokens[i-1].Span.End) + 1
		}
		d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: int32(at), End: int32(at + len(w))}})
	}
	r := doc.TokRange{Start: 0, End: int32(len(d.Tokens))}
	before := slices.Clone(d.Tokens)
	got := m.AppendTags([]Pair{{doc.X, 0}}, d, r)
	if !slices.Equal(d.Tokens, before) {
		t.Fatal("AppendTags changed the tokens")
	}
	m.Tag(d, r)
	if len(got) != 1+len(d.Tokens) || got[0] != (Pair{doc.X, 0}) {
		t.Fatalf("got %d pairs, want %d after the one given", len(got), len(d.Tokens))
	}
	for i, tok := range d.Tokens {
		if got[i+1] != (Pair{tok.UPOS, tok.XPOS}) {
			t.Errorf("token %d %q: AppendTags %v, Tag %v/%v", i, d.TokenText(i), got[i+1], tok.UPOS, tok.XPOS)
		}
	}
	if n := len(m.AppendTags(nil, d, doc.TokRange{Start: 3, End: 3})); n != 0 {
		t.Errorf("empty range: %d pairs", n)
	}
}
