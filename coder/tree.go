package coder

import (
	"slices"
	"strings"

	"dyad/doc"
)

// tree is the per-document index the coder works on: children of every
// token (CSR layout, no per-token heap object), the mention under each
// token, the quote around each token, and per-token marks. It is reused
// across documents through a pool; views index Doc slices and own nothing.
type tree struct {
	d        *doc.Doc
	kidStart []int32 // token i's children are kids[kidStart[i]:kidStart[i+1]]
	kids     []int32
	mention  []int32 // token → mention index; -1 for none
	quote    []int32 // token → quote index; -1 outside quotes
	visited  []bool
	consumed []bool  // part of a pattern already coded (an object noun, a frame complement)
	sent     []int32 // token → sentence index
	parts    []part  // scratch for participants
	arena    []part  // participant lists handed out during one document
	posBuf   []int32
	lem      []string // lower-cased lemmas, filled on first use
	low      []string // lower-cased forms, filled on first use
	lowText  string   // the article text lower-cased, when that keeps every offset
}

// part is one resolved participant candidate.
type part struct {
	tok     int32
	mention int32
	actor   doc.Actor
	// phrase is set for a target no dictionary names ("arrested a
	// 95-year-old man", "charged Britta Nielsen"): the event keeps the
	// text that names it, with no actor code
	phrase doc.Span
}

func (t *tree) reset(d *doc.Doc) {
	n := len(d.Tokens)
	t.d = d
	t.kidStart = grow(t.kidStart, n+1)
	t.kids = grow(t.kids, n)
	t.mention = grow(t.mention, n)
	t.quote = grow(t.quote, n)
	t.sent = grow(t.sent, n)
	if cap(t.visited) < n {
		t.visited = make([]bool, n)
		t.consumed = make([]bool, n)
	}
	t.visited, t.consumed = t.visited[:n], t.consumed[:n]
	if cap(t.lem) < n {
		t.lem = make([]string, n)
	}
	t.lem = t.lem[:n]
	clear(t.lem)
	if cap(t.low) < n {
		t.low = make([]string, n)
	}
	t.low = t.low[:n]
	clear(t.low)
	t.lowText = strings.ToLower(d.Article.Text)
	if len(t.lowText) != len(d.Article.Text) {
		t.lowText = "" // some letter changed its byte length: lower token by token
	}
	t.arena = t.arena[:0]
	for i := range t.visited {
		t.visited[i], t.consumed[i] = false, false
		t.mention[i], t.quote[i], t.sent[i] = -1, -1, -1
	}
	for si, s := range d.Sentences {
		for i := max(s.Tokens.Start, 0); i < s.Tokens.End && int(i) < n; i++ {
			t.sent[i] = int32(si)
		}
	}
	// Children, counted then placed (heads outside the sentence are roots).
	for i := range t.kidStart {
		t.kidStart[i] = 0
	}
	for i := 0; i < n; i++ {
		if h := t.head(int32(i)); h >= 0 {
			t.kidStart[h+1]++
		}
	}
	for i := 1; i <= n; i++ {
		t.kidStart[i] += t.kidStart[i-1]
	}
	fill := t.kids[:0]
	fill = fill[:t.kidStart[n]]
	pos := t.pos(n)
	for i := 0; i < n; i++ {
		if h := t.head(int32(i)); h >= 0 {
			fill[pos[h]] = int32(i)
			pos[h]++
		}
	}
	t.kids = fill
	// Mentions: each token points at the innermost mention covering it;
	// an owner ("Ukrainian" in "the Ukrainian tanker") is no actor and
	// only ownedBy reads it.
	for mi, m := range d.Mentions {
		if m.Kind == doc.Owner {
			continue
		}
		r := m.Tokens
		if r.Len() <= 0 {
			r = tokensOf(d, m.Span)
		}
		for i := max(r.Start, 0); i < r.End && int(i) < n; i++ {
			if cur := t.mention[i]; cur < 0 || d.Mentions[cur].Span.Len() > m.Span.Len() {
				t.mention[i] = int32(mi)
			}
		}
	}
}

// pos returns a scratch copy of kidStart to place children with.
func (t *tree) pos(n int) []int32 {
	t.posBuf = grow(t.posBuf, n)
	copy(t.posBuf, t.kidStart[:n])
	return t.posBuf
}

