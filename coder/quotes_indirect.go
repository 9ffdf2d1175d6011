package coder

import (
	"strings"
	"unicode/utf8"

	"dyad/doc"
)

// findingVerbs report what a study, a poll or a person found, knows or
// holds ("a poll shows that", "the report found that", "she believes
// that", "experts expect that"): attributions as PARC and PolNeAR count
// them, though no one speaks.
var findingVerbs = map[string]bool{"find": true, "show": true, "reveal": true, "indicate": true,
	"estimate": true, "believe": true, "think": true, "cite": true, "point": true, "learn": true,
	"know": true, "expect": true, "hope": true, "fear": true, "feel": true, "agree": true,
	"understand": true, "realize": true, "realise": true, "recognize": true, "recognise": true,
	"assume": true, "worry": true, "suspect": true, "discover": true, "doubt": true,
	"rule": true, "question": true, "disclose": true, "hint": true, "signal": true,
	"speculate": true, "reckon": true, "guess": true, "recommend": true, "advocate": true,
	"reaffirm": true, "affirm": true, "clarify": true, "specify": true, "anticipate": true,
	"forecast": true, "envision": true, "hear": true}

// objectCues say what they say in their object and what follows it, as
// PolNeAR and PARC count them: "Clinton cited derogatory comments Trump had
// made about Machado", "urged voters to see the big picture", "has called
// for a special prosecutor", "Other Republicans echoed those comments".
// Not say or tell ("said the same thing", "told reporters"), nor
// continue, write or explain, whose objects are as often no content; nor
// want, support, expect or attack, whose objects PolNeAR counts barely
// more often than not; nor defend, dismiss or question, as often done
// as said ("Kurdish forces defended Afrin against the Turkish assault",
// "dismissed the defence minister", "police questioned the man").
var objectCues = map[string]bool{"cite": true, "urge": true, "call": true, "echo": true,
	"criticize": true, "criticise": true, "praise": true, "denounce": true, "condemn": true,
	"decry": true, "blast": true, "slam": true, "promise": true, "pledge": true, "vow": true,
	"propose": true, "describe": true, "announce": true, "report": true, "note": true,
	"suggest": true, "agree": true, "recall": true, "argue": true, "ask": true, "hope": true,
	"feel": true, "believe": true, "think": true, "show": true, "find": true,
	"accuse": true, "endorse": true, "oppose": true, "mention": true, "discuss": true, "reject": true,
	"acknowledge": true, "applaud": true}

// callsSomething: v, a "call", names its object something: 'called the
// plan a disaster' (an infinitive or a bare nominal after the object, as
// the parse gives it) or 'called the charges unsubstantiated' (an
// adjective after the object's noun); not 'called the police', 'called
// him on Tuesday'.
func (w *work) callsSomething(v int32) bool {
	d, t := w.d, w.t
	o := t.child(v, doc.Obj)
	if o < 0 {
		return false
	}
	for _, k := range t.children(v) {
		if k > o && (d.Tokens[k].Dep == doc.Xcomp || d.Tokens[k].Dep == doc.OblUnmarked && !timeNouns[t.lemma(k)] && !temporalNoun(t, k) && d.Tokens[k].UPOS == doc.NOUN) {
			return true
		}
	}
	for _, k := range t.children(o) {
		if k == o+1 && d.Tokens[k].Dep == doc.Amod && d.Tokens[k].UPOS == doc.ADJ {
			return true
		}
	}
	return false
}

// closingConj: the cue v closes its sentence after a comma, parsed as a
// conjunct of the clause it reports ("Large sections of the city are
// divided by race and income, other studies have shown."): it has a
// subject and no object or coordinator, and only punctuation follows it.
func (w *work) closingConj(v int32) bool {
	d, t := w.d, w.t
	if d.Tokens[v].Dep != doc.Conj || t.head(v) < 0 || t.head(v) > v || t.sent[v] < 0 {
		return false
	}
	if t.lemma(v) == "continue" || t.child(v, doc.Nsubj) < 0 || t.child(v, doc.Obj) >= 0 || t.child(v, doc.Cc) >= 0 || t.child(v, doc.Xcomp) >= 0 {
		return false // ("where a four-decade Kurdish insurgency continues")
	}
	for _, k := range t.children(v) {
		if k < v && clauseOpeners[t.form(k)] {
			return false // a clause of its own: ", where the insurgency continues"
		}
	}
	sr := d.Sentences[t.sent[v]].Tokens
	if int(sr.End) > len(d.Tokens) {
		return false
	}
	lo, _ := w.subtreeRange(v)
	if lo <= sr.Start || t.form(lo) != "," && t.form(lo-1) != "," {
		return false
	}
	for k := v + 1; k < sr.End; k++ {
		if d.Tokens[k].UPOS != doc.PUNCT {
			return false
		}
	}
	return true
}

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
			e = k // "..., political analysts say; in 2012, Romney stumbled"
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
	// ("The museum, Mr. Bush said, celebrated his heroes.")
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
					return -1, -1, -1 // ("..., Pompeo called for a common stand")
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
// cue ("has said that the United States cannot afford the risk | because
// there is no way to vet them", "said her proposals were more detailed |
// and, even more important, would not blow a hole in the budget"), so
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
// follows it ("the ad will air", "U.S. involvement in NATO may need"); not
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
// them: "..., Pompeo called for a common stand", "..., he demanded".
var namingCues = map[string]bool{"call": true, "describe": true, "label": true, "brand": true,
	"term": true, "dub": true, "urge": true, "demand": true, "quote": true, "mock": true}

// sayingPlaces are the prepositions of where and when something was
// said: "..., Silva said in a statement", "on Friday", "at a news
// conference", "during a visit".
var sayingPlaces = map[string]bool{"in": true, "on": true, "at": true, "during": true, "after": true,
	"before": true, "late": true, "early": true, "earlier": true, "later": true, "through": true, "via": true}

// complementAfter is v's clausal complement: of two or more the parse
// gave it, the first after it ("Sen. David Perdue (R-Ga.) said he didn't
// believe ...", with "R-Ga." a complement too; "The Commission on
// Presidential Debates says there was ...", with "Debates" taken for a
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

// lendSubject verbs lend their subject to the infinitive or participle they
// take: "protesters continued to call for", "refused to confirm", "the
// wife began, explaining that".
var lendSubject = map[string]bool{"continue": true, "begin": true, "start": true, "try": true,
	"refuse": true, "decline": true, "want": true, "seem": true, "appear": true, "plan": true,
	"decide": true, "attempt": true, "keep": true, "fail": true, "go": true, "intend": true, "move": true}

