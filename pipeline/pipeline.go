// Package pipeline assembles dyad's default stages: text → syntax (tags,
// lemmas, dependency trees) → actor → coder, with the embedded models and
// dictionaries. It is the one place that knows the whole flow; commands,
// the corpus runner and queue workers call it.
package pipeline

import (
	"fmt"
	"os"
	"sync"

	"dyad/actor"
	"dyad/coder"
	"dyad/doc"
	"dyad/lexicon"
	"dyad/lexicon/verbs"
	"dyad/syntax"
	"dyad/text"
)

// Options choose what the default pipeline loads.
type Options struct {
	// DictDir, when set, extends the embedded lexicon with the dictionaries
	// in that folder (dyad's own format, see lexicon/FORMAT.md); its
	// entries take over embedded ones of the same name.
	DictDir string
	// Coder tunes the event coder (keep negated or hypothetical events...).
	Coder coder.Options
}

// models are the embedded, read-only models, loaded once per process and
// shared by every pipeline: stages only read them.
type models struct {
	split *text.Splitter
	syn   *syntax.Stage // tagger, lemmas and parser: one walk over the Doc
	lex   *lexicon.Lexicon
	verbs *verbs.Lexicon
}

var (
	loadOnce sync.Once
	loaded   models
	loadErr  error
)

func defaults() (models, error) {
	loadOnce.Do(func() {
		syn, err := syntax.Default()
		if err != nil {
			loadErr = fmt.Errorf("loading the tagger and parser: %w", err)
			return
		}
		lex, err := lexicon.Default()
		if err != nil {
			loadErr = fmt.Errorf("loading the lexicon: %w", err)
			return
		}
		loaded = models{
			split: text.New(text.Options{}),
			syn:   syn,
			lex:   lex,
			verbs: verbs.Default(),
		}
	})
	return loaded, loadErr
}

// Default returns the full default pipeline. Its stages are safe for
// concurrent use and share the models, so building one per worker is cheap.
func Default(opt Options) (*doc.Pipeline, error) {
	m, err := defaults()
	if err != nil {
		return nil, err
	}
	lex := m.lex
	if opt.DictDir != "" {
		if fi, err := os.Stat(opt.DictDir); err != nil || !fi.IsDir() {
			return nil, fmt.Errorf("--dict %s: not a folder of dictionaries", opt.DictDir)
		}
		if lex, err = lex.Extend(os.DirFS(opt.DictDir), "."); err != nil {
			return nil, fmt.Errorf("--dict %s: %w", opt.DictDir, err)
		}
	}
	return doc.NewPipeline(m.split, m.syn, actor.New(actor.FromLexicon(lex)), coder.New(m.verbs, opt.Coder))
}
