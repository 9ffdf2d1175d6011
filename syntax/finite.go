package syntax

import (
	"strings"

	"dyad/doc"
	"dyad/syntax/lemma"
)

var (
	xpVBD, _ = doc.ParseXPOS("VBD")
	xpVBN, _ = doc.ParseXPOS("VBN")
	xpVBZ, _ = doc.ParseXPOS("VBZ")
	xpVBP, _ = doc.ParseXPOS("VBP")
	xpVBG, _ = doc.ParseXPOS("VBG")
	xpPOS, _ = doc.ParseXPOS("POS")
	xpMD, _  = doc.ParseXPOS("MD")
	xpJJ, _  = doc.ParseXPOS("JJ")
	xpWDT, _ = doc.ParseXPOS("WDT")
	xpWP, _  = doc.ParseXPOS("WP")
	xpWRB, _ = doc.ParseXPOS("WRB")
	xpAFX, _ = doc.ParseXPOS("AFX")
	xpRRB, _ = doc.ParseXPOS("-RRB-")
	xpLRB, _ = doc.ParseXPOS("-LRB-")
	xpRQ, _  = doc.ParseXPOS("''")
)

// repairFinite retags as a past tense (VBD) the participle, "-ed"
// adjective or irregular past read as a noun that must be the finite verb
// of a full sentence the tagger gave none: "Cuban authorities arrested
// dozens of dissidents.", "The US imposed sanctions on Iran." and "The US
// military struck militia groups in Iraq." tagged VBN, JJ and NN, which the
// parser then reads as one noun phrase. News writes such sentences all the time; the
// web text the tagger learnt from seldom does. It asks for a sentence that
// ends in a full stop, has no finite verb or modal, and a candidate right
// after a noun or pronoun with no auxiliary before it and the start of an
// object after it.
func repairFinite(d *doc.Doc, r doc.TokRange) {
	end := r.End
	if a := closingAttribution(d, r); a >= 0 {
		end = a // ", Armenia's defence ministry said on Wednesday."
	}
	if firstFinite(d, doc.TokRange{Start: r.Start, End: end}) < end {
		return // (see refinite)
	}
	if k := finiteCandidate(d, r, end); k >= 0 {
		retagFinite(d, k)
	}
}

// closingAttribution is the comma that opens a closing attribution
// (", Armenia's defence ministry said on Wednesday."), or -1: a say verb
// in the last clause, at most eight words after the last comma.
func closingAttribution(d *doc.Doc, r doc.TokRange) int32 {
	comma := int32(-1)
	for k := r.End - 1; k > r.Start; k-- {
		if d.TokenText(int(k)) == "," {
			comma = k
			break
		}
	}
	if comma < 0 || r.End-comma > 10 {
		return -1
	}
	for k := comma + 1; k < r.End; k++ {
		if sayForms[d.TokenText(int(k))] {
			return comma
		}
	}
	return -1
}

// refinite is repairFinite for a sentence whose finite verbs all come
// later, in a clause of its own ("The British army struck Iran-backed
// militia units ... in what UK officials later said was a reprisal", with
// "struck" tagged NN), asked once it is parsed: when the parse found no
// verb for its root, it returns the candidate before the first finite
// verb, which the caller makes the past tense (retagFinite) before it
// parses the sentence again; -1 for none.
func refinite(d *doc.Doc, r doc.TokRange) int32 {
	root := rootAt(d, r)
	if root >= 0 && d.Tokens[root].UPOS == doc.VERB {
		return subordinateRoot(d, r, root)
	}
	if root < 0 || d.Tokens[root].UPOS == doc.AUX {
		return -1
	}
	if hasChild(d, r, root, doc.Cop) {
		return -1 // a predicate: "Syria is a country that ..."
	}
	if k := finiteCandidate(d, r, r.End); k >= 0 {
		return k
	}
	// a participle the parse hung on the root right after the root's own
	// phrase, with no finite verb before it: "Those talks stalled partly
	// over a dispute", "Masked gunmen descended on the market", "Cabinet
	// agreed on the need" (not "Mortars fired by special forces rained
	// down": a passive's agent makes it a reduced relative)
	if last := d.TokenText(int(r.End - 1)); last != "." && last != "!" {
		return -1
	}
	limit := firstFinite(d, r)
	for v := root + 1; v < limit && v+1 < r.End; v++ {
		vt := &d.Tokens[v]
		if vt.Head != root || vt.UPOS != doc.VERB || vt.XPOS != xpVBN || vt.Dep.Universal() != doc.Acl && vt.Dep.Universal() != doc.Amod {
			continue
		}
		if d.TokenText(int(v+1)) == "by" || d.Tokens[v+1].UPOS == doc.PUNCT {
			return -1
		}
		for j := root + 1; j < v; j++ {
			if !dominates(d, r, root, j) || d.Tokens[j].UPOS == doc.PUNCT {
				return -1 // "Chile's Torres Lake Reserve, founded in 1921, was"
			}
		}
		// a finite verb later must open a clause of its own: "The
		// information contained herein is based on" is a reduced relative
		for j := v + 1; j < limit; j++ {
			if d.Tokens[j].UPOS == doc.PUNCT || lowerIn(relativeWords, d.TokenText(int(j))) || lowerIn(subordinators, d.TokenText(int(j))) {
				return v
			}
		}
		if limit < r.End {
			return -1
		}
		return v
	}
	return -1
}

// subordinateRoot is the candidate for the main verb of a sentence whose
// parse took the verb of a subordinate clause for the root: "The mayor of
// the region called for talks after newly elected President Lula vetoed
// the deal" (made up) had "called" a participle of "region" and "vetoed"
// the root. The root must be the sentence's first finite
// verb, a subordinator must come between the candidate and it, and the
// caller keeps the new parse only if the candidate becomes the root with
// a subject ("The man arrested after the raid that killed five was
// freed" stays: its first finite verb is no root).
func subordinateRoot(d *doc.Doc, r doc.TokRange, root int32) int32 {
	if f := firstFinite(d, r); f != root && !(f < root && d.Tokens[f].UPOS == doc.AUX && d.Tokens[f].Head == root) {
		return -1
	}
	if last := d.TokenText(int(r.End - 1)); last != "." && last != "!" {
		return -1
	}
	for s := root - 1; s > r.Start+1; s-- {
		if lowerIn(rootSubordinators, d.TokenText(int(s))) {
			return finiteCandidate(d, r, s)
		}
		if d.Tokens[s].UPOS == doc.NOUN && lowerIn(contentNouns, d.Tokens[s].Lemma) && d.Tokens[s+1].Head == root &&
			(d.Tokens[s+1].Dep == doc.Nsubj || d.Tokens[s+1].Dep == doc.NsubjPass) {
			// a content clause with its "that" left out: "halted
			// deliveries over fears they were feeding armed gangs"
			return finiteCandidate(d, r, s)
		}
	}
	return -1
}

// rootSubordinators open a clause of time or reason that cannot hold a
// sentence's main verb.
var rootSubordinators = wordSet(`after before since until while because although though once`)

// hasSubject: some token of r is the subject of k.
func hasSubject(d *doc.Doc, r doc.TokRange, k int32) bool { return hasChildDep(d, r, k, doc.Nsubj) }

// tensed: tag x is a past or present tense (VBD, VBZ, VBP), which only
// a finite verb or auxiliary carries.
func tensed(x doc.XPOS) bool { return x == xpVBD || x == xpVBZ || x == xpVBP }

// firstFinite is the first finite verb, modal or auxiliary of r, or r.End.
func firstFinite(d *doc.Doc, r doc.TokRange) int32 {
	for k := r.Start; k < r.End; k++ {
		switch x := d.Tokens[k].XPOS; {
		case tensed(x) || x == xpMD:
			return k
		case d.Tokens[k].UPOS == doc.AUX:
			return k // "has arrested", "was arrested": a participle with its auxiliary
		}
	}
	return r.End
}

// retagFinite makes the candidate k of finiteCandidate a past tense, and
// the particle after it one.
func retagFinite(d *doc.Doc, k int32) {
	t := &d.Tokens[k]
	particle := k+2 < int32(len(d.Tokens)) && particleWords[d.TokenText(int(k+1))] && objectStart(d.Tokens[k+2].UPOS)
	t.XPOS, t.UPOS = xpVBD, doc.VERB
	if particle {
		d.Tokens[k+1].XPOS, d.Tokens[k+1].UPOS = xpRP, doc.ADP
	}
}

// finiteCandidate is the word of r that repairFinite would make the past
// tense, or -1: it must come before the first finite verb, modal or
// auxiliary of r and before limit.
func finiteCandidate(d *doc.Doc, r doc.TokRange, limit int32) int32 {
	if r.Len() < 4 {
		return -1
	}
	if last := d.TokenText(int(r.End - 1)); last != "." && last != "!" {
		return -1
	}
	limit = min(limit, firstFinite(d, r))
	for k := r.Start + 1; k < r.End-1 && k < limit; k++ {
		t := &d.Tokens[k]
		form := d.TokenText(int(k))
		// a particle and then an object: "The union called off the strike",
		// "The government shut down the internet"
		particle := k+2 < r.End && objectStart(d.Tokens[k+2].UPOS) &&
			(particleWords[d.TokenText(int(k+1))] || d.TokenText(int(k+1)) == "over" && lowerIn(overVerbs, form))
		if t.XPOS != xpVBN && !(t.XPOS == xpJJ && edEnding(form)) && !(t.UPOS == doc.NOUN && lemma.IrregularPast(form)) &&
			!(t.UPOS == doc.NOUN && (particle || namedSubject(d, r, k)) && particleVerbs[strings.ToLower(form)]) {
			continue
		}
		before := k - 1
		for before > r.Start && d.Tokens[before].UPOS == doc.ADV {
			before-- // "Jordan very generously opened its frontier"
		}
		if !subjectEnd(d.Tokens[before].UPOS) || d.Tokens[before].XPOS == xpPRPS || !objectStart(d.Tokens[k+1].UPOS) && !particle &&
			!(d.Tokens[k+1].UPOS == doc.ADP && intransitiveEvents[edStem(form)]) && !verbComplement(d, r, k, form) {
			continue // ("Students protested against the law": an act with no object)
		}
		if k-1 > r.Start && d.TokenText(int(k-2)) == "-" {
			continue // "Iran-backed militias"
		}
		return k
	}
	return -1
}

// verbComplement: what follows the candidate k is what only a verb
// takes: a to-infinitive after a verb of intent ("Egyptian authorities
// agreed to open its borders"), "for" or "on" after "called" ("A
// parliamentary inquiry called for sanctions"), "from" after "refrained",
// or a number its adverb opens ("rebels detained about 3,000 villagers").
func verbComplement(d *doc.Doc, r doc.TokRange, k int32, form string) bool {
	if k+2 >= r.End {
		return false
	}
	next, after := d.TokenText(int(k+1)), &d.Tokens[k+2]
	switch stem := edStem(form); {
	case next == "to" && after.XPOS == xpVB:
		return infinitiveVerbs[stem] || stem == "agre"
	case next == "for" || next == "on":
		return stem == "call"
	case next == "from":
		return stem == "refrain" || stem == "abstain" // "refrained from criticism"
	}
	return d.Tokens[k+1].UPOS == doc.ADV && after.UPOS == doc.NUM
}

