package text

import (
	"strconv"
	"sync"

	"dyad/doc"
)

// MaxSentenceTokens is the default bound on a sentence's length in tokens.
// A run of text with no sentence end longer than this (a table, a list
// without punctuation, a garbled page) is cut into pieces of at most this
// many tokens, and each cut is recorded as a doc.Diagnostic. 250 tokens is
// about five times the longest sentences of ordinary news prose, and keeps
// the parser's per-sentence cost bounded.
const MaxSentenceTokens = 250

// Options configure a Splitter. The zero value is ready to use.
type Options struct {
	// MaxTokens bounds a sentence's length in tokens; zero or less means
	// MaxSentenceTokens.
	MaxTokens int
}

// Splitter is the text stage: it fills a Doc's paragraphs, sentences and
// tokens. It holds no per-document state, so one Splitter may annotate many
// Docs at once from several goroutines.
type Splitter struct {
	max     int
	scratch sync.Pool // *paraSplitter, reused across documents
}

// New returns a Splitter with the given options.
func New(opts Options) *Splitter {
	m := opts.MaxTokens
	if m <= 0 {
		m = MaxSentenceTokens
	}
	return &Splitter{max: m}
}

var _ doc.Stage = (*Splitter)(nil)

// Name is the stage name, "text".
func (*Splitter) Name() string { return "text" }

// Reads is empty: the text stage reads only Article.Text.
func (*Splitter) Reads() doc.Layer { return 0 }

// Writes is doc.Sentences: paragraphs, sentences and token spans.
func (*Splitter) Writes() doc.Layer { return doc.Sentences }

// Annotate replaces d's paragraphs, sentences and tokens with those of
// d.Article.Text. It never fails: text it cannot make sense of still gets
// spans, and over-long sentences are cut with a Diagnostic.
func (sp *Splitter) Annotate(d *doc.Doc) error {
	t := d.Article.Text
	d.Paragraphs = d.Paragraphs[:0]
	d.Sentences = d.Sentences[:0]
	if cap(d.Tokens) == 0 {
		d.Tokens = make([]doc.Token, 0, len(t)/5+16)
	}
	d.Tokens = d.Tokens[:0]
	ps, _ := sp.scratch.Get().(*paraSplitter)
	if ps == nil {
		ps = &paraSplitter{}
	}
	ps.d, ps.text, ps.max = d, t, sp.max
	forParagraphs(t, lineParagraphs(t), ps.paragraph)
	markHeadline(d)
	ps.d, ps.text, ps.z.text = nil, "", ""
	sp.scratch.Put(ps)
	return nil
}

// forParagraphs calls f with the span of each paragraph of t: blocks of
// text separated by lines that are empty or hold only whitespace, with
// surrounding whitespace trimmed. A line indented deeper than the line
// before it, which ended a sentence, also starts a paragraph: wire copy
// (Reuters-21578 among it) sets its paragraphs off by an indent, not a
// blank line ("... Acme Holdings Co.\n    Kenya Airways said ..."), and an
// abbreviation that ends one would otherwise run on into the next.
//
// When byLine is set every line is a paragraph of its own.
func forParagraphs(t string, byLine bool, f func(a, b int)) {
	start := -1 // the current paragraph's first token byte, or -1
	last := 0   // the end of its last token byte so far
	lineBlank := true
	lineStart := 0 // the current line's first byte
	indent := 0    // the last non-blank line's indent, in bytes
	for i := 0; i < len(t); {
		k, n := classAt(t, i)
		switch {
		case t[i] == '\n':
			if (lineBlank || byLine) && start >= 0 {
				f(start, last)
				start = -1
			}
			lineBlank = true
			lineStart = i + 1
		case k == sepNone:
			if lineBlank {
				if e := ruleEnd(t, i); e > i {
					// a rule between items ("- - - -", "***") is a
					// paragraph of its own: what follows starts one
					if start >= 0 {
						f(start, last)
					}
					f(i, e)
					start = -1
					i = e
					continue
				}
				in := i - lineStart
				if start >= 0 && in >= 2 && in > indent && endsSentence(t[last-1]) && spacesOnly(t[lineStart:i]) {
					f(start, last)
					start = -1
				}
				indent = in
			}
			if start < 0 {
				start = i
			}
			lineBlank = false
			last = i + n
		}
		i += n
	}
	if start >= 0 {
		f(start, last)
	}
}

// ruleEnd: the line of t from i holds only a rule, three or more dashes,
// stars, equals signs or underscores with spaces between ("- - - -",
// "***", "====="), whose last mark ends before the returned index; else i.
func ruleEnd(t string, i int) int {
	marks := 0
	j := i
	for ; j < len(t) && t[j] != '\n'; j++ {
		switch t[j] {
		case '-', '*', '=', '_':
			marks++
		case ' ', '\t', '\r':
		default:
			return i
		}
	}
	if marks < 3 {
		return i
	}
	for j > i && (t[j-1] == ' ' || t[j-1] == '\t' || t[j-1] == '\r') {
		j-- // (the paragraph ends at its last mark)
	}
	return j
}

// endsSentence: a line whose last byte is c may end a sentence (c is the
// last byte of a closing curly quote in UTF-8).
func endsSentence(c byte) bool {
	switch c {
	case '.', '!', '?', '"', ')', 0x9d:
		return true
	}
	return false
}

// spacesOnly: s is an indent of spaces and tabs.
func spacesOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' && s[i] != '\t' {
			return false
		}
	}
	return true
}

