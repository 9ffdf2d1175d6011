package actor

import (
	"fmt"
	"testing"
)

// docTitles: titled names, a pronoun in a complement clause, an object
// pronoun that cannot be its clause's subject, a possessive pronoun, a
// pronoun outside a quotation that skips the people inside it, a surname,
// an epithet, a definite title, and an agreement name.
const docTitles = `
#text U.S. Secretary of State Antony Blinken said Friday he met Russian Foreign Minister Sergey Lavrov in Geneva, telling him that Moscow must withdraw its troops.
U.S. PROPN 2 compound
Secretary PROPN 5 compound
of ADP 4 case
State PROPN 2 nmod
Antony PROPN 7 nsubj
Blinken PROPN 5 flat
said VERB 0 root
Friday PROPN 7 obl:tmod
he PRON 10 nsubj
met VERB 7 ccomp
Russian ADJ 14 amod
Foreign PROPN 13 compound
Minister PROPN 14 compound
Sergey PROPN 10 obj
Lavrov PROPN 14 flat
in ADP 17 case
Geneva PROPN 10 obl
, PUNCT 19 punct
telling VERB 10 advcl
him PRON 19 obj
that SCONJ 24 mark
Moscow PROPN 24 nsubj
must AUX 24 aux
withdraw VERB 19 ccomp
its PRON 26 nmod:poss
troops NOUN/NNS 24 obj
. PUNCT 7 punct

#text "I told the foreign minister that we remain ready to talk," he added.
" PUNCT 3 punct
I PRON 3 nsubj
told VERB 16 ccomp
the DET 6 det
foreign ADJ 6 amod
minister NOUN 3 obj
that SCONJ 9 mark
we PRON 9 nsubj
remain VERB 3 ccomp
ready ADJ 9 xcomp
to PART 12 mark
talk VERB 10 xcomp
, PUNCT 3 punct
" PUNCT 3 punct
he PRON 16 nsubj
added VERB 0 root
. PUNCT 16 punct

#par
#text After meeting Lavrov, the top U.S. diplomat said he also urged Moscow to return to the New START treaty.
After SCONJ 2 mark
meeting VERB 9 advcl
Lavrov PROPN 2 obj
, PUNCT 2 punct
the DET 8 det
top ADJ 8 amod
U.S. PROPN 8 compound
diplomat NOUN 9 nsubj
said VERB 0 root
he PRON 12 nsubj
also ADV 12 advmod
urged VERB 9 ccomp
Moscow PROPN 12 obj
to PART 15 mark
return VERB 12 xcomp
to ADP 20 case
the DET 20 det
New PROPN 19 compound
START PROPN 20 compound
treaty NOUN 15 obl
. PUNCT 9 punct
`

func TestResolveTitlesAndCoreference(t *testing.T) {
	d := resolved(t, docTitles, "2023-03-10")
	checkRows(t, d, []row{
		{"Antony Blinken", "person", "USAGOV", ""},
		{"he", "pronoun", "USAGOV", "Antony Blinken"},
		{"Sergey Lavrov", "person", "RUSGOV", ""},
		{"Geneva", "unknown", "", ""},
		{"him", "pronoun", "RUSGOV", "Sergey Lavrov"},
		{"Moscow", "place-as-actor", "RUS", ""},
		{"its", "pronoun", "RUS", "Moscow"},
		{"troops", "group", "RUSMIL", ""}, // its = Moscow
		{"the foreign minister", "nominal", "RUSGOV", "Sergey Lavrov"},
		{"he", "pronoun", "USAGOV", "he"},
		{"Lavrov", "person", "RUSGOV", "Sergey Lavrov"},
		{"the top U.S. diplomat", "nominal", "USAGOV", "Antony Blinken"},
		{"he", "pronoun", "USAGOV", "the top U.S. diplomat"},
		{"Moscow", "place-as-actor", "RUS", ""},
		{"New START", "other", "", ""},
	})
	// evidence names the entries or the rule
	for i, want := range map[int]string{0: "title: test.txt:16 + test.txt:31", 1: "coref:pronoun", 5: "test.txt:17",
		7: "compound: possessive:RUS + test.txt:39", 8: "coref:description", 10: "coref:surname"} {
		if got := d.Mentions[i].Actor.Entry; got != want {
			t.Errorf("mention %d %q: evidence %q, want %q", i, d.Text(d.Mentions[i].Span), got, want)
		}
	}
}

// docPlaces: a capital as an actor and as a place, possessives, a seat of
// power and "it", organisations inside titles, nationality + agent,
// conjunctions, an indefinite official, and a spokesperson's surname later.
const docPlaces = `
#text Washington's ties with Beijing have worsened, U.S. State Department spokesman Ned Price told reporters at a briefing in Washington.
Washington PROPN 3 nmod:poss
's PART 1 case
ties NOUN/NNS 7 nsubj
with ADP 5 case
Beijing PROPN 3 nmod
have AUX 7 aux
worsened VERB 16 ccomp
, PUNCT 7 punct
U.S. PROPN 10 compound
State PROPN 11 compound
Department PROPN 12 compound
spokesman NOUN 13 compound
Ned PROPN 16 nsubj
Price PROPN 13 flat
told VERB 0 root
reporters NOUN/NNS 16 obj
at ADP 19 case
a DET 19 det
briefing NOUN 16 obl
in ADP 21 case
Washington PROPN 19 nmod
. PUNCT 16 punct

#text Russian media said China and Russia would hold talks at the Kremlin.
Russian ADJ 2 amod
media NOUN/NNS 3 nsubj
said VERB 0 root
China PROPN 9 nsubj
and CCONJ 6 cc
Russia PROPN 4 conj
would AUX 9 aux
hold VERB 3 ccomp
talks NOUN/NNS 9 obj
at ADP 12 case
the DET 12 det
Kremlin PROPN 9 obl
. PUNCT 3 punct

#text Tass quoted Russian Foreign Ministry spokeswoman Maria Zakharova as saying she saw no progress.
Tass PROPN 2 nsubj
quoted VERB 0 root
Russian ADJ 5 amod
Foreign PROPN 5 compound
Ministry PROPN 6 compound
spokeswoman NOUN 7 compound
Maria PROPN 2 obj
Zakharova PROPN 7 flat
as SCONJ 10 mark
saying VERB 2 advcl
she PRON 12 nsubj
saw VERB 10 ccomp
no DET 14 det
progress NOUN 12 obj
. PUNCT 2 punct

#par
#text The Kremlin said it would respond, and Chinese troops moved closer, according to a U.S. official.
The DET 2 det
Kremlin PROPN 3 nsubj
said VERB 0 root
it PRON 6 nsubj
would AUX 6 aux
respond VERB 3 ccomp
, PUNCT 11 punct
and CCONJ 11 cc
Chinese ADJ 10 amod
troops NOUN/NNS 11 nsubj
moved VERB 3 conj
closer ADV 11 advmod
, PUNCT 18 punct
according VERB 18 case
to ADP 14 fixed
a DET 18 det
U.S. PROPN 18 compound
official NOUN 11 obl
. PUNCT 3 punct

#text Price said NATO and the G-20 had not been consulted by the Soviet Union's heirs.
Price PROPN 2 nsubj
said VERB 0 root
NATO PROPN 10 nsubj:pass
and CCONJ 6 cc
the DET 6 det
G-20 PROPN 3 conj
had AUX 10 aux
not PART 10 advmod
been AUX 10 aux:pass
consulted VERB 2 ccomp
by ADP 17 case
the DET 14 det
Soviet PROPN 14 compound
Union PROPN 17 nmod:poss
's PART 14 case
heirs NOUN/NNS 10 obl:agent
`

