package peerdict

import (
	"fmt"
	"io"
	"strings"
)

// VerbLayout is how a verb dictionary groups verbs and patterns.
type VerbLayout uint8

const (
	// VerbBlocks: PETRARCH-1 and -2. "--- NAME [CODE] ---" opens a block of
	// synonymous verbs that share the patterns below them.
	VerbBlocks VerbLayout = iota
	// VerbFlat: TABARI. Each verb line opens its own block; patterns follow.
	VerbFlat
)

var verbLayoutNames = [...]string{"blocks", "flat"}

func (l VerbLayout) String() string {
	if int(l) < len(verbLayoutNames) {
		return verbLayoutNames[l]
	}
	return fmt.Sprintf("VerbLayout(%d)", l)
}

// VerbFile is a verb-pattern dictionary in PETRARCH-2 (petrarch2
// CAMEO.2.0.txt), PETRARCH-1 (petrarch CAMEO.2.0.txt,
// PETR.Validate.verbs.txt) or TABARI (.verbs) format.
//
// The formats share their line syntax:
//
//	&NAME            opens a synonym set; "+MEMBER" lines follow
//	--- NAME [C] --- opens a verb block (PETRARCH)
//	VERB {FORMS} [C] a verb; "+" marks the verb word of a multi-word verb
//	                 ("+ASK_FOR", "KLM_NOP_+RST"); {FORMS} lists irregular
//	                 forms ("{}" none); TABARI may give { FORMS } on the
//	                 next line
//	- PATTERN [C]    a pattern of the current block (see PatternToken)
//	~ ...            a PETRARCH-2 transformation, kept as text
//	<SYNSETS> <TIME> TABARI sections; <TIME> lines are time shifts
//	~~FINISH         TABARI end of file
//
// PETRARCH-2 patterns add ( ) prepositional phrases and { } noun phrases;
// TABARI uses { A | B } for alternatives. Codes are kept as written
// ("042:043", ":173", "---", "075A"): they are the peers' own code
// strings, including WEIS codes in the validation files.
type VerbFile struct {
	Layout          VerbLayout
	Synsets         []Synset
	Blocks          []VerbBlock
	TimeShifts      []TimeShift
	Transformations []Transformation
	Warnings        []Warning
}

// Synset is a synonym set "&NAME" with its "+MEMBER" lines.
type Synset struct {
	Pos
	Name    string // without "&" and trailing "_"
	Exact   bool   // written with a trailing "_"
	Members []SynsetMember
}

// SynsetMember is one "+..." line of a synonym set; members may themselves
// contain synsets ("+&TIETYPES") and joins ("+GOLDEN_GOBLIN_GALLEONS").
type SynsetMember struct {
	Pos
	Tokens []PatternToken
}

// VerbBlock is a group of synonymous verbs and their patterns.
type VerbBlock struct {
	Pos
	Name     string // the block name; for TABARI, the verb itself
	Code     string // default code of the block ("---": none)
	Verbs    []VerbLine
	Patterns []Pattern
}

// VerbLine is a verb of a block.
type VerbLine struct {
	Pos
	Verb    VerbWords
	Forms   []VerbWords // irregular forms as written
	FormsOK bool        // a { } list was given (possibly empty: "{}")
	Code    string      // code of this verb, "" if the line has none
	Comment string
}

// VerbWords is a verb as written: one or more words, one of them the verb.
type VerbWords struct {
	Phrase Phrase
	Head   int // index in Phrase.Words of the verb word ("+" mark; else 0)
}

// Pattern is a "- ... [CODE]" line.
type Pattern struct {
	Pos
	Tokens  []PatternToken
	Code    string
	Comment string
}

// TimeShift is a line of TABARI's <TIME> section: a phrase that moves the
// event date ("[-7]" a week back) or, with "[###]", discards the sentence.
//
// A "- PATTERN [SHIFT]" line in the section is a pattern around the verb
// ("- * AND A WEEK [+8]"): Pattern is set and Phrase is empty.
type TimeShift struct {
	Pos
	Phrase  Phrase
	Pattern []PatternToken
	Code    string
}

// Transformation is a PETRARCH-2 "~ a (a b ATTACK) SAY = a b 015" line.
// dyad does not interpret these; they are kept so that nothing is lost.
type Transformation struct {
	Pos
	Text string // without the leading "~"
}

