package parser

import (
	"strings"
	"testing"

	"dyad/doc"
)

// taggedDoc builds a one-sentence Doc from "form/XPOS/UPOS" items separated
// by spaces.
func taggedDoc(t *testing.T, s string) *doc.Doc {
	t.Helper()
	d := &doc.Doc{}
	var text strings.Builder
	for _, item := range strings.Fields(s) {
		// split from the right: the form may be "/" or "."
		i := strings.LastIndexByte(item, '/')
		j := strings.LastIndexByte(item[:max(i, 0)], '/')
		if j <= 0 {
			t.Fatalf("bad item %q", item)
		}
		p := []string{item[:j], item[j+1 : i], item[i+1:]}
		xp, ok1 := doc.ParseXPOS(p[1])
		up, ok2 := doc.ParseUPOS(p[2])
		if !ok1 || !ok2 {
			t.Fatalf("bad tags in %q", item)
		}
		if text.Len() > 0 {
			text.WriteByte(' ')
		}
		start := int32(text.Len())
		text.WriteString(p[0])
		d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: start, End: int32(text.Len())}, XPOS: xp, UPOS: up})
	}
	d.Article.Text = text.String()
	d.Sentences = []doc.Sentence{{Span: doc.Span{End: int32(text.Len())}, Tokens: doc.TokRange{End: int32(len(d.Tokens))}}}
	return d
}

// TestEmbeddedKeyArcs parses news sentences written and tagged by hand
// with the shipped model and checks the arcs event coding relies on.
// Each arc is "dependent relation head" (head "ROOT" for the root);
// relations compare on their universal part.
func TestEmbeddedKeyArcs(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		tagged string
		arcs   []string
	}{
		{"The/DT/DET foreign/JJ/ADJ minister/NN/NOUN said/VBD/VERB Russia/NNP/PROPN had/VBD/AUX violated/VBN/VERB the/DT/DET agreement/NN/NOUN ././PUNCT",
			[]string{"said root ROOT", "minister nsubj said", "violated ccomp said", "Russia nsubj violated",
				"agreement obj violated", "had aux violated"}},
		{"The/DT/DET ministry/NN/NOUN said/VBD/VERB that/IN/SCONJ the/DT/DET talks/NNS/NOUN would/MD/AUX resume/VB/VERB on/IN/ADP Monday/NNP/PROPN ././PUNCT",
			[]string{"said root ROOT", "ministry nsubj said", "resume ccomp said", "that mark resume", "talks nsubj resume", "Monday obl resume"}},
		{"Protesters/NNS/NOUN urged/VBD/VERB the/DT/DET government/NN/NOUN to/TO/PART release/VB/VERB the/DT/DET prisoners/NNS/NOUN ././PUNCT",
			[]string{"urged root ROOT", "Protesters nsubj urged", "government obj urged", "release xcomp urged", "prisoners obj release"}},
		{"Police/NNS/NOUN arrested/VBD/VERB three/CD/NUM journalists/NNS/NOUN on/IN/ADP Friday/NNP/PROPN ././PUNCT",
			[]string{"arrested root ROOT", "Police nsubj arrested", "journalists obj arrested", "three nummod journalists", "Friday obl arrested"}},
		{"There/EX/PRON was/VBD/VERB no/DT/DET agreement/NN/NOUN on/IN/ADP the/DT/DET ceasefire/NN/NOUN ././PUNCT",
			[]string{"was root ROOT", "There expl was", "agreement nsubj was", "no det agreement"}},
		{"The/DT/DET talks/NNS/NOUN were/VBD/AUX postponed/VBN/VERB by/IN/ADP the/DT/DET mediators/NNS/NOUN ././PUNCT",
			[]string{"postponed root ROOT", "talks nsubj postponed", "were aux postponed", "mediators obl postponed"}},
		// a ticker in angle brackets is parsed as in round ones
		{"Kenya/NNP/PROPN Airways/NNPS/PROPN has/VBZ/AUX signed/VBN/VERB an/DT/DET agreement/NN/NOUN with/IN/ADP Uganda/NNP/PROPN -/HYPH/PUNCT Tanzania/NNP/PROPN AB/NNP/PROPN </-LRB-/PUNCT UGT/NNP/PROPN ST/NNP/PROPN >/-RRB-/PUNCT to/TO/PART buy/VB/VERB five/CD/NUM aircraft/NN/NOUN ././PUNCT",
			[]string{"signed root ROOT", "agreement obj signed", "AB nmod agreement", "UGT appos AB", "buy acl agreement"}},
	}
	for _, tt := range tests {
		d := taggedDoc(t, tt.tagged)
		m.Parse(d, d.Sentences[0].Tokens)
		index := map[string]int32{}
		for i := range d.Tokens {
			if _, seen := index[d.TokenText(i)]; !seen {
				index[d.TokenText(i)] = int32(i)
			}
		}
		for _, a := range tt.arcs {
			f := strings.Fields(a)
			dep, ok := index[f[0]]
			if !ok {
				t.Fatalf("no token %q", f[0])
			}
			want, _ := doc.ParseDepRel(f[1])
			head := int32(-1)
			if f[2] != "ROOT" {
				head = index[f[2]]
			}
			tok := d.Tokens[dep]
			if tok.Head != head || tok.Dep.Universal() != want {
				got := "ROOT"
				if tok.Head >= 0 {
					got = d.TokenText(int(tok.Head))
				}
				t.Errorf("%s: %q is %s of %q, want %s", d.Article.Text, f[0], tok.Dep, got, a)
			}
		}
	}
}
