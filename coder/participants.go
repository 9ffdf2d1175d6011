package coder

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"dyad/actor"
	"dyad/cameo"
	"dyad/doc"
	"dyad/lexicon/verbs"
)

// partsOf appends the actors named by the noun phrase headed by tok and its
// conjuncts ("China and Russia" gives two). gov is the governing predicate,
// for relative pronouns ("Blinken, who met Lavrov").
func (w *work) partsOf(dst []part, tok, gov int32) []part {
	if tok < 0 {
		return dst
	}
	t := w.t
	if w.d.Tokens[tok].XPOS == xposNNS && w.d.Tokens[tok].Dep == doc.Nsubj {
		// a plural title before the names it heads, in apposition:
		// "Prime Ministers William Ruto of Kenya and Yoweri Museveni of
		// Uganda" are the two, not a body of ministers
		for _, a := range t.children(tok) {
			if a == tok+1 && w.d.Tokens[a].Dep == doc.Appos && w.d.Tokens[a].UPOS == doc.PROPN && t.mention[a] >= 0 {
				tok = a
				break
			}
		}
	}
	var buf [8]int32
	toks := w.strandedPeople(w.sharedHeadConjuncts(t.conjuncts(buf[:0], tok)))
	if len(toks) > 1 {
		n := 0
		for _, c := range toks {
			if c == tok || !w.attributionConjunct(c) {
				toks[n] = c
				n++
			}
		}
		toks = toks[:n]
	}
	if dst == nil {
		// fresh lists live in the per-document arena: no allocation each
		start := len(t.arena)
		for _, c := range toks {
			if p, ok := w.actorAt(c, gov); ok && w.newParty(t.arena[start:], p) {
				t.arena = append(t.arena, p)
				t.arena = w.pairOthers(t.arena, start, p)
			}
		}
		if len(t.arena) == start {
			return nil
		}
		return t.arena[start:len(t.arena):len(t.arena)]
	}
	n := len(dst)
	for _, c := range toks {
		if p, ok := w.actorAt(c, gov); ok && w.newParty(dst[n:], p) {
			dst = append(dst, p)
			dst = w.pairOthers(dst, n, p)
		}
	}
	return dst
}

// pairOthers appends to ps (its parts from start on being one list) the
// other conjuncts of the pair that p, "they" or "the two countries", refers
// to: "France and Germany met. They criticised Italy" is both's act, not
// only Germany's, the conjunct the reference is linked to.
func (w *work) pairOthers(ps []part, start int, p part) []part {
	d := w.d
	if p.mention < 0 || d.Mentions[p.mention].Actor.Entry != actor.PairEntry {
		return ps
	}
	ante := d.Mentions[p.mention].Antecedent
	if ante < 0 || d.Mentions[ante].Head < 0 {
		return ps
	}
	h := d.Mentions[ante].Head
	for d.Tokens[h].Dep == doc.Conj && d.Tokens[h].Head >= 0 && d.Tokens[h].Head < h {
		h = d.Tokens[h].Head // (the reference is linked to the last conjunct)
	}
	var buf [8]int32
	cs := w.t.conjuncts(buf[:0], h)
	if len(cs) != 2 && w.saysTwo(d.Mentions[p.mention].Tokens) {
		return ps // "the two groups" after a list of more: the groups the list's members make up
	}
	for _, c := range cs {
		if mi := w.t.mention[c]; mi >= 0 && mi != ante {
			if a, ok := w.resolve(mi); ok && !sameMention(ps[start:], part{mention: mi}) {
				ps = append(ps, part{tok: p.tok, mention: mi, actor: a})
			}
		}
	}
	return ps
}

// saysTwo: a word of r is "two".
func (w *work) saysTwo(r doc.TokRange) bool {
	for k := r.Start; k < r.End; k++ {
		if strings.EqualFold(w.d.TokenText(int(k)), "two") {
			return true
		}
	}
	return false
}

// sameMention: some part of ps is p's mention ("Nagorno" and "Karabakh"
// parsed as two conjuncts of one name).
func sameMention(ps []part, p part) bool {
	for _, q := range ps {
		if q.mention >= 0 && q.mention == p.mention {
			return true
		}
	}
	return false
}

// aliasOf: p and a part of ps with the same actor are one name and its
// short form right after it, in brackets or, in capitals, between commas
// (GATT after its long name in brackets, "The Commodity Credit Corporation,
// CCC, has ..."), which the parse may hang apart: one actor named twice,
// not two. (Two names of one code between commas are often two people:
// "Kenyan President X, Deputy President Y and ...".)
func (w *work) aliasOf(ps []part, p part) bool {
	if p.mention < 0 {
		return false
	}
	m := w.d.Mentions[p.mention].Tokens
	for _, q := range ps {
		if q.mention >= 0 && (w.appositiveName(q.mention, p.mention) || w.appositiveName(p.mention, q.mention)) {
			return true
		}
		if q.mention < 0 || q.actor.Code != p.actor.Code {
			continue
		}
		n := w.d.Mentions[q.mention].Tokens
		if n.End+1 == m.Start && w.shortFormAfter(n.End, m) || m.End+1 == n.Start && w.shortFormAfter(m.End, n) {
			return true
		}
	}
	return false
}

// appositiveName: mention name is a person named between commas right
// after the role description desc, of the same state or body: one party,
// which the parse may conjoin as two ("Kenya's minister and the EU's
// foreign policy chief, Josep Borrell, signed").
func (w *work) appositiveName(desc, name int32) bool {
	d := w.d
	dm, nm := &d.Mentions[desc], &d.Mentions[name]
	if dm.Kind != doc.Group && dm.Kind != doc.Nominal || nm.Kind != doc.Person || dm.Tokens.End+1 != nm.Tokens.Start ||
		d.TokenText(int(dm.Tokens.End)) != "," || int(nm.Tokens.End) >= len(d.Tokens) || d.TokenText(int(nm.Tokens.End)) != "," {
		return false
	}
	a, b := dm.Actor.Code, nm.Actor.Code
	return b == "" || len(a) >= 3 && len(b) >= 3 && a[:3] == b[:3]
}

// newParty: p joins the list ps as a party of its own, being none of its
// mentions or their aliases; a person holding the title of a body in ps
// takes the body's place instead (titledHolder).
func (w *work) newParty(ps []part, p part) bool {
	return !w.titledHolder(ps, p) && !sameMention(ps, p) && !w.aliasOf(ps, p)
}

// titledHolder: person p holds a title of the body already in ps, named
// just before it with the same code ("Kenya Airways finance director John
// Okello", which the parse may conjoin as two parties): p takes the body's
// place, the person being who acts, and true is returned.
func (w *work) titledHolder(ps []part, p part) bool {
	if p.mention < 0 || w.d.Mentions[p.mention].Kind != doc.Person {
		return false
	}
	m := w.d.Mentions[p.mention].Tokens
	for i, q := range ps {
		if q.mention < 0 || q.actor.Code != p.actor.Code || w.d.Mentions[q.mention].Kind == doc.Person {
			continue
		}
		if n := w.d.Mentions[q.mention].Tokens; n.End < m.Start && w.titleWords(n.End, m.Start) {
			ps[i] = p
			return true
		}
	}
	return false
}

