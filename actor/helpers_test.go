package actor

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"dyad/doc"
	"dyad/syntax/conllu"
)

// resolved is parsed's Doc with the actor stage run over it with testLex.
func resolved(t testing.TB, src string, published string) *doc.Doc {
	t.Helper()
	d := parsed(t, src, published)
	if err := New(testLex()).Annotate(d); err != nil {
		t.Fatal(err)
	}
	return d
}

// parsed builds a Doc from a compact CoNLL-U: "#text ..." gives a
// sentence's text, "#par" starts a paragraph, and each token line is
// "form UPOS[/XPOS] head deprel" (head 0 for the root). A blank line ends a
// sentence. The lemma is the lower-cased form, or what follows "=" in a
// form written "said=say".
func parsed(t testing.TB, src string, published string) *doc.Doc {
	t.Helper()
	var b strings.Builder
	id := 0
	for ln, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "":
			if id > 0 {
				b.WriteString("\n")
			}
			id = 0
			continue
		case line == "#par":
			b.WriteString("# newpar\n")
			continue
		case strings.HasPrefix(line, "#text "):
			fmt.Fprintf(&b, "# text = %s\n", strings.TrimPrefix(line, "#text "))
			continue
		}
		f := strings.Fields(line)
		if len(f) != 4 {
			t.Fatalf("test doc line %d: want 'form UPOS head deprel', have %q", ln+1, line)
		}
		id++
		upos, xpos := f[1], "_"
		if k := strings.IndexByte(upos, '/'); k > 0 {
			upos, xpos = upos[:k], upos[k+1:]
		}
		form, lemma := f[0], strings.ToLower(f[0])
		if k := strings.IndexByte(form, '='); k > 0 {
			form, lemma = form[:k], form[k+1:] // "said=say"
		}
		fmt.Fprintf(&b, "%d\t%s\t%s\t%s\t%s\t_\t%s\t%s\t_\t_\n", id, form, lemma, upos, xpos, f[2], f[3])
	}
	b.WriteString("\n")
	tb, err := conllu.Read(strings.NewReader(b.String()), "test")
	if err != nil {
		t.Fatalf("test doc: %v", err)
	}
	d := tb.Doc
	if published != "" {
		d.Article.Published, err = time.Parse("2006-01-02", published)
		if err != nil {
			t.Fatal(err)
		}
	}
	return d
}

// tableLex is a tiny in-memory Lexicon for tests: phrases matched word by
// word, case-insensitively, longest first.
type tableLex struct {
	byFirst map[string][]phrase
}

type phrase struct {
	words []string
	e     *Entry
}

func newTableLex(entries []Entry, phrases []string) *tableLex {
	l := &tableLex{byFirst: map[string][]phrase{}}
	for i := range entries {
		e := &entries[i]
		e.Where = fmt.Sprintf("test.txt:%d", i+1)
		w := strings.Fields(phrases[i])
		k := strings.ToLower(w[0])
		l.byFirst[k] = append(l.byFirst[k], phrase{w, e})
	}
	return l
}

func (l *tableLex) Lookup(words []string, i int) (*Entry, int) {
	var buf [32]byte
	var best *Entry
	n := 0
	for _, p := range l.byFirst[string(fold(words[i], &buf))] {
		if len(p.words) <= n || i+len(p.words) > len(words) {
			continue
		}
		ok := true
		for k, w := range p.words {
			if !strings.EqualFold(w, words[i+k]) {
				ok = false
				break
			}
		}
		if ok {
			best, n = p.e, len(p.words)
		}
	}
	return best, n
}

