package actor

import (
	"strings"

	"dyad/cameo"
	"dyad/doc"
)

// Compound actors: modifiers that combine with role nouns across and
// around a chunk (nationality, possessor, of-phrase, conjunction).

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
	m.Actor = doc.Actor{Entry: PairEntry}
	c.emit(m, minfo{plural: true})
	return true
}

// backerWords after a hyphen name who stands behind a force that is not
// its own: "Iran-backed", "US-trained".
var backerWords = set("backed", "sponsored", "funded", "supported", "trained", "armed", "financed", "allied")

// stateSectors are the agent sectors of a state's institutions, which a
// text names without the country when the country is in context.
var stateSectors = set("GOV", "MIL", "COP", "JUD", "LEG", "SPY")

// contextCountry returns the country in context for a role noun of a
// state institution that names no country ("the government", "police",
// "the justice minister"), not after an indefinite article ("a
// minister"): the latest country, nationality, capital or seat mentioned
// before it in this sentence or the one before. nil when there is none,
// and for a plural role noun when that country ends a list of them.
// subjectsState is set when the country is the own state of a domestic
// subject before the chunk ("Labour leader X accused the government"),
// which a description's link to another state's government yields to.
func (c *chunker) contextCountry(ag *Entry, plural bool) (ctx *Entry, subjectsState bool) {
	if !stateSectors[code3(ag.Code)] {
		return nil, false
	}
	if c.d.Tokens[c.cs].UPOS == doc.DET && c.det != c.cs {
		return nil, false // "a minister", "some officials"
	}
	d, s := c.d, c.s
	if k := c.cs - 2; k >= c.lo && possessiveWord(s.words[k+1]) && bodyOwners[string(fold(s.words[k], &s.buf))] {
		return nil, false // "the group's leader", "the militia's commander": the body's, not the state in context
	}
	// a modifier that names another party: "Kurdish forces", "western
	// leaders", "foreign governments" are not the country in context's
	h := c.nextHit(c.cs)
	for t := c.cs; t < c.ce; t++ {
		for h < len(s.hits) && s.hits[h].end <= t {
			h++
		}
		if h < len(s.hits) && s.hits[h].start <= t {
			if s.hits[h].e.Kind == Agent {
				break
			}
			continue
		}
		if d.Tokens[t].UPOS != doc.DET && (isCap(s.words[t]) && !c.initial(t) || otherParty[string(fold(s.words[t], &s.buf))]) {
			return nil, false
		}

	}
	if k := c.audienceCountry(); k != "" {
		if e := c.r.possessive(k, false); e != nil {
			return e, false
		}
	}
	// troops are seldom the country they fight in: "Turkey launched an
	// offensive in northern Syria. Troops shelled ..." are Turkey's; the
	// place where the sentence before puts them is theirs only when
	// nothing else names a country (in their own sentence it stays theirs:
	// "violations in Zimbabwe, where the police and the military ...")
	mil := ag.Code == "MIL"
	var where *Entry
	for i := len(d.Mentions) - 1; i >= 0; i-- {
		ci := &s.info[i]
		if ci.sent < c.sent-1 {
			break
		}
		if a := d.Mentions[i].Actor.Code; mil && ci.place == nil && len(a) == 6 && a[3:] == "MIL" && cameo.IsCountry(a[:3]) {
			// "The Russian army advanced in eastern Ukraine. Troops shelled
			// the town": the army named before
			if e := c.r.possessive(a[:3], false); e != nil {
				return e, false
			}
		}
		if a := d.Mentions[i].Actor.Code; ci.sent == c.sent && ci.subject && ci.place == nil && (domesticActor(a) || ownInstitution(a, ag.Code)) {
			// a country's own opposition, courts, unions or firms, the
			// subject of a clause before it in its sentence, speak of
			// their own state: "Labour leader Jeremy Corbyn accused the
			// government" (Britain's, not that of the Syria named in the
			// sentence before)
			if e := c.r.possessive(a[:3], false); e != nil {
				return e, domesticActor(a)
			}
		}
		if e := d.Mentions[i].Tokens.End; ci.sent == c.sent && e+2 <= c.cs && e+2 >= c.cs-1 && isHyphen(s.words[e]) &&
			backerWords[string(fold(s.words[e+1], &s.buf))] {
			// "US-backed forces": the state that backs them is not theirs,
			// nor is any other state in context (but "US-led forces" are
			// largely the leader's)
			return nil, false
		}
		if ci.place != nil && !ci.place.Minor && !ci.hyphened {
			if plural && ci.conj && c.listedPlace(i) {
				// the last of a list of countries is no more in context
				// than the others: "will visit Britain, France and Italy
				// to meet officials" meets no Italian officials alone
				return nil, false
			}
			if mil && ci.sent < c.sent && c.placedAt(d.Mentions[i].Tokens.Start) {
				if where == nil {
					where = ci.place
				}
				continue
			}
			return ci.place, false
		}
	}
	return where, false
}

// ownInstitution: code is a state's government (a leader, a minister) and
// role a home institution (parliament, courts, police, army), which
// such a subject speaks of as its own state's: "Reagan said parliament
// rejected the bill" (not the Iran of the sentence before).
func ownInstitution(code, role string) bool {
	if len(code) < 6 || !cameo.IsCountry(code[:3]) || code[3:6] != "GOV" {
		return false
	}
	switch code3(role) {
	case "LEG", "JUD", "COP", "MIL":
		return true // ("ordered the army to withdraw")
	}
	return false // (not "the minister", "officials": whom a leader meets or urges is mostly another state's)
}

// domesticActor: code is a country's actor of a domestic sector, one that
// answers to that country's state (opposition, legislature, courts,
// labour, business, civilians, rebels): not its government, military,
// police or spies, which deal with other states, nor its press, which
// reports on every state ("Reuters said forces loyal to the president").
func domesticActor(code string) bool {
	if len(code) < 6 || !cameo.IsCountry(code[:3]) {
		return false
	}
	switch code[3:6] {
	case "OPP", "LEG", "JUD", "LAB", "BUS", "CVL", "EDU", "AGR", "REL", "HLH", "REB", "PTY", "ELI":
		return true
	}
	return false
}

// listedPlace: mention i, a later conjunct, is conjoined to a place
// mention ("Britain, France and Italy"), not to some other word a parse
// error made its first conjunct ("in Brazil for talks").
func (c *chunker) listedPlace(i int) bool {
	d, s := c.d, c.s
	first := int32(-1)
	for t := d.Mentions[i].Tokens.Start; t < d.Mentions[i].Tokens.End; t++ {
		if h := d.Tokens[t].Head; d.Tokens[t].Dep == doc.Conj && (h < d.Mentions[i].Tokens.Start || h >= d.Mentions[i].Tokens.End) {
			first = h
			break
		}
	}
	if first < 0 {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		m := &d.Mentions[j]
		if m.Tokens.Start <= first && first < m.Tokens.End {
			return s.info[j].place != nil
		}
	}
	return false
}

// placedAt reports whether the phrase starting at token t, in this
// sentence or the one before, says where: it follows a locative
// preposition over adjectives and an article ("in northern Syria",
// "across the eastern Donbas").
func (c *chunker) placedAt(t int32) bool {
	d := c.d
	k := t - 1
	for k >= 0 && (d.Tokens[k].UPOS == doc.ADJ || d.Tokens[k].UPOS == doc.DET) {
		k--
	}
	return k >= 0 && d.Tokens[k].UPOS == doc.ADP && locatives[strings.ToLower(d.TokenText(int(k)))]
}

// audienceCountry is the country of whoever tells, briefs or addresses
// the chunk's role noun ("Hunt told MPs", "the minister briefed
// lawmakers"): his own country's, whatever country the sentence before
// named; "" when the chunk is no such object or the speaker has no code (a
// sector alone has no country, and the caller looks further).
func (c *chunker) audienceCountry() string {
	d, s := c.d, c.s
	h := c.ce - 1
	if dep := d.Tokens[h].Dep; dep != doc.Obj && dep != doc.Iobj {
		return ""
	}
	v := d.Tokens[h].Head
	if v < c.lo || v >= c.hi || !audienceVerbs[d.Tokens[v].Lemma] {
		return ""
	}
	for i := len(d.Mentions) - 1; i >= 0 && s.info[i].sent == c.sent; i-- {
		m := &d.Mentions[i]
		if m.Head >= c.lo && m.Head < c.hi && d.Tokens[m.Head].Head == v && d.Tokens[m.Head].Dep == doc.Nsubj {
			return s.info[i].country
		}
	}
	return ""
}

// audienceVerbs speak to their object, an audience usually of the speaker's own country.
var audienceVerbs = set("tell", "brief", "address", "inform", "assure", "reassure", "update")

