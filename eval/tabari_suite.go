package eval

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strings"
	"time"
)

// TABARI validation suite: TABARI-Code Validate.text with Validate.project
// and Validate.options (GPL-3.0: read as test data only, never copied).
//
// Validate.text is a sequence of records:
//
//	950101  DEMO-01
//	Arnor is about to restore ... (text lines)
//	/*\n------------------------------------------
//	\n[what the record tests]
//	\n{ ARN / GON / 064 } 950101      expected event, optional date or note
//	\n-{ ARN / GON / 064 }            an expectation switched off
//	\n{ OPTION: SET: YYYY = TRUE }    an option command run before the record
//	\n{+++} / {---} / {###}           complex (not coded) / no event / discarded
//	*/
//
// Lines starting with "#" between records are banners. The record
// "FINAL-01" ends the standard records; the ones after it need other
// options and are kept with Standard false.

// TabariMark is a whole-record expectation written in braces.
type TabariMark uint8

const (
	TabariNoMark   TabariMark = iota
	TabariComplex             // "{+++}": TABARI finds the sentence too complex and codes nothing
	TabariNoEvents            // "{---}": no event
	TabariDiscard             // "{###}": the sentence is discarded
)

var tabariMarkNames = [...]string{"", "+++", "---", "###"}

func (m TabariMark) String() string {
	if int(m) < len(tabariMarkNames) {
		return tabariMarkNames[m]
	}
	return fmt.Sprintf("TabariMark(%d)", m)
}

// TabariEvent is an expected event "{ SOURCE / TARGET / CODE } note".
// Codes are as written, including agent codes such as "~MOS".
type TabariEvent struct {
	Source, Target, Code string
	Note                 string // text after "}": a date (950103) or a label
	Line                 int
}

// TabariRecord is one record of the suite.
type TabariRecord struct {
	ID       string
	DateText string // as written (one record has the 7-digit "9501201")
	// HeaderNote is text after the id on the header line
	// ("950104  FBIS-001-001  CEP20020711000012a": a source document id).
	HeaderNote string
	Date       time.Time // zero if DateText is not YYMMDD or YYYYMMDD
	Line       int       // line of the header
	Text       string    // text lines joined, white space collapsed
	Expected   []TabariEvent
	Disabled   []TabariEvent // "-{...}" expectations switched off in the file
	Mark       TabariMark
	Comment    string // the /* ... */ block as written
	// OptionCommands are the record's own "{ OPTION: ... }" commands, which
	// TABARI runs before coding it.
	OptionCommands []string
	// Options is the option state in force for the record: the .options
	// file given to ReadTabariSuite, then every OPTION command of this and
	// earlier records, in order (see TabariApplyOption for the keys).
	Options  map[string]string
	Standard bool // before FINAL-01
}

// Triples returns the expected events as triples.
func (r *TabariRecord) Triples() []Triple {
	out := make([]Triple, len(r.Expected))
	for i, e := range r.Expected {
		out[i] = Triple{e.Source, e.Target, e.Code}
	}
	return out
}

// TabariSuite is a read Validate.text.
type TabariSuite struct {
	File     string
	Records  []TabariRecord
	Warnings []string // "file:line: message"
}

// StandardRecords returns the records before FINAL-01.
func (s *TabariSuite) StandardRecords() []TabariRecord {
	var out []TabariRecord
	for _, r := range s.Records {
		if r.Standard {
			out = append(out, r)
		}
	}
	return out
}

var (
	tabariHeaderRE = regexp.MustCompile(`^(\d{6,9})\s+(\S+)(?:\s+(\S.*?))?\s*$`)
	tabariEventRE  = regexp.MustCompile(`^\s*([^/{}]*?)\s*/\s*([^/{}]*?)\s*/\s*([^/{}]*?)\s*$`)
)

// TabariOption is one command of a TABARI .options file or OPTION record.
type TabariOption struct {
	Command string // "SET: TIME SHIFT = FALSE", "COMPLEX: VERBS[5] CONJ[4]"
	Line    int
}

// ReadTabariOptions reads a TABARI .options file: one command a line,
// "//" comments, "~~~~~" ends the file.
func ReadTabariOptions(r io.Reader, name string) ([]TabariOption, error) {
	sc := bufio.NewScanner(r)
	var out []TabariOption
	n := 0
	for sc.Scan() {
		n++
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "//") {
			continue
		}
		if strings.HasPrefix(t, "~~") { // end of file mark
			break
		}
		if !strings.Contains(t, ":") {
			return nil, fmt.Errorf("%s:%d: option %q is not COMMAND: ARGUMENTS", name, n, t)
		}
		out = append(out, TabariOption{t, n})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
}

