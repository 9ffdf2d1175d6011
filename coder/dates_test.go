package coder

import (
	"math/rand"
	"strings"
	"testing"

	"dyad/doc"
)

func TestEventDates(t *testing.T) {
	// published Friday 2024-05-10
	cases := []struct {
		text string
		want string
		prec doc.DatePrecision
	}{
		{"Ortiz met Lee on Thursday.", "2024-05-09", doc.Day},
		{"Ortiz met Lee on Friday.", "2024-05-10", doc.Day},
		{"Ortiz met Lee on Saturday.", "2024-05-04", doc.Day},
		{"Ortiz met Lee yesterday.", "2024-05-09", doc.Day},
		{"Ortiz met Lee the day before yesterday.", "2024-05-08", doc.Day},
		{"Ortiz met Lee last night.", "2024-05-09", doc.Day},
		{"Ortiz met Lee this week.", "2024-05-01", doc.Month},
		{"Ortiz met Lee on 5 January 2019.", "2019-01-05", doc.Day},
		{"Ortiz met Lee in mid-2018.", "2018-01-01", doc.Year},
		{"Ortiz met Lee on March 2.", "2024-03-02", doc.Day},
		{"Ortiz met Lee on 2 March.", "2024-03-02", doc.Day},
		{"Ortiz met Lee in December.", "2023-12-01", doc.Month},
		{"Ortiz met Lee on May 2, 2019.", "2019-05-02", doc.Day},
		{"Ortiz met Lee last week.", "2024-05-01", doc.Month},
		{"Ortiz met Lee earlier this month.", "2024-05-01", doc.Month},
		{"Ortiz met Lee last year.", "2023-01-01", doc.Year},
		{"Ortiz met Lee in mid-April.", "2024-04-01", doc.Month},
		{"Ortiz met Lee over the weekend.", "2024-05-04", doc.Day}, // its Saturday
		{"Ortiz met Lee last weekend.", "2024-05-04", doc.Day},
		{"Ortiz met Lee in March last year.", "2023-03-01", doc.Month},
		{"Ortiz met Lee.", "2024-05-10", doc.Day}, // the publication day
	}
	for _, c := range cases {
		d := flatDoc(t, c.text, nil, ment{text: "Ortiz", code: "ESPGOV"}, ment{text: "Lee", code: "KORGOV"})
		// a real tree for "X met Y ..."
		d.Tokens[0].Head, d.Tokens[0].Dep = 1, doc.Nsubj
		d.Tokens[1].Head, d.Tokens[1].Dep, d.Tokens[1].Lemma, d.Tokens[1].UPOS = -1, doc.Root, "meet", doc.VERB
		d.Tokens[2].Head, d.Tokens[2].Dep, d.Tokens[2].UPOS = 1, doc.Obj, doc.PROPN
		for i := 3; i < len(d.Tokens); i++ {
			d.Tokens[i].Head, d.Tokens[i].Dep = 1, doc.Dep
			if w := d.TokenText(i); w == "March" || w == "December" || w == "May" {
				d.Tokens[i].UPOS = doc.PROPN
			}
		}
		New(nil, Options{}).Annotate(d)
		if len(d.Events) != 1 {
			t.Errorf("%q: events %v", c.text, brief(d))
			continue
		}
		e := d.Events[0]
		if got := e.Date.Format("2006-01-02"); got != c.want || e.DatePrec != c.prec {
			t.Errorf("%q: date %s %d, want %s %d", c.text, got, e.DatePrec, c.want, c.prec)
		}
	}
}

func TestBadInputNeverPanics(t *testing.T) {
	c := New(nil, Options{MaxQuotes: 50})
	// no sentences
	d := doc.New(doc.Article{Text: "Some text nobody split."})
	if err := c.Annotate(d); err != nil || len(d.Diagnostics) != 1 {
		t.Errorf("no sentences: err %v, diagnostics %v", err, d.Diagnostics)
	}
	// thousands of quotes and unbalanced marks
	text := strings.Repeat(`"a" b "c `, 2000)
	d = flatDoc(t, text, nil)
	c.Annotate(d)
	if len(d.Quotes) > 50 {
		t.Errorf("quotes not bounded: %d", len(d.Quotes))
	}
	// random heads, labels and mentions: cycles, heads across sentences, a cut sentence
	r := rand.New(rand.NewSource(1))
	base := parse(t, `
1 Blinken Blinken PROPN 2 nsubj
2 met meet VERB 0 root
3 with with ADP 4 case
4 Lavrov Lavrov PROPN 2 obl
5 and and CCONJ 6 cc
6 urged urge VERB 2 conj
7 him he PRON 6 obj
8 to to PART 9 mark
9 talk talk VERB 6 xcomp`)
	addMentions(t, base, ment{text: "Blinken", code: "USAGOV"}, ment{text: "Lavrov", code: "RUSGOV"}, ment{text: "him", code: "RUSGOV", ante: "Lavrov"})
	for k := 0; k < 2000; k++ {
		d := *base
		d.Tokens = append([]doc.Token(nil), base.Tokens...)
		d.Sentences = append([]doc.Sentence(nil), base.Sentences...)
		d.Mentions = append([]doc.Mention(nil), base.Mentions...)
		d.Events, d.Quotes, d.Claims, d.Diagnostics = nil, nil, nil, nil
		for i := range d.Tokens {
			if r.Intn(3) == 0 {
				d.Tokens[i].Head = int32(r.Intn(14) - 2)
			}
			if r.Intn(4) == 0 {
				d.Tokens[i].Dep = doc.DepRel(r.Intn(doc.NumDepRel + 2))
			}
		}
		if r.Intn(5) == 0 {
			d.Sentences[0].Truncated = true
			d.Sentences[0].Tokens.End += int32(r.Intn(4) - 1)
		}
		if r.Intn(5) == 0 {
			d.Mentions[0].Antecedent = 2
			d.Mentions[2].Antecedent = 0
			d.Mentions[2].Actor = doc.Actor{}
			d.Mentions[0].Actor = doc.Actor{}
		}
		if err := c.Annotate(&d); err != nil {
			t.Fatal(err)
		}
	}
}

func TestDatelinePlace(t *testing.T) {
	// the dateline names the place; the sentence itself names none
	d := flatDoc(t, "NAIROBI (Reuters) --\n\nOdinga met Ruto on Monday.", nil,
		ment{text: "Odinga", code: "KENOPP"}, ment{text: "Ruto", code: "KENGOV"})
	d.Sentences[0].Kind = doc.Dateline
	s := d.Sentences[1].Tokens.Start
	d.Tokens[s].Head, d.Tokens[s].Dep = s+1, doc.Nsubj
	d.Tokens[s+1].Head, d.Tokens[s+1].Dep, d.Tokens[s+1].Lemma, d.Tokens[s+1].UPOS = -1, doc.Root, "meet", doc.VERB
	d.Tokens[s+2].Head, d.Tokens[s+2].Dep = s+1, doc.Obj
	for i := s + 3; i < int32(len(d.Tokens)); i++ {
		d.Tokens[i].Head, d.Tokens[i].Dep = s+1, doc.Dep
	}
	New(nil, Options{}).Annotate(d)
	if len(d.Events) != 1 || d.Events[0].Place == nil || d.Events[0].Place.Country != "KEN" {
		t.Fatalf("events %v place %+v", brief(d), d.Events)
	}
	if got := d.Events[0].Date.Format("2006-01-02"); got != "2024-05-06" {
		t.Errorf("date %s, want the Monday before Friday 2024-05-10", got)
	}
}
