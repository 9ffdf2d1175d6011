package peerlex

import (
	"strings"

	"dyad/doc"
	"dyad/lexicon/peerdict"
)

// The peers choose an event's code by matching a verb's patterns as word
// sequences around the verb ("- * NEW &TIETYPES RELATIONS [903]",
// "- &NEGATVAUXVRB * [904]"). Dependency patterns cannot say that, so a
// coded event's code is chosen again here, the peers' way, with dyad's
// tree bounding where the words may be: after the verb, only words of the
// verb's own phrase (not of a clause of its own); before it, words of the
// sentence before the verb.

// peerEntry is one peer pattern (or a verb alone) of a lemma.
type peerEntry struct {
	toks  []peerdict.PatternToken // nil: the verb alone
	extra []string                // words of a multi-word verb after the verb word ("FOR" of ASK_FOR)
	code  string                  // as written
	word  string                  // the verb word as written, lower case ("left" of LEFT)
	fixed bool                    // the verb matches only as written (TABARI's "BAN=")
}

// PeerMatch is a peer pattern matched at an event.
type PeerMatch struct {
	Code   string // the peer's code as written ("064", "032:033")
	Target int32  // the mention at the pattern's "+", -1 for none
	// Source is the mention at a "$" after the verb ("+ HOSTING * MAY_DAY
	// $": the guest celebrates with the host), or a member of the compound
	// at a "%" ("Mordor with Fornost and Gondor welcomed": Gondor), -1 for
	// none: a "$" before the verb is the verb's subject (in a TABARI
	// dictionary, the actor there: "Mordor et Arnor will be hosting ...").
	Source int32
	Words  int  // literal words the pattern matched: more is more specific
	Before bool // the pattern matched words before the verb (an auxiliary, a negation)
	// Compound: the pattern has "%": before the verb, the subject is
	// several conjoined actors, and the event is between them; after it
	// in a TABARI dictionary ("HAS * WITH %"), the event is between the
	// conjoined actors there (Source and Target are then both the first
	// of them).
	Compound bool
}

// Match chooses, of the peer patterns of the verb at token verb, the one
// that matches the most words, then the most literal words (a word
// written out beats a synonym set's member), then the most actor marks
// ($ + %), then a verb written as the text's own form ("LEFT" for
// "left" over "LEAVE"), then, in a TABARI dictionary, the longer written
// words (the first of equals, in file order); ok is false when none does (a verb without a code of its own
// whose patterns do not match). A verb whose only entries are written to
// match as written ("BAN=") and whose form here differs ("baning") gives
// a match coded "---", ok: no event.
func (v *Verbs) Match(d *doc.Doc, sent doc.TokRange, verb int32) (PeerMatch, bool) {
	if v.byLemma == nil || verb < sent.Start || verb >= sent.End {
		return PeerMatch{}, false
	}
	lemma := strings.ToLower(d.Tokens[verb].Lemma)
	if _, ok := v.byLemma[lemma]; !ok && v.Lex != nil {
		// a lemma the tagger got wrong ("deplor"): the verb whose form
		// the text has, as the coder finds it
		if ids := v.Lex.VerbForm(strings.ToLower(d.TokenText(int(verb)))); len(ids) > 0 {
			lemma = v.Lex.Patterns[ids[0]].Lemma
		}
	}
	m := matcher{v: v, d: d, sent: sent, verb: verb}
	m.phrase = m.phraseTokens()
	best, bestMarks, bestLit, bestSurface, bestChars, found := PeerMatch{Target: -1, Source: -1}, 0, 0, 0, 0, false
	form := m.d.TokenText(int(verb))
	refused := false // a verb written to match only as written ("BAN=") has another form here
	for _, e := range v.byLemma[lemma] {
		if e.fixed && !strings.EqualFold(e.word, form) ||
			!v.whole && e.word != lemma && !hasPrefixFold(form, e.word) {
			// TABARI's verb word matches with its regular endings only:
			// "BANNED" is not "baning", though both have the lemma "ban"
			refused = true
			continue
		}
		if peerCode(e.code) == "" && e.toks == nil {
			continue
		}
		pm, marks, lit, ok := m.match(e)
		if !ok {
			continue
		}
		surface := 0
		if strings.EqualFold(e.word, form) {
			surface = 1 // "LEFT [032:033]" over "LEAVE [012]" for "left"
		}
		chars := 0
		if v.flat {
			chars = literalChars(e.toks)
		}
		if r, br := rank(pm.Words, lit, marks, surface), rank(best.Words, bestLit, bestMarks, bestSurface); found && (r < br || r == br && chars <= bestChars) {
			continue
		}
		best, bestMarks, bestLit, bestSurface, bestChars, found = pm, marks, lit, surface, chars, true
	}
	if found && peerCode(best.Code) == "" && !strings.Contains(best.Code, ":") {
		return best, false // the most specific match codes no event ("[---]")
	}
	if !found && refused {
		// TABARI's "BAN=" takes no regular endings: "baning" is not the
		// verb, and the event its dyad pattern found codes nothing
		return PeerMatch{Code: "---", Target: -1, Source: -1}, true
	}
	return best, found
}