// peopleWord: token s can name an unnamed speaker: a noun or a name
// ("officials"), a number ("Nearly eight of 10 voters say"), or a pronoun
// for some people ("Those close to him say", "many of whom say").
func (w *work) peopleWord(s int32) bool {
	switch w.d.Tokens[s].UPOS {
	case doc.NOUN, doc.PROPN, doc.NUM:
		return true
	case doc.DET, doc.PRON:
		return peoplePronouns[w.t.lemma(s)] || peoplePronouns[strings.ToLower(w.t.form(s))]
	}
	return false
}

var peoplePronouns = map[string]bool{"those": true, "many": true, "some": true, "most": true,
	"others": true, "several": true, "few": true, "both": true}

// relativeNoun is the noun a relative pronoun subject s of v stands for
// in the parse's relative clause ("Some Republicans, who said ..."), or -1.
func (w *work) relativeNoun(s, v int32) int32 {
	d, t := w.d, w.t
	if f := strings.ToLower(t.form(s)); f != "who" && f != "which" && f != "that" || d.Tokens[s].UPOS != doc.PRON {
		return -1
	}
	if d.Tokens[v].Dep.Universal() == doc.Acl {
		if h := t.head(v); h >= 0 && h < s && (d.Tokens[h].UPOS == doc.NOUN || d.Tokens[h].UPOS == doc.PROPN) {
			return h
		}
	}
	return -1
}

// nounCues name what someone said or holds, its content a that-clause
// ("his claim that", "the senator's assertion that", "Clinton's view that").
var nounCues = map[string]bool{"claim": true, "assertion": true, "allegation": true, "accusation": true,
	"statement": true, "suggestion": true, "insistence": true, "warning": true, "argument": true,
	"belief": true, "view": true, "assurance": true, "announcement": true, "admission": true,
	"contention": true, "promise": true, "pledge": true, "charge": true, "prediction": true}

// utterVerbs make the noun cue their object their subject's words: "Trump
// made the claim that", "the ministry issued a warning that".
var utterVerbs = map[string]bool{"make": true, "issue": true, "repeat": true, "reiterate": true,
	"renew": true, "voice": true, "deliver": true, "release": true, "publish": true, "post": true}

// nounCueSource is who says what the noun cue v (with its clause c)
// names when no possessor does: the noun after "from" or "by" before the
// clause ("warnings from his attorney that ...", "a claim by the ministry
// that ..."), or the subject of a verb that utters it ("Trump made the
// claim that ..."); -1 for none ("the claim that ...", "rejected the
// claim that ...").
func (w *work) nounCueSource(v, c int32) int32 {
	d, t := w.d, w.t
	for _, k := range t.children(v) {
		if k > v && k < c && d.Tokens[k].Dep.Universal() == doc.Nmod {
			if cs := t.caseOf(k); cs == "from" || cs == "by" {
				return k
			}
		}
	}
	if h := t.head(v); h >= 0 && d.Tokens[v].Dep == doc.Obj && utterVerbs[t.lemma(h)] {
		return t.child(h, doc.Nsubj)
	}
	return -1
}

// clauseOpeners open a relative or adverbial clause.
var clauseOpeners = map[string]bool{"where": true, "when": true, "which": true, "who": true, "while": true,
	"because": true, "although": true, "though": true, "if": true, "whereas": true, "since": true}

// evidenceNouns name what shows or finds as a speaker says.
var evidenceNouns = map[string]bool{"poll": true, "survey": true, "study": true, "report": true,
	"data": true, "figure": true, "analysis": true, "research": true, "record": true, "document": true,
	"video": true, "footage": true, "image": true, "photo": true, "picture": true, "test": true,
	"result": true, "sample": true, "chart": true, "average": true, "number": true, "statistic": true,
	"estimate": true, "review": true, "audit": true, "investigation": true, "inquiry": true,
	"evidence": true, "email": true, "slide": true, "count": true, "tally": true, "filing": true,
	"memo": true, "census": true, "model": true, "probe": true, "assessment": true, "paper": true,
	"polling": true, "post": true, "tweet": true, "letter": true, "photograph": true, "market": true}

// objectContent is the token range [lo, hi) of what the object cue v
// says when it has no clause: from after v to the end of its subtree,
// before a conjunct, a parataxis or an adverbial clause after a comma ("...
// , saying ..."); with "call", only a call for or on someone ("called for
// a special prosecutor"), not a naming. It is -1, -1 when v has no object
// or infinitive, is passive, or what it says holds a whole quotation.
func (w *work) objectContent(v int32) (int32, int32) {
	d, t := w.d, w.t
	if !objectCues[t.lemma(v)] && !(expectCues[t.lemma(v)] && w.objectInfinitive(v)) || t.sent[v] < 0 || t.child(v, doc.NsubjPass) >= 0 || t.child(v, doc.AuxPass) >= 0 {
		return -1, -1
	}
	sr := d.Sentences[t.sent[v]].Tokens
	if int(sr.End) > len(d.Tokens) || v+1 >= sr.End {
		return -1, -1 // (a malformed document)
	}
	if l := t.lemma(v); l == "find" || l == "show" {
		// what a poll shows or a study finds, not what a person shows
		// ("showed reporters a map", "showed little interest") or finds
		// ("his agents found them")
		s := t.child(v, doc.Nsubj)
		if s < 0 || !evidenceNouns[t.lemma(s)] || t.child(v, doc.Iobj) >= 0 {
			return -1, -1
		}
	}
	what := false
	for _, k := range t.children(v) {
		if k < v {
			continue
		}
		switch d.Tokens[k].Dep.Universal() {
		case doc.Obj, doc.Xcomp:
			if f := t.form(k); strings.HasSuffix(f, "self") || strings.HasSuffix(f, "selves") {
				return -1, -1 // "the bank has found itself at the center"
			}
			what = what || t.lemma(v) != "call" || w.callsSomething(v)
		case doc.Obl:
			if cs := t.caseOf(k); t.lemma(v) == "call" && (cs == "for" || cs == "on") && t.child(v, doc.Obj) < 0 {
				what = true
			}
		}
	}
	if !what {
		return -1, -1
	}
	_, hi := w.subtreeRange(v)
	for _, k := range t.children(v) {
		if k <= v || k >= sr.End {
			continue
		}
		switch d.Tokens[k].Dep.Universal() {
		case doc.Conj, doc.Parataxis:
		case doc.Advcl:
			if t.form(k-1) != "," {
				if sl, _ := w.subtreeRange(k); sl == k || t.form(sl) != "," {
					continue
				}
			}
		default:
			continue
		}
		if sl, _ := w.subtreeRange(k); sl < hi {
			hi = sl
		}
	}
	for hi > v+1 && (d.Tokens[hi-1].UPOS == doc.PUNCT || d.Tokens[hi-1].UPOS == doc.CCONJ) {
		hi--
	}
	hi = min(hi, sr.End)
	lo := v + 1
	if lo < hi && d.Tokens[lo].Dep == doc.Case && w.under(lo, v) {
		lo++ // "called for a special prosecutor": the cue is "called for"
	}
	for k := lo; k < hi; k++ {
		if q := t.quote[k]; q >= 0 && !d.Quotes[q].Partial {
			return -1, -1
		}
	}
	return lo, hi
}

