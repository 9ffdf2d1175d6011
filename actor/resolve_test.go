package actor

import (
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
	d := parsed(t, docTitles, "2023-03-10")
	if err := New(testLex()).Annotate(d); err != nil {
		t.Fatal(err)
	}
	checkRows(t, d, []row{
		{"Antony Blinken", "person", "USAGOV", ""},
		{"he", "pronoun", "USAGOV", "Antony Blinken"},
		{"Sergey Lavrov", "person", "RUSGOV", ""},
		{"Geneva", "unknown", "", ""},
		{"him", "pronoun", "RUSGOV", "Sergey Lavrov"},
		{"Moscow", "place-as-actor", "RUS", ""},
		{"its", "pronoun", "RUS", "Moscow"},
		{"the foreign minister", "nominal", "RUSGOV", "Sergey Lavrov"},
		{"he", "pronoun", "USAGOV", "he"},
		{"Lavrov", "person", "RUSGOV", "Sergey Lavrov"},
		{"the top U.S. diplomat", "nominal", "USAGOV", "Antony Blinken"},
		{"he", "pronoun", "USAGOV", "the top U.S. diplomat"},
		{"Moscow", "place-as-actor", "RUS", ""},
		{"New START", "other", "", ""},
	})
	// evidence names the entries or the rule
	for i, want := range map[int]string{0: "title: test.txt:15 + test.txt:30", 1: "coref:pronoun", 5: "test.txt:16",
		7: "coref:description", 9: "coref:surname"} {
		if got := d.Mentions[i].Actor.Entry; got != want {
			t.Errorf("mention %d %q: evidence %q, want %q", i, d.Text(d.Mentions[i].Span), got, want)
		}
	}
}
