package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"dyad/actor"
	"dyad/doc"
	"dyad/eval"
)

// runEvalTabari runs TABARI's validation suite (Validate.text with the
// dictionaries its Validate.project names) through dyad's own pipeline.
func runEvalTabari(args []string, stdout, stderr io.Writer) error {
	fs := newAboutFlags("eval tabari", "usage: dyad eval tabari --suite DIR [--json] [--verbose] [--trace ID,ID]\n\n"+
		"Codes the standard records of the suite's text file (those before FINAL-01) from their text with\n"+
		"the actor, agent and verb dictionaries the project file names, and scores a record as passed\n"+
		"when dyad's (source, target, code) set equals the expected set.", stderr)
	dir := fs.String("suite", "", "the TABARI `DIR` holding Validate.project and the files it names")
	project := fs.String("project", "Validate.project", "the project file in DIR")
	asJSON := fs.Bool("json", false, "print the result as JSON")
	verbose := fs.Bool("verbose", false, "list the failing records with what was expected and what dyad coded")
	trace := fs.String("trace", "", "instead of scoring, print how dyad reads the records with these `IDS` (comma-separated):\n"+
		"tokens, parse, mentions, events, then what was expected and coded")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *dir == "" || fs.NArg() > 0 {
		return fmt.Errorf("%w: want --suite DIR and no other arguments", errUsage)
	}
	open := func(name string) (*os.File, error) { return os.Open(filepath.Join(*dir, name)) }
	pf, err := open(*project)
	if err != nil {
		return err
	}
	proj, err := eval.TabariProject(pf, *project)
	pf.Close()
	if err != nil {
		return err
	}
	for _, k := range []string{"actorsfile", "verbsfile", "textfile"} {
		if proj[k] == "" {
			return fmt.Errorf("%s: no <%s> line; the project must name the actors, verbs and text files", *project, k)
		}
	}
	var options []eval.TabariOption
	if name := proj["optionsfile"]; name != "" {
		of, err := open(name)
		if err != nil {
			return err
		}
		options, err = eval.ReadTabariOptions(of, name)
		of.Close()
		if err != nil {
			return err
		}
	}
	tf, err := open(proj["textfile"])
	if err != nil {
		return err
	}
	suite, err := eval.ReadTabariSuite(tf, proj["textfile"], options)
	tf.Close()
	if err != nil {
		return err
	}
	var show func(*doc.Doc)
	if *trace != "" {
		show = func(d *doc.Doc) { writeTrace(stdout, d) }
	}
	code, err := peerPipeline(*dir, proj["actorsfile"], proj["agentsfile"], proj["verbsfile"], "", actor.Stems,
		func(options map[string]string) eval.PeerConventions {
			c := eval.PeerConventions{NoCountry: "~", RequireDyad: true, KeepHypothetical: true, DiscardActors: true, NounEvents: true, AuxVerbs: true, SourceBefore: true, KeepNegated: true, NoContextCountry: true}
			c.TabariDefault(options)
			c.ConvertAgent = strings.EqualFold(options["SET: CONVERT AGENT"], "TRUE")
			c.CodeAll = strings.EqualFold(options["SET"], "CODE ALL")
			c.BySentence = strings.EqualFold(options["SET"], "CODE BY SENTENCE")
			c.ComplexVerbs, c.ComplexConj = tabariComplex(options["COMPLEX"])
			return c
		}, show)
	if err != nil {
		return err
	}
	code = tabariMinWords(code)
	if *trace != "" {
		return traceTabari(stdout, suite, code, strings.Split(*trace, ","))
	}
	res := eval.RunTabari(suite, code)
	return writePeerResult(stdout, res, *asJSON, *verbose)
}

// traceTabari codes the suite's records with the given IDs (the code
// function prints its trace) and prints what was expected and coded.
func traceTabari(w io.Writer, suite *eval.TabariSuite, code eval.PeerCodeFunc, ids []string) error {
	found := 0
	for i := range suite.Records {
		r := &suite.Records[i]
		if !slices.Contains(ids, r.ID) {
			continue
		}
		found++
		fmt.Fprintf(w, "== %s (line %d)\n", r.ID, r.Line)
		got, err := code(r.Text, r.Date, r.Options)
		if err != nil {
			return fmt.Errorf("%s: %w", r.ID, err)
		}
		fmt.Fprintf(w, "want %s\ngot  %s\n\n", formatTriples(r.Triples()), formatTriples(got))
	}
	if found == 0 {
		return fmt.Errorf("no record with the ID %s", strings.Join(ids, " or "))
	}
	return nil
}

// tabariDefaultMinWords is TABARI's minimum record length when no SET:
// MINIMUM WORDS is in force (the suite's MINWRD records reset it "to the
// default" with 8).
const tabariDefaultMinWords = 8

// tabariMinWords applies TABARI's MINIMUM WORDS option: a record of fewer
// words (as TABARI counts them, separated by spaces) is not coded.
func tabariMinWords(code eval.PeerCodeFunc) eval.PeerCodeFunc {
	return func(text string, date time.Time, options map[string]string) ([]eval.Triple, error) {
		min := tabariDefaultMinWords
		if f := strings.Fields(options["SET: MINIMUM WORDS"]); len(f) > 0 {
			if n, err := strconv.Atoi(f[0]); err == nil {
				min = n
			}
		}
		if len(strings.Fields(text)) < min {
			return nil, nil
		}
		return code(text, date, options)
	}
}

// tabariComplex reads the limits of TABARI's COMPLEX option
// ("VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN"); 0 for a limit not given.
func tabariComplex(opt string) (verbs, conj int) {
	for _, f := range strings.Fields(strings.ToUpper(opt)) {
		name, rest, ok := strings.Cut(f, "[")
		if !ok {
			continue
		}
		n, err := strconv.Atoi(strings.TrimSuffix(rest, "]"))
		if err != nil {
			continue
		}
		switch name {
		case "VERBS":
			verbs = n
		case "CONJ":
			conj = n
		}
	}
	return verbs, conj
}