// expectCues say what they expect or want of someone in an object and
// an infinitive ("expects prices to fall", "a majority of voters expect
// Clinton to win"), though their objects alone are as often no content.
var expectCues = map[string]bool{"expect": true, "want": true, "believe": true}

// objectInfinitive: v has an object followed by an infinitive that the
// parse hangs on v or on the object ("expect Clinton to win").
func (w *work) objectInfinitive(v int32) bool {
	d, t := w.d, w.t
	o := t.obj(v)
	if o < v {
		return false
	}
	for _, h := range [...]int32{v, o} {
		for _, k := range t.children(h) {
			if k > o && (d.Tokens[k].Dep == doc.Xcomp || d.Tokens[k].Dep.Universal() == doc.Acl) && t.hasChildLemma(k, doc.Mark, "to") {
				return true
			}
		}
	}
	return false
}

// findIndirect adds reported speech without quotation marks ("Blinken
// said Moscow must end the war", "officials told reporters that ...") as
// quotes with Direct false: the clause a cue verb governs (its ccomp), the
// clause a trailing cue hangs from ("The talks failed, Silva said"), or
// the clause "according to X" modifies. The speaker is the verb's subject;
// a noun subject the actor stage gave no mention ("officials") still makes
// a quote, with Speaker -1; a pronoun one ("it is said that") does not. A
// clause holding a whole direct quote is left to it (a fragment quoted
// inside is fine). They are appended after the quotes in quotation marks
// and are not marked in the tree's quote index, so the event coder reads
// them as before (its speech frames give attribution).
func (w *work) findIndirect() {
	d := w.d
	t := w.t
	limit := w.c.opt.MaxQuotes
	var stack []int32 // scratch for clauseSpan
	direct := len(d.Quotes)
	for v := int32(0); int(v) < len(d.Tokens); v++ {
		if len(d.Quotes) >= limit {
			break
		}
		if t.quote[v] >= 0 {
			continue
		}
		relative := false // the unnamed speaker is a relative clause's noun
		ts := int32(-1)   // the subject of an attribution closing the sentence or set off by commas in it
		object := false   // what is said is the cue's object, not a clause
		var c, skip, sp int32 = -1, -1, -1
		var olo, ohi int32 = -1, -1 // what an object cue says
		unnamed := false
		var who int32 = -1 // the head of the phrase that names an unnamed speaker
		switch {
		case d.Tokens[v].UPOS == doc.VERB && (w.isCue(v) || findingVerbs[t.lemma(v)] || objectCues[t.lemma(v)] || expectCues[t.lemma(v)]):
			if lo, hi, s := w.trailingAttribution(v); s >= 0 && hi > v {
				// set off by commas inside the sentence: all of it but the
				// cue is what is said, however the parse hung its sides
				// ("The museum, Mr. Bush said, celebrated his heroes.")
				olo, ohi, ts = lo, hi, s
			} else if c = w.complementAfter(v); c > v && w.semicolonIn(v, c) {
				c = -1 // "..., analysts say; in 2012, Romney stumbled": the next sentence, not what they say
			} else if c < 0 && (d.Tokens[v].Dep == doc.Parataxis || w.closingConj(v)) {
				c, skip = t.head(v), v // "The talks failed, Silva said."
			}
			if c < 0 && olo < 0 {
				if olo, ohi, ts = w.trailingAttribution(v); olo < 0 {
					if olo, ohi = w.clauseAfter(v); olo < 0 {
						if olo, ohi = w.objectContent(v); olo < 0 {
							continue
						}
						object = true
					}
				}
			}
			sv := v
			if t.child(v, doc.Nsubj) < 0 && d.Tokens[v].Dep == doc.Xcomp && t.head(v) >= 0 && lendSubject[t.lemma(t.head(v))] {
				sv = t.head(v) // "protesters continued to call for more information"
			}
			if ts >= 0 {
				sp = -1 // the subject next to the cue, not another the parse gave it
			} else {
				sp = w.cueSpeaker(v)
			}
			if sp < 0 {
				s := t.child(sv, doc.Nsubj)
				if ts >= 0 {
					s = ts
				}
				if s >= 0 {
					if r := w.relativeNoun(s, sv); r >= 0 {
						s, relative = r, true // "Some Republicans, who said they had misgivings"
						if sp = t.mention[s]; sp < 0 {
							sp = w.partMention(s, false)
						}
					} else {
						sp = w.subjectMention(s, sv)
					}
					if sp < 0 && w.peopleWord(s) {
						unnamed, who = true, s // "officials said ...": a speaker the actor stage gave no mention
					}
				} else if sv == v && !object && (c < 0 || c > v) && t.sent[v] >= 0 && d.Tokens[v].Dep != doc.Xcomp && !strings.HasSuffix(t.form(v), "ing") {
					// no subject in the parse: a name right before a finite
					// cue ("... with the editorial board of the Washington
					// Post Trump said that ...", "Trump" taken for a
					// modifier); not one in a phrase of its own ("said on
					// Twitter"; "of" is the misparse's), nor before a
					// participle, whose subject is the sentence's ("...
					// from Trump, adding that ...")
					if k := w.wordsBefore(v, d.Sentences[t.sent[v]].Tokens.Start); k >= 0 && d.Tokens[k].UPOS == doc.PROPN && (t.caseOf(k) == "" || t.caseOf(k) == "of") {
						if sp = t.mention[k]; sp < 0 {
							sp = w.partMention(k, false)
						}
					}
				}
			}
		case d.Tokens[v].UPOS == doc.NOUN && nounCues[t.lemma(v)]:
			// "Trump repeated his claim that Obama founded the Islamic
			// State": the that-clause, said by the noun's possessor
			for _, k := range t.children(v) {
				if u := d.Tokens[k].Dep.Universal(); k > v && (u == doc.Acl || u == doc.Ccomp) && t.hasChildLemma(k, doc.Mark, "that") {
					c = k
					break
				}
			}
			p := t.child(v, doc.NmodPoss)
			if p < 0 && c >= 0 {
				p = w.nounCueSource(v, c)
			}
			if c < 0 || p < 0 {
				continue
			}
			if sp = t.mention[p]; sp < 0 {
				sp = w.partMention(p, false)
			}
			if sp < 0 && (d.Tokens[p].UPOS == doc.NOUN || d.Tokens[p].UPOS == doc.PROPN) {
				unnamed, who = true, p // "the administration's claim that ..."
			}
		case t.form(v) == "in" && w.inFindingQuote(v):
			continue
		case t.form(v) == "according" && int(v+1) < len(d.Tokens) && t.form(v+1) == "to":
			if x := t.head(v); x >= 0 && accordingNorms[t.lemma(x)] || w.accordingToQuote(v) {
				continue // ("according to plan")
			}
			// "according to X, CLAUSE": X is the case-marked nominal, the clause its head
			x := t.head(v)
			if x < 0 || x == v+1 {
				continue
			}
			if c = t.head(x); c < 0 || d.Tokens[c].UPOS != doc.VERB {
				continue
			}
			skip = x
			if sp = t.mention[x]; sp < 0 {
				sp = w.partMention(x, false)
			}
			if sp < 0 && (d.Tokens[x].UPOS == doc.NOUN || d.Tokens[x].UPOS == doc.PROPN) {
				unnamed, who = true, x // "according to the conservative-leaning Tax Foundation"
			}
		default:
			continue
		}
		if sp < 0 && !unnamed {
			continue // "it is said that ...": no speaker, no quote
		}
		lo, hi, ok := olo, ohi, olo >= 0
		if !ok {
			if lo, hi, ok = w.clauseSpan(c, skip, &stack); !ok {
				continue
			}
			if skip < 0 && c > v && d.Tokens[v].UPOS == doc.VERB {
				hi = w.clauseRest(v, hi)
			}
		}
		if skip < 0 && c >= 0 && c < v {
			if k := w.closingCue(v, c); k >= 0 && k > lo {
				// "A, but B, another source said.": what is said is all of
				// the sentence before the attribution, whatever the parse
				// hung on the cue
				lo, hi = d.Sentences[t.sent[v]].Tokens.Start, k
			}
		}
		// drop a leading "that", the cue when it comes first, and punctuation
		for lo < hi && (d.Tokens[lo].Dep == doc.Mark && t.head(lo) == c || d.Tokens[lo].UPOS == doc.PUNCT) {
			lo++
		}
		for hi > lo && d.Tokens[hi-1].UPOS == doc.PUNCT {
			hi--
		}
		if hi-lo < 3 || v >= lo && v < hi && skip < 0 && ts < 0 {
			continue
		}
		q := doc.Quote{
			Span:    doc.Span{Start: d.Tokens[lo].Span.Start, End: d.Tokens[hi-1].Span.End},
			Speaker: sp, Cue: d.Tokens[v].Span}
		if sp < 0 && who >= 0 {
			q.SpeakerSpan = w.namePhrase(who)
			if relative {
				q.SpeakerSpan = w.nounPhrase(who)
			}
		}
		d.Quotes = append(d.Quotes, q)
	}
	w.colonAttributions(limit)
	w.absorbPartials(direct)
}

