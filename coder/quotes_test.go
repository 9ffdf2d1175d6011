package coder

import (
	"strings"
	"testing"
	"time"

	"dyad/doc"
)

// flatDoc tokenises text with the test tokeniser; every word is X and hangs
// off its sentence's first token, except the verbs given as lemma by form.
func flatDoc(t *testing.T, text string, verbs map[string]string, ms ...ment) *doc.Doc {
	t.Helper()
	d := doc.New(doc.Article{Text: text, Published: time.Date(2024, 5, 10, 0, 0, 0, 0, time.UTC)}) // a Friday
	tokenizeForTest(d)
	for _, s := range d.Sentences {
		for i := s.Tokens.Start; i < s.Tokens.End; i++ {
			tk := &d.Tokens[i]
			if i == s.Tokens.Start {
				tk.Head, tk.Dep = -1, doc.Root
			} else {
				tk.Head, tk.Dep = s.Tokens.Start, doc.Dep
			}
			if l, ok := verbs[d.TokenText(int(i))]; ok {
				tk.Lemma, tk.UPOS = l, doc.VERB
			}
		}
	}
	addMentions(t, d, ms...)
	return d
}

func TestQuotes(t *testing.T) {
	type q struct {
		starts, speaker string
		partial         bool
	}
	cases := []struct {
		name  string
		text  string
		ments []ment
		want  []q
	}{
		{"trailing cue, straight marks",
			`"We will not back down," Mendez said.`,
			[]ment{{text: "Mendez", code: "MEXGOV"}},
			[]q{{"We will not back down", "Mendez", false}}},
		{"curly marks, cue before with a colon",
			"Okafor told reporters: “The border stays open.”",
			[]ment{{text: "Okafor", code: "NGAGOV"}},
			[]q{{"The border stays open.", "Okafor", false}}},
		{"partial quote inside the writer's sentence",
			`Lindqvist called the plan "a reckless gamble" on Monday.`,
			[]ment{{text: "Lindqvist", code: "SWEGOV"}},
			[]q{{"a reckless gamble", "Lindqvist", true}}},
		{"cue verb then speaker",
			`"Nothing was agreed," said Haddad.`,
			[]ment{{text: "Haddad", code: "JORGOV"}},
			[]q{{"Nothing was agreed", "Haddad", false}}},
		{"a quotation broken by its cue and run on over paragraphs is one quote in pieces",
			"\"We came to talk,\" Ivanova said. \"We stayed to listen.\n\n\"And we will come back.\"\n\n\"That is all,\" Brandt said.",
			[]ment{{text: "Ivanova", code: "RUSGOV"}, {text: "Brandt", code: "DEUGOV"}},
			[]q{{"We came to talk, / We stayed to listen. / And we will come back.", "Ivanova", false}, {"That is all", "Brandt", false}}},
		{"two apostrophes for a double mark",
			"''Nothing was agreed,'' Haddad said.",
			[]ment{{text: "Haddad", code: "JORGOV"}},
			[]q{{"Nothing was agreed", "Haddad", false}}},
		{"two curly single marks for a double one, closing a curly double",
			"“We will not sign,’’ Haddad said. “Then we talk again.’’ He left.",
			[]ment{{text: "Haddad", code: "JORGOV"}},
			[]q{{"We will not sign, / Then we talk again.", "Haddad", false}}},
		{"single curly marks pair up; an apostrophe does not close them",
			"Haddad said: ‘We don’t sign.’ The talks ended.",
			[]ment{{text: "Haddad", code: "JORGOV"}},
			[]q{{"We don’t sign.", "Haddad", false}}},
		{"single marks inside double ones stay part of the quote",
			"“They said ‘no’ twice,” Haddad said.",
			[]ment{{text: "Haddad", code: "JORGOV"}},
			[]q{{"They said ‘no’ twice", "Haddad", false}}},
		{"trailing cue past an appositive",
			`"We will not back down," Mendez, the interior minister, said on Monday.`,
			[]ment{{text: "Mendez", code: "MEXGOV", kind: doc.Person}},
			[]q{{"We will not back down", "Mendez", false}}},
		{"a question mark ends the sentence; the cue follows; the next piece is the same quotation",
			`"Who pays?" Mendez asked. "Not us."`,
			[]ment{{text: "Mendez", code: "MEXGOV", kind: doc.Person}},
			[]q{{"Who pays? / Not us.", "Mendez", false}}},
		{"a quotation broken by its cue is one quote in pieces",
			`"We came to talk," Ivanova said, "and to listen."`,
			[]ment{{text: "Ivanova", code: "RUSGOV"}},
			[]q{{"We came to talk, / and to listen.", "Ivanova", false}}},
		{"quotes next to each other are one quotation",
			`"We came." "We talked," Ivanova said.`,
			[]ment{{text: "Ivanova", code: "RUSGOV"}},
			[]q{{"We came. / We talked,", "Ivanova", false}}},
		{"a quote after a sentence of the writer's is a new quotation",
			`"We came," Ivanova said. She left at noon. "We talked."`,
			[]ment{{text: "Ivanova", code: "RUSGOV"}},
			[]q{{"We came", "Ivanova", false}, {"We talked.", "Ivanova", false}}},
		{"a quotation broken by a cue whose speaker has no mention is still one quote",
			`"We came," the letter reads, "and we stayed."`,
			nil,
			[]q{{"We came, / and we stayed.", "", false}}},
		{"a quote run on over paragraphs takes the speaker its last piece names",
			"\"We came to talk.\n\n\"We stayed,\" Ivanova said.",
			[]ment{{text: "Ivanova", code: "RUSGOV"}},
			[]q{{"We came to talk. / We stayed,", "Ivanova", false}}},
		{"another speaker's cue between two quotes keeps them apart",
			`"We came," Ivanova said. "We talked," Brandt said.`,
			[]ment{{text: "Ivanova", code: "RUSGOV"}, {text: "Brandt", code: "DEUGOV"}},
			[]q{{"We came", "Ivanova", false}, {"We talked", "Brandt", false}}},
		{"a quote signed with a dash",
			`"We stay." - Ana Ruiz`,
			[]ment{{text: "Ana Ruiz", kind: doc.Person}},
			[]q{{"We stay.", "Ana Ruiz", false}}},
		{"a colon introduction in the paragraph before",
			"Mendez said:\n\n\"We will not back down.\"",
			[]ment{{text: "Mendez", code: "MEXGOV", kind: doc.Person}},
			[]q{{"We will not back down.", "Mendez", false}}},
		{"a cue whose speaker has no mention is not the previous speaker",
			"\"We agreed,\" Mendez said.\n\n\"The deal is done,\" the letter reads.",
			[]ment{{text: "Mendez", code: "MEXGOV", kind: doc.Person}},
			[]q{{"We agreed", "Mendez", false}, {"The deal is done", "", false}}},
		{"a speaker with no code is still the speaker",
			`"It was cold," Ana Ruiz said.`,
			[]ment{{text: "Ana Ruiz", kind: doc.Person}},
			[]q{{"It was cold", "Ana Ruiz", false}}},
		{"a name in quotation marks inside prose is no quote; a cry is",
			`Mendez went on the show "Face the Nation" and the crowd chanted "Viva Mexico!" twice.`,
			[]ment{{text: "Mendez", code: "MEXGOV", kind: doc.Person}},
			[]q{{"Viva Mexico!", "", true}}},
		{"according to before the quote",
			`According to Silva, "they walked out."`,
			[]ment{{text: "Silva", code: "BRAGOV", kind: doc.Person}},
			[]q{{"they walked out.", "Silva", false}}},
		{"a cue verb the lemma table does not know, by its inflection",
			`Silva, tweeting, "We walked out."`,
			[]ment{{text: "Silva", code: "BRAGOV", kind: doc.Person}},
			[]q{{"We walked out.", "Silva", false}}},
		{"according to",
			`The talks failed, according to Silva. "They walked out."`,
			[]ment{{text: "Silva", code: "BRAGOV"}},
			[]q{{"They walked out.", "", false}}},
		{"unbalanced mark: quote runs to the paragraph end",
			`Moreau said "we are ready to talk.`,
			[]ment{{text: "Moreau", code: "FRAGOV"}},
			[]q{{"we are ready to talk.", "Moreau", true}}},
	}
	verbs := map[string]string{"said": "say", "told": "tell", "called": "call", "asked": "ask", "reads": "read", "tweeting": "tweeting"}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := flatDoc(t, tc.text, verbs, tc.ments...)
			New(nil, Options{}).Annotate(d)
			var got []string
			for _, qq := range d.Quotes {
				if qq.Direct == qq.Partial {
					t.Errorf("quote %q: Direct %v, Partial %v: a quotation is direct, a fragment quoted in the writer's sentence not", d.Text(qq.Span), qq.Direct, qq.Partial)
				}
				sp := ""
				if qq.Speaker >= 0 {
					sp = d.Text(d.Mentions[qq.Speaker].Span)
				}
				got = append(got, piecesText(d, &qq)+"|"+sp+"|"+map[bool]string{true: "partial", false: "direct"}[qq.Partial])
			}
			var want []string
			for _, w := range tc.want {
				want = append(want, w.starts+"|"+w.speaker+"|"+map[bool]string{true: "partial", false: "direct"}[w.partial])
			}
			if len(got) != len(want) {
				t.Fatalf("quotes:\n got %q\nwant %q", got, want)
			}
			for i := range want {
				if !strings.HasPrefix(got[i], strings.SplitN(want[i], "|", 2)[0]) || !strings.HasSuffix(got[i], "|"+strings.SplitN(want[i], "|", 2)[1]) {
					t.Errorf("quote %d: got %q want %q", i, got[i], want[i])
				}
			}
		})
	}
}

