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
// PolNeAR and PARC count them: "the mayor cited hostile remarks the governor had
// made about teachers", "urged members to look at the long term", "has called
// for an independent inquiry", "Several Democrats echoed those remarks".
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
// the parse gives it) or 'called the claims baseless' (an
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
// conjunct of the clause it reports ("Much of the region is
// split by class and language, earlier surveys have found."): it has a
// subject and no object or coordinator, and only punctuation follows it.
func (w *work) closingConj(v int32) bool {
	d, t := w.d, w.t
	if d.Tokens[v].Dep != doc.Conj || t.head(v) < 0 || t.head(v) > v || t.sent[v] < 0 {
		return false
	}
	if t.lemma(v) == "continue" || t.child(v, doc.Nsubj) < 0 || t.child(v, doc.Obj) >= 0 || t.child(v, doc.Cc) >= 0 || t.child(v, doc.Xcomp) >= 0 {
		return false // ("where a long Tamil rebellion goes on")
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

// lendSubject verbs lend their subject to the infinitive or participle they
// take: "demonstrators continued to press for", "refused to confirm", "the
// wife began, explaining that".
var lendSubject = map[string]bool{"continue": true, "begin": true, "start": true, "try": true,
	"refuse": true, "decline": true, "want": true, "seem": true, "appear": true, "plan": true,
	"decide": true, "attempt": true, "keep": true, "fail": true, "go": true, "intend": true, "move": true}

// peopleWord: token s can name an unnamed speaker: a noun or a name
// ("officials"), a number ("About six in 10 residents say"), or a pronoun
// for some people ("People who know her say", "many of whom say").
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
// clause ("advice from his lawyer that ...", "a claim by the ministry
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
		// ("her aides located them")
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
				return -1, -1 // "the firm has found itself at the heart"
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
		lo++ // "called for an independent inquiry": the cue is "called for"
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
// parse hangs on v or on the object ("expect the mayor to lose").
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
			if t.lemma(v) == "ask" && reducedPassive(t, v) {
				continue // "Asked why ..., the minister said": the question is put to him, not his
			}
			if lo, hi, s := w.trailingAttribution(v); s >= 0 && hi > v {
				// set off by commas inside the sentence: all of it but the
				// cue is what is said, however the parse hung its sides
				// ("The statue, Ms. Reyes said, honoured her family.")
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
				sv = t.head(v) // "demonstrators continued to call for new elections"
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
					// cue ("... with the news desk of the Boston
					// Globe Smith said that ...", "Smith" taken for a
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
				unnamed, who = true, x // "according to the left-leaning Budget Institute"
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
// the phrase on a noun or a participle inside the clause: "... level going
// into the final week, according to a new Boston Globe-Suffolk
// survey"): after a comma or dash that closes the sentence, what is said is
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
			return false // "In northern Darfur, according to the WHO, ...": the parse knows better
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
			k++ // "the London-based Yemen Monitor"
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
// at c ("According to Amina Yusuf, a Nigerian expert on Boko Haram, Shekau
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
// start of a paragraph, as headlines ("Miller: The senator needs to stop
// attacking people") and transcripts ("HARRIS: Look, the point ...")
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

// headlineCues end a headline that attributes it: "Senator Concealed Tax
// Records From Voters, Former Campaign Manager Says."
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
		if f := d.TokenText(int(k)); f == "" || (f[0] < 'A' || f[0] > 'Z') && (f[0] < '0' || f[0] > '9') && f != "-" && !possessiveS(f) {
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
// left-leaning Budget Institute", "another source", not a relative
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