// particleWords close phrasal verbs news uses for acts ("called off",
// "shut down", "cut off", "set up").
var particleWords = map[string]bool{"off": true, "down": true, "up": true, "out": true, "dead": true} // ("shot dead a man")

// overVerbs take "over" as their particle ("handed over medical
// equipment to Ethiopia"); after other verbs it is a preposition ("killed
// over the weekend").
var overVerbs = map[string]bool{"handed": true, "turned": true}

// particleVerbs have one form for present and past, which the tagger may
// read as a noun ("The government shut down the internet"): only before a
// particle and an object are they taken as the past; so is "shot", a
// noun too ("Iran shot down a US drone").
var particleVerbs = map[string]bool{"shut": true, "cut": true, "set": true, "put": true, "shot": true}

// namedSubject: the words of r before k are a name that opens the
// sentence, proper nouns only after an optional "The" ("Gazprom cut gas
// supplies to Ukraine", with "cut" tagged NN): a name does not modify
// "cut" or "shut" as "tax" does in "tax cut plans".
func namedSubject(d *doc.Doc, r doc.TokRange, k int32) bool {
	p := r.Start
	if p < k && d.Tokens[p].UPOS == doc.DET && strings.EqualFold(d.TokenText(int(p)), "the") {
		p++
	}
	if p >= k {
		return false
	}
	for ; p < k; p++ {
		if d.Tokens[p].UPOS != doc.PROPN {
			return false
		}
	}
	return true
}

func subjectEnd(u doc.UPOS) bool {
	return u == doc.NOUN || u == doc.PROPN || u == doc.PRON
}

func objectStart(u doc.UPOS) bool {
	switch u {
	case doc.DET, doc.NOUN, doc.PROPN, doc.PRON, doc.NUM, doc.ADJ:
		return true
	}
	return false
}

// edEnding: the word ends in "ed" in any case, without allocating.
func edEnding(w string) bool {
	n := len(w)
	return n > 3 && w[n-2]|0x20 == 'e' && w[n-1]|0x20 == 'd'
}

// repairPerfect makes a form of "have" or "be" that the tagger called a
// verb, right before a past tense or participle verb, the auxiliary it is
// ("Peru and Chile had declined to support": had VBD VERB, refused VBD),
// with the verb after it the participle: otherwise the parser takes "had"
// for the clause's verb and hangs "refused" elsewhere. Adverbs may stand
// between the two ("had so far refused", "has lately signed"), adverbs of
// time or report only: "have badly burnt fingers" is a possession.
func repairPerfect(d *doc.Doc, r doc.TokRange) {
	for k := r.Start; k+1 < r.End; k++ {
		t := &d.Tokens[k]
		if t.UPOS != doc.VERB {
			continue
		}
		j := k + 1
		for j < r.End && j < k+4 && perfectAdverb(d, j) {
			j++
		}
		if j >= r.End {
			continue
		}
		n := &d.Tokens[j]
		if n.UPOS != doc.VERB || n.XPOS != xpVBD && n.XPOS != xpVBN {
			continue
		}
		switch d.TokenText(int(k)) {
		case "have", "has", "had", "Had", "Has", "Have", "having", "was", "were", "been", "being", "is", "are":
			t.UPOS = doc.AUX
			n.XPOS = xpVBN
		}
	}
}

// perfectAdverb: token j is an adverb that may stand between an auxiliary
// and its participle.
func perfectAdverb(d *doc.Doc, j int32) bool {
	return d.Tokens[j].UPOS == doc.ADV && lowerIn(perfectAdverbs, d.TokenText(int(j)))
}

var perfectAdverbs = map[string]bool{
	"so": true, "far": true, "already": true, "now": true, "also": true, "long": true, "just": true,
	"recently": true, "previously": true, "repeatedly": true, "never": true, "ever": true, "yet": true,
	"still": true, "finally": true, "reportedly": true, "allegedly": true, "apparently": true,
	"again": true, "once": true, "twice": true, "jointly": true, "formally": true, "officially": true,
	"unanimously": true, "quietly": true, "secretly": true, "earlier": true, "later": true, "since": true,
}

// repairPerfectSince makes "since" between a form of "have" and a past
// participle the adverb it is ("Turkey has since seized control of
// Afrin"): read as a conjunction, it makes the parser hang the verb as a
// clause of its own.
func repairPerfectSince(d *doc.Doc, r doc.TokRange) {
	for k := r.Start + 1; k+1 < r.End; k++ {
		t, p, n := &d.Tokens[k], &d.Tokens[k-1], &d.Tokens[k+1]
		if !strings.EqualFold(d.TokenText(int(k)), "since") || n.XPOS != xpVBD && n.XPOS != xpVBN {
			continue
		}
		switch strings.ToLower(d.TokenText(int(k - 1))) {
		case "have", "has", "had":
			t.UPOS, t.XPOS = doc.ADV, xpRB
			p.UPOS = doc.AUX
			if n.XPOS = xpVBN; !strings.EqualFold(d.TokenText(int(k+1)), "been") {
				n.UPOS = doc.VERB
			}
		}
	}
}

// repairThatClause retags as the conjunction it is a "that" read as a
// determiner before a plural noun phrase and its verb ("complained to the
// UN that Israeli occupation authorities were blocking exports"): no
// determiner "that" goes with a plural, and read as one it makes the
// parser lose the reported clause.
func repairThatClause(d *doc.Doc, r doc.TokRange) {
	for k := r.Start + 1; k+2 < r.End; k++ {
		t := &d.Tokens[k]
		if !strings.EqualFold(d.TokenText(int(k)), "that") {
			continue
		}
		if p := d.Tokens[k-1]; t.UPOS == doc.PRON && (p.UPOS == doc.VERB || p.UPOS == doc.ADV || lowerIn(timeNouns, d.TokenText(int(k-1)))) &&
			nounPhraseVerb(d, r, k) {
			// a pronoun "that" stands alone: after a verb or a time and
			// before a noun phrase and its verb it opens a clause
			// ("reported on Thursday that Foreign Minister Sergei Lavrov
			// met ..."; not the relative after a noun, "the approach that
			// New Zealand is taking")
			t.UPOS, t.XPOS = doc.SCONJ, xpIN
			continue
		}
		if t.UPOS == doc.SCONJ || t.XPOS == xpWDT {
			if thatClauseVerb(d, r, k) {
				t.UPOS, t.XPOS = doc.SCONJ, xpIN
			}
			continue
		}
		if t.UPOS != doc.DET {
			continue
		}
		if p := d.Tokens[k-1]; p.UPOS != doc.VERB && p.UPOS != doc.PROPN && p.UPOS != doc.NOUN {
			continue
		}
		e := k + 1
		for e < r.End && (d.Tokens[e].UPOS == doc.ADJ || d.Tokens[e].UPOS == doc.NOUN || d.Tokens[e].UPOS == doc.PROPN) {
			e++
		}
		if e == k+1 || e >= r.End {
			continue
		}
		head := d.Tokens[e-1].XPOS
		if head != xpNNS && head != xpNNPS {
			continue
		}
		switch n := d.Tokens[e]; {
		case n.UPOS == doc.AUX, n.XPOS == xpVBD, n.XPOS == xpVBP, n.XPOS == xpMD:
			t.UPOS, t.XPOS = doc.SCONJ, xpIN
		}
	}
}

// nounPhraseVerb reports whether a noun phrase of nouns, names and
// adjectives, ending in a noun or name, follows token k, and a finite verb
// or auxiliary right after it.
func nounPhraseVerb(d *doc.Doc, r doc.TokRange, k int32) bool {
	e := k + 1
	for e < r.End && (d.Tokens[e].UPOS == doc.ADJ || d.Tokens[e].UPOS == doc.NOUN || d.Tokens[e].UPOS == doc.PROPN) {
		e++
	}
	if e == k+1 || e >= r.End || d.Tokens[e-1].UPOS == doc.ADJ {
		return false
	}
	n := d.Tokens[e]
	return n.UPOS == doc.AUX || tensed(n.XPOS) || n.XPOS == xpMD
}

// thatClauseVerb makes the past tense of the clause that conjunction k
// opens a verb the tagger read as a participle modifying the next noun
// ("reports that three guards mistreated inmates", "mistreated" VBN): a clause
// after "that" has a finite verb, and with none before it, an "-ed" word
// after its subject and before an object is that verb.
func thatClauseVerb(d *doc.Doc, r doc.TokRange, k int32) bool {
	e := k + 1
	for e < r.End && (d.Tokens[e].UPOS == doc.DET || d.Tokens[e].UPOS == doc.NUM || d.Tokens[e].UPOS == doc.ADJ ||
		d.Tokens[e].UPOS == doc.NOUN || d.Tokens[e].UPOS == doc.PROPN) {
		e++
	}
	if e == k+1 || e+1 >= r.End || !subjectEnd(d.Tokens[e-1].UPOS) {
		return false
	}
	v := &d.Tokens[e]
	if v.XPOS == xpVBN && edEnding(d.TokenText(int(e))) && objectStart(d.Tokens[e+1].UPOS) {
		v.XPOS, v.UPOS = xpVBD, doc.VERB
		return true
	}
	return false
}

// repairGuilty retags as the adjective it only is a "guilty" or
// "culpable" the tagger read as a noun ("the regime was guilty of
// barbarity"), which hides the accusation from the coder.
func repairGuilty(d *doc.Doc, r doc.TokRange) {
	for k := r.Start; k < r.End; k++ {
		if t := &d.Tokens[k]; t.UPOS == doc.NOUN && lowerIn(adjectiveOnly, d.TokenText(int(k))) {
			t.UPOS, t.XPOS = doc.ADJ, xpJJ
		}
	}
}

// repairQuoteMarks tags a curly quotation mark by the direction it has
// (“ opening, ” closing), which the tagger, reading both as the straight
// quote, has to guess: a closing ” tagged as opening made the parser hang
// the attribution after it ("“... to return,” Maas said") as a clause of
// its own.
func repairQuoteMarks(d *doc.Doc, r doc.TokRange) {
	for k := r.Start; k < r.End; k++ {
		switch d.TokenText(int(k)) {
		case "“", "‘":
			d.Tokens[k].UPOS, d.Tokens[k].XPOS = doc.PUNCT, xpOpenQuote
		case "”":
			d.Tokens[k].UPOS, d.Tokens[k].XPOS = doc.PUNCT, xpCloseQuote
		}
		// (not ’, also the apostrophe of "students’ union")
	}
}