// literalChars is the length of a pattern's written words: of TABARI's
// patterns that match as many words, the longer one wins ("* RESISTANCE
// TO THE INVADING" over "* RESIST {TO THE END | ...}").
func literalChars(toks []peerdict.PatternToken) int {
	n := 0
	for _, t := range toks {
		if t.Kind == peerdict.TokWord {
			n += len(t.Text)
		}
	}
	return n
}

// rank orders matches: words, then literal words, then actor marks, then
// the surface form.
func rank(words, lit, marks, surface int) int {
	return words<<24 | lit<<16 | marks<<8 | surface
}

type matcher struct {
	v      *Verbs
	d      *doc.Doc
	sent   doc.TokRange
	verb   int32
	phrase []int32 // tokens after the verb in its phrase, in order
}

// phraseTokens lists the tokens after the verb that hang below it without
// crossing into a clause of their own, and those of its complement clause
// ("allowed that Mordor isn't a pleasant place"): the peers know no
// clauses and match on to the end of a that-clause. A verb the parser
// hung as a modifier on the noun after it ("promised raids", read as an
// adjective) has that noun and its phrase as its own, as the coder
// reads it.
//
// An auxiliary that is a peer verb (TABARI's SHOULD) heads nothing in the
// tree: its phrase is the verb it helps and that verb's phrase.
func (m *matcher) phraseTokens() []int32 {
	var out []int32
	obj, root := int32(-1), m.verb
	h := m.d.Tokens[m.verb].Head
	switch {
	case m.d.Tokens[m.verb].Dep == doc.Amod && h > m.verb && h < m.sent.End:
		obj = h
	case m.d.Tokens[m.verb].Dep.Universal() == doc.Aux && h > m.verb && h < m.sent.End:
		root = h
	}
	for i := m.verb + 1; i < m.sent.End; i++ {
		if i == root && root != m.verb || InPhrase(m.d, m.sent, root, i) || InComplement(m.d, m.sent, root, i) ||
			obj >= 0 && (i == obj || InPhrase(m.d, m.sent, obj, i)) {
			out = append(out, i)
		}
	}
	return out
}

// InComplement reports whether token i belongs to the verb's complement
// clause (ccomp), in that clause's own phrase or its subject.
func InComplement(d *doc.Doc, sent doc.TokRange, verb, i int32) bool {
	for c := sent.Start; c < sent.End; c++ {
		if d.Tokens[c].Head != verb || d.Tokens[c].Dep.Universal() != doc.Ccomp {
			continue
		}
		if i == c || InPhrase(d, sent, c, i) {
			return true
		}
		// the complement's subject and what hangs below it
		for j, k := i, 0; k < 32 && j >= sent.Start && j < sent.End; k++ {
			h := d.Tokens[j].Head
			if h == c {
				if d.Tokens[j].Dep.Universal() == doc.Nsubj {
					return true
				}
				break
			}
			j = h
		}
	}
	return false
}

