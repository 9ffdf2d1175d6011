package cameo

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

func TestCounts(t *testing.T) {
	all := All()
	if len(all) != 312 {
		t.Errorf("len(All()) = %d, want 312 (20 roots + 292 codes)", len(all))
	}
	var roots, l3, l4 int
	for _, c := range all {
		switch c.Level() {
		case 2:
			roots++
		case 3:
			l3++
		case 4:
			l4++
		}
	}
	if roots != 20 || l3 != 147 || l4 != 145 {
		t.Errorf("levels: %d roots, %d three-digit, %d four-digit; want 20, 147, 145", roots, l3, l4)
	}
}

func TestParseRoundTrip(t *testing.T) {
	for _, c := range All() {
		s := c.String()
		back, ok := Parse(s)
		if !ok || back != c {
			t.Errorf("Parse(%q) = %v, %v; want %v", s, back, ok, c)
		}
		if c.Name() == "" || c.About() == "" {
			t.Errorf("%s: empty name or description", s)
		}
	}
}

func TestParseRejects(t *testing.T) {
	for _, s := range []string{"", "0", "4", "00", "21", "99", "0431", "04311", "0a1", "-01", " 04", "1214", "047"} {
		if c, ok := Parse(s); ok {
			t.Errorf("Parse(%q) = %v, true; want false", s, c)
		}
	}
}

func TestKnownCodes(t *testing.T) {
	tests := []struct {
		code      string
		name      string
		goldstein float64
		root      string
		parent    string
		quad      Quad
		penta     Quad
	}{
		{"01", "Make public statement", 0, "01", "", VerbalCooperation, NoQuad},
		{"042", "Make a visit", 1.9, "04", "04", VerbalCooperation, VerbalCooperation},
		{"0874", "Retreat or surrender militarily", 10, "08", "087", MaterialCooperation, MaterialCooperation},
		{"094", "Investigate war crimes", -2, "09", "09", MaterialCooperation, VerbalConflict},
		{"1041", "Demand change in leadership", -5, "10", "104", VerbalConflict, VerbalConflict},
		{"13", "Threaten", -6, "13", "", VerbalConflict, VerbalConflict},
		{"145", "Protest violently, riot", -7.5, "14", "14", VerbalConflict, MaterialConflict},
		{"154", "Mobilize or increase armed forces", -7.2, "15", "15", MaterialConflict, MaterialConflict},
		{"163", "Impose embargo, boycott, or sanctions", -8, "16", "16", MaterialConflict, MaterialConflict},
		{"182", "Physically assault", -9.5, "18", "18", MaterialConflict, MaterialConflict},
		{"190", "Use conventional military force", -10, "19", "19", MaterialConflict, MaterialConflict},
		{"2042", "Detonate nuclear weapons", -10, "20", "204", MaterialConflict, MaterialConflict},
	}
	for _, tt := range tests {
		c, ok := Parse(tt.code)
		if !ok {
			t.Errorf("Parse(%q) failed", tt.code)
			continue
		}
		if c.Name() != tt.name || c.Goldstein() != tt.goldstein || c.Root().String() != tt.root ||
			c.Parent().String() != tt.parent || c.Quad() != tt.quad || c.Penta() != tt.penta {
			t.Errorf("%s: got %q %v root %s parent %q %v penta %v; want %q %v root %s parent %q %v penta %v", tt.code,
				c.Name(), c.Goldstein(), c.Root(), c.Parent(), c.Quad(), c.Penta(),
				tt.name, tt.goldstein, tt.root, tt.parent, tt.quad, tt.penta)
		}
	}
}

func TestIsUnder(t *testing.T) {
	c := MustParse("043")
	tests := []struct {
		code, prefix string
		want         bool
	}{
		{"043", "04", true},
		{"043", "043", true},
		{"04", "043", false},
		{"1041", "10", true},
		{"1041", "104", true},
		{"1041", "105", false},
		{"1041", "11", false},
	}
	for _, tt := range tests {
		if got := MustParse(tt.code).IsUnder(MustParse(tt.prefix)); got != tt.want {
			t.Errorf("%s.IsUnder(%s) = %v, want %v", tt.code, tt.prefix, got, tt.want)
		}
	}
	if c.IsUnder(0) {
		t.Error("IsUnder(0) = true")
	}
}

func TestStringOfInvalid(t *testing.T) {
	if Code(0).String() != "" {
		t.Errorf("Code(0).String() = %q", Code(0).String())
	}
	if s := (c3 + 47).String(); s != "047" {
		t.Errorf("(c3+47).String() = %q, want 047", s)
	}
	if s := Code(5).String(); s != "Code(5)" {
		t.Errorf("Code(5).String() = %q", s)
	}
	if (c3 + 47).Valid() || (c3+47).Name() != "" || (c3+47).Goldstein() != 0 {
		t.Error("047 is not a CAMEO code but reads as one")
	}
}

