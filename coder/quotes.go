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
		// in quotation marks: a quotation, or a fragment quoted in the writer's sentence
		q := doc.Quote{Span: r.content, Speaker: -1, Direct: true}
		q.Partial = partialQuote(d, r.open, paras[r.para].Start)
		if q.Partial && titleLike(text, r.content) && lowerWordBefore(text, r.open, paras[r.para].Start) {
			raws[ri].content = doc.Span{} // a name in marks ('the show "Face the Nation"'), not speech
			continue
		}
		// a fragment is the writer's sentence quoting some words, not a
		// quotation standing as the speaker's: not direct (PARC, PolNeAR)
		q.Direct = !q.Partial
		d.Quotes = append(d.Quotes, q)
		k := int32(len(d.Quotes) - 1)
		tr := tokensOf(d, r.content)
		for i := tr.Start; i < tr.End; i++ {
			w.t.quote[i] = k
		}
	}
	// Speakers, in text order so that carried speakers are known.
	kept := raws[:0:0] // the raw quote of each of d.Quotes
	for _, r := range raws {
		if !r.content.Empty() {
			kept = append(kept, r)
		}
	}
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
		if sp < 0 && cued {
			q.SpeakerSpan = w.unnamedSpeaker(cue) // '"...," a source said'
		}
		switch {
		case sp >= 0:
			lastSpeaker, lastPara, lastCont = sp, r.para, r.continued
		case cued:
			lastSpeaker = -1 // a cue with a speaker dyad cannot name ends the run
		}
	}
	w.joinPieces(kept)
}

// joinPieces makes one quote of the pieces of a quotation: quotes of one
// speaker that the writer breaks with the cue ('"X," he said, "Y."' or
// '"X," she said. "Y."'), that follow each other with nothing between
// ('"X." "Y," he said.'), or that run on from one paragraph into the next.
// The joined quote spans from the first piece to the last and keeps them
// in Pieces; the tokens of the cue between them stay outside it. raws[k]
// is the raw quote of d.Quotes[k].
func (w *work) joinPieces(raws []rawQuote) {
	d := w.d
	if len(d.Quotes) < 2 {
		return
	}
	newIdx := make([]int32, len(d.Quotes))
	out := d.Quotes[:0]
	var last rawQuote // the last piece of out's last quote
	for k := range raws {
		q := d.Quotes[k]
		if n := len(out); n > 0 && w.continues(&out[n-1], last, &q, raws[k]) {
			p := &out[n-1]
			if p.Pieces == nil {
				p.Pieces = []doc.Span{p.Span}
			}
			p.Pieces = append(p.Pieces, q.Span)
			p.Span.End = q.Span.End
			if p.Speaker < 0 {
				p.Speaker = q.Speaker
			}
			if p.Cue.Empty() {
				p.Cue = q.Cue
			}
			newIdx[k] = int32(n - 1)
		} else {
			out = append(out, q)
			newIdx[k] = int32(len(out) - 1)
		}
		last = raws[k]
	}
	if len(out) == len(d.Quotes) {
		return
	}
	d.Quotes = out
	for i, q := range w.t.quote {
		if q >= 0 {
			w.t.quote[i] = newIdx[q]
		}
	}
}

// continues reports whether quote b (raw rb) is the next piece of quote a,
// whose last piece is ra.
func (w *work) continues(a *doc.Quote, ra rawQuote, b *doc.Quote, rb rawQuote) bool {
	if a.Partial || b.Partial || !a.Direct || !b.Direct {
		return false
	}
	if a.Speaker != b.Speaker && a.Speaker >= 0 && b.Speaker >= 0 {
		return false
	}
	text := w.d.Article.Text
	if ra.continued && rb.para == ra.para+1 {
		return true // the quote runs on into this paragraph (no two named speakers: above)
	}
	if rb.para != ra.para || ra.close > rb.open {
		return false
	}
	gap := text[ra.close:rb.open]
	if strings.TrimSpace(gap) == "" {
		return a.Speaker >= 0 || b.Speaker >= 0 // '"X." "Y," he said.'
	}
	if a.Speaker != b.Speaker {
		return false // (both may be unnamed: '"X," the narrator says, "Y."')
	}
	// the cue between the pieces, and b its second piece: b has no cue of
	// its own elsewhere, and opens the cue's sentence or the next one
	cue := a.Cue
	if cue.Empty() || cue.Start < ra.close || cue.End > rb.open {
		cue = b.Cue
	}
	if cue.Empty() || cue.Start < ra.close || cue.End > rb.open {
		return false
	}
	if !b.Cue.Empty() && b.Cue != cue {
		return false
	}
	t := w.t
	ct, bt := tokensOf(w.d, cue), tokensOf(w.d, b.Span)
	if ct.Start >= ct.End || bt.Start >= bt.End {
		return false
	}
	sc, sb := t.sent[ct.Start], t.sent[bt.Start]
	if sb == sc {
		return true
	}
	if sb != sc+1 || sc < 0 {
		return false
	}
	s0 := w.d.Sentences[sb].Span.Start
	return s0 >= rb.open || strings.TrimSpace(text[s0:rb.open]) == ""
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
