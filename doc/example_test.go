package doc_test

import (
	"fmt"

	"dyad/doc"
)

// A Doc owns the article text once; tokens, sentences and mentions are
// byte spans into it, and Text slices it without copying.
func ExampleDoc_Text() {
	d := doc.New(doc.Article{Text: "Moscow withdrew from the pact."})
	d.Tokens = []doc.Token{
		{Span: doc.Span{Start: 0, End: 6}, Head: 1},
		{Span: doc.Span{Start: 7, End: 15}, Head: -1},
	}
	d.Mentions = []doc.Mention{{Span: d.Tokens[0].Span, Kind: doc.PlaceActor,
		Actor: doc.Actor{Code: "RUS", Name: "Russia", Entry: "capitals.txt:101"}, Antecedent: -1}}
	m := d.Mentions[0]
	fmt.Printf("%q is %s (%s) as a %s, from %s; verb %q\n",
		d.Text(m.Span), m.Actor.Code, m.Actor.Name, m.Kind, m.Actor.Entry, d.TokenText(1))
	// Output: "Moscow" is RUS (Russia) as a place-as-actor, from capitals.txt:101; verb "withdrew"
}

// NewPipeline checks the stage order once, when it is built: a stage that
// reads a layer no earlier stage writes is refused.
func ExampleNewPipeline() {
	_, err := doc.NewPipeline(coderStage{})
	fmt.Println(err)
	// Output: pipeline stage order: coder reads deps|actors, which no earlier stage writes
}

type coderStage struct{}

func (coderStage) Name() string              { return "coder" }
func (coderStage) Reads() doc.Layer          { return doc.Deps | doc.Actors }
func (coderStage) Writes() doc.Layer         { return doc.Events }
func (coderStage) Annotate(d *doc.Doc) error { return nil }