// accordingNorms are what "according to" names when it means in keeping
// with, not reported by ("according to plan").
var accordingNorms = map[string]bool{"plan": true, "schedule": true, "law": true, "rule": true,
	"tradition": true, "custom": true, "script": true, "protocol": true, "design": true,
	"procedure": true, "instruction": true, "need": true, "ability": true, "size": true}

// accordingToQuote adds the quote of an "according to X" at an end of its
// sentence, read from the words rather than the parse (which often hangs
// the phrase on a noun or a participle inside the clause: "... tied heading
// into their first debate, according to a new Washington Post-ABC News
// poll"): after a comma or dash that closes the sentence, what is said is
// the sentence before it and X runs to the next comma; opening the sentence
// ("According to exit polls, Romney had a lead"), X runs to the first comma
// and what is said is the rest. It reports whether it made the quote.
func (w *work) accordingToQuote(v int32) bool {
	d, t := w.d, w.t
	if t.sent[v] < 0 {
		return false
	}
	s := d.Sentences[t.sent[v]].Tokens
	if int(s.End) > len(d.Tokens) || v+2 >= s.End {
		return false // (a malformed document, or nothing after "to")
	}
	e := s.End
	for e > s.Start && d.Tokens[e-1].UPOS == doc.PUNCT && !quoteMarkToken(d, e-1) {
		e--
	}
	start := s.Start
	for start < v && (d.Tokens[start].UPOS == doc.CCONJ || d.Tokens[start].UPOS == doc.PUNCT && !quoteMarkToken(d, start)) {
		start++ // "But according to ...", "And ..."
	}
	text := d.Article.Text
	clause := func(k int32) bool { // a comma or a dash apart from the words (not "Bretton-Gordon")
		st := d.Tokens[k].Span.Start
		return k < e && d.Tokens[k].UPOS == doc.PUNCT && (t.form(k) == "," || dashAt(text, st) && (text[st] != '-' || st > 0 && text[st-1] == ' '))
	}
	var lo, hi, xlo, xhi int32
	switch {
	case v == start:
		xlo, xhi = v+2, v+2
		for xhi < e && !clause(xhi) {
			xhi++
		}
		if k := w.appositiveEnd(xhi, e, clause); k > 0 {
			xhi = k
		}
		lo, hi = xhi+1, e
	case v > start+2 && clause(v-1):
		xlo, xhi = v+2, v+2
		for xhi < e && !clause(xhi) {
			xhi++
		}
		lo, hi = start, v-1
		if xhi < e && !w.hasVerb(lo, hi) {
			return false // "In eastern Ghouta, according to the UN, ...": the parse knows better
		}
	default:
		return false
	}
	if xhi-xlo < 1 || xhi-xlo > 20 || hi-lo < 3 || accordingNorms[t.lemma(xhi-1)] {
		return false
	}
	noun := false
	for k := xlo; k < xhi; k++ {
		noun = noun || d.Tokens[k].UPOS == doc.NOUN || d.Tokens[k].UPOS == doc.PROPN
	}
	for k := lo; k < hi; k++ {
		if q := t.quote[k]; q >= 0 && !d.Quotes[q].Partial {
			return false // a whole quotation has its own speaker
		}
	}
	// the source's head: the last noun of its first run of nouns ("a
	// reporter for the Daily Beast", "witnesses who saw him")
	h := int32(-1)
	for k := xlo; k < xhi; k++ {
		u := d.Tokens[k].UPOS
		if u == doc.NOUN || u == doc.PROPN {
			h = k
		} else if t.form(k) == "-" && k+1 < xhi && d.Tokens[k].Span.End == d.Tokens[k+1].Span.Start {
			k++ // "the UK-based Syrian Observatory"
		} else if h >= 0 && u != doc.PART && u != doc.CCONJ && u != doc.ADJ && u != doc.NUM {
			break
		}
	}
	sp := int32(-1)
	if h >= 0 {
		if sp = t.mention[h]; sp < 0 {
			sp = w.partMention(h, false)
		}
	}
	if sp >= 0 && d.Mentions[sp].Span.Start < d.Tokens[xlo].Span.Start {
		sp = -1 // a mention the chunker ran on from "According to"
	}
	var words doc.Span
	if sp < 0 {
		words = doc.Span{Start: d.Tokens[xlo].Span.Start, End: d.Tokens[xhi-1].Span.End}
	}
	if sp < 0 && !noun {
		return false // "according to him" with no mention for him
	}
	d.Quotes = append(d.Quotes, doc.Quote{
		Span:    doc.Span{Start: d.Tokens[lo].Span.Start, End: d.Tokens[hi-1].Span.End},
		Speaker: sp, SpeakerSpan: words, Cue: doc.Span{Start: d.Tokens[v].Span.Start, End: d.Tokens[v+1].Span.End}})
	return true
}

