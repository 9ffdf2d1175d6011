package text

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"dyad/doc"
)

func annotate(t testing.TB, s string) *doc.Doc {
	t.Helper()
	d := doc.New(doc.Article{Text: s})
	if err := New(Options{}).Annotate(d); err != nil {
		t.Fatal(err)
	}
	return d
}

// sent is an expected sentence: its text (located in the input in order)
// and its kind.
type sent struct {
	text string
	kind doc.SentenceKind
}

func checkSentences(t *testing.T, in string, want []sent) *doc.Doc {
	t.Helper()
	d := annotate(t, in)
	texts := make([]string, len(want))
	for i, w := range want {
		texts[i] = w.text
	}
	spans := spansOf(t, in, texts)
	if len(d.Sentences) != len(want) {
		var got []string
		for _, s := range d.Sentences {
			got = append(got, d.Text(s.Span))
		}
		t.Fatalf("%q: %d sentences %q, want %d", in, len(got), got, len(want))
	}
	for i, s := range d.Sentences {
		if s.Span != spans[i] || s.Kind != want[i].kind {
			t.Errorf("%q: sentence %d = %v %s %q, want %v %s %q", in, i, s.Span, s.Kind, d.Text(s.Span), spans[i], want[i].kind, want[i].text)
		}
		if s.Tokens.Len() == 0 || d.Tokens[s.Tokens.Start].Span.Start != s.Span.Start || d.Tokens[s.Tokens.End-1].Span.End != s.Span.End {
			t.Errorf("%q: sentence %d span %v does not run from its first to its last token", in, i, s.Span)
		}
	}
	return d
}

