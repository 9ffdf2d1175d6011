package eval

import (
	"fmt"
	"html"
	"io"
	"regexp"
	"sort"
	"strings"
	"time"
)

// PETRARCH validation suites: petrarch2 PETR.UnitTest.records.xml and
// single_test.xml, UniversalPetrarch PETR_Validate_records_2_02.xml.
//
// The files are XML-like but not all well-formed (attributes without
// values, "<PLEvent {json}>" lines), so they are read with a small tag
// scanner rather than encoding/xml. Anything the scanner does not know is a
// PetrarchSuite warning with file:line, never a silent skip.

// PetrarchSuite is one validation file.
type PetrarchSuite struct {
	File        string
	Environment PetrarchEnvironment
	Records     []PetrarchRecord
	Warnings    []string // "file:line: message"
}

// PetrarchEnvironment is the <Environment> block: the dictionaries the
// records were written for and the categories that are evaluated.
type PetrarchEnvironment struct {
	Verbfile, Actorfile, Agentfile, Discardfile, PICOfile, Errorfile string
	Include                                                          []string // <Include> words; a record is evaluated if its category is one
	Pause                                                            string
	Config                                                           []PetrarchOption // <Config> inside <Environment>
}

// PetrarchOption is a <Config option="..." value="..."> element.
type PetrarchOption struct {
	Name, Value string
	Line        int
}

// PetrarchEvent is one expected <EventCoding>.
type PetrarchEvent struct {
	Source, Target, Code string
}

// PetrarchRecord is one <Sentence>.
type PetrarchRecord struct {
	ID       string
	Date     time.Time // from date="YYYYMMDD" (or YYMMDD, 00-30 being 20YY)
	Category string    // ACTOR, AGENT, COMPOUND, ...
	Line     int       // line of the <Sentence> tag
	// Valid is the record's own flag: sentence="true" (petrarch2),
	// valid="true" (single_test.xml) or evaluate="true" (UniversalPetrarch).
	Valid bool
	// Evaluated is Valid and Category among Environment.Include: the
	// records PETRARCH scores (278 in PETR.UnitTest.records.xml).
	Evaluated bool
	Text      string // <Text>, entities decoded, white space collapsed
	Parse     string // <Parse> as written (Penn Treebank or CoNLL-U); dyad does not use it
	Expected  []PetrarchEvent
	NoEvents  bool     // <EventCoding noevents="True">: no event may be coded
	Errors    []string // <EventCoding error="...">: PETRARCH should report this error
	Skip      bool     // <Skip> (single_test.xml)
	PLEvents  []string // UniversalPetrarch "<PLEvent {...}>" lines, as written (PETRARCH ignores them)
	// Options is the <Config> state in force for this record: the
	// environment's options then every <Config> before the record, in
	// order. Defaults from PETR_config.ini are not included.
	Options map[string]string
}

// Triples returns the expected events as triples.
func (r *PetrarchRecord) Triples() []Triple {
	out := make([]Triple, len(r.Expected))
	for i, e := range r.Expected {
		out[i] = Triple{e.Source, e.Target, e.Code}
	}
	return out
}

// Triple is an event reduced to what the peer suites score.
type Triple struct {
	Source, Target, Code string
}

// ScoreTriples reports whether got and want hold the same set of triples
// (order and repetition ignored): the record-level criterion of the
// PETRARCH and TABARI suites.
func ScoreTriples(got, want []Triple) bool {
	set := func(ts []Triple) []Triple {
		s := append([]Triple(nil), ts...)
		sort.Slice(s, func(i, j int) bool {
			a, b := s[i], s[j]
			if a.Source != b.Source {
				return a.Source < b.Source
			}
			if a.Target != b.Target {
				return a.Target < b.Target
			}
			return a.Code < b.Code
		})
		out := s[:0]
		for i, t := range s {
			if i == 0 || t != s[i-1] {
				out = append(out, t)
			}
		}
		return out
	}
	g, w := set(got), set(want)
	if len(g) != len(w) {
		return false
	}
	for i := range g {
		if g[i] != w[i] {
			return false
		}
	}
	return true
}

// CategoryCounts counts records per category; evaluatedOnly keeps
// only Evaluated records.
func (s *PetrarchSuite) CategoryCounts(evaluatedOnly bool) map[string]int {
	m := map[string]int{}
	for _, r := range s.Records {
		if !evaluatedOnly || r.Evaluated {
			m[r.Category]++
		}
	}
	return m
}

var petrarchAttrRE = regexp.MustCompile(`([A-Za-z_]+)\s*=\s*(?:"([^"]*)"|'([^']*)')`)

