package coder

import (
	"strings"

	"dyad/doc"
)

// rawQuote is a quoted stretch found by scanning the text.
type rawQuote struct {
	open, close int32 // offsets of the opening mark and just past the closing mark
	content     doc.Span
	para        int32
	continued   bool // runs on into the next paragraph (no closing mark there)
}

// findQuotes finds quoted text paragraph by paragraph (straight and curly
// marks; a quote left open at a paragraph end runs on when the next
// paragraph opens with a mark), then gives each quote a speaker.
func (w *work) findQuotes() {
	d := w.d
	paras := d.Paragraphs
	if len(paras) == 0 {
		paras = []doc.Span{{Start: 0, End: int32(len(d.Article.Text))}}
	}
	var raws []rawQuote
	text := d.Article.Text
	limit := w.c.opt.MaxQuotes
	curly := strings.Contains(text, "“")
	for pi := range paras {
		if len(raws) > limit {
			break
		}
		raws = scanParagraph(d, raws, int32(pi), paras, curly)
	}
	if len(raws) > limit {
		d.Warn(stageName, doc.Span{Start: raws[limit].open, End: int32(len(text))}, "too many quotes in one article: the rest are not attributed")
		raws = raws[:limit]
	}
	for ri, r := range raws {
		if r.content.Empty() {
			continue
		}
		// Direct: in quotation marks, partial or not (doc.Quote)
		q := doc.Quote{Span: r.content, Speaker: -1, Direct: true}
		q.Partial = partialQuote(d, r.open, paras[r.para].Start)
		if q.Partial && titleLike(text, r.content) && lowerWordBefore(text, r.open, paras[r.para].Start) {
			raws[ri].content = doc.Span{} // a name in marks ('the show "Face the Nation"'), not speech
			continue
		}
		d.Quotes = append(d.Quotes, q)
		k := int32(len(d.Quotes) - 1)
		tr := tokensOf(d, r.content)
		for i := tr.Start; i < tr.End; i++ {
			w.t.quote[i] = k
		}
	}
	// Speakers, in text order so that carried speakers are known.
	qi := 0
	lastSpeaker, lastPara := int32(-1), int32(-1)
	lastCont := false
	for _, r := range raws {
		if r.content.Empty() {
			continue
		}
		q := &d.Quotes[qi]
		qi++
		sp, cue, cued := w.speakerOf(r)
		if sp < 0 && !cued {
			// no cue: the quote continues the last speaker of this paragraph,
			// or of the paragraph before when it left its quote running on
			// or this paragraph is all quote
			if lastSpeaker >= 0 && (lastPara == r.para || (lastPara == r.para-1 && (lastCont || startsWithQuote(d.Article.Text, paras[r.para])))) {
				sp = lastSpeaker
			}
		}
		q.Speaker, q.Cue = sp, cue
		switch {
		case sp >= 0:
			lastSpeaker, lastPara, lastCont = sp, r.para, r.continued
		case cued:
			lastSpeaker = -1 // a cue with a speaker dyad cannot name ends the run
		}
	}
}

// partialQuote: a fragment inside the writer's sentence ("urged Moscow
// 'to reverse ...'"), as opposed to a quote that opens a sentence or
// follows a colon or comma.
func partialQuote(d *doc.Doc, open, paraStart int32) bool {
	text := d.Article.Text
	for i := open - 1; i >= paraStart; i-- {
		switch c := text[i]; c {
		case ' ', '\n', '\t':
			continue
		case ',', ':', ';', '.', '!', '?', '(', '-':
			return false
		default:
			return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
		}
	}
	return false
}
