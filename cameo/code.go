package cameo

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
)

//go:embed codes.tsv
var codesTSV string

// codeInfo is one row of codes.tsv joined with its row of plover.tsv.
type codeInfo struct {
	code      Code
	digits    string
	name      string
	about     string
	goldstein float64
	plover    PloverType
	mode      PloverMode
}

// table holds every code in file order (parents before children); the index
// arrays map a code's value, by digit count, to 1+its row (0: absent).
var (
	table []codeInfo
	idx2  [100]uint16
	idx3  [1000]uint16
	idx4  [10000]uint16
)

func init() {
	if err := loadCodes(codesTSV); err != nil {
		panic("cameo: embedded codes.tsv: " + err.Error())
	}
	if err := loadPlover(ploverTSV); err != nil {
		panic("cameo: embedded plover.tsv: " + err.Error())
	}
}

// encode turns 2 to 4 ASCII digits into a Code; ok is false for anything else.
func encode(s string) (Code, bool) {
	if len(s) < 2 || len(s) > 4 {
		return 0, false
	}
	v := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	if v/pow10(len(s)-2) < 1 || v/pow10(len(s)-2) > 20 {
		return 0, false // the root must be 01..20
	}
	return Code(10000*len(s) + v), true
}

func pow10(n int) int {
	p := 1
	for ; n > 0; n-- {
		p *= 10
	}
	return p
}

func (c Code) ndigits() int { return int(c) / 10000 }
func (c Code) value() int   { return int(c) % 10000 }

func (c Code) row() *codeInfo {
	var i uint16
	switch c.ndigits() {
	case 2:
		if v := c.value(); v < len(idx2) {
			i = idx2[v]
		}
	case 3:
		if v := c.value(); v < len(idx3) {
			i = idx3[v]
		}
	case 4:
		i = idx4[c.value()]
	}
	if i == 0 {
		return nil
	}
	return &table[i-1]
}

func loadCodes(src string) error {
	lineNo := 0
	for line := range strings.Lines(src) {
		lineNo++
		line = strings.TrimRight(line, "\r\n")
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return fmt.Errorf("line %d: %d fields, want 4 (code, goldstein, name, about)", lineNo, len(f))
		}
		c, ok := encode(f[0])
		if !ok {
			return fmt.Errorf("line %d: %q is not a CAMEO code (2-4 digits, root 01-20)", lineNo, f[0])
		}
		if c.row() != nil {
			return fmt.Errorf("line %d: code %s listed twice", lineNo, f[0])
		}
		g, err := strconv.ParseFloat(f[1], 64)
		if err != nil || g < -10 || g > 10 {
			return fmt.Errorf("line %d: Goldstein score %q is not a number in [-10,10]", lineNo, f[1])
		}
		if p := c.Parent(); p != 0 && p.row() == nil {
			return fmt.Errorf("line %d: code %s comes before its parent %s", lineNo, f[0], p)
		}
		table = append(table, codeInfo{code: c, digits: f[0], name: f[2], about: f[3], goldstein: g})
		n := uint16(len(table))
		switch len(f[0]) {
		case 2:
			idx2[c.value()] = n
		case 3:
			idx3[c.value()] = n
		case 4:
			idx4[c.value()] = n
		}
	}
	return nil
}

// Parse reads a CAMEO code written as its digits ("04", "042", "0431") and
// reports whether it is in the CAMEO table.
func Parse(s string) (Code, bool) {
	c, ok := encode(s)
	if !ok || c.row() == nil {
		return 0, false
	}
	return c, true
}

// MustParse is Parse for codes written in source; it panics on an unknown code.
func MustParse(s string) Code {
	c, ok := Parse(s)
	if !ok {
		panic("cameo: unknown event code " + strconv.Quote(s))
	}
	return c
}

// Valid reports whether c is a code in the CAMEO table.
func (c Code) Valid() bool { return c.row() != nil }