func TestResolvePlacesGroupsOrganisations(t *testing.T) {
	d := resolved(t, docPlaces, "2023-03-10")
	checkRows(t, d, []row{
		{"Washington", "place-as-actor", "USA", ""},
		{"Beijing", "place-as-actor", "CHN", ""},
		{"State Department", "organization", "USAGOV", ""},
		{"Ned Price", "person", "USAGOV", ""},
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
		{"G-20", "organization", "IGOG20", ""},
		{"Soviet Union", "country", "SUN", ""},
	})
	if g := d.Mentions[4].Geo; g == nil || g.Country != "USA" {
		t.Errorf("the place Washington: geo %+v, want country USA", g)
	}
}

// docDated: dictionary people whose code depends on the article's date, an
// unknown titled name, an unknown bare name and a plural pronoun.
const docDated = `
#text Hillary Clinton met Joe Biden and analyst Jane Doakes, and Smith said they talked.
Hillary PROPN 3 nsubj
Clinton PROPN 1 flat
met VERB 0 root
Joe PROPN 3 obj
Biden PROPN 4 flat
and CCONJ 9 cc
analyst NOUN 9 compound
Jane PROPN 9 compound
Doakes PROPN 4 conj
, PUNCT 13 punct
and CCONJ 13 cc
Smith PROPN 13 nsubj
said VERB 3 conj
they PRON 15 nsubj
talked VERB 13 ccomp
. PUNCT 3 punct
`

func TestResolveDatedRoles(t *testing.T) {
	for _, tc := range []struct {
		date           string
		clinton, biden string
	}{
		{"2010-06-01", "USAGOV", "USAGOV"}, // Secretary of State; Vice President
		{"2019-06-01", "USAELI", "USAELI"}, // between offices
		{"2023-03-10", "USAELI", "USAGOV"}, // President
		{"2013-02-01", "USAELI", "USAGOV"}, // the day Clinton's role ended (ranges are half-open)
		{"", "USAGOV", "USAGOV"},           // no date: the latest role
	} {
		d := resolved(t, docDated, tc.date)
		checkRows(t, d, []row{
			{"Hillary Clinton", "person", tc.clinton, ""},
			{"Joe Biden", "person", tc.biden, ""},
			{"Jane Doakes", "person", "", ""},
			{"Smith", "unknown", "", ""},
			{"they", "pronoun", "", "Jane Doakes"},
		})
		if tc.clinton == "USAGOV" && d.Mentions[0].Actor.Entry != "roles.txt:1" {
			t.Errorf("%s: Clinton's evidence %q, want the role's roles.txt:1", tc.date, d.Mentions[0].Actor.Entry)
		}
	}
}

// A title the dictionary has only in part ("minister" but not "minister of
// foreign affairs") still ends before the name.
const docOfTitle = `
#text Chinese Minister of Foreign Affairs Wang Yi arrived.
Chinese ADJ 2 amod
Minister PROPN 6 compound
of ADP 4 case
Foreign PROPN 5 compound
Affairs PROPN 2 nmod
Wang PROPN 8 nsubj
Yi PROPN 6 flat
arrived VERB 0 root
. PUNCT 8 punct
`

func TestResolveTitleWithOf(t *testing.T) {
	d := resolved(t, docOfTitle, "2023-03-10")
	checkRows(t, d, []row{{"Wang Yi", "person", "CHNGOV", ""}})
}

// docPairs: a conjoined pair taken up by "the two countries", and an
// organisation taken up by a description of its kind.
const docPairs = `
#text China and Russia refused, and the two countries left.
China PROPN 3 nsubj
and CCONJ 3 cc
Russia PROPN 1 conj
refused VERB 0 root
, PUNCT 10 punct
and CCONJ 10 cc
the DET 9 det
two NUM 9 nummod
countries NOUN/NNS 10 nsubj
left VERB 4 conj
. PUNCT 4 punct

#text Tass quoted an aide as telling the news agency nothing.
Tass PROPN 2 nsubj
quoted VERB 0 root
an DET 4 det
aide NOUN 2 obj
as SCONJ 6 mark
telling VERB 2 advcl
the DET 9 det
news NOUN 9 compound
agency NOUN 6 iobj
nothing PRON 6 obj
. PUNCT 2 punct
`

func TestResolvePairsAndOrganisationDescriptions(t *testing.T) {
	lex := testLex()
	es := []Entry{{Kind: Agent, Code: "MED"}}
	more := newTableLex(es, []string{"news agency"})
	d := parsed(t, docPairs, "2023-03-10")
	if err := New(both{lex, more}).Annotate(d); err != nil {
		t.Fatal(err)
	}
	checkRows(t, d, []row{
		{"China", "country", "CHN", ""},
		{"Russia", "country", "RUS", ""},
		{"the two countries", "nominal", "", "Russia"},
		{"Tass", "organization", "RUSMED", ""},
		{"the news agency", "nominal", "RUSMED", "Tass"},
	})
}

// both looks a word up in two lexicons and keeps the longer match.
type both [2]Lexicon

func (b both) Lookup(words []string, i int) (*Entry, int) {
	e, n := b[0].Lookup(words, i)
	if e2, n2 := b[1].Lookup(words, i); n2 > n {
		return e2, n2
	}
	return e, n
}

// docTagErrors: names the tagger took for other words, an organisation
// whose dictionary name includes the country word, a sentence-initial
// capitalised word that is not a name.
const docTagErrors = `
#text U.S. State Department spokesman Ned Price said Friday the Cold War was over.
U.S. PROPN 3 compound
State PROPN 3 compound
Department PROPN 4 compound
spokesman NOUN 5 compound
Ned VERB/VBN 7 nsubj
Price NOUN 5 flat
said VERB 0 root
Friday PROPN 7 obl:tmod
the DET 11 det
Cold ADJ 11 amod
War PROPN 13 nsubj
was AUX 13 cop
over ADV 7 ccomp
. PUNCT 7 punct

#text "Nothing changed," Price said.
" PUNCT 3 punct
Nothing PRON 3 nsubj
changed VERB 7 ccomp
, PUNCT 3 punct
" PUNCT 3 punct
Price NOUN 7 nsubj
said VERB 0 root
. PUNCT 7 punct

#text Meanwhile Officials met.
Meanwhile ADV 3 advmod
Officials NOUN/NNS 3 nsubj
met VERB 0 root
. PUNCT 3 punct
`

func TestResolveTaggerSlips(t *testing.T) {
	l := testLex()
	// the test dictionary's entry for "State Department" also under "U.S. State Department"
	sd, _ := l.Lookup([]string{"State", "Department"}, 0)
	l.byFirst["u.s."] = append(l.byFirst["u.s."], phrase{[]string{"U.S.", "State", "Department"}, sd})
	d := parsed(t, docTagErrors, "2023-03-10")
	if err := New(l).Annotate(d); err != nil {
		t.Fatal(err)
	}
	checkRows(t, d, []row{
		{"State Department", "organization", "USAGOV", ""},
		{"Ned Price", "person", "USAGOV", ""},
		{"Cold War", "other", "", ""},
		{"Price", "person", "USAGOV", "Ned Price"},
		{"Officials", "organization", "GOV", ""}, // no country: the sector alone
	})
}

