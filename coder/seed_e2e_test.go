package coder_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"dyad/actor"
	"dyad/coder"
	"dyad/doc"
	"dyad/lexicon"
	"dyad/syntax"
	"dyad/syntax/lemma"
	"dyad/syntax/parser"
	"dyad/syntax/tagger"
	"dyad/text"
)

// lemmas sets every token's lemma from the embedded lemma table (until the
// syntax stage does it itself).
type lemmas struct{ t *lemma.Table }

func (lemmas) Name() string      { return "lemma" }
func (lemmas) Reads() doc.Layer  { return doc.Tags }
func (lemmas) Writes() doc.Layer { return doc.Tags }
func (l lemmas) Annotate(d *doc.Doc) error {
	for i := range d.Tokens {
		tk := &d.Tokens[i]
		tk.Lemma = l.t.Lemma(d.Text(tk.Span), tk.UPOS, tk.XPOS)
	}
	return nil
}

// pipeline is raw text → text → syntax (tagger, lemmas, parser) → actor →
// coder, all with the embedded models and dictionaries.
func pipeline(t testing.TB) *doc.Pipeline {
	tg, err := tagger.Default()
	if err != nil {
		t.Fatal(err)
	}
	ps, err := parser.Default()
	if err != nil {
		t.Fatal(err)
	}
	lt, err := lemma.Default()
	if err != nil {
		t.Fatal(err)
	}
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	p, err := doc.NewPipeline(text.New(text.Options{}), syntax.New(tg, ps), lemmas{lt},
		actor.New(actor.FromLexicon(lex)), coder.New(nil, coder.Options{}))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestSeedEndToEnd codes the seed article from raw text with every stage
// and scores it against expected.json.
func TestSeedEndToEnd(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "examples", "seed-g20-new-delhi")
	body, err := os.ReadFile(filepath.Join(dir, "article.txt"))
	if err != nil {
		t.Skipf("seed example absent (%v): ../shared is not beside the repository", err)
	}
	want, err := os.ReadFile(filepath.Join(dir, "expected.json"))
	if err != nil {
		t.Skipf("seed expected.json absent: %v", err)
	}
	d := doc.New(doc.Article{ID: "seed", Text: string(body), Outlet: "Kyodo News",
		Published: time.Date(2023, 3, 3, 0, 0, 0, 0, time.UTC)})
	if err := pipeline(t).Run(d); err != nil {
		t.Fatal(err)
	}
	s, err := coder.ScoreSeed(d, want)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("seed end to end: %s", s)
	for _, e := range d.Events {
		t.Logf("  [%d] %s>%s %s %s %s contested=%v  %s", e.Sentence, e.Source.Actor.Code, e.Target.Actor.Code,
			e.Code, e.Modality, e.Date.Format("2006-01-02"), e.Contested, e.Evidence.Pattern)
	}
	if !s.Pass() || s.QuotesRight < 6 {
		t.Errorf("seed below the acceptance bar (6/6 required, 0 forbidden, ≥6/7 quotes, contested): %s", s)
	}
}

// benchText is an article of our own: news-style sentences repeated.
const benchText = `Foreign Minister Lena Ortiz said on Tuesday she met her Japanese counterpart in Madrid and urged Tokyo to resume talks with Seoul.

"We are ready to work with every partner in the region," Ortiz told reporters after the meeting, adding that Spain would send aid to Turkey.

Russian forces shelled the city overnight, and Ukraine accused Moscow of targeting civilians. The Kremlin denied attacking residential areas.

China and India agreed to hold another round of border talks next month, officials said. Protesters rallied against the government in Bogota on Monday.
`

// BenchmarkPipeline measures raw text to events with every stage (one
// core); it reports sentences per second.
func BenchmarkPipeline(b *testing.B) {
	p := pipeline(b)
	text := ""
	for i := 0; i < 25; i++ {
		text += benchText + "\n"
	}
	d := doc.New(doc.Article{Text: text, Published: time.Date(2024, 5, 10, 0, 0, 0, 0, time.UTC)})
	if err := p.Run(d); err != nil {
		b.Fatal(err)
	}
	n := len(d.Sentences)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := doc.New(doc.Article{Text: text, Published: time.Date(2024, 5, 10, 0, 0, 0, 0, time.UTC)})
		if err := p.Run(d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "sentences/s")
}
