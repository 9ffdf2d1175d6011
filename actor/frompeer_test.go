package actor

import (
	"strings"
	"testing"

	"dyad/lexicon/peerdict"
)

// A made-up dictionary in the peers' formats.
const (
	peerActors = `ARNOR_ [ARN]
ARGENTIN [ARG]
NOBODY [---]
GREAT_COUNCIL [ARNLEG]
ELROND [ELFGOV 990101-991231]
 [ELF]
GALDOR [ELF]
 [ELFGOV 990601-990630]
 [ELFMIL 990101-991231]
`
	peerAgents = `FOREIGN_MINISTER [~GOVFRM]
SOLDIER {SOLDIERS} [~MIL]
`
)

func TestFromPeer(t *testing.T) {
	af, err := peerdict.ReadActors(strings.NewReader(peerActors), "actors.txt")
	if err != nil {
		t.Fatal(err)
	}
	gf, err := peerdict.ReadAgents(strings.NewReader(peerAgents), "agents.txt")
	if err != nil {
		t.Fatal(err)
	}
	lex := FromPeer(af.Entries(), gf.Entries(), Stems)
	for _, tc := range []struct {
		words      string
		kind       EntryKind
		code       string
		n          int
		where      string
		nilEntry   bool
		roleOn1999 string
	}{
		{words: "Arnor said", kind: CountryNom, code: "ARN", n: 1, where: "actors.txt:1"},
		{words: "Arnorian troops", nilEntry: true},                       // exact word: no stem match
		{words: "Argentina said", kind: CountryNom, code: "ARG", n: 1},   // stem
		{words: "Argentine troops", kind: CountryNom, code: "ARG", n: 1}, // stem
		{words: "Nobody came", nilEntry: true},                           // [---]: not an actor
		{words: "the Great Council", nilEntry: true},                     // starts at "the": no entry
		{words: "Great Council met", kind: Org, code: "ARNLEG", n: 2},
		{words: "Great_Council met", kind: Org, code: "ARNLEG", n: 1},  // a compound written with "_"
		{words: "Great_Council_Hall burned", nilEntry: true},           // the text word goes past the phrase
		{words: "Great_Council Hall", kind: Org, code: "ARNLEG", n: 1}, // the phrase ends with the text word
		{words: "Great Council_Hall", nilEntry: true},                  // and here it would end inside one
		{words: "foreign minister", kind: Agent, code: "GOVFRM", n: 2, where: "agents.txt:1"},
		{words: "soldiers", kind: Agent, code: "MIL", n: 1},
		{words: "Elrond spoke", kind: PersonName, code: "ELF", n: 1, roleOn1999: "ELFGOV"},
	} {
		e, n := lex.Lookup(strings.Fields(tc.words), 0)
		if tc.nilEntry {
			if e != nil {
				t.Errorf("%q: got %+v, want no entry", tc.words, e)
			}
			continue
		}
		if e == nil || e.Kind != tc.kind || e.Code != tc.code || n != tc.n {
			t.Errorf("%q: got %+v (%d words), want %s %s over %d", tc.words, e, n, tc.kind, tc.code, tc.n)
			continue
		}
		if tc.where != "" && e.Where != tc.where {
			t.Errorf("%q: evidence %q, want %q", tc.words, e.Where, tc.where)
		}
		if tc.roleOn1999 != "" {
			if r := e.RoleOn(date("1999-06-01")); r == nil || r.Code != tc.roleOn1999 {
				t.Errorf("%q in 1999: role %+v, want %s", tc.words, r, tc.roleOn1999)
			}
			if r := e.RoleOn(date("2000-01-01")); r != nil {
				t.Errorf("%q in 2000: role %+v, want none (the plain code then)", tc.words, r)
			}
		}
	}
	// roles listed out of order: the narrower one, begun last, holds in June
	if e, _ := lex.Lookup([]string{"Galdor"}, 0); e == nil {
		t.Error("Galdor: no entry")
	} else {
		for day, want := range map[string]string{"1999-06-15": "ELFGOV", "1999-03-01": "ELFMIL", "1999-08-01": "ELFMIL"} {
			if r := e.RoleOn(date(day)); r == nil || r.Code != want {
				t.Errorf("Galdor on %s: role %+v, want %s", day, r, want)
			}
		}
	}
	whole := FromPeer(af.Entries(), gf.Entries(), WholeWords)
	if e, _ := whole.Lookup([]string{"Argentina"}, 0); e != nil {
		t.Errorf("whole words: Argentina matched %+v", e)
	}
	if e, _ := whole.Lookup([]string{"argentin"}, 0); e == nil || e.Code != "ARG" {
		t.Errorf("whole words: argentin matched %+v, want ARG", e)
	}
}