func TestQuoteDiagnostics(t *testing.T) {
	d := flatDoc(t, `Moreau said "we are ready to talk.`, map[string]string{"said": "say"}, ment{text: "Moreau", code: "FRAGOV"})
	New(nil, Options{}).Annotate(d)
	if len(d.Diagnostics) != 1 || !strings.Contains(d.Diagnostics[0].Msg, "never closed") {
		t.Errorf("diagnostics %+v", d.Diagnostics)
	}
}

func TestPartialQuoteTakesTheSubject(t *testing.T) {
	// no cue verb: the fragment is the words of the sentence's subject
	d := parse(t, `
1 Ortiz Ortiz PROPN 2 nsubj
2 likened liken VERB 0 root
3 the the DET 4 det
4 plan plan NOUN 2 obj
5 to to SCONJ 7 mark
6 " " PUNCT 7 punct SpaceAfter=No
7 shredding shred VERB 2 advcl
8 the the DET 9 det
9 Charter Charter PROPN 7 obj SpaceAfter=No
10 " " PUNCT 7 punct SpaceAfter=No
11 . . PUNCT 2 punct`)
	addMentions(t, d, ment{text: "Ortiz", code: "USAELI"})
	New(nil, Options{}).Annotate(d)
	// (and, three words with a verb, a piece of what his verb says)
	if len(d.Quotes) != 1 || d.Quotes[0].Speaker != 0 || d.Quotes[0].Partial || d.Text(d.Quotes[0].Span) != `the plan to "shredding the Charter"` ||
		len(d.Quotes[0].Pieces) != 1 || d.Text(d.Quotes[0].Pieces[0]) != "shredding the Charter" {
		t.Errorf("quotes %+v", d.Quotes)
	}
}

func TestPartialQuoteInReportedClause(t *testing.T) {
	// the fragment is verbatim words inside the reported clause: one
	// indirect quote, the clause, with the fragment as its piece
	d := parse(t, `
1 Blinken Blinken PROPN 2 nsubj
2 said say VERB 0 root
3 Moscow Moscow PROPN 6 nsubj
4 should should AUX 6 aux
5 " " PUNCT 6 punct SpaceAfter=No
6 reverse reverse VERB 2 ccomp
7 its its PRON 8 nmod:poss
8 decision decision NOUN 6 obj SpaceAfter=No
9 " " PUNCT 6 punct
10 soon soon ADV 6 advmod SpaceAfter=No
11 . . PUNCT 2 punct`)
	addMentions(t, d, ment{text: "Blinken", code: "USAGOV"}, ment{text: "Moscow", code: "RUS"})
	New(nil, Options{}).Annotate(d)
	if len(d.Quotes) != 1 {
		t.Fatalf("quotes %+v, want one", d.Quotes)
	}
	q := d.Quotes[0]
	if q.Direct || q.Partial || q.Speaker != 0 || d.Text(q.Span) != `Moscow should "reverse its decision" soon` ||
		len(q.Pieces) != 1 || d.Text(q.Pieces[0]) != "reverse its decision" {
		t.Errorf("quote %+v %q", q, d.Text(q.Span))
	}
}

func TestPartialQuoteUnderCueVerb(t *testing.T) {
	// no reported clause, but a cue verb governs the fragment: what the
	// verb says is the indirect quote, the fragment its piece
	d := parse(t, `
1 Lindqvist Lindqvist PROPN 2 nsubj
2 called call VERB 0 root
3 the the DET 4 det
4 plan plan NOUN 2 obj
5 " " PUNCT 8 punct SpaceAfter=No
6 a a DET 8 det
7 reckless reckless ADJ 8 amod
8 gamble gamble NOUN 2 xcomp SpaceAfter=No
9 " " PUNCT 8 punct
10 on on ADP 11 case
11 Monday Monday PROPN 2 obl SpaceAfter=No
12 . . PUNCT 2 punct`)
	addMentions(t, d, ment{text: "Lindqvist", code: "SWEGOV"})
	New(nil, Options{}).Annotate(d)
	if len(d.Quotes) != 1 {
		t.Fatalf("quotes %+v, want one", d.Quotes)
	}
	q := d.Quotes[0]
	if q.Direct || q.Speaker != 0 || d.Text(q.Span) != `the plan "a reckless gamble" on Monday` ||
		len(q.Pieces) != 1 || d.Text(q.Pieces[0]) != "a reckless gamble" || d.Text(q.Cue) != "called" {
		t.Errorf("quote %+v %q", q, d.Text(q.Span))
	}
}

func TestStrayStraightMark(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // quote texts
		stray      bool     // a "stray" diagnostic
	}{
		{"a straight mark opening a paragraph of curly text is a stray",
			"\"Kevin slept.\n\nRuiz said: “We won.”", []string{"We won."}, true},
		{"a closing curly mark typed where a quote opens",
			"Ruiz said: ”We won.” Then “fine” was all.", []string{"We won.", "fine"}, false},
		{"a straight mark after a colon opens a block quote",
			"Ruiz wrote: \"We won.\n\n\"We stay.\" Then “fine” was all.", []string{"We won. / We stay.", "fine"}, false},
		{"a markup attribute's value is no quote",
			"<tweet author=\"carl\" id=\"77\">We won.</tweet> \"Fine,\" Ruiz said.", []string{"Fine,"}, false},
		{"without curly marks a straight mark runs to the paragraph end",
			"Ruiz said \"we won.\n\nThe end.", []string{"we won."}, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := flatDoc(t, tc.text, map[string]string{"said": "say", "wrote": "write"})
			New(nil, Options{}).Annotate(d)
			var got []string
			for _, q := range d.Quotes {
				got = append(got, piecesText(d, &q))
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("quotes %q, want %q", got, tc.want)
			}
			stray := false
			for _, dg := range d.Diagnostics {
				stray = stray || strings.Contains(dg.Msg, "stray")
			}
			if stray != tc.stray {
				t.Errorf("stray diagnostic %v, want %v (%+v)", stray, tc.stray, d.Diagnostics)
			}
		})
	}
}

