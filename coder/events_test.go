package coder

import (
	"strings"
	"testing"

	"dyad/doc"
	"dyad/lexicon/verbs"
)

// TestEventClasses covers the classes of misses found on news text: a
// misread past participle, future acts, pronouns in reported speech,
// subjects the parser split, uncoded complements and wanted (not done)
// nominal acts. Each tree is what the parser gives for such a sentence.
func TestEventClasses(t *testing.T) {
	cases := []eventCase{
		{"past tense read as participle under nsubj:pass is active", `
1 Taliban Taliban PROPN 2 nsubj:pass
2 attacked attack VERB 0 root xpos=VBN
3 Kabul Kabul PROPN 2 obj SpaceAfter=No
4 . . PUNCT 2 punct`,
			[]ment{{text: "Taliban", code: "AFGINS"}, {text: "Kabul", code: "AFG"}},
			[]string{"AFGINS>AFG:190"}},
		{"past tense read as a reduced relative is active", `
1 Rebels rebel NOUN 0 root
2 attacked attack VERB 1 acl xpos=VBN
3 Goma Goma PROPN 2 obj SpaceAfter=No
4 . . PUNCT 1 punct`,
			[]ment{{text: "Rebels", code: "CODREB"}, {text: "Goma", code: "COD"}},
			[]string{"CODREB>COD:190"}},
		{"a real reduced passive keeps its agent", `
1 Goma Goma PROPN 0 root
2 attacked attack VERB 1 acl xpos=VBN
3 by by ADP 4 case
4 rebels rebel NOUN 2 obl:agent SpaceAfter=No
5 . . PUNCT 1 punct`,
			[]ment{{text: "Goma", code: "COD"}, {text: "rebels", code: "CODREB"}},
			[]string{"CODREB>COD:190"}},
		{"a participle that is its sentence's only verb is active when it takes its preposition actively", `
1 Rebels rebel NOUN 0 root
2 protested protest VERB 1 acl xpos=VBN
3 against against ADP 4 case
4 Kinshasa Kinshasa PROPN 2 obl SpaceAfter=No
5 . . PUNCT 1 punct`,
			[]ment{{text: "Rebels", code: "CODREB"}, {text: "Kinshasa", code: "COD"}},
			[]string{"CODREB>COD:141"}},
		{"a participle that is its sentence's only verb stays passive with a place", `
1 Rebels rebel NOUN 0 root
2 protested protest VERB 1 acl xpos=VBN
3 in in ADP 4 case
4 Kinshasa Kinshasa PROPN 2 obl SpaceAfter=No
5 . . PUNCT 1 punct`,
			[]ment{{text: "Rebels", code: "CODREB"}, {text: "Kinshasa", code: "COD"}},
			nil},
		{"a verb read as an adjective of its object, with the and hung on it, is a conjoined predicate", `
1 Oslo Oslo PROPN 2 nsubj
2 mourned mourn VERB 0 root
3 the the DET 4 det
4 victims victim NOUN 2 obj
5 on on ADP 6 case
6 Thursday Thursday PROPN 2 obl
7 and and CCONJ 8 cc
8 offered offer VERB 9 amod xpos=VBN
9 condolences condolence NOUN 6 nmod:unmarked
10 to to ADP 11 case
11 Riga Riga PROPN 2 obl SpaceAfter=No
12 . . PUNCT 2 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}},
			[]string{"NOR>LVA:018"}},
		{"a verb read as an adjective of its object, before another adjective, is a conjoined predicate", `
1 Oslo Oslo PROPN 2 nsubj
2 mourned mourn VERB 0 root
3 the the DET 4 det
4 victims victim NOUN 2 obj
5 on on ADP 6 case
6 Thursday Thursday PROPN 2 obl
7 and and CCONJ 8 cc
8 offered offer VERB 10 amod xpos=VBN
9 deep deep ADJ 10 amod
10 condolences condolence NOUN 6 nmod:unmarked
11 to to ADP 12 case
12 Riga Riga PROPN 2 obl SpaceAfter=No
13 . . PUNCT 2 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}},
			[]string{"NOR>LVA:018"}},
		{"a verb read as an adjective under a relative clause may join either clause: not coded", `
1 Oslo Oslo PROPN 2 nsubj
2 mourned mourn VERB 0 root
3 victims victim NOUN 2 obj
4 who who PRON 5 nsubj
5 left leave VERB 3 acl:relcl
6 Riga Riga PROPN 5 obj
7 and and CCONJ 8 cc
8 offered offer VERB 9 amod xpos=VBN
9 condolences condolence NOUN 6 conj
10 to to ADP 11 case
11 Kyiv Kyiv PROPN 5 obl SpaceAfter=No
12 . . PUNCT 2 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "victims", code: "LVACVL"}, {text: "Riga", code: "LVA"}, {text: "Kyiv", code: "UKR"}},
			nil},
		{"coordinated modifiers are not a conjoined predicate", `
1 Oslo Oslo PROPN 2 nsubj
2 mourned mourn VERB 0 root
3 the the DET 4 det
4 victims victim NOUN 2 obj
5 on on ADP 6 case
6 Thursday Thursday PROPN 2 obl
7 with with ADP 11 case
8 deep deep ADJ 11 amod
9 and and CCONJ 10 cc
10 offered offer VERB 11 amod xpos=VBN
11 condolences condolence NOUN 2 obl
12 to to ADP 13 case
13 Riga Riga PROPN 2 obl SpaceAfter=No
14 . . PUNCT 2 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}},
			nil},
		{"what an actor will do is an intent", `
1 Oslo Oslo PROPN 3 nsubj
2 will will AUX 3 aux
3 release release VERB 0 root
4 Riga Riga PROPN 3 obj SpaceAfter=No
5 . . PUNCT 3 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}},
			[]string{"NOR>LVA:0353~intended"}},
		{"what an actor will not do is a refusal", `
1 Oslo Oslo PROPN 4 nsubj
2 will will AUX 4 aux
3 not not PART 4 advmod
4 release release VERB 0 root
5 Riga Riga PROPN 4 obj SpaceAfter=No
6 . . PUNCT 4 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}},
			[]string{"NOR>LVA:1243"}},
		{"a future attack is a threat", `
1 Oslo Oslo PROPN 3 nsubj
2 will will AUX 3 aux
3 attack attack VERB 0 root
4 Riga Riga PROPN 3 obj SpaceAfter=No
5 . . PUNCT 3 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}},
			[]string{"NOR>LVA:138~conditional"}},
		{"a modal noun's to-clause hung on the verb is meant, not done: an intent to attack is a threat", `
1 Oslo Oslo PROPN 2 nsubj
2 declared declare VERB 0 root
3 its its PRON 4 nmod:poss
4 intent intent NOUN 2 obj
5 to to PART 6 mark
6 attack attack VERB 2 advcl xpos=VB
7 Riga Riga PROPN 6 obj SpaceAfter=No
8 . . PUNCT 2 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}},
			[]string{"NOR>LVA:138~conditional"}},
		{"no promise to support under a negated verb is no event", `
1 Oslo Oslo PROPN 4 nsubj
2 has have AUX 4 aux
3 not not PART 4 advmod
4 extracted extract VERB 0 root
5 a a DET 6 det
6 promise promise NOUN 4 obj
7 to to PART 8 mark
8 support support VERB 4 advcl xpos=VB
9 Riga Riga PROPN 8 obj SpaceAfter=No
10 . . PUNCT 4 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}},
			nil},
		{"someone else's plan to attack is not the subject's", `
1 Oslo Oslo PROPN 2 nsubj
2 challenged challenge VERB 0 root
3 a a DET 5 det
4 Bergen Bergen PROPN 5 compound
5 plan plan NOUN 2 obj
6 to to PART 7 mark
7 attack attack VERB 2 advcl xpos=VB
8 Riga Riga PROPN 7 obj SpaceAfter=No
9 . . PUNCT 2 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}},
			[]string{`NOR>"a Bergen plan":110`}}, // the plan is challenged; its attack is not Oslo's
		{"a participle after a document says what its author says; the document is not released", `
1 Oslo Oslo PROPN 2 nsubj
2 released release VERB 0 root
3 a a DET 4 det
4 report report NOUN 2 obj
5 accusing accuse VERB 4 acl xpos=VBG
6 Riga Riga PROPN 5 obj
7 of of ADP 8 case
8 torture torture NOUN 5 obl SpaceAfter=No
9 . . PUNCT 2 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}},
			[]string{"NOR>LVA:1122"}},
		{"a time between the document and the participle may hang on the verb", `
1 Oslo Oslo PROPN 2 nsubj
2 released release VERB 0 root
3 a a DET 4 det
4 report report NOUN 2 obj
5 Thursday Thursday PROPN 2 obl:unmarked
6 accusing accuse VERB 4 acl xpos=VBG
7 Riga Riga PROPN 6 obj
8 of of ADP 9 case
9 torture torture NOUN 6 obl SpaceAfter=No
10 . . PUNCT 2 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}},
			[]string{"NOR>LVA:1122"}},
		{"or on the participle", `
1 Oslo Oslo PROPN 2 nsubj
2 released release VERB 0 root
3 a a DET 4 det
4 report report NOUN 2 obj
5 Thursday Thursday PROPN 6 obl:unmarked
6 accusing accuse VERB 4 acl xpos=VBG
7 Riga Riga PROPN 6 obj
8 of of ADP 9 case
9 torture torture NOUN 6 obl SpaceAfter=No
10 . . PUNCT 2 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}},
			[]string{"NOR>LVA:1122"}},
		{"a name in a compound nested in the subject's compound is the subject", `
1 The the DET 4 det
2 Oslo Oslo PROPN 3 compound
3 state state NOUN 4 compound
4 broadcaster broadcaster NOUN 5 nsubj
5 criticized criticize VERB 0 root xpos=VBD
6 Riga Riga PROPN 5 obj SpaceAfter=No
7 . . PUNCT 5 punct`,
			[]ment{{text: "Oslo", code: "NORMED", kind: doc.Organization}, {text: "Riga", code: "LVA"}},
			[]string{"NORMED>LVA:110"}},
		{"a participle not right after the document is not its content", `
1 Oslo Oslo PROPN 3 nsubj
2 has have AUX 3 aux
3 filed file VERB 0 root
4 a a DET 5 det
5 lawsuit lawsuit NOUN 3 obj
6 in in ADP 8 case
7 a a DET 8 det
8 court court NOUN 5 nmod
9 visiting visit VERB 5 acl xpos=VBG
10 Riga Riga PROPN 9 obj SpaceAfter=No
11 . . PUNCT 3 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}},
			nil},
		{"a protest one means to hold is a threat of protest (133)", `
1 Oslo Oslo PROPN 3 nsubj
2 will will AUX 3 aux
3 boycott boycott VERB 0 root
4 the the DET 5 det
5 election election NOUN 3 obj
6 in in ADP 7 case
7 Riga Riga PROPN 3 obl SpaceAfter=No
8 . . PUNCT 3 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}},
			[]string{"NOR>LVA:133~conditional"}},
		{"an attack only words can make is criticism", `
1 Oslo Oslo PROPN 2 nsubj
2 launched launch VERB 0 root
3 a a DET 5 det
4 scathing scathing ADJ 5 amod
5 attack attack NOUN 2 obj
6 on on ADP 7 case
7 Riga Riga PROPN 5 nmod SpaceAfter=No
8 . . PUNCT 2 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}},
			[]string{"NOR>LVA:111"}},
		{"calling someone something is not a phone call: calling them a liar denounces them", `
1 Oslo Oslo PROPN 2 nsubj
2 called call VERB 0 root
3 Riga Riga PROPN 2 obj
4 a a DET 5 det
5 liar liar NOUN 2 xcomp SpaceAfter=No
6 . . PUNCT 2 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}},
			[]string{"NOR>LVA:111"}},
		{"air strikes are no walkout", `
1 Oslo Oslo PROPN 2 nsubj
2 launched launch VERB 0 root
3 air air NOUN 4 compound
4 strikes strike NOUN 2 obj
5 against against ADP 7 case
6 the the DET 7 det
7 enclave enclave NOUN 2 obl SpaceAfter=No
8 . . PUNCT 2 punct`,
			[]ment{{text: "Oslo", code: "NOR"}},
			[]string{`NOR>"the enclave":190`}}, // force against a place no dictionary names
		{"one willing to withdraw troops from a place means to leave it", `
1 Oslo Oslo PROPN 3 nsubj
2 is be AUX 3 cop
3 willing willing ADJ 0 root
4 to to PART 5 mark
5 withdraw withdraw VERB 3 xcomp xpos=VB
6 its its PRON 7 nmod:poss
7 troops troops NOUN 5 obj
8 from from ADP 9 case
9 Riga Riga PROPN 5 obl SpaceAfter=No
10 . . PUNCT 3 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}},
			[]string{"NOR>LVA:0356~intended"}},
		{"a formal pardon is a release (0841), as the code book says, not forgiveness (056)", `
1 Oslo Oslo PROPN 2 nsubj
2 pardoned pardon VERB 0 root
3 Riga Riga PROPN 2 obj SpaceAfter=No
4 . . PUNCT 2 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}},
			[]string{"NOR>LVA:0841"}},
		{"a charge is a legal action (115), as the code book says, not an arrest (173)", `
1 Oslo Oslo PROPN 2 nsubj
2 charged charge VERB 0 root
3 Riga Riga PROPN 2 obj
4 with with ADP 5 case
5 espionage espionage NOUN 2 obl SpaceAfter=No
6 . . PUNCT 2 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}},
			[]string{"NOR>LVA:115"}},
		{"the forces one mobilizes are not the target; whom they are readied against is", `
1 Oslo Oslo PROPN 2 nsubj
2 mobilized mobilize VERB 0 root
3 the the DET 4 det
4 army army NOUN 2 obj
5 for for ADP 7 case
6 an a DET 7 det
7 assault assault NOUN 2 obl
8 against against ADP 9 case
9 Riga Riga PROPN 7 nmod SpaceAfter=No
10 . . PUNCT 2 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "army", code: "NORMIL"}, {text: "Riga", code: "LVA"}},
			[]string{"NOR>LVA:154"}},
		{"drafting a bill is no conscription", `
1 Oslo Oslo PROPN 2 nsubj
2 drafted draft VERB 0 root
3 a a DET 4 det
4 bill bill NOUN 2 obj SpaceAfter=No
5 . . PUNCT 2 punct`,
			[]ment{{text: "Oslo", code: "NOR"}},
			nil},
		{"finding someone guilty is a verdict", `
1 Oslo Oslo PROPN 2 nsubj
2 found find VERB 0 root
3 Riga Riga PROPN 2 obj
4 guilty guilty ADJ 2 xcomp SpaceAfter=No
5 . . PUNCT 2 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}},
			[]string{"NOR>LVA:116"}},
		{"finding an accommodation with someone is no verdict", `
1 Oslo Oslo PROPN 2 nsubj
2 found find VERB 0 root
3 an a DET 4 det
4 accommodation accommodation NOUN 2 obj
5 with with ADP 6 case
6 Riga Riga PROPN 4 nmod SpaceAfter=No
7 . . PUNCT 2 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}},
			nil},
		{"receiving funding hosts no one: the funder gives it", `
1 Oslo Oslo PROPN 2 nsubj
2 received receive VERB 0 root
3 funding funding NOUN 2 obj
4 from from ADP 5 case
5 Riga Riga PROPN 3 nmod SpaceAfter=No
6 . . PUNCT 2 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}},
			[]string{"LVA>NOR:071"}},
		{"hosting a dinner for a guest is hosting", `
1 Oslo Oslo PROPN 2 nsubj
2 hosted host VERB 0 root
3 a a DET 4 det
4 dinner dinner NOUN 2 obj
5 for for ADP 6 case
6 Riga Riga PROPN 4 nmod SpaceAfter=No
7 . . PUNCT 2 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}},
			[]string{"NOR>LVA:043"}},
		{"speaking to a newspaper is a statement, not a consultation, and the paper is not its target", `
1 Oslo Oslo PROPN 2 nsubj
2 spoke speak VERB 0 root
3 to to ADP 5 case
4 the the DET 5 det
5 Guardian Guardian PROPN 2 obl SpaceAfter=No
6 . . PUNCT 2 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Guardian", code: "GBRMED"}},
			[]string{"NOR>:010"}},
		{"peacekeepers deployed in a country protect it; troops given are not the target", `
1 Oslo Oslo PROPN 2 nsubj
2 deployed deploy VERB 0 root
3 peacekeepers peacekeeper NOUN 2 obj
4 in in ADP 5 case
5 Riga Riga PROPN 2 obl SpaceAfter=No
6 . . PUNCT 2 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}},
			[]string{"NOR>LVA:074"}},
		{"a purpose clause of any other verb reports what was done", `
1 Oslo Oslo PROPN 2 nsubj
2 called call VERB 0 root
3 to to PART 4 mark
4 congratulate congratulate VERB 2 advcl xpos=VB
5 Riga Riga PROPN 4 obj SpaceAfter=No
6 . . PUNCT 2 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}},
			[]string{"NOR>LVA:051"}},
		{"an event noun under a modal noun's of-phrase is not asserted", `
1 They they PRON 2 nsubj
2 noted note VERB 0 root
3 the the DET 4 det
4 risk risk NOUN 2 obj
5 of of ADP 6 case
6 war war NOUN 4 nmod
7 between between ADP 8 case
8 Oslo Oslo PROPN 6 nmod
9 and and CCONJ 10 cc
10 Riga Riga PROPN 8 conj SpaceAfter=No
11 . . PUNCT 2 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}},
			nil},
		{"the same event noun on its own is", `
1 The the DET 2 det
2 war war NOUN 7 nsubj
3 between between ADP 4 case
4 Oslo Oslo PROPN 2 nmod
5 and and CCONJ 6 cc
6 Riga Riga PROPN 4 conj
7 ended end VERB 0 root SpaceAfter=No
8 . . PUNCT 7 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}},
			[]string{"NOR>LVA:190"}},
		{"what one is accused of is alleged, not coded; conjoined accusers do not back each other", `
1 Oslo Oslo PROPN 5 nsubj
2 and and CCONJ 3 cc
3 Riga Riga PROPN 1 conj
4 have have AUX 5 aux
5 accused accuse VERB 0 root
6 Bergen Bergen PROPN 5 obj
7 of of SCONJ 8 mark
8 backing back VERB 5 advcl xpos=VBG
9 rebels rebel NOUN 8 obj SpaceAfter=No
10 . . PUNCT 5 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}, {text: "Bergen", code: "NORGOV"}, {text: "rebels", code: "REB"}},
			[]string{"NOR>NORGOV:112", "LVA>NORGOV:112"}},
		{"one praised for an act did it", `
1 Oslo Oslo PROPN 2 nsubj
2 praised praise VERB 0 root
3 Riga Riga PROPN 2 obj
4 for for SCONJ 5 mark
5 helping help VERB 2 advcl xpos=VBG
6 Bergen Bergen PROPN 5 obj SpaceAfter=No
7 . . PUNCT 2 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}, {text: "Bergen", code: "NORGOV"}},
			[]string{"NOR>LVA:051", "LVA>NORGOV:070"}},
		{"conjoined subjects that back a third party do not back each other", `
1 Oslo Oslo PROPN 4 nsubj
2 and and CCONJ 3 cc
3 Riga Riga PROPN 1 conj
4 backed back VERB 0 root
5 the the DET 6 det
6 plan plan NOUN 4 obj SpaceAfter=No
7 . . PUNCT 4 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}},
			nil},
		{"conjoined subjects that fight a war fight each other", `
1 Oslo Oslo PROPN 4 nsubj
2 and and CCONJ 3 cc
3 Riga Riga PROPN 1 conj
4 fought fight VERB 0 root
5 a a DET 6 det
6 war war NOUN 4 obj SpaceAfter=No
7 . . PUNCT 4 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}},
			[]string{"NOR>LVA:190", "LVA>NOR:190"}},
		{"what one hopes to do is an intent", `
1 Oslo Oslo PROPN 2 nsubj
2 hopes hope VERB 0 root
3 to to PART 4 mark
4 meet meet VERB 2 xcomp xpos=VB
5 Riga Riga PROPN 4 obj SpaceAfter=No
6 . . PUNCT 2 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}},
			[]string{"NOR>LVA:036~intended"}},
		{"what one hopes another does is no event", `
1 Oslo Oslo PROPN 2 nsubj
2 hopes hope VERB 0 root
3 that that SCONJ 5 mark
4 Bergen Bergen PROPN 5 nsubj
5 meets meet VERB 2 ccomp
6 Riga Riga PROPN 5 obj SpaceAfter=No
7 . . PUNCT 2 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Bergen", code: "NORGOV"}, {text: "Riga", code: "LVA"}},
			nil},
		{"a meeting one is due to hold is meant", `
1 Oslo Oslo PROPN 3 nsubj
2 is be AUX 3 cop
3 due due ADJ 0 root
4 to to PART 5 mark
5 meet meet VERB 3 xcomp xpos=VB
6 Riga Riga PROPN 5 obj SpaceAfter=No
7 . . PUNCT 3 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}},
			[]string{"NOR>LVA:036~intended"}},
		{"what one is reluctant to do is not done", `
1 Oslo Oslo PROPN 3 nsubj
2 is be AUX 3 cop
3 reluctant reluctant ADJ 0 root
4 to to PART 5 mark
5 meet meet VERB 3 xcomp xpos=VB
6 Riga Riga PROPN 5 obj SpaceAfter=No
7 . . PUNCT 3 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}},
			nil},
		{"telling someone to act is a demand", `
1 Oslo Oslo PROPN 2 nsubj
2 told tell VERB 0 root
3 Riga Riga PROPN 2 obj
4 to to PART 5 mark
5 leave leave VERB 2 xcomp xpos=VB
6 Bergen Bergen PROPN 5 obj SpaceAfter=No
7 . . PUNCT 2 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}, {text: "Bergen", code: "NOR"}},
			[]string{"NOR>LVA:100"}},
		{"what a vote would do is not done", `
1 Oslo Oslo PROPN 2 nsubj
2 abstained abstain VERB 0 root
3 in in ADP 5 case
4 the the DET 5 det
5 vote vote NOUN 2 obl
6 to to PART 7 mark
7 attack attack VERB 5 acl xpos=VB
8 Riga Riga PROPN 7 obj SpaceAfter=No
9 . . PUNCT 2 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}},
			nil},
		{"the purpose of a planned act is planned", `
1 Oslo Oslo PROPN 3 nsubj
2 will will AUX 3 aux
3 send send VERB 0 root
4 doctors doctor NOUN 3 obj
5 to to PART 6 mark
6 help help VERB 3 advcl xpos=VB
7 Riga Riga PROPN 6 obj SpaceAfter=No
8 . . PUNCT 3 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}},
			[]string{"NOR>LVA:033~intended"}},
		{"mediators do not mediate between each other", `
1 Talks talk NOUN 3 nsubj:pass
2 were be AUX 3 aux:pass
3 brokered broker VERB 0 root
4 by by ADP 5 case
5 Oslo Oslo PROPN 3 obl:agent
6 and and CCONJ 7 cc
7 Riga Riga PROPN 5 conj SpaceAfter=No
8 . . PUNCT 3 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}},
			nil},
		{"what is provided is not who gets it", `
1 Oslo Oslo PROPN 2 nsubj
2 provided provide VERB 0 root
3 ground ground NOUN 4 compound
4 troops troop NOUN 2 obj SpaceAfter=No
5 . . PUNCT 2 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "ground troops", code: "LVAMIL"}},
			nil},
		{"who gets what is provided is its for-modifier", `
1 Oslo Oslo PROPN 2 nsubj
2 provided provide VERB 0 root
3 troops troop NOUN 2 obj
4 for for ADP 5 case
5 Riga Riga PROPN 3 nmod SpaceAfter=No
6 . . PUNCT 2 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "troops", code: "LVAMIL"}, {text: "Riga", code: "LVA"}},
			[]string{"NOR>LVA:070"}},
		{"a would under a condition is a conditional intent", `
1 Oslo Oslo PROPN 3 nsubj
2 would would AUX 3 aux
3 release release VERB 0 root
4 Riga Riga PROPN 3 obj
5 if if SCONJ 7 mark
6 Riga Riga PROPN 7 nsubj
7 pays pay VERB 3 advcl SpaceAfter=No
8 . . PUNCT 3 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}},
			[]string{"NOR>LVA:0353~conditional"}},
		{"an unresolved 'it' in reported speech is the speaker", `
1 Cairo Cairo PROPN 2 nsubj
2 said say VERB 0 root
3 it it PRON 5 nsubj
4 would would AUX 5 aux
5 free free VERB 2 ccomp
6 Gaza Gaza PROPN 5 obj SpaceAfter=No
7 . . PUNCT 2 punct`,
			[]ment{{text: "Cairo", code: "EGY"}, {text: "Gaza", code: "PSE"}},
			[]string{"EGY>PSE:0353~intended"}},
		{"two subjects hung side by side with 'and' are conjoined", `
1 Kuwait Kuwait PROPN 4 nsubj
2 and and CCONJ 3 cc
3 Oman Oman PROPN 4 nsubj
4 met meet VERB 0 root SpaceAfter=No
5 . . PUNCT 4 punct`,
			[]ment{{text: "Kuwait", code: "KWT"}, {text: "Oman", code: "OMN"}},
			[]string{"KWT>OMN:040", "OMN>KWT:040"}},
		{"an unknown complement's oblique is the target of the intent", `
1 Ankara Ankara PROPN 2 nsubj
2 agreed agree VERB 0 root
3 to to PART 4 mark
4 lease lease VERB 2 xcomp
5 its its PRON 6 nmod:poss
6 ports port NOUN 4 obj
7 to to ADP 8 case
8 Athens Athens PROPN 4 obl SpaceAfter=No
9 . . PUNCT 2 punct`,
			[]ment{{text: "Ankara", code: "TUR"}, {text: "Athens", code: "GRC"}},
			[]string{"TUR>GRC:030~intended"}},
		{"a called-for sanction threatens its target with it, as the peers code it; it is no sanction", `
1 Paris Paris PROPN 2 nsubj
2 called call VERB 0 root
3 for for ADP 4 case
4 sanctions sanction NOUN 2 obl
5 against against ADP 6 case
6 Minsk Minsk PROPN 4 nmod SpaceAfter=No
7 . . PUNCT 2 punct`,
			[]ment{{text: "Paris", code: "FRA"}, {text: "Minsk", code: "BLR"}},
			[]string{"FRA>BLR:1312~conditional"}},
		{"a summoned ambassador is the target", `
1 Rome Rome PROPN 2 nsubj
2 summoned summon VERB 0 root
3 the the DET 5 det
4 French French ADJ 5 amod
5 ambassador ambassador NOUN 2 obj SpaceAfter=No
6 . . PUNCT 2 punct`,
			[]ment{{text: "Rome", code: "ITA"}, {text: "French ambassador", code: "FRAGOV"}},
			[]string{"ITA>FRAGOV:114"}},
		{"aid given through what it measures", `
1 Tokyo Tokyo PROPN 2 nsubj
2 provided provide VERB 0 root
3 $ $ SYM 2 obj
4 5 5 NUM 5 compound
5 million million NUM 3 nummod
6 in in ADP 7 case
7 aid aid NOUN 3 nmod
8 to to ADP 9 case
9 Fiji Fiji PROPN 7 nmod SpaceAfter=No
10 . . PUNCT 2 punct`,
			[]ment{{text: "Tokyo", code: "JPN"}, {text: "Fiji", code: "FJI"}},
			[]string{"JPN>FJI:071"}},
		{"a target phrase the parser hung under a time noun", `
1 Israel Israel PROPN 2 nsubj
2 launched launch VERB 0 root
3 an a DET 4 det
4 attack attack NOUN 2 obj
5 Friday Friday PROPN 2 obl:tmod
6 on on ADP 7 case
7 Gaza Gaza PROPN 5 nmod SpaceAfter=No
8 . . PUNCT 2 punct`,
			[]ment{{text: "Israel", code: "ISR"}, {text: "Gaza", code: "PSE"}},
			[]string{"ISR>PSE:190"}},
		{"but not one inside another clause", `
1 Israel Israel PROPN 2 nsubj
2 launched launch VERB 0 root
3 an a DET 4 det
4 attack attack NOUN 2 obj
5 after after SCONJ 6 mark
6 rains rain VERB 2 advcl
7 on on ADP 8 case
8 Gaza Gaza PROPN 6 obl SpaceAfter=No
9 . . PUNCT 2 punct`,
			[]ment{{text: "Israel", code: "ISR"}, {text: "Gaza", code: "PSE"}},
			[]string{"ISR>:190"}}, // an attack on no one named: not on Gaza
		{"with no one named, the place where force lands is the target", `
1 Rebels rebel NOUN 2 nsubj
2 killed kill VERB 0 root
3 20 20 NUM 4 nummod
4 people people NOUN 2 obj
5 in in ADP 6 case
6 Mali Mali PROPN 2 obl SpaceAfter=No
7 . . PUNCT 2 punct`,
			[]ment{{text: "Rebels", code: "MLIREB"}, {text: "Mali", code: "MLI"}},
			[]string{"MLIREB>MLI:190"}},
		{"but not the place of a meeting", `
1 Rome Rome PROPN 2 nsubj
2 met meet VERB 0 root
3 in in ADP 4 case
4 Geneva Geneva PROPN 2 obl SpaceAfter=No
5 . . PUNCT 2 punct`,
			[]ment{{text: "Rome", code: "ITA"}, {text: "Geneva", code: "CHE"}},
			nil},
		{"a subject hung on the auxiliary belongs to the predicate", `
1 Oslo Oslo PROPN 2 nsubj
2 has have AUX 3 aux
3 condemned condemn VERB 0 root
4 Riga Riga PROPN 3 obj SpaceAfter=No
5 . . PUNCT 3 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}},
			[]string{"NOR>LVA:111"}},
		{"a deadline given to someone is an ultimatum to them", `
1 Manila Manila PROPN 2 nsubj
2 gave give VERB 0 root
3 Ottawa Ottawa PROPN 2 iobj
4 a a DET 5 det
5 deadline deadline NOUN 2 obj SpaceAfter=No
6 . . PUNCT 2 punct`,
			[]ment{{text: "Manila", code: "PHL"}, {text: "Ottawa", code: "CAN"}},
			[]string{"PHL>CAN:139~conditional"}},
		{"a mediation effort between two sides: the light noun's compound", `
1 Oslo Oslo PROPN 2 nsubj
2 launched launch VERB 0 root
3 a a DET 5 det
4 mediation mediation NOUN 5 compound
5 effort effort NOUN 2 obj
6 between between ADP 7 case
7 Riga Riga PROPN 5 nmod
8 and and CCONJ 9 cc
9 Minsk Minsk PROPN 7 conj SpaceAfter=No
10 . . PUNCT 2 punct`,
			[]ment{{text: "Oslo", code: "NOR"}, {text: "Riga", code: "LVA"}, {text: "Minsk", code: "BLR"}},
			[]string{"NOR>LVA:045", "NOR>BLR:045"}},
		{"accepting someone's demands is yielding to them", `
1 Kathmandu Kathmandu PROPN 2 nsubj
2 accepted accept VERB 0 root
3 the the DET 4 det
4 demands demand NOUN 2 obj
5 of of ADP 6 case
6 protesters protester NOUN 4 nmod SpaceAfter=No
7 . . PUNCT 2 punct`,
			[]ment{{text: "Kathmandu", code: "NPLGOV"}, {text: "protesters", code: "NPLOPP"}},
			[]string{"NPLGOV>NPLOPP:080"}},
		{"troops mobilized for an assault against X: posture toward X, the assault only planned", `
1 Israel Israel PROPN 2 nsubj
2 mobilized mobilize VERB 0 root
3 troops troops NOUN 2 obj
4 for for ADP 5 case
5 assault assault NOUN 2 obl
6 against against ADP 7 case
7 Gaza Gaza PROPN 5 nmod SpaceAfter=No
8 . . PUNCT 2 punct`,
			[]ment{{text: "Israel", code: "ISR"}, {text: "Gaza", code: "PSE"}},
			[]string{"ISR>PSE:154"}},
		{"forces on alert in a place", `
1 Troops troops NOUN 2 nsubj
2 remained remain VERB 0 root
3 on on ADP 4 case
4 alert alert NOUN 2 obl
5 in in ADP 6 case
6 Manila Manila PROPN 2 obl SpaceAfter=No
7 . . PUNCT 2 punct`,
			[]ment{{text: "Troops", code: "PHLMIL"}, {text: "Manila", code: "PHL"}},
			[]string{"PHLMIL>PHL:152"}},
		{"a copular donor: the subject gives", `
1 Japan Japan PROPN 4 nsubj
2 is be AUX 4 cop
3 a a DET 4 det
4 donor donor NOUN 0 root
5 to to ADP 6 case
6 Sudan Sudan PROPN 4 nmod SpaceAfter=No
7 . . PUNCT 4 punct`,
			[]ment{{text: "Japan", code: "JPN"}, {text: "Sudan", code: "SDN"}},
			[]string{"JPN>SDN:070"}},
		{"conceding to someone's demands is yielding to them", `
1 Brasilia Brasilia PROPN 2 nsubj
2 conceded concede VERB 0 root
3 to to ADP 5 case
4 the the DET 5 det
5 demands demand NOUN 2 obl
6 of of ADP 7 case
7 truckers trucker NOUN 5 nmod SpaceAfter=No
8 . . PUNCT 2 punct`,
			[]ment{{text: "Brasilia", code: "BRAGOV"}, {text: "truckers", code: "BRALAB"}},
			[]string{"BRAGOV>BRALAB:080"}},
		{"lifting sanctions imposed on someone: the target under a reduced passive", `
1 Tokyo Tokyo PROPN 2 nsubj
2 lifted lift VERB 0 root
3 sanctions sanction NOUN 2 obj
4 imposed impose VERB 3 acl xpos=VBN
5 on on ADP 6 case
6 Delhi Delhi PROPN 4 obl SpaceAfter=No
7 . . PUNCT 2 punct`,
			[]ment{{text: "Tokyo", code: "JPN"}, {text: "Delhi", code: "IND"}},
			[]string{"JPN>IND:085"}},
		{"a case marker hung on the phrase's number", `
1 Bonn Bonn PROPN 2 nsubj
2 opened open VERB 0 root
3 its its PRON 4 nmod:poss
4 borders border NOUN 2 obj
5 to to ADP 6 case
6 thousands thousand NUM 7 nummod
7 refugees refugee NOUN 2 obl SpaceAfter=No
8 . . PUNCT 2 punct`,
			[]ment{{text: "Bonn", code: "DEU"}, {text: "refugees", code: "REF"}},
			[]string{"DEU>REF:075"}},
		{"a perfect with an object under nsubj:pass is active", `
1 Authorities authority NOUN 3 nsubj:pass
2 have have AUX 3 aux
3 deported deport VERB 0 root xpos=VBN
4 Lopez Lopez PROPN 3 obj SpaceAfter=No
5 . . PUNCT 3 punct`,
			[]ment{{text: "Authorities", code: "USAGOV"}, {text: "Lopez", code: "MEXCVL"}},
			[]string{"USAGOV>MEXCVL:174"}},
		{"said X was responsible: the speaker blames X", `
1 Kabul Kabul PROPN 2 nsubj
2 said say VERB 0 root
3 militants militant NOUN 5 nsubj
4 were be AUX 5 cop
5 responsible responsible ADJ 2 ccomp SpaceAfter=No
6 . . PUNCT 2 punct`,
			[]ment{{text: "Kabul", code: "AFGGOV"}, {text: "militants", code: "AFGINS"}},
			[]string{"AFGGOV>AFGINS:112"}},
		{"unreported responsibility blames no one", `
1 Militants militant NOUN 3 nsubj
2 were be AUX 3 cop
3 responsible responsible ADJ 0 root SpaceAfter=No
4 . . PUNCT 3 punct`,
			[]ment{{text: "Militants", code: "AFGINS"}},
			nil},
		{"an arrest with no agent is the act of the authorities where it happened", `
1 Ingabire Ingabire PROPN 3 nsubj:pass
2 was be AUX 3 aux:pass
3 arrested arrest VERB 0 root xpos=VBN
4 in in ADP 5 case
5 Rwanda Rwanda PROPN 3 obl SpaceAfter=No
6 . . PUNCT 3 punct`,
			[]ment{{text: "Ingabire", code: "RWAOPP"}, {text: "Rwanda", code: "RWA"}},
			[]string{"RWA>RWAOPP:173"}},
		{"a past tense read as an adjective on its object", `
1 Washington Washington PROPN 3 nsubj
2 shared share VERB 3 amod xpos=VBN
3 evidence evidence NOUN 0 root
4 with with ADP 5 case
5 Delhi Delhi PROPN 3 nmod SpaceAfter=No
6 . . PUNCT 3 punct`,
			[]ment{{text: "Washington", code: "USA"}, {text: "Delhi", code: "IND"}},
			[]string{"USA>IND:064"}},
		{"a past tense read as an adjective, its subject read as a compound of the object", `
1 Turkish Turkish ADJ 2 amod
2 officials official NOUN 4 compound
3 shared share VERB 4 amod xpos=VBN
4 evidence evidence NOUN 0 root
5 with with ADP 6 case
6 Riyadh Riyadh PROPN 4 nmod SpaceAfter=No
7 . . PUNCT 4 punct`,
			[]ment{{text: "Turkish officials", code: "TURGOV"}, {text: "Riyadh", code: "SAU"}},
			[]string{"TURGOV>SAU:064"}},
		{"a criticism of someone's act criticises them", `
1 Paris Paris PROPN 2 nsubj
2 offered offer VERB 0 root xpos=VBD
3 scathing scathing ADJ 4 amod
4 criticism criticism NOUN 2 obj
5 of of ADP 8 case
6 Rome Rome PROPN 8 nmod:poss
7 's 's PART 6 case
8 handling handling NOUN 4 nmod
9 of of ADP 11 case
10 the the DET 11 det
11 crisis crisis NOUN 8 nmod SpaceAfter=No
12 . . PUNCT 2 punct`,
			[]ment{{text: "Paris", code: "FRA"}, {text: "Rome", code: "ITA"}},
			[]string{"FRA>ITA:111"}},
		{"an assault one flees is not one's own", `
1 Civilians civilian NOUN 2 nsubj
2 fled flee VERB 0 root xpos=VBD
3 a a DET 5 det
4 government government NOUN 5 compound
5 assault assault NOUN 2 obj
6 on on ADP 7 case
7 Idlib Idlib PROPN 5 nmod SpaceAfter=No
8 . . PUNCT 2 punct`,
			[]ment{{text: "Civilians", code: "CVL"}, {text: "Idlib", code: "SYR"}},
			nil},
		{"a subject that counts actors is those actors", `
1 Thousands thousand NOUN 5 nsubj
2 of of ADP 4 case
3 Nigerian Nigerian ADJ 4 amod
4 workers worker NOUN 1 nmod
5 protested protest VERB 0 root xpos=VBD
6 against against ADP 8 case
7 the the DET 8 det
8 government government NOUN 5 obl SpaceAfter=No
9 . . PUNCT 5 punct`,
			[]ment{{text: "Nigerian workers", code: "NGALAB"}, {text: "government", code: "NGAGOV"}},
			[]string{"NGALAB>NGAGOV:141"}},
		{"an act noun's target may hang on the thing it names with of", `
1 Washington Washington PROPN 4 nsubj
2 is be AUX 4 cop
3 the the DET 4 det
4 donor donor NOUN 0 root
5 of of ADP 6 case
6 aid aid NOUN 4 nmod
7 to to ADP 8 case
8 Baghdad Baghdad PROPN 6 nmod SpaceAfter=No
9 . . PUNCT 4 punct`,
			[]ment{{text: "Washington", code: "USA"}, {text: "Baghdad", code: "IRQ"}},
			[]string{"USA>IRQ:070"}},
		{"a round of exercises is begun as exercises, by each side with the other", `
1 Jordan Jordan PROPN 4 nsubj
2 and and CCONJ 3 cc
3 Britain Britain PROPN 1 conj
4 began begin VERB 0 root xpos=VBD
5 a a DET 6 det
6 round round NOUN 4 obj
7 of of ADP 9 case
8 joint joint ADJ 9 amod
9 exercises exercise NOUN 6 nmod SpaceAfter=No
10 . . PUNCT 4 punct`,
			[]ment{{text: "Jordan", code: "JOR"}, {text: "Britain", code: "GBR"}},
			[]string{"JOR>GBR:062", "GBR>JOR:062"}},
		{"a round of talks is still talks", `
1 Jordan Jordan PROPN 4 nsubj
2 and and CCONJ 3 cc
3 Britain Britain PROPN 1 conj
4 began begin VERB 0 root xpos=VBD
5 a a DET 6 det
6 round round NOUN 4 obj
7 of of ADP 8 case
8 talks talk NOUN 6 nmod SpaceAfter=No
9 . . PUNCT 4 punct`,
			[]ment{{text: "Jordan", code: "JOR"}, {text: "Britain", code: "GBR"}},
			[]string{"JOR>GBR:046", "GBR>JOR:046"}},
		{"a compound on an object with a participle stays a noun phrase", `
1 Ankara Ankara PROPN 2 nsubj
2 rejected reject VERB 0 root
3 the the DET 6 det
4 Kremlin Kremlin PROPN 6 compound
5 shared share VERB 6 amod xpos=VBN
6 evidence evidence NOUN 2 obj
7 with with ADP 8 case
8 Riyadh Riyadh PROPN 6 nmod SpaceAfter=No
9 . . PUNCT 2 punct`,
			[]ment{{text: "Ankara", code: "TUR"}, {text: "Kremlin", code: "RUSGOV"}, {text: "Riyadh", code: "SAU"}},
			[]string{"TUR>RUSGOV:120"}},
		{"aid for whom its purpose clause helps", `
1 Seoul Seoul PROPN 2 nsubj
2 donated donate VERB 0 root
3 ventilators ventilator NOUN 2 obj
4 to to PART 5 mark
5 assist assist VERB 3 acl
6 Lima Lima PROPN 5 obj SpaceAfter=No
7 . . PUNCT 2 punct`,
			[]ment{{text: "Seoul", code: "KOR"}, {text: "Lima", code: "PER"}},
			[]string{"KOR>PER:070"}},
		{"a strike at a place is aimed at it", `
1 Miners miner NOUN 2 nsubj
2 went go VERB 0 root
3 on on ADP 4 case
4 strike strike NOUN 2 obl
5 at at ADP 6 case
6 Grasberg Grasberg PROPN 2 obl SpaceAfter=No
7 . . PUNCT 2 punct`,
			[]ment{{text: "Miners", code: "IDNLAB"}, {text: "Grasberg", code: "IDNBUS"}},
			[]string{"IDNLAB>IDNBUS:143"}},
		{"a target the parser hung five steps down", `
1 Washington Washington PROPN 2 nsubj
2 returned return VERB 0 root
3 dozens dozen NOUN 2 obj
4 of of ADP 5 case
5 coins coin NOUN 3 nmod
6 and and CCONJ 7 cc
7 artifacts artifact NOUN 5 conj
8 to to ADP 10 case
9 the the DET 10 det
10 embassy embassy NOUN 7 nmod
11 of of ADP 12 case
12 Peru Peru PROPN 10 nmod SpaceAfter=No
13 . . PUNCT 2 punct`,
			[]ment{{text: "Washington", code: "USA"}, {text: "Peru", code: "PER"}},
			[]string{"USA>PER:084"}},
		{"but not a place, nor the source's own", `
1 Washington Washington PROPN 2 nsubj
2 praised praise VERB 0 root
3 dozens dozen NOUN 2 obj
4 of of ADP 5 case
5 envoys envoy NOUN 3 nmod
6 of of ADP 7 case
7 Washington Washington PROPN 5 nmod
8 in in ADP 9 case
9 Lima Lima PROPN 2 obl SpaceAfter=No
10 . . PUNCT 2 punct`,
			[]ment{{text: "Washington", code: "USA"}, {text: "Washington", code: "USA", nth: 1}, {text: "Lima", code: "PER"}},
			nil},
		{"a past tense hung on a root noun as a participle", `
1 Officials official NOUN 0 root
2 agreed agree VERB 1 acl xpos=VBN
3 to to PART 4 mark
4 meet meet VERB 2 xcomp xpos=VB
5 Kenya Kenya PROPN 4 obj SpaceAfter=No
6 . . PUNCT 1 punct`,
			[]ment{{text: "Officials", code: "SDNGOV"}, {text: "Kenya", code: "KEN"}},
			[]string{"SDNGOV>KEN:036~intended"}},
		{"but not a participle under a noun in a sentence with a predicate", `
1 Officials official NOUN 5 nsubj
2 asked ask VERB 1 acl xpos=VBN
3 to to PART 4 mark
4 meet meet VERB 2 xcomp xpos=VB
5 left leave VERB 0 root
6 Kenya Kenya PROPN 5 obj SpaceAfter=No
7 . . PUNCT 5 punct`,
			[]ment{{text: "Officials", code: "SDNGOV"}, {text: "Kenya", code: "KEN"}},
			nil},
		{"a measure noun's of-modifier is what the verb acts on", `
1 Ghana Ghana PROPN 2 nsubj
2 sent send VERB 0 root
3 a a DET 4 det
4 team team NOUN 2 obj
5 of of ADP 6 case
6 peacekeepers peacekeeper NOUN 4 nmod
7 to to ADP 8 case
8 Mali Mali PROPN 2 obl SpaceAfter=No
9 . . PUNCT 2 punct`,
			[]ment{{text: "Ghana", code: "GHA"}, {text: "Mali", code: "MLI"}},
			[]string{"GHA>MLI:074"}},
		{"a passive's agent hung on its oblique", `
1 Citizens citizen NOUN 3 nsubj:pass
2 were be AUX 3 aux:pass
3 released release VERB 0 root xpos=VBN
4 from from ADP 5 case
5 captivity captivity NOUN 3 obl
6 by by ADP 7 case
7 Libya Libya PROPN 5 nmod SpaceAfter=No
8 . . PUNCT 3 punct`,
			[]ment{{text: "Citizens", code: "RUSCVL"}, {text: "Libya", code: "LBY"}},
			[]string{"LBY>RUSCVL:084"}},
		{"a word the tokeniser split at its hyphen is still the word", `
1 Kabul Kabul PROPN 2 nsubj
2 announced announce VERB 0 root
3 a a DET 6 det
4 cease cease NOUN 6 compound SpaceAfter=No
5 - - PUNCT 4 punct SpaceAfter=No
6 fire fire NOUN 2 obj
7 with with ADP 9 case
8 the the DET 9 det
9 Taliban Taliban PROPN 6 nmod SpaceAfter=No
10 . . PUNCT 2 punct`,
			[]ment{{text: "Kabul", code: "AFGGOV"}, {text: "Taliban", code: "AFGREB"}},
			[]string{"AFGGOV>AFGREB:0871"}},
		{"the subject of a passive does its complement", `
1 Kyiv Kyiv PROPN 3 nsubj:pass
2 was be AUX 3 aux:pass
3 seen see VERB 0 root xpos=VBN
4 to to PART 5 mark
5 attack attack VERB 3 xcomp xpos=VB
6 Moscow Moscow PROPN 5 obj SpaceAfter=No
7 . . PUNCT 3 punct`,
			[]ment{{text: "Kyiv", code: "UKR"}, {text: "Moscow", code: "RUS"}},
			[]string{"UKR>RUS:190"}},
		{"an appeal with a that-clause in the base form", `
1 France France PROPN 2 nsubj
2 urged urge VERB 0 root
3 that that SCONJ 5 mark
4 Russia Russia PROPN 5 nsubj
5 withdraw withdraw VERB 2 ccomp xpos=VB
6 . . PUNCT 2 punct`,
			[]ment{{text: "France", code: "FRA"}, {text: "Russia", code: "RUS"}},
			[]string{"FRA>RUS:020"}},
		{"an unresolved pronoun subject of a conjoined clause is the first clause's subject", `
1 France France PROPN 2 nsubj
2 urged urge VERB 0 root
3 Italy Italy PROPN 2 obj
4 to to PART 5 mark
5 relax relax VERB 2 xcomp xpos=VB
6 and and CCONJ 8 cc
7 it it PRON 8 nsubj
8 criticized criticize VERB 2 conj
9 Spain Spain PROPN 8 obj SpaceAfter=No
10 . . PUNCT 2 punct`,
			[]ment{{text: "France", code: "FRA"}, {text: "Italy", code: "ITA"}, {text: "Spain", code: "ESP"}},
			[]string{"FRA>ITA:020", "FRA>ESP:110"}},
		{"an actor adjective before an event noun is its agent", `
1 Egypt Egypt PROPN 2 nsubj
2 condemned condemn VERB 0 root
3 Israeli Israeli ADJ 4 amod
4 strikes strike NOUN 2 obj
5 on on ADP 6 case
6 Gaza Gaza PROPN 4 nmod SpaceAfter=No
7 . . PUNCT 2 punct`,
			[]ment{{text: "Egypt", code: "EGY"}, {text: "Israeli", code: "ISR"}, {text: "Gaza", code: "PSE"}},
			[]string{"EGY>ISR:111", "ISR>PSE:190"}}, // condemning strikes is aimed at who struck
		{"a target found through a purpose clause", `
1 France France PROPN 2 nsubj
2 pledged pledge VERB 0 root
3 aid aid NOUN 2 obj
4 to to PART 5 mark
5 reassure reassure VERB 2 advcl
6 Mali Mali PROPN 5 obj SpaceAfter=No
7 . . PUNCT 2 punct`,
			[]ment{{text: "France", code: "FRA"}, {text: "Mali", code: "MLI"}},
			[]string{"FRA>MLI:033~intended"}},
		{"but not through a clause saying when", `
1 France France PROPN 2 nsubj
2 pledged pledge VERB 0 root
3 aid aid NOUN 2 obj
4 after after SCONJ 5 mark
5 reassuring reassure VERB 2 advcl
6 Mali Mali PROPN 5 obj SpaceAfter=No
7 . . PUNCT 2 punct`,
			[]ment{{text: "France", code: "FRA"}, {text: "Mali", code: "MLI"}},
			[]string{"FRA>:033~intended"}},
		{"nor through the purpose of working with someone", `
1 France France PROPN 2 nsubj
2 worked work VERB 0 root
3 hard hard ADV 2 advmod
4 to to PART 5 mark
5 reassure reassure VERB 2 advcl
6 Mali Mali PROPN 5 obj SpaceAfter=No
7 . . PUNCT 2 punct`,
			[]ment{{text: "France", code: "FRA"}, {text: "Mali", code: "MLI"}},
			nil},
		{"a root participle with a passive subject and no passive auxiliary is active", `
1 Envoys envoy NOUN 2 nsubj:pass
2 travelled travel VERB 0 root xpos=VBN
3 to to ADP 4 case
4 Cairo Cairo PROPN 2 obl SpaceAfter=No
5 . . PUNCT 2 punct`,
			[]ment{{text: "Envoys", code: "SDNGOV"}, {text: "Cairo", code: "EGY"}},
			[]string{"SDNGOV>EGY:042"}},
		{"the partner of an attack is not its target", `
1 Russia Russia PROPN 2 nsubj
2 bombed bomb VERB 0 root
3 positions position NOUN 2 obj
4 in in ADP 5 case
5 coordination coordination NOUN 2 obl
6 with with ADP 7 case
7 Turkey Turkey PROPN 5 nmod SpaceAfter=No
8 . . PUNCT 2 punct`,
			[]ment{{text: "Russia", code: "RUS"}, {text: "Turkey", code: "TUR"}},
			[]string{`RUS>"positions":195`}},
		{"a list of the subject's examples is not a target", `
1 Governments government NOUN 6 nsubj
2 , , PUNCT 3 punct
3 including include VERB 6 advcl xpos=VBG
4 Russia Russia PROPN 3 obj SpaceAfter=No
5 , , PUNCT 3 punct
6 repatriated repatriate VERB 0 root
7 men man NOUN 6 obj SpaceAfter=No
8 . . PUNCT 6 punct`,
			[]ment{{text: "Governments", code: "GOV"}, {text: "Russia", code: "RUS"}},
			[]string{`GOV>"men":084`}}, // the men repatriated, not Russia
		{"but what a passive epistemic verb raises is only expected", `
1 Kyiv Kyiv PROPN 3 nsubj:pass
2 is be AUX 3 aux:pass
3 expected expect VERB 0 root xpos=VBN
4 to to PART 5 mark
5 attack attack VERB 3 xcomp xpos=VB
6 Moscow Moscow PROPN 5 obj SpaceAfter=No
7 . . PUNCT 3 punct`,
			[]ment{{text: "Kyiv", code: "UKR"}, {text: "Moscow", code: "RUS"}},
			nil},
		{"the by-phrase of an event noun is its agent", `
1 Egypt Egypt PROPN 2 nsubj
2 condemned condemn VERB 0 root
3 the the DET 4 det
4 attack attack NOUN 2 obj
5 on on ADP 6 case
6 Israel Israel PROPN 4 nmod
7 by by ADP 8 case
8 Hamas Hamas PROPN 4 nmod SpaceAfter=No
9 . . PUNCT 2 punct`,
			[]ment{{text: "Egypt", code: "EGY"}, {text: "Israel", code: "ISR"}, {text: "Hamas", code: "PSEREB"}},
			[]string{"EGY>PSEREB:111", "PSEREB>ISR:190"}},
		{"an attack one condemns with no maker named is aimed at no one named, not at whom it hit", `
1 Egypt Egypt PROPN 2 nsubj
2 condemned condemn VERB 0 root
3 the the DET 4 det
4 attack attack NOUN 2 obj
5 on on ADP 6 case
6 Israel Israel PROPN 4 nmod SpaceAfter=No
7 . . PUNCT 2 punct`,
			[]ment{{text: "Egypt", code: "EGY"}, {text: "Israel", code: "ISR"}},
			[]string{`EGY>"the attack":111`}},
		{"conjoined modifiers of one head are two sides", `
1 UK UK PROPN 4 compound
2 and and CCONJ 3 cc
3 EU EU PROPN 1 conj
4 negotiators negotiator NOUN 5 nsubj
5 agreed agree VERB 0 root
6 a a DET 7 det
7 deal deal NOUN 5 obj SpaceAfter=No
8 . . PUNCT 5 punct`,
			[]ment{{text: "UK", code: "GBR"}, {text: "EU", code: "IGOEUREEC"}},
			[]string{"GBR>IGOEUREEC:057", "IGOEUREEC>GBR:057"}},
		{"a list the parser read as appositions is conjoined subjects", `
1 Oslo Oslo PROPN 8 nsubj SpaceAfter=No
2 , , PUNCT 3 punct
3 Riga Riga PROPN 1 appos SpaceAfter=No
4 , , PUNCT 5 punct
5 Tallinn Tallinn PROPN 3 appos
6 and and CCONJ 7 cc
7 Vilnius Vilnius PROPN 5 conj
8 condemned condemn VERB 0 root
9 Moscow Moscow PROPN 8 obj SpaceAfter=No
10 . . PUNCT 8 punct`,
			[]ment{{text: "Oslo", code: "NOR", kind: doc.PlaceActor}, {text: "Riga", code: "LVA", kind: doc.PlaceActor},
				{text: "Tallinn", code: "EST", kind: doc.PlaceActor}, {text: "Vilnius", code: "LTU", kind: doc.PlaceActor},
				{text: "Moscow", code: "RUS", kind: doc.PlaceActor}},
			[]string{"NOR>RUS:111", "LVA>RUS:111", "EST>RUS:111", "LTU>RUS:111"}},
		{"an apposition that describes its head is not a list", `
1 Oslo Oslo PROPN 8 nsubj SpaceAfter=No
2 , , PUNCT 4 punct
3 Riga's Riga PROPN 4 nmod:poss
4 ally ally NOUN 1 appos
5 and and CCONJ 7 cc
6 Tallinn's Tallinn PROPN 7 nmod:poss
7 neighbour neighbour NOUN 4 conj
8 condemned condemn VERB 0 root
9 Moscow Moscow PROPN 8 obj SpaceAfter=No
10 . . PUNCT 8 punct`,
			[]ment{{text: "Oslo", code: "NOR", kind: doc.PlaceActor}, {text: "Riga's ally", code: "LVA", kind: doc.Nominal},
				{text: "Tallinn's neighbour", code: "EST", kind: doc.Nominal}, {text: "Moscow", code: "RUS", kind: doc.PlaceActor}},
			[]string{"NOR>RUS:111"}},
		{"what is condemned is the act of the object's by-agent, before an oblique", `
1 Oslo Oslo PROPN 2 nsubj
2 condemned condemn VERB 0 root
3 an an DET 4 det
4 attack attack NOUN 2 obj
5 by by ADP 6 case
6 Riga Riga PROPN 4 nmod
7 in in ADP 9 case
8 a a DET 9 det
9 letter letter NOUN 2 obl
10 to to ADP 11 case
11 Tallinn Tallinn PROPN 2 obl SpaceAfter=No
12 . . PUNCT 2 punct`,
			[]ment{{text: "Oslo", code: "NOR", kind: doc.PlaceActor}, {text: "Riga", code: "LVA", kind: doc.PlaceActor},
				{text: "Tallinn", code: "EST", kind: doc.PlaceActor}},
			[]string{"NOR>LVA:111"}},
		{"a particle read as the preposition of the next noun is the verb's particle", `
1 Oslo Oslo PROPN 2 nsubj
2 broke break VERB 0 root
3 off off ADP 5 case
4 the the DET 5 det
5 talks talk NOUN 2 obl
6 with with ADP 7 case
7 Riga Riga PROPN 5 nmod SpaceAfter=No
8 . . PUNCT 2 punct`,
			[]ment{{text: "Oslo", code: "NOR", kind: doc.PlaceActor}, {text: "Riga", code: "LVA", kind: doc.PlaceActor}},
			[]string{"NOR>LVA:164"}},
		{"an act whose only target is its own actor is coded without one", `
1 Oslo Oslo PROPN 2 nsubj
2 cancelled cancel VERB 0 root
3 its its PRON 4 nmod:poss
4 visit visit NOUN 2 obj SpaceAfter=No
5 . . PUNCT 2 punct`,
			[]ment{{text: "Oslo", code: "NOR", kind: doc.PlaceActor}, {text: "its", code: "NOR", kind: doc.Pronoun, ante: "Oslo"}},
			[]string{"NOR>:125"}},
		{"a conjunct hung on the second word of a name joins the name", `
1 Oslo Oslo PROPN 2 nsubj
2 condemned condemn VERB 0 root
3 Costa Costa PROPN 2 obj
4 Rica Rica PROPN 3 flat
5 and and CCONJ 6 cc
6 Chile Chile PROPN 4 conj SpaceAfter=No
7 . . PUNCT 2 punct`,
			[]ment{{text: "Oslo", code: "NOR", kind: doc.PlaceActor}, {text: "Costa Rica", code: "CRI", kind: doc.Country},
				{text: "Chile", code: "CHL", kind: doc.Country}},
			[]string{"NOR>CRI:111", "NOR>CHL:111"}},
		{"agreeing to a ceasefire is intent to de-escalate (0356), not a signed agreement", `
1 India India PROPN 4 nsubj
2 and and CCONJ 3 cc
3 Pakistan Pakistan PROPN 1 conj
4 agreed agree VERB 0 root
5 to to ADP 7 case
6 a a DET 7 det
7 ceasefire ceasefire NOUN 4 obl SpaceAfter=No
8 . . PUNCT 4 punct`,
			[]ment{{text: "India", code: "IND", kind: doc.Country}, {text: "Pakistan", code: "PAK", kind: doc.Country}},
			[]string{"IND>PAK:0356~intended", "PAK>IND:0356~intended"}},
		{"agreeing to a deal between the parties is 057", `
1 India India PROPN 4 nsubj
2 and and CCONJ 3 cc
3 Pakistan Pakistan PROPN 1 conj
4 agreed agree VERB 0 root
5 to to ADP 7 case
6 a a DET 7 det
7 deal deal NOUN 4 obl SpaceAfter=No
8 . . PUNCT 4 punct`,
			[]ment{{text: "India", code: "IND", kind: doc.Country}, {text: "Pakistan", code: "PAK", kind: doc.Country}},
			[]string{"IND>PAK:057", "PAK>IND:057"}},
		{"the intent to yield lands where the act would: a ceasefire in a place", `
1 Russia Russia PROPN 2 nsubj
2 agreed agree VERB 0 root
3 to to ADP 5 case
4 a a DET 5 det
5 ceasefire ceasefire NOUN 2 obl
6 in in ADP 7 case
7 Ukraine Ukraine PROPN 5 nmod SpaceAfter=No
8 . . PUNCT 2 punct`,
			[]ment{{text: "Russia", code: "RUS", kind: doc.Country}, {text: "Ukraine", code: "UKR", kind: doc.Country}},
			[]string{"RUS>UKR:0356~intended"}},
		{"a passive's agent hung on an adverb is still its source", `
1 Eriador Eriador PROPN 3 nsubj:pass
2 was be AUX 3 aux:pass
3 opposed oppose VERB 0 root
4 earlier earlier ADV 3 advmod
5 by by ADP 6 case
6 Osgiliath Osgiliath PROPN 4 obl:agent SpaceAfter=No
7 . . PUNCT 3 punct`,
			[]ment{{text: "Eriador", code: "ERI", kind: doc.Country}, {text: "Osgiliath", code: "OSG", kind: doc.Country}},
			[]string{"OSG>ERI:110"}},
	}
	runEventCases(t, cases)
}

