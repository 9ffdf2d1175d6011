package lexicon

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"dyad/cameo"
)

// Error is one problem in a dictionary file, located as file:line.
type Error struct {
	Source string // "people.txt:12"
	Msg    string
}

func (e *Error) Error() string { return e.Source + ": " + e.Msg }

// maxErrors bounds how many problems one load reports before it gives up.
const maxErrors = 25

type errorList struct{ errs []error }

func (l *errorList) add(file string, line int, msg string) {
	src := file
	if line > 0 {
		src = file + ":" + strconv.Itoa(line)
	}
	if len(l.errs) == maxErrors {
		l.errs = append(l.errs, errors.New("lexicon: too many errors; stopped counting"))
	}
	if len(l.errs) > maxErrors {
		return
	}
	l.errs = append(l.errs, &Error{Source: src, Msg: msg})
}

func (l *errorList) err() error { return errors.Join(l.errs...) }

// parseFile reads one dictionary file. Problems go to errs; the entries
// returned are only meaningful when errs stays empty.
func parseFile(file, data string, errs *errorList) []*Entry {
	var out []*Entry
	var open *Entry // the entry that role lines may follow
	openLine := 0
	skipping := false // the role lines of an entry line that had an error
	closeOpen := func() {
		if open != nil && len(open.Roles) == 0 {
			errs.add(file, openLine, fmt.Sprintf("entry %q has code - but no role lines under it", open.Names[0]))
		}
		open = nil
	}
	data = strings.TrimPrefix(data, "\ufeff") // a byte-order mark some editors write
	lineNo := 0
	for line := range strings.Lines(data) {
		lineNo++
		line = strings.TrimRight(line, "\r\n")
		if !utf8.ValidString(line) {
			errs.add(file, lineNo, "line is not valid UTF-8: save the file as UTF-8")
			continue
		}
		line = stripComment(line)
		if strings.TrimSpace(line) == "" {
			continue
		}
		if line[0] == ' ' || line[0] == '\t' {
			if skipping {
				continue // its entry line is already reported
			}
			if open == nil {
				errs.add(file, lineNo, "indented role line without an entry line with code - above it")
				continue
			}
			if r, msg := parseRole(strings.TrimSpace(line), open.Kind); msg != "" {
				errs.add(file, lineNo, msg)
			} else {
				r.Source = file + ":" + strconv.Itoa(lineNo)
				if n := len(open.Roles); n > 0 && r.In == "" && r.From < open.Roles[n-1].From {
					errs.add(file, lineNo, fmt.Sprintf("roles out of order: from %s comes after a role from %s",
						dateOrOpen(r.From), dateOrOpen(open.Roles[n-1].From)))
				}
				open.Roles = append(open.Roles, r)
			}
			continue
		}
		closeOpen()
		e, msg := parseEntry(line)
		skipping = msg != ""
		if skipping {
			errs.add(file, lineNo, msg)
			continue
		}
		e.Source = file + ":" + strconv.Itoa(lineNo)
		if len(e.Roles) == 1 {
			e.Roles[0].Source = e.Source
		} else {
			open, openLine = e, lineNo
		}
		out = append(out, e)
	}
	closeOpen()
	return out
}

// stripComment cuts a "#" that starts the line or follows a space or tab.
func stripComment(line string) string {
	for i := 0; i < len(line); i++ {
		if line[i] == '#' && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t') {
			return strings.TrimRight(line[:i], " \t")
		}
	}
	return strings.TrimRight(line, " \t")
}

func dateOrOpen(d Date) string {
	if d == 0 {
		return "the open start"
	}
	return d.String()
}

// parseEntry reads "KIND CODE name | name ...". A CODE of "-" leaves Roles
// empty for role lines to fill.
func parseEntry(line string) (*Entry, string) {
	fields := strings.Fields(line)
	if len(fields) < 3 {
		return nil, "want KIND CODE NAME [| NAME ...]: the code or the names are missing"
	}
	kind, ok := parseKind(fields[0])
	if !ok {
		return nil, fmt.Sprintf("%q is not a kind (country, metonym, adjective, org, agent, person)", fields[0])
	}
	code := fields[1]
	rest := line
	for _, f := range fields[:2] {
		rest = strings.TrimLeft(rest, " \t")[len(f):]
	}
	names := strings.TrimSpace(rest)
	e := &Entry{Kind: kind}
	if i := strings.LastIndexByte(names, '@'); i >= 0 && (i == 0 || names[i-1] == ' ' || names[i-1] == '\t') {
		lat, lon, msg := parseCoords(names[i+1:])
		if msg != "" {
			return nil, msg
		}
		if kind != Place && kind != Metonym {
			return nil, "coordinates (@LAT,LON) are for a place or a capital"
		}
		e.Lat, e.Lon = lat, lon
		names = strings.TrimSpace(names[:i])
	}
	for _, n := range strings.Split(names, "|") {
		n = strings.Join(strings.Fields(n), " ")
		if n == "" {
			return nil, "empty name between | separators"
		}
		if msg := checkName(n); msg != "" {
			return nil, fmt.Sprintf("name %q: %s", n, msg)
		}
		for _, prev := range e.Names {
			if sameName(prev, n) {
				return nil, fmt.Sprintf("name %q is given twice (as %q)", n, prev)
			}
		}
		e.Names = append(e.Names, n)
	}
	if code == "-" {
		return e, ""
	}
	if msg := checkCode(code, kind); msg != "" {
		return nil, msg
	}
	e.Roles = []Role{{Code: code}}
	return e, ""
}

