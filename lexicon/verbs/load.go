package verbs

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"dyad/cameo"
)

// Error is one malformed line of a dictionary.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// ErrorList is every problem Load found, in file order.
type ErrorList []*Error

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Load reads a verb dictionary (format: FORMAT.md). name is used in
// locations ("verbs.txt:12"). It reads the whole input and returns every
// malformed or duplicate line as an ErrorList; on error the Lexicon is nil.
func Load(r io.Reader, name string) (*Lexicon, error) { return load(nil, r, name) }

// Extend returns a new dictionary with l's patterns and those of r, which
// is in the same format; l is unchanged. A pattern of r with the same
// trigger and arguments as one of l replaces it (the user's code wins);
// duplicates within r are errors, as in Load. r may not hold refine lines:
// a family's refine table belongs to the dictionary that defines the
// family.
func (l *Lexicon) Extend(r io.Reader, name string) (*Lexicon, error) { return load(l, r, name) }

func load(base *Lexicon, r io.Reader, name string) (*Lexicon, error) {
	lex := &Lexicon{
		verbs:  map[string][]int32{},
		forms:  map[string][]int32{},
		nouns:  map[string][]int32{},
		adjs:   map[string][]int32{},
		refine: map[string][]Refinement{},
	}
	inBase := map[string]int{} // canonical pattern of base → its index
	if base != nil {
		lex.Patterns = append(lex.Patterns, base.Patterns...)
		for i := range lex.Patterns {
			inBase[canonical(&lex.Patterns[i])] = i
		}
		for root, rs := range base.refine {
			lex.refine[root] = append([]Refinement(nil), rs...)
		}
	}
	var errs ErrorList
	seen := map[string]int{} // canonical pattern → line
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if i := strings.IndexByte(text, '#'); i >= 0 {
			text = text[:i]
		}
		fields := strings.Fields(text)
		if len(fields) == 0 {
			continue
		}
		bad := func(format string, a ...any) {
			errs = append(errs, &Error{name, line, fmt.Sprintf(format, a...)})
		}
		if fields[0] == "refine" {
			if base != nil {
				bad("refine lines belong in the dictionary that defines the family, not in an extension")
				continue
			}
			parseRefine(lex, fields, line, bad)
			continue
		}
		noEvent := fields[0] == "-"
		if !noEvent && !isCode(fields[0]) {
			bad("%q is not a CAMEO code (2 to 4 digits, such as 043 or 0431) nor - (no event); a pattern line is CODE TRIGGER ARGS", fields[0])
			continue
		}
		if _, ok := cameo.Parse(fields[0]); !noEvent && !ok {
			bad("%s is not in the CAMEO code book (see cameo/codes.tsv)", fields[0])
			continue
		}
		if len(fields) < 2 {
			bad("code %s has no trigger word", fields[0])
			continue
		}
		base, ok := parseArgs(fields[2:], bad)
		if !ok {
			continue
		}
		if noEvent && !noEventArgs(&base, fields[1], bad) {
			continue
		}
		base.Code, base.File, base.Line, base.NoEvent = fields[0], name, line, noEvent
		if noEvent {
			base.Code = ""
		}
		trig := fields[1]
		base.Trigger = Verb
		switch {
		case strings.HasPrefix(trig, "n:"):
			base.Trigger, trig = Noun, trig[2:]
		case strings.HasPrefix(trig, "a:"):
			base.Trigger, trig = Adjective, trig[2:]
		}
		if base.Trigger != Noun && base.Between {
			bad("between:T is for nominal triggers (n:talks between:T)")
			continue
		}
		for _, alt := range strings.Split(trig, "|") {
			p := base
			lemma, prt, _ := strings.Cut(alt, "+")
			if !isWord(lemma) || (prt != "" && !isWord(prt)) {
				bad("trigger %q: want a lower-case lemma, optionally +particle (call+off), alternatives joined by |", alt)
				continue
			}
			p.Lemma, p.Particle = lemma, prt
			// the alternative that this pattern is, with the line's arguments
			p.Text = strings.TrimSuffix(fields[1][:len(fields[1])-len(trig)]+alt+" "+strings.Join(fields[2:], " "), " ")
			p.loc = name + ":" + strconv.Itoa(line)
			p.Ref = p.loc + " " + p.Text
			key := canonical(&p)
			if prev, dup := seen[key]; dup {
				bad("duplicate pattern %q (first at %s:%d)", key, name, prev)
				continue
			}
			seen[key] = line
			if i, ok := inBase[key]; ok {
				lex.Patterns[i] = p
				continue
			}
			lex.Patterns = append(lex.Patterns, p)
		}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, &Error{name, line, err.Error()})
	}
	for root := range lex.refine {
		rs := lex.refine[root]
		sort.SliceStable(rs, func(i, j int) bool { return len(rs[i].Prefix) > len(rs[j].Prefix) })
	}
	if len(errs) > 0 {
		return nil, errs
	}
	for i := range lex.Patterns {
		p := &lex.Patterns[i]
		m := lex.verbs
		switch p.Trigger {
		case Noun:
			m = lex.nouns
		case Adjective:
			m = lex.adjs
		}
		m[p.Lemma] = append(m[p.Lemma], int32(i))
	}
	for lemma, ids := range lex.verbs {
		for _, f := range inflections(lemma) {
			if _, isLemma := lex.verbs[f]; !isLemma {
				lex.forms[f] = append(lex.forms[f], ids...)
			}
		}
	}
	for _, m := range []map[string][]int32{lex.verbs, lex.nouns, lex.adjs, lex.forms} {
		for _, ids := range m {
			sort.SliceStable(ids, func(i, j int) bool {
				return lex.Patterns[ids[i]].specificity() > lex.Patterns[ids[j]].specificity()
			})
		}
	}
	return lex, nil
}

