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
		{"multi-paragraph quote runs on; a bare quote paragraph continues the speaker",
			"\"We came to talk,\" Ivanova said. \"We stayed to listen.\n\n\"And we will come back.\"\n\n\"That is all,\" Brandt said.",
			[]ment{{text: "Ivanova", code: "RUSGOV"}, {text: "Brandt", code: "DEUGOV"}},
			[]q{{"We came to talk", "Ivanova", false}, {"We stayed to listen.", "Ivanova", false},
				{"And we will come back.", "Ivanova", false}, {"That is all", "Brandt", false}}},
		{"according to",
			`The talks failed, according to Silva. "They walked out."`,
			[]ment{{text: "Silva", code: "BRAGOV"}},
			[]q{{"They walked out.", "", false}}},
		{"unbalanced mark: quote runs to the paragraph end",
			`Moreau said "we are ready to talk.`,
			[]ment{{text: "Moreau", code: "FRAGOV"}},
			[]q{{"we are ready to talk.", "Moreau", true}}},
	}
	verbs := map[string]string{"said": "say", "told": "tell", "called": "call"}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := flatDoc(t, tc.text, verbs, tc.ments...)
			New(nil, Options{}).Annotate(d)
			var got []string
			for _, qq := range d.Quotes {
				sp := ""
				if qq.Speaker >= 0 {
					sp = d.Text(d.Mentions[qq.Speaker].Span)
				}
				got = append(got, d.Text(qq.Span)+"|"+sp+"|"+map[bool]string{true: "partial", false: "direct"}[qq.Partial])
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
1 Tribe Tribe PROPN 2 nsubj
2 likened liken VERB 0 root
3 the the DET 4 det
4 rules rule NOUN 2 obj
5 to to SCONJ 7 mark
6 " " PUNCT 7 punct SpaceAfter=No
7 burning burn VERB 2 advcl
8 the the DET 9 det
9 Constitution Constitution PROPN 7 obj SpaceAfter=No
10 " " PUNCT 7 punct SpaceAfter=No
11 . . PUNCT 2 punct`)
	addMentions(t, d, ment{text: "Tribe", code: "USAELI"})
	New(nil, Options{}).Annotate(d)
	if len(d.Quotes) != 1 || d.Quotes[0].Speaker != 0 || !d.Quotes[0].Partial || d.Text(d.Quotes[0].Span) != "burning the Constitution" {
		t.Errorf("quotes %+v", d.Quotes)
	}
}
