package text

import (
	"strings"

	"dyad/doc"
)

// Tokenize appends the tokens of s to dst and returns the extended slice.
// Spans are byte offsets into s; only Span and the SpaceAfter flag are set.
// Contractions and possessives come out as separate words whose spans are
// adjacent substrings ("don't" gives "do" and "n't"), as in UD_English-EWT.
// Tokenize allocates nothing beyond growing dst.
func Tokenize(s string, dst []doc.Token) []doc.Token {
	z := tokenizer{text: s, out: dst}
	z.run(0, len(s))
	return z.out
}

// tokenizer splits text into tokens, appending them to out.
type tokenizer struct {
	text string
	out  []doc.Token
}

// run tokenises text[a:b].
func (z *tokenizer) run(a, b int) {
	s := z.text
	i := a
	for i < b {
		k, n := classAt(s, i)
		if k != sepNone {
			i += n
			continue
		}
		j := i + n
		for j < b {
			k, n := classAt(s, j)
			if k != sepNone {
				break
			}
			j += n
		}
		first := len(z.out)
		z.chunk(i, j)
		if j < len(s) && len(z.out) > first {
			z.out[len(z.out)-1].Flags |= doc.SpaceAfter
		}
		i = j
	}
}

func (z *tokenizer) emit(a, b int) {
	if a < b {
		z.out = append(z.out, doc.Token{Span: doc.Span{Start: int32(a), End: int32(b)}, Head: -1})
	}
}

// runOf returns the end of the run of byte c starting at i, before b.
func runOf(s string, i, b int, c byte) int {
	for i < b && s[i] == c {
		i++
	}
	return i
}

// runBack returns the start of the run of byte c ending at e, after a.
func runBack(s string, a, e int, c byte) int {
	for e > a && s[e-1] == c {
		e--
	}
	return e
}

// chunk tokenises a maximal run of non-space characters text[a:b]: it peels
// punctuation off the front and the back, then splits the core.
func (z *tokenizer) chunk(a, b int) {
	s := z.text
	// Fast path: a plain ASCII word, perhaps with one comma or full stop,
	// the commonest chunk by far.
	k := a
	for k < b && asciiLetter[s[k]] {
		k++
	}
	if k == b || k == b-1 && (s[k] == ',' || s[k] == '.' && k-a > 1 && !couldAbbrev(s[a:k])) {
		z.word(a, k)
		z.emit(k, b)
		return
	}
	if b-a <= 4 && emoticons[s[a:b]] {
		z.emit(a, b)
		return
	}
	p := a
prefix:
	for p < b {
		r, n := runeAt(s, p)
		switch {
		case isRunSymbol(r) && p+1 < b && s[p+1] == byte(r):
			k := runOf(s, p, b, byte(r))
			if r == '.' && k == b && isTerminalRun(s[p:b]) {
				break prefix // "..." alone, or "...?": the suffix rule groups it
			}
			z.emit(p, k)
			p = k
		case r == '-' && p+1 < b:
			z.emit(p, p+1) // "-5" and "-Page": EWT splits a leading hyphen
			p++
		case r == '\u2026' || isDash(r) || r == '~' || r == '>':
			z.emit(p, p+n)
			p += n
		case isOpener(r):
			z.emit(p, p+n)
			p += n
		case r == '\'':
			if p+1 < b && (isDigit(rune(s[p+1])) || isSuffixAfterApos(s[p+1:b])) {
				break prefix
			}
			z.emit(p, p+1)
			p++
		case (isCurrency(r) || r == '#') && p+n < b && isDigit(rune(s[p+n])):
			z.emit(p, p+n)
			p += n
		default:
			break prefix
		}
	}
	if p >= b {
		return
	}
	// Peel from the back, emitting the marks in reverse; then emit the core
	// and put the two runs in text order.
	base := len(z.out)
	e := b
	url := isURLOrEmail(s[p:b])
suffix:
	for e > p {
		r, n := runeBefore(s, e)
		if url && !isURLEndPunct(r) {
			break
		}
		if k := emoticonBefore(s, p, e); k > 0 {
			z.emit(k, e)
			e = k
			continue
		}
		switch {
		case r == '.' || r == '!' || r == '?':
			k := e
			for k > p && (s[k-1] == '.' || s[k-1] == '!' || s[k-1] == '?') {
				k--
			}
			if e-k == 1 && r == '.' && isAbbrevWithPeriod(s[lastPiece(s, p, e-1):e], digitFollows(s, b)) {
				break suffix
			}
			z.emit(k, e)
			e = k
		case r == '/' && e-p == 2 && isLetter(rune(s[p])):
			break suffix // "w/"
		case isRunSymbol(r) && r != '.':
			k := runBack(s, p, e, byte(r))
			if k == p { // the chunk is all one symbol
				break suffix
			}
			z.emit(k, e)
			e = k
		case r == '\'':
			if e-1 == p {
				break suffix
			}
			k := e - 1
			if s[k-1] == '\'' { // '' as a closing quote
				k--
			}
			z.emit(k, e)
			e = k
		case r == '\u2026' || isDash(r) || isCloser(r):
			z.emit(e-n, e)
			e -= n
		default:
			break suffix
		}
	}
	peeled := len(z.out) - base
	z.core(p, e)
	if peeled > 0 {
		// [marks reversed][core] → [core][marks]
		seg := z.out[base:]
		reverseTokens(seg)
		reverseTokens(seg[:len(seg)-peeled])
	}
}

