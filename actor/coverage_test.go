package actor

import "testing"

// Role nouns and people nouns whose country the noun phrase itself gives.

func TestResolveOfCountry(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      []row
	}{
		{"government of country", `
#text The Government of India rejected the plan.
The DET 2 det
Government PROPN 5 nsubj
of ADP 4 case
India PROPN 2 nmod
rejected VERB 0 root
the DET 7 det
plan NOUN 5 obj
. PUNCT 5 punct
`, []row{{"The Government", "nominal", "INDGOV", ""}}},
		{"president of country before a name", `
#text President of Russia Ivan Petrov spoke.
President PROPN 4 compound
of ADP 3 case
Russia PROPN 1 nmod
Ivan PROPN 6 nsubj
Petrov PROPN 4 flat
spoke VERB 0 root
. PUNCT 6 punct
`, []row{{"Ivan Petrov", "person", "RUSGOV", ""}}},
		{"country already given stays", `
#text The Chinese Government of Japan watchers met.
The DET 2 det
Chinese ADJ 3 amod
Government PROPN 7 nsubj
of ADP 5 case
Japan PROPN 3 nmod
watchers NOUN 3 flat
met VERB 0 root
. PUNCT 7 punct
`, []row{{"The Chinese Government", "nominal", "CHNGOV", ""}, {"Japan", "country", "JPN", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := resolved(t, tc.src, "2023-03-10")
			checkRows(t, d, tc.want)
		})
	}
}

func TestResolveLocativeCountry(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      []row
	}{
		{"adjective before the country", `
#text Rockets hit a police station in eastern Ukraine.
Rockets NOUN/NNS 2 nsubj
hit VERB 0 root
a DET 5 det
police NOUN 5 compound
station NOUN 2 obj
in ADP 8 case
eastern ADJ 8 amod
Ukraine PROPN 5 nmod
. PUNCT 2 punct
`, []row{{"police", "group", "UKRCOP", ""}, {"Ukraine", "country", "UKR", ""}}},
		{"two adjectives", `
#text Police in remote northern China left.
Police NOUN/NNS 6 nsubj
in ADP 5 case
remote ADJ 5 amod
northern ADJ 5 amod
China PROPN 1 nmod
left VERB 0 root
. PUNCT 6 punct
`, []row{{"Police", "group", "CHNCOP", ""}, {"China", "country", "CHN", ""}}},
		{"a compass point the tagger calls a noun", `
#text Police in northeast China left.
Police NOUN/NNS 5 nsubj
in ADP 4 case
northeast NOUN 4 compound
China PROPN 1 nmod
left VERB 0 root
. PUNCT 5 punct
`, []row{{"Police", "group", "CHNCOP", ""}, {"China", "country", "CHN", ""}}},
		{"a noun between: no country", `
#text Police in border towns of Russia waited.
Police NOUN 7 nsubj
in ADP 4 case
border NOUN 4 compound
towns NOUN/NNS 1 nmod
of ADP 6 case
Russia PROPN 4 nmod
waited VERB 0 root
. PUNCT 7 punct
`, []row{{"Police", "group", "COP", ""}, {"Russia", "country", "RUS", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := resolved(t, tc.src, "2023-03-10")
			checkRows(t, d, tc.want)
		})
	}
}