// titleWords: tokens [from, to) are a title of a few lowercase words
// ending in a noun, between a body's name and a person's of the same code:
// "Kenya Airways finance director John Okello", which the parse may
// conjoin as two parties, is one.
func (w *work) titleWords(from, to int32) bool {
	if to-from > 4 || w.d.Tokens[to-1].UPOS != doc.NOUN {
		return false
	}
	for i := from; i < to; i++ {
		tk := &w.d.Tokens[i]
		if tk.UPOS != doc.NOUN && tk.UPOS != doc.ADJ {
			return false
		}
		for _, c := range []byte(w.d.TokenText(int(i))) {
			if c < 'a' || c > 'z' {
				return false
			}
		}
	}
	return true
}

// shortFormAfter: the mention at r, after the token sep, reads as a short
// form of the name before sep: sep is a bracket, or a comma before one word
// in capitals.
func (w *work) shortFormAfter(sep int32, r doc.TokRange) bool {
	switch w.d.TokenText(int(sep)) {
	case "(":
		return true
	case ",":
		word := w.d.TokenText(int(r.Start))
		return r.Len() == 1 && len(word) > 1 && strings.ToUpper(word) == word
	}
	return false
}

// attributionConjunct: conjunct c is the speaker of a sentence-final
// attribution the parse conjoined to a noun ("detained by Syrian Kurdish
// fighters in eastern Syria, US military officials confirmed", with
// "officials" a conjunct of "fighters" and "confirmed" its acl).
func (w *work) attributionConjunct(c int32) bool {
	t := w.t
	for _, a := range t.children(c) {
		if a > c && w.d.Tokens[a].Dep.Universal() == doc.Acl && attributionVerbs[t.lemma(a)] && t.obj(a) < 0 {
			return true
		}
	}
	return false
}

// attributionVerbs end a sentence with who says it.
var attributionVerbs = map[string]bool{"say": true, "confirm": true, "tell": true, "add": true, "report": true,
	"announce": true, "state": true, "claim": true, "note": true, "explain": true, "insist": true, "write": true}

// strandedPeople adds, for a name with an "of" phrase, the people the
// parse conjoined to that phrase instead of to the name: in "William Ruto
// of Kenya and Yoweri Museveni of Uganda signed", Museveni hangs on
// "Kenya". toks has room for a few more in its backing array.
func (w *work) strandedPeople(toks []int32) []int32 {
	t := w.t
	n := len(toks)
	for _, h := range toks[:n] {
		if w.d.Tokens[h].UPOS != doc.PROPN {
			continue
		}
		for _, o := range t.children(h) {
			if o < h || w.d.Tokens[o].Dep.Universal() != doc.Nmod || t.caseOf(o) != "of" {
				continue
			}
			for _, c := range t.children(o) {
				if mi := t.mention[c]; c > o && w.d.Tokens[c].Dep == doc.Conj && mi >= 0 && w.d.Mentions[mi].Kind == doc.Person &&
					len(toks) < cap(toks) && !slices.Contains(toks, c) {
					toks = append(toks, c)
				}
			}
		}
	}
	return toks
}

// sharedHeadConjuncts adds, for a head with no mention of its own whose
// compound modifier is conjoined ("UK and EU negotiators", "House and
// Senate leaders"), the other conjuncts of that modifier: each names a
// side. toks has room for a few more in its backing array.
func (w *work) sharedHeadConjuncts(toks []int32) []int32 {
	t := w.t
	n := len(toks)
	for _, h := range toks[:n] {
		if t.mention[h] >= 0 {
			// the head took its side from the last conjunct ("EU
			// negotiators" in "UK and EU negotiators", "Iraq's
			// services" in "Syria and Iraq's security
			// services"): the first conjunct is the other side
			for _, c := range t.children(h) {
				if dep := t.d.Tokens[c].Dep; c > h || t.mention[c] < 0 || t.mention[c] == t.mention[h] ||
					dep != doc.Compound && dep != doc.NmodPoss && dep != doc.Amod {
					continue
				}
				listed := w.listedModifier(c, h)
				for _, cc := range t.children(c) {
					if t.d.Tokens[cc].Dep == doc.Conj && t.mention[cc] >= 0 {
						listed = true
						break
					}
				}
				if listed && len(toks) < cap(toks) && !slices.Contains(toks, c) {
					toks = append(toks, c)
				}
			}
			continue
		}
		if sideNouns[t.lemma(h)] {
			continue // "Kenya and Uganda's allies" are neither
		}
		for _, c := range t.children(h) {
			if t.d.Tokens[c].Dep != doc.Compound || t.mention[c] < 0 || c > h {
				continue
			}
			for _, cc := range t.children(c) {
				if t.d.Tokens[cc].Dep == doc.Conj && t.mention[cc] >= 0 && len(toks) < cap(toks) {
					toks = append(toks, cc)
				}
			}
		}
	}
	return toks
}

// actorAt resolves one token to an actor through the mention under it (or
// under its flat/appositive/compound parts), following coreference links.
func (w *work) actorAt(tok, gov int32) (part, bool) {
	t := w.t
	d := w.d
	mi := t.mention[tok]
	if mi < 0 {
		mi = w.partMention(tok, false)
	} else if _, ok := w.resolve(mi); !ok && d.Mentions[mi].Kind != doc.Pronoun {
		// a name no dictionary knows over a part that one does: "The
		// Israeli NGO Israel Flying Aid", "Flying Aid" unknown
		if p := w.partMention(tok, false); p >= 0 {
			// (a person, a body or a role: not a place inside a firm's
			// name, "Texas Instruments", "TEC America Inc")
			switch k := d.Mentions[p].Kind; {
			case k == doc.Person || k == doc.Organization || k == doc.Group || k == doc.Nominal,
				k == doc.Country && d.Tokens[tok].UPOS == doc.NOUN: // "Non-members Brazil and China"
				if _, ok := w.resolve(p); ok {
					mi = p
				}
			}
		}
	}
	if mi < 0 && (t.lemma(tok) == "country" || t.lemma(tok) == "nation") {
		// "Erdogan said his country will not drop the embargo": the country of
		// whom the possessive names
		if g := t.child(tok, doc.NmodPoss); g >= 0 && d.Tokens[g].UPOS == doc.PRON && t.mention[g] >= 0 {
			if a, ok := w.resolve(t.mention[g]); ok && len(a.Code) >= 3 && cameo.IsCountry(a.Code[:3]) {
				a.Code, a.Name = a.Code[:3], cameo.CountryName(a.Code[:3])
				return part{tok: tok, mention: t.mention[g], actor: a}, true
			}
		}
	}
	if mi < 0 && (t.lemma(tok) == "country" || t.lemma(tok) == "nation") && d.Tokens[tok].Dep != doc.NmodPoss && d.Tokens[tok].XPOS != xposNNS && w.bareDefinite(tok) {
		// "the country" is the state named last, in this sentence or the
		// two before it: "alarmed by Kenya's debt, the IMF pressed the
		// country to cut spending" (not a possessive, "the country's
		// debt", which says whose a thing is more often than who acts)
		if ci := w.lastCountry(tok); ci >= 0 {
			a, _ := w.resolve(ci)
			return part{tok: tok, mention: ci, actor: a}, true
		}
	}
	if d.Tokens[tok].UPOS == doc.PRON {
		for _, a := range t.children(tok) {
			// "They (the Kenyans) have asked Britain": the pronoun's
			// bracketed appositive says who
			if d.Tokens[a].Dep == doc.Appos && a > tok && t.mention[a] >= 0 && t.form(tok+1) == "(" {
				if _, ok := w.resolve(t.mention[a]); ok {
					return w.actorAt(a, gov)
				}
			}
		}
		switch t.lemma(tok) {
		case "i", "me", "we", "us", "my", "our":
			if q := t.quote[tok]; q >= 0 && d.Quotes[q].Speaker >= 0 {
				mi = d.Quotes[q].Speaker
			}
		case "who", "which", "that":
			// a relative clause's subject is the noun it modifies, also
			// where the clause reports it ("the man who police said
			// attacked the post": "who" the subject of "attacked")
			rel := gov
			if rel >= 0 && d.Tokens[rel].Dep == doc.Ccomp {
				if h := t.head(rel); h > tok && d.Tokens[h].Dep == doc.AclRelcl {
					rel = h
				}
			}
			if rel >= 0 && d.Tokens[rel].Dep == doc.AclRelcl {
				if h := t.head(rel); h >= 0 && h != tok {
					return w.actorAt(h, -1)
				}
			}
		}
	}
	if mi < 0 {
		return part{}, false
	}
	a, ok := w.resolve(mi)
	if !ok {
		return part{}, false
	}
	return part{tok: tok, mention: mi, actor: a}, true
}

