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
	forParagraphs(t, ps.paragraph)
	markKinds(d)
	ps.d, ps.text, ps.z.text = nil, "", ""
	sp.scratch.Put(ps)
	return nil
}

// forParagraphs calls f with the span of each paragraph of t: blocks of
// text separated by lines that are empty or hold only whitespace, with
// surrounding whitespace trimmed.
func forParagraphs(t string, f func(a, b int)) {
	start := -1 // the current paragraph's first token byte, or -1
	last := 0   // the end of its last token byte so far
	lineBlank := true
	for i := 0; i < len(t); {
		r, n := runeAt(t, i)
		switch {
		case r == '\n':
			if lineBlank && start >= 0 {
				f(start, last)
				start = -1
			}
			lineBlank = true
		case classify(r, n) == sepNone:
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
	ps.z.text = ps.text
	ps.z.out = ps.z.out[:0]
	ps.z.run(a, b)
	toks := ps.z.out
	if len(toks) == 0 {
		return
	}
	ps.ends = ps.findEnds(toks, ps.ends[:0])
	start := 0
	for _, se := range ps.ends {
		first := int32(len(d.Tokens))
		for i := start; i < se.end; i++ {
			tk := toks[i]
			if i == se.splitPeriod {
				p := tk
				tk.Span.End--
				tk.Flags &^= doc.SpaceAfter
				p.Span.Start = tk.Span.End
				d.Tokens = append(d.Tokens, tk, p)
				continue
			}
			d.Tokens = append(d.Tokens, tk)
		}
		last := int32(len(d.Tokens))
		d.Sentences = append(d.Sentences, doc.Sentence{
			Span:      doc.Span{Start: d.Tokens[first].Span.Start, End: d.Tokens[last-1].Span.End},
			Tokens:    doc.TokRange{Start: first, End: last},
			Paragraph: pi,
		})
		start = se.end
	}
	first := d.Sentences[len(d.Sentences)-len(ps.ends)].Tokens.Start
	d.Tokens[first].Flags |= doc.ParagraphStart
	markQuotes(ps.text, d.Tokens[first:])
	ps.cutLong(len(ps.ends))
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