// docNationalities: nationalities coordinated before one role noun, and a
// people named by its plural demonym.
const docNationalities = `
#text Russian, Chinese and Indian troops met Americans.
Russian ADJ 6 amod
, PUNCT 3 punct
Chinese ADJ 1 conj
and CCONJ 5 cc
Indian ADJ 1 conj
troops NOUN/NNS 7 nsubj
met VERB 0 root
Americans PROPN/NNPS 7 obj
. PUNCT 7 punct
`

func TestResolveNationalities(t *testing.T) {
	d := resolved(t, docNationalities, "2023-03-10")
	checkRows(t, d, []row{
		{"Russian", "group", "RUSMIL", ""},
		{"Chinese", "group", "CHNMIL", ""},
		{"Indian troops", "group", "INDMIL", ""},
		{"Americans", "group", "USA", ""},
	})
}

// docPossessives: a possessor gives a role noun its country; a possessed
// noun that is no role keeps the possessor a mention of its own.
const docPossessives = `
#text Russia's foreign minister Sergey Lavrov criticised Moscow's critics and NATO's officials.
Russia PROPN 4 nmod:poss
's PART 1 case
foreign ADJ 4 amod
minister NOUN 5 compound
Sergey PROPN 7 nsubj
Lavrov PROPN 5 flat
criticised VERB 0 root
Moscow PROPN 10 nmod:poss
's PART 8 case
critics NOUN/NNS 7 obj
and CCONJ 14 cc
NATO PROPN 14 nmod:poss
's PART 12 case
officials NOUN/NNS 10 conj
. PUNCT 7 punct
`

func TestResolvePossessives(t *testing.T) {
	d := resolved(t, docPossessives, "2023-03-10")
	checkRows(t, d, []row{
		{"Russia", "country", "RUS", ""},
		{"Sergey Lavrov", "person", "RUSGOV", ""},
		{"Moscow", "place-as-actor", "RUS", ""},
		{"NATO", "organization", "IGOWSTNAT", ""},
		{"officials", "group", "IGOWSTNATGOV", ""}, // an organisation's role: its code and the sector
	})
}

// docModifiers: a capital and a seat before a role noun, a role noun with
// an of- or in-phrase, and role nouns conjoined under one nationality.
const docModifiers = `
#text Washington security officials and the government of Russia told police in Moscow that Chinese media and government agreed.
Washington PROPN 3 compound
security NOUN 3 compound
officials NOUN/NNS 9 nsubj
and CCONJ 6 cc
the DET 6 det
government NOUN 3 conj
of ADP 8 case
Russia PROPN 6 nmod
told VERB 0 root
police NOUN/NNS 9 obj
in ADP 12 case
Moscow PROPN 10 nmod
that SCONJ 18 mark
Chinese ADJ 15 amod
media NOUN/NNS 18 nsubj
and CCONJ 17 cc
government NOUN 15 conj
agreed VERB 9 ccomp
. PUNCT 9 punct
`

func TestResolveModifiers(t *testing.T) {
	d := resolved(t, docModifiers, "2023-03-10")
	checkRows(t, d, []row{
		{"Washington security officials", "group", "USAGOV", ""},
		{"the government", "nominal", "RUSGOV", ""},
		{"Russia", "country", "RUS", ""},
		{"police", "group", "RUSCOP", ""},
		{"Moscow", "place", "", ""},
		{"Chinese media", "group", "CHNMED", ""},
		{"government", "group", "CHNGOV", ""},
	})
}

// docTitledPair: the parser hangs the conjunction and the subject on the
// titles, not the names; the names still carry them.
const docTitledPair = `
#text U.S. Secretary of State Antony Blinken and Russian Foreign Minister Sergey Lavrov met.
U.S. PROPN 2 compound
Secretary PROPN 13 nsubj
of ADP 4 case
State PROPN 2 nmod
Antony PROPN 2 appos
Blinken PROPN 5 flat
and CCONJ 10 cc
Russian ADJ 10 amod
Foreign PROPN 10 compound
Minister PROPN 2 conj
Sergey PROPN 10 appos
Lavrov PROPN 11 flat
met VERB 0 root
. PUNCT 13 punct

#text Their talks ended.
Their PRON 2 nmod:poss
talks NOUN/NNS 3 nsubj
ended VERB 0 root
. PUNCT 3 punct
`

func TestResolveTitledPair(t *testing.T) {
	d := resolved(t, docTitledPair, "2023-03-10")
	checkRows(t, d, []row{
		{"Antony Blinken", "person", "USAGOV", ""},
		{"Sergey Lavrov", "person", "RUSGOV", ""},
		{"Their", "pronoun", "", "Sergey Lavrov"},
	})
}

// docIt: within one sentence "it" takes the nearest agreeing mention, not
// the subject.
const docIt = `
#text The United States would sanction China should it arm Russia for its war.
The DET 3 det
United PROPN 3 compound
States PROPN 5 nsubj
would AUX 5 aux
sanction VERB 0 root
China PROPN 5 obj
should AUX 9 aux
it PRON 9 nsubj
arm VERB 5 advcl
Russia PROPN 9 obj
for ADP 13 case
its PRON 13 nmod:poss
war NOUN 9 obl
. PUNCT 5 punct
`

func TestResolveItNearest(t *testing.T) {
	d := resolved(t, docIt, "2023-03-10")
	checkRows(t, d, []row{
		{"United States", "country", "USA", ""},
		{"China", "country", "CHN", ""},
		{"it", "pronoun", "CHN", "China"},
		{"Russia", "country", "RUS", ""},
		{"its", "pronoun", "RUS", "Russia"},
	})
}

// docGivenNames: a country that is a given name starts a person's name;
// before a known word it stays the country.
const docGivenNames = `
#text Jordan Peterson met Jordan officials.
Jordan PROPN 3 nsubj
Peterson PROPN 1 flat
met VERB 0 root
Jordan PROPN 5 compound
officials NOUN/NNS 3 obj
. PUNCT 3 punct
`

func TestResolveGivenNames(t *testing.T) {
	lex := both{testLex(), newTableLex([]Entry{{Kind: CountryNom, Code: "JOR", Name: "Jordan"}}, []string{"Jordan"})}
	d := parsed(t, docGivenNames, "2023-03-10")
	if err := New(lex).Annotate(d); err != nil {
		t.Fatal(err)
	}
	checkRows(t, d, []row{
		{"Jordan Peterson", "person", "", ""},
		{"Jordan officials", "group", "JORGOV", ""},
	})
}

// docGivenNameSite: a city that is a given name stays the city before a
// noun that names a site in it ("Alexandria Port"), and starts a person's
// name before a surname ("Alexandria Ocasio").
const docGivenNameSite = `
#text Alexandria Ocasio toured Alexandria Port.
Alexandria PROPN 3 nsubj
Ocasio PROPN 1 flat
toured VERB 0 root
Alexandria PROPN 5 compound
Port PROPN 3 obj
. PUNCT 3 punct
`

func TestResolveGivenNameSite(t *testing.T) {
	lex := both{testLex(), newTableLex([]Entry{{Kind: Capital, Code: "EGY", Name: "Alexandria"}}, []string{"Alexandria"})}
	d := parsed(t, docGivenNameSite, "2023-03-10")
	if err := New(lex).Annotate(d); err != nil {
		t.Fatal(err)
	}
	checkRows(t, d, []row{
		{"Alexandria Ocasio", "person", "", ""},
		{"Alexandria", "place-as-actor", "EGY", ""},
		{"Port", "unknown", "", ""},
	})
}

