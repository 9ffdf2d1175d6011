package text

import (
	"strings"
	"testing"

	"dyad/doc"
)

// spansOf locates the expected token strings in s, in order, each after
// the previous one, giving the spans the tokeniser must produce.
func spansOf(t *testing.T, s string, want []string) []doc.Span {
	t.Helper()
	var out []doc.Span
	pos := 0
	for _, w := range want {
		i := strings.Index(s[pos:], w)
		if i < 0 {
			t.Fatalf("bad test: %q not found in %q after byte %d", w, s, pos)
		}
		out = append(out, doc.Span{Start: int32(pos + i), End: int32(pos + i + len(w))})
		pos += i + len(w)
	}
	return out
}

func tokenStrings(s string, toks []doc.Token) []string {
	var out []string
	for _, t := range toks {
		out = append(out, s[t.Span.Start:t.Span.End])
	}
	return out
}

func TestTokenize(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		// Contractions and possessives: words are substrings (EWT multiword tokens).
		{"I don't know", []string{"I", "do", "n't", "know"}},
		{"can't won't cannot", []string{"ca", "n't", "wo", "n't", "can", "not"}},
		{"I'm sure it's gonna rain", []string{"I", "'m", "sure", "it", "'s", "gon", "na", "rain"}},
		{"they're, we've, you'll, he'd", []string{"they", "'re", ",", "we", "'ve", ",", "you", "'ll", ",", "he", "'d"}},
		{"Russia's war", []string{"Russia", "'s", "war"}},
		{"Sanders' plan", []string{"Sanders", "'", "plan"}},
		{"don\u2019t Russia\u2019s", []string{"do", "n\u2019t", "Russia", "\u2019s"}},
		// an acute accent or a modifier letter apostrophe typed for the apostrophe
		{"Peru\u00b4s army, Chile\u02bcs", []string{"Peru", "\u00b4s", "army", ",", "Chile", "\u02bcs"}},
		{"the 1990s and the '90s", []string{"the", "1990s", "and", "the", "'90s"}},
		// Hyphens: split, except after bound prefixes and inside phone numbers.
		{"Al-Zaman", []string{"Al", "-", "Zaman"}},
		{"a six-year-old boy", []string{"a", "six", "-", "year", "-", "old", "boy"}},
		{"e-mail non-profit re-election", []string{"e-mail", "non-profit", "re-election"}},
		{"a 10-year plan", []string{"a", "10", "-", "year", "plan"}},
		{"call 713-853-3989 or 345-9945", []string{"call", "713-853-3989", "or", "345-9945"}},
		{"PERFORMANCE 01-Feb-02 and 26-FEB-1987, not 3-May-day", []string{"PERFORMANCE", "01-Feb-02", "and", "26-FEB-1987", ",", "not", "3", "-", "May", "-", "day"}},
		{"pages 3-4", []string{"pages", "3", "-", "4"}},
		{"the G-20 meeting", []string{"the", "G", "-", "20", "meeting"}},
		// Numbers, money, percentages, times.
		{"3.5 and 1,000 and 20,000.", []string{"3.5", "and", "1,000", "and", "20,000", "."}},
		{"US$5 and HK$10.5 and \u20ac3", []string{"US$", "5", "and", "HK$", "10.5", "and", "\u20ac", "3"}},
		{"$5.2 billion, 25% more", []string{"$", "5.2", "billion", ",", "25", "%", "more"}},
		{"at 5:30 p.m. or 5pm or 7:30PM", []string{"at", "5:30", "p.m.", "or", "5", "pm", "or", "7:30", "PM"}},
		{"the 23rd and 1st", []string{"the", "23rd", "and", "1st"}},
		{"-5 degrees", []string{"-", "5", "degrees"}},
		// Abbreviations keep their period.
		{"Mr. Smith, Dr. Jones and Lt. Col. Brown", []string{"Mr.", "Smith", ",", "Dr.", "Jones", "and", "Lt.", "Col.", "Brown"}},
		{"U.S. and U.N. officials", []string{"U.S.", "and", "U.N.", "officials"}},
		{"Acme Inc. and Foo Corp. in St. Louis", []string{"Acme", "Inc.", "and", "Foo", "Corp.", "in", "St.", "Louis"}},
		{"on Jan. 5 the No. 1 seed", []string{"on", "Jan.", "5", "the", "No.", "1", "seed"}},
		{"I said no.", []string{"I", "said", "no", "."}},
		{"George W. Bush", []string{"George", "W.", "Bush"}},
		{"McCain, R-Ariz., said", []string{"McCain", ",", "R", "-", "Ariz.", ",", "said"}},
		{"Gen. Sen. Rep. Gov.", []string{"Gen.", "Sen.", "Rep.", "Gov."}},
		// Punctuation.
		{"\"Hello,\" he said.", []string{"\"", "Hello", ",", "\"", "he", "said", "."}},
		{"\u201cHello\u201d (Kyodo)", []string{"\u201c", "Hello", "\u201d", "(", "Kyodo", ")"}},
		{"wait... what?! no--never", []string{"wait", "...", "what", "?!", "no", "--", "never"}},
		{"peace \u2014 and war\u2013torn", []string{"peace", "\u2014", "and", "war", "\u2013", "torn"}},
		{"and/or 9/11 w/o b/c", []string{"and", "/", "or", "9/11", "w/o", "b/c"}},
		{"consistent [...] the", []string{"consistent", "[", "...", "]", "the"}},
		{"account(s)", []string{"account", "(", "s", ")"}},
		{"great :-) thanks", []string{"great", ":-)", "thanks"}},
		{"fine:)", []string{"fine", ":)"}},
		{"*** end ***", []string{"***", "end", "***"}},
		// Web addresses stay whole; sentence punctuation after them does not.
		{"see http://example.com/a-b_c?x=1.", []string{"see", "http://example.com/a-b_c?x=1", "."}},
		{"(www.example.org)", []string{"(", "www.example.org", ")"}},
		{"mail john.smith-jones@example.org, now", []string{"mail", "john.smith-jones@example.org", ",", "now"}},
	}
	for _, c := range cases {
		got := Tokenize(c.in, nil)
		want := spansOf(t, c.in, c.want)
		if len(got) != len(want) {
			t.Errorf("Tokenize(%q) = %q, want %q", c.in, tokenStrings(c.in, got), c.want)
			continue
		}
		for i := range got {
			if got[i].Span != want[i] {
				t.Errorf("Tokenize(%q) token %d = %v %q, want %v %q", c.in, i, got[i].Span, tokenStrings(c.in, got[i:i+1]), want[i], c.want[i])
			}
		}
	}
}

