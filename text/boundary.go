package text

import (
	"strings"

	"dyad/doc"
)

// endKind says whether a token can end a sentence, and how.
type endKind uint8

const (
	endNone     endKind = iota
	endTerminal         // ".", "!", "?", "?!" and runs of them
	endEllipsis         // "...", "…"
	endAbbrev           // a word with its own final period: "Inc.", "U.S.", "W."
)

func tokText(s string, sp doc.Span) string { return s[sp.Start:sp.End] }

func endKindOf(w string) endKind {
	if w == "" {
		return endNone
	}
	if w == "\u2026" || strings.HasPrefix(w, "..") && strings.Trim(w, ".") == "" {
		return endEllipsis
	}
	allTerm := true
	for i := 0; i < len(w); i++ {
		if c := w[i]; c != '.' && c != '!' && c != '?' {
			allTerm = false
			break
		}
	}
	if allTerm {
		return endTerminal
	}
	if len(w) > 1 && w[len(w)-1] == '.' {
		return endAbbrev
	}
	return endNone
}

// isClosingTok reports a token that closes a quote or bracket and so stays
// with the sentence that ends before it: '."' and '.)'.
func isClosingTok(w string) bool {
	switch w {
	case "\"", "'", "''", ")", "]", "}", "\u201d", "\u2019", "\u00bb", "\u203a":
		return true
	}
	return false
}

// isOpeningTok reports a token that opens a quote or bracket.
func isOpeningTok(w string) bool {
	switch w {
	case "\"", "'", "``", "(", "[", "{", "\u201c", "\u2018", "\u00ab", "\u2039", "\u201e":
		return true
	}
	return false
}

// findEnds appends the sentence ends of a paragraph's tokens to ends. The
// last end is always len(toks).
func (ps *paraSplitter) findEnds(toks []doc.Token, ends []sentEnd) []sentEnd {
	s := ps.text
	n := len(toks)
	parens := 0 // "(" open in the current sentence
	for i := 0; i < n-1; i++ {
		w := tokText(s, toks[i].Span)
		if len(ends) > 0 && ends[len(ends)-1].end == i {
			parens = 0
		}
		switch w {
		case "(", "[":
			parens++
		case ")", "]":
			if parens > 0 {
				parens--
			}
		}
		kind := endKindOf(w)
		if isSeparator(s, toks, i) || isSeparator(s, toks, i+1) {
			// "***", "=====": a section break stands alone.
			ends = append(ends, sentEnd{end: i + 1, splitPeriod: -1})
			continue
		}
		if len(w) <= 4 && emoticons[w] {
			if r, _ := runeAt(tokText(s, toks[i+1].Span), 0); isUpper(r) {
				ends = append(ends, sentEnd{end: i + 1, splitPeriod: -1})
			}
			continue
		}
		if i+2 < n && isCreditLine(s, toks, i+1) && !isOpeningTok(w) {
			// "... in Ottawa, Ont. Photo: Royal Canadian Navy."
			sp := -1
			if kind == endAbbrev {
				sp = i
			}
			ends = append(ends, sentEnd{end: i + 1, splitPeriod: sp})
			continue
		}
		if kind == endNone {
			if lineBreakBetween(s, toks[i].Span, toks[i+1].Span) && lineBreakEnds(s, toks, i) {
				ends = append(ends, sentEnd{end: i + 1, splitPeriod: -1})
			}
			continue
		}
		if w == "." && i > 0 {
			if isListNumber(s, toks, ends, i-1) {
				continue // "1. Sanctions": a list item's number
			}
			if tokText(s, toks[i-1].Span) == "." {
				kind = endEllipsis // ". . .", the spaced ellipsis of news style
			}
		}
		j := i + 1
		for j < n && toks[j-1].Flags&doc.SpaceAfter == 0 && isClosingTok(tokText(s, toks[j].Span)) {
			j++
		}
		if j == n {
			break
		}
		if endsBefore(s, kind, w, toks, j, j > i+1 || parens > 0) {
			sp := -1
			if kind == endAbbrev {
				sp = i
			}
			ends = append(ends, sentEnd{end: j, splitPeriod: sp})
			i = j - 1
		}
	}
	if len(ends) == 0 || ends[len(ends)-1].end != n {
		// The paragraph end ends a sentence; an abbreviation's period
		// there is the sentence's period too ("... in the U.S.").
		sp := -1
		k := n - 1
		for k > 0 && isClosingTok(tokText(s, toks[k].Span)) {
			k--
		}
		if endKindOf(tokText(s, toks[k].Span)) == endAbbrev {
			sp = k
		}
		ends = append(ends, sentEnd{end: n, splitPeriod: sp})
	}
	return ends
}