func TestResolvePeopleNouns(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      []row
	}{
		{"nationality and nationals", `
#text Police held two Ukrainian nationals.
Police NOUN 2 nsubj
held VERB 0 root
two NUM 5 nummod
Ukrainian ADJ 5 amod
nationals NOUN/NNS 2 obj
. PUNCT 2 punct
`, []row{{"Police", "group", "COP", ""}, {"Ukrainian nationals", "group", "UKRCVL", ""}}},
		{"an adjective between", `
#text Soldiers shot a Japanese elderly woman.
Soldiers NOUN/NNS 2 nsubj
shot VERB 0 root
a DET 6 det
Japanese ADJ 6 amod
elderly ADJ 6 amod
woman NOUN 2 obj
. PUNCT 2 punct
`, []row{{"Soldiers", "group", "MIL", ""}, {"Japanese elderly woman", "group", "JPNCVL", ""}}},
		{"workers and students", `
#text Chinese workers met Indian students.
Chinese ADJ 2 amod
workers NOUN/NNS 3 nsubj
met VERB 0 root
Indian ADJ 5 amod
students NOUN/NNS 3 obj
. PUNCT 3 punct
`, []row{{"Chinese workers", "group", "CHNLAB", ""}, {"Indian students", "group", "INDEDU", ""}}},
		{"an honorific before a dictionary name is no name of its own", `
#text Mr Joe Biden told Mrs. Hillary Clinton.
Mr PROPN 2 compound
Joe PROPN 4 nsubj
Biden PROPN 2 flat
told VERB 0 root
Mrs. PROPN 6 compound
Hillary PROPN 4 obj
Clinton PROPN 6 flat
. PUNCT 4 punct
`, []row{{"Joe Biden", "person", "USAGOV", ""}, {"Hillary Clinton", "person", "USAELI", ""}}},
		{"a thing is no actor, but its nationality is its owner", `
#text Russia seized the Ukrainian tanker.
Russia PROPN 2 nsubj
seized VERB 0 root
the DET 5 det
Ukrainian ADJ 5 amod
tanker NOUN 2 obj
. PUNCT 2 punct
`, []row{{"Russia", "country", "RUS", ""}, {"Ukrainian", "owner", "UKR", ""}}},
		{"an unknown name in apposition to the thing keeps its owner", `
#text Washington has imposed sanctions against the Russian space organization Glavkosmos.
Washington PROPN 3 nsubj
has AUX 3 aux
imposed VERB 0 root
sanctions NOUN/NNS 3 obj
against ADP 9 case
the DET 9 det
Russian ADJ 9 amod
space NOUN 9 compound
organization NOUN 4 nmod
Glavkosmos PROPN 9 appos
. PUNCT 3 punct
`, []row{{"Washington", "place-as-actor", "USA", ""}, {"Russian", "owner", "RUS", ""}, {"Glavkosmos", "unknown", "", ""}}},
		{"a nationality after a or another is one person of that nation", `
#text Police held a Russian and another young Ukrainian.
Police NOUN 2 nsubj
held VERB 0 root
a DET 4 det
Russian ADJ 2 obj
and CCONJ 8 cc
another DET 8 det
young ADJ 8 amod
Ukrainian PROPN 4 conj
. PUNCT 2 punct
`, []row{{"Police", "group", "COP", ""}, {"Russian", "group", "RUS", ""}, {"Ukrainian", "group", "UKR", ""}}},
		{"a parse that hangs the nationality across a preposition", `
#text Troops killed a Russian near Moscow.
Troops NOUN/NNS 2 nsubj
killed VERB 0 root
a DET 6 det
Russian ADJ 6 amod
near ADP 6 case
Moscow PROPN 2 obl
. PUNCT 2 punct
`, []row{{"Troops", "group", "MIL", ""}, {"Russian", "group", "RUS", ""}, {"Moscow", "place", "", ""}}},
		{"a thing's own name keeps its owner", `
#text Russia seized the Ukrainian Grace 1 tanker.
Russia PROPN 2 nsubj
seized VERB 0 root
the DET 7 det
Ukrainian ADJ 5 amod
Grace PROPN 7 compound
1 NUM 5 nummod
tanker NOUN 2 obj
. PUNCT 2 punct
`, []row{{"Russia", "country", "RUS", ""}, {"Ukrainian", "owner", "UKR", ""}, {"Grace", "other", "", ""}}},
		{"a people noun before the name is its title", `
#text Police held the Russian man Ivan.
Police NOUN 2 nsubj
held VERB 0 root
the DET 5 det
Russian ADJ 5 amod
man NOUN 2 obj
Ivan PROPN 5 appos
. PUNCT 2 punct
`, []row{{"Police", "group", "COP", ""}, {"Ivan", "person", "RUSCVL", ""}}},
		{"a people noun that says nothing of the sector gives the nationality", `
#text Police held a Chinese suspect and the Japanese actor Ken Sato.
Police NOUN 2 nsubj
held VERB 0 root
a DET 5 det
Chinese ADJ 5 amod
suspect NOUN 2 obj
and CCONJ 10 cc
the DET 10 det
Japanese ADJ 10 amod
actor NOUN 10 compound
Ken PROPN 11 compound
Sato PROPN 5 conj
. PUNCT 2 punct
`, []row{{"Police", "group", "COP", ""}, {"Chinese suspect", "group", "CHN", ""}, {"Ken Sato", "person", "JPN", ""}}},
		{"a noun between is not a person", `
#text Russia fined the Japanese car man.
Russia PROPN 2 nsubj
fined VERB 0 root
the DET 6 det
Japanese ADJ 6 amod
car NOUN 6 compound
man NOUN 2 obj
. PUNCT 2 punct
`, []row{{"Russia", "country", "RUS", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := resolved(t, tc.src, "2023-03-10")
			checkRows(t, d, tc.want)
		})
	}
}

