package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"time"

	"github.com/schollz/progressbar/v3"

	"dyad/doc"
	"dyad/ingest"
	"dyad/pipeline"
	"dyad/runner"
)

func runIngest(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("ingest", "ingest PATH... [--db dyad.db] [--workers N] [--date YYYY-MM-DD] [--format F]", stderr)
	db := fs.String("db", "dyad.db", "SQLite database to write (created if missing)")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "coding goroutines")
	date := fs.String("date", "", "publication date for articles that give none (YYYY-MM-DD)")
	outlet := fs.String("outlet", "", "outlet for articles that name none")
	format := fs.String("format", "auto", "input format: auto, text, html, feed, warc, jsonl, json, csv")
	maxBytes := fs.Int64("max-article-bytes", ingest.DefaultMaxArticleBytes, "larger articles are recorded as failures")
	var fields ingest.Fields
	fs.StringVar(&fields.Text, "text-field", "", "JSON/CSV field holding the text (default: guessed)")
	fs.StringVar(&fields.Date, "date-field", "", "JSON/CSV field holding the date")
	fs.StringVar(&fields.Title, "title-field", "", "JSON/CSV field holding the title")
	fs.StringVar(&fields.URL, "url-field", "", "JSON/CSV field holding the URL")
	fs.StringVar(&fields.Outlet, "outlet-field", "", "JSON/CSV field holding the outlet")
	fs.StringVar(&fields.ID, "id-field", "", "JSON/CSV field holding the ID")
	dict := fs.String("dict", "", "`DIR` of dictionaries that extend the embedded ones: dyad's *.txt, PETRARCH/TABARI *.actors, *.agents, *.verbs")
	parsers := parserFlag(fs)
	quiet := fs.Bool("quiet", false, "no progress, only the summary")
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		fs.Usage()
		return fmt.Errorf("%w: name at least one file or folder (or - for standard input)", errUsage)
	}
	opt := ingest.Options{Outlet: *outlet, Fields: fields, MaxArticleBytes: *maxBytes}
	if opt.Date, err = day(*date, "--date"); err != nil {
		return err
	}
	f, ok := ingest.ParseFormat(*format)
	if !ok {
		return fmt.Errorf("%w: unknown --format %q", errUsage, *format)
	}
	opt.Format = f
	for _, p := range paths {
		if p == "-" {
			continue
		}
		if _, err := os.Stat(p); err != nil {
			return fmt.Errorf("cannot read %s: %v; check the path", p, err)
		}
	}

	st, err := openStore(*db, false)
	if err != nil {
		return err
	}
	defer st.Close()

	// Ctrl-C or kill: stop reading, finish and write what the workers hold.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	popt := pipeline.Options{DictDir: *dict}
	if err := parsers.options(&popt); err != nil {
		return err
	}
	newPipe := func() (*doc.Pipeline, error) { return pipeline.Default(popt) }
	prog := newProgress(stderr, *quiet)
	counts, err := runner.Run(ctx, ingest.Read(ctx, paths, opt), newPipe, st, runner.Options{
		Workers: *workers, Resume: true, Progress: prog.update,
		Note: func(msg string) {
			if !*quiet {
				prog.note(msg)
			}
		},
	})
	prog.done()
	fmt.Fprintf(stdout, "%s: %d articles read, %d coded, %d already stored, %d failed, %d inputs skipped; %d sentences, %d events, %d quotes in %s (%.0f articles/s)\n",
		*db, counts.Read, counts.Coded, counts.Skipped, counts.Failed, counts.Notes, counts.Sentences, counts.Events,
		counts.Quotes, counts.Elapsed.Round(time.Millisecond), float64(counts.Coded)/max(counts.Elapsed.Seconds(), 1e-9))
	if counts.Failed > 0 {
		fmt.Fprintf(stdout, "failures are stored with their reasons: dyad stats --db %s --failures\n", *db)
	}
	if errors.Is(err, context.Canceled) {
		fmt.Fprintln(stdout, "interrupted: what was coded is stored; run the same command again to resume")
		return nil
	}
	return err
}

// progress shows a bar with rates on a terminal, and a plain line every ten
// seconds otherwise (logs of an overnight run).
type progress struct {
	w     io.Writer
	bar   *progressbar.ProgressBar
	quiet bool
	last  time.Time
}

func newProgress(w io.Writer, quiet bool) *progress {
	p := &progress{w: w, quiet: quiet, last: time.Now()}
	if f, ok := w.(*os.File); ok && !quiet {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			p.bar = progressbar.NewOptions64(-1, progressbar.OptionSetWriter(w),
				progressbar.OptionSetDescription("coding"), progressbar.OptionShowCount(),
				progressbar.OptionShowIts(), progressbar.OptionSetItsString("articles"),
				progressbar.OptionThrottle(200*time.Millisecond), progressbar.OptionClearOnFinish())
		}
	}
	return p
}

func (p *progress) update(c runner.Counts) {
	if p.quiet {
		return
	}
	if p.bar != nil {
		p.bar.Describe(fmt.Sprintf("coding: %d events, %d failed", c.Events, c.Failed))
		p.bar.Set64(c.Coded + c.Skipped)
		return
	}
	if time.Since(p.last) >= 10*time.Second {
		p.last = time.Now()
		fmt.Fprintf(p.w, "%s coded %d articles (%d events, %d failed, %d skipped) at %.0f articles/s\n",
			time.Now().Format(time.TimeOnly), c.Coded, c.Events, c.Failed, c.Skipped,
			float64(c.Coded)/max(c.Elapsed.Seconds(), 1e-9))
	}
}

func (p *progress) note(msg string) {
	if p.bar != nil {
		p.bar.Clear()
	}
	fmt.Fprintln(p.w, "note:", msg)
}

func (p *progress) done() {
	if p.bar != nil {
		p.bar.Finish()
	}
}