// TestFromPeerTabariMatching checks TABARI's matching of actor phrases: a
// space between words lets text words come between them (the suite's
// "unlimited construction", DURTHANG ORC over "Durthang and an Orc"), "_"
// does not; an exact word takes the regular ending "S" unless written
// with "=".
func TestFromPeerTabariMatching(t *testing.T) {
	const actors = `ITHILEN [ITH]
ITHILEN TELEVISION [ITHTV]
PRINCE DOL_AMROTH [DOL]
AL_GORE [AGR]
AL GORE [TEN]
ESTONIA_ [EST]
MOUSE= [MUS]
RADIO_ [RAD]
BARAD-DUR [MOR]
`
	af, err := peerdict.ReadActors(strings.NewReader(actors), "actors.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range []PeerMatching{Stems, WholeWords} {
		lex := FromPeer(af.Entries(), nil, m)
		for _, tc := range []struct {
			words string
			code  string // "" for no entry
			n     int
		}{
			{"Ithilen state-run television said", "ITHTV", 3},
			{"Ithilen said", "ITH", 1},
			{"Prince of Dol Amroth", "DOL", 4},
			{"Prince of Dol_Amroth", "DOL", 3},
			{"Prince of Dol and Amroth", "", 0}, // "_": no word between
			{"Al Gore", "AGR", 2},               // the tighter phrase of two
			{"Al \" The Weasel \" Gore", "TEN", 6},
			{"Estonias said", "EST", 1},
			{"Estoniaxs said", "", 0},
			{"Mouse said", "MUS", 1},
			{"Mouses said", "", 0}, // "=": no ending
			{"radios", "RAD", 1},
		} {
			code, n := tc.code, tc.n
			if m == WholeWords && (n > 2 || strings.HasPrefix(tc.words, "Estonias") || tc.words == "radios" ||
				strings.HasPrefix(tc.words, "Ithilen state")) {
				// PETRARCH: words are whole and consecutive
				code, n = "", 0
				if strings.HasPrefix(tc.words, "Ithilen") {
					code, n = "ITH", 1
				}
			}
			e, k := lex.Lookup(strings.Fields(tc.words), 0)
			got := ""
			if e != nil {
				got = e.Code
			}
			if got != code || k != n {
				t.Errorf("matching %d, %q: got %q over %d words, want %q over %d", m, tc.words, got, k, code, n)
			}
		}
		// a hyphen joins words as "_" does, in both matchings
		for words, code := range map[string]string{"Al - Gore": "AGR", "Barad - dur": "MOR", "Barad dur": ""} {
			e, k := lex.Lookup(strings.Fields(words), 0)
			if code == "" && e != nil || code != "" && (e == nil || e.Code != code || k != 3) {
				t.Errorf("matching %d, %q: got %+v over %d words, want %q over 3", m, words, e, k, code)
			}
		}
	}
}

// docPeerHim: "him" after TABARI actors with bare codes, which may be
// people: the subject of the first clause, not Gondor (the subject of its
// own clause).
const docPeerHim = `
#text Elrond urged Bree and Gondor asked him.
Elrond PROPN 2 nsubj
urged VERB 0 root
Bree PROPN 2 obj
and CCONJ 6 cc
Gondor PROPN 6 nsubj
asked VERB 2 conj
him PRON 6 obj
. PUNCT 2 punct
`

func TestFromPeerPronounsForEither(t *testing.T) {
	af, err := peerdict.ReadActors(strings.NewReader("ELROND [ELF]\nBREE [BRE]\nGONDOR [GON]\n"), "actors.txt")
	if err != nil {
		t.Fatal(err)
	}
	for m, want := range map[PeerMatching]string{Stems: "ELF", WholeWords: ""} {
		d := parsed(t, docPeerHim, "")
		if err := New(FromPeer(af.Entries(), nil, m)).Annotate(d); err != nil {
			t.Fatal(err)
		}
		got := "(no mention)"
		for _, mm := range d.Mentions {
			if d.Text(mm.Span) == "him" {
				got = mm.Actor.Code
			}
		}
		if got != want {
			t.Errorf("matching %d: him is %q, want %q (TABARI's pronouns refer to any actor; PETRARCH's do not)", m, got, want)
		}
	}
}

// TestFromPeerTabariAdjacentAgent: with TABARI's dictionaries an agent
// joins a possessor only right next to it (Validate.text DEMO-09 against
// DEMO-04); PETRARCH's dictionaries keep dyad's title rule.
func TestFromPeerTabariAdjacentAgent(t *testing.T) {
	af, err := peerdict.ReadActors(strings.NewReader("DAGOLATH [DAG]\n"), "actors.txt")
	if err != nil {
		t.Fatal(err)
	}
	ag, err := peerdict.ReadAgents(strings.NewReader("PRIME_MINISTER_ [~GOV]\n"), "agents.txt")
	if err != nil {
		t.Fatal(err)
	}
	const next = `
#text Dagolath's Prime Minister Telemar left.
Dagolath PROPN/NNP 5 nmod:poss
's PART/POS 1 case
Prime PROPN/NNP 4 compound
Minister PROPN/NNP 5 compound
Telemar PROPN/NNP 6 nsubj
left VERB/VBD 0 root
. PUNCT/. 6 punct
`
	const apart = `
#text Dagolath's first Deputy Prime Minister Telemar left.
Dagolath PROPN/NNP 7 nmod:poss
's PART/POS 1 case
first ADJ/JJ 7 amod
Deputy PROPN/NNP 6 compound
Prime PROPN/NNP 6 compound
Minister PROPN/NNP 7 compound
Telemar PROPN/NNP 8 nsubj
left VERB/VBD 0 root
. PUNCT/. 8 punct
`
	for _, tc := range []struct {
		src  string
		m    PeerMatching
		want string
	}{
		{next, Stems, "DAGGOV"}, {apart, Stems, "DAG"},
		{next, WholeWords, "DAGGOV"}, {apart, WholeWords, "DAGGOV"},
	} {
		d := parsed(t, tc.src, "")
		if err := New(FromPeer(af.Entries(), ag.Entries(), tc.m)).Annotate(d); err != nil {
			t.Fatal(err)
		}
		got := "(no mention)"
		for _, mm := range d.Mentions {
			if d.Text(mm.Span) == "Telemar" {
				got = mm.Actor.Code
			}
		}
		if got != tc.want {
			t.Errorf("matching %d, apart %v: Telemar is %q, want %q", tc.m, tc.src == apart, got, tc.want)
		}
	}
}