func TestResolveFormerOfficeHolder(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      []row
	}{
		{"former with nationality", `
#text Police arrested former Japanese minister Taro Sato.
Police NOUN 2 nsubj
arrested VERB 0 root
former ADJ 5 amod
Japanese ADJ 5 amod
minister NOUN 6 compound
Taro PROPN 2 obj
Sato PROPN 6 flat
. PUNCT 2 punct
`, []row{{"Police", "group", "COP", ""}, {"Taro Sato", "person", "JPNELI", ""}}},
		// (an elite of no country, as "president Ivan Petrov" is GOV)
		{"former without a country is an elite", `
#text Police arrested former president Ivan Petrov.
Police NOUN 2 nsubj
arrested VERB 0 root
former ADJ 4 amod
president NOUN 5 compound
Ivan PROPN 2 obj
Petrov PROPN 5 flat
. PUNCT 2 punct
`, []row{{"Police", "group", "COP", ""}, {"Ivan Petrov", "person", "ELI", ""}}},
		{"a role not of the state is not an elite", `
#text Police arrested former Chinese analyst Li Wei.
Police NOUN 2 nsubj
arrested VERB 0 root
former ADJ 5 amod
Chinese ADJ 5 amod
analyst NOUN 6 compound
Li PROPN 2 obj
Wei PROPN 6 flat
. PUNCT 2 punct
`, []row{{"Police", "group", "COP", ""}, {"Li Wei", "person", "", ""}}},
		{"a dated dictionary person keeps the dictionary's code", `
#text Police met former American president Joe Biden.
Police NOUN 2 nsubj
met VERB 0 root
former ADJ 5 amod
American ADJ 5 amod
president NOUN 6 compound
Joe PROPN 2 obj
Biden PROPN 6 flat
. PUNCT 2 punct
`, []row{{"Police", "group", "COP", ""}, {"Joe Biden", "person", "USAGOV", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := resolved(t, tc.src, "2023-03-10")
			checkRows(t, d, tc.want)
		})
	}
}

func TestResolveStateBodies(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      []row
	}{
		{"nationality and an authority", `
#text The Russian Ports Safety Authority fined them.
The DET 5 det
Russian ADJ 5 amod
Ports PROPN 5 compound
Safety PROPN 5 compound
Authority PROPN 6 nsubj
fined VERB 0 root
them PRON 6 obj
. PUNCT 6 punct
`, []row{{"Russian Ports Safety Authority", "organization", "RUSGOV", ""}, {"them", "pronoun", "", ""}}},
		{"a court", `
#text A Chinese Maritime Court ruled.
A DET 4 det
Chinese ADJ 4 amod
Maritime PROPN 4 compound
Court PROPN 5 nsubj
ruled VERB 0 root
. PUNCT 5 punct
`, []row{{"Chinese Maritime Court", "organization", "CHNJUD", ""}}},
		{"a name that ends in no body word stays a person", `
#text Indian Ravi Kumar spoke.
Indian ADJ 2 amod
Ravi PROPN 4 nsubj
Kumar PROPN 2 flat
spoke VERB 0 root
. PUNCT 4 punct
`, []row{{"Ravi Kumar", "person", "", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := resolved(t, tc.src, "2023-03-10")
			checkRows(t, d, tc.want)
		})
	}
}