// TestDeepTargetEvidence: an event whose target the deep search found has
// lower confidence than one whose pattern named it.
func TestDeepTargetEvidence(t *testing.T) {
	// (with "to the embassy of Peru" hung on the coins, the to-phrase is the
	// pattern's own, return obj=* to:T, and names Peru at full confidence)
	d := parse(t, `
1 Washington Washington PROPN 2 nsubj
2 returned return VERB 0 root
3 dozens dozen NOUN 2 obj
4 of of ADP 5 case
5 coins coin NOUN 3 nmod
6 kept keep VERB 5 acl xpos=VBN
7 at at ADP 8 case
8 embassy embassy NOUN 6 obl
9 of of ADP 10 case
10 Peru Peru PROPN 8 nmod SpaceAfter=No
11 . . PUNCT 2 punct`)
	addMentions(t, d, ment{text: "Washington", code: "USA"}, ment{text: "Peru", code: "PER"})
	New(nil, Options{}).Annotate(d)
	if len(d.Events) != 1 {
		t.Fatalf("events %v", brief(d))
	}
	e := d.Events[0]
	if !strings.HasSuffix(e.Evidence.Pattern, " return obj") || e.Evidence.Confidence > 0.75 {
		t.Errorf("evidence %q, confidence %.2f", e.Evidence.Pattern, e.Evidence.Confidence)
	}
}

