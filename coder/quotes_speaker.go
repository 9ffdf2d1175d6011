package coder

import (
	"strings"

	"dyad/doc"
)

// cueVerbs introduce reported speech before or after the quote.
var cueVerbs = map[string]bool{"say": true, "tell": true, "add": true, "state": true, "quote": true,
	"declare": true, "announce": true, "insist": true, "explain": true, "note": true, "warn": true,
	"write": true, "reply": true, "respond": true, "ask": true, "continue": true, "recall": true,
	"argue": true, "stress": true, "claim": true, "remark": true, "comment": true, "tweet": true,
	"post": true, "conclude": true, "suggest": true, "acknowledge": true, "admit": true,
	"emphasize": true, "emphasise": true, "predict": true, "complain": true, "vow": true,
	"pledge": true, "promise": true, "assert": true, "urge": true, "observe": true, "testify": true,
	"call": true, "describe": true, "label": true, "brand": true, "term": true, "dub": true,
	"boast": true, "demand": true, "joke": true, "quip": true, "concede": true, "counter": true,
	"retort": true, "exclaim": true, "shout": true, "yell": true, "scoff": true, "lament": true,
	"wonder": true, "charge": true, "contend": true, "maintain": true, "reiterate": true,
	"confirm": true, "deny": true, "recount": true, "muse": true, "plead": true, "caution": true,
	"cry": true, "whisper": true, "snap": true, "opine": true, "allege": true, "report": true,
	"email": true, "text": true, "mock": true, "proclaim": true}

// trailingCues introduce a quote only after it: '"…," the letter reads'.
var trailingCues = map[string]bool{"read": true, "chant": true, "sing": true, "laugh": true,
	"sigh": true, "begin": true, "go": true}

// speakerOf finds a quote's speaker and cue: a cue after the closing mark
// ('"…," Blinken said', '"…," said the minister', '"…?" she asked',
// '"…" — Ana Ruiz'); a cue verb governing the quote in the tree (X said he
// urged Moscow "…"; Tass quoted Y as telling …, "…"); the subject of the
// writer's sentence for a fragment quoted in it; a cue verb before the
// quote in its sentence; or a colon introduction in the sentence before
// ('He said:' and the quote in the next paragraph). cued reports that a cue
// was found even when its speaker has no mention ("the letter reads"), so
// that the caller does not carry the previous speaker over.
func (w *work) speakerOf(r rawQuote) (sp int32, cue doc.Span, cued bool) {
	d := w.d
	t := w.t
	tr := tokensOf(d, r.content)
	if tr.End <= tr.Start {
		return -1, doc.Span{}, false
	}
	if sp, cue, ok := w.trailingCue(r, tr); ok {
		return sp, cue, true
	}
	// the tree: walk up from the quote to a cue verb outside it
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
			if !w.isCue(h) {
				continue
			}
			if sp := w.cueSpeaker(h); sp >= 0 {
				return sp, d.Tokens[h].Span, true
			}
		}
		break
	}
	// a fragment quoted inside the writer's sentence is the words of that
	// sentence's subject ("Tribe likened the rules to 'burning the Constitution'")
	if firstVerb >= 0 && partialQuote(d, r.open, max(d.Sentences[max(t.sent[firstVerb], 0)].Span.Start, 0)) {
		if s := t.child(firstVerb, doc.Nsubj); s >= 0 {
			if m := w.subjectMention(s, firstVerb); m >= 0 {
				return m, doc.Span{}, false
			}
		}
	}
	// a cue verb earlier in the quote's sentence
	si := t.sent[tr.Start]
	if si >= 0 {
		if sp, cue, ok := w.cueBefore(d.Sentences[si].Tokens.Start, tr.Start); ok {
			return sp, cue, true
		}
	}
	// a colon introduction ending the sentence before: 'The Times reports:'
	if c := w.colonBefore(r.open); c >= 0 && t.sent[c] != si {
		if sp, cue, ok := w.cueBefore(d.Sentences[t.sent[c]].Tokens.Start, c); ok {
			return sp, cue, true
		}
	}
	return -1, doc.Span{}, false
}