// soleCountry gives a titled person whose title names no country ("opposition
// leader Ithil Vane", sector only) the country of the sentence when the
// sentence's mentions from first on name exactly one country, by its name,
// nationality, capital or seat. With two or more countries it cannot tell
// whose the person is, and the sector stays alone.
func (c *chunker) soleCountry(first int) {
	d, s := c.d, c.s
	var place *Entry
	for i := first; i < len(d.Mentions); i++ {
		p := s.info[i].place
		if p == nil || p.Minor || c.against(d.Mentions[i].Tokens.Start) {
			continue // "war against Gondor": an opponent, not one's own country
		}
		if place != nil && code3(place.Code) != code3(p.Code) {
			return
		}
		place = p
	}
	if place == nil {
		return
	}
	country, source := code3(place.Code), ruleNames[ruleContext]+place.Where
	for i := first; i < len(d.Mentions); i++ {
		m := &d.Mentions[i]
		if m.Kind != doc.Person || m.Antecedent >= 0 || len(m.Actor.Code) != 3 ||
			!strings.HasPrefix(m.Actor.Entry, ruleNames[ruleSector]) || c.speaker(m.Head) {
			continue // what a speaker says names other countries as often as his own
		}
		if c.actsOnCountry(i, first, country) {
			continue // "Sen. Lindsey Graham criticized Russia": what he acts on is not his country
		}
		c.giveCountry(i, country, source)
		if j := c.possessed(i); j >= 0 {
			// what the person's "'s" owns is his country's: "President
			// Elias Hrawi's army"
			c.giveCountry(j, country, source)
		}
	}
	// a pronoun of this sentence that refers back to a person given the
	// country takes it too: "... Gen. Khalifa Haftar's stronghold in Libya ...
	// to isolate him"
	for k := first; k < len(d.Mentions); k++ {
		m := &d.Mentions[k]
		if a := m.Antecedent; a >= int32(first) && a < int32(k) && m.Kind == doc.Pronoun && len(m.Actor.Code) == 3 &&
			strings.HasSuffix(d.Mentions[a].Actor.Code, m.Actor.Code) && code3(d.Mentions[a].Actor.Code) == country {
			m.Actor.Code = d.Mentions[a].Actor.Code
			s.info[k].country = country
		}
	}
}

// actsOnCountry reports whether every mention from first on that names
// country is itself an object or oblique of the verb whose subject
// mention i is: what a person acts on is seldom his own country.
func (c *chunker) actsOnCountry(i, first int, country string) bool {
	d, s := c.d, c.s
	h := d.Mentions[i].Head
	for n := 0; n < 4 && h >= c.lo && h < c.hi; n++ {
		if u := d.Tokens[h].Dep.Universal(); u != doc.Flat && u != doc.Compound && u != doc.Appos && u != doc.Nmod {
			break
		}
		// "Sen. Lindsey Graham", the name flat under the title; "Speaker
		// of the House Nancy Pelosi", the name under the office's noun
		h = d.Tokens[h].Head
	}
	if h < c.lo || h >= c.hi || d.Tokens[h].Dep.Universal() != doc.Nsubj {
		return false
	}
	v := d.Tokens[h].Head
	found := false
	for k := first; k < len(d.Mentions); k++ {
		p := s.info[k].place
		if p == nil || p.Minor || code3(p.Code) != country {
			continue
		}
		// the place itself must be the argument: "reviewing Canada's tax
		// system" acts on the system, and Canada is likely his own
		a := d.Mentions[k].Head
		if a < c.lo || a >= c.hi {
			return false
		}
		if o := d.Tokens[a].Head; o != v && o >= c.lo && o < c.hi && d.Tokens[o].Head == v && d.Tokens[a].Dep == doc.Nmod &&
			(d.Tokens[o].Dep == doc.Obj || d.Tokens[o].Dep.Universal() == doc.Obl) && eventObjects[string(fold(s.words[o], &s.buf))] {
			a = o // "will make an official visit to the United States": the visit's country is what he acts on
		}
		if d.Tokens[a].Head != v {
			return false
		}
		if e := d.Mentions[k].Tokens.End; e < c.hi && (d.Tokens[e].UPOS == doc.VERB || d.Tokens[e].UPOS == doc.AUX) {
			return false // "confirmed Ghana accepted": the subject of a clause the parse hung on the verb
		}
		switch d.Tokens[a].Dep.Universal() {
		case doc.Obj, doc.Iobj, doc.Obl:
			found = true
		default:
			return false
		}
	}
	return found
}

// eventObjects are acts named as a light verb's object ("make a visit to",
// "hold talks with"), whose places are what their makers act on.
var eventObjects = set("visit", "trip", "tour", "talks", "call", "appeal", "offer", "request", "protest",
	"complaint", "attack", "attacks", "statement", "speech", "warning", "threat", "threats")

// giveCountry puts country before the sector of mention i, which has its
// sector alone; source says where the country came from.
func (c *chunker) giveCountry(i int, country, source string) {
	m := &c.d.Mentions[i]
	m.Actor.Code = country + m.Actor.Code
	m.Actor.Entry = source + " + " + strings.TrimPrefix(m.Actor.Entry, ruleNames[ruleSector])
	c.s.info[i].country = country
}

// possessed returns the mention with only a sector ("army", "spokesman")
// that mention i owns by a possessive "'s" right after it, over
// adjectives between ("Hrawi's loyal army"), or -1.
func (c *chunker) possessed(i int) int {
	d, s := c.d, c.s
	p := d.Mentions[i].Tokens.End
	if p+1 >= c.hi || d.Tokens[p].UPOS != doc.PART {
		return -1
	}
	if w := s.words[p]; !possessiveWord(w) && w != "'" {
		return -1
	}
	for j := i + 1; j < len(d.Mentions); j++ {
		n := &d.Mentions[j]
		if n.Tokens.Start <= p {
			continue
		}
		for q := p + 1; q < n.Tokens.Start; q++ {
			if w := s.words[q]; d.Tokens[q].UPOS != doc.ADJ && w != "," && !foldEq(w, "and") {
				return -1
			}
		}
		if n.Antecedent >= 0 || len(n.Actor.Code) != 3 || !strings.HasPrefix(n.Actor.Entry, ruleNames[ruleSector]) {
			return -1
		}
		return j
	}
	return -1
}

// envoyToBody: the role ag is a state's envoy to the international body
// the chunk names, with the state named before it ("Syria's UN
// ambassador"): the state's, not the body's.
func (c *chunker) envoyToBody(ag hit) bool {
	if !strings.HasPrefix(c.org.e.Code, "IGO") {
		return false
	}
	if c.country.e != nil && c.country.end > c.org.start || c.country.e == nil && c.poss == nil {
		return false // (a country after the body is where it sends its envoy: "the UN Syria envoy")
	}
	return envoyWords[string(fold(c.s.words[ag.end-1], &c.s.buf))]
}

// envoyWords are a state's representatives abroad.
var envoyWords = set("ambassador", "ambassadors", "envoy", "envoys", "representative", "representatives",
	"delegate", "delegates", "delegation", "mission")