// TestInquiryTargetInItsPhrase: what an investigation is into is its
// target, not an actor the parse hung elsewhere in the clause.
func TestInquiryTargetInItsPhrase(t *testing.T) {
	d := parse(t, `
1 Ghana Ghana PROPN 2 nsubj
2 opened open VERB 0 root
3 an a DET 4 det
4 inquiry inquiry NOUN 2 obj
5 into into ADP 8 case
6 Lee Lee PROPN 8 nmod:poss SpaceAfter=No
7 's 's PART 6 case
8 murder murder NOUN 4 nmod
9 last last ADJ 10 amod
10 year year NOUN 2 obl:unmarked
11 at at ADP 14 case
12 the the DET 14 det
13 Dutch Dutch ADJ 14 amod
14 embassy embassy NOUN 10 nmod SpaceAfter=No
15 . . PUNCT 2 punct`)
	addMentions(t, d, ment{text: "Ghana", code: "GHA"}, ment{text: "Dutch embassy", code: "NLDGOV"})
	New(nil, Options{}).Annotate(d)
	if len(d.Events) != 1 {
		t.Fatalf("events %v", brief(d))
	}
	e := d.Events[0]
	if got := d.Text(e.Target.Span); e.Target.Actor.Code != "" || got != "Lee's murder" {
		t.Errorf("target %q (%s), want the murder, no actor", got, e.Target.Actor.Code)
	}
}

