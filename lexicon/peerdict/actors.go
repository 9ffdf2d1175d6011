package peerdict

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// ActorFile is a TABARI/PETRARCH actor dictionary
// (Phoenix.*.actors.txt, PETR.Validate.actors.txt, TABARI .actors).
type ActorFile struct {
	Actors []ActorRecord
	// Words lists TABARI's <NOUN> and <ADJECTIVE> sections: words the
	// shallow parser must treat as that part of speech.
	Words    []ClassWord
	Warnings []Warning
}

// ActorRecord is one actor: a root phrase, its "+" synonyms and its codes.
//
// Format: a root line "PHRASE [CODE] [CODE date] ... # comment", then
// optional "+SYNONYM" lines, then optional indented (tab or space) code
// lines "[CODE date]". A root without any code is kept and warned about.
type ActorRecord struct {
	Pos
	Phrase   Phrase
	Synonyms []Synonym
	Codes    []DatedCode
	Comment  string
}

// Synonym is a "+PHRASE" line of an actor record.
type Synonym struct {
	Pos
	Phrase Phrase
}

// ClassWord is a word in a TABARI <NOUN> or <ADJECTIVE> section.
type ClassWord struct {
	Pos
	Class string // "NOUN" or "ADJECTIVE" (the section tag as written)
	Word  Phrase
}

// DatedCode is an actor code with the dates it holds.
//
// Restrictions: "[CODE]" holds always (From and To zero); "[CODE >D]" holds
// from D on; "[CODE <D]" up to D; "[CODE D1-D2]" from D1 to D2. Both ends
// are inclusive here (an inauguration day belongs to the new term), so on
// the day shared by consecutive terms ("...-920628", "920628-...") both
// codes hold. Dates are YYMMDD (YY 00-30 is 20YY, else 19YY, as in KEDS,
// TABARI and PETRARCH) or YYYYMMDD.
type DatedCode struct {
	Pos
	Code     string
	From, To time.Time // zero: unbounded
}

// Holds reports whether the code applies on day t.
func (c DatedCode) Holds(t time.Time) bool {
	return (c.From.IsZero() || !t.Before(c.From)) && (c.To.IsZero() || !t.After(c.To))
}

// ReadActors reads an actor dictionary. name is used in positions.
func ReadActors(r io.Reader, name string) (*ActorFile, error) {
	lines, err := readLines(r, name)
	if err != nil {
		return nil, err
	}
	f := &ActorFile{}
	warn := func(p Pos, format string, a ...any) {
		f.Warnings = append(f.Warnings, Warning{p, fmt.Sprintf(format, a...)})
	}
	var cur *ActorRecord
	finish := func() {
		if cur != nil && len(cur.Codes) == 0 {
			warn(cur.Pos, "actor %q has no code; kept with none", cur.Phrase.String())
		}
		cur = nil
	}
	class := "" // inside <NOUN> or <ADJECTIVE>
	for _, ln := range lines {
		s := ln.text
		if strings.TrimSpace(s) == "" {
			continue
		}
		if strings.HasPrefix(s, "~~") { // TABARI end-of-file mark, e.g. "~~FINISH"
			break
		}
		if t := strings.TrimSpace(s); strings.HasPrefix(t, "<") && !strings.HasPrefix(t, "<!") {
			tag := strings.Trim(t, "<>")
			switch {
			case tag == "NOUN" || tag == "ADJECTIVE":
				finish()
				class = tag
			case strings.HasPrefix(tag, "/") && tag[1:] == class && class != "":
				class = ""
			default:
				return nil, &Error{ln.Pos, fmt.Sprintf("unknown section tag %q (want <NOUN>, <ADJECTIVE> or their end tags)", t)}
			}
			continue
		}
		if commentLine(s, ln.Pos, &f.Warnings) {
			continue
		}
		body, comment := stripComment(s)
		if strings.TrimSpace(body) == "" {
			continue // indented comment
		}
		if class != "" {
			p := parsePhrase(body)
			if len(p.Words) == 0 {
				return nil, &Error{ln.Pos, "empty word in <" + class + "> section"}
			}
			f.Words = append(f.Words, ClassWord{ln.Pos, class, p})
			continue
		}
		switch c := body[0]; {
		case c == '+':
			if cur == nil {
				return nil, &Error{ln.Pos, "synonym line \"+...\" before any actor"}
			}
			phr, codes, err := actorLine(ln.Pos, body[1:], warn)
			if err != nil {
				return nil, err
			}
			if len(phr.Words) == 0 {
				return nil, &Error{ln.Pos, "synonym line \"+\" has no phrase"}
			}
			cur.Synonyms = append(cur.Synonyms, Synonym{ln.Pos, phr})
			cur.Codes = append(cur.Codes, codes...)
		case c == ' ' || c == '\t':
			if cur == nil {
				return nil, &Error{ln.Pos, "indented code line before any actor"}
			}
			phr, codes, err := actorLine(ln.Pos, body, warn)
			if err != nil {
				return nil, err
			}
			if len(phr.Words) > 0 {
				warn(ln.Pos, "indented line has phrase %q before its code; read as a synonym", phr.String())
				cur.Synonyms = append(cur.Synonyms, Synonym{ln.Pos, phr})
			}
			cur.Codes = append(cur.Codes, codes...)
		default:
			finish()
			phr, codes, err := actorLine(ln.Pos, body, warn)
			if err != nil {
				return nil, err
			}
			if len(phr.Words) == 0 {
				return nil, &Error{ln.Pos, "actor line has a code but no phrase"}
			}
			f.Actors = append(f.Actors, ActorRecord{Pos: ln.Pos, Phrase: phr, Codes: codes, Comment: comment})
			cur = &f.Actors[len(f.Actors)-1]
		}
	}
	finish()
	return f, nil
}