func TestSentences(t *testing.T) {
	B, H, D, C := doc.Body, doc.Headline, doc.Dateline, doc.Caption
	cases := []struct {
		name string
		in   string
		want []sent
	}{
		{"titles", "Mr. Smith met Sen. Jones and Gen. Lee. Dr. Brown was there.",
			[]sent{{"Mr. Smith met Sen. Jones and Gen. Lee.", B}, {"Dr. Brown was there.", B}}},
		{"U.S. goes on", "The U.S. Secretary of State arrived in the U.S. capital on Jan. 5. He left.",
			[]sent{{"The U.S. Secretary of State arrived in the U.S. capital on Jan. 5.", B}, {"He left.", B}}},
		{"U.S. ends", "He flew back to the U.S. The talks had failed.",
			[]sent{{"He flew back to the U.S.", B}, {"The talks had failed.", B}}},
		{"U.S. And goes on", "Ties of the U.S. And Kenya cooled, while the U.K. Is expected to step in. He left.",
			[]sent{{"Ties of the U.S. And Kenya cooled, while the U.K. Is expected to step in.", B}, {"He left.", B}}},
		{"Inc. And ends", "He joined Acme Inc. And then he left.",
			[]sent{{"He joined Acme Inc.", B}, {"And then he left.", B}}},
		{"Inc. ends", "He joined Acme Inc. It makes rockets.",
			[]sent{{"He joined Acme Inc.", B}, {"It makes rockets.", B}}},
		{"initials", "George W. Bush and S D Muni met Lt. Col. A. B. Smith at No. 1 Downing St. on Tuesday.",
			[]sent{{"George W. Bush and S D Muni met Lt. Col. A. B. Smith at No. 1 Downing St. on Tuesday.", B}}},
		{"question in quote", "\"Why?\" he asked. \"Because.\"",
			[]sent{{"\"Why?\" he asked.", B}, {"\"Because.\"", B}}},
		{"quote spans sentences", "\"We came. We saw,\" he said. She agreed.",
			[]sent{{"\"We came.", B}, {"We saw,\" he said.", B}, {"She agreed.", B}}},
		{"curly quote end", "He said \u201cno.\u201d Then he left.",
			[]sent{{"He said \u201cno.\u201d", B}, {"Then he left.", B}}},
		{"bracket end", "It rained (a lot.) Then it stopped!",
			[]sent{{"It rained (a lot.)", B}, {"Then it stopped!", B}}},
		{"ellipsis", "He paused... Then he spoke. And it was... fine.",
			[]sent{{"He paused...", B}, {"Then he spoke.", B}, {"And it was... fine.", B}}},
		{"spaced ellipsis", "It stalled . . . officials say. . . . Then it resumed.",
			[]sent{{"It stalled . . . officials say. . . .", B}, {"Then it resumed.", B}}},
		{"numbers", "Growth was 3.5 percent. Prices rose 1,000 times.",
			[]sent{{"Growth was 3.5 percent.", B}, {"Prices rose 1,000 times.", B}}},
		{"question in brackets", "It rained. (Was it cold? not really.) Then it snowed.",
			[]sent{{"It rained.", B}, {"(Was it cold? not really.)", B}, {"Then it snowed.", B}}},
		{"lower-case start", "where did you grow up? india?",
			[]sent{{"where did you grow up?", B}, {"india?", B}}},
		{"Kyodo dateline", "TOKYO (Kyodo) -- Canadian Foreign Minister Anne Roy said Friday she left.",
			[]sent{{"TOKYO (Kyodo) --", D}, {"Canadian Foreign Minister Anne Roy said Friday she left.", B}}},
		{"Reuters dateline", "MOSCOW, March 2 (Reuters) - Russia said on Thursday it would not talk.",
			[]sent{{"MOSCOW, March 2 (Reuters) -", D}, {"Russia said on Thursday it would not talk.", B}}},
		{"AP dateline", "WASHINGTON (AP) \u2014 The Senate voted.",
			[]sent{{"WASHINGTON (AP) \u2014", D}, {"The Senate voted.", B}}},
		{"Xinhua dateline", "Beijing, March 2 (Xinhua) -- China said it would respond.",
			[]sent{{"Beijing, March 2 (Xinhua) --", D}, {"China said it would respond.", B}}},
		{"caps dateline", "LONDON — Britain said no.",
			[]sent{{"LONDON —", D}, {"Britain said no.", B}}},
		{"acronym not a dateline", "NATO -- which met today -- agreed.",
			[]sent{{"NATO -- which met today -- agreed.", B}}},
		{"mixed-case place and colon", "Lucknow: The state government will sign an agreement.",
			[]sent{{"Lucknow:", D}, {"The state government will sign an agreement.", B}}},
		{"mixed-case place and glued dash", "Davao City--Troops have launched a search operation.",
			[]sent{{"Davao City--", D}, {"Troops have launched a search operation.", B}}},
		{"a party and state after a name are no dateline", "Mary Otieno, R-Texas, said the plan would fail.",
			[]sent{{"Mary Otieno, R-Texas, said the plan would fail.", B}}},
		{"a hyphenated name is no dateline", "Reid-Ashman Inc said it would divest its division.",
			[]sent{{"Reid-Ashman Inc said it would divest its division.", B}}},
		{"a title is no dateline", "Syria - The Forgotten War\n\nIt goes on.",
			[]sent{{"Syria - The Forgotten War", H}, {"It goes on.", B}}},
		{"unlisted credit after a place in capitals", "KABUL (Pajhwok) : The OIC condemned the attack.",
			[]sent{{"KABUL (Pajhwok) :", D}, {"The OIC condemned the attack.", B}}},
		{"credit after a date", "Isfahan, May 4, IRNA - The governor denounced the bombing.",
			[]sent{{"Isfahan, May 4, IRNA -", D}, {"The governor denounced the bombing.", B}}},
		{"no dateline", "U.S. Secretary Blinken -- who arrived late -- spoke.",
			[]sent{{"U.S. Secretary Blinken -- who arrived late -- spoke.", B}}},
		{"caption", "Antony Blinken (L) and Sergey Lavrov. (Kyodo)\n\nThe two met briefly.",
			[]sent{{"Antony Blinken (L) and Sergey Lavrov. (Kyodo)", C}, {"The two met briefly.", B}}},
		{"credit caption", "Protesters march in Paris. (AP Photo/Jane Doe)\n\nThousands marched.",
			[]sent{{"Protesters march in Paris. (AP Photo/Jane Doe)", C}, {"Thousands marched.", B}}},
		{"party not a position", "Rep. Jane Doe (R) said the bill would pass.\n\nIt did.",
			[]sent{{"Rep. Jane Doe (R) said the bill would pass.", B}, {"It did.", B}}},
		{"two weak positions", "Jane Doe (R) and John Roe (C) at the launch.\n\nIt rained.",
			[]sent{{"Jane Doe (R) and John Roe (C) at the launch.", C}, {"It rained.", B}}},
		{"credit line", "Flags outside the hall Image: Jane Doe.\n\nThe talks began.",
			[]sent{{"Flags outside the hall", C}, {"Image: Jane Doe.", C}, {"The talks began.", B}}},
		{"reporting credit", "Talks end. (Reporting by John Smith; Editing by Jane Doe)",
			[]sent{{"Talks end.", B}, {"(Reporting by John Smith; Editing by Jane Doe)", C}}},
		{"headline", "Blinken, Lavrov meet briefly in New Delhi\n\nNEW DELHI (Kyodo) -- They met.",
			[]sent{{"Blinken, Lavrov meet briefly in New Delhi", H}, {"NEW DELHI (Kyodo) --", D}, {"They met.", B}}},
		{"dateline on its own line", "MOSCOW, March 2 (Reuters) -\n\nRussia said no.",
			[]sent{{"MOSCOW, March 2 (Reuters) -", D}, {"Russia said no.", B}}},
		{"not a headline", "They met briefly.\n\nThen they left.",
			[]sent{{"They met briefly.", B}, {"Then they left.", B}}},
		{"hard wrap", "This is a long sentence that was wrapped by an old mail program\nat a fixed width of seventy-two characters.",
			[]sent{{"This is a long sentence that was wrapped by an old mail program\nat a fixed width of seventy-two characters.", B}}},
		{"list lines", "The demands were:\n- a ceasefire\n- talks\n1. Sanctions",
			[]sent{{"The demands were:", B}, {"- a ceasefire", B}, {"- talks", B}, {"1. Sanctions", B}}},
		{"short lines", "Contact\nJane Doe\nPress Office",
			[]sent{{"Contact", B}, {"Jane Doe", B}, {"Press Office", B}}},
		{"company name wrapped", "Globex and Acme North America\nInc said they would merge.",
			[]sent{{"Globex and Acme North America\nInc said they would merge.", B}}},
		{"name wrapped before a said", "The Lakeside Fishing Cooperative\nUnion said it would strike.",
			[]sent{{"The Lakeside Fishing Cooperative\nUnion said it would strike.", B}}},
		{"firm's name wrapped before its last word and suffix", "Kenya's Lakeside Fishing\nCooperative Ltd unit said it would strike.",
			[]sent{{"Kenya's Lakeside Fishing\nCooperative Ltd unit said it would strike.", B}}},
		{"firm's name wrapped before two words and a suffix", "Kenya's Lakeside\nFishing Cooperative Ltd unit said it would strike.",
			[]sent{{"Kenya's Lakeside\nFishing Cooperative Ltd unit said it would strike.", B}}},
		{"line ends with said", "Lakeside Fishing Ltd said\nMarch sales were up 5 pct.",
			[]sent{{"Lakeside Fishing Ltd said\nMarch sales were up 5 pct.", B}}},
		{"short lines before a name", "Contact\nLakeside Fishing Ltd",
			[]sent{{"Contact", B}, {"Lakeside Fishing Ltd", B}}},
		{"name wrapped after its particle", "Kenyan Trade Minister Jan de\nVries said talks would go on.",
			[]sent{{"Kenyan Trade Minister Jan de\nVries said talks would go on.", B}}},
		{"section break", "The end. *** A new part begins.",
			[]sent{{"The end.", B}, {"***", B}, {"A new part begins.", B}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkSentences(t, c.in, c.want) })
	}
}

