// Package peerdict reads the dictionaries of the peer event coders, TABARI,
// PETRARCH-1 and PETRARCH-2, so that researchers can bring the dictionaries
// they already have. Each reader takes an io.Reader and the file name and
// returns typed entries that keep the file and line they came from.
//
// The readers are strict about what would change the meaning of an entry:
// a line they cannot interpret is an *Error naming file:line and what is
// wrong, never a silent skip. Oddities that the peers themselves tolerate
// (an unterminated "<!--" comment line, a code bracket closed with "}", a
// date restriction that is not a date) are kept as Warnings with file:line,
// and the warning says what was done with the line.
//
// Syntax shared by all files: a line starting with "#" is a comment, as is
// a line starting with "<!" (PETRARCH's one-line XML-style comments); text
// from a "#" or ";" outside a [code bracket] to the end of the line is a
// comment (";" is TABARI's mark; TABARI's code "[###]" is not a comment).
// Words of a phrase are joined by "_" or separated by spaces; a trailing
// "_" marks a word that must match exactly (not as a stem).
//
// The readers do not copy peer data anywhere: TABARI's files are GPL and are
// read only as test data.
package peerdict

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Pos is where an entry came from: file name and 1-based line number.
type Pos struct {
	File string
	Line int
}

func (p Pos) String() string { return fmt.Sprintf("%s:%d", p.File, p.Line) }

// Error is a line a reader could not interpret.
type Error struct {
	Pos
	Msg string
}

func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// Warning is a construct a reader tolerated; Msg says what it did.
type Warning struct {
	Pos
	Msg string
}

func (w Warning) String() string { return w.Pos.String() + ": " + w.Msg }

// line is one input line with its position.
type line struct {
	Pos
	text string // without the newline and trailing "\r"
}

// readLines reads all lines of r. Dictionary files are small (the largest
// peer file is 1.5 MB), so reading them whole keeps the readers simple.
func readLines(r io.Reader, name string) ([]line, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	var out []line
	n := 0
	for sc.Scan() {
		n++
		out = append(out, line{Pos{name, n}, strings.TrimRight(sc.Text(), "\r")})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, n+1, err)
	}
	return out, nil
}

// commentLine reports whether a whole line (at pos) is a comment: "#..."
// and "<!..." lines. A "<!--" line without its "-->" adds a warning (the
// peers read comments line by line, so such a line comments out only
// itself).
func commentLine(s string, pos Pos, warnings *[]Warning) bool {
	t := strings.TrimSpace(s)
	switch {
	case strings.HasPrefix(t, "#"):
		return true
	case strings.HasPrefix(t, "<!"):
		if !strings.Contains(t, "-->") {
			*warnings = append(*warnings, Warning{pos, "comment line \"<!\" without \"-->\"; read as a one-line comment, as PETRARCH does"})
		}
		return true
	}
	return false
}

// stripComment removes a trailing comment: text from the first "#" or ";"
// outside a "[...]" code bracket (TABARI's code "[###]" means "discard").
// It returns the remaining text and the comment (without its mark, trimmed).
func stripComment(s string) (body, comment string) {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			depth++
		case ']':
			if depth > 0 {
				depth--
			}
		case '#', ';':
			if depth == 0 {
				return s[:i], strings.TrimSpace(s[i+1:])
			}
		}
	}
	return s, ""
}

// Phrase is a sequence of words as written in a dictionary, upper-cased as
// in the file. Exact marks words written with a trailing "_", which the
// peers match exactly rather than as a stem.
type Phrase struct {
	Words []string
	Exact []bool // parallel to Words
	// Spaced is parallel to Words: the word is followed by a space, not
	// "_". In TABARI a space lets a match skip text words ("ITHILEN
	// TELEVISION" matches "Ithilen state-run television"); "_" does not.
	Spaced []bool
	// Fixed is parallel to Words: the word was written with a trailing
	// "=" ("MOUSE="), exact without TABARI's regular noun endings.
	Fixed []bool
}

// String writes the phrase with spaces, marking exact words with "_".
func (p Phrase) String() string {
	var b strings.Builder
	for i, w := range p.Words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
		if p.Exact[i] {
			b.WriteByte('_')
		}
	}
	return b.String()
}

// parsePhrase splits s on spaces and "_" into words. A "_" directly before a
// space or the end marks the preceding word exact; a "=" there marks it
// exact and fixed.
func parsePhrase(s string) Phrase {
	var p Phrase
	for _, field := range strings.Fields(s) {
		fixed := len(field) > 1 && strings.HasSuffix(field, "=")
		if fixed {
			field = field[:len(field)-1]
		}
		if len(p.Spaced) > 0 {
			p.Spaced[len(p.Spaced)-1] = true
		}
		parts := strings.Split(field, "_")
		for i, w := range parts {
			if w == "" {
				if i > 0 && len(p.Words) > 0 && i == len(parts)-1 {
					p.Exact[len(p.Exact)-1] = true
				}
				continue
			}
			p.Words = append(p.Words, w)
			p.Exact = append(p.Exact, false)
			p.Spaced = append(p.Spaced, false)
			p.Fixed = append(p.Fixed, false)
		}
		if fixed && len(p.Words) > 0 {
			p.Exact[len(p.Exact)-1] = true
			p.Fixed[len(p.Fixed)-1] = true
		}
	}
	if len(p.Spaced) > 0 {
		p.Spaced[len(p.Spaced)-1] = false
	}
	return p
}

// codeSplit is a line split around its first "[...]" code bracket.
type codeSplit struct {
	before, code, after string // text before "[", inside, and after "]"
	found               bool   // there is a bracket; else before is the whole line
	warn                string // a tolerated typo, to report at the line
}

// bracket splits s at its first "[...]". A bracket closed by "}" instead
// of "]" is accepted with a warning, since the peers' files contain that
// typo. errMsg is set for a "[" that is not closed at all.
func bracket(s string) (sp codeSplit, errMsg string) {
	i := strings.IndexByte(s, '[')
	if i < 0 {
		return codeSplit{before: s}, ""
	}
	j := strings.IndexByte(s[i:], ']')
	if j < 0 {
		k := strings.IndexByte(s[i:], '}')
		if k < 0 {
			return codeSplit{}, fmt.Sprintf("%q has \"[\" without \"]\"", strings.TrimSpace(s))
		}
		return codeSplit{s[:i], s[i+1 : i+k], s[i+k+1:], true, fmt.Sprintf("code bracket %q closed with \"}\"; read as \"]\"", s[i:i+k+1])}, ""
	}
	return codeSplit{s[:i], s[i+1 : i+j], s[i+j+1:], true, ""}, ""
}