// trailingCue looks for the cue after the closing mark, in the rest of the
// sentence; past the quote's sentence only when the quote ends with a
// question or exclamation mark ('"…?" Graham asked.'), never past the
// paragraph or into the next quote.
func (w *work) trailingCue(r rawQuote, tr doc.TokRange) (int32, doc.Span, bool) {
	d := w.d
	t := w.t
	text := d.Article.Text
	if r.close <= r.content.End { // never closed
		return -1, doc.Span{}, false
	}
	j := tr.End
	for int(j) < len(d.Tokens) && d.Tokens[j].Span.Start < r.close {
		j++
	}
	if int(j) >= len(d.Tokens) {
		return -1, doc.Span{}, false
	}
	for i := r.close; i < d.Tokens[j].Span.Start; i++ {
		if text[i] == '\n' {
			return -1, doc.Span{}, false
		}
	}
	// '"…" — Ana Ruiz': a dash and a person
	if dashAt(text, d.Tokens[j].Span.Start) && int(j+1) < len(d.Tokens) {
		if mi := t.mention[j+1]; mi >= 0 && d.Mentions[mi].Kind == doc.Person {
			return mi, d.Tokens[j].Span, true
		}
	}
	if t.sent[j] != t.sent[tr.End-1] {
		// (periods after the mark, "!..", or two or more of them, an
		// ellipsis typed as stops, count as the mark: '"... at once!.."
		// Museveni tweeted')
		end, stops := r.content.End, 0
		for end > r.content.Start && text[end-1] == '.' {
			end--
			stops++
		}
		last := text[r.content.End-1]
		if stops > 0 && end > r.content.Start {
			last = text[end-1]
		}
		switch {
		case last == '?' || last == '!' || last == '-' || last == 0x94 || last == 0xA6: // and the last bytes of — and …
		case stops >= 2:
		default:
			return -1, doc.Span{}, false
		}
	}
	si := t.sent[j]
	v := int32(-1)
	for k := j; k < j+30 && int(k) < len(d.Tokens) && t.sent[k] == si; k++ {
		if t.quote[k] >= 0 || quoteMarkToken(d, k) {
			break
		}
		l := t.lemma(k)
		if t.form(k) == "according" && int(k+1) < len(d.Tokens) && t.form(k+1) == "to" {
			for m := k + 2; m < k+6 && int(m) < len(d.Tokens) && t.sent[m] == si; m++ {
				if mi := t.mention[m]; mi >= 0 {
					return mi, d.Tokens[k].Span, true
				}
			}
			return -1, d.Tokens[k].Span, true
		}
		if (w.isCue(k) || trailingCues[l]) && d.Tokens[k].UPOS == doc.VERB {
			v = k
			break
		}
		if f := t.form(k); f == "." || f == "?" || f == "!" || f == ";" {
			break
		}
	}
	if v < 0 {
		return -1, doc.Span{}, false
	}
	if t.sent[j] != t.sent[tr.End-1] {
		// past the quote's sentence the cue must report nothing of its
		// own: '"..." Museveni tweeted.', not '"..." Odinga said he had
		// heard nothing from Kampala' (a new sentence, with its own content)
		for _, c := range t.children(v) {
			if c > v && w.d.Tokens[c].Dep == doc.Ccomp && (t.child(c, doc.Nsubj) >= 0 || t.child(c, doc.NsubjPass) >= 0) {
				return -1, doc.Span{}, false
			}
		}
	}
	cue := d.Tokens[v].Span
	s := t.child(v, doc.Nsubj)
	switch {
	case s >= 0 && s < tr.Start:
		return -1, doc.Span{}, false // the verb's subject precedes the quote: not this quote's cue
	case s >= j:
		// a subject with no mention ("the mayor said") is a speaker dyad
		// cannot name: no guess from the mentions around
		return w.subjectMention(s, v), cue, true
	case s < 0 && strings.HasSuffix(t.form(v), "ing"):
		return -1, doc.Span{}, false // '"…," adding that …': an adjunct, not the cue
	}
	// no subject in the tree, or one inside the quote (a parse error)
	// the mention between the quote and the cue, a person first, else one
	// right after the cue ("said Hester")
	best := int32(-1)
	for k := j; k < v; k++ {
		if mi := t.mention[k]; mi >= 0 && (best < 0 || d.Mentions[mi].Kind == doc.Person && d.Mentions[best].Kind != doc.Person) {
			best = mi
		}
	}
	if best < 0 {
		for k := v + 1; k < v+5 && int(k) < len(d.Tokens) && t.sent[k] == si; k++ {
			if mi := t.mention[k]; mi >= 0 {
				best = mi
				break
			}
		}
	}
	return best, cue, true
}

// cueBefore finds the cue verb nearest before token end in [start, end)
// and its speaker: the verb's subject, else a mention just before it.
func (w *work) cueBefore(start, end int32) (int32, doc.Span, bool) {
	d := w.d
	t := w.t
	for i := end - 1; i >= start; i-- {
		l := t.lemma(i)
		if l == "quote" {
			for j := i + 1; j < end; j++ {
				if mi := t.mention[j]; mi >= 0 && d.Mentions[mi].Kind == doc.Person {
					return mi, d.Tokens[i].Span, true
				}
			}
		}
		if t.form(i) == "according" && i+2 < end && t.form(i+1) == "to" {
			if mi := t.mention[i+2]; mi >= 0 {
				return mi, d.Tokens[i].Span, true
			}
		}
		if l == "put" && i+1 < end && t.form(i+1) == "it" {
			// "as The Atlantic phrased it, ..."
			if s := t.child(i, doc.Nsubj); s >= 0 {
				return w.subjectMention(s, i), d.Tokens[i].Span, true
			}
		}
		if !w.isCue(i) || d.Tokens[i].UPOS == doc.NOUN || t.quote[i] >= 0 {
			continue
		}
		if sp := w.cueSpeaker(i); sp >= 0 {
			return sp, d.Tokens[i].Span, true
		}
		if t.child(i, doc.Nsubj) >= 0 {
			return -1, d.Tokens[i].Span, true // a subject with no mention: no guess
		}
		for j := i - 1; j >= start && j >= i-3; j-- {
			if mi := t.mention[j]; mi >= 0 {
				return mi, d.Tokens[i].Span, true
			}
		}
	}
	return -1, doc.Span{}, false
}

