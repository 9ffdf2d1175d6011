// Package text is dyad's first stage: it cuts an article's text into
// paragraphs, sentences and tokens, as byte spans into Article.Text. The
// text itself is never modified or copied.
//
// # Paragraphs
//
// A paragraph is a block of text between lines that are empty or hold only
// whitespace; its span is trimmed of surrounding whitespace. Text with no
// blank line at all, at least three lines, and lines that are long (over
// 120 bytes) or mostly end a sentence, and few that a sentence runs on
// from into a lower-case line, is read as one paragraph per line, as pages
// converted to text often write it. Sentences never cross paragraphs. A single line break inside a paragraph ends a sentence
// only where it looks like one: before a list item ("- ", "* ", "1. ") or
// after a short line (at most 40 bytes, such as a heading or an address
// line) when the next line starts with a capital. Hard-wrapped prose is
// read as running text, and sentence ends never depend on line breaks, so
// text whose sentences are joined by single spaces splits the same way.
//
// # Tokens
//
// Tokens follow the conventions of UD_English-EWT, on which dyad's tagger
// and parser are trained, so that raw-text evaluation aligns by character
// offsets:
//
//   - Contractions and possessives are split into words that are substrings
//     of the text: don't → do n't, can't → ca n't, won't → wo n't, cannot →
//     can not, gonna → gon na, I'm → I 'm, it's → it 's, Russia's → Russia
//     's, Sanders' → Sanders '. Straight and curly apostrophes alike.
//   - Hyphens are tokens: six-year → six - year, Al-Zaman → Al - Zaman,
//     G-20 → G - 20; except after a bound prefix (e-mail, non-profit,
//     re-election, co-founder) and inside phone numbers and dates written
//     with hyphens (713-853-3989, 11-20-2000).
//   - Numbers stay whole: 3.5, 1,000, 5:30, 9/11, 23rd, 1990s. Currency
//     signs and percent signs are tokens ($5 → $ 5, US$5 → US$ 5, 25% → 25
//     %), and so is a unit glued to a number (5pm → 5 pm, 35mm → 35 mm).
//   - Abbreviations keep their period: U.S., U.N., p.m., Mr., Gen., Sen.,
//     Inc., Corp., Jan., No. 1, and single-letter initials (George W. Bush).
//     "No.", "Jan." and the like keep it only before a number. When an
//     abbreviation ends a sentence its period is split off as the sentence's
//     full stop ("in the U.S." → U.S .), as in EWT.
//   - Runs of the same symbol are one token ("...", "--", "***", "!!"), and
//     so is a run of mixed sentence marks ("?!"). Web and e-mail addresses
//     and emoticons (":-)") are one token.
//   - Whitespace separates tokens. Invalid UTF-8, control characters, NUL
//     bytes, zero-width spaces and byte-order marks are skipped: no token
//     covers them, and offsets of the tokens around them are unchanged.
//
// The words of a split contraction are separate Tokens; JoinsPrevious tells
// which ones EWT writes as one multiword token ("don't" = do + n't).
//
// Token.Flags: SpaceAfter when whitespace (or a skipped byte) follows the
// token; ParagraphStart on a paragraph's first token; InQuote on tokens
// between quotation marks (the marks themselves excluded). Quote direction
// is read from curly quotes, and for straight quotes from the spaces around
// them; quotes do not carry over paragraphs, since news style reopens a
// quote that goes on in the next paragraph. Nesting deeper than 16 levels
// is counted, not tracked.
//
// # Sentences
//
// A sentence ends at ".", "!", "?", "..." or an abbreviation's period,
// together with closing quotes and brackets right after it ('."' and '.)'
// stay with the sentence they close), when the next word can start a
// sentence: a capital or a digit; also a lower-case word after a bare mark
// (informal text), but not after a closing quote ('"Why?" he asked'). After
// a title ("Mr.", "Gen.", "Sen.") no sentence ends; after "U.S.", "Inc.",
// "p.m." or an initial, one ends only before a word that typically starts
// a sentence ("The", "He", "But", ...), so "U.S. Secretary" goes on.
//
// Sentence.Kind marks what is not running text:
//
//   - Headline: the first paragraph, when it is one line of at most 25
//     tokens without final punctuation and more paragraphs follow. It is
//     kept as one sentence.
//   - Dateline: "NEW DELHI (Kyodo) --", "MOSCOW, March 2 (Reuters) -",
//     "WASHINGTON (AP) —" at the start of one of the first four paragraphs
//     is cut off as a sentence of its own, so it is not read as the
//     subject of the first sentence.
//   - Caption: a paragraph that names positions in a photo ("(L)", "(2nd
//     R)"), ends with a credit after its last full stop ("... Lavrov.
//     (Kyodo)", "(AP Photo/...)"), or begins with "Photo:"; and credit
//     lines ("Image: ...", "Photo: ..."). A caption's trailing credit stays
//     in its sentence.
//
// # Bounds
//
// Time is linear in the length of the text, whatever its shape (one 10 MB
// line, a 5,000-token run without punctuation, deep quote nesting).
// A sentence longer than MaxSentenceTokens (250) tokens, or Options.MaxTokens,
// is cut into pieces of at most that many tokens, and each cut is recorded
// with doc.Doc.Warn.
package text