// ReadVerbs reads a verb dictionary in any of the three formats; the
// layout is VerbBlocks if any line starts with "---", else VerbFlat.
func ReadVerbs(r io.Reader, name string) (*VerbFile, error) {
	lines, err := readLines(r, name)
	if err != nil {
		return nil, err
	}
	f := &VerbFile{Layout: VerbFlat}
	for _, ln := range lines {
		if strings.HasPrefix(ln.text, "---") {
			f.Layout = VerbBlocks
			break
		}
	}
	warn := func(p Pos, format string, a ...any) {
		f.Warnings = append(f.Warnings, Warning{p, fmt.Sprintf(format, a...)})
	}
	var (
		synset  *Synset // open synonym set, until a line that is not "+..."
		section string  // "SYNSETS" or "TIME" inside TABARI tags
	)
	block := func() *VerbBlock {
		if len(f.Blocks) == 0 {
			return nil
		}
		return &f.Blocks[len(f.Blocks)-1]
	}
	for _, ln := range lines {
		s := ln.text
		t := strings.TrimSpace(s)
		if t == "" {
			continue
		}
		if strings.HasPrefix(t, "~~") {
			break
		}
		if strings.HasPrefix(t, "<") && !strings.HasPrefix(t, "<!") {
			tag := strings.Trim(t, "<> ")
			switch {
			case tag == "SYNSETS" || tag == "TIME":
				section = tag
			case strings.HasPrefix(tag, "/") && tag[1:] == section && section != "":
				section = ""
			default:
				return nil, &Error{ln.Pos, fmt.Sprintf("unknown section tag %q (want <SYNSETS>, <TIME> or their end tags)", t)}
			}
			synset = nil
			continue
		}
		if commentLine(s, ln.Pos, &f.Warnings) {
			continue
		}
		if t[0] == '~' {
			f.Transformations = append(f.Transformations, Transformation{ln.Pos, strings.TrimSpace(t[1:])})
			continue
		}
		body, comment := stripComment(s)
		body = strings.TrimSpace(body)
		if body == "" {
			continue
		}
		switch {
		case body[0] == '&':
			name, _, _ := strings.Cut(body[1:], " ")
			name = strings.TrimSpace(name)
			if rest := strings.TrimSpace(body[1+len(name):]); rest != "" {
				return nil, &Error{ln.Pos, fmt.Sprintf("synonym set line has %q after the name; members go on \"+\" lines", rest)}
			}
			ss := Synset{Pos: ln.Pos, Name: strings.TrimRight(name, "_"), Exact: strings.HasSuffix(name, "_")}
			if ss.Name == "" || strings.ContainsAny(ss.Name, "&[]{}()*$+^%|") {
				return nil, &Error{ln.Pos, fmt.Sprintf("bad synonym set name %q", body)}
			}
			f.Synsets = append(f.Synsets, ss)
			synset = &f.Synsets[len(f.Synsets)-1]
			continue
		case body[0] == '+' && synset != nil:
			toks, e := tokenizePattern(body[1:])
			if e != "" {
				return nil, &Error{ln.Pos, "synonym set member: " + e}
			}
			if len(toks) == 0 {
				return nil, &Error{ln.Pos, "empty synonym set member \"+\""}
			}
			synset.Members = append(synset.Members, SynsetMember{ln.Pos, toks})
			continue
		}
		synset = nil
		if section == "SYNSETS" {
			return nil, &Error{ln.Pos, "line in <SYNSETS> that is neither &NAME nor +MEMBER"}
		}
		if section == "TIME" {
			sp, e := bracket(body)
			before, inside, w, ok := sp.before, sp.code, sp.warn, sp.found
			if e != "" || !ok {
				return nil, &Error{ln.Pos, "time shift line must be PHRASE [SHIFT]"}
			}
			if w != "" {
				warn(ln.Pos, "%s", w)
			}
			ts := TimeShift{Pos: ln.Pos, Code: strings.Join(strings.Fields(inside), "")}
			if strings.HasPrefix(body, "-") {
				toks, e := tokenizePattern(before[1:])
				if e != "" {
					return nil, &Error{ln.Pos, "time shift pattern: " + e}
				}
				ts.Pattern = toks
			} else {
				ts.Phrase = parsePhrase(before)
			}
			f.TimeShifts = append(f.TimeShifts, ts)
			continue
		}
		switch {
		case strings.HasPrefix(body, "---"):
			inner := strings.TrimSpace(strings.Trim(body, "-"))
			sp, e := bracket(inner)
			before, inside, after, w, ok := sp.before, sp.code, sp.after, sp.warn, sp.found
			if e != "" {
				return nil, &Error{ln.Pos, e}
			}
			if w != "" {
				warn(ln.Pos, "%s", w)
			}
			bn := strings.TrimSpace(before)
			if bn == "" {
				return nil, &Error{ln.Pos, fmt.Sprintf("block header %q must be \"--- NAME [CODE] ---\"", body)}
			}
			code := strings.Join(strings.Fields(inside), "")
			if !ok {
				warn(ln.Pos, "block header %q has no [CODE]; read as [---] (no code)", body)
				code = "---"
			}
			rest := strings.TrimSpace(strings.Trim(strings.TrimSpace(after), "-"))
			if rest != "" {
				if extra, _ := bracket(rest); extra.found && strings.Trim(rest, "[]:0123456789- ") == "" {
					warn(ln.Pos, "block header has a second code [%s]; ignored, the first [%s] is the block's", extra.code, code)
				} else {
					return nil, &Error{ln.Pos, fmt.Sprintf("block header %q has text %q after its code", body, rest)}
				}
			}
			f.Blocks = append(f.Blocks, VerbBlock{Pos: ln.Pos, Name: bn, Code: code})
		case body[0] == '-' || body[0] == '*':
			if body[0] == '*' {
				warn(ln.Pos, "line starts with \"*\": read as a pattern missing its \"- \"")
				body = "-" + body
			}
			b := block()
			if b == nil {
				return nil, &Error{ln.Pos, "pattern line before any verb"}
			}
			sp, e := bracket(body[1:])
			before, inside, after, w, ok := sp.before, sp.code, sp.after, sp.warn, sp.found
			if e != "" {
				return nil, &Error{ln.Pos, e}
			}
			if !ok {
				warn(ln.Pos, "pattern %q has no [CODE]; skipped", strings.TrimSpace(body))
				continue
			}
			if strings.Contains(before, "]") && strings.Contains(before, "{") && !strings.Contains(before, "[") {
				warn(ln.Pos, "\"]\" inside a pattern read as \"}\" (it closes a \"{\")")
				before = strings.ReplaceAll(before, "]", "}")
			}
			if w != "" {
				warn(ln.Pos, "%s", w)
			}
			if t := strings.TrimSpace(after); t != "" {
				return nil, &Error{ln.Pos, fmt.Sprintf("text %q after the pattern's code", t)}
			}
			toks, e2 := tokenizePattern(before)
			if e2 != "" {
				return nil, &Error{ln.Pos, "pattern: " + e2}
			}
			if len(toks) == 0 {
				return nil, &Error{ln.Pos, "empty pattern"}
			}
			if m := balance(toks); m != "" {
				warn(ln.Pos, "pattern brackets do not nest (%s); kept as written", m)
			}
			code := strings.Join(strings.Fields(inside), "")
			if code == "" {
				return nil, &Error{ln.Pos, "empty pattern code \"[]\""}
			}
			b.Patterns = append(b.Patterns, Pattern{Pos: ln.Pos, Tokens: toks, Code: code, Comment: comment})
		case body[0] == '{':
			// TABARI: irregular forms on the line after their verb.
			b := block()
			if b == nil || len(b.Verbs) == 0 {
				return nil, &Error{ln.Pos, "{ forms } line before any verb"}
			}
			v := &b.Verbs[len(b.Verbs)-1]
			if v.FormsOK {
				return nil, &Error{ln.Pos, fmt.Sprintf("second forms list for verb %q (first at line %d)", v.Verb.Phrase.String(), v.Line)}
			}
			forms, rest, e := verbForms(body)
			if e != "" {
				return nil, &Error{ln.Pos, e}
			}
			if strings.TrimSpace(rest) != "" {
				return nil, &Error{ln.Pos, fmt.Sprintf("text %q after the forms list", strings.TrimSpace(rest))}
			}
			v.Forms, v.FormsOK = forms, true
		default:
			v, err := verbLine(ln.Pos, body, comment, warn)
			if err != nil {
				return nil, err
			}
			if f.Layout == VerbFlat {
				f.Blocks = append(f.Blocks, VerbBlock{Pos: ln.Pos, Name: v.Verb.Phrase.String(), Code: v.Code})
			}
			b := block()
			if b == nil {
				return nil, &Error{ln.Pos, "verb line before the first \"--- NAME [CODE] ---\" block"}
			}
			b.Verbs = append(b.Verbs, v)
		}
	}
	f.checkSynsetRefs()
	return f, nil
}

