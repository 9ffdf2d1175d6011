package coder

import (
	"strings"

	"dyad/doc"
)

// Reading an attribution from the words around a cue where the parse
// lets it down: a cue closing its sentence after a comma or set off by
// commas inside it ("..., police said.", "The museum, Mr. Bush said,
// celebrated ..."), a clause after the cue that the parse hung elsewhere
// ("said Friday that ..."), the rest of a reported sentence hung on the
// cue, and the commas, semicolons and participles that end what is said.

// trailingAttribution is what a cue v closing its sentence after a comma
// says, however the parse hung the clause before the comma ("The officer
// was not wearing a camera, police said.", "..., attorneys for the family
// said on Thursday.", "..., said a spokesman."): the token range [lo, hi)
// of the sentence before that comma, and the subject s that names the
// speaker. After the cue come only a few words of when and where it was
// said ("on Friday", "in a statement"; whom it was told) and punctuation;
// before it only its subject, with auxiliaries and adverbs ("has also
// said"). It is -1, -1, -1 when v is not such a cue,
// is negated, or the sentence before holds a whole quotation or no verb,
// or is only an adverbial ("When the talks failed, Silva said enough."),
// or opens inside a quotation begun in a sentence before.
func (w *work) trailingAttribution(v int32) (lo, hi, s int32) {
	d, t := w.d, w.t
	if !w.isCue(v) || namingCues[t.lemma(v)] || t.sent[v] < 0 || t.child(v, doc.NsubjPass) >= 0 || t.child(v, doc.AuxPass) >= 0 || negated(t, v) {
		return -1, -1, -1 // ("..., officials did not say")
	}
	sr := d.Sentences[t.sent[v]].Tokens
	if int(sr.End) > len(d.Tokens) {
		return -1, -1, -1
	}
	e := sr.End
	for k := v + 1; k < e; k++ {
		if w.semicolon(k) || t.form(k) == ":" {
			e = k // "..., party strategists say; in 2008, McCain faltered"
		}
	}
	for e > v+1 && d.Tokens[e-1].UPOS == doc.PUNCT && !quoteMarkToken(d, e-1) {
		e--
	}
	// of the cue's subjects (a parse may give it the clause's too), the
	// nearest that sits between the comma and the cue or right after it
	s = -1
	comma, after, name := int32(-1), int32(-1), int32(-1)
	complement := false // (a parse may hang either side of a cue set off by commas on it)
	for _, k := range t.children(v) {
		switch d.Tokens[k].Dep.Universal() {
		case doc.Ccomp, doc.Xcomp:
			complement = complement || k < e
		case doc.Nsubj:
			if s >= 0 && abs32(k-v) > abs32(s-v) {
				continue
			}
			if c, a, n := w.closingSubject(v, k); c >= 0 {
				s, comma, after, name = k, c, a, n
			}
		}
	}
	if s < 0 {
		// no subject the parse gave the cue fits: the words between a comma
		// and the cue, when they name someone ("Lenox was a juggernaut, Mr.
		// Clarke said, until ..." with "Clarke" a conjunct of "juggernaut")
		s, comma, after = w.wordsBefore(v, sr.Start), -1, v+1
		for k := s - 1; s >= 0 && k > sr.Start && k >= s-7; k-- {
			if t.form(k) == "," {
				comma = k
				break
			}
			if u := d.Tokens[k].UPOS; u != doc.DET && u != doc.ADJ && u != doc.NOUN && u != doc.PROPN && u != doc.NUM && u != doc.PART && u != doc.ADP || clauseOpeners[t.form(k)] {
				break // (", where Silva added")
			}
		}
		if comma < 0 {
			return -1, -1, -1
		}
		name = s
	}
	if comma <= sr.Start {
		return -1, -1, -1
	}
	// after the cue and its subject: only where and when it was said, to
	// the sentence end or to a comma that the rest of what is said follows
	// ("The statue, Ms. Reyes said, honoured her family.")
	medial := int32(-1)
	for k := after; k < e; k++ {
		if t.form(k) == "," {
			medial = k
			break
		}
		if !w.under(k, v) || d.Tokens[k].UPOS == doc.VERB || d.Tokens[k].UPOS == doc.AUX || t.quote[k] >= 0 || quoteMarkToken(d, k) {
			return -1, -1, -1 // ('..., Trump yelled, "Out!"')
		}
		if a := w.childOn(k, v); a > k && w.commaIn(k, a) {
			return -1, -1, -1 // part of what follows ("In addition, it said Koba, an affiliate, will buy ...")
		}
		if h := t.head(k); h == v && k > s {
			switch d.Tokens[k].Dep.Universal() {
			case doc.Punct, doc.Advmod:
			case doc.Obj, doc.Iobj:
				if t.lemma(v) != "tell" {
					return -1, -1, -1
				}
			case doc.Obl:
				if c := t.caseOf(k); c != "" && !sayingPlaces[c] {
					return -1, -1, -1 // ("..., Sanchez urged a joint response")
				}
			default:
				return -1, -1, -1
			}
		}
	}
	if medial >= 0 && medial-after > 8 || medial < 0 && e-after > 8 {
		return -1, -1, -1
	}
	lo, hi = sr.Start, comma
	for lo < hi && (d.Tokens[lo].UPOS == doc.CCONJ || d.Tokens[lo].UPOS == doc.PUNCT && !quoteMarkToken(d, lo)) {
		lo++
	}
	if lo >= hi || t.quote[lo] >= 0 && d.Quotes[t.quote[lo]].Span.Start < d.Tokens[lo].Span.Start {
		return -1, -1, -1 // (a sentence that opens inside a quotation begun before it)
	}
	if medial >= 0 && w.closesContent(medial, e) {
		medial = -1 // the attribution closes what is said: "..., a spokesman said, declining to give details"
	}
	if medial >= 0 {
		// the cue inside the sentence: what is said is all of it but the cue
		if e-medial < 3 || !w.hasVerb(lo, hi) && !w.hasVerb(medial+1, e) {
			return -1, -1, -1
		}
		hi = e
	} else if comma <= sr.Start+2 || complement || !w.hasVerb(lo, hi) || w.adjunctOnly(lo, hi) {
		return -1, -1, -1 // ("But when Congress cut the funds, Mexico said enough.")
	}
	for k := lo; k < hi; k++ {
		if q := t.quote[k]; q >= 0 && !d.Quotes[q].Partial {
			return -1, -1, -1 // a whole quotation has its own speaker
		}
	}
	return lo, hi, name
}

