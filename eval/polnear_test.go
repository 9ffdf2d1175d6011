package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"dyad/doc"
)

// A made-up article with curly quotes, so that character and byte offsets
// differ.
const polnearText = `Anna Brill said “We will not yield.” Aides said that talks would resume soon. “It is over,” she added. Kell’s office called it a lie. The end.`

// chars gives the character offsets "start end" of the n-th occurrence of s.
func chars(t *testing.T, s string, n int) string {
	sp := span(t, polnearText, s, n)
	return fmt.Sprintf("%d %d", utf8.RuneCountInString(polnearText[:sp.Start]), utf8.RuneCountInString(polnearText[:sp.End]))
}

// writePolnear lays out a PolNeAR folder: parent/metadata.tsv and
// parent/dev/{text,attributions}.
func writePolnear(t *testing.T, ann string) string {
	parent := t.TempDir()
	dir := filepath.Join(parent, "dev")
	for _, sub := range []string{"text", "attributions"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	files := map[string]string{
		filepath.Join(parent, "metadata.tsv"): "compartment\tfilename\tpublication_date\n" +
			"dev\twire_a\t2016-10-02\ndev\twire_b\tNone\n",
		filepath.Join(dir, "text", "wire_a.txt"):            polnearText,
		filepath.Join(dir, "attributions", "wire_a_aa.ann"): ann,
		// a second annotator of the same text: not read
		filepath.Join(dir, "attributions", "wire_a_zz.ann"): "T1\tContent 0 4\tAnna\nE1\tContent:T1\n",
	}
	for name, body := range files {
		if err := os.WriteFile(name, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func polnearAnn(t *testing.T) string {
	line := func(id, kind, s string, n int) string {
		return fmt.Sprintf("%s\t%s %s\t%s\n", id, kind, chars(t, s, n), s)
	}
	return line("T1", "Source", "Anna Brill", 0) +
		line("T2", "Cue", "said", 0) +
		line("T3", "Content", "“We will not yield.”", 0) +
		"E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n" +
		line("T4", "Source", "Aides", 0) +
		line("T5", "Content", "that talks would resume soon", 0) +
		"E2\tAttribution:T4 Content:T5 Source:T4\n" +
		line("T6", "Content", "“It is over,”", 0) +
		line("T7", "Source", "she", 0) +
		"E3\tContent:T6 Source:T7\n" +
		line("T8", "Content", "Kell’s office called it a lie", 0) +
		"E4\tAttribution-no-source:T8 Content:T8\n" +
		line("T9", "Discard", "The end.", 0)
}

// polnearStub stands in for dyad's quotes.
func polnearStub(t *testing.T) func(*doc.Doc) error {
	return func(d *doc.Doc) error {
		x := d.Article.Text
		m := func(s string, ante int32) doc.Mention {
			return doc.Mention{Span: span(t, x, s, 0), Antecedent: ante}
		}
		d.Mentions = []doc.Mention{m("Anna Brill", -1), m("Aides", -1), m("she", 0), m("Kell", -1)}
		d.Mentions[0].Actor = doc.Actor{Code: "RURGOV", Name: "Anna Brill"}
		q := func(s string, speaker int32, direct, partial bool) doc.Quote {
			return doc.Quote{Span: span(t, x, s, 0), Speaker: speaker, Direct: direct, Partial: partial}
		}
		d.Quotes = []doc.Quote{
			q("We will not yield.", 0, true, false),  // gold 1, its speaker
			q("talks would resume", 3, false, false), // 18 of gold 2's 28 bytes; Kell is not Aides
			q("It is over,", 0, true, false),         // gold 3; Anna Brill is "she"
			q("Kell’s office", -1, false, true),      // 15 of gold 4's 31 bytes: less than half
			q("The end", -1, true, false),            // no gold content here
		}
		return nil
	}
}

func TestScoreQuotesMini(t *testing.T) {
	dir := writePolnear(t, polnearAnn(t))
	arts, skipped, err := ReadPolnear(dir)
	if err != nil || len(skipped) > 0 {
		t.Fatal(err, skipped)
	}
	if len(arts) != 1 || arts[0].Annotator != "aa" || len(arts[0].Quotes) != 4 ||
		!arts[0].Published.Equal(time.Date(2016, 10, 2, 0, 0, 0, 0, time.UTC)) {
		t.Fatalf("read %+v", arts)
	}
	a := arts[0]
	if got := a.Text[a.Quotes[0].Content[0].Start:a.Quotes[0].Content[0].End]; got != "“We will not yield.”" {
		t.Errorf("first content %q: offsets are not mapped from characters to bytes", got)
	}
	var direct []bool
	for _, q := range a.Quotes {
		direct = append(direct, q.Direct)
	}
	if fmt.Sprint(direct) != "[true false true false]" || len(a.Quotes[3].Source) != 0 {
		t.Errorf("direct %v, fourth source %v", direct, a.Quotes[3].Source)
	}

	s := ScoreQuotes(arts, polnearStub(t))
	// By hand. Direct: both gold found with the right speaker; dyad's three
	// direct quotes, two on gold: P 2/3, R 1. Indirect: "that talks would
	// resume soon" found (18 of 28 bytes) with the wrong speaker, the
	// fourth (no source) missed; dyad's two indirect quotes, one on gold.
	wantD := QuoteClassScore{Gold: 2, GoldFound: 2, SpeakerGold: 2, SpeakerRight: 2, Dyad: 3, DyadMatched: 2, SpuriousAlone: 1}
	wantI := QuoteClassScore{Gold: 2, GoldFound: 1, SpeakerGold: 1, Dyad: 2, DyadMatched: 1,
		MissedPartly: 1, SpeakerOther: 1, SpuriousPartly: 1, SpuriousPartial: 1}
	if s.Direct != wantD || s.Indirect != wantI || s.Articles != 1 {
		t.Errorf("scores\n direct   %+v\n want     %+v\n indirect %+v\n want     %+v", s.Direct, wantD, s.Indirect, wantI)
	}
	f := s.Figures()
	want := QuoteFigures{Direct: QuoteClassFigures{Precision: 2.0 / 3, Recall: 1, F1: 0.8, SpeakerAccuracy: 1},
		Indirect: QuoteClassFigures{Precision: 0.5, Recall: 0.5, F1: 0.5, SpeakerAccuracy: 0}, Articles: 1}
	if !near(f.Direct.Precision, want.Direct.Precision) || !near(f.Direct.F1, want.Direct.F1) || f.Direct.Recall != 1 ||
		f.Direct.SpeakerAccuracy != 1 || f.Indirect != want.Indirect || f.Articles != 1 {
		t.Errorf("figures %+v, want %+v", f, want)
	}
	if len(s.Examples) != 4 {
		t.Errorf("%d examples, want 4 (one missed, one speaker, two spurious): %+v", len(s.Examples), s.Examples)
	}
}

func TestReadPolnearErrors(t *testing.T) {
	cases := []struct{ ann, want string }{
		{"T1\tContent 0 9999\tx\n", "wire_a_aa.ann:1: range \"0 9999\""},
		{"T1\tSource 0 4\tAnne\n", "wire_a_aa.ann:1: the text at 0 4 is not the line's text"},
		{"T1 Content 0 4 Anna\n", "wire_a_aa.ann:1: want tab-separated"},
	}
	for _, c := range cases {
		arts, skipped, err := ReadPolnear(writePolnear(t, c.ann))
		if err != nil || len(arts) != 0 || len(skipped) != 1 || !strings.Contains(skipped[0].Error(), c.want) {
			t.Errorf("%q: %d articles, left out %v, error %v; want the article left out with %q", c.ann, len(arts), skipped, err, c.want)
		}
	}
	if _, _, err := ReadPolnear(t.TempDir()); err == nil || !strings.Contains(err.Error(), "no text/*.txt") {
		t.Errorf("empty folder: %v", err)
	}
}

// The dev folder reads whole, and the harness runs on it.
func TestPolnearShared(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "gold", "quotes", "polnear", "dev")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("PolNeAR absent (%v): needs ../shared beside the repository", err)
	}
	arts, skipped, err := ReadPolnear(dir)
	if err != nil || len(skipped) > 0 {
		t.Fatal(err, skipped)
	}
	undated := 0
	for _, a := range arts {
		if a.Published.IsZero() {
			undated++
		}
	}
	s := ScoreQuotes(arts, func(*doc.Doc) error { return nil })
	// 2,192 attributions in the first annotation of each of the 84 texts,
	// 434 of them opening with a quotation mark (counted apart, in Python).
	if s.Articles != 84 || s.Direct.Gold != 434 || s.Indirect.Gold != 2192-434 || undated != 0 || s.Direct.GoldFound != 0 {
		t.Errorf("%d articles (%d undated), %d direct and %d indirect gold, %d found", s.Articles, undated, s.Direct.Gold, s.Indirect.Gold, s.Direct.GoldFound)
	}
}

// One quotation broken by its cue: PolNeAR gives one content in two
// fragments, dyad two quotes.
func TestScoreQuotesJoinPieces(t *testing.T) {
	const x = `“We stand firm,” Brill said, “and we will not move.”`
	a := PolnearArticle{Name: "broken", Text: x, Quotes: []PolnearQuote{{
		Content: []doc.Span{span(t, x, "“We stand firm,”", 0), span(t, x, "“and we will not move.”", 0)}, // 20+27 bytes
		Source:  []doc.Span{span(t, x, "Brill", 0)},
		Direct:  true,
	}}}
	d := doc.New(doc.Article{Text: x})
	d.Mentions = []doc.Mention{{Span: span(t, x, "Brill", 0), Antecedent: -1}}
	d.Quotes = []doc.Quote{
		{Span: span(t, x, "We stand firm,", 0), Speaker: 0, Direct: true},        // 14 bytes
		{Span: span(t, x, "and we will not move.", 0), Speaker: 0, Direct: true}, // 21 bytes: 2*21 < 47
	}
	cases := []struct {
		join bool
		want QuoteClassScore
	}{
		{false, QuoteClassScore{Gold: 1, Dyad: 2, MissedPartly: 1, SpuriousPartly: 2}},
		{true, QuoteClassScore{Gold: 1, GoldFound: 1, SpeakerGold: 1, SpeakerRight: 1, Dyad: 2, DyadMatched: 2}},
	}
	for _, c := range cases {
		s := ScoreQuoteDocs([]PolnearArticle{a}, []*doc.Doc{d}, QuoteOptions{JoinPieces: c.join})
		if s.Direct != c.want {
			t.Errorf("JoinPieces %v:\n got %+v\nwant %+v", c.join, s.Direct, c.want)
		}
	}
}

func TestUnionOverlapLen(t *testing.T) {
	gold := []doc.Span{sp(0, 10), sp(20, 30)}
	cases := []struct {
		pieces []doc.Span
		want   int
	}{
		{nil, 0},
		{[]doc.Span{sp(5, 25)}, 10},
		{[]doc.Span{sp(22, 28), sp(0, 4), sp(2, 6)}, 12}, // 0-6 and 22-28
		{[]doc.Span{sp(0, 30), sp(5, 8)}, 20},            // nested: counted once
	}
	for _, c := range cases {
		if got := unionOverlapLen(c.pieces, gold); got != c.want {
			t.Errorf("unionOverlapLen(%v) = %d, want %d", c.pieces, got, c.want)
		}
	}
}

// A partial quote is direct for dyad but lies inside an indirect content.
func TestScoreQuotesPartialIndirect(t *testing.T) {
	const x = `Brill said the talks were "a good start" for both sides.`
	a := PolnearArticle{Name: "partial", Text: x, Quotes: []PolnearQuote{{
		Content: []doc.Span{span(t, x, `the talks were "a good start" for both sides`, 0)},
		Source:  []doc.Span{span(t, x, "Brill", 0)},
	}}}
	d := doc.New(doc.Article{Text: x})
	d.Quotes = []doc.Quote{{Span: span(t, x, "a good start", 0), Speaker: -1, Direct: true, Partial: true}}
	for _, c := range []struct {
		partialIndirect  bool
		direct, indirect int // dyad quotes counted in each class
	}{{false, 1, 0}, {true, 0, 1}} {
		s := ScoreQuoteDocs([]PolnearArticle{a}, []*doc.Doc{d}, QuoteOptions{PartialIndirect: c.partialIndirect})
		if s.Direct.Dyad != c.direct || s.Indirect.Dyad != c.indirect || s.Indirect.Gold != 1 || s.Indirect.GoldFound != 0 {
			t.Errorf("PartialIndirect %v: direct %+v indirect %+v", c.partialIndirect, s.Direct, s.Indirect)
		}
	}
}

// TestScoreQuotesUnnamedSpeaker: a speaker no mention names is right when
// the words naming it overlap the gold source ("Aides"), and no speaker
// when they do not.
func TestScoreQuotesUnnamedSpeaker(t *testing.T) {
	dir := writePolnear(t, polnearAnn(t))
	arts, skipped, err := ReadPolnear(dir)
	if err != nil || len(skipped) > 0 {
		t.Fatal(err, skipped)
	}
	for _, tc := range []struct {
		words string
		right int
	}{{"Aides", 1}, {"Kell", 0}} {
		s := ScoreQuotes(arts, func(d *doc.Doc) error {
			x := d.Article.Text
			d.Quotes = []doc.Quote{{Span: span(t, x, "talks would resume", 0), Speaker: -1, SpeakerSpan: span(t, x, tc.words, 0)}}
			return nil
		})
		if s.Indirect.SpeakerGold != 1 || s.Indirect.SpeakerRight != tc.right {
			t.Errorf("speaker named by %q: %+v, want %d right of 1", tc.words, s.Indirect, tc.right)
		}
	}
}