func reverseTokens(t []doc.Token) {
	for i, j := 0, len(t)-1; i < j; i, j = i+1, j-1 {
		t[i], t[j] = t[j], t[i]
	}
}

// isURLEndPunct reports punctuation taken off the end of a web or e-mail
// address: it ends the sentence or closes a bracket around the address.
func isURLEndPunct(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', ')', ']', '>', '"', '\'', rdquo, rsquo:
		return true
	}
	return false
}

// lastPiece returns the start of the last piece of s[p:e] after a hyphen
// or slash, which the core splits off: the "Ariz" of "R-Ariz".
func lastPiece(s string, p, e int) int {
	for k := e - 1; k > p && k > e-12; k-- {
		if s[k] == '-' || s[k] == '/' {
			return k + 1
		}
	}
	return p
}

func isAllLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if !asciiLetter[w[i]] {
			return false
		}
	}
	return true
}

// asciiLetter marks the bytes of ASCII letters.
var asciiLetter = func() (t [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = true
		t[c-'a'+'A'] = true
	}
	return t
}()

// couldAbbrev reports whether word, followed by a period, may be an
// abbreviation that keeps it: a listed one (any case) or a single letter.
func couldAbbrev(word string) bool {
	return len(word) <= 8 && abbrevOf(word) != notAbbrev
}

// isRunSymbol reports symbols whose runs are one token: "***", "==",
// ">>", "--", "...".
func isRunSymbol(r rune) bool {
	switch r {
	case '*', '=', '~', '+', '#', '_', '<', '>', '/', '^', '-', '.', '`':
		return true
	}
	return false
}

// isTerminalRun reports a string made only of '.', '!' and '?'.
func isTerminalRun(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c != '.' && c != '!' && c != '?' {
			return false
		}
	}
	return w != ""
}

// digitFollows reports whether the next non-space character after byte i
// is a digit: "No. 1", "Jan. 5".
func digitFollows(s string, i int) bool {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i++
	}
	return i < len(s) && isDigit(rune(s[i]))
}

// emoticonBefore returns the start of an emoticon that ends the word
// s[p:e] after a letter ("great:)"), or 0.
func emoticonBefore(s string, p, e int) int {
	for _, l := range [...]int{3, 2} {
		k := e - l
		if k > p && (s[k] == ':' || s[k] == ';') && isAlnum(rune(s[k-1])) && emoticons[s[k:e]] {
			return k
		}
	}
	return 0
}

func span(a, b int) doc.Span { return doc.Span{Start: int32(a), End: int32(b)} }

