package coder_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"dyad/doc"
)

// BenchmarkPolNeARQuoteScores scores quotes on PolNeAR dev with the rule
// of `dyad eval quotes` (package eval): brat offsets are code points; a
// gold content is direct when it opens with a quotation mark (double or
// single, straight or curly); it is found when one dyad quote overlaps at
// least half of it (over all its fragments), and that quote's speaker is
// right when its mention, or one it refers back to, overlaps the gold
// source, or a mention over the source resolves to the same person.
// Precision is per dyad class (doc.Quote.Direct): a dyad quote is right when
// it overlaps half of some gold content of either class. Speaker accuracy
// is over found contents with a gold source. The whole F1 takes precision
// over dyad quotes that are not partial: PolNeAR marks no content for a
// fragment quoted inside the writer's sentence ('called it "a reckless
// gamble"'), or marks the writer's whole clause around it. The joined figures let the
// pieces of a quotation interrupted by its cue ("A," she said. "B.") count
// together, as PolNeAR marks them as one content in fragments (the
// JoinPieces option of package eval). With DYAD_QUOTES_DUMP=FILE
// every miss, wrong speaker and unmatched quote is written to FILE. Run:
//
//	go test ./coder -run XXX -bench PolNeARQuoteScores -benchtime 1x
func BenchmarkPolNeARQuoteScores(b *testing.B) {
	dir := filepath.Join("..", "..", "shared", "gold", "quotes", "polnear", "dev")
	texts, err := filepath.Glob(filepath.Join(dir, "text", "*.txt"))
	if err != nil || len(texts) == 0 {
		b.Skipf("PolNeAR dev is absent (%v): it lives in ../shared beside the repository", err)
	}
	anns, _ := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	sort.Strings(anns)
	p := pipeline(b)
	var s, js [2]quoteClass // indirect, direct; strict and with pieces joined
	var dump strings.Builder
	for i := 0; i < b.N; i++ {
		s, js = [2]quoteClass{}, [2]quoteClass{}
		dump.Reset()
		for _, tf := range texts {
			name := strings.TrimSuffix(filepath.Base(tf), ".txt")
			ann := ""
			for _, a := range anns {
				if strings.HasPrefix(filepath.Base(a), name+"_") {
					ann = a
					break
				}
			}
			body, err := os.ReadFile(tf)
			if err != nil || ann == "" {
				continue
			}
			gold := polnearGold(b, ann, string(body))
			d := doc.New(doc.Article{ID: name, Text: string(body)})
			if err := p.Run(d); err != nil {
				b.Fatal(err)
			}
			scoreQuotes(&s, d, gold, false, &dump)
			scoreQuotes(&js, d, gold, true, nil)
		}
	}
	for k, c := range s {
		cl := [2]string{"ind", "dir"}[k]
		b.ReportMetric(float64(c.gold), cl+"-gold")
		b.ReportMetric(100*share(c.found, c.gold), cl+"-%R")
		b.ReportMetric(100*share(c.matched, c.dyad), cl+"-%P")
		b.ReportMetric(100*f1(share(c.matched, c.dyad), share(c.found, c.gold)), cl+"-%F1")
		b.ReportMetric(100*share(c.right, c.withSource), cl+"-%speaker")
		b.ReportMetric(100*share(c.matchedWhole, c.dyadWhole), cl+"-whole-%P")
		b.ReportMetric(100*f1(share(c.matchedWhole, c.dyadWhole), share(c.found, c.gold)), cl+"-whole-%F1")
		j := js[k]
		b.ReportMetric(100*share(j.found, j.gold), cl+"-joined-%R")
		b.ReportMetric(100*share(j.matched, j.dyad), cl+"-joined-%P")
		b.ReportMetric(100*f1(share(j.matched, j.dyad), share(j.found, j.gold)), cl+"-joined-%F1")
		b.ReportMetric(100*share(j.matchedWhole, j.dyadWhole), cl+"-joined-whole-%P")
		b.ReportMetric(100*f1(share(j.matchedWhole, j.dyadWhole), share(j.found, j.gold)), cl+"-joined-whole-%F1")
		b.ReportMetric(100*share(j.right, j.withSource), cl+"-joined-%speaker")
	}
	if f := os.Getenv("DYAD_QUOTES_DUMP"); f != "" {
		if err := os.WriteFile(f, []byte(dump.String()), 0o644); err != nil {
			b.Fatal(err)
		}
	}
}

