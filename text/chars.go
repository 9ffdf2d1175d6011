package text

import (
	"unicode"
	"unicode/utf8"
)

// runeAt decodes the rune at byte i of s. Invalid UTF-8 gives
// (utf8.RuneError, 1), so callers step over bad bytes one at a time.
func runeAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// runeBefore decodes the rune that ends at byte i of s.
func runeBefore(s string, i int) (rune, int) {
	if c := s[i-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(s[:i])
}

// sepKind says how a rune separates tokens.
type sepKind uint8

const (
	sepNone  sepKind = iota // part of a token
	sepSpace                // whitespace: separates tokens
	sepSkip                 // invalid byte, control or invisible character: no token covers it
)

// classify reports whether the rune at s[i] (size n) is a token character,
// whitespace or a byte to skip.
func classify(r rune, n int) sepKind {
	switch {
	case r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\f' || r == '\v':
		return sepSpace
	case r < 0x20 || r == 0x7f:
		return sepSkip
	case r < utf8.RuneSelf:
		return sepNone
	case r == utf8.RuneError && n == 1:
		return sepSkip
	case r == 0x200b || r == 0xfeff || r == 0x2060: // zero-width space, BOM, word joiner
		return sepSkip
	case unicode.IsSpace(r):
		return sepSpace
	case unicode.IsControl(r):
		return sepSkip
	}
	return sepNone
}

// asciiClass is classify for single bytes below utf8.RuneSelf.
var asciiClass = func() (t [utf8.RuneSelf]sepKind) {
	for c := range t {
		t[c] = classify(rune(c), 1)
	}
	return t
}()

// classAt classifies the character at s[i] and returns its size.
func classAt(s string, i int) (sepKind, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return asciiClass[c], 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	return classify(r, n), n
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.IsUpper(r)
}

func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z'
	}
	return unicode.IsLower(r)
}

// Quote and bracket characters the tokeniser splits off.
const (
	lsquo = '\u2018' // ‘
	rsquo = '\u2019' // ’ (also the typographic apostrophe)
	ldquo = '\u201c' // “
	rdquo = '\u201d' // ”
)

// isOpener reports punctuation that opens a group or quote and is split off
// the front of a word.
func isOpener(r rune) bool {
	switch r {
	case '"', '(', '[', '{', '<', '`', '*', lsquo, ldquo, '\u00ab', '\u2039', '\u201e', '\u201a', '\u00bf', '\u00a1':
		return true
	}
	return false
}

// isCloser reports punctuation that is split off the end of a word.
func isCloser(r rune) bool {
	switch r {
	case '"', ')', ']', '}', '>', ',', ';', ':', '*', '`', rsquo, rdquo, '\u00bb', '\u203a', '%':
		return true
	}
	return false
}

// isDash reports dash characters that are always tokens of their own.
func isDash(r rune) bool {
	return r == '\u2014' || r == '\u2013' || r == '\u2012' || r == '\u2015' || r == '\u2212'
}

// isCurrency reports currency signs split off a following number.
func isCurrency(r rune) bool {
	switch r {
	case '$', '\u00a3', '\u20ac', '\u00a5', '\u20b9', '\u20bd', '\u20a9':
		return true
	}
	return false
}

func isApos(r rune) bool { return r == '\'' || r == rsquo }

// isTerminal reports sentence-final punctuation.
func isTerminal(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '\u2026' }
