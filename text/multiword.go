package text

import (
	"strings"

	"dyad/doc"
)

// JoinsPrevious reports whether token i of d is the second (or later) word
// of a multiword token that the tokeniser split: the "n't" of "don't", the
// "'s" of "Russia's", the "na" of "gonna", the "not" of "cannot". Writers
// of CoNLL-U use it to emit the multiword range line ("1-2 don't") that
// UD_English-EWT has, so that surface tokens align in a CoNLL 2018
// evaluation. It reads only the text and the spans.
func JoinsPrevious(d *doc.Doc, i int) bool {
	if i <= 0 || i >= len(d.Tokens) {
		return false
	}
	prev, cur := d.Tokens[i-1].Span, d.Tokens[i].Span
	if prev.End != cur.Start || prev.Len() == 0 {
		return false
	}
	// The fused word runs from the start of the first word of the group.
	start := prev.Start
	if i >= 2 && JoinsPrevious(d, i-1) {
		start = d.Tokens[i-2].Span.Start
	}
	w := d.Text(doc.Span{Start: start, End: cur.End})
	k := int(cur.Start - start)
	if strings.EqualFold(w, "dunno") || len(w) == 3 && strings.EqualFold(w, "dun") {
		return true
	}
	return contractionAt(w) == k || fusedAt(w) == k
}