// docPlaceOrg: a city that starts an organisation's name no dictionary
// lists is no actor of its own, and "it" is the organisation.
const docPlaceOrg = `
#text The London Metal Exchange said it halted trading.
The DET 4 det
London PROPN 4 compound
Metal PROPN 4 compound
Exchange PROPN 5 nsubj
said VERB 0 root
it PRON 7 nsubj
halted VERB 5 ccomp
trading NOUN 7 obj
. PUNCT 5 punct
`

func TestResolvePlaceOrg(t *testing.T) {
	lex := both{testLex(), newTableLex([]Entry{{Kind: Capital, Code: "GBR", Name: "London"}}, []string{"London"})}
	d := parsed(t, docPlaceOrg, "2023-03-10")
	if err := New(lex).Annotate(d); err != nil {
		t.Fatal(err)
	}
	checkRows(t, d, []row{
		{"London Metal Exchange", "organization", "", ""},
		{"it", "pronoun", "", "London Metal Exchange"},
	})
}

// docPlaceCompany: a company named after places, with a company's
// suffix, is a business; the places in its name are none of its.
const docPlaceCompany = `
#text Denver Tulsa Corp said it sold the Leeds Mill Exchange.
Denver PROPN 3 compound
Tulsa PROPN 3 compound
Corp PROPN 4 nsubj
said VERB 0 root
it PRON 6 nsubj
sold VERB 4 ccomp
the DET 10 det
Leeds PROPN 10 compound
Mill PROPN 10 compound
Exchange PROPN 6 obj
. PUNCT 4 punct
`

func TestResolvePlaceCompany(t *testing.T) {
	places := []Entry{{Kind: Capital, Code: "USA", Name: "Denver"}, {Kind: Capital, Code: "USA", Name: "Tulsa"},
		{Kind: Capital, Code: "GBR", Name: "Leeds"}}
	lex := both{testLex(), newTableLex(places, []string{"Denver", "Tulsa", "Leeds"})}
	d := parsed(t, docPlaceCompany, "2023-03-10")
	if err := New(lex).Annotate(d); err != nil {
		t.Fatal(err)
	}
	checkRows(t, d, []row{
		{"Denver Tulsa Corp", "organization", "BUS", ""},
		{"it", "pronoun", "BUS", "Denver Tulsa Corp"},
		{"Leeds Mill Exchange", "organization", "", ""},
	})
}

// docTitleSurname: a role noun that is the surname of a person named in
// full before, alone and capitalised, is that person.
const docTitleSurname = `
#text Anna Bishop spoke.
Anna PROPN 2 compound
Bishop PROPN 3 nsubj
spoke VERB 0 root
. PUNCT 3 punct

#text Bishop left, and the bishop stayed.
Bishop PROPN 2 nsubj
left VERB 0 root
, PUNCT 8 punct
and CCONJ 8 cc
the DET 6 det
bishop NOUN 7 nsubj
stayed VERB 2 conj
. PUNCT 2 punct
`

func TestResolveTitleSurname(t *testing.T) {
	entries := []Entry{{Kind: PersonName, Code: "AUSGOV", Name: "Anna Bishop"}, {Kind: Agent, Code: "REL"}}
	lex := both{testLex(), newTableLex(entries, []string{"Anna Bishop", "bishop"})}
	d := parsed(t, docTitleSurname, "2023-03-10")
	if err := New(lex).Annotate(d); err != nil {
		t.Fatal(err)
	}
	checkRows(t, d, []row{
		{"Anna Bishop", "person", "AUSGOV", ""},
		{"Bishop", "person", "AUSGOV", "Anna Bishop"},
		{"the bishop", "nominal", "REL", ""},
	})
}

func TestMentionAt(t *testing.T) {
	d := resolved(t, docTitledPair, "2023-03-10")
	// tokens: 0 U.S. 1 Secretary ... 4 Antony 5 Blinken 6 and 7 Russian 8 Foreign 9 Minister 10 Sergey 11 Lavrov 12 met 13 . 14 Their
	for _, tc := range []struct {
		tok  int32
		want string
	}{
		{1, "Antony Blinken"}, // the subject title: Blinken hangs off it
		{5, "Antony Blinken"},
		{9, "Sergey Lavrov"}, // the conjoined title
		{11, "Sergey Lavrov"},
		{14, "Their"},
		{12, ""}, // the verb
		{6, ""},  // "and"
	} {
		got := ""
		if i := MentionAt(d, tc.tok); i >= 0 {
			got = d.Text(d.Mentions[i].Span)
		}
		if got != tc.want {
			t.Errorf("token %d %q: mention %q, want %q", tc.tok, d.TokenText(int(tc.tok)), got, tc.want)
		}
	}
}

// docContext: a state's role noun that names no country takes the country
// in context; after an indefinite article it does not, and has its sector
// alone.
const docContext = `
#text Russia's president rejected a request from the justice minister, and a minister resigned.
Russia PROPN 3 nmod:poss
's PART 1 case
president NOUN 4 nsubj
rejected VERB 0 root
a DET 6 det
request NOUN 4 obj
from ADP 10 case
the DET 10 det
justice NOUN 10 compound
minister NOUN 6 nmod
, PUNCT 15 punct
and CCONJ 15 cc
a DET 14 det
minister NOUN 15 nsubj
resigned VERB 4 conj
. PUNCT 4 punct
`

func TestResolveContextCountry(t *testing.T) {
	d := resolved(t, docContext, "2023-03-10")
	checkRows(t, d, []row{
		{"Russia", "country", "RUS", ""},
		{"president", "group", "RUSGOV", ""},
		{"the justice minister", "nominal", "RUSGOV", ""},
		{"minister", "group", "GOV", ""},
	})
}

// docSoleOffices: holders of an office a state has one of, several and
// with no country named, are of several states, not of the country in
// context; a state has many ministers.
const docSoleOffices = `
#text Russia attacked Ukraine as foreign ministers met, and ministers resigned.
Russia PROPN 2 nsubj
attacked VERB 0 root
Ukraine PROPN 2 obj
as SCONJ 7 mark
foreign ADJ 6 amod
ministers NOUN/NNS 7 nsubj
met VERB 2 advcl
, PUNCT 11 punct
and CCONJ 11 cc
ministers NOUN/NNS 11 nsubj
resigned VERB 2 conj
. PUNCT 2 punct
`

func TestResolveSoleOffices(t *testing.T) {
	d := resolved(t, docSoleOffices, "2023-03-10")
	checkRows(t, d, []row{
		{"Russia", "country", "RUS", ""},
		{"Ukraine", "country", "UKR", ""},
		{"foreign ministers", "group", "GOV", ""},
		{"ministers", "group", "UKRGOV", ""},
	})
}

// docInstitutions: a description of an institution refers back to one of
// its kind; a role noun for one person is a person for "she"; a role noun
// with two countries in its from-phrase takes the first (the event reader
// distributes it over the conjoined one).
const docInstitutions = `
#text Russia's defence ministry said soldiers from China and India left, and the ministry's president said she agreed.
Russia PROPN 4 nmod:poss
's PART 1 case
defence NOUN 4 compound
ministry NOUN 5 nsubj
said VERB 0 root
soldiers NOUN/NNS 11 nsubj
from ADP 8 case
China PROPN 6 nmod
and CCONJ 10 cc
India PROPN 8 conj
left VERB 5 ccomp
, PUNCT 18 punct
and CCONJ 18 cc
the DET 15 det
ministry NOUN 17 nmod:poss
's PART 15 case
president NOUN 18 nsubj
said VERB 5 conj
she PRON 20 nsubj
agreed VERB 18 ccomp
. PUNCT 5 punct
`

