package coder

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"dyad/actor"
	"dyad/doc"
	"dyad/lexicon"
	"dyad/syntax/lemma"
	"dyad/syntax/tagger"
	"dyad/text"
)

// TestSeedRealActors codes the seed with the real text stage, tagger,
// lemmatiser and actor stage, and the hand-written trees of seed_test.go in
// place of the parser: the coder against the mentions the actor stage
// really gives (full names, coreference chains, place-as-actor readings).
func TestSeedRealActors(t *testing.T) {
	body, err := os.ReadFile(filepath.Join(seedDir, "article.txt"))
	if err != nil {
		t.Skipf("seed example absent (%v): ../shared is not beside the repository", err)
	}
	want, err := os.ReadFile(filepath.Join(seedDir, "expected.json"))
	if err != nil {
		t.Skipf("seed expected.json absent: %v", err)
	}
	d := doc.New(doc.Article{ID: "seed", Text: string(body), Published: time.Date(2023, 3, 3, 0, 0, 0, 0, time.UTC)})
	text.New(text.Options{}).Annotate(d)
	tg, err := tagger.Default()
	if err != nil {
		t.Fatal(err)
	}
	lt, err := lemma.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range d.Sentences {
		tg.Tag(d, s.Tokens)
		for j := s.Tokens.Start; j < s.Tokens.End; j++ {
			tk := &d.Tokens[j]
			tk.Lemma = lt.Lemma(d.Text(tk.Span), tk.UPOS, tk.XPOS)
		}
	}
	for si := range d.Sentences {
		s := &d.Sentences[si]
		for i := s.Tokens.Start; i < s.Tokens.End; i++ {
			d.Tokens[i].Dep, d.Tokens[i].Head = doc.NoDep, 0
		}
		applySeedTrees(t, d, s)
	}
	l, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	if err := actor.New(actor.FromLexicon(l)).Annotate(d); err != nil {
		t.Fatal(err)
	}
	if err := New(nil, Options{}).Annotate(d); err != nil {
		t.Fatal(err)
	}
	s, err := ScoreSeed(d, want)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("seed (real tokens, tags and actors; hand trees): %s", s)
	if !s.Pass() || s.QuotesRight < 6 || s.DatesRight != s.DatesChecked || s.PlacesRight != s.PlacesChecked {
		t.Errorf("seed below the acceptance bar: %s", s)
	}
	for _, e := range d.Events {
		t.Logf("  [%d] %s>%s %s %s %s claimed=%v/%d contested=%v  %s", e.Sentence, e.Source.Actor.Code, e.Target.Actor.Code, codeDigits(e.Code), e.Modality, e.Date.Format("2006-01-02"), e.ClaimedBy.Voice, e.ClaimedBy.Mention, e.Contested, e.Evidence.Pattern)
	}
	for _, q := range d.Quotes {
		sp := ""
		if q.Speaker >= 0 {
			sp = d.Text(d.Mentions[q.Speaker].Span)
		}
		t.Logf("  quote by %q: %.40q", sp, d.Text(q.Span))
	}
	for _, g := range d.Diagnostics {
		t.Logf("diag %s %s", g.Stage, g.Msg)
	}
}