// core splits a chunk with its outer punctuation removed at inner
// punctuation: dashes, ellipses, hyphens (EWT splits "six-year" but keeps
// "e-mail" and "non-profit"), slashes between words ("and/or"), commas not
// inside numbers, brackets and quotes.
func (z *tokenizer) core(p, e int) {
	if p >= e {
		return
	}
	s := z.text
	w := s[p:e]
	if isURLOrEmail(w) || isCodeNumber(w) || isHyphenDate(w) {
		z.emit(p, e)
		return
	}
	start := p
	i := p
	for i < e {
		r, n := runeAt(s, i)
		switch {
		case r == '-':
			k := runOf(s, i, e, '-')
			if k-i >= 2 {
				z.word(start, i)
				z.emit(i, k)
				start, i = k, k
				continue
			}
			if i == start || k == e || keepHyphen(s[start:i]) {
				i = k
				continue
			}
			z.word(start, i)
			z.emit(i, k)
			start, i = k, k
		case r == '.' && i+1 < e && s[i+1] == '.':
			k := i
			for k < e && (s[k] == '.' || s[k] == '!' || s[k] == '?') {
				k++
			}
			z.word(start, i)
			z.emit(i, k)
			start, i = k, k
		case r == '/':
			if i > start && i+1 < e && keepSlash(s, start, i, e) {
				i++
				continue
			}
			z.word(start, i)
			z.emit(i, i+1)
			start, i = i+1, i+1
		case r == ',':
			if i > start && i+1 < e && isDigit(rune(s[i-1])) && isDigit(rune(s[i+1])) {
				i++
				continue
			}
			z.word(start, i)
			z.emit(i, i+1)
			start, i = i+1, i+1
		case r == '\u2026' || isDash(r) || r == ';' || r == '"' || r == '(' || r == ')' || r == '[' ||
			r == ']' || r == '{' || r == '}' || r == ldquo || r == rdquo || r == '!' || r == '?' || r == '<' || r == '>':
			z.word(start, i)
			z.emit(i, i+n)
			start, i = i+n, i+n
		default:
			i += n
		}
	}
	z.word(start, e)
}

// word emits one piece that has no inner split points, dividing
// contractions ("can't" → ca + n't), possessives ("Russia's" → Russia + 's)
// and number-unit pairs ("5pm" → 5 + pm).
func (z *tokenizer) word(a, b int) {
	if a >= b {
		return
	}
	w := z.text[a:b]
	if k := contractionAt(w); k > 0 {
		z.emit(a, a+k)
		z.emit(a+k, b)
		return
	}
	if strings.EqualFold(w, "dunno") {
		z.emit(a, a+2)
		z.emit(a+2, a+3)
		z.emit(a+3, b)
		return
	}
	if k := fusedAt(w); k > 0 {
		z.emit(a, a+k)
		z.emit(a+k, b)
		return
	}
	if k := strings.IndexByte(w, '$'); k > 0 && k < 4 && k+1 < len(w) && isDigit(rune(w[k+1])) && isAllLetters(w[:k]) {
		// "US$5", "HK$10": the currency is a token.
		z.emit(a, a+k+1)
		z.emit(a+k+1, b)
		return
	}
	if k := numberUnitAt(w); k > 0 {
		z.emit(a, a+k)
		z.emit(a+k, b)
		return
	}
	z.emit(a, b)
}

// contractionAt returns the byte offset where a clitic starts in w ("n't",
// "'s", "'m", "'re", "'ve", "'ll", "'d", with a straight or curly
// apostrophe, an acute accent or a modifier letter apostrophe),
// or 0 when w has none.
func contractionAt(w string) int {
	n := len(w)
	// The apostrophe is at most 3 bytes from the end ("'ll"); a curly one
	// is 3 bytes long.
	k := -1
	for i := n - 2; i >= 0 && i >= n-6; i-- {
		if w[i] == '\'' {
			k = i
			break
		}
		if w[i] == 0xe2 && i+2 < n && w[i+1] == 0x80 && w[i+2] == 0x99 { // ’
			k = i
			break
		}
		if i+1 < n && (w[i] == 0xc2 && w[i+1] == 0xb4 || w[i] == 0xca && w[i+1] == 0xbc) { // ´ ʼ (news typed on Spanish keyboards: "Colombia´s")
			k = i
			break
		}
	}
	if k <= 0 {
		return 0
	}
	alen := 1
	switch w[k] {
	case 0xe2:
		alen = 3
	case 0xc2, 0xca:
		alen = 2
	}
	suf := w[k+alen:]
	switch {
	case len(suf) == 1 && (suf[0] == 't' || suf[0] == 'T'):
		if k >= 2 && (w[k-1] == 'n' || w[k-1] == 'N') {
			return k - 1
		}
		return 0
	case len(suf) == 1:
		switch suf[0] {
		case 's', 'S', 'm', 'M', 'd', 'D':
		default:
			return 0
		}
	case len(suf) == 2:
		if !strings.EqualFold(suf, "re") && !strings.EqualFold(suf, "ve") && !strings.EqualFold(suf, "ll") {
			return 0
		}
	default:
		return 0
	}
	if r, _ := runeBefore(w, k); isLetter(r) || r == '.' {
		return k
	}
	return 0
}

func hasSuffixFold(s, suf string) bool {
	return len(s) >= len(suf) && strings.EqualFold(s[len(s)-len(suf):], suf)
}