var (
	xpOpenQuote, _  = doc.ParseXPOS("``")
	xpCloseQuote, _ = doc.ParseXPOS("''")
)

// repairStancePrefix retags as an adjective a word made with "anti-" or
// "pro-" that the tagger read as a verb ("supported anti-Assad forces",
// "anti-Assad" VBN, which made the parser read a passive clause): such
// words say whom something is for or against, and modify a noun.
func repairStancePrefix(d *doc.Doc, r doc.TokRange) {
	for k := r.Start; k < r.End; k++ {
		t := &d.Tokens[k]
		if t.UPOS != doc.VERB {
			continue
		}
		w := d.TokenText(int(k))
		if len(w) > 5 && (strings.EqualFold(w[:5], "anti-") || len(w) > 4 && strings.EqualFold(w[:4], "pro-")) {
			t.UPOS, t.XPOS = doc.ADJ, xpJJ
		}
	}
}

// adjectiveOnly are words never nouns.
var adjectiveOnly = map[string]bool{"guilty": true, "culpable": true}

// repairPeacekeeping retags as the noun it only is a "peacekeeping" the
// tagger read as a verb ("deployed 2,000 soldiers as peacekeeping forces",
// parsed as a clause "as peacekeeping forces"): English has no verb
// "peacekeep".
func repairPeacekeeping(d *doc.Doc, r doc.TokRange) {
	for k := r.Start; k < r.End; k++ {
		if t := &d.Tokens[k]; t.UPOS == doc.VERB && lowerIn(nounOnly, d.TokenText(int(k))) {
			t.UPOS, t.XPOS = doc.NOUN, xpNN
		}
	}
}

// repairPersonAdjective retags as a noun a word for a kind of fighter or
// partisan that the tagger read as an adjective though no noun follows it
// ("extradition of an alleged Islamist militant sought on charges of",
// EWT having "militant" only in "militant groups"), and as a participle
// the "suspected" or "alleged" of "a suspected militant".
func repairPersonAdjective(d *doc.Doc, r doc.TokRange) {
	for k := r.Start + 1; k < r.End; k++ {
		t := &d.Tokens[k]
		if t.UPOS != doc.ADJ || !lowerIn(personAdjectives, d.TokenText(int(k))) {
			continue
		}
		if p := d.Tokens[k-1]; p.UPOS != doc.DET && p.UPOS != doc.ADJ && p.UPOS != doc.PROPN && p.UPOS != doc.NOUN && p.XPOS != xpVBN {
			continue // "are not militant or violent": a predicate
		}
		if k+1 < r.End {
			if n := d.Tokens[k+1].UPOS; n == doc.NOUN || n == doc.PROPN || n == doc.ADJ || n == doc.NUM || d.TokenText(int(k+1)) == "-" {
				continue
			}
		}
		t.UPOS, t.XPOS = doc.NOUN, xpNN
		for j := k - 1; j > r.Start && j >= k-3; j-- {
			if jt := &d.Tokens[j]; jt.UPOS == doc.VERB && lowerIn(suspicionParticiples, d.TokenText(int(j))) && d.Tokens[j-1].UPOS == doc.DET {
				jt.XPOS = xpVBN // "an alleged Islamist militant"
			}
		}
	}
}

// personAdjectives are adjectives that are also nouns for a person.
var personAdjectives = wordSet(`militant extremist radical insurgent separatist loyalist`)

var suspicionParticiples = wordSet(`suspected alleged presumed purported`)

// repairCoordinatedNoun retags as a plural noun an -s word the tagger read
// as a verb right after a noun and "and" or "or", when training saw it as
// a plural noun, or its singular as a noun and never as a verb, and never
// saw it as a verb ("handed over surgical equipment and
// medicines to the health ministry": "medicines" VBZ, and the sentence
// a passive).
func repairCoordinatedNoun(d *doc.Doc, r doc.TokRange) {
	for k := r.Start + 2; k < r.End; k++ {
		t := &d.Tokens[k]
		if t.XPOS != xpVBZ || d.Tokens[k-1].UPOS != doc.CCONJ || d.Tokens[k-2].XPOS != xpNN && d.Tokens[k-2].XPOS != xpNNS {
			continue
		}
		lt, err := lemma.Default()
		if err != nil {
			return
		}
		w := d.TokenText(int(k))
		if lt.Seen(w, xpVBZ) {
			continue
		}
		// seen as a plural noun, or its singular as a noun and never as a verb
		if lt.Seen(w, xpNNS) || strings.HasSuffix(w, "s") && lt.Seen(w[:len(w)-1], xpNN) && !lt.Seen(w[:len(w)-1], xpVB) && !lt.Seen(w[:len(w)-1], xpVBP) {
			t.UPOS, t.XPOS = doc.NOUN, xpNNS
		}
	}
}

// repairPrepositionNoun makes "amid", "amidst" and "despite", which have
// no other reading, the prepositions the tagger may miss before a noun
// and a clause ("amid fears Uganda was arming rebels": "amid" NN), and an
// -s word the tagger read as a verb right after a preposition a plural
// noun, when training saw it as one: no finite verb follows a
// preposition ("halted deliveries over fears they were feeding armed
// gangs": "fears" VBZ, the sentence's root).
func repairPrepositionNoun(d *doc.Doc, r doc.TokRange) {
	for k := r.Start; k < r.End; k++ {
		t := &d.Tokens[k]
		w := d.TokenText(int(k))
		if lowerIn(alwaysPrepositions, w) && t.UPOS != doc.ADP ||
			t.XPOS == xpAFX && (strings.EqualFold(w, "over") || strings.EqualFold(w, "under")) && (k+1 >= r.End || d.TokenText(int(k+1)) != "-") {
			// (an affix is glued to a hyphen: "over-" in "over-fishing";
			// "aid over fears" is the preposition)
			t.UPOS, t.XPOS = doc.ADP, xpIN
			continue
		}
		if t.XPOS != xpVBZ && t.XPOS != xpVBP || k == r.Start || !lowerIn(nounPrepositions, d.TokenText(int(k-1))) ||
			d.Tokens[k-1].UPOS != doc.ADP && d.Tokens[k-1].UPOS != doc.ADV {
			continue
		}
		lt, err := lemma.Default()
		if err != nil {
			return
		}
		if lt.Seen(w, xpNNS) {
			t.UPOS, t.XPOS = doc.NOUN, xpNNS
		}
	}
}

// alwaysPrepositions are words that are prepositions and nothing else.
var alwaysPrepositions = wordSet(`amid amidst despite`)

// nounPrepositions take a noun phrase and never a clause of their own
// (as onlyPrepositions, with those a finite verb may follow as a clause's
// own: "in" and "at" may end a relative, "what it came in says").
var nounPrepositions = wordSet(`amid amidst despite over of for about with without against among amongst into from by during`)

// repairAidCompound retags as a noun the "aid" of "aid worker", "aid
// agencies", "aid convoy" that the tagger read as a verb ("the journalists
// and aid worker Peter Kassig": aided a worker), unless "to", a modal or an
// auxiliary before it makes it one ("pledged to aid workers").
func repairAidCompound(d *doc.Doc, r doc.TokRange) {
	for k := r.Start; k+1 < r.End; k++ {
		t := &d.Tokens[k]
		if t.UPOS != doc.VERB || !strings.EqualFold(d.TokenText(int(k)), "aid") || !lowerIn(aidCompounds, d.TokenText(int(k+1))) {
			continue
		}
		if k > r.Start {
			if p := &d.Tokens[k-1]; p.XPOS == xpTO || p.XPOS == xpMD || p.UPOS == doc.AUX {
				continue
			}
		}
		t.UPOS, t.XPOS = doc.NOUN, xpNN
	}
}

// aidCompounds follow "aid" in a compound noun.
var aidCompounds = wordSet(`worker workers group groups agency agencies convoy convoys organisation organisations
	organization organizations package packages flight flights shipment shipments official officials money budget
	program programs programme programmes effort efforts delivery deliveries truck trucks lorry lorries operation
	operations mission missions pledge pledges cut cuts freeze`)

// nounOnly are "-ing" words never verbs.
var nounOnly = map[string]bool{"peacekeeping": true, "peace-keeping": true, "peacebuilding": true, "peace-building": true}

// repairOffensive retags as a noun the "offensive" of war that the tagger
// read as an adjective: after a determiner or adjective and before a
// preposition, a verb, punctuation or the end ("launched an offensive
// against Ukraine", "the offensive in Idlib").
func repairOffensive(d *doc.Doc, r doc.TokRange) {
	for k := r.Start + 1; k < r.End; k++ {
		t := &d.Tokens[k]
		if t.UPOS != doc.ADJ || !strings.EqualFold(d.TokenText(int(k)), "offensive") && !strings.EqualFold(d.TokenText(int(k)), "counteroffensive") {
			continue
		}
		if p := d.Tokens[k-1].UPOS; p != doc.DET && p != doc.ADJ && p != doc.PRON && p != doc.NUM &&
			d.Tokens[k-1].XPOS != xpPOS {
			continue // (or the possessive of "Russia's offensive", not "aren't offensive")
		}
		if k+1 < r.End {
			switch d.Tokens[k+1].UPOS {
			case doc.ADP, doc.PUNCT, doc.VERB, doc.AUX, doc.CCONJ, doc.SCONJ:
			default:
				continue
			}
		}
		t.UPOS, t.XPOS = doc.NOUN, xpNN
	}
}

var (
	xpRB, _  = doc.ParseXPOS("RB")
	xpNNS, _ = doc.ParseXPOS("NNS")
	xpRP, _  = doc.ParseXPOS("RP")
	xpVB, _  = doc.ParseXPOS("VB")
)

// repairPluralObject retags as a plural noun (NNS) a present-tense verb
// (VBZ) that can only be the object of the verb before it: "carried out
// strikes against Hamas", "launched attacks", "carried out two dozen air
// strikes" were tagged "strikes" VBZ, and the parse then made a clause of
// it with no subject. It asks for a finite or bare verb or a particle
// right before, or a noun right before that follows one of them or a
// number ("air strikes", "nine bass notes").
func repairPluralObject(d *doc.Doc, r doc.TokRange) {
	for k := r.Start + 1; k < r.End; k++ {
		t := &d.Tokens[k]
		if t.XPOS != xpVBZ || t.UPOS != doc.VERB {
			continue
		}
		switch d.TokenText(int(k)) {
		case "has", "is", "does", "goes", "says", "seems", "means":
			continue // verbs, not nouns, whatever comes before: "Fried rice has no flavor"
		}
		ok := verbOrParticle(d, r, k-1)
		if p := &d.Tokens[k-1]; !ok && p.UPOS == doc.NOUN && p.XPOS != xpNNS && k-2 >= r.Start {
			ok = verbOrParticle(d, r, k-2) || d.Tokens[k-2].UPOS == doc.NUM ||
				subjectParticiple(d, r, k-2) && !lowerIn(dayWords, d.TokenText(int(k-1))) // (not "the plan agreed today covers")
		}
		if p := &d.Tokens[k-1]; !ok && p.UPOS == doc.NUM && k-2 >= r.Start {
			// a counted noun: "handed over two suspects", "the two suspects";
			// not after "every" or "no" ("no one knows"), nor after a
			// preposition, where the number may be a year that ends a subject
			// ("the report of 2003 suggests")
			ok = verbOrParticle(d, r, k-2) || strings.EqualFold(d.TokenText(int(k-2)), "the")
		}
		if ok {
			t.XPOS, t.UPOS = xpNNS, doc.NOUN
		}
	}
}