// pollNouns name a count of opinions or facts that a sentence opening
// "In ..." reports the findings of ("In the latest Post-ABC poll, Clinton
// led by 5 points").
var pollNouns = map[string]bool{"poll": true, "survey": true, "study": true, "analysis": true,
	"research": true, "data": true, "census": true, "tally": true, "count": true, "sample": true,
	"assessment": true, "audit": true, "review": true, "report": true, "estimate": true, "polling": true}

// inFindingQuote adds the quote of a sentence that opens with "In" and a
// poll, survey or study, then a comma: what follows the comma is what it
// found, said by the phrase ("In this poll, Trump rose 1 point", "In one
// of the first post-debate polls, she did not receive a bump"); not when
// a cue in the sentence says it ("In the survey, voters said ...": that
// cue's quote). It reports whether it made the quote.
func (w *work) inFindingQuote(v int32) bool {
	d, t := w.d, w.t
	if t.sent[v] < 0 || len(d.Quotes) >= w.c.opt.MaxQuotes {
		return false
	}
	s := d.Sentences[t.sent[v]].Tokens
	if int(s.End) > len(d.Tokens) {
		return false
	}
	start := s.Start
	for start < v && (d.Tokens[start].UPOS == doc.CCONJ || d.Tokens[start].UPOS == doc.PUNCT && !quoteMarkToken(d, start)) {
		start++
	}
	if start != v {
		return false
	}
	e := s.End
	for e > v && d.Tokens[e-1].UPOS == doc.PUNCT && !quoteMarkToken(d, e-1) {
		e--
	}
	comma, noun := int32(-1), int32(-1)
	for k := v + 1; k < e && k < v+16; k++ {
		if t.form(k) == "," {
			comma = k
			break
		}
		if noun < 0 && d.Tokens[k].UPOS == doc.NOUN && pollNouns[t.lemma(k)] {
			noun = k
		}
	}
	if comma < 0 || noun < 0 || e-comma < 4 || !w.hasVerb(comma+1, e) {
		return false
	}
	if u := d.Tokens[comma+1].UPOS; u == doc.ADP || u == doc.SCONJ || w.relativePronoun(comma+1) || clauseOpeners[t.form(comma+1)] {
		return false // the phrase goes on: "In the proposals for the review, at which ministers set the prices, ..."
	}
	for k := comma + 1; k < e; k++ {
		if q := t.quote[k]; q >= 0 && !d.Quotes[q].Partial {
			return false // a whole quotation has its own speaker
		}
		if d.Tokens[k].UPOS == doc.VERB && (w.isCue(k) || findingVerbs[t.lemma(k)]) {
			return false // the cue's own quote
		}
	}
	d.Quotes = append(d.Quotes, doc.Quote{
		Span:        doc.Span{Start: d.Tokens[comma+1].Span.Start, End: d.Tokens[e-1].Span.End},
		Speaker:     -1,
		SpeakerSpan: doc.Span{Start: d.Tokens[v+1].Span.Start, End: d.Tokens[comma-1].Span.End},
		Cue:         d.Tokens[v].Span})
	return true
}

// appositiveEnd is the comma that closes an appositive after the comma
// at c ("According to Hisham al-Hashimi, an Iraqi expert on Isis, Baghdadi
// is ..."): words with no verb, opening with a determiner, an adjective
// or a noun, then a comma, then words with one; else -1.
func (w *work) appositiveEnd(c, e int32, clause func(int32) bool) int32 {
	d := w.d
	if c+1 >= e {
		return -1
	}
	if u := d.Tokens[c+1].UPOS; u != doc.DET && u != doc.ADJ && u != doc.NOUN && u != doc.PROPN {
		return -1
	}
	for k := c + 1; k < e; k++ {
		if w.hasVerb(k, k+1) {
			return -1
		}
		if clause(k) {
			if w.hasVerb(k+1, e) {
				return k
			}
			return -1
		}
	}
	return -1
}

// hasVerb reports whether a verb or an auxiliary is among tokens [lo, hi).
func (w *work) hasVerb(lo, hi int32) bool {
	for k := lo; k < hi; k++ {
		if u := w.d.Tokens[k].UPOS; u == doc.VERB || u == doc.AUX {
			return true
		}
	}
	return false
}

