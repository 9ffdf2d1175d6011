// Package coder is the event coder: it reads parsed sentences and resolved
// mentions and writes events, quotes and claims. Patterns from
// lexicon/verbs are matched on dependency trees (subject → source, object
// or oblique → target, passives swapped, conjuncts one event each);
// frames carry attribution ("Blinken said ..."), appeals, demands, intents,
// threats and refusals; negated, hypothetical and conditional statements
// are never coded as the act itself. Every event carries its evidence.
package coder

import (
	"sync"

	"dyad/doc"
	"dyad/lexicon/verbs"
)

// Options tune what the coder keeps. The zero Options are the defaults.
type Options struct {
	// KeepNegated keeps events the text negates ("there was no agreement")
	// with Negated set. By default they are dropped: they did not happen.
	KeepNegated bool
	// KeepHypothetical keeps questions, "could"/"might" and the content of
	// conditions ("should it supply ...") with Modality Hypothetical.
	KeepHypothetical bool
	// KeepSourceless keeps events whose source names no known actor
	// ("Fxrnost is about to restore ties with Gondor"), with a Source of
	// no actor and no mention, for callers that supply a default source
	// (TABARI's DEFAULT: SOURCE option). By default they are dropped.
	KeepSourceless bool
	// MaxQuotes bounds the quotes kept per article (0: 4096); past it the
	// coder records a diagnostic and stops collecting quotes.
	MaxQuotes int
	// MaxEvents bounds the events per article (0: 4096).
	MaxEvents int
}

// Coder is the event-coding stage. It is safe for concurrent use: per-document
// scratch comes from a pool.
type Coder struct {
	lex  *verbs.Lexicon
	opt  Options
	pool sync.Pool
}

// New returns a coder using the verb dictionary lex (verbs.Default() when nil).
func New(lex *verbs.Lexicon, opt Options) *Coder {
	if lex == nil {
		lex = verbs.Default()
	}
	if opt.MaxQuotes <= 0 {
		opt.MaxQuotes = 4096
	}
	if opt.MaxEvents <= 0 {
		opt.MaxEvents = 4096
	}
	c := &Coder{lex: lex, opt: opt}
	c.pool.New = func() any { return new(tree) }
	return c
}

const stageName = "coder"

// Name is "coder".
func (c *Coder) Name() string { return stageName }

// Reads: sentences, tags, trees and resolved mentions.
func (c *Coder) Reads() doc.Layer { return doc.Sentences | doc.Tags | doc.Deps | doc.Actors }

// Writes: quotes, events and claims.
func (c *Coder) Writes() doc.Layer { return doc.Quotes | doc.Events }

// Annotate codes d's quotes, events and claims, replacing any the coder
// wrote before. Problems with parts of the text (an unbalanced quotation
// mark, a cut parse, too many quotes) become diagnostics; it never fails.
func (c *Coder) Annotate(d *doc.Doc) error {
	d.Quotes, d.Events, d.Claims = d.Quotes[:0], d.Events[:0], d.Claims[:0]
	if len(d.Sentences) == 0 {
		if len(d.Article.Text) > 0 {
			d.Warn(stageName, doc.Span{End: int32(len(d.Article.Text))}, "no sentences: run the text and syntax stages before the coder")
		}
		return nil
	}
	t := c.pool.Get().(*tree)
	defer c.pool.Put(t)
	t.reset(d)
	w := &work{c: c, t: t, d: d}
	w.findQuotes()
	w.datesInit()
	for si := range d.Sentences {
		w.codeSentence(int32(si))
	}
	w.linkClaims()
	w.findIndirect() // after the events: they read only quotes in quotation marks
	t.d = nil
	return nil
}
