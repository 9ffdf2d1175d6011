package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"dyad/doc"
	"dyad/syntax/conllu"
	"dyad/syntax/parser"
	"dyad/syntax/tagger"
)

// runTrainParser trains the dependency parser from a UD treebank directory
// holding *-ud-train.conllu and *-ud-dev.conllu.
func runTrainParser(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("train parser", flag.ContinueOnError)
	fs.SetOutput(stderr)
	opt := parser.DefaultTrainOptions()
	treebank := fs.String("treebank", filepath.Join("..", "shared", "ud", "UD_English-EWT"), "UD treebank directory with *-ud-train.conllu and *-ud-dev.conllu")
	out := fs.String("out", "", "model file to write (required)")
	fs.IntVar(&opt.Epochs, "epochs", opt.Epochs, "training epochs; the epoch with the best dev LAS is kept")
	beam := fs.Int("beam", 1, "beam width (only 1, greedy, is built)")
	seed := fs.Uint64("seed", opt.Seed, "random seed for shuffling and exploration")
	fs.Float64Var(&opt.Explore, "explore", opt.Explore, "probability of following a wrong prediction after -explore-from")
	fs.IntVar(&opt.ExploreFrom, "explore-from", opt.ExploreFrom, "first epoch that explores")
	minw := fs.Float64("min-weight", float64(opt.MinWeight), "prune feature rows whose largest weight is below this")
	pruneReport := fs.String("prune-report", "", "experiment: comma-separated pruning bounds to try on the last epoch's weights (logged; the model is unchanged)")
	labMinw := fs.Float64("label-min-weight", 0, "--min-weight for the label table (0: the same)")
	fs.StringVar(&opt.NonProjective, "nonprojective", opt.NonProjective, "non-projective training trees: lift or drop")
	folds := fs.Int("jackknife", 5, "train on tags predicted by taggers trained on the other N folds of train, and select epochs on dev tagged by a tagger trained on all of train (0: gold tags)")
	fs.IntVar(&opt.Features, "features", opt.Features, "feature set: 1 (Zhang & Nivre) or 2 (1 and the words' ambiguity classes)")
	cache := fs.String("jackknife-cache", "", "file keeping the jackknifed train tags and the dev tags: read when it exists, else written (the same for the same --treebank, --jackknife and --wordnet)")
	fs.IntVar(&opt.Ensemble, "ensemble", 1, "perceptrons trained side by side on seeds --seed, --seed+1, ...; the model holds the means of their weights")
	devTags := fs.String("dev-tags", "trained", "with --jackknife, who tags dev for choosing the epoch: trained (a tagger trained on all of train like the jackknife ones) or shipped (the embedded tagger, as at run time)")
	drop := fs.String("drop", "", "experiment: templates not to train, as a comma-separated list of aN (action) and lN (label)")
	wordnet := fs.String("wordnet", "/usr/share/wordnet", "WordNet 3 dict directory for the jackknife taggers' lexicon features (as the shipped tagger); empty for none")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *out == "" {
		return fmt.Errorf("%w: --out FILE is required", errUsage)
	}
	if *beam != 1 {
		return fmt.Errorf("%w: --beam %d: only greedy parsing (--beam 1) is built", errUsage, *beam)
	}
	if opt.NonProjective != "lift" && opt.NonProjective != "drop" {
		return fmt.Errorf("%w: --nonprojective %q: want lift or drop", errUsage, opt.NonProjective)
	}
	for _, x := range strings.Split(*drop, ",") {
		if x == "" {
			continue
		}
		k, err := strconv.Atoi(x[1:])
		switch {
		case err != nil:
			return fmt.Errorf("%w: --drop %q", errUsage, x)
		case x[0] == 'a':
			opt.DropAction = append(opt.DropAction, k)
		case x[0] == 'l':
			opt.DropLabel = append(opt.DropLabel, k)
		default:
			return fmt.Errorf("%w: --drop %q", errUsage, x)
		}
	}
	opt.Seed = *seed
	opt.MinWeight = float32(*minw)
	opt.LabelMinWeight = float32(*labMinw)
	for _, x := range strings.Split(*pruneReport, ",") {
		if x == "" {
			continue
		}
		v, err := strconv.ParseFloat(x, 32)
		if err != nil {
			return fmt.Errorf("%w: --prune-report %q", errUsage, x)
		}
		opt.PruneReport = append(opt.PruneReport, float32(v))
	}
	opt.Log = stdout
	train, err := readSplit(*treebank, "train")
	if err != nil {
		return err
	}
	dev, err := readSplit(*treebank, "dev")
	if err != nil {
		return err
	}
	start := time.Now()
	goldTrain, err := readSplit(*treebank, "train")
	if err != nil {
		return err
	}
	opt.Lexicon = goldTrain.Doc
	if *folds > 1 {
		if ok, err := readTagCache(*cache, train.Doc, dev.Doc); err != nil {
			return err
		} else if ok {
			fmt.Fprintf(stdout, "train and dev tags read from %s\n", *cache)
		} else {
			if err := jackknifeTags(*treebank, *folds, *wordnet, train.Doc, dev.Doc, stdout); err != nil {
				return err
			}
			fmt.Fprintf(stdout, "dev tagged by a tagger trained on all of train (%s)\n", time.Since(start).Round(time.Second))
			if err := writeTagCache(*cache, train.Doc, dev.Doc); err != nil {
				return err
			}
		}
	}
	switch *devTags {
	case "trained":
	case "shipped":
		if *folds > 1 {
			tm, err := tagger.Default()
			if err != nil {
				return err
			}
			tm.TagAll(dev.Doc)
			fmt.Fprintln(stdout, "dev tagged by the embedded tagger")
		}
	default:
		return fmt.Errorf("%w: --dev-tags %q: want trained or shipped", errUsage, *devTags)
	}
	m, err := parser.Train(train.Doc, dev.Doc, opt)
	if err != nil {
		return err
	}
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	n, err := m.WriteTo(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", *out, err)
	}
	fmt.Fprintf(stdout, "wrote %s (%.1f MB) in %s\n", *out, float64(n)/1e6, time.Since(start).Round(time.Second))
	return nil
}