// colonLabels open a paragraph with a colon without naming a speaker.
var colonLabels = map[string]bool{"note": true, "update": true, "updated": true, "correction": true,
	"clarification": true, "photo": true, "photos": true, "video": true, "source": true, "sources": true,
	"related": true, "watch": true, "listen": true, "warning": true, "breaking": true, "exclusive": true,
	"analysis": true, "opinion": true, "live": true, "q": true, "a": true, "transcript": true,
	"caption": true, "credit": true, "file": true, "editor": true, "background": true, "context": true,
	"disclosure": true, "disclaimer": true, "advertisement": true, "subscribe": true, "read": true}

// colonAttributions adds the quotes that a name and a colon open at the
// start of a paragraph, as headlines ("Sanders: Clinton needs to get away
// from personality") and transcripts ("PENCE: Well, the question ...")
// attribute: the speaker is the name, what follows the colon its words.
func (w *work) colonAttributions(limit int) {
	d := w.d
	t := w.t
	for pi := range d.Paragraphs {
		if len(d.Quotes) >= limit {
			return
		}
		r := tokensOf(d, d.Paragraphs[pi])
		if r.End-r.Start < 5 {
			continue
		}
		// one to four capitalised words, then the colon
		c := int32(-1)
		for k := r.Start; k < r.Start+5 && k < r.End; k++ {
			if d.TokenText(int(k)) == ":" {
				c = k
				break
			}
			if f := d.TokenText(int(k)); f == "" || f[0] < 'A' || f[0] > 'Z' || d.Tokens[k].UPOS != doc.PROPN && d.Tokens[k].UPOS != doc.NOUN {
				break
			}
		}
		if c <= r.Start || r.End-c < 4 || c == r.Start+1 && colonLabels[t.form(r.Start)] {
			continue // ("Note: ...", "UPDATE: ...")
		}
		lo, hi := c+1, r.End
		for hi > lo && d.Tokens[hi-1].UPOS == doc.PUNCT && !isQuoteMark(rune(d.Article.Text[d.Tokens[hi-1].Span.Start])) {
			hi--
		}
		if t.quote[lo] >= 0 || hi-lo < 3 {
			continue // a quotation in marks has its own speaker
		}
		q := doc.Quote{Span: doc.Span{Start: d.Tokens[lo].Span.Start, End: d.Tokens[hi-1].Span.End},
			Cue: d.Tokens[c].Span}
		q.Speaker, q.SpeakerSpan = w.namedBy(r.Start, c)
		d.Quotes = append(d.Quotes, q)
	}
	for pi := range d.Paragraphs {
		if len(d.Quotes) >= limit {
			return
		}
		w.headlineCue(tokensOf(d, d.Paragraphs[pi]))
	}
}

// headlineCues end a headline that attributes it: "Clinton Hid Past Health
// Problems From Public, Former White House Doctor Says."
var headlineCues = map[string]bool{"Says": true, "Said": true, "Warns": true, "Claims": true, "Tells": true,
	"Admits": true, "Insists": true, "Argues": true, "Reports": true, "Charges": true, "Suggests": true}

// headlineCue adds the quote of a title-case headline paragraph r that
// ends in its attribution: what comes before the last comma, said by the
// capitalised words between the comma and the cue.
func (w *work) headlineCue(r doc.TokRange) {
	d := w.d
	t := w.t
	if r.End-r.Start < 5 || r.End-r.Start > 40 {
		return
	}
	e := r.End
	for e > r.Start && d.Tokens[e-1].UPOS == doc.PUNCT {
		e--
	}
	v := e - 1
	if v <= r.Start+2 || !headlineCues[d.TokenText(int(v))] {
		return
	}
	comma := int32(-1)
	for k := v - 1; k > r.Start && k >= v-8; k-- {
		if d.TokenText(int(k)) == "," {
			comma = k
			break
		}
		if f := d.TokenText(int(k)); f == "" || (f[0] < 'A' || f[0] > 'Z') && (f[0] < '0' || f[0] > '9') && f != "-" && f != "'s" && f != "’s" {
			return // the speaker's words are all capitalised
		}
	}
	if comma < 0 || comma == v-1 || comma-r.Start < 3 || t.quote[r.Start] >= 0 {
		return
	}
	q := doc.Quote{Span: doc.Span{Start: d.Tokens[r.Start].Span.Start, End: d.Tokens[comma-1].Span.End},
		Cue: d.Tokens[v].Span}
	q.Speaker, q.SpeakerSpan = w.namedBy(comma+1, v)
	for j := range d.Quotes {
		if d.Quotes[j].Span == q.Span && !d.Quotes[j].Direct {
			// the parse of a title-case headline found the clause but not
			// its speaker
			d.Quotes[j].Speaker, d.Quotes[j].SpeakerSpan, d.Quotes[j].Cue = q.Speaker, q.SpeakerSpan, q.Cue
			return
		}
	}
	d.Quotes = append(d.Quotes, q)
}

// absorbPartials makes each partial quote (a fragment quoted in the
// writer's sentence) inside a reported clause a piece of the narrowest
// indirect quote around it ('said Moscow should "reverse its decision"':
// the content is the clause, the fragment its verbatim words), dropping it
// as a quote of its own; events and claims that cite it cite the clause.
// Quotes [0, direct) are those in quotation marks, the rest indirect.
func (w *work) absorbPartials(direct int) {
	d := w.d
	var into []int32 // direct quote → the indirect quote absorbing it; nil when none does
	w.wrapPartials(direct)
	for k := 0; k < direct; k++ {
		p := d.Quotes[k].Span
		if !d.Quotes[k].Partial {
			continue
		}
		best := int32(-1)
		pe := wordsEnd(d.Article.Text, p)
		for j := direct; j < len(d.Quotes); j++ {
			s := d.Quotes[j].Span
			if s.Start <= p.Start && pe <= s.End && (best < 0 || s.End-s.Start < d.Quotes[best].Span.End-d.Quotes[best].Span.Start) {
				best = int32(j)
			}
		}
		if best < 0 {
			continue
		}
		if into == nil {
			into = make([]int32, direct)
			for i := range into {
				into[i] = -1
			}
		}
		into[k] = best
		if d.Quotes[best].Span.End < p.End {
			d.Quotes[best].Span.End = p.End // over the fragment's closing punctuation
		}
		d.Quotes[best].Pieces = append(d.Quotes[best].Pieces, p)
		balanceMarks(d, &d.Quotes[best].Span, p)
	}
	if into == nil {
		return
	}
	// compact, and map old indices to new ones
	newIdx := make([]int32, len(d.Quotes))
	n := int32(0)
	for k := range d.Quotes {
		if k < direct && into[k] >= 0 {
			continue
		}
		newIdx[k] = n
		d.Quotes[n] = d.Quotes[k]
		n++
	}
	for k := 0; k < direct; k++ {
		if into[k] >= 0 {
			newIdx[k] = newIdx[into[k]]
		}
	}
	d.Quotes = d.Quotes[:n]
	for i := range d.Events {
		if q := d.Events[i].ClaimedBy.Quote; q >= 0 {
			d.Events[i].ClaimedBy.Quote = newIdx[q]
		}
	}
	for i := range d.Claims {
		if q := d.Claims[i].Disputed; q >= 0 {
			d.Claims[i].Disputed = newIdx[q]
		}
	}
}