// clauseAfter is the token range [lo, hi) of the clause that a cue v
// reports after it when the parse gave v no clausal complement: after
// "that" within a few words of the cue ("said Friday that hackers have
// targeted ...", "told a meeting of island leaders that ...") or a
// clause right after it whose subject the parse found ("The campaign says
// the ad will air on cable"); to the end of the sentence, before a comma
// and a participle that adds more ("..., adding that ..."). It is -1, -1
// for a naming or passive cue, or a clause holding a whole quotation.
func (w *work) clauseAfter(v int32) (lo, hi int32) {
	d, t := w.d, w.t
	if !w.isCue(v) && !findingVerbs[t.lemma(v)] || namingCues[t.lemma(v)] || t.sent[v] < 0 || t.child(v, doc.NsubjPass) >= 0 || t.child(v, doc.AuxPass) >= 0 {
		return -1, -1
	}
	if l := t.lemma(v); l == "find" || l == "show" {
		if s := t.child(v, doc.Nsubj); s < 0 || !evidenceNouns[t.lemma(s)] {
			return -1, -1 // what a poll shows, not what a person shows or finds
		}
	}
	sr := d.Sentences[t.sent[v]].Tokens
	if int(sr.End) > len(d.Tokens) {
		return -1, -1
	}
	e := sr.End
	for e > v+1 && d.Tokens[e-1].UPOS == doc.PUNCT && !quoteMarkToken(d, e-1) {
		e--
	}
	// "that" after the cue and what it hangs on the cue: adverbs, a time,
	// phrases with a preposition ("in a statement", "at a rally in Iowa"),
	// and first whom it was told ("told a meeting of island leaders")
	lo = -1
	inPP := tellCues[t.lemma(v)]
	for k := v + 1; k < e && k <= v+8; k++ {
		if t.form(k) == "that" && d.Tokens[k].UPOS == doc.SCONJ {
			lo = k + 1
			break
		}
		switch d.Tokens[k].UPOS {
		case doc.ADV:
			continue
		case doc.ADP:
			inPP = true
			continue
		case doc.DET, doc.ADJ, doc.NOUN, doc.PROPN, doc.PRON, doc.NUM, doc.PART:
			if inPP || temporalNoun(t, k) || timeNouns[t.lemma(k)] {
				continue
			}
		case doc.PUNCT:
			if t.form(k) == "," && t.quote[k] < 0 {
				continue
			}
		}
		break
	}
	if lo < 0 {
		k := v + 1
		if k < e && temporalNoun(t, k) {
			k++ // "said Friday the talks failed"
		}
		if !w.subjectAt(k, e) {
			return -1, -1
		}
		lo = k
	}
	hi = e
	for k := lo + 1; k+1 < e; k++ {
		if w.semicolon(k) || t.form(k) == "," && w.closesContent(k, e) {
			hi = k // "..., adding that ...", "..., according to ...", "..., the Post reported"
			break
		}
	}
	if hi-lo < 2 || !w.hasVerb(lo, hi) {
		return -1, -1
	}
	for k := lo; k < hi; k++ {
		if q := t.quote[k]; q >= 0 && !d.Quotes[q].Partial {
			return -1, -1 // a whole quotation has its own speaker
		}
	}
	return lo, hi
}