func date(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// testLex is the dictionary of the tests: made up for them, a few real names.
func testLex() *tableLex {
	var es []Entry
	var ps []string
	add := func(p string, e Entry) { ps = append(ps, p); es = append(es, e) }
	for _, c := range []struct{ nom, adj, code, name string }{
		{"Russia", "Russian", "RUS", "Russia"}, {"China", "Chinese", "CHN", "China"},
		{"United States", "American", "USA", "United States"}, {"Ukraine", "Ukrainian", "UKR", "Ukraine"},
		{"Soviet Union", "Soviet", "SUN", "Soviet Union"}, {"Japan", "Japanese", "JPN", "Japan"},
		{"India", "Indian", "IND", "India"},
	} {
		add(c.nom, Entry{Kind: CountryNom, Code: c.code, Name: c.name})
		add(c.adj, Entry{Kind: CountryAdj, Code: c.code, Name: c.name})
	}
	add("Americans", Entry{Kind: CountryAdj, Code: "USA", Name: "United States"})
	add("U.S.", Entry{Kind: CountryNom, Code: "USA", Name: "United States"})
	add("Moscow", Entry{Kind: Capital, Code: "RUS", Name: "Moscow"})
	add("Washington", Entry{Kind: Capital, Code: "USA", Name: "Washington"})
	add("Beijing", Entry{Kind: Capital, Code: "CHN", Name: "Beijing"})
	add("New Delhi", Entry{Kind: Capital, Code: "IND", Name: "New Delhi"})
	add("Kremlin", Entry{Kind: Seat, Code: "RUSGOV", Name: "Kremlin"})
	add("White House", Entry{Kind: Seat, Code: "USAGOV", Name: "White House"})
	add("NATO", Entry{Kind: Org, Code: "IGOWSTNAT", Name: "NATO"})
	add("Group of 20", Entry{Kind: Org, Code: "IGOG20", Name: "Group of 20"})
	add("G-20", Entry{Kind: Org, Code: "IGOG20", Name: "Group of 20"})
	add("Tass", Entry{Kind: Org, Code: "RUSMED", Name: "Tass"})
	add("Kyodo", Entry{Kind: Org, Code: "JPNMED", Name: "Kyodo"})
	add("State Department", Entry{Kind: Org, Code: "USAGOV", Name: "U.S. State Department"})
	for _, a := range []struct {
		p, code string
		g       Gender
		plural  bool
	}{
		{"minister", "GOV", 0, false}, {"foreign minister", "GOV", 0, false}, {"secretary of state", "GOV", 0, false},
		{"foreign ministry", "GOV", 0, false}, {"spokesman", "GOV", Male, false}, {"spokeswoman", "GOV", Female, false},
		{"diplomat", "GOV", 0, false}, {"official", "GOV", 0, false}, {"officials", "GOV", 0, true},
		{"media", "MED", 0, true}, {"troops", "MIL", 0, true}, {"president", "GOV", 0, false},
		{"analyst", "", 0, false}, {"government", "GOV", 0, false}, {"police", "COP", 0, true},
		{"defence ministry", "MIL", 0, false}, {"ministry", "GOV", 0, false}, {"soldiers", "MIL", 0, true},
	} {
		add(a.p, Entry{Kind: Agent, Code: a.code, Gender: a.g, Plural: a.plural})
	}
	add("Hillary Clinton", Entry{Kind: PersonName, Code: "USAELI", Name: "Hillary Clinton", Gender: Female,
		Roles: []Role{{Code: "USAGOV", From: date("2009-01-21"), To: date("2013-02-01"), Where: "roles.txt:1"}}})
	add("Joe Biden", Entry{Kind: PersonName, Code: "USAELI", Name: "Joe Biden", Gender: Male,
		Roles: []Role{{Code: "USAGOV", From: date("2009-01-20"), To: date("2017-01-20")},
			{Code: "USAGOV", From: date("2021-01-20"), To: date("2025-01-20")}}})
	add("ministers", Entry{Kind: Agent, Code: "GOV", Plural: true})
	add("foreign ministers", Entry{Kind: Agent, Code: "GOV", Plural: true})
	return newTableLex(es, ps)
}

// row is a mention as the tests state it.
type row struct {
	text, kind, code string
	ante             string // text of the antecedent mention, "" for none
}

func rows(d *doc.Doc) []row {
	var out []row
	for _, m := range d.Mentions {
		r := row{text: d.Text(m.Span), kind: m.Kind.String(), code: m.Actor.Code}
		if m.Antecedent >= 0 {
			r.ante = d.Text(d.Mentions[m.Antecedent].Span)
		}
		out = append(out, r)
	}
	return out
}

func checkRows(t *testing.T, d *doc.Doc, want []row) {
	t.Helper()
	got := rows(d)
	n := max(len(got), len(want))
	for i := 0; i < n; i++ {
		var g, w row
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if g != w {
			t.Errorf("mention %d: got %+v, want %+v", i, g, w)
		}
	}
	if t.Failed() {
		for i, m := range d.Mentions {
			t.Logf("  %d %q %s %s %s ante=%d", i, d.Text(m.Span), m.Kind, m.Actor.Code, m.Actor.Entry, m.Antecedent)
		}
	}
}

// mentionCode is the actor code of the last mention with the text, or
// "(no mention)".
func mentionCode(d *doc.Doc, text string) string {
	got := "(no mention)"
	for _, m := range d.Mentions {
		if d.Text(m.Span) == text {
			got = m.Actor.Code
		}
	}
	return got
}