// String gives the digits of c ("042"), "" for the zero Code, and
// "Code(N)" for a value that encodes no digits.
func (c Code) String() string {
	if r := c.row(); r != nil {
		return r.digits
	}
	if c == 0 {
		return ""
	}
	n := c.ndigits()
	if n < 2 || n > 4 {
		return "Code(" + strconv.Itoa(int(c)) + ")"
	}
	s := strconv.Itoa(c.value())
	return strings.Repeat("0", max(0, n-len(s))) + s
}

// Name is the CAMEO label of c ("Make a visit"); "" if c is not Valid.
func (c Code) Name() string {
	if r := c.row(); r != nil {
		return r.name
	}
	return ""
}

// About is our one-line description of c; "" if c is not Valid.
func (c Code) About() string {
	if r := c.row(); r != nil {
		return r.about
	}
	return ""
}

// Goldstein is the Goldstein conflict-cooperation weight of c, in [-10,10];
// 0 if c is not Valid.
func (c Code) Goldstein() float64 {
	if r := c.row(); r != nil {
		return r.goldstein
	}
	return 0
}

// Level is the number of digits of c: 2 for a root, 3 or 4 below it; 0 for
// the zero Code.
func (c Code) Level() int { return c.ndigits() }

// Root is the two-digit root of c ("0431" → "04"); c itself for a root, 0
// for the zero Code.
func (c Code) Root() Code {
	n := c.ndigits()
	if n < 2 || n > 4 {
		return 0
	}
	return Code(20000 + c.value()/pow10(n-2))
}

// Parent drops the last digit ("0431" → "043" → "04"); a root has no parent (0).
func (c Code) Parent() Code {
	n := c.ndigits()
	if n < 3 || n > 4 {
		return 0
	}
	return Code(10000*(n-1) + c.value()/10)
}

// IsUnder reports whether c is prefix or lies below it in the hierarchy:
// 0431 is under 043 and 04, and under itself; 043 is not under 0431.
func (c Code) IsUnder(prefix Code) bool {
	if prefix == 0 {
		return false
	}
	for x := c; x != 0; x = x.Parent() {
		if x == prefix {
			return true
		}
	}
	return false
}

// Quad is the quad class of c's root as GDELT assigns it: roots 01-05 verbal
// cooperation, 06-09 material cooperation, 10-14 verbal conflict, 15-20
// material conflict. (Phoenix instead counts 01-02 as neutral and moves 09
// and 14 down a class; we follow GDELT.)
func (c Code) Quad() Quad {
	r := c.Root()
	if r == 0 {
		return NoQuad
	}
	switch v := r.value(); {
	case v <= 5:
		return VerbalCooperation
	case v <= 9:
		return MaterialCooperation
	case v <= 14:
		return VerbalConflict
	default:
		return MaterialConflict
	}
}

// Penta is the penta class of c's root as Phoenix (PETRARCH's event data)
// numbers it, on the quad scale: roots 01-02 neutral (NoQuad), 03-05
// verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict,
// 14-20 material conflict. It moves investigation (09) and protest (14)
// a class up from Quad; PLOVER's types keep to it (ACCUSE, PROTEST).
func (c Code) Penta() Quad {
	r := c.Root()
	if r == 0 {
		return NoQuad
	}
	switch v := r.value(); {
	case v <= 2:
		return NoQuad
	case v <= 5:
		return VerbalCooperation
	case v <= 8:
		return MaterialCooperation
	case v <= 13:
		return VerbalConflict
	default:
		return MaterialConflict
	}
}

// Plover gives the PLOVER type and mode c maps to; NoPlover for roots 01
// and 02, which PLOVER does not code, and for codes not in the table.
func (c Code) Plover() (PloverType, PloverMode) {
	if r := c.row(); r != nil {
		return r.plover, r.mode
	}
	return NoPlover, NoMode
}

// All returns every CAMEO code in table order (each parent before its
// children). The slice is new; the caller may keep it.
func All() []Code {
	out := make([]Code, len(table))
	for i := range table {
		out[i] = table[i].code
	}
	return out
}
