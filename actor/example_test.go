package actor_test

import (
	"fmt"
	"strings"

	"dyad/actor"
	"dyad/syntax/conllu"
)

// words is a three-entry dictionary: enough for the example.
type words map[string]*actor.Entry

func (w words) Lookup(ws []string, i int) (*actor.Entry, int) {
	if i+1 < len(ws) {
		if e := w[ws[i]+" "+ws[i+1]]; e != nil {
			return e, 2
		}
	}
	if e := w[ws[i]]; e != nil {
		return e, 1
	}
	return nil, 0
}

func Example() {
	lex := words{
		"Russian":          {Kind: actor.CountryAdj, Code: "RUS", Name: "Russia", Where: "demonyms.txt:148"},
		"Foreign Minister": {Kind: actor.Agent, Code: "GOV", Where: "agents.txt:14"},
		"Moscow":           {Kind: actor.Capital, Code: "RUS", Name: "Moscow", Where: "capitals.txt:101"},
	}
	const parsed = `# text = Russian Foreign Minister Sergey Lavrov said Moscow would respond, and he left.
1	Russian	russian	ADJ	JJ	_	4	amod	_	_
2	Foreign	foreign	PROPN	NNP	_	3	compound	_	_
3	Minister	minister	PROPN	NNP	_	4	compound	_	_
4	Sergey	sergey	PROPN	NNP	_	6	nsubj	_	_
5	Lavrov	lavrov	PROPN	NNP	_	4	flat	_	_
6	said	say	VERB	VBD	_	0	root	_	_
7	Moscow	moscow	PROPN	NNP	_	9	nsubj	_	_
8	would	would	AUX	MD	_	9	aux	_	_
9	respond	respond	VERB	VB	_	6	ccomp	_	SpaceAfter=No
10	,	,	PUNCT	,	_	13	punct	_	_
11	and	and	CCONJ	CC	_	13	cc	_	_
12	he	he	PRON	PRP	_	13	nsubj	_	_
13	left	leave	VERB	VBD	_	6	conj	_	SpaceAfter=No
14	.	.	PUNCT	.	_	6	punct	_	_

`
	tb, err := conllu.Read(strings.NewReader(parsed), "example")
	if err != nil {
		panic(err)
	}
	d := tb.Doc
	if err := actor.New(lex).Annotate(d); err != nil {
		panic(err)
	}
	for _, m := range d.Mentions {
		fmt.Printf("%-15q %-15s %-7s %s\n", d.Text(m.Span), m.Kind, m.Actor.Code, m.Actor.Entry)
	}
	// Output:
	// "Sergey Lavrov" person          RUSGOV  title: demonyms.txt:148 + agents.txt:14
	// "Moscow"        place-as-actor  RUS     capitals.txt:101
	// "he"            pronoun         RUSGOV  coref:pronoun
}
