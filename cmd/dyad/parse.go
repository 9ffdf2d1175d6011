package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"dyad/doc"
	"dyad/syntax"
	"dyad/syntax/conllu"
	"dyad/syntax/parser"
	"dyad/text"
)

// frontStages are the stages that turn raw text into parsed sentences.
type frontStages struct {
	text   doc.Stage // nil when no text stage is built in
	syntax doc.Stage
	tags   bool // the syntax stage tags (else it needs gold tags)
}

// syntaxStage builds the text and syntax stages from the embedded models,
// or from parserFile when it is not "".
func syntaxStage(parserFile ...string) (*frontStages, error) {
	var pm *parser.Model
	var err error
	if len(parserFile) > 0 && parserFile[0] != "" {
		f, err := os.Open(parserFile[0])
		if err != nil {
			return nil, err
		}
		defer f.Close()
		if pm, err = parser.Read(f); err != nil {
			return nil, fmt.Errorf("%s: %w", parserFile[0], err)
		}
	} else if pm, err = parser.Default(); err != nil {
		return nil, err
	}
	return &frontStages{text: text.New(text.Options{}), syntax: syntax.New(nil, pm)}, nil
}

// runParse splits, tags and parses text and prints CoNLL-U.
func runParse(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("parse", flag.ContinueOnError)
	fs.SetOutput(stderr)
	model := fs.String("parser", "", "parser model file (default: the embedded model)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: dyad parse [--parser FILE] [FILE|-]\n\nReads plain text (a file, or standard input for - or none) and prints CoNLL-U.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return fmt.Errorf("%w: one input file at most", errUsage)
	}
	var in io.Reader = os.Stdin
	name := "-"
	if fs.NArg() == 1 && fs.Arg(0) != "-" {
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			return err
		}
		defer f.Close()
		in, name = f, fs.Arg(0)
	}
	b, err := io.ReadAll(in)
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	st, err := syntaxStage(*model)
	if err != nil {
		return err
	}
	if st.text == nil {
		return errors.New("no text stage built in yet: plain text cannot be split")
	}
	d := doc.New(doc.Article{ID: name, Text: string(b)})
	p, err := doc.NewPipeline(st.text, st.syntax)
	if err != nil {
		return err
	}
	if err := p.Run(d); err != nil {
		return err
	}
	for _, dg := range d.Diagnostics {
		fmt.Fprintf(stderr, "%s: bytes %d-%d: %s: %s\n", name, dg.Span.Start, dg.Span.End, dg.Stage, dg.Msg)
	}
	return conllu.Write(stdout, d, nil)
}
