package actor

import (
	"math/rand/v2"
	"testing"

	"dyad/doc"
)

// Whatever tags and trees a tagger or parser gives (including heads out of
// range and sentences out of bounds), Annotate neither panics nor writes a
// mention outside the text.
func TestResolveSurvivesBadTrees(t *testing.T) {
	lex := testLex()
	r := New(lex)
	rng := rand.New(rand.NewPCG(1, 2))
	for round := 0; round < 300; round++ {
		d := parsed(t, docTitles+"\n#par\n"+docPlaces, "2023-03-10")
		for i := range d.Tokens {
			tok := &d.Tokens[i]
			if rng.IntN(3) == 0 {
				tok.UPOS = doc.UPOS(rng.IntN(doc.NumUPOS + 2))
			}
			if rng.IntN(3) == 0 {
				tok.Dep = doc.DepRel(rng.IntN(doc.NumDepRel + 2))
			}
			if rng.IntN(3) == 0 {
				tok.Head = int32(rng.IntN(len(d.Tokens)+20) - 10)
			}
		}
		if round%50 == 0 && len(d.Sentences) > 1 {
			d.Sentences[1].Tokens.End += 1000 // out of bounds: skipped
		}
		if err := r.Annotate(d); err != nil {
			t.Fatal(err)
		}
		for i, m := range d.Mentions {
			if m.Span.Start < 0 || int(m.Span.End) > len(d.Article.Text) || m.Span.Empty() {
				t.Fatalf("round %d: mention span %v outside the text", round, m.Span)
			}
			if m.Antecedent >= int32(i) {
				t.Fatalf("round %d: mention %d refers forward to %d", round, i, m.Antecedent)
			}
		}
	}
	// an empty document
	d := doc.New(doc.Article{})
	if err := r.Annotate(d); err != nil || len(d.Mentions) != 0 {
		t.Errorf("empty doc: %v, %d mentions", err, len(d.Mentions))
	}
}

// One Resolver serves many goroutines (run with -race).
func TestResolveConcurrent(t *testing.T) {
	r := New(testLex())
	first := parsed(t, docPlaces, "2023-03-10")
	r.Annotate(first)
	want := rows(first)
	docs := make([][]*doc.Doc, 4)
	for g := range docs {
		for i := 0; i < 20; i++ {
			docs[g] = append(docs[g], parsed(t, docPlaces, "2023-03-10"))
		}
	}
	done := make(chan int)
	for g := range docs {
		go func(ds []*doc.Doc) {
			bad := 0
			for _, d := range ds {
				r.Annotate(d)
				if len(rows(d)) != len(want) {
					bad++
				}
			}
			done <- bad
		}(docs[g])
	}
	for range docs {
		if bad := <-done; bad != 0 {
			t.Errorf("%d documents resolved differently under concurrency", bad)
		}
	}
	for g := range docs {
		for _, d := range docs[g] {
			got := rows(d)
			for i := range want {
				if got[i] != want[i] {
					t.Fatalf("mention %d: %+v, want %+v", i, got[i], want[i])
				}
			}
		}
	}
}
