package text

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dyad/doc"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// render lists a Doc's sentences for a person to read: paragraph, kind,
// byte span, and the tokens joined by "|", with "ᵠ" after tokens in quotes.
func render(d *doc.Doc) string {
	var b strings.Builder
	for _, s := range d.Sentences {
		fmt.Fprintf(&b, "p%d %-8s [%d,%d) ", s.Paragraph, s.Kind, s.Span.Start, s.Span.End)
		for i := s.Tokens.Start; i < s.Tokens.End; i++ {
			if i > s.Tokens.Start {
				b.WriteByte('|')
			}
			b.WriteString(d.TokenText(int(i)))
			if d.Tokens[i].Flags&doc.InQuote != 0 {
				b.WriteString("ᵠ")
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// TestGolden splits a hand-written wire story (testdata/article.txt) with a
// headline, dateline, caption, quotes, abbreviations, a list and a credit,
// and compares the result with testdata/article.golden. Run with -update
// after a deliberate change, and read the diff.
func TestGolden(t *testing.T) {
	in, err := os.ReadFile(filepath.Join("testdata", "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	d := annotate(t, string(in))
	if err := checkInvariants(d); err != nil {
		t.Fatal(err)
	}
	got := render(d)
	golden := filepath.Join("testdata", "article.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("split differs from %s (go test -run TestGolden -update rewrites it):\n%s", golden, got)
	}
}
