package coder

import (
	"strings"
	"testing"

	"dyad/doc"
)

func TestCodeEvents(t *testing.T) {
	cases := []eventCase{
		{"active with oblique target", `
1 Blinken Blinken PROPN 2 nsubj
2 met meet VERB 0 root
3 with with ADP 4 case
4 Lavrov Lavrov PROPN 2 obl SpaceAfter=No
5 . . PUNCT 2 punct`,
			[]ment{{text: "Blinken", code: "USAGOV"}, {text: "Lavrov", code: "RUSGOV"}},
			[]string{"USAGOV>RUSGOV:040"}},
		{"passive: agent is the source", `
1 Kyiv Kyiv PROPN 3 nsubj:pass
2 was be AUX 3 aux:pass
3 attacked attack VERB 0 root
4 by by ADP 5 case
5 Russia Russia PROPN 3 obl:agent SpaceAfter=No
6 . . PUNCT 3 punct`,
			[]ment{{text: "Kyiv", code: "UKR"}, {text: "Russia", code: "RUS"}},
			[]string{"RUS>UKR:190"}},
		{"nsubj:pass with an object and no aux:pass is an active subject (a parse error)", `
1 Pyongyang Pyongyang PROPN 2 nsubj:pass
2 attacked attack VERB 0 root
3 Seoul Seoul PROPN 2 obj SpaceAfter=No
4 . . PUNCT 2 punct`,
			[]ment{{text: "Pyongyang", code: "PRK"}, {text: "Seoul", code: "KOR"}},
			[]string{"PRK>KOR:190"}},
		{"conjoined subjects: one event each", `
1 China China PROPN 5 nsubj
2 and and CCONJ 3 cc
3 Russia Russia PROPN 1 conj
4 both both DET 5 advmod
5 condemned condemn VERB 0 root
6 Japan Japan PROPN 5 obj SpaceAfter=No
7 . . PUNCT 5 punct`,
			[]ment{{text: "China", code: "CHN"}, {text: "Russia", code: "RUS"}, {text: "Japan", code: "JPN"}},
			[]string{"CHN>JPN:111", "RUS>JPN:111"}},
		{"a conjunct set apart by 'not' takes no part", `
1 Russia Russia PROPN 5 nsubj SpaceAfter=No
2 , , PUNCT 4 punct
3 not not PART 4 advmod
4 Iran Iran PROPN 1 conj SpaceAfter=No
5 shelled shell VERB 0 root
6 Kyiv Kyiv PROPN 5 obj SpaceAfter=No
7 . . PUNCT 5 punct`,
			[]ment{{text: "Russia", code: "RUS"}, {text: "Iran", code: "IRN"}, {text: "Kyiv", code: "UKR"}},
			[]string{"RUS>UKR:194"}},
		{"control: urged X to meet is an appeal to meet", `
1 Paris Paris PROPN 2 nsubj
2 urged urge VERB 0 root
3 Tehran Tehran PROPN 2 obj
4 to to PART 5 mark
5 negotiate negotiate VERB 2 xcomp SpaceAfter=No
6 . . PUNCT 2 punct`,
			[]ment{{text: "Paris", code: "FRA"}, {text: "Tehran", code: "IRN"}},
			[]string{"FRA>IRN:026"}},
		{"negation: no positive event", `
1 Seoul Seoul PROPN 4 nsubj
2 did do AUX 4 aux
3 not not PART 4 advmod
4 attack attack VERB 0 root
5 Pyongyang Pyongyang PROPN 4 obj SpaceAfter=No
6 . . PUNCT 4 punct`,
			[]ment{{text: "Seoul", code: "KOR"}, {text: "Pyongyang", code: "PRK"}},
			nil},
		{"refused to meet is a rejection", `
1 Israel Israel PROPN 2 nsubj
2 refused refuse VERB 0 root
3 to to PART 4 mark
4 meet meet VERB 2 xcomp
5 Hamas Hamas PROPN 4 obj SpaceAfter=No
6 . . PUNCT 2 punct`,
			[]ment{{text: "Israel", code: "ISR"}, {text: "Hamas", code: "PSERBL"}},
			[]string{"ISR>PSERBL:125"}},
		{"threatened to impose sanctions is a threat, not a sanction", `
1 Washington Washington PROPN 2 nsubj
2 threatened threaten VERB 0 root
3 to to PART 4 mark
4 impose impose VERB 2 xcomp
5 sanctions sanction NOUN 4 obj
6 on on ADP 7 case
7 Caracas Caracas PROPN 4 obl SpaceAfter=No
8 . . PUNCT 2 punct`,
			[]ment{{text: "Washington", code: "USA"}, {text: "Caracas", code: "VEN"}},
			[]string{"USA>VEN:1312~conditional"}},
		{"plans to provide aid is intent", `
1 Japan Japan PROPN 2 nsubj
2 plans plan VERB 0 root
3 to to PART 4 mark
4 provide provide VERB 2 xcomp
5 aid aid NOUN 4 obj
6 to to ADP 7 case
7 Turkey Turkey PROPN 4 obl SpaceAfter=No
8 . . PUNCT 2 punct`,
			[]ment{{text: "Japan", code: "JPN"}, {text: "Turkey", code: "TUR"}},
			[]string{"JPN>TUR:033~intended"}},
		{"would consider ... should it: a conditional threat", `
1 Britain Britain PROPN 3 nsubj
2 would would AUX 3 aux
3 consider consider VERB 0 root
4 imposing impose VERB 3 xcomp
5 sanctions sanction NOUN 4 obj
6 against against ADP 7 case
7 Iran Iran PROPN 5 nmod
8 should should AUX 10 aux
9 it it PRON 10 nsubj
10 attack attack VERB 3 advcl
11 Iraq Iraq PROPN 10 obj SpaceAfter=No
12 . . PUNCT 3 punct`,
			[]ment{{text: "Britain", code: "GBR"}, {text: "Iran", code: "IRN"}, {text: "it", code: "IRN"}, {text: "Iraq", code: "IRQ"}},
			[]string{"GBR>IRN:1312~conditional"}},
		{"reported speech is claimed by the speaker", `
1 Obama Obama PROPN 2 nsubj
2 said say VERB 0 root
3 he he PRON 4 nsubj
4 visited visit VERB 2 ccomp
5 Cuba Cuba PROPN 4 obj SpaceAfter=No
6 . . PUNCT 2 punct`,
			[]ment{{text: "Obama", code: "USAGOV"}, {text: "he", code: "USAGOV"}, {text: "Cuba", code: "CUB"}},
			[]string{"USAGOV>CUB:042"}},
		{"nominal: talks between X and Y", `
1 Talks talk NOUN 6 nsubj:pass
2 between between ADP 3 case
3 Armenia Armenia PROPN 1 nmod
4 and and CCONJ 5 cc
5 Azerbaijan Azerbaijan PROPN 3 conj
6 resumed resume VERB 0 root SpaceAfter=No
7 . . PUNCT 6 punct`,
			[]ment{{text: "Armenia", code: "ARM"}, {text: "Azerbaijan", code: "AZE"}},
			[]string{"ARM>AZE:046"}},
		{"no agreement: negated nominal", `
1 There there PRON 2 expl
2 was be VERB 0 root
3 no no DET 4 det
4 agreement agreement NOUN 2 nsubj
5 with with ADP 6 case
6 Tokyo Tokyo PROPN 4 nmod SpaceAfter=No
7 . . PUNCT 2 punct`,
			[]ment{{text: "Tokyo", code: "JPN"}},
			nil},
		{"a question is not an event", `
1 Will will AUX 3 aux
2 India India PROPN 3 nsubj
3 attack attack VERB 0 root
4 Pakistan Pakistan PROPN 3 obj SpaceAfter=No
5 ? ? PUNCT 3 punct`,
			[]ment{{text: "India", code: "IND"}, {text: "Pakistan", code: "PAK"}},
			nil},
		{"told him that X must: a demand", `
1 Macron Macron PROPN 2 nsubj
2 told tell VERB 0 root
3 Putin Putin PROPN 2 obj
4 that that SCONJ 8 mark
5 Moscow Moscow PROPN 8 nsubj
6 must must AUX 8 aux
7 immediately immediately ADV 8 advmod
8 end end VERB 2 ccomp
9 the the DET 10 det
10 war war NOUN 8 obj SpaceAfter=No
11 . . PUNCT 2 punct`,
			[]ment{{text: "Macron", code: "FRAGOV"}, {text: "Putin", code: "RUSGOV"}, {text: "Moscow", code: "RUS"}},
			[]string{"FRAGOV>RUSGOV:1056"}},
		{"denied attacking: the denial, not the attack", `
1 Moscow Moscow PROPN 2 nsubj
2 denied deny VERB 0 root
3 attacking attack VERB 2 xcomp
4 Kyiv Kyiv PROPN 3 obj SpaceAfter=No
5 . . PUNCT 2 punct`,
			[]ment{{text: "Moscow", code: "RUS"}, {text: "Kyiv", code: "UKR"}},
			[]string{"RUS>UKR:016"}},
		{"relative clause: who is the noun it modifies", `
1 Lula Lula PROPN 0 root SpaceAfter=No
2 , , PUNCT 4 punct
3 who who PRON 4 nsubj
4 visited visit VERB 1 acl:relcl
5 Beijing Beijing PROPN 4 obj SpaceAfter=No
6 . . PUNCT 1 punct`,
			[]ment{{text: "Lula", code: "BRAGOV"}, {text: "Beijing", code: "CHN"}},
			[]string{"BRAGOV>CHN:042"}},
		{"call on X to: particle as a case marker", `
1 Berlin Berlin PROPN 2 nsubj
2 called call VERB 0 root
3 on on ADP 4 case
4 Ankara Ankara PROPN 2 obl
5 to to PART 6 mark
6 release release VERB 2 xcomp
7 the the DET 8 det
8 journalists journalist NOUN 6 obj SpaceAfter=No
9 . . PUNCT 2 punct`,
			[]ment{{text: "Berlin", code: "DEU"}, {text: "Ankara", code: "TUR"}},
			[]string{"DEU>TUR:0253"}}, // release persons
		{"outlet report: the event is the outlet's claim", `
1 Media media NOUN 2 nsubj
2 reported report VERB 0 root
3 that that SCONJ 5 mark
4 Hanoi Hanoi PROPN 5 nsubj
5 expelled expel VERB 2 ccomp
6 the the DET 7 det
7 envoy envoy NOUN 5 obj
8 of of ADP 9 case
9 Beijing Beijing PROPN 7 nmod SpaceAfter=No
10 . . PUNCT 2 punct`,
			[]ment{{text: "Hanoi", code: "VNM"}, {text: "Beijing", code: "CHN"}},
			[]string{"VNM>CHN:166"}},
		{"parse repair: object of a say-verb is the subject of the clause after it", `
1 Rutte Rutte PROPN 2 nsubj
2 suggested suggest VERB 0 root
3 Germany Germany PROPN 2 obj
4 would would AUX 5 aux
5 visit visit VERB 2 parataxis
6 Kyiv Kyiv PROPN 5 obj SpaceAfter=No
7 . . PUNCT 2 punct`,
			[]ment{{text: "Rutte", code: "NLDGOV"}, {text: "Germany", code: "DEU"}, {text: "Kyiv", code: "UKR"}},
			[]string{"DEU>UKR:036~intended"}},
		{"parse repair: two subjects, the one naming an actor acts", `
1 The the DET 2 det
2 minister minister NOUN 4 nsubj
3 Okafor Okafor PROPN 4 nsubj
4 visited visit VERB 0 root
5 Accra Accra PROPN 4 obj SpaceAfter=No
6 . . PUNCT 4 punct`,
			[]ment{{text: "Okafor", code: "NGAGOV"}, {text: "Accra", code: "GHA"}},
			[]string{"NGAGOV>GHA:042"}},
		{"parse repair: 'urged X to' as a purpose clause, and a conjoined infinitive", `
1 Oslo Oslo PROPN 2 nsubj
2 urged urge VERB 0 root
3 Bogota Bogota PROPN 2 obj
4 to to PART 5 mark
5 release release VERB 2 advcl xpos=VB
6 hostages hostage NOUN 5 obj
7 and and CCONJ 8 cc
8 negotiate negotiate VERB 2 conj xpos=VB SpaceAfter=No
9 . . PUNCT 2 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Bogota", code: "COL"}},
			[]string{"NOR>COL:0253"}},
		{"reduced passive: 'when asked' is not the subject asking", `
1 When when ADV 2 advmod
2 asked ask VERB 10 advcl xpos=VBN
3 by by ADP 4 case
4 Tokyo Tokyo PROPN 2 obl:agent
5 to to PART 6 mark
6 meet meet VERB 2 xcomp
7 Kim Kim PROPN 6 obj SpaceAfter=No
8 , , PUNCT 2 punct
9 Lee Lee PROPN 10 nsubj
10 refused refuse VERB 0 root SpaceAfter=No
11 . . PUNCT 10 punct`,
			[]ment{{text: "Tokyo", code: "JPN"}, {text: "Lee", code: "KORGOV"}, {text: "Kim", code: "PRKGOV"}},
			[]string{"JPN>KORGOV:026"}},
		{"a demanded act is not done", `
1 Lima Lima PROPN 3 nmod:poss
2 's 's PART 1 case
3 demand demand NOUN 8 nsubj
4 that that SCONJ 6 mark
5 Quito Quito PROPN 6 nsubj
6 expel expel VERB 3 acl
7 envoys envoy NOUN 6 obj
8 failed fail VERB 0 root SpaceAfter=No
9 . . PUNCT 8 punct`,
			[]ment{{text: "Lima", code: "PER"}, {text: "Quito", code: "ECU"}},
			nil},
		{"a participle inside a noun phrase does not take the clause's subject", `
1 Ankara Ankara PROPN 2 nsubj
2 returned return VERB 0 root
3 captured capture VERB 4 amod
4 soldiers soldier NOUN 2 obj SpaceAfter=No
5 . . PUNCT 2 punct`,
			[]ment{{text: "Ankara", code: "TUR"}},
			[]string{`TUR>"captured soldiers":084`}},
		{"conjoined subjects of a reciprocal act: each to the other", `
1 Jordan Jordan PROPN 4 nsubj
2 and and CCONJ 3 cc
3 Britain Britain PROPN 1 conj
4 met meet VERB 0 root SpaceAfter=No
5 . . PUNCT 4 punct`,
			[]ment{{text: "Jordan", code: "JOR"}, {text: "Britain", code: "GBR"}},
			[]string{"JOR>GBR:040", "GBR>JOR:040"}},
		{"withdrew from X: X is the other side", `
1 Honduras Honduras PROPN 2 nsubj
2 withdrew withdraw VERB 0 root
3 troops troop NOUN 2 obj
4 from from ADP 5 case
5 Nicaragua Nicaragua PROPN 2 obl SpaceAfter=No
6 . . PUNCT 2 punct`,
			[]ment{{text: "Honduras", code: "HND"}, {text: "Nicaragua", code: "NIC"}},
			[]string{"HND>NIC:087"}},
		{"rejecting a request: the one who asked is the target", `
1 Hanoi Hanoi PROPN 2 nsubj
2 rejected reject VERB 0 root
3 a a DET 4 det
4 request request NOUN 2 obj
5 from from ADP 6 case
6 Manila Manila PROPN 4 nmod SpaceAfter=No
7 . . PUNCT 2 punct`,
			[]ment{{text: "Hanoi", code: "VNM"}, {text: "Manila", code: "PHL"}},
			[]string{"VNM>PHL:120"}},
		{"failed to reach agreement: a rejection, each side to the other", `
1 Oslo Oslo PROPN 4 nsubj
2 and and CCONJ 3 cc
3 Riga Riga PROPN 1 conj
4 failed fail VERB 0 root
5 to to PART 6 mark
6 reach reach VERB 4 xcomp
7 agreement agreement NOUN 6 obj SpaceAfter=No
8 . . PUNCT 4 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}},
			[]string{"NOR>LVA:127", "LVA>NOR:127"}},
		{"'called X on Saturday' is a call, not 'call on'", `
1 Modi Modi PROPN 2 nsubj
2 called call VERB 0 root
3 Biden Biden PROPN 2 obj
4 on on ADP 5 case
5 Saturday Saturday PROPN 2 obl SpaceAfter=No
6 . . PUNCT 2 punct`,
			[]ment{{text: "Modi", code: "INDGOV"}, {text: "Biden", code: "USAGOV"}},
			[]string{"INDGOV>USAGOV:041"}},
		{"a cancelled visit is a rejection, not a visit", `
1 Seoul Seoul PROPN 2 nsubj
2 cancelled cancel VERB 0 root
3 a a DET 4 det
4 visit visit NOUN 2 obj
5 to to ADP 6 case
6 Tokyo Tokyo PROPN 4 nmod SpaceAfter=No
7 . . PUNCT 2 punct`,
			[]ment{{text: "Seoul", code: "KOR"}, {text: "Tokyo", code: "JPN"}},
			[]string{"KOR>JPN:125"}},
	}
	runEventCases(t, cases)
}

