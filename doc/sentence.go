package doc

import "strconv"

// TokRange is a half-open range [Start, End) of indices into Doc.Tokens.
type TokRange struct {
	Start, End int32
}

// Len is the number of tokens in the range.
func (r TokRange) Len() int { return int(r.End - r.Start) }

// SentenceKind says what role a sentence plays in the article.
type SentenceKind uint8

const (
	Body     SentenceKind = iota // ordinary running text
	Headline                     // the title or a heading line
	Dateline                     // "NEW DELHI (Kyodo) --" and the like, when on its own
	Caption                      // a photo caption or credit line: never a source of events
)

var sentenceKindNames = [...]string{"body", "headline", "dateline", "caption"}

func (k SentenceKind) String() string {
	if int(k) < len(sentenceKindNames) {
		return sentenceKindNames[k]
	}
	return "SentenceKind(" + strconv.Itoa(int(k)) + ")"
}

// Sentence is a view of a run of tokens. Span covers the sentence's text
// from its first to its last token; Tokens indexes Doc.Tokens.
type Sentence struct {
	Span      Span
	Tokens    TokRange
	Paragraph int32 // index into Doc.Paragraphs
	Kind      SentenceKind
	Truncated bool // the parser cut it at its length bound; tokens past the bound hang off the root
}

// Token is one word or punctuation mark. Heads are indices into Doc.Tokens
// (not sentence-relative) and -1 for the sentence root, so a Token is a
// plain value: no pointers, no heap object per token.
type Token struct {
	Span  Span
	Lemma string // set by the syntax stage; shares memory with the lemma table where it can
	UPOS  UPOS
	XPOS  XPOS
	Dep   DepRel
	Flags TokenFlags
	Head  int32 // index into Doc.Tokens; -1 for the root of its sentence
}

// TokenFlags are per-token bits the tokeniser knows.
type TokenFlags uint8

const (
	SpaceAfter     TokenFlags = 1 << iota // whitespace follows this token in the text
	InQuote                               // inside quotation marks (set by the text stage)
	ParagraphStart                        // first token of a paragraph
)
