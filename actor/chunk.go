package actor

import (
	"slices"
	"strings"
	"time"
	"unicode"

	"dyad/cameo"
	"dyad/doc"
)

// chunker reads one sentence's noun-phrase chunks: maximal runs of
// determiner, adjectives, nouns, proper nouns and dictionary phrases, such
// as "Canadian Foreign Minister Anne Roy" or "the top U.S. diplomat".
// Inside a chunk, modifiers (nationality, organisation, role nouns) combine
// with what they modify.
type chunker struct {
	r      *Resolver
	d      *doc.Doc
	s      *scratch
	sent   int32
	lo, hi int32 // the sentence's tokens

	// state of the chunk being read
	cs, ce  int32  // chunk tokens
	det     int32  // a definite determiner, or -1
	former  bool   // "former", "ex-": the title is not held now
	country hit    // pending nationality or country; e.zero when none
	poss    *Entry // the possessor before the chunk: "Russia" in "Russia's foreign minister"

	// the nationality of the last role noun, for a role noun conjoined
	// to it: "government" in "Danish media and government"
	lastMod    *Entry
	lastModEnd int32
	org        hit // organisation seen in this chunk
	agents     [4]hit
	na         int
	modStart   int32 // first token after the last country/organisation/institution: where the role words start
	countryOf  string
}

