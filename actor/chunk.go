package actor

import (
	"dyad/doc"
)

// chunker reads one sentence's noun-phrase chunks: maximal runs of
// determiner, adjectives, nouns, proper nouns and dictionary phrases, such
// as "U.S. Secretary of State Antony Blinken" or "the top U.S. diplomat".
// Inside a chunk, modifiers (nationality, organisation, role nouns) combine
// with what they modify.
type chunker struct {
	r      *Resolver
	d      *doc.Doc
	s      *scratch
	sent   int32
	lo, hi int32 // the sentence's tokens

	// state of the chunk being read
	cs, ce    int32  // chunk tokens
	det       int32  // a definite determiner, or -1
	former    bool   // "former", "ex-": the title is not held now
	country   hit    // pending nationality or country; e.zero when none
	poss      *Entry // the possessor before the chunk: "Russia" in "Russia's foreign minister"

	// the nationality of the last role noun, for a role noun conjoined
	// to it: "government" in "Danish media and government"
	lastMod    *Entry
	lastModEnd int32
	org       hit    // organisation seen in this chunk
	agents    [4]hit
	na        int
	modStart  int32 // first token after the last country/organisation/institution: where the role words start
	countryOf string
}

// chunk reads the chunk starting at token t (h indexes the first hit not
// before t) and returns the token after it.
func (c *chunker) chunk(t int32, h int) int32 {
	d, s := c.d, c.s
	// extent
	e := t
	hh := h
	for e < c.hi {
		if hh < len(s.hits) && s.hits[hh].start == e {
			e = s.hits[hh].end
			hh++
			continue
		}
		tok := &d.Tokens[e]
		if e == t && tok.UPOS == doc.DET {
			e++
			continue
		}
		if isPronoun(s, e) && e > t {
			break
		}
		if inChunk(tok) || c.nameTok(e, e > t && c.nameTok(e-1, false)) {
			e++
			continue
		}
		// "of" inside a capitalised name: "Group of 20" when no entry has it
		if e > t && e+1 < c.hi && foldEq(s.words[e], "of") && isCap(s.words[e-1]) && isCap(s.words[e+1]) &&
			d.Tokens[e+1].UPOS == doc.PROPN {
			e++
			continue
		}
		break
	}
	if e == t { // a lone token that starts no chunk
		return t + 1
	}
	c.cs, c.ce = t, e
	if c.pairDescription(t, e, h) {
		return e
	}
	c.det, c.former, c.na = -1, false, 0
	c.country, c.org = hit{}, hit{}
	c.modStart = t
	c.countryOf = ""
	c.poss = c.possessor(t)
	if c.poss != nil {
		c.countryOf = code3(c.poss.Code)
	}

	for p := t; p < e; {
		if h < len(s.hits) && s.hits[h].start == p {
			x := s.hits[h]
			h++
			p = x.end
			c.entry(x)
			continue
		}
		w := s.words[p]
		tok := &d.Tokens[p]
		switch {
		case tok.UPOS == doc.DET:
			if definites[string(fold(w, &s.buf))] {
				c.det = p
			}
			c.modStart = p + 1
			p++
		case foldEq(w, "former") || foldEq(w, "ex") || foldEq(w, "ex-"):
			c.former = true
			p++
		case c.nameTok(p, p > t && (c.na > 0 && c.agents[c.na-1].end == p)):
			q := p + 1
			for q < e && !c.hitAt(h, q) && c.nameTok(q, true) {
				q++
			}
			// after "of" the run's first words end the title: "Minister of
			// Foreign Affairs Wang Yi" when no entry has the whole title
			if p > t && foldEq(s.words[p-1], "of") && c.na > 0 {
				switch {
				case q-p >= 3:
					p = q - 2
				case q-p == 2:
					p = q - 1
				}
			}
			c.name(p, q, nil)
			p = q
		default:
			p++
		}
	}
	c.flush()
	return e
}