func TestResolveInstitutions(t *testing.T) {
	d := resolved(t, docInstitutions, "2023-03-10")
	checkRows(t, d, []row{
		{"Russia", "country", "RUS", ""},
		{"defence ministry", "group", "RUSMIL", ""},
		{"soldiers", "group", "CHNMIL", ""},
		{"China", "country", "CHN", ""},
		{"India", "country", "IND", ""},
		{"the ministry", "nominal", "RUSMIL", "defence ministry"},
		{"president", "group", "RUSGOV", ""},
		{"she", "pronoun", "RUSGOV", "president"},
	})
}

// docPrefixAgents: an agent whose code goes before the country's ("[NGO~]"
// in the peers' agent files), before the country, with a role noun after
// the pair, and after the country; before a name with the agent's own
// code, nothing is added.
const docPrefixAgents = `
#text MSF Ukraine and an MSF Ukraine diplomat met Ukraine rights bodies.
MSF PROPN 2 compound
Ukraine PROPN 8 nsubj
and CCONJ 7 cc
an DET 7 det
MSF PROPN 6 compound
Ukraine PROPN 7 compound
diplomat NOUN 2 conj
met VERB 0 root
Ukraine PROPN 11 compound
rights NOUN 11 compound
bodies NOUN/NNS 8 obj
. PUNCT 8 punct

#text MSF Amnesty met.
MSF PROPN 2 compound
Amnesty PROPN 3 nsubj
met VERB 0 root
. PUNCT 3 punct
`

func TestResolvePrefixAgents(t *testing.T) {
	lex := newTableLex([]Entry{
		{Kind: CountryNom, Code: "UKR", Name: "Ukraine"},
		{Kind: Agent, Code: "NGO", Prefix: true},
		{Kind: Agent, Code: "NGO", Prefix: true, Plural: true},
		{Kind: Agent, Code: "GOV"},
		{Kind: CountryNom, Code: "NGO", Name: "Amnesty"},
	}, []string{"Ukraine", "MSF", "rights bodies", "diplomat", "Amnesty"})
	d := parsed(t, docPrefixAgents, "2023-03-10")
	if err := New(lex).Annotate(d); err != nil {
		t.Fatal(err)
	}
	checkRows(t, d, []row{
		{"MSF Ukraine", "country", "NGOUKR", ""},
		{"MSF Ukraine diplomat", "group", "NGOUKRGOV", ""},
		{"Ukraine rights bodies", "group", "NGOUKR", ""},
		{"MSF Amnesty", "country", "NGO", ""}, // not NGONGO
	})
}

// docConjoinedCountries: role nouns shared by conjoined countries, before
// them and after them. The of-phrase's first country codes the role nouns
// conjoined before it; the event reader distributes them over the rest.
const docConjoinedCountries = `
#text Russia and China officials met.
Russia PROPN 4 compound
and CCONJ 3 cc
China PROPN 1 conj
officials NOUN/NNS 5 nsubj
met VERB 0 root
. PUNCT 5 punct

#text Troops and officials from Russia and Ukraine left.
Troops NOUN/NNS 8 nsubj
and CCONJ 3 cc
officials NOUN/NNS 1 conj
from ADP 5 case
Russia PROPN 1 nmod
and CCONJ 7 cc
Ukraine PROPN 5 conj
left VERB 0 root
. PUNCT 8 punct
`

func TestResolveConjoinedCountries(t *testing.T) {
	d := resolved(t, docConjoinedCountries, "2023-03-10")
	checkRows(t, d, []row{
		{"Russia", "group", "RUSGOV", ""},
		{"China officials", "group", "CHNGOV", ""},
		{"Troops", "group", "RUSMIL", ""},
		{"officials", "group", "RUSGOV", ""},
		{"Russia", "country", "RUS", ""},
		{"Ukraine", "country", "UKR", ""},
	})
}

// docTitleOverName: a name the dictionary codes as a country is, after a
// qualified title, the person the title names; alone it keeps its code.
const docTitleOverName = `
#text Russia's awful minister Calimehtar met Calimehtar.
Russia PROPN 4 nmod:poss
's PART 1 case
awful ADJ 4 amod
minister NOUN 6 nsubj
Calimehtar PROPN 4 appos
met VERB 0 root
Calimehtar PROPN 6 obj
. PUNCT 6 punct
`

func TestResolveTitleOverName(t *testing.T) {
	lex := newTableLex([]Entry{
		{Kind: CountryNom, Code: "RUS", Name: "Russia"},
		{Kind: CountryNom, Code: "CAL", Name: "Calenardhon"},
		{Kind: Agent, Code: "GOV"},
	}, []string{"Russia", "Calimehtar", "minister"})
	d := parsed(t, docTitleOverName, "2023-03-10")
	if err := New(lex).Annotate(d); err != nil {
		t.Fatal(err)
	}
	checkRows(t, d, []row{
		{"Russia", "country", "RUS", ""},
		{"Calimehtar", "person", "RUSGOV", ""},
		{"Calimehtar", "country", "CAL", ""},
	})
}

// docSectorTitle: a title that nothing gives a country codes the person
// with its sector alone (CAMEO's unknown country, "---GOV").
const docSectorTitle = `
#text The official news agency WFNA said.
The DET 5 det
official ADJ 5 amod
news NOUN 4 compound
agency NOUN 5 compound
WFNA PROPN 6 nsubj
said VERB 0 root
. PUNCT 6 punct
`

func TestResolveSectorTitle(t *testing.T) {
	d := resolved(t, docSectorTitle, "2023-03-10")
	checkRows(t, d, []row{
		{"WFNA", "person", "GOV", ""},
	})
	if got := d.Mentions[0].Actor.Entry; got != "sector: test.txt:36" {
		t.Errorf("evidence %q, want the rule and the role noun's entry", got)
	}
}

// docOrgRoles: a role noun after an organisation takes its code and the
// sector, unless the code has that sector already; it is a mention of its
// own beside the organisation's.
const docOrgRoles = `
#text NATO troops and State Department officials met Chinese defence ministry media.
NATO PROPN 2 compound
troops NOUN/NNS 7 nsubj
and CCONJ 6 cc
State PROPN 5 compound
Department PROPN 6 compound
officials NOUN/NNS 2 conj
met VERB 0 root
Chinese ADJ 10 amod
defence NOUN 10 compound
ministry NOUN 11 compound
media NOUN 7 obj
. PUNCT 7 punct
`

func TestResolveOrgRoles(t *testing.T) {
	d := resolved(t, docOrgRoles, "2023-03-10")
	checkRows(t, d, []row{
		{"NATO", "organization", "IGOWSTNAT", ""},
		{"troops", "group", "IGOWSTNATMIL", ""},
		{"State Department", "organization", "USAGOV", ""},
		{"Chinese defence ministry", "organization", "CHNMIL", ""},
		{"media", "group", "CHNMILMED", ""}, // not overlapping the ministry
	})
}

