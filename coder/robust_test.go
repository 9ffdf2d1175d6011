package coder

import (
	"fmt"
	"testing"

	"dyad/doc"
)

// TestParseVariants codes sentences in each of the parses that parsers
// trained on the same treebank give for them: the correct UD tree and the
// common variants. A reading must not hang on which one the shipped parser
// happens to give.
func TestParseVariants(t *testing.T) {
	const comitativeMisparse = `
1 She she PRON 2 nsubj
2 said say VERB 0 root
3 Norway Norway PROPN 2 obj
4 together together ADV 2 advmod
5 with with ADP 7 case
6 its its PRON 7 nmod:poss
7 allies ally NOUN 9 nsubj
8 would would AUX 9 aux
9 condemn condemn VERB 2 advcl
10 Belarus Belarus PROPN 9 obj SpaceAfter=No
11 . . PUNCT 2 punct`
	const comitativeUD = `
1 She she PRON 2 nsubj
2 said say VERB 0 root
3 Norway Norway PROPN 9 nsubj
4 together together ADV 3 advmod
5 with with ADP 7 case
6 its its PRON 7 nmod:poss
7 allies ally NOUN 4 obl
8 would would AUX 9 aux
9 condemn condemn VERB 2 ccomp
10 Belarus Belarus PROPN 9 obj SpaceAfter=No
11 . . PUNCT 2 punct`
	nb := []ment{{text: "Norway", code: "NOR"}, {text: "Belarus", code: "BLR"}}
	runEventCases(t, []eventCase{
		// "X together with Y" is X's act (and Y's): the parse that makes Y
		// the subject (it carries "with", which no subject does) reads as
		// the one that hangs Y on X
		{"together with: the companion parsed as the subject", comitativeMisparse, nb, []string{"NOR>BLR:111~intended"}},
		{"together with: the companion hung on the subject", comitativeUD, nb, []string{"NOR>BLR:111~intended"}},
		{"along with: both named actors act", `
1 Kenya Kenya PROPN 5 obj
2 along along ADV 5 advmod
3 with with ADP 4 case
4 Uganda Uganda PROPN 6 nsubj
5 said say VERB 0 root
6 condemned condemn VERB 5 advcl
7 Somalia Somalia PROPN 6 obj SpaceAfter=No
8 . . PUNCT 5 punct`,
			[]ment{{text: "Kenya", code: "KEN"}, {text: "Uganda", code: "UGA"}, {text: "Somalia", code: "SOM"}},
			[]string{"KEN>SOM:111", "UGA>SOM:111"}},
		{"along with: the companion hung on the subject", `
1 Kenya Kenya PROPN 5 nsubj
2 along along ADV 1 advmod
3 with with ADP 4 case
4 Uganda Uganda PROPN 2 obl
5 condemned condemn VERB 0 root
6 Somalia Somalia PROPN 5 obj SpaceAfter=No
7 . . PUNCT 5 punct`,
			[]ment{{text: "Kenya", code: "KEN"}, {text: "Uganda", code: "UGA"}, {text: "Somalia", code: "SOM"}},
			[]string{"KEN>SOM:111", "UGA>SOM:111"}},
		// a day is when, not who: with "Thursday" as a second subject of
		// "met", the unresolved "she" of reported speech is still the
		// speaker
		{"a day parsed as a subject beside a pronoun", `
1 Lund Lund PROPN 2 nsubj
2 said say VERB 0 root
3 Thursday Thursday PROPN 5 nsubj
4 she she PRON 5 nsubj
5 condemned condemn VERB 2 ccomp
6 Oslo Oslo PROPN 5 obj SpaceAfter=No
7 . . PUNCT 2 punct`,
			[]ment{{text: "Lund", code: "SWEGOV"}, {text: "Oslo", code: "NOR"}},
			[]string{"SWEGOV>NOR:111"}},
		{"a day parsed as an oblique", `
1 Lund Lund PROPN 2 nsubj
2 said say VERB 0 root
3 Thursday Thursday PROPN 2 obl:tmod
4 she she PRON 5 nsubj
5 condemned condemn VERB 2 ccomp
6 Oslo Oslo PROPN 5 obj SpaceAfter=No
7 . . PUNCT 2 punct`,
			[]ment{{text: "Lund", code: "SWEGOV"}, {text: "Oslo", code: "NOR"}},
			[]string{"SWEGOV>NOR:111"}},
		// the titled name, whichever word of the title the parse hangs it on
		{"a name hung on the title's of-noun", `
1 Minister Minister PROPN 6 nsubj
2 of of ADP 3 case
3 Defence Defence PROPN 1 nmod
4 Ana Ana PROPN 3 flat
5 Lund Lund PROPN 4 flat
6 condemned condemn VERB 0 root
7 Oslo Oslo PROPN 6 obj SpaceAfter=No
8 . . PUNCT 6 punct`,
			[]ment{{text: "Ana Lund", code: "SWEGOV"}, {text: "Oslo", code: "NOR"}},
			[]string{"SWEGOV>NOR:111"}},
		{"a name in apposition to the title", `
1 Minister Minister PROPN 6 nsubj
2 of of ADP 3 case
3 Defence Defence PROPN 1 nmod
4 Ana Ana PROPN 1 appos
5 Lund Lund PROPN 4 flat
6 condemned condemn VERB 0 root
7 Oslo Oslo PROPN 6 obj SpaceAfter=No
8 . . PUNCT 6 punct`,
			[]ment{{text: "Ana Lund", code: "SWEGOV"}, {text: "Oslo", code: "NOR"}},
			[]string{"SWEGOV>NOR:111"}},
		// whom one tells that another must act is who is told (102: a demand
		// refined by what is demanded), as object or
		// as indirect object
		{"the addressee of tell as object", `
1 Lund Lund PROPN 2 nsubj
2 told tell VERB 0 root
3 Berg Berg PROPN 2 obj
4 that that SCONJ 7 mark
5 Oslo Oslo PROPN 7 nsubj
6 must must AUX 7 aux
7 apologise apologise VERB 2 ccomp SpaceAfter=No
8 . . PUNCT 2 punct`,
			[]ment{{text: "Lund", code: "SWEGOV"}, {text: "Berg", code: "NORGOV"}, {text: "Oslo", code: "NOR"}},
			[]string{"SWEGOV>NORGOV:102"}},
		{"the addressee of tell as indirect object", `
1 Lund Lund PROPN 2 nsubj
2 told tell VERB 0 root
3 Berg Berg PROPN 2 iobj
4 that that SCONJ 7 mark
5 Oslo Oslo PROPN 7 nsubj
6 must must AUX 7 aux
7 apologise apologise VERB 2 ccomp SpaceAfter=No
8 . . PUNCT 2 punct`,
			[]ment{{text: "Lund", code: "SWEGOV"}, {text: "Berg", code: "NORGOV"}, {text: "Oslo", code: "NOR"}},
			[]string{"SWEGOV>NORGOV:102"}},
		// "spoke with X": the other party as an oblique with "with", its
		// title a compound or a nominal modifier of the name
		{"spoke with: the name as the oblique's head", `
1 Lund Lund PROPN 2 nsubj
2 spoke speak VERB 0 root
3 with with ADP 6 case
4 Foreign Foreign ADJ 5 amod
5 Minister Minister PROPN 6 compound
6 Berg Berg PROPN 2 obl
7 on on ADP 9 case
8 the the DET 9 det
9 sidelines sideline NOUN 2 obl SpaceAfter=No
10 . . PUNCT 2 punct`,
			[]ment{{text: "Lund", code: "SWEGOV"}, {text: "Berg", code: "NORGOV"}},
			[]string{"SWEGOV>NORGOV:044"}},
		// a title and its holder parsed as two subjects: the holder, even
		// when the title has an actor of its own (the peers' possessor)
		{"a title and the name after it as two subjects", `
1 Lorien Lorien PROPN 3 nmod:poss
2 's 's PART 1 case
3 minister minister NOUN 5 nsubj
4 Celeborn Celeborn PROPN 5 nsubj
5 condemned condemn VERB 0 root
6 Rhun Rhun PROPN 5 obj SpaceAfter=No
7 . . PUNCT 5 punct`,
			[]ment{{text: "Lorien", code: "LOR"}, {text: "minister", code: "LOR", kind: doc.Country},
				{text: "Celeborn", code: "LORGOV"}, {text: "Rhun", code: "RHU"}},
			[]string{"LORGOV>RHU:111"}},
		{"a possessor parsed as a subject beside the possessed name", `
1 Lorien Lorien PROPN 5 nsubj
2 's 's PART 1 case
3 minister minister NOUN 4 compound
4 Celeborn Celeborn PROPN 5 nsubj
5 condemned condemn VERB 0 root
6 Rhun Rhun PROPN 5 obj SpaceAfter=No
7 . . PUNCT 5 punct`,
			[]ment{{text: "Lorien", code: "LOR"}, {text: "Celeborn", code: "LORGOV"}, {text: "Rhun", code: "RHU"}},
			[]string{"LORGOV>RHU:111"}},
		{"a possessor parsed as a subject beside a noun that names no one stays the subject", `
1 Lorien Lorien PROPN 5 nsubj
2 's 's PART 1 case
3 new new ADJ 4 amod
4 envoy envoy NOUN 5 nsubj
5 condemned condemn VERB 0 root
6 Rhun Rhun PROPN 5 obj SpaceAfter=No
7 . . PUNCT 5 punct`,
			[]ment{{text: "Lorien", code: "LOR"}, {text: "Rhun", code: "RHU"}},
			[]string{"LOR>RHU:111"}},
		// a sentence read as one noun phrase, its verb an adjective of the
		// object: the object is the target; but a participle joined to its
		// agent by a hyphen is a modifier, not a predicate
		{"subject verb object read as one noun phrase", `
1 Lorien Lorien PROPN 2 amod
2 police police NOUN 4 compound
3 arrested arrest VERB 4 amod
4 traders trader NOUN 0 root SpaceAfter=No
5 . . PUNCT 4 punct`,
			[]ment{{text: "Lorien police", code: "LORCOP"}, {text: "traders", code: "BUS"}},
			[]string{"LORCOP>BUS:173"}},
		{"an agent-hyphen-participle modifier is no predicate", `
1 Lorien Lorien PROPN 3 compound
2 militia militia NOUN 3 compound
3 raid raid NOUN 8 nsubj
4 Rhun Rhun PROPN 6 obl:unmarked
5 - - PUNCT 4 punct
6 backed back VERB 8 amod xpos=VBN
7 border border NOUN 8 compound
8 posts post NOUN 0 root SpaceAfter=No
9 . . PUNCT 8 punct`,
			[]ment{{text: "Lorien militia", code: "LORMIL"}, {text: "Rhun", code: "RHU"}},
			nil},
		// a finite verb beside a bare participle: the participle is a
		// reduced relative, the verb the subject's predicate
		{"a verb hung as parataxis of a reduced relative", `
1 Lorien Lorien PROPN 3 nmod:poss
2 's 's PART 1 case
3 envoy envoy NOUN 7 nsubj:pass
4 , , PUNCT 6 punct
5 in in ADP 6 case
6 remarks remark NOUN 7 obl
7 published publish VERB 0 root xpos=VBN
8 Monday Monday PROPN 7 obl:tmod
9 , , PUNCT 10 punct
10 condemned condemn VERB 7 parataxis xpos=VBD
11 Rhun Rhun PROPN 10 obj SpaceAfter=No
12 . . PUNCT 7 punct`,
			[]ment{{text: "envoy", code: "LORGOV"}, {text: "Rhun", code: "RHU"}},
			[]string{"LORGOV>RHU:111"}},
		// a verb joins a predicate, not the noun the parse conjoins it to
		{"a verb conjoined to the object noun of the first verb", `
1 Lorien Lorien PROPN 2 nsubj
2 condemned condemn VERB 0 root
3 the the DET 4 det
4 raid raid NOUN 2 obj
5 and and CCONJ 6 cc
6 arrested arrest VERB 4 conj xpos=VBD
7 Rhun Rhun PROPN 8 compound
8 traders trader NOUN 6 obj SpaceAfter=No
9 . . PUNCT 2 punct`,
			[]ment{{text: "Lorien", code: "LOR"}, {text: "Rhun", code: "RHU"}},
			[]string{`LOR>"the raid":111`, "LOR>RHU:173"}},
		// a subject precedes its verb: a past tense misread as a reduced
		// relative of the noun before it has that noun as subject, whatever
		// noun after it the parse makes its passive subject
		{"a past tense read as a reduced relative with a passive subject after it", `
1 Lorien Lorien PROPN 0 root
2 attacked attack VERB 1 acl xpos=VBN
3 Rhun Rhun PROPN 2 obj
4 near near ADP 6 case
5 the the DET 6 det
6 border border NOUN 2 nsubj:pass SpaceAfter=No
7 . . PUNCT 1 punct`,
			[]ment{{text: "Lorien", code: "LOR"}, {text: "Rhun", code: "RHU"}},
			[]string{"LOR>RHU:190"}},
		// a noun between "and" and a finite verb is the verb's subject,
		// whatever the parse conjoined it to
		{"a subject conjoined to the first clause's complement", `
1 Lorien Lorien PROPN 2 nsubj
2 urged urge VERB 0 root
3 Rhun Rhun PROPN 2 obj
4 to to PART 5 mark
5 leave leave VERB 2 xcomp
6 and and CCONJ 7 cc
7 Dale Dale PROPN 5 conj
8 condemned condemn VERB 2 conj xpos=VBD
9 Rhun Rhun PROPN 8 obj SpaceAfter=No
10 . . PUNCT 2 punct`,
			[]ment{{text: "Lorien", code: "LOR"}, {text: "Rhun", code: "RHU"}, {text: "Dale", code: "DAL"},
				{text: "Rhun", code: "RHU", nth: 1}},
			[]string{"LOR>RHU:020", "DAL>RHU:111"}},
		// a list "A, B, and C" with B read as an apposition of A and C as a
		// second subject: three actors
		{"a list with its middle an apposition and its last a second subject", `
1 Lorien Lorien PROPN 8 nsubj
2 , , PUNCT 4 punct
3 the the DET 4 det
4 Dale Dale PROPN 1 appos
5 , , PUNCT 7 punct
6 and and CCONJ 7 cc
7 Rhun Rhun PROPN 8 nsubj
8 condemned condemn VERB 0 root
9 Harad Harad PROPN 8 obj SpaceAfter=No
10 . . PUNCT 8 punct`,
			[]ment{{text: "Lorien", code: "LOR", kind: doc.Country}, {text: "Dale", code: "DAL", kind: doc.Country},
				{text: "Rhun", code: "RHU", kind: doc.Country}, {text: "Harad", code: "HAR", kind: doc.Country}},
			[]string{"LOR>HAR:111", "DAL>HAR:111", "RHU>HAR:111"}},
		// "A, B, C and D" with B an apposition of A and "C and D" a second
		// subject: four actors
		{"a list split into an apposition and a second conjoined subject", `
1 Lorien Lorien PROPN 8 nsubj
2 , , PUNCT 3 punct
3 Dale Dale PROPN 1 appos
4 , , PUNCT 5 punct
5 Rhun Rhun PROPN 8 nsubj
6 and and CCONJ 7 cc
7 Bree Bree PROPN 5 conj
8 condemned condemn VERB 0 root
9 Harad Harad PROPN 8 obj SpaceAfter=No
10 . . PUNCT 8 punct`,
			[]ment{{text: "Lorien", code: "LOR", kind: doc.Country}, {text: "Dale", code: "DAL", kind: doc.Country},
				{text: "Rhun", code: "RHU", kind: doc.Country}, {text: "Bree", code: "BRE", kind: doc.Country},
				{text: "Harad", code: "HAR", kind: doc.Country}},
			[]string{"LOR>HAR:111", "DAL>HAR:111", "RHU>HAR:111", "BRE>HAR:111"}},
		// a sentence's opening noun phrase parsed as an unmarked oblique of
		// its verb is the subject; a time is not
		{"an opening noun phrase read as an unmarked oblique", `
1 Lorien Lorien ADJ 2 amod
2 police police NOUN 3 obl:unmarked
3 arrested arrest VERB 0 root xpos=VBN
4 Rhun Rhun PROPN 5 compound
5 traders trader NOUN 3 obj SpaceAfter=No
6 . . PUNCT 3 punct`,
			[]ment{{text: "Lorien police", code: "LORCOP"}, {text: "Rhun", code: "RHU"}},
			[]string{"LORCOP>RHU:173"}},
		{"an opening time read as an unmarked oblique is no subject", `
1 Last last ADJ 2 amod
2 week week NOUN 3 obl:unmarked
3 arrested arrest VERB 0 root xpos=VBN
4 Rhun Rhun PROPN 5 compound
5 traders trader NOUN 3 obj SpaceAfter=No
6 . . PUNCT 3 punct`,
			[]ment{{text: "Rhun", code: "RHU"}},
			nil},
		// a subject hung on its auxiliary belongs to the predicate, whether
		// the tagger calls the auxiliary AUX or VERB
		{"a subject hung on an auxiliary tagged as a verb", `
1 Lorien Lorien PROPN 2 nsubj
2 has have VERB 3 aux
3 condemned condemn VERB 0 root
4 Rhun Rhun PROPN 3 obj SpaceAfter=No
5 . . PUNCT 3 punct`,
			[]ment{{text: "Lorien", code: "LOR"}, {text: "Rhun", code: "RHU"}},
			[]string{"LOR>RHU:111"}},
		{"subject verb object read as one noun phrase with the object under the subject", `
1 Lorien Lorien ADJ 2 amod
2 police police NOUN 0 root
3 arrested arrest VERB 4 amod xpos=VBN
4 dozens dozen NOUN 2 nmod
5 of of ADP 7 case
6 Rhun Rhun PROPN 7 compound
7 traders trader NOUN 4 nmod SpaceAfter=No
8 . . PUNCT 2 punct`,
			[]ment{{text: "Lorien police", code: "LORCOP"}, {text: "Rhun traders", code: "RHUBUS"}},
			[]string{"LORCOP>RHUBUS:173"}},
		// a mediation's purpose clause names the sides, whether the parse
		// hangs it on the verb or on the effort
		{"a mediation effort's purpose clause on the verb", `
1 Lorien Lorien PROPN 2 nsubj
2 launched launch VERB 0 root
3 a a DET 5 det
4 mediation mediation NOUN 5 compound
5 effort effort NOUN 2 obj
6 to to PART 7 mark
7 end end VERB 2 advcl
8 the the DET 9 det
9 rift rift NOUN 7 obj
10 between between ADP 11 case
11 Rhun Rhun PROPN 9 nmod
12 and and CCONJ 13 cc
13 Harad Harad PROPN 11 conj SpaceAfter=No
14 . . PUNCT 2 punct`,
			[]ment{{text: "Lorien", code: "LOR"}, {text: "Rhun", code: "RHU"}, {text: "Harad", code: "HAR"}},
			[]string{"LOR>RHU:045", "LOR>HAR:045"}},
		// "Rhun government agreed to ..." read as a noun phrase with
		// "agreed" a reduced relative: a verb of intent takes its
		// to-clause, as complement or as adverbial, with the noun as subject
		{"an intent read as a reduced relative with an adverbial to-clause", `
1 Rhun Rhun ADJ 2 amod
2 government government NOUN 0 root
3 agreed agree VERB 2 acl xpos=VBN
4 to to PART 5 mark
5 free free VERB 3 advcl
6 Lorien Lorien ADJ 7 amod
7 prisoners prisoner NOUN 5 obj SpaceAfter=No
8 . . PUNCT 2 punct`,
			[]ment{{text: "Rhun government", code: "RHUGOV"}, {text: "Lorien prisoners", code: "LOR"}},
			[]string{"RHUGOV>LOR:0353~intended"}},
		// "held talks with X to discuss ..." parsed as a with-clause whose
		// subject is X: X is still whom the talks were with
		{"talks with X parsed as a with-clause", `
1 Lorien Lorien PROPN 2 nsubj
2 held hold VERB 0 root
3 talks talk NOUN 2 obj
4 with with ADP 7 mark
5 Rhun Rhun PROPN 7 nsubj
6 to to PART 7 mark
7 discuss discuss VERB 2 advcl
8 trade trade NOUN 7 obj SpaceAfter=No
9 . . PUNCT 2 punct`,
			[]ment{{text: "Lorien", code: "LOR"}, {text: "Rhun", code: "RHU"}},
			[]string{"LOR>RHU:040"}},
		// "called for X to withdraw": the call is on X to do the
		// infinitive, whether X is read as the for-phrase of "called" or,
		// as UD has it, as the subject "for" brings to the clause (its
		// "to" marks the clause, not X, so no "call to:T" appeal); the
		// withdrawal is asked for, not done
		{"called for X to act: for-phrase and infinitive", `
1 Lorien Lorien PROPN 2 nsubj
2 called call VERB 0 root
3 for for ADP 4 case
4 Rhun Rhun PROPN 2 obl
5 to to PART 6 mark
6 withdraw withdraw VERB 2 advcl
7 its its PRON 8 nmod:poss
8 troops troop NOUN 6 obj SpaceAfter=No
9 . . PUNCT 2 punct`,
			[]ment{{text: "Lorien", code: "LOR"}, {text: "Rhun", code: "RHU"}},
			[]string{"LOR>RHU:0256"}},
		{"called for X to act: X the clause's subject", `
1 Lorien Lorien PROPN 2 nsubj
2 called call VERB 0 root
3 for for SCONJ 6 mark
4 Rhun Rhun PROPN 6 nsubj
5 to to PART 6 mark
6 withdraw withdraw VERB 2 advcl
7 its its PRON 8 nmod:poss
8 troops troop NOUN 6 obj SpaceAfter=No
9 . . PUNCT 2 punct`,
			[]ment{{text: "Lorien", code: "LOR"}, {text: "Rhun", code: "RHU"}},
			[]string{"LOR>RHU:0256"}},
	})
}