// TestSentenceFinalAbbreviation checks that an abbreviation ending a
// sentence gives its period to the sentence, as EWT does: "U.S" + ".".
func TestSentenceFinalAbbreviation(t *testing.T) {
	in := "He flew to the U.S. The talks failed at Acme Inc."
	d := annotate(t, in)
	got := tokenStrings(in, d.Tokens)
	want := []string{"He", "flew", "to", "the", "U.S", ".", "The", "talks", "failed", "at", "Acme", "Inc", "."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("tokens %q, want %q", got, want)
	}
	if sp := d.Tokens[4].Span; sp != (doc.Span{Start: 15, End: 18}) {
		t.Errorf("U.S span %v, want {15 18}", sp)
	}
	if sp := d.Tokens[5].Span; sp != (doc.Span{Start: 18, End: 19}) {
		t.Errorf("period span %v, want {18 19}", sp)
	}
	if d.Tokens[4].Flags&doc.SpaceAfter != 0 || d.Tokens[5].Flags&doc.SpaceAfter == 0 {
		t.Errorf("SpaceAfter: U.S %v, period %v; want false, true", d.Tokens[4].Flags&doc.SpaceAfter != 0, d.Tokens[5].Flags&doc.SpaceAfter != 0)
	}
}

// TestSplitPeriodsMixed has sentence ends with and without a split
// period in one paragraph: the tokens must move to the right places.
func TestSplitPeriodsMixed(t *testing.T) {
	in := "He went to the U.S. Then he left. They said so. He joined Acme Inc. It grew."
	d := annotate(t, in)
	got := strings.Join(tokenStrings(in, d.Tokens), "|")
	want := "He|went|to|the|U.S|.|Then|he|left|.|They|said|so|.|He|joined|Acme|Inc|.|It|grew|."
	if got != want {
		t.Fatalf("tokens %s\nwant   %s", got, want)
	}
	var sents []string
	for _, s := range d.Sentences {
		sents = append(sents, d.Text(s.Span))
	}
	wantS := []string{"He went to the U.S.", "Then he left.", "They said so.", "He joined Acme Inc.", "It grew."}
	if strings.Join(sents, "|") != strings.Join(wantS, "|") {
		t.Errorf("sentences %q, want %q", sents, wantS)
	}
	if err := checkInvariants(d); err != nil {
		t.Error(err)
	}
}