// verbOrParticle: token k is a finite or bare verb, a participle after
// its auxiliary ("have launched attacks"), or a particle ("carried out");
// not a participle alone, which may end a subject ("each memorial
// purchased goes to a charity"), nor a gerund ("fighting continues").
// subjectParticiple: token k is a verb tagged a past participle right after
// a noun, with no auxiliary or determiner between, that can only be the
// past tense of that noun's verb when a noun and a present-tense verb
// follow ("The Kenyan government halted food supplies to Uganda", "Kenya
// cut food supplies": "supplies" then is the object, not the verb).
func subjectParticiple(d *doc.Doc, r doc.TokRange, k int32) bool {
	t := &d.Tokens[k]
	w := d.TokenText(int(k))
	if k-1 < r.Start || !(t.UPOS == doc.VERB && t.XPOS == xpVBN || t.UPOS == doc.ADJ && strings.HasSuffix(w, "ed")) || strings.HasSuffix(w, "en") {
		return false // ("suspended" tagged an adjective too; not "taken", only a participle)
	}
	s := &d.Tokens[k-1]
	return s.UPOS == doc.NOUN || s.UPOS == doc.PROPN
}

func verbOrParticle(d *doc.Doc, r doc.TokRange, k int32) bool {
	t := &d.Tokens[k]
	switch {
	case t.XPOS == xpRP:
		return true
	case t.UPOS != doc.VERB:
		return false
	case t.XPOS == xpVBD || t.XPOS == xpVBP || t.XPOS == xpVB:
		return true
	case t.XPOS == xpVBZ:
		// "holds talks with": only before a noun news reads as an act
		// ("Every step the firm takes draws ..." has two verbs)
		if n := k + 1; n < r.End {
			switch d.TokenText(int(n)) {
			case "talks", "strikes", "attacks", "raids", "protests", "sanctions", "threats", "demands", "calls", "visits":
				switch d.TokenText(int(k)) {
				case "is", "has", "does", "says", "seems", "means", "goes", "'s":
					return false
				}
				return true
			}
		}
		return false
	}
	return t.XPOS == xpVBN && k > r.Start && d.Tokens[k-1].UPOS == doc.AUX
}

var (
	xpNN, _   = doc.ParseXPOS("NN")
	xpIN, _   = doc.ParseXPOS("IN")
	xpDT, _   = doc.ParseXPOS("DT")
	xpPRPS, _ = doc.ParseXPOS("PRP$")
	xpPRP, _  = doc.ParseXPOS("PRP")
	xpCD, _   = doc.ParseXPOS("CD")
)

// repairAttributive retags as a participle (VBN) a past tense (VBD) that
// follows a preposition, a determiner or a possessive and precedes a
// noun: it modifies the noun and cannot be a finite verb ("the blockade of
// occupied Crimea", "in occupied Golan", "the detained activists",
// "its besieged enclave"), which the parser
// otherwise reads as a clause ("of occupying Kashmir").
func repairAttributive(d *doc.Doc, r doc.TokRange) {
	for k := r.Start + 1; k+1 < r.End; k++ {
		t := &d.Tokens[k]
		if t.XPOS != xpVBD || t.UPOS != doc.VERB {
			continue
		}
		switch d.TokenText(int(k)) {
		case "did", "had", "was", "were", "said":
			continue // "Neither did Cheney"
		}
		p, n := d.Tokens[k-1].XPOS, &d.Tokens[k+1]
		if (p == xpIN || p == xpPRPS || p == xpDT && d.Tokens[k-1].UPOS == doc.DET && articles[d.TokenText(int(k-1))]) &&
			(n.UPOS == doc.NOUN || n.UPOS == doc.PROPN) {
			t.XPOS = xpVBN
		}
	}
}

// articles open a noun phrase; "neither" and "either" may open a clause.
var articles = map[string]bool{"the": true, "The": true, "a": true, "A": true, "an": true, "An": true,
	"this": true, "these": true, "those": true, "its": true, "their": true}

// intransitiveEvents are the stems of verbs of collective action or
// posture that take no object ("protested against", "clashed with",
// "rallied in", "remained on alert"): their
// "-ed" form after a subject and before a preposition is the finite verb.
var intransitiveEvents = map[string]bool{"protest": true, "demonstrat": true, "rall": true, "march": true,
	"clash": true, "riot": true, "retaliat": true, "withdr": true, "resign": true, "mutin": true, "revolt": true,
	"remain": true, "stay": true, "gather": true, "assembl": true, "surrender": true, "retreat": true, "advanc": true}

// edStem is form without its "-ed" (or "-ied", "-ated" kept as "at"),
// lower case for the lookup: "protested" protest, "rallied" rall,
// "demonstrated" demonstrat.
func edStem(form string) string {
	n := len(form)
	if n < 4 || !edEnding(form) {
		return ""
	}
	s := strings.ToLower(form[:n-2])
	if strings.HasSuffix(s, "i") {
		s = s[:len(s)-1] // rallied -> rall
	}
	return s
}

// repairModalVerb retags as a bare verb (VB) an adjective or noun right
// after a modal and before the start of an object: after "would", "will",
// "must" comes a verb ("it would free 400 Taliban prisoners" had "free"
// an adjective, and the prisoners the complement of "said").
func repairModalVerb(d *doc.Doc, r doc.TokRange) {
	for k := r.Start + 1; k+1 < r.End; k++ {
		t := &d.Tokens[k]
		if d.Tokens[k-1].XPOS != xpMD || t.XPOS != xpJJ && t.XPOS != xpNN {
			continue
		}
		if !objectStart(d.Tokens[k+1].UPOS) || d.Tokens[k+1].UPOS == doc.ADJ {
			continue // ("would rather", "will increasingly"; "would be free" has "be" between)
		}
		t.XPOS, t.UPOS = xpVB, doc.VERB
	}
}

// repairToVerb retags as a present-tense verb (VBZ) a plural noun that
// takes a to-infinitive right after a name: "China plans to provide
// lethal military aid" had "plans" a noun, the subject of "provide", and
// the plan was coded as done. Not after an article, an adjective or a
// possessive ("the plans to build", "Russia's plans to").
func repairToVerb(d *doc.Doc, r doc.TokRange) {
	for k := r.Start + 1; k+2 < r.End; k++ {
		t := &d.Tokens[k]
		if t.XPOS != xpNNS || !toVerbs[d.TokenText(int(k))] {
			continue
		}
		if d.TokenText(int(k+1)) != "to" || d.Tokens[k+2].XPOS != xpVB {
			continue
		}
		if p := d.Tokens[k-1].UPOS; p != doc.PROPN {
			continue
		}
		t.XPOS, t.UPOS = xpVBZ, doc.VERB
	}
}

// repairInfinitiveAfterPhrase retags as the infinitive marker and a verb
// a "to" and a noun-or-verb word the tagger read as a preposition and a
// noun, when a verb that takes a to-infinitive comes before them with only
// a phrase between ("agreed with his Ugandan counterpart to exchange
// technology": "exchange" NN, the agreement with no act agreed on) and an
// object follows. The word must be a verb the lemma table knows.
func repairInfinitiveAfterPhrase(d *doc.Doc, r doc.TokRange) {
	for k := r.Start + 2; k+2 < r.End; k++ {
		t, v := &d.Tokens[k], &d.Tokens[k+1]
		if d.TokenText(int(k)) != "to" || t.UPOS != doc.ADP || v.XPOS != xpNN || !objectStart(d.Tokens[k+2].UPOS) {
			continue
		}
		lt, err := lemma.Default()
		if err != nil {
			return
		}
		if w := d.TokenText(int(k + 1)); !lt.Seen(w, xpVB) && !lt.KnownVerb(w) {
			continue
		}
		taker := false
		for j := k - 1; j >= r.Start && j >= k-12; j-- {
			jt := &d.Tokens[j]
			if jt.UPOS == doc.VERB || jt.UPOS == doc.AUX {
				// (with a phrase between: "agreed to exchange rate
				// reforms" is the tagger's to decide)
				taker = j < k-1 && infinitiveTakers[lt.Lemma(d.TokenText(int(j)), jt.UPOS, jt.XPOS)]
				break
			}
			if jt.UPOS == doc.PUNCT && d.TokenText(int(j)) != "," {
				break
			}
		}
		if taker {
			t.UPOS, t.XPOS = doc.PART, xpTO
			v.UPOS, v.XPOS = doc.VERB, xpVB
		}
	}
}

// infinitiveTakers are verbs of intent and appeal whose to-infinitive
// may follow a phrase of their own ("agreed with Uganda to", "urged the
// council on Monday to").
var infinitiveTakers = wordSet(`agree decide plan promise pledge vow refuse offer threaten seek want urge ask call invite encourage press pressure help allow aim hope intend prepare fail undertake`)

// toVerbs are the third-person forms of verbs of intent that news uses
// with a to-infinitive and that are also plural nouns.
var toVerbs = map[string]bool{"plans": true, "hopes": true, "aims": true, "vows": true, "threatens": true,
	"refuses": true, "agrees": true, "offers": true, "promises": true, "pledges": true, "fails": true,
	"tries": true, "decides": true, "prepares": true, "seeks": true, "wants": true, "intends": true,
	"needs": true, "calls": true, "urges": true}

// repairNeverParticiple retags as the past tense (VBD) a verb that has no
// passive and is seldom an adjective, tagged VBN right after a noun with no
// auxiliary before it: "Thai troops remained on alert in case more
// clashes break out", where the tagger reads "remained" as a participle
// modifying "troops" because a later verb is finite.
func repairNeverParticiple(d *doc.Doc, r doc.TokRange) {
	for k := r.Start + 1; k < r.End-1; k++ {
		t := &d.Tokens[k]
		if t.XPOS != xpVBN || !neverParticiple[strings.ToLower(d.TokenText(int(k)))] || !subjectEnd(d.Tokens[k-1].UPOS) {
			continue
		}
		aux := false
		for j := max(r.Start, k-4); j < k; j++ {
			if d.Tokens[j].UPOS == doc.AUX || haveForms[strings.ToLower(d.TokenText(int(j)))] {
				aux = true
			}
		}
		if !aux {
			t.XPOS = xpVBD
		}
	}
}

// neverParticiple: past forms of verbs with no passive and no common
// adjectival participle.
var neverParticiple = map[string]bool{"remained": true, "stayed": true, "stood": true}

