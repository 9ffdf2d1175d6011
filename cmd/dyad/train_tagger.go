package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"dyad/doc"
	"dyad/syntax/conllu"
	"dyad/syntax/lemma"
	"dyad/syntax/tagger"
)

// runTrainTagger trains the part-of-speech tagger on DIR/*-ud-train.conllu,
// choosing epochs on DIR/*-ud-dev.conllu, and writes the model.
func runTrainTagger(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("train tagger", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: dyad train tagger --treebank DIR --out FILE [--wordnet DIR] [--lemmas FILE] [flags]")
		fmt.Fprintln(stderr, "\nTrains the UPOS+XPOS tagger on DIR/*-ud-train.conllu, printing dev accuracy per epoch.\n\nflags:")
		fs.PrintDefaults()
	}
	dir := fs.String("treebank", "", "UD treebank `dir` holding *-ud-train.conllu and *-ud-dev.conllu")
	out := fs.String("out", "", "write the model (gzip) to `file`")
	epochs := fs.Int("epochs", 0, "training epochs per pass (0: the default, 10); the best on dev is kept")
	passes := fs.Int("passes", 0, "tagging passes, 1 or 2 (0: the default, 1)")
	var o tagger.TrainOptions
	fs.IntVar(&o.Folds, "folds", 0, "jackknife folds for the second pass (0: the default, 5)")
	fs.IntVar(&o.MinWordCount, "min-count", 0, "training tokens a word needs to enter the tag dictionary (0: the default, 3)")
	fs.IntVar(&o.CandCount, "cand-count", 0, "training tokens a word needs to be held to the tags it took (0: the default, 10)")
	fs.IntVar(&o.SureCount, "sure-count", 0, "training tokens a word needs for its commonest tag to be fixed (0: the default, 10)")
	fs.Float64Var(&o.SureShare, "sure-share", 0, "share of its tokens the commonest tag needs to be fixed (0: the default, 0.98)")
	fs.IntVar(&o.OpenCount, "open-count", 0, "times rare training words must take a class for unknown words to be allowed it (0: the default, 2)")
	fs.StringVar(&o.WordNet, "wordnet", "", "WordNet 3 dict `dir` for lexicon features of unknown words (Debian wordnet-base: /usr/share/wordnet); empty for none")
	fs.Uint64Var(&o.Seed, "seed", 0, "shuffling seed (0: the default, 1)")
	lemmas := fs.String("lemmas", "", "also learn the lemma table from the training file and write it (gzip) to `file`")
	test := fs.Bool("test", false, "also report accuracy on *-ud-test.conllu (for the final figure, not for tuning)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *dir == "" || *out == "" && *lemmas == "" {
		return fmt.Errorf("%w: --treebank DIR and --out FILE (or --lemmas FILE) are required", errUsage)
	}
	train, err := taggerTreebank(*dir, "train")
	if err != nil {
		return err
	}
	if *lemmas != "" {
		if err := writeLemmas(*dir, *lemmas, o.WordNet, train, *test, stdout); err != nil {
			return err
		}
		if *out == "" {
			return nil
		}
	}
	dev, err := taggerTreebank(*dir, "dev")
	if err != nil {
		return err
	}
	o.Epochs, o.Passes = *epochs, *passes
	start := time.Now()
	m, err := tagger.Train(train, dev, o, stdout)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s (%d bytes, %d weights) in %s\n", *out, buf.Len(), m.NumWeights(), time.Since(start).Round(time.Second))
	fmt.Fprintf(stdout, "dev:  %s\n", m.Accuracy(dev))
	if *test {
		t, err := taggerTreebank(*dir, "test")
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "test: %s\n", m.Accuracy(t))
	}
	return nil
}

// writeLemmas learns the lemma table from train (with WordNet's verbs as
// known verbs when wordnet names its dict dir), writes it to file and
// reports its accuracy on dev (and test) with gold tags.
func writeLemmas(dir, file, wordnet string, train *doc.Doc, test bool, stdout io.Writer) error {
	t := lemma.Learn(train)
	if wordnet != "" {
		verbs, err := wordNetVerbs(wordnet)
		if err != nil {
			return err
		}
		t.AddVerbs(verbs)
	}
	var buf bytes.Buffer
	if err := t.Save(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s (%d bytes)\n", file, buf.Len())
	splits := []string{"dev"}
	if test {
		splits = append(splits, "test")
	}
	for _, split := range splits {
		d, err := taggerTreebank(dir, split)
		if err != nil {
			return err
		}
		s := t.Accuracy(d)
		fmt.Fprintf(stdout, "lemmas %s: %.4f (%d tokens, gold tags)\n", split, s.Accuracy(), s.Tokens)
	}
	return nil
}

// wordNetVerbs lists the verb lemmas of WordNet's index.verb in dir.
func wordNetVerbs(dir string) ([]string, error) {
	name := filepath.Join(dir, "index.verb")
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("wordnet verbs: %w (give --wordnet the WordNet 3 dict dir, e.g. /usr/share/wordnet from Debian's wordnet-base)", err)
	}
	var out []string
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || line[0] == ' ' {
			continue // licence header
		}
		if i := strings.IndexByte(line, ' '); i > 0 {
			out = append(out, line[:i])
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("wordnet verbs: %s lists no verbs", name)
	}
	return out, nil
}

// taggerTreebank reads the one DIR/*-ud-SPLIT.conllu file.
func taggerTreebank(dir, split string) (*doc.Doc, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*-ud-"+split+".conllu"))
	if err != nil {
		return nil, err
	}
	if len(files) != 1 {
		return nil, fmt.Errorf("%s: want one *-ud-%s.conllu file, found %d", dir, split, len(files))
	}
	f, err := os.Open(files[0])
	if err != nil {
		return nil, err
	}
	defer f.Close()
	tb, err := conllu.Read(f, files[0])
	if err != nil {
		return nil, err
	}
	return tb.Doc, nil
}