// appositions gives a role noun that has only its sector ("the then
// president", GOV) the actor of the person named right after it, a comma
// between, in apposition ("The then president, Mwai Kibaki": KENGOV);
// and a name that no dictionary knows the actor of the description in
// apposition after it ("Marko Petrovic, the Serbian-born tycoon": ELI),
// or of a role its possessor's code gives ("Karl Brenner, Siemens's
// chairman": DEUBUS).
func (c *chunker) appositions(first int) {
	d, s := c.d, c.s
	for i := first; i < len(d.Mentions); i++ {
		// "Clean Future, an advocacy group tied to ...": a name
		// no entry codes, described as an organisation, is one
		m := &d.Mentions[i]
		if m.Actor.Known() || m.Antecedent >= 0 || m.Kind != doc.Person && m.Kind != doc.UnknownKind {
			continue
		}
		if k := m.Tokens.End; k+2 < c.hi && s.words[k] == "," && articles[string(fold(s.words[k+1], &s.buf))] {
			for t := k + 2; t < c.hi && t < k+6; t++ {
				if u := d.Tokens[t].UPOS; u != doc.ADJ && u != doc.NOUN {
					break
				}
				if orgWords[string(fold(s.words[t], &s.buf))] && (t+1 >= c.hi || d.Tokens[t+1].UPOS != doc.NOUN) {
					m.Kind = doc.Organization
					break
				}
			}
		}
	}
	for i := first; i+1 < len(d.Mentions); i++ {
		m, n, j := &d.Mentions[i], &d.Mentions[i+1], i+1
		k := m.Tokens.End
		if k+1 >= c.hi || s.words[k] != "," || n.Tokens.Start <= k {
			continue
		}
		if !m.Actor.Known() && m.Antecedent < 0 && m.Kind == doc.Person && n.Kind == doc.Owner && len(n.Actor.Code) == 3 &&
			n.Tokens.Start <= k+2 && articles[string(fold(s.words[k+1], &s.buf))] {
			// "John Okello, a Kenyan runner": a person of that nation, as
			// "killed a Palestinian" is, whatever the noun the dictionary
			// does not know
			if r := d.Tokens[n.Head].Head; r >= 0 && d.Tokens[r].Head == m.Head && d.Tokens[r].Dep.Universal() == doc.Appos &&
				d.Tokens[r].UPOS == doc.NOUN && d.Tokens[r].XPOS != xNNS {
				m.Actor = doc.Actor{Code: n.Actor.Code, Name: d.Text(m.Span), Entry: "coref:apposition"}
				c.s.info[i].country = n.Actor.Code
				c.recode(i)
				continue
			}
		}
		viaPossessor := false
		if h := d.Tokens[n.Head]; h.Head != m.Head && !(d.Tokens[m.Head].Head == n.Head) {
			// the appositive's possessor comes first: "Jotyar Adil, the
			// KRG's official spokesperson" (KRG, then the spokesperson)
			if i+2 >= len(d.Mentions) || d.Tokens[n.Head].Head != d.Mentions[i+2].Head {
				continue // not in apposition in the parse
			}
			n, j = &d.Mentions[i+2], i+2
			if d.Tokens[n.Head].Head != m.Head {
				continue
			}
			// the role the possessor's, as its code says (a possessor no
			// entry codes leaves the role its sector alone, which names
			// no one: "X, Harlow Oil's president"; "X, Trump's Gondor
			// envoy" is no Gondorian)
			pc := d.Mentions[i+1].Actor.Code
			viaPossessor = n.Tokens.Start >= 2 && possessiveWord(s.words[n.Tokens.Start-1]) &&
				pc != "" && code3(pc) == code3(n.Actor.Code)
		}
		if !n.Actor.Known() {
			switch {
			case n.Kind != doc.Person || n.Antecedent >= 0 || n.Tokens.Start != k+1:
			case strings.HasPrefix(m.Actor.Entry, ruleNames[ruleContext]):
				c.unknownHolder(i)
			case m.Actor.Known() && (m.Kind == doc.Nominal || m.Kind == doc.Group) && c.s.info[i].person && !c.s.info[i].plural:
				// the name no dictionary knows holds the role before it:
				// "the Kenyan foreign minister, Raychelle Omamo" (KENGOV)
				n.Actor = m.Actor
				n.Actor.Name = d.Text(n.Span)
				n.Actor.Entry = "coref:apposition"
				c.s.info[j].country = c.s.info[i].country
				c.recode(j)
			}
			continue
		}
		switch {
		case guessed(m.Actor) &&
			n.Kind == doc.Person && n.Tokens.Start == k+1:
			// the country in context is a guess that the person named
			// beats: "close to the Iraq border ... the foreign secretary,
			// Jeremy Hunt" is GBRGOV
		case !m.Actor.Known() && m.Antecedent < 0 && (m.Kind == doc.Person || m.Kind == doc.UnknownKind) &&
			(n.Kind == doc.Nominal || n.Kind == doc.Group) && n.Antecedent < 0 &&
			(articles[string(fold(s.words[k+1], &s.buf))] || viaPossessor || c.bareRole(j, k)) &&
			!s.commaBetween(k+1, n.Tokens.Start):
			// "Marko Petrovic, the Serbian-born tycoon"; "Karl Brenner,
			// Siemens's chief executive"; wire copy's bare role: "Mark
			// Otieno, spokesman for the Kenyan treasury"
		default:
			continue
		}
		m.Actor.Code = n.Actor.Code
		if m.Actor.Name == "" {
			m.Actor.Name = d.Text(m.Span)
		}
		m.Actor.Entry = "coref:apposition"
		c.s.info[i].country = code3(n.Actor.Code)
		if g := firstNames[string(fold(s.words[m.Tokens.Start], &s.buf))]; m.Kind == doc.Person && g != Unknown && c.s.info[j].gender == Unknown {
			// the description is the person's, and so is the sex the
			// first name gives: "Mark Otieno, an activist, ..." is no "she"
			c.s.info[j].gender = g
		}
		c.recode(i)
	}
}

// recode gives what referred back to mention i in this sentence ("he
// said") the code that i has now.
func (c *chunker) recode(i int) {
	d, s := c.d, c.s
	for j := i + 1; j < len(d.Mentions); j++ {
		if o := &d.Mentions[j]; o.Antecedent >= 0 && s.info[j].root == s.info[i].root && o.Actor.Known() {
			o.Actor.Code = d.Mentions[i].Actor.Code
			s.info[j].country = s.info[i].country
		}
	}
}

// unknownHolder resolves a role noun that took the country in context
// and the person no dictionary knows named in apposition after it ("the
// foreign secretary, Jeremy Hunt"). When that country was named in
// passing ("close to the Iraq border"), the office holder is rather the
// article's own: the country whose state its earlier mentions name most
// often, or none when two tie. The person keeps no code: a guess from
// context would follow his name through the article.
func (c *chunker) unknownHolder(i int) {
	d := c.d
	m := &d.Mentions[i]
	if !c.passingContext(i) {
		return
	}
	role := m.Actor.Entry[strings.LastIndex(m.Actor.Entry, " + ")+3:]
	sector := m.Actor.Code[3:]
	switch top := c.articleCountry(i); {
	case top == code3(m.Actor.Code):
	case top != "":
		m.Actor.Code = top + sector
		m.Actor.Entry = ruleNames[ruleContext] + "article " + top + " + " + role
	default:
		m.Actor.Code = sector
		m.Actor.Entry = ruleNames[ruleSector] + role
	}
	c.s.info[i].country = code3(m.Actor.Code)
	if top := code3(m.Actor.Code); !cameo.IsCountry(top) {
		c.s.info[i].country = ""
	}
	c.recode(i)
}

// passingContext reports whether the place that contextCountry gave
// mention i was named in passing: the latest place before it in its
// sentence or the one before.
func (c *chunker) passingContext(i int) bool {
	for k := i - 1; k >= 0; k-- {
		ci := &c.s.info[k]
		if ci.sent < c.s.info[i].sent-1 {
			break
		}
		if ci.place != nil && !ci.place.Minor {
			return ci.passing
		}
	}
	return false
}

// articleCountry returns the country whose state (government, armed
// forces, police, courts, legislature, intelligence) the mentions before
// mention i name most often, by their own codes (a pronoun's is its
// antecedent's, not counted again); "" when none does more often than
// every other. A country named as a place or a people may be where the
// story is, not whose office it names.
func (c *chunker) articleCountry(i int) string {
	var codes [24]string
	var counts [24]int
	n := 0
	for k := 0; k < i; k++ {
		m := &c.d.Mentions[k]
		if m.Antecedent >= 0 || len(m.Actor.Code) < 6 || !stateSectors[m.Actor.Code[3:6]] || !cameo.IsCountry(m.Actor.Code[:3]) {
			continue
		}
		cc := m.Actor.Code[:3]
		j := 0
		for j < n && codes[j] != cc {
			j++
		}
		if j == n {
			if n == len(codes) {
				continue
			}
			codes[n] = cc
			n++
		}
		counts[j]++
	}
	best, tie := -1, false
	for j := 0; j < n; j++ {
		switch {
		case best < 0 || counts[j] > counts[best]:
			best, tie = j, false
		case counts[j] == counts[best]:
			tie = true
		}
	}
	if best < 0 || tie {
		return ""
	}
	return codes[best]
}

// commaBetween reports whether a comma lies in [a, b).
func (s *scratch) commaBetween(a, b int32) bool {
	for t := a; t < b; t++ {
		if s.words[t] == "," {
			return true
		}
	}
	return false
}

// against reports whether the phrase starting at token t is the object of
// "against" (its determiner skipped).
func (c *chunker) against(t int32) bool {
	for p := t - 1; p >= c.lo; p-- {
		switch c.d.Tokens[p].UPOS {
		case doc.DET:
			continue
		case doc.ADP:
			return foldEq(c.s.words[p], "against")
		}
		return false
	}
	return false
}

// speechVerbs are the lemmas of verbs whose subject is a speaker.
var speechVerbs = set("say", "tell", "add", "state", "announce", "warn", "note", "stress", "write",
	"declare", "insist")