// bareDefinite: noun tok has "the" and no other modifier before it ("the
// country", not "the other country", "a country", "the Baltic country").
func (w *work) bareDefinite(tok int32) bool {
	the := false
	for _, c := range w.t.children(tok) {
		if c > tok {
			continue
		}
		if w.d.Tokens[c].Dep == doc.Det && w.t.lemma(c) == "the" {
			the = true
			continue
		}
		return false
	}
	return the
}

// lastCountry is the mention of a state by its name last before token tok
// in its sentence or the two before, or -1 (when two states are named in
// the same sentence before it, -1: which one is meant is not clear).
func (w *work) lastCountry(tok int32) int32 {
	d, t := w.d, w.t
	s := t.sent[tok]
	best, bestSent := int32(-1), int32(-1)
	for mi := len(d.Mentions) - 1; mi >= 0; mi-- {
		m := &d.Mentions[mi]
		if m.Head < 0 || m.Head >= tok || m.Kind != doc.Country || !m.Actor.Known() || len(m.Actor.Code) != 3 {
			continue
		}
		ms := t.sent[m.Head]
		if ms < s-2 {
			break
		}
		if best >= 0 {
			if ms != bestSent {
				break // (only the sentence that named it can make it unclear)
			}
			if d.Mentions[best].Actor.Code != m.Actor.Code {
				return -1
			}
			continue
		}
		best, bestSent = int32(mi), ms
	}
	return best
}

// partMention finds a mention on the flat, appositive or compound parts of
// a noun phrase whose head has none, a person first ("Ministry spokeswoman
// Maria Zakharova"); with person set, only a person will do.
// bodyPeople speak or act for the body before them.
var bodyPeople = map[string]bool{"official": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"commander": true, "officer": true, "source": true, "leader": true, "chief": true, "representative": true}

func (w *work) partMention(tok int32, person bool) int32 {
	t := w.t
	d := w.d
	best, bestRank := int32(-1), 0
	for _, c := range t.children(tok) {
		rank := 0
		switch d.Tokens[c].Dep.Universal() {
		case doc.Flat, doc.Appos:
			rank = 2
		case doc.Compound, doc.List:
			if w.placeTopic(tok, c) {
				continue // the owner, not the topic: "Biden's West Africa security plan" is Biden's
			}
			if venueNouns[t.lemma(tok)] && t.mention[c] >= 0 && placeKind(d.Mentions[t.mention[c]].Kind) {
				continue // where it is held: "the Lisbon meeting will discuss" is no act of Portugal
			}
			if sideNouns[t.lemma(tok)] && t.child(c, doc.Conj) >= 0 {
				// whose allies they are, the parse's compound for a list of
				// possessors: "Kenya and Uganda's NATO allies" are neither
				// (but "NATO allies" are NATO's members)
				continue
			}
			rank = 1 // (list: "Kenyan President William Ruto" parsed as a list)
		case doc.Nmod:
			if c < tok || t.child(c, doc.Case) >= 0 || d.Tokens[c].UPOS != doc.PROPN {
				continue
			}
			rank = 1 // a name with no preposition: "the non-governmental organization Save the Children"
		case doc.Amod:
			// a body read as an adjective before its people: "Turkish
			// military officials" ("Turkish military" the body)
			if c > tok || !bodyPeople[t.lemma(tok)] || t.mention[c] < 0 || d.Mentions[t.mention[c]].Kind != doc.Organization {
				continue
			}
			rank = 1
		default:
			continue
		}
		if w.backer(c) {
			continue // "Russia-backed militia units" are the militias, not Russia
		}
		mi := t.mention[c]
		if u := d.Tokens[c].Dep.Universal(); mi < 0 && (u == doc.Appos || u == doc.Compound) {
			// an apposition of an apposition: "Monday, British Defence
			// Secretary Ben Wallace" with the name under the title; a name
			// under a compound: "The Turkish NGO Hope Bridge" with
			// "Hope" (the NGO) flat under "NGO"
			for _, g := range t.children(c) {
				if u := d.Tokens[g].Dep.Universal(); (u == doc.Appos || u == doc.Flat) && t.mention[g] >= 0 &&
					(d.Mentions[t.mention[g]].Kind == doc.Person || d.Mentions[t.mention[g]].Actor.Known()) {
					mi = t.mention[g]
					break
				}
			}
			if mi < 0 && u == doc.Compound {
				// a compound nested in the compound: "the Nation state
				// broadcaster" parsed [[Nation state] broadcaster], the
				// name under the word after it
				for _, g := range t.children(c) {
					if g >= c || d.Tokens[g].Dep != doc.Compound || t.mention[g] < 0 || !d.Mentions[t.mention[g]].Actor.Known() {
						continue
					}
					if m := d.Mentions[t.mention[g]]; (m.Kind == doc.Organization || m.Kind == doc.Person) && !actor.FromRole(m.Actor.Entry) {
						mi = t.mention[g] // (a name, not a role: "the government wage freeze", "her two-party ruling coalition")
						break
					}
				}
			}
			if mi < 0 && u == doc.Compound && bodyPeople[t.lemma(tok)] {
				mi = w.compoundBody(c, 2)
			}
		}
		if mi < 0 {
			continue
		}
		if _, ok := w.resolve(mi); !ok && !person {
			rank-- // a name no dictionary knows gives way to one it does
		}
		if d.Mentions[mi].Kind == doc.Person {
			rank += 4
		} else if person {
			continue
		}
		if rank > bestRank {
			best, bestRank = mi, rank
		}
	}
	if best < 0 {
		best = w.titleOfName(tok)
	}
	if best < 0 && !person {
		best = w.ledBy(tok)
	}
	if best < 0 && !person && bodyNouns[t.lemma(tok)] {
		// a body named by what it is of: "the Department of Education",
		// "the office of the president"
		if c := w.ofNoun(tok); c >= 0 && w.d.Tokens[c].UPOS != doc.PRON {
			if best = t.mention[c]; best < 0 {
				best = w.partMention(c, false)
			}
		}
	}
	if best < 0 && !person && staffNouns[t.lemma(tok)] {
		// whose office or aide speaks for them: "President Mahmoud Abbas's
		// office condemned", "the minister's aides said" (named: "its
		// representatives" too often resolves to the wrong one)
		if c := t.child(tok, doc.NmodPoss); c >= 0 && w.d.Tokens[c].UPOS != doc.PRON {
			if best = t.mention[c]; best < 0 {
				best = w.partMention(c, false)
			}
		}
	}
	return best
}