func TestEvidenceAndClaim(t *testing.T) {
	d := parse(t, `
1 Obama Obama PROPN 2 nsubj
2 said say VERB 0 root
3 Thursday Thursday PROPN 2 obl:tmod
4 he he PRON 5 nsubj
5 visited visit VERB 2 ccomp
6 Cuba Cuba PROPN 5 obj SpaceAfter=No
7 . . PUNCT 2 punct`)
	addMentions(t, d, ment{text: "Obama", code: "USAGOV"}, ment{text: "he", code: "USAGOV"}, ment{text: "Cuba", code: "CUB"})
	New(nil, Options{}).Annotate(d)
	if len(d.Events) != 1 {
		t.Fatalf("events: %v", brief(d))
	}
	e := d.Events[0]
	if d.Text(e.Evidence.Verb) != "visited" || !strings.HasPrefix(e.Evidence.Pattern, "verbs.txt:") ||
		len(e.Evidence.Entries) != 3 || e.Evidence.Entries[0] != "test:he" {
		t.Errorf("evidence %+v", e.Evidence)
	}
	if e.ClaimedBy.Voice != doc.SpeakerVoice || d.Text(d.Mentions[e.ClaimedBy.Mention].Span) != "Obama" {
		t.Errorf("claimed by %+v", e.ClaimedBy)
	}
	if got := e.Date.Format("2006-01-02"); got != "2023-03-02" || e.DatePrec != doc.Day {
		t.Errorf("date %s %v, want Thursday before Friday 2023-03-03", got, e.DatePrec)
	}
	if d.Text(e.Source.Span) != "he" || d.Text(e.Target.Span) != "Cuba" {
		t.Errorf("participant spans %q %q", d.Text(e.Source.Span), d.Text(e.Target.Span))
	}
}

