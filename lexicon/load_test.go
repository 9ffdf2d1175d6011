package lexicon

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"
)

const goodFile = `# a hand-written dictionary
country RUS  Russia | Russian Federation
metonym RUS  Moscow            # the capital
adjective RUS  Russian | Russians
agent GOV  foreign minister | spokeswoman
org IGOWSTNAT  NATO
person -  Ann Example | Example
    USAGOV  2001-02..2005-03-10  Secretary of Examples   # month only: day unknown
    USAGOVMIL  2005-03-10..
`

func TestLoadGood(t *testing.T) {
	fsys := fstest.MapFS{"d/a.txt": {Data: []byte(goodFile)}}
	l, err := Load(fsys, "d")
	if err != nil {
		t.Fatal(err)
	}
	if got := len(l.Entries()); got != 6 {
		t.Fatalf("%d entries, want 6", got)
	}
	p, ok := l.Find("Ann Example")
	if !ok {
		t.Fatal("Ann Example not found")
	}
	if p.Source != "d/a.txt:7" || p.Kind != Person || len(p.Roles) != 2 {
		t.Fatalf("entry %+v", p)
	}
	r := p.Roles[0]
	if r.From != MakeDate(2001, 2, 1) || r.To != MakeDate(2005, 3, 10) || r.Title != "Secretary of Examples" || r.Source != "d/a.txt:8" {
		t.Errorf("role 0 = %+v", r)
	}
	tests := []struct {
		day  Date
		code string
	}{
		{MakeDate(2001, 1, 31), ""},
		{MakeDate(2001, 2, 1), "USAGOV"},
		{MakeDate(2005, 3, 9), "USAGOV"},
		{MakeDate(2005, 3, 10), "USAGOVMIL"}, // half-open: the successor role from its first day
		{MakeDate(2026, 11, 25), "USAGOVMIL"},
		{0, "USAGOVMIL"},
	}
	for _, tt := range tests {
		role, ok := p.CodeOn(tt.day)
		got := ""
		if ok {
			got = role.Code
		}
		if got != tt.code {
			t.Errorf("CodeOn(%s) = %q, want %q", tt.day, got, tt.code)
		}
	}
	m, _ := l.Find("Moscow")
	if m == nil || m.Kind != Metonym || m.Roles[0].Code != "RUS" || m.Roles[0].Source != "d/a.txt:3" {
		t.Errorf("Moscow = %+v", m)
	}
	l, err = Load(fstest.MapFS{"d/a.txt": {Data: []byte("place KEN  Mombasa | Mombasa Town  @-4.05,39.66\n")}}, "d")
	if err != nil {
		t.Fatal(err)
	}
	if c, ok := l.Find("Mombasa Town"); !ok || c.Lat != -4.05 || c.Lon != 39.66 || len(c.Names) != 2 || c.Names[1] != "Mombasa Town" {
		t.Errorf("Mombasa = %+v", c)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, file, want string
	}{
		{"unknown kind", "city RUS  Moscow\n", "x.txt:1: \"city\" is not a kind"},
		{"place with sector", "place IRQGOV  Basra\n", "x.txt:1: a place entry needs a bare country code"},
		{"region with country", "region RUS  Europe\n", "x.txt:1: a region entry needs a bare region code"},
		{"missing names", "country RUS\n", "x.txt:1: want KIND CODE NAME"},
		{"bad code", "org USAGOX  Foo\n", "x.txt:1: actor code \"USAGOX\": segment 2 \"GOX\""},
		{"country with sector", "country USAGOV  Foo\n", "x.txt:1: a country entry needs a bare country code"},
		{"agent with country", "agent USAGOV  foo\n", "x.txt:1: an agent entry needs a code of sectors or a religion"},
		{"empty name", "country RUS  Russia | | Rus\n", "x.txt:1: empty name"},
		{"name twice", "country RUS  Russia | RUSSIA\n\n", ""}, // differs in case demands: allowed
		{"name twice same", "country RUS  Russia | Russia\n", "x.txt:1: name \"Russia\" is given twice"},
		{"leading the", "metonym RUSGOV  the Kremlin\n", "x.txt:1: name \"the Kremlin\": begins with \"the\""},
		{"role without entry", "\n  USAGOV 2001-01-01..\n", "x.txt:2: indented role line without an entry"},
		{"role after coded entry", "person USAGOV  A B\n  USAGOV 2001-01-01..\n", "x.txt:2: indented role line"},
		{"no roles", "person -  A B\ncountry RUS  Russia\n", "x.txt:1: entry \"A B\" has code - but no role lines"},
		{"bad date", "person -  A B\n  USAGOV 2001-02-30..\n", "x.txt:2: \"2001-02-30\" is not a day of the calendar"},
		{"bad date form", "person -  A B\n  USAGOV 2001/02/03..\n", "x.txt:2: \"2001/02/03\" is not a date"},
		{"no range", "person -  A B\n  USAGOV 2001-02-03\n", "x.txt:2: \"2001-02-03\" is not a date range"},
		{"reading in a country", "org -  RSF\n  NGOMED 1985-01..\n  SDNUAF 2013-08.. in:SDN\n  SDNUAF in:SSD\n", ""},
		{"reading in no country", "org -  RSF\n  NGOMED 1985-01..\n  SDNUAF in:XYZ\n", "x.txt:3: \"XYZ\" after in: is not a country code"},
		{"dates out of order", "person -  A B\n  USAGOV 2005-01-01..2001-01-01\n", "x.txt:2: dates out of order"},
		{"roles out of order", "person -  A B\n  USAGOV 2005-01-01..\n  USAMIL 2001-01-01..2002-01-01\n", "x.txt:3: roles out of order"},
		{"duplicate", "country RUS  Russia\nmetonym RUS  Russia\n", "x.txt:2: duplicate entry: name \"Russia\" is also a name of x.txt:1"},
		{"conflict", "country RUS  Georgia\ncountry GEO  Georgia\n", "x.txt:2: conflicting entry: name \"Georgia\" is also a name of x.txt:1"},
		{"not utf-8", "country RUS  Russ\xe9a\n", "x.txt:1: line is not valid UTF-8"},
		{"byte-order mark and CRLF", "\ufeffcountry RUS  Russia\r\nmetonym RUS  Moscow\r\n", ""},
		{"conflict after normalising", "country USA  U.S.\ncountry GBR  US\n", "x.txt:2: conflicting entry: name \"US\""},
		{"coordinates", "place KEN  Mombasa | Mombasa Town  @-4.05,39.66\nmetonym KEN  Nairobi  @-1.29,36.82\n", ""},
		{"coordinates on a country", "country KEN  Kenya  @0.10,37.90\n", "x.txt:1: coordinates (@LAT,LON) are for a place or a capital"},
		{"coordinates out of range", "place KEN  Mombasa  @-94.05,39.66\n", "x.txt:1: coordinates \"@-94.05,39.66\": want @LAT,LON"},
		{"coordinates half", "place KEN  Mombasa  @-4.05\n", "x.txt:1: coordinates \"@-4.05\": want @LAT,LON"},
	}
	for _, tt := range tests {
		_, err := Load(fstest.MapFS{"x.txt": {Data: []byte(tt.file)}}, ".")
		if tt.want == "" {
			if err != nil {
				t.Errorf("%s: %v", tt.name, err)
			}
			continue
		}
		if err == nil {
			t.Errorf("%s: no error, want %q", tt.name, tt.want)
			continue
		}
		if !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %q, want it to contain %q", tt.name, err, tt.want)
		}
		var le *Error
		if !errors.As(err, &le) {
			t.Errorf("%s: error is not a *lexicon.Error", tt.name)
		}
	}
}