// compoundBody is a known body (an organisation or a group such as a
// police force) named in the compounds under token c, at most depth
// levels down: the unit's name before its people, "National Police
// Fraud Unit officers" with "Police" a compound of "Fraud" and
// that one of "officers". -1 for none.
func (w *work) compoundBody(c int32, depth int) int32 {
	t, d := w.t, w.d
	for _, g := range t.children(c) {
		if d.Tokens[g].Dep.Universal() != doc.Compound || w.backer(g) {
			continue
		}
		if mi := t.mention[g]; mi >= 0 {
			if k := d.Mentions[mi].Kind; k == doc.Organization || k == doc.Group {
				if _, ok := w.resolve(mi); ok {
					return mi
				}
			}
			continue
		}
		if depth > 1 {
			if mi := w.compoundBody(g, depth-1); mi >= 0 {
				return mi
			}
		}
	}
	return -1
}

// backer: token c is followed by a hyphen and a participle of backing
// ("Iran-backed", "Russia-sponsored"): it names who backs what follows, not
// what follows. ("-led" and "-held" are ledBy's.)
func (w *work) backer(c int32) bool {
	t := w.t
	if int(c)+2 >= len(w.d.Tokens) || t.form(c+1) != "-" {
		return false
	}
	switch t.lemma(c + 2) {
	case "back", "sponsor", "fund", "support", "arm", "train", "finance", "ally", "align", "aligned", "allied", "backed":
		return true
	}
	return false
}

// ledBy is the mention of the state or body that leads or holds what
// noun tok names, by a hyphenated "-led" or "-held" modifier: "the US-led
// coalition", "the Saudi-led coalition" act as the US and Saudi Arabia do,
// and "the rebel-held district of northern Idlib" is the rebels' (a
// "US-backed" force is not the US's); "an ISIS-claimed suicide attack" is
// ISIS's. -1 for none.
func (w *work) ledBy(tok int32) int32 {
	t := w.t
	for _, c := range t.children(tok) {
		if c > tok || w.d.Tokens[c].Dep.Universal() != doc.Amod || t.lemma(c) != "lead" && t.lemma(c) != "hold" && t.lemma(c) != "claim" || c == 0 {
			continue
		}
		hyphen := t.form(c-1) == "-" // else written without it: "the Saudi led coalition"
		for _, g := range t.children(c) {
			if (hyphen && g < c-1 || !hyphen && g == c-1) && t.mention[g] >= 0 {
				return t.mention[g]
			}
		}
	}
	return -1
}

// placeTopic: compound c of the common noun tok names a place other
// than the country of tok's possessor, so it is the topic and the
// possessor the owner ("Biden's West Africa security plan"); not a sector
// ("Syria's opposition groups") nor the possessor's own place
// ("Bangladesh's Chittagong port").
func (w *work) placeTopic(tok, c int32) bool {
	t, d := w.t, w.d
	g := t.child(tok, doc.NmodPoss)
	if g < 0 || g > c || d.Tokens[tok].UPOS != doc.NOUN || d.Tokens[g].UPOS == doc.PRON || t.mention[g] < 0 || t.mention[c] < 0 {
		return false
	}
	if !placeKind(d.Mentions[t.mention[c]].Kind) {
		return false
	}
	owner, ok := w.resolve(t.mention[g])
	if !ok {
		return false
	}
	topic, ok := w.resolve(t.mention[c])
	return !ok || len(owner.Code) < 3 || len(topic.Code) < 3 || owner.Code[:3] != topic.Code[:3]
}

// venueNouns are gatherings a place before them names the venue of.
var venueNouns = map[string]bool{"meeting": true, "meetings": true, "talks": true, "talk": true, "summit": true,
	"conference": true, "session": true, "ceremony": true, "gathering": true, "forum": true,
	"negotiations": true, "consultations": true}

// placeKind: a mention of this kind names a place or a state.
func placeKind(k doc.MentionKind) bool {
	return k == doc.Country || k == doc.Place || k == doc.PlaceActor
}

// bodyNouns name offices of state by what they are of.
var bodyNouns = map[string]bool{"department": true, "ministry": true, "office": true, "bureau": true,
	"agency": true, "directorate": true, "secretariat": true}

// staffNouns name those who act for the one whose they are.
var staffNouns = map[string]bool{"office": true, "aide": true, "aides": true, "staff": true, "team": true,
	"camp": true, "entourage": true, "associate": true, "associates": true, "lawyer": true, "lawyers": true,
	"attorney": true, "attorneys": true, "representative": true, "representatives": true,
	"campaign": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "adviser": true, "advisers": true,
	"advisor": true, "advisors": true, "envoy": true, "envoys": true, "emissary": true}

// titleOfName finds the person named right after the "of" complement of
// a title ("Secretary of State Jane Okafor", "Minister of Defence Ana
// Lund") when the parse hangs the name on that complement (flat or
// appositive of "State"): the name is the title's holder. -1 for none.
func (w *work) titleOfName(tok int32) int32 {
	t := w.t
	d := w.d
	of := w.ofNoun(tok)
	if of < 0 || of < tok || d.Tokens[of].UPOS != doc.PROPN && d.Tokens[of].UPOS != doc.NOUN {
		return -1 // ("Minister of Foreign Affairs Ana Lopez": "Affairs" a noun)
	}
	if mi := t.mention[of]; mi >= 0 && d.Tokens[tok].UPOS == doc.PROPN && d.Tokens[of].UPOS == doc.PROPN &&
		d.Mentions[mi].Kind == doc.Person && d.Mentions[mi].Tokens.Start > of-1 {
		return mi // "Secretary of State John Kerry" parsed with "John" the head of "of State John"
	}
	if mi := w.officeThenName(tok, of); mi >= 0 {
		return mi
	}
	for _, c := range t.children(of) {
		switch d.Tokens[c].Dep.Universal() {
		case doc.Flat, doc.Appos:
		default:
			continue
		}
		mi := t.mention[c]
		if mi >= 0 && d.Mentions[mi].Kind == doc.Person && d.Mentions[mi].Tokens.Start == of+1 {
			return mi
		}
	}
	return -1
}