// tokensOf finds the tokens a span covers, by binary search on token starts.
func tokensOf(d *doc.Doc, s doc.Span) doc.TokRange {
	lo, hi := 0, len(d.Tokens)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Tokens[m].Span.End <= s.Start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	end := lo
	for end < len(d.Tokens) && d.Tokens[end].Span.Start < s.End {
		end++
	}
	return doc.TokRange{Start: int32(lo), End: int32(end)}
}

func grow(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n)
	}
	return s[:n]
}

// head is token i's head, or -1 when it is a root or its head lies outside
// its sentence (a cut or malformed parse).
func (t *tree) head(i int32) int32 {
	h := t.d.Tokens[i].Head
	if h < 0 || int(h) >= len(t.d.Tokens) || h == i {
		return -1
	}
	if t.sent != nil && len(t.sent) > int(h) && t.sent[h] != t.sent[i] {
		return -1
	}
	if dep := t.d.Tokens[i].Dep; dep == doc.Nsubj || dep == doc.NsubjPass {
		// a subject the parser hung on an auxiliary ("Pakistan has refused"
		// with "Pakistan" under "has") belongs to the auxiliary's predicate;
		// a word the parser attached as an auxiliary is one, whatever its
		// tag ("has" tagged VERB)
		if hd := t.d.Tokens[h].Dep; (t.d.Tokens[h].UPOS == doc.AUX || t.d.Tokens[h].UPOS == doc.VERB) && (hd == doc.Aux || hd == doc.AuxPass) {
			if hh := t.d.Tokens[h].Head; hh >= 0 && int(hh) < len(t.d.Tokens) && hh != h && hh != i &&
				(t.sent == nil || len(t.sent) <= int(hh) || t.sent[hh] == t.sent[i]) {
				return hh
			}
		}
	}
	return h
}

func (t *tree) children(i int32) []int32 { return t.kids[t.kidStart[i]:t.kidStart[i+1]] }

// lemma is token i's lemma in lower case, its lower-cased form when the
// tagger gave none.
func (t *tree) lemma(i int32) string {
	if l := t.lem[i]; l != "" {
		return l
	}
	tok := &t.d.Tokens[i]
	l := tok.Lemma
	if l == "" || l == "_" || l == t.d.Text(tok.Span) {
		l = t.form(i)
	} else {
		l = lower(l)
	}
	t.lem[i] = l
	return l
}

// form is token i's text in lower case.
func (t *tree) form(i int32) string {
	if l := t.low[i]; l != "" {
		return l
	}
	sp := t.d.Tokens[i].Span
	var l string
	if t.lowText != "" && sp.Start >= 0 && sp.Start <= sp.End && int(sp.End) <= len(t.lowText) {
		l = t.lowText[sp.Start:sp.End]
	} else {
		l = lower(t.d.Text(sp))
	}
	t.low[i] = l
	return l
}

// lower is strings.ToLower without an allocation for ASCII lower-case input.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

// child returns i's first child with relation r (compared with subtypes), or -1.
func (t *tree) child(i int32, r doc.DepRel) int32 {
	for _, c := range t.children(i) {
		if t.d.Tokens[c].Dep == r {
			return c
		}
	}
	return -1
}

// obj is i's direct object: of two the parse gave it, the first after
// it, as English puts objects ("A United Nations judge has indicted a
// former governor" with "Nations" an object too); -1 for none.
func (t *tree) obj(i int32) int32 {
	first := int32(-1)
	for _, c := range t.children(i) {
		if t.d.Tokens[c].Dep != doc.Obj {
			continue
		}
		if c > i {
			return c
		}
		if first < 0 {
			first = c
		}
	}
	return first
}

// caseOf is the lemma of i's case marker ("with" in "with Lavrov"), or "".
func (t *tree) caseOf(i int32) string {
	for _, c := range t.children(i) {
		if t.d.Tokens[c].Dep == doc.Case {
			for _, f := range t.children(c) {
				// "in case of renewed clashes", "in spite of": no place
				if l := t.lemma(f); t.d.Tokens[f].Dep == doc.Fixed && fixedNotPlace[l] {
					return l
				}
			}
			return caseLemma(t.lemma(c))
		}
	}
	// a marker the parser hung on the phrase's first modifier: "to about
	// one million refugees" with "to" under "million"
	for _, c := range t.children(i) {
		if c > i {
			break
		}
		switch t.d.Tokens[c].Dep {
		case doc.Nummod, doc.Amod, doc.Det, doc.Compound, doc.NmodDesc:
			// (and a name's first word: "by Boko Haram" with "by" under
			// "Boko"; a title before a name: "on President Ruto" with "on"
			// under "President")
			for _, g := range t.children(c) {
				if t.d.Tokens[g].Dep == doc.Case && g < c {
					return caseLemma(t.lemma(g))
				}
			}
		}
		break // only the first child can carry the phrase's marker
	}
	return ""
}