// InPhrase reports whether token i hangs below the verb without crossing
// a clause boundary (ccomp, advcl, acl, parataxis, a conjoined predicate,
// the subject): the words a peer pattern may match after the verb. A
// "to" infinitive is part of the phrase whatever its relation ("signed an
// accord to supply X": parsers read it as xcomp, advcl or acl).
func InPhrase(d *doc.Doc, sent doc.TokRange, verb, i int32) bool {
	for k := 0; k < 64 && i >= sent.Start && i < sent.End; k++ {
		h := d.Tokens[i].Head
		dep := d.Tokens[i].Dep.Universal()
		clause := false
		switch dep {
		case doc.Ccomp, doc.Parataxis:
			clause = true
		case doc.Advcl, doc.Acl:
			// a participle modifying a noun ("memos sent by Bree", "roads
			// leading into Mordor") is part of the noun's phrase
			clause = !toInfinitive(d, sent, i) && d.Tokens[i].Dep != doc.Acl
		}
		if h == verb {
			switch dep {
			case doc.Conj, doc.Csubj, doc.Nsubj, doc.Punct:
				return false
			}
			return !clause
		}
		if h < 0 || clause {
			return false
		}
		i = h
	}
	return false
}

// toInfinitive: token i has the marker "to" and no subject of its own
// but one "for" brings ("spoke up for Kenya to host the summit", which the
// peers read as words of the verb's phrase).
func toInfinitive(d *doc.Doc, sent doc.TokRange, i int32) bool {
	to, subj, forAt := false, int32(-1), int32(-1)
	for j := sent.Start; j < sent.End; j++ {
		if d.Tokens[j].Head != i {
			continue
		}
		switch d.Tokens[j].Dep.Universal() {
		case doc.Mark:
			switch w := d.TokenText(int(j)); {
			case strings.EqualFold(w, "to"):
				to = true
			case strings.EqualFold(w, "for") && forAt < 0:
				forAt = j
			}
		case doc.Nsubj:
			if subj < 0 {
				subj = j
			}
		}
	}
	return to && (subj < 0 || forAt >= 0 && forAt < subj)
}