func TestParagraphs(t *testing.T) {
	in := "First para.\nStill first.\n\n  \n\tSecond para. Two sentences.\r\n\r\nThird"
	d := annotate(t, in)
	want := spansOf(t, in, []string{"First para.\nStill first.", "Second para. Two sentences.", "Third"})
	if len(d.Paragraphs) != len(want) {
		t.Fatalf("paragraphs %v, want %v", d.Paragraphs, want)
	}
	for i := range want {
		if d.Paragraphs[i] != want[i] {
			t.Errorf("paragraph %d = %v %q, want %v", i, d.Paragraphs[i], d.Text(d.Paragraphs[i]), want[i])
		}
	}
	wantPara := []int32{0, 0, 1, 1, 2}
	if len(d.Sentences) != len(wantPara) {
		t.Fatalf("%d sentences, want %d", len(d.Sentences), len(wantPara))
	}
	for i, s := range d.Sentences {
		if s.Paragraph != wantPara[i] {
			t.Errorf("sentence %d paragraph %d, want %d", i, s.Paragraph, wantPara[i])
		}
		starts := d.Tokens[s.Tokens.Start].Flags&doc.ParagraphStart != 0
		if first := i == 0 || d.Sentences[i-1].Paragraph != s.Paragraph; starts != first {
			t.Errorf("sentence %d first token ParagraphStart = %v, want %v", i, starts, first)
		}
	}
}

// TestLineParagraphs: text with one paragraph per line and no blank lines
// (as pages often give) is read line by line; hard-wrapped text is not.
func TestLineParagraphs(t *testing.T) {
	cases := []struct {
		in   string
		want int // paragraphs
	}{
		{"Blinken meets Lavrov on the sidelines of the G20\nNEW DELHI (Kyodo) -- They met.\nThey spoke briefly.\nNo deal was reached.", 4},
		{"This is a long sentence that was wrapped by an old mail program\nat a fixed width of seventy-two characters, and it goes on\nfor a few lines without ending anywhere in particular.", 1},
		{"One.\nTwo.\n\nThree.", 2},
		{"Jane Doe\nPress Office\nMain St", 1},
		// wire copy wrapped at a fixed width whose paragraphs, each set off
		// by an indent, are a line or two: every other line ends a
		// sentence, but the others run on in lower case, so it is not read
		// line by line; its indents start the paragraphs
		{"    The Kenyan envoy told the assembly the talks in\nNairobi had failed.\n    Uganda's delegation walked out an hour\nlater, its spokesman said.\n    No date was set for a third\nround of talks.", 3},
		// an indent starts a paragraph only after a line that ends a
		// sentence, and only when it lies deeper than the line before
		{"Kenya bought a stake in Nairobi Holdings Co.\n    Uganda sold the rest\nin March.", 2},
		{"Kenya sold its shares to\n    Nairobi Holdings. Uganda sold the rest\nin March.", 1},
		{"    Kenya bought a stake.\n    Uganda sold the rest.", 1},
		// a rule between a digest's items is a paragraph of its own, and
		// the item after it starts one ("KAMPALA -" opens it as a
		// dateline); so is an email's line of underscores
		{"Kenya closed the border with\nUganda.\n    - - - -\n    KAMPALA - Uganda said it would\nreopen it.", 3},
		{"Thanks.\n_____\nFrom: Kamau", 3},
	}
	for _, c := range cases {
		d := annotate(t, c.in)
		if len(d.Paragraphs) != c.want {
			t.Errorf("%q: %d paragraphs, want %d", c.in, len(d.Paragraphs), c.want)
		}
	}
}

