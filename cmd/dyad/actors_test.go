package main

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dyad/actor"
	"dyad/doc"
)

func TestWriteMentions(t *testing.T) {
	d := doc.New(doc.Article{Text: "Moscow said it would act in Kyiv."})
	d.Mentions = []doc.Mention{
		{Span: doc.Span{Start: 0, End: 6}, Kind: doc.PlaceActor, Antecedent: -1,
			Actor: doc.Actor{Code: "RUS", Name: "Moscow", Entry: "capitals.txt:3"}},
		{Span: doc.Span{Start: 12, End: 14}, Kind: doc.Pronoun, Antecedent: 0,
			Actor: doc.Actor{Code: "RUS", Name: "Moscow", Entry: "coref:pronoun"}},
		{Span: doc.Span{Start: 28, End: 32}, Kind: doc.Place, Antecedent: -1, Geo: &doc.GeoRef{Country: "UKR"}},
	}
	var table bytes.Buffer
	if err := writeMentions(&table, d); err != nil {
		t.Fatal(err)
	}
	want := []string{
		"SPAN   TEXT      KIND            CODE  NAME    EVIDENCE        REFERS TO",
		`0-6    "Moscow"  place-as-actor  RUS   Moscow  capitals.txt:3  `,
		`12-14  "it"      pronoun         RUS   Moscow  coref:pronoun   "Moscow"@0`,
		`28-32  "Kyiv"    place           -                             `,
	}
	if got := strings.Split(strings.TrimSuffix(table.String(), "\n"), "\n"); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("table:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	var js bytes.Buffer
	if err := writeMentionsJSON(&js, d); err != nil {
		t.Fatal(err)
	}
	wantJSON := `{"start":0,"end":6,"text":"Moscow","kind":"place-as-actor","code":"RUS","name":"Moscow","evidence":"capitals.txt:3"}
{"start":12,"end":14,"text":"it","kind":"pronoun","code":"RUS","name":"Moscow","evidence":"coref:pronoun","antecedent":0}
{"start":28,"end":32,"text":"Kyiv","kind":"place","place_country":"UKR"}
`
	if js.String() != wantJSON {
		t.Errorf("json:\n%s\nwant:\n%s", js.String(), wantJSON)
	}
}

// seedDir is the acceptance article, beside the repository.
var seedDir = filepath.Join("..", "..", "..", "shared", "examples", "seed-g20-new-delhi")

// TestActorsSeed runs text, syntax and the actor stage on the seed
// article and scores its entities by the rule in expected.json: every one
// must be right, "he", "him", "the top U.S. diplomat" and "the foreign
// minister" included.
func TestActorsSeed(t *testing.T) {
	body, err := os.ReadFile(filepath.Join(seedDir, "article.txt"))
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("the seed example is absent (%v): it lives in ../shared beside the repository", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(filepath.Join(seedDir, "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want, err := actor.ReadEntities(f, "expected.json")
	if err != nil {
		t.Fatal(err)
	}
	d := doc.New(doc.Article{Text: string(body), Published: time.Date(2023, 3, 3, 0, 0, 0, 0, time.UTC)})
	if err := seedPipeline(t, d); err != nil {
		t.Fatal(err)
	}
	scores, right := actor.ScoreEntities(d, want)
	for _, s := range scores {
		if !s.Right {
			t.Errorf("entity %q: %s", s.Entity.Text, s.Why)
		}
	}
	if right != len(want) {
		t.Errorf("seed entities right: %d of %d", right, len(want))
	}
}

// BenchmarkActorsSeedShare compares the actor stage with the stages before
// it on the seed article: text+syntax, then actor alone on the parsed Doc.
//
//	go test ./cmd/dyad -run XXX -bench ActorsSeedShare
func BenchmarkActorsSeedShare(b *testing.B) {
	body, err := os.ReadFile(filepath.Join(seedDir, "article.txt"))
	if errors.Is(err, fs.ErrNotExist) {
		b.Skipf("the seed example is absent (%v): it lives in ../shared beside the repository", err)
	}
	if err != nil {
		b.Fatal(err)
	}
	art := doc.Article{Text: string(body), Published: time.Date(2023, 3, 3, 0, 0, 0, 0, time.UTC)}
	d := doc.New(art)
	if err := seedPipeline(b, d); err != nil {
		b.Fatal(err)
	}
	tokens := float64(len(d.Tokens))
	b.Run("text+syntax", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if err := parseOnly(b, doc.New(art)); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(tokens*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	})
	b.Run("actor", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if err := stages[2].Annotate(d); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(tokens*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	})
}
