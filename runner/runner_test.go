package runner

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"dyad/doc"
	"dyad/ingest"
	"dyad/store/sqlite"
)

// oneSentence is a stand-in stage: the whole text is one sentence of one
// token. It panics on the text "boom", as a buggy stage might.
type oneSentence struct{}

func (oneSentence) Name() string      { return "one" }
func (oneSentence) Reads() doc.Layer  { return 0 }
func (oneSentence) Writes() doc.Layer { return doc.Sentences }
func (oneSentence) Annotate(d *doc.Doc) error {
	if d.Article.Text == "boom" {
		panic("stage bug")
	}
	n := int32(len(d.Article.Text))
	d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{End: n}, Head: -1})
	d.Sentences = append(d.Sentences, doc.Sentence{Span: doc.Span{End: n}, Tokens: doc.TokRange{End: 1}})
	return nil
}

func newPipe() (*doc.Pipeline, error) { return doc.NewPipeline(oneSentence{}) }

// corpus yields articles with the given texts and, after the second one, a
// reader failure and a skipped note.
func corpus(texts ...string) iter.Seq2[doc.Article, error] {
	return func(yield func(doc.Article, error) bool) {
		for i, t := range texts {
			if !yield(doc.Article{ID: ingest.ArticleID("", t), Text: t}, nil) {
				return
			}
			if i == 1 {
				if !yield(doc.Article{}, &ingest.Failure{Input: "broken.jsonl", Line: 7, Reason: "invalid JSON"}) {
					return
				}
				if !yield(doc.Article{}, &ingest.Failure{Input: "README.md", Skipped: true, Reason: "not an article"}) {
					return
				}
			}
		}
	}
}

func TestRunStoresGoodArticlesAndRecordsFailures(t *testing.T) {
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "dyad.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	texts := []string{"Moscow withdrew from the pact.", "boom", "Blinken met Lavrov.", "Aid arrived in Gaza."}
	var notes []string
	got, err := Run(ctx, corpus(texts...), newPipe, db, Options{Workers: 2, BatchSize: 2, Note: func(m string) { notes = append(notes, m) }})
	if err != nil {
		t.Fatal(err)
	}
	want := Counts{Read: 4, Coded: 3, Failed: 2, Notes: 1, Sentences: 3}
	got.Elapsed = 0
	if got != want {
		t.Errorf("counts %+v, want %+v", got, want)
	}
	if len(notes) != 1 || !strings.Contains(notes[0], "README.md") {
		t.Errorf("notes %q", notes)
	}
	st, err := db.Stats(ctx, 5)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 3 || st.Failures != 2 {
		t.Errorf("stored %d articles, %d failures; want 3 and 2", st.Articles, st.Failures)
	}
	fs, _ := db.Failures(ctx, 10, 0)
	var reasons []string
	for _, f := range fs {
		reasons = append(reasons, f.Key+" "+f.Reason)
	}
	joined := strings.Join(reasons, "\n")
	if !strings.Contains(joined, "broken.jsonl:7") || !strings.Contains(joined, "stage bug") {
		t.Errorf("failures do not name the input and the reason:\n%s", joined)
	}

	// A second run adds nothing; with Resume it skips what is stored.
	again, err := Run(ctx, corpus(texts...), newPipe, db, Options{Workers: 2, Resume: true})
	if err != nil {
		t.Fatal(err)
	}
	if again.Skipped != 3 || again.Coded != 0 {
		t.Errorf("resume: %+v", again)
	}
	st2, _ := db.Stats(ctx, 5)
	if st2.Articles != 3 {
		t.Errorf("second run changed the store: %d articles", st2.Articles)
	}
}

func TestRunCancelledKeepsStoreConsistent(t *testing.T) {
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "dyad.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	endless := func(yield func(doc.Article, error) bool) {
		for {
			n++
			if n == 50 {
				cancel()
			}
			if ctx.Err() != nil {
				return
			}
			txt := strings.Repeat("x", n)
			if !yield(doc.Article{ID: ingest.ArticleID("", txt), Text: txt}, nil) {
				return
			}
		}
	}
	got, err := Run(ctx, endless, newPipe, db, Options{Workers: 2, BatchSize: 8})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("want context.Canceled, got %v", err)
	}
	st, err := db.Stats(context.Background(), 1)
	if err != nil {
		t.Fatal(err)
	}
	// Everything read before the cancel is coded and written: none is lost
	// half-way.
	if int64(st.Articles) != got.Coded || got.Coded != got.Read {
		t.Errorf("read %d, coded %d, stored %d", got.Read, got.Coded, st.Articles)
	}
}

