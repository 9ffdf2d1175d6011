// Package eval loads gold sets and scores dyad against them.
package eval

// UD scoring, computed as the CoNLL 2018 shared task's conll18_ud_eval.py
// does: gold and system words are placed on the stream of their
// characters with whitespace removed, tokens and sentences are matched by
// span, words are aligned by span (and, inside multiword tokens, by the
// longest common subsequence of their lower-cased forms), and every score
// is an F1 over aligned words. Relations compare on their universal part.

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"

	"dyad/doc"
	"dyad/text"
)

// UDSpan is a half-open range of characters (runes) in the treebank's
// character stream without whitespace.
type UDSpan struct{ Start, End int }

// UDWord is one syntactic word.
type UDWord struct {
	Span UDSpan // of its token: the words of a multiword token share it
	Form string
	UPOS doc.UPOS
	XPOS string
	Dep  doc.DepRel // universal part only
	Head int        // index into UDTreebank.Words; -1 for the root
	MWT  bool       // part of a multiword token
}

// UDTreebank is a treebank (gold or system) laid on its character stream.
type UDTreebank struct {
	Chars     []rune // the non-whitespace characters of all tokens
	Tokens    []UDSpan
	Words     []UDWord
	Sentences []UDSpan
}

// isSpace is the script's notion of whitespace inside a form (category Zs),
// widened to every Unicode space since a system token may span a line break.
func isSpace(r rune) bool { return unicode.IsSpace(r) || unicode.Is(unicode.Zs, r) }

// addToken appends a token's characters and returns its span.
func (tb *UDTreebank) addToken(form string) UDSpan {
	start := len(tb.Chars)
	tb.addChars(form)
	sp := UDSpan{start, len(tb.Chars)}
	tb.Tokens = append(tb.Tokens, sp)
	return sp
}

// addChars appends the characters of form, whitespace removed.
func (tb *UDTreebank) addChars(form string) {
	for _, r := range form {
		if !isSpace(r) {
			tb.Chars = append(tb.Chars, r)
		}
	}
}

// GoldUD is a gold CoNLL-U file: its treebank and the raw text it was
// written from.
type GoldUD struct {
	UDTreebank
	// Text is the raw text rebuilt from the file: the sentences of a
	// paragraph joined by one space, paragraphs and documents separated by
	// a blank line, so a system sees no gold sentence boundary.
	Text string
}