func TestOutletClaimAndContest(t *testing.T) {
	// sentence 1: the article says A met B; sentence 2: B's spokesman says
	// in a quote there was no meeting.
	d := flatDoc(t, "Sato met Kim on Tuesday.\n\n\"There was no meeting,\" Park said.",
		map[string]string{"met": "meet", "said": "say"},
		ment{text: "Sato", code: "JPNGOV"}, ment{text: "Kim", code: "PRKGOV"}, ment{text: "Park", code: "PRKGOV"})
	// trees: Sato <nsubj met >obj Kim; "no" det of "meeting"
	tk := d.Tokens
	tk[0].Head, tk[0].Dep = 1, doc.Nsubj
	tk[1].Head, tk[1].Dep = -1, doc.Root
	tk[2].Head, tk[2].Dep = 1, doc.Obj
	for i := range tk {
		switch d.TokenText(i) {
		case "meeting":
			tk[i].UPOS = doc.NOUN
		case "no":
			tk[i].Head, tk[i].Dep = int32(i+1), doc.Det
		}
	}
	New(nil, Options{}).Annotate(d)
	if len(d.Events) != 1 || !d.Events[0].Contested || len(d.Claims) != 1 {
		t.Fatalf("events %v claims %+v", brief(d), d.Claims)
	}
	c := d.Claims[0]
	if d.Text(d.Mentions[c.Denier].Span) != "Park" || c.Disputed != 0 || d.Text(c.Span) != "no meeting" {
		t.Errorf("claim %+v (span %q)", c, d.Text(c.Span))
	}
	if got := d.Events[0].Date.Format("2006-01-02"); got != "2024-05-07" {
		t.Errorf("date %s", got)
	}
}