// endsBefore decides whether a sentence that ends with token text w (of
// the given kind) ends before toks[j], the next token.
func endsBefore(s string, kind endKind, w string, toks []doc.Token, j int, closed bool) bool {
	next := tokText(s, toks[j].Span)
	opened := false
	if isOpeningTok(next) && j+1 < len(toks) {
		opened = true
		next = tokText(s, toks[j+1].Span)
	}
	r, _ := runeAt(next, 0)
	switch kind {
	case endTerminal:
		// A lower-case word after a bare full stop, question or
		// exclamation mark still starts a sentence (informal text writes
		// "where did you grow up? india?"); after a closing quote or inside
		// brackets it goes on: '"Why?" he asked', "(really? no)".
		return startsSentence(r) || !closed && !opened && isLower(r)
	case endEllipsis:
		return isUpper(r)
	case endAbbrev:
		stem := w[:len(w)-1]
		switch abbrevOf(stem) {
		case abbrevTitle:
			return false
		case abbrevBeforeNumber:
			return !isDigit(r) && startsSentence(r)
		}
		if _, size := runeAt(stem, 0); size == len(stem) {
			// An initial: "George W. Bush" goes on, "World War I. The" ends.
			return sentenceStarters[next]
		}
		if acronymContinues[next] && strings.IndexByte(stem, '.') >= 0 {
			// "ties of the U.S. And Kenya", "the U.K. Is to rule": wire
			// copy (Reuters-21578 throughout) capitalises the word after a
			// dotted acronym; a sentence seldom begins with one of these
			return false
		}
		return sentenceStarters[next] || opened && isUpper(r) && isQuoteTok(tokText(s, toks[j].Span))
	}
	return false
}

// acronymContinues are the sentence starters that, after a dotted acronym
// ("U.S.", "U.K."), go on with its sentence.
var acronymContinues = map[string]bool{"And": true, "Or": true, "Is": true, "Are": true, "Was": true,
	"Were": true, "Will": true, "Can": true, "Should": true, "Does": true, "Did": true}

// startsSentence reports whether a token beginning with r can begin a
// sentence after a full stop: a capital, a digit or a letter of a script
// without case.
func startsSentence(r rune) bool {
	if isUpper(r) || isDigit(r) {
		return true
	}
	return isLetter(r) && !isLower(r)
}

// lineBreakBetween reports whether a line break separates tokens a and b.
func lineBreakBetween(s string, a, b doc.Span) bool {
	return strings.IndexByte(s[a.End:b.Start], '\n') >= 0
}

// lineBreakEnds decides whether the line break after toks[i] (which is not
// sentence punctuation) ends a sentence: when the next line starts a list
// item, or when a short line (a heading, a name, an address line) is
// followed by a capitalised one, unless that one goes on with a company's
// suffix (after at most two more words of the name) or with a name's last
// word and "said", or the line ends with "said". Long hard-wrapped lines
// never end a sentence by themselves.
func lineBreakEnds(s string, toks []doc.Token, i int) bool {
	next := tokText(s, toks[i+1].Span)
	switch next {
	case "-", "*", "\u2022", "\u00b7", "\u2013", "\u2014", ">":
		return true
	}
	r, _ := runeAt(next, 0)
	if isDigit(r) && i+2 < len(toks) && toks[i+1].Flags&doc.SpaceAfter == 0 {
		if f := tokText(s, toks[i+2].Span); f == "." || f == ")" {
			if len(next) <= 3 {
				return true
			}
		}
	}
	if !isUpper(r) {
		return false
	}
	if companySuffixes[strings.TrimSuffix(next, ".")] {
		return false // a company's name wrapped before its suffix: "Globex and Acme North America\nInc said ..."
	}
	if i+2 < len(toks) && saidWords[tokText(s, toks[i+2].Span)] {
		if p, _ := runeAt(tokText(s, toks[i].Span), 0); isUpper(p) {
			// a name wrapped before its last word, which then says
			// something: "the Lakeside Fishing Cooperative\nUnion said it
			// ..." (wire copy whose short first line lost its dateline)
			return false
		}
	}
	prev := tokText(s, toks[i].Span)
	if prev == "," || prev == ";" || prev == ":" || prev == "-" || isLowerFunctionWord(prev) || saidWords[prev] {
		return false // "Lakeside Fishing Ltd said\nMarch sales rose"
	}
	if nameParticles[prev] && i > 0 {
		if p, _ := runeAt(tokText(s, toks[i-1].Span), 0); isUpper(p) {
			return false // a name wrapped after its particle: "Minister Paul de\nWinter said"
		}
	}
	if p, _ := runeAt(prev, 0); isUpper(p) && i > 0 && !lineBreakBetween(s, toks[i-1].Span, toks[i].Span) {
		// a company's name wrapped before its last words and suffix:
		// "Kenya's Lakeside\nFishing Cooperative Ltd unit said" (not a
		// line of one word: "Contact\nLakeside Fishing Ltd")
		for k := i + 2; k < len(toks) && k <= i+3; k++ {
			w := tokText(s, toks[k].Span)
			if companySuffixes[strings.TrimSuffix(w, ".")] {
				return false
			}
			if c, _ := runeAt(w, 0); !isUpper(c) {
				break
			}
		}
	}
	lineStart := strings.LastIndexByte(s[:toks[i].Span.Start], '\n') + 1
	return int(toks[i].Span.End)-lineStart <= 40
}