func parseArgs(args []string, bad func(string, ...any)) (Pattern, bool) {
	var p Pattern
	for _, a := range args {
		switch {
		case a == "obj":
			p.Obj = true
		case a == "obj=*":
			// any object, which is what the act is about, never the target
			p.Obj, p.ObjLemmas = true, []string{}
		case strings.HasPrefix(a, "obj="):
			ls, ok := lemmaList(a[4:])
			if !ok {
				bad("%q: want obj=lemma|lemma", a)
				return p, false
			}
			p.Obj, p.ObjLemmas = true, ls
		case a == "between:T":
			p.Between = true
		case strings.HasPrefix(a, ">"):
			kind, aux, hasAux := strings.Cut(a, "=")
			switch kind {
			case ">comp":
				p.Frame = Refine
			case ">say":
				p.Frame = Say
			case ">fact":
				p.Frame = Fact
			case ">deny":
				p.Frame = Deny
			default:
				bad("unknown frame %q: want >comp, >say, >fact or >deny", kind)
				return p, false
			}
			if hasAux {
				ls, ok := lemmaList(aux)
				if !ok {
					bad("%q: want %s=aux|aux (such as must|should)", a, kind)
					return p, false
				}
				p.CompAux = ls
			}
		case strings.HasSuffix(a, ":T"):
			prep := a[:len(a)-2]
			if !isWord(prep) {
				bad("%q: want PREP:T with a lower-case case marker (with:T)", a)
				return p, false
			}
			p.Preps = append(p.Preps, PrepArg{Prep: prep, Target: true})
		case strings.Contains(a, "="):
			// an oblique whose head must be one of these words; with :T
			// also the target ("to:T=refugee|refugees": what a border is
			// opened to decides the code)
			prep, rest, _ := strings.Cut(a, "=")
			prep, target := strings.CutSuffix(prep, ":T")
			ls, ok := lemmaList(rest)
			if !isWord(prep) || !ok {
				if target {
					bad("%q: want PREP:T=lemma|lemma (to:T=refugee|refugees)", a)
				} else {
					bad("%q: want PREP=lemma|lemma (in=diplomacy|talks)", a)
				}
				return p, false
			}
			p.Preps = append(p.Preps, PrepArg{Prep: prep, Lemmas: ls, Target: target})
		default:
			bad("unknown argument %q: want obj, obj=L|L, PREP:T, PREP=L|L, between:T or a frame (>comp, >say, >fact, >deny)", a)
			return p, false
		}
	}
	if p.CompAux != nil && p.Frame == NoFrame {
		bad("internal: aux without frame")
		return p, false
	}
	return p, true
}