// jackknifeTags sets the tags of train to those of taggers trained on the
// other folds and the tags of dev to those of a tagger trained on all of
// train (read again from treebank).
func jackknifeTags(treebank string, folds int, wordnet string, train, dev *doc.Doc, log io.Writer) error {
	trainTagger := taggerTrainer(wordnet, dev)
	if err := jackknife(train, folds, trainTagger, log); err != nil {
		return err
	}
	full, err := readSplit(treebank, "train")
	if err != nil {
		return err
	}
	tag, err := trainTagger(full.Doc)
	if err != nil {
		return err
	}
	tag(dev)
	return nil
}

// taggerTrainer trains the jackknife's taggers: one pass, five epochs,
// WordNet's lexicon when the directory is there, dev's tags as they are now
// (gold) for choosing the epoch.
func taggerTrainer(wordnet string, dev *doc.Doc) func(d *doc.Doc) (tagFunc, error) {
	topt := tagger.TrainOptions{Passes: 1, Epochs: 5}
	if _, err := os.Stat(wordnet); err == nil {
		topt.WordNet = wordnet
	}
	goldDev := foldDoc(dev, func(int) bool { return true })
	return func(d *doc.Doc) (tagFunc, error) {
		m, err := tagger.Train(d, goldDev, topt, nil)
		if err != nil {
			return nil, err
		}
		return m.TagAll, nil
	}
}

// The tag cache holds the UPOS and XPOS of every token of train, then of
// dev, one byte each, after a header line naming the token counts.

func writeTagCache(path string, docs ...*doc.Doc) error {
	if path == "" {
		return nil
	}
	var b []byte
	b = fmt.Appendf(b, "dyad-tags")
	for _, d := range docs {
		b = fmt.Appendf(b, " %d", len(d.Tokens))
	}
	b = append(b, '\n')
	for _, d := range docs {
		for _, t := range d.Tokens {
			b = append(b, byte(t.UPOS), byte(t.XPOS))
		}
	}
	return os.WriteFile(path, b, 0o644)
}