// TabariApplyOption records command in state. "SET: NAME = VALUE" and
// "LABEL: 010=YIELD" are keyed by "SET: NAME" and "LABEL: 010"; other
// commands ("COMPLEX: ...", "DEFAULT: ...") by the command word, so a
// later command replaces an earlier one.
func TabariApplyOption(state map[string]string, command string) {
	cmd, rest, _ := strings.Cut(command, ":")
	cmd, rest = strings.TrimSpace(cmd), strings.TrimSpace(rest)
	if k, v, ok := strings.Cut(rest, "="); ok && (cmd == "SET" || cmd == "LABEL") {
		state[cmd+": "+strings.Join(strings.Fields(k), " ")] = strings.TrimSpace(v)
		return
	}
	state[cmd] = strings.Join(strings.Fields(rest), " ")
}

// TabariProject reads a TABARI .project file's "<name> value" lines
// (actorsfile, verbsfile, optionsfile, agentsfile, textfile, ...); session
// logs ("<session 1> ...") are skipped.
func TabariProject(r io.Reader, name string) (map[string]string, error) {
	sc := bufio.NewScanner(r)
	out := map[string]string{}
	for sc.Scan() {
		t := strings.TrimSpace(sc.Text())
		if !strings.HasPrefix(t, "<") {
			continue
		}
		j := strings.IndexByte(t, '>')
		if j < 0 || strings.ContainsAny(t[1:j], " \t") {
			continue
		}
		out[t[1:j]] = strings.TrimSpace(t[j+1:])
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
}

// ReadTabariSuite reads Validate.text. options is the suite's .options
// file (may be nil); its commands form the initial option state.
func ReadTabariSuite(r io.Reader, name string, options []TabariOption) (*TabariSuite, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 4<<20)
	s := &TabariSuite{File: name}
	state := map[string]string{}
	for _, o := range options {
		TabariApplyOption(state, o.Command)
	}
	warn := func(line int, format string, a ...any) {
		s.Warnings = append(s.Warnings, fmt.Sprintf("%s:%d: %s", name, line, fmt.Sprintf(format, a...)))
	}
	var (
		cur       *TabariRecord
		text      []string
		comment   []string
		inComment bool
		commentAt int
		standard  = true
		n         int
	)
	finish := func() error {
		if cur == nil {
			return nil
		}
		if inComment {
			return fmt.Errorf("%s:%d: comment \"/*\" of record %s is not closed by \"*/\"", name, commentAt, cur.ID)
		}
		cur.Text = strings.Join(strings.Fields(strings.Join(text, " ")), " ")
		cur.Comment = strings.Join(comment, "\n")
		if err := tabariExpectations(cur, comment, commentAt, warn); err != nil {
			return fmt.Errorf("%s:%w", name, err)
		}
		for _, c := range cur.OptionCommands {
			TabariApplyOption(state, c)
		}
		cur.Options = make(map[string]string, len(state))
		for k, v := range state {
			cur.Options[k] = v
		}
		s.Records = append(s.Records, *cur)
		cur, text, comment = nil, nil, nil
		return nil
	}
	for sc.Scan() {
		n++
		ln := strings.TrimRight(sc.Text(), "\r")
		m := tabariHeaderRE.FindStringSubmatch(ln)
		if inComment {
			if m == nil || len(m[1]) > 8 || m[3] != "" {
				comment = append(comment, ln)
				if strings.Contains(ln, "*/") {
					inComment = false
				}
				continue
			}
			// A plain "YYMMDD  ID" line inside a comment: the comment
			// was not closed ("/*" written for "*/", or nothing).
			warn(commentAt, "record %s: comment \"/*\" not closed before the next record %s; closed there", cur.ID, m[2])
			inComment = false
		}
		if m != nil {
			if err := finish(); err != nil {
				return nil, err
			}
			id, note := m[2], m[3]
			if isDigits(id) && note != "" && !strings.Contains(note, " ") {
				warn(n, "header %q repeats its date; %q read as the record id", strings.TrimSpace(ln), note)
				id, note = note, ""
			}
			if id == "FINAL-01" {
				standard = false
			}
			cur = &TabariRecord{ID: id, DateText: m[1], HeaderNote: note, Line: n, Standard: standard}
			if d, ok := petrarchDate(m[1]); ok {
				cur.Date = d
			} else {
				warn(n, "record %s: date %q is not YYMMDD or YYYYMMDD; Date left zero", m[2], m[1])
			}
			continue
		}
		t := strings.TrimSpace(ln)
		switch {
		case t == "":
		case strings.HasPrefix(t, "#"):
			// Banners between records; no record text starts with "#".
		case strings.Contains(t, "/*"):
			// The comment may start at the end of a text line ("said./*").
			if cur == nil {
				return nil, fmt.Errorf("%s:%d: comment \"/*\" outside a record", name, n)
			}
			i := strings.Index(ln, "/*")
			if strings.TrimSpace(ln[:i]) != "" {
				text = append(text, ln[:i])
			}
			comment = append(comment, ln[i:])
			commentAt = n
			inComment = !strings.Contains(ln[i:], "*/")
		case cur == nil:
			return nil, fmt.Errorf("%s:%d: text %.40q outside a record (records start with a \"YYMMDD  ID\" line)", name, n, t)
		case len(comment) > 0 && strings.HasPrefix(t, "\\n"):
			// TABARI's annotation lines start with "\n"; after the
			// comment's "*/" they still annotate the record.
			warn(n, "record %s: annotation line after the comment's \"*/\"; read as part of the comment", cur.ID)
			comment = append(comment, ln)
		default:
			if len(comment) > 0 {
				warn(n, "record %s: text after its /* */ comment; appended to the text", cur.ID)
			}
			text = append(text, ln)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, n, err)
	}
	if err := finish(); err != nil {
		return nil, err
	}
	return s, nil
}

