package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"dyad/actor"
	"dyad/eval"
)

// runEvalTabari runs TABARI's validation suite (Validate.text with the
// dictionaries its Validate.project names) through dyad's own pipeline.
func runEvalTabari(args []string, stdout, stderr io.Writer) error {
	fs := newAboutFlags("eval tabari", "usage: dyad eval tabari --suite DIR [--json] [--verbose]\n\n"+
		"Codes the standard records of the suite's text file (those before FINAL-01) from their text with\n"+
		"the actor, agent and verb dictionaries the project file names, and scores a record as passed\n"+
		"when dyad's (source, target, code) set equals the expected set.", stderr)
	dir := fs.String("suite", "", "the TABARI `DIR` holding Validate.project and the files it names")
	project := fs.String("project", "Validate.project", "the project file in DIR")
	asJSON := fs.Bool("json", false, "print the result as JSON")
	verbose := fs.Bool("verbose", false, "list the failing records with what was expected and what dyad coded")
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
	code, err := peerPipeline(*dir, proj["actorsfile"], proj["agentsfile"], proj["verbsfile"], "", actor.Stems,
		func(options map[string]string) eval.PeerConventions {
			c := eval.PeerConventions{NoCountry: "~", RequireDyad: true, KeepHypothetical: true, DiscardActors: true, NounEvents: true}
			c.TabariDefault(options)
			c.ConvertAgent = strings.EqualFold(options["SET: CONVERT AGENT"], "TRUE")
			return c
		}, nil)
	if err != nil {
		return err
	}
	res := eval.RunTabari(suite, code)
	return writePeerResult(stdout, res, *asJSON, *verbose)
}