type quoteClass struct {
	gold, found, withSource, right, dyad, matched int
	dyadWhole, matchedWhole                       int // dyad quotes that are not partial (doc.Quote.Partial)
}

type goldQuote struct {
	content, source []doc.Span
	direct          bool
}

func share(a, b int) float64 { return float64(a) / float64(max(b, 1)) }

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func scoreQuotes(s *[2]quoteClass, d *doc.Doc, gold []goldQuote, join bool, dump *strings.Builder) {
	text := d.Article.Text
	if dump == nil {
		dump = new(strings.Builder)
	}
	joined := make([]bool, len(gold))
	cls := func(direct bool) *quoteClass {
		if direct {
			return &s[1]
		}
		return &s[0]
	}
	for gi, g := range gold {
		c := cls(g.direct)
		c.gold++
		best, bestOv, cover := -1, 0, 0
		for qi, q := range d.Quotes {
			ov := overlapLen(q.Span, g.content)
			if ov > bestOv {
				best, bestOv = qi, ov
			}
			cover += ov // dyad quotes do not overlap each other
		}
		if !join {
			cover = bestOv
		}
		joined[gi] = join && 2*cover >= spansLen(g.content)
		gt := oneLine(text[g.content[0].Start:g.content[0].End])
		if best < 0 || 2*cover < spansLen(g.content) {
			fmt.Fprintf(dump, "MISSED\t%v\t%s\t%q\tdyad=%q\n", g.direct, d.Article.ID, gt, quoteText(d, best))
			continue
		}
		c.found++
		if len(g.source) == 0 {
			continue
		}
		c.withSource++
		q := d.Quotes[best]
		if q.Speaker >= 0 && sameSpeaker(d, q.Speaker, g.source) {
			c.right++
			continue
		}
		who := "(none)"
		if q.Speaker >= 0 {
			who = d.Text(d.Mentions[q.Speaker].Span) + "/" + d.Mentions[q.Speaker].Kind.String()
		}
		class := "source-without-mention" // the actor stage gave the gold source no mention
		for _, m := range d.Mentions {
			if overlapLen(m.Span, g.source) > 0 {
				class = "source-has-mention"
				break
			}
		}
		fmt.Fprintf(dump, "SPEAKER\t%v\t%s\t%s\t%q → %q\tcue=%q\t%q\n", g.direct, d.Article.ID, class,
			text[g.source[0].Start:g.source[0].End], who, d.Text(q.Cue), gt)
		if os.Getenv("DYAD_QUOTES_CONTEXT") != "" {
			lo, hi := max(q.Span.Start-200, 0), min(q.Span.End+200, int32(len(text)))
			fmt.Fprintf(dump, "\tcontext: %q\n\tmentions:", oneLine(text[lo:hi]))
			for _, m := range d.Mentions {
				if m.Span.Start >= lo && m.Span.End <= hi {
					fmt.Fprintf(dump, " [%s/%s %s]", d.Text(m.Span), m.Kind, m.Actor.Code)
				}
			}
			fmt.Fprintln(dump)
		}
	}
	for _, q := range d.Quotes {
		c := cls(q.Direct)
		c.dyad++
		if !q.Partial {
			c.dyadWhole++
		}
		matched := false
		for gi, g := range gold {
			if ov := overlapLen(q.Span, g.content); ov > 0 && (2*ov >= spansLen(g.content) || joined[gi]) {
				matched = true
				break
			}
		}
		if matched {
			c.matched++
			if !q.Partial {
				c.matchedWhole++
			}
			continue
		}
		fmt.Fprintf(dump, "SPURIOUS\t%v\t%s\tpartial=%v\tspeaker=%v\t%q\n", q.Direct, d.Article.ID, q.Partial, q.Speaker >= 0, oneLine(d.Text(q.Span)))
	}
}