// parseCoords reads "LAT,LON" in degrees ("-4.05,39.67").
func parseCoords(s string) (lat, lon float64, msg string) {
	a, b, ok := strings.Cut(strings.TrimSpace(s), ",")
	if ok {
		var err1, err2 error
		lat, err1 = strconv.ParseFloat(a, 64)
		lon, err2 = strconv.ParseFloat(b, 64)
		ok = err1 == nil && err2 == nil && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180 && (lat != 0 || lon != 0)
	}
	if !ok {
		return 0, 0, fmt.Sprintf("coordinates %q: want @LAT,LON in degrees, as @-4.05,39.67", "@"+s)
	}
	return lat, lon, ""
}

// parseRole reads "CODE FROM..TO [TITLE]".
func parseRole(line string, kind Kind) (Role, string) {
	f := strings.Fields(line)
	if len(f) < 2 {
		return Role{}, "want CODE FROM..TO [TITLE] or CODE in:COUNTRY [TITLE] on a role line"
	}
	if msg := checkCode(f[0], kind); msg != "" {
		return Role{}, msg
	}
	r := Role{Code: f[0]}
	rest := f[1:]
	if strings.Contains(rest[0], "..") {
		var msg string
		if r.From, r.To, msg = parseRange(rest[0]); msg != "" {
			return Role{}, msg
		}
		rest = rest[1:]
	}
	if len(rest) > 0 {
		if in, ok := strings.CutPrefix(rest[0], "in:"); ok {
			if len(in) != 3 || !cameo.IsCountry(in) {
				return Role{}, fmt.Sprintf("%q after in: is not a country code", in)
			}
			r.In, rest = in, rest[1:]
		} else if len(rest) == len(f)-1 {
			_, _, msg := parseRange(rest[0])
			return Role{}, msg
		}
	}
	r.Title = strings.Join(rest, " ")
	return r, ""
}

func checkCode(code string, kind Kind) string {
	a, err := cameo.ParseActor(code)
	if err != nil {
		return err.Error()
	}
	root := a.Root()
	switch kind {
	case Country, Place:
		if len(a.Segments) != 1 || root.Kind != cameo.CountrySeg {
			return fmt.Sprintf("a %s entry needs a bare country code, not %q", kind, code)
		}
	case Region:
		if len(a.Segments) != 1 || root.Kind != cameo.RegionSeg {
			return fmt.Sprintf("a region entry needs a bare region code (EUR, WAF, ...), not %q", code)
		}
	case Agent:
		if root.Kind != cameo.SectorSeg && root.Kind != cameo.ReligionSeg {
			return fmt.Sprintf("an agent entry needs a code of sectors or a religion (GOV, MIL, CHR, ...), not %q", code)
		}
	}
	return ""
}

// parseRange reads FROM..TO where either side may be empty (open) and a
// side is YYYY-MM-DD or YYYY-MM. A month-only FROM starts on the month's
// first day; a month-only TO ends with the month (To is the next month's
// first day, since roles are half-open).
func parseRange(s string) (from, to Date, msg string) {
	a, b, ok := strings.Cut(s, "..")
	if !ok {
		return 0, 0, fmt.Sprintf("%q is not a date range FROM..TO", s)
	}
	if a == "" && b == "" {
		return 0, 0, "the range .. is open at both ends: leave the dates out and give the code on the entry line"
	}
	if a != "" {
		if from, msg = parseDate(a, false); msg != "" {
			return 0, 0, msg
		}
	}
	if b != "" {
		if to, msg = parseDate(b, true); msg != "" {
			return 0, 0, msg
		}
	}
	if from != 0 && to != 0 && from >= to {
		return 0, 0, fmt.Sprintf("dates out of order: %s is not before %s", a, b)
	}
	return from, to, ""
}

func parseDate(s string, end bool) (Date, string) {
	bad := fmt.Sprintf("%q is not a date (YYYY-MM-DD or YYYY-MM)", s)
	var y, m, d int
	switch len(s) {
	case 10:
		if s[4] != '-' || s[7] != '-' {
			return 0, bad
		}
		var ok1, ok2, ok3 bool
		y, ok1 = atoi(s[:4])
		m, ok2 = atoi(s[5:7])
		d, ok3 = atoi(s[8:])
		if !ok1 || !ok2 || !ok3 {
			return 0, bad
		}
	case 7:
		if s[4] != '-' {
			return 0, bad
		}
		var ok1, ok2 bool
		y, ok1 = atoi(s[:4])
		m, ok2 = atoi(s[5:])
		if !ok1 || !ok2 {
			return 0, bad
		}
		d = 1
		if end && m >= 1 && m <= 12 {
			t := time.Date(y, time.Month(m)+1, 1, 0, 0, 0, 0, time.UTC)
			return MakeDate(t.Year(), t.Month(), t.Day()), ""
		}
	default:
		return 0, bad
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if m < 1 || m > 12 || t.Day() != d || y < 1800 {
		return 0, fmt.Sprintf("%q is not a day of the calendar", s)
	}
	return MakeDate(y, time.Month(m), d), ""
}

func atoi(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, s != ""
}