// TestNamingCall: "call" with a predicate after its object names, it does
// not phone, however the parse hangs the predicate (and calling someone a
// liar denounces them); a time after the object is no predicate.
func TestNamingCall(t *testing.T) {
	ms := []ment{{text: "Erdogan", code: "TURGOV"}, {text: "Putin", code: "RUSGOV"}}
	runEventCases(t, []eventCase{
		{"the predicate as an unmarked oblique", `
1 Erdogan Erdogan PROPN 2 nsubj
2 called call VERB 0 root
3 Putin Putin PROPN 2 obj
4 a a DET 5 det
5 liar liar NOUN 2 obl:unmarked SpaceAfter=No
6 . . PUNCT 2 punct`, ms, []string{"TURGOV>RUSGOV:111"}},
		{"the predicate as an xcomp", `
1 Erdogan Erdogan PROPN 2 nsubj
2 called call VERB 0 root
3 Putin Putin PROPN 2 obj
4 a a DET 5 det
5 liar liar NOUN 2 xcomp SpaceAfter=No
6 . . PUNCT 2 punct`, ms, []string{"TURGOV>RUSGOV:111"}},
		{"a time after the object", `
1 Erdogan Erdogan PROPN 2 nsubj
2 called call VERB 0 root
3 Putin Putin PROPN 2 obj
4 last last ADJ 5 amod
5 week week NOUN 2 obl:unmarked SpaceAfter=No
6 . . PUNCT 2 punct`, ms, []string{"TURGOV>RUSGOV:041"}},
	})
}

