package actor

import (
	"slices"
	"testing"

	"dyad/lexicon"
)

func defaultLex(t testing.TB) Lexicon {
	t.Helper()
	l, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	return FromLexicon(l)
}

// The test documents resolve the same with the default dictionaries as with
// the test table, except where the default codes differ (G-20 is IGOGTW).
func TestFromLexiconResolves(t *testing.T) {
	lex := defaultLex(t)
	for _, tc := range []struct {
		name string
		src  string
		want []row
	}{
		{"titles", docTitles, []row{
			{"Antony Blinken", "person", "USAGOV", ""},
			{"he", "pronoun", "USAGOV", "Antony Blinken"},
			{"Sergey Lavrov", "person", "RUSGOV", ""},
			{"Geneva", "place", "", ""}, // a city (cities.txt), where they met: no actor
			{"him", "pronoun", "RUSGOV", "Sergey Lavrov"},
			{"Moscow", "place-as-actor", "RUS", ""},
			{"its", "pronoun", "RUS", "Moscow"},
			{"troops", "group", "RUSMIL", ""},
			{"the foreign minister", "nominal", "RUSGOV", "Sergey Lavrov"},
			{"he", "pronoun", "USAGOV", "he"},
			{"Lavrov", "person", "RUSGOV", "Sergey Lavrov"},
			{"the top U.S. diplomat", "nominal", "USAGOV", "Antony Blinken"},
			{"he", "pronoun", "USAGOV", "the top U.S. diplomat"},
			{"Moscow", "place-as-actor", "RUS", ""},
			{"New START", "other", "", ""},
		}},
		{"places", docPlaces, []row{
			{"Washington", "place-as-actor", "USA", ""},
			{"Beijing", "place-as-actor", "CHN", ""},
			{"State Department", "organization", "USAGOV", ""},
			{"Ned Price", "person", "USAGOV", ""},
			{"reporters", "group", "MED", ""}, // no country: the sector alone
			{"Washington", "place", "", ""},
			{"Russian media", "group", "RUSMED", ""},
			{"China", "country", "CHN", ""},
			{"Russia", "country", "RUS", ""},
			{"Kremlin", "place", "", ""},
			{"Tass", "organization", "RUSMED", ""},
			{"Russian Foreign Ministry", "organization", "RUSGOV", ""},
			{"Maria Zakharova", "person", "RUSGOV", ""},
			{"she", "pronoun", "RUSGOV", "Maria Zakharova"},
			{"Kremlin", "place-as-actor", "RUSGOV", ""},
			{"it", "pronoun", "RUSGOV", "Kremlin"},
			{"Chinese troops", "group", "CHNMIL", ""},
			{"U.S. official", "group", "USAGOV", ""},
			{"Price", "person", "USAGOV", "Ned Price"},
			{"NATO", "organization", "IGOWSTNAT", ""},
			{"G-20", "organization", "IGOGTW", ""},
			{"Soviet Union", "country", "SUN", ""},
		}},
		{"pairs", docPairs, []row{
			{"China", "country", "CHN", ""},
			{"Russia", "country", "RUS", ""},
			{"the two countries", "nominal", "", "Russia"},
			{"Tass", "organization", "RUSMED", ""},
			{"aide", "group", "GOV", ""}, // (an aide of no state the sentence names)
			{"the news agency", "nominal", "RUSMED", "Tass"},
		}},
		{"slips", docTagErrors, []row{
			{"State Department", "organization", "USAGOV", ""},
			{"Ned Price", "person", "USAGOV", ""},
			{"Cold War", "other", "", ""},
			{"Price", "person", "USAGOV", "Ned Price"},
			{"Officials", "organization", "GOV", ""},
		}},
		// a religious community: its religion's code, after a nationality
		// when one is given
		{"religions", `
#text Egyptian Christians and Shiites condemned Muslims.
Egyptian ADJ 2 amod
Christians PROPN/NNPS 5 nsubj
and CCONJ 4 cc
Shiites PROPN/NNPS 2 conj
condemned VERB 0 root
Muslims PROPN/NNPS 5 obj
. PUNCT 5 punct
`, []row{
			{"Egyptian Christians", "group", "EGYCHR", ""},
			{"Shiites", "group", "EGYMOSSHI", ""}, // the nationality is shared
			{"Muslims", "group", "MOS", ""},
		}},
		// role nouns with CAMEO's sectors (lawyers are the judiciary's,
		// mercenaries unaffiliated armed forces)
		{"roles", `
#text Russian mercenaries and voters attacked Iraqi lawyers.
Russian ADJ 2 amod
mercenaries NOUN/NNS 5 nsubj
and CCONJ 4 cc
voters NOUN/NNS 2 conj
attacked VERB 0 root
Iraqi ADJ 7 amod
lawyers NOUN/NNS 5 obj
. PUNCT 5 punct
`, []row{
			{"Russian mercenaries", "group", "RUSUAF", ""},
			{"voters", "group", "RUSCVL", ""}, // the nationality is shared
			{"Iraqi lawyers", "group", "IRQJUD", ""},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := parsed(t, tc.src, "2023-03-10")
			if err := New(lex).Annotate(d); err != nil {
				t.Fatal(err)
			}
			checkRows(t, d, tc.want)
		})
	}
}