// clauseRest is the end of what the cue v reports when its clause ends
// at hi: the parse often hangs the rest of the reported sentence on the
// cue ("has said that the country cannot take the chance | because
// there is no means to screen them", "said his plans were more concrete |
// and, just as important, would not add to the deficit"), so
// the content runs on over what hangs on v after hi, to the sentence end;
// not over a conjunct or parataxis of the cue's own ("and left the
// room"), a comma with a participle or 'according to' ("..., adding
// ..."), a closing attribution, a semicolon or a whole quotation.
func (w *work) clauseRest(v, hi int32) int32 {
	d, t := w.d, w.t
	if t.sent[v] < 0 {
		return hi
	}
	e := d.Sentences[t.sent[v]].Tokens.End
	if int(e) > len(d.Tokens) {
		return hi
	}
	for _, ch := range t.children(v) {
		if u := d.Tokens[ch].Dep.Universal(); ch >= hi && (u == doc.Conj || u == doc.Parataxis) {
			if sl, _ := w.subtreeRange(ch); sl < e {
				e = max(sl, hi)
			}
		}
	}
	k := hi
	for ; k < e; k++ {
		if !w.under(k, v) || w.semicolon(k) {
			break
		}
		if q := t.quote[k]; q >= 0 && !d.Quotes[q].Partial {
			break
		}
		if t.form(k) == "," && k+1 < e && w.closesContent(k, e) {
			break
		}
	}
	return k
}

// closesContent reports whether the comma at k ends what is said before
// it, the sentence going on (to e) with a participle that adds more ("...,
// adding that ...", "..., declining to give details"; not "including"),
// "according to", or an attribution closing it ("..., the Post reported").
func (w *work) closesContent(k, e int32) bool {
	d, t := w.d, w.t
	if k+1 >= e {
		return false
	}
	f := t.form(k + 1)
	return d.Tokens[k+1].UPOS == doc.VERB && strings.HasSuffix(f, "ing") && f != "including" || f == "according" || w.attributionFrom(k+1, e)
}

// attributionFrom reports whether tokens [k, e) are an attribution that
// closes a sentence: a few words with no verb, a cue, and a few more ("the
// Washington Post reported", "it added on Friday").
func (w *work) attributionFrom(k, e int32) bool {
	d := w.d
	for j := k; j < e && j < k+7; j++ {
		if u := d.Tokens[j].UPOS; u == doc.VERB || u == doc.AUX {
			if j == k || !w.isCue(j) || e-j > 5 {
				return false
			}
			return !w.hasVerb(j+1, e)
		}
	}
	return false
}