func TestResolveSoleCountry(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      []row
	}{
		{"one country in the sentence", `
#text Ukraine arrested President Ivan Petrov.
Ukraine PROPN 2 nsubj
arrested VERB 0 root
President PROPN 4 compound
Ivan PROPN 2 obj
Petrov PROPN 4 flat
. PUNCT 2 punct
`, []row{{"Ukraine", "country", "UKR", ""}, {"Ivan Petrov", "person", "UKRGOV", ""}}},
		{"two countries: sector alone", `
#text Ukraine and Japan welcomed President Ivan Petrov.
Ukraine PROPN 4 nsubj
and CCONJ 3 cc
Japan PROPN 1 conj
welcomed VERB 0 root
President PROPN 6 compound
Ivan PROPN 4 obj
Petrov PROPN 6 flat
. PUNCT 4 punct
`, []row{{"Ukraine", "country", "UKR", ""}, {"Japan", "country", "JPN", ""}, {"Ivan Petrov", "person", "GOV", ""}}},
		{"a speaker keeps the sector", `
#text President Ivan Petrov will say Japan must act.
President PROPN 2 compound
Ivan PROPN 5 nsubj
Petrov PROPN 2 flat
will AUX 5 aux
say VERB 0 root
Japan PROPN 8 nsubj
must AUX 8 aux
act VERB 5 ccomp
. PUNCT 5 punct
`, []row{{"Ivan Petrov", "person", "GOV", ""}, {"Japan", "country", "JPN", ""}}},
		{"an opponent is not one's country", `
#text President Ivan Petrov sent troops against China.
President PROPN 2 compound
Ivan PROPN 4 nsubj
Petrov PROPN 2 flat
sent VERB 0 root
troops NOUN/NNS 4 obj
against ADP 7 case
China PROPN 4 obl
. PUNCT 4 punct
`, []row{{"Ivan Petrov", "person", "GOV", ""}, {"troops", "group", "MIL", ""}, {"China", "country", "CHN", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := resolved(t, tc.src, "2023-03-10")
			checkRows(t, d, tc.want)
		})
	}
}

func TestResolveBareDescription(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      []row
	}{
		{"no country anywhere: the sector", `
#text The government banned the party.
The DET 2 det
government NOUN 3 nsubj
banned VERB 0 root
the DET 5 det
party NOUN 3 obj
. PUNCT 3 punct
`, []row{{"The government", "nominal", "GOV", ""}}},
		{"a role noun that modifies a thing is none", `
#text The president condemned the government-backed attack.
The DET 2 det
president NOUN 3 nsubj
condemned VERB 0 root
the DET 8 det
government NOUN 7 compound
- PUNCT 5 punct
backed VERB 8 amod
attack NOUN 3 obj
. PUNCT 3 punct
`, []row{{"The president", "nominal", "GOV", ""}}},
		{"a former holder is no state actor", `
#text The former president left.
The DET 3 det
former ADJ 3 amod
president NOUN 4 nsubj
left VERB 0 root
. PUNCT 4 punct
`, nil},
		{"a role noun before a thing noun is none; its nationality owns the thing", `
#text The Russian government decision angered Ukraine.
The DET 4 det
Russian ADJ 4 amod
government NOUN 4 compound
decision NOUN 5 nsubj
angered VERB 0 root
Ukraine PROPN 5 obj
. PUNCT 5 punct
`, []row{{"Russian", "owner", "RUS", ""}, {"Ukraine", "country", "UKR", ""}}},
		{"a former office holder of a country is its elite", `
#text Russia's former president left.
Russia PROPN 4 nmod:poss
's PART 1 case
former ADJ 4 amod
president NOUN 5 nsubj
left VERB 0 root
. PUNCT 5 punct
`, []row{{"Russia", "country", "RUS", ""}, {"former president", "group", "RUSELI", ""}}},
		{"the spokesman of a nationality's ministry", `
#text The spokesman of the Russian ministry left.
The DET 2 det
spokesman NOUN 7 nsubj
of ADP 6 case
the DET 6 det
Russian ADJ 6 amod
ministry NOUN 2 nmod
left VERB 0 root
. PUNCT 7 punct
`, []row{{"The spokesman", "nominal", "RUSGOV", ""}, {"the Russian ministry", "nominal", "RUSGOV", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := resolved(t, tc.src, "2023-03-10")
			checkRows(t, d, tc.want)
		})
	}
}