// clauseSpan is the token range [lo, hi) of c's subtree without the
// subtree of skip (the cue, or the source of "according to"), trimmed to
// the side of skip that holds c; not ok when it holds a token of a whole
// (not partial) direct quote.
func (w *work) clauseSpan(c, skip int32, scratch *[]int32) (lo, hi int32, ok bool) {
	t := w.t
	if t.sent[c] < 0 {
		return 0, 0, false
	}
	lo, hi = c, c+1
	stack := append((*scratch)[:0], c)
	defer func() { *scratch = stack[:0] }()
	// a malformed tree may hold a cycle: visit no more nodes than the sentence has
	budget := w.d.Sentences[t.sent[c]].Tokens.End - w.d.Sentences[t.sent[c]].Tokens.Start
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if budget--; budget < 0 {
			return 0, 0, false
		}
		if n == skip || t.sent[n] != t.sent[c] {
			continue
		}
		if q := t.quote[n]; q >= 0 && !w.d.Quotes[q].Partial {
			return 0, 0, false
		}
		lo, hi = min(lo, n), max(hi, n+1)
		stack = append(stack, t.children(n)...)
	}
	if skip >= lo && skip < hi {
		// the skipped subtree sits inside: keep the side with the clause's head
		sl, sh := w.subtreeRange(skip)
		if sh <= c {
			lo = max(lo, sh)
		} else if sl > c {
			hi = min(hi, sl)
		}
	}
	return lo, hi, true
}

// subtreeRange is the token range of i's subtree (walking heads up from
// the neighbours, as the subtree of a projective tree is contiguous).
func (w *work) subtreeRange(i int32) (lo, hi int32) {
	t := w.t
	if t.sent[i] < 0 {
		return i, i + 1
	}
	s := w.d.Sentences[t.sent[i]].Tokens
	lo, hi = i, i+1
	for lo > s.Start && w.under(lo-1, i) {
		lo--
	}
	for hi < s.End && w.under(hi, i) {
		hi++
	}
	return lo, hi
}

// under: token k is top or lies below it (at most 64 heads up, as a
// malformed tree may hold a cycle).
func (w *work) under(k, top int32) bool {
	for n := 0; n < 64 && k >= 0; n++ {
		if k == top {
			return true
		}
		k = w.t.head(k)
	}
	return false
}

// wrapPartials gives a partial quote that no reported clause holds, but
// that a cue verb governs ('Trump called the plan "a disaster"'), the
// indirect quote it is part of: what the cue verb says, its subtree without
// its subject and itself.
func (w *work) wrapPartials(direct int) {
	d := w.d
	t := w.t
	var stack []int32
	for k := 0; k < direct && len(d.Quotes) < w.c.opt.MaxQuotes; k++ {
		q := d.Quotes[k]
		if !q.Partial {
			continue
		}
		held := false
		for j := direct; j < len(d.Quotes); j++ {
			if s := d.Quotes[j].Span; s.Start <= q.Span.Start && wordsEnd(d.Article.Text, q.Span) <= s.End {
				held = true
				break
			}
		}
		if held {
			continue
		}
		tr := tokensOf(d, q.Span)
		if tr.End <= tr.Start {
			continue
		}
		// the cue verb above the fragment's head
		v := int32(-1)
		for h, n := t.head(tr.Start), 0; h >= 0 && n < 8; h, n = t.head(h), n+1 {
			if h >= tr.Start && h < tr.End {
				continue
			}
			if d.Tokens[h].UPOS == doc.VERB && w.isCue(h) {
				v = h
				break
			}
		}
		if v < 0 && q.Speaker >= 0 && tr.End-tr.Start >= 3 && w.hasVerb(tr.Start, tr.End) {
			// no cue, but words the fragment's speaker said, three or more
			// with a verb (not a name in scare quotes, "the \"Bear\"
			// bombers", "the cycle of \"breaking news\""): the
			// nearest verb above whose subject is that speaker, who is
			// paraphrased around them ("Erdogan said the envoy had \"made
			// a serious mistake\"", "Williamson vowed he would \"hunt
			// them down\"")
			for h, n := t.head(tr.Start), 0; h >= 0 && n < 8; h, n = t.head(h), n+1 {
				if h >= tr.Start && h < tr.End || d.Tokens[h].UPOS != doc.VERB {
					continue
				}
				if s := w.subjectOf(h); s >= 0 && w.subjectMention(s, h) == q.Speaker {
					v = h
				}
				break
			}
		}
		if v < 0 {
			continue
		}
		subj := t.child(v, doc.Nsubj)
		lo, hi, ok := w.clauseSpan(v, subj, &stack)
		if !ok {
			continue
		}
		for lo < hi && (lo <= v || d.Tokens[lo].UPOS == doc.PUNCT || d.Tokens[lo].Dep == doc.CompoundPrt && t.head(lo) == v) {
			lo++ // the content follows the cue and its particle ("pointed out")
		}
		if tellCues[t.lemma(v)] {
			// not whom it was told: 'told Reuters "We have concluded the talks."'
			for _, k := range t.children(v) {
				if u := d.Tokens[k].Dep; k > v && (u == doc.Obj || u == doc.Iobj) {
					if _, oh := w.subtreeRange(k); oh <= tr.Start {
						lo = max(lo, oh)
					}
				}
			}
		}
		for hi > lo && d.Tokens[hi-1].UPOS == doc.PUNCT {
			hi--
		}
		// the fragment's words, without the punctuation inside its marks
		// that the clause leaves out ('called them "deplorables."')
		fe := tr.End
		for fe > tr.Start+1 && d.Tokens[fe-1].UPOS == doc.PUNCT {
			fe--
		}
		if lo >= hi || d.Tokens[lo].Span.Start > q.Span.Start || d.Tokens[hi-1].Span.End < d.Tokens[fe-1].Span.End {
			continue
		}
		span := doc.Span{Start: d.Tokens[lo].Span.Start, End: max(d.Tokens[hi-1].Span.End, q.Span.End)}
		if span == q.Span {
			continue
		}
		sp := q.Speaker
		if sp < 0 {
			sp = w.cueSpeaker(v)
		}
		nq := doc.Quote{Span: span, Speaker: sp, Cue: d.Tokens[v].Span}
		if s := t.child(v, doc.Nsubj); sp < 0 && s >= 0 && w.peopleWord(s) {
			nq.SpeakerSpan = w.namePhrase(s) // "The clip says Kaine \"has a passion for ...\""
		}
		d.Quotes = append(d.Quotes, nq)
	}
}

