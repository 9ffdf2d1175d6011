// Package conllu reads and writes CoNLL-U treebanks as doc.Docs, so that
// training, evaluation and the running pipeline all see the same data model.
//
// A treebank file becomes one Doc whose text is the sentences' "# text"
// lines (or their forms joined by SpaceAfter) separated by "\n", with a blank
// line between paragraphs and documents. Tokens are the syntactic words; the
// words of a multiword token ("don't" = do + n't) get spans inside the
// multiword token's span: its form split where the words' forms match it,
// else the whole span for each word.
package conllu

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"dyad/doc"
)

// Treebank is a parsed CoNLL-U file.
type Treebank struct {
	Name string   // file name, for messages
	Doc  *doc.Doc // all sentences, with gold tags, lemmas and trees
	IDs  []string // sent_id of each sentence (may be "")
}

// Error is a malformed line.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

type word struct {
	form, lemma, upos, xpos, deprel string
	head                            int
	spaceAfter                      bool
	mwtEnd                          int // >0 on the first word of a multiword token: its last word's ID
	mwtForm                         string
	mwtSpaceAfter                   bool
}

// Read parses a CoNLL-U stream. name is used in error messages.
// Unknown tags and relations are errors; empty nodes (8.1) are skipped.
func Read(r io.Reader, name string) (*Treebank, error) {
	tb := &Treebank{Name: name}
	var text strings.Builder
	d := &doc.Doc{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var (
		words    []word
		sentText string
		sentID   string
		newPar   bool
		lineNo   int
		startLn  int
		paraIdx  int32 = -1
		mwtEnd   int
		mwtForm  string
		mwtSpace bool
		mwtFirst int
	)
	flush := func() error {
		if len(words) == 0 {
			return nil
		}
		if text.Len() > 0 {
			text.WriteByte('\n')
			if newPar {
				text.WriteByte('\n')
			}
		}
		if newPar || paraIdx < 0 {
			d.Paragraphs = append(d.Paragraphs, doc.Span{Start: int32(text.Len())})
			paraIdx++
		}
		base := int32(text.Len())
		first := int32(len(d.Tokens))
		// Lay the words over the sentence text. When "# text" is absent,
		// rebuild it from forms and SpaceAfter.
		if sentText == "" {
			var b strings.Builder
			for i := 0; i < len(words); i++ {
				w := words[i]
				if w.mwtEnd > 0 {
					b.WriteString(w.mwtForm)
					if w.mwtSpaceAfter {
						b.WriteByte(' ')
					}
					i += w.mwtEnd - (i + 1)
					continue
				}
				b.WriteString(w.form)
				if w.spaceAfter {
					b.WriteByte(' ')
				}
			}
			sentText = strings.TrimRight(b.String(), " ")
		}
		pos := 0
		for i := 0; i < len(words); i++ {
			w := words[i]
			if w.mwtEnd > 0 {
				n := w.mwtEnd - i // words in this multiword token
				at := indexFrom(sentText, w.mwtForm, pos)
				if at < 0 {
					return &Error{tb.Name, startLn, fmt.Sprintf("multiword token %q not found in the sentence text", w.mwtForm)}
				}
				end := at + len(w.mwtForm)
				p := at
				for k := 0; k < n; k++ {
					ww := words[i+k]
					s, e := at, end
					if p+len(ww.form) <= end && strings.EqualFold(sentText[p:p+len(ww.form)], ww.form) {
						s, e = p, p+len(ww.form)
						p = e
					}
					if k == n-1 && s != at {
						e = end
					}
					addToken(d, ww, base+int32(s), base+int32(e), first, k == n-1 && w.mwtSpaceAfter)
				}
				pos = end
				i += n - 1
				continue
			}
			at := indexFrom(sentText, w.form, pos)
			if at < 0 {
				return &Error{tb.Name, startLn, fmt.Sprintf("word %q not found in the sentence text", w.form)}
			}
			addToken(d, w, base+int32(at), base+int32(at+len(w.form)), first, w.spaceAfter)
			pos = at + len(w.form)
		}
		text.WriteString(sentText)
		last := int32(len(d.Tokens))
		d.Sentences = append(d.Sentences, doc.Sentence{
			Span:      doc.Span{Start: base, End: base + int32(len(sentText))},
			Tokens:    doc.TokRange{Start: first, End: last},
			Paragraph: paraIdx,
		})
		d.Paragraphs[paraIdx].End = int32(text.Len())
		tb.IDs = append(tb.IDs, sentID)
		words, sentText, sentID, newPar = words[:0], "", "", false
		return nil
	}
	for sc.Scan() {
		lineNo++
		line := sc.Text()
		if line == "" {
			if err := flush(); err != nil {
				return nil, err
			}
			continue
		}
		if len(words) == 0 && startLn == 0 || len(words) == 0 {
			startLn = lineNo
		}
		if line[0] == '#' {
			kv := strings.TrimSpace(line[1:])
			switch {
			case strings.HasPrefix(kv, "text ="):
				sentText = strings.TrimSpace(kv[len("text ="):])
			case strings.HasPrefix(kv, "sent_id ="):
				sentID = strings.TrimSpace(kv[len("sent_id ="):])
			case strings.HasPrefix(kv, "newpar"), strings.HasPrefix(kv, "newdoc"):
				newPar = true
			}
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 10 {
			return nil, &Error{name, lineNo, fmt.Sprintf("want 10 tab-separated fields, have %d", len(f))}
		}
		id := f[0]
		if strings.Contains(id, ".") {
			continue // empty node of the enhanced graph
		}
		if k := strings.IndexByte(id, '-'); k > 0 {
			a, err1 := strconv.Atoi(id[:k])
			b, err2 := strconv.Atoi(id[k+1:])
			if err1 != nil || err2 != nil || b < a {
				return nil, &Error{name, lineNo, fmt.Sprintf("bad multiword range %q", id)}
			}
			mwtFirst, mwtEnd, mwtForm = a, b, f[1]
			mwtSpace = !strings.Contains(f[9], "SpaceAfter=No")
			continue
		}
		n, err := strconv.Atoi(id)
		if err != nil || n != len(words)+1 {
			return nil, &Error{name, lineNo, fmt.Sprintf("word ID %q out of sequence", id)}
		}
		head, err := strconv.Atoi(f[6])
		if err != nil {
			return nil, &Error{name, lineNo, fmt.Sprintf("bad head %q", f[6])}
		}
		w := word{form: f[1], lemma: f[2], upos: f[3], xpos: f[4], deprel: f[7], head: head,
			spaceAfter: !strings.Contains(f[9], "SpaceAfter=No")}
		if n == mwtFirst && mwtEnd > 0 {
			w.mwtEnd, w.mwtForm, w.mwtSpaceAfter = mwtEnd, mwtForm, mwtSpace
			mwtFirst = 0
		}
		if _, ok := doc.ParseUPOS(w.upos); !ok && w.upos != "_" {
			return nil, &Error{name, lineNo, fmt.Sprintf("unknown UPOS %q", w.upos)}
		}
		if _, ok := doc.ParseDepRel(w.deprel); !ok && w.deprel != "_" {
			return nil, &Error{name, lineNo, fmt.Sprintf("unknown relation %q", w.deprel)}
		}
		words = append(words, w)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, lineNo, err)
	}
	if err := flush(); err != nil {
		return nil, err
	}
	d.Article.Text = text.String()
	tb.Doc = d
	d.MarkLayers(doc.Sentences | doc.Tags | doc.Deps)
	return tb, nil
}

func addToken(d *doc.Doc, w word, start, end int32, first int32, space bool) {
	up, _ := doc.ParseUPOS(w.upos)
	xp, _ := doc.ParseXPOS(w.xpos)
	dep, _ := doc.ParseDepRel(w.deprel)
	head := int32(-1)
	if w.head > 0 {
		head = first + int32(w.head-1)
	}
	var fl doc.TokenFlags
	if space {
		fl |= doc.SpaceAfter
	}
	d.Tokens = append(d.Tokens, doc.Token{
		Span: doc.Span{Start: start, End: end}, Lemma: w.lemma,
		UPOS: up, XPOS: xp, Dep: dep, Head: head, Flags: fl,
	})
}

func indexFrom(s, sub string, from int) int {
	if from > len(s) {
		return -1
	}
	if i := strings.Index(s[from:], sub); i >= 0 {
		return from + i
	}
	// Forms sometimes differ from the text in case or spacing; fall back
	// to a case-insensitive search.
	if i := strings.Index(strings.ToLower(s[from:]), strings.ToLower(sub)); i >= 0 {
		return from + i
	}
	return -1
}

// Write prints the Doc's sentences as CoNLL-U, with "# sent_id" and "# text".
// ids may be nil; sentences are then numbered from 1. Heads are written
// sentence-relative; lemmas, tags and labels "_" when unset. Words that
// share one orthographic token (see mwtEnd) are introduced by a multiword
// token line ("3-4	don't"), which then carries their SpaceAfter=No.
func Write(w io.Writer, d *doc.Doc, ids []string) error {
	bw := bufio.NewWriter(w)
	for si, s := range d.Sentences {
		id := strconv.Itoa(si + 1)
		if si < len(ids) && ids[si] != "" {
			id = ids[si]
		}
		fmt.Fprintf(bw, "# sent_id = %s\n# text = %s\n", id, oneLine(d.Text(s.Span)))
		last := int32(-1) // last word of the multiword token being written
		for i := s.Tokens.Start; i < s.Tokens.End; i++ {
			t := d.Tokens[i]
			noSpace := func(k int32) string {
				if d.Tokens[k].Flags&doc.SpaceAfter == 0 && k+1 < s.Tokens.End {
					return "SpaceAfter=No"
				}
				return "_"
			}
			if i > last {
				if e := mwtEnd(d, s.Tokens, i); e > i {
					last = e
					form := d.Text(doc.Span{Start: t.Span.Start, End: d.Tokens[e].Span.End})
					fmt.Fprintf(bw, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n",
						int(i-s.Tokens.Start)+1, int(e-s.Tokens.Start)+1, oneLine(form), noSpace(e))
				}
			}
			head := 0
			if t.Head >= 0 {
				head = int(t.Head-s.Tokens.Start) + 1
			}
			lemma := t.Lemma
			if lemma == "" {
				lemma = "_"
			}
			misc := "_"
			if i > last {
				misc = noSpace(i)
			}
			headStr := strconv.Itoa(head)
			if t.Dep == doc.NoDep {
				headStr = "_"
			}
			fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t_\t%s\t%s\t_\t%s\n",
				int(i-s.Tokens.Start)+1, oneLine(d.TokenText(int(i))), lemma, t.UPOS, t.XPOS, headStr, t.Dep, misc)
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// mwtEnd returns the last word of the multiword token that starts at word
// i of sentence r, or i when it starts none. A word joins the one before it
// when their spans overlap (the words of a multiword token read from a
// treebank whose forms are not substrings of it) or when it is a clitic
// ('s, n't, 're, 've, 'll, 'd, 'm) written without a space after a word
// that begins with a letter or digit, as UD English makes "it's" and
// "Google's" multiword tokens.
func mwtEnd(d *doc.Doc, r doc.TokRange, i int32) int32 {
	e := i
	for k := i + 1; k < r.End; k++ {
		prev, t := d.Tokens[k-1], d.Tokens[k]
		if t.Span.Start < prev.Span.End && t.Span.End > prev.Span.Start {
			e = k
			continue
		}
		if prev.Flags&doc.SpaceAfter != 0 || t.Span.Start != prev.Span.End || !isClitic(d.TokenText(int(k))) {
			break
		}
		if first, _ := utf8.DecodeRuneInString(d.TokenText(int(i))); !unicode.IsLetter(first) && !unicode.IsDigit(first) {
			break
		}
		e = k
	}
	return e
}

// isClitic reports whether form is an English clitic UD splits off a word.
func isClitic(form string) bool {
	f := strings.ToLower(strings.ReplaceAll(form, "’", "'"))
	switch f {
	case "'s", "n't", "'re", "'ve", "'ll", "'d", "'m":
		return true
	}
	return false
}

// oneLine replaces line breaks and tabs, which CoNLL-U fields and comments cannot hold.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\n\r\t") {
		return s
	}
	return strings.NewReplacer("\n", " ", "\r", " ", "\t", " ").Replace(s)
}