func oneLine(s string) string {
	s = strings.ReplaceAll(s, "\n", " ")
	if len(s) > 600 {
		s = s[:600] + "…"
	}
	return s
}

func quoteText(d *doc.Doc, qi int) string {
	if qi < 0 {
		return ""
	}
	return oneLine(d.Text(d.Quotes[qi].Span))
}

// sameSpeaker: mention mi or one it refers back to overlaps the source, or
// a mention over the source has the same chain root or the same named actor.
func sameSpeaker(d *doc.Doc, mi int32, source []doc.Span) bool {
	for k, m := 0, mi; k < 64 && m >= 0 && int(m) < len(d.Mentions); k++ {
		if overlapLen(d.Mentions[m].Span, source) > 0 {
			return true
		}
		if d.Mentions[m].Antecedent == m {
			break
		}
		m = d.Mentions[m].Antecedent
	}
	root := rootOf(d, mi)
	who := d.Mentions[mi].Actor
	if !who.Known() {
		who = d.Mentions[root].Actor
	}
	for j := range d.Mentions {
		m := &d.Mentions[j]
		if overlapLen(m.Span, source) == 0 {
			continue
		}
		if rootOf(d, int32(j)) == root {
			return true
		}
		other := m.Actor
		if !other.Known() {
			other = d.Mentions[rootOf(d, int32(j))].Actor
		}
		if who.Known() && who.Name != "" && other.Code == who.Code && other.Name == who.Name {
			return true
		}
	}
	return false
}

func rootOf(d *doc.Doc, mi int32) int32 {
	for k := 0; k < 64; k++ {
		a := d.Mentions[mi].Antecedent
		if a < 0 || a == mi || int(a) >= len(d.Mentions) {
			break
		}
		mi = a
	}
	return mi
}

func overlapLen(s doc.Span, spans []doc.Span) int {
	n := 0
	for _, g := range spans {
		if lo, hi := max(s.Start, g.Start), min(s.End, g.End); hi > lo {
			n += int(hi - lo)
		}
	}
	return n
}

func spansLen(spans []doc.Span) int {
	n := 0
	for _, s := range spans {
		n += int(s.End - s.Start)
	}
	return n
}

// polnearGold reads a brat file's attributions, offsets in code points.
func polnearGold(b testing.TB, path, text string) []goldQuote {
	raw, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	byteAt := make([]int32, 0, len(text)+1)
	for i := range text {
		byteAt = append(byteAt, int32(i))
	}
	byteAt = append(byteAt, int32(len(text)))
	spans := map[string][]doc.Span{}
	var rels []map[string]string
	for ln, line := range strings.Split(string(raw), "\n") {
		f := strings.SplitN(strings.TrimRight(line, "\r"), "\t", 3)
		if len(f) < 2 {
			continue
		}
		switch f[0][0] {
		case 'T':
			kind, ranges, _ := strings.Cut(f[1], " ")
			if kind != "Content" && kind != "Source" {
				continue
			}
			var sps []doc.Span
			for _, r := range strings.Split(ranges, ";") {
				a, z, _ := strings.Cut(r, " ")
				s, err1 := strconv.Atoi(a)
				e, err2 := strconv.Atoi(z)
				if err1 != nil || err2 != nil || s < 0 || e < s || e >= len(byteAt) {
					b.Fatalf("%s:%d: bad range %q", path, ln+1, r)
				}
				sps = append(sps, doc.Span{Start: byteAt[s], End: byteAt[e]})
			}
			spans[f[0]] = sps
		case 'E':
			r := map[string]string{}
			for _, arg := range strings.Fields(f[1]) {
				if role, id, ok := strings.Cut(arg, ":"); ok {
					r[role] = id
				}
			}
			rels = append(rels, r)
		}
	}
	var out []goldQuote
	for _, r := range rels {
		c := spans[r["Content"]]
		if len(c) == 0 {
			continue
		}
		first := strings.TrimLeft(text[c[0].Start:c[0].End], " \t\n")
		ru, _ := utf8.DecodeRuneInString(first)
		direct := strings.ContainsRune("\"'“”‘’«„", ru)
		out = append(out, goldQuote{content: c, source: spans[r["Source"]], direct: direct})
	}
	return out
}