// nameTok reports whether token p can be a word of a name: a capitalised
// proper noun; or, past the start of a sentence (where every word is
// capitalised), a capitalised word that the tagger took for a noun, or for
// a verb or adjective when it follows a title or another name word
// (afterName) or comes before a proper noun ("Ned/VERB Price/NOUN",
// "New/ADJ START").
func (c *chunker) nameTok(p int32, afterName bool) bool {
	w := c.s.words[p]
	if !isCap(w) || len(w) < 2 || calendar[string(fold(w, &c.s.buf))] {
		return false
	}
	switch c.d.Tokens[p].UPOS {
	case doc.PROPN:
		return true
	case doc.NOUN, doc.X:
		return !c.initial(p)
	case doc.VERB, doc.ADJ:
		if c.initial(p) {
			return false
		}
		if afterName {
			return true
		}
		if n := p + 1; n < c.hi && isCap(c.s.words[n]) && len(c.s.words[n]) > 1 {
			switch c.d.Tokens[n].UPOS {
			case doc.PROPN, doc.NOUN:
				return !c.hitAt(c.nextHit(n), n)
			}
		}
	}
	return false
}

// initial reports whether token p starts its sentence, or a quotation or
// bracket in it: a place where any word is capitalised.
func (c *chunker) initial(p int32) bool {
	for q := p - 1; q >= c.lo; q-- {
		switch c.d.Tokens[q].UPOS {
		case doc.PUNCT:
			x := c.d.Tokens[q].XPOS
			if x == xOpenQuote || x == xLRB || c.s.words[q] == "\u201c" {
				return true
			}
			if x == xComma || x == xColon {
				return false
			}
			continue
		}
		return false
	}
	return true
}

func (c *chunker) hitAt(h int, q int32) bool {
	return h < len(c.s.hits) && c.s.hits[h].start == q
}

// pairDescription resolves "the two countries", "both sides" to the last
// conjoined pair: the mention refers back to the pair's later conjunct and
// has no code of its own (one code cannot name two actors).
func (c *chunker) pairDescription(t, e int32, h int) bool {
	s, d := c.s, c.d
	if c.hitAt(h, t) || h < len(s.hits) && s.hits[h].start < e {
		return false
	}
	n := t
	if foldEq(s.words[n], "the") {
		n++
	}
	if n+2 != e || !(foldEq(s.words[n], "two") || foldEq(s.words[n], "both")) {
		return false
	}
	if x := d.Tokens[e-1].XPOS; x != xNNS && x != xNNPS {
		return false
	}
	ante := c.pair()
	if ante < 0 {
		return false
	}
	m := c.mention(t, e, doc.Nominal)
	m.Antecedent = ante
	m.Actor = doc.Actor{Entry: "coref:pair"}
	c.emit(m, minfo{plural: true})
	return true
}

// modifiesAgent reports whether the capital or seat x modifies a role
// noun later in the chunk, with only lower-case words between
// ("Washington security officials").
func (c *chunker) modifiesAgent(x hit) bool {
	k := c.nextHit(x.end)
	if k >= len(c.s.hits) || c.s.hits[k].start >= c.ce || c.s.hits[k].e.Kind != Agent {
		return false
	}
	for t := x.end; t < c.s.hits[k].start; t++ {
		if isCap(c.s.words[t]) {
			return false
		}
	}
	return true
}

// following returns the country, place or organisation in an of-, in- or
// from-phrase right after the chunk ("officials in Washington", "the
// government of Gondor"), or nil.
func (c *chunker) following() *Entry {
	p := c.ce
	if p+1 >= c.hi {
		return nil
	}
	w := c.s.words[p]
	if !foldEq(w, "of") && !foldEq(w, "in") && !foldEq(w, "from") {
		return nil
	}
	p++
	if foldEq(c.s.words[p], "the") {
		p++
	}
	k := c.nextHit(p)
	if k >= len(c.s.hits) || c.s.hits[k].start != p {
		return nil
	}
	switch e := c.s.hits[k].e; e.Kind {
	case CountryNom, Capital, Seat, Org:
		return e
	}
	return nil
}