// checkSynsetRefs warns about "&NAME" tokens that no synonym set defines:
// such a pattern can never match.
func (f *VerbFile) checkSynsetRefs() {
	defined := make(map[string]bool, len(f.Synsets))
	for _, s := range f.Synsets {
		defined[s.Name] = true
	}
	check := func(p Pos, toks []PatternToken) {
		for _, t := range toks {
			if t.Kind == TokSynset && !defined[t.Text] {
				f.Warnings = append(f.Warnings, Warning{p, fmt.Sprintf("&%s is not a defined synonym set; the pattern cannot match", t.Text)})
			}
		}
	}
	for _, s := range f.Synsets {
		for _, m := range s.Members {
			check(m.Pos, m.Tokens)
		}
	}
	for _, b := range f.Blocks {
		for _, p := range b.Patterns {
			check(p.Pos, p.Tokens)
		}
	}
}

// verbLine reads "WORDS {FORMS} [CODE]".
func verbLine(p Pos, body, comment string, warn func(Pos, string, ...any)) (VerbLine, error) {
	v := VerbLine{Pos: p, Comment: comment}
	head := body
	if i := strings.IndexByte(body, '{'); i >= 0 {
		forms, rest, e := verbForms(body[i:])
		if e != "" {
			return v, &Error{p, e}
		}
		v.Forms, v.FormsOK = forms, true
		head = body[:i] + rest
	}
	sp, e := bracket(head)
	before, inside, after, w, ok := sp.before, sp.code, sp.after, sp.warn, sp.found
	if e != "" {
		return v, &Error{p, e}
	}
	if w != "" {
		warn(p, "%s", w)
	}
	if ok {
		v.Code = strings.Join(strings.Fields(inside), "")
		if t := strings.TrimSpace(after); t != "" {
			return v, &Error{p, fmt.Sprintf("text %q after the verb's code", t)}
		}
	}
	if strings.ContainsAny(before, "*$^%()|&") {
		return v, &Error{p, fmt.Sprintf("verb line %q has pattern marks; patterns start with \"- \"", strings.TrimSpace(body))}
	}
	v.Verb = verbWords(before)
	if len(v.Verb.Phrase.Words) == 0 {
		return v, &Error{p, "verb line has no verb"}
	}
	return v, nil
}

// verbForms reads "{A B_C +D}" at the start of s; commas are separators.
func verbForms(s string) (forms []VerbWords, rest string, err string) {
	j := strings.IndexByte(s, '}')
	if j < 0 {
		return nil, "", "forms list \"{\" without \"}\""
	}
	for _, w := range strings.FieldsFunc(s[1:j], func(r rune) bool { return r == ' ' || r == '\t' || r == ',' }) {
		forms = append(forms, verbWords(w))
	}
	return forms, s[j+1:], ""
}

// verbWords reads a verb such as "ASK", "+ASK_FOR" or "KLM_NOP_+RST".
func verbWords(s string) VerbWords {
	var vw VerbWords
	head := -1
	var b strings.Builder
	for _, field := range strings.Fields(s) {
		for i, part := range strings.Split(field, "_") {
			if strings.HasPrefix(part, "+") {
				head = len(parsePhrase(b.String()).Words)
				part = part[1:]
			}
			if i > 0 {
				b.WriteByte('_')
			}
			b.WriteString(part)
		}
		b.WriteByte(' ')
	}
	vw.Phrase = parsePhrase(b.String())
	if head > 0 && head < len(vw.Phrase.Words) {
		vw.Head = head
	}
	return vw
}
