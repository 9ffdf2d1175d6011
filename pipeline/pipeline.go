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
	"dyad/syntax/parser"
	"dyad/syntax/tagger"
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
	// Parser, when set, replaces the embedded parser model (evaluations of
	// a newly trained model).
	Parser *parser.Model
	// Actors, when set, replaces the actor dictionaries (the peers' files
	// through actor.FromPeer); DictDir is then ignored.
	Actors actor.Lexicon
	// Verbs, when set, replaces the embedded verb patterns.
	Verbs *verbs.Lexicon
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
	st, err := Stages(opt)
	if err != nil {
		return nil, err
	}
	return doc.NewPipeline(st...)
}

// Stages returns the default stages in order: text, syntax, actor, coder.
// Callers that need part of the flow (`dyad actors` stops after actor) or a
// stage between two (the peers' evaluations) build their pipeline from it.
func Stages(opt Options) ([]doc.Stage, error) {
	m, err := defaults()
	if err != nil {
		return nil, err
	}
	syn := m.syn
	if opt.Parser != nil {
		tm, err := tagger.Default()
		if err != nil {
			return nil, err
		}
		syn = syntax.New(tm, opt.Parser)
	}
	lex := opt.Actors
	if lex == nil {
		l := m.lex
		if opt.DictDir != "" {
			if fi, err := os.Stat(opt.DictDir); err != nil || !fi.IsDir() {
				return nil, fmt.Errorf("--dict %s: not a folder of dictionaries", opt.DictDir)
			}
			if l, err = l.Extend(os.DirFS(opt.DictDir), "."); err != nil {
				return nil, fmt.Errorf("--dict %s: %w", opt.DictDir, err)
			}
		}
		lex = actor.FromLexicon(l)
	}
	vb := opt.Verbs
	if vb == nil {
		vb = m.verbs
	}
	return []doc.Stage{m.split, syn, actor.New(lex), coder.New(vb, opt.Coder)}, nil
}