// wordsEnd is the end of span s without the punctuation that closes it
// ('"a gamble."': the end of "gamble"), which a clause's tokens leave out.
func wordsEnd(text string, s doc.Span) int32 {
	e := s.End
	for e > s.Start && strings.IndexByte(".,;:!?", text[e-1]) >= 0 {
		e--
	}
	return e
}

// subjectOf is v's subject, or that of the verb it completes or
// continues ("Trump ... , encouraging his supporters"), or -1.
func (w *work) subjectOf(v int32) int32 {
	t := w.t
	for n := 0; n < 3 && v >= 0; n, v = n+1, t.head(v) {
		if s := t.child(v, doc.Nsubj); s >= 0 {
			return s
		}
		if w.d.Tokens[v].UPOS != doc.VERB {
			return -1
		}
	}
	return -1
}

// balanceMarks widens an indirect quote's span s over the quotation marks
// of its piece p when the piece ends (or starts) the span: the clause's
// tokens stop before a closing mark, which left 'Moscow should "reverse its
// decision' with one mark.
func balanceMarks(d *doc.Doc, s *doc.Span, p doc.Span) {
	text := d.Article.Text
	if p.End == s.End {
		if r, n := utf8.DecodeRuneInString(text[min(int(s.End), len(text)):]); n > 0 && isQuoteMark(r) {
			s.End += int32(n)
		}
	}
	if p.Start == s.Start && s.Start > 0 {
		if r, n := utf8.DecodeLastRuneInString(text[:s.Start]); n > 0 && isQuoteMark(r) {
			s.Start -= int32(n)
		}
	}
}

func isQuoteMark(r rune) bool {
	switch r {
	case '"', '\'', '\u201C', '\u201D', '\u2018', '\u2019', '\u00AB', '\u00BB':
		return true
	}
	return false
}

// namedBy is the speaker that the words [lo, hi) name: the first mention
// among them that ends with them (not one the chunker ran on into a cue:
// "Lindsey Graham Says"), else -1 and the words themselves.
func (w *work) namedBy(lo, hi int32) (int32, doc.Span) {
	d, t := w.d, w.t
	words := doc.Span{Start: d.Tokens[lo].Span.Start, End: d.Tokens[hi-1].Span.End}
	for k := lo; k < hi; k++ {
		if mi := t.mention[k]; mi >= 0 && d.Mentions[mi].Span.End <= words.End {
			return mi, doc.Span{}
		}
	}
	return -1, words
}

// closingCue is the comma that opens a sentence-final attribution whose
// cue verb is v and reported clause c ("..., another source said."), or
// -1: after the comma come only v, what hangs on it other than c, and
// punctuation.
func (w *work) closingCue(v, c int32) int32 {
	t := w.t
	d := w.d
	if t.sent[v] < 0 {
		return -1
	}
	s := d.Sentences[t.sent[v]].Tokens
	for k := v - 1; k > s.Start; k-- {
		if t.form(k) != "," {
			if !w.under(k, v) || w.under(k, c) {
				return -1
			}
			continue
		}
		for j := v + 1; j < s.End; j++ {
			if d.Tokens[j].UPOS != doc.PUNCT && (!w.under(j, v) || w.under(j, c)) {
				return -1
			}
		}
		return k
	}
	return -1
}

// namePhrase is the span of the noun phrase headed by h up to h itself:
// its determiner and modifiers, not what follows it ("the
// conservative-leaning Tax Foundation", "another source", not a relative
// clause after them).
func (w *work) namePhrase(h int32) doc.Span {
	lo, _ := w.subtreeRange(h)
	for lo < h && w.d.Tokens[lo].UPOS == doc.PUNCT {
		lo++
	}
	return doc.Span{Start: w.d.Tokens[lo].Span.Start, End: w.d.Tokens[h].Span.End}
}

// nounPhrase is the span of the noun h with the words before it that
// modify it (determiner, adjectives, compounds, possessor, number), not
// what else its subtree holds ('It was a sentiment ...': "a sentiment").
func (w *work) nounPhrase(h int32) doc.Span {
	lo := h
	for _, c := range w.t.children(h) {
		if c >= h {
			continue
		}
		switch w.d.Tokens[c].Dep.Universal() {
		case doc.Det, doc.Amod, doc.Compound, doc.Nummod, doc.Nmod:
			if cl, _ := w.subtreeRange(c); cl < lo {
				lo = cl
			}
		}
	}
	return doc.Span{Start: w.d.Tokens[lo].Span.Start, End: w.d.Tokens[h].Span.End}
}

// unnamedSpeaker is the phrase naming the subject of the cue verb at cue
// when no mention does ('"...," a source said'; "another official
// added"), or an empty span.
func (w *work) unnamedSpeaker(cue doc.Span) doc.Span {
	if cue.Empty() {
		return doc.Span{}
	}
	r := tokensOf(w.d, cue)
	if r.End-r.Start != 1 {
		return doc.Span{}
	}
	if s := w.nounSubject(r.Start); s >= 0 {
		return w.namePhrase(s)
	}
	return doc.Span{}
}

// nounSubject is the subject of v when a noun or a name heads it
// ("officials", "another source"), else -1.
func (w *work) nounSubject(v int32) int32 {
	if s := w.t.child(v, doc.Nsubj); s >= 0 && (w.d.Tokens[s].UPOS == doc.NOUN || w.d.Tokens[s].UPOS == doc.PROPN) {
		return s
	}
	return -1
}
