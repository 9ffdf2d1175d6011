package main

import (
	"bufio"
	"fmt"
	"io"

	"dyad/doc"
	"dyad/export"
	"dyad/ingest"
	"dyad/pipeline"
	"dyad/store"
)

func runCode(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("code", "code [FILE|-] [--date YYYY-MM-DD] [--format table|jsonl|plover|gdelt|csv] [--explain] [--quotes]", stderr)
	date := fs.String("date", "", "publication date, for relative dates (Thursday, yesterday); default: from the input; with none, relative dates stay unresolved")
	format := fs.String("format", "", "table, jsonl, plover, gdelt or csv (default table; jsonl with --quotes)")
	explain := fs.Bool("explain", false, "show each event's evidence, and the quotes")
	quotes := fs.Bool("quotes", false, "write the quotes with their speakers instead of the events, one JSON object a line (docs/jsonl.md)")
	inFormat := fs.String("input", "auto", "input format: auto, text, html, jsonl, json, csv, feed, warc")
	dict := fs.String("dict", "", "`DIR` of dictionaries that extend the embedded ones: dyad's *.txt, PETRARCH/TABARI *.actors, *.agents, *.verbs")
	parsers := parserFlag(fs)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	name := "-"
	if len(pos) > 1 {
		return fmt.Errorf("%w: code takes one input; use 'dyad ingest' for many", errUsage)
	}
	if len(pos) == 1 {
		name = pos[0]
	}
	if *format == "" {
		*format = "table"
		if *quotes {
			*format = "jsonl"
		}
	}
	f, err := export.ParseFormat(*format)
	if err != nil || f == export.Parquet {
		return fmt.Errorf("%w: --format must be table, jsonl, plover, gdelt or csv", errUsage)
	}
	in, ok := ingest.ParseFormat(*inFormat)
	if !ok {
		return fmt.Errorf("%w: unknown --input %q", errUsage, *inFormat)
	}
	opt := ingest.Options{Format: in}
	if opt.Date, err = day(*date, "--date"); err != nil {
		return err
	}
	popt := pipeline.Options{DictDir: *dict}
	if err := parsers.options(&popt); err != nil {
		return err
	}
	p, err := pipeline.Default(popt)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(stdout)
	defer bw.Flush()
	w, err := export.New(f, bw, export.Options{Explain: *explain})
	if err != nil {
		return err
	}
	if *quotes && f != export.JSONL {
		return fmt.Errorf("%w: --quotes writes JSON Lines; leave --format out or set it to jsonl", errUsage)
	}
	coded, err := eachArticle("code", name, opt, p, stderr, func(d *doc.Doc) error {
		if *quotes {
			for _, q := range store.QuotesOf(d) {
				if err := export.WriteQuote(bw, q); err != nil {
					return err
				}
			}
		} else {
			for _, m := range store.MentionsOf(d) {
				if err := w.Write(m); err != nil {
					return err
				}
			}
		}
		if *explain && f == export.Table && !*quotes {
			w.Close()
			writeQuotes(bw, d)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if coded == 0 {
		return fmt.Errorf("no article could be read from %s", name)
	}
	if *quotes {
		return nil
	}
	return w.Close()
}

func writeQuotes(w io.Writer, d *doc.Doc) {
	if len(d.Quotes) == 0 {
		return
	}
	fmt.Fprintln(w, "quotes:")
	for _, q := range d.Quotes {
		speaker := "?"
		if q.Speaker >= 0 && int(q.Speaker) < len(d.Mentions) {
			m := d.Mentions[q.Speaker]
			speaker = d.Text(m.Span)
			if m.Actor.Code != "" {
				speaker += " (" + m.Actor.Code + ")"
			}
		} else if !q.SpeakerSpan.Empty() {
			speaker = d.Text(q.SpeakerSpan)
		}
		text := doc.QuotedText(d.Article.Text, 0, q.Span, q.Direct, q.Pieces)
		fmt.Fprintf(w, "  %s: %q [%d,%d)\n", speaker, clip(text, 100), q.Span.Start, q.Span.End)
	}
}
