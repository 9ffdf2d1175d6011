package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"

	"dyad/doc"
	"dyad/ingest"
	"dyad/pipeline"
	"dyad/syntax"
	"dyad/syntax/conllu"
	"dyad/syntax/neural"
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
// with the parsers the flags name and the tagger from taggerFile when it
// is not "". With goldTags the syntax stage does not tag: it parses with
// the tags a Doc has.
func syntaxStage(pf *parserFlags, taggerFile string, goldTags bool) (*frontStages, error) {
	st, err := syntaxOf(*pf.file, taggerFile, goldTags)
	if err != nil {
		return nil, err
	}
	if *pf.neural != "" {
		m, err := readNeural(*pf.neural)
		if err != nil {
			return nil, err
		}
		st = st.WithTreeParser(m, neural.MaxWords)
	}
	return &frontStages{text: text.New(text.Options{}), syntax: st, tags: !goldTags}, nil
}

// syntaxOf is the syntax stage with the perceptron parser and the tagger
// the files name ("" for the embedded ones); with goldTags, no tagger.
func syntaxOf(parserFile, taggerFile string, goldTags bool) (*syntax.Stage, error) {
	if parserFile == "" && taggerFile == "" && !goldTags {
		return syntax.Default()
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
	return syntax.New(tm, pm), nil
}

// parserFlags are the --parser and --neural flags of the commands that can
// run a parser model other than the embedded one.
type parserFlags struct{ file, neural *string }

func parserFlag(fs *flag.FlagSet) *parserFlags {
	return &parserFlags{
		file:   fs.String("parser", "", "parser model `file` (default: the embedded model)"),
		neural: fs.String("neural", "", "parse with the neural parser instead of the perceptron: 'embedded' for the shipped model, or a model `file` made by 'dyad train neural' (slower, more accurate; sentences over 150 words still go to the perceptron)"),
	}
}

// options sets the parsers of opt from the flags.
func (pf *parserFlags) options(opt *pipeline.Options) error {
	var err error
	if opt.Parser, err = readParser(*pf.file); err != nil {
		return err
	}
	if *pf.neural != "" {
		m, err := readNeural(*pf.neural)
		if err != nil {
			return err
		}
		opt.Tree, opt.TreeMax = m, neural.MaxWords
	}
	return nil
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

// runParse splits, tags and parses its input and prints CoNLL-U. The input
// is read as 'dyad code' reads it (plain text, HTML, JSON, CSV, feeds,
// WARC, gzipped or not); one article prints as plain CoNLL-U, several each
// under a "# newdoc id" line with sentence IDs "ARTICLE-N", unique in the
// file as UD tools want them.
func runParse(args []string, stdout, stderr io.Writer) error {
	fs := newAboutFlags("parse", "usage: dyad parse [FILE|-] [--input FORMAT] [--parser FILE]\n\n"+
		"Reads articles (a file, or standard input for - or none) as 'dyad code' does and prints CoNLL-U.", stderr)
	model := parserFlag(fs)
	inFormat := fs.String("input", "auto", "input format: auto, text, html, jsonl, json, csv, feed, warc")
	maxBytes := fs.Int64("max-article-bytes", ingest.DefaultMaxArticleBytes, "larger articles are refused with a warning")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 1 {
		return fmt.Errorf("%w: one input file at most", errUsage)
	}
	in, ok := ingest.ParseFormat(*inFormat)
	if !ok {
		return fmt.Errorf("%w: unknown --input %q", errUsage, *inFormat)
	}
	name := "-"
	if len(pos) == 1 {
		name = pos[0]
	}
	st, err := syntaxStage(model, "", false)
	if err != nil {
		return err
	}
	p, err := doc.NewPipeline(st.text, st.syntax)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(stdout)
	defer bw.Flush()
	// The first article waits until the next shows whether there are
	// several (and so whether it needs its newdoc line).
	var first *doc.Doc
	n := 0
	write := func(d *doc.Doc, several bool) error {
		if !several {
			return conllu.Write(bw, d, nil)
		}
		fmt.Fprintf(bw, "# newdoc id = %s\n", d.Article.ID)
		ids := make([]string, len(d.Sentences))
		for i := range ids {
			ids[i] = fmt.Sprintf("%s-%d", d.Article.ID, i+1)
		}
		return conllu.Write(bw, d, ids)
	}
	opt := ingest.Options{Format: in, MaxArticleBytes: *maxBytes}
	parsed, err := eachArticle("parse", name, opt, p, stderr, func(d *doc.Doc) error {
		n++
		switch n {
		case 1:
			first = d
			return nil
		case 2:
			if err := write(first, true); err != nil {
				return err
			}
		}
		return write(d, true)
	})
	if err != nil {
		return err
	}
	if parsed == 0 {
		return fmt.Errorf("no article could be read from %s", name)
	}
	if parsed == 1 {
		return write(first, false)
	}
	return nil
}
