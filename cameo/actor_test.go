package cameo

import (
	"errors"
	"strings"
	"testing"
)

func TestParseActor(t *testing.T) {
	tests := []struct {
		code    string
		country string
		sectors []Sector
		kinds   []SegmentKind
	}{
		{"USA", "USA", nil, []SegmentKind{CountrySeg}},
		{"USAGOV", "USA", []Sector{GOV}, []SegmentKind{CountrySeg, SectorSeg}},
		{"RUSMED", "RUS", []Sector{MED}, []SegmentKind{CountrySeg, SectorSeg}},
		{"USAGOVMIL", "USA", []Sector{GOV, MIL}, []SegmentKind{CountrySeg, SectorSeg, SectorSeg}},
		{"IGOUNO", "", []Sector{IGO}, []SegmentKind{SectorSeg, OrgSeg}},
		{"IGOUNOIAE", "", []Sector{IGO}, []SegmentKind{SectorSeg, OrgSeg, OrgSeg}},
		{"IGOWSTNAT", "", []Sector{IGO}, []SegmentKind{SectorSeg, RegionSeg, OrgSeg}},
		{"NGOUSAHRI", "USA", []Sector{NGO, HRI}, []SegmentKind{SectorSeg, CountrySeg, SectorSeg}},
		{"REB", "", []Sector{REB}, []SegmentKind{SectorSeg}},
		{"SUN", "SUN", nil, []SegmentKind{CountrySeg}},
		{"XKXGOV", "XKX", []Sector{GOV}, []SegmentKind{CountrySeg, SectorSeg}},
		{"MEAREB", "", []Sector{REB}, []SegmentKind{RegionSeg, SectorSeg}},
		{"IMGMOSALQ", "", []Sector{IMG}, []SegmentKind{SectorSeg, ReligionSeg, OrgSeg}},
	}
	for _, tt := range tests {
		a, err := ParseActor(tt.code)
		if err != nil {
			t.Errorf("ParseActor(%q): %v", tt.code, err)
			continue
		}
		if a.Country() != tt.country {
			t.Errorf("%s: country %q, want %q", tt.code, a.Country(), tt.country)
		}
		if got := a.Sectors(); len(got) != len(tt.sectors) || (len(got) > 0 && !equalSectors(got, tt.sectors)) {
			t.Errorf("%s: sectors %v, want %v", tt.code, got, tt.sectors)
		}
		var kinds []SegmentKind
		var back strings.Builder
		for _, s := range a.Segments {
			kinds = append(kinds, s.Kind)
			back.WriteString(s.Code)
		}
		if len(kinds) != len(tt.kinds) {
			t.Errorf("%s: kinds %v, want %v", tt.code, kinds, tt.kinds)
		} else {
			for i := range kinds {
				if kinds[i] != tt.kinds[i] {
					t.Errorf("%s: kinds %v, want %v", tt.code, kinds, tt.kinds)
					break
				}
			}
		}
		if back.String() != tt.code {
			t.Errorf("%s: segments join to %q", tt.code, back.String())
		}
	}
}

func equalSectors(a, b []Sector) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestParseActorErrors(t *testing.T) {
	tests := []struct {
		code    string
		segment int
		msg     string
	}{
		{"", 0, "multiple of three"},
		{"USAG", 0, "multiple of three"},
		{"usagov", 1, "three capital letters"},
		{"USAGOX", 2, "not a known"},
		{"XYZ", 1, "not a known"},
		{"USAUNO", 2, "organisation"},
		{"USAGOVGOV", 3, "repeats"},
	}
	for _, tt := range tests {
		_, err := ParseActor(tt.code)
		var ae *ActorCodeError
		if !errors.As(err, &ae) {
			t.Errorf("ParseActor(%q) = %v, want an *ActorCodeError", tt.code, err)
			continue
		}
		if ae.Segment != tt.segment || !strings.Contains(err.Error(), tt.msg) || !strings.Contains(err.Error(), tt.code) {
			t.Errorf("ParseActor(%q): %v (segment %d); want segment %d, %q", tt.code, err, ae.Segment, tt.segment, tt.msg)
		}
	}
}

func TestCountries(t *testing.T) {
	for code, name := range map[string]string{"USA": "United States", "RUS": "Russia", "CHN": "China",
		"GBR": "United Kingdom", "TWN": "Taiwan", "PSE": "Palestine", "XKX": "Kosovo", "SUN": "Soviet Union",
		"YUG": "Yugoslavia", "DDR": "East Germany", "CSK": "Czechoslovakia"} {
		if !IsCountry(code) || CountryName(code) != name {
			t.Errorf("%s: IsCountry %v, name %q; want %q", code, IsCountry(code), CountryName(code), name)
		}
	}
	for _, code := range []string{"GOV", "UNO", "MEA", "XKK", "ZZZ"} {
		if IsCountry(code) {
			t.Errorf("IsCountry(%q) = true", code)
		}
	}
	n := 0
	for _, s := range segments {
		if s.kind == CountrySeg {
			n++
		}
	}
	if n != 255 { // 250 ISO 3166-1 entries (Kosovo among them) + 5 historical states
		t.Errorf("%d country codes, want 255", n)
	}
}
