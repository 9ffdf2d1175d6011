package lexicon

import (
	"strings"
	"testing"

	"dyad/cameo"
)

func mustDefault(t testing.TB) *Lexicon {
	t.Helper()
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestMatchTokens(t *testing.T) {
	l := mustDefault(t)
	tests := []struct {
		tokens string // space-separated token forms; the match starts at the first
		code   string // "" for no match
		kind   Kind
		n      int
	}{
		{"United States said", "USA", Country, 2},
		{"U.S. officials", "USA", Country, 1},
		{"US officials", "USA", Country, 1},
		{"us all", "", 0, 0},
		{"Russia 's war", "RUS", Country, 1},
		{"RUSSIA SAYS", "RUS", Country, 1},
		{"russia", "", 0, 0},
		{"Soviet Union collapsed", "SUN", Country, 2},
		{"Soviet troops", "SUN", Adjective, 1},
		{"G - 20 meeting", "IGOGTW", Org, 3},
		{"G-20 meeting", "IGOGTW", Org, 1},
		{"G20", "IGOGTW", Org, 1},
		{"Group of 20", "IGOGTW", Org, 3},
		{"Group of Twenty", "IGOGTW", Org, 3},
		{"Russian Foreign Ministry said", "RUSGOV", Org, 3},
		{"Russian foreign minister", "RUS", Adjective, 1},
		{"foreign minister Sergey", "GOV", Agent, 2},
		{"Foreign Minister", "GOV", Agent, 2},
		{"foreign ministry spokeswoman Elena", "GOV", Agent, 3},
		{"spokeswoman", "GOV", Agent, 1},
		{"State Department", "USAGOV", Org, 2},
		{"People 's Bank of China", "CHNGOV", Org, 5}, // a central bank is its state's
		{"Tass quoted", "RUSMED", Org, 1},
		{"Kyodo News", "JPNMED", Org, 2},
		{"Kyodo said", "JPNMED", Org, 1},
		{"NATO allies", "IGOWSTNAT", Org, 1},
		{"Moscow must", "RUS", Metonym, 1},
		{"Kremlin", "RUSGOV", Metonym, 1},
		{"Washington", "USA", Metonym, 1},
		{"Beijing", "CHN", Metonym, 1},
		{"Kyiv", "UKR", Metonym, 1},
		{"Kiev", "UKR", Metonym, 1},
		{"Élysée", "FRAGOV", Metonym, 1},
		{"China", "CHN", Country, 1},
		{"Ukraine", "UKR", Country, 1},
		{"People 's Republic of China", "CHN", Country, 5},
		{"Kurdistan Workers ' Party", "TURREB", Org, 4},   // a plural's possessive apostrophe is a token of its own
		{"Kurdistan Workers ’ party (", "TURREB", Org, 4}, // (curly, and the lower-case spelling)
		{"Republic of China", "TWN", Country, 3},
		{"WHO", "IGOUNOHLHWHO", Org, 1},
		{"who", "", 0, 0},
		{"Turkey", "TUR", Country, 1},
		{"turkey", "", 0, 0},
		{"Türkiye", "TUR", Country, 1},
		{"Security Council", "IGOUNO", Org, 2},
		{"security council", "GOV", Agent, 2},
		{"Taliban", "", Org, 1}, // dated: checked below
		{". Russia", "", 0, 0},
	}
	for _, tt := range tests {
		m, ok := l.Match(strings.Fields(tt.tokens))
		if tt.code == "" && tt.kind == 0 {
			if ok {
				t.Errorf("%q: matched %s (%s)", tt.tokens, m.Entry.Name(), m.Entry.Source)
			}
			continue
		}
		if !ok {
			t.Errorf("%q: no match, want %s", tt.tokens, tt.code)
			continue
		}
		code := ""
		if len(m.Entry.Roles) == 1 && m.Entry.Roles[0].From == 0 && m.Entry.Roles[0].To == 0 {
			code = m.Entry.Roles[0].Code
		}
		if code != tt.code || m.Entry.Kind != tt.kind || m.Len != tt.n {
			t.Errorf("%q: %s %s len %d (%s), want %s %s len %d", tt.tokens, code, m.Entry.Kind, m.Len,
				m.Entry.Source, tt.code, tt.kind, tt.n)
		}
	}
}

func TestDatedOrg(t *testing.T) {
	l := mustDefault(t)
	e, ok := l.Find("Taliban")
	if !ok {
		t.Fatal("Taliban not found")
	}
	for day, want := range map[Date]string{MakeDate(2010, 5, 1): "AFGREB", MakeDate(2021, 8, 14): "AFGREB",
		MakeDate(2021, 8, 15): "AFGGOV", MakeDate(2026, 11, 25): "AFGGOV"} {
		if r, ok := e.CodeOn(day); !ok || r.Code != want {
			t.Errorf("Taliban on %s: %v, want %s", day, r, want)
		}
	}
	// "ICC" is the International Criminal Court only since it exists: in a
	// 1987 wire story it is the Interstate Commerce Commission, which news
	// gives its full name often enough; the acronym alone stays unknown then.
	e, ok = l.Find("ICC")
	if !ok {
		t.Fatal("ICC not found")
	}
	if r, ok := e.CodeOn(MakeDate(1987, 3, 2)); ok {
		t.Errorf("ICC on 1987-03-02: %v, want none", r)
	}
	if r, ok := e.CodeOn(MakeDate(2019, 5, 5)); !ok || r.Code != "IGOJUDICC" {
		t.Errorf("ICC on 2019-05-05: %v, want IGOJUDICC", r)
	}
}

// Every code in every default file must parse with the cameo grammar (the
// loader checks it; this says so for each role).
func TestDefaultCodesParse(t *testing.T) {
	l := mustDefault(t)
	n := 0
	for _, e := range l.Entries() {
		if len(e.Roles) == 0 {
			t.Errorf("%s: no roles", e.Source)
		}
		for _, r := range e.Roles {
			n++
			if err := cameo.ValidActor(r.Code); err != nil {
				t.Errorf("%s: %v", r.Source, err)
			}
			if r.Source == "" {
				t.Errorf("%s: role without a source", e.Source)
			}
		}
	}
	if n < 1400 {
		t.Errorf("only %d roles in the default lexicon", n)
	}
}

// The generated country file and cameo's country table must agree.
func TestCountriesMatchCameo(t *testing.T) {
	l := mustDefault(t)
	seen := map[string]bool{}
	for _, e := range l.Entries() {
		if e.Kind == Country {
			seen[e.Roles[0].Code] = true
		}
	}
	for _, code := range []string{"USA", "RUS", "CHN", "GBR", "FRA", "DEU", "JPN", "IND", "BRA", "TUR", "SAU",
		"IRN", "ISR", "UKR", "PSE", "TWN", "XKX", "SUN", "YUG", "DDR", "CSK", "SCG"} {
		if !seen[code] {
			t.Errorf("no country entry for %s", code)
		}
	}
	if len(seen) != 255 {
		t.Errorf("%d country codes have entries, want 255 (ISO 3166 + 5 historical)", len(seen))
	}
}

func TestMatchAllocs(t *testing.T) {
	l := mustDefault(t)
	toks := strings.Fields("the Russian Foreign Ministry spokeswoman said the U.S. and G - 20 allies")
	allocs := testing.AllocsPerRun(100, func() {
		for i := range toks {
			l.Match(toks[i:])
		}
	})
	if allocs != 0 {
		t.Errorf("Match allocates %.1f times per sentence, want 0", allocs)
	}
}

func BenchmarkMatch(b *testing.B) {
	l := mustDefault(b)
	toks := strings.Fields("Canadian Foreign Minister Anne Roy said Friday she met briefly with Chinese " +
		"Foreign Minister Wang Yi on the sidelines of a Group of Seven summit in Tokyo , urging him " +
		"to ensure that Beijing honours its trade commitments .")
	b.ReportAllocs()
	for b.Loop() {
		for i := range toks {
			l.Match(toks[i:])
		}
	}
	b.ReportMetric(float64(len(toks)), "tokens/op")
}

func BenchmarkLoadDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := loadLayers(nil, defaultFS, "data", ""); err != nil {
			b.Fatal(err)
		}
	}
}