// speaker reports whether the mention headed by token h is the subject of
// a speech verb ("Foreign Minister X said ..."), following flat, compound
// and appositive links up to the subject.
func (c *chunker) speaker(h int32) bool {
	for range 4 {
		t := &c.d.Tokens[h]
		if t.Head < c.lo || t.Head >= c.hi {
			return false
		}
		switch t.Dep {
		case doc.Nsubj:
			return speechVerbs[c.d.Tokens[t.Head].Lemma]
		case doc.Flat, doc.Compound, doc.Appos:
			h = t.Head
		default:
			return false
		}
	}
	return false
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
// government of Gondor", "a police station in eastern Gondor"), or nil.
// When the phrase names several ("lawmakers in Fornost and Gondor") it
// returns the first: one code names one actor, and the others stay
// conjoined to it in the parse, where a reader of the events can
// distribute the role over them (as eval.PeerEvents does for the peers'
// suites).
func (c *chunker) following() *Entry { return c.followingAt(c.ce) }

// opposing: the chunk's last role noun is of the opposition and r, a
// person's role, is in a state's office: "critics of Erdogan", "opponents
// of Maduro" are their states' opposition.
func (c *chunker) opposing(r *Role) bool {
	return c.na > 0 && c.agents[c.na-1].e.Code == "OPP" && r != nil && len(r.Code) >= 6 && stateSectors[r.Code[3:6]]
}

// troopWords name soldiers by the body, who may serve anywhere (not "the
// army", mostly the state's own).
var troopWords = set("troops", "forces", "soldiers", "personnel", "units", "contingent", "contingents")

// peopleWhere are the sectors of people who are of the state they are in
// (followingAt).
var peopleWhere = map[string]bool{"CVL": true, "REF": true}

// followingAt is following for a phrase that starts at word p.
func (c *chunker) followingAt(p int32) *Entry {
	if p+1 >= c.hi {
		return nil
	}
	w := c.s.words[p]
	ledBy, forOrg, aideTo := false, false, false
	switch {
	case foldEq(w, "in") && c.betweenParty(p-1):
		// "talks between the junta and rebels in Oslo": where the talks
		// are, not whose rebels (the parse may hang the place on the
		// last party)
		return nil
	case foldEq(w, "in") && c.na > 0 && c.agents[c.na-1].e.Code == "REF" && fledWords[string(fold(c.s.words[c.agents[c.na-1].end-1], &c.s.buf))]:
		// refugees are not of where they fled to: "3 million refugees in
		// Kenya" (but "refugees from Eritrea" are Eritreans, and "displaced
		// people in northern Iraq" mostly Iraqis)
		return nil
	case foldEq(w, "in") && c.na == 1 && c.agents[0].e.Code == "MIL" && troopWords[string(fold(c.s.words[c.agents[0].end-1], &c.s.buf))]:
		// troops are not of where they are: "keep troops in Somalia",
		// "allied forces in Somalia" are mostly foreign ones (but "the
		// Somali army" and "government forces in Syria" are the state's)
		return nil
	case foldEq(w, "of"), foldEq(w, "in"), foldEq(w, "from"):
	case c.d.Tokens[p].XPOS == xVBN && p+2 < c.hi && foldEq(c.s.words[p+1], "in") && c.na > 0 && peopleWhere[c.agents[c.na-1].e.Code]:
		// people are of where they are: "people affected in Somalia",
		// "civilians trapped in Syria" (not troops: "troops deployed in
		// Somalia" may be anyone's)
		p++
	case foldEq(w, "to") && c.na > 0 && aideWords[string(fold(c.s.words[c.agents[c.na-1].end-1], &c.s.buf))]:
		// "a top aide to Ayatollah Ali Khamenei": whose aide (an
		// ambassador to a state is not that state's)
		aideTo = true
	case foldEq(w, "for"):
		// "a spokesman for the State Department": an organisation's;
		// not a place's ("the UN envoy for Syria" is no Syrian), nor what
		// a body acts for ("aid approved by parliament for the rebels")
		if c.na > 0 && institutionWords[string(fold(c.s.words[c.agents[c.na-1].end-1], &c.s.buf))] {
			return nil
		}
		forOrg = true
	case foldEq(w, "led") && p+2 < c.hi && foldEq(c.s.words[p+1], "by"):
		// "forces led by Khalifa Haftar": the leader's state
		ledBy = true
		p++
	case foldEq(w, "to") && p > c.lo && foldEq(c.s.words[p-1], "loyal"):
		// "forces loyal to the Kenyan president": his state's, as forces
		// led by him are
		ledBy = true
	default:
		return nil
	}
	p++
	if p+1 < c.hi && foldEq(c.s.words[p], "the") {
		p++
	}
	// a hyphened modifier that names who backs or leads the body, not
	// the body: "leaders of the Kurdish-led Syrian Democratic Forces",
	// "of the US-backed SDF" (the SDF's, not the US's)
	// (a body no entry names stays the modifier's: "officials of the
	// Kenyan-led mission")
	for p+3 < c.hi && c.s.words[p+1] == "-" && !isCap(c.s.words[p+2]) &&
		(c.d.Tokens[p+2].XPOS == xVBN || c.d.Tokens[p+2].UPOS == doc.VERB || c.d.Tokens[p+2].UPOS == doc.ADJ) &&
		c.hitAt(c.nextHit(p+3), p+3) {
		p += 3
	}
	// a lower-case adjective or compass point before the place: "in
	// eastern Gondor", "in northeast Nigeria" (the tagger's noun)
	for p+1 < c.hi && (c.d.Tokens[p].UPOS == doc.ADJ || compassPoints[string(fold(c.s.words[p], &c.s.buf))]) &&
		!isCap(c.s.words[p]) && !c.hitAt(c.nextHit(p), p) {
		p++
	}
	k := c.nextHit(p)
	if k >= len(c.s.hits) || c.s.hits[k].start != p {
		if !ledBy && !aideTo && c.companyNameAt(p) {
			return companyOrg // "a spokesman for Harlow-Brandt Inc": the company's
		}
		return nil
	}
	// over titles to a person the dictionary dates: "the government of
	// Prime Minister Hassan Diab" is his country's
	for k+1 < len(c.s.hits) && c.s.hits[k].e.Kind == Agent && stateSectors[code3(c.s.hits[k].e.Code)] &&
		c.s.hits[k+1].start == c.s.hits[k].end && c.s.hits[k+1].e.Kind == PersonName {
		k++
	}
	if e := c.s.hits[k].e; (e.Kind == CountryNom || e.Kind == CountryAdj) && !ledBy && !aideTo && c.countryCompanyAt(k) {
		// "a spokesman for Kenya Airways", "an official of the Kenya
		// National Oil Corp": the company's people, of the
		// country its name starts with, not the state's
		return c.r.possessive(code3(e.Code)+"BUS", true)
	}
	switch e := c.s.hits[k].e; e.Kind {
	case CountryNom, Capital, Seat:
		if forOrg || c.placeNamedBody(c.s.hits[k].end) {
			return nil // (nor a body named after the place: "president of the Kenya Chamber of Commerce")
		}
		return e
	case PersonName:
		r := e.RoleOn(c.d.Article.Published)
		if c.s.hits[k].start == p && !ledBy && !aideTo && !(forOrg && c.speaksFor()) && !c.opposing(r) {
			return nil // "the friends of Putin": not his state's (but "an aide to Putin" and "a spokesman for Putin" are)
		}
		if r != nil && len(r.Code) >= 3 {
			switch code3(r.Code) {
			case "IGO", "NGO", "IMG", "MNC":
				return c.r.possessive(r.Code, true) // the organisation's own code
			}
			return c.r.possessive(r.Code, false)
		}
		return nil
	case Org:
		if c.madeBy(c.s.hits[k].end) {
			return nil // "fighters in Toyota pickup trucks": not Toyota's people
		}
		return e
	case CountryAdj:
		// "the brigade of the Nigerian Army": a nationality with its role noun
		if c.hitAt(k+1, c.s.hits[k].end) && c.s.hits[k+1].e.Kind == Agent {
			return e
		}
		// "officials from the Japanese Ministry of International Trade and
		// Industry": the body the nationality stands before
		if c.hitAt(k+1, c.s.hits[k].end) && c.s.hits[k+1].e.Kind == Org && !c.madeBy(c.s.hits[k+1].end) {
			return c.s.hits[k+1].e
		}
	}
	return nil
}

// placeNamedBody reports whether the capitalised words from p on, right
// after a place's name, name a body of that place ("the Kenya Chamber of
// Commerce", "the Mombasa Port Workers' Federation"): one of them ends an
// organisation's name, and no dictionary entry starts among them.
func (c *chunker) placeNamedBody(p int32) bool {
	h := c.nextHit(p)
	for q := p; q < c.hi && q < p+5; q++ {
		w := c.s.words[q]
		if possessiveWord(w) || w == "'" || w == "\u2019" {
			continue
		}
		if !isCap(w) || c.hitAt(h, q) {
			return false
		}
		if orgNameEnds[string(fold(w, &c.s.buf))] {
			return true
		}
	}
	return false
}

// betweenParty: token k is a party, or the last of conjoined parties, of a
// "between" phrase of a meeting noun ("talks between X and Y").
func (c *chunker) betweenParty(k int32) bool {
	if k < c.lo || k >= c.hi {
		return false
	}
	d := c.d
	for n := 0; n < 4 && d.Tokens[k].Dep == doc.Conj && d.Tokens[k].Head >= 0; n++ {
		k = d.Tokens[k].Head
	}
	h := d.Tokens[k].Head
	if h < c.lo || h >= c.hi || !meetingNouns[string(fold(c.s.words[h], &c.s.buf))] {
		return false
	}
	for j := c.lo; j < k; j++ {
		if d.Tokens[j].Head == k && d.Tokens[j].Dep == doc.Case && foldEq(c.s.words[j], "between") {
			return true
		}
	}
	return false
}

// meetingNouns are held between parties, somewhere.
var meetingNouns = set("talk", "talks", "meeting", "meetings", "negotiation", "negotiations", "summit",
	"dialogue", "discussion", "discussions", "conference", "consultation", "consultations")

// companyOrg is a company named by its suffix, as an organisation whose
// people a role noun names.
var companyOrg = &Entry{Kind: Org, Code: "BUS", Where: "actor: company name"}

// companyNameAt: the words from p are a name no dictionary lists that
// ends in a company suffix ("Harlow-Brandt Inc", "Acme Holdings AG"),
// with no entry inside it.
func (c *chunker) companyNameAt(p int32) bool {
	for q := p; q < c.hi && q < p+6; q++ {
		if !isCap(c.s.words[q]) && c.s.words[q] != "&" && c.s.words[q] != "-" || c.hitAt(c.nextHit(q), q) {
			return false
		}
		if q > p && c.companySuffix(q) {
			return true
		}
	}
	return false
}

// speaksFor: the chunk's last role noun is a spokesman's, who speaks for
// whom "for" names.
func (c *chunker) speaksFor() bool {
	return c.na > 0 && spokesWords[string(fold(c.s.words[c.agents[c.na-1].end-1], &c.s.buf))]
}

// spokesWords name those who speak for someone.
var spokesWords = set("spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople")

// forUnnamed: the chunk is followed by "for" and a capitalised name that
// no entry holds ("a spokesman for Halvorsen", "for Acme Holdings").
func (c *chunker) forUnnamed() bool {
	p := c.ce
	if p+1 >= c.hi || !foldEq(c.s.words[p], "for") {
		return false
	}
	p++
	return c.d.Tokens[p].UPOS == doc.PROPN && isCap(c.s.words[p]) && !c.hitAt(c.nextHit(p), p)
}

// countryCompanyAt: hit k, a country's name or adjective, starts the
// name of a company: a trade's noun right after it ("Kenya Airways",
// "Kenyan Airlines"), or capitalised words that end in a company suffix
// with no other entry among them ("Kenya National Oil Corp").
func (c *chunker) countryCompanyAt(k int) bool {
	end := c.s.hits[k].end
	if c.hitAt(k+1, end) && c.s.hits[k+1].e.Kind == Agent && c.s.hits[k+1].e.Code == "BUS" && isCap(c.s.words[end]) {
		return true
	}
	return end < c.hi && c.companyNameAt(end) || end+1 < c.hi && c.companySuffix(end)
}

// madeBy reports whether the words from p on are lower-case nouns (and
// adjectives) that no entry names, ending in a product noun: the name
// before p only says who made the thing ("Toyota pickup trucks", "Boeing
// jets"), and who rides in it or flies it is none of the maker's people.
func (c *chunker) madeBy(p int32) bool {
	last := int32(-1)
	for q := p; q < c.hi && q < p+4; q++ {
		u := c.d.Tokens[q].UPOS
		if u != doc.NOUN && u != doc.ADJ || isCap(c.s.words[q]) || c.hitAt(c.nextHit(q), q) {
			break
		}
		if u == doc.NOUN {
			last = q
		}
	}
	return last >= 0 && productNouns[string(fold(c.s.words[last], &c.s.buf))]
}

// sharedFollowing returns the country, place or organisation of the
// of-, in- or from-phrase after the role nouns conjoined after the chunk:
// "Lawmakers" in "Lawmakers and officials in Fornost" share "in Fornost"
// with "officials". nil when none: the words between may be only
// conjunctions, commas, determiners, adjectives and role nouns.
func (c *chunker) sharedFollowing() *Entry {
	s := c.s
	conj, role := false, false
	h := c.nextHit(c.ce)
	for p := c.ce; p < c.hi; {
		for h < len(s.hits) && s.hits[h].end <= p {
			h++
		}
		w := s.words[p]
		switch {
		case c.hitAt(h, p) && s.hits[h].e.Kind == Agent:
			role = true
			p = s.hits[h].end
			continue
		case c.hitAt(h, p):
			return nil
		case w == ",", foldEq(w, "and"), foldEq(w, "or"):
			conj = true
		case foldEq(w, "of"), foldEq(w, "in"), foldEq(w, "from"):
			if !conj || !role {
				return nil
			}
			return c.followingAt(p)
		case c.d.Tokens[p].UPOS == doc.DET, c.d.Tokens[p].UPOS == doc.ADJ:
		default:
			return nil
		}
		p++
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

// possessivePronoun returns the actor of a possessive pronoun right
// before the chunk at t, as an entry to combine with a role noun ("its
// troops" after "Moscow", "his government"), or nil.
func (c *chunker) possessivePronoun(t int32) *Entry {
	p := t - 1
	if p < c.lo {
		return nil
	}
	w := c.s.words[p]
	if !foldEq(w, "its") && !foldEq(w, "his") && !foldEq(w, "her") && !foldEq(w, "their") {
		return nil
	}
	mi := c.s.tokMention[p]
	if mi < 0 {
		return nil
	}
	m := &c.d.Mentions[mi]
	if !m.Actor.Known() || m.Antecedent < 0 {
		return nil
	}
	org := c.d.Mentions[c.s.info[mi].root].Kind == doc.Organization
	return c.r.possessive(m.Actor.Code, org)
}

// possessor returns the country, capital, seat or organisation whose
// possessive "'s" comes right before the chunk at t, or before adjectives
// conjoined before it ("Russia's foreign minister", "NATO's chief"), or
// nil.
func (c *chunker) possessor(t int32) *Entry {
	// over adjectives conjoined before the role noun: "Ithilen's awful
	// and evil minister"
	for t-1 > c.lo {
		w := c.s.words[t-1]
		if c.d.Tokens[t-1].UPOS == doc.ADJ || w == "," || foldEq(w, "and") {
			t--
			continue
		}
		break
	}
	if t-2 < c.lo {
		return nil
	}
	if w := c.s.words[t-1]; !possessiveWord(w) && w != "'" || c.d.Tokens[t-1].UPOS != doc.PART {
		return nil
	}
	k := c.nextHit(t - 2)
	if k < len(c.s.hits) && c.s.hits[k].end == t-1 {
		e := c.s.hits[k].e
		switch e.Kind {
		case CountryNom, Capital, Seat, Org:
			if mi := c.s.tokMention[t-2]; mi < 0 || !c.d.Mentions[mi].Actor.Known() {
				return nil // a place, not an actor: "in Moscow's suburbs"
			}
			return e
		}
	}
	// any coded mention: "the ministry's president"
	if mi := c.s.tokMention[t-2]; mi >= 0 && c.d.Mentions[mi].Actor.Known() && c.d.Mentions[mi].Tokens.End == t-1 {
		m := &c.d.Mentions[mi]
		return c.r.possessive(m.Actor.Code, m.Kind == doc.Organization)
	}
	return nil
}

// institutions emits an organisation for the role nouns of a title that
// are followed by another role noun: nationality + "Foreign Ministry".
func (c *chunker) institutions() {
	if c.na < 2 {
		return
	}
	if last := c.agents[c.na-1]; portfolioHeads[string(fold(c.s.words[last.end-1], &c.s.buf))] && last.end-last.start == 1 &&
		c.agents[c.na-2].end == last.start && (c.country.e != nil || c.poss != nil || c.cs == c.lo || !foldEq(c.s.words[c.cs-1], "and")) {
		// "Industry Minister", "Police Secretary": the minister's
		// portfolio, no body of its own whose member the minister is
		// (but in "Kenyan Trade and Industry Secretary" the nationality
		// is the first conjunct's, and the country in context no guide)
		c.agents[0] = last
		c.na = 1
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
	case inst.e.Code != "":
		// "army spokesman", "Senate Minority Leader": no country, the
		// institution's sector alone; its people take it
		pe = c.r.institution(inst.e)
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

// bareRole: mention j, right after the comma at k, is a role of one person
// whose own words give its code ("Mark Otieno, spokesman for the Kenyan
// treasury": KENGOV), as wire copy writes a role without an article; a
// role that has only its sector or the country in context ("X, vice
// president of a farmers' council": GOV, a guess) names no one.
func (c *chunker) bareRole(j int, k int32) bool {
	n := &c.d.Mentions[j]
	return n.Tokens.Start == k+1 && c.s.info[j].person && !c.s.info[j].plural && !guessed(n.Actor)
}

// guessed: a's code is a role's sector alone or the country in context with
// it, a guess that a person named, or a role's own words, beat.
func guessed(a doc.Actor) bool {
	return strings.HasPrefix(a.Entry, ruleNames[ruleSector]) || strings.HasPrefix(a.Entry, ruleNames[ruleContext])
}

// congressStates are the states whose legislature is called a Congress
// (and India, whose "Congress" is a party).
var congressStates = set("USA", "PHL", "MEX", "GTM", "HND", "SLV", "NIC", "CRI", "PAN", "COL", "VEN", "ECU",
	"PER", "BOL", "CHL", "ARG", "PRY", "URY", "BRA", "DOM", "HTI", "FSM", "MHL", "PLW", "KIR", "IND")

// portfolioHeads are the offices of a government whose modifier names
// what they are in charge of.
var portfolioHeads = set("minister", "ministers", "ministry", "ministries", "secretary", "secretaries", "commissioner", "commissioners")

// flush ends the chunk's pending modifiers: a role noun with its
// nationality ("Russian media", "a U.S. official", "the top U.S.
// diplomat"), or a country name on its own.
// nounAfter reports whether the chunk goes on from token k, past
// adjectives and hyphenated words, to a noun that no entry names.
func (c *chunker) nounAfter(k int32) bool {
	d := c.d
	for k < c.ce && (d.Tokens[k].UPOS == doc.ADJ || d.Tokens[k].UPOS == doc.NUM || c.s.words[k] == "-" ||
		k+1 < c.ce && c.s.words[k+1] == "-") {
		k++
	}
	return k < c.ce && d.Tokens[k].UPOS == doc.NOUN && !c.hitAt(c.nextHit(k), k)
}

func (c *chunker) flush() {
	d, s := c.d, c.s
	if c.na == 0 && c.org.e == nil && c.ce > c.cs && memberNouns[string(fold(s.words[c.ce-1], &s.buf))] &&
		!c.hitAt(c.nextHit(c.ce-1), c.ce-1) {
		// "staff from UNMEE", "members of Hamas", "Russian staff of the
		// World Bank": the people of an organisation are the organisation,
		// whatever their nationality
		if org := c.following(); org != nil && org.Kind == Org {
			c.members(c.ce-1, c.ce, org)
			c.country = hit{}
			return
		}
	}
	if c.na == 1 && c.org.e == nil && c.country.e == nil && c.agents[0].end == c.ce &&
		leaderNouns[string(fold(s.words[c.ce-1], &s.buf))] {
		// "leaders of the opposition", "the head of the union": a group's
		// leaders are the group, not a government
		if g := c.ofAgent(); g != nil && !stateSectors[code3(g.Code)] {
			c.members(c.agents[0].start, c.ce, c.r.institution(g))
			c.country = hit{}
			return
		}
	}
	if c.na > 1 && memberNouns[string(fold(s.words[c.agents[c.na-1].end-1], &s.buf))] &&
		c.agents[c.na-2].end == c.agents[c.na-1].start {
		// "government employees", "company workers": the people of the
		// institution before them have its sector
		c.agents[c.na-2].end = c.agents[c.na-1].end
		c.na--
	}
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
		if c.org.e != nil && start < c.org.end {
			start = c.org.end // the organisation is a mention of its own
		}
		plural := ag.e.Plural || d.Tokens[ag.end-1].XPOS == xNNS || d.Tokens[ag.end-1].XPOS == xNNPS
		if last := string(fold(s.words[ag.end-1], &s.buf)); (last == "party" || last == "parties") && ag.end-ag.start == 1 &&
			ag.start > c.cs && anySides[string(fold(s.words[ag.start-1], &s.buf))] {
			// "talks with other parties", "third parties", "all parties
			// concerned": sides to a deal, no political party
			c.country = hit{}
			c.na = 0
			return
		}
		if ag.end-ag.start == 1 && ag.end < c.ce && d.Tokens[ag.start].UPOS == doc.ADJ && foldEq(s.words[ag.start], "official") &&
			c.nounAfter(ag.end) {
			// "an official visit", "an official week-long visit": the
			// adjective, no official
			c.country = hit{}
			c.na = 0
			return
		}
		if ag.end < c.ce && d.Tokens[ag.end].UPOS == doc.NOUN && !c.hitAt(c.nextHit(ag.end), ag.end) &&
			thingNouns[string(fold(s.words[ag.end], &s.buf))] {
			// the role noun modifies a thing or an act: "the terrorist
			// attack", "the army decision", "a joint military exercise",
			// "military aid" (not "a military base": the military's); a
			// nationality before it owns the act ("a Colombian military
			// intervention")
			if x := c.country; x.e != nil && x.e.Kind == CountryAdj && x.end <= ag.start {
				m := c.mention(x.start, x.end, doc.Owner)
				m.Actor = doc.Actor{Code: x.e.Code, Name: x.e.Name, Entry: x.e.Where}
				c.emit(m, minfo{})
			}
			c.country = hit{}
			c.na = 0
			return
		}
		role := ag.e
		if counterpartWords[string(fold(s.words[ag.end-1], &s.buf))] {
			// "his counterpart" is the other side's: not of whom "his"
			// names, nor of the country in context
			c.poss = nil
		}
		if c.former && stateSectors[code3(role.Code)] {
			role = formerHolder // "the former governor": no longer the state's
		}
		var code, ev string
		var ctx *Entry // the country in context, when nothing closer gives one
		subjectsState := false
		switch {
		case c.org.e != nil && !c.envoyToBody(ag):
			pe := c.r.pair(ruleCompound, c.org.e, ag.e)
			code, ev = pe.Code, pe.Where
		case c.country.e != nil:
			pe := c.r.pair(ruleCompound, c.country.e, role)
			code, ev = pe.Code, pe.Where
		case c.poss != nil:
			pe := c.r.pair(ruleCompound, c.poss, role)
			code, ev = pe.Code, pe.Where
		default:
			// "officials in Washington", "the government of Gondor",
			// "Danish media and government"
			mod := c.following()
			if mod == nil && ag.end+1 < c.ce && foldEq(s.words[ag.end], "of") {
				// "The CEO of Gazprom": a capitalised title's "of" and
				// organisation inside the chunk, whose name comes next
				if e := c.followingAt(ag.end); e != nil && e.Kind == Org {
					mod = e
				}
			}
			if mod == nil && role.Code == "GOV" && c.forUnnamed() {
				// "a spokesman for Halvorsen": of a body no entry names, a
				// firm as likely as a state; no one known
				c.country = hit{}
				c.na = 0
				return
			}
			if mod == nil {
				mod = c.sharedFollowing()
			}
			if mod == nil {
				mod = c.conjoinedMod()
			}
			if mod != nil {
				pe := c.r.pair(ruleCompound, mod, role)
				code, ev = pe.Code, pe.Where
				c.countryOf = code3(mod.Code)
			}
			if last := string(fold(s.words[ag.end-1], &s.buf)); mod == nil && role == ag.e && !counterpartWords[last] && !(plural && c.soleOffice(last, ag.start, ag.end)) {
				ctx, subjectsState = c.contextCountry(ag.e, plural)
				if ctx != nil && ag.end-ag.start == 1 && s.words[ag.start] == "Congress" && !congressStates[code3(ctx.Code)] {
					// a Congress by name alone is the United States' where
					// the state in context has none ("Congress" in a story
					// on Japan's trade); India's is a party, left as it was
					if usa := c.r.possessive("USA", false); usa != nil {
						ctx = usa
					}
				}
			}
		}
		if c.country.e != nil {
			c.lastMod, c.lastModEnd = c.country.e, ag.end
		} else if c.poss != nil {
			c.lastMod, c.lastModEnd = c.poss, ag.end
		}
		if code == "" && ctx == nil && ownedRoles[string(fold(s.words[ag.end-1], &s.buf))] {
			c.country = hit{}
			c.na = 0
			return
		}
		kind := doc.Group
		personal := !plural && !institutionWords[string(fold(s.words[ag.end-1], &s.buf))]
		if c.det >= 0 && !plural && c.org.e == nil {
			// a definite description: refers back to a person with that
			// role, or to an institution of that kind
			m := c.mention(c.det, ag.end, doc.Nominal)
			inf := minfo{plural: plural, country: c.countryOf, person: personal}
			inf.key = c.key(c.det+1, ag.end)
			if ante := c.shortName(ag.start, ag.end); ante >= 0 && ag.start == c.det+1 {
				c.linkShortName(m, ante) // "the Bank" after "the World Bank": the name, not a bank
			} else if ante := c.description(inf); ante >= 0 && !(subjectsState && code3(d.Mentions[ante].Actor.Code) != code3(ctx.Code)) {
				// (but the government a country's own opposition or
				// courts speak of is their state's, not one named
				// before: contextCountry)
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
			} else if ctx != nil {
				// "the justice minister" after "Romania's president"
				pe := c.r.pair(ruleContext, ctx, ag.e)
				m.Actor = doc.Actor{Code: pe.Code, Name: d.Text(m.Span), Entry: pe.Where}
				inf.country = code3(ctx.Code)
				c.emit(m, inf)
			} else if ante := c.orgDescription(ag.e.Code, !personal); ante >= 0 && personal {
				// "the foreign secretary" after "the Home Office": one of
				// its people, a person of a chain of his own
				a := d.Mentions[ante].Actor
				m.Actor = doc.Actor{Code: a.Code, Name: d.Text(m.Span), Entry: ruleNames[ruleContext] + a.Entry + " + " + ag.e.Where}
				inf.country = code3(a.Code)
				c.emit(m, inf)
			} else if ante >= 0 {
				// "the news agency" after "Tass"
				a := d.Mentions[ante].Actor
				a.Entry = "coref:description"
				m.Actor = a
				m.Antecedent = ante
				ai := s.info[ante]
				ai.key = inf.key
				c.emitLinked(m, ai)
			} else if ag.e.Code != "" && !c.former && ag.end == c.ce && (ag.end == c.hi || s.words[ag.end] != "-") {
				// "the government" with no country in the sentence or the
				// one before: its sector alone, as for "a senior official";
				// not when the role noun modifies another ("the terrorist
				// attack", "the rebel-held enclave")
				pe := c.r.sector(ag.e)
				m.Actor = doc.Actor{Code: pe.Code, Name: d.Text(m.Span), Entry: pe.Where}
				c.emit(m, inf)
			}
		} else if (code != "" || ctx != nil || ag.e.Code != "") && (c.org.e == nil || ag.start >= c.org.end && code != c.org.e.Code) {
			if code == "" && ctx == nil {
				// "clerics and lawmakers": the sector, country unknown
				pe := c.r.sector(role)
				code, ev = pe.Code, pe.Where
			}
			if code == "" {
				pe := c.r.pair(ruleContext, ctx, ag.e)
				code, ev = pe.Code, pe.Where
				c.countryOf = code3(ctx.Code)
			}
			if isCap(s.words[ag.start]) && ag.e.Code == "GOV" {
				kind = doc.Organization
			}
			m := c.mention(start, ag.end, kind)
			m.Actor = doc.Actor{Code: code, Name: d.Text(m.Span), Entry: ev}
			inf := minfo{plural: plural, country: c.countryOf, place: c.country.e,
				person: personal && kind == doc.Group}
			inf.key = c.key(start, ag.end)
			c.emit(m, inf)
		}
		c.country = hit{}
		c.na = 0
	}
	if x := c.country; x.e != nil {
		c.country = hit{}
		last := d.Tokens[x.end-1]
		// the role or member noun that coordinated nationalities share,
		// walked to once: only a chunk's last nationality can share one
		var sharedAg, sharedOrg *Entry
		if x.end == c.ce {
			sharedAg, sharedOrg = c.shared(x)
		}
		// the states or people noun after a nationality adjective
		statesEnd, people := int32(0), (*Entry)(nil)
		if x.e.Kind == CountryAdj {
			if statesEnd = c.statesNoun(x.end); statesEnd <= 0 {
				people = c.peopleNoun(x.end)
			}
		}
		switch {
		case x.e.Kind == CountryAdj && c.seaAfter(x.end):
			// "the Indian Ocean", "Arabian Sea ports", "the Korean
			// Peninsula": the name of a sea or a land, no one's
		case statesEnd > 0:
			// "some European countries", "Arab states", "Western allies":
			// the region (or country) itself
			end := statesEnd
			m := c.mention(x.start, end, doc.Group)
			m.Actor = doc.Actor{Code: x.e.Code, Name: x.e.Name, Entry: x.e.Where}
			inf := minfo{country: c.countryOf, plural: true, place: x.e}
			inf.key = c.key(x.start, end)
			c.emit(m, inf)
		case people != nil:
			// "three Qatari nationals", "a 34-year-old Eritrean man"
			pe := c.r.pair(ruleCompound, x.e, people)
			m := c.mention(x.start, c.ce, doc.Group)
			m.Actor = doc.Actor{Code: pe.Code, Name: d.Text(m.Span), Entry: pe.Where}
			plural := d.Tokens[c.ce-1].XPOS == xNNS || d.Tokens[c.ce-1].XPOS == xNNPS
			inf := minfo{country: c.countryOf, plural: plural, person: !plural, place: x.e}
			inf.key = c.key(x.start, c.ce)
			c.emit(m, inf)
		case sharedOrg != nil:
			// "US" in "US, Canadian and Russian staff from UNMEE": the
			// organisation's people
			c.members(x.start, x.end, sharedOrg)
		case x.e.Kind == CountryNom && (x.end != c.ce || sharedAg == nil):
			m := c.mention(x.start, x.end, doc.Country)
			m.Actor = doc.Actor{Code: x.e.Code, Name: x.e.Name, Entry: x.e.Where}
			// "close to the Iraq border": named in passing
			// "the Iran-contra scandal", "the Iran-Iraq war": a name for an
			// affair or a war, no country in context for "Congress"
			c.emit(m, minfo{country: c.countryOf, place: x.e, passing: c.thingAfter(x.end), hyphened: c.hyphenName(x.end)})
		case last.XPOS == xNNS || last.XPOS == xNNPS:
			// a people by its plural demonym: "the Palestinians", "Americans"
			m := c.mention(x.start, x.end, doc.Group)
			m.Actor = doc.Actor{Code: x.e.Code, Name: x.e.Name, Entry: x.e.Where}
			c.emit(m, minfo{country: c.countryOf, plural: true, place: x.e})
		case x.e.Kind == CountryAdj && x.end == c.ce && c.hyphenParticiple(x.end):
			// "a Saudi-led strike", "Iranian-backed militias": the state
			// that leads or backs
			m := c.mention(x.start, x.end, doc.Country)
			m.Actor = doc.Actor{Code: x.e.Code, Name: x.e.Name, Entry: x.e.Where}
			c.emit(m, minfo{country: c.countryOf, place: x.e})
		case x.e.Kind == CountryAdj && x.end == c.ce && sharedAg == nil && sharedOrg == nil && c.onePerson(x):
			// "killed a Palestinian", "another ethnic Uzbek": one
			// person of that nation
			m := c.mention(x.start, x.end, doc.Group)
			m.Actor = doc.Actor{Code: x.e.Code, Name: x.e.Name, Entry: x.e.Where}
			c.emit(m, minfo{country: c.countryOf, person: true, place: x.e})
		case x.end == c.ce:
			// one of coordinated nationalities or countries sharing a role
			// noun: "Kenyan" in "Kenyan, Malawian and Zambian
			// troops", "Fornost" in "Fornost and Gondor lawmakers"
			if sharedAg != nil {
				pe := c.r.pair(ruleCompound, x.e, sharedAg)
				m := c.mention(x.start, x.end, doc.Group)
				m.Actor = doc.Actor{Code: pe.Code, Name: d.Text(m.Span), Entry: pe.Where}
				c.emit(m, minfo{country: c.countryOf, plural: true})
			} else if x.e.Kind == CountryAdj && c.conjoinedOwner(x.end) {
				// "Syrian" in "Syrian and Russian jets": an owner as the
				// other nationality is
				m := c.mention(x.start, x.end, doc.Owner)
				m.Actor = doc.Actor{Code: x.e.Code, Name: x.e.Name, Entry: x.e.Where}
				c.emit(m, minfo{})
			}
		case x.e.Kind == CountryAdj && c.thingAfter(x.end):
			// a thing's nationality: "the Ukrainian tanker" is no actor,
			// but it is Ukraine's, which a coder may take as the target of
			// what is done to it ("seized the Ukrainian tanker")
			// (no context for what follows: "imports of Turkish goods"
			// say nothing of whose the next minister is)
			m := c.mention(x.start, x.end, doc.Owner)
			m.Actor = doc.Actor{Code: x.e.Code, Name: x.e.Name, Entry: x.e.Where}
			c.emit(m, minfo{})
		}
	}
}

// conjoinedOwner reports whether the words from p are "and" (or a comma)
// and another nationality before a noun no role names ("and Russian jets").
func (c *chunker) conjoinedOwner(p int32) bool {
	if p+2 >= c.hi || c.s.words[p] != "," && !foldEq(c.s.words[p], "and") {
		return false
	}
	k := c.nextHit(p + 1)
	if k >= len(c.s.hits) || c.s.hits[k].start != p+1 || c.s.hits[k].e.Kind != CountryAdj {
		return false
	}
	e := c.s.hits[k].end
	if e >= c.hi || c.d.Tokens[e].UPOS != doc.NOUN {
		return false
	}
	n := c.nextHit(e)
	return n >= len(c.s.hits) || c.s.hits[n].start != e // (a role noun shares the nationalities: sharedAg)
}

// onePerson reports whether the nationality x that ends the chunk is a
// noun for one person of that nation: after "a", "an", "another" or
// "one" and lower-case adjectives only, heading its phrase ("a
// Palestinian", "another ethnic Uzbek"), not an adjective whose noun
// the parse finds elsewhere.
func (c *chunker) onePerson(x hit) bool {
	d, s := c.d, c.s
	if x.end-x.start != 1 || d.Tokens[c.cs].UPOS != doc.DET || !oneDets[string(fold(s.words[c.cs], &s.buf))] {
		return false
	}
	for t := c.cs + 1; t < x.start; t++ {
		if d.Tokens[t].UPOS != doc.ADJ || isCap(s.words[t]) {
			return false
		}
	}
	h := d.Tokens[x.start].Head
	if h >= c.cs && h < c.ce {
		return false
	}
	if d.Tokens[x.start].Dep != doc.Amod || h < x.end {
		return true
	}
	// an amod across a preposition or a verb is the parser's slip ("a
	// Palestinian near Hebron" with Palestinian on Hebron)
	for t := x.end; t < h; t++ {
		switch d.Tokens[t].UPOS {
		case doc.ADP, doc.VERB, doc.AUX, doc.PUNCT:
			return true
		}
	}
	return false
}

// oneDets open a noun phrase for one: "a Palestinian".
var oneDets = set("a", "an", "another", "one")

// peopleNoun returns the people noun's entry when the chunk ends in one
// right after the nationality that ends at p, or after lower-case
// adjectives following it ("Kuwaiti nationals", "Somali young men"); nil
// otherwise.
func (c *chunker) peopleNoun(p int32) *Entry { return c.peopleSpan(p, c.ce) }

// peopleSpan is peopleNoun for the words [p, e): "actor" in "Chinese
// actor Jiang Jinfu". A noun that says nothing of the sector ("suspect",
// "actor") gives the nationality alone.
func (c *chunker) peopleSpan(p, e int32) *Entry {
	if p >= e {
		return nil
	}
	for q := p; q < e-1; q++ {
		if c.d.Tokens[q].UPOS != doc.ADJ || isCap(c.s.words[q]) {
			return nil
		}
	}
	last := e - 1
	if c.d.Tokens[last].UPOS != doc.NOUN || c.hitAt(c.nextHit(last), last) {
		return nil
	}
	w := string(fold(c.s.words[last], &c.s.buf))
	if pe := peopleNouns[w]; pe != nil {
		return pe
	}
	if extraPeople[w] {
		return anyPeople
	}
	return nil
}

// anyPeople is the role of a people noun that says nothing of the
// sector: the nationality alone ("a Chinese suspect", CHN).
var anyPeople = &Entry{Kind: Agent, Where: "actor: people noun"}

// hyphenParticiple reports whether a hyphen and a participle of leading
// or backing follow token p: "-led", "-backed", "-brokered"; or the
// participle alone, written without the hyphen and parsed as the
// modifier of the noun after it ("the Saudi led coalition").
func (c *chunker) hyphenParticiple(p int32) bool {
	if p >= c.hi {
		return false
	}
	q := p + 1 // the participle, after the hyphen
	if !isHyphen(c.s.words[p]) {
		if c.d.Tokens[p].Dep != doc.Amod {
			return false
		}
		q = p
	}
	if q+1 >= c.hi || !participles[string(fold(c.s.words[q], &c.s.buf))] {
		return false
	}
	// not before a role noun or another name: "Iranian-backed militias"
	// are the militias, "the Syrian-backed Lebanese Popular Front" is
	// the Front
	return !c.hitAt(c.nextHit(q+1), q+1)
}

// hyphenName: a hyphen and a word that is no participle ("-led",
// "-backed") follow at p, joining the name before it into a compound name
// ("Iran-contra", "Iran-Iraq").
func (c *chunker) hyphenName(p int32) bool {
	return p+1 < c.hi && isHyphen(c.s.words[p]) && c.d.Tokens[p].Span.Start == c.d.Tokens[p-1].Span.End &&
		!participles[string(fold(c.s.words[p+1], &c.s.buf))]
}

func isHyphen(w string) bool { return w == "-" || w == "\u2010" || w == "\u2011" }

// statesNoun returns the end of a noun for states ("countries",
// "allies") right after the nationality or region adjective that ends at
// p, or after lower-case adjectives or "member" following it; 0 when there
// is none. The noun ends the chunk, or a noun the tagger took for one
// follows it ("Gulf allies launch ...").
func (c *chunker) statesNoun(p int32) int32 {
	for q := p; q < c.ce; q++ {
		w := c.s.words[q]
		if statesNouns[string(fold(w, &c.s.buf))] && !c.hitAt(c.nextHit(q), q) {
			if q+1 < c.ce && c.d.Tokens[q].XPOS != xNNS {
				return 0 // "the European states' budgets" and the like: not the noun's own phrase
			}
			return q + 1
		}
		if c.d.Tokens[q].UPOS != doc.ADJ && !foldEq(w, "member") || isCap(w) {
			return 0
		}
	}
	return 0
}

// members emits tokens [p, q) as people of the organisation org, which
// they are whatever their nationality: "staff" in "staff from UNMEE".
func (c *chunker) members(p, q int32, org *Entry) {
	m := c.mention(p, q, doc.Group)
	pe := c.r.members(org)
	m.Actor = doc.Actor{Code: pe.Code, Name: c.d.Text(m.Span), Entry: pe.Where}
	c.emit(m, minfo{plural: true, country: code3(pe.Code)})
}

// shared looks past a nationality or country x that ends a chunk for a
// coordination of them ending in the noun they share: a role noun, whose
// entry it returns as ag ("Kenyan, Malawian and Zambian
// troops", "Fornost and Gondor lawmakers"), or a member noun of an
// organisation, which it returns as org, whose people they are ("US,
// Canadian and Russian staff from UNMEE"). A comma after the member that
// follows the conjunction closes the coordination, and a comma before a
// determiner opens an apposition: in "Calenardhon and Gondor, and Gondor
// and Dagolath, the Osgiliath newspaper" the newspaper is Osgiliath's
// alone.
func (c *chunker) shared(x hit) (ag, org *Entry) {
	s := c.s
	p := x.end
	h := c.nextHit(p)
	joined := x.start > 0 && (foldEq(s.words[x.start-1], "and") || foldEq(s.words[x.start-1], "or"))
	for p < c.hi {
		w := s.words[p]
		if w == "," && joined || foldEq(w, "the") && s.words[p-1] == "," {
			return nil, nil
		}
		if w == "," || foldEq(w, "and") || foldEq(w, "or") || foldEq(w, "the") {
			joined = joined || w != "," && !foldEq(w, "the")
			p++
			continue
		}
		for h < len(s.hits) && s.hits[h].start < p {
			h++
		}
		if h >= len(s.hits) || s.hits[h].start != p {
			return nil, nil
		}
		switch s.hits[h].e.Kind {
		case CountryAdj, CountryNom, Org: // "British and EU negotiators"
		default:
			return nil, nil
		}
		p = s.hits[h].end
		h++
		if h < len(s.hits) && s.hits[h].start == p {
			if s.hits[h].e.Kind == Agent {
				return s.hits[h].e, nil
			}
			return nil, nil
		}
		if p < c.hi && memberNouns[string(fold(s.words[p], &s.buf))] {
			if !joined {
				return nil, nil
			}
			if e := c.followingAt(p + 1); e != nil && e.Kind == Org {
				return nil, e
			}
			return nil, nil
		}
	}
	return nil, nil
}

// thingAfter reports whether the chunk's words from p on are a common
// noun phrase for a thing ("tanker", "oil fields", "television
// channels"): lower case, ending in a noun that names no people or staff.
// "Russian Oil Corp" is a name, "American staff" are people.
func (c *chunker) thingAfter(p int32) bool { return c.thingSpan(p, c.ce) }

// thingSpan is thingAfter for the words [p, e): "space organization" in
// "the Indian space agency Antrix".
func (c *chunker) thingSpan(p, e int32) bool {
	d, s := c.d, c.s
	if p >= e || d.Tokens[e-1].UPOS != doc.NOUN {
		return false
	}
	for q := p; q < e; q++ {
		if isCap(s.words[q]) {
			return false
		}
		switch d.Tokens[q].UPOS {
		case doc.NOUN, doc.ADJ, doc.NUM, doc.VERB:
		default:
			return false
		}
	}
	last := string(fold(s.words[e-1], &s.buf))
	return !memberNouns[last] && !PeopleNoun(last)
}

// leaderBodies gives a state body named after its leader the leader's
// country: "the Assad regime" (SYRGOV), "the Trump administration"
// (USAGOV), and the bodies named after it ("Assad regime forces": the
// forces too); the name must modify one of them.
func (c *chunker) leaderBodies(first int) {
	d := c.d
	sectorOnly := func(m *doc.Mention) bool { return len(m.Actor.Code) >= 3 && stateSectors[m.Actor.Code[:3]] }
	for i := first; i+1 < len(d.Mentions); i++ {
		p := &d.Mentions[i]
		pc := p.Actor.Code
		if p.Kind != doc.Person || len(pc) < 3 || !cameo.IsCountry(pc[:3]) || p.Head < 0 {
			continue
		}
		end := i + 1 // the run of adjacent bodies with a sector alone after the name
		for end < len(d.Mentions) && d.Mentions[end].Tokens.Start == d.Mentions[end-1].Tokens.End && sectorOnly(&d.Mentions[end]) {
			end++
		}
		if end == i+1 {
			continue
		}
		if h := d.Tokens[p.Head].Head; h < d.Mentions[i+1].Tokens.Start || h >= d.Mentions[end-1].Tokens.End {
			continue
		}
		for k := i + 1; k < end; k++ {
			c.giveCountry(k, pc[:3], "leader: "+p.Actor.Entry)
		}
	}
}

// ofAgent is the role noun right after "of (the)" at the chunk's end
// ("leaders of the opposition"), or nil.
func (c *chunker) ofAgent() *Entry {
	p := c.ce
	if p+1 >= c.hi || !foldEq(c.s.words[p], "of") {
		return nil
	}
	p++
	if p+1 < c.hi && foldEq(c.s.words[p], "the") {
		p++
	}
	if k := c.nextHit(p); c.hitAt(k, p) && c.s.hits[k].e.Kind == Agent {
		return c.s.hits[k].e
	}
	return nil
}

// fledWords end the names of people who have left their country.
var fledWords = set("refugee", "refugees", "seeker", "seekers", "asylum-seekers", "asylum-seeker")

// seaNames are the seas and lands whose names a nationality begins (not
// a ship's: "the Liberian Ocean Star freighter"): the nationality, then the
// words that may follow it.
var seaNames = map[string]map[string]bool{"indian": set("ocean", "subcontinent"), "arabian": set("sea", "peninsula", "gulf"),
	"arab": set("gulf"), "korean": set("peninsula"), "philippine": set("sea"), "malay": set("peninsula"),
	"crimean": set("peninsula"), "caribbean": set("sea"), "balkan": set("peninsula"), "iberian": set("peninsula"),
	"scandinavian": set("peninsula")}

// seaAfter: the nationality word before p and the capitalised word at p
// name a sea or a land ("Indian Ocean"); a lookup that allocates nothing,
// as it runs on every nationality.
func (c *chunker) seaAfter(p int32) bool {
	if p < 1 || p >= int32(len(c.s.words)) || !isCap(c.s.words[p]) {
		return false
	}
	seas := seaNames[string(fold(c.s.words[p-1], &c.s.buf))]
	return seas[string(fold(c.s.words[p], &c.s.buf))]
}
