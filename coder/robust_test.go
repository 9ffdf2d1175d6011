package coder

import "testing"

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
	})
}
