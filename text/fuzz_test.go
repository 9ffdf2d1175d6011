package text

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"dyad/doc"
)

// checkInvariants reports the first broken invariant of an annotated Doc:
// spans in range, non-empty, ordered and non-overlapping; sentences cover
// their tokens, lie in their paragraph and tile the token list.
func checkInvariants(d *doc.Doc) error {
	n := int32(len(d.Article.Text))
	prev := int32(0)
	for i, t := range d.Tokens {
		if t.Span.Start < prev || t.Span.End <= t.Span.Start || t.Span.End > n {
			return fmt.Errorf("token %d span %v (previous end %d, text %d bytes)", i, t.Span, prev, n)
		}
		prev = t.Span.End
	}
	prev = 0
	for i, p := range d.Paragraphs {
		if p.Start < prev || p.End <= p.Start || p.End > n {
			return fmt.Errorf("paragraph %d span %v (previous end %d)", i, p, prev)
		}
		prev = p.End
	}
	next := int32(0)
	for i, s := range d.Sentences {
		if s.Tokens.Start != next || s.Tokens.End <= s.Tokens.Start || int(s.Tokens.End) > len(d.Tokens) {
			return fmt.Errorf("sentence %d tokens %v, want to start at %d", i, s.Tokens, next)
		}
		next = s.Tokens.End
		if s.Span.Start != d.Tokens[s.Tokens.Start].Span.Start || s.Span.End != d.Tokens[s.Tokens.End-1].Span.End {
			return fmt.Errorf("sentence %d span %v does not match its tokens", i, s.Span)
		}
		if s.Paragraph < 0 || int(s.Paragraph) >= len(d.Paragraphs) || !d.Paragraphs[s.Paragraph].Contains(s.Span) {
			return fmt.Errorf("sentence %d span %v outside its paragraph %d", i, s.Span, s.Paragraph)
		}
		if s.Tokens.Len() > MaxSentenceTokens {
			return fmt.Errorf("sentence %d has %d tokens, over the bound", i, s.Tokens.Len())
		}
	}
	if int(next) != len(d.Tokens) {
		return fmt.Errorf("sentences cover %d of %d tokens", next, len(d.Tokens))
	}
	return nil
}

func FuzzSplit(f *testing.F) {
	seeds := []string{
		"", "a", ".", "...", "\"", "''", "(", "U.S.", "Mr.", "don't", "-", "--x--", "a-b-c",
		"NEW DELHI (Kyodo) -- U.S. Secretary said.",
		"Headline here\n\nMOSCOW, March 2 (Reuters) - Text. \"Quote.\" More.",
		"Blinken (L) and Lavrov. (Kyodo)\n\n",
		"\x00\xff\xfe\u200b \u2019s \u201c\u201d",
		"1. a\n- b\n* c",
		"http://x.com/a-b. mail a@b.co, :-) ***",
		strings.Repeat("\"", 40) + strings.Repeat("(", 40),
	}
	if b, err := os.ReadFile(seedArticle); err == nil {
		seeds = append(seeds, string(b))
	}
	for _, s := range seeds {
		f.Add(s)
	}
	sp := New(Options{})
	f.Fuzz(func(t *testing.T, s string) {
		d := doc.New(doc.Article{Text: s})
		if err := sp.Annotate(d); err != nil {
			t.Fatal(err)
		}
		if err := checkInvariants(d); err != nil {
			t.Fatalf("%q: %v", s, err)
		}
		toks := Tokenize(s, nil)
		prev := int32(0)
		for i, tk := range toks {
			if tk.Span.Start < prev || tk.Span.End <= tk.Span.Start || int(tk.Span.End) > len(s) {
				t.Fatalf("%q: Tokenize token %d span %v", s, i, tk.Span)
			}
			prev = tk.Span.End
		}
	})
}

// TestStress runs shapes of input that could make a careless splitter
// quadratic or deep: they must finish (go test's timeout catches a hang)
// and keep the invariants.
func TestStress(t *testing.T) {
	inputs := map[string]string{
		"one long line":     strings.Repeat("The U.S. said no. ", 20000),
		"no punctuation":    strings.Repeat("word ", 5000),
		"no spaces":         strings.Repeat("a-b.c,d/e", 20000),
		"nested quotes":     strings.Repeat("\u201c\"(\u2018", 5000) + "x" + strings.Repeat("\u2019)\"\u201d", 5000),
		"closers":           "x" + strings.Repeat(")", 50000),
		"openers":           strings.Repeat("(", 50000) + "x",
		"dots":              strings.Repeat(".", 50000),
		"short lines":       strings.Repeat("A\n", 20000),
		"blank lines":       strings.Repeat("\n \n", 20000),
		"control bytes":     strings.Repeat("\x00\x01\xff", 20000),
		"apostrophes":       strings.Repeat("'", 50000),
		"hyphenated run":    strings.Repeat("re-", 20000),
		"abbreviation runs": strings.Repeat("Mr. ", 20000),
		"period closers":    "x" + strings.Repeat(".)", 50000),
		"dotted run":        strings.Repeat("a.", 50000),
		"capitals":          strings.Repeat("ABC", 50000) + ".",
		"captions":          strings.Repeat("Jane Doe (L) and John Roe. (Kyodo)\n\n", 5000),
		"datelines":         strings.Repeat("PARIS (AFP) -- It rained. ", 5000),
	}
	for name, in := range inputs {
		start := time.Now()
		d := annotate(t, in)
		t.Logf("%s: %d bytes in %v", name, len(in), time.Since(start))
		if err := checkInvariants(d); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}
