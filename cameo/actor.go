package cameo

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
)

// Sector is a CAMEO role code: what part of a country or organisation an
// actor belongs to ("GOV", "MIL", "MED"). IGO, NGO, MNC and IMG are sectors
// that may also stand first, as the root of an international actor.
type Sector uint8

const (
	NoSector Sector = iota
	GOV             // government
	MIL             // military
	REB             // rebels
	INS             // insurgents
	SEP             // separatists
	OPP             // political opposition
	PTY             // political party
	LEG             // legislature
	JUD             // judiciary
	COP             // police
	SPY             // intelligence services
	MED             // media
	BUS             // business
	CVL             // civilians
	EDU             // education
	REL             // religious
	LAB             // labour
	REF             // refugees
	HLH             // health
	ELI             // elites
	CRM             // criminals
	UAF             // unaffiliated armed forces
	AGR             // agriculture
	DEV             // development
	ENV             // environment
	HRI             // human rights
	MOD             // moderates
	RAD             // radicals
	SET             // settlers
	UIS             // unidentified state actor
	PKO             // peacekeepers
	IGO             // intergovernmental organisation
	NGO             // non-governmental organisation
	MNC             // multinational corporation
	IMG             // international militarised group
	sectorEnd
)

var sectorNames = [...]string{"", "GOV", "MIL", "REB", "INS", "SEP", "OPP", "PTY", "LEG", "JUD", "COP", "SPY",
	"MED", "BUS", "CVL", "EDU", "REL", "LAB", "REF", "HLH", "ELI", "CRM", "UAF", "AGR", "DEV", "ENV", "HRI",
	"MOD", "RAD", "SET", "UIS", "PKO", "IGO", "NGO", "MNC", "IMG"}

// String is the three-letter code ("GOV"); "" for NoSector.
func (s Sector) String() string {
	if s < sectorEnd {
		return sectorNames[s]
	}
	return "Sector(" + strconv.Itoa(int(s)) + ")"
}

// ParseSector reads a three-letter sector code, in capitals.
func ParseSector(s string) (Sector, bool) {
	for x := GOV; x < sectorEnd; x++ {
		if sectorNames[x] == s {
			return x, true
		}
	}
	return NoSector, false
}

// International reports whether s is a root of international actors.
func (s Sector) International() bool { return s >= IGO && s <= IMG }

// SegmentKind says what a three-letter segment of an actor code names.
type SegmentKind uint8

const (
	NoSegment   SegmentKind = iota
	CountrySeg              // ISO 3166 alpha-3 or a historical state
	RegionSeg               // a region or bloc ("MEA", "WST")
	SectorSeg               // a Sector
	OrgSeg                  // a particular organisation ("UNO", "NAT")
	ReligionSeg             // a religion ("MOS", "CHR")
	segmentKindEnd
)

var segmentKindNames = [...]string{"none", "country", "region", "sector", "organisation", "religion"}

func (k SegmentKind) String() string {
	if k < segmentKindEnd {
		return segmentKindNames[k]
	}
	return "SegmentKind(" + strconv.Itoa(int(k)) + ")"
}

//go:embed countries.tsv
var countriesTSV string

//go:embed segments.tsv
var segmentsTSV string

type segInfo struct {
	kind SegmentKind
	name string
}

// segments maps every known three-letter segment but the sectors.
var segments = map[string]segInfo{}

func init() {
	if err := loadSegments(countriesTSV, false); err != nil {
		panic("cameo: embedded countries.tsv: " + err.Error())
	}
	if err := loadSegments(segmentsTSV, true); err != nil {
		panic("cameo: embedded segments.tsv: " + err.Error())
	}
}

func loadSegments(src string, withKind bool) error {
	lineNo := 0
	for line := range strings.Lines(src) {
		lineNo++
		line = strings.TrimRight(line, "\r\n")
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		want := 2
		if withKind {
			want = 3
		}
		if len(f) != want {
			return fmt.Errorf("line %d: %d fields, want %d", lineNo, len(f), want)
		}
		code, kind, name := f[0], CountrySeg, f[len(f)-1]
		if withKind {
			switch f[1] {
			case "state":
				kind = CountrySeg
			case "region":
				kind = RegionSeg
			case "org":
				kind = OrgSeg
			case "religion":
				kind = ReligionSeg
			default:
				return fmt.Errorf("line %d: kind %q is not state, region, org or religion", lineNo, f[1])
			}
		}
		if !isSegment(code) {
			return fmt.Errorf("line %d: %q is not three capital letters", lineNo, code)
		}
		if _, dup := segments[code]; dup {
			return fmt.Errorf("line %d: segment %s listed twice", lineNo, code)
		}
		if _, sec := ParseSector(code); sec {
			return fmt.Errorf("line %d: segment %s is a sector", lineNo, code)
		}
		segments[code] = segInfo{kind, name}
	}
	return nil
}

