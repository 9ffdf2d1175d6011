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
	// DictDir, when set, extends the embedded actor dictionaries and verb
	// patterns with the files in that folder, in dyad's format
	// (lexicon/FORMAT.md, lexicon/verbs/FORMAT.md) or the peers'
	// (PETRARCH, TABARI: *.actors, *.agents, *.verbs); see dict.go. Its
	// entries take over embedded ones. It is read once per process.
	DictDir string
	// Coder tunes the event coder (keep negated or hypothetical events...).
	Coder coder.Options
	// Parser, when set, replaces the embedded parser model (evaluations of
	// a newly trained model).
	Parser *parser.Model
	// Tree, when set, parses sentences of up to TreeMax words in place of
	// the perceptron parser (syntax.Stage.WithTreeParser): the neural
	// parser of syntax/neural.
	Tree    syntax.TreeParser
	TreeMax int
	// Actors, when set, replaces the actor dictionaries (the peers' files
	// through actor.FromPeer); DictDir then extends the verbs only.
	Actors actor.Lexicon
	// Verbs, when set, replaces the embedded verb patterns.
	Verbs *verbs.Lexicon
}

// models are the embedded, read-only models, loaded once per process and
// shared by every pipeline: stages only read them.
type models struct {
	split  *text.Splitter
	syn    *syntax.Stage // tagger, lemmas and parser: one walk over the Doc
	lex    *lexicon.Lexicon
	actors actor.Lexicon // lex, as the actor stage reads it
	verbs  *verbs.Lexicon
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
			split:  text.New(text.Options{}),
			syn:    syn,
			lex:    lex,
			actors: actor.FromLexicon(lex),
			verbs:  verbs.Default(),
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
	if opt.Tree != nil {
		syn = syn.WithTreeParser(opt.Tree, opt.TreeMax)
	}
	lex := opt.Actors
	vb := opt.Verbs
	if opt.DictDir != "" && (lex == nil || vb == nil) {
		if fi, err := os.Stat(opt.DictDir); err != nil || !fi.IsDir() {
			return nil, fmt.Errorf("--dict %s: not a folder of dictionaries", opt.DictDir)
		}
		d, err := loadDicts(opt.DictDir, m)
		if err != nil {
			return nil, err
		}
		if lex == nil {
			lex = d.actors
		}
		if vb == nil {
			vb = d.verbs
		}
	}
	if lex == nil {
		lex = m.actors
	}
	if vb == nil {
		vb = m.verbs
	}
	return []doc.Stage{m.split, syn, actor.New(lex), coder.New(vb, opt.Coder)}, nil
}