// TestSplitPassiveSubject: a title the parse split off as a passive
// subject of its own does not hide the name beside it.
func TestSplitPassiveSubject(t *testing.T) {
	runEventCases(t, []eventCase{
		{"leader and name both nsubj:pass", `
1 The the DET 3 det
2 Palestinian Palestinian ADJ 3 amod
3 leader leader NOUN 7 nsubj:pass
4 Yasir Yasir PROPN 7 nsubj:pass
5 Arafat Arafat PROPN 4 flat
6 was be AUX 7 aux:pass
7 criticized criticize VERB 0 root xpos=VBN
8 by by ADP 10 case
9 US US PROPN 10 compound
10 officials official NOUN 7 obl:agent SpaceAfter=No
11 . . PUNCT 7 punct`,
			[]ment{{text: "Yasir Arafat", code: "PSEGOV"}, {text: "US officials", code: "USAGOV"}},
			[]string{"USAGOV>PSEGOV:110"}},
	})
}

// TestParticipleDoer: an active participle modifying a noun is done by that
// noun, not by the sentence's subject.
func TestParticipleDoer(t *testing.T) {
	runEventCases(t, []eventCase{
		{"the modified noun acts", `
1 Turkey Turkey PROPN 2 nsubj
2 jailed jail VERB 0 root
3 a a DET 5 det
4 British British ADJ 5 amod
5 soldier soldier NOUN 2 obj
6 fighting fight VERB 5 acl xpos=VBG
7 ISIS ISIS PROPN 6 obj SpaceAfter=No
8 . . PUNCT 2 punct`,
			[]ment{{text: "Turkey", code: "TUR"}, {text: "British soldier", code: "GBRMIL"}, {text: "ISIS", code: "IMGMOSISI"}},
			[]string{"TUR>GBRMIL:173", "GBRMIL>IMGMOSISI:190"}},
		{"a noun's infinitive is done by whoever the noun is of", `
1 Ankara Ankara PROPN 2 nsubj
2 condemned condemn VERB 0 root
3 Trump Trump PROPN 5 nmod:poss
4 's 's PART 3 case
5 decision decision NOUN 2 obj
6 to to PART 7 mark
7 withdraw withdraw VERB 5 acl
8 troops troop NOUN 7 obj
9 from from ADP 10 case
10 Syria Syria PROPN 7 obl SpaceAfter=No
11 . . PUNCT 2 punct`,
			[]ment{{text: "Ankara", code: "TUR"}, {text: "Trump", code: "USAGOV"}, {text: "troops", code: "USAMIL"}, {text: "Syria", code: "SYR"}},
			[]string{"TUR>USAGOV:111", "USAGOV>SYR:0356~intended"}},
		{"an unknown doer is no one's", `
1 Turkey Turkey PROPN 2 nsubj
2 jailed jail VERB 0 root
3 a a DET 4 det
4 man man NOUN 2 obj
5 fighting fight VERB 4 acl xpos=VBG
6 ISIS ISIS PROPN 5 obj SpaceAfter=No
7 . . PUNCT 2 punct`,
			[]ment{{text: "Turkey", code: "TUR"}, {text: "ISIS", code: "IMGMOSISI"}},
			[]string{`TUR>"a man":173`}},
	})
}

