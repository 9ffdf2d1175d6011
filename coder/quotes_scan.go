package coder

import (
	"strings"
	"unicode/utf8"

	"dyad/doc"
)

// quoteMark is what a byte position holds: no mark, a double mark that
// opens, closes or may do either (straight "), or a single curly mark.
type quoteMark uint8

const (
	noMark       quoteMark = iota
	eitherDouble           // " and the two apostrophes some outlets write for it ('')
	openDouble             // “
	closeDouble            // ”
	openSingle             // ‘ after a space or at the start: a quote in single marks
	closeSingle            // ’ not followed by a letter (else it is an apostrophe)
)

// markAt reads the mark at text[i] (within [_, e)) and its width in bytes.
func markAt(text string, i, s, e int32) (quoteMark, int32) {
	switch c := text[i]; {
	case c == '"':
		return eitherDouble, 1
	case c == '\'' && i+1 < e && text[i+1] == '\'':
		return eitherDouble, 2
	case c == 0xE2 && i+2 < e && text[i+1] == 0x80:
		switch text[i+2] {
		case 0x9C:
			return openDouble, 3
		case 0x9D:
			return closeDouble, 3
		case 0x98:
			if i+5 < e && text[i+3] == 0xE2 && text[i+4] == 0x80 && text[i+5] == 0x98 {
				return openDouble, 6 // ‘‘ typed for “
			}
			if i == s || spaceOrOpen(text[i-1]) {
				return openSingle, 3
			}
		case 0x99:
			if i+5 < e && text[i+3] == 0xE2 && text[i+4] == 0x80 && text[i+5] == 0x99 {
				return closeDouble, 6 // ’’ typed for ”
			}
			if i+3 >= e || !letterAt(text, i+3) {
				return closeSingle, 3
			}
		}
	}
	return noMark, 1
}

func spaceOrOpen(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '(' || c == '[' || c == 0xA0 || c == 0x94 // NBSP, the end of an em dash
}

// letterAt reports whether text[i] starts a letter or digit.
func letterAt(text string, i int32) bool {
	c := text[i]
	if c < utf8.RuneSelf {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return r >= 0xC0 && r < 0x2000 // Latin letters with accents and the like, not punctuation
}

// scanParagraph appends the quotes of paragraph pi: double marks pair up
// (straight, curly or two apostrophes); single curly marks pair up outside
// double ones (inside, they are quotes within the quote and stay part of
// it). A mark opened twice closes the first quote at the second; a quote
// left open at the paragraph end runs to it, and on into the next
// paragraph when that opens with a mark (the news convention for a quote
// over several paragraphs); otherwise it gets a diagnostic. In an article
// written with curly marks (curly set) a straight mark left open is a
// stray (a scraping artefact, common at paragraph starts): it is dropped
// with a diagnostic instead of opening a quote that swallows the text,
// unless a colon introduces it or it runs on into a paragraph that opens
// with a straight mark too (a block quote).
func scanParagraph(d *doc.Doc, raws []rawQuote, pi int32, paras []doc.Span, curly bool) []rawQuote {
	text := d.Article.Text
	p := paras[pi]
	s, e := max(p.Start, 0), min(p.End, int32(len(text)))
	open, openW := int32(-1), int32(0)     // an open double mark and its width
	single, singleW := int32(-1), int32(0) // an open single mark
	for i := s; i < e; i++ {
		m, n := markAt(text, i, s, e)
		if m == eitherDouble && n == 1 && open < 0 && i > s && text[i-1] == '=' {
			// a markup attribute's value (<tweet author="x">), not a quote
			if j := strings.IndexByte(text[i+1:e], '"'); j >= 0 {
				i += int32(j) + 1
			}
			continue
		}
		switch m {
		case noMark:
			continue
		case openSingle:
			if open < 0 && single < 0 {
				single, singleW = i, n
			}
		case closeSingle:
			if open < 0 && single >= 0 {
				raws = append(raws, mkQuote(d, single, singleW, i, i+n, pi, false))
				single = -1
			}
		case openDouble, eitherDouble, closeDouble:
			opens := m == openDouble || m == eitherDouble && open < 0
			if opens && open >= 0 && curly && text[open] == '"' {
				d.Warn(stageName, doc.Span{Start: open, End: open + 1}, "stray straight quotation mark in text with curly marks: ignored")
				open = -1
			}
			if opens && open >= 0 {
				d.Warn(stageName, doc.Span{Start: open, End: i}, "quotation mark opened twice: the first quote is closed at the second")
				raws = append(raws, mkQuote(d, open, openW, i, i, pi, false))
			}
			switch {
			case opens:
				open, openW, single = i, n, -1
			case open < 0 && (i == s || spaceOrOpen(text[i-1])) && i+n < e && text[i+n] != ' ' && text[i+n] != '\n':
				// ”Word: a closing mark typed for an opening one
				d.Warn(stageName, doc.Span{Start: i, End: i + n}, "closing quotation mark where a quote opens: taken as an opening mark")
				open, openW, single = i, n, -1
			case open < 0:
				d.Warn(stageName, doc.Span{Start: i, End: i + n}, "closing quotation mark without an opening one: ignored")
			default:
				raws = append(raws, mkQuote(d, open, openW, i, i+n, pi, false))
				open = -1
			}
		}
		i += n - 1
	}
	if open >= 0 && curly && text[open] == '"' && !introduced(text, open, s) && !(int(pi)+1 < len(paras) && startsWithStraight(text, paras[pi+1])) {
		d.Warn(stageName, doc.Span{Start: open, End: open + 1}, "stray straight quotation mark in text with curly marks: ignored")
		open = -1
	}
	if open >= 0 {
		cont := int(pi)+1 < len(paras) && startsWithQuote(text, paras[pi+1])
		if !cont {
			d.Warn(stageName, doc.Span{Start: open, End: e}, "quotation mark never closed: the quote is taken to run to the paragraph end")
		}
		raws = append(raws, mkQuote(d, open, openW, e, e, pi, cont))
	}
	return raws
}

// mkQuote is the quote between an opening mark at open (w bytes wide) and
// closeAt, with surrounding space trimmed; after is just past the closing mark.
func mkQuote(d *doc.Doc, open, w, closeAt, after, para int32, cont bool) rawQuote {
	text := d.Article.Text
	s, e := open+w, closeAt
	for s < e && (text[s] == ' ' || text[s] == '\n') {
		s++
	}
	for e > s && (text[e-1] == ' ' || text[e-1] == '\n' || text[e-1] == '\r') {
		e--
	}
	return rawQuote{open: open, close: after, content: doc.Span{Start: s, End: e}, para: para, continued: cont}
}

// startsWithQuote reports whether paragraph p opens with a double mark
// that may open a quote.
func startsWithQuote(text string, p doc.Span) bool {
	i := p.Start
	for i < p.End && int(i) < len(text) && (text[i] == ' ' || text[i] == '\n') {
		i++
	}
	if i >= p.End || int(i) >= len(text) {
		return false
	}
	m, _ := markAt(text, i, i, min(p.End, int32(len(text))))
	return m == eitherDouble || m == openDouble
}

// introduced reports whether the mark at open follows a colon (spaces and
// line breaks between), looking back no further than from.
func introduced(text string, open, from int32) bool {
	i := open - 1
	for i >= from && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r') {
		i--
	}
	return i >= from && text[i] == ':'
}