func TestLoadEmptyDir(t *testing.T) {
	if _, err := Load(fstest.MapFS{"d/README": {Data: []byte("x")}}, "d"); err == nil || !strings.Contains(err.Error(), "no *.txt") {
		t.Errorf("err = %v", err)
	}
}

func TestExtend(t *testing.T) {
	base, err := Load(fstest.MapFS{"a.txt": {Data: []byte("country RUS  Russia\nmetonym RUS  Moscow\n")}}, ".")
	if err != nil {
		t.Fatal(err)
	}
	ext, err := base.Extend(fstest.MapFS{"u/mine.txt": {Data: []byte("metonym RUSGOV  Moscow\norg IGOUNO  UN\n")}}, "u")
	if err != nil {
		t.Fatal(err)
	}
	if e, _ := ext.Find("Moscow"); e == nil || e.Roles[0].Code != "RUSGOV" || e.Source != "u/mine.txt:1" {
		t.Errorf("extended Moscow = %+v", e)
	}
	if e, _ := base.Find("Moscow"); e == nil || e.Roles[0].Code != "RUS" {
		t.Errorf("base changed by Extend: Moscow = %+v", e)
	}
	if e, _ := ext.Find("Russia"); e == nil || e.Roles[0].Code != "RUS" {
		t.Errorf("extended Russia = %+v", e)
	}
	ov := ext.Overrides()
	if len(ov) != 1 || ov[0].Phrase != "Moscow" || ov[0].Base != "a.txt:2" || ov[0].By != "u/mine.txt:1" {
		t.Errorf("overrides = %+v", ov)
	}
	// A duplicate inside the extending files is still an error.
	if _, err := base.Extend(fstest.MapFS{"u/a.txt": {Data: []byte("org IGOUNO  UN\norg IGOUNO  UN\n")}}, "u"); err == nil {
		t.Error("duplicate within the extension: no error")
	}
}