// actorLine splits "PHRASE [CODE date] [CODE] ..." into the phrase and codes.
func actorLine(p Pos, s string, warn func(Pos, string, ...any)) (Phrase, []DatedCode, error) {
	sp, e := bracket(s)
	if e != "" {
		return Phrase{}, nil, &Error{p, e}
	}
	phr := parsePhrase(sp.before)
	var codes []DatedCode
	for sp.found {
		if sp.warn != "" {
			warn(p, "%s", sp.warn)
		}
		c, cw, err := parseDatedCode(p, sp.code)
		if err != nil {
			return Phrase{}, nil, err
		}
		if cw != "" {
			warn(p, "%s", cw)
		} else {
			codes = append(codes, c)
		}
		sp, e = bracket(sp.after)
		if e != "" {
			return Phrase{}, nil, &Error{p, e}
		}
		if t := strings.TrimSpace(sp.before); t != "" {
			warn(p, "text %q after a code bracket ignored (a line is PHRASE [CODE] [CODE]...)", t)
			break
		}
	}
	return phr, codes, nil
}

// parseDatedCode reads "CODE", "CODE >D", "CODE <D" or "CODE D1-D2".
// A date that cannot be read gives a warning and drops the code, because
// applying the code without its restriction would code the wrong years.
func parseDatedCode(p Pos, s string) (c DatedCode, warn string, err error) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return c, "", &Error{p, "empty code bracket \"[]\""}
	}
	c = DatedCode{Pos: p, Code: f[0]}
	// Spaces inside the restriction occur ("> 140608", "950601 - 990815");
	// they carry no meaning, so the fields after the code are joined.
	r := strings.Join(f[1:], "")
	bad := func(why string) (DatedCode, string, error) {
		return c, fmt.Sprintf("code [%s]: %s; code dropped", s, why), nil
	}
	switch {
	case r == "":
		return c, "", nil
	case strings.HasPrefix(r, ">"):
		t, ok := parseDictDate(r[1:])
		if !ok {
			return bad(fmt.Sprintf("date %q is not YYMMDD or YYYYMMDD", r[1:]))
		}
		c.From = t
	case strings.HasPrefix(r, "<"):
		t, ok := parseDictDate(r[1:])
		if !ok {
			return bad(fmt.Sprintf("date %q is not YYMMDD or YYYYMMDD", r[1:]))
		}
		c.To = t
	default:
		a, b, found := strings.Cut(r, "-")
		if !found {
			return bad(fmt.Sprintf("restriction %q is not >DATE, <DATE or DATE-DATE", r))
		}
		ta, oka := parseDictDate(a)
		tb, okb := parseDictDate(b)
		if !oka || !okb {
			return bad(fmt.Sprintf("range %q is not YYMMDD-YYMMDD or YYYYMMDD-YYYYMMDD", r))
		}
		if tb.Before(ta) {
			return bad(fmt.Sprintf("range %q ends before it starts", r))
		}
		c.From, c.To = ta, tb
	}
	return c, "", nil
}

// parseDictDate reads YYMMDD (pivot: 00-30 is 2000-2030) or YYYYMMDD.
func parseDictDate(s string) (time.Time, bool) {
	for _, ch := range s {
		if ch < '0' || ch > '9' {
			return time.Time{}, false
		}
	}
	var layout string
	switch len(s) {
	case 6:
		yy := int(s[0]-'0')*10 + int(s[1]-'0')
		if yy <= 30 {
			s = "20" + s
		} else {
			s = "19" + s
		}
		layout = "20060102"
	case 8:
		layout = "20060102"
	default:
		return time.Time{}, false
	}
	t, err := time.Parse(layout, s)
	if err != nil {
		return time.Time{}, false
	}
	return t, true
}