// tellCues name whom they tell before what: "told reporters that",
// "warned allies that".
var tellCues = map[string]bool{"tell": true, "warn": true, "assure": true, "remind": true, "inform": true,
	"notify": true, "advise": true, "promise": true, "persuade": true, "convince": true, "caution": true, "email": true, "text": true}

// subjectAt reports whether a clause's subject opens at token k (before
// e): a subject in the parse whose phrase starts at k and whose predicate
// follows it ("the spot will run", "French membership in the EU may need"); not
// an object ("the same thing") nor a relative pronoun.
func (w *work) subjectAt(k, e int32) bool {
	d, t := w.d, w.t
	for j := k; j < e && j < k+12; j++ {
		if u := d.Tokens[j].UPOS; u == doc.VERB || u == doc.AUX || u == doc.PUNCT || u == doc.SCONJ {
			return false
		}
		switch d.Tokens[j].Dep.Universal() {
		case doc.Nsubj, doc.Expl:
		default:
			continue
		}
		if w.relativePronoun(j) {
			return false
		}
		h := t.head(j)
		if sl, _ := w.subtreeRange(j); sl == k && h > j && h < e {
			return true
		}
	}
	return false
}

// relativePronoun: token k is "who", "which" or "that" as a pronoun.
func (w *work) relativePronoun(k int32) bool {
	f := w.t.form(k)
	return (f == "who" || f == "which" || f == "that" || f == "whom") && w.d.Tokens[k].UPOS == doc.PRON
}

// namingCues say what they say of an object, not of a clause before
// them: "..., Sanchez urged a joint response", "..., he demanded".
var namingCues = map[string]bool{"call": true, "describe": true, "label": true, "brand": true,
	"term": true, "dub": true, "urge": true, "demand": true, "quote": true, "mock": true}

// sayingPlaces are the prepositions of where and when something was
// said: "..., Silva said in a statement", "on Friday", "at a news
// conference", "during a visit".
var sayingPlaces = map[string]bool{"in": true, "on": true, "at": true, "during": true, "after": true,
	"before": true, "late": true, "early": true, "earlier": true, "later": true, "through": true, "via": true}

// complementAfter is v's clausal complement: of two or more the parse
// gave it, the first after it ("Sen. Mark Hill (R-Tex.) said he didn't
// expect ...", with "R-Tex." a complement too; "The Office of
// Budget Reviews says there was ...", with "Reviews" taken for a
// verb); -1 for none.
func (w *work) complementAfter(v int32) int32 {
	first, after := int32(-1), int32(-1)
	for _, k := range w.t.children(v) {
		if w.d.Tokens[k].Dep != doc.Ccomp {
			continue
		}
		if first < 0 {
			first = k
		}
		if k > v && after < 0 {
			after = k
		}
	}
	if first < v && after > v {
		// a complement before the cue too: the one after is what is said
		// when it follows the cue as a clause, not set off by a comma
		// ('"...," Silva said, adding more', "said, looking away")
		if sl, _ := w.subtreeRange(after); w.commaIn(v, sl) || w.t.form(sl) == "," || strings.HasSuffix(w.t.form(after), "ing") || w.t.child(after, doc.Nsubj) < 0 && w.t.child(after, doc.Expl) < 0 {
			return first
		}
		return after
	}
	return first
}

// semicolon reports whether token k is a semicolon, not the end of an
// HTML entity left in the text ("&lt;Koba Electronics>").
func (w *work) semicolon(k int32) bool {
	text := w.d.Article.Text
	end := w.d.Tokens[k].Span.End
	return w.t.form(k) == ";" && (int(end) >= len(text) || text[end] == ' ' || text[end] == '\n' || text[end] == '\t' || text[end] == '\r')
}

// semicolonIn reports whether a semicolon lies among tokens (lo, hi).
func (w *work) semicolonIn(lo, hi int32) bool {
	for k := lo + 1; k < hi; k++ {
		if w.semicolon(k) {
			return true
		}
	}
	return false
}