// officeThenName is the person named right after the capitalised words of
// an office that follow a capitalised title's "of" ("Speaker of the House
// Nancy Pelosi", "Minister of the Interior Gerald Darmanin") when the parse
// made the name the head of the "of" phrase, with the office's words its
// compounds: the name is the title's holder, not whose the title is ("an
// aide of Nancy Pelosi" has no office word between). -1 for none.
func (w *work) officeThenName(tok, of int32) int32 {
	t, d := w.t, w.d
	mi := t.mention[of]
	c := t.child(of, doc.Case)
	if mi < 0 || c < 0 || d.Mentions[mi].Kind != doc.Person || d.Tokens[of].UPOS != doc.PROPN || !capitalised(d.TokenText(int(tok))) {
		return -1
	}
	if x := d.Tokens[tok].XPOS; x == xposNNS || x == xposNNPS {
		return -1 // a title is one holder's: "Supporters of President Ruto" opening a sentence are his supporters
	}
	words := 0
	for k := c + 1; k < d.Mentions[mi].Tokens.Start; k++ {
		switch {
		case d.Tokens[k].UPOS == doc.DET:
		case capitalised(d.TokenText(int(k))) && (d.Tokens[k].UPOS == doc.PROPN || d.Tokens[k].UPOS == doc.NOUN):
			words++
		default:
			return -1
		}
	}
	if words == 0 {
		return -1
	}
	return mi
}

// capitalised: s begins with an upper-case letter.
func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// resolve gives a mention's actor, following antecedents when it has none.
func (w *work) resolve(mi int32) (doc.Actor, bool) {
	for k := 0; k < 8 && mi >= 0 && int(mi) < len(w.d.Mentions); k++ {
		m := &w.d.Mentions[mi]
		if m.Actor.Known() {
			return m.Actor, true
		}
		mi = m.Antecedent
	}
	return doc.Actor{}, false
}

var mediaHeads = map[string]bool{"media": true, "agency": true, "newspaper": true, "outlet": true,
	"press": true, "television": true, "tv": true, "radio": true, "daily": true, "broadcaster": true,
	"report": true, "reports": true, "channel": true, "news": true, "website": true, "tabloid": true}

// attribution is who asserts what a speech verb's subject says: a speaker,
// or an outlet when the subject is a news medium ("Russian media reported").
func (w *work) attribution(subj []part, subjTok int32) doc.Attribution {
	a := doc.Attribution{Voice: doc.SpeakerVoice, Mention: -1, Quote: -1}
	if len(subj) > 0 {
		a.Mention = subj[0].mention
		if strings.HasSuffix(subj[0].actor.Code, "MED") {
			a.Voice = doc.OutletVoice
		}
		return a
	}
	if subjTok >= 0 {
		if mediaHeads[w.t.lemma(subjTok)] {
			a.Voice = doc.OutletVoice
			a.Mention = w.t.mention[subjTok]
			return a
		}
		a.Mention = w.t.mention[subjTok]
		if u := w.d.Tokens[subjTok].UPOS; a.Mention < 0 && (u == doc.NOUN || u == doc.PROPN) {
			a.Span = w.phraseSpan(subjTok) // "a senior intelligence source said": named by its words
		}
	}
	return a
}

// emit records one event per source and target pair, applying what the
// text's negation and modality allow.
func (w *work) emit(v int32, p *verbs.Pattern, code string, refineLine int, src, tgt []part,
	claim doc.Attribution, mod doc.Modality, neg bool, conf float32) {
	opt := &w.c.opt
	if len(src) == 0 && opt.KeepSourceless {
		src = []part{{tok: v, mention: -1}} // no known actor: the caller's default
	}
	named := len(tgt) > 0 && tgt[0].phrase.Empty()
	if w.full || len(src) == 0 || len(tgt) == 0 && needsTarget(code) {
		return
	}
	if neg && !opt.KeepNegated || mod == doc.Hypothetical && !opt.KeepHypothetical {
		return
	}
	if r := rootOf(code); (r == 19 || r == 20 || strings.HasPrefix(code, "087")) && len(src) > 0 && (allSector(src, "BUS") || allSector(src, "MED")) ||
		(r == 19 || r == 20) && allBodies(src) {
		// a business or the press wages no war: "an operation conducted
		// by a syndicate of banks"; nor ends one: "a small firm which
		// ceased operations"; nor does a legislature, a court or a party
		return
	}
	if rootOf(code) == 19 && allOwnSector(src, "LAB") {
		if o := w.t.obj(v); o >= 0 && w.t.lemma(o) == "strike" {
			// workers' strikes are stoppages, whatever else the sentence
			// lets the military sense match ("miners resumed work after
			// staging strikes on Monday, the union said": the union read
			// as what was struck), and the stoppage strikes no one
			code, tgt = "143", nil
		}
	}
	if (code == "070" || code == "072" || code == "073") && allOwnSector(src, "BUS") {
		// what a business supplies it sells: "a Japanese company supplied
		// equipment to Kenyan firms": commerce (061), no aid
		code = "061"
	}
	if x := w.d.Tokens[v].XPOS; mod == doc.Asserted && w.ahead && (x == xposVBZ || x == xposVBP) && w.t.child(v, doc.Aux) < 0 && w.timeOf(v) {
		mod = doc.Intended // "Putin visits China next week", "the committee meets tomorrow": not yet done
	}
	if mod == doc.Asserted && w.ahead && w.d.Tokens[v].UPOS == doc.NOUN && w.nounTimeOf(v) {
		mod = doc.Intended // "next week's visit to Tokyo", "talks with Kyiv next Monday"
	}
	if mod == doc.Asserted && w.ahead && w.aheadAt >= 0 && w.futureAt(w.aheadAt) && w.plannedUnder(v) {
		// a plan in the present, dated to come: "is meeting Ruto on May
		// 3", "flies to Nairobi on April 29 for a meeting with Ruto"
		mod = doc.Intended
	}
	if w.purpose && mod == doc.Intended && saidByActing(code) {
		// a purpose that is to say, ask, meet or protest is done by the act
		// it is the purpose of: "went on strike to press demands", "held
		// talks to discuss the crisis"
		mod = doc.Asserted
	}
	if mod == doc.Intended && !w.purpose || mod == doc.Conditional {
		// only meant: an act becomes the intent to act, a hostile act a
		// threat (not an act a done act was for, which no one said they
		// meant: "flew to Kampala to sign a deal" stays a signing, meant)
		switch r := rootOf(code); {
		case r >= 4 && r <= 8:
			// (an investigation meant stays one, marked intended: CAMEO has no
			// intent to investigate, and "will investigate Harvard" is no
			// intent to cooperate)
			code, _ = w.c.lex.Refine("030", code)
		case (r == 14 || r >= 16) && !w.decidedAt(v):
			// "said they would boycott the election": a threat to protest
			// (not a decision to act: "decided to expel the envoys" is
			// the expulsion, meant)
			code, _ = w.c.lex.Refine("130", code)
			if rootOf(code) != 13 {
				code = "130"
			}
		}
	}
	switch rootOf(code) {
	case 3: // an intent is what is meant, not done
		mod = max(mod, doc.Intended)
	case 13:
		mod = max(mod, doc.Conditional)
	}
	if q := w.t.quote[v]; q >= 0 && w.d.Quotes[q].Speaker >= 0 {
		claim = doc.Attribution{Voice: doc.SpeakerVoice, Mention: w.d.Quotes[q].Speaker, Quote: q}
	}
	if w.truncated {
		conf -= 0.2
	}
	if !named {
		conf -= 0.2
	}
	pattern := p.Ref
	if refineLine > 0 {
		pattern += " (refine " + p.File + ":" + strconv.Itoa(refineLine) + ")"
	}
	verb := w.d.Tokens[v].Span
	one := func(s part, tg *part) {
		if len(w.d.Events) >= opt.MaxEvents {
			if !w.full {
				w.d.Warn(stageName, verb, "too many events in one article: coding stopped at the limit")
			}
			w.full = true
			return
		}
		date, prec := w.dateOf(v)
		if w.ahead && mod >= doc.Intended {
			date, prec = w.aheadDate, w.aheadPrec // "will travel to China next month"
		}
		e := doc.Event{
			Sentence:  w.si,
			Source:    participant(w.d, s),
			Target:    doc.Participant{Mention: -1},
			Code:      cameoCode(code),
			Negated:   neg,
			Modality:  mod,
			Date:      date,
			DatePrec:  prec,
			Place:     w.sentencePlace(),
			ClaimedBy: claim,
			Evidence: doc.Evidence{
				Verb:       verb,
				Pattern:    pattern,
				Confidence: conf,
			},
		}
		e.Evidence.Entries = make([]string, 1, 3)
		e.Evidence.Entries[0] = s.actor.Entry
		if tg != nil {
			e.Target = participant(w.d, *tg)
			if tg.phrase.Empty() && p.Trigger == verbs.Verb && p.Obj && p.ObjLemmas == nil && len(p.Preps) == 0 {
				// only for patterns whose object is the target (not an act
				// object the pattern names, "signed a pact with creditors",
				// nor a thing given to an oblique, "provided places for
				// refugees": those are no part of the target)
				e.Target.Span = w.objectPhrase(v, tg.tok, e.Target.Span)
			}
			if tg.phrase.Empty() {
				e.Evidence.Entries = append(e.Evidence.Entries, tg.actor.Entry)
			}
		}
		e.Evidence.Entries = append(e.Evidence.Entries, p.Loc())
		if w.placeFar && e.Place != nil && rootOf(code) != 4 && foreignPlace(e.Place.Country, e.Source.Actor.Code, e.Target.Actor.Code) {
			// the place an article names first is no place of an act
			// between other states (but two states' envoys who meet may
			// meet where the story is, a summit city named further on)
			e.Place = nil
		}
		w.d.Events = append(w.d.Events, e)
	}
	paired := len(src) >= 2 && len(src) == len(tgt) && !sameActors(src, tgt) && w.respectively(v, tgt)
	for si, s := range src {
		if si >= 4 {
			break
		}
		if !paired && sameMention(src[:si], s) {
			continue // two words of one name, each parsed a subject: "Immigration and Customs Enforcement deported"
		}
		if len(tgt) == 0 {
			one(s, nil)
			continue
		}
		other := false
		for ti := range tgt {
			if ti >= 4 {
				break
			}
			if paired && ti != si {
				continue // "Putin and Erdogan backed the government and the rebels respectively"
			}
			if !paired && sameMention(tgt[:ti], tgt[ti]) {
				continue
			}
			if w.selfTarget(s, tgt[ti]) {
				continue // an actor acting on itself is not a dyadic event
			}
			other = true
			one(s, &tgt[ti])
		}
		if !other && !needsTarget(code) {
			// only itself as target ("rescheduled his trip"): the act
			// without one, as for "rescheduled the trip"
			conf -= 0.2
			one(s, nil)
			conf += 0.2
		}
	}
}

