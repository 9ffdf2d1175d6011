package coder

import (
	"dyad/doc"
)

// denialNouns are what an account denies when it says "there was no
// meeting", "no negotiations": each maps to the code root it contests.
var denialNouns = map[string]string{"meeting": "04", "meetings": "04", "negotiation": "04",
	"negotiations": "04", "talks": "04", "contact": "04", "contacts": "04", "conversation": "04",
	"encounter": "04", "dialogue": "04", "discussion": "04", "discussions": "04", "visit": "04",
	"agreement": "05", "deal": "05", "accord": "05", "attack": "19", "attacks": "19", "strike": "19",
	"strikes": "19", "invasion": "19", "sanction": "16", "sanctions": "16"}

// maxClaims bounds the claims per article (and the work of linking them).
const maxClaims = 1024

var denialVerbs = map[string]string{"meet": "04", "negotiate": "04", "talk": "04", "speak": "04",
	"agree": "05", "attack": "19", "strike": "19", "sanction": "16"}

// linkClaims links asserted events to attributed accounts that deny them:
// same dyad (the denier's country is one side of the event), a compatible
// day, and a different voice. Both events and the denial are kept; the
// event is marked Contested and a Claim records the link.
func (w *work) linkClaims() {
	d := w.d
	if len(d.Events) == 0 {
		return
	}
	for si, s := range d.Sentences {
		for i := s.Tokens.Start; i < s.Tokens.End && int(i) < len(d.Tokens); i++ {
			root, span, ok := w.denialAt(i)
			if !ok {
				continue
			}
			ahead := w.deniedAhead(i)
			visit := w.t.lemma(i) == "visit"
			denier, quote := w.denierOf(i, int32(si))
			if denier < 0 {
				continue
			}
			da, ok := w.resolve(denier)
			if !ok || len(da.Code) < 3 {
				continue
			}
			country := da.Code[:3]
			for ei := range d.Events {
				e := &d.Events[ei]
				if e.Negated || codeDigits(e.Code)[:2] != root || int(e.Sentence) == si {
					continue
				}
				if c := codeDigits(e.Code); root == "04" && (c == "042" || c == "043") != visit {
					continue // a visit is no meeting denied, nor a meeting a visit denied
				}
				if ahead && e.Modality == doc.Asserted {
					continue // "no negotiations are planned" denies none that were held
				}
				if !sameSide(e.Source.Actor.Code, country) && !sameSide(e.Target.Actor.Code, country) {
					continue
				}
				if e.ClaimedBy.Mention == denier {
					continue
				}
				if already(d.Claims, int32(ei), span) {
					continue
				}
				if len(d.Claims) >= maxClaims {
					d.Warn(stageName, span, "too many contested accounts in one article: the rest are not linked")
					return
				}
				e.Contested = true
				d.Claims = append(d.Claims, doc.Claim{Asserted: int32(ei), Disputed: quote, Denier: denier, Span: span})
			}
		}
	}
}

func sameSide(code, country string) bool { return len(code) >= 3 && code[:3] == country }

func already(cs []doc.Claim, ev int32, sp doc.Span) bool {
	for _, c := range cs {
		if c.Asserted == ev && c.Span == sp {
			return true
		}
	}
	return false
}

// denialAt reports a denial at token i: a noun of denialNouns with "no"
// ("no meeting"), or a negated verb of denialVerbs ("did not meet").
func (w *work) denialAt(i int32) (string, doc.Span, bool) {
	t := w.t
	d := w.d
	tok := &d.Tokens[i]
	l := t.lemma(i)
	switch tok.UPOS {
	case doc.NOUN, doc.PROPN:
		root, ok := denialNouns[l]
		if !ok {
			root, ok = denialNouns[t.form(i)]
		}
		if !ok {
			return "", doc.Span{}, false
		}
		for _, c := range t.children(i) {
			if d.Tokens[c].Dep == doc.Det && t.lemma(c) == "no" {
				return root, doc.Span{Start: d.Tokens[c].Span.Start, End: tok.Span.End}, true
			}
		}
		// "no" right before the noun when the parse missed it
		if i > 0 && t.form(i-1) == "no" {
			return root, doc.Span{Start: d.Tokens[i-1].Span.Start, End: tok.Span.End}, true
		}
	case doc.VERB:
		// not a passive ("if the deadline is not met": met is satisfied),
		// a condition, or what one cannot do ("cannot talk to anyone"):
		// none says that a meeting or an attack did not happen
		if root, ok := denialVerbs[l]; ok && negated(t, i) && t.child(i, doc.AuxPass) < 0 && t.child(i, doc.NsubjPass) < 0 &&
			!conditionalClause(t, i) && !t.hasChildLemma(i, doc.Aux, "can", "ca") {
			return root, tok.Span, true
		}
	}
	return "", doc.Span{}, false
}

// deniedAhead: the denial at token i is of what is planned, not of what
// was done: its clause is scheduled, planned or expected ("no round of
// talks is scheduled", "no meeting is planned"), or in the future ("there will be
// no meeting").
func (w *work) deniedAhead(i int32) bool {
	t := w.t
	h := i
	if t.d.Tokens[i].UPOS == doc.NOUN || t.d.Tokens[i].UPOS == doc.PROPN {
		if h = t.head(i); h < 0 {
			return false
		}
	}
	if planWords[t.lemma(h)] {
		return true
	}
	return t.hasChildLemma(h, doc.Aux, "will", "would", "shall")
}

// planWords say that what they hold is planned, not done.
var planWords = map[string]bool{"schedule": true, "scheduled": true, "plan": true, "planned": true,
	"set": true, "arrange": true, "expect": true, "expected": true, "envisage": true, "foresee": true,
	"due": true, "slate": true, "slated": true}

// denierOf is who makes the denial at token i: the speaker of the quote it
// is in, else the subject of the speech verb governing it.
func (w *work) denierOf(i, si int32) (int32, int32) {
	t := w.t
	if q := t.quote[i]; q >= 0 {
		return w.d.Quotes[q].Speaker, q
	}
	for h, k := t.head(i), 0; h >= 0 && k < 12; h, k = t.head(h), k+1 {
		if cueVerbs[t.lemma(h)] || t.lemma(h) == "deny" {
			return w.cueSpeaker(h), -1
		}
	}
	return -1, -1
}