// match matches one entry; marks counts the actor marks it matched, lit
// the literal words (a synonym set's words count in pm.Words, not here).
func (m *matcher) match(e peerEntry) (pm PeerMatch, marks, lit int, matched bool) {
	pm = PeerMatch{Code: e.code, Target: -1, Source: -1}
	// the words of a multi-word verb follow it
	pos := 0
	for _, w := range e.extra {
		k, ok := m.findWord(pos, w, false, false)
		if !ok {
			return pm, marks, lit, false
		}
		pos = k + 1
		pm.Words++
	}
	if e.toks == nil {
		return pm, marks, lit, true
	}
	star := -1
	for i, t := range e.toks {
		if t.Kind == peerdict.TokVerb {
			star = i
			break
		}
	}
	if star < 0 {
		return pm, marks, lit, false
	}
	for _, t := range e.toks {
		if t.Kind == peerdict.TokBar {
			return pm, marks, lit, false // TABARI alternatives are not matched
		}
	}
	// after the verb
	for i := star + 1; i < len(e.toks); i++ {
		t := e.toks[i]
		switch t.Kind {
		case peerdict.TokWord:
			k, ok := m.findWord(pos, t.Text, t.Exact || m.v.flat && joinedAfter(e.toks, i), t.Joined)
			if !ok {
				return pm, marks, lit, false
			}
			pos = k + 1
			pm.Words++
			lit++
		case peerdict.TokSynset:
			k, n, ok := m.findSynset(pos, t.Text, 0)
			if ok && t.Joined && k-n+1 > pos {
				// "NEW_&TIETYPES_RELATIONS": the member right after NEW
				k, n, ok = m.matchSynsetAt(pos, t.Text)
			}
			if !ok {
				return pm, marks, lit, false
			}
			pos = k + 1
			pm.Words += n
		case peerdict.TokSkip:
			if m.v.flat {
				// TABARI's "^" skips the next actor ("* IFTAR AT ^ ^ +":
				// at Osgiliath with the leaders of Gondor in Eriador)
				k, _, ok := m.findMention(pos)
				if !ok {
					return pm, marks, lit, false
				}
				pos = k + 1
				continue
			}
			if pos = m.skipPhrase(pos); pos < 0 {
				return pm, marks, lit, false
			}
		case peerdict.TokTarget, peerdict.TokSource, peerdict.TokCompound:
			k, mi, ok := m.findMention(pos)
			if !ok {
				return pm, marks, lit, false
			}
			if t.Kind == peerdict.TokCompound && m.v.flat {
				// TABARI's "HAS * WITH %": the event is between the
				// conjoined actors after the verb, not the subject's
				// (PETRARCH's "* WITH %" is a compound target)
				if len(Conjoined(m.d, m.sent, mi)) < 2 {
					return pm, marks, lit, false
				}
				pm.Compound = true
				if pm.Source < 0 {
					pm.Source = mi
				}
			}
			marks++
			if t.Kind != peerdict.TokSource && pm.Target < 0 {
				pm.Target = mi
			}
			if t.Kind == peerdict.TokSource && pm.Source < 0 {
				pm.Source = mi
			}
			pos = k + 1
		}
	}
	// before the verb, right to left over the sentence
	at := m.verb
	for i := star - 1; i >= 0; i-- {
		t := e.toks[i]
		switch t.Kind {
		case peerdict.TokWord:
			var k int32
			var ok bool
			exact := t.Exact || m.v.flat && joinedAfter(e.toks, i)
			next := e.toks[i+1]
			if next.Kind == peerdict.TokTilde && i+2 < len(e.toks) {
				// TABARI's "RECENT~_*": the stem joined to what follows
				// ("recently allowed", not "recently did allow")
				next = e.toks[i+2]
			}
			if next.Joined {
				// "IN_*", "MOST_CERTAINLY_&NEG": right before what follows
				if at-1 >= m.sent.Start {
					k, ok = m.wordEndsAt(at-1, t.Text, exact)
				}
			} else {
				k, ok = m.findWordBefore(at, t.Text, exact)
			}
			if !ok {
				return pm, marks, lit, false
			}
			at = k
			pm.Words++
			lit++
			pm.Before = true
		case peerdict.TokSynset:
			k, n, ok := m.findSynsetBefore(at, t.Text, e.toks[i+1].Joined && m.v.strict)
			if !ok {
				return pm, marks, lit, false
			}
			at = k
			pm.Words += n
			pm.Before = true
		case peerdict.TokTarget, peerdict.TokSource:
			k, mi, ok := m.findMentionBefore(at)
			if !ok {
				return pm, marks, lit, false
			}
			if t.Kind == peerdict.TokTarget {
				pm.Target = mi
			}
			if t.Kind == peerdict.TokSource && m.v.flat && pm.Source < 0 {
				// TABARI's "$ HOSTING ^ * TABASKI": the actor there, the
				// nearest before the words, whatever the subject
				pm.Source = mi
			}
			at = k
			marks++
		case peerdict.TokCompound:
			k, mi, ok := m.findMentionBefore(at)
			if !ok || len(Conjoined(m.d, m.sent, mi)) < 2 {
				return pm, marks, lit, false
			}
			pm.Compound, at = true, k
			if pm.Source < 0 {
				// the compound is the actors the event is between, which
				// need not be the verb's subject ("Mordor with Fornost and
				// Gondor welcomed ...")
				pm.Source = mi
			}
			marks++
		}
	}
	return pm, marks, lit, true
}

// joinedAfter: the token after toks[i] is joined to it by "_". In TABARI
// the connector ends the word before it as a trailing "_" does: "FOR_ASYLUM"
// does not match "foreign asylum", "NOTED_WOULD" not "notedown would".
func joinedAfter(toks []peerdict.PatternToken, i int) bool {
	return i+1 < len(toks) && toks[i+1].Joined
}

// Conjoined returns mention mi and the resolved mentions conjoined with it
// in the tree ("Gondor and Osgiliath"), in text order.
func Conjoined(d *doc.Doc, sent doc.TokRange, mi int32) []int32 {
	if mi < 0 || int(mi) >= len(d.Mentions) {
		return nil
	}
	// the first conjunct: climb conj relations
	top := mentionHead(&d.Mentions[mi])
	for k := 0; k < 16 && top >= sent.Start && top < sent.End && d.Tokens[top].Dep.Universal() == doc.Conj; k++ {
		top = d.Tokens[top].Head
	}
	var out []int32
	for j := range d.Mentions {
		mn := &d.Mentions[j]
		if !mn.Actor.Known() || mn.Tokens.Start < sent.Start || mn.Tokens.Start >= sent.End {
			continue
		}
		h := mentionHead(mn)
		for k := 0; k < 16 && h >= sent.Start && h < sent.End; k++ {
			if h == top {
				out = append(out, int32(j))
				break
			}
			if d.Tokens[h].Dep.Universal() != doc.Conj {
				break
			}
			h = d.Tokens[h].Head
		}
	}
	return out
}