func TestResolveCityWords(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      []row
	}{
		{"a city as a surname", `
#text Officials met Mark Moscow.
Officials NOUN/NNS 2 nsubj
met VERB 0 root
Mark PROPN 2 obj
Moscow PROPN 3 flat
. PUNCT 2 punct
`, []row{{"Officials", "organization", "GOV", ""}, {"Mark Moscow", "person", "", ""}}},
		{"a city before a thing noun is a place", `
#text Officials condemned the Moscow attack.
Officials NOUN/NNS 2 nsubj
condemned VERB 0 root
the DET 5 det
Moscow PROPN 5 compound
attack NOUN 2 obj
. PUNCT 2 punct
`, []row{{"Officials", "organization", "GOV", ""}, {"Moscow", "place", "", ""}}},
		{"a dateline is a place", `
#text MOSCOW - Officials left.
MOSCOW PROPN 4 dep
- PUNCT 1 punct
Officials NOUN/NNS 4 nsubj
left VERB 0 root
. PUNCT 4 punct
`, []row{{"MOSCOW", "place", "", ""}, {"Officials", "organization", "GOV", ""}}},
		{"a seat before a thing noun stays an actor", `
#text Officials condemned the White House plan.
Officials NOUN/NNS 2 nsubj
condemned VERB 0 root
the DET 6 det
White PROPN 5 compound
House PROPN 6 compound
plan NOUN 2 obj
. PUNCT 2 punct
`, []row{{"Officials", "organization", "GOV", ""}, {"White House", "place-as-actor", "USAGOV", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := resolved(t, tc.src, "2023-03-10")
			checkRows(t, d, tc.want)
		})
	}
}