// petrarchTag is one scanned tag.
type petrarchTag struct {
	name  string // "Sentence", "/Sentence", ...
	attrs map[string]string
	raw   string // text between < and >
	start int    // offset of "<"
	end   int    // offset after ">"
}

// ReadPetrarchSuite reads a PETRARCH validation file. name is used in
// messages. It fails on a structure it cannot follow (an unterminated
// comment or tag, a <Sentence> without </Sentence>, a bad date).
func ReadPetrarchSuite(r io.Reader, name string) (*PetrarchSuite, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	data := string(b)
	lineStarts := []int{0}
	for i := 0; i < len(data); i++ {
		if data[i] == '\n' {
			lineStarts = append(lineStarts, i+1)
		}
	}
	lineOf := func(off int) int { return sort.SearchInts(lineStarts, off+1) }
	s := &PetrarchSuite{File: name}
	warn := func(off int, format string, a ...any) {
		s.Warnings = append(s.Warnings, fmt.Sprintf("%s:%d: %s", name, lineOf(off), fmt.Sprintf(format, a...)))
	}
	fail := func(off int, format string, a ...any) error {
		return fmt.Errorf("%s:%d: %s", name, lineOf(off), fmt.Sprintf(format, a...))
	}
	// next returns the next tag at or after pos, skipping comments.
	next := func(pos int) (petrarchTag, bool, error) {
		for {
			i := strings.IndexByte(data[pos:], '<')
			if i < 0 {
				return petrarchTag{}, false, nil
			}
			i += pos
			if strings.HasPrefix(data[i:], "<!--") {
				j := strings.Index(data[i+4:], "-->")
				if j < 0 {
					return petrarchTag{}, false, fail(i, "comment \"<!--\" is not closed")
				}
				pos = i + 4 + j + 3
				continue
			}
			j := strings.IndexByte(data[i:], '>')
			if j < 0 {
				return petrarchTag{}, false, fail(i, "tag is not closed by \">\"")
			}
			raw := data[i+1 : i+j]
			nm := raw
			if k := strings.IndexAny(raw, " \t\r\n/"); k > 0 {
				nm = raw[:k]
			} else if k == 0 && strings.HasPrefix(raw, "/") {
				nm = strings.TrimSpace(raw)
			}
			t := petrarchTag{name: nm, raw: raw, start: i, end: i + j + 1, attrs: map[string]string{}}
			for _, m := range petrarchAttrRE.FindAllStringSubmatch(raw, -1) {
				v := m[2]
				if v == "" {
					v = m[3]
				}
				t.attrs[m[1]] = html.UnescapeString(v)
			}
			return t, true, nil
		}
	}
	// content returns the text up to the closing tag of name.
	content := func(t petrarchTag, name string) (string, int, error) {
		if strings.HasSuffix(t.raw, "/") {
			return "", t.end, nil
		}
		closeTag := "</" + name + ">"
		j := strings.Index(data[t.end:], closeTag)
		if j < 0 {
			return "", 0, fail(t.start, "<%s> is not closed by %s", name, closeTag)
		}
		return data[t.end : t.end+j], t.end + j + len(closeTag), nil
	}

	options := map[string]string{}
	inEnv := false
	pos := 0
	for {
		t, ok, err := next(pos)
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		pos = t.end
		switch t.name {
		case "?xml", "Validation", "/Validation", "Sentences", "/Sentences", "/Config", "/EventCoding":
		case "Environment":
			inEnv = true
		case "/Environment":
			inEnv = false
		case "Verbfile", "Actorfile", "Agentfile", "Discardfile", "PICOfile", "Errorfile", "Include", "Pause":
			if !inEnv {
				warn(t.start, "<%s> outside <Environment> ignored", t.name)
			}
			c, end, err := content(t, t.name)
			if err != nil {
				return nil, err
			}
			pos = end
			c = strings.TrimSpace(c)
			e := &s.Environment
			switch t.name {
			case "Verbfile":
				e.Verbfile = c
			case "Actorfile":
				e.Actorfile = c
			case "Agentfile":
				e.Agentfile = c
			case "Discardfile":
				e.Discardfile = c
			case "PICOfile":
				e.PICOfile = c
			case "Errorfile":
				e.Errorfile = c
			case "Include":
				e.Include = strings.Fields(c)
			case "Pause":
				e.Pause = c
			}
		case "Config":
			o := PetrarchOption{Name: t.attrs["option"], Value: t.attrs["value"], Line: lineOf(t.start)}
			if o.Name == "" {
				return nil, fail(t.start, "<Config> without option=\"...\"")
			}
			options[o.Name] = o.Value
			if inEnv {
				s.Environment.Config = append(s.Environment.Config, o)
			}
		case "Sentence":
			rec, end, err := readPetrarchSentence(data, t, next, content, warn, fail)
			if err != nil {
				return nil, err
			}
			pos = end
			rec.Line = lineOf(t.start)
			rec.Options = make(map[string]string, len(options))
			for k, v := range options {
				rec.Options[k] = v
			}
			rec.Evaluated = rec.Valid && petrarchIncludes(s.Environment.Include, rec.Category)
			s.Records = append(s.Records, rec)
		default:
			warn(t.start, "unknown element <%s> ignored", t.name)
		}
	}
	return s, nil
}