// tabariExpectations reads the brace groups of a record's comment. Braces
// inside a "[...]" note are prose ("coded in {}") and are not read.
func tabariExpectations(r *TabariRecord, comment []string, at int, warn func(int, string, ...any)) error {
	text := strings.Join(comment, "\n")
	line, depth := at, 0
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == '\n':
			line++
			// A "[note" left open must not hide the expectations: a line
			// that starts with a brace group ends any note.
			next := strings.TrimLeft(strings.TrimPrefix(strings.TrimLeft(text[i+1:], " \t"), "\\n"), " \t-")
			if strings.HasPrefix(next, "{") {
				depth = 0
			}
		case c == '[':
			depth++
		case c == ']' && depth > 0:
			depth--
		case c == '{' && depth == 0:
			disabled := i > 0 && text[i-1] == '-'
			end := strings.IndexAny(text[i:], "}\n")
			var inner, after string
			if end < 0 || text[i+end] == '\n' {
				warn(line, "record %s: \"{\" not closed by \"}\" on its line; read to the end of the line", r.ID)
				if end < 0 {
					end = len(text) - i
				}
				inner = text[i+1 : i+end]
				if e := strings.Index(inner, "*/"); e >= 0 {
					inner = inner[:e]
				}
				i += end - 1
			} else {
				inner = text[i+1 : i+end]
				after = text[i+end+1:]
				if e := strings.IndexAny(after, "{\n"); e >= 0 {
					after = after[:e]
				}
				if e := strings.Index(after, "*/"); e >= 0 {
					after = after[:e]
				}
				i += end
			}
			if err := tabariBrace(r, inner, after, disabled, line); err != nil {
				return err
			}
		}
	}
	if r.Mark != TabariNoMark && len(r.Expected) > 0 {
		warn(at, "record %s has {%s} and expected events; both kept", r.ID, r.Mark)
	}
	return nil
}

// tabariBrace reads one brace group: an OPTION, a mark or an event.
func tabariBrace(r *TabariRecord, inner, after string, disabled bool, line int) error {
	in := strings.TrimSpace(inner)
	switch {
	case strings.HasPrefix(in, "OPTION:"):
		r.OptionCommands = append(r.OptionCommands, strings.Join(strings.Fields(strings.TrimPrefix(in, "OPTION:")), " "))
	case in == "+++" || in == "---" || in == "###":
		m := map[string]TabariMark{"+++": TabariComplex, "---": TabariNoEvents, "###": TabariDiscard}[in]
		if r.Mark != TabariNoMark && r.Mark != m {
			return fmt.Errorf("%d: record %s has both {%s} and {%s}", line, r.ID, r.Mark, m)
		}
		r.Mark = m
	default:
		m := tabariEventRE.FindStringSubmatch(inner)
		if m == nil {
			return fmt.Errorf("%d: record %s: {%s} is not { SOURCE / TARGET / CODE }, an OPTION or a mark", line, r.ID, in)
		}
		ev := TabariEvent{Source: m[1], Target: m[2], Code: m[3], Note: strings.TrimSpace(after), Line: line}
		if disabled {
			r.Disabled = append(r.Disabled, ev)
		} else {
			r.Expected = append(r.Expected, ev)
		}
	}
	return nil
}

// TabariStory is the story part of a record ID in TABARI's FORWARD form
// PREFIX-NNN-SSS ("FRWD-001" of "FRWD-001-002"), "" for another ID: the
// records of one story are coded in order, each after the one before.
func TabariStory(id string) string {
	k := strings.LastIndexByte(id, '-')
	if k <= 0 || !isDigits(id[k+1:]) {
		return ""
	}
	story := id[:k]
	j := strings.LastIndexByte(story, '-')
	if j < 0 || !isDigits(story[j+1:]) {
		return ""
	}
	return story
}

func isDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}