// noEventArgs checks the arguments of a no-event pattern: conditions only
// (an object, object lemmas, obliques with lemmas, a particle), at least
// one of them, as a bare trigger would silence every use of the word.
func noEventArgs(p *Pattern, trig string, bad func(string, ...any)) bool {
	if p.Frame != NoFrame || p.Between {
		bad("a no-event pattern (-) takes no frame and no between:T: it codes nothing")
		return false
	}
	for _, a := range p.Preps {
		if a.Target {
			bad("%s:T: a no-event pattern (-) has no target; name the oblique's words (%s=lemma|lemma)", a.Prep, a.Prep)
			return false
		}
	}
	if !p.Obj && len(p.Preps) == 0 && !strings.Contains(trig, "+") {
		bad("a no-event pattern (-) needs a condition (obj=L|L, PREP=L|L or a particle), or it would silence %s everywhere", trig)
		return false
	}
	return true
}

func parseRefine(lex *Lexicon, f []string, line int, bad func(string, ...any)) {
	if len(f) < 3 || len(f[1]) != 2 || !isCode(f[1]) {
		bad("a refine line is: refine ROOT PREFIX=CODE ... (refine 02 04=026 07=023)")
		return
	}
	root := f[1]
	for _, kv := range f[2:] {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || !isCode(k) || !isCode(v) {
			bad("%q: want PREFIX=CODE with CAMEO digits (04=026)", kv)
			return
		}
		if !strings.HasPrefix(v, root) {
			bad("%q: the refined code %s is not in family %s", kv, v, root)
			return
		}
		if _, ok := cameo.Parse(v); !ok {
			bad("%q: %s is not in the CAMEO code book", kv, v)
			return
		}
		for _, r := range lex.refine[root] {
			if r.Prefix == k {
				bad("duplicate refinement %s in family %s (first at line %d)", k, root, r.Line)
				return
			}
		}
		lex.refine[root] = append(lex.refine[root], Refinement{Prefix: k, Code: v, Line: line})
	}
}

// canonical is a pattern's identity for duplicate checks: trigger and
// arguments in a fixed order, without the code.
func canonical(p *Pattern) string {
	var b strings.Builder
	b.WriteString(p.Trigger.String())
	b.WriteByte(' ')
	b.WriteString(p.Lemma)
	if p.Particle != "" {
		b.WriteString("+" + p.Particle)
	}
	var parts []string
	if p.ObjLemmas != nil && len(p.ObjLemmas) == 0 {
		parts = append(parts, "obj=*")
	} else if p.ObjLemmas != nil {
		parts = append(parts, "obj="+strings.Join(sorted(p.ObjLemmas), "|"))
	} else if p.Obj {
		parts = append(parts, "obj")
	}
	for _, a := range p.Preps {
		if a.Target && a.Lemmas != nil {
			parts = append(parts, a.Prep+":T="+strings.Join(sorted(a.Lemmas), "|"))
		} else if a.Target {
			parts = append(parts, a.Prep+":T")
		} else {
			parts = append(parts, a.Prep+"="+strings.Join(sorted(a.Lemmas), "|"))
		}
	}
	if p.Between {
		parts = append(parts, "between:T")
	}
	if p.Frame != NoFrame {
		s := p.Frame.String()
		if p.CompAux != nil {
			s += "=" + strings.Join(sorted(p.CompAux), "|")
		}
		parts = append(parts, s)
	}
	sort.Strings(parts)
	for _, s := range parts {
		b.WriteByte(' ')
		b.WriteString(s)
	}
	return b.String()
}

func sorted(s []string) []string {
	c := append([]string(nil), s...)
	sort.Strings(c)
	return c
}

func lemmaList(s string) ([]string, bool) {
	if s == "" {
		return nil, false
	}
	ls := strings.Split(s, "|")
	for _, l := range ls {
		if !isWord(l) {
			return nil, false
		}
	}
	return ls, true
}

// isWord accepts a lower-case lemma: letters (UTF-8 too), digits, hyphen,
// apostrophe, underscore and "$" (the head of "$5 million").
func isWord(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '\'' || c == '_' || c == '$' || c >= 0x80) {
			return false
		}
	}
	return true
}

func isCode(s string) bool {
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s[:2] >= "01" && s[:2] <= "20"
}