// conjoinedMod returns the nationality of the role noun this chunk is
// conjoined to ("Danish media and government"), or nil.
func (c *chunker) conjoinedMod() *Entry {
	if c.lastMod == nil || c.lastModEnd >= c.cs {
		return nil
	}
	conj := false
	for t := c.lastModEnd; t < c.cs; t++ {
		switch w := c.s.words[t]; {
		case w == ",", foldEq(w, "and"), foldEq(w, "or"):
			conj = true
		case foldEq(w, "the"):
		default:
			return nil
		}
	}
	if !conj {
		return nil
	}
	return c.lastMod
}

// possessor returns the country, capital, seat or organisation whose
// possessive "'s" comes right before the chunk at t ("Russia's foreign
// minister", "NATO's chief"), or nil.
func (c *chunker) possessor(t int32) *Entry {
	if t-2 < c.lo {
		return nil
	}
	if w := c.s.words[t-1]; w != "'s" && w != "'" && w != "\u2019s" || c.d.Tokens[t-1].UPOS != doc.PART {
		return nil
	}
	k := c.nextHit(t - 2)
	if k >= len(c.s.hits) || c.s.hits[k].end != t-1 {
		return nil
	}
	e := c.s.hits[k].e
	switch e.Kind {
	case CountryNom, Capital, Seat, Org:
		if mi := c.s.tokMention[t-2]; mi < 0 || !c.d.Mentions[mi].Actor.Known() {
			return nil // a place, not an actor: "in Moscow's suburbs"
		}
		return e
	}
	return nil
}

// entry handles a dictionary phrase inside the chunk.
func (c *chunker) entry(x hit) {
	switch x.e.Kind {
	case CountryNom, CountryAdj:
		if c.country.e != nil || c.na > 0 {
			c.flush()
		}
		c.country = x
		c.countryOf = code3(x.e.Code)
		c.modStart = x.end
	case Capital, Seat:
		c.flush()
		if c.modifiesAgent(x) {
			// "Washington officials", "White House security officials"
			c.country = x
			c.countryOf = code3(x.e.Code)
			c.modStart = x.end
			return
		}
		kind := doc.PlaceActor
		if c.locative() {
			kind = doc.Place
		}
		m := c.mention(x.start, x.end, kind)
		if kind == doc.PlaceActor {
			m.Actor = doc.Actor{Code: x.e.Code, Name: x.e.Name, Entry: x.e.Where}
		}
		m.Geo = c.r.geo(x.e)
		c.emit(m, minfo{country: code3(x.e.Code)})
		c.modStart = x.end
	case Org:
		// a nationality that only repeats the organisation's own country
		// ("U.S. State Department") is part of its name, not an actor
		if c.country.e != nil && c.country.end == x.start && c.countryOf == code3(x.e.Code) {
			c.country = hit{}
		}
		c.flush()
		m := c.mention(x.start, x.end, doc.Organization)
		m.Actor = doc.Actor{Code: x.e.Code, Name: x.e.Name, Entry: x.e.Where}
		c.emit(m, minfo{country: code3(x.e.Code), plural: false})
		c.org = x
		c.modStart = x.end
	case Agent:
		if c.na == len(c.agents) {
			copy(c.agents[:], c.agents[1:])
			c.na--
		}
		c.agents[c.na] = x
		c.na++
	case PersonName:
		c.name(x.start, x.end, x.e)
	}
}

// locative reports whether the chunk is the object of a locative
// preposition: "in Washington", "at the Kremlin".
func (c *chunker) locative() bool {
	p := c.cs - 1
	if p < c.lo {
		return false
	}
	tok := &c.d.Tokens[p]
	if tok.UPOS != doc.ADP {
		return false
	}
	return locatives[string(fold(c.s.words[p], &c.s.buf))]
}