// ReadGoldUD reads a CoNLL-U file. name is used in error messages.
func ReadGoldUD(r io.Reader, name string) (*GoldUD, error) {
	g := &GoldUD{}
	var text strings.Builder
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var (
		lineNo    int
		sentText  string
		newPar    bool
		first     = -1 // index of the sentence's first word
		heads     []int
		mwtEnd    int // last word ID of the open multiword token
		tokSpan   UDSpan
		sentStart int
		forms     strings.Builder
	)
	flush := func() error {
		if first < 0 {
			return nil
		}
		for i, h := range heads {
			w := &g.Words[first+i]
			if h == 0 {
				w.Head = -1
				continue
			}
			if h < 0 || first+h-1 >= len(g.Words) {
				return fmt.Errorf("%s:%d: head %d outside the sentence", name, lineNo, h)
			}
			w.Head = first + h - 1
		}
		g.Sentences = append(g.Sentences, UDSpan{sentStart, len(g.Chars)})
		if sentText == "" {
			sentText = strings.TrimSpace(forms.String())
		}
		if text.Len() > 0 {
			if newPar {
				text.WriteString("\n\n")
			} else {
				text.WriteByte(' ')
			}
		}
		text.WriteString(sentText)
		first, heads, sentText, newPar, mwtEnd = -1, heads[:0], "", false, 0
		forms.Reset()
		return nil
	}
	for sc.Scan() {
		lineNo++
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" {
			if err := flush(); err != nil {
				return nil, err
			}
			continue
		}
		if line[0] == '#' {
			kv := strings.TrimSpace(line[1:])
			switch {
			case strings.HasPrefix(kv, "text ="):
				sentText = strings.TrimSpace(kv[len("text ="):])
			case strings.HasPrefix(kv, "newpar"), strings.HasPrefix(kv, "newdoc"):
				newPar = true
			}
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 10 {
			return nil, fmt.Errorf("%s:%d: want 10 tab-separated fields, have %d", name, lineNo, len(f))
		}
		if strings.Contains(f[0], ".") {
			continue // empty node
		}
		if first < 0 {
			first = len(g.Words)
			sentStart = len(g.Chars)
		}
		space := !strings.Contains(f[9], "SpaceAfter=No")
		if k := strings.IndexByte(f[0], '-'); k > 0 {
			end, err := strconv.Atoi(f[0][k+1:])
			if err != nil {
				return nil, fmt.Errorf("%s:%d: bad multiword range %q", name, lineNo, f[0])
			}
			mwtEnd = end
			tokSpan = g.addToken(f[1])
			writeForm(&forms, f[1], space)
			continue
		}
		id, err := strconv.Atoi(f[0])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: bad word ID %q", name, lineNo, f[0])
		}
		mwt := id <= mwtEnd
		if !mwt {
			tokSpan = g.addToken(f[1])
			writeForm(&forms, f[1], space)
		}
		if tokSpan.End == tokSpan.Start {
			return nil, fmt.Errorf("%s:%d: empty form", name, lineNo)
		}
		h, err := strconv.Atoi(f[6])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: bad head %q", name, lineNo, f[6])
		}
		up, _ := doc.ParseUPOS(f[3])
		dep, _ := doc.ParseDepRel(f[7])
		heads = append(heads, h)
		g.Words = append(g.Words, UDWord{Span: tokSpan, Form: f[1], UPOS: up, XPOS: f[4], Dep: dep.Universal(), MWT: mwt})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, lineNo, err)
	}
	if err := flush(); err != nil {
		return nil, err
	}
	g.Text = text.String()
	return g, nil
}

func writeForm(b *strings.Builder, form string, space bool) {
	b.WriteString(form)
	if space {
		b.WriteByte(' ')
	}
}

// FromDoc lays a system's annotated Doc on its character stream. Each
// token is a word. Words form one multiword token, as they would in the
// CoNLL-U the shared task scores, when they share a span or when
// text.JoinsPrevious joins them ("do" + "n't" is the token "don't"): the
// token is counted once, by its whole span, and each of its words keeps its
// own text as its form for the alignment. A multiword token never crosses a
// sentence boundary.
func FromDoc(d *doc.Doc) *UDTreebank {
	tb := &UDTreebank{}
	for _, s := range d.Sentences {
		first := len(tb.Words)
		start := len(tb.Chars)
		mwtFirst := -1 // first word of the open multiword token
		for i := s.Tokens.Start; i < s.Tokens.End; i++ {
			t := &d.Tokens[i]
			form := d.Text(t.Span)
			var sp UDSpan
			mwt := false
			switch {
			case i > s.Tokens.Start && d.Tokens[i-1].Span == t.Span:
				sp, mwt = tb.Tokens[len(tb.Tokens)-1], true
			case i > s.Tokens.Start && text.JoinsPrevious(d, int(i)):
				tb.addChars(form)
				sp, mwt = tb.Tokens[len(tb.Tokens)-1], true
				sp.End = len(tb.Chars)
				tb.Tokens[len(tb.Tokens)-1] = sp
			default:
				sp = tb.addToken(form)
				mwtFirst = len(tb.Words)
			}
			if mwt {
				for k := mwtFirst; k < len(tb.Words); k++ {
					tb.Words[k].Span, tb.Words[k].MWT = sp, true
				}
			}
			head := -1
			if t.Head >= 0 {
				head = first + int(t.Head-s.Tokens.Start)
			}
			tb.Words = append(tb.Words, UDWord{Span: sp, Form: form, UPOS: t.UPOS, XPOS: t.XPOS.String(),
				Dep: t.Dep.Universal(), Head: head, MWT: mwt})
		}
		if len(tb.Words) > first {
			tb.Sentences = append(tb.Sentences, UDSpan{start, len(tb.Chars)})
		}
	}
	return tb
}

