package coder_test

import (
	"fmt"
	"strings"
	"time"

	"dyad/coder"
	"dyad/doc"
	"dyad/syntax/conllu"
)

// A parsed sentence with its mentions resolved is coded into an event with
// its evidence: "Paris urged Tehran to negotiate" is an appeal to meet or
// negotiate (026), from France to Iran.
func ExampleCoder() {
	const tree = "1\tParis\tParis\tPROPN\t_\t_\t2\tnsubj\t_\t_\n" +
		"2\turged\turge\tVERB\t_\t_\t0\troot\t_\t_\n" +
		"3\tTehran\tTehran\tPROPN\t_\t_\t2\tobj\t_\t_\n" +
		"4\tto\tto\tPART\t_\t_\t5\tmark\t_\t_\n" +
		"5\tnegotiate\tnegotiate\tVERB\t_\t_\t2\txcomp\t_\tSpaceAfter=No\n" +
		"6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n"
	tb, _ := conllu.Read(strings.NewReader(tree), "example")
	d := tb.Doc
	d.Article.Published = time.Date(2024, 5, 10, 0, 0, 0, 0, time.UTC)
	d.Mentions = []doc.Mention{
		{Span: doc.Span{Start: 0, End: 5}, Tokens: doc.TokRange{Start: 0, End: 1}, Kind: doc.PlaceActor,
			Actor: doc.Actor{Code: "FRA", Name: "France"}, Antecedent: -1},
		{Span: doc.Span{Start: 12, End: 18}, Tokens: doc.TokRange{Start: 2, End: 3}, Kind: doc.PlaceActor,
			Actor: doc.Actor{Code: "IRN", Name: "Iran"}, Antecedent: -1},
	}
	c := coder.New(nil, coder.Options{})
	if err := c.Annotate(d); err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range d.Events {
		fmt.Println(e.Source.Actor.Code, e.Target.Actor.Code, e.Code, e.Code.Name())
		fmt.Println(d.Text(e.Evidence.Verb), e.Evidence.Pattern)
	}
	// Output:
	// FRA IRN 026 Appeal to others to meet or negotiate
	// urged verbs.txt:42 urge >comp (refine verbs.txt:8)
}