// isSuffixAfterApos reports whether s (the text after a leading apostrophe)
// is a clitic or a clipped word that keeps its apostrophe: 's, 'll, 'em.
func isSuffixAfterApos(s string) bool {
	end := 0
	for end < len(s) && isLetter(rune(s[end])) {
		end++
	}
	if end == 0 {
		return false
	}
	switch strings.ToLower(s[:end]) {
	case "s", "m", "d", "re", "ve", "ll", "em", "n", "cause", "til", "tis", "twas":
		return true
	}
	return false
}

// fusedAt returns where the second word of a word that EWT splits without
// an apostrophe starts ("cannot" → can not, "gonna" → gon na, "dont" →
// do nt), or 0.
func fusedAt(w string) int {
	if len(w) < 2 || len(w) > 8 {
		return 0
	}
	switch w[len(w)-1] {
	case 'a', 'A', 't', 'T', 'm', 'M', 'e', 'E', 's', 'S':
	default:
		return 0
	}
	var buf [8]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	switch string(buf[:len(w)]) {
	case "im", "ive":
		return 1
	case "dont", "isnt":
		return 2
	case "cannot", "gonna", "wanna", "gotta", "outta", "didnt", "wasnt", "arent", "hasnt", "hadnt", "youre", "cant":
		return 3
	case "sorta", "doesnt", "werent", "havent", "theyre", "thats", "whats":
		return 4
	case "couldnt", "wouldnt":
		return 5
	case "shouldnt":
		return 6
	}
	return 0
}

// keepHyphen reports whether a hyphen after the word piece left stays inside
// the token: EWT keeps a hyphen after a bound prefix ("e-mail", "non-profit",
// "re-election") and splits it elsewhere ("six-year", "Al-Zaman").
func keepHyphen(left string) bool {
	if len(left) > 8 {
		return false
	}
	var buf [8]byte
	for i := 0; i < len(left); i++ {
		c := left[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return hyphenPrefixes[string(buf[:len(left)])]
}

var hyphenPrefixes = map[string]bool{
	"e": true, "non": true, "pre": true, "anti": true, "mid": true, "re": true, "post": true,
	"co": true, "pro": true, "multi": true, "ex": true, "sub": true, "semi": true, "cross": true,
	"neo": true, "psycho": true, "socio": true, "counter": true, "intra": true, "micro": true,
	"un": true, "inter": true, "ultra": true, "mega": true, "macro": true, "mini": true, "bi": true,
	"tri": true, "uni": true, "infra": true, "extra": true, "hyper": true, "pseudo": true,
	"quasi": true, "trans": true,
}

// keepSlash reports whether the slash at s[i] stays inside the token:
// between digits ("9/11", "24/7") and between single letters ("b/c", "w/o").
func keepSlash(s string, start, i, e int) bool {
	l, r := rune(s[i-1]), rune(s[i+1])
	if isDigit(l) && isDigit(r) {
		return true
	}
	if i-start == 1 && isLetter(l) {
		k := i + 1
		for k < e && isLetter(rune(s[k])) {
			k++
		}
		return k-(i+1) == 1
	}
	return false
}

// isURLOrEmail reports a web address or e-mail address, kept whole.
func isURLOrEmail(w string) bool {
	if len(w) < 5 || strings.IndexByte(w, '.') < 0 {
		return false
	}
	for _, pre := range [...]string{"http://", "https://", "ftp://", "www.", "mailto:"} {
		if len(w) > len(pre) && strings.EqualFold(w[:len(pre)], pre) {
			return true
		}
	}
	if at := strings.IndexByte(w, '@'); at > 0 && strings.IndexByte(w[at:], '.') > 1 && isAlnum(rune(w[0])) {
		// An e-mail address: no quotes or brackets in it ("Ian"<ian@...>).
		return strings.IndexAny(w, "\"<>()[]") < 0
	}
	for _, tld := range [...]string{".com/", ".org/", ".net/", ".gov/", ".edu/"} {
		if strings.Contains(w, tld) {
			return true
		}
	}
	return false
}

// isCodeNumber reports digit groups joined by hyphens that EWT keeps whole:
// phone numbers ("713-853-3989", "345-9945"), ZIP+4 codes and dates
// ("11-20-2000"). Ranges such as "3-4" or "1969-1970" are split.
func isCodeNumber(w string) bool {
	groups, cur := 0, 0
	var lens [4]int
	for i := 0; i <= len(w); i++ {
		if i == len(w) || w[i] == '-' {
			if cur == 0 || groups == len(lens) {
				return false
			}
			lens[groups] = cur
			groups++
			cur = 0
			continue
		}
		if !isDigit(rune(w[i])) {
			return false
		}
		cur++
	}
	switch groups {
	case 2:
		return lens[1] == 4 && lens[0] != 4
	case 3, 4:
		return true
	}
	return false
}

// isHyphenDate reports a date written day-month-year with hyphens and the
// month's abbreviation ("01-Feb-02", "26-FEB-1987", as wires and
// spreadsheets write it): one token, as UD keeps a date written with digits.
func isHyphenDate(w string) bool {
	day, rest, ok := strings.Cut(w, "-")
	if !ok || len(day) < 1 || len(day) > 2 || !allDigits(day) {
		return false
	}
	mon, year, ok := strings.Cut(rest, "-")
	if !ok || (len(year) != 2 && len(year) != 4) || !allDigits(year) || len(mon) != 3 {
		return false
	}
	return monthAbbrev[strings.ToLower(mon)]
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(rune(s[i])) {
			return false
		}
	}
	return true
}

var monthAbbrev = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "may": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "oct": true, "nov": true, "dec": true}