// TestActObjectOverAnyObject: a pattern whose object names the act, with a
// target oblique that names no actor, says more than one of any object.
func TestActObjectOverAnyObject(t *testing.T) {
	runEventCases(t, []eventCase{
		{"allowed aid into the areas", `
1 Laos Laos PROPN 2 nsubj
2 allowed allow VERB 0 root
3 food food NOUN 4 compound
4 aid aid NOUN 2 obj
5 into into ADP 7 case
6 the the DET 7 det
7 areas area NOUN 2 obl
8 hit hit VERB 7 acl xpos=VBN
9 by by ADP 11 case
10 the the DET 11 det
11 floods flood NOUN 8 obl:agent SpaceAfter=No
12 . . PUNCT 2 punct`,
			[]ment{{text: "Laos", code: "LAO"}},
			[]string{`LAO>"the areas":0863`}},
		{"returned a painting to the foundation", `
1 Chile Chile PROPN 2 nsubj
2 returned return VERB 0 root
3 a a DET 4 det
4 painting painting NOUN 2 obj
5 to to ADP 8 case
6 the the DET 8 det
7 Vidal Vidal PROPN 8 compound
8 Foundation foundation NOUN 2 obl SpaceAfter=No
9 . . PUNCT 2 punct`,
			[]ment{{text: "Chile", code: "CHL"}},
			[]string{`CHL>"the Vidal Foundation":084`}},
		{"returned a vase from a gallery to the foundation: the gallery made no demand", `
1 Italy Italy PROPN 2 nsubj
2 returned return VERB 0 root
3 a a DET 4 det
4 vase vase NOUN 2 obj
5 from from ADP 8 case
6 the the DET 8 det
7 Rossi Rossi PROPN 8 compound
8 Gallery Gallery PROPN 4 nmod
9 to to ADP 12 case
10 the the DET 12 det
11 Hart Hart PROPN 12 compound
12 Foundation foundation NOUN 2 obl SpaceAfter=No
13 . . PUNCT 2 punct`,
			[]ment{{text: "Italy", code: "ITA"}, {text: "Rossi Gallery", kind: doc.Organization}},
			[]string{`ITA>"the Hart Foundation":084`}},
		{"an actor outside the pattern's target oblique is not its target", `
1 Japan Japan PROPN 2 nsubj
2 tightened tighten VERB 0 root
3 restrictions restriction NOUN 2 obj
4 on on ADP 6 case
5 chip chip NOUN 6 compound
6 exports export NOUN 3 nmod
7 to to ADP 8 case
8 countries country NOUN 3 nmod
9 other other ADJ 8 amod
10 than than ADP 11 case
11 China China PROPN 9 obl SpaceAfter=No
12 . . PUNCT 2 punct`,
			[]ment{{text: "Japan", code: "JPN"}, {text: "China", code: "CHN"}},
			nil},
		{"peacekeepers withdrawn are the source's own, not the target", `
1 MINUSMA MINUSMA PROPN 2 nsubj
2 withdrew withdraw VERB 0 root
3 peacekeepers peacekeeper NOUN 2 obj
4 from from ADP 6 case
5 a a DET 6 det
6 base base NOUN 2 obl
7 in in ADP 8 case
8 Mali Mali PROPN 6 nmod SpaceAfter=No
9 . . PUNCT 2 punct`,
			[]ment{{text: "MINUSMA", code: "IGOUNOPKO"}, {text: "peacekeepers", code: "PKO"}, {text: "Mali", code: "MLI"}},
			[]string{"IGOUNOPKO>MLI:166"}},
		{"but the oblique's own modifiers are", `
1 Kenya Kenya PROPN 2 nsubj
2 ordered order VERB 0 root
3 a a DET 4 det
4 strike strike NOUN 2 obj
5 on on ADP 8 case
6 Somali Somali ADJ 7 amod
7 army army NOUN 8 compound
8 bases base NOUN 4 nmod SpaceAfter=No
9 . . PUNCT 2 punct`,
			[]ment{{text: "Kenya", code: "KEN"}, {text: "Somali army", code: "SOMMIL"}},
			[]string{"KEN>SOMMIL:190"}},
	})
}