// commaIn reports whether a comma lies among tokens (lo, hi).
func (w *work) commaIn(lo, hi int32) bool {
	for k := lo + 1; k < hi; k++ {
		if w.t.form(k) == "," {
			return true
		}
	}
	return false
}

// childOn is the child of v whose subtree holds token k (k itself when
// it hangs on v), or -1 when k is not below v.
func (w *work) childOn(k, v int32) int32 {
	for n := 0; n < 64 && k >= 0; n++ {
		h := w.t.head(k)
		if h == v {
			return k
		}
		k = h
	}
	return -1
}

// wordsBefore is the noun, name or pronoun right before the cue v (past
// its auxiliaries and adverbs), or -1.
func (w *work) wordsBefore(v, start int32) int32 {
	d := w.d
	k := v - 1
	for k > start && (d.Tokens[k].UPOS == doc.AUX || d.Tokens[k].UPOS == doc.ADV) {
		k--
	}
	if k <= start {
		return -1 // (the cue opens its sentence)
	}
	if u := d.Tokens[k].UPOS; (u == doc.NOUN || u == doc.PROPN || u == doc.PRON) && !w.relativePronoun(k) {
		return k
	}
	return -1
}

// closingSubject: subject s of the cue v sits between a comma (or a
// dash) and v, with only auxiliaries and adverbs between it and v (",
// police have also said"), or right after v, which follows the comma
// (", said a spokesman"). It gives that comma, the first token after
// the cue and its subject, and the token that names the speaker: s, or
// the name before a subject that is its title (", Helmut Kramer, head of
// the institute, said"); or -1s.
func (w *work) closingSubject(v, s int32) (comma, after, name int32) {
	d, t := w.d, w.t
	sl, sh := w.subtreeRange(s)
	for sl < s && d.Tokens[sl].UPOS == doc.PUNCT {
		sl++
	}
	if s < v {
		for k := sh; k < v; k++ {
			if u := d.Tokens[k].UPOS; u != doc.AUX && u != doc.ADV {
				return -1, -1, -1
			}
		}
		comma, after = sl-1, v+1
	} else {
		if sl != v+1 {
			return -1, -1, -1
		}
		comma, after = v-1, sh
		for comma > 0 && (d.Tokens[comma].UPOS == doc.AUX || d.Tokens[comma].UPOS == doc.ADV) {
			comma--
		}
	}
	if comma < 0 || t.sent[comma] != t.sent[v] || t.form(comma) != "," && !dashAt(d.Article.Text, d.Tokens[comma].Span.Start) {
		return -1, -1, -1
	}
	// a name before the subject, its appositive: "..., Helmut Kramer, head
	// of the institute, said."
	k := comma - 1
	for k > comma-5 && k >= 0 && d.Tokens[k].UPOS == doc.PROPN && t.sent[k] == t.sent[v] {
		k--
	}
	if s < v && k < comma-1 && k > 0 && t.form(k) == "," && t.sent[k] == t.sent[v] && d.Tokens[s].UPOS == doc.NOUN {
		return k, after, comma - 1
	}
	return comma, after, s
}

func abs32(x int32) int32 {
	if x < 0 {
		return -x
	}
	return x
}

// adjunctOnly reports whether tokens [lo, hi) are only an adverbial: they
// open with a preposition or a subordinator ("In the text beside the
// video", "Just after the attack ended", "But when Congress cut the
// funds") and no clause follows it after a comma ("After some
// challenges, the work has met the standards" is a clause).
func (w *work) adjunctOnly(lo, hi int32) bool {
	d, t := w.d, w.t
	k := lo
	for k < hi && (d.Tokens[k].UPOS == doc.CCONJ || d.Tokens[k].UPOS == doc.ADV && !clauseOpeners[t.form(k)]) {
		k++
	}
	if k >= hi || d.Tokens[k].UPOS != doc.ADP && d.Tokens[k].UPOS != doc.SCONJ && !clauseOpeners[t.form(k)] {
		return false
	}
	for c := k + 1; c < hi; c++ {
		if t.form(c) == "," && w.hasVerb(c+1, hi) {
			return false
		}
	}
	return true
}