var haveForms = map[string]bool{"have": true, "has": true, "had": true, "having": true, "'ve": true, "'d": true}

// repairPresent retags as a present tense the bare or -s form of a verb
// news puts in the present ("US and Gulf allies launch naval drills near
// Yemeni waters.", "Norway and UNICEF hand over 12 ambulances", "The British
// military trains Ukrainian recruits") that the tagger read as a noun of a noun
// phrase that is the whole sentence. Like repairFinite it asks for a
// sentence ending in a full stop with no finite verb (but a closing
// attribution: ", Roberts said."), the candidate right after a noun with
// the start of an object or a particle after it.
func repairPresent(d *doc.Doc, r doc.TokRange) {
	if r.Len() < 4 {
		return
	}
	if last := d.TokenText(int(r.End - 1)); last != "." {
		return
	}
	end := r.End
	for k := r.Start; k < end; k++ {
		switch x := d.Tokens[k].XPOS; {
		case tensed(x) || x == xpMD || d.Tokens[k].UPOS == doc.AUX:
			if k > r.Start+1 && d.TokenText(int(k-2)) == "," && sayForms[d.TokenText(int(k))] {
				end = k - 2 // ", Roberts said."
				continue
			}
			return
		}
	}
	for k := r.Start + 1; k+1 < end; k++ {
		t := &d.Tokens[k]
		if t.UPOS != doc.NOUN || d.Tokens[k-1].UPOS != doc.NOUN && d.Tokens[k-1].UPOS != doc.PROPN &&
			!(d.Tokens[k-1].UPOS == doc.ADJ && strings.EqualFold(d.TokenText(int(k-1)), "military")) {
			continue // (the tagger reads "the US military" as an adjective)
		}
		form := strings.ToLower(d.TokenText(int(k)))
		third := t.XPOS == xpNNS && strings.HasSuffix(form, "s")
		stem := form
		if third {
			stem = strings.TrimSuffix(form, "s")
		} else if t.XPOS != xpNN {
			continue
		}
		if !presentVerbs[stem] {
			continue
		}
		// a plural subject takes the bare form, a singular the -s form
		plural := d.Tokens[k-1].XPOS == xpNNS || d.Tokens[k-1].XPOS == xpNNPS
		for j := r.Start; j < k-1; j++ {
			plural = plural || d.Tokens[j].UPOS == doc.CCONJ // "Norway and UNICEF hand over"
		}
		if third == plural {
			continue
		}
		n := d.Tokens[k+1]
		if !objectStart(n.UPOS) && !(n.UPOS == doc.ADV || n.UPOS == doc.ADP) {
			continue
		}
		if third {
			t.XPOS = xpVBZ
		} else {
			t.XPOS = xpVBP
		}
		t.UPOS = doc.VERB
		return
	}
}

var (
	xpNNPS, _ = doc.ParseXPOS("NNPS")
	xpNNP, _  = doc.ParseXPOS("NNP")
)

// repairMotionVerb retags as the present tense (VBP) a verb of advance
// that is also a noun, read as a noun after the plural subject of a
// subordinate clause and before where it heads: "as Kurdish forces edge
// towards the pocket" had "edge" a noun, and the relative clause after
// "pocket" then took the forces for what shelters the diehards; so
// "account for" ("that Tokyo and its surrounding prefectures account for
// 40 pct": "surrounding" then read as an act of blockade).
func repairMotionVerb(d *doc.Doc, r doc.TokRange) {
	for k := r.Start + 2; k+1 < r.End; k++ {
		t := &d.Tokens[k]
		if t.XPOS != xpNN {
			continue // (before lowercasing, which allocates for a capitalised word)
		}
		w, next := strings.ToLower(d.TokenText(int(k))), strings.ToLower(d.TokenText(int(k+1)))
		if !(motionNouns[w] && headingWords[next] || w == "account" && next == "for") {
			continue
		}
		if p := d.Tokens[k-1].XPOS; p != xpNNS && p != xpNNPS {
			continue
		}
		// the subordinator opening the clause, with no finite verb between
		for j := k - 2; j >= r.Start && j >= k-8; j-- {
			if x := d.Tokens[j].XPOS; tensed(x) || x == xpMD || d.Tokens[j].UPOS == doc.AUX {
				break
			}
			if d.Tokens[j].XPOS == xpIN && clauseOpeners[strings.ToLower(d.TokenText(int(j)))] {
				t.XPOS, t.UPOS = xpVBP, doc.VERB
				break
			}
		}
	}
}

var (
	motionNouns   = wordSet(`edge inch advance push move close press march`)
	headingWords  = wordSet(`towards toward into closer nearer forward on`)
	clauseOpeners = wordSet(`as while when after before since until once because that if whether`)
)

// repairBarePresent retags as the present tense (VBP) a bare verb form
// (VB) right after a plural noun that nothing before it makes an
// infinitive: "Mongolian troops participate in peacekeeping
// operations" had "participate" VB, and the parser then read "in" as a
// subordinator. A modal, "to", "do", or a verb that takes a bare
// infinitive ("let", "make", "help", "see") in the four words before the
// noun leaves it alone ("helped refugees return").
func repairBarePresent(d *doc.Doc, r doc.TokRange) {
	for k := r.Start + 1; k < r.End; k++ {
		t := &d.Tokens[k]
		if t.XPOS != xpVB || t.UPOS != doc.VERB {
			continue
		}
		if p := d.Tokens[k-1].XPOS; p != xpNNS && p != xpNNPS {
			continue
		}
		bare := false
		for j := k - 2; j >= r.Start && j >= k-6; j-- {
			x := d.Tokens[j].XPOS
			if x == xpMD || x == xpTO || lowerIn(bareInfinitiveLicensors, d.TokenText(int(j))) {
				bare = true
				break
			}
		}
		if !bare {
			t.XPOS = xpVBP
		}
	}
}

// bareInfinitiveLicensors take an object and a bare infinitive, or are
// the auxiliary "do".
var bareInfinitiveLicensors = map[string]bool{"let": true, "lets": true, "make": true, "makes": true, "made": true,
	"help": true, "helps": true, "helped": true, "see": true, "saw": true, "seen": true, "watch": true,
	"watched": true, "hear": true, "heard": true, "have": true, "has": true, "had": true, "do": true,
	"does": true, "did": true, "bid": true, "why": true, "not": true, "never": true}

var sayForms = map[string]bool{"said": true, "says": true, "told": true, "added": true, "reported": true}

// presentVerbs are verbs news reports in the present that are also nouns,
// seldom the first part of a compound noun ("arms sales", "aid package",
// "attack helicopters" are left out).
var presentVerbs = map[string]bool{"launch": true, "hand": true, "train": true, "hold": true, "sign": true,
	"ban": true, "raid": true, "vow": true, "pledge": true, "seek": true, "slam": true, "host": true,
	"block": true, "protest": true, "march": true, "rally": true, "warn": true, "threaten": true, "shell": true}

// repairInfinitive retags as a bare verb (VB) a singular noun right after
// the "to" of a verb that takes a to-infinitive and before the start of
// an object, with "to" the infinitive marker: "has decided to ease curfew
// hours" had "to" a preposition and "ease" a noun, so the easing was lost.
// Not after verbs whose "to" is as often a preposition ("agreed to terms",
// "committed to peace").
func repairInfinitive(d *doc.Doc, r doc.TokRange) {
	for k := r.Start + 1; k+2 < r.End; k++ {
		v := &d.Tokens[k-1]
		if d.TokenText(int(k)) != "to" || v.UPOS != doc.VERB || !infinitiveVerbs[lemmaStem(d.TokenText(int(k-1)))] {
			continue
		}
		n := &d.Tokens[k+1]
		if n.XPOS != xpNN || !objectStart(d.Tokens[k+2].UPOS) {
			continue
		}
		d.Tokens[k].XPOS, d.Tokens[k].UPOS = xpTO, doc.PART
		n.XPOS, n.UPOS = xpVB, doc.VERB
	}
}

var xpTO, _ = doc.ParseXPOS("TO")

// repairNameVerb retags as a proper noun a capitalised word inside a name
// that the tagger read as a bare or present verb (VB, VBP), in one of two
// places no such verb stands:
//   - after a capitalised noun and before a past participle, which is then
//     the sentence's verb: "Human Rights Watch criticised Kenya" had "Watch"
//     the root and "criticised" its complement, and no one criticised. A
//     verb in the present is seldom followed by a bare participle ("they
//     watch dubbed films"), except "have", "be" and "get", left alone;
//   - after an "and" that follows a capitalised proper noun, as a name's
//     last word: GATT's long name had its last word, "Trade", read as a
//     verb conjoined to the verb before it, and the body was lost. Verbs
//     joined by "and" follow a verb, not a name.
func repairNameVerb(d *doc.Doc, r doc.TokRange) {
	for k := r.Start + 1; k < r.End; k++ {
		t := &d.Tokens[k]
		if t.XPOS != xpVBP && t.XPOS != xpVB || !titleWord(d.TokenText(int(k))) {
			continue
		}
		if p := &d.Tokens[k-1]; k+1 < r.End && d.Tokens[k+1].XPOS == xpVBN && (p.UPOS == doc.NOUN || p.UPOS == doc.PROPN) &&
			titleWord(d.TokenText(int(k-1))) && !lowerIn(nameVerbAux, d.TokenText(int(k))) {
			t.XPOS, t.UPOS = xpNNP, doc.PROPN
			d.Tokens[k+1].XPOS = xpVBD
			continue
		}
		if k-2 >= r.Start && d.TokenText(int(k-1)) == "and" && d.Tokens[k-2].UPOS == doc.PROPN && titleWord(d.TokenText(int(k-2))) {
			t.XPOS, t.UPOS = xpNNP, doc.PROPN
		}
	}
}

// nameVerbAux take a bare participle after them: "have", "be", "get".
var nameVerbAux = map[string]bool{"have": true, "be": true, "get": true}

// titleWord: word starts with an upper-case ASCII letter and goes on in
// lower case (a name's word, not an acronym).
func titleWord(word string) bool {
	return len(word) > 1 && word[0] >= 'A' && word[0] <= 'Z' && word[1] >= 'a' && word[1] <= 'z'
}

// repairDemonymParticiple retags as an adjective a capitalised word with a
// nationality's ending ("Kenyan", "Ugandan") that the tagger, not knowing
// it, read as a past participle before a noun: "Kenyan jets attacked
// civilians" was parsed with "Kenyan" the root and no one attacking. No
// English participle ends so.
func repairDemonymParticiple(d *doc.Doc, r doc.TokRange) {
	for k := r.Start; k+1 < r.End; k++ {
		t := &d.Tokens[k]
		if t.XPOS != xpVBN || !nominalUPOS(d.Tokens[k+1].UPOS) {
			continue
		}
		w := d.TokenText(int(k))
		if !capitalDemonym(w) || strings.HasSuffix(w, "ed") {
			continue
		}
		t.XPOS, t.UPOS = xpJJ, doc.ADJ
	}
}