// readTagCache sets the tags of docs from the cache at path, reporting
// false when there is none.
func readTagCache(path string, docs ...*doc.Doc) (bool, error) {
	if path == "" {
		return false, nil
	}
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	want := []byte("dyad-tags")
	for _, d := range docs {
		want = fmt.Appendf(want, " %d", len(d.Tokens))
	}
	want = append(want, '\n')
	if !bytes.HasPrefix(b, want) {
		return false, fmt.Errorf("%s: not a tag cache for these treebank files", path)
	}
	b = b[len(want):]
	for _, d := range docs {
		if len(b) < 2*len(d.Tokens) {
			return false, fmt.Errorf("%s: truncated", path)
		}
		for i := range d.Tokens {
			d.Tokens[i].UPOS, d.Tokens[i].XPOS = doc.UPOS(b[2*i]), doc.XPOS(b[2*i+1])
		}
		b = b[2*len(d.Tokens):]
	}
	return true, nil
}

// readSplit reads the one *-ud-SPLIT.conllu file of a treebank directory.
func readSplit(dir, split string) (*conllu.Treebank, error) {
	files, _ := filepath.Glob(filepath.Join(dir, "*-ud-"+split+".conllu"))
	if len(files) != 1 {
		return nil, fmt.Errorf("treebank %s: want one *-ud-%s.conllu file, found %d (is --treebank a UD treebank directory?)", dir, split, len(files))
	}
	f, err := os.Open(files[0])
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return conllu.Read(f, files[0])
}

// foldDoc returns a Doc with the sentences of d whose index i satisfies
// keep(i), sharing d's text: tokens are copied and heads re-indexed.
func foldDoc(d *doc.Doc, keep func(i int) bool) *doc.Doc {
	out := &doc.Doc{Article: d.Article}
	for i, s := range d.Sentences {
		if !keep(i) {
			continue
		}
		first := int32(len(out.Tokens))
		shift := first - s.Tokens.Start
		for _, t := range d.Tokens[s.Tokens.Start:s.Tokens.End] {
			if t.Head >= 0 {
				t.Head += shift
			}
			out.Tokens = append(out.Tokens, t)
		}
		s.Tokens = doc.TokRange{Start: first, End: int32(len(out.Tokens))}
		out.Sentences = append(out.Sentences, s)
	}
	return out
}

// tagFunc tags every sentence of a Doc (UPOS and XPOS only).
type tagFunc func(d *doc.Doc)

// jackknife replaces the tags of train with tags predicted by taggers
// trained on the other folds (sentence i is in fold i mod k), so the
// parser trains on tags as wrong as the ones it will see.
func jackknife(train *doc.Doc, k int, trainTagger func(d *doc.Doc) (tagFunc, error), log io.Writer) error {
	for f := 0; f < k; f++ {
		rest := foldDoc(train, func(i int) bool { return i%k != f })
		held := foldDoc(train, func(i int) bool { return i%k == f })
		tag, err := trainTagger(rest)
		if err != nil {
			return fmt.Errorf("jackknife fold %d: %w", f+1, err)
		}
		tag(held)
		// Copy the predicted tags back, sentence by sentence.
		j := 0
		var right, all int
		for i, s := range train.Sentences {
			if i%k != f {
				continue
			}
			hs := held.Sentences[j]
			j++
			for x := int32(0); x < int32(s.Tokens.Len()); x++ {
				g, p := &train.Tokens[s.Tokens.Start+x], held.Tokens[hs.Tokens.Start+x]
				all++
				if g.UPOS == p.UPOS {
					right++
				}
				g.UPOS, g.XPOS = p.UPOS, p.XPOS
			}
		}
		fmt.Fprintf(log, "jackknife fold %d/%d: %d words tagged, UPOS %.4f\n", f+1, k, all, float64(right)/float64(max(all, 1)))
	}
	return nil
}