// saidWords report speech in the past or present: a line that starts
// with a name and one of them continues the name on the line before.
var saidWords = map[string]bool{"said": true, "says": true, "told": true, "added": true, "announced": true, "reported": true}

// companySuffixes end a company's name and never start a sentence.
var companySuffixes = map[string]bool{"Inc": true, "Co": true, "Corp": true, "Ltd": true, "Plc": true, "PLC": true,
	"LLC": true, "SA": true, "AG": true, "NV": true, "Bhd": true, "Cos": true, "Corporation": true, "Company": true}

// nameParticles are lower-case words inside names, after a given name
// ("Paul de Winter", "Ursula von Ahlen"): a line that ends with one after a
// capitalised word goes on with the name.
var nameParticles = map[string]bool{"de": true, "van": true, "von": true, "der": true, "den": true, "al": true,
	"el": true, "bin": true, "ibn": true, "da": true, "dos": true, "das": true, "del": true, "della": true,
	"di": true, "du": true, "ter": true, "ten": true}

// isLowerFunctionWord reports words after which a line cannot end a
// sentence: "the", "of", "and".
func isLowerFunctionWord(w string) bool {
	switch w {
	case "the", "a", "an", "of", "and", "or", "but", "to", "in", "on", "at", "for", "with", "by", "from",
		"that", "which", "who", "as", "is", "are", "was", "were", "be", "his", "her", "their", "its":
		return true
	}
	return false
}

// isQuoteTok reports an opening or closing quotation mark.
func isQuoteTok(w string) bool {
	switch w {
	case "\"", "'", "``", "''", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e":
		return true
	}
	return false
}

// isSeparator reports whether toks[i] is a section break standing between
// spaces.
func isSeparator(s string, toks []doc.Token, i int) bool {
	return toks[i].Span.Len() >= 3 && isSeparatorLine(tokText(s, toks[i].Span)) && (i == 0 || toks[i-1].Flags&doc.SpaceAfter != 0) &&
		(i == len(toks)-1 || toks[i].Flags&doc.SpaceAfter != 0)
}

// isSeparatorLine reports a run of one symbol that marks a section break:
// "***", "=====", "-----", "_____".
func isSeparatorLine(w string) bool {
	if len(w) < 3 {
		return false
	}
	c := w[0]
	switch c {
	case '*', '=', '_', '~', '#', '-':
	default:
		return false
	}
	if c == '-' && len(w) < 4 {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] != c {
			return false
		}
	}
	return true
}

// creditLabels begin a picture credit line: "Image: Nick Moreau.",
// "Photo: Reuters".
var creditLabels = map[string]bool{
	"Image": true, "Photo": true, "Photograph": true, "Picture": true, "Credit": true,
	"Caption": true, "IMAGE": true, "PHOTO": true, "Photos": true, "Images": true,
}

// isCreditLine reports whether toks[i] begins a picture credit line: a
// credit label and a colon.
func isCreditLine(s string, toks []doc.Token, i int) bool {
	return i+1 < len(toks) && tokText(s, toks[i+1].Span) == ":" && creditLabels[tokText(s, toks[i].Span)]
}

// isListNumber reports whether toks[k] is a number of one or two digits
// that begins a sentence: the "1" of a list item "1. Sanctions".
func isListNumber(s string, toks []doc.Token, ends []sentEnd, k int) bool {
	start := 0
	if len(ends) > 0 {
		start = ends[len(ends)-1].end
	}
	w := tokText(s, toks[k].Span)
	return k == start && len(w) <= 2 && isNumber(w) && toks[k].Flags&doc.SpaceAfter == 0
}