// TestNationalityHeadedSubject: a sentence-initial nationality the parse
// took for the head of the subject (an adverbial clause) does not hide the
// name below it.
func TestNationalityHeadedSubject(t *testing.T) {
	runEventCases(t, []eventCase{
		{"Afghan President Ashraf Ghani announced", `
1 Afghan Afghan ADJ 6 advcl
2 President President PROPN 3 nmod:desc
3 Ashraf Ashraf PROPN 1 obl
4 Ghani Ghani PROPN 3 flat
5 then then ADV 6 advmod
6 met meet VERB 0 root xpos=VBD
7 Taliban Taliban PROPN 6 obj SpaceAfter=No
8 . . PUNCT 6 punct`,
			[]ment{{text: "Ashraf Ghani", code: "AFGGOV"}, {text: "Taliban", code: "AFGREB"}},
			[]string{"AFGGOV>AFGREB:040"}},
	})
}

// TestWhatItCalled: "what it called the crumbling regime" names; it does
// not phone.
func TestWhatItCalled(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a relative clause on what", `
1 Tehran Tehran PROPN 2 nsubj
2 denounced denounce VERB 0 root
3 what what PRON 2 obj
4 it it PRON 5 nsubj
5 called call VERB 3 acl:relcl
6 the the DET 7 det
7 regime regime NOUN 5 obj
8 in in ADP 9 case
9 Iraq Iraq PROPN 5 obl SpaceAfter=No
10 . . PUNCT 2 punct`,
			[]ment{{text: "Tehran", code: "IRN"}, {text: "it", code: "IRN"}, {text: "regime", code: "IRQGOV"}, {text: "Iraq", code: "IRQ"}},
			nil},
	})
}

// TestMistaggedPastAndDocuments: a past tense the tagger called an
// adjective of its object still acts, and a resolution's participle says
// what its authors say (a resolution to act is only wanted).
func TestMistaggedPastAndDocuments(t *testing.T) {
	runEventCases(t, []eventCase{
		{"past tense tagged JJ", `
1 The the DET 4 det
2 US US PROPN 4 compound
3 imposed imposed ADJ 4 amod
4 sanctions sanction NOUN 0 root
5 on on ADP 6 case
6 Iran Iran PROPN 4 nmod SpaceAfter=No
7 . . PUNCT 4 punct`,
			[]ment{{text: "US", code: "USA"}, {text: "Iran", code: "IRN"}},
			[]string{"USA>IRN:163"}},
		{"subject, verb and object read as one noun phrase with a conjunct", `
1 Cuban Cuban ADJ 2 amod
2 authorities authority NOUN 0 root
3 arrested arrest VERB 4 amod
4 dozens dozen NOUN 2 conj
5 of of ADP 6 case
6 dissidents dissident NOUN 4 nmod SpaceAfter=No
7 . . PUNCT 2 punct`,
			[]ment{{text: "Cuban authorities", code: "CUBGOV"}, {text: "dissidents", code: "OPP"}},
			[]string{"CUBGOV>OPP:173"}},
		{"a resolution condemning", `
1 Council council PROPN 2 nsubj
2 passed pass VERB 0 root
3 a a DET 4 det
4 resolution resolution NOUN 2 obj
5 condemning condemn VERB 4 acl xpos=VBG
6 Pyongyang Pyongyang PROPN 5 obj SpaceAfter=No
7 . . PUNCT 2 punct`,
			[]ment{{text: "Council", code: "IGOUNO"}, {text: "Pyongyang", code: "PRK"}},
			[]string{"IGOUNO>PRK:111"}},
	})
}

// TestFramedUnnamedTarget: what a frame's complement is done to may be
// people no dictionary codes: "threatened to kill hostages".
func TestFramedUnnamedTarget(t *testing.T) {
	runEventCases(t, []eventCase{
		{"threatened to kill hostages", `
1 Hamas Hamas PROPN 2 nsubj
2 threatened threaten VERB 0 root
3 to to PART 4 mark
4 kill kill VERB 2 xcomp
5 hostages hostage NOUN 4 obj SpaceAfter=No
6 . . PUNCT 2 punct`,
			[]ment{{text: "Hamas", code: "PSEREB"}},
			[]string{`PSEREB>"hostages":138~conditional`}},
	})
}

// TestArmedClash: armed forces that clash fight (190); protesters who
// clash with police riot (145).
func TestArmedClash(t *testing.T) {
	tree := `
1 Troops troop NOUN 2 nsubj
2 clashed clash VERB 0 root
3 with with ADP 4 case
4 soldiers soldier NOUN 2 obl SpaceAfter=No
5 . . PUNCT 2 punct`
	runEventCases(t, []eventCase{
		{"armed forces", tree, []ment{{text: "Troops", code: "INDMIL"}, {text: "soldiers", code: "CHNMIL"}}, []string{"INDMIL>CHNMIL:190"}},
		{"protesters", tree, []ment{{text: "Troops", code: "INDOPP"}, {text: "soldiers", code: "INDCOP"}}, []string{"INDOPP>INDCOP:145"}},
	})
}

// TestNoLonger: what one no longer does is not done.
func TestNoLonger(t *testing.T) {
	runEventCases(t, []eventCase{
		{"no longer", `
1 Russia Russia PROPN 4 nsubj
2 no no ADV 3 advmod
3 longer long ADV 4 advmod
4 supplies supply VERB 0 root
5 aid aid NOUN 4 obj
6 to to ADP 7 case
7 Syria Syria PROPN 4 obl SpaceAfter=No
8 . . PUNCT 4 punct`,
			[]ment{{text: "Russia", code: "RUS"}, {text: "Syria", code: "SYR"}},
			nil},
	})
}

// TestCondemnedActIsNotTheCondemners: an attack that is condemned in the
// passive is not the condemner's attack.
func TestCondemnedActIsNotTheCondemners(t *testing.T) {
	runEventCases(t, []eventCase{
		{"passive condemnation", `
1 The the DET 2 det
2 attack attack NOUN 7 nsubj:pass
3 on on ADP 5 case
4 the the DET 5 det
5 embassy embassy NOUN 2 nmod
6 was be AUX 7 aux:pass
7 condemned condemn VERB 0 root xpos=VBN
8 by by ADP 9 case
9 Tehran Tehran PROPN 7 obl:agent SpaceAfter=No
10 . . PUNCT 7 punct`,
			[]ment{{text: "embassy", code: "ISRGOV"}, {text: "Tehran", code: "IRN"}},
			[]string{`IRN>"The attack":111`}}, // aimed at whoever attacked, not at the embassy hit
	})
}

// TestAuxiliaryReadAsVerb: "had" read as the verb of a that-clause, with the
// participle conjoined to the main verb, still gives the participle its
// subject.
func TestAuxiliaryReadAsVerb(t *testing.T) {
	runEventCases(t, []eventCase{
		{"had refused", `
1 Blinken Blinken PROPN 2 nsubj
2 regretted regret VERB 0 root
3 that that SCONJ 5 mark
4 Moscow Moscow PROPN 5 nsubj
5 had have VERB 2 ccomp xpos=VBD
6 refused refuse VERB 2 conj xpos=VBD
7 to to PART 8 mark
8 meet meet VERB 6 xcomp
9 Kyiv Kyiv PROPN 8 obj SpaceAfter=No
10 . . PUNCT 2 punct`,
			[]ment{{text: "Blinken", code: "USAGOV"}, {text: "Moscow", code: "RUS"}, {text: "Kyiv", code: "UKR"}},
			[]string{"USAGOV>RUS:012", "RUS>UKR:125"}}, // regretting what Moscow did; Moscow's refusal, not Blinken's
	})
}

// TestToldWhatIsExpected: telling someone what is expected to happen
// demands nothing of them, also where the parse makes the reported clause
// an infinitive of "told" (a finite clause, with its auxiliary); telling
// them to act, or that they must, does.
func TestToldWhatIsExpected(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a finite clause parsed as told's infinitive", `
1 Kenya Kenya PROPN 2 nsubj
2 told tell VERB 0 root
3 Uganda Uganda PROPN 2 iobj
4 the the DET 5 det
5 bank bank NOUN 3 appos
6 is be AUX 7 aux:pass
7 expected expect VERB 2 xcomp xpos=VBN
8 to to PART 9 mark
9 approve approve VERB 7 xcomp
10 the the DET 11 det
11 brokers broker NOUN 9 obj SpaceAfter=No
12 . . PUNCT 2 punct`,
			[]ment{{text: "Kenya", code: "KEN"}, {text: "Uganda", code: "UGA"}},
			nil},
	})
}

// TestDocumentAndResultative: what a document says, its author says,
// with the document's own phrases between it and the participle, and an
// author its by-phrase names; "set X free" is a release like "set free X".
func TestDocumentAndResultative(t *testing.T) {
	runEventCases(t, []eventCase{
		{"a letter to someone threatening", `
1 Lorien Lorien PROPN 3 nsubj
2 has have AUX 3 aux
3 sent send VERB 0 root
4 a a DET 5 det
5 letter letter NOUN 3 obj
6 to to ADP 8 case
7 the the DET 8 det
8 chief chief NOUN 5 nmod
9 of of ADP 11 case
10 the the DET 11 det
11 Bank Bank PROPN 8 nmod
12 threatening threaten VERB 5 acl xpos=VBG
13 to to PART 14 mark
14 pull pull VERB 12 xcomp
15 its its PRON 16 nmod:poss
16 funding funding NOUN 14 obj SpaceAfter=No
17 . . PUNCT 3 punct`,
			[]ment{{text: "Lorien", code: "LOR"}, {text: "Bank", code: "IGOBNK"}},
			[]string{"LOR>IGOBNK:130~conditional"}},
		{"a report by its ministry accusing", `
1 Lorien Lorien PROPN 2 nsubj
2 released release VERB 0 root
3 a a DET 4 det
4 report report NOUN 2 obj
5 by by ADP 8 case
6 its its PRON 8 nmod:poss
7 interior interior ADJ 8 amod
8 ministry ministry NOUN 4 nmod
9 accusing accuse VERB 4 acl xpos=VBG
10 Rhun Rhun PROPN 9 obj
11 of of SCONJ 12 mark
12 arming arm VERB 9 advcl xpos=VBG
13 rebels rebel NOUN 12 obj SpaceAfter=No
14 . . PUNCT 2 punct`,
			[]ment{{text: "Lorien", code: "LOR"}, {text: "interior ministry", code: "LORGOV"}, {text: "Rhun", code: "RHU"}},
			[]string{"LORGOV>RHU:112"}},
		{"set the hostages free", `
1 Lorien Lorien PROPN 2 nsubj
2 set set VERB 0 root
3 the the DET 4 det
4 hostages hostage NOUN 2 obj
5 free free ADJ 2 xcomp SpaceAfter=No
6 . . PUNCT 2 punct`,
			[]ment{{text: "Lorien", code: "LOR"}},
			[]string{"LOR>:0841"}},
	})
}

// TestHeldResponsible: holding someone responsible accuses them (112),
// only with a verdict word and only of someone the object names; and
// what one demands is no one told to act, so a to-clause after it is a
// purpose and the demand's from-phrase names whom it is made of.
func TestHeldResponsible(t *testing.T) {
	const held = `
1 Lorien Lorien PROPN 2 nsubj
2 held hold VERB 0 root
3 Rhun Rhun PROPN 2 obj
4 %s %s ADJ 2 xcomp
5 for for ADP 7 case
6 the the DET 7 det
7 raid raid NOUN 4 obl SpaceAfter=No
8 . . PUNCT 2 punct`
	lr := []ment{{text: "Lorien", code: "LOR"}, {text: "Rhun", code: "RHU"}}
	runEventCases(t, []eventCase{
		{"held responsible", fmt.Sprintf(held, "responsible", "responsible"), lr, []string{"LOR>RHU:112"}},
		{"held hostage", fmt.Sprintf(held, "hostage", "hostage"), lr, nil},
		{"held no one the text names responsible", `
1 Lorien Lorien PROPN 2 nsubj
2 held hold VERB 0 root
3 the the DET 4 det
4 west west NOUN 2 obj
5 responsible responsible ADJ 2 xcomp
6 for for ADP 7 case
7 Rhun Rhun PROPN 5 obl SpaceAfter=No
8 . . PUNCT 2 punct`, lr, nil},
		{"demanded support from X to deal with floods", `
1 Lorien Lorien PROPN 2 nsubj
2 demanded demand VERB 0 root
3 support support NOUN 2 obj
4 from from ADP 5 case
5 Rhun Rhun PROPN 3 nmod
6 to to PART 7 mark
7 deal deal VERB 2 advcl
8 with with ADP 9 case
9 floods flood NOUN 7 obl SpaceAfter=No
10 . . PUNCT 2 punct`, lr, []string{"LOR>RHU:100"}},
	})
}