func TestInQuote(t *testing.T) {
	cases := []struct {
		in   string
		want string // the tokens flagged InQuote, joined by "|"
	}{
		{"He said \"we will go\" today.", "we|will|go"},
		{"He said \u201cwe \u2018never\u2019 go\u201d today.", "we|never|go"},
		{"\"Stop. Now,\" he said. \"Go.\"", "Stop|.|Now|,|Go|."},
		{"The Sanders' plan 'failed' badly.", "failed"},
		{"He said \u201cwe will go,\u2019\u2019 she said \u2018\u2018now\u2019\u2019.", "we|will|go|,|now"},
		{"An \"open quote runs on\n\nto the end.", "open|quote|runs|on"},
	}
	for _, c := range cases {
		d := annotate(t, c.in)
		var got []string
		for i, tk := range d.Tokens {
			if tk.Flags&doc.InQuote != 0 {
				got = append(got, d.TokenText(i))
			}
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("%q: InQuote tokens %q, want %q", c.in, g, c.want)
		}
	}
}

func TestLongSentenceCut(t *testing.T) {
	in := strings.Repeat("word ", 600)
	d := doc.New(doc.Article{Text: in})
	if err := New(Options{}).Annotate(d); err != nil {
		t.Fatal(err)
	}
	wantLens := []int{MaxSentenceTokens, MaxSentenceTokens, 600 - 2*MaxSentenceTokens}
	if len(d.Sentences) != len(wantLens) {
		t.Fatalf("%d sentences, want %d", len(d.Sentences), len(wantLens))
	}
	for i, s := range d.Sentences {
		if s.Tokens.Len() != wantLens[i] {
			t.Errorf("sentence %d has %d tokens, want %d", i, s.Tokens.Len(), wantLens[i])
		}
	}
	if len(d.Diagnostics) != 2 {
		t.Errorf("%d diagnostics, want 2: %v", len(d.Diagnostics), d.Diagnostics)
	}
	for _, dg := range d.Diagnostics {
		if dg.Stage != "text" || dg.Span.Empty() {
			t.Errorf("diagnostic %+v: want stage text and a span", dg)
		}
	}
	// A smaller bound from Options.
	d = doc.New(doc.Article{Text: in})
	New(Options{MaxTokens: 100}).Annotate(d)
	if len(d.Sentences) != 6 {
		t.Errorf("MaxTokens 100: %d sentences, want 6", len(d.Sentences))
	}
}

func TestEmptyAndBlank(t *testing.T) {
	for _, in := range []string{"", " ", "\n\n\n", "\x00\xff", "\u200b"} {
		d := annotate(t, in)
		if len(d.Paragraphs)+len(d.Sentences)+len(d.Tokens) != 0 {
			t.Errorf("%q: got %d paragraphs, %d sentences, %d tokens; want none", in, len(d.Paragraphs), len(d.Sentences), len(d.Tokens))
		}
	}
}

func TestStage(t *testing.T) {
	sp := New(Options{})
	p, err := doc.NewPipeline(sp)
	if err != nil {
		t.Fatal(err)
	}
	d := doc.New(doc.Article{ID: "a", Text: "One. Two."})
	if err := p.Run(d); err != nil {
		t.Fatal(err)
	}
	if sp.Name() != "text" || sp.Reads() != 0 || sp.Writes() != doc.Sentences || d.Layers()&doc.Sentences == 0 {
		t.Errorf("stage %s reads %s writes %s; doc layers %s", sp.Name(), sp.Reads(), sp.Writes(), d.Layers())
	}
	// Annotating again replaces the layer rather than appending to it.
	if err := sp.Annotate(d); err != nil {
		t.Fatal(err)
	}
	if len(d.Sentences) != 2 || len(d.Tokens) != 4 || len(d.Paragraphs) != 1 {
		t.Errorf("re-annotated: %d sentences, %d tokens, %d paragraphs; want 2, 4, 1", len(d.Sentences), len(d.Tokens), len(d.Paragraphs))
	}
}