// repairPossessedAdjective retags as a noun an adjective right after a
// possessive's "'s" when a verb follows it (over an adverb): it is the
// possessed head and the verb's subject ("the country's military later
// attacked rebels" had "military" an adjective of "rebels", and no one
// attacked). Not before anything else: "the food's okay" has "is".
func repairPossessedAdjective(d *doc.Doc, r doc.TokRange) {
	for k := r.Start + 1; k+1 < r.End; k++ {
		a := &d.Tokens[k]
		if a.XPOS != xpJJ || d.Tokens[k-1].XPOS != xpPOS {
			continue
		}
		v := k + 1
		if d.Tokens[v].UPOS == doc.ADV && v+1 < r.End {
			v++ // "the country's military later attacked"
		}
		if u := d.Tokens[v].UPOS; u == doc.VERB || u == doc.AUX {
			a.XPOS, a.UPOS = xpNN, doc.NOUN
		}
	}
}

// repairHelpInfinitive retags as a bare verb (VB) a singular noun right
// after a form of "help" and ahead of a noun phrase: "help"
// takes a bare infinitive ("Kenya helped track al-Shabaab", "helped
// broker a truce"), which the tagger read as the noun object, so that
// the rebels tracked became the ones helped.
func repairHelpInfinitive(d *doc.Doc, r doc.TokRange) {
	for k := r.Start + 1; k+1 < r.End; k++ {
		n := &d.Tokens[k]
		if n.XPOS != xpNN || d.Tokens[k-1].UPOS != doc.VERB || lemmaStem(d.TokenText(int(k-1))) != "help" {
			continue
		}
		switch d.Tokens[k+1].UPOS {
		case doc.DET, doc.PROPN, doc.PRON, doc.NUM:
			n.XPOS, n.UPOS = xpVB, doc.VERB
		}
	}
}

// lemmaStem is the word without a regular "-ed", "-ing", "-es" or "-s"
// ending, enough to find the few verbs of infinitiveVerbs and
// mandativeVerbs; "" for a capitalised word, which it does not copy to
// lower (the repairs run on every token).
func lemmaStem(w string) string {
	if w != "" && w[0] >= 'A' && w[0] <= 'Z' {
		return "" // a capitalised verb opens a sentence or a name: none of ours, and no copy to lower it
	}
	for _, suf := range [...]string{"ed", "ing", "es", "s"} {
		if s, ok := strings.CutSuffix(w, suf); ok && len(s) > 2 {
			return s // "tried" tri, "carried" carri: a stem, never built
		}
	}
	return w
}

// infinitiveVerbs take a to-infinitive, seldom a to-phrase, as stems
// (lemmaStem of their forms: "decided" decid, "tries" tri).
var infinitiveVerbs = map[string]bool{"decid": true, "decide": true, "plan": true, "plann": true, "want": true,
	"try": true, "tri": true, "refus": true, "refuse": true, "vow": true, "pledg": true, "pledge": true,
	"seek": true, "sought": true, "threaten": true, "promis": true, "promise": true, "hop": true, "hope": true,
	"aim": true, "intend": true, "attempt": true, "fail": true, "offer": true, "begin": true, "began": true,
	"start": true, "need": true, "declin": true, "decline": true, "prepar": true, "prepare": true, "vot": true,
	"vote": true, "move": true, "mov": true, "wish": true}

// repairMandative retags as a bare verb (VB) the word after the subject of
// a that-clause of demand ("demanded that the interior minister resign",
// "insisted that Kyiv withdraw") when the tagger read it as a noun of the
// subject's phrase: a verb-only ending (-ize, -ise, -ify) or a verb such
// clauses ask for (resign, withdraw, apologise, ...). The subject runs
// from "that" over determiners, adjectives, names and nouns.
func repairMandative(d *doc.Doc, r doc.TokRange) {
	for k := r.Start + 1; k+2 < r.End; k++ {
		if !strings.EqualFold(d.TokenText(int(k)), "that") {
			continue
		}
		if prev := d.TokenText(int(k - 1)); !(d.Tokens[k-1].UPOS == doc.VERB && mandativeVerbs[lemmaStem(prev)] ||
			d.Tokens[k-1].UPOS == doc.NOUN && lowerIn(mandativeNouns, prev)) {
			continue // ("repeated its demand that Britain lift tariffs": the noun asks the same)
		}
		d.Tokens[k].UPOS, d.Tokens[k].XPOS = doc.SCONJ, xpIN
		j := k + 1
		nouns := 0
		for ; j < r.End; j++ {
			u := d.Tokens[j].UPOS
			if u == doc.NOUN || u == doc.PROPN {
				nouns++
			} else if u != doc.DET && u != doc.ADJ && !(u == doc.PART && d.TokenText(int(j)) == "'s") {
				break
			}
		}
		if nouns >= 1 && j < r.End && (d.Tokens[j].UPOS == doc.ADV || d.Tokens[j].UPOS == doc.ADJ) && lowerIn(mandatedVerbs, d.TokenText(int(j))) {
			// a verb such clauses ask for, read as an adverb or an adjective
			// right after the subject: "demanded that Museveni appear
			// before the chamber" (appear RB)
			d.Tokens[j].XPOS, d.Tokens[j].UPOS = xpVB, doc.VERB
			continue
		}
		// j is past the phrase; its last noun may be the verb, or a noun
		// right after the subject's noun and before a determiner ("that
		// Erdogan force the withdrawal of ...")
		if nouns < 2 {
			continue
		}
		for w := k + 2; w < j; w++ {
			if d.Tokens[w].XPOS != xpNN && d.Tokens[w].XPOS != xpNNS {
				continue
			}
			if p := d.Tokens[w-1].UPOS; p != doc.NOUN && p != doc.PROPN {
				continue
			}
			form := strings.ToLower(d.TokenText(int(w)))
			if nu := d.Tokens[w+1].UPOS; w != j-1 && nu != doc.DET && nu != doc.PRON && !(mandatedVerbs[form] && objectStart(nu)) {
				continue // (a verb such clauses ask for may take a bare plural: "that the US ease sanctions")
			}
			if mandatedVerbs[form] || verbOnlyEnding(form) {
				d.Tokens[w].XPOS, d.Tokens[w].UPOS = xpVB, doc.VERB
				break
			}
		}
	}
}

// mandativeVerbs (as lemmaStem gives them) take a that-clause in the base
// form.
var mandativeVerbs = map[string]bool{"demand": true, "insist": true, "urg": true, "urge": true, "ask": true,
	"request": true, "requir": true, "require": true, "recommend": true, "propos": true, "propose": true,
	"order": true, "call": true}

// mandativeNouns take a that-clause in the base form.
var mandativeNouns = map[string]bool{"demand": true, "demands": true, "request": true, "requests": true,
	"insistence": true, "call": true, "calls": true, "proposal": true, "recommendation": true}

// mandatedVerbs are what demands ask for, which the tagger may read as
// nouns after a subject.
var mandatedVerbs = map[string]bool{"resign": true, "apologize": true, "apologise": true, "withdraw": true,
	"step": true, "release": true, "return": true, "stop": true, "end": true, "halt": true, "leave": true,
	"pay": true, "explain": true, "appear": true, "comply": true, "cease": true, "free": true,
	"force": true, "ensure": true, "allow": true, "lift": true, "ease": true, "surrender": true,
	"recognise": true, "recognize": true, "respect": true, "implement": true, "guarantee": true, "remove": true}

// verbOnlyEnding: an ending that makes a verb, seldom a noun ("apologize",
// "normalise", "clarify"); not "-wise" nor the nouns that end like verbs.
func verbOnlyEnding(w string) bool {
	switch w {
	case "enterprise", "exercise", "promise", "compromise", "franchise", "premise", "expertise", "merchandise", "demise", "surprise", "disguise", "size", "prize", "seize", "otherwise", "likewise":
		return w == "seize"
	}
	return len(w) > 5 && (strings.HasSuffix(w, "ize") || strings.HasSuffix(w, "ise") || strings.HasSuffix(w, "ify"))
}

// repairDemonymNoun retags as a proper noun a capitalised adjective after
// an article that heads no noun phrase of its own: a nationality standing
// for a person ("A Palestinian stabbed an Israeli", "killed a Palestinian
// near Hebron"), which the tagger reads as an adjective, so that the
// parser took "A" for the sentence's root.
func repairDemonymNoun(d *doc.Doc, r doc.TokRange) {
	for k := r.Start + 1; k < r.End; k++ {
		t := &d.Tokens[k]
		if t.XPOS != xpJJ || d.Tokens[k-1].UPOS != doc.DET {
			continue
		}
		w := d.TokenText(int(k))
		if !capitalDemonym(w) {
			continue
		}
		switch a := d.TokenText(int(k - 1)); a {
		case "a", "an", "A", "An", "another", "Another":
		default:
			continue
		}
		if k+1 < r.End {
			switch d.Tokens[k+1].UPOS {
			case doc.NOUN, doc.PROPN, doc.ADJ, doc.NUM:
				continue // "a Palestinian official", "an Israeli military spokesman"
			}
			if d.TokenText(int(k+1)) == "-" {
				continue // "a Saudi-led strike"
			}
		}
		t.XPOS, t.UPOS = xpNNP, doc.PROPN
	}
}

// repairDemonymSubject retags a nationality that opens a sentence and the
// -s word after it, which the tagger read as a name and its verb, as an
// adjective and a plural noun when a past-tense verb follows: "Kenyan
// nurses called off their strike" (nurses VBZ, the root, "called" its
// complement). The -s word must be one training saw as a plural noun, and
// the verb after it past, so "Erdogan warns banned groups" stays a name
// and a verb.
func repairDemonymSubject(d *doc.Doc, r doc.TokRange) {
	k := r.Start
	for k < r.End && d.Tokens[k].UPOS == doc.PUNCT {
		k++ // an opening quotation mark
	}
	if k+2 >= r.End || d.Tokens[k+1].XPOS != xpVBZ || d.Tokens[k].XPOS != xpNNP && d.Tokens[k].XPOS != xpJJ {
		return
	}
	if w := d.TokenText(int(k)); !capitalDemonym(w) || allCaps(w) {
		return
	}
	lt, err := lemma.Default()
	if err != nil {
		return
	}
	next := &d.Tokens[k+2]
	if next.XPOS != xpVBD && next.XPOS != xpVBN && !(next.XPOS == xpNN && lt.Seen(d.TokenText(int(k+2)), xpVBD)) {
		return
	}
	if !lt.Seen(d.TokenText(int(k+1)), xpNNS) {
		return
	}
	d.Tokens[k].UPOS, d.Tokens[k].XPOS = doc.ADJ, xpJJ
	d.Tokens[k+1].UPOS, d.Tokens[k+1].XPOS = doc.NOUN, xpNNS
	if next.XPOS == xpNN {
		next.UPOS, next.XPOS = doc.VERB, xpVBD
	}
}

