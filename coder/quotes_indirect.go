package coder

import (
	"dyad/doc"
)

// findIndirect adds reported speech without quotation marks ("Blinken
// said Moscow must end the war", "officials told reporters that ...") as
// quotes with Direct false: the clause a cue verb governs (its ccomp), when
// the verb has a speaker and the clause holds no whole direct quote (a
// fragment quoted inside it is fine). They are appended after the quotes
// in quotation marks and are not marked in the tree's quote index, so the
// event coder reads them as before (its speech frames give attribution).
func (w *work) findIndirect() {
	d := w.d
	t := w.t
	limit := w.c.opt.MaxQuotes
	var stack []int32 // scratch for clauseSpan
	for v := int32(0); int(v) < len(d.Tokens); v++ {
		if len(d.Quotes) >= limit {
			return
		}
		if !cueVerbs[t.lemma(v)] || d.Tokens[v].UPOS != doc.VERB || t.quote[v] >= 0 {
			continue
		}
		c := t.child(v, doc.Ccomp)
		if c < 0 {
			continue
		}
		lo, hi, ok := w.clauseSpan(c, v, &stack)
		if !ok || hi-lo < 3 {
			continue
		}
		// drop a leading "that" and trailing punctuation
		for lo < hi && (d.Tokens[lo].Dep == doc.Mark && t.head(lo) == c || d.Tokens[lo].UPOS == doc.PUNCT) {
			lo++
		}
		for hi > lo && d.Tokens[hi-1].UPOS == doc.PUNCT {
			hi--
		}
		if hi-lo < 3 {
			continue
		}
		sp := w.cueSpeaker(v)
		if sp < 0 {
			if s := t.child(v, doc.Nsubj); s >= 0 {
				sp = w.subjectMention(s, v)
			}
		}
		if sp < 0 {
			continue // "it is said that ...": no speaker, no quote
		}
		d.Quotes = append(d.Quotes, doc.Quote{
			Span:    doc.Span{Start: d.Tokens[lo].Span.Start, End: d.Tokens[hi-1].Span.End},
			Speaker: sp, Cue: d.Tokens[v].Span})
	}
}

// clauseSpan is the token range [lo, hi) of c's subtree; not ok when it
// holds a token of a whole (not partial) direct quote or the verb v.
func (w *work) clauseSpan(c, v int32, scratch *[]int32) (lo, hi int32, ok bool) {
	t := w.t
	lo, hi = c, c+1
	stack := append((*scratch)[:0], c)
	defer func() { *scratch = stack[:0] }()
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n == v {
			return 0, 0, false
		}
		if q := t.quote[n]; q >= 0 && !w.d.Quotes[q].Partial {
			return 0, 0, false
		}
		lo, hi = min(lo, n), max(hi, n+1)
		stack = append(stack, t.children(n)...)
	}
	return lo, hi, true
}