func TestIndirectQuote(t *testing.T) {
	// "Mendez said that the border stays open ." : the ccomp is the quote
	d := parse(t, `
1 Mendez Mendez PROPN 2 nsubj
2 said say VERB 0 root
3 that that SCONJ 6 mark
4 the the DET 5 det
5 border border NOUN 6 nsubj
6 stays stay VERB 2 ccomp
7 open open ADJ 6 xcomp SpaceAfter=No
8 . . PUNCT 2 punct`)
	addMentions(t, d, ment{text: "Mendez", code: "MEXGOV", kind: doc.Person})
	New(nil, Options{}).Annotate(d)
	if len(d.Quotes) != 1 {
		t.Fatalf("quotes %+v", d.Quotes)
	}
	q := d.Quotes[0]
	if d.Text(q.Span) != "the border stays open" || q.Direct || q.Partial || q.Speaker != 0 || d.Text(q.Cue) != "said" {
		t.Errorf("quote %q direct=%v partial=%v speaker=%d cue=%q", d.Text(q.Span), q.Direct, q.Partial, q.Speaker, d.Text(q.Cue))
	}
}

func TestIndirectQuoteNeedsASpeaker(t *testing.T) {
	// "It was said that the border stays open ." : no speaker, no quote
	d := parse(t, `
1 It it PRON 3 expl
2 was be AUX 3 aux
3 said say VERB 0 root
4 that that SCONJ 7 mark
5 the the DET 6 det
6 border border NOUN 7 nsubj
7 stays stay VERB 3 ccomp
8 open open ADJ 7 xcomp SpaceAfter=No
9 . . PUNCT 3 punct`)
	New(nil, Options{}).Annotate(d)
	if len(d.Quotes) != 0 {
		t.Errorf("quotes %+v", d.Quotes)
	}
}

// TestIndirectQuoteTrailingCueAndAccordingTo: "according to X" at either
// end of its sentence attributes the rest of it to X, however the parse
// hung the phrase, and an appositive after X is not what X says.
func TestIndirectQuoteTrailingCueAndAccordingTo(t *testing.T) {
	cases := []struct{ name, conllu, mention, want string }{
		{"a trailing cue in parataxis", `
1 The the DET 2 det
2 talks talk NOUN 3 nsubj
3 failed fail VERB 0 root SpaceAfter=No
4 , , PUNCT 6 punct
5 Silva Silva PROPN 6 nsubj
6 said say VERB 3 parataxis SpaceAfter=No
7 . . PUNCT 3 punct`, "Silva", "The talks failed"},
		{"according to", `
1 According accord VERB 3 case
2 to to ADP 1 fixed
3 Silva Silva PROPN 7 obl SpaceAfter=No
4 , , PUNCT 7 punct
5 the the DET 6 det
6 talks talk NOUN 7 nsubj
7 failed fail VERB 0 root SpaceAfter=No
8 . . PUNCT 7 punct`, "Silva", "the talks failed"},
		{"according to closing the sentence, hung on a noun", `
1 The the DET 2 det
2 explosion explosion NOUN 3 nsubj
3 went go VERB 0 root
4 off off ADV 3 advmod
5 near near ADP 7 case
6 the the DET 7 det
7 store store NOUN 3 obl SpaceAfter=No
8 , , PUNCT 11 punct
9 according accord VERB 11 case
10 to to ADP 9 fixed
11 Silva Silva PROPN 7 conj SpaceAfter=No
12 . . PUNCT 3 punct`, "Silva", "The explosion went off near the store"},
		{"according to opening the sentence, parsed as its root", `
1 According accord VERB 3 case
2 to to ADP 1 fixed
3 Silva Silva PROPN 0 root SpaceAfter=No
4 , , PUNCT 6 punct
5 Romney Romney PROPN 6 nsubj
6 had have VERB 3 parataxis
7 a a DET 8 det
8 lead lead NOUN 6 obj SpaceAfter=No
9 . . PUNCT 3 punct`, "Silva", "Romney had a lead"},
		{"according to X, an appositive, the clause", `
1 According accord VERB 3 case
2 to to ADP 1 fixed
3 Silva Silva PROPN 10 obl SpaceAfter=No
4 , , PUNCT 6 punct
5 an a DET 6 det
6 official official NOUN 10 obl SpaceAfter=No
7 , , PUNCT 10 punct
8 the the DET 9 det
9 talks talk NOUN 10 nsubj
10 failed fail VERB 0 root SpaceAfter=No
11 . . PUNCT 10 punct`, "Silva", "the talks failed"},
		{"a trailing cue parsed as a conjunct", `
1 The the DET 2 det
2 talks talk NOUN 3 nsubj
3 failed fail VERB 0 root
4 in in ADP 5 case
5 May May PROPN 3 obl SpaceAfter=No
6 , , PUNCT 9 punct
7 Silva Silva PROPN 9 nsubj
8 has have AUX 9 aux
9 said say VERB 3 conj SpaceAfter=No
10 . . PUNCT 3 punct`, "Silva", "The talks failed in May"},
		{"a relative clause closing the sentence is none", `
1 The the DET 2 det
2 talks talk NOUN 3 nsubj
3 failed fail VERB 0 root
4 in in ADP 5 case
5 May May PROPN 3 obl SpaceAfter=No
6 , , PUNCT 9 punct
7 where where ADV 9 advmod
8 Silva Silva PROPN 9 nsubj
9 added add VERB 3 conj SpaceAfter=No
10 . . PUNCT 3 punct`, "Silva", ""},
		{"a trailing cue the parse made the root, the clause its adverbial", `
1 The the DET 2 det
2 guard guard NOUN 5 nsubj
3 was be AUX 5 aux
4 not not PART 5 advmod
5 armed armed ADJ 8 advcl SpaceAfter=No
6 , , PUNCT 5 punct
7 Silva Silva PROPN 8 nsubj
8 said say VERB 0 root SpaceAfter=No
9 . . PUNCT 8 punct`, "Silva", "The guard was not armed"},
		{"a trailing cue before its subject, on a day", `
1 The the DET 2 det
2 guard guard NOUN 6 nsubj
3 was be AUX 4 aux
4 armed armed ADJ 2 acl SpaceAfter=No
5 , , PUNCT 6 punct
6 said say VERB 0 root
7 Silva Silva PROPN 6 nsubj
8 Friday Friday PROPN 6 obl:unmarked SpaceAfter=No
9 . . PUNCT 6 punct`, "Silva", "The guard was armed"},
		{"a cue set off by commas inside the sentence, both sides its complements", `
1 The the DET 2 det
2 plan plan NOUN 5 ccomp SpaceAfter=No
3 , , PUNCT 2 punct
4 Silva Silva PROPN 5 nsubj
5 said say VERB 0 root SpaceAfter=No
6 , , PUNCT 8 punct
7 will will AUX 8 aux
8 fail fail VERB 5 ccomp SpaceAfter=No
9 . . PUNCT 5 punct`, "Silva", "The plan, Silva said, will fail"},
		{"a cue set off by commas whose subject the parse hung elsewhere", `
1 The the DET 2 det
2 plan plan NOUN 7 nsubj
3 was be AUX 4 cop
4 good good ADJ 2 conj SpaceAfter=No
5 , , PUNCT 6 punct
6 Silva Silva PROPN 4 conj
7 said say VERB 0 root SpaceAfter=No
8 , , PUNCT 11 punct
9 until until SCONJ 11 mark
10 it it PRON 11 nsubj
11 failed fail VERB 7 ccomp SpaceAfter=No
12 . . PUNCT 7 punct`, "Silva", "The plan was good, Silva said, until it failed"},
		{"a cue set off by commas before a participle closes what is said", `
1 The the DET 2 det
2 talks talk NOUN 3 nsubj
3 failed fail VERB 6 advcl SpaceAfter=No
4 , , PUNCT 3 punct
5 Silva Silva PROPN 6 nsubj
6 said say VERB 0 root SpaceAfter=No
7 , , PUNCT 8 punct
8 adding add VERB 6 advcl
9 more more ADJ 8 obj SpaceAfter=No
10 . . PUNCT 6 punct`, "Silva", "The talks failed"},
		{"a subject after the cue, set off by commas, opens what is said", `
1 In in ADP 2 case
2 addition addition NOUN 5 obl SpaceAfter=No
3 , , PUNCT 2 punct
4 Silva Silva PROPN 5 nsubj
5 said say VERB 0 root
6 Rio Rio PROPN 12 nsubj SpaceAfter=No
7 , , PUNCT 9 punct
8 a a DET 9 det
9 city city NOUN 6 appos SpaceAfter=No
10 , , PUNCT 9 punct
11 will will AUX 12 aux
12 vote vote VERB 5 advcl SpaceAfter=No
13 . . PUNCT 5 punct`, "Silva", "Rio, a city, will vote"},
		{"a closing cue before a semicolon", `
1 The the DET 2 det
2 talks talk NOUN 3 nsubj
3 failed fail VERB 0 root SpaceAfter=No
4 , , PUNCT 6 punct
5 Silva Silva PROPN 6 nsubj
6 said say VERB 3 conj SpaceAfter=No
7 ; ; PUNCT 11 punct
8 in in ADP 9 case
9 May May PROPN 11 obl SpaceAfter=No
10 , , PUNCT 11 punct
11 Rio Rio PROPN 12 nsubj
12 voted vote VERB 6 ccomp SpaceAfter=No
13 . . PUNCT 3 punct`, "Silva", "The talks failed"},
		{"an adverbial clause before a closing cue is none", `
1 After after SCONJ 4 mark
2 the the DET 3 det
3 talks talk NOUN 4 nsubj
4 failed fail VERB 7 advcl SpaceAfter=No
5 , , PUNCT 4 punct
6 Silva Silva PROPN 7 nsubj
7 wrote write VERB 0 root SpaceAfter=No
8 . . PUNCT 7 punct`, "Silva", ""},
		{"a trailing cue after a name and its title", `
1 The the DET 2 det
2 talks talk NOUN 3 nsubj
3 failed fail VERB 9 advcl SpaceAfter=No
4 , , PUNCT 3 punct
5 Silva Silva PROPN 3 obj SpaceAfter=No
6 , , PUNCT 8 punct
7 the the DET 8 det
8 minister minister NOUN 9 nsubj SpaceAfter=No
9 said say VERB 0 root SpaceAfter=No
10 . . PUNCT 9 punct`, "Silva", "The talks failed"},
		{"a cue closing its sentence with its object is no trailing cue", `
1 Speaking speak VERB 5 advcl
2 in in ADP 3 case
3 Rio Rio PROPN 1 obl SpaceAfter=No
4 , , PUNCT 1 punct
5 Silva Silva PROPN 6 nsubj
6 argued argue VERB 0 root
7 for for ADP 8 case
8 talks talk NOUN 6 obl SpaceAfter=No
9 . . PUNCT 6 punct`, "Silva", ""},
		{"a naming cue closing its sentence is no trailing cue", `
1 Speaking speak VERB 5 advcl
2 in in ADP 3 case
3 Rio Rio PROPN 1 obl SpaceAfter=No
4 , , PUNCT 1 punct
5 Silva Silva PROPN 6 nsubj
6 demanded demand VERB 0 root
7 on on ADP 8 case
8 Friday Friday PROPN 6 obl SpaceAfter=No
9 . . PUNCT 6 punct`, "Silva", ""},
		{"according to plan is no attribution", `
1 The the DET 2 det
2 troops troop NOUN 3 nsubj
3 withdrew withdraw VERB 0 root
4 from from ADP 5 case
5 Silva Silva PROPN 3 obl SpaceAfter=No
6 , , PUNCT 9 punct
7 according accord VERB 9 case
8 to to ADP 7 fixed
9 plan plan NOUN 3 obl SpaceAfter=No
10 . . PUNCT 3 punct`, "Silva", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := parse(t, tc.conllu)
			addMentions(t, d, ment{text: tc.mention, code: "BRAGOV", kind: doc.Person})
			New(nil, Options{}).Annotate(d)
			if tc.want == "" {
				if len(d.Quotes) != 0 {
					t.Errorf("quotes %+v, want none", d.Quotes)
				}
				return
			}
			if len(d.Quotes) != 1 || d.Text(d.Quotes[0].Span) != tc.want || d.Quotes[0].Speaker != 0 || d.Quotes[0].Direct {
				for _, q := range d.Quotes {
					t.Logf("quote %q speaker %d direct %v", d.Text(q.Span), q.Speaker, q.Direct)
				}
				t.Errorf("want one indirect quote %q by %s", tc.want, tc.mention)
			}
		})
	}
}

