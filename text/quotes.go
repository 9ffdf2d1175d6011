package text

import "dyad/doc"

// maxQuoteDepth bounds the quote nesting that markQuotes tracks; deeper
// marks are counted but not matched, so nesting costs no memory.
const maxQuoteDepth = 16

// markQuotes sets doc.InQuote on the tokens of one paragraph that lie
// between quotation marks (the marks themselves are not flagged). Quotes do
// not carry over paragraphs: news style reopens a quote that goes on in the
// next paragraph.
//
// Curly and angle quotes say which way they face. A straight double quote
// opens when a space is before it and none after, closes in the opposite
// case, and otherwise closes an open straight quote or opens a new one.
// A straight single quote counts only as a separate token that faces
// clearly; "Sanders'" and "rock 'n' roll" leave the state alone unless a
// single quote is open.
func markQuotes(s string, toks []doc.Token) {
	var stack [maxQuoteDepth]byte
	depth, overflow := 0, 0
	push := func(c byte) {
		if depth == maxQuoteDepth {
			overflow++
			return
		}
		stack[depth] = c
		depth++
	}
	// pop closes the innermost quote opened by c, if any is open.
	pop := func(c byte) {
		if overflow > 0 {
			overflow--
			return
		}
		for k := depth - 1; k >= 0; k-- {
			if stack[k] == c {
				depth = k
				return
			}
		}
	}
	top := func() byte {
		if depth == 0 || overflow > 0 {
			return 0
		}
		return stack[depth-1]
	}
	skip := false // the second mark of a pair
	for k := range toks {
		if skip {
			skip = false
			continue
		}
		w := tokText(s, toks[k].Span)
		spaceBefore := k == 0 || toks[k-1].Flags&doc.SpaceAfter != 0
		spaceAfter := k == len(toks)-1 || toks[k].Flags&doc.SpaceAfter != 0
		switch w {
		case "\u201c", "\u201e", "``": // “ „ ``
			push('"')
		case "\u201d", "''": // ”
			pop('"')
		case "\u00ab":
			push('<')
		case "\u00bb":
			pop('<')
		case "\u2018": // ‘
			if pairedMark(s, toks, k) {
				push('"') // ‘‘ typed for “
				skip = true
				continue
			}
			push('\'')
		case "\u2019": // ’ as a token of its own
			if pairedMark(s, toks, k) {
				pop('"') // ’’ typed for ”
				skip = true
				continue
			}
			pop('\'')
		case "\"":
			switch {
			case spaceBefore && !spaceAfter:
				push('"')
			case !spaceBefore && spaceAfter:
				pop('"')
			case top() == '"':
				pop('"')
			default:
				push('"')
			}
		case "'":
			switch {
			case spaceBefore && !spaceAfter && k+1 < len(toks) && isWordStart(tokText(s, toks[k+1].Span)):
				push('\'')
			case !spaceBefore && top() == '\'':
				pop('\'')
			}
		default:
			if depth > 0 || overflow > 0 {
				toks[k].Flags |= doc.InQuote
			}
		}
	}
}

// pairedMark: token k is a curly single mark with the same mark right
// after it, no space between: the pair is a double mark.
func pairedMark(s string, toks []doc.Token, k int) bool {
	return k+1 < len(toks) && toks[k].Flags&doc.SpaceAfter == 0 && toks[k].Span.End == toks[k+1].Span.Start &&
		tokText(s, toks[k+1].Span) == tokText(s, toks[k].Span)
}

func isWordStart(w string) bool {
	r, _ := runeAt(w, 0)
	return isAlnum(r)
}
