package coder

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"dyad/doc"
	"dyad/syntax/conllu"
)

// parse builds a Doc from a compact CoNLL-U: one token a line as
// "ID FORM LEMMA UPOS HEAD DEPREL [xpos=TAG] [SpaceAfter=No]", sentences separated by
// blank lines, "# newpar" before a sentence that opens a paragraph.
func parse(t testing.TB, src string) *doc.Doc {
	t.Helper()
	var b strings.Builder
	for _, line := range strings.Split(strings.TrimSpace(src), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			b.WriteString(line + "\n")
			continue
		}
		f := strings.Fields(line)
		if len(f) < 6 {
			t.Fatalf("test tree line %q: want ID FORM LEMMA UPOS HEAD DEPREL", line)
		}
		misc, xpos := "_", "_"
		for _, extra := range f[6:] {
			if x, ok := strings.CutPrefix(extra, "xpos="); ok {
				xpos = x
			} else {
				misc = extra
			}
		}
		b.WriteString(strings.Join([]string{f[0], f[1], f[2], f[3], xpos, "_", f[4], f[5], "_", misc}, "\t") + "\n")
	}
	tb, err := conllu.Read(strings.NewReader(b.String()), "test")
	if err != nil {
		t.Fatal(err)
	}
	d := tb.Doc
	d.Article.Published = time.Date(2023, 3, 3, 0, 0, 0, 0, time.UTC)
	return d
}

// ment is a mention to add by hand: the nth (from 0) occurrence of text.
type ment struct {
	text string
	code string
	kind doc.MentionKind
	nth  int
	ante string // the text of an earlier mention this one refers to (coreference)
}

func addMentions(t testing.TB, d *doc.Doc, ms ...ment) {
	t.Helper()
	for _, m := range ms {
		// the nth occurrence that starts and ends on token boundaries
		at, k := -1, 0
		for ti := range d.Tokens {
			st := int(d.Tokens[ti].Span.Start)
			if !strings.HasPrefix(d.Article.Text[st:], m.text) || !endsToken(d, st+len(m.text)) {
				continue
			}
			if k == m.nth {
				at = st
				break
			}
			k++
		}
		if at < 0 {
			t.Fatalf("mention %q #%d not in the text", m.text, m.nth)
		}
		sp := doc.Span{Start: int32(at), End: int32(at + len(m.text))}
		mn := doc.Mention{Span: sp, Tokens: tokensOf(d, sp), Kind: m.kind, Antecedent: -1}
		if m.code != "" {
			mn.Actor = doc.Actor{Code: m.code, Name: m.text, Entry: "test:" + m.text}
		}
		if m.ante != "" {
			for i, o := range d.Mentions {
				if d.Text(o.Span) == m.ante {
					mn.Antecedent = int32(i)
					break
				}
			}
		}
		if mn.Kind == doc.UnknownKind {
			mn.Kind = doc.Person
		}
		d.Mentions = append(d.Mentions, mn)
	}
	d.MarkLayers(doc.Actors)
}

// brief renders events as "SRC>TGT:CODE" (negated with "!", modality after "~").
func brief(d *doc.Doc) []string {
	var out []string
	for _, e := range d.Events {
		tgt := e.Target.Actor.Code
		if tgt == "" && !e.Target.Span.Empty() {
			tgt = strconv.Quote(d.Text(e.Target.Span)) // a target no dictionary names
		}
		src := e.Source.Actor.Code
		if src == "" && !e.Source.Span.Empty() {
			src = strconv.Quote(d.Text(e.Source.Span)) // a source no dictionary names
		}
		s := src + ">" + tgt + ":" + codeDigits(e.Code)
		if e.Negated {
			s = "!" + s
		}
		if e.Modality != doc.Asserted {
			s += "~" + e.Modality.String()
		}
		out = append(out, s)
	}
	return out
}

// eventCase is a hand-parsed sentence with its mentions and the events
// (as brief renders them) the coder should find in it.
type eventCase struct {
	name  string
	tree  string
	ments []ment
	want  []string
}

// runEventCases codes each case with the default lexicon and checks its
// events, logging the patterns that fired when they differ.
func runEventCases(t *testing.T, cases []eventCase) {
	c := New(nil, Options{})
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := parse(t, tc.tree)
			addMentions(t, d, tc.ments...)
			if err := c.Annotate(d); err != nil {
				t.Fatal(err)
			}
			got := strings.Join(brief(d), " ")
			if want := strings.Join(tc.want, " "); got != want {
				t.Errorf("events %q, want %q", got, want)
				for _, e := range d.Events {
					t.Logf("  %s %v", e.Evidence.Pattern, e.Evidence.Entries)
				}
			}
		})
	}
}

func endsToken(d *doc.Doc, end int) bool {
	for _, tk := range d.Tokens {
		if int(tk.Span.End) == end {
			return true
		}
	}
	return false
}