// name handles a person's name over [p, q): a dictionary person (e) or an
// unknown capitalised run (e nil), with whatever title precedes it in the
// chunk.
func (c *chunker) name(p, q int32, e *Entry) {
	d, s := c.d, c.s
	// a name that modifies a noun naming a thing is no actor: "New START treaty", "Cold War"
	last := s.words[q-1]
	if e == nil && (thingNouns[string(fold(last, &s.buf))] ||
		q < c.ce && d.Tokens[q].UPOS == doc.NOUN && thingNouns[string(fold(s.words[q], &s.buf))]) {
		c.flush()
		c.emit(c.mention(p, q, doc.Other), minfo{})
		c.modStart = q
		return
	}
	// a name used as a modifier of something else in the chunk ("Blinken aides")
	if e == nil && q < c.ce && !c.hitAt(c.nextHit(q), q) && d.Tokens[q].UPOS == doc.NOUN {
		return
	}
	if e == nil && q < c.ce && c.hitAt(c.nextHit(q), q) && c.s.hits[c.nextHit(q)].e.Kind == Agent {
		return // "Foreign" before "Minister" when the dictionary has only "minister"
	}

	// institutions in the title ("Foreign Ministry" in "Russian Foreign
	// Ministry spokeswoman Maria Zakharova") are organisations of their own
	c.institutions()

	inf := minfo{person: true, gender: Unknown}
	m := c.mention(p, q, doc.Person)
	// the title's code: organisation, else nationality + role
	var title doc.Actor
	if !c.former {
		switch {
		case c.org.e != nil && c.na > 0:
			pe := c.r.pair(ruleTitle, c.org.e, c.agents[c.na-1].e)
			title = doc.Actor{Code: pe.Code, Entry: pe.Where}
		case c.country.e != nil && c.na > 0:
			pe := c.r.pair(ruleTitle, c.country.e, c.agents[c.na-1].e)
			title = doc.Actor{Code: pe.Code, Entry: pe.Where}
		case c.poss != nil && c.na > 0:
			pe := c.r.pair(ruleTitle, c.poss, c.agents[c.na-1].e)
			title = doc.Actor{Code: pe.Code, Entry: pe.Where}
		}
	}
	if c.na > 0 {
		inf.key = c.key(c.modStart, p)
		inf.gender = c.agents[c.na-1].e.Gender
		if inf.gender == Unknown {
			inf.gender = genderedWords[string(fold(s.words[c.agents[c.na-1].end-1], &s.buf))]
		}
	}
	inf.country = c.countryOf
	if c.org.e != nil {
		inf.country = code3(c.org.e.Code)
	}
	name := d.Text(doc.Span{Start: d.Tokens[p].Span.Start, End: d.Tokens[q-1].Span.End})
	switch {
	case e != nil:
		if role := e.RoleOn(c.d.Article.Published); role != nil && role.Code != "" {
			m.Actor = doc.Actor{Code: role.Code, Name: e.Name, Entry: role.Where}
			if role.Where == "" {
				m.Actor.Entry = e.Where
			}
		} else if e.Code != "" {
			m.Actor = doc.Actor{Code: e.Code, Name: e.Name, Entry: e.Where}
		} else if title.Code != "" {
			title.Name = e.Name
			m.Actor = title
		} else {
			m.Actor = doc.Actor{Name: e.Name, Entry: e.Where}
		}
		if e.Gender != Unknown {
			inf.gender = e.Gender
		}
	case title.Code != "":
		title.Name = name
		m.Actor = title
	default:
		// no title: a surname seen before in full ("Blinken" after "Antony Blinken")
		if ante := c.surname(p, q); ante >= 0 {
			a := d.Mentions[ante].Actor
			a.Entry = "coref:surname"
			m.Actor = a
			m.Antecedent = ante
			inf = s.info[ante]
			inf.root = s.info[ante].root
			c.emitLinked(m, inf)
			c.claimTitle(p)
			c.reset(q)
			return
		}
		if q-p == 1 && c.na == 0 {
			m.Kind = doc.UnknownKind
			inf.person = false
		}
	}
	if inf.gender == Unknown {
		inf.gender = firstNames[string(fold(s.words[p], &s.buf))]
	}
	c.emit(m, inf)
	c.claimTitle(p)
	c.reset(q)
}