// failingStore fails every WriteBatch after the first ok ones, as a full
// disk would.
type failingStore struct {
	*sqlite.DB
	ok int
}

func (s *failingStore) WriteBatch(ctx context.Context, ds []*doc.Doc) error {
	if s.ok == 0 {
		return errors.New("disk full")
	}
	s.ok--
	return s.DB.WriteBatch(ctx, ds)
}

// A store error stops the run and is returned; what was written before it
// stays and is what the counts say; the run does not hang on the coded
// articles still in flight.
func TestRunStopsOnStoreError(t *testing.T) {
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "dyad.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var texts []string
	for i := range 200 {
		texts = append(texts, strings.Repeat("y", i+1))
	}
	st := &failingStore{DB: db, ok: 2}
	got, err := Run(context.Background(), corpus(texts...), newPipe, st, Options{Workers: 2, BatchSize: 10})
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("want the store error, got %v", err)
	}
	stats, err := db.Stats(context.Background(), 1)
	if err != nil {
		t.Fatal(err)
	}
	if got.Coded != 20 || stats.Articles != 20 {
		t.Errorf("counted %d coded, stored %d; want the 20 of the two batches written", got.Coded, stats.Articles)
	}
}

// slowFirst codes like oneSentence but takes its time over texts that start
// with "slow", so that later articles finish first.
type slowFirst struct{ oneSentence }

func (s slowFirst) Annotate(d *doc.Doc) error {
	if strings.HasPrefix(d.Article.Text, "slow") {
		time.Sleep(20 * time.Millisecond)
	}
	return s.oneSentence.Annotate(d)
}

// recordingStore remembers the order in which articles reach the store.
type recordingStore struct {
	*sqlite.DB
	texts []string
}

func (s *recordingStore) WriteBatch(ctx context.Context, ds []*doc.Doc) error {
	for _, d := range ds {
		s.texts = append(s.texts, d.Article.Text)
	}
	return s.DB.WriteBatch(ctx, ds)
}

// Articles reach the store in the order they were read, however the
// workers finish them (and a failed article keeps its place out of the
// way): near copies are resolved the same way on every run.
func TestRunStoresInReadOrder(t *testing.T) {
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "dyad.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var texts, want []string
	for i := range 300 {
		tx := fmt.Sprintf("article %d", i)
		switch {
		case i%50 == 0:
			tx = "slow " + tx
		case i == 77:
			tx = "boom"
		}
		texts = append(texts, tx)
		if tx != "boom" {
			want = append(want, tx)
		}
	}
	st := &recordingStore{DB: db}
	newSlow := func() (*doc.Pipeline, error) { return doc.NewPipeline(slowFirst{}) }
	got, err := Run(context.Background(), corpus(texts...), newSlow, st, Options{Workers: 4, BatchSize: 16})
	if err != nil {
		t.Fatal(err)
	}
	if got.Coded != 299 || got.Failed != 2 {
		t.Errorf("coded %d, failed %d; want 299 and 2 (the panic and the broken input)", got.Coded, got.Failed)
	}
	if !slices.Equal(st.texts, want) {
		t.Errorf("stored out of read order:\n%q\nwant\n%q", st.texts, want)
	}
}

// TestRunResumeSkipsRepeatsInRun: with Resume, a copy of an article read
// earlier in the same run is skipped even while the first is not yet
// stored (one large batch here), so the first copy always wins.
func TestRunResumeSkipsRepeatsInRun(t *testing.T) {
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "dyad.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	texts := []string{"Moscow withdrew from the pact.", "Blinken met Lavrov.", "Aid arrived in Gaza.", "Blinken met Lavrov."}
	got, err := Run(ctx, corpus(texts...), newPipe, db, Options{Workers: 2, BatchSize: 100, FlushEvery: time.Hour, Resume: true})
	if err != nil {
		t.Fatal(err)
	}
	if got.Read != 4 || got.Skipped != 1 || got.Coded != 3 {
		t.Errorf("counts %+v, want 4 read, 1 skipped, 3 coded", got)
	}
}