func TestQuoteAsXPutIt(t *testing.T) {
	d := parse(t, `
1 As as SCONJ 3 mark
2 Silva Silva PROPN 3 nsubj
3 put put VERB 0 root
4 it it PRON 3 obj SpaceAfter=No
5 , , PUNCT 7 punct
6 " " PUNCT 7 punct SpaceAfter=No
7 nonsense nonsense NOUN 3 parataxis SpaceAfter=No
8 " " PUNCT 7 punct SpaceAfter=No
9 . . PUNCT 3 punct`)
	addMentions(t, d, ment{text: "Silva", code: "BRAGOV", kind: doc.Person})
	New(nil, Options{}).Annotate(d)
	if len(d.Quotes) != 1 || d.Quotes[0].Speaker != 0 || d.Text(d.Quotes[0].Cue) != "put" {
		t.Errorf("quotes %+v", d.Quotes)
	}
}

func TestIndirectQuoteUnnamedSpeaker(t *testing.T) {
	// "Officials said the border stays open ." with no mention for
	// "Officials": a quote without a speaker
	d := parse(t, `
1 Officials official NOUN 2 nsubj
2 said say VERB 0 root
3 the the DET 4 det
4 border border NOUN 5 nsubj
5 stays stay VERB 2 ccomp
6 open open ADJ 5 xcomp SpaceAfter=No
7 . . PUNCT 2 punct`)
	New(nil, Options{}).Annotate(d)
	if len(d.Quotes) != 1 || d.Text(d.Quotes[0].Span) != "the border stays open" || d.Quotes[0].Speaker != -1 || d.Quotes[0].Direct {
		t.Errorf("quotes %+v", d.Quotes)
	}
}

// piecesText is a quote's text, its pieces joined by " / " when it has them.
func piecesText(d *doc.Doc, q *doc.Quote) string {
	if q.Pieces == nil {
		return d.Text(q.Span)
	}
	var parts []string
	for _, p := range q.Pieces {
		parts = append(parts, d.Text(p))
	}
	return strings.Join(parts, " / ")
}

// TestUnnamedSpeaker: a speaker no actor names ("another source", "the
// Tax Foundation") is kept as the words that name it, and what a closing
// attribution reports is the whole sentence before its comma, even when
// the parse hung the clause after "but" on the cue.
func TestUnnamedSpeaker(t *testing.T) {
	// "The van was escorted, but the police left, another source said."
	d := parse(t, `
1 The the DET 2 det
2 van van NOUN 4 nsubj:pass
3 was be AUX 4 aux:pass
4 escorted escort VERB 13 ccomp SpaceAfter=No
5 , , PUNCT 9 punct
6 but but CCONJ 9 cc
7 the the DET 8 det
8 police police NOUN 9 nsubj
9 left leave VERB 13 conj SpaceAfter=No
10 , , PUNCT 13 punct
11 another another DET 12 det
12 source source NOUN 13 nsubj
13 said say VERB 0 root SpaceAfter=No
14 . . PUNCT 13 punct`)
	New(nil, Options{}).Annotate(d)
	if len(d.Quotes) != 1 {
		t.Fatalf("quotes %+v", d.Quotes)
	}
	q := d.Quotes[0]
	if got := d.Text(q.Span); got != "The van was escorted, but the police left" {
		t.Errorf("content %q, want the sentence before the attribution", got)
	}
	if q.Speaker != -1 || d.Text(q.SpeakerSpan) != "another source" {
		t.Errorf("speaker %d %q, want -1 and \"another source\"", q.Speaker, d.Text(q.SpeakerSpan))
	}
}