// startsWithStraight reports whether paragraph p opens with a straight mark.
func startsWithStraight(text string, p doc.Span) bool {
	i := p.Start
	for i < p.End && int(i) < len(text) && (text[i] == ' ' || text[i] == '\n') {
		i++
	}
	return i < p.End && int(i) < len(text) && text[i] == '"'
}

// titleWords may stay lower case in a title ("Face the Nation").
var titleWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "and": true,
	"in": true, "on": true, "to": true, "for": true, "at": true, "by": true, "with": true, "or": true}

// titleLike reports whether a quoted stretch reads as a name or title: two
// to eight words, each capitalised or a small title word, the first
// capitalised ("Face the Nation", "The Apprentice"), and no exclamation.
func titleLike(text string, s doc.Span) bool {
	if strings.IndexByte(text[s.Start:s.End], '!') >= 0 {
		return false // a chant or a cry ("U-S-A! U-S-A!") is speech
	}
	words := 0
	i := s.Start
	for i < s.End {
		for i < s.End && text[i] == ' ' {
			i++
		}
		j := i
		for j < s.End && text[j] != ' ' {
			j++
		}
		if j == i {
			break
		}
		w := text[i:j]
		for len(w) > 0 && strings.ContainsRune(",.!?;:", rune(w[len(w)-1])) {
			w = w[:len(w)-1]
		}
		switch {
		case w == "":
		case w[0] >= 'A' && w[0] <= 'Z' || w[0] >= '0' && w[0] <= '9':
		case words > 0 && titleWords[w]:
		default:
			return false
		}
		words++
		i = j
	}
	return words >= 2 && words <= 8
}

// lowerWordBefore reports whether the word before the mark at open starts
// with a lower-case letter: the quote sits in running prose, not in a
// headline where every word is capitalised.
func lowerWordBefore(text string, open, from int32) bool {
	i := open - 1
	for i >= from && text[i] == ' ' {
		i--
	}
	j := i
	for j >= from && text[j] != ' ' && text[j] != '\n' {
		j--
	}
	return i > j && text[j+1] >= 'a' && text[j+1] <= 'z'
}