// docSectorPossessor: a possessor known only by its sector (a president
// the dictionary does not name) lends no country; the role noun keeps its
// own sector and never a code built on the sector ("GOVMIL").
// (Production's lexicon has "army" too; the test lexicon has "troops".)
const docSectorPossessor = `
#text President Elias Hrawi's troops closed the crossings.
President PROPN 3 compound
Elias PROPN 3 compound
Hrawi PROPN 5 nmod:poss
's PART 3 case
troops NOUN/NNS 6 nsubj
closed VERB 0 root
the DET 8 det
crossings NOUN/NNS 6 obj
. PUNCT 6 punct
`

func TestResolveSectorPossessor(t *testing.T) {
	d := resolved(t, docSectorPossessor, "2023-03-10")
	checkRows(t, d, []row{
		{"Elias Hrawi", "person", "GOV", ""},
		{"troops", "group", "MIL", ""},
	})
}

// docObjectPronounConj: an object pronoun refers to no member of its own
// clause's conjoined subject.
const docObjectPronounConj = `
#text China and Russia warned Japan, urging them to withdraw.
China PROPN 4 nsubj
and CCONJ 3 cc
Russia PROPN 1 conj
warned VERB 0 root
Japan PROPN 4 obj
, PUNCT 7 punct
urging VERB 4 advcl
them PRON 7 obj
to PART 10 mark
withdraw VERB 7 xcomp
. PUNCT 4 punct
`

func TestObjectPronounSkipsConjoinedSubjects(t *testing.T) {
	d := resolved(t, docObjectPronounConj, "2023-03-10")
	checkRows(t, d, []row{
		{"China", "country", "CHN", ""},
		{"Russia", "country", "RUS", ""},
		{"Japan", "country", "JPN", ""},
		{"them", "pronoun", "", ""},
	})
}

// docVetoIt: "it" as the object of a verb that acts on texts is the law,
// not the country named before.
const docVetoIt = `
#text Russia passed the law.
Russia PROPN 2 nsubj
passed VERB 0 root
the DET 4 det
law NOUN 2 obj
. PUNCT 2 punct

#text Zourabichvili will veto it.
Zourabichvili PROPN 3 nsubj
will AUX 3 aux
veto VERB 0 root
it PRON 3 obj
. PUNCT 3 punct
`

func TestItOfADocumentVerbIsAThing(t *testing.T) {
	d := parsed(t, docVetoIt, "2023-03-10")
	for i := range d.Tokens {
		if d.Text(d.Tokens[i].Span) == "veto" {
			d.Tokens[i].Lemma = "veto"
		}
	}
	if err := New(testLex()).Annotate(d); err != nil {
		t.Fatal(err)
	}
	for _, m := range d.Mentions {
		if d.Text(m.Span) == "it" && (m.Actor.Known() || m.Antecedent >= 0) {
			t.Errorf("'it' of veto resolved to %+v (antecedent %d)", m.Actor, m.Antecedent)
		}
	}
}

// docInstitutionRole: a role noun after an institution no country
// qualifies takes the institution's sector ("army spokesman" MIL, "Senate
// Minority Leader" LEG), not the role's own GOV.
const docInstitutionRole = `
#text An army spokesman said the Senate Minority Leader Chuck Schumer left.
An DET 3 det
army NOUN 3 compound
spokesman NOUN 4 nsubj
said VERB 0 root
the DET 8 det
Senate PROPN 8 compound
Minority PROPN 8 compound
Leader PROPN 11 nsubj
Chuck PROPN 8 appos
Schumer PROPN 9 flat
left VERB 4 ccomp
. PUNCT 4 punct
`

func TestResolveInstitutionRole(t *testing.T) {
	l := testLex()
	for _, a := range []struct{ p, code string }{{"army", "MIL"}, {"senate", "LEG"}, {"leader", "GOV"}} {
		l.byFirst[a.p] = append(l.byFirst[a.p], phrase{[]string{a.p}, &Entry{Kind: Agent, Code: a.code, Where: "test:" + a.p}})
	}
	d := parsed(t, docInstitutionRole, "2023-03-10")
	if err := New(l).Annotate(d); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, m := range d.Mentions {
		got[d.Text(m.Span)] = m.Actor.Code
	}
	if got["army"] != "MIL" || got["Chuck Schumer"] != "LEG" {
		t.Errorf("army %q, Chuck Schumer %q, want MIL and LEG (mentions %v)", got["army"], got["Chuck Schumer"], rows(d))
	}
}

// docUnknownOrg: a capitalised name that opens the sentence, tagged noun
// and adverb, and that an appositive calls a group, is an organisation no
// entry codes; it takes no code from the names after it.
const docUnknownOrg = `
#text Majority Forward, a political group aligned with Senator Chuck Schumer, led the attacks.
Majority NOUN 13 nsubj
Forward ADV 1 advmod
, PUNCT 1 punct
a DET 6 det
political ADJ 6 amod
group NOUN 1 appos
aligned VERB 6 acl
with ADP 9 case
Senator PROPN 7 obl
Chuck PROPN 9 appos
Schumer PROPN 10 flat
, PUNCT 1 punct
led VERB 0 root
attacks NOUN 13 obj
. PUNCT 13 punct
`

func TestResolveUnknownOrganisation(t *testing.T) {
	d := resolved(t, docUnknownOrg, "2023-03-10")
	if len(d.Mentions) == 0 || d.Text(d.Mentions[0].Span) != "Majority Forward" ||
		d.Mentions[0].Kind.String() != "organization" || d.Mentions[0].Actor.Known() {
		t.Errorf("want an uncoded organisation \"Majority Forward\" first, got %v", rows(d))
	}
}

// TestMakePairPrefixOrg: an agent written before its country ("[NGM~]")
// goes before an organisation's code too; a GOV role of an organisation
// with a sector is the organisation's code.
func TestMakePairPrefixOrg(t *testing.T) {
	for _, tc := range []struct {
		mod, obj Entry
		want     string
	}{
		{Entry{Kind: Org, Code: "GONGMO"}, Entry{Kind: Agent, Code: "NGM", Prefix: true}, "NGMGONGMO"},
		{Entry{Kind: Org, Code: "NGMGON"}, Entry{Kind: Agent, Code: "NGM", Prefix: true}, "NGMGON"},
		{Entry{Kind: Org, Code: "GONGMO"}, Entry{Kind: Agent, Code: "OPP"}, "GONGMOOPP"},
		{Entry{Kind: Org, Code: "RUSMIL"}, Entry{Kind: Agent, Code: "GOV"}, "RUSMIL"},
		{Entry{Kind: Org, Code: "USAGOV"}, Entry{Kind: Agent, Code: "GOV"}, "USAGOV"},
		{Entry{Kind: Org, Code: "IGOUNO"}, Entry{Kind: Agent, Code: "IGO"}, "IGOUNO"}, // "UN special rapporteur"
		{Entry{Kind: Org, Code: "REB"}, Entry{Kind: Agent, Code: "REB"}, "REB"},       // "rebel fighters", not REBREB
	} {
		if got := makePair(ruleCompound, &tc.mod, &tc.obj).Code; got != tc.want {
			t.Errorf("%s + %s: %s, want %s", tc.mod.Code, tc.obj.Code, got, tc.want)
		}
	}
}

