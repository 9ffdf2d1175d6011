package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"

	"dyad/eval"
)

// runEvalPloverDyads scores the PLOVER type dyad gives gold source-target
// pairs, and how many gold spans resolve to an actor.
func runEvalPloverDyads(args []string, stdout, stderr io.Writer) error {
	fs := newAboutFlags("eval plover-dyads", "usage: dyad eval plover-dyads [FILE] [--json] [--sample N --seed N] [--show N] [--parser FILE]\n\n"+
		"Codes each sentence of a PLOVER dyads file (default ../shared/gold/events/plover-dyads-train.tsv)\n"+
		"and scores the PLOVER type and quad class (the penta class of the CAMEO root, as the file's gold_penta) dyad gives each marked source → target pair;\n"+
		"also the share of marked spans that resolve to an actor.", stderr)
	asJSON := fs.Bool("json", false, "print the figures as one JSON object")
	parserFile := parserFlag(fs)
	sample := fs.Int("sample", 0, "also print `N` random gold spans with the actor dyad gave each, to check by hand")
	seed := fs.Uint64("seed", 1, "random `seed` for --sample")
	show := fs.Int("show", 0, "also print up to `N` examples of each kind of miss and of each confusion")
	files, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	name := filepath.Join("..", "shared", "gold", "events", "plover-dyads-train.tsv")
	switch len(files) {
	case 0:
	case 1:
		name = files[0]
	default:
		return fmt.Errorf("%w: one file at a time (have %d)", errUsage, len(files))
	}
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	dyads, err := eval.ReadPloverDyads(f, name)
	f.Close()
	if err != nil {
		return err
	}
	run, err := evalPipeline(parserFile)
	if err != nil {
		return err
	}
	res := eval.ScorePloverDyads(dyads, run)
	for _, e := range res.Errors {
		fmt.Fprintf(stderr, "%s: %v\n", name, e)
	}
	var picked []eval.PloverSpan
	if *sample > 0 {
		spans := res.Spans()
		r := rand.New(rand.NewPCG(*seed, 0))
		for _, i := range r.Perm(len(spans))[:min(*sample, len(spans))] {
			picked = append(picked, spans[i])
		}
	}
	if *asJSON {
		if picked == nil {
			return json.NewEncoder(stdout).Encode(res.Figures)
		}
		out := struct {
			eval.PloverFigures
			Sample []string `json:"sample"`
		}{PloverFigures: res.Figures}
		for _, s := range picked {
			out.Sample = append(out.Sample, s.String())
		}
		return json.NewEncoder(stdout).Encode(out)
	}
	writePloverReport(stdout, res)
	if *show > 0 {
		shown := map[string]int{}
		fmt.Fprintln(stdout)
		for _, p := range res.Predictions {
			key := p.Miss.String()
			if p.Miss == eval.PloverHit {
				if p.Root == p.Dyad.Root {
					continue
				}
				key = p.Dyad.Root + p.Root
			}
			if shown[key] < *show {
				shown[key]++
				fmt.Fprint(stdout, p)
			}
		}
	}
	if picked != nil {
		fmt.Fprintf(stdout, "\n%d random gold spans (seed %d) with the actor dyad gave:\n", len(picked), *seed)
		for _, s := range picked {
			fmt.Fprintf(stdout, "  %s\n", s)
		}
	}
	return nil
}

func writePloverReport(w io.Writer, res *eval.PloverResult) {
	f := res.Figures
	fmt.Fprintf(w, "dyads %d\nroot  accuracy %.3f  macro-F1 %.3f\nquad  accuracy %.3f  macro-F1 %.3f\n",
		f.Dyads, f.RootAccuracy, f.RootMacroF1, f.QuadAccuracy, f.QuadMacroF1)
	fmt.Fprintf(w, "actor coverage %.3f (%d of %d gold spans; sources %.3f, targets %.3f)\n",
		f.Coverage, f.SpansResolved, f.Spans, f.SourceCoverage, f.TargetCoverage)
	fmt.Fprintf(w, "\n%-10s %5s %5s %5s %6s %6s %6s\n", "type", "gold", "dyad", "right", "P", "R", "F1")
	for _, s := range res.RootScores() {
		fmt.Fprintf(w, "%-10s %5d %5d %5d %6.3f %6.3f %6.3f\n", s.Label, s.Gold, s.Pred, s.Right, s.Precision, s.Recall, s.F1)
	}
	fmt.Fprintln(w, "\nno type given:")
	for _, c := range res.Misses() {
		fmt.Fprintf(w, "  %4d  %s\n", c.Count, c.Label)
	}
	fmt.Fprintln(w, "\ncommonest confusions (gold → dyad):")
	for i, c := range res.Confusions() {
		if i == 20 {
			break
		}
		fmt.Fprintf(w, "  %4d  %s\n", c.Count, c.Label)
	}
}
