package coder

import (
	"dyad/doc"
)

// cueVerbs introduce reported speech.
var cueVerbs = map[string]bool{"say": true, "tell": true, "add": true, "state": true, "quote": true,
	"declare": true, "announce": true, "insist": true, "explain": true, "note": true, "warn": true,
	"write": true, "reply": true, "respond": true, "ask": true, "continue": true, "recall": true,
	"argue": true, "stress": true, "claim": true, "remark": true, "comment": true, "tweet": true,
	"post": true, "conclude": true, "suggest": true, "acknowledge": true, "admit": true,
	"emphasize": true, "emphasise": true, "predict": true, "complain": true, "vow": true,
	"pledge": true, "promise": true, "assert": true, "urge": true, "observe": true, "testify": true,
	"call": true, "describe": true, "label": true, "brand": true, "term": true, "dub": true}

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
	for pi, p := range paras {
		if len(raws) > limit {
			break
		}
		s, e := max(p.Start, 0), min(p.End, int32(len(text)))
		open := int32(-1)
		for i := s; i < e; i++ {
			c := text[i]
			var mark, isOpen, isClose bool
			n := int32(1)
			switch {
			case c == '"':
				mark = true
				isOpen, isClose = open < 0, open >= 0
			case c == 0xE2 && i+2 < e && text[i+1] == 0x80 && text[i+2] == 0x9C: // “
				mark, isOpen, n = true, true, 3
			case c == 0xE2 && i+2 < e && text[i+1] == 0x80 && text[i+2] == 0x9D: // ”
				mark, isClose, n = true, true, 3
			}
			if !mark {
				continue
			}
			if isOpen && open >= 0 {
				d.Warn(stageName, doc.Span{Start: open, End: i}, "quotation mark opened twice: the first quote is closed at the second")
				raws = append(raws, mkQuote(d, open, i, i, int32(pi), false))
			}
			if isOpen {
				open = i
			} else if isClose {
				if open < 0 {
					d.Warn(stageName, doc.Span{Start: i, End: i + n}, "closing quotation mark without an opening one: ignored")
				} else {
					raws = append(raws, mkQuote(d, open, i, i+n, int32(pi), false))
					open = -1
				}
			}
			i += n - 1
		}
		if open >= 0 {
			cont := pi+1 < len(paras) && startsWithQuote(text, paras[pi+1])
			if !cont {
				d.Warn(stageName, doc.Span{Start: open, End: e}, "quotation mark never closed: the quote is taken to run to the paragraph end")
			}
			raws = append(raws, mkQuote(d, open, e, e, int32(pi), cont))
		}
	}
	if len(raws) > limit {
		d.Warn(stageName, doc.Span{Start: raws[limit].open, End: int32(len(text))}, "too many quotes in one article: the rest are not attributed")
		raws = raws[:limit]
	}
	for qi, r := range raws {
		if r.content.Empty() {
			continue
		}
		q := doc.Quote{Span: r.content, Speaker: -1, Direct: true}
		q.Partial = partialQuote(d, r.open, paras[r.para].Start)
		q.Direct = !q.Partial
		d.Quotes = append(d.Quotes, q)
		k := int32(len(d.Quotes) - 1)
		tr := tokensOf(d, r.content)
		for i := tr.Start; i < tr.End; i++ {
			w.t.quote[i] = k
		}
		_ = qi
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
		sp, cue := w.speakerOf(r)
		if sp < 0 {
			// no cue: the quote continues the last speaker of this paragraph,
			// or of the paragraph before when it left its quote running on
			// or this paragraph is all quote
			if lastSpeaker >= 0 && (lastPara == r.para || (lastPara == r.para-1 && (lastCont || startsWithQuote(d.Article.Text, paras[r.para])))) {
				sp = lastSpeaker
			}
		}
		q.Speaker, q.Cue = sp, cue
		if sp >= 0 {
			lastSpeaker, lastPara, lastCont = sp, r.para, r.continued
		}
	}
}

func mkQuote(d *doc.Doc, open, closeAt, after, para int32, cont bool) rawQuote {
	text := d.Article.Text
	s := open + 1
	if text[open] == 0xE2 {
		s = open + 3
	}
	e := closeAt
	for s < e && (text[s] == ' ' || text[s] == '\n') {
		s++
	}
	for e > s && (text[e-1] == ' ' || text[e-1] == '\n' || text[e-1] == '\r') {
		e--
	}
	return rawQuote{open: open, close: after, content: doc.Span{Start: s, End: e}, para: para, continued: cont}
}