// BenchmarkResolveDefault is BenchmarkResolve with the default dictionaries.
func BenchmarkResolveDefault(b *testing.B) {
	benchResolve(b, defaultLex(b))
}

// The same name codes by the article's date (the default people.txt):
// a senator before his term as Secretary of State, out of office between
// terms or after them (a former office holder, CAMEO's elite ELI), or in
// office; before any office, uncoded.
func TestFromLexiconDatedPeople(t *testing.T) {
	const src = `
#text Marco Rubio met Antony Blinken.
Marco PROPN 3 nsubj
Rubio PROPN 1 flat
met VERB 0 root
Antony PROPN 3 obj
Blinken PROPN 4 flat
. PUNCT 3 punct
`
	lex := defaultLex(t)
	for _, tc := range []struct{ date, rubio, blinken string }{
		{"2010-06-01", "", ""},             // before either held office
		{"2016-06-01", "USALEG", "USAGOV"}, // senator; deputy secretary of state
		{"2019-06-01", "USALEG", "USAELI"}, // senator; out of office since 2017
		{"2025-06-01", "USAGOV", "USAELI"}, // secretary of state; out of office since January
	} {
		d := parsed(t, src, tc.date)
		if err := New(lex).Annotate(d); err != nil {
			t.Fatal(err)
		}
		checkRows(t, d, []row{
			{"Marco Rubio", "person", tc.rubio, ""},
			{"Antony Blinken", "person", tc.blinken, ""},
		})
	}
}

// TestFromLexiconDatedSurnames: a bare surname two dictionary people share
// names the one in office on the article's day, and no one when neither or
// both are ("Clinton": Bill as president, Hillary as secretary of state;
// "Nakasone": Yasuhiro as prime minister, Hirofumi as foreign minister).
func TestFromLexiconDatedSurnames(t *testing.T) {
	const src = `
#text Clinton met Mr Nakasone.
Clinton PROPN 2 nsubj
met VERB 0 root
Mr PROPN 4 compound
Nakasone PROPN 2 obj
. PUNCT 2 punct
`
	lex := defaultLex(t)
	for _, tc := range []struct{ date, clinton, nakasone string }{
		{"1986-06-01", "", "JPNGOV"},
		{"1995-06-01", "USAGOV", ""},
		{"2009-03-01", "USAGOV", "JPNGOV"},
		{"2015-06-01", "", ""},
	} {
		d := parsed(t, src, tc.date)
		if err := New(lex).Annotate(d); err != nil {
			t.Fatal(err)
		}
		if got := mentionCode(d, "Clinton"); got != tc.clinton && !(tc.clinton == "" && got == "(no mention)") {
			t.Errorf("%s: Clinton %q, want %q", tc.date, got, tc.clinton)
		}
		if got := mentionCode(d, "Mr Nakasone"); got != tc.nakasone {
			t.Errorf("%s: Mr Nakasone %q, want %q", tc.date, got, tc.nakasone)
		}
	}
}