// timeOf: the sentence's time to come (aheadAt) hangs on predicate v, at
// most three heads up ("visits China next week", "week" under "visits").
func (w *work) timeOf(v int32) bool {
	h := w.t.head(w.aheadAt)
	for n := 0; n < 3 && h >= 0; n++ {
		if h == v {
			return true
		}
		h = w.t.head(h)
	}
	return false
}

// plannedUnder: predicate v is the verb the time to come (aheadAt) dates,
// or a noun among its obliques and objects ("meeting" in "flies to Nairobi
// on April 29 for a meeting").
func (w *work) plannedUnder(v int32) bool {
	h := w.dateVerb(w.aheadAt)
	if h < 0 {
		return false
	}
	if v == h {
		return true
	}
	if u := w.d.Tokens[v].UPOS; u != doc.NOUN && u != doc.PROPN {
		return false
	}
	for k, n := v, 0; n < 2 && k >= 0; n++ {
		switch w.d.Tokens[k].Dep.Universal() {
		case doc.Obl, doc.Obj, doc.Nmod:
		default:
			return false
		}
		if k = w.t.head(k); k == h {
			return true // (also under the date: "on April 29 for a meeting")
		}
	}
	return false
}

// nounTimeOf: the sentence's time to come names when event noun v is, on
// the noun or on a participle of it ("next week's visit", "talks with Kyiv
// next Monday", "a visit starting next Wednesday"); not in a clause of its
// own ("talks, which resume next week, are stalled": they are held now).
func (w *work) nounTimeOf(v int32) bool {
	h := w.t.head(w.aheadAt)
	if h == v {
		return true
	}
	if h < 0 || w.t.head(h) != v {
		return false
	}
	// (or hung on the noun's partner: "talks with Kyiv next Monday" with
	// "Monday" under "Kyiv")
	return w.d.Tokens[h].Dep == doc.Acl && w.d.Tokens[h].XPOS == xposVBG || w.d.Tokens[h].Dep.Universal() == doc.Nmod
}

// respectively reports whether "respectively" modifies predicate v or one
// of its targets: conjoined sources and targets then pair off in order
// (not when it pairs other things: "on 450 and 452 tariff lines
// respectively").
func (w *work) respectively(v int32, tgt []part) bool {
	r := w.d.Sentences[w.si].Tokens
	for k := r.Start; k < r.End; k++ {
		if !strings.EqualFold(w.d.TokenText(int(k)), "respectively") {
			continue
		}
		h := w.t.head(k)
		if h == v {
			return true
		}
		for _, p := range tgt {
			if h == p.tok || h >= 0 && h == w.t.head(p.tok) {
				return true
			}
		}
	}
	return false
}