// TestFigurativeObjects: fighting an abstraction uses no force on anyone.
func TestFigurativeObjects(t *testing.T) {
	runEventCases(t, []eventCase{
		{"fighting the causes of a thing is no force", `
1 Norway Norway PROPN 3 nsubj
2 is be AUX 3 aux
3 fighting fight VERB 0 root
4 the the DET 6 det
5 root root NOUN 6 compound
6 causes cause NOUN 3 obj
7 of of ADP 8 case
8 migration migration NOUN 6 nmod SpaceAfter=No
9 . . PUNCT 3 punct`,
			[]ment{{text: "Norway", code: "NOR"}},
			nil},
	})
}

// TestAnsweredViolence: an attack the clause comes after or answers is not
// its subject's, wherever the parse hangs the phrase; a meeting is.
func TestAnsweredViolence(t *testing.T) {
	runEventCases(t, []eventCase{
		{"arrests after the attack", `
1 Police police NOUN 2 nsubj
2 arrested arrest VERB 0 root
3 two two NUM 4 nummod
4 men man NOUN 2 obj
5 after after ADP 7 case
6 the the DET 7 det
7 attack attack NOUN 4 nmod
8 on on ADP 11 case
9 the the DET 11 det
10 Kenyan Kenyan ADJ 11 amod
11 embassy embassy NOUN 7 nmod SpaceAfter=No
12 . . PUNCT 2 punct`,
			[]ment{{text: "Police", code: "COP"}, {text: "Kenyan embassy", code: "KENGOV"}},
			[]string{`COP>"two men":173`}},
		{"a closure in the wake of the bombing", `
1 Ghana Ghana PROPN 2 nsubj
2 closed close VERB 0 root
3 the the DET 4 det
4 border border NOUN 2 obj
5 in in ADP 7 case
6 the the DET 7 det
7 wake wake NOUN 2 obl
8 of of ADP 10 case
9 the the DET 10 det
10 bombing bombing NOUN 7 nmod
11 of of ADP 14 case
12 the the DET 14 det
13 Togolese Togolese ADJ 14 amod
14 army army NOUN 10 nmod SpaceAfter=No
15 . . PUNCT 2 punct`,
			[]ment{{text: "Ghana", code: "GHA"}, {text: "Togolese army", code: "TGOMIL"}},
			nil},
		{"a statement after a meeting", `
1 Ghana Ghana PROPN 2 nsubj
2 spoke speak VERB 0 root
3 after after ADP 5 case
4 a a DET 5 det
5 meeting meeting NOUN 2 obl
6 with with ADP 7 case
7 Togo Togo PROPN 5 nmod SpaceAfter=No
8 . . PUNCT 2 punct`,
			[]ment{{text: "Ghana", code: "GHA"}, {text: "Togo", code: "TGO"}},
			[]string{"GHA>TGO:040"}},
	})
}