// People the default people.txt dates (made-up meetings): a trade
// representative and then an agriculture secretary, out of office after
// 1991; a treasurer who became prime minister; a preacher who went into
// opposition, and a deputy director of central intelligence who later
// ran the Pentagon.
func TestFromLexiconDatedPeopleOfOlderNews(t *testing.T) {
	const src = `
#text Clayton Yeutter met Paul Keating.
Clayton PROPN 2 nsubj
Yeutter PROPN 1 flat
met VERB 0 root
Paul PROPN 3 obj
Keating PROPN 4 flat
. PUNCT 3 punct
`
	const src2 = `
#text Fethullah Gulen met Robert Gates.
Fethullah PROPN 3 nsubj
Gulen PROPN 1 flat
met VERB 0 root
Robert PROPN 3 obj
Gates PROPN 4 flat
. PUNCT 3 punct
`
	lex := defaultLex(t)
	for _, tc := range []struct{ date, yeutter, keating, gulen, gates string }{
		{"1984-06-01", "", "AUSGOV", "TURREL", ""},             // before Yeutter's and Gates's offices
		{"1987-06-01", "USAGOV", "AUSGOV", "TURREL", "USASPY"}, // trade representative; treasurer; deputy DCI
		{"1991-08-01", "USAELI", "AUSELI", "TURREL", "USAGOV"}, // between Keating's offices; deputy national security adviser
		{"1994-06-01", "USAELI", "AUSGOV", "TURREL", "USAELI"}, // prime minister
		{"2016-08-01", "USAELI", "AUSELI", "TUROPP", "USAELI"}, // the preacher in opposition
	} {
		d := parsed(t, src, tc.date)
		if err := New(lex).Annotate(d); err != nil {
			t.Fatal(err)
		}
		checkRows(t, d, []row{
			{"Clayton Yeutter", "person", tc.yeutter, ""},
			{"Paul Keating", "person", tc.keating, ""},
		})
		d = parsed(t, src2, tc.date)
		if err := New(lex).Annotate(d); err != nil {
			t.Fatal(err)
		}
		checkRows(t, d, []row{
			{"Fethullah Gulen", "person", tc.gulen, ""},
			{"Robert Gates", "person", tc.gates, ""},
		})
	}
}

// TestFromLexiconTitledRole: with no date, a person the dictionary gives
// several roles is read by the latest, unless the title before the name
// agrees with an earlier one: Riek Machar titled "rebel leader" is of his rebel
// years (SSDREB), the bare name of his latest office (SSDGOV); a dated
// text goes by the date alone.
func TestFromLexiconTitledRole(t *testing.T) {
	const src = `
#text Kenyan envoys met rebel leader Riek Machar and Riek Machar.
Kenyan ADJ 2 amod
envoys NOUN 3 nsubj
met VERB 0 root
rebel NOUN 5 compound
leader NOUN 6 compound
Riek PROPN 3 obj
Machar PROPN 6 flat
and CCONJ 9 cc
Riek PROPN 6 conj
Machar PROPN 9 flat
. PUNCT 3 punct
`
	lex := defaultLex(t)
	for _, tc := range []struct{ date, titled, bare string }{
		{"", "SSDREB", "SSDGOV"},
		{"2012-06-01", "SSDGOV", "SSDGOV"}, // vice president that day, whatever the title says
	} {
		d := parsed(t, src, tc.date)
		if err := New(lex).Annotate(d); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range d.Mentions {
			if d.Text(m.Span) == "Riek Machar" {
				got = append(got, m.Actor.Code)
			}
		}
		if want := []string{tc.titled, tc.bare}; !slices.Equal(got, want) {
			t.Errorf("%q: Riek Machar %v, want %v", tc.date, got, want)
		}
	}
}

func TestFromLexiconHyphenJoined(t *testing.T) {
	lex := defaultLex(t)
	for _, tc := range []struct {
		words []string
		code  string // "" for no entry
	}{
		{[]string{"UN-brokered", "ceasefire"}, "IGOUNO"},
		{[]string{"Basra-based", "group"}, "IRQ"},
		{[]string{"Israeli-Palestinian", "talks"}, ""}, // a capital after the hyphen: two names
		{[]string{"pro-Russian", "rebels"}, ""},
	} {
		e, n := lex.Lookup(tc.words, 0)
		got := ""
		if e != nil {
			got = e.Code
			if n != 1 {
				t.Errorf("%v: entry over %d words, want 1", tc.words, n)
			}
		}
		if got != tc.code {
			t.Errorf("%v: code %q, want %q", tc.words, got, tc.code)
		}
	}
	words := []string{"UN-brokered"}
	if a := testing.AllocsPerRun(100, func() { lex.Lookup(words, 0) }); a != 0 {
		t.Errorf("Lookup of a hyphen-joined word allocates %v times", a)
	}
}