// repairAcronym retags as a proper noun a word in capitals that the tagger
// read as a verb for its ending ("USAID provided shelter": USAID VBN, as
// "said"), and the World Health Organization's "WHO" read as a pronoun, in
// a sentence not itself written in capitals (a headline).
func repairAcronym(d *doc.Doc, r doc.TokRange) {
	caps, words := 0, 0
	for k := r.Start; k < r.End; k++ {
		w := d.TokenText(int(k))
		if w == "" || !isLetter(w[0]) {
			continue
		}
		words++
		if allCaps(w) {
			caps++
		}
	}
	if 2*caps >= words {
		return
	}
	for k := r.Start; k < r.End; k++ {
		t := &d.Tokens[k]
		if w := d.TokenText(int(k)); t.UPOS == doc.VERB && len(w) >= 3 && allCaps(w) && !knownVerbForm(w) {
			t.UPOS, t.XPOS = doc.PROPN, xpNNP
		}
		if t.UPOS == doc.PRON && d.TokenText(int(k)) == "WHO" {
			t.UPOS, t.XPOS = doc.PROPN, xpNNP // "the health agency (WHO) warning": the agency, not "who"
		}
	}
	// a name opening the sentence read as an imperative before its verb
	// ("Jordan let free activists": Jordan VB): a capitalised word no one
	// saw as a verb, right before a verb or a word of time and then a
	// verb ("Bahrain today let free ...")
	if k := r.Start; r.Len() > 2 {
		t, w := &d.Tokens[k], d.TokenText(int(k))
		n := k + 1
		if n+1 < r.End && lowerIn(timeWords, d.TokenText(int(n))) {
			n++
		}
		if next := d.Tokens[n].UPOS; t.UPOS == doc.VERB && len(w) >= 3 && w[0] >= 'A' && w[0] <= 'Z' && !allCaps(w) &&
			(next == doc.VERB || next == doc.AUX) && !knownVerbForm(w) {
			t.UPOS, t.XPOS = doc.PROPN, xpNNP
		}
	}
}

// timeWords may stand between a subject and its verb.
var timeWords = map[string]bool{"today": true, "yesterday": true, "tonight": true, "now": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "also": true}

// repairInitialParticiple retags as a past tense (VBD) a past participle
// that follows a sentence-opening noun phrase and comes right before the
// start of another: "Turkey deported a senior Syrian commander ..., officials
// said" had "deported" VBN, a reduced relative of Turkey, and no event. A
// reduced relative with a noun phrase right after it names or gives
// ("an organization named the ...", "officials given the task"): those
// participles are left alone.
func repairInitialParticiple(d *doc.Doc, r doc.TokRange) {
	noun := false
	for k := r.Start; k+1 < r.End; k++ {
		t := &d.Tokens[k]
		switch t.XPOS {
		case xpNNP, xpNNPS, xpNN, xpNNS:
			noun = true
			continue
		case xpDT, xpJJ, xpCD, xpPOS:
			continue
		case xpVBN:
		default:
			return
		}
		w := d.TokenText(int(k))
		if noun && t.UPOS == doc.VERB && lowerIn(phraseStarts, d.TokenText(int(k+1))) && !lowerIn(secondObjectParticiples, w) {
			t.XPOS = xpVBD
		}
		if noun && t.UPOS == doc.VERB && pastOf(reportVerbs, w) && reportedThat(d, r, k) {
			t.XPOS = xpVBD // "Russian media reported on Thursday that ..."
		}
		return
	}
}

// pastOf reports whether w is the regular past of a verb in set
// ("reported", "warned", "noted"); the repairs before the parse run before
// the lemmas are set.
func pastOf(set map[string]bool, w string) bool {
	return len(w) > 3 && (lowerIn(set, strings.TrimSuffix(w, "ed")) || lowerIn(set, strings.TrimSuffix(w, "d")))
}

// reportedThat reports whether a "that" opening a clause follows token k
// right away or after a time ("on Thursday that", "late Monday that").
func reportedThat(d *doc.Doc, r doc.TokRange, k int32) bool {
	j := k + 1
	if j < r.End && d.Tokens[j].UPOS == doc.ADP {
		j++
	}
	if j < r.End && (d.Tokens[j].UPOS == doc.ADJ || d.Tokens[j].UPOS == doc.ADV) {
		j++
	}
	if j < r.End && lowerIn(timeNouns, d.TokenText(int(j))) {
		j++
	} else if j != k+1 {
		return false
	}
	return j < r.End && d.Tokens[j].UPOS == doc.SCONJ && strings.EqualFold(d.TokenText(int(j)), "that")
}

// phraseStarts begin a noun phrase and nothing else.
var phraseStarts = wordSet(`a an the its his her their this these those several`)

// secondObjectParticiples take a noun phrase after them in a reduced
// relative: a second object or a name.
var secondObjectParticiples = wordSet(`named called dubbed titled labelled labeled termed elected appointed made
	given offered awarded granted shown told sent handed denied promised taught paid lent left considered declared
	voted deemed branded crowned`)

// repairUnknownPreposition retags as a present tense (VBP) a word the
// tagger read as a preposition though training never saw it as one, when
// it was seen as a bare verb and a plural noun or a pronoun comes right
// before it: "Regional trade officials applaud the Egyptian
// government's recent decision" had "applaud" IN, and no verb; after a
// singular noun, as the past tense it was seen as ("police beat the
// protesters"). (Words rare in training may take any class rare words
// took, prepositions too.)
func repairUnknownPreposition(d *doc.Doc, r doc.TokRange) {
	for k := r.Start + 1; k < r.End; k++ {
		t := &d.Tokens[k]
		if t.XPOS != xpIN {
			continue
		}
		p := &d.Tokens[k-1]
		if p.XPOS != xpNNS && p.XPOS != xpNNPS && p.XPOS != xpPRP && p.XPOS != xpNN {
			continue
		}
		lt, err := lemma.Default()
		if err != nil {
			return
		}
		w := d.TokenText(int(k))
		if lt.Seen(w, xpIN) {
			continue
		}
		switch {
		case p.XPOS == xpNN:
			// a singular noun before a past tense: "police beat the
			// protesters" (not a present: "police beat" is past or plural)
			if lt.Seen(w, xpVBD) {
				t.UPOS, t.XPOS = doc.VERB, xpVBD
			}
		case lt.Seen(w, xpVB) || lt.Seen(w, xpVBP):
			t.UPOS, t.XPOS = doc.VERB, xpVBP
		}
	}
}

// knownVerbForm: the embedded lemma table saw w as a verb ("NOTE",
// "MOVED": written in capitals for emphasis).
func knownVerbForm(w string) bool {
	t, err := lemma.Default()
	return err == nil && t.KnownVerbForm(w)
}

func isLetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

