package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dyad/doc"
)

// BenchmarkActorsPloverCoverage measures how many of the gold source and
// target spans of the PLOVER dyad set (../shared/gold/events) hold a
// mention that resolves to an actor code: the actor stage's coverage on
// real news sentences. There are no gold codes in the set, so this is
// coverage, not accuracy. Run:
//
//	go test ./cmd/dyad -run XXX -bench ActorsPloverCoverage -benchtime 1x
func BenchmarkActorsPloverCoverage(b *testing.B) {
	path := filepath.Join("..", "..", "..", "shared", "gold", "events", "plover-dyads-train.tsv")
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		b.Skipf("the PLOVER dyad set is absent (%v): it lives in ../shared beside the repository", err)
	}
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = '\t'
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	if _, err := r.Read(); err != nil { // header
		b.Fatal(err)
	}
	type pair struct{ sentence, source, target string }
	var rows []pair
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			b.Fatal(err)
		}
		if len(rec) < 8 {
			continue
		}
		rows = append(rows, pair{rec[4], rec[6], rec[7]})
	}
	// DYAD_MISSES=FILE lists the spans left without a code, for auditing
	var misses io.Writer
	if name := os.Getenv("DYAD_MISSES"); name != "" {
		mf, err := os.Create(name)
		if err != nil {
			b.Fatal(err)
		}
		defer mf.Close()
		misses = mf
	}
	var spans, found, coded int
	for i := 0; i < b.N; i++ {
		spans, found, coded = 0, 0, 0
		for _, p := range rows {
			d := doc.New(doc.Article{Text: p.sentence})
			if err := seedPipeline(b, d); err != nil {
				b.Fatal(err)
			}
			for _, arg := range []string{p.source, p.target} {
				k := strings.Index(p.sentence, arg)
				if arg == "" || k < 0 {
					continue
				}
				spans++
				s := doc.Span{Start: int32(k), End: int32(k + len(arg))}
				hasMention, hasCode := false, false
				for _, m := range d.Mentions {
					if m.Span.Overlaps(s) {
						hasMention = true
						hasCode = hasCode || m.Actor.Known()
					}
				}
				if hasMention {
					found++
				}
				if hasCode {
					coded++
				} else if misses != nil {
					fmt.Fprintf(misses, "%q\t%q\n", arg, p.sentence)
				}
			}
		}
	}
	b.ReportMetric(float64(spans), "spans")
	b.ReportMetric(100*float64(found)/float64(spans), "%mention")
	b.ReportMetric(100*float64(coded)/float64(spans), "%coded")
}