// TestFailedTalksSides: talks between two sides that fail to reach
// agreement are the sides failing to.
func TestFailedTalksSides(t *testing.T) {
	runEventCases(t, []eventCase{
		{"the summit between X and Y failed to reach agreement", `
1 The the DET 2 det
2 summit summit NOUN 7 nsubj
3 between between ADP 4 case
4 Ghana Ghana PROPN 2 nmod
5 and and CCONJ 6 cc
6 Togo Togo PROPN 4 conj
7 failed fail VERB 0 root
8 to to PART 9 mark
9 reach reach VERB 7 xcomp
10 agreement agreement NOUN 9 obj SpaceAfter=No
11 . . PUNCT 7 punct`,
			[]ment{{text: "Ghana", code: "GHA"}, {text: "Togo", code: "TGO"}},
			[]string{"GHA>TGO:127", "TGO>GHA:127", "GHA>TGO:040"}},
	})
}

// TestKeepSourceless: a clause that names no one as its doer ("Riga was
// attacked") codes nothing by default; with KeepSourceless it codes an
// event whose source has no actor, no mention and no words. A subject no
// dictionary codes is named by its words either way.
func TestKeepSourceless(t *testing.T) {
	passive := `
1 Riga Riga PROPN 3 nsubj:pass
2 was be AUX 3 aux:pass
3 attacked attack VERB 0 root SpaceAfter=No
4 . . PUNCT 3 punct`
	active := `
1 Xland Xland PROPN 2 nsubj
2 attacked attack VERB 0 root
3 Riga Riga PROPN 2 obj SpaceAfter=No
4 . . PUNCT 2 punct`
	cases := []struct {
		tree       string
		keep       bool
		want       string
		sourceSpan string
	}{
		{passive, false, "", ""},
		{passive, true, ">LVA:190", ""},
		{active, false, `"Xland">LVA:190`, "Xland"},
		{active, true, `"Xland">LVA:190`, "Xland"},
	}
	for _, c := range cases {
		d := parse(t, c.tree)
		addMentions(t, d, ment{text: "Riga", code: "LVA"})
		if err := New(nil, Options{KeepSourceless: c.keep}).Annotate(d); err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(brief(d), " "); got != c.want {
			t.Errorf("%s KeepSourceless %v: events %q, want %q", d.Article.Text, c.keep, got, c.want)
		}
		for _, e := range d.Events {
			if e.Source.Mention != -1 || e.Source.Actor.Known() || d.Text(e.Source.Span) != c.sourceSpan {
				t.Errorf("%s: source %+v, want no actor and the words %q", d.Article.Text, e.Source, c.sourceSpan)
			}
		}
	}
}

