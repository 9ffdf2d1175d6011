package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"dyad/doc"
	"dyad/syntax"
	"dyad/syntax/conllu"
	"dyad/syntax/parser"
	"dyad/syntax/tagger"
	"dyad/text"
)

// frontStages are the stages that turn raw text into parsed sentences.
type frontStages struct {
	text   doc.Stage
	syntax doc.Stage
	tags   bool // the syntax stage tags (else it keeps the tags a Doc has)
}

// syntaxStage builds the text and syntax stages from the embedded models,
// with the parser read from parserFile and the tagger from taggerFile when
// they are not "". With goldTags
// the syntax stage does not tag: it parses with the tags a Doc has.
func syntaxStage(parserFile, taggerFile string, goldTags bool) (*frontStages, error) {
	fr := &frontStages{text: text.New(text.Options{}), tags: !goldTags}
	if parserFile == "" && taggerFile == "" && !goldTags {
		st, err := syntax.Default()
		if err != nil {
			return nil, err
		}
		fr.syntax = st
		return fr, nil
	}
	pm, err := readParser(parserFile)
	if err == nil && pm == nil {
		pm, err = parser.Default()
	}
	if err != nil {
		return nil, err
	}
	var tm syntax.Tagger
	if !goldTags {
		if tm, err = readTagger(taggerFile); err != nil {
			return nil, err
		}
	}
	fr.syntax = syntax.New(tm, pm)
	return fr, nil
}

// parserFlag defines the --parser flag of the commands that can run a
// parser model other than the embedded one.
func parserFlag(fs *flag.FlagSet) *string {
	return fs.String("parser", "", "parser model `file` (default: the embedded model)")
}

// readTagger reads a tagger model file (made by 'dyad train tagger'); for
// path "" it returns the embedded model.
func readTagger(path string) (*tagger.Model, error) {
	if path == "" {
		return tagger.Default()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	tm, err := tagger.Load(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return tm, nil
}

// readParser reads a parser model file (made by 'dyad train parser'); for
// path "" it returns nil, which stands for the embedded model.
func readParser(path string) (*parser.Model, error) {
	if path == "" {
		return nil, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	pm, err := parser.Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return pm, nil
}

// runParse splits, tags and parses text and prints CoNLL-U.
func runParse(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("parse", flag.ContinueOnError)
	fs.SetOutput(stderr)
	model := parserFlag(fs)
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
	st, err := syntaxStage(*model, "", false)
	if err != nil {
		return err
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
