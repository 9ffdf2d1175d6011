package lexicon

import (
	"strings"
	"testing"
)

// Companies (companies.txt) are coded with their headquarters' country and
// BUS. A company's name matches only where no common word, place or
// person's name is written the same: bare "Shell", "Total", "Apple" or
// "Amazon" are not companies, at a sentence's start or in a headline
// either, where any word may have its capital.
func TestCompanies(t *testing.T) {
	l := mustDefault(t)
	day := MakeDate(2023, 6, 1)
	tests := []struct {
		tokens string // space-separated token forms; the match starts at the first
		code   string // "" for no company
		n      int
	}{
		{"Gazprom cut gas supplies to Ukraine", "RUSBUS", 1},
		{"Saudi Aramco raised prices", "SAUBUS", 2}, // not the adjective "Saudi"
		{"Huawei Technologies was sanctioned", "CHNBUS", 2},
		{"ZTE", "CHNBUS", 1},
		{"TSMC said", "TWNBUS", 1},
		{"China Airlines suspended flights", "TWNBUS", 2}, // Taiwan's, not China's
		{"Bank of China lent", "CHNBUS", 3},
		{"People 's Bank of China cut rates", "CHNGOV", 5}, // the central bank (bodies.txt)
		{"Lockheed Martin won", "USABUS", 2},
		{"Almaz - Antey missiles", "RUSBUS", 3},
		{"AT&T", "USABUS", 1},
		{"Rheinmetall shells", "DEUBUS", 1},
		{"Shell plc", "GBRBUS", 2},
		{"TotalEnergies", "FRABUS", 1},
		{"Amazon.com was fined", "USABUS", 1},
		{"Apple Inc . was fined", "USABUS", 2},
		{"Blackwater guards", "USAUAF", 1}, // mercenaries, as Wagner is
		{"Public Investment Fund bought", "SAUBUS", 3},
		{"PDVSA", "VENBUS", 1},
		{"Chinese Petroleum Corp", "TWNBUS", 3}, // Taiwan's oil company, not the party CPC
		// common words, capitalised or not
		{"total of 40 people", "", 0},
		{"Total sales rose", "", 0},
		{"shell hit the school", "", 0},
		{"Shell fire hit the school", "", 0},
		{"apple growers", "", 0},
		{"Apple growers protested", "", 0},
		{"Amazon basin", "", 0},
		{"Orange alert", "", 0},
		{"Delta region", "", 0},
		{"Visa applications", "", 0},
		{"Meta data", "", 0},
		{"Target practice", "", 0},
		{"UPS STAKE", "", 0}, // a verb in an upper-case headline
		// surnames and places
		{"Ford said", "", 0},
		{"Goldman said", "", 0},
		{"Santander", "", 0},
		{"Emirates", "", 0}, // the state (states.txt)
	}
	for _, tt := range tests {
		m, ok := l.Match(strings.Fields(tt.tokens))
		if tt.code == "" {
			if ok && strings.HasPrefix(m.Entry.Source, "companies.txt:") {
				t.Errorf("%q: matched %s (%s), want no company", tt.tokens, m.Entry.Name(), m.Entry.Source)
			}
			continue
		}
		if !ok {
			t.Errorf("%q: no match, want %s", tt.tokens, tt.code)
			continue
		}
		r, ok := m.Entry.CodeOn(day)
		if !ok || r.Code != tt.code || m.Entry.Kind != Org || m.Len != tt.n {
			t.Errorf("%q: %s %s len %d (%s), want org %s len %d", tt.tokens, m.Entry.Kind, r.Code, m.Len,
				m.Entry.Source, tt.code, tt.n)
		}
	}
}

// Shell was run from The Hague until it moved to London in 2022.
func TestCompanyMoved(t *testing.T) {
	l := mustDefault(t)
	e, ok := l.Find("Royal Dutch Shell")
	if !ok {
		t.Fatal("Royal Dutch Shell not found")
	}
	for day, want := range map[Date]string{MakeDate(1987, 3, 2): "NLDBUS", MakeDate(2022, 1, 30): "NLDBUS",
		MakeDate(2022, 1, 31): "GBRBUS", MakeDate(2024, 5, 1): "GBRBUS"} {
		if r, ok := e.CodeOn(day); !ok || r.Code != want {
			t.Errorf("Royal Dutch Shell on %s: %v, want %s", day, r, want)
		}
	}
}

// Every company is a state's business (or, for a private military
// company, its unaffiliated armed force): a country code of the
// dictionary and BUS or UAF.
func TestCompanyCodes(t *testing.T) {
	l := mustDefault(t)
	countries := map[string]bool{}
	for _, e := range l.Entries() {
		if e.Kind == Country {
			countries[e.Roles[0].Code] = true
		}
	}
	n := 0
	for _, e := range l.Entries() {
		if !strings.HasPrefix(e.Source, "companies.txt:") {
			continue
		}
		n++
		if e.Kind != Org {
			t.Errorf("%s: kind %s, want org", e.Source, e.Kind)
		}
		for _, r := range e.Roles {
			if len(r.Code) != 6 || !countries[r.Code[:3]] || r.Code[3:] != "BUS" && r.Code[3:] != "UAF" {
				t.Errorf("%s: code %s, want a country and BUS or UAF", r.Source, r.Code)
			}
		}
	}
	if n < 300 {
		t.Errorf("%d companies, want 300 or more", n)
	}
}