func TestResolveHyphenAndShared(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      []row
	}{
		{"a role noun in apposition to a known person", `
#text The president, Joe Biden, spoke.
The DET 2 det
president NOUN 7 nsubj
, PUNCT 5 punct
Joe PROPN 5 compound
Biden PROPN 2 appos
, PUNCT 2 punct
spoke VERB 0 root
. PUNCT 7 punct
`, []row{{"The president", "nominal", "USAGOV", ""}, {"Joe Biden", "person", "USAGOV", ""}}},
		{"the government of a titled known person", `
#text The government of President Joe Biden left.
The DET 2 det
government NOUN 7 nsubj
of ADP 6 case
President PROPN 6 compound
Joe PROPN 6 compound
Biden PROPN 2 nmod
left VERB 0 root
. PUNCT 7 punct
`, []row{{"The government", "nominal", "USAGOV", ""}, {"Joe Biden", "person", "USAGOV", ""}}},
		{"a role noun led by a known person", `
#text The troops led by Joe Biden left.
The DET 2 det
troops NOUN/NNS 7 nsubj
led VERB 2 acl
by ADP 6 case
Joe PROPN 6 compound
Biden PROPN 3 obl
left VERB 0 root
. PUNCT 7 punct
`, []row{{"troops", "group", "USAMIL", ""}, {"Joe Biden", "person", "USAGOV", ""}}},
		{"a capital ending a Spanish name", `
#text Santa Rosa de Moscow troops left.
Santa PROPN 2 compound
Rosa PROPN 5 compound
de ADP 4 case
Moscow PROPN 5 compound
troops NOUN/NNS 6 nsubj
left VERB 0 root
. PUNCT 6 punct
`, []row{{"Santa Rosa", "person", "", ""}, {"Moscow troops", "group", "MIL", ""}}},
		{"an unknown name with a description in apposition", `
#text Ivan Petrov, a Russian official, spoke.
Ivan PROPN 8 nsubj
Petrov PROPN 1 flat
, PUNCT 6 punct
a DET 6 det
Russian ADJ 6 amod
official NOUN 1 appos
, PUNCT 1 punct
spoke VERB 0 root
. PUNCT 8 punct
`, []row{{"Ivan Petrov", "person", "RUSGOV", ""}, {"Russian official", "group", "RUSGOV", ""}}},
		{"a nationality before allies", `
#text Chinese allies launch games.
Chinese ADJ 2 amod
allies NOUN/NNS 4 compound
launch NOUN 4 compound
games NOUN/NNS 0 root
. PUNCT 4 punct
`, []row{{"Chinese allies", "group", "CHN", ""}}},
		{"a nationality before a thing", `
#text Chinese allies' games ended.
Chinese ADJ 2 amod
allies NOUN/NNS 4 nmod:poss
' PART 2 case
games NOUN/NNS 5 nsubj
ended VERB 0 root
. PUNCT 5 punct
`, []row{{"Chinese allies", "group", "CHN", ""}}},
		{"a company name", `
#text Police raided Gondor Mining Ltd.
Police NOUN 2 nsubj
raided VERB 0 root
Gondor PROPN 5 compound
Mining PROPN 5 compound
Ltd PROPN 2 obj
. PUNCT 2 punct
`, []row{{"Police", "group", "COP", ""}, {"Gondor Mining Ltd", "organization", "BUS", ""}}},
		{"a company name after a nationality", `
#text Police raided the Russian Oil Corp.
Police NOUN 2 nsubj
raided VERB 0 root
the DET 6 det
Russian ADJ 6 amod
Oil PROPN 6 compound
Corp PROPN 2 obj
. PUNCT 2 punct
`, []row{{"Police", "group", "COP", ""}, {"Russian Oil Corp", "organization", "RUSBUS", ""}}},
		{"a nationality before -led", `
#text A Russian-led force left.
A DET 5 det
Russian ADJ 4 compound
- PUNCT 2 punct
led VERB 5 amod
force NOUN 6 nsubj
left VERB 0 root
. PUNCT 6 punct
`, []row{{"Russian", "country", "RUS", ""}}},
		{"a nationality before -appointed", `
#text China condemned the Russian-appointed council.
China PROPN 2 nsubj
condemned VERB 0 root
the DET 7 det
Russian ADJ 5 compound
- PUNCT 4 punct
appointed VERB 7 amod
council NOUN 2 obj
. PUNCT 2 punct
`, []row{{"China", "country", "CHN", ""}, {"Russian", "country", "RUS", ""}}},
		{"a nationality before -backed and a role noun", `
#text Russian-backed troops left.
Russian ADJ 3 compound
- PUNCT 1 punct
backed VERB 4 amod
troops NOUN/NNS 5 nsubj
left VERB 0 root
. PUNCT 5 punct
`, []row{{"troops", "group", "MIL", ""}}},
		{"a nationality and an organisation share a role noun", `
#text Chinese and NATO officials met.
Chinese ADJ 4 amod
and CCONJ 3 cc
NATO PROPN 1 conj
officials NOUN/NNS 5 nsubj
met VERB 0 root
. PUNCT 5 punct
`, []row{{"Chinese", "group", "CHNGOV", ""}, {"NATO", "organization", "IGOWSTNAT", ""},
			{"officials", "group", "IGOWSTNATGOV", ""}}},
		{"a nationality, the, and a nationality share a role noun", `
#text Chinese and the Russian troops met.
Chinese ADJ 5 amod
and CCONJ 4 cc
the DET 5 det
Russian ADJ 5 amod
troops NOUN/NNS 6 nsubj
met VERB 0 root
. PUNCT 6 punct
`, []row{{"Chinese", "group", "CHNMIL", ""}, {"Russian troops", "group", "RUSMIL", ""}}},
		{"a role noun in apposition after a list is not the list's", `
#text Ties between China and India, and Russia, the Chinese media said.
Ties NOUN/NNS 13 nsubj
between ADP 3 case
China PROPN 1 nmod
and CCONJ 5 cc
India PROPN 3 conj
, PUNCT 8 punct
and CCONJ 8 cc
Russia PROPN 3 conj
, PUNCT 12 punct
the DET 12 det
Chinese ADJ 12 amod
media NOUN 13 nsubj
said VERB 0 root
. PUNCT 13 punct
`, []row{{"China", "country", "CHN", ""}, {"India", "country", "IND", ""}, {"Russia", "country", "RUS", ""},
			{"Chinese media", "group", "CHNMED", ""}}},
		{"a comma after the last member closes a list before a role noun", `
#text China and India, Russian troops said.
China PROPN 6 nsubj
and CCONJ 3 cc
India PROPN 1 conj
, PUNCT 6 punct
Russian ADJ 6 amod
troops NOUN/NNS 7 nsubj
said VERB 0 root
. PUNCT 7 punct
`, []row{{"China", "country", "CHN", ""}, {"India", "country", "IND", ""}, {"Russian troops", "group", "RUSMIL", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := resolved(t, tc.src, "2023-03-10")
			checkRows(t, d, tc.want)
		})
	}
}