// TestFindingIsAttribution: what a poll shows or a report found is an
// indirect quote of the poll, named by its words.
func TestFindingIsAttribution(t *testing.T) {
	// "A new poll shows that Clinton leads in Ohio."
	d := parse(t, `
1 A a DET 3 det
2 new new ADJ 3 amod
3 poll poll NOUN 4 nsubj
4 shows show VERB 0 root
5 that that SCONJ 7 mark
6 Clinton Clinton PROPN 7 nsubj
7 leads lead VERB 4 ccomp
8 in in ADP 9 case
9 Ohio Ohio PROPN 7 obl SpaceAfter=No
10 . . PUNCT 4 punct`)
	New(nil, Options{}).Annotate(d)
	if len(d.Quotes) != 1 {
		t.Fatalf("quotes %+v", d.Quotes)
	}
	q := d.Quotes[0]
	if d.Text(q.Span) != "Clinton leads in Ohio" || d.Text(q.SpeakerSpan) != "A new poll" || d.Text(q.Cue) != "shows" {
		t.Errorf("quote %q by %q cue %q", d.Text(q.Span), d.Text(q.SpeakerSpan), d.Text(q.Cue))
	}
}

// TestObjectCueIsAttribution: what a cue says in its object ("cited",
// "called for", "urged X to") is an indirect quote, up to a conjunct; not
// what "said" takes as an object, nor what a person shows.
func TestObjectCueIsAttribution(t *testing.T) {
	cases := []silvaCase{
		{"cited", `
1 Silva Silva PROPN 2 nsubj
2 cited cite VERB 0 root
3 derogatory derogatory ADJ 4 amod
4 comments comment NOUN 2 obj
5 about about ADP 6 case
6 Machado Machado PROPN 4 nmod SpaceAfter=No
7 . . PUNCT 2 punct`, "derogatory comments about Machado"},
		{"called for", `
1 Silva Silva PROPN 2 nsubj
2 called call VERB 0 root
3 for for ADP 6 case
4 a a DET 6 det
5 parliamentary parliamentary ADJ 6 amod
6 vote vote NOUN 2 obl SpaceAfter=No
7 . . PUNCT 2 punct`, "a parliamentary vote"},
		{"urged, up to a conjunct", `
1 Silva Silva PROPN 2 nsubj
2 urged urge VERB 0 root
3 voters voter NOUN 2 obj
4 to to PART 5 mark
5 stay stay VERB 2 xcomp
6 home home ADV 5 advmod
7 and and CCONJ 8 cc
8 left leave VERB 2 conj SpaceAfter=No
9 . . PUNCT 2 punct`, "voters to stay home"},
		{"called X Y, the adjective parsed as the object's", `
1 Silva Silva PROPN 2 nsubj
2 called call VERB 0 root
3 the the DET 4 det
4 charges charge NOUN 2 obj
5 unsubstantiated unsubstantiated ADJ 4 amod SpaceAfter=No
6 . . PUNCT 2 punct`, "the charges unsubstantiated"},
		{"calling someone is no quote", `
1 Silva Silva PROPN 2 nsubj
2 called call VERB 0 root
3 the the DET 4 det
4 police police NOUN 2 obj
5 last last ADJ 6 amod
6 week week NOUN 2 obl:unmarked SpaceAfter=No
7 . . PUNCT 2 punct`, ""},
		{"continued to call for: the subject of continue", `
1 Silva Silva PROPN 2 nsubj
2 continued continue VERB 0 root
3 to to PART 4 mark
4 call call VERB 2 xcomp
5 for for ADP 7 case
6 more more ADJ 7 amod
7 information information NOUN 4 obl
8 about about ADP 10 case
9 the the DET 10 det
10 shooting shooting NOUN 7 nmod SpaceAfter=No
11 . . PUNCT 2 punct`, "more information about the shooting"},
		{"accused", `
1 Silva Silva PROPN 2 nsubj
2 accused accuse VERB 0 root
3 Rio Rio PROPN 2 obj
4 of of SCONJ 5 mark
5 hampering hamper VERB 2 advcl
6 talks talk NOUN 5 obj SpaceAfter=No
7 . . PUNCT 2 punct`, "Rio of hampering talks"},
		{"defending a town is no quote", `
1 Silva Silva PROPN 2 nsubj
2 defended defend VERB 0 root
3 the the DET 4 det
4 town town NOUN 2 obj
5 against against ADP 7 case
6 the the DET 7 det
7 assault assault NOUN 2 obl SpaceAfter=No
8 . . PUNCT 2 punct`, ""},
		{"said takes no object content", `
1 Silva Silva PROPN 2 nsubj
2 said say VERB 0 root
3 the the DET 5 det
4 same same ADJ 5 amod
5 thing thing NOUN 2 obj SpaceAfter=No
6 . . PUNCT 2 punct`, ""},
		{"what someone expects of someone, an object and an infinitive", `
1 Silva Silva PROPN 2 nsubj
2 expects expect VERB 0 root
3 prices price NOUN 2 obj
4 to to PART 5 mark
5 fall fall VERB 2 xcomp SpaceAfter=No
6 . . PUNCT 2 punct`, "prices to fall"},
		{"what someone wants, an object alone, is none", `
1 Silva Silva PROPN 2 nsubj
2 wants want VERB 0 root
3 a a DET 4 det
4 deal deal NOUN 2 obj SpaceAfter=No
5 . . PUNCT 2 punct`, ""},
		{"a person shows no content", `
1 Silva Silva PROPN 2 nsubj
2 showed show VERB 0 root
3 reporters reporter NOUN 2 iobj
4 a a DET 6 det
5 large large ADJ 6 amod
6 map map NOUN 2 obj SpaceAfter=No
7 . . PUNCT 2 punct`, ""},
	}
	checkSilvaQuotes(t, cases)
	// what a poll shows: "The poll showed Clinton with a lead."
	d := parse(t, `
1 The the DET 2 det
2 poll poll NOUN 3 nsubj
3 showed show VERB 0 root
4 Clinton Clinton PROPN 3 obj
5 with with ADP 7 case
6 a a DET 7 det
7 lead lead NOUN 4 nmod SpaceAfter=No
8 . . PUNCT 3 punct`)
	New(nil, Options{}).Annotate(d)
	if len(d.Quotes) != 1 || d.Text(d.Quotes[0].Span) != "Clinton with a lead" || d.Text(d.Quotes[0].SpeakerSpan) != "The poll" {
		t.Errorf("quotes %+v", d.Quotes)
	}
	// an unnamed speaker of the verb the cue completes: "Protesters
	// continued to call for an independent inquiry."
	d = parse(t, `
1 Protesters protester NOUN 2 nsubj
2 continued continue VERB 0 root
3 to to PART 4 mark
4 call call VERB 2 xcomp
5 for for ADP 8 case
6 an a DET 8 det
7 independent independent ADJ 8 amod
8 inquiry inquiry NOUN 4 obl SpaceAfter=No
9 . . PUNCT 2 punct`)
	New(nil, Options{}).Annotate(d)
	if len(d.Quotes) != 1 || d.Text(d.Quotes[0].Span) != "an independent inquiry" || d.Quotes[0].Speaker != -1 || d.Text(d.Quotes[0].SpeakerSpan) != "Protesters" {
		t.Errorf("quotes %+v", d.Quotes)
	}
}

