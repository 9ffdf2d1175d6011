package main

import (
	"fmt"
	"io"
)

// evalSuites is the registry of `dyad eval` suites; each lives in eval_*.go.
func evalSuites() []command {
	return []command{
		{"ud", "tagging and parsing against a UD treebank (CoNLL 2018 scoring)", runEvalUD},
		{"seed", "events, quotes, entities and contested links of a seed example", runEvalSeed},
		{"plover-dyads", "PLOVER type and quad of marked source-target pairs; actor coverage", runEvalPloverDyads},
		{"quotes", "quote contents and speakers against PolNeAR attributions", runEvalQuotes},
		{"petrarch", "PETRARCH validation records with the suite's own dictionaries", runEvalPetrarch},
		{"tabari", "TABARI validation records with the suite's own dictionaries", runEvalTabari},
	}
}

func runEval(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(stderr, "usage: dyad eval <suite> [flags]\n\nsuites:")
		for _, s := range evalSuites() {
			fmt.Fprintf(stderr, "  %-13s %s\n", s.name, s.summary)
		}
		if len(args) == 0 {
			return fmt.Errorf("%w: name a suite", errUsage)
		}
		return nil
	}
	for _, s := range evalSuites() {
		if s.name == args[0] {
			return s.run(args[1:], stdout, stderr)
		}
	}
	return fmt.Errorf("%w: unknown suite %q; run 'dyad eval -h' for the list", errUsage, args[0])
}