// chunk reads the chunk starting at token t (h indexes the first hit not
// before t) and returns the token after it.
func (c *chunker) chunk(t int32, h int) int32 {
	d, s := c.d, c.s
	if k := c.timeLead(t); k > t {
		return k // "Last spring Parliament voted ...": the time is no part of the name
	}
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
		if isPronoun(d, s, e) && e > t {
			break
		}
		if inChunk(tok) || c.nameTok(e, e > t && c.nameTok(e-1, false)) {
			e++
			continue
		}
		if e > t && c.portfolioAnd(e) {
			e++ // "Roads and Transport Minister": one office
			continue
		}
		// "of" inside a capitalised name: "Group of 20" when no entry has
		// it (not a plural noun that opens the sentence: "Critics of
		// President X" are no body of that name)
		if e > t && e+1 < c.hi && foldEq(s.words[e], "of") && isCap(s.words[e-1]) && isCap(s.words[e+1]) &&
			d.Tokens[e+1].UPOS == doc.PROPN && !(e-1 == c.lo && d.Tokens[e-1].XPOS == xNNS) {
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
	if c.poss == nil {
		c.poss = c.possessivePronoun(t)
	}
	if c.poss != nil {
		c.countryOf = code3(c.poss.Code)
	}

	for p := t; p < e; {
		if h < len(s.hits) && s.hits[h].start == p {
			x := s.hits[h]
			h++
			if q := c.givenName(x, h, e); q > x.end {
				// "Jordan Peterson", "Paris Hilton": a person, not a place
				c.name(x.start, q, nil)
				p = q
				continue
			}
			if x.e.Kind == Agent && x.end-x.start == 1 && isCap(s.words[x.start]) && (x.start == t || d.Tokens[x.start-1].UPOS != doc.DET) &&
				!(x.end < e && c.nameTok(x.end, true)) && c.surname(x.start, x.end) >= 0 {
				// "Bishop told News Corp" after "Julie Bishop": her surname,
				// not a bishop
				c.name(x.start, x.end, nil)
				p = x.end
				continue
			}
			if x.e.Kind == Agent && x.end-x.start == 1 && x.start > t && isCap(s.words[x.start]) &&
				c.honorificsOnly(x.start-1, x.start) && !addressTitles[string(fold(s.words[x.start], &s.buf))] {
				// "Mr. King hit the guard", "Dr. Bishop": a surname
				// after a courtesy title, not a king or a bishop ("Mr.
				// President" is the president)
				c.name(x.start-1, x.end, nil)
				p = x.end
				continue
			}
			if x.e.Kind == Capital {
				// "Mombasa Tanneries" after "Mombasa Tanneries Ltd": the
				// company named after its city, named again
				if q := c.nameEnd(x.end, h, e); q > x.end {
					if ante := c.leadName(x.start, q); ante >= 0 {
						c.flush()
						c.linkShortName(c.mention(x.start, q, doc.Organization), ante)
						c.modStart = q
						p = q
						for h < len(s.hits) && s.hits[h].start < q {
							h++
						}
						continue
					}
				}
			}
			if q, company := c.placeOrg(x, h, e); q > x.end {
				// "the New York Stock Exchange", "the London Metal
				// Exchange": an organisation no dictionary lists, named
				// after its city; not the city, and its "it" is it; a
				// company so named is a business ("Chicago Milwaukee Corp")
				c.flush()
				m := c.mention(x.start, q, doc.Organization)
				inf := minfo{}
				if company {
					m.Actor = doc.Actor{Code: companyBody.Code, Name: d.Text(m.Span), Entry: companyBody.Where}
					inf.country = code3(companyBody.Code)
				}
				c.emit(m, inf)
				c.modStart = q
				p = q
				for h < len(s.hits) && s.hits[h].start < q {
					h++ // (past the places inside the name)
				}
				continue
			}
			if partyName(x) && x.start > t && (h < 2 || s.hits[h-2].end < x.start) {
				if pt := &d.Tokens[x.start-1]; pt.UPOS == doc.ADJ && isCap(s.words[x.start-1]) {
					// "Social Democratic Party", "New Democratic Party"
					c.longerOrg(x.start-1, x)
					p = x.end
					continue
				}
			}
			if x.e.Kind == Org && x.end-x.start >= 3 && x.start > t && (h < 2 || s.hits[h-2].end < x.start) &&
				genericOrgStarts[string(fold(s.words[x.start], &s.buf))] && d.Tokens[x.start-1].UPOS == doc.PROPN &&
				isCap(s.words[x.start-1]) && !c.initial(x.start-1) {
				// a name no entry knows whose last words are a known
				// body's generic name: "the Karen People's Liberation
				// Army" is not China's
				c.longerOrg(x.start-1, x)
				p = x.end
				continue
			}
			if q := c.longerBodyName(x); x.e.Kind == Org && q > x.end {
				// "the Department of State Protection Service": a dictionary body's
				// name begins another body's, whose state the text gives
				// or no one knows
				c.longerOrg(x.start, hit{e: x.e, start: x.start, end: q})
				c.modStart = q
				p = q
				for h < len(s.hits) && s.hits[h].start < q {
					h++
				}
				continue
			}
			p = x.end
			if exPrefixed(d.TokenText(int(x.start))) {
				c.former = true // "ex-ministers": one token
			}
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
		case p+1 < e && c.portfolioAnd(p+1):
			p += 2 // "Roads and" of "Roads and Transport Minister": the office after it says it all
		case c.nameTok(p, p > t && (c.na > 0 && c.agents[c.na-1].end == p)):
			q := c.nameEnd(p+1, h, e)
			if c.hitAt(h, q) && c.honorificsOnly(p, q) {
				// "Mr Putin", "Mrs. Clinton": the honorific is no name of
				// its own; the dictionary name after it is the person
				c.modStart = q
				p = q
				continue
			}
			if c.hitAt(h, q) && c.otherGivenName(p, s.hits[h]) {
				// "Hunter Biden", "Mary Trump": a given name the
				// dictionary person does not bear makes another person of
				// the surname, no one the dictionary knows
				c.name(p, s.hits[h].end, nil)
				p = s.hits[h].end
				h++
				continue
			}
			if c.surnamePlace(h, q) {
				// "Whitney Houston", "Andrew Jackson": a one-word city after
				// a given name is the person's surname
				q++
				h++
			}
			if c.hitAt(h, q) && partyName(s.hits[h]) && !c.honorificsOnly(p, q) {
				// "Liberal Democratic Party": a name that ends in a
				// dictionary one is another body, not the US Democratic Party
				c.longerOrg(p, s.hits[h])
				p = s.hits[h].end
				h++
				continue
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

// partyName: x is a party's name of two words or more, which other
// parties' names end in ("Democratic Party": "Liberal Democratic Party").
func partyName(x hit) bool {
	return x.e.Kind == Org && x.end-x.start >= 2 && strings.HasSuffix(x.e.Code, "PTY")
}

// genericOrgStarts begin the names of many bodies in many countries
// ("People's Liberation Army", "National Front"): a capitalised word
// before one makes another body's name.
var genericOrgStarts = set("people", "people's", "national", "popular", "democratic", "revolutionary", "liberation", "islamic", "united", "patriotic")

// timeLead returns the token after a time phrase that opens the chunk at
// t and hangs on the clause, not on the name after it ("Last spring
// Congress", "Last year Parliament", "Friday lawmakers"),
// else t.
func (c *chunker) timeLead(t int32) int32 {
	s := c.s
	if t+1 < c.hi && weekdays[string(fold(s.words[t], &s.buf))] && !isCap(s.words[t+1]) {
		return t + 1 // "late on Friday lawmakers voted": the day is when
	}
	if t+2 >= c.hi || !timeLeads[string(fold(s.words[t], &s.buf))] {
		return t
	}
	n := t + 1
	if !timeSpanWords[string(fold(s.words[n], &s.buf))] {
		return t
	}
	if h := c.d.Tokens[n].Head; c.d.Tokens[n].Dep.Universal() == doc.Compound || h > n && h <= n+3 && (c.d.Tokens[h].UPOS == doc.NOUN || c.d.Tokens[h].UPOS == doc.PROPN) {
		return t // the time word is the name's own ("Summer Olympics Committee")
	}
	return n + 1
}

// weekdays are days a chunk may open with, before the name they do not
// belong to.
var weekdays = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// timeLeads open a time phrase; timeSpanWords end it.
var timeLeads = set("last", "next", "this", "early", "late", "earlier", "later")
var timeSpanWords = set("year", "week", "month", "autumn", "fall", "spring", "summer", "winter", "weekend",
	"night", "morning", "evening", "afternoon", "quarter", "decade", "time")

// longerOrg emits the name [p, x.end) of a body whose last words are a
// dictionary party's name x: another party, whose
// country is the chunk's possessor or nationality when it has one
// ("Germany's Social Democratic Party" DEUPTY), else unknown.
func (c *chunker) longerOrg(p int32, x hit) {
	m := c.mention(p, x.end, doc.Organization)
	if code := x.e.Code; c.countryOf != "" && len(code) > 3 && cameo.IsCountry(code[:3]) {
		m.Actor = doc.Actor{Code: c.countryOf + code[3:], Name: c.d.Text(m.Span), Entry: "longer name: " + x.e.Where}
	}
	c.emit(m, minfo{})
}

// longerBodyName is the end of a longer name that the state body x's
// name begins: capitalised words after it, no dictionary name among them,
// ending in "Services" or "Service", another agency's name ("Department of
// State Protection Service"); x.end for none.
func (c *chunker) longerBodyName(x hit) int32 {
	if len(x.e.Code) <= 3 || !cameo.IsCountry(x.e.Code[:3]) || !stateSectors[x.e.Code[3:]] || x.end-x.start < 2 {
		return x.end
	}
	h := c.nextHit(x.end)
	end := x.end
	for q := x.end; q < c.ce && q < x.end+4 && !c.hitAt(h, q) && isCap(c.s.words[q]) &&
		(c.d.Tokens[q].UPOS == doc.PROPN || c.d.Tokens[q].UPOS == doc.NOUN); q++ {
		if w := string(fold(c.s.words[q], &c.s.buf)); w == "services" || w == "service" {
			end = q + 1 // (not "Committee" or "Agency": a body's own parts)
		}
	}
	return end
}

// givenName returns the end of a person's name when the one-word country
// or city x is a given name followed by a surname ("Jordan Peterson",
// "Georgia Smith"), else x.end. h indexes the hit after x; e ends the chunk.
func (c *chunker) givenName(x hit, h int, e int32) int32 {
	if x.end-x.start != 1 || x.end >= e || c.hitAt(h, x.end) {
		return x.end
	}
	switch x.e.Kind {
	case CountryNom, Capital:
	default:
		return x.end
	}
	if !placeNames[string(fold(c.s.words[x.start], &c.s.buf))] {
		return x.end
	}
	q := x.end
	for q < e && !c.hitAt(h, q) && c.nameTok(q, true) && !thingNouns[string(fold(c.s.words[q], &c.s.buf))] &&
		!siteNouns[string(fold(c.s.words[q], &c.s.buf))] {
		q++
	}
	if q == x.end {
		return x.end
	}
	return q
}

// nameEnd is the end of the run of name words from q on (see nameTok),
// before the next dictionary hit (h indexes it) and the chunk's end e.
func (c *chunker) nameEnd(q int32, h int, e int32) int32 {
	for q < e && !c.hitAt(h, q) && c.nameTok(q, true) {
		q++
	}
	return q
}

// placeOrg returns the end of an organisation's name when the city or
// place x starts one: capitalised words that no entry knows, the last of
// which names what an organisation is ("New York Stock Exchange"), or a
// company's suffix, with other places among them ("Chicago Milwaukee
// Corp"), when company is set; else x.end. h indexes the hit after x; e
// ends the chunk.
func (c *chunker) placeOrg(x hit, h int, e int32) (end int32, company bool) {
	if x.e.Kind != Capital {
		return x.end, false
	}
	q := c.nameEnd(x.end, h, e)
	for h < len(c.s.hits) && c.s.hits[h].start == q && q < e && c.s.hits[h].e.Kind == Capital {
		q = c.nameEnd(c.s.hits[h].end, h+1, e) // a further place in the name
		h++
	}
	if r := c.companyRun(q, h, e); r > q {
		return r, true // a sector word inside a company's name: "Mombasa Union Gas Co"
	}
	if q == x.end {
		return x.end, false
	}
	last := string(fold(strings.TrimSuffix(c.s.words[q-1], "."), &c.s.buf))
	switch {
	case c.companySuffix(q - 1):
		return q, true
	case orgNameEnds[last] && c.s.hits[h-1].end <= x.end:
		return q, false // (not across other places: only a company's name is built so)
	case c.s.hits[h-1].end <= x.end && c.unknownName(x.end, q):
		return q, false // "Lyon Dynamics", "Denver Public Power": a body named after its place
	}
	return x.end, false
}

// companyRun returns the end of a company's name that goes on from q over
// capitalised sector words a dictionary lists as agents ("Union", "Trust")
// and names no entry knows, up to a company suffix; q when there is none.
// h indexes the first hit at or after q; e ends the chunk.
func (c *chunker) companyRun(q int32, h int, e int32) int32 {
	k := q
	for k < e {
		if c.hitAt(h, k) {
			if x := c.s.hits[h]; x.e.Kind != Agent || x.end-x.start != 1 || !isCap(c.s.words[k]) {
				break
			}
			k, h = c.s.hits[h].end, h+1
			continue
		}
		if !c.nameTok(k, true) {
			break
		}
		k++
	}
	if k-1 > q && c.companySuffix(k-1) { // (a suffix after at least one word)
		return k
	}
	return q
}

// unknownName reports whether tokens p..q-1, after a place, continue a
// proper name no entry knows: proper nouns written with a capital and
// small letters, none a word that keeps the place itself ("Kabul
// Airport", "Borno State", "Israel Radio"), in a sentence not written in
// capitals or title case (a headline's "Russia Warns Kyiv").
func (c *chunker) unknownName(p, q int32) bool {
	for k := p; k < q; k++ {
		if c.d.Tokens[k].UPOS != doc.PROPN || !titleCase(c.s.words[k]) || placeKeepers[string(fold(c.s.words[k], &c.s.buf))] {
			return false
		}
	}
	caps, words := 0, 0
	for k := c.lo; k < c.hi; k++ {
		if w := c.s.words[k]; len(w) > 0 && unicode.IsLetter(rune(w[0])) {
			words++
			if isCap(w) {
				caps++
			}
		}
	}
	return 2*caps < words
}

// placeKeepers after a place's name leave the place what it is: where
// ("Kabul Airport", "Borno State", "Gaza Strip") or its state's voice
// ("Israel Radio", "Tehran Television").
var placeKeepers = set("airport", "province", "region", "district", "state", "county", "city", "valley", "port",
	"harbour", "harbor", "strait", "sea", "gulf", "bay", "river", "border", "mountains", "island", "islands",
	"peninsula", "governorate", "oblast", "prefecture", "municipality", "street", "square", "road", "highway",
	"bridge", "camp", "base", "prison", "hospital", "stadium", "strip", "plain", "plains", "desert", "coast",
	"radio", "television", "tv", "news", "press")

// nameTok reports whether token p can be a word of a name: a capitalised
// proper noun; or, past the start of a sentence (where every word is
// capitalised), a capitalised word that the tagger took for a noun, or for
// a verb or adjective when it follows a title or another name word
// (afterName) or comes before a proper noun ("Ned/VERB Price/NOUN",
// "New/ADJ START").
func (c *chunker) nameTok(p int32, afterName bool) bool {
	w := c.s.words[p]
	switch c.d.Tokens[p].UPOS {
	case doc.PROPN, doc.NOUN, doc.X, doc.VERB, doc.ADJ, doc.ADV:
	default:
		return false
	}
	if !isCap(w) || len(w) < 2 || calendar[string(fold(w, &c.s.buf))] {
		return false
	}
	switch c.d.Tokens[p].UPOS {
	case doc.PROPN:
		return true
	case doc.NOUN, doc.X:
		if c.initial(p) {
			// a capital that opens the sentence tells nothing, unless
			// a capitalised word the dictionary does not know follows
			// ("Clean Future, an advocacy group")
			return c.capNameNext(p)
		}
		return true
	case doc.ADV:
		// "Forward" in "Majority Forward": only inside a name, and not
		// in a text in capitals
		return afterName && !c.initial(p) && titleCase(w)
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

// capNameNext reports whether p and the word after it are written with
// a capital and then small letters (not a text in capitals), and the
// word after p is a noun, name or adverb ("Forward") and no entry's.
func (c *chunker) capNameNext(p int32) bool {
	n := p + 1
	if n >= c.hi || !titleCase(c.s.words[n]) || !titleCase(c.s.words[p]) || calendar[string(fold(c.s.words[n], &c.s.buf))] ||
		c.hitAt(c.nextHit(n), n) {
		return false
	}
	switch c.d.Tokens[n].UPOS {
	case doc.PROPN, doc.NOUN, doc.ADV:
		return true
	}
	return false
}

// portfolioAnd reports whether the "and" at e joins two capitalised
// portfolios of one office ("Roads and Transport Minister", "Finance and
// Planning Secretary"): a capitalised word before it, and after it up to
// three capitalised words ending in a minister, ministry or secretary;
// the words beside it no name the dictionaries know but a role's.
func (c *chunker) portfolioAnd(e int32) bool {
	s := c.s
	if w := s.words[e]; w != "and" && w != "&" || !isCap(s.words[e-1]) || c.surname(e-1, e) >= 0 {
		return false // (not "Ruto and Treasury Secretary John Mbadi" with a Ruto named before)
	}
	for _, x := range s.hits {
		if x.e.Kind != Agent && (x.start <= e-1 && e-1 < x.end || x.start == e+1) {
			return false // "Kenya and Uganda Foreign Ministers": two states' ministers
		}
	}
	for k := e + 1; k < c.hi && k <= e+3; k++ {
		if !isCap(s.words[k]) {
			return false
		}
		if k > e+1 && portfolioHeads[string(fold(s.words[k], &s.buf))] {
			return true
		}
	}
	return false
}

// titleCase reports whether w is an upper-case ASCII letter followed by
// at least one lower-case one ("Forward", not "FORWARD" or "forward").
func titleCase(w string) bool {
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] >= 'a' && w[i] <= 'z' {
			return true
		}
	}
	return false
}

// surnamePlace reports whether hit h is a one-word city or capital at q
// that ends a person's name begun before it: a proper noun that the
// parser attaches to the name word before it, and that no role noun or
// name follows ("Whitney Houston", not "Delhi Police").
func (c *chunker) surnamePlace(h int, q int32) bool {
	if !c.hitAt(h, q) || c.s.hits[h].end != q+1 || c.s.hits[h].e.Kind != Capital || q+1 < c.ce ||
		c.d.Tokens[q].UPOS != doc.PROPN || c.d.Tokens[q-1].UPOS != doc.PROPN {
		return false
	}
	t, u := &c.d.Tokens[q], &c.d.Tokens[q-1]
	return t.Head == q-1 && (t.Dep == doc.Flat || t.Dep == doc.Compound) || u.Head == q && u.Dep == doc.Compound
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

// entry handles a dictionary phrase inside the chunk.
func (c *chunker) entry(x hit) {
	switch x.e.Kind {
	case CountryNom, CountryAdj:
		if x.end < c.hi && c.d.Tokens[x.end].UPOS == doc.NOUN && currencyWords[string(fold(c.s.words[x.end], &c.s.buf))] {
			return // "a 50 mln U.S. dlr loan", "the Canadian dollar": a currency, no actor
		}
		if x.e.Kind == CountryNom && c.titleBefore(x) {
			// "Ithilen's minister Calimehtar": a name after a titled role
			// noun is the person the title names, whatever country the
			// dictionary gives the name
			c.name(x.start, x.end, nil)
			return
		}
		if c.country.e == nil && c.na > 0 && c.agents[c.na-1].e.Prefix && c.agents[c.na-1].end == x.start {
			// "MSF Arnor": the agent's code goes before the country's,
			// and the pair modifies what follows like a country
			ag := c.agents[c.na-1]
			c.na--
			if c.na > 0 {
				c.flush()
			}
			e := x.e
			if ag.e.Code != code3(x.e.Code) {
				// a code the name has already is not written twice:
				// "human rights activists Amnesty International", NGM
				e = c.r.pair(rulePrefix, x.e, ag.e)
			}
			x = hit{e: e, start: ag.start, end: x.end}
		}
		if x.e.Kind == CountryNom && c.ofCountry(x) {
			// "the Government of India": the country qualifies the role
			// noun before it (INDGOV), as a nationality before it would
			c.country = x
			c.countryOf = code3(x.e.Code)
			return
		}
		if c.country.e != nil || c.na > 0 {
			c.flush()
		}
		c.country = x
		c.countryOf = code3(x.e.Code)
		c.modStart = x.end
	case Capital, Seat:
		if c.ofCountry(x) {
			// "the mayor of Moscow", "the Bank of Nova Scotia": the place
			// qualifies the role noun before it
			c.country = x
			c.countryOf = code3(x.e.Code)
			return
		}
		if x.end-x.start == 1 && x.start-2 >= c.lo && ofParticles[string(fold(c.s.words[x.start-1], &c.s.buf))] &&
			isCap(c.s.words[x.start-2]) {
			// "Santa Rosa de Lima": the end of a longer name, not the capital
			c.name(x.start, x.end, nil)
			return
		}
		c.flush()
		if c.modifiesAgent(x) {
			// "Washington officials", "White House security officials"
			c.country = x
			c.countryOf = code3(x.e.Code)
			c.modStart = x.end
			return
		}
		if x.e.Minor && x.end-x.start == 1 && c.speaks(x.start) {
			// "Nogales said": a one-word town that says or tells is a
			// person of that name (only capitals speak for their states)
			c.name(x.start, x.end, nil)
			return
		}
		kind := doc.PlaceActor
		if c.locative() || c.dateline(x) || x.e.Kind == Capital && c.namesThing(x.end) || c.companySeat(x.start) {
			// "in Moscow"; "MOSCOW -"; "the Mumbai attack", "the Sochi deal",
			// "the Sochi peace talks"
			kind = doc.Place
		}
		m := c.mention(x.start, x.end, kind)
		if kind == doc.PlaceActor {
			m.Actor = doc.Actor{Code: x.e.Code, Name: x.e.Name, Entry: x.e.Where}
		}
		m.Geo = c.r.geo(x.e)
		inf := minfo{country: code3(x.e.Code)}
		if kind == doc.PlaceActor {
			inf.place = x.e
		}
		c.emit(m, inf)
		c.modStart = x.end
	case Org:
		if x.end-x.start == 1 && x.start > c.lo && isCap(c.s.words[x.start-1]) && c.d.Tokens[x.start-1].UPOS == doc.PROPN &&
			companySuffixes[strings.ReplaceAll(string(fold(c.s.words[x.start], &c.s.buf)), ".", "")] {
			// a company's suffix that spells an acronym: "Augusta S.p.A."
			// is no Saudi Press Agency (SPA)
			return
		}
		if x.end-x.start == 1 && strings.IndexByte(c.s.words[x.start], '-') > 0 &&
			c.hitAt(c.nextHit(x.end), x.end) && c.s.hits[c.nextHit(x.end)].e.Kind == Agent {
			// "the UN-backed government": the role noun is the actor
			return
		}
		// a nationality that only repeats the organisation's own country
		// ("U.S. State Department") is part of its name, not an actor
		if c.country.e != nil && c.country.end == x.start && c.countryOf == code3(x.e.Code) {
			c.country = hit{}
		}
		// a nationality before an international body and its envoy is the
		// envoy's ("the Kenyan UN envoy", KENGOV; envoyToBody)
		var envoyOf hit
		if c.country.e != nil && c.country.end == x.start && c.na == 0 && strings.HasPrefix(x.e.Code, "IGO") &&
			x.end < c.hi && envoyWords[string(fold(c.s.words[x.end], &c.s.buf))] {
			envoyOf, c.country = c.country, hit{}
		}
		other := ""
		if len(x.e.Code) > 3 && cameo.IsCountry(x.e.Code[:3]) && stateSectors[x.e.Code[3:]] {
			switch {
			case c.country.e != nil && c.countryOf != "" && code3(x.e.Code) != c.countryOf && c.country.end == x.start:
				other = c.countryOf
			case c.country.e == nil && c.na == 0 && c.poss != nil && c.modStart == x.start && len(c.poss.Code) == 3 &&
				cameo.IsCountry(c.poss.Code) && c.poss.Code != code3(x.e.Code):
				other = c.poss.Code // "Kenya's Ministry of Defence"
			}
		}
		c.flush()
		if envoyOf.e != nil {
			c.country, c.countryOf = envoyOf, code3(envoyOf.e.Code)
		}
		m := c.mention(x.start, x.end, doc.Organization)
		code, where, name := x.e.Code, x.e.Where, x.e.Name
		if other != "" {
			name = c.d.Text(m.Span)
			// "the Kenyan Ministry of Defence", "Kenya's Department of
			// State": a name the dictionary gives one state's body, used
			// of another state's
			code, where = other+x.e.Code[3:], "other state's body: "+x.e.Where
		}
		if len(x.e.Roles) > 0 {
			// a body whose code changed ("Taliban": AFGREB, then AFGGOV
			// from 2021-08-15), by the article's date; undated, by its
			// latest role, as a person is: what the name stands for now
			// (the text may say otherwise: textRoles)
			code, where = "", ""
			if r := x.e.RoleOn(c.d.Article.Published); r != nil {
				code, where = r.Code, r.Where
			}
			if len(x.e.Roles) > 1 && !slices.Contains(c.s.roled, x.e) {
				c.s.roled = append(c.s.roled, x.e)
			}
		}
		if code != "" {
			m.Actor = doc.Actor{Code: code, Name: name, Entry: where}
		}
		c.emit(m, minfo{country: code3(code), plural: false})
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

// ofCountry reports whether the country name x is the object of an "of"
// right after a role noun in the same chunk that nothing else qualifies:
// "Government of India", "President of Gondor".
func (c *chunker) ofCountry(x hit) bool {
	if c.na == 0 || c.country.e != nil || c.org.e != nil || c.poss != nil {
		return false
	}
	ag := c.agents[c.na-1]
	return ag.end+1 == x.start && foldEq(c.s.words[ag.end], "of")
}

// titleBefore reports whether the country name x comes right after a
// role noun for one person that a country, organisation or possessor
// qualifies: "Ithilen's minister" before "Calimehtar" (CAL). The title's
// code is the more specific, also when the name's country is the title's
// ("Dagolath's Deputy Prime Minister Telemar" is DAGGOV, not DAG; PETRARCH
// agrees, TABARI's suite wants DAG).
func (c *chunker) titleBefore(x hit) bool {
	if c.na == 0 || c.former || c.country.e == nil && c.org.e == nil && c.poss == nil {
		return false
	}
	ag := c.agents[c.na-1]
	if ag.end != x.start || ag.e.Plural || ag.e.Prefix || c.d.Tokens[ag.end-1].XPOS == xNNS ||
		institutionWords[string(fold(c.s.words[ag.end-1], &c.s.buf))] {
		return false
	}
	return x.end == c.ce || c.d.Tokens[x.end].UPOS != doc.NOUN
}

// speaks reports whether token p is the subject of a verb of saying.
func (c *chunker) speaks(p int32) bool {
	d := c.d
	h := d.Tokens[p].Head
	if d.Tokens[p].Dep != doc.Nsubj || h < 0 || int(h) >= len(d.Tokens) {
		return false
	}
	return sayingVerbs[d.Tokens[h].Lemma]
}

// sayingVerbs are said by people, not by the towns they may share a name with.
var sayingVerbs = map[string]bool{"say": true, "tell": true, "add": true, "explain": true, "note": true,
	"insist": true, "argue": true, "believe": true, "think": true, "reply": true, "answer": true,
	"recall": true, "write": true, "estimate": true, "acknowledge": true, "admit": true, "comment": true,
	"conclude": true, "predict": true, "remark": true, "testify": true}

// dateline reports whether the place x opens its sentence in capitals
// before a dash, colon or comma: "SAN FRANCISCO -", "ISLAMABAD:", where
// the story was filed.
func (c *chunker) dateline(x hit) bool {
	if x.start != c.lo || x.end >= c.hi {
		return false
	}
	for t := x.start; t < x.end; t++ {
		if hasLower(c.s.words[t]) {
			return false
		}
	}
	switch c.s.words[x.end] {
	case "-", "--", "\u2013", "\u2014", ":", ",":
		return true
	}
	return false
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

// companySeat reports whether the place starting at token q ends a
// company's name: "Guaranty Trust Co of New York", where it is.
func (c *chunker) companySeat(q int32) bool {
	p := q - 1
	return p-1 >= c.lo && foldEq(c.s.words[p], "of") && isCap(c.s.words[p-1]) && c.companySuffix(p-1)
}

// companySuffix reports whether token k is a company's suffix ("Corp",
// "Co.", "Ltd").
func (c *chunker) companySuffix(k int32) bool {
	return companySuffixes[string(fold(strings.TrimSuffix(c.s.words[k], "."), &c.s.buf))]
}

// name handles a person's name over [p, q): a dictionary person (e) or an
// unknown capitalised run (e nil), with whatever title precedes it in the
// chunk.
// ownerCountry emits the chunk's nationality as the owner of the thing it
// describes and drops it from the chunk's context.
func (c *chunker) ownerCountry() {
	x := c.country
	om := c.mention(x.start, x.end, doc.Owner)
	om.Actor = doc.Actor{Code: x.e.Code, Name: x.e.Name, Entry: x.e.Where}
	c.emit(om, minfo{})
	c.country = hit{}
	c.countryOf = ""
}

func (c *chunker) name(p, q int32, e *Entry) {
	d, s := c.d, c.s
	if e == nil && c.country.e != nil && c.country.e.Kind == CountryAdj && c.country.end == p && c.seaAfter(p) {
		// "Indian Ocean islands": the nationality begins a sea's name
		// and owns nothing
		c.country = hit{}
		c.countryOf = ""
	}
	if e == nil && c.na == 0 && c.country.e != nil && c.country.e.Kind == CountryAdj && c.country.end == p {
		r := q
		for r < c.ce && d.Tokens[r].UPOS == doc.NUM {
			r++
		}
		if k := c.nextHit(r); r < c.ce && c.thingSpan(r, c.ce) && (k == len(s.hits) || s.hits[k].start >= c.ce) {
			// "the Greek Aegean Star freighter", "the Danish Nordic
			// Queen tanker": the name of a thing, which the nationality owns
			c.ownerCountry()
			c.emit(c.mention(p, q, doc.Other), minfo{})
			c.modStart = q
			return
		}
	}
	// a name that modifies a noun naming a thing is no actor: "New START treaty", "Cold War"
	last := s.words[q-1]
	if e == nil && (thingNouns[string(fold(last, &s.buf))] ||
		q < c.ce && d.Tokens[q].UPOS == doc.NOUN && thingNouns[string(fold(s.words[q], &s.buf))]) {
		c.flush()
		c.emit(c.mention(p, q, doc.Other), minfo{})
		c.modStart = q
		return
	}
	var people *Entry // "Chinese singer Wang Lihong": the people noun before the name
	if e == nil && c.na == 0 && c.country.e != nil && c.country.e.Kind == CountryAdj {
		if c.thingSpan(c.country.end, p) {
			// "the Indian space agency Antrix": the name in
			// apposition is the thing's, and the nationality owns it as it
			// would without the name
			c.ownerCountry()
		} else {
			people = c.peopleSpan(c.country.end, p)
		}
	}
	// a name used as a modifier of something else in the chunk ("Blinken aides")
	if e == nil && q < c.ce && !c.hitAt(c.nextHit(q), q) && d.Tokens[q].UPOS == doc.NOUN {
		return
	}
	if e == nil && q < c.ce && c.hitAt(c.nextHit(q), q) && c.s.hits[c.nextHit(q)].e.Kind == Agent {
		return // "Foreign" before "Minister" when the dictionary has only "minister"
	}

	if e == nil && q-p >= 2 && c.companySuffix(q-1) {
		// "Harlow-Brandt Inc", "Siemens AG": a company; its country
		// when a nationality comes right before it
		code, ev := companyBody.Code, companyBody.Where
		start := p
		if c.na == 0 && c.country.e != nil && c.country.end == p {
			pe := c.r.pair(ruleCompound, c.country.e, companyBody)
			code, ev, start = pe.Code, pe.Where, c.country.start
		}
		c.flush()
		m := c.mention(start, q, doc.Organization)
		m.Actor = doc.Actor{Code: code, Name: d.Text(m.Span), Entry: ev}
		c.emit(m, minfo{country: code3(code)})
		c.reset(q)
		return
	}
	if e == nil && c.na == 0 && c.country.e != nil && c.country.end == p {
		if body := stateBodies[string(fold(last, &s.buf))]; body != nil {
			// "the Gondorian Ports and Customs Authority": a body of
			// that state the dictionary does not list
			pe := c.r.pair(ruleCompound, c.country.e, body)
			m := c.mention(c.country.start, q, doc.Organization)
			m.Actor = doc.Actor{Code: pe.Code, Name: d.Text(m.Span), Entry: pe.Where}
			c.emit(m, minfo{country: c.countryOf})
			c.reset(q)
			return
		}
	}

	if e == nil && c.na == 0 && c.org.e != nil && c.org.end == p && c.country.e == nil &&
		(stateBodies[string(fold(last, &s.buf))] != nil || orgWords[string(fold(last, &s.buf))]) {
		// "the U.N. Boundary Commission": a body of that organisation
		// the dictionary does not list
		m := c.mention(p, q, doc.Organization)
		m.Actor = doc.Actor{Code: c.org.e.Code, Name: d.Text(m.Span), Entry: "actor: body of " + c.org.e.Where}
		c.emit(m, minfo{country: code3(c.org.e.Code)})
		c.reset(q)
		return
	}

	// institutions in the title ("Foreign Ministry" in "Russian Foreign
	// Ministry spokeswoman Maria Zakharova") are organisations of their own
	c.institutions()

	inf := minfo{person: true, gender: Unknown}
	m := c.mention(p, q, doc.Person)
	if e == nil && bodyNameWords[string(fold(s.words[q-1], &s.buf))] {
		// "the Writers Guild", "the Kenyan Farmers Union": a body the
		// people before it form, no person; "it" refers to it
		m.Kind, inf.person = doc.Organization, false
	}
	// the title's code: organisation, else nationality + role
	var title doc.Actor
	if !c.former {
		switch {
		case c.na > 0 && d.Tokens[c.agentHead(c.agents[c.na-1])].XPOS == xNNS && c.agents[c.na-1].end == p && (q >= c.hi || !foldEq(s.words[q], "and") && s.words[q] != ","):
			// a plural role is no title of one name: in "told reporters
			// Baker visited him" Baker is no reporter (but "Presidents
			// Biden and Macron" are presidents)
		case c.org.e != nil && c.na > 0 && !c.envoyToBody(c.agents[c.na-1]):
			pe := c.r.pair(ruleTitle, c.org.e, c.agents[c.na-1].e)
			title = doc.Actor{Code: pe.Code, Entry: pe.Where}
		case c.na > 0 && c.agents[c.na-1].start > c.cs && c.companySuffix(c.agents[c.na-1].start-1):
			// "Acme Holdings Ltd president John Kamau", a company no entry
			// knows: its officer, of no state (nor of the one in context)
			title = doc.Actor{Code: companyBody.Code, Entry: companyBody.Where}
		case c.country.e != nil && c.na > 0 && !c.agentApart(c.country.end):
			pe := c.r.pair(ruleTitle, c.country.e, c.agents[c.na-1].e)
			title = doc.Actor{Code: pe.Code, Entry: pe.Where}
		case c.poss != nil && c.na > 0 && !c.agentApart(c.cs):
			pe := c.r.pair(ruleTitle, c.poss, c.agents[c.na-1].e)
			title = doc.Actor{Code: pe.Code, Entry: pe.Where}
		case c.country.e != nil && c.na > 0:
			// TABARI: an agent apart from the actor is not its agent
			title = doc.Actor{Code: c.country.e.Code, Entry: c.country.e.Where}
		case c.poss != nil && c.na > 0:
			title = doc.Actor{Code: c.poss.Code, Entry: c.poss.Where}
		case c.na > 0 && c.agents[c.na-1].e.Code != "":
			// "the official news agency WFNA": the role's sector, its
			// country unknown
			pe := c.r.sector(c.agents[c.na-1].e)
			title = doc.Actor{Code: pe.Code, Entry: pe.Where}
		case people != nil:
			// "British national Nazanin Zaghari-Ratcliffe" GBRCVL,
			// "Chinese singer Wang Lihong" CHN
			pe := c.r.pair(ruleTitle, c.country.e, people)
			title = doc.Actor{Code: pe.Code, Entry: pe.Where}
		}
	} else if c.na > 0 && stateSectors[code3(c.agents[c.na-1].e.Code)] {
		// "former Gondorian president X" no longer holds the office: an
		// elite of that country (CAMEO ELI), not its government
		mod := c.country.e
		if mod == nil {
			mod = c.poss
		}
		if mod != nil {
			pe := c.r.pair(ruleTitle, mod, formerHolder)
			title = doc.Actor{Code: pe.Code, Entry: pe.Where}
		} else {
			// "Former Chief Minister Omar Abdullah": an elite whose country
			// the title does not say, as "Chief Minister X" is GOV (and
			// not the country in context: who once held an office in a
			// story about another state is seldom its, "former National
			// Security Adviser John Poindexter" in the Iran arms affair)
			title = doc.Actor{Code: formerHolder.Code, Entry: formerHolder.Where}
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
	if sn := q - 1; e == nil && !c.former && (sn == p || c.honorificsOnly(p, sn)) && d.Tokens[sn].UPOS == doc.PROPN && c.surname(sn, q) < 0 &&
		!c.nameParticleBefore(sn) {
		// a surname two dictionary people share, of whom one is in office
		// on the article's day ("Nakasone", "Mr Nakasone")
		e = datedSurname(c.r.lex, s.words[sn], c.d.Article.Published)
	}
	switch {
	case e != nil:
		role := e.RoleOn(c.d.Article.Published)
		if c.d.Article.Published.IsZero() && role != nil {
			if r := titledRole(e, title.Code); r != nil {
				role = r
			}
		}
		if role != nil && role.Code != "" {
			m.Actor = doc.Actor{Code: role.Code, Name: e.Name, Entry: role.Where}
			if role.Where == "" {
				m.Actor.Entry = e.Where
			}
			if inf.key[1] == inf.key[0] && role.Title != "" {
				// "Donald Trump ... The president said": the office the
				// dictionary gives him is what a description may name
				inf.key = c.titleKey(role.Title)
			}
		} else if e.Code != "" {
			m.Actor = doc.Actor{Code: e.Code, Name: e.Name, Entry: e.Where}
		} else if r := e.FormerRole(c.d.Article.Published); r != nil && stateSectors[title.Code] && title.Entry != formerHolder.Where {
			// "President Hamid Karzai" named in a later story about the
			// US: the title in the country the dictionary gives him, not
			// the country of the sentence, which would fill a title with
			// none (a party's leader keeps the party: "Liberal Party leader")
			m.Actor = doc.Actor{Code: r.Code[:3] + title.Code, Name: e.Name, Entry: r.Where + " + " + title.Entry}
		} else if title.Code != "" && title.Entry != formerHolder.Where {
			title.Name = e.Name
			m.Actor = title
		} else if r := e.FormerRole(c.d.Article.Published); r != nil {
			// out of the office the dictionary gives: a former office
			// holder, one of the country's elite (CAMEO ELI)
			m.Actor = doc.Actor{Code: r.Code[:3] + formerHolder.Code, Name: e.Name, Entry: r.Where + " + " + formerHolder.Where}
		} else if title.Code != "" {
			title.Name = e.Name // "former president X": an elite of no country
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
		// no title: a surname seen before in full ("Blinken" after "Antony
		// Blinken"), an organisation's short name ("the Fund"), or the
		// first words of a name given before ("USAir", "Zhao")
		ante := c.surname(p, q)
		if ante < 0 {
			ante = c.shortName(p, q)
		}
		if ante < 0 {
			ante = c.leadName(p, q)
		}
		if ante >= 0 {
			c.linkName(m, ante)
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
	if e != nil {
		// a dictionary person named again ("Lavrov" after "Sergey
		// Lavrov") continues the chain; the code stays the dictionary's
		if ante := c.surname(p, q); ante >= 0 {
			m.Antecedent = ante
			inf.root = s.info[ante].root
			if inf.key[1] == inf.key[0] {
				inf.key = s.info[ante].key
			}
			if inf.gender == Unknown {
				inf.gender = s.info[ante].gender
			}
			c.emitLinked(m, inf)
			c.claimTitle(p)
			c.reset(q)
			return
		}
	}
	c.emit(m, inf)
	c.claimTitle(p)
	c.reset(q)
}

// titledRole is, in an undated text, the role of a person the dictionary
// gives several whose code the title before the name agrees with: Riek
// Machar titled "rebel leader" is of his rebel years, though his latest
// office is the state's. The latest such role; nil when the latest role agrees
// already, none does, or the title names no sector.
func titledRole(e *Entry, title string) *Role {
	if len(e.Roles) < 2 || len(title) < 3 || len(title) == 3 && cameo.IsCountry(title) {
		return nil
	}
	sector, country := title[len(title)-3:], ""
	if len(title) >= 6 && cameo.IsCountry(title[:3]) {
		country = title[:3]
	}
	fits := func(r *Role) bool {
		return r.In == "" && len(r.Code) >= 6 && hasSector(r.Code, sector) && (country == "" || code3(r.Code) == country)
	}
	if fits(e.RoleOn(time.Time{})) {
		return nil
	}
	for i := len(e.Roles) - 1; i >= 0; i-- {
		if fits(&e.Roles[i]) {
			return &e.Roles[i]
		}
	}
	return nil
}

// agentHead is the head word of a role noun of several words: the last,
// or the word before "of" ("minister" in "minister of foreign affairs",
// whose "affairs" makes it no plural role).
func (c *chunker) agentHead(ag hit) int32 {
	for k := ag.start + 1; k < ag.end-1; k++ {
		if foldEq(c.s.words[k], "of") {
			return k - 1
		}
	}
	return ag.end - 1
}

// bodyNameWords end the names of bodies that people form, never a
// person's name. (Not "Committee", "Council" or "Association": read as a
// titled name, those take the country in context, which the sentence
// gives them more often than not: "a parliament's Budget Committee".)
var bodyNameWords = set("guild", "guilds", "federation", "league", "confederation", "syndicate", "society", "movement")

// formerHolder is the role of one who held a state office: CAMEO's
// elites, "former government officials".
var formerHolder = &Entry{Kind: Agent, Code: "ELI", Where: "actor: former office holder"}

// agentApart reports, for TABARI's dictionaries (Stems), whether words
// other than a possessive "'s" stand between the end of the actor that
// modifies a title (mod) and the title's first agent: TABARI joins an
// agent to an actor only next to it ("Gondor's Prime Minister" GONGOV,
// "Dagolath's first Deputy Prime Minister" DAG). Always false otherwise.
func (c *chunker) agentApart(mod int32) bool {
	if !c.r.adjacentAgents || c.na == 0 {
		return false
	}
	for p := mod; p < c.agents[0].start; p++ {
		if p < 0 || int(p) >= len(c.d.Tokens) || c.d.Tokens[p].XPOS != xPOS {
			return true
		}
	}
	return false
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

var (
	xNNS, _  = doc.ParseXPOS("NNS")
	xVBN, _  = doc.ParseXPOS("VBN")
	xNNPS, _ = doc.ParseXPOS("NNPS")
	xPOS, _  = doc.ParseXPOS("POS")

	xOpenQuote, _ = doc.ParseXPOS("``")
	xLRB, _       = doc.ParseXPOS("-LRB-")
	xComma, _     = doc.ParseXPOS(",")
	xColon, _     = doc.ParseXPOS(":")
)

// honorificsOnly: tokens [p, q) are courtesy titles ("Mr", "Mrs.", "Dr").
// otherGivenName: the one-word dictionary person x (a surname) comes right
// after a given name, among the name words from p, that the person's own
// name does not start like (not "Joseph" before "Biden" for Joe Biden, nor
// "Tayyip" before "Erdogan"). Initials and honorifics are passed over; a
// party word before the surname is no given name ("Christian Democrat
// Andreotti").
func (c *chunker) otherGivenName(p int32, x hit) bool {
	if x.e.Kind != PersonName || x.end-x.start != 1 || p >= x.start {
		return false
	}
	k := x.start - 1
	for k > p && (len(strings.TrimSuffix(c.s.words[k], ".")) < 2 || honorifics[string(fold(c.s.words[k], &c.s.buf))]) {
		k-- // "Joe R. Biden"
	}
	w := strings.ToLower(c.s.words[k])
	if len(w) < 3 || !isCap(c.s.words[k]) || c.d.Tokens[k].UPOS != doc.PROPN || honorifics[w] || affiliationWords[w] {
		return false
	}
	for _, o := range strings.Fields(strings.ToLower(x.e.Name)) {
		if len(o) >= 2 && strings.HasPrefix(w, o[:2]) {
			return false
		}
	}
	return true
}

// affiliationWords stand before a surname for a party or a creed, not a
// given name.
var affiliationWords = set("democrat", "democrats", "republican", "republicans", "socialist", "socialists",
	"conservative", "conservatives", "liberal", "liberals", "labour", "labor", "tory", "communist",
	"communists", "green", "greens", "independent", "gaullist", "christian")

func (c *chunker) honorificsOnly(p, q int32) bool {
	for k := p; k < q; k++ {
		if !honorifics[string(fold(c.s.words[k], &c.s.buf))] {
			return false
		}
	}
	return q > p
}

// namesThing: the words from p on are a thing noun, after at most two
// lower-case nouns ("deal", "peace talks", "nuclear deal" with "nuclear"
// a noun to the tagger): a place before them names where or what, not who.
func (c *chunker) namesThing(p int32) bool {
	for q := p; q < c.ce && q < p+4; q++ {
		// a market rate named after its city: "London Interbank Offered Rate"
		if w := string(fold(c.s.words[q], &c.s.buf)); isCap(c.s.words[q]) && (w == "rate" || w == "rates" || w == "index") && q > p {
			return true
		}
	}
	for q := p; q < c.ce && q < p+3; q++ {
		w := c.s.words[q]
		if c.d.Tokens[q].UPOS != doc.NOUN || isCap(w) {
			return false
		}
		if thingNouns[string(fold(w, &c.s.buf))] {
			return true
		}
	}
	return false
}

// nameParticleBefore: token k follows an Arabic name particle ("al-",
// "bin", "abu"), with or without its hyphen, and is part of a longer
// family name ("Ismail al-Abdullah" is no Abdullah of the dictionary).
func (c *chunker) nameParticleBefore(k int32) bool {
	j := k - 1
	if j >= c.lo && c.s.words[j] == "-" {
		j--
	}
	return j >= c.lo && nameParticles[string(fold(c.s.words[j], &c.s.buf))]
}

// nameParticles open Arabic family names.
var nameParticles = set("al", "el", "bin", "ibn", "abu", "abd", "ould")