// TestIndirectQuoteSpeakerWords: a number or a pronoun for some people
// names an unnamed speaker, and a relative pronoun's speaker is the noun
// its clause modifies.
func TestIndirectQuoteSpeakerWords(t *testing.T) {
	cases := []struct{ name, conllu, content, speaker string }{
		{"a number of people", `
1 Eight eight NUM 4 nsubj
2 of of ADP 3 case
3 voters voter NOUN 1 nmod
4 say say VERB 0 root
5 they they PRON 6 nsubj
6 plan plan VERB 4 ccomp
7 to to PART 8 mark
8 watch watch VERB 6 xcomp SpaceAfter=No
9 . . PUNCT 4 punct`, "they plan to watch", "Eight"},
		{"those close to him", `
1 Those that DET 5 nsubj
2 close close ADJ 1 amod
3 to to ADP 4 case
4 him he PRON 2 obl
5 say say VERB 0 root
6 he he PRON 8 nsubj
7 will will AUX 8 aux
8 run run VERB 5 ccomp SpaceAfter=No
9 . . PUNCT 5 punct`, "he will run", "Those"},
		{"a relative pronoun", `
1 Some some DET 2 det
2 lawmakers lawmaker NOUN 0 root
3 , , PUNCT 5 punct
4 who who PRON 5 nsubj
5 said say VERB 2 acl:relcl
6 they they PRON 7 nsubj
7 had have VERB 5 ccomp
8 misgivings misgiving NOUN 7 obj SpaceAfter=No
9 . . PUNCT 2 punct`, "they had misgivings", "Some lawmakers"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := parse(t, tc.conllu)
			New(nil, Options{}).Annotate(d)
			if len(d.Quotes) != 1 || d.Text(d.Quotes[0].Span) != tc.content || d.Quotes[0].Speaker != -1 || d.Text(d.Quotes[0].SpeakerSpan) != tc.speaker {
				for _, q := range d.Quotes {
					t.Logf("quote %q speaker %d %q", d.Text(q.Span), q.Speaker, d.Text(q.SpeakerSpan))
				}
				t.Errorf("want %q by %q", tc.content, tc.speaker)
			}
		})
	}
}

// TestNounCue: a noun for what someone said or holds, with a that-clause,
// is an indirect quote of its possessor; with no possessor, none.
func TestNounCue(t *testing.T) {
	cases := []silvaCase{
		{"the possessor's claim", `
1 Silva Silva PROPN 3 nmod:poss
2 's 's PART 1 case
3 claim claim NOUN 8 nsubj
4 that that SCONJ 7 mark
5 the the DET 6 det
6 talks talk NOUN 7 nsubj
7 failed fail VERB 3 acl
8 surprised surprise VERB 0 root
9 Rio Rio PROPN 8 obj SpaceAfter=No
10 . . PUNCT 8 punct`, "the talks failed"},
		{"a claim by someone", `
1 A a DET 2 det
2 claim claim NOUN 9 nsubj
3 by by ADP 4 case
4 Silva Silva PROPN 2 nmod
5 that that SCONJ 8 mark
6 the the DET 7 det
7 talks talk NOUN 8 nsubj
8 failed fail VERB 2 acl
9 surprised surprise VERB 0 root
10 Rio Rio PROPN 9 obj SpaceAfter=No
11 . . PUNCT 9 punct`, "the talks failed"},
		{"a claim its subject made", `
1 Silva Silva PROPN 2 nsubj
2 made make VERB 0 root
3 the the DET 4 det
4 claim claim NOUN 2 obj
5 that that SCONJ 8 mark
6 the the DET 7 det
7 talks talk NOUN 8 nsubj
8 failed fail VERB 4 acl SpaceAfter=No
9 . . PUNCT 2 punct`, "the talks failed"},
		{"a claim its subject rejected is not its subject's", `
1 Silva Silva PROPN 2 nsubj
2 rejected reject VERB 0 root
3 the the DET 4 det
4 claim claim NOUN 2 obj
5 that that SCONJ 8 mark
6 the the DET 7 det
7 talks talk NOUN 8 nsubj
8 failed fail VERB 4 acl SpaceAfter=No
9 . . PUNCT 2 punct`, "the claim that the talks failed"},
		{"a claim of no one", `
1 The the DET 2 det
2 claim claim NOUN 7 nsubj
3 that that SCONJ 6 mark
4 the the DET 5 det
5 talks talk NOUN 6 nsubj
6 failed fail VERB 2 acl
7 surprised surprise VERB 0 root
8 Silva Silva PROPN 7 obj SpaceAfter=No
9 . . PUNCT 7 punct`, ""},
	}
	checkSilvaQuotes(t, cases)
}

// silvaCase is a parsed sentence with Silva (BRAGOV) in it and the one
// indirect quote of Silva it holds ("" for none).
type silvaCase struct{ name, conllu, want string }

func checkSilvaQuotes(t *testing.T, cases []silvaCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := parse(t, tc.conllu)
			addMentions(t, d, ment{text: "Silva", code: "BRAGOV", kind: doc.Person})
			New(nil, Options{}).Annotate(d)
			if tc.want == "" {
				if len(d.Quotes) != 0 {
					t.Errorf("quotes %+v, want none", d.Quotes)
				}
				return
			}
			if len(d.Quotes) != 1 || d.Text(d.Quotes[0].Span) != tc.want || d.Quotes[0].Speaker != 0 || d.Quotes[0].Direct {
				for _, q := range d.Quotes {
					t.Logf("quote %q speaker %d direct %v", d.Text(q.Span), q.Speaker, q.Direct)
				}
				t.Errorf("want one indirect quote %q by Silva", tc.want)
			}
		})
	}
}

