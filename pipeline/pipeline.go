// Package pipeline assembles dyad's default stages: text → tagger (tags and
// lemmas) → parser → actor → coder, with the embedded models and
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
	"dyad/syntax/lemma"
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
}

// models are the embedded, read-only models, loaded once per process and
// shared by every pipeline: stages only read them.
type models struct {
	split *text.Splitter
	tag   doc.Stage
	parse doc.Stage
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
		tm, err := tagger.Default()
		if err != nil {
			loadErr = fmt.Errorf("loading the tagger: %w", err)
			return
		}
		lt, err := lemma.Default()
		if err != nil {
			loadErr = fmt.Errorf("loading the lemma table: %w", err)
			return
		}
		ts, err := tagger.NewStage(tm, lt)
		if err != nil {
			loadErr = err
			return
		}
		pm, err := parser.Default()
		if err != nil {
			loadErr = fmt.Errorf("loading the parser: %w", err)
			return
		}
		lex, err := lexicon.Default()
		if err != nil {
			loadErr = fmt.Errorf("loading the lexicon: %w", err)
			return
		}
		loaded = models{
			split: text.New(text.Options{}),
			tag:   ts,
			parse: syntax.New(nil, pm), // nil tagger: keep the tagger stage's tags
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
	return doc.NewPipeline(m.split, m.tag, m.parse, actor.New(actor.FromLexicon(lex)), coder.New(m.verbs, opt.Coder))
}