// colonBefore is the token of a colon that directly precedes the opening
// mark at open (spaces and line breaks between), or -1.
func (w *work) colonBefore(open int32) int32 {
	text := w.d.Article.Text
	i := open - 1
	for i >= 0 && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r') {
		i--
	}
	if i < 0 || text[i] != ':' {
		return -1
	}
	tr := tokensOf(w.d, doc.Span{Start: i, End: i + 1})
	if tr.End <= tr.Start {
		return -1
	}
	return tr.Start
}

// subjectMention is the mention a cue verb's subject token names: its own,
// a person in its appositive or flat parts, or a relative pronoun's noun.
func (w *work) subjectMention(s, v int32) int32 {
	if p, ok := w.actorAt(s, v); ok {
		return p.mention
	}
	if mi := w.t.mention[s]; mi >= 0 {
		return mi
	}
	return w.partMention(s, false)
}

// dashAt reports whether a dash (-, –, —, ―) starts at text[i].
func dashAt(text string, i int32) bool {
	if text[i] == '-' {
		return true
	}
	return int(i)+2 < len(text) && text[i] == 0xE2 && (text[i+1] == 0x80 && (text[i+2] == 0x93 || text[i+2] == 0x94 || text[i+2] == 0x95))
}

// quoteMarkToken reports whether token k is a double quotation mark.
func quoteMarkToken(d *doc.Doc, k int32) bool {
	sp := d.Tokens[k].Span
	m, _ := markAt(d.Article.Text, sp.Start, sp.Start, sp.End)
	return m == eitherDouble || m == openDouble || m == closeDouble
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
				return mi // "quoted Chinese Foreign Ministry spokeswoman Li Wen"
			}
			if p, ok := w.actorAt(o, v); ok {
				return p.mention
			}
			return t.mention[o]
		}
	}
	if s := t.child(v, doc.Nsubj); s >= 0 {
		if n := s + 1; int(n) < len(w.d.Tokens) && w.d.Tokens[s].UPOS == doc.NOUN && t.head(n) == v && w.d.Tokens[n].Dep == doc.Nsubj &&
			t.mention[n] >= 0 && w.d.Mentions[t.mention[n]].Kind == doc.Person {
			// a title and its name parsed as two subjects ("House
			// Republican leader Tom Harkness argues"): the name speaks
			s = n
		}
		if p, ok := w.actorAt(s, v); ok {
			return p.mention
		}
		return t.mention[s]
	}
	if a := t.child(v, doc.OblAgent); a >= 0 && t.child(v, doc.NsubjPass) >= 0 {
		// "was told by the home secretary that she will be stripped of
		// her citizenship": the teller speaks
		if p, ok := w.actorAt(a, v); ok {
			return p.mention
		}
		return t.mention[a]
	}
	// no subject: "quoted Y as telling ...", a controlled cue, or a
	// participle ("Trump attacked Clinton over Libya, saying, ...") whose
	// speaker is the subject of the first verb above it
	h := t.head(v)
	for k := 0; k < 3 && h >= 0; k, h = k+1, t.head(h) {
		if t.lemma(h) == "quote" {
			return w.cueSpeaker(h)
		}
		if s := t.child(h, doc.Nsubj); s >= 0 {
			return t.mention[s]
		}
		if w.d.Tokens[h].UPOS == doc.VERB {
			break
		}
	}
	return -1
}

// isCue reports whether token i is a cue verb, by its lemma, or by its
// form with an inflection taken off when the lemma table does not know it
// ("tweeting" → tweet, "quipped" → quip).
func (w *work) isCue(i int32) bool {
	if cueVerbs[w.t.lemma(i)] {
		return true
	}
	f := w.t.form(i)
	for _, suf := range [...]string{"ing", "ed", "s"} {
		if !strings.HasSuffix(f, suf) {
			continue
		}
		stem := f[:len(f)-len(suf)]
		if cueVerbs[stem] || cueVerbs[stem+"e"] {
			return true
		}
		if n := len(stem); n > 2 && stem[n-1] == stem[n-2] && cueVerbs[stem[:n-1]] { // quipped
			return true
		}
	}
	return false
}
