package peerdict

import (
	"fmt"
	"io"
	"strings"
)

// IssueFile is a PETRARCH issues dictionary (Phoenix.IssueCoding.txt).
//
// Format: blocks "<ISSUE CATEGORY="EDUCATION" TYPE="ALL">" ... "</ISSUE>";
// inside, lines "phrase [CODE]" or a bare "phrase" (its code is the block's
// CATEGORY). Phrase words may carry a part-of-speech mark ("n:teacher",
// "v:kidnap") and "+" joins hyphenated parts ("pre+k"); both are kept as
// written. A line starting with "~" is an exclusion phrase.
type IssueFile struct {
	Issues   []IssueRecord
	Warnings []Warning
}

// IssueRecord is one issue phrase.
type IssueRecord struct {
	Pos
	Category string   // CATEGORY of the enclosing block
	Type     string   // TYPE of the enclosing block ("ALL", "COUNTEVENT")
	Words    []string // as written, lower case, with "n:"/"v:" marks
	Code     string   // the [CODE], or Category when the line has none
	Exclude  bool     // line started with "~"
	Comment  string
}

// ReadIssues reads an issues dictionary.
func ReadIssues(r io.Reader, name string) (*IssueFile, error) {
	lines, err := readLines(r, name)
	if err != nil {
		return nil, err
	}
	f := &IssueFile{}
	warn := func(p Pos, format string, a ...any) {
		f.Warnings = append(f.Warnings, Warning{p, fmt.Sprintf(format, a...)})
	}
	var category, typ string
	var open Pos
	for _, ln := range lines {
		t := strings.TrimSpace(ln.text)
		if t == "" {
			continue
		}
		if strings.HasPrefix(t, "<ISSUE") {
			if category != "" {
				return nil, &Error{ln.Pos, fmt.Sprintf("<ISSUE> inside the block opened at %s", open)}
			}
			category, typ = xmlAttr(t, "CATEGORY"), xmlAttr(t, "TYPE")
			if category == "" {
				return nil, &Error{ln.Pos, "<ISSUE> without CATEGORY=\"...\""}
			}
			open = ln.Pos
			continue
		}
		if t == "</ISSUE>" {
			if category == "" {
				warn(ln.Pos, "</ISSUE> without <ISSUE> ignored")
			}
			category = ""
			continue
		}
		if commentLine(t, ln.Pos, &f.Warnings) {
			continue
		}
		body, comment := stripComment(t)
		if strings.TrimSpace(body) == "" {
			continue
		}
		if category == "" {
			return nil, &Error{ln.Pos, "issue phrase outside an <ISSUE CATEGORY=...> block"}
		}
		rec := IssueRecord{Pos: ln.Pos, Category: category, Type: typ, Code: category, Comment: comment}
		if strings.HasPrefix(body, "~") {
			rec.Exclude = true
			body = body[1:]
			if strings.HasPrefix(body, "~") {
				warn(ln.Pos, "doubled \"~~\" read as one \"~\"")
				body = strings.TrimLeft(body, "~")
			}
		}
		sp, e := bracket(body)
		if e != "" {
			return nil, &Error{ln.Pos, e}
		}
		if sp.warn != "" {
			warn(ln.Pos, "%s", sp.warn)
		}
		if sp.found {
			rec.Code = strings.TrimSpace(sp.code)
			if rec.Code == "" {
				return nil, &Error{ln.Pos, "empty issue code \"[]\""}
			}
			if t := strings.TrimSpace(sp.after); t != "" {
				warn(ln.Pos, "text %q after the issue code ignored", t)
			}
		}
		rec.Words = strings.Fields(sp.before)
		if len(rec.Words) == 0 {
			return nil, &Error{ln.Pos, "issue line has no phrase"}
		}
		f.Issues = append(f.Issues, rec)
	}
	if category != "" {
		return nil, &Error{open, "<ISSUE> block not closed by </ISSUE>"}
	}
	return f, nil
}

// xmlAttr returns the value of name="value" in an XML-like tag, or "".
func xmlAttr(tag, name string) string {
	i := strings.Index(tag, name+"=")
	if i < 0 {
		return ""
	}
	rest := tag[i+len(name)+1:]
	if len(rest) == 0 || (rest[0] != '"' && rest[0] != '\'') {
		return ""
	}
	j := strings.IndexByte(rest[1:], rest[0])
	if j < 0 {
		return ""
	}
	return rest[1 : 1+j]
}
