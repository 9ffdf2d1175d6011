package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Matching compares words in a normal form: lower case, Latin diacritics
// folded ("Élysée" → "elysee"), typographic apostrophes made plain, and
// periods and hyphens dropped ("U.S." → "us", "G-20" → "g20"). Case still
// counts where a name asks for it: see wordCase.

// appendNorm appends the normal form of token s to dst.
func appendNorm(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == '.' || c == '-':
				continue
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch r {
		case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '\u00ad':
			continue
		case '\u2018', '\u2019', '\u02bc', '\u2032', '\u00b4':
			dst = append(dst, '\'')
			continue
		}
		r = unicode.ToLower(r)
		if f, ok := fold[r]; ok {
			dst = append(dst, f...)
			continue
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// fold maps lower-case Latin letters with diacritics to plain ASCII.
var fold = func() map[rune]string {
	m := map[rune]string{}
	for _, g := range []struct{ from, to string }{
		{"àáâãäåāăą", "a"}, {"çćĉċč", "c"}, {"ďđ", "d"}, {"èéêëēĕėęě", "e"}, {"ĝğġģ", "g"},
		{"ĥħ", "h"}, {"ìíîïĩīĭįı", "i"}, {"ĵ", "j"}, {"ķ", "k"}, {"ĺļľŀł", "l"}, {"ñńņňŉ", "n"},
		{"òóôõöøōŏő", "o"}, {"ŕŗř", "r"}, {"śŝşšș", "s"}, {"ţťŧț", "t"}, {"ùúûüũūŭůűų", "u"},
		{"ŵ", "w"}, {"ýÿŷ", "y"}, {"źżž", "z"},
	} {
		for _, r := range g.from {
			m[r] = g.to
		}
	}
	m['ß'], m['æ'], m['œ'], m['þ'], m['ð'] = "ss", "ae", "oe", "th", "d"
	return m
}()

// tokenCase says how a text token is written: whether its first letter is
// upper case, and whether it has letters and none in lower case ("NATO").
func tokenCase(s string) (firstUpper, noLower bool) {
	letters, lower := 0, false
	for _, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		if letters == 0 {
			firstUpper = unicode.IsUpper(r)
		}
		letters++
		if unicode.IsLower(r) {
			lower = true
		}
	}
	return firstUpper, letters > 0 && !lower
}

// wordCase says what a dictionary word asks of the text: a capital first
// letter ("Turkey" does not match "turkey"), and for an acronym of two or
// more letters, no lower-case letter ("US" does not match "us", "WHO" not
// "who"). A word written in lower case matches any case.
func wordCase(w string) (capFirst, allCaps bool) {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	up, noLower := tokenCase(w)
	return up, noLower && letters >= 2
}

// maxWords bounds the words of a name (the case masks are 32 bits).
const maxWords = 32

// splitName cuts a name into the words a tokenizer would give: at spaces,
// before a possessive "'s" ("People's" → "People", "'s") and before the
// apostrophe of a plural's possessive ("Workers'" → "Workers", "'").
func splitName(name string) []string {
	var out []string
	for _, w := range strings.Fields(name) {
		for _, suffix := range []string{"'s", "\u2019s", "'", "\u2019"} {
			if len(w) > len(suffix) && strings.HasSuffix(w, suffix) {
				out = append(out, w[:len(w)-len(suffix)])
				w = suffix
				if suffix == "\u2019s" {
					w = "'s"
				} else if suffix == "\u2019" {
					w = "'"
				}
				break
			}
		}
		out = append(out, w)
	}
	return out
}

// checkName says what is wrong with a name, or "".
func checkName(name string) string {
	words := splitName(name)
	if strings.EqualFold(words[0], "the") && len(words) > 1 {
		return "begins with \"the\": leave the article out (names match after it)"
	}
	if len(words) > maxWords {
		return "has more than 32 words"
	}
	for _, w := range words {
		if len(appendNorm(nil, w)) == 0 {
			return "word " + w + " is only periods or hyphens"
		}
	}
	return ""
}

// nameKey is a name's normal words and case masks, to compare names.
type nameKey struct {
	words             string // normal words joined by spaces
	capFirst, allCaps uint32
}

func keyOf(name string) nameKey {
	var k nameKey
	var b []byte
	for i, w := range splitName(name) {
		if i > 0 {
			b = append(b, ' ')
		}
		b = appendNorm(b, w)
		cf, ac := wordCase(w)
		if cf {
			k.capFirst |= 1 << i
		}
		if ac {
			k.allCaps |= 1 << i
		}
	}
	k.words = string(b)
	return k
}

func sameName(a, b string) bool { return keyOf(a) == keyOf(b) }