// numberUnitAt returns where a unit starts in a number-unit word ("5pm",
// "7:30PM", "35mm", "65k"), or 0. Ordinals and decades ("23rd", "1970s")
// stay whole.
func numberUnitAt(w string) int {
	if len(w) < 2 || !isDigit(rune(w[0])) {
		return 0
	}
	k := 0
	for k < len(w) && (isDigit(rune(w[k])) || w[k] == '.' || w[k] == ',' || w[k] == ':') {
		k++
	}
	if k == len(w) || !isDigit(rune(w[k-1])) {
		return 0
	}
	if units[w[k:]] {
		return k
	}
	return 0
}

var units = map[string]bool{
	"am": true, "pm": true, "AM": true, "PM": true, "a.m.": true, "p.m.": true, "Am": true, "Pm": true,
	"k": true, "K": true, "m": true, "mm": true, "cm": true, "km": true, "kg": true, "g": true, "mg": true,
	"lb": true, "lbs": true, "mph": true, "kph": true, "ft": true, "GB": true, "MB": true, "KB": true,
	"TB": true, "gb": true, "mb": true, "bn": true, "mn": true, "mln": true, "hrs": true, "hr": true, "min": true, "mins": true,
	"ml": true, "kW": true, "MW": true, "GW": true, "kWh": true, "MWh": true, "yrs": true, "sec": true,
}

// emoticons are kept as single tokens.
var emoticons = map[string]bool{
	":)": true, ":-)": true, ":(": true, ":-(": true, ";)": true, ";-)": true, ":D": true, ":-D": true,
	":P": true, ":-P": true, ":p": true, ":-p": true, ":/": true, ":-/": true, ":o": true, ":O": true,
	":'(": true, "<3": true, "^_^": true, "^^": true, "=)": true, "XD": true, ":]": true, ":|": true,
	"-_-": true, ":-|": true, ";-(": true, "=(": true, ":))": true, ":((": true,
}

// isAbbrevWithPeriod reports whether w, which ends in a period, is an
// abbreviation that keeps the period: a listed abbreviation ("Mr.",
// "Inc."), a single-letter initial ("W.") or a dotted acronym ("U.S.",
// "p.m.", "Ph.D.").
//
// An abbreviation that stands only before a number ("No.", "Jan.") keeps
// its period only when beforeDigit says a number follows.
func isAbbrevWithPeriod(w string, beforeDigit bool) bool {
	stem := w[:len(w)-1]
	if stem == "" {
		return false
	}
	switch abbrevOf(stem) {
	case abbrevBeforeNumber:
		return beforeDigit
	case notAbbrev:
	default:
		return true
	}
	r, n := runeAt(stem, 0)
	if n == len(stem) {
		return isLetter(r)
	}
	return isDottedAcronym(stem)
}

// isDottedAcronym reports letters in groups of one or two joined by
// periods: "U.S", "p.m", "Ph.D", "a.k.a".
func isDottedAcronym(stem string) bool {
	if strings.IndexByte(stem, '.') < 0 {
		return false
	}
	seg := 0
	for i := 0; i < len(stem); i++ {
		c := rune(stem[i])
		switch {
		case c == '.':
			if seg == 0 {
				return false
			}
			seg = 0
		case isLetter(c):
			seg++
			if seg > 2 {
				return false
			}
		default:
			return false
		}
	}
	return seg > 0
}