// claimTitle maps the title tokens before a person's name at p to the
// person, so a parse that makes the title the clause's subject still finds
// the person.
func (c *chunker) claimTitle(p int32) {
	idx := int32(len(c.d.Mentions) - 1)
	for t := c.cs; t < p; t++ {
		if c.s.tokMention[t] < 0 {
			c.s.tokMention[t] = idx
		}
	}
}

// reset clears the title state after a name at [.., q).
func (c *chunker) reset(q int32) {
	c.country, c.org = hit{}, hit{}
	c.poss = nil
	c.na = 0
	c.former = false
	c.det = -1
	c.countryOf = ""
	c.modStart = q
}

func (c *chunker) nextHit(q int32) int {
	hs := c.s.hits
	lo, hi := 0, len(hs)
	for lo < hi {
		m := (lo + hi) / 2
		if hs[m].end <= q {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// institutions emits an organisation for the role nouns of a title that
// are followed by another role noun: nationality + "Foreign Ministry".
func (c *chunker) institutions() {
	if c.na < 2 {
		return
	}
	inst := c.agents[c.na-2]
	start := c.agents[0].start
	if c.country.e != nil && c.country.end == start {
		start = c.country.start
	}
	var pe *Entry
	switch {
	case c.country.e != nil:
		pe = c.r.pair(ruleCompound, c.country.e, inst.e)
	case c.org.e != nil:
		pe = c.r.pair(ruleCompound, c.org.e, inst.e)
	case c.poss != nil:
		pe = c.r.pair(ruleCompound, c.poss, inst.e)
	}
	m := c.mention(start, inst.end, doc.Organization)
	if pe != nil {
		m.Actor = doc.Actor{Code: pe.Code, Name: c.d.Text(m.Span), Entry: pe.Where}
		// the person's code then comes from this organisation
		c.org = hit{e: pe, start: start, end: inst.end}
	}
	c.emit(m, minfo{country: c.countryOf})
	c.agents[0] = c.agents[c.na-1]
	c.na = 1
	c.modStart = inst.end
}

// flush ends the chunk's pending modifiers: a role noun with its
// nationality ("Russian media", "a U.S. official", "the top U.S.
// diplomat"), or a country name on its own.
func (c *chunker) flush() {
	d, s := c.d, c.s
	if c.na > 0 {
		c.institutions()
		ag := c.agents[c.na-1]
		start := ag.start
		if c.country.e != nil && c.country.start < start {
			start = c.country.start
		}
		if c.modStart < start && c.modStart >= c.cs {
			start = min(start, c.modStart)
		}
		plural := ag.e.Plural || d.Tokens[ag.end-1].XPOS == xNNS || d.Tokens[ag.end-1].XPOS == xNNPS
		var code, ev string
		switch {
		case c.org.e != nil:
			code, ev = c.org.e.Code, c.org.e.Where
		case c.country.e != nil:
			pe := c.r.pair(ruleCompound, c.country.e, ag.e)
			code, ev = pe.Code, pe.Where
		case c.poss != nil:
			pe := c.r.pair(ruleCompound, c.poss, ag.e)
			code, ev = pe.Code, pe.Where
		default:
			// "officials in Washington", "the government of Gondor",
			// "Danish media and government"
			mod := c.following()
			if mod == nil {
				mod = c.conjoinedMod()
			}
			if mod != nil {
				pe := c.r.pair(ruleCompound, mod, ag.e)
				code, ev = pe.Code, pe.Where
				c.countryOf = code3(mod.Code)
			}
		}
		if c.country.e != nil {
			c.lastMod, c.lastModEnd = c.country.e, ag.end
		} else if c.poss != nil {
			c.lastMod, c.lastModEnd = c.poss, ag.end
		}
		kind := doc.Group
		if c.det >= 0 && !plural && c.org.e == nil {
			// a definite description: refers back to a person with that role
			m := c.mention(c.det, ag.end, doc.Nominal)
			inf := minfo{plural: plural, country: c.countryOf}
			inf.key = c.key(c.det+1, ag.end)
			if ante := c.description(inf); ante >= 0 {
				a := d.Mentions[ante].Actor
				a.Entry = "coref:description"
				m.Actor = a
				m.Antecedent = ante
				ai := s.info[ante]
				ai.sent, ai.key = c.sent, inf.key
				c.emitLinked(m, ai)
			} else if code != "" {
				m.Actor = doc.Actor{Code: code, Name: d.Text(m.Span), Entry: ev}
				c.emit(m, inf)
			} else if ante := c.orgDescription(ag.e.Code); ante >= 0 {
				// "the news agency" after "Tass"
				a := d.Mentions[ante].Actor
				a.Entry = "coref:description"
				m.Actor = a
				m.Antecedent = ante
				ai := s.info[ante]
				ai.key = inf.key
				c.emitLinked(m, ai)
			}
		} else if code != "" && c.org.e == nil {
			if isCap(s.words[ag.start]) && ag.e.Code == "GOV" {
				kind = doc.Organization
			}
			m := c.mention(start, ag.end, kind)
			m.Actor = doc.Actor{Code: code, Name: d.Text(m.Span), Entry: ev}
			inf := minfo{plural: plural, country: c.countryOf}
			c.emit(m, inf)
		}
		c.country = hit{}
		c.na = 0
	}
	if x := c.country; x.e != nil {
		c.country = hit{}
		last := d.Tokens[x.end-1]
		switch {
		case x.e.Kind == CountryNom:
			m := c.mention(x.start, x.end, doc.Country)
			m.Actor = doc.Actor{Code: x.e.Code, Name: x.e.Name, Entry: x.e.Where}
			c.emit(m, minfo{country: c.countryOf})
		case last.XPOS == xNNS || last.XPOS == xNNPS:
			// a people by its plural demonym: "the Palestinians", "Americans"
			m := c.mention(x.start, x.end, doc.Group)
			m.Actor = doc.Actor{Code: x.e.Code, Name: x.e.Name, Entry: x.e.Where}
			c.emit(m, minfo{country: c.countryOf, plural: true})
		case x.end == c.ce:
			// one of coordinated nationalities sharing a role noun:
			// "Ethiopian" in "Ethiopian, Mozambican and South African troops"
			if ag := c.sharedAgent(x.end); ag != nil {
				pe := c.r.pair(ruleCompound, x.e, ag)
				m := c.mention(x.start, x.end, doc.Group)
				m.Actor = doc.Actor{Code: pe.Code, Name: d.Text(m.Span), Entry: pe.Where}
				c.emit(m, minfo{country: c.countryOf, plural: true})
			}
		}
	}
}

// sharedAgent looks past a nationality that ends a chunk at p for a
// coordination of nationalities ending in a role noun ("Ethiopian,
// Mozambican and South African troops") and returns that role noun's entry.
func (c *chunker) sharedAgent(p int32) *Entry {
	s := c.s
	h := c.nextHit(p)
	for p < c.hi {
		w := s.words[p]
		if w == "," || foldEq(w, "and") || foldEq(w, "or") {
			p++
			continue
		}
		for h < len(s.hits) && s.hits[h].start < p {
			h++
		}
		if h >= len(s.hits) || s.hits[h].start != p || s.hits[h].e.Kind != CountryAdj {
			return nil
		}
		p = s.hits[h].end
		h++
		if h < len(s.hits) && s.hits[h].start == p {
			if s.hits[h].e.Kind == Agent {
				return s.hits[h].e
			}
			return nil
		}
	}
	return nil
}

// key appends the lower-cased words of [p, q) that are not a country or
// organisation to the key buffer and returns their range.
func (c *chunker) key(p, q int32) [2]int32 {
	s := c.s
	start := int32(len(s.keys))
	h := c.nextHit(p)
	for t := p; t < q; t++ {
		for h < len(s.hits) && s.hits[h].end <= t {
			h++
		}
		if h < len(s.hits) && s.hits[h].start <= t {
			switch s.hits[h].e.Kind {
			case CountryNom, CountryAdj, Org, Capital, Seat:
				continue
			}
		}
		if c.d.Tokens[t].UPOS == doc.DET {
			continue
		}
		if int32(len(s.keys)) > start {
			s.keys = append(s.keys, ' ')
		}
		for _, b := range []byte(s.words[t]) {
			if b >= 'A' && b <= 'Z' {
				b += 'a' - 'A'
			}
			s.keys = append(s.keys, b)
		}
	}
	return [2]int32{start, int32(len(s.keys))}
}

// mention returns a mention over tokens [p, q) with its head: the token
// whose head lies outside the range (the last token when there is none).
func (c *chunker) mention(p, q int32, k doc.MentionKind) doc.Mention {
	d := c.d
	head := q - 1
	for t := p; t < q; t++ {
		if hd := d.Tokens[t].Head; hd < p || hd >= q {
			head = t
			break
		}
	}
	return doc.Mention{
		Span:       doc.Span{Start: d.Tokens[p].Span.Start, End: d.Tokens[q-1].Span.End},
		Tokens:     doc.TokRange{Start: p, End: q},
		Head:       head,
		Kind:       k,
		Antecedent: -1,
	}
}

// finish fills the features every mention has: sentence, quotation,
// subjecthood (of the whole chunk: the title may be what the parser made
// the subject) and conjunction.
func (c *chunker) finish(m *doc.Mention, inf *minfo) {
	d := c.d
	inf.sent = c.sent
	inf.quoted = c.s.quoted[m.Head]
	dep := d.Tokens[m.Head].Dep
	for t := c.cs; t < c.ce; t++ {
		if hd := d.Tokens[t].Head; hd < c.cs || hd >= c.ce {
			if m.Tokens.Start >= c.cs && m.Tokens.End <= c.ce && (d.Tokens[t].Dep == doc.Nsubj || d.Tokens[t].Dep == doc.NsubjPass) {
				dep = d.Tokens[t].Dep
			}
			break
		}
	}
	inf.subject = dep == doc.Nsubj || dep == doc.NsubjPass
	inf.conj = d.Tokens[m.Head].Dep == doc.Conj
}

// emit appends a mention that starts a chain of its own.
func (c *chunker) emit(m doc.Mention, inf minfo) {
	c.finish(&m, &inf)
	inf.root = int32(len(c.d.Mentions))
	c.push(m, inf)
}

// emitLinked appends a mention that continues its antecedent's chain
// (inf.root already set).
func (c *chunker) emitLinked(m doc.Mention, inf minfo) {
	c.finish(&m, &inf)
	c.push(m, inf)
}

func (c *chunker) push(m doc.Mention, inf minfo) {
	idx := int32(len(c.d.Mentions))
	c.d.Mentions = append(c.d.Mentions, m)
	c.s.info = append(c.s.info, inf)
	for t := m.Tokens.Start; t < m.Tokens.End; t++ {
		c.s.tokMention[t] = idx
	}
}

var (
	xNNS, _  = doc.ParseXPOS("NNS")
	xNNPS, _ = doc.ParseXPOS("NNPS")

	xOpenQuote, _ = doc.ParseXPOS("``")
	xLRB, _       = doc.ParseXPOS("-LRB-")
	xComma, _     = doc.ParseXPOS(",")
	xColon, _     = doc.ParseXPOS(":")
)

func code3(code string) string {
	if len(code) >= 3 {
		return code[:3]
	}
	return code
}

func isPronoun(s *scratch, t int32) bool {
	_, ok := pronouns[string(fold(s.words[t], &s.buf))]
	return ok
}