func mentionHead(m *doc.Mention) int32 {
	if m.Head < m.Tokens.Start || m.Head >= m.Tokens.End {
		return m.Tokens.End - 1
	}
	return m.Head
}

// wordMatches: the peers' words are stems unless written exact, or
// matched whole (Options.WholeWords).
func (m *matcher) wordMatches(tok int32, w string, exact bool) bool {
	t := m.d.TokenText(int(tok))
	if exact || m.v.whole {
		return strings.EqualFold(t, w)
	}
	return len(t) >= len(w) && strings.EqualFold(t[:len(w)], w)
}

// findWord finds w in the phrase at or after position pos (an index into
// m.phrase); adjacent requires it at pos.
func (m *matcher) findWord(pos int, w string, exact, adjacent bool) (int, bool) {
	for k := pos; k < len(m.phrase); k++ {
		if m.wordMatches(m.phrase[k], w, exact) {
			return k, true
		}
		if adjacent {
			break
		}
	}
	return 0, false
}

// findSynset finds a member of the set at or after pos; a member's words
// must follow one another. It returns the position of the member's last
// word and how many literal words it has.
func (m *matcher) findSynset(pos int, name string, depth int) (int, int, bool) {
	s := m.v.synsets[name]
	if s == nil || depth > 8 {
		return 0, 0, false
	}
	bestEnd, bestN, found := 0, 0, false
	for _, mem := range s.Members {
		for start := pos; start < len(m.phrase); start++ {
			k, n, ok := m.matchSeq(start, mem.Tokens, depth)
			if ok && (!found || k < bestEnd || k == bestEnd && n > bestN) {
				bestEnd, bestN, found = k, n, true
			}
			if ok {
				break
			}
		}
	}
	return bestEnd, bestN, found
}

// matchSynsetAt matches a member of the set starting exactly at pos (the
// longest), for a set joined by "_" to the word before it.
func (m *matcher) matchSynsetAt(pos int, name string) (int, int, bool) {
	s := m.v.synsets[name]
	if s == nil || pos >= len(m.phrase) {
		return 0, 0, false
	}
	bestEnd, bestN, found := 0, 0, false
	for _, mem := range s.Members {
		if k, n, ok := m.matchSeq(pos, mem.Tokens, 0); ok && (!found || n > bestN) {
			bestEnd, bestN, found = k, n, true
		}
	}
	return bestEnd, bestN, found
}

// matchSeq matches a synonym-set member's tokens starting exactly at pos.
func (m *matcher) matchSeq(pos int, toks []peerdict.PatternToken, depth int) (int, int, bool) {
	n, last := 0, pos-1
	for ti, t := range toks {
		switch t.Kind {
		case peerdict.TokWord:
			// the first word at pos; then "_" joins (adjacent) and a space
			// lets other words come between ("AUSTRIAN FLORIN" in
			// "Austrian gold florin"), as TABARI reads members
			k := last + 1
			if ti == 0 || t.Joined {
				if k >= len(m.phrase) || !m.wordMatches(m.phrase[k], t.Text, t.Exact) {
					return 0, 0, false
				}
			} else {
				for k < len(m.phrase) && !m.wordMatches(m.phrase[k], t.Text, t.Exact) {
					k++
				}
				if k >= len(m.phrase) {
					return 0, 0, false
				}
			}
			last = k
			n++
		case peerdict.TokSynset:
			k, c, ok := m.findSynset(last+1, t.Text, depth+1)
			if !ok || k != last+1 && c == 1 {
				return 0, 0, false
			}
			last, n = k, n+c
		default:
			return 0, 0, false
		}
	}
	return last, n, n > 0
}