// TestUnnamedSourceFilters: a subject no dictionary codes did nothing
// when it is a dateline's place in capitals before its dash, a word in
// lower case the tagger took for a name, or the subject the parse gave an
// infinitive; a name that is none of these did it.
func TestUnnamedSourceFilters(t *testing.T) {
	for _, c := range []struct{ tree, want string }{
		{`
1 NDUMBERI NDUMBERI PROPN 3 nsubj
2 - - PUNCT 3 punct
3 rioted riot VERB 0 root SpaceAfter=No
4 . . PUNCT 3 punct`, ""},
		{`
1 sdr sdr PROPN 2 nsubj
2 rioted riot VERB 0 root SpaceAfter=No
3 . . PUNCT 2 punct`, ""},
		{`
1 Ndumberi Ndumberi PROPN 3 nsubj
2 to to PART 3 mark
3 riot riot VERB 0 root SpaceAfter=No
4 . . PUNCT 3 punct`, ""},
		{`
1 Ndumberi Ndumberi PROPN 2 nsubj
2 rioted riot VERB 0 root SpaceAfter=No
3 . . PUNCT 2 punct`, `"Ndumberi">:145`},
	} {
		d := parse(t, c.tree)
		if err := New(nil, Options{}).Annotate(d); err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(brief(d), " "); got != c.want {
			t.Errorf("%s: events %q, want %q", d.Article.Text, got, c.want)
		}
	}
}

