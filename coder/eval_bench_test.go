package coder_test

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"dyad/doc"
)

// BenchmarkPloverDyads scores event typing on the PLOVER dyads set
// (../shared/gold/events/plover-dyads-train.tsv: 1,050 sentences with a
// marked source and target and a gold PLOVER type). The gold source and
// target spans stand in for the actor stage (they are often not named
// actors: "2,340 Sudanese migrants"); the pipeline then codes the sentence
// and the first event from that source to that target is compared by its
// PLOVER type. Reports coverage (a typed event found for the dyad) and
// accuracy over all dyads and over those coded. The gold set names the
// PLOVER 1 type YIELD, which the cameo crosswalk splits into RETREAT and
// CONCEDE; both count as YIELD. Run:
//
//	go test ./coder -run XXX -bench PloverDyads -benchtime 1x
func BenchmarkPloverDyads(b *testing.B) {
	path := filepath.Join("..", "..", "shared", "gold", "events", "plover-dyads-train.tsv")
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		b.Skipf("the PLOVER dyads set is absent (%v): it lives in ../shared beside the repository", err)
	}
	if err != nil {
		b.Fatal(err)
	}
	type row struct{ quad, gold, sent, src, tgt string }
	var rows []row
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for line := 0; sc.Scan(); line++ {
		fs := strings.Split(sc.Text(), "\t")
		if line == 0 || len(fs) < 8 {
			continue
		}
		rows = append(rows, row{fs[2], fs[3], fs[4], fs[6], fs[7]})
	}
	f.Close()
	p := pipeline(b)
	var coded, right int
	var rootF, quadF f1Table
	var dump *bufio.Writer
	if path := os.Getenv("DYAD_PLOVER_DUMP"); path != "" {
		df, err := os.Create(path)
		if err != nil {
			b.Fatal(err)
		}
		defer df.Close()
		dump = bufio.NewWriter(df)
		defer dump.Flush()
	}
	for i := 0; i < b.N; i++ {
		coded, right = 0, 0
		rootF, quadF = f1Table{}, f1Table{}
		for _, r := range rows {
			d := doc.New(doc.Article{Text: r.sent})
			if err := p.Run(d); err != nil {
				b.Fatal(err)
			}
			// replace the actor stage's mentions with the gold dyad and code again
			d.Mentions, d.Events, d.Quotes, d.Claims = d.Mentions[:0], nil, nil, nil
			for k, side := range []string{r.src, r.tgt} {
				at := strings.Index(r.sent, side)
				if at < 0 || side == "" {
					continue
				}
				sp := doc.Span{Start: int32(at), End: int32(at + len(side))}
				d.Mentions = append(d.Mentions, doc.Mention{Span: sp, Tokens: spanTokens(d, sp), Kind: doc.Group,
					Actor: doc.Actor{Code: [2]string{"SRC", "TGT"}[k]}, Antecedent: -1})
			}
			if err := p.Stages()[len(p.Stages())-1].Annotate(d); err != nil {
				b.Fatal(err)
			}
			got, gotQuad, code, evidence := "", "", "", ""
			for _, e := range d.Events {
				if e.Source.Actor.Code == "SRC" && e.Target.Actor.Code == "TGT" {
					coded++
					ty, _ := e.Code.Plover()
					got = strings.ToUpper(ty.String())
					if got == "RETREAT" || got == "CONCEDE" {
						got = "YIELD" // the gold set's PLOVER 1 name for both
					}
					if q := ty.Quad(); q != 0 {
						gotQuad = strconv.Itoa(int(q))
					}
					if got == r.gold {
						right++
					}
					code, evidence = e.Code.String(), e.Evidence.Pattern
					break
				}
			}
			rootF.add(r.gold, got)
			quadF.add(r.quad, gotQuad)
			if dump != nil && i == 0 {
				var all []string // every event, "SRC>:190": who the other events were between
				for _, e := range d.Events {
					all = append(all, e.Source.Actor.Code+">"+e.Target.Actor.Code+":"+e.Code.String())
				}
				fmt.Fprintf(dump, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", r.gold, got, code, evidence, r.src, r.tgt, r.sent, strings.Join(all, " "))
			}
		}
	}
	n := float64(len(rows))
	b.ReportMetric(100*float64(coded)/n, "%coded")
	b.ReportMetric(100*float64(right)/n, "%right")
	b.ReportMetric(100*float64(right)/float64(max(coded, 1)), "%right-of-coded")
	b.ReportMetric(rootF.macro(), "root-macroF1")
	b.ReportMetric(quadF.macro(), "quad-macroF1")
}

// f1Table counts, per gold class, true and false positives and false
// negatives; a dyad left uncoded ("") is a false negative of its class.
type f1Table struct{ tp, fp, fn map[string]int }

func (f *f1Table) add(gold, got string) {
	if f.tp == nil {
		f.tp, f.fp, f.fn = map[string]int{}, map[string]int{}, map[string]int{}
	}
	if got == gold {
		f.tp[gold]++
		return
	}
	f.fn[gold]++
	if got != "" {
		f.fp[got]++
	}
}

// macro is the mean F1 over the gold classes (predicted classes the gold
// set never uses only lower the precision of nothing, so they are left out).
func (f *f1Table) macro() float64 {
	classes := map[string]bool{}
	for c := range f.tp {
		classes[c] = true
	}
	for c := range f.fn {
		classes[c] = true
	}
	var sum float64
	for c := range classes {
		tp, fp, fn := float64(f.tp[c]), float64(f.fp[c]), float64(f.fn[c])
		if tp > 0 {
			sum += 2 * tp / (2*tp + fp + fn)
		}
	}
	return sum / float64(max(len(classes), 1))
}

// spanTokens is the tokens a span covers.
func spanTokens(d *doc.Doc, s doc.Span) doc.TokRange {
	r := doc.TokRange{Start: -1}
	for i, t := range d.Tokens {
		if t.Span.Overlaps(s) {
			if r.Start < 0 {
				r.Start = int32(i)
			}
			r.End = int32(i + 1)
		}
	}
	if r.Start < 0 {
		return doc.TokRange{}
	}
	return r
}
