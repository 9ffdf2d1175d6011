package peerdict

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// WordEntry is a line of a plain word list (Phoenix.prepositions.txt).
type WordEntry struct {
	Pos
	Word string
}

// ReadWordList reads a list with one word a line; "#" lines are comments.
// A line with two words is an error: these lists hold single words.
func ReadWordList(r io.Reader, name string) ([]WordEntry, error) {
	lines, err := readLines(r, name)
	if err != nil {
		return nil, err
	}
	var out []WordEntry
	for _, ln := range lines {
		t := strings.TrimSpace(ln.text)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if f := strings.Fields(t); len(f) != 1 {
			return nil, &Error{ln.Pos, fmt.Sprintf("word list line %q has %d words; want one", t, len(f))}
		}
		out = append(out, WordEntry{ln.Pos, t})
	}
	return out, nil
}

// PICOEntry is a line of a UniversalPetrarch internal coding ontology file
// (PETR.Internal.Coding.Ontology.txt): "CAMEO:EXPR#label", where EXPR is a
// sum of signed hexadecimal terms ("0x1000", "0x1000-0xFFFF",
// "-0xFFFF+0x2040+0x300"; "---:0" for no event). PETRARCH adds the terms to turn a CAMEO code
// into its internal code; dyad keeps them as written.
type PICOEntry struct {
	Pos
	Code  string // CAMEO event code, or "---" (no event)
	Terms []int  // signed term values, in order
	Label string // text after "#", if any
}

// ReadPICO reads an internal coding ontology file.
func ReadPICO(r io.Reader, name string) ([]PICOEntry, error) {
	lines, err := readLines(r, name)
	if err != nil {
		return nil, err
	}
	var out []PICOEntry
	for _, ln := range lines {
		t := strings.TrimSpace(ln.text)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		body, label, _ := strings.Cut(t, "#")
		code, expr, ok := strings.Cut(body, ":")
		code, expr = strings.TrimSpace(code), strings.TrimSpace(expr)
		if !ok || code == "" || (strings.Trim(code, "0123456789") != "" && code != "---") {
			return nil, &Error{ln.Pos, fmt.Sprintf("ontology line %q must be CODE:0xHEX...", t)}
		}
		e := PICOEntry{Pos: ln.Pos, Code: code, Label: strings.TrimSpace(label)}
		for i := 0; i < len(expr); {
			sign := 1
			switch expr[i] {
			case '+':
				i++
			case '-':
				sign = -1
				i++
			}
			j := i
			for j < len(expr) && expr[j] != '+' && expr[j] != '-' {
				j++
			}
			term := strings.TrimSpace(expr[i:j])
			base := 10
			if strings.HasPrefix(term, "0x") || strings.HasPrefix(term, "0X") {
				term, base = term[2:], 16
			}
			v, err := strconv.ParseUint(term, base, 32)
			if err != nil {
				return nil, &Error{ln.Pos, fmt.Sprintf("ontology term %q is not a 32-bit number (0xHEX or decimal)", expr[i:j])}
			}
			e.Terms = append(e.Terms, sign*int(v))
			i = j
		}
		if len(e.Terms) == 0 {
			return nil, &Error{ln.Pos, fmt.Sprintf("ontology line %q has no value", t)}
		}
		out = append(out, e)
	}
	return out, nil
}