// caseLemma reads "upon" as "on" ("called upon Kampala to", "an attack
// upon the convoy"), so that patterns and rules name one marker.
func caseLemma(l string) string {
	if l == "upon" {
		return "on"
	}
	return l
}

// fixedNotPlace: nouns of multiword prepositions opened by in or on that
// say why or how, not where ("in case of", "in spite of", "in terms of",
// "in addition to", "on behalf of"): caseOf gives the noun, not "in".
var fixedNotPlace = map[string]bool{"case": true, "spite": true, "terms": true, "addition": true,
	"lieu": true, "view": true, "light": true, "behalf": true, "place": true}

// topBetween is the top of token k's phrase among the words between lo
// and hi: k's highest head that still lies between them.
func (t *tree) topBetween(k, lo, hi int32) int32 {
	for h := t.head(k); h > lo && h < hi; h = t.head(k) {
		k = h
	}
	return k
}

// hasChildLemma reports whether i has a child with relation r (universal
// part compared) and one of the lemmas.
func (t *tree) hasChildLemma(i int32, r doc.DepRel, lemmas ...string) bool {
	for _, c := range t.children(i) {
		if t.d.Tokens[c].Dep.Universal() != r {
			continue
		}
		l := t.lemma(c)
		for _, w := range lemmas {
			if l == w {
				return true
			}
		}
	}
	return false
}

// conjuncts appends i and the tokens conjoined to it ("China and Russia").
// A conjunct the parser hangs on another word of i's name ("between
// Minas Tirith and Osgiliath" with "and Osgiliath" under "Tirith") counts,
// and so does a list the parser reads as appositions (listAppos).
// negatedConjunct reports whether conjunct c is set apart by a negation
// before it ("Moscow, not Assad", "the army and not the police"): it
// takes no part in what its head does.
func (t *tree) negatedConjunct(c int32) bool {
	for _, k := range t.children(c) {
		if k > c {
			break
		}
		if t.d.Tokens[k].Dep.Universal() == doc.Advmod && t.lemma(k) == "not" {
			return true
		}
	}
	return false
}

func (t *tree) conjuncts(dst []int32, i int32) []int32 {
	dst = append(dst, i)
	for depth := 0; depth < 16; depth++ {
		next := int32(-1)
		mi := t.mention[i]
		lo, hi := i, i+1
		if mi >= 0 {
			if r := t.d.Mentions[mi].Tokens; r.Start <= i && i < r.End {
				lo, hi = r.Start, r.End
			}
		}
		for h := lo; h < hi; h++ {
			if h != i && (t.mention[h] != mi || t.d.Tokens[h].Head < lo || t.d.Tokens[h].Head >= hi) {
				continue // another word of the name, inside it
			}
			for _, c := range t.children(h) {
				if c >= lo && c < hi {
					continue // inside the same name: "Japan International Cooperation Agency" with "Agency" a conjunct of "Japan"
				}
				switch t.d.Tokens[c].Dep {
				case doc.Conj:
					if !isNominal(t.d.Tokens[c].UPOS) && t.mention[c] < 0 {
						continue // (a nationality with a mention may be one: "Indian and the French armies")
					}
					if t.negatedConjunct(c) {
						continue // "backed by Cairo, not by Haftar"
					}
					if reactionCase[t.caseOf(c)] {
						continue // a clause's time the parse joined on: "from the hills, after two were seized"
					}
				case doc.Appos:
					if !t.listAppos(h, c) {
						continue
					}
				default:
					continue
				}
				dst = append(dst, c)
				next = c
			}
		}
		if next < 0 {
			break
		}
		i = next
	}
	return dst
}