// allCaps: w is ASCII capitals only, two or more of them.
func allCaps(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// rootAt is the root of r, or -1.
func rootAt(d *doc.Doc, r doc.TokRange) int32 {
	for k := r.Start; k < r.End; k++ {
		if d.Tokens[k].Head < 0 {
			return k
		}
	}
	return -1
}

// clauseVerbs are the verbs that take a finite clause as complement
// ("said the talks failed", "knew Moscow had agreed"): the lemmas with a
// verbal ccomp at least twice in UD_English-EWT train, and the reporting
// verbs of news.
var clauseVerbs = wordSet(`say know think tell believe hope see ask find mean feel guess understand
	state remember figure assume show suggest hear ensure explain note realize realise claim indicate
	confirm wonder decide conclude assure notice inform report imagine determine make learn have argue
	discover admit advise wish announce agree recommend consider prove add keep warn read mention
	suspect expect write demonstrate verify propose promise love pray seem reply doubt insist
	acknowledge suppose take discuss bet reassure do recognize demand represent swear allege be point
	put recall rule convince fear include leave testify observe notify highlight anticipate resolve
	turn predict care thank depend order remind deny reveal declare assert maintain contend stress
	emphasize emphasise reiterate concede estimate vow pledge threaten urge hint caution tweet post
	disclose complain worry signal imply guarantee respond comment boast joke counter accept request
	calculate judge charge accuse protest grant recognise speculate pretend forget agree`)

func wordSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// repairReducedRelative undoes a garden path: a participle after the
// object of a verb that takes no clause, read as the past tense of a
// clause the verb was said to take ("Lebanese authorities have expelled
// six Sudanese refugees registered with the UN agency": "registered" VBD
// with the seekers its subject, a ccomp of "deported", which then had no
// object). The noun becomes the object, the participle its acl.
func repairReducedRelative(d *doc.Doc, r doc.TokRange) {
	for c := r.Start + 2; c < r.End; c++ {
		ct := &d.Tokens[c]
		if ct.XPOS != xpVBD || ct.Dep.Universal() != doc.Ccomp || ct.Head < r.Start || ct.Head >= c {
			continue
		}
		v := ct.Head
		vt := &d.Tokens[v]
		if vt.UPOS != doc.VERB || clauseVerbs[vt.Lemma] {
			continue
		}
		form := d.TokenText(int(c))
		if !edEnding(form) && !lemma.IrregularPast(strings.ToLower(form)) {
			continue
		}
		n := int32(-1)
		ok := true
		for j := r.Start; j < r.End && ok; j++ {
			t := &d.Tokens[j]
			switch {
			case t.Head == v && (t.Dep.Universal() == doc.Obj || t.Dep.Universal() == doc.Iobj):
				ok = false // the verb has its object
			case t.Head != c:
			case t.Dep.Universal() == doc.Nsubj && j > v && (t.UPOS == doc.NOUN || t.UPOS == doc.PROPN):
				n = j
			case t.Dep.Universal() == doc.Nsubj, t.Dep == doc.Mark, t.Dep.Universal() == doc.Aux,
				t.Dep.Universal() == doc.Obj, t.Dep.Universal() == doc.Iobj, t.Dep.Universal() == doc.Ccomp,
				t.Dep.Universal() == doc.Xcomp, t.Dep == doc.Expl:
				ok = false // a clause of its own: "that the talks failed", "it reported losses"
			}
		}
		// the participle right after its noun, or after the noun of its
		// noun's of-phrase ("approved the extradition of an alleged
		// smuggler wanted on charges of ...": the smuggler is wanted)
		last := c - 1
		if !ok || n < 0 || !nominalUPOS(d.Tokens[last].UPOS) {
			continue
		}
		if last != n && (d.Tokens[last].Head != n || d.Tokens[last].Dep.Universal() != doc.Nmod || !hasCaseWord(d, r, last, "of")) {
			continue // (only the of-noun: not "sought refuge in Tanzania since a civil war erupted")
		}
		// the noun's phrase is all there is between the verb and the
		// participle ("began around 1000 BC, when Melanesians travelled")
		for j := v + 1; j < c && ok; j++ {
			ok = j == n || dominates(d, r, n, j)
		}
		if !ok {
			continue
		}
		d.Tokens[n].Head, d.Tokens[n].Dep = v, doc.Obj
		ct.Head, ct.Dep, ct.XPOS = last, doc.Acl, xpVBN
	}
}

// officeParticiples are the participles that name a holder's standing
// before a title ("against visiting Emirati Crown Prince Mohammed bin
// Zayed", "the outgoing Prime Minister"). The treebank tags them VBG, as
// it does every gerund, and the parser then reads a clause ("against
// [visiting the Prince]"), which hides the prince from the preposition.
// mark gives them the adjective's tag for the parse; restore puts the
// treebank's back.
type officeParticiples struct {
	n   int
	tok [4]int32
}

var officeForms = wordSet(`visiting outgoing incoming acting reigning ailing departing retiring sitting ruling`)

var officeTitles = wordSet(`president prime minister premier secretary chancellor king queen prince princess
	emperor pope leader chief general envoy ambassador governor senator foreign defence defense vice crown
	sultan sheikh emir commander mayor head counterpart delegation official officials`)

func (o *officeParticiples) mark(d *doc.Doc, r doc.TokRange) {
	for k := r.Start; k+1 < r.End && o.n < len(o.tok); k++ {
		t := &d.Tokens[k]
		if t.XPOS != xpVBG || !lowerIn(officeForms, d.TokenText(int(k))) {
			continue
		}
		// a capitalised phrase with a title in its first four words
		title := false
		for j := k + 1; j < min(k+5, r.End); j++ {
			w := d.TokenText(int(j))
			if w == "" || w[0] < 'A' || w[0] > 'Z' {
				break
			}
			if lowerIn(officeTitles, w) {
				title = true
				break
			}
		}
		if title {
			t.UPOS, t.XPOS = doc.ADJ, xpJJ
			o.tok[o.n] = k
			o.n++
		}
	}
}

func (o *officeParticiples) restore(d *doc.Doc, s *Stage) {
	for _, k := range o.tok[:o.n] {
		d.Tokens[k].UPOS, d.Tokens[k].XPOS = doc.VERB, xpVBG
		s.relemma(d, k, k+1)
	}
}

// hasCaseWord: token k has a case marker w ("of").
func hasCaseWord(d *doc.Doc, r doc.TokRange, k int32, w string) bool {
	for j := r.Start; j < k; j++ {
		if d.Tokens[j].Head == k && d.Tokens[j].Dep == doc.Case && strings.EqualFold(d.TokenText(int(j)), w) {
			return true
		}
	}
	return false
}

// repairConjoinedClause undoes a parse that read a clause joined by "and"
// as a noun conjoined to the object with a reduced relative ("Turkey
// shelled the town and police arrested him": police a conjunct of town,
// "arrested him" its relative): a participle with an object of its own is
// no reduced relative (but "given", "offered": see secondObjectParticiples),
// so it is the past tense of a clause conjoined to the verb, and the noun
// before it its subject.
func repairConjoinedClause(d *doc.Doc, r doc.TokRange) {
	for c := r.Start + 3; c < r.End; c++ {
		ct := &d.Tokens[c]
		if ct.XPOS != xpVBN || ct.UPOS != doc.VERB || ct.Dep.Universal() != doc.Acl || lowerIn(secondObjectParticiples, d.TokenText(int(c))) {
			continue
		}
		n := c - 1
		nt := &d.Tokens[n]
		if !nominalUPOS(nt.UPOS) && nt.UPOS != doc.PRON || nt.Dep != doc.Conj || ct.Head != n && ct.Head != nt.Head {
			continue
		}
		h := nt.Head // the object the noun was conjoined to
		if h < r.Start || h >= n || d.Tokens[h].Dep.Universal() != doc.Obj {
			continue
		}
		v := d.Tokens[h].Head
		if v < r.Start || v >= h || d.Tokens[v].UPOS != doc.VERB || !hasChildDep(d, r, c, doc.Obj) || hasAuxChild(d, r, c) {
			continue
		}
		cc := int32(-1)
		for j := h + 1; j < n; j++ {
			if d.Tokens[j].Head == n && d.Tokens[j].Dep == doc.Cc && strings.EqualFold(d.TokenText(int(j)), "and") {
				cc = j
			}
		}
		if cc < 0 {
			continue
		}
		ct.Head, ct.Dep, ct.XPOS = v, doc.Conj, xpVBD
		nt.Head, nt.Dep = c, doc.Nsubj
		d.Tokens[cc].Head = c
	}
}

// repairCompanySuffix retags as a proper noun a company's suffix after a
// capitalised word ("Guaranty Trust Co of Boston", "Harlow Corp"), which
// the tagger, trained on text with few companies, may read as a
// preposition or a verb ("Co" IN): the name's last word, not a clause's.
func repairCompanySuffix(d *doc.Doc, r doc.TokRange) {
	for k := r.Start + 1; k < r.End; k++ {
		t := &d.Tokens[k]
		if t.UPOS == doc.PROPN || !companySuffixes[d.TokenText(int(k))] {
			continue
		}
		if w := d.TokenText(int(k - 1)); w == "" || w[0] < 'A' || w[0] > 'Z' {
			continue
		}
		t.XPOS, t.UPOS = xpNNP, doc.PROPN
	}
}

// repairNameNoun retags as a proper noun a capitalised common noun inside
// a name, between a capitalised proper noun and another ("the Tokyo Stock
// Exchange", "the Uganda Securities Exchange"): the tagger, which reads
// "stock" as a noun, would leave the name in pieces and the parser would
// make one piece the subject of the other.
func repairNameNoun(d *doc.Doc, r doc.TokRange) {
	for k := r.Start + 1; k+1 < r.End; k++ {
		t := &d.Tokens[k]
		if t.UPOS != doc.NOUN || d.Tokens[k-1].UPOS != doc.PROPN || d.Tokens[k+1].UPOS != doc.PROPN {
			continue
		}
		if !startsUpper(d.TokenText(int(k-1))) || !startsUpper(d.TokenText(int(k))) || !startsUpper(d.TokenText(int(k+1))) {
			continue
		}
		if lowerIn(officeTitles, d.TokenText(int(k))) || lowerIn(nameTitles, d.TokenText(int(k))) {
			continue // a title before a name stays one: "the AU Managing Director John Ouma"
		}
		if t.XPOS == xpNNS {
			t.XPOS = xpNNPS
		} else {
			t.XPOS = xpNNP
		}
		t.UPOS = doc.PROPN
	}
}

// nameTitles are titles before a person's name that officeTitles lacks.
var nameTitles = wordSet(`director chairman chairwoman spokesman spokeswoman commissioner judge justice
	representative deputy adviser advisor attorney inspector marshal admiral colonel captain sergeant lieutenant`)

// companySuffixes end companies' names, as written (not "co-" or "inc").
var companySuffixes = map[string]bool{"Co": true, "Co.": true, "Corp": true, "Corp.": true, "Inc": true,
	"Inc.": true, "Ltd": true, "Ltd.": true, "Plc": true, "PLC": true, "LLC": true, "Bhd": true, "GmbH": true, "Bancorp": true}

// repairToParticle retags as a bare verb (VB) a singular noun between an
// infinitive's "to" and the particle of a phrasal verb it makes ("asked
// Kenya to hand over the suspects", "refused to hand over the pair": "hand"
// a noun, "to" a preposition, and the handover was lost), when a noun
// phrase follows the particle.
func repairToParticle(d *doc.Doc, r doc.TokRange) {
	for k := r.Start; k+3 < r.End; k++ {
		if !strings.EqualFold(d.TokenText(int(k)), "to") {
			continue
		}
		n, p := &d.Tokens[k+1], &d.Tokens[k+2]
		ps := phrasalParticles[strings.ToLower(d.TokenText(int(k+1)))]
		if n.XPOS != xpNN || ps == "" || !strings.Contains(ps, " "+strings.ToLower(d.TokenText(int(k+2)))+" ") {
			continue
		}
		switch d.Tokens[k+3].UPOS {
		case doc.DET, doc.NOUN, doc.PROPN, doc.NUM, doc.SYM, doc.PRON, doc.ADJ:
		default:
			continue
		}
		d.Tokens[k].XPOS, d.Tokens[k].UPOS = xpTO, doc.PART
		n.XPOS, n.UPOS = xpVB, doc.VERB
		p.XPOS, p.UPOS = xpRP, doc.ADP
	}
}

// repairOverNumber retags as a particle the "over" of "hand over" or "turn
// over" before a number or an amount ("handed over 30 vehicles to the ministry"), which
// the tagger reads as "more than" (an adverb of the number), so that the
// thing handed over was lost with the handover. A form of "hand" or
// "turn" (not the noun) comes right before it.
func repairOverNumber(d *doc.Doc, r doc.TokRange) {
	for k := r.Start + 1; k+1 < r.End; k++ {
		if !strings.EqualFold(d.TokenText(int(k)), "over") || d.Tokens[k+1].XPOS != xpCD && !lowerIn(amountWords, d.TokenText(int(k+1))) {
			continue
		}
		v := &d.Tokens[k-1]
		if v.UPOS != doc.VERB {
			continue
		}
		if lowerIn(handOverVerbs, d.TokenText(int(k-1))) {
			d.Tokens[k].XPOS, d.Tokens[k].UPOS = xpRP, doc.ADP
		}
	}
}

// handOverVerbs are the forms of "hand" and "turn", whose "over" is a particle.
var handOverVerbs = wordSet(`hand hands handed handing turn turns turned turning`)

// amountWords begin an amount before its number ("more than 500", "$4 million").
var amountWords = map[string]bool{"more": true, "some": true, "about": true, "nearly": true, "almost": true,
	"around": true, "$": true, "€": true, "£": true, "us$": true, "usd": true}

// phrasalParticles are verbs news uses with a particle and an object that
// the tagger may read as nouns after "to", with their particles.
var phrasalParticles = map[string]string{
	"hand": " over back out ", "turn": " over back ", "call": " off ", "set": " up ", "step": " up ",
	"pull": " out back ", "wipe": " out ", "seal": " off ", "cut": " off ", "shut": " down ", "roll": " back ",
	"scale": " back up down ", "phase": " out ", "rule": " out ", "break": " off up ", "hammer": " out ",
	"iron": " out ", "ward": " off ", "stave": " off ", "fend": " off ", "shore": " up ", "ramp": " up ",
	"beef": " up ", "tone": " down ", "water": " down ", "play": " down ", "back": " down off ",
}

// repairOpeningAsked makes a sentence's opening "Asked" the participle it
// is ("Asked whether talks would resume, the minister said ..."): tagged
// past tense, it becomes the root and the question its subject.
func repairOpeningAsked(d *doc.Doc, r doc.TokRange) {
	if t := &d.Tokens[r.Start]; t.XPOS == xpVBD && d.TokenText(int(r.Start)) == "Asked" {
		t.XPOS = xpVBN
	}
}