func TestResolveContextLimits(t *testing.T) {
	lex := newTableLex([]Entry{
		{Kind: CountryNom, Code: "RUS", Name: "Russia"},
		{Kind: Capital, Code: "RUS", Name: "Sochi", Minor: true},
		{Kind: Agent, Code: "MIL"},
		{Kind: Agent, Code: "GOV"},
	}, []string{"Russia", "Sochi", "forces", "government"})
	for _, tc := range []struct {
		name, src string
		want      []row
	}{
		{"a country gives context", `
#text Russia said the forces left.
Russia PROPN 2 nsubj
said VERB 0 root
the DET 4 det
forces NOUN/NNS 5 nsubj
left VERB 2 ccomp
. PUNCT 2 punct
`, []row{{"Russia", "country", "RUS", ""}, {"forces", "group", "RUSMIL", ""}}},
		{"a city gives none", `
#text Sochi said the forces left.
Sochi PROPN 2 nsubj
said VERB 0 root
the DET 4 det
forces NOUN/NNS 5 nsubj
left VERB 2 ccomp
. PUNCT 2 punct
`, []row{{"Sochi", "place-as-actor", "RUS", ""}, {"forces", "group", "MIL", ""}}},
		{"a modifier naming another party", `
#text Russia said foreign forces left.
Russia PROPN 2 nsubj
said VERB 0 root
foreign ADJ 4 amod
forces NOUN/NNS 5 nsubj
left VERB 2 ccomp
. PUNCT 2 punct
`, []row{{"Russia", "country", "RUS", ""}, {"foreign forces", "group", "MIL", ""}}},
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

func TestResolveMembersAndOfPlace(t *testing.T) {
	lex := newTableLex([]Entry{
		{Kind: Capital, Code: "RUS", Name: "Moscow"},
		{Kind: Agent, Code: "GOV"},
		{Kind: Agent, Code: "LAB", Plural: true},
		{Kind: Agent, Code: "BUS"},
	}, []string{"Moscow", "government", "employees", "Bank"})
	for _, tc := range []struct {
		name, src string
		want      []row
	}{
		{"an institution's employees have its sector", `
#text Government employees left.
Government NOUN 2 compound
employees NOUN/NNS 3 nsubj
left VERB 0 root
. PUNCT 3 punct
`, []row{{"Government employees", "organization", "GOV", ""}}},
		{"a place after of in a name", `
#text The Bank of Moscow lent money.
The DET 2 det
Bank PROPN 5 nsubj
of ADP 4 case
Moscow PROPN 2 nmod
lent VERB 0 root
money NOUN 5 obj
. PUNCT 5 punct
`, []row{{"The Bank", "nominal", "RUSBUS", ""}}},
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

func TestResolveOwnersOfPeople(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      []row
	}{
		{"an organisation's members are the organisation", `
#text Moscow expelled members of NATO.
Moscow PROPN 2 nsubj
expelled VERB 0 root
members NOUN/NNS 2 obj
of ADP 5 case
NATO PROPN 3 nmod
. PUNCT 2 punct
`, []row{{"Moscow", "place-as-actor", "RUS", ""}, {"members", "group", "IGOWSTNAT", ""}, {"NATO", "organization", "IGOWSTNAT", ""}}},
		{"nationalities sharing an organisation's staff are its staff", `
#text Moscow expelled American, Indian and Japanese staff from NATO.
Moscow PROPN 2 nsubj
expelled VERB 0 root
American ADJ 8 amod
, PUNCT 5 punct
Indian ADJ 3 conj
and CCONJ 7 cc
Japanese ADJ 3 conj
staff NOUN/NNS 2 obj
from ADP 10 case
NATO PROPN 8 nmod
. PUNCT 2 punct
`, []row{{"Moscow", "place-as-actor", "RUS", ""}, {"American", "group", "IGOWSTNAT", ""}, {"Indian", "group", "IGOWSTNAT", ""},
			{"staff", "group", "IGOWSTNAT", ""}, {"NATO", "organization", "IGOWSTNAT", ""}}},
		{"staff without an organisation are not one", `
#text Moscow expelled American staff from Japan.
Moscow PROPN 2 nsubj
expelled VERB 0 root
American ADJ 4 amod
staff NOUN/NNS 2 obj
from ADP 6 case
Japan PROPN 4 nmod
. PUNCT 2 punct
`, []row{{"Moscow", "place-as-actor", "RUS", ""}, {"Japan", "country", "JPN", ""}}},
		{"what a person given the sentence's country owns is that country's", `
#text President Ivan Petrov's troops entered Moscow to arrest him.
President PROPN 3 compound
Ivan PROPN 3 compound
Petrov PROPN 6 nmod:poss
's PART 3 case
troops NOUN/NNS 6 nsubj
entered VERB 0 root
Moscow PROPN 6 obj
to PART 9 mark
arrest VERB 6 advcl
him PRON 9 obj
. PUNCT 6 punct
`, []row{{"Ivan Petrov", "person", "RUSGOV", ""}, {"troops", "group", "RUSMIL", ""}, {"Moscow", "place-as-actor", "RUS", ""},
			{"him", "pronoun", "RUSGOV", "Ivan Petrov"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := resolved(t, tc.src, "2023-03-10")
			checkRows(t, d, tc.want)
		})
	}
}

func TestResolveContextAgainstEvidence(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      []row
	}{
		{"a known person in apposition beats the country in context", `
#text Russia said the president, Joe Biden, said he left.
Russia PROPN 2 nsubj
said VERB 0 root
the DET 4 det
president NOUN 9 nsubj
, PUNCT 7 punct
Joe PROPN 7 compound
Biden PROPN 4 appos
, PUNCT 4 punct
said VERB 2 ccomp
he PRON 11 nsubj
left VERB 9 ccomp
. PUNCT 2 punct
`, []row{{"Russia", "country", "RUS", ""}, {"the president", "nominal", "USAGOV", ""}, {"Joe Biden", "person", "USAGOV", ""},
			{"he", "pronoun", "USAGOV", "the president"}}},
		{"an unknown holder's office is not that of a country named in passing", `
#text The Kremlin said the government left.
The DET 2 det
Kremlin PROPN 3 nsubj
said VERB 0 root
the DET 5 det
government NOUN 6 nsubj
left VERB 3 ccomp
. PUNCT 3 punct

#text The president, Ivan Petrov, reached the China border.
The DET 2 det
president NOUN 8 nsubj
, PUNCT 5 punct
Ivan PROPN 5 compound
Petrov PROPN 2 appos
, PUNCT 2 punct
reached VERB 0 root
the DET 11 det
China PROPN 11 compound
border NOUN 8 obj
. PUNCT 8 punct

#text The minister, Li Wei, said he left.
The DET 2 det
minister NOUN 8 nsubj
, PUNCT 5 punct
Li PROPN 5 compound
Wei PROPN 2 appos
, PUNCT 2 punct
said VERB 0 root
he PRON 10 nsubj
left VERB 8 ccomp
. PUNCT 8 punct
`, []row{{"Kremlin", "place-as-actor", "RUSGOV", ""}, {"the government", "nominal", "RUSGOV", ""},
			{"The president", "nominal", "RUSGOV", ""}, {"Ivan Petrov", "person", "", ""}, {"China", "country", "CHN", ""},
			{"The minister", "nominal", "RUSGOV", ""}, {"Li Wei", "person", "", ""}, {"he", "pronoun", "RUSGOV", "The minister"}}},
		{"a role for an organisation is the organisation's", `
#text A spokesman for the State Department left.
A DET 2 det
spokesman NOUN 7 nsubj
for ADP 6 case
the DET 6 det
State PROPN 6 compound
Department PROPN 2 nmod
left VERB 0 root
. PUNCT 7 punct
`, []row{{"spokesman", "group", "USAGOV", ""}, {"State Department", "organization", "USAGOV", ""}}},
		{"a role for a country is not the country's", `
#text A diplomat for Russia left.
A DET 2 det
diplomat NOUN 5 nsubj
for ADP 4 case
Russia PROPN 2 nmod
left VERB 0 root
. PUNCT 5 punct
`, []row{{"diplomat", "group", "GOV", ""}, {"Russia", "country", "RUS", ""}}},
		{"a person's role after an institution is one of its people", `
#text The State Department spoke.
The DET 3 det
State PROPN 3 compound
Department PROPN 4 nsubj
spoke VERB 0 root
. PUNCT 4 punct

#text The spokesman said he left.
The DET 2 det
spokesman NOUN 3 nsubj
said VERB 0 root
he PRON 5 nsubj
left VERB 3 ccomp
. PUNCT 3 punct
`, []row{{"State Department", "organization", "USAGOV", ""}, {"The spokesman", "nominal", "USAGOV", ""},
			{"he", "pronoun", "USAGOV", "The spokesman"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := resolved(t, tc.src, "2023-03-10")
			checkRows(t, d, tc.want)
		})
	}
}