func startsWithQuote(text string, p doc.Span) bool {
	i := int(p.Start)
	for i < int(p.End) && i < len(text) && (text[i] == ' ' || text[i] == '\n') {
		i++
	}
	if i >= len(text) {
		return false
	}
	return text[i] == '"' || i+2 < len(text) && text[i] == 0xE2 && text[i+1] == 0x80 && text[i+2] == 0x9C
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

// speakerOf finds a quote's speaker from a cue: "…," Blinken said; a cue
// verb governing the quote in the tree (X said he urged Moscow "…"; Tass
// quoted Y as telling …, "…"); or a cue verb before the quote in its sentence.
func (w *work) speakerOf(r rawQuote) (int32, doc.Span) {
	d := w.d
	t := w.t
	// 1. a cue right after the closing mark, in the same sentence
	after := tokensOf(d, doc.Span{Start: r.close, End: r.close + 1}).Start
	for int(after) < len(d.Tokens) && d.Tokens[after].Span.Start < r.close {
		after++
	}
	if int(after) < len(d.Tokens) && t.quote[after] < 0 {
		j := after
		for k := 0; k < 2 && int(j) < len(d.Tokens) && d.Tokens[j].UPOS == doc.PUNCT; k++ {
			j++
		}
		if int(j) < len(d.Tokens) && t.sent[j] == t.sent[max(after-1, 0)] {
			if mi := t.mention[j]; mi >= 0 {
				end := j
				for int(end) < len(d.Tokens) && t.mention[end] == mi {
					end++
				}
				if int(end) < len(d.Tokens) && cueVerbs[t.lemma(end)] {
					return mi, d.Tokens[end].Span
				}
			} else if cueVerbs[t.lemma(j)] && int(j+1) < len(d.Tokens) {
				if mi := t.mention[j+1]; mi >= 0 {
					return mi, d.Tokens[j].Span
				}
			}
		}
	}
	// 2. the tree: walk up from the quote to a cue verb outside it
	tr := tokensOf(d, r.content)
	firstVerb := int32(-1) // the nearest verb governing the quote, cue or not
	for i := tr.Start; i < tr.End; i++ {
		h := t.head(i)
		if h < 0 || (h >= tr.Start && h < tr.End) {
			continue
		}
		for k := 0; k < 8 && h >= 0; k, h = k+1, t.head(h) {
			if firstVerb < 0 && d.Tokens[h].UPOS == doc.VERB {
				firstVerb = h
			}
			if !cueVerbs[t.lemma(h)] {
				continue
			}
			if sp := w.cueSpeaker(h); sp >= 0 {
				return sp, d.Tokens[h].Span
			}
		}
		break
	}
	// a fragment quoted inside the writer's sentence is the words of that
	// sentence's subject ("Tribe likened the rules to 'burning the Constitution'")
	if firstVerb >= 0 && partialQuote(d, r.open, max(d.Sentences[max(t.sent[firstVerb], 0)].Span.Start, 0)) {
		if s := t.child(firstVerb, doc.Nsubj); s >= 0 {
			if p, ok := w.actorAt(s, firstVerb); ok {
				return p.mention, doc.Span{}
			}
			if mi := t.mention[s]; mi >= 0 {
				return mi, doc.Span{}
			}
		}
	}
	// 3. a cue verb earlier in the quote's sentence, with a mention before it
	si := int32(-1)
	if tr.Start < int32(len(d.Tokens)) {
		si = t.sent[tr.Start]
	}
	if si >= 0 {
		s := d.Sentences[si]
		for i := tr.Start - 1; i >= s.Tokens.Start; i-- {
			l := t.lemma(i)
			if l == "quote" {
				for j := i + 1; j < tr.Start; j++ {
					if mi := t.mention[j]; mi >= 0 && d.Mentions[mi].Kind == doc.Person {
						return mi, d.Tokens[i].Span
					}
				}
			}
			if cueVerbs[l] && d.Tokens[i].UPOS != doc.NOUN {
				for j := i - 1; j >= s.Tokens.Start && j >= i-3; j-- {
					if mi := t.mention[j]; mi >= 0 {
						return mi, d.Tokens[i].Span
					}
				}
			}
			if l == "according" && i+2 < tr.Start && t.mention[i+2] >= 0 {
				return t.mention[i+2], d.Tokens[i].Span
			}
		}
	}
	return -1, doc.Span{}
}

// cueSpeaker: the cue verb's subject; for "quote X as telling" the quoted X.
func (w *work) cueSpeaker(v int32) int32 {
	t := w.t
	if t.lemma(v) == "quote" {
		if o := t.child(v, doc.Obj); o >= 0 {
			if mi := t.mention[o]; mi >= 0 && w.d.Mentions[mi].Kind == doc.Person {
				return mi
			}
			if mi := w.partMention(o, true); mi >= 0 {
				return mi // "quoted Russian Foreign Ministry spokeswoman Maria Zakharova"
			}
			if p, ok := w.actorAt(o, v); ok {
				return p.mention
			}
			return t.mention[o]
		}
	}
	if s := t.child(v, doc.Nsubj); s >= 0 {
		if p, ok := w.actorAt(s, v); ok {
			return p.mention
		}
		return t.mention[s]
	}
	// no subject: "quoted Y as telling ..." or a controlled cue
	if h := t.head(v); h >= 0 {
		if t.lemma(h) == "quote" {
			return w.cueSpeaker(h)
		}
		if s := t.child(h, doc.Nsubj); s >= 0 {
			return t.mention[s]
		}
	}
	return -1
}
