// Package lang tells which language an article is written in, so that a
// command can skip text that the English pipeline would miscode. It wraps
// github.com/abadojack/whatlanggo (trigram profiles for 84 languages, MIT
// licence) behind a decision dyad can act on: a guess is Sure only when the
// text is long enough or the detector confident enough.
package lang

import (
	"unicode"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
)

// sample is how much of the text is looked at: the first few paragraphs
// tell the language as well as the whole article, at a fraction of the cost.
const sample = 2048

// minLetters is the shortest text whose guess is trusted at moderate
// confidence: a headline alone ("UN: Iran, Israel trade strikes") is
// guessed Spanish at 0.49, a paragraph is not.
const minLetters = 100

// Guess is the detected language of a text. The zero value is an unknown
// language that is not Sure.
type Guess struct {
	Code       string  // ISO 639-1 code ("en", "fr"); "" when unknown
	Name       string  // English name of the language ("French"); "" when unknown
	Confidence float64 // 0 to 1
	// Sure is set when the guess can be acted on: the detector is reliable
	// (confidence ≥ 0.8), or the text has at least minLetters letters and
	// confidence ≥ 0.5, or the text is written in a script that English
	// does not use (Cyrillic, Arabic, Han, ...).
	Sure bool
}

// NotEnglish reports whether the text is surely in another language than
// English. Text that is too short or too mixed to tell counts as English.
func (g Guess) NotEnglish() bool { return g.Sure && g.Code != "en" }

// Detect guesses the language of text from its first 2 KiB.
func Detect(text string) Guess {
	if len(text) > sample {
		cut := sample
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	info := whatlanggo.Detect(text)
	g := Guess{Code: info.Lang.Iso6391(), Confidence: info.Confidence}
	if g.Code == "" && info.Lang.Iso6393() == "" {
		return Guess{}
	}
	g.Name = info.Lang.String()
	letters := 0
	for _, r := range text {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	switch {
	case letters == 0:
		return Guess{}
	case info.IsReliable():
		g.Sure = true
	case letters >= minLetters && g.Confidence >= 0.5:
		g.Sure = true
	case info.Script != nil && info.Script != unicode.Latin:
		g.Sure = true
	}
	return g
}