// docParallelIt: the subject "it" of a clause conjoined to another takes
// that clause's subject, not the nearer object.
const docParallelIt = `
#text Russia urged China to wait and then it requested talks.
Russia PROPN 2 nsubj
urged VERB 0 root
China PROPN 2 obj
to PART 5 mark
wait VERB 2 xcomp
and CCONJ 9 cc
then ADV 9 advmod
it PRON 9 nsubj
requested VERB 2 conj
talks NOUN/NNS 9 obj
. PUNCT 2 punct
`

func TestResolveParallelSubject(t *testing.T) {
	d := resolved(t, docParallelIt, "2023-03-10")
	if got := mentionCode(d, "it"); got != "RUS" {
		t.Errorf("it: %q, want RUS (the subject of the clause it is joined to)", got)
	}
}

// TestObjectPronounSkipsEverySubject: an object pronoun is not the subject
// of its own clause whatever else the parse hangs there as a second
// subject: a day ("said Monday he spoke", with "Monday" as a subject of
// "spoke" beside "he"), as a retrained parser gives, or the day as an
// oblique; the addressee as obj or iobj of "telling" alike.
func TestObjectPronounSkipsEverySubject(t *testing.T) {
	const head = `
#text The Indian president said Monday he spoke with the Chinese foreign minister, telling him that Beijing must withdraw.
The DET 3 det
Indian ADJ 3 amod
president NOUN 4 nsubj
said VERB 0 root
`
	const tail = `
with ADP 12 case
the DET 12 det
Chinese ADJ 12 amod
foreign ADJ 12 amod
minister NOUN 7 obl
, PUNCT 14 punct
telling VERB 7 advcl
him PRON 14 %s
that SCONJ 19 mark
Beijing PROPN 19 nsubj
must AUX 19 aux
withdraw VERB 14 ccomp
. PUNCT 4 punct
`
	for _, tc := range []struct{ name, day, him string }{
		{"day an oblique of said, him the object", "Monday PROPN 4 obl:tmod", "obj"},
		{"day a second subject of spoke, him the object", "Monday PROPN 7 nsubj", "obj"},
		{"day a second subject of spoke, him the indirect object", "Monday PROPN 7 nsubj", "iobj"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := head + tc.day + "\nhe PRON 7 nsubj\nspoke VERB 4 ccomp" + fmt.Sprintf(tail, tc.him)
			d := resolved(t, src, "2023-03-10")
			if he, him := mentionCode(d, "he"), mentionCode(d, "him"); he != "INDGOV" || him != "CHNGOV" {
				t.Errorf("he %q, him %q; want INDGOV (the president) and CHNGOV (the minister he spoke with)", he, him)
				for _, r := range rows(d) {
					t.Logf("  %+v", r)
				}
			}
		})
	}
}

// TestObjectPronounSkipsStrandedSubject: "and India asked him" with
// "India" conjoined by the parse to the first clause's complement: India
// is still the subject of "asked", so "him" is not India but the man
// named before.
func TestObjectPronounSkipsStrandedSubject(t *testing.T) {
	const src = `
#text The president urged Japan to wait and India asked him to stay.
The DET 2 det
president NOUN 3 nsubj
urged VERB 0 root
Japan PROPN 3 obj
to PART 6 mark
wait VERB 3 xcomp
and CCONJ 8 cc
India PROPN 6 conj
asked VERB/VBD 3 conj
him PRON 9 obj
to PART 12 mark
stay VERB 9 xcomp
. PUNCT 3 punct
`
	d := resolved(t, src, "2023-03-10")
	if got := mentionCode(d, "him"); got != "GOV" {
		t.Errorf("him %q, want GOV (the president, not India)", got)
		for _, r := range rows(d) {
			t.Logf("  %+v", r)
		}
	}
}

// TestReportedSubjectIsTheReporter: "they" as the subject of what someone
// says is the speaker, not a plural-looking name after it (the
// parse conjoins the capital's name to the officials).
func TestReportedSubjectIsTheReporter(t *testing.T) {
	const src = `
#text Officials in India's capital, Ndjamena, say they are boycotting the poll.
Officials NOUN 9 nsubj
in ADP 5 case
India PROPN 5 nmod:poss
's PART 3 case
capital NOUN 1 nmod
, PUNCT 7 punct
Ndjamena PROPN 1 conj
, PUNCT 1 punct
say VERB 0 root
they PRON 12 nsubj
are AUX 12 aux
boycotting VERB 9 ccomp
the DET 14 det
poll NOUN 12 obj
. PUNCT 9 punct
`
	d := resolved(t, src, "2023-03-10")
	if got := mentionCode(d, "they"); got != "INDGOV" {
		t.Errorf("they %q, want INDGOV (the officials who say so)", got)
		for _, r := range rows(d) {
			t.Logf("  %+v", r)
		}
	}
}

// TestConjoinedReporter: a say verb conjoined to another shares its
// subject, and "it" in what it says is that subject, not a country named
// in between.
func TestConjoinedReporter(t *testing.T) {
	const src = `
#text Japan rejects the plan of China and will say it is planning to repatriate children.
Japan PROPN 2 nsubj
rejects VERB 0 root
the DET 4 det
plan NOUN 2 obj
of ADP 6 case
China PROPN 4 nmod
and CCONJ 9 cc
will AUX 9 aux
say VERB 2 conj
it PRON 12 nsubj
is AUX 12 aux
planning VERB 9 ccomp
to PART 14 mark
repatriate VERB 12 xcomp
children NOUN 14 obj
. PUNCT 2 punct
`
	d := resolved(t, src, "2023-03-10")
	if got := mentionCode(d, "it"); got != "JPN" {
		t.Errorf("it %q, want JPN (Japan, who says so)", got)
		for _, r := range rows(d) {
			t.Logf("  %+v", r)
		}
	}
}

// TestAccusedItIsNoSubject: "it" as the object of "accuse" is someone
// other than the clause's subjects, though "it" is most often a thing.
func TestAccusedItIsNoSubject(t *testing.T) {
	const src = `
#text Japan protested.
Japan PROPN 2 nsubj
protested VERB 0 root
. PUNCT 2 punct

#text Russia and India accuse it of espionage.
Russia PROPN 4 nsubj
and CCONJ 3 cc
India PROPN 1 conj
accuse VERB 0 root
it PRON 4 obj
of ADP 7 case
espionage NOUN 4 obl
. PUNCT 4 punct
`
	d := resolved(t, src, "2023-03-10")
	if got := mentionCode(d, "it"); got != "JPN" {
		t.Errorf("it %q, want JPN (not India, who accuses)", got)
		for _, r := range rows(d) {
			t.Logf("  %+v", r)
		}
	}
}