// Companies (companies.txt) resolve as organisations with their country's
// code and BUS: named alone, after what news calls them ("Russian energy
// giant", the nationality then the company's, not a second actor), as the
// possessor of a role ("Gazprom's chief executive"), and with a
// description in apposition. A common word that a company's name
// resembles is no company, capitalised at a sentence's start or not.
func TestFromLexiconCompanies(t *testing.T) {
	const src = `
#text Russian energy giant Gazprom cut gas supplies to Ukraine.
Russian ADJ 3 amod
energy NOUN 3 compound
giant NOUN 4 compound
Gazprom PROPN 5 nsubj
cut VERB 0 root
gas NOUN 7 compound
supplies NOUN/NNS 5 obj
to ADP 9 case
Ukraine PROPN 5 obl
. PUNCT 5 punct

#text Gazprom's chief executive criticised Kyiv.
Gazprom PROPN 4 nmod:poss
's PART 1 case
chief ADJ 4 amod
executive NOUN 5 nsubj
criticised VERB 0 root
Kyiv PROPN 5 obj
. PUNCT 5 punct

#text Washington sanctioned Chinese telecoms firm Huawei.
Washington PROPN 2 nsubj
sanctioned VERB 0 root
Chinese ADJ 5 amod
telecoms NOUN 5 compound
firm NOUN 2 obj
Huawei PROPN 5 appos
. PUNCT 2 punct

#text Total exports fell as Apple growers and shell makers in the Amazon basin cut jobs.
Total ADJ 2 amod
exports NOUN/NNS 3 nsubj
fell VERB 0 root
as SCONJ 14 mark
Apple PROPN 6 compound
growers NOUN/NNS 14 nsubj
and CCONJ 9 cc
shell NOUN 9 compound
makers NOUN/NNS 6 conj
in ADP 13 case
the DET 13 det
Amazon PROPN 13 compound
basin NOUN 9 nmod
cut VERB 3 advcl
jobs NOUN/NNS 14 obj
. PUNCT 3 punct
`
	d := parsed(t, src, "2023-03-10")
	if err := New(defaultLex(t)).Annotate(d); err != nil {
		t.Fatal(err)
	}
	checkRows(t, d, []row{
		{"Gazprom", "organization", "RUSBUS", ""},
		{"Ukraine", "country", "UKR", ""},
		{"Gazprom", "organization", "RUSBUS", ""},
		{"chief executive", "group", "RUSBUS", ""},
		{"Kyiv", "place-as-actor", "UKR", ""},
		{"Washington", "place-as-actor", "USA", ""},
		{"Chinese telecoms firm", "group", "CHNBUS", ""},
		{"Huawei", "organization", "CHNBUS", ""},
	})
}

// TestChiefExecutiveOfATerritory: Hong Kong's and Macau's chief
// executives head their governments (HKGGOV, MACGOV), where another
// country's "chief executive" is a company's (BUS); the holders of the
// office are in people.txt with their dates.
func TestChiefExecutiveOfATerritory(t *testing.T) {
	const src = `
#text The Hong Kong chief executive criticised Britain.
The DET 4 det
Hong PROPN 3 compound
Kong PROPN 4 compound
chief ADJ 4 amod
executive NOUN 5 nsubj
criticised VERB 0 root
Britain PROPN 6 obj
. PUNCT 6 punct

#text Macau's chief executive met a Japanese chief executive.
Macau PROPN 4 nmod:poss
's PART 1 case
chief ADJ 4 amod
executive NOUN 5 nsubj
met VERB 0 root
a DET 9 det
Japanese ADJ 9 amod
chief ADJ 9 amod
executive NOUN 5 obj
. PUNCT 5 punct

#text Carrie Lam criticised Britain.
Carrie PROPN 2 compound
Lam PROPN 3 nsubj
criticised VERB 0 root
Britain PROPN 3 obj
. PUNCT 3 punct
`
	d := parsed(t, src, "2020-03-10")
	if err := New(defaultLex(t)).Annotate(d); err != nil {
		t.Fatal(err)
	}
	checkRows(t, d, []row{
		{"The Hong Kong chief executive", "nominal", "HKGGOV", ""},
		{"Britain", "country", "GBR", ""},
		{"Macau", "place-as-actor", "MAC", ""},
		{"chief executive", "group", "MACGOV", ""},
		{"Japanese chief executive", "group", "JPNBUS", ""},
		{"Carrie Lam", "person", "HKGGOV", ""},
		{"Britain", "country", "GBR", ""},
	})
}