func isSegment(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// IsCountry reports whether code is an ISO 3166 alpha-3 code or a
// historical state the tables know ("USA", "SUN", "YUG").
func IsCountry(code string) bool { return segments[code].kind == CountrySeg }

// IsDomesticSector reports whether code is one sector alone that is not
// international ("GOV", "REB"; not "IGO").
func IsDomesticSector(code string) bool {
	sec, ok := ParseSector(code)
	return ok && !sec.International()
}

// CountryName is the English short name of a country code ("" if unknown).
func CountryName(code string) string {
	if s := segments[code]; s.kind == CountrySeg {
		return s.name
	}
	return ""
}

// Segment is one three-letter part of an actor code.
type Segment struct {
	Code   string // three capital letters
	Kind   SegmentKind
	Sector Sector // for SectorSeg
}

// ActorCode is a parsed CAMEO actor code: a root segment (a country, a
// region, an international sector such as IGO, or a bare sector such as
// "REB") and the segments after it. "USAGOVMIL" is USA, GOV, MIL;
// "IGOUNOIAE" is IGO, UNO, IAE.
type ActorCode struct {
	Code     string
	Segments []Segment
}

// Root is the first segment.
func (a ActorCode) Root() Segment {
	if len(a.Segments) == 0 {
		return Segment{}
	}
	return a.Segments[0]
}

// Country is the first country segment ("USA" for "USAGOV", "USA" for
// "NGOUSAHRI"), "" if there is none.
func (a ActorCode) Country() string {
	for _, s := range a.Segments {
		if s.Kind == CountrySeg {
			return s.Code
		}
	}
	return ""
}

// Sectors lists the sector segments in order, the root included when it is
// one ("IGO" in "IGOUNO").
func (a ActorCode) Sectors() []Sector {
	var out []Sector
	for _, s := range a.Segments {
		if s.Kind == SectorSeg {
			out = append(out, s.Sector)
		}
	}
	return out
}

// Has reports whether s is among the code's sectors.
func (a ActorCode) Has(s Sector) bool {
	for _, x := range a.Segments {
		if x.Kind == SectorSeg && x.Sector == s {
			return true
		}
	}
	return false
}

// ActorCodeError says why an actor code does not parse.
type ActorCodeError struct {
	Code    string
	Segment int // 1-based index of the bad segment; 0 when the whole code is wrong
	Msg     string
}

func (e *ActorCodeError) Error() string {
	if e.Segment == 0 {
		return fmt.Sprintf("actor code %q: %s", e.Code, e.Msg)
	}
	return fmt.Sprintf("actor code %q: segment %d %q: %s", e.Code, e.Segment,
		e.Code[3*(e.Segment-1):3*e.Segment], e.Msg)
}

// ParseActor parses an actor code. The code is one or more three-letter
// segments in capitals. The first is a country, a region, a religion or a
// sector (IGO, NGO, MNC and IMG are sectors); each later one is a sector, a
// country, a region, a religion, or, after an international root, an
// organisation ("IGOUNO"). A sector may not repeat.
func ParseActor(code string) (ActorCode, error) {
	if code == "" || len(code)%3 != 0 {
		return ActorCode{}, &ActorCodeError{Code: code, Msg: "length is not a multiple of three letters"}
	}
	a := ActorCode{Code: code, Segments: make([]Segment, 0, len(code)/3)}
	international := false
	for i := 0; i < len(code); i += 3 {
		s := code[i : i+3]
		n := i/3 + 1
		if !isSegment(s) {
			return ActorCode{}, &ActorCodeError{code, n, "is not three capital letters"}
		}
		seg := Segment{Code: s}
		if sec, ok := ParseSector(s); ok {
			if a.Has(sec) {
				return ActorCode{}, &ActorCodeError{code, n, "repeats a sector"}
			}
			seg.Kind, seg.Sector = SectorSeg, sec
			if i == 0 && sec.International() {
				international = true
			}
		} else if info, ok := segments[s]; ok {
			seg.Kind = info.kind
			if info.kind == OrgSeg && !international {
				return ActorCode{}, &ActorCodeError{code, n, "names an organisation, which may only follow IGO, NGO, MNC or IMG"}
			}
		} else {
			return ActorCode{}, &ActorCodeError{code, n, "is not a known country, region, sector, organisation or religion code"}
		}
		a.Segments = append(a.Segments, seg)
	}
	return a, nil
}

// ValidActor reports whether code parses as an actor code; see ParseActor.
func ValidActor(code string) error {
	_, err := ParseActor(code)
	return err
}