// TestResolveItInstitution: "it" and "its" refer to an institution named
// by its role noun when it is a subject ("the Indian government said it",
// "the defence ministry reaffirmed its ..."), and a possessive in a
// clause's object is first of all the subject's, not a name nearer to it
// inside the subject's phrase.
func TestResolveItInstitution(t *testing.T) {
	for _, tc := range []struct{ name, doc, pron, want string }{
		{"it after a nominal subject", `
#text The Indian government said it would attack China.
The DET 3 det
Indian ADJ 3 amod
government NOUN 4 nsubj
said VERB 0 root
it PRON 8 nsubj
would AUX 8 aux
attack VERB 4 ccomp
China PROPN 8 obj
. PUNCT 4 punct
`, "it", "INDGOV"},
		{"its in the object of a nominal subject's clause", `
#text The Chinese defence ministry reaffirmed its support for Russia.
The DET 4 det
Chinese ADJ 4 amod
defence NOUN 4 compound
ministry NOUN 5 nsubj
reaffirmed VERB 0 root
its PRON 7 nmod:poss
support NOUN 5 obj
for ADP 9 case
Russia PROPN 7 nmod
. PUNCT 5 punct
`, "its", "CHNMIL"},
		// not an institution inside another phrase
		{"its not of a nominal inside the subject's phrase", `
#text An agency of the Russian government has recalled its envoy.
An DET 2 det
agency NOUN 7 nsubj
of ADP 6 case
the DET 6 det
Russian ADJ 6 amod
government NOUN 2 nmod
has AUX 7 aux
recalled VERB 0 root
its PRON 9 nmod:poss
envoy NOUN 7 obj
. PUNCT 7 punct
`, "its", ""},
		// a possessive in the object is the subject's before a nearer name
		{"its of the subject before the nearer country", `
#text China and India have signed an accord on Russia and its neighbours.
China PROPN 5 nsubj
and CCONJ 3 cc
India PROPN 1 conj
have AUX 5 aux
signed VERB 0 root
an DET 7 det
accord NOUN 5 obj
on ADP 9 case
Russia PROPN 7 nmod
and CCONJ 12 cc
its PRON 12 nmod:poss
neighbours NOUN/NNS 9 conj
. PUNCT 5 punct
`, "its", "RUS"},
		{"its in the object of the verb whose subject it is", `
#text Japan, which borders Russia, withdrew its troops.
Japan PROPN 7 nsubj
, PUNCT 4 punct
which PRON 4 nsubj
borders VERB 1 acl:relcl
Russia PROPN 4 obj
, PUNCT 4 punct
withdrew VERB 0 root
its PRON 9 nmod:poss
troops NOUN/NNS 7 obj
. PUNCT 7 punct
`, "its", "JPN"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := resolved(t, tc.doc, "2023-03-10")
			if got := mentionCode(d, tc.pron); got != tc.want {
				t.Errorf("%s: %q, want %q", tc.pron, got, tc.want)
			}
		})
	}
}

// TestResolveFormerTitle: one who held a state office, named after the
// title with "former", is an elite (CAMEO ELI): of the country the title
// names, else of no country, as the title alone gives its sector; never
// of the country in context.
func TestResolveFormerTitle(t *testing.T) {
	for _, tc := range []struct{ name, doc, want string }{
		{"no country", `
#text Russia praised former president Jan Novak.
Russia PROPN 2 nsubj
praised VERB 0 root
former ADJ 4 amod
president NOUN 5 compound
Jan PROPN 2 obj
Novak PROPN 5 flat
. PUNCT 2 punct
`, "ELI"},
		{"the title's country", `
#text China praised former Russian president Jan Novak.
China PROPN 2 nsubj
praised VERB 0 root
former ADJ 5 amod
Russian ADJ 5 amod
president NOUN 6 compound
Jan PROPN 2 obj
Novak PROPN 6 flat
. PUNCT 2 punct
`, "RUSELI"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := resolved(t, tc.doc, "2023-03-10")
			if got := mentionCode(d, "Jan Novak"); got != tc.want {
				t.Errorf("Jan Novak: %q, want %q", got, tc.want)
			}
		})
	}
}

// TestSpeakerIsNotInWhatIsSaid: the subject of a say verb is not someone
// named in what the verb reports, whether the parse makes the report a
// complement before the verb or the verb a parenthesis inside it.
func TestSpeakerIsNotInWhatIsSaid(t *testing.T) {
	const speaker = `
#text The Chinese spokesman spoke on Monday.
The DET 3 det
Chinese ADJ 3 amod
spokesman NOUN 4 nsubj
spoke VERB 0 root
on ADP 6 case
Monday PROPN 4 obl
. PUNCT 4 punct
`
	for _, tc := range []struct{ name, src, want string }{
		{"complement", speaker + `
#text Joe Biden's team, he said, had broken the deal.
Joe PROPN 2 compound
Biden PROPN 4 nmod:poss
's PART 2 case
team NOUN 7 ccomp
, PUNCT 4 punct
he PRON 7 nsubj
said=say VERB 0 root
, PUNCT 10 punct
had AUX 10 aux
broken VERB 7 ccomp
the DET 12 det
deal NOUN 10 obj
. PUNCT 7 punct
`, "The Chinese spokesman"},
		{"parenthesis", speaker + `
#text Joe Biden's team, he said, had broken the deal.
Joe PROPN 2 compound
Biden PROPN 4 nmod:poss
's PART 2 case
team NOUN 10 nsubj
, PUNCT 7 punct
he PRON 7 nsubj
said=say VERB 10 parataxis
, PUNCT 7 punct
had AUX 10 aux
broken VERB 0 root
the DET 12 det
deal NOUN 10 obj
. PUNCT 10 punct
`, "The Chinese spokesman"},
		{"complement before", speaker + `
#text Joe Biden's team had broken the deal, he said.
Joe PROPN 2 compound
Biden PROPN 4 nmod:poss
's PART 2 case
team NOUN 6 nsubj
had AUX 6 aux
broken VERB 11 ccomp
the DET 8 det
deal NOUN 6 obj
, PUNCT 6 punct
he PRON 11 nsubj
said=say VERB 0 root
. PUNCT 11 punct
`, "The Chinese spokesman"},
		// what someone else says before "but" is no report of this say verb,
		// though the parse hangs it there
		{"but", speaker + `
#text Joe Biden agreed that the deal was broken, but he said talks should go on.
Joe PROPN 2 compound
Biden PROPN 3 nsubj
agreed VERB 12 ccomp
that SCONJ 8 mark
the DET 6 det
deal NOUN 8 nsubj:pass
was AUX 8 aux:pass
broken VERB 3 ccomp
, PUNCT 12 punct
but CCONJ 12 cc
he PRON 12 nsubj
said=say VERB 0 root
talks NOUN 15 nsubj
should AUX 15 aux
go VERB 12 ccomp
on ADP 15 compound:prt
. PUNCT 12 punct
`, "Joe Biden"},
	} {
		d := resolved(t, tc.src, "2023-03-10")
		if got, want := mentionCode(d, "he"), mentionCode(d, tc.want); got != want || want == "" {
			t.Errorf("%s: he %q, want %q (%s, who says it)", tc.name, got, want, tc.want)
			for _, r := range rows(d) {
				t.Logf("  %+v", r)
			}
		}
	}
}

// TestAddressIsNoPair: "Moscow, Russia" is where the town is, not a pair
// that a later "their" stands for.
func TestAddressIsNoPair(t *testing.T) {
	const src = `
#text Okello and Achieng ran from their hut in Moscow, Russia.
Okello PROPN 4 nsubj
and CCONJ 3 cc
Achieng PROPN 1 conj
ran VERB 0 root
from ADP 7 case
their PRON 7 nmod:poss
hut NOUN 4 obl
in ADP 9 case
Moscow PROPN 7 nmod
, PUNCT 11 punct
Russia PROPN 9 conj
. PUNCT 4 punct

#text Their shop was pulled down.
Their PRON 2 nmod:poss
shop NOUN 4 nsubj:pass
was AUX 4 aux:pass
pulled VERB 0 root
down ADP 4 compound:prt
. PUNCT 4 punct
`
	d := resolved(t, src, "2023-03-10")
	for _, r := range rows(d) {
		if r.text == "Their" && r.ante == "Russia" {
			t.Errorf("Their refers to Russia, want not: %+v", rows(d))
		}
	}
}