// The named constants must be codes of the table with the digits their
// comments give.
func TestConstants(t *testing.T) {
	consts := map[Code]string{
		RootStatement: "01", RootAppeal: "02", RootIntend: "03", RootConsult: "04", RootDiplomatic: "05",
		RootMaterial: "06", RootAid: "07", RootYield: "08", RootInvestigate: "09", RootDemand: "10",
		RootDisapprove: "11", RootReject: "12", RootThreaten: "13", RootProtest: "14", RootForce: "15",
		RootReduce: "16", RootCoerce: "17", RootAssault: "18", RootFight: "19", RootMassViolent: "20",
		MakeStatement: "010", DeclineComment: "011", ConsiderPolicy: "014", DenyResponsibility: "016",
		ExpressAccord: "019", Appeal: "020", AppealMeet: "026", IntendCooperate: "030",
		IntendMaterialCoop: "031", IntendDiplomaticCoop: "032", IntendAid: "033", IntendMeet: "036",
		IntendSettle: "037", Consult: "040", DiscussByPhone: "041", MakeVisit: "042", HostVisit: "043",
		MeetThirdLocation: "044", Mediate: "045", Negotiate: "046", EngageDiplomaticCoop: "050",
		Praise: "051", DefendVerbally: "052", RecogniseDiplomatic: "054", Apologise: "055",
		SignAgreement: "057", EngageMaterialCoop: "060", CooperateEconomically: "061",
		CooperateMilitarily: "062", ProvideAid: "070", ProvideEconomicAid: "071", ProvideMilitaryAid: "072",
		ProvideHumanitarianAid: "073", Yield: "080", Release: "084", ReleasePersons: "0841",
		EaseSanctions: "085", DeclareCeasefire: "0871", Retreat: "0874", Investigate: "090", Demand: "100",
		DemandLeadershipChange: "1041", DemandPolicyChange: "1042", DemandDeescalation: "1056",
		DemandMeeting: "106", Disapprove: "110", Criticize: "111", Accuse: "112", ComplainOfficially: "114",
		Sue: "115", Reject: "120", RefuseToYield: "124", RejectMeeting: "125", DefyNorms: "128", Veto: "129",
		Threaten: "130", ThreatenNonForce: "131", ThreatenSanctions: "1312", ThreatenMilitaryForce: "138",
		Ultimatum: "139", Dissent: "140", Demonstrate: "141", HungerStrike: "142", StrikeOrBoycott: "143",
		Riot: "145", ShowForce: "150", MobilizeArmedForces: "154", ReduceRelations: "160",
		BreakRelations: "161", CutAid: "162", ImposeSanctions: "163", HaltNegotiations: "164",
		ExpelOrWithdraw: "166", Coerce: "170", SeizeProperty: "171", ImposeCurfew: "1723", Arrest: "173",
		Deport: "174", Repress: "175", UnconventionalViolence: "180", Abduct: "181",
		PhysicallyAssault: "182", Bombing: "183", SuicideBombing: "1831", AttemptAssassination: "185",
		Assassinate: "186", Fight: "190", Blockade: "191", Occupy: "192", FightSmallArms: "193",
		FightArtillery: "194", AerialAttack: "195", ViolateCeasefire: "196", MassViolence: "200",
		MassKilling: "202", UseWMD: "204",
	}
	for c, digits := range consts {
		if !c.Valid() || c.String() != digits {
			t.Errorf("constant %d: valid %v, digits %q; want %q", c, c.Valid(), c.String(), digits)
		}
	}
}

// The table must agree with the gold CAMEO list on every code, name, score
// and root.
func TestAgainstGoldList(t *testing.T) {
	path := filepath.Join("..", "..", "shared", "gold", "events", "cameo-codes.csv")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("gold CAMEO list absent (%v): ../shared is not beside the repository", err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	n := 0
	for _, r := range rows[1:] {
		n++
		code := r[col["code"]]
		c, ok := Parse(code)
		if !ok {
			t.Errorf("gold code %s missing", code)
			continue
		}
		g, _ := strconv.ParseFloat(r[col["goldstein"]], 64)
		if c.Goldstein() != g {
			t.Errorf("%s: Goldstein %v, gold %v", code, c.Goldstein(), g)
		}
		if c.Root().String() != r[col["root_code"]] {
			t.Errorf("%s: root %s, gold %s", code, c.Root(), r[col["root_code"]])
		}
	}
	if n != len(All()) {
		t.Errorf("gold has %d codes, table %d", n, len(All()))
	}
}

func BenchmarkGoldstein(b *testing.B) {
	codes := All()
	var sum float64
	for i := 0; b.Loop(); i++ {
		sum += codes[i%len(codes)].Goldstein()
	}
	_ = sum
}
