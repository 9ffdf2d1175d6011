package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"

	"dyad/doc"
	"dyad/ingest"
	"dyad/pipeline"
	"dyad/store/sqlite"
)

// BenchmarkWriteCoded measures what storing costs next to coding, on real
// articles, steadily on a shared machine: it codes up to 1500 articles of
// ../shared/gold/news once (one goroutine, CPU time measured), then writes
// them into a fresh database per iteration in batches of 256, as dyad ingest
// does, with nothing else running. It reports the CPU time per article of
// each and store/code, the fraction the store adds:
//
//	go test -run '^$' -bench WriteCoded -benchtime 3x ./store/sqlite
//
// DYAD_BENCH_ARTICLES (0: all) and DYAD_BENCH_BATCH set the articles and
// the batch size: the whole gold news in batches of 1024, as dyad bench,
// shows costs that grow with the database, which 1500 articles hide.
func BenchmarkWriteCoded(b *testing.B) {
	limit, batch := 1500, 256
	if v, err := strconv.Atoi(os.Getenv("DYAD_BENCH_ARTICLES")); err == nil {
		limit = v
	}
	if v, err := strconv.Atoi(os.Getenv("DYAD_BENCH_BATCH")); err == nil && v > 0 {
		batch = v
	}
	news := filepath.Join("..", "..", "..", "shared", "gold", "news")
	if _, err := os.Stat(news); err != nil {
		b.Skipf("%s is absent: no articles to code", news)
	}
	p, err := pipeline.Default(pipeline.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var arts []doc.Article
	for a, err := range ingest.Read(context.Background(), []string{news}, ingest.Options{}) {
		if err == nil {
			arts = append(arts, a)
		}
		if len(arts) == limit {
			break
		}
	}
	p.Run(doc.New(arts[0])) // load the models before the clock starts
	var docs []*doc.Doc
	cpu0 := cpuSeconds()
	for _, a := range arts {
		d := doc.New(a)
		if p.Run(d) == nil {
			docs = append(docs, d)
		}
	}
	codeCPU := (cpuSeconds() - cpu0) / float64(len(docs))
	var storeCPU float64
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		db, err := sqlite.Open(filepath.Join(b.TempDir(), "dyad.db"), sqlite.Options{})
		if err != nil {
			b.Fatal(err)
		}
		cpu0 := cpuSeconds()
		for j := 0; j < len(docs); j += batch {
			if err := db.WriteBatch(context.Background(), docs[j:min(j+batch, len(docs))]); err != nil {
				b.Fatal(err)
			}
		}
		if err := db.Close(); err != nil {
			b.Fatal(err)
		}
		storeCPU += cpuSeconds() - cpu0
	}
	storeCPU /= float64(b.N) * float64(len(docs))
	b.ReportMetric(codeCPU*1e6, "code-cpu-µs/article")
	b.ReportMetric(storeCPU*1e6, "store-cpu-µs/article")
	b.ReportMetric(storeCPU/codeCPU, "store/code")
}

// cpuSeconds is the process's user+system CPU time so far.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	tv := func(t syscall.Timeval) float64 { return float64(t.Sec) + float64(t.Usec)/1e6 }
	return tv(ru.Utime) + tv(ru.Stime)
}