// TestClauseAfterCue: a cue the parse gave no clausal complement reports
// the clause after "that" a few words on, or a clause right after it whose
// subject the parse found, up to a comma and a participle that adds more;
// not a "that" past the cue's object, nor an object with no clause.
func TestClauseAfterCue(t *testing.T) {
	cases := []silvaCase{
		{"that after a day, the clause hung on the day", `
1 Silva Silva PROPN 2 nsubj
2 said say VERB 0 root
3 Friday Friday PROPN 2 obl:unmarked
4 that that SCONJ 7 mark
5 the the DET 6 det
6 talks talk NOUN 7 nsubj
7 failed fail VERB 3 acl SpaceAfter=No
8 . . PUNCT 2 punct`, "the talks failed"},
		{"that after whom it was told and where", `
1 Silva Silva PROPN 2 nsubj
2 told tell VERB 0 root
3 a a DET 4 det
4 meeting meeting NOUN 2 obj
5 in in ADP 6 case
6 Rio Rio PROPN 4 nmod
7 that that SCONJ 10 mark
8 the the DET 9 det
9 talks talk NOUN 10 nsubj
10 failed fail VERB 6 acl SpaceAfter=No
11 . . PUNCT 2 punct`, "the talks failed"},
		{"a clause right after the cue, its verb taken for a noun", `
1 Silva Silva PROPN 2 nsubj
2 says say VERB 0 root
3 the the DET 4 det
4 ad ad NOUN 6 nsubj
5 will will AUX 6 aux
6 air air NOUN 2 obj
7 on on ADP 8 case
8 cable cable NOUN 6 nmod SpaceAfter=No
9 . . PUNCT 2 punct`, "the ad will air on cable"},
		{"up to a comma and a participle", `
1 Silva Silva PROPN 2 nsubj
2 said say VERB 0 root
3 Friday Friday PROPN 2 obl:unmarked
4 that that SCONJ 7 mark
5 the the DET 6 det
6 talks talk NOUN 7 nsubj
7 failed fail VERB 3 acl SpaceAfter=No
8 , , PUNCT 9 punct
9 adding add VERB 7 acl
10 more more ADJ 9 obj SpaceAfter=No
11 . . PUNCT 2 punct`, "the talks failed"},
		{"up to a comma and an attribution that closes the sentence", `
1 Silva Silva PROPN 2 nsubj
2 said say VERB 0 root
3 the the DET 4 det
4 talks talk NOUN 5 nsubj
5 failed fail VERB 2 obj SpaceAfter=No
6 , , PUNCT 8 punct
7 it it PRON 8 nsubj
8 added add VERB 5 conj SpaceAfter=No
9 . . PUNCT 2 punct`, "the talks failed"},
		{"a name right before a cue the parse gave no subject", `
1 With with ADP 3 case
2 the the DET 3 det
3 board board NOUN 6 obl
4 of of ADP 5 case
5 Silva Silva PROPN 3 nmod
6 said say VERB 0 root
7 that that SCONJ 10 mark
8 the the DET 9 det
9 talks talk NOUN 10 nsubj
10 failed fail VERB 6 ccomp SpaceAfter=No
11 . . PUNCT 6 punct`, "the talks failed"},
		{"of two complements, the clause after the cue", `
1 Silva Silva PROPN 5 nsubj
2 ( ( PUNCT 3 punct SpaceAfter=No
3 RJ RJ PROPN 5 ccomp SpaceAfter=No
4 ) ) PUNCT 3 punct
5 said say VERB 0 root
6 the the DET 7 det
7 talks talk NOUN 8 nsubj
8 failed fail VERB 5 ccomp SpaceAfter=No
9 . . PUNCT 5 punct`, "the talks failed"},
		{"of two complements, not a participle after a comma", `
1 The the DET 2 det
2 plan plan NOUN 3 nsubj
3 failed fail VERB 6 ccomp SpaceAfter=No
4 , , PUNCT 3 punct
5 Silva Silva PROPN 6 nsubj
6 said say VERB 0 root SpaceAfter=No
7 , , PUNCT 8 punct
8 looking look VERB 6 ccomp
9 away away ADV 8 advmod SpaceAfter=No
10 . . PUNCT 6 punct`, "The plan failed"},
		{"a that past the cue's object is a relative", `
1 Silva Silva PROPN 2 nsubj
2 denied deny VERB 0 root
3 loans loan NOUN 2 obj
4 from from ADP 5 case
5 banks bank NOUN 3 nmod
6 that that SCONJ 8 mark
7 he he PRON 8 nsubj
8 used use VERB 5 acl SpaceAfter=No
9 . . PUNCT 2 punct`, ""},
		{"an object with no clause", `
1 Silva Silva PROPN 2 nsubj
2 confirmed confirm VERB 0 root
3 the the DET 4 det
4 talks talk NOUN 2 obj
5 in in ADP 6 case
6 Rio Rio PROPN 4 nmod SpaceAfter=No
7 . . PUNCT 2 punct`, ""},
	}
	checkSilvaQuotes(t, cases)
}

// TestReportedClauseRest: what the parse hangs on the cue after its
// clause is still what is said, but not the cue's own conjunct nor a
// participle after a comma.
func TestReportedClauseRest(t *testing.T) {
	cases := []silvaCase{
		{"an adverbial clause hung on the cue", `
1 Silva Silva PROPN 2 nsubj
2 said say VERB 0 root
3 that that SCONJ 6 mark
4 the the DET 5 det
5 talks talk NOUN 6 nsubj
6 failed fail VERB 2 ccomp
7 because because SCONJ 9 mark
8 Rio Rio PROPN 9 nsubj
9 left leave VERB 2 advcl SpaceAfter=No
10 . . PUNCT 2 punct`, "the talks failed because Rio left"},
		{"the cue's own conjunct", `
1 Silva Silva PROPN 2 nsubj
2 said say VERB 0 root
3 the the DET 4 det
4 talks talk NOUN 5 nsubj
5 failed fail VERB 2 ccomp
6 and and CCONJ 7 cc
7 left leave VERB 2 conj
8 the the DET 9 det
9 room room NOUN 7 obj SpaceAfter=No
10 . . PUNCT 2 punct`, "the talks failed"},
		{"a comma and a participle", `
1 Silva Silva PROPN 2 nsubj
2 said say VERB 0 root
3 the the DET 4 det
4 talks talk NOUN 5 nsubj
5 failed fail VERB 2 ccomp SpaceAfter=No
6 , , PUNCT 7 punct
7 leaving leave VERB 2 advcl
8 early early ADV 7 advmod SpaceAfter=No
9 . . PUNCT 2 punct`, "the talks failed"},
	}
	checkSilvaQuotes(t, cases)
}

// TestCueOpeningTheArticle: a cue that is the article's first token, with
// no subject, is no attribution and no crash.
func TestCueOpeningTheArticle(t *testing.T) {
	d := parse(t, `
1 Reporting report VERB 2 amod
2 members member NOUN 3 nsubj
3 crushed crush VERB 0 root
4 beans bean NOUN 3 obj SpaceAfter=No
5 . . PUNCT 3 punct`)
	if err := New(nil, Options{}).Annotate(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Quotes) != 0 {
		t.Errorf("quotes %+v", d.Quotes)
	}
}

// TestCognitionCues: what someone suspects, realises, worries or rules
// (a that-clause) is an attribution, as what someone believes is.
func TestCognitionCues(t *testing.T) {
	cases := []silvaCase{
		{"suspects", `
1 Silva Silva PROPN 2 nsubj
2 suspects suspect VERB 0 root
3 the the DET 4 det
4 talks talk NOUN 5 nsubj
5 failed fail VERB 2 ccomp SpaceAfter=No
6 . . PUNCT 2 punct`, "the talks failed"},
		{"worries that", `
1 Silva Silva PROPN 2 nsubj
2 worries worry VERB 0 root
3 that that SCONJ 6 mark
4 the the DET 5 det
5 talks talk NOUN 6 nsubj
6 failed fail VERB 2 ccomp SpaceAfter=No
7 . . PUNCT 2 punct`, "the talks failed"},
		{"ruled that", `
1 Silva Silva PROPN 2 nsubj
2 ruled rule VERB 0 root
3 that that SCONJ 6 mark
4 the the DET 5 det
5 law law NOUN 6 nsubj
6 stands stand VERB 2 ccomp SpaceAfter=No
7 . . PUNCT 2 punct`, "the law stands"},
	}
	checkSilvaQuotes(t, cases)
}

// TestInAPollQuote: a sentence opening "In" a poll or study reports what
// it found after the comma, said by the phrase; not when a cue says it.
func TestInAPollQuote(t *testing.T) {
	d := parse(t, `
1 In in ADP 4 case
2 the the DET 4 det
3 latest latest ADJ 4 amod
4 poll poll NOUN 7 obl SpaceAfter=No
5 , , PUNCT 4 punct
6 Silva Silva PROPN 7 nsubj
7 led lead VERB 0 root
8 by by ADP 10 case
9 five five NUM 10 nummod
10 points point NOUN 7 obl SpaceAfter=No
11 . . PUNCT 7 punct`)
	New(nil, Options{}).Annotate(d)
	if len(d.Quotes) != 1 || d.Text(d.Quotes[0].Span) != "Silva led by five points" || d.Text(d.Quotes[0].SpeakerSpan) != "the latest poll" {
		t.Errorf("quotes %+v", d.Quotes)
	}
	d = parse(t, `
1 In in ADP 3 case
2 the the DET 3 det
3 survey survey NOUN 6 obl SpaceAfter=No
4 , , PUNCT 3 punct
5 voters voter NOUN 6 nsubj
6 said say VERB 0 root
7 the the DET 8 det
8 talks talk NOUN 9 nsubj
9 failed fail VERB 6 ccomp SpaceAfter=No
10 . . PUNCT 6 punct`)
	New(nil, Options{}).Annotate(d)
	if len(d.Quotes) != 1 || d.Text(d.Quotes[0].Span) != "the talks failed" || d.Text(d.Quotes[0].SpeakerSpan) != "voters" {
		for _, q := range d.Quotes {
			t.Logf("quote %q by %q", d.Text(q.Span), d.Text(q.SpeakerSpan))
		}
		t.Errorf("want only the cue's quote")
	}
}

