package cameo

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

func TestPloverNames(t *testing.T) {
	want := []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
		"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
	if int(ploverEnd)-1 != len(want) {
		t.Fatalf("%d PLOVER types, want 16", ploverEnd-1)
	}
	for i, name := range want {
		typ, ok := ParsePloverType(name)
		if !ok || typ != PloverType(i+1) || typ.String() != name {
			t.Errorf("ParsePloverType(%q) = %v, %v", name, typ, ok)
		}
	}
	for m := ModeVisit; m < modeEnd; m++ {
		back, ok := ParsePloverMode(m.String())
		if !ok || back != m {
			t.Errorf("mode %d round trip: %q → %v", m, m.String(), back)
		}
	}
}

func TestPloverQuads(t *testing.T) {
	tests := map[PloverType]Quad{
		PloverAgree: VerbalCooperation, PloverConcede: VerbalCooperation,
		PloverCooperate: MaterialCooperation, PloverRetreat: MaterialCooperation,
		PloverRequest: VerbalConflict, PloverThreaten: VerbalConflict,
		PloverProtest: MaterialConflict, PloverSanction: MaterialConflict, PloverAssault: MaterialConflict,
		NoPlover: NoQuad,
	}
	for typ, q := range tests {
		if typ.Quad() != q {
			t.Errorf("%s.Quad() = %v, want %v", typ, typ.Quad(), q)
		}
	}
}

// Every code outside root 01 has a PLOVER type, with a mode the manual
// allows for that type; 01 has none, and an appeal (02) has the type and
// mode of the matching demand (10).
func TestCrosswalkCoversEveryCode(t *testing.T) {
	for _, c := range All() {
		typ, mode := c.Plover()
		r := c.Root()
		if r == RootAppeal {
			dt, dm := MustParse("10" + c.String()[2:]).Plover()
			if typ != dt || mode != dm {
				t.Errorf("%s: %v %v, want the demand's %v %v", c, typ, mode, dt, dm)
			}
		}
		if r == RootStatement {
			if typ != NoPlover || mode != NoMode {
				t.Errorf("%s: %v %v, want no PLOVER type", c, typ, mode)
			}
			continue
		}
		if typ == NoPlover {
			t.Errorf("%s: no PLOVER type", c)
		}
		if !typ.HasMode(mode) {
			t.Errorf("%s: mode %q is not a mode of %s", c, mode, typ)
		}
	}
}

func TestCrosswalkKnown(t *testing.T) {
	tests := []struct {
		code string
		typ  PloverType
		mode PloverMode
	}{
		{"042", PloverConsult, ModeVisit},
		{"041", PloverConsult, ModePhone},
		{"036", PloverAgree, NoMode},
		{"0841", PloverRetreat, ModeRelease},
		{"081", PloverConcede, NoMode},
		{"106", PloverRequest, ModeMeet},
		{"1121", PloverAccuse, ModeAllege},
		{"1312", PloverThreaten, ModeRestrict},
		{"163", PloverCoerce, ModeRestrict},
		{"164", PloverSanction, ModeWithdraw},
		{"173", PloverCoerce, ModeArrest},
		{"1712", PloverAssault, ModeDestroy},
		{"186", PloverAssault, ModeTargeted},
		{"191", PloverCoerce, ModeRestrict},
		{"195", PloverAssault, ModeHeavyWeapons},
		{"204", PloverAssault, ModeUnconventional},
	}
	for _, tt := range tests {
		typ, mode := MustParse(tt.code).Plover()
		if typ != tt.typ || mode != tt.mode {
			t.Errorf("%s → %v %q, want %v %q", tt.code, typ, mode, tt.typ, tt.mode)
		}
	}
}

// Our crosswalk must give the same type as the PLOVER table for every code
// both have.
func TestCrosswalkAgainstPloverTable(t *testing.T) {
	path := filepath.Join("..", "..", "shared", "peers", "PLOVER", "CAMEO2PLOVER-2021.txt")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("PLOVER table absent (%v): ../shared is not beside the repository", err)
	}
	defer f.Close()
	re := regexp.MustCompile(`^(\d{3,4}):\s*([A-Z]+)`)
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		m := re.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		c, ok := Parse(m[1])
		if !ok {
			continue // 1214: not a CAMEO code
		}
		n++
		if typ, _ := c.Plover(); typ.String() != m[2] {
			t.Errorf("%s: %s, PLOVER table %s", m[1], typ, m[2])
		}
	}
	if n < 250 {
		t.Errorf("read only %d crosswalk lines", n)
	}
}