// twoPeople: a and b are two people the dictionary names apart, whose
// codes may be one ("former prime minister Ehud Barak blamed Netanyahu",
// both ISRELI once Netanyahu is out of office): one acts on the other.
func (w *work) twoPeople(a, b part) bool {
	if a.mention < 0 || b.mention < 0 {
		return false
	}
	ma, mb := &w.d.Mentions[a.mention], &w.d.Mentions[b.mention]
	// (with a country: two officials of no known state, "Schlecht and
	// Tietmeyer were speaking", say too little to code)
	if len(ma.Actor.Code) < 6 {
		return false
	}
	if ma.Kind == doc.Person && mb.Kind == doc.Person && ma.Actor.Name != "" && ma.Actor.Name != mb.Actor.Name {
		return true
	}
	// two offices or bodies of one state: "Bulgaria's president refused a
	// request from the interior minister", "the Lahore High Court
	// demanded an explanation from a district magistrate"
	ha, hb := w.officeTitle(ma), w.officeTitle(mb)
	if ha != "" && hb != "" && ha != hb {
		return true
	}
	// an office named alone and one who held an office before: "Malaysia's
	// king has lifted travel restrictions imposed on former Prime
	// Minister Anwar Ibrahim" (whoever holds an office now is not its former
	// holder)
	if ha != "" && mb.Kind == doc.Person && w.former(mb) || hb != "" && ma.Kind == doc.Person && w.former(ma) {
		return true
	}
	return w.twoBodies(ma, mb)
}

// former: a "former" or "ex" before person mention m modifies its name or
// the title before it ("former Prime Minister Yair Lapid").
func (w *work) former(m *doc.Mention) bool {
	t := w.t
	if m.Head < 0 {
		return false
	}
	for k := m.Tokens.Start - 1; k >= 0 && k >= m.Tokens.Start-6 && t.sent[k] == t.sent[m.Head]; k-- {
		if l := t.lemma(k); l != "former" && l != "ex" {
			continue
		}
		h := t.head(k)
		for n := 0; n < 3 && h >= 0; n++ {
			if h >= m.Tokens.Start && h < m.Tokens.End {
				return true
			}
			h = t.head(h)
		}
	}
	return false
}

// twoBodies: two common-noun mentions with different heads, or with
// different names before one head, neither referring back to the other nor
// holding it.
func (w *work) twoBodies(ma, mb *doc.Mention) bool {
	if ma.Head < 0 || mb.Head < 0 || ma.Antecedent >= 0 || mb.Antecedent >= 0 ||
		ma.Span.Overlaps(mb.Span) {
		return false
	}
	for _, m := range [2]*doc.Mention{ma, mb} {
		switch m.Kind {
		case doc.Nominal, doc.Group:
		default:
			return false
		}
		if w.d.Tokens[m.Head].UPOS != doc.NOUN && w.d.Tokens[m.Head].UPOS != doc.PROPN ||
			strings.HasSuffix(m.Actor.Code, "MIL") {
			// (a state's forces and their arms are one side: "troops
			// backed by tanks", "firing artillery")
			return false
		}
	}
	if !strings.EqualFold(w.d.TokenText(int(ma.Head)), w.d.TokenText(int(mb.Head))) {
		return true
	}
	// one kind of body of two places of one state: "the Punjab government
	// accused the Sindh government"
	na, nb := w.nameBefore(ma), w.nameBefore(mb)
	return na != "" && nb != "" && !strings.EqualFold(na, nb)
}