// TestInAPollPhraseGoesOn: after "In" a review and a comma, a phrase that
// goes on ("at which ...") is no finding.
func TestInAPollPhraseGoesOn(t *testing.T) {
	d := parse(t, `
1 In in ADP 3 case
2 the the DET 3 det
3 review review NOUN 9 obl SpaceAfter=No
4 , , PUNCT 3 punct
5 at at ADP 6 case
6 which which PRON 8 obl
7 Silva Silva PROPN 8 nsubj
8 voted vote VERB 3 acl:relcl SpaceAfter=No
9 , , PUNCT 10 punct
10 Rio Rio PROPN 11 nsubj
11 left leave VERB 0 root SpaceAfter=No
12 . . PUNCT 11 punct`)
	New(nil, Options{}).Annotate(d)
	if len(d.Quotes) != 0 {
		t.Errorf("quotes %+v", d.Quotes)
	}
}

// TestNameInAPhraseBeforeCue: a name in a phrase of its own right before a
// cue the parse gave no subject is not its speaker ("In a post on Silva
// said that ...").
func TestNameInAPhraseBeforeCue(t *testing.T) {
	d := parse(t, `
1 In in ADP 3 case
2 a a DET 3 det
3 post post NOUN 6 obl
4 on on ADP 5 case
5 Silva Silva PROPN 3 nmod
6 said say VERB 0 root
7 that that SCONJ 10 mark
8 the the DET 9 det
9 talks talk NOUN 10 nsubj
10 failed fail VERB 6 ccomp SpaceAfter=No
11 . . PUNCT 6 punct`)
	addMentions(t, d, ment{text: "Silva", code: "BRAGOV", kind: doc.Person})
	New(nil, Options{}).Annotate(d)
	if len(d.Quotes) != 0 {
		t.Errorf("quotes %+v", d.Quotes)
	}
}

// TestPartialQuoteEndingWithPunctuation: a fragment whose marks hold the
// sentence's full stop is still a piece of what its cue verb says, and an
// unnamed subject names the speaker.
func TestPartialQuoteEndingWithPunctuation(t *testing.T) {
	d := parse(t, `
1 The the DET 2 det
2 clip clip NOUN 3 nsubj
3 dubbed dub VERB 0 root
4 the the DET 5 det
5 plan plan NOUN 3 obj
6 " " PUNCT 8 punct SpaceAfter=No
7 a a DET 8 det
8 gamble gamble NOUN 3 xcomp SpaceAfter=No
9 . . PUNCT 3 punct SpaceAfter=No
10 " " PUNCT 8 punct`)
	New(nil, Options{}).Annotate(d)
	if len(d.Quotes) != 1 {
		t.Fatalf("quotes %+v, want one", d.Quotes)
	}
	q := d.Quotes[0]
	if q.Direct || d.Text(q.Span) != `the plan "a gamble."` || len(q.Pieces) != 1 || d.Text(q.Pieces[0]) != "a gamble." || d.Text(q.SpeakerSpan) != "The clip" {
		t.Errorf("quote %+v %q by %q", q, d.Text(q.Span), d.Text(q.SpeakerSpan))
	}
}

// TestPartialQuoteAfterWhomItWasTold: what a tell cue says around a
// fragment is not whom it was told.
func TestPartialQuoteAfterWhomItWasTold(t *testing.T) {
	d := parse(t, `
1 Silva Silva PROPN 2 nsubj
2 told tell VERB 0 root
3 Rio Rio PROPN 2 iobj
4 " " PUNCT 6 punct SpaceAfter=No
5 a a DET 6 det
6 gamble gamble NOUN 2 xcomp SpaceAfter=No
7 . . PUNCT 2 punct SpaceAfter=No
8 " " PUNCT 6 punct`)
	addMentions(t, d, ment{text: "Silva", code: "BRAGOV", kind: doc.Person})
	New(nil, Options{}).Annotate(d)
	if len(d.Quotes) == 0 {
		t.Fatal("no quote")
	}
	for _, q := range d.Quotes {
		if strings.Contains(d.Text(q.Span), "Rio") {
			t.Errorf("quote %q holds whom it was told", d.Text(q.Span))
		}
	}
}

// TestReportedClauseAbsorbsFragmentWithStop: a reported clause takes in a
// fragment whose marks hold the sentence's full stop, over the stop and
// the closing mark.
func TestReportedClauseAbsorbsFragmentWithStop(t *testing.T) {
	d := parse(t, `
1 Silva Silva PROPN 2 nsubj
2 said say VERB 0 root
3 the the DET 4 det
4 plan plan NOUN 8 nsubj
5 was be AUX 8 cop
6 " " PUNCT 8 punct SpaceAfter=No
7 a a DET 8 det
8 gamble gamble NOUN 2 ccomp SpaceAfter=No
9 . . PUNCT 2 punct SpaceAfter=No
10 " " PUNCT 8 punct`)
	addMentions(t, d, ment{text: "Silva", code: "BRAGOV", kind: doc.Person})
	New(nil, Options{}).Annotate(d)
	if len(d.Quotes) != 1 || d.Text(d.Quotes[0].Span) != `the plan was "a gamble."` || len(d.Quotes[0].Pieces) != 1 {
		for _, q := range d.Quotes {
			t.Logf("quote %q pieces %v", d.Text(q.Span), q.Pieces)
		}
		t.Errorf("want one indirect quote with the fragment its piece")
	}
}

// TestPartialQuoteUnderItsSpeakersVerb: with no cue above it, a fragment
// of three or more words with a verb is a piece of what the verb of its
// speaker says (past the verb's particle); a name in scare quotes is not.
func TestPartialQuoteUnderItsSpeakersVerb(t *testing.T) {
	d := parse(t, `
1 Silva Silva PROPN 2 nsubj
2 handed hand VERB 0 root
3 out out ADP 2 compound:prt
4 copies copy NOUN 2 obj
5 of of ADP 8 case
6 " " PUNCT 8 punct SpaceAfter=No
7 a a DET 8 det
8 plan plan NOUN 4 nmod
9 that that PRON 10 nsubj
10 works work VERB 8 acl:relcl SpaceAfter=No
11 . . PUNCT 2 punct SpaceAfter=No
12 " " PUNCT 8 punct`)
	addMentions(t, d, ment{text: "Silva", code: "BRAGOV", kind: doc.Person})
	New(nil, Options{}).Annotate(d)
	if len(d.Quotes) != 1 || d.Quotes[0].Partial || d.Text(d.Quotes[0].Span) != `copies of "a plan that works."` || d.Quotes[0].Speaker != 0 || len(d.Quotes[0].Pieces) != 1 {
		for _, q := range d.Quotes {
			t.Logf("quote %q partial %v speaker %d", d.Text(q.Span), q.Partial, q.Speaker)
		}
		t.Errorf("want the fragment a piece of what Silva's verb says")
	}
	d = parse(t, `
1 Silva Silva PROPN 2 nsubj
2 flew fly VERB 0 root
3 the the DET 7 det
4 " " PUNCT 5 punct SpaceAfter=No
5 Bear Bear PROPN 7 compound SpaceAfter=No
6 " " PUNCT 5 punct
7 bombers bomber NOUN 2 obj SpaceAfter=No
8 . . PUNCT 2 punct`)
	addMentions(t, d, ment{text: "Silva", code: "BRAGOV", kind: doc.Person})
	New(nil, Options{}).Annotate(d)
	if len(d.Quotes) != 1 || !d.Quotes[0].Partial {
		for _, q := range d.Quotes {
			t.Logf("quote %q partial %v", d.Text(q.Span), q.Partial)
		}
		t.Errorf("want the scare quote alone")
	}
}