var seedArticle = filepath.Join("..", "..", "shared", "examples", "seed-g20-new-delhi", "article.txt")

// TestSeedArticle checks the acceptance article: 18 sentences (one per
// sentence a reader counts), the photo caption on its own, the quotes of
// the last paragraphs split where their sentences end.
func TestSeedArticle(t *testing.T) {
	b, err := os.ReadFile(seedArticle)
	if err != nil {
		t.Skipf("seed article absent (%v): it lives in ../shared beside the repository", err)
	}
	d := annotate(t, string(b))
	if len(d.Sentences) != 18 {
		for _, s := range d.Sentences {
			t.Logf("%s %q", s.Kind, d.Text(s.Span))
		}
		t.Fatalf("%d sentences, want 18", len(d.Sentences))
	}
	if len(d.Paragraphs) != 13 {
		t.Errorf("%d paragraphs, want 13", len(d.Paragraphs))
	}
	byKind := map[doc.SentenceKind][]string{}
	for _, s := range d.Sentences {
		byKind[s.Kind] = append(byKind[s.Kind], d.Text(s.Span))
	}
	// the caption is the article's photo line, the one naming who is on
	// the left; the last paragraph holds the last two sentences
	var wantCaption, lastPara string
	for _, line := range strings.Split(string(b), "\n") {
		if line = strings.TrimSpace(line); strings.Contains(line, " (L) ") {
			wantCaption = line
		} else if line != "" {
			lastPara = line
		}
	}
	if c := byKind[doc.Caption]; len(c) != 1 || c[0] != wantCaption {
		t.Errorf("captions %q, want [%q]", c, wantCaption)
	}
	if n := len(byKind[doc.Body]); n != 17 {
		t.Errorf("%d body sentences, want 17", n)
	}
	if wantCaption == "" || lastPara == "" {
		t.Fatalf("no photo line or no last paragraph in the seed article")
	}
	last := d.Sentences[len(d.Sentences)-2:]
	if a, z := d.Text(last[0].Span), d.Text(last[1].Span); a+" "+z != lastPara || !strings.HasSuffix(a, "tense.") || !strings.HasPrefix(z, "\"But") {
		t.Errorf("last paragraph split as %q / %q, want after \"tense.\"", a, z)
	}
	// The two-sentence quote of paragraph 9 splits inside the quote.
	for i, s := range d.Sentences {
		if strings.HasPrefix(d.Text(s.Span), "\"Mutual compliance") {
			next := d.Text(d.Sentences[i+1].Span)
			if !strings.HasSuffix(d.Text(s.Span), "countries.") || !strings.HasPrefix(next, "It's also") {
				t.Errorf("quote split as %q / %q", d.Text(s.Span), next)
			}
		}
	}
}

// TestConcurrent annotates documents from several goroutines with one
// Splitter (run with -race): results must equal a sequential run.
func TestConcurrent(t *testing.T) {
	texts := []string{
		"NEW DELHI (Kyodo) -- The U.S. envoy met Mr. Lavrov. \"No deal,\" he said.",
		"Headline here\n\nBody text. More text (L) here.",
		strings.Repeat("word ", 600),
		"Jane Doe (L) and John Roe. (Kyodo)\n\nThey met.",
	}
	sp := New(Options{})
	want := make([]string, len(texts))
	for i, s := range texts {
		d := doc.New(doc.Article{Text: s})
		sp.Annotate(d)
		want[i] = render(d)
	}
	done := make(chan string, 8*len(texts))
	for g := 0; g < 8; g++ {
		go func() {
			for i, s := range texts {
				d := doc.New(doc.Article{Text: s})
				sp.Annotate(d)
				if got := render(d); got != want[i] {
					done <- "text " + strconv.Itoa(i) + " differs:\n" + got
					continue
				}
				done <- ""
			}
		}()
	}
	for k := 0; k < 8*len(texts); k++ {
		if msg := <-done; msg != "" {
			t.Error(msg)
		}
	}
}
