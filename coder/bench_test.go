package coder

import (
	"strings"
	"testing"

	"dyad/doc"
)

// benchDoc is an article of n copies of a paragraph of four parsed
// sentences (reported speech, a control frame, a passive, a quote) with
// resolved mentions.
func benchDoc(b testing.TB, n int) *doc.Doc {
	para := `# newpar
1 Obama Obama PROPN 2 nsubj
2 said say VERB 0 root
3 Thursday Thursday PROPN 2 obl:tmod
4 he he PRON 5 nsubj
5 met meet VERB 2 ccomp
6 with with ADP 7 case
7 Castro Castro PROPN 5 obl
8 in in ADP 9 case
9 Havana Havana PROPN 5 obl SpaceAfter=No
10 . . PUNCT 2 punct

1 Paris Paris PROPN 2 nsubj
2 urged urge VERB 0 root
3 Tehran Tehran PROPN 2 obj
4 to to PART 5 mark
5 negotiate negotiate VERB 2 xcomp
6 with with ADP 7 case
7 Washington Washington PROPN 5 obl SpaceAfter=No
8 . . PUNCT 2 punct

1 Kyiv Kyiv PROPN 3 nsubj:pass
2 was be AUX 3 aux:pass
3 shelled shell VERB 0 root
4 by by ADP 6 case
5 Russian Russian ADJ 6 amod
6 forces force NOUN 3 obl:agent
7 overnight overnight ADV 3 advmod SpaceAfter=No
8 . . PUNCT 3 punct

1 " " PUNCT 4 punct SpaceAfter=No
2 We we PRON 4 nsubj
3 will will AUX 4 aux
4 impose impose VERB 9 ccomp
5 sanctions sanction NOUN 4 obj SpaceAfter=No
6 , , PUNCT 4 punct SpaceAfter=No
7 " " PUNCT 4 punct
8 Biden Biden PROPN 9 nsubj
9 said say VERB 0 root SpaceAfter=No
10 . . PUNCT 9 punct
`
	d := parse(b, strings.Repeat(para+"\n", n))
	add := func(text, code string, kind doc.MentionKind) {
		for ti := range d.Tokens {
			if d.TokenText(ti) == text {
				sp := d.Tokens[ti].Span
				d.Mentions = append(d.Mentions, doc.Mention{Span: sp, Tokens: doc.TokRange{Start: int32(ti), End: int32(ti + 1)},
					Kind: kind, Actor: doc.Actor{Code: code, Name: text}, Antecedent: -1})
			}
		}
	}
	add("Obama", "USAGOV", doc.Person)
	add("he", "USAGOV", doc.Pronoun)
	add("Castro", "CUBGOV", doc.Person)
	add("Paris", "FRA", doc.PlaceActor)
	add("Tehran", "IRN", doc.PlaceActor)
	add("Washington", "USA", doc.PlaceActor)
	add("Kyiv", "UKR", doc.PlaceActor)
	add("forces", "RUSMIL", doc.Group)
	add("Biden", "USAGOV", doc.Person)
	// mentions sorted by position, as the actor stage writes them
	ms := d.Mentions
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Span.Start < ms[j-1].Span.Start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
	return d
}

// BenchmarkCoder measures the coder stage alone on parsed, actor-resolved
// text; it reports sentences per second.
func BenchmarkCoder(b *testing.B) {
	d := benchDoc(b, 50) // 200 sentences
	c := New(nil, Options{})
	c.Annotate(d)
	if len(d.Events) < 150 {
		b.Fatalf("benchmark doc codes only %d events", len(d.Events))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c.Annotate(d)
	}
	b.ReportMetric(float64(len(d.Sentences)*b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// TestConcurrentUse: one Coder codes different documents at once and
// each gets the events it gets alone (run with -race).
func TestConcurrentUse(t *testing.T) {
	c := New(nil, Options{})
	ref := benchDoc(t, 3)
	c.Annotate(ref)
	want := strings.Join(brief(ref), " ")
	done := make(chan string)
	for g := 0; g < 4; g++ {
		go func() {
			d := benchDoc(t, 3)
			for k := 0; k < 20; k++ {
				c.Annotate(d)
			}
			done <- strings.Join(brief(d), " ")
		}()
	}
	for g := 0; g < 4; g++ {
		if got := <-done; got != want {
			t.Errorf("concurrent coding gave %q, want %q", got, want)
		}
	}
}