// listAppos reports whether appositive c of h is a list member the
// parser took for an apposition ("Mordor, the Shire, Fornost and Bree"):
// both name actors (not role nouns or descriptions) with different codes,
// and the appositive's own chain ends in a conjunct joined by "and" or
// "or". A true apposition renames its head ("Lavrov, Russia's foreign
// minister") and codes the same actor or none.
func (t *tree) listAppos(h, c int32) bool {
	d := t.d
	named := func(i int32) (string, bool) {
		mi := t.mention[i]
		if mi < 0 {
			return "", false
		}
		m := &d.Mentions[mi]
		switch m.Kind {
		case doc.Group, doc.Nominal, doc.Pronoun, doc.Person:
			return "", false
		}
		return m.Actor.Code, m.Actor.Known()
	}
	a, ok1 := named(h)
	b, ok2 := named(c)
	if !ok1 || !ok2 || a == b || c < h || t.mention[h] == t.mention[c] {
		return false
	}
	// the list's last member hung elsewhere: "Mordor, the awful Fornost,
	// and good Gondor welcomed" with "Gondor" a second subject
	// or the rest of the list: "Mordor, the Shire, Fornost and Bree
	// welcomed" with "Fornost and Bree" a second subject
	end := d.Mentions[t.mention[c]].Tokens.End
	if int(end)+1 < len(d.Tokens) && t.form(end) == "," {
		x, cc := end+1, d.Tokens[end+1].UPOS == doc.CCONJ
		if cc {
			x++
		}
		for ; int(x) < len(d.Tokens) && x < end+5 && t.sent[x] == t.sent[c]; x++ {
			if _, ok := named(x); ok {
				if cc {
					return t.lemma(end+1) == "and" || t.lemma(end+1) == "or"
				}
				for _, k := range t.children(x) {
					if d.Tokens[k].Dep == doc.Conj && t.hasChildLemma(k, doc.Cc, "and", "or") {
						if _, ok := named(k); ok {
							return true
						}
					}
				}
				break
			}
			if u := d.Tokens[x].UPOS; u != doc.DET && u != doc.ADJ {
				break
			}
		}
	}
	for k, i := 0, c; k < 8; k++ {
		next := int32(-1)
		for _, x := range t.children(i) {
			switch d.Tokens[x].Dep {
			case doc.Conj:
				if _, ok := named(x); ok && t.hasChildLemma(x, doc.Cc, "and", "or") {
					return true
				}
			case doc.Appos:
				if _, ok := named(x); ok {
					next = x
				}
			}
		}
		if next < 0 {
			return false
		}
		i = next
	}
	return false
}

func isNominal(p doc.UPOS) bool {
	return p == doc.NOUN || p == doc.PROPN || p == doc.PRON || p == doc.NUM || p == doc.X
}

// is reports whether token i's lemma or lower-cased form is one of list
// (dictionaries list "talks" and "sanctions" as well as their lemmas).
func (t *tree) is(i int32, list []string) bool {
	if slices.Contains(list, t.lemma(i)) || slices.Contains(list, t.form(i)) {
		return true
	}
	if joined, glued, ok := t.hyphenated(i); ok {
		return slices.Contains(list, joined) || slices.Contains(list, glued)
	}
	if dep := t.d.Tokens[max(i-1, 0)].Dep; i > 0 && t.head(i-1) == i && (dep == doc.Compound || dep == doc.Amod) {
		// a hyphenated entry written as two words: "hunger strike" for
		// "hunger-strike"
		for _, w := range list {
			if k := strings.IndexByte(w, '-'); k > 0 && w[k+1:] == t.lemma(i) && w[:k] == t.lemma(i-1) {
				return true
			}
		}
	}
	return false
}

// hyphenated reads token i as the end of a word the tokeniser split at a
// hyphen ("cease-fire" as cease, -, fire): the word with its hyphen and
// without ("cease-fire", "ceasefire"), its last part lemmatised.
func (t *tree) hyphenated(i int32) (joined, glued string, ok bool) {
	if i < 2 || t.sent[i-2] != t.sent[i] {
		return "", "", false
	}
	toks := t.d.Tokens
	if toks[i-1].Span.End-toks[i-1].Span.Start != 1 || t.d.Article.Text[toks[i-1].Span.Start] != '-' ||
		toks[i-2].Span.End != toks[i-1].Span.Start || toks[i-1].Span.End != toks[i].Span.Start {
		return "", "", false
	}
	first, last := t.form(i-2), t.lemma(i)
	return first + "-" + last, first + last, true
}

// possessiveS: f is the possessive clitic as the tokeniser splits it, with
// a straight or curly apostrophe, an acute accent or a modifier letter
// apostrophe ("'s", "’s", "´s", "ʼs").
func possessiveS(f string) bool {
	switch f {
	case "'s", "\u2019s", "\u00b4s", "\u02bcs":
		return true
	}
	return false
}