func petrarchIncludes(include []string, category string) bool {
	for _, c := range include {
		if c == category {
			return true
		}
	}
	return false
}

// readPetrarchSentence reads from the <Sentence> tag t to </Sentence>.
func readPetrarchSentence(data string, t petrarchTag,
	next func(int) (petrarchTag, bool, error),
	content func(petrarchTag, string) (string, int, error),
	warn func(int, string, ...any), fail func(int, string, ...any) error,
) (PetrarchRecord, int, error) {
	rec := PetrarchRecord{ID: t.attrs["id"], Category: t.attrs["category"]}
	if rec.ID == "" {
		return rec, 0, fail(t.start, "<Sentence> without id=\"...\"")
	}
	d, ok := petrarchDate(t.attrs["date"])
	if !ok {
		return rec, 0, fail(t.start, "<Sentence id=%q> date %q is not YYYYMMDD or YYMMDD", rec.ID, t.attrs["date"])
	}
	rec.Date = d
	flag := ""
	for _, a := range []string{"sentence", "valid", "evaluate"} {
		if v, ok := t.attrs[a]; ok {
			flag = v
		}
	}
	switch strings.ToLower(flag) {
	case "true":
		rec.Valid = true
	case "false":
	default:
		warn(t.start, "<Sentence id=%q> has no sentence=/valid=/evaluate= flag; read as not valid", rec.ID)
	}
	pos := t.end
	for {
		c, ok, err := next(pos)
		if err != nil {
			return rec, 0, err
		}
		if !ok {
			return rec, 0, fail(t.start, "<Sentence id=%q> is not closed by </Sentence>", rec.ID)
		}
		pos = c.end
		switch c.name {
		case "/Sentence":
			return rec, pos, nil
		case "Sentence":
			return rec, 0, fail(c.start, "<Sentence> inside <Sentence id=%q>", rec.ID)
		case "EventCoding":
			switch {
			case c.attrs["noevents"] != "":
				rec.NoEvents = true
			case c.attrs["error"] != "":
				rec.Errors = append(rec.Errors, c.attrs["error"])
			default:
				src, okS := c.attrs["sourcecode"]
				tgt, okT := c.attrs["targetcode"]
				code, okC := c.attrs["eventcode"]
				if !okS || !okT || !okC {
					return rec, 0, fail(c.start, "<EventCoding> needs sourcecode, targetcode and eventcode (or noevents, or error)")
				}
				rec.Expected = append(rec.Expected, PetrarchEvent{petrarchCode(src), petrarchCode(tgt), code})
			}
		case "/EventCoding", "/Skip":
		case "Skip":
			rec.Skip = true
		case "PLEvent":
			rec.PLEvents = append(rec.PLEvents, strings.TrimSpace(strings.TrimPrefix(c.raw, "PLEvent")))
		case "Text", "Parse":
			body, end, err := content(c, c.name)
			if err != nil {
				return rec, 0, err
			}
			pos = end
			if c.name == "Text" {
				rec.Text = strings.Join(strings.Fields(html.UnescapeString(body)), " ")
			} else {
				rec.Parse = strings.TrimSpace(html.UnescapeString(body))
			}
		default:
			warn(c.start, "unknown element <%s> in <Sentence id=%q> ignored", c.name, rec.ID)
		}
	}
}

// petrarchCode reads a code attribute; single_test.xml writes an empty code
// as '""'.
func petrarchCode(s string) string {
	if s == `""` {
		return ""
	}
	return s
}

// petrarchDate reads YYYYMMDD or YYMMDD (YY 00-30 is 20YY, else 19YY, the
// KEDS/TABARI/PETRARCH rule).
func petrarchDate(s string) (time.Time, bool) {
	if len(s) == 6 {
		if s[:2] <= "30" {
			s = "20" + s
		} else {
			s = "19" + s
		}
	}
	if len(s) != 8 {
		return time.Time{}, false
	}
	d, err := time.Parse("20060102", s)
	return d, err == nil
}