// nameBefore is the text of the proper nouns of mention m before its head
// ("Tamil Nadu" in "the Tamil Nadu government"), or "".
func (w *work) nameBefore(m *doc.Mention) string {
	var first, last int32 = -1, -1
	for k := m.Tokens.Start; k < m.Head; k++ {
		if w.d.Tokens[k].UPOS == doc.PROPN {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	if first < 0 {
		return ""
	}
	return w.d.Text(doc.Span{Start: w.d.Tokens[first].Span.Start, End: w.d.Tokens[last].Span.End})
}

var xposNN, _ = doc.ParseXPOS("NN")
var xposNNP, _ = doc.ParseXPOS("NNP")

// officeNouns name one holder of an office.
var officeNouns = map[string]bool{"president": true, "minister": true, "premier": true, "chancellor": true,
	"king": true, "queen": true, "governor": true, "mayor": true, "prosecutor": true, "speaker": true,
	"secretary": true, "ambassador": true, "envoy": true, "judge": true, "emir": true, "prince": true}

// officeTitle is the title of a mention that names one office holder by
// the office alone ("the justice minister", "president"), in lower case
// without its determiner, or "".
func (w *work) officeTitle(m *doc.Mention) string {
	if m.Kind == doc.Pronoun || m.Head < 0 || w.d.Tokens[m.Head].XPOS != xposNN && w.d.Tokens[m.Head].XPOS != xposNNP ||
		!officeNouns[strings.ToLower(w.d.TokenText(int(m.Head)))] {
		return ""
	}
	var b strings.Builder
	for k := m.Tokens.Start; k < m.Tokens.End; k++ {
		if w.d.Tokens[k].UPOS == doc.DET || w.d.Tokens[k].UPOS == doc.PROPN && k != m.Head {
			continue // (a name beside the title makes it a person's: left to the names)
		}
		b.WriteString(strings.ToLower(w.d.TokenText(int(k))))
		b.WriteByte(' ')
	}
	return b.String()
}

func participant(d *doc.Doc, p part) doc.Participant {
	if !p.phrase.Empty() {
		return doc.Participant{Mention: -1, Span: p.phrase}
	}
	if p.mention < 0 && !p.actor.Known() {
		return doc.Participant{Mention: -1} // KeepSourceless: no actor
	}
	sp := d.Tokens[p.tok].Span
	if p.mention >= 0 && int(p.mention) < len(d.Mentions) {
		sp = d.Mentions[p.mention].Span
		if d.Mentions[p.mention].Actor.Entry == p.actor.Entry {
			sp.Start = modifierStart(d, p.mention, sp.Start)
			sp.End = modifierEnd(d, p.mention, sp.End)
		}
		sp.End = appositiveNameEnd(d, p.mention, sp.End)
	}
	return doc.Participant{Actor: p.actor, Mention: p.mention, Span: sp}
}

// appositiveNameEnd is where the name set off after a role noun's mention
// mi ends ("his Ugandan counterpart, John Otieno,"): the person the role
// names, whom the span shows too; else end. Only a person's name right
// after the comma and set off after it, neither a subject nor a list's
// next member (the parse does not always make it the appositive).
func appositiveNameEnd(d *doc.Doc, mi int32, end int32) int32 {
	m := &d.Mentions[mi]
	h := m.Head
	if h < 0 || m.Kind == doc.Person || m.Kind == doc.Pronoun || int(m.Tokens.End)+1 >= len(d.Tokens) || d.TokenText(int(m.Tokens.End)) != "," {
		return end
	}
	for k := int(mi) + 1; k < len(d.Mentions) && k <= int(mi)+2; k++ {
		n := &d.Mentions[k]
		if n.Kind != doc.Person || n.Tokens.Start != m.Tokens.End+1 || n.Head < 0 {
			continue
		}
		if u := d.Tokens[n.Head].Dep.Universal(); u == doc.Nsubj || u == doc.Conj {
			continue // a clause's subject or a list's next member, not the same person
		}
		if after := int(n.Tokens.End); after < len(d.Tokens) && d.TokenText(after) != "," && d.TokenText(after) != "." {
			continue // (an appositive is set off: "counterpart, John Otieno, in Nairobi")
		}
		return n.Span.End
	}
	return end
}

// objectPhrase widens the span sp of a target named inside verb v's direct
// object, under its "of" or other nominal modifiers ("seized large Kurdish
// gas fields near Hasakah", "bulldozed the house of a Syrian farmer"), to
// the object's phrase: the target is what the act is done to, whose actor
// the inner name gives. A target that is the object itself, or that hangs
// elsewhere, keeps sp.
func (w *work) objectPhrase(v, tok int32, sp doc.Span) doc.Span {
	if tok < 0 || v < 0 {
		return sp
	}
	h := tok
	for step := 0; step < 4; step++ {
		tk := &w.d.Tokens[h]
		up := tk.Head
		if up < 0 {
			return sp
		}
		if up == v {
			if h == tok || tk.Dep != doc.Obj {
				return sp
			}
			ph := w.phraseSpan(h)
			if ph.Start < sp.Start && sp.Start-ph.Start < 80 {
				sp.Start = ph.Start
			}
			return sp
		}
		if tk.Dep.Universal() != doc.Nmod || !nominal(w.d.Tokens[up].UPOS) {
			return sp
		}
		h = up
	}
	return sp
}

// modifierEnd is where the text that gave mention mi its actor ends: past
// the mention, when a phrase under its head gave the country of its
// compound code ("people in Somalia", SOMCVL; "relatives in Cuba"), the end
// of that country's mention; else end. The span then shows the whole
// evidence, as a nationality before the noun does ("Somali people").
func modifierEnd(d *doc.Doc, mi int32, end int32) int32 {
	m := &d.Mentions[mi]
	mod, ok := compoundModifier(m.Actor.Entry)
	if !ok || m.Head < 0 {
		return end
	}
	for k := int(mi) + 1; k < len(d.Mentions) && k <= int(mi)+4; k++ {
		n := &d.Mentions[k]
		if n.Actor.Entry != mod || n.Head < 0 {
			continue
		}
		// the modifier's head must hang under the mention's head: "people
		// in Somalia", not "people fled to Somalia"
		h := n.Head
		for step := 0; step < 4 && h >= 0 && h != m.Head; step++ {
			h = d.Tokens[h].Head
		}
		if h == m.Head {
			return n.Span.End
		}
		return end
	}
	return end
}

// modifierStart is where the text that gave mention mi its actor starts:
// before the mention, when a name right before it that has a mention of its
// own gave its compound code its first part ("EU negotiators",
// IGOEUREECGOV, with "EU" a mention apart), that name's start; else start.
// The span then shows the whole evidence, as "Kenyan negotiators" does.
func modifierStart(d *doc.Doc, mi int32, start int32) int32 {
	m := &d.Mentions[mi]
	mod, ok := compoundModifier(m.Actor.Entry)
	if !ok || mi == 0 || m.Tokens.Start <= 0 {
		return start
	}
	if n := &d.Mentions[mi-1]; n.Actor.Entry == mod && n.Tokens.End == m.Tokens.Start && n.Actor.Code != "" &&
		strings.HasPrefix(m.Actor.Code, n.Actor.Code) {
		return n.Span.Start
	}
	return start
}

// compoundModifier is the evidence of the modifier part of a compound
// actor's evidence ("compound: igos.txt:82 + agents.txt:24" gives
// "igos.txt:82"); false for an actor no compound gave.
func compoundModifier(entry string) (string, bool) {
	rest, ok := strings.CutPrefix(entry, "compound: ")
	if !ok {
		return "", false
	}
	mod, _, ok := strings.Cut(rest, " + ")
	return mod, ok
}

// selfTarget: target t is source s itself, which no dyadic event has; for
// words no dictionary codes, the same words ("the Nairobi bourse and the
// Kampala bourse agreed": neither agrees with itself).
func (w *work) selfTarget(s, t part) bool {
	if !t.phrase.Empty() {
		return t.phrase == s.phrase
	}
	return t.actor.Code == s.actor.Code && !w.twoPeople(s, t) || t.mention == s.mention
}

// allBodies: every part is a legislature, a court or a party, or one of
// their people ("LEG", "USALEG", "GBRJUD", "INDPTY"): bodies that fight
// with votes and rulings, not arms ("parliament battled the president
// over the budget").
func allBodies(ps []part) bool {
	for _, p := range ps {
		c := p.actor.Code
		if len(c) < 3 {
			return false
		}
		switch c[len(c)-3:] {
		case "LEG", "JUD", "PTY":
		default:
			return false
		}
	}
	return len(ps) > 0
}

// needsTarget: codes that are acts on someone (appeal, consult, cooperate,
// aid, demand, disapprove, threaten, sanction) are not events without one.
func needsTarget(code string) bool {
	switch rootOf(code) {
	case 2, 4, 5, 6, 7, 10, 11, 13, 16:
		return true
	}
	// a meeting meant, or cooperation promised, with no one is none; so is
	// involvement allowed to no one ("authorized a share buyback program")
	// and support meant for no one ("will apply the proceeds to support its
	// line of credit"); aid pledged to no one named still is one ("France
	// pledged aid")
	switch code {
	case "030", "032", "036", "086":
		return true
	}
	return false
}

// attempted: verb h is "tried" or "attempted" in the past or present,
// not only planned ("will try to").
func (w *work) attempted(h int32) bool {
	t := w.t
	if t.lemma(h) != "try" && t.lemma(h) != "attempt" {
		return false
	}
	switch w.d.Tokens[h].XPOS {
	case xposVB:
		return false // "will try to", "plans to try to"
	}
	for _, c := range t.children(h) {
		if d := w.d.Tokens[c].Dep; d == doc.Aux && modalAux[t.lemma(c)] || d == doc.Mark {
			return false
		}
	}
	return !negated(t, h)
}

// modalAux are the auxiliaries of what may or will be, not what is.
var modalAux = map[string]bool{"will": true, "would": true, "may": true, "might": true, "could": true,
	"shall": true, "should": true, "can": true, "must": true}

// listedModifier: modifier c of head h is the first of a list of sides the
// parse hung on the head one by one, a comma or "and" after it and
// another modifier with a mention of its own between it and the head:
// "Kenyan" in "Kenyan, Ugandan and South African troops" (with "Ugandan"
// and "South" conjoined, "Kenyan" another amod of "troops") and in
// "Kenyan and AU negotiators" (an amod, "and" hung on "AU").
func (w *work) listedModifier(c, h int32) bool {
	t := w.t
	mi := t.mention[c]
	if mi < 0 {
		return false
	}
	end := w.d.Mentions[mi].Tokens.End // the token after c's mention
	if end >= h {
		return false
	}
	if sep := w.d.TokenText(int(end)); sep != "," && sep != "and" {
		return false
	}
	for _, g := range t.children(h) {
		if dep := t.d.Tokens[g].Dep; g > end && g < h && t.mention[g] >= 0 && t.mention[g] != mi && t.mention[g] != t.mention[h] &&
			(dep == doc.Amod || dep == doc.Compound) {
			return true
		}
	}
	return false
}

// saidByActing: a code of saying, asking, meeting, demanding, criticising
// or protesting (roots 01-05, 10-12, 14; not 057, the signing of a deal),
// which an act done for that purpose already does.
func saidByActing(code string) bool {
	switch rootOf(code) {
	case 1, 2, 3, 4, 5, 10, 11, 12, 14:
		return code != "057"
	}
	return false
}
