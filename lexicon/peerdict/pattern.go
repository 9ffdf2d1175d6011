package peerdict

import (
	"fmt"
	"strings"
)

// TokenKind is the kind of a verb-pattern token.
type TokenKind uint8

const (
	TokWord       TokenKind = iota // a literal word ("SANCTIONS", "U.N.", "N'T")
	TokSynset                      // "&NAME": any member of the synonym set NAME
	TokVerb                        // "*": the verb's position
	TokSource                      // "$": the source actor
	TokTarget                      // "+": the target actor
	TokSkip                        // "^": skip a noun phrase (PETRARCH)
	TokCompound                    // "%": a compound actor (source and target together)
	TokOpenBrace                   // "{": PETRARCH-2 noun phrase group; TABARI alternatives
	TokCloseBrace                  // "}"
	TokOpenParen                   // "(": PETRARCH-2 prepositional phrase
	TokCloseParen                  // ")"
	TokBar                         // "|": separates TABARI alternatives inside { }
	TokTilde                       // "~": TABARI connector mark ("THE_NEAT~_PLACE"), kept uninterpreted
	tokKindEnd
)

var tokenKindNames = [...]string{"word", "synset", "verb", "source", "target", "skip", "compound", "{", "}", "(", ")", "|", "~"}

func (k TokenKind) String() string {
	if k < tokKindEnd {
		return tokenKindNames[k]
	}
	return fmt.Sprintf("TokenKind(%d)", k)
}

// PatternToken is one element of a verb pattern or synonym-set member.
//
// Joined means the token was written joined to the previous one by "_"
// ("*_AND_KILLED", "WAS_*", "DEMAND_{"): TABARI requires the two to be
// adjacent, where a space allows words in between. Exact means a trailing
// "_" ("IN_", "&AUXVERB1_"): match the word exactly, not as a stem.
type PatternToken struct {
	Kind   TokenKind
	Text   string // the word, or the synset name without "&"; empty for marks
	Joined bool
	Exact  bool
}

func (t PatternToken) String() string {
	var s string
	switch t.Kind {
	case TokWord:
		s = t.Text
	case TokSynset:
		s = "&" + t.Text
	default:
		s = t.Kind.String()
	}
	if t.Exact {
		s += "_"
	}
	return s
}

// tokenizePattern splits a pattern body into tokens. The only failure is a
// character that has no meaning in a pattern, reported as err.
func tokenizePattern(s string) (toks []PatternToken, err string) {
	for _, field := range strings.Fields(s) {
		joined := false
		i := 0
		for i < len(field) {
			c := field[i]
			var tok PatternToken
			switch c {
			case '_':
				if len(toks) > 0 && i > 0 {
					// A "_" between tokens joins; at the end it marks exact.
					if i == len(field)-1 {
						toks[len(toks)-1].Exact = true
					} else {
						joined = true
					}
				} else if i == 0 && len(toks) > 0 {
					joined = true
				}
				i++
				continue
			case '*':
				tok.Kind = TokVerb
			case '$':
				tok.Kind = TokSource
			case '+':
				tok.Kind = TokTarget
			case '^':
				tok.Kind = TokSkip
			case '%':
				tok.Kind = TokCompound
			case '{':
				tok.Kind = TokOpenBrace
			case '}':
				tok.Kind = TokCloseBrace
			case '(':
				tok.Kind = TokOpenParen
			case ')':
				tok.Kind = TokCloseParen
			case '|':
				tok.Kind = TokBar
			case '~':
				tok.Kind = TokTilde
			case '[', ']', '#', ';', '!', '<', '>', '=':
				return nil, fmt.Sprintf("character %q has no meaning in a pattern", c)
			default:
				start := i
				if c == '&' {
					i++
					start = i
				}
				for i < len(field) && !strings.ContainsRune("_*$+^%{}()|[]#;!~<>=&", rune(field[i])) {
					i++
				}
				if i == start {
					return nil, "\"&\" without a synonym-set name"
				}
				tok.Kind, tok.Text = TokWord, field[start:i]
				if c == '&' {
					tok.Kind = TokSynset
				}
				tok.Joined = joined
				joined = false
				toks = append(toks, tok)
				continue
			}
			tok.Joined = joined
			joined = false
			toks = append(toks, tok)
			i++
		}
	}
	return toks, ""
}

// balance checks that { } and ( ) nest; it returns a message if not.
func balance(toks []PatternToken) string {
	var stack []TokenKind
	for _, t := range toks {
		switch t.Kind {
		case TokOpenBrace, TokOpenParen:
			stack = append(stack, t.Kind)
		case TokCloseBrace, TokCloseParen:
			want := TokOpenBrace
			if t.Kind == TokCloseParen {
				want = TokOpenParen
			}
			if len(stack) == 0 || stack[len(stack)-1] != want {
				return fmt.Sprintf("%q without its opening bracket", t.Kind.String())
			}
			stack = stack[:len(stack)-1]
		}
	}
	if len(stack) > 0 {
		return fmt.Sprintf("%q not closed", stack[len(stack)-1].String())
	}
	return ""
}
