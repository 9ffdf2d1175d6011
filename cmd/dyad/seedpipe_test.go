package main

import (
	"sync"
	"testing"

	"dyad/actor"
	"dyad/doc"
	"dyad/lexicon"
	"dyad/syntax/tagger"
	"dyad/text"
)

// seedPipeline is text → tagger → actor: the parser's model is not in
// this build yet, so the actor stage runs without trees (no subjects, no
// conjunctions).
func seedPipeline(t testing.TB, d *doc.Doc) error {
	t.Helper()
	if err := tagOnly(t, d); err != nil {
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

// tagOnly splits and tags d; heads are -1 (no parser yet).
func tagOnly(t testing.TB, d *doc.Doc) error {
	t.Helper()
	if err := text.New(text.Options{}).Annotate(d); err != nil {
		return err
	}
	tg, err := tagger.Default()
	if err != nil {
		return err
	}
	tg.TagAll(d)
	for i := range d.Tokens {
		d.Tokens[i].Head = -1
	}
	return nil
}

var (
	resolverOnce sync.Once
	resolver     *actor.Resolver
	resolverErr  error
)
