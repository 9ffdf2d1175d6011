package main

import (
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"

	"dyad/doc"
	"dyad/eval"
	"dyad/pipeline"
)

// runEvalSeed scores dyad on a seed example (article.txt and expected.json).
func runEvalSeed(args []string, stdout, stderr io.Writer) error {
	fs := newAboutFlags("eval seed", "usage: dyad eval seed [--dir DIR] [--json] [--parser FILE] [--trace]\n\n"+
		"Codes the seed example's article and scores it by the rules in its expected.json:\n"+
		"required, optional and forbidden events, quotes, entities and contested links.", stderr)
	dir := fs.String("dir", filepath.Join("..", "shared", "examples", "seed-g20-new-delhi"), "seed example `directory` (article.txt and expected.json)")
	asJSON := fs.Bool("json", false, "print the figures as one JSON object")
	parserFile := parserFlag(fs)
	trace := fs.Bool("trace", false, "instead of scoring, print how dyad reads the article: tokens with tags and\n"+
		"dependencies, mentions with their codes and antecedents, and the events coded")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected argument %q (the example is given with --dir)", errUsage, fs.Arg(0))
	}
	ex, err := eval.ReadSeedExample(*dir)
	if err != nil {
		return err
	}
	run, err := evalPipeline(parserFile)
	if err != nil {
		return err
	}
	if *trace {
		d := doc.New(ex.Article)
		if err := run(d); err != nil {
			return err
		}
		writeTrace(stdout, d)
		return nil
	}
	res, err := eval.ScoreSeed(ex, run)
	if err != nil {
		return fmt.Errorf("%s: %v", *dir, err)
	}
	if *asJSON {
		return json.NewEncoder(stdout).Encode(res.Figures)
	}
	_, err = io.WriteString(stdout, res.Report())
	return err
}

// evalPipeline is the default pipeline, what `dyad code` runs, as one
// function over a Doc; the parser flags, when set, replace the embedded
// parser model.
func evalPipeline(pf *parserFlags) (func(*doc.Doc) error, error) {
	var opt pipeline.Options
	if err := pf.options(&opt); err != nil {
		return nil, err
	}
	p, err := pipeline.Default(opt)
	if err != nil {
		return nil, err
	}
	return p.Run, nil
}
