package main

import (
	"sync"
	"testing"

	"dyad/actor"
	"dyad/doc"
	"dyad/lexicon"
	"dyad/text"
)

// seedPipeline runs text → syntax → actor (the default models and
// dictionaries) on d.
func seedPipeline(t testing.TB, d *doc.Doc) error {
	t.Helper()
	if err := parseOnly(t, d); err != nil {
		return err
	}
	resolverOnce.Do(func() {
		var l *lexicon.Lexicon
		if l, resolverErr = lexicon.Default(); resolverErr == nil {
			resolver = actor.New(actor.FromLexicon(l))
		}
	})
	if resolverErr != nil {
		return resolverErr
	}
	return resolver.Annotate(d)
}

// parseOnly splits, tags and parses d with the default models.
func parseOnly(t testing.TB, d *doc.Doc) error {
	t.Helper()
	syntaxOnce.Do(func() { synStage, syntaxErr = actorSyntax() })
	if syntaxErr != nil {
		return syntaxErr
	}
	if err := text.New(text.Options{}).Annotate(d); err != nil {
		return err
	}
	return synStage.Annotate(d)
}

var (
	resolverOnce sync.Once
	resolver     *actor.Resolver
	resolverErr  error

	syntaxOnce sync.Once
	synStage   doc.Stage
	syntaxErr  error
)