func TestTokenizeSpaceAfter(t *testing.T) {
	s := "Don't go, \"Bob\"."
	got := Tokenize(s, nil)
	// do|n't go|, "|Bob|"|.
	want := []bool{false, true, false, true, false, false, false, false}
	if len(got) != len(want) {
		t.Fatalf("Tokenize(%q) = %q", s, tokenStrings(s, got))
	}
	for i, tk := range got {
		if has := tk.Flags&doc.SpaceAfter != 0; has != want[i] {
			t.Errorf("token %d %q SpaceAfter = %v, want %v", i, s[tk.Span.Start:tk.Span.End], has, want[i])
		}
	}
}

// TestTokenizeBadBytes checks that invalid UTF-8 and control characters are
// left out of tokens without shifting the offsets of the tokens around them.
func TestTokenizeBadBytes(t *testing.T) {
	s := "ab\x00cd \xff\xfeef\x01 g\u200bh"
	got := Tokenize(s, nil)
	want := []doc.Span{{Start: 0, End: 2}, {Start: 3, End: 5}, {Start: 8, End: 10}, {Start: 12, End: 13}, {Start: 16, End: 17}}
	if len(got) != len(want) {
		t.Fatalf("Tokenize(%q) = %q, want spans %v", s, tokenStrings(s, got), want)
	}
	for i := range got {
		if got[i].Span != want[i] {
			t.Errorf("token %d span %v, want %v", i, got[i].Span, want[i])
		}
	}
}
