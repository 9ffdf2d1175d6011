package main

import (
	"fmt"
	"io"
)

// trainers is the registry of `dyad train` targets; each lives in train_*.go.
func trainers() []command {
	return []command{
		{"tagger", "train the part-of-speech tagger (UPOS + XPOS) from a UD treebank", runTrainTagger},
		{"parser", "train the dependency parser from a UD treebank", runTrainParser},
		{"neural", "train the slower, more accurate neural parser (BiLSTM + biaffine) from a UD treebank", runTrainNeural},
	}
}

func runTrain(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(stderr, "usage: dyad train tagger|parser --treebank DIR --out FILE\n\ntargets:")
		for _, s := range trainers() {
			fmt.Fprintf(stderr, "  %-8s %s\n", s.name, s.summary)
		}
		if len(args) == 0 {
			return fmt.Errorf("%w: name what to train", errUsage)
		}
		return nil
	}
	for _, s := range trainers() {
		if s.name == args[0] {
			return s.run(args[1:], stdout, stderr)
		}
	}
	return fmt.Errorf("%w: unknown target %q; run 'dyad train -h'", errUsage, args[0])
}