// lineParagraphs reports whether t writes one paragraph per line, as text
// taken from web pages often does: it has no blank line, at least three
// lines, its lines are long (over 120 bytes) or mostly end a sentence, and
// fewer than a quarter of them carry a sentence on to the next line in
// lower case. Hard-wrapped text, whose lines are short and end
// mid-sentence, and short blocks such as addresses keep the blank-line
// rule.
func lineParagraphs(t string) bool {
	lines, ended, wrapped, longest := 0, 0, 0, 0
	lineStart, last := 0, byte(0) // last: the line's last non-space byte
	blank, open := true, false    // open: the line before ended mid-sentence
	for i := 0; i <= len(t); i++ {
		if i < len(t) && t[i] != '\n' {
			if c := t[i]; c != ' ' && c != '\t' && c != '\r' {
				if blank && open && 'a' <= c && c <= 'z' {
					wrapped++ // a sentence goes on in this line
				}
				blank, last = false, c
			}
			continue
		}
		open = false
		if blank {
			if i < len(t) && lines > 0 {
				return false // a blank line: paragraphs are blank-line separated
			}
		} else {
			lines++
			if n := i - lineStart; n > longest {
				longest = n
			}
			if endsSentence(last) {
				ended++
			} else {
				open = true
			}
		}
		lineStart, blank, last = i+1, true, 0
	}
	// (hard-wrapped prose whose paragraphs are short ends about every
	// other line with a sentence, but a quarter of its lines or more go
	// on in lower case on the next: "... said the talks had\nfailed.")
	return lines >= 3 && (longest > 120 || 2*ended >= lines) && 4*wrapped < lines
}

// paraSplitter tokenises paragraphs and cuts them into sentences. Its
// scratch slices are reused from one paragraph to the next.
type paraSplitter struct {
	d    *doc.Doc
	text string
	max  int
	z    tokenizer
	ends []sentEnd
}

// sentEnd is a sentence end found in a paragraph's scratch tokens.
type sentEnd struct {
	end         int // index after the sentence's last token
	splitPeriod int // token whose final period becomes a token of its own, or -1
}

func (ps *paraSplitter) paragraph(a, b int) {
	d := ps.d
	pi := int32(len(d.Paragraphs))
	d.Paragraphs = append(d.Paragraphs, span(a, b))
	base := len(d.Tokens)
	ps.z.text = ps.text
	ps.z.out = d.Tokens
	ps.z.run(a, b)
	d.Tokens = ps.z.out
	ps.z.out = nil
	if len(d.Tokens) == base {
		return
	}
	ps.ends = ps.findEnds(d.Tokens[base:], ps.ends[:0])
	ps.splitPeriods(base)
	start := base
	for _, se := range ps.ends {
		end := base + se.end
		d.Sentences = append(d.Sentences, doc.Sentence{
			Span:      doc.Span{Start: d.Tokens[start].Span.Start, End: d.Tokens[end-1].Span.End},
			Tokens:    doc.TokRange{Start: int32(start), End: int32(end)},
			Paragraph: pi,
		})
		start = end
	}
	d.Tokens[base].Flags |= doc.ParagraphStart
	markQuotes(ps.text, d.Tokens[base:])
	first := len(d.Sentences) - len(ps.ends)
	ps.cutLong(len(ps.ends))
	markParagraph(d, int(pi), first)
}

// splitPeriods gives each sentence-final abbreviation's period a token of
// its own ("U.S." → "U.S" "."), moving the paragraph's tokens (from base on)
// once, from the back, and shifting the sentence ends to match.
func (ps *paraSplitter) splitPeriods(base int) {
	n := 0
	for _, se := range ps.ends {
		if se.splitPeriod >= 0 {
			n++
		}
	}
	if n == 0 {
		return
	}
	d := ps.d
	old := len(d.Tokens)
	d.Tokens = append(d.Tokens, make([]doc.Token, n)...)
	w := len(d.Tokens) - 1
	e := len(ps.ends) - 1
	for r := old - 1; r >= base; r-- {
		for e >= 0 && (ps.ends[e].splitPeriod > r-base || ps.ends[e].splitPeriod < 0) {
			e--
		}
		tk := d.Tokens[r]
		if e >= 0 && ps.ends[e].splitPeriod == r-base {
			p := tk
			tk.Span.End--
			tk.Flags &^= doc.SpaceAfter
			p.Span.Start = tk.Span.End
			d.Tokens[w] = p
			w--
		}
		d.Tokens[w] = tk
		w--
	}
	shift := 0
	for i := range ps.ends {
		if ps.ends[i].splitPeriod >= 0 {
			shift++
		}
		ps.ends[i].end += shift
	}
}

// cutLong cuts the paragraph's last n sentences into pieces of at most
// ps.max tokens.
func (ps *paraSplitter) cutLong(n int) {
	d := ps.d
	from := len(d.Sentences) - n
	long := false
	for _, s := range d.Sentences[from:] {
		if s.Tokens.Len() > ps.max {
			long = true
			break
		}
	}
	if !long {
		return
	}
	tail := append([]doc.Sentence(nil), d.Sentences[from:]...)
	d.Sentences = d.Sentences[:from]
	for _, s := range tail {
		for s.Tokens.Len() > ps.max {
			cut := s.Tokens.Start + int32(ps.max)
			piece := s
			piece.Tokens.End = cut
			piece.Span.End = d.Tokens[cut-1].Span.End
			d.Sentences = append(d.Sentences, piece)
			s.Tokens.Start = cut
			s.Span.Start = d.Tokens[cut].Span.Start
			d.Warn("text", piece.Span, "sentence longer than "+strconv.Itoa(ps.max)+" tokens: cut at the bound")
		}
		d.Sentences = append(d.Sentences, s)
	}
}