// F1 counts one kind of match.
type F1 struct {
	Gold, System, Correct int
}

// Precision is Correct/System.
func (f F1) Precision() float64 { return ratio(f.Correct, f.System) }

// Recall is Correct/Gold.
func (f F1) Recall() float64 { return ratio(f.Correct, f.Gold) }

// F1 is the harmonic mean of precision and recall.
func (f F1) F1() float64 { return ratio(2*f.Correct, f.Gold+f.System) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// UDScores are the shared task's metrics for one system output.
type UDScores struct {
	Tokens, Sentences, Words F1
	UPOS, XPOS, UAS, LAS     F1
}

// ScoreUD compares a system treebank with the gold one. Their character
// streams must be equal: the system must have tokenised the gold text.
func ScoreUD(gold, sys *UDTreebank) (UDScores, error) {
	if string(gold.Chars) != string(sys.Chars) {
		i := 0
		for i < len(gold.Chars) && i < len(sys.Chars) && gold.Chars[i] == sys.Chars[i] {
			i++
		}
		return UDScores{}, fmt.Errorf("the system's tokens spell a different text from the gold tokens from character %d on (gold %q, system %q)",
			i, snippet(gold.Chars, i), snippet(sys.Chars, i))
	}
	var sc UDScores
	sc.Tokens = spansScore(gold.Tokens, sys.Tokens)
	sc.Sentences = spansScore(gold.Sentences, sys.Sentences)
	pairs := alignWords(gold.Words, sys.Words)
	// sysToGold maps an aligned system word to its gold word.
	sysToGold := make([]int, len(sys.Words))
	for i := range sysToGold {
		sysToGold[i] = -2
	}
	for _, p := range pairs {
		sysToGold[p[1]] = p[0]
	}
	base := F1{Gold: len(gold.Words), System: len(sys.Words), Correct: len(pairs)}
	sc.Words = base
	sc.UPOS, sc.XPOS, sc.UAS, sc.LAS = base, base, base, base
	sc.UPOS.Correct, sc.XPOS.Correct, sc.UAS.Correct, sc.LAS.Correct = 0, 0, 0, 0
	for _, p := range pairs {
		g, s := &gold.Words[p[0]], &sys.Words[p[1]]
		if g.UPOS == s.UPOS {
			sc.UPOS.Correct++
		}
		if g.XPOS == s.XPOS {
			sc.XPOS.Correct++
		}
		sh := -1
		if s.Head >= 0 {
			sh = sysToGold[s.Head]
		}
		if sh == g.Head {
			sc.UAS.Correct++
			if g.Dep == s.Dep {
				sc.LAS.Correct++
			}
		}
	}
	return sc, nil
}

func snippet(r []rune, i int) string {
	e := i + 20
	if e > len(r) {
		e = len(r)
	}
	if i > len(r) {
		i = len(r)
	}
	return string(r[i:e])
}

// spansScore counts spans that match exactly, walking both sorted lists.
func spansScore(gold, sys []UDSpan) F1 {
	f := F1{Gold: len(gold), System: len(sys)}
	gi, si := 0, 0
	for gi < len(gold) && si < len(sys) {
		switch {
		case sys[si].Start < gold[gi].Start:
			si++
		case gold[gi].Start < sys[si].Start:
			gi++
		default:
			if gold[gi].End == sys[si].End {
				f.Correct++
			}
			gi++
			si++
		}
	}
	return f
}

// alignWords returns the aligned (gold, system) word index pairs.
func alignWords(gold, sys []UDWord) [][2]int {
	var out [][2]int
	gi, si := 0, 0
	for gi < len(gold) && si < len(sys) {
		if gold[gi].MWT || sys[si].MWT {
			gs, ss, ge, se := multiwordSpan(gold, sys, gi, si)
			gi, si = ge, se
			if se > ss && ge > gs {
				lcs := computeLCS(gold, sys, gs, ss, ge, se)
				ng, ns := ge-gs, se-ss
				g, s := 0, 0
				for g < ng && s < ns {
					if strings.ToLower(gold[gs+g].Form) == strings.ToLower(sys[ss+s].Form) {
						out = append(out, [2]int{gs + g, ss + s})
						g++
						s++
					} else if lcs[g][s] == at(lcs, g+1, s, ng, ns) {
						g++
					} else {
						s++
					}
				}
			}
			continue
		}
		switch {
		case gold[gi].Span == sys[si].Span:
			out = append(out, [2]int{gi, si})
			gi++
			si++
		case gold[gi].Span.Start <= sys[si].Span.Start:
			gi++
		default:
			si++
		}
	}
	return out
}

func at(lcs [][]int, g, s, ng, ns int) int {
	if g >= ng || s >= ns {
		return 0
	}
	return lcs[g][s]
}

// multiwordSpan finds the smallest region [gs,ge) × [ss,se) around a
// multiword token at gi or si that both sides cover, as the script does.
func multiwordSpan(gold, sys []UDWord, gi, si int) (gs, ss, ge, se int) {
	var end int
	if gold[gi].MWT {
		end = gold[gi].Span.End
		if !sys[si].MWT && sys[si].Span.Start < gold[gi].Span.Start {
			si++
		}
	} else {
		end = sys[si].Span.End
		if !gold[gi].MWT && gold[gi].Span.Start < sys[si].Span.Start {
			gi++
		}
	}
	gs, ss = gi, si
	for !beyondEnd(gold, gi, end) || !beyondEnd(sys, si, end) {
		if gi < len(gold) && (si >= len(sys) || gold[gi].Span.Start <= sys[si].Span.Start) {
			end = extendEnd(gold[gi], end)
			gi++
		} else {
			end = extendEnd(sys[si], end)
			si++
		}
	}
	return gs, ss, gi, si
}

func beyondEnd(w []UDWord, i, end int) bool {
	if i >= len(w) {
		return true
	}
	if w[i].MWT {
		return w[i].Span.Start >= end
	}
	return w[i].Span.End > end
}

func extendEnd(w UDWord, end int) int {
	if w.MWT && w.Span.End > end {
		return w.Span.End
	}
	return end
}

// computeLCS returns lcs[g][s], the length of the longest common
// subsequence of lower-cased forms of gold[gs+g:ge] and sys[ss+s:se].
func computeLCS(gold, sys []UDWord, gs, ss, ge, se int) [][]int {
	ng, ns := ge-gs, se-ss
	lcs := make([][]int, ng)
	for g := range lcs {
		lcs[g] = make([]int, ns)
	}
	for g := ng - 1; g >= 0; g-- {
		for s := ns - 1; s >= 0; s-- {
			if strings.ToLower(gold[gs+g].Form) == strings.ToLower(sys[ss+s].Form) {
				lcs[g][s] = 1 + at(lcs, g+1, s+1, ng, ns)
			}
			lcs[g][s] = max(lcs[g][s], at(lcs, g+1, s, ng, ns), at(lcs, g, s+1, ng, ns))
		}
	}
	return lcs
}

// GoldTokenScores compares a system Doc with the gold Doc it was made from
// by tagging and parsing the gold tokens: the tokens are the same, so every
// score is an accuracy (the F1 of the script on identical tokenisation).
func GoldTokenScores(gold, sys *doc.Doc) UDScores {
	n := len(gold.Tokens)
	base := F1{Gold: n, System: n}
	sc := UDScores{Tokens: base, Sentences: F1{Gold: len(gold.Sentences), System: len(sys.Sentences), Correct: len(gold.Sentences)}, Words: base}
	sc.Tokens.Correct, sc.Words.Correct = n, n
	sc.UPOS, sc.XPOS, sc.UAS, sc.LAS = base, base, base, base
	for i := range gold.Tokens {
		g, s := &gold.Tokens[i], &sys.Tokens[i]
		if g.UPOS == s.UPOS {
			sc.UPOS.Correct++
		}
		if g.XPOS == s.XPOS {
			sc.XPOS.Correct++
		}
		if g.Head == s.Head {
			sc.UAS.Correct++
			if g.Dep.Universal() == s.Dep.Universal() {
				sc.LAS.Correct++
			}
		}
	}
	return sc
}
