package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"dyad/doc"
	"dyad/ingest"
)

// eachArticle reads the articles of input name (a file, or standard input
// for "-") as ingest reads them, runs p on each and hands it to each. An
// article that cannot be read or run is reported on stderr as "dyad CMD:
// ..." and skipped, and a stage's warnings are printed after its article:
// one bad article never stops the rest. It returns the number of articles
// run, or the error of a file that cannot be opened, or the first error
// each returns.
func eachArticle(cmd, name string, opt ingest.Options, p *doc.Pipeline, stderr io.Writer, each func(*doc.Doc) error) (int, error) {
	var r io.Reader = os.Stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return 0, fmt.Errorf("cannot read %s: %v", name, err)
		}
		defer f.Close()
		r = f
	}
	n := 0
	for a, err := range ingest.ReadFrom(context.Background(), r, name, opt) {
		if err != nil {
			fmt.Fprintf(stderr, "dyad %s: %v\n", cmd, err)
			continue
		}
		d := doc.New(a)
		if err := p.Run(d); err != nil {
			fmt.Fprintf(stderr, "dyad %s: %v\n", cmd, err)
			continue
		}
		n++
		if err := each(d); err != nil {
			return n, err
		}
		for _, dg := range d.Diagnostics {
			fmt.Fprintf(stderr, "warning: %s: %s at bytes [%d,%d)\n", dg.Stage, dg.Msg, dg.Span.Start, dg.Span.End)
		}
	}
	return n, nil
}
