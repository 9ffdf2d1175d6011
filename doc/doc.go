// Package doc is dyad's data model: one article's text, owned once, and the
// annotations that the pipeline stages add to it as byte spans.
//
// A Doc holds Article.Text once. Every other layer (sentences, tokens,
// mentions, quotes, events) refers to it by offsets, like go/token positions
// into a file; nothing downstream keeps its own copy of the text. Stages add
// layers and never rewrite what an earlier stage wrote.
package doc

import (
	"fmt"
	"time"
)

// Span is a half-open byte range [Start, End) into Article.Text.
// The zero Span is empty and sits at offset 0.
type Span struct {
	Start, End int32
}

// Len is the span's length in bytes.
func (s Span) Len() int { return int(s.End - s.Start) }

// Empty reports whether the span covers no bytes.
func (s Span) Empty() bool { return s.End <= s.Start }

// Contains reports whether t lies inside s.
func (s Span) Contains(t Span) bool { return s.Start <= t.Start && t.End <= s.End }

// Overlaps reports whether s and t share at least one byte.
func (s Span) Overlaps(t Span) bool { return s.Start < t.End && t.Start < s.End }

// Article is one news report as read: where it came from and its text.
// ID is stable: a hash of the URL, or of the text when there is no URL.
type Article struct {
	ID        string
	URL       string
	Outlet    string
	Title     string
	Published time.Time // zero when unknown
	Text      string
}

// Doc is one article flowing through the pipeline with its annotations.
//
// Layers are filled in order (see Layer); a stage reads the layers it
// declares and writes only its own. Slices are owned by the Doc; views such
// as Sentence hold indices into them, not copies.
type Doc struct {
	Article Article

	Paragraphs []Span     // text layer: blank-line separated blocks
	Sentences  []Sentence // text layer
	Tokens     []Token    // text layer (spans); syntax layer (tags, heads, labels, lemmas)

	Mentions []Mention // actor layer
	Quotes   []Quote   // coder layer
	Events   []Event   // coder layer
	Claims   []Claim   // coder layer

	Diagnostics []Diagnostic // any stage: located, non-fatal problems

	layers Layer
	warned map[string]int32 // times each stage's message was given (Warn)
}

// New returns a Doc for the article with no annotations yet.
func New(a Article) *Doc { return &Doc{Article: a} }

// Text returns the article text under s. It copies nothing.
// A span outside the text is clipped.
func (d *Doc) Text(s Span) string {
	n := int32(len(d.Article.Text))
	if s.Start < 0 {
		s.Start = 0
	}
	if s.End > n {
		s.End = n
	}
	if s.End <= s.Start {
		return ""
	}
	return d.Article.Text[s.Start:s.End]
}

// TokenText returns the text of token i.
func (d *Doc) TokenText(i int) string { return d.Text(d.Tokens[i].Span) }

// Layers reports which layers have been filled.
func (d *Doc) Layers() Layer { return d.layers }

// MarkLayers records that the given layers are now filled. Stages call it
// after writing; the pipeline uses it to check order.
func (d *Doc) MarkLayers(l Layer) { d.layers |= l }

// Warn records a located, non-fatal problem found by a stage.
//
// An article keeps at most MaxRepeatedWarnings of one stage's same message
// and MaxWarnings in all, and says so once when it stops keeping them: a
// text of three thousand stray quotation marks gets ten warnings and a
// note, not three thousand lines in the log and the store.
func (d *Doc) Warn(stage string, s Span, format string) {
	switch {
	case len(d.Diagnostics) > MaxWarnings:
		return
	case len(d.Diagnostics) == MaxWarnings:
		d.Diagnostics = append(d.Diagnostics, Diagnostic{Span: s, Stage: stage,
			Msg: fmt.Sprintf("more than %d warnings in this article: the rest are not kept", MaxWarnings)})
		return
	}
	if d.warned == nil {
		d.warned = map[string]int32{}
	}
	key := stage + "\x00" + format
	n := d.warned[key] + 1
	d.warned[key] = n
	switch {
	case n <= MaxRepeatedWarnings:
		d.Diagnostics = append(d.Diagnostics, Diagnostic{Span: s, Stage: stage, Msg: format})
	case n == MaxRepeatedWarnings+1:
		d.Diagnostics = append(d.Diagnostics, Diagnostic{Span: s, Stage: stage,
			Msg: fmt.Sprintf("%s (and more times: only the first %d are kept)", format, MaxRepeatedWarnings)})
	}
}

// MaxRepeatedWarnings and MaxWarnings bound the diagnostics of an article
// (see Warn).
const (
	MaxRepeatedWarnings = 10
	MaxWarnings         = 200
)

// Diagnostic is a problem a stage found in part of the text. It never stops
// the article: the stage does what it can and the article carries this on.
type Diagnostic struct {
	Span  Span
	Stage string
	Msg   string
}