// skipPhrase is a pattern's "^": it skips the noun phrase at pos (an
// actor's words, or a noun with the words before it), with the
// preposition in front of it ("with the parliament"), and returns the
// position after it; -1 when the phrase has ended.
func (m *matcher) skipPhrase(pos int) int {
	if pos >= len(m.phrase) {
		return -1
	}
	if m.d.Tokens[m.phrase[pos]].Dep.Universal() == doc.Case && pos+1 < len(m.phrase) {
		pos++
	}
	x := m.phrase[pos]
	end := x + 1
	if mi := m.mentionAt(x); mi >= 0 {
		end = m.d.Mentions[mi].Tokens.End
	}
	// a determiner, adjective or modifier noun: up to the noun it modifies
	for k := 0; k < 8 && x >= m.sent.Start && x < m.sent.End; k++ {
		switch m.d.Tokens[x].Dep.Universal() {
		case doc.Det, doc.Amod, doc.Compound, doc.Nummod, doc.NmodPoss:
			if h := m.d.Tokens[x].Head; h > x {
				x = h
				continue
			}
		}
		break
	}
	end = max(end, x+1)
	for pos < len(m.phrase) && m.phrase[pos] < end {
		pos++
	}
	return pos
}

// findMention finds the next actor mention starting at or after pos.
func (m *matcher) findMention(pos int) (int, int32, bool) {
	for k := pos; k < len(m.phrase); k++ {
		if mi := m.mentionAt(m.phrase[k]); mi >= 0 {
			// move to the mention's last token in the phrase
			end := m.d.Mentions[mi].Tokens.End
			for k+1 < len(m.phrase) && m.phrase[k+1] < end {
				k++
			}
			return k, mi, true
		}
	}
	return 0, -1, false
}

// mentionAt is the resolved mention starting at token i, -1 for none.
func (m *matcher) mentionAt(i int32) int32 {
	for mi := range m.d.Mentions {
		mn := &m.d.Mentions[mi]
		if mn.Tokens.Start == i && mn.Actor.Known() {
			return int32(mi)
		}
	}
	return -1
}

func (m *matcher) findWordBefore(at int32, w string, exact bool) (int32, bool) {
	for k := at - 1; k >= m.sent.Start; k-- {
		if start, ok := m.wordEndsAt(k, w, exact); ok {
			return start, true
		}
	}
	return 0, false
}

// wordEndsAt matches the peer word w against the token that ends at k, or
// against a run of tokens written without space between them that ends at
// k: the peers' "DIDN'T" is dyad's "did" + "n't". It returns the first
// token of the match.
func (m *matcher) wordEndsAt(k int32, w string, exact bool) (int32, bool) {
	if m.wordMatches(k, w, exact) {
		return k, true
	}
	if !strings.ContainsAny(w, "'-.") {
		return 0, false
	}
	run := m.d.TokenText(int(k))
	for j := k - 1; j >= m.sent.Start && len(run) < len(w) && m.d.Tokens[j].Span.End == m.d.Tokens[j+1].Span.Start; j-- {
		run = m.d.TokenText(int(j)) + run
		if strings.EqualFold(run, w) {
			return j, true
		}
	}
	return 0, false
}

// findSynsetBefore finds a one-word or multi-word member ending before at.
// With adjacent, the member must end right before at ("&NEG_EVER").
func (m *matcher) findSynsetBefore(at int32, name string, adjacent bool) (int32, int, bool) {
	s := m.v.synsets[name]
	if s == nil {
		return 0, 0, false
	}
	for k := at - 1; k >= m.sent.Start && (!adjacent || k == at-1); k-- {
		for _, mem := range s.Members {
			// the member's words end at k
			n := 0
			ok := true
			j := k
			for ti := len(mem.Tokens) - 1; ti >= 0; ti-- {
				t := mem.Tokens[ti]
				if t.Kind != peerdict.TokWord || j < m.sent.Start {
					ok = false
					break
				}
				start, match := m.wordEndsAt(j, t.Text, t.Exact)
				if !match {
					ok = false
					break
				}
				j = start - 1
				n++
			}
			if ok && n > 0 {
				return j + 1, n, true
			}
		}
	}
	return 0, 0, false
}

func (m *matcher) findMentionBefore(at int32) (int32, int32, bool) {
	for k := at - 1; k >= m.sent.Start; k-- {
		for mi := range m.d.Mentions {
			mn := &m.d.Mentions[mi]
			if mn.Tokens.End-1 == k && mn.Actor.Known() {
				return mn.Tokens.Start, int32(mi), true
			}
		}
	}
	return 0, -1, false
}

// hasPrefixFold reports whether s begins with prefix, ignoring case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}
