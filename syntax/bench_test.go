package syntax

import (
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"sync/atomic"
	"syscall"
	"testing"

	"dyad/doc"
	"dyad/syntax/neural"
	"dyad/syntax/parser"
	"dyad/syntax/tagger"
	"dyad/text"
)

// newsTexts reads article bodies from the Reuters-21578 sample in
// ../shared/gold/news (the first two files: about 2,000 articles).
func newsTexts(b *testing.B) []string {
	dir := filepath.Join("..", "..", "shared", "gold", "news", "reuters21578")
	var out []string
	for _, name := range []string{"reut2-000.json.gz", "reut2-001.json.gz"} {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			b.Skipf("news sample absent (%v); it lives in ../shared", err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			b.Fatal(err)
		}
		var arts []struct {
			Body string `json:"body"`
		}
		if err := json.NewDecoder(zr).Decode(&arts); err != nil {
			b.Fatal(err)
		}
		f.Close()
		for _, a := range arts {
			if a.Body != "" {
				out = append(out, a.Body)
			}
		}
	}
	return out
}

func splitDocs(b *testing.B, texts []string) ([]*doc.Doc, int) {
	sp := text.New(text.Options{})
	docs := make([]*doc.Doc, len(texts))
	n := 0
	for i, s := range texts {
		d := doc.New(doc.Article{Text: s})
		if err := sp.Annotate(d); err != nil {
			b.Fatal(err)
		}
		docs[i] = d
		n += len(d.Tokens)
	}
	return docs, n
}

// benchStage is Default, or with DYAD_PARSER_MODEL (DYAD_TAGGER_MODEL)
// set to a model file the embedded models but that parser (tagger), to
// time a candidate model without embedding it.
func benchStage(b *testing.B) *Stage {
	st, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	p, tp := os.Getenv("DYAD_PARSER_MODEL"), os.Getenv("DYAD_TAGGER_MODEL")
	if p == "" && tp == "" {
		return st
	}
	out := &Stage{tag: st.tag, parse: st.parse, lemmas: st.lemmas}
	if p != "" {
		f, err := os.Open(p)
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		if out.parse, err = parser.Read(f); err != nil {
			b.Fatal(err)
		}
	}
	if tp != "" {
		f, err := os.Open(tp)
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		if out.tag, err = tagger.Load(f); err != nil {
			b.Fatal(err)
		}
	}
	return out
}

// BenchmarkTagParse tags, lemmatises and parses already split news
// articles on one goroutine and reports tokens per second (with the
// parser of DYAD_PARSER_MODEL when set).
func BenchmarkTagParse(b *testing.B) {
	benchNews(b, func(st *Stage, d *doc.Doc) {
		if err := st.Annotate(d); err != nil {
			b.Fatal(err)
		}
	})
}

// BenchmarkTagParseNeural is BenchmarkTagParse with the embedded neural
// parser (--neural embedded): the speed of the accurate configuration.
// Slow: run it with -benchtime 1x.
func BenchmarkTagParseNeural(b *testing.B) {
	m, err := neural.Default()
	if err != nil {
		b.Fatal(err)
	}
	def, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	st := def.WithTreeParser(m, neural.MaxWords)
	benchNews(b, func(_ *Stage, d *doc.Doc) {
		if err := st.Annotate(d); err != nil {
			b.Fatal(err)
		}
	})
}

// BenchmarkTagParseBatch is BenchmarkTagParse with the articles given to
// the stage in batches of 128, as the runner's workers give them
// (AnnotateBatch: every sentence of a batch is tagged before any is
// parsed).
func BenchmarkTagParseBatch(b *testing.B) {
	docs, n := splitDocs(b, newsTexts(b))
	st := benchStage(b)
	const batch = 128
	errs := make([]error, batch)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		for j := 0; j < len(docs); j += batch {
			ds := docs[j:min(j+batch, len(docs))]
			st.AnnotateBatch(ds, errs[:len(ds)])
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(n)*float64(b.N)/(cpuTime()-cpu0), "tokens/cpu-s")
}

// BenchmarkTagParseModels is BenchmarkTagParse without the lemmas and
// the rule repairs of the tags and trees: the tagger and the parser alone,
// to tell the models' speed from the rest of the stage's.
func BenchmarkTagParseModels(b *testing.B) {
	benchNews(b, func(st *Stage, d *doc.Doc) {
		for _, s := range d.Sentences {
			if s.Tokens.Len() > 0 {
				st.tag.Tag(d, s.Tokens)
				st.parse.Parse(d, s.Tokens)
			}
		}
	})
}

// benchNews runs annotate over the split news articles b.N times and
// reports tokens per second and per CPU-second.
func benchNews(b *testing.B, annotate func(*Stage, *doc.Doc)) {
	docs, n := splitDocs(b, newsTexts(b))
	st := benchStage(b)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			annotate(st, d)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(n)*float64(b.N)/(cpuTime()-cpu0), "tokens/cpu-s")
}

// cpuTime is the user CPU seconds this process has used: on a shared
// machine it says more about the code than wall time does.
func cpuTime() float64 {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return float64(ru.Utime.Sec) + float64(ru.Utime.Usec)/1e6
}

// BenchmarkTextSyntaxParallel runs the text and syntax stages over news
// articles from parallel goroutines, one article an op; run with
// -cpu 1,2 -benchtime 2000x to see scaling.
func BenchmarkTextSyntaxParallel(b *testing.B) {
	texts := newsTexts(b)
	st, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	p, err := doc.NewPipeline(text.New(text.Options{}), st)
	if err != nil {
		b.Fatal(err)
	}
	var next, tokens atomic.Int64
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			i := next.Add(1) % int64(len(texts))
			d := doc.New(doc.Article{Text: texts[i]})
			if err := p.Run(d); err != nil {
				b.Error(err)
				return
			}
			tokens.Add(int64(len(d.Tokens)))
		}
	})
	b.ReportMetric(float64(tokens.Load())/b.Elapsed().Seconds(), "tokens/s")
}