// TestVerbEntryAsForm: a dictionary entry written as an inflected form
// ("repelled", as the peers' REPELLED [223]) triggers on that form though
// the lemmatiser gives "repel".
func TestVerbEntryAsForm(t *testing.T) {
	lex, err := verbs.Load(strings.NewReader("190 repelled obj\n"), "t.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := parse(t, `
1 Gondor Gondor PROPN 2 nsubj
2 repelled repel VERB 0 root
3 Mordor Mordor PROPN 2 obj SpaceAfter=No
4 . . PUNCT 2 punct`)
	addMentions(t, d, ment{text: "Gondor", code: "GON", kind: doc.Country}, ment{text: "Mordor", code: "MOR", kind: doc.Country})
	if err := New(lex, Options{}).Annotate(d); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(brief(d), " "); got != "GON>MOR:190" {
		t.Errorf("events %q, want GON>MOR:190", got)
	}
}

// TestUnnamedTargets: an event whose target argument names people or a
// name no dictionary codes keeps that text as its target, with no actor
// code; a thing it acts on is no target, and a name is not looked
// through for an actor hung under it.
func TestUnnamedTargets(t *testing.T) {
	runEventCases(t, []eventCase{
		{"people with no nationality", `
1 Police police NOUN 2 nsubj
2 arrested arrest VERB 0 root
3 a a DET 5 det
4 95-year-old 95-year-old ADJ 5 amod
5 man man NOUN 2 obj SpaceAfter=No
6 . . PUNCT 2 punct`,
			[]ment{{text: "Police", code: "COP"}},
			[]string{`COP>"a 95-year-old man":173`}},
		{"a passive's subject", `
1 Disha Disha PROPN 4 nsubj:pass
2 Ravi Ravi PROPN 1 flat
3 was be AUX 4 aux:pass
4 arrested arrest VERB 0 root
5 by by ADP 7 case
6 Delhi Delhi PROPN 7 compound
7 Police police PROPN 4 obl:agent SpaceAfter=No
8 . . PUNCT 4 punct`,
			[]ment{{text: "Delhi Police", code: "INDCOP"}},
			[]string{`INDCOP>"Disha Ravi":173`}},
		{"an unknown name, not the actor under it", `
1 A a DET 2 det
2 judge judge NOUN 3 nsubj
3 found find VERB 0 root
4 Britta Britta PROPN 3 obj
5 Nielsen Nielsen PROPN 4 flat
6 guilty guilty ADJ 3 xcomp
7 of of SCONJ 8 mark
8 stealing steal VERB 6 advcl
9 from from ADP 12 case
10 a a DET 12 det
11 Danish Danish ADJ 12 amod
12 agency agency NOUN 8 obl SpaceAfter=No
13 . . PUNCT 3 punct`,
			[]ment{{text: "judge", code: "JUD"}, {text: "Danish agency", code: "DNKGOV"}},
			[]string{`JUD>"Britta Nielsen":116`}},
		{"a thing's nationality is the state it is done to", `
1 Russia Russia PROPN 2 nsubj
2 seized seize VERB 0 root
3 the the DET 5 det
4 Ukrainian Ukrainian ADJ 5 amod
5 tanker tanker NOUN 2 obj SpaceAfter=No
6 . . PUNCT 2 punct`,
			[]ment{{text: "Russia", code: "RUS"}, {text: "Ukrainian", code: "UKR", kind: doc.Owner}},
			[]string{"RUS>UKR:171"}},
		{"an owner is no actor of its own", `
1 Ukrainian Ukrainian ADJ 2 amod
2 tankers tanker NOUN 3 nsubj
3 attacked attack VERB 0 root
4 Russia Russia PROPN 3 obj SpaceAfter=No
5 . . PUNCT 3 punct`,
			[]ment{{text: "Ukrainian", code: "UKR", kind: doc.Owner}, {text: "Russia", code: "RUS"}},
			nil},
		{"people done to are the target, not an actor named below them", `
1 Police police NOUN 2 nsubj
2 detained detain VERB 0 root
3 several several ADJ 4 amod
4 suspects suspect NOUN 2 obj
5 in in ADP 7 case
6 the the DET 7 det
7 attack attack NOUN 2 obl
8 against against ADP 10 case
9 the the DET 10 det
10 convoy convoy NOUN 7 nmod
11 of of ADP 13 case
12 the the DET 13 det
13 minister minister NOUN 10 nmod SpaceAfter=No
14 . . PUNCT 2 punct`,
			[]ment{{text: "Police", code: "PSECOP"}, {text: "minister", code: "PSEGOV"}},
			[]string{`PSECOP>"several suspects":173`}},
		{"a thing acted on is the target's text, with no actor", `
1 Brazil Brazil PROPN 2 nsubj
2 rejected reject VERB 0 root
3 the the DET 5 det
4 peace peace NOUN 5 compound
5 referendum referendum NOUN 2 obj SpaceAfter=No
6 . . PUNCT 2 punct`,
			[]ment{{text: "Brazil", code: "BRA"}},
			[]string{`BRA>"the peace referendum":120`}},
	})
}

// TestDemandOnWhoMustAct: a demand or appeal in a that-clause is made to
// the clause's subject, who must act, not to whom that act is done.
func TestDemandOnWhoMustAct(t *testing.T) {
	runEventCases(t, []eventCase{
		{"must", `
1 Russia Russia PROPN 2 nsubj
2 says say VERB 0 root xpos=VBZ
3 Israel Israel PROPN 5 nsubj
4 must must AUX 5 aux
5 end end VERB 2 ccomp
6 attacks attack NOUN 5 obj
7 on on ADP 8 case
8 Syria Syria PROPN 5 obl SpaceAfter=No
9 . . PUNCT 2 punct`,
			[]ment{{text: "Russia", code: "RUS"}, {text: "Israel", code: "ISR"}, {text: "Syria", code: "SYR"}},
			[]string{"RUS>ISR:1056"}},
	})
}

// TestSharedHeadSides: "UK and EU negotiators" are two sides although the
// head took its code from the last conjunct.
func TestSharedHeadSides(t *testing.T) {
	runEventCases(t, []eventCase{
		{"compound conjuncts", `
1 UK UK PROPN 4 compound
2 and and CCONJ 3 cc
3 EU EU PROPN 1 conj
4 negotiators negotiator NOUN 5 nsubj
5 met meet VERB 0 root SpaceAfter=No
6 . . PUNCT 5 punct`,
			[]ment{{text: "UK", code: "GBRGOV"}, {text: "EU", code: "IGOEUREEC"}, {text: "negotiators", code: "IGOEUREECGOV"}},
			[]string{"IGOEUREECGOV>GBRGOV:040", "GBRGOV>IGOEUREECGOV:040"}},
		{"a list of nationalities hung on the head one by one", `
1 Rebels rebel NOUN 2 nsubj
2 attacked attack VERB 0 root
3 Malian Malian ADJ 8 amod SpaceAfter=No
4 , , PUNCT 5 punct
5 Chadian Chadian ADJ 8 amod
6 and and CCONJ 7 cc
7 Nigerien Nigerien ADJ 5 conj
8 troops troops NOUN 2 obj SpaceAfter=No
9 . . PUNCT 2 punct`,
			[]ment{{text: "Rebels", code: "REB"}, {text: "Malian", code: "MLIMIL"}, {text: "Chadian", code: "TCDMIL"}, {text: "Nigerien troops", code: "NERMIL"}},
			[]string{"REB>NERMIL:190", "REB>MLIMIL:190", "REB>TCDMIL:190"}},
	})
}

// TestAttributiveParticiple: a participle between a determiner and the noun
// it describes ("its surrounding hills") is no act, even when the parse
// makes the noun its object.
func TestAttributiveParticiple(t *testing.T) {
	// the parse of a made-up sentence like one the parser got wrong:
	// "surrounding" a clause of "its", "hills" its object
	d := parse(t, `
1 Kobane Kobane PROPN 3 nsubj
2 had have AUX 3 aux
3 avoided avoid VERB 0 root
4 the the DET 5 det
5 war war NOUN 3 obj
6 until until ADP 10 case
7 a a DET 10 det
8 Turkish Turkish ADJ 9 compound
9 led lead VERB 10 amod
10 raid raid NOUN 3 obl
11 into into ADP 17 case
12 its its PRON 17 nmod:poss xpos=PRP$
13 surrounding surround VERB 12 acl xpos=VBG
14 hills hill NOUN 13 obj
15 two two NUM 16 nummod
16 weeks week NOUN 17 obl:unmarked
17 ago ago ADV 10 advmod SpaceAfter=No
18 . . PUNCT 3 punct`)
	addMentions(t, d, ment{text: "Turkish", code: "TUR", kind: doc.Country}, ment{text: "its", code: "TUR", kind: doc.Pronoun})
	New(nil, Options{}).Annotate(d)
	for _, e := range brief(d) {
		if strings.Contains(e, ":191") {
			t.Errorf("events %v, want no 191", brief(d))
		}
	}
	d = parse(t, `
1 Rebels rebel NOUN 2 nsubj
2 surrounded surround VERB 0 root xpos=VBD
3 the the DET 4 det
4 hills hill NOUN 2 obj SpaceAfter=No
5 . . PUNCT 2 punct`)
	addMentions(t, d, ment{text: "Rebels", code: "REB", kind: doc.Group})
	New(nil, Options{}).Annotate(d)
	if got := brief(d); len(got) != 1 || got[0] != `REB>"the hills":191` {
		t.Errorf("events %v, want REB>\"the hills\":191", got)
	}
}
