package actor

import (
	"slices"
	"strings"

	"dyad/cameo"
	"dyad/doc"
)

// In-document coreference. Each rule looks back from the new mention over
// the mentions already resolved, so a chain's actor is its first mention's.

// pronounWindow is how many sentences back a pronoun may find its antecedent.
const pronounWindow = 2

// surname returns the latest earlier person mention whose name ends with the
// one-word name at [p, q) ("Blinken" after "Antony Blinken"), or whose text
// is the same name; -1 when none.
func (c *chunker) surname(p, q int32) int32 {
	d, s := c.d, c.s
	text := d.Text(doc.Span{Start: d.Tokens[p].Span.Start, End: d.Tokens[q-1].Span.End})
	for i := len(d.Mentions) - 1; i >= 0; i-- {
		m := &d.Mentions[i]
		if m.Kind != doc.Person || !s.info[i].person {
			continue
		}
		if q-p == 1 && s.words[m.Tokens.End-1] == text || d.Text(m.Span) == text {
			return int32(i)
		}
	}
	return -1
}

// shortName returns the latest earlier organisation, named in two words or
// more, whose name ends with the one capitalised word at [p, q) after
// "the": wire copy's short form of a name given in full ("the Fund" after
// "the International Monetary Fund", "the Bank" after "the World Bank",
// "the Commission" after "the European Commission"); -1 when none.
func (c *chunker) shortName(p, q int32) int32 {
	d, s := c.d, c.s
	if q-p != 1 || p < 1 || s.words[p-1] != "the" && s.words[p-1] != "The" {
		return -1
	}
	w := s.words[p]
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return -1
	}
	for i := len(d.Mentions) - 1; i >= 0; i-- {
		m := &d.Mentions[i]
		if m.Kind == doc.Organization && m.Actor.Known() && m.Tokens.End-m.Tokens.Start >= 2 && s.words[m.Tokens.End-1] == w {
			return int32(i)
		}
	}
	return -1
}

// leadName returns the latest earlier mention, known to the dictionaries
// or as a company, whose name begins with the capitalised words at [p, q)
// and goes on: a company named again without the rest of its name ("USAir"
// after "USAir Group Inc", "Tatu" after "Tatu Tanneries Ltd"), or a
// person by a family name written first ("Zhao" after "Zhao Ziyang",
// "Mobutu" after "Mobutu Sese Seko"), a common given name excepted ("John"
// names no "John Okello"); -1 when none.
func (c *chunker) leadName(p, q int32) int32 {
	d, s := c.d, c.s
	n := q - p
	if p > c.lo {
		// the tail of a longer name ("Lathe" in "Toshiba Lathe", "World"
		// in "Radio 4’s World", where "4’s" is one token as in UD)
		if w := s.words[p-1]; d.Tokens[p-1].UPOS == doc.PROPN || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "\u2019s") {
			return -1
		}
	}
	familyName := n == 1 && firstNames[string(fold(s.words[p], &s.buf))] == Unknown
	for i := len(d.Mentions) - 1; i >= 0; i-- {
		m := &d.Mentions[i]
		if !m.Actor.Known() || m.Antecedent >= 0 {
			continue
		}
		switch m.Kind {
		case doc.Organization:
		case doc.Person:
			if !familyName {
				continue
			}
		default:
			continue
		}
		k := m.Tokens.Start
		if w := s.words[k]; w == "the" || w == "The" {
			k++
		}
		if m.Tokens.End-k <= n || k+n > c.hi {
			continue
		}
		same := true
		for j := int32(0); j < n && same; j++ {
			same = s.words[k+j] == s.words[p+j]
		}
		if same {
			return int32(i)
		}
	}
	return -1
}

// linkName emits mention m as the earlier mention ante it names again: an
// organisation by a short name (linkShortName), a person by a surname.
func (c *chunker) linkName(m doc.Mention, ante int32) {
	if c.d.Mentions[ante].Kind == doc.Organization {
		c.linkShortName(m, ante)
		return
	}
	a := c.d.Mentions[ante].Actor
	a.Entry = "coref:surname"
	m.Actor, m.Antecedent = a, ante
	c.emitLinked(m, c.s.info[ante])
}

// linkShortName emits mention m as the organisation ante that its short
// name refers back to (shortName).
func (c *chunker) linkShortName(m doc.Mention, ante int32) {
	a := c.d.Mentions[ante].Actor
	a.Entry = "coref:short name"
	m.Actor, m.Kind, m.Antecedent = a, doc.Organization, ante
	c.emitLinked(m, c.s.info[ante])
}

// description returns the latest earlier person whose title the definite
// description fits ("the foreign minister" → "Russian Foreign Minister
// Sergey Lavrov"; "the top U.S. diplomat" → "U.S. Secretary of State
// Antony Blinken"), or for a description of an institution the latest
// institution it fits ("the ministry" → "Armenia's defence ministry"), or
// -1. Every word of the description must be in the
// title, or the description is an epithet for the title; the countries, when
// both are known, must agree.
func (c *chunker) description(inf minfo) int32 {
	d, s := c.d, c.s
	desc := s.keys[inf.key[0]:inf.key[1]]
	if len(desc) == 0 {
		return -1
	}
	epi := epithets[string(desc)]
	for i := len(d.Mentions) - 1; i >= 0; i-- {
		ci := &s.info[i]
		if ci.person != inf.person || ci.plural || ci.key[1] == ci.key[0] || !d.Mentions[i].Actor.Known() && !ci.person {
			continue
		}
		if inf.country != "" && ci.country != "" && inf.country != ci.country {
			continue
		}
		if c.nounModifier(&d.Mentions[i]) {
			continue // "regime change", "government spending": no one to refer back to
		}
		title := s.keys[ci.key[0]:ci.key[1]]
		if wordsIn(desc, title) {
			return int32(i)
		}
		for _, t := range epi {
			if string(title) == t {
				return int32(i)
			}
		}
	}
	return -1
}

// nounModifier: mention m is a single role noun that only modifies the
// common noun after it ("regime" in "regime change", "government" in
// "government spending"), no actor named in its own right.
func (c *chunker) nounModifier(m *doc.Mention) bool {
	d := c.d
	if m.Tokens.End-m.Tokens.Start != 1 || int(m.Tokens.End) >= len(d.Tokens) {
		return false
	}
	k := m.Tokens.Start
	h := d.Tokens[k].Head
	return d.Tokens[k].Dep == doc.Compound && h == k+1 && d.Tokens[h].UPOS == doc.NOUN && d.Tokens[h].Head != k
}

// orgDescription returns the latest organisation in this or the previous
// sentence whose code ends with the role noun's sector ("the news agency"
// → "Tass", RUSMED), or -1. For a description of an institution
// (subject), when that one is no subject and its sentence's first subject
// is such an organisation, or refers to one ("it"), the description is
// rather of that subject: in "Gazprom signed a deal with Siemens. The
// company said ..." the company is Gazprom, which the sentence is about,
// not Siemens, named in passing. (A person's role, "the spokesman", is of
// the nearest: "an Arnor Finance Ministry spokesman said".)
func (c *chunker) orgDescription(sector string, subject bool) int32 {
	d, s := c.d, c.s
	if len(sector) < 3 {
		return -1
	}
	for i := len(d.Mentions) - 1; i >= 0; i-- {
		ci := &s.info[i]
		if ci.sent < c.sent-1 {
			break
		}
		m := &d.Mentions[i]
		if m.Kind != doc.Organization || ci.person || !endsWith(m.Actor.Code, sector) {
			continue
		}
		if ci.subject || !subject {
			return int32(i)
		}
		first := -1 // the sentence's first subject before i
		for j := i - 1; j >= 0 && s.info[j].sent == ci.sent; j-- {
			if s.info[j].subject && s.info[j].quoted == ci.quoted {
				first = j
			}
		}
		if first >= 0 {
			sj := &d.Mentions[first]
			if endsWith(sj.Actor.Code, sector) && !s.info[first].person && d.Mentions[s.info[first].root].Kind == doc.Organization {
				return int32(first)
			}
		}
		return int32(i)
	}
	return -1
}

// endsWith: code ends with sector and is longer ("RUSBUS", "BUS").
func endsWith(code, sector string) bool {
	return len(code) > len(sector) && code[len(code)-len(sector):] == sector
}

// pair returns the latest later conjunct ("Russia" in "China and Russia")
// within the last two sentences, for "the two countries"; -1 when none.
func (c *chunker) pair() int32 {
	d, s := c.d, c.s
	for i := len(d.Mentions) - 1; i >= 0; i-- {
		ci := &s.info[i]
		if ci.sent < c.sent-2 {
			break
		}
		if ci.conj && !ci.plural && d.Mentions[i].Actor.Known() {
			return int32(i)
		}
	}
	return -1
}

// wordsIn reports whether every space-separated word of a is a word of b.
func wordsIn(a, b []byte) bool {
	for len(a) > 0 {
		w := a
		for k, x := range a {
			if x == ' ' {
				w = a[:k]
				break
			}
		}
		a = a[len(w):]
		if len(a) > 0 {
			a = a[1:]
		}
		if !hasWord(b, w) {
			return false
		}
	}
	return true
}

func hasWord(b, w []byte) bool {
	for len(b) > 0 {
		x := b
		for k, ch := range b {
			if ch == ' ' {
				x = b[:k]
				break
			}
		}
		if string(x) == string(w) {
			return true
		}
		b = b[len(x):]
		if len(b) > 0 {
			b = b[1:]
		}
	}
	return false
}

// pronoun resolves the personal pronoun at token t to the best earlier
// mention that agrees in person, gender and number: nearer sentences first,
// then subjects (see below), then the nearest. A pronoun outside
// quotation marks does not refer into a quotation, and an object pronoun
// ("telling him") not to the subject of its own clause.
func (c *chunker) pronoun(t int32) {
	d, s := c.d, c.s
	pr := pronouns[string(fold(s.words[t], &s.buf))]
	c.cs, c.ce = t, t+1
	m := c.mention(t, t+1, doc.Pronoun)
	inf := minfo{person: pr.person, gender: pr.gender, plural: pr.plural}
	if d.Tokens[t].Dep == doc.Expl {
		c.emit(m, inf)
		return
	}
	if pr.plural && !pr.person && c.peopleBefore(t) {
		// "women fleeing the fighting reached the border, where police
		// arrested them": the women, whom no dictionary codes, not the
		// states named before
		c.emit(m, inf)
		return
	}
	if !pr.person && !pr.plural && d.Tokens[t].Dep == doc.Obj {
		if h := d.Tokens[t].Head; h >= 0 && int(h) < len(d.Tokens) && documentVerbs[d.Tokens[h].Lemma] {
			// "she would veto it", "parliament passed it": a law or a deal,
			// not the last country named
			c.emit(m, inf)
			return
		}
	}
	var excl []int32 // chains of the clause's subject and its conjuncts
	if pr.object || d.Tokens[t].Dep == doc.Obj && actorObjectVerbs[headLemma(d, t)] {
		// (and "it" as the object of a verb whose object is someone:
		// "Kenya, Uganda, Rwanda and Tanzania imposed an embargo on
		// the island state, accusing it": none of the four)
		// "it" as an object is left out: excluding its subject sends it to
		// some other actor, while it mostly names a thing ("met to condemn it")
		excl = c.clauseSubjects(t)
	}
	// who reports a relative clause is not the noun the clause is about:
	// "police arrested two militants who they said bombed a bus" (they:
	// the police)
	if v := d.Tokens[t].Head; d.Tokens[t].Dep == doc.Nsubj && v >= c.lo && v < c.hi && d.Tokens[v].Dep == doc.AclRelcl && speechVerbs[d.Tokens[v].Lemma] {
		if n := d.Tokens[v].Head; n >= c.lo && n < t && s.tokMention[n] >= 0 {
			excl = append(excl, s.info[s.tokMention[n]].root)
		}
	}
	// whose positions, bases or launchers a force attacks are not its own
	// nor its country's: "China would shoot down approaching missiles and
	// attack their launching bases" (their: not China's armed forces)
	var enemyBuf [4]string
	enemyOf := enemyBuf[:0]
	if n := d.Tokens[t].Head; !pr.person && d.Tokens[t].Dep == doc.NmodPoss && n >= c.lo && n < c.hi && d.Tokens[n].Dep == doc.Obj &&
		strikeVerbs[headLemma(d, n)] {
		for _, r := range c.clauseSubjects(n) {
			if k := s.info[r].country; k != "" && !slices.Contains(enemyOf, k) && len(enemyOf) < cap(enemyOf) {
				enemyOf = append(enemyOf, k)
			}
		}
	}
	// the subject of a conjoined clause is first of all the subject of
	// the clause it is joined to: "Calenardhon urged Bree to chill out
	// and then it requested ...": Calenardhon
	parallel := int32(-1)
	if dep := d.Tokens[t].Dep; dep == doc.Nsubj || dep == doc.NsubjPass {
		if v := d.Tokens[t].Head; v >= c.lo && v < c.hi && d.Tokens[v].Dep == doc.Conj {
			if w := d.Tokens[v].Head; w >= c.lo && w < c.hi {
				for u := c.lo; u < w; u++ {
					if d.Tokens[u].Head == w && d.Tokens[u].Dep == d.Tokens[t].Dep && s.tokMention[u] >= 0 {
						parallel = s.info[s.tokMention[u]].root
						break
					}
				}
			}
		}
	}
	// the subject of a reported clause is first of all the reporter: "the
	// opposition parties in the capital, Bamako, have said they are
	// staying out of the vote" (they: the parties, not the city)
	reporter := int32(-1)
	unknownReporter := false
	st := t // the reported clause's subject: the pronoun, or the noun it owns
	if h := d.Tokens[t].Head; d.Tokens[t].Dep == doc.NmodPoss && !pr.person && h >= c.lo && h < c.hi {
		// "Acme said its officials met ...": its owner is first of all the
		// reporter, as "it" would be (a person's "his" finds the reporter
		// already)
		st = h
	}
	if dep := d.Tokens[st].Dep; dep == doc.Nsubj || dep == doc.NsubjPass {
		if v := d.Tokens[st].Head; v >= c.lo && v < c.hi && d.Tokens[v].Dep == doc.Ccomp {
			if w := d.Tokens[v].Head; w >= c.lo && w < c.hi && speechVerbs[d.Tokens[w].Lemma] {
				// a conjoined say verb reports for its first conjunct's
				// subject: "France announced ... and in October said it
				// was planning" (it: France, not the Syria between)
				for reporter < 0 && !unknownReporter && w >= c.lo {
					for u := c.lo; u < w; u++ {
						if d.Tokens[u].Head != w || d.Tokens[u].Dep != doc.Nsubj {
							continue
						}
						for x := u + 1; s.tokMention[u] < 0 && x < w; x++ {
							if d.Tokens[x].Head == w && d.Tokens[x].Dep == doc.Nsubj && s.tokMention[x] >= 0 {
								u = x // a name the parse split: "Acme - Widgets Corp said", "Acme" a subject too
							}
						}
						switch mi := s.tokMention[u]; {
						case mi >= 0 && d.Mentions[mi].Actor.Known():
							reporter = s.info[mi].root
						case c.reports(u, pr):
							// a reporter no dictionary knows: "Acme Oil said
							// it would sue" is Acme's act, not the act of the
							// last state or outlet named ("Tass reported ...")
							unknownReporter = true
						case mi >= 0:
							reporter = s.info[mi].root
							// the "it" of a name no dictionary knows ("Global
							// Widgets said it", a plural-looking name) is no
							// state named before (not "they", whose reporter
							// the parse may have missed)
							unknownReporter = !pr.person && !pr.plural && !d.Mentions[mi].Actor.Known() && d.Mentions[mi].Kind != doc.Pronoun
						}
						break
					}
					if reporter >= 0 || d.Tokens[w].Dep != doc.Conj || d.Tokens[w].Head >= w || hasSubject(d, c.lo, c.hi, w) {
						break
					}
					w = d.Tokens[w].Head
				}
			}
		}
	}
	// whoever says something is not one named in what they say: "The
	// Museveni government, he said, had broken the deal", "Sanctions
	// would hurt Russia, it said" (he: not Museveni; it: not Russia)
	content, saying := int32(-1), int32(-1)
	if v := d.Tokens[t].Head; d.Tokens[t].Dep == doc.Nsubj && v >= c.lo && v < c.hi && speechVerbs[d.Tokens[v].Lemma] {
		saying = v
		if d.Tokens[v].Dep == doc.Parataxis {
			content = d.Tokens[v].Head
		} else {
			// (what the say verb reports must end just before its subject,
			// as in "..., he said": not "Rendell agreed that ..., but he
			// said", where a parse may hang "agreed" on "said")
			for u := c.lo; u < t; u++ {
				if d.Tokens[u].Head == v && d.Tokens[u].Dep == doc.Ccomp {
					content = u
					break
				}
			}
			last := t - 1
			for last >= c.lo && d.Tokens[last].UPOS == doc.PUNCT {
				last--
			}
			if content >= 0 && (last < c.lo || !within(d, last, content, -1)) {
				content = -1
			}
		}
	}
	// a possessive in a clause's object is first of all the subject's:
	// "the brigade had mobilised its men", "the court will not reverse its
	// decision" (not a name nearer to it inside the subject's phrase)
	// (the verb's own subject only: in "asked Russia to withdraw its
	// troops" the troops are Russia's)
	owner, ownerPeople := int32(-1), false
	if d.Tokens[t].Dep == doc.NmodPoss {
		if n := d.Tokens[t].Head; n >= c.lo && n < c.hi && d.Tokens[n].Dep == doc.Obj {
			v := d.Tokens[n].Head
			for u := c.lo; u < c.hi && v >= c.lo; u++ {
				if d.Tokens[u].Head == v && d.Tokens[u].Dep == doc.Nsubj {
					if mi := s.tokMention[u]; mi >= 0 {
						owner = s.info[mi].root
					} else if mi := c.bodyOfPeople(u); mi >= 0 && pr.plural {
						// "Water Ministry officials defended their
						// record": the ministry's people, "they"
						owner, ownerPeople = s.info[mi].root, true
					}
					break
				}
			}
		}
	}
	best, bestScore := -1, 0
	for i := len(d.Mentions) - 1; i >= 0; i-- {
		ci := &s.info[i]
		if ci.sent < c.sent-pronounWindow {
			break
		}
		if !s.quoted[t] && ci.quoted || slices.Contains(excl, ci.root) || ci.country != "" && slices.Contains(enemyOf, ci.country) {
			continue
		}
		if !agrees(pr, ci, s.info[ci.root].gender, d.Mentions[i].Kind) && !c.bodyInSentence(t, pr, ci, &d.Mentions[i]) && !(ownerPeople && ci.root == owner) &&
			!(pr.plural && !pr.object && d.Tokens[t].Dep.Universal() == doc.Nsubj && armedGroup(&d.Mentions[i])) {
			continue
		}
		if content >= 0 && ci.sent == c.sent && within(d, d.Mentions[i].Head, content, saying) {
			continue
		}
		if pr.person && d.Tokens[d.Mentions[i].Head].UPOS == doc.NOUN && c.nounModifier(&d.Mentions[i]) {
			// "speaking from a refugee camp, Okello said she": no refugee
			// named (a name stays: "the Trump administration ... he")
			continue
		}
		if unknownReporter && (!domesticSector(d.Mentions[i].Actor.Code) || ci.sent == c.sent) {
			// the reporter no dictionary knows is no state, nor one named
			// in its own sentence: at most a sector named before ("the
			// company ... Acme Oil said it"), not "Tass reported ... Acme
			// Oil said it would sue"
			continue
		}
		score := -1000*int(c.sent-ci.sent) - int(t-d.Mentions[i].Head)
		// subjects are preferred for he and she ("Blinken told Lavrov
		// he ..."), and for it and they only across sentences: within
		// one, the nearest thing wins ("sanctions against China should
		// it decide")
		if ci.subject && (pr.person || ci.sent != c.sent) {
			score += 500
		}
		if parallel >= 0 && ci.root == parallel {
			score += 500
		}
		if reporter >= 0 && ci.root == reporter && ci.sent == c.sent {
			score += 500
		}
		if owner >= 0 && ci.root == owner {
			score += 500
		}
		if d.Tokens[t].Dep == doc.Nsubj && !pr.person && c.whereNamed(d.Mentions[i].Head) {
			// a place named as where something is or happens seldom does
			// what a later "it" does: "the Kenyan build-up in the Horn of
			// Africa was what it had warned Sudan of" (it: Kenya)
			score -= 300
		}
		if pr.person && d.Mentions[i].Kind != doc.Person && description(d, d.Mentions[i].Head) {
			// "Orban's wish to be a champion of the Christian right
			// peaked when he toured Texas": he is Orban, not "a champion"
			score -= 600
		}
		if best < 0 || score > bestScore {
			best, bestScore = i, score
		}
	}
	if best < 0 {
		c.emit(m, inf)
		return
	}
	ante := &s.info[best]
	m.Antecedent = int32(best)
	if pr.plural && ante.conj && !ante.plural {
		// "they" after "China and Russia": both, which one code cannot say
		m.Actor = doc.Actor{Entry: PairEntry}
		c.emit(m, inf)
		c.s.info[len(c.s.info)-1].root = int32(best)
		return
	}
	a := d.Mentions[best].Actor
	a.Entry = "coref:pronoun"
	m.Actor = a
	inf.root = ante.root
	inf.person = ante.person
	inf.country = ante.country
	if inf.gender == Unknown {
		inf.gender = ante.gender
	} else if s.info[ante.root].gender == Unknown {
		s.info[ante.root].gender = inf.gender
	}
	c.emitLinked(m, inf)
}

// bodyOfPeople is the mention of the body that a plural noun with none of
// its own (at u) names people of, a name right before it that modifies it
// ("Water Ministry officials", "Kenyan army officers"); -1 for none.
func (c *chunker) bodyOfPeople(u int32) int32 {
	d, s := c.d, c.s
	if d.Tokens[u].XPOS != xNNS {
		return -1
	}
	if u <= c.lo {
		return -1
	}
	mi := s.tokMention[u-1]
	if mi < 0 || d.Mentions[mi].Tokens.End != u || d.Mentions[mi].Kind == doc.Person || d.Mentions[mi].Kind == doc.Pronoun {
		return -1
	}
	if h := d.Tokens[d.Mentions[mi].Head].Head; h != u && !(h >= 0 && d.Tokens[h].Head == u) {
		return -1 // (the name modifies the people noun, at most through a compound)
	}
	return mi
}

// whereNamed reports whether token h heads a phrase that says where:
// "in Somalia", "across the Horn of Africa".
func (c *chunker) whereNamed(h int32) bool {
	if h < 0 || int(h) >= len(c.d.Tokens) {
		return false
	}
	if u := c.d.Tokens[h].Dep.Universal(); u != doc.Obl && u != doc.Nmod {
		return false
	}
	for k := h - 1; k >= 0 && k >= h-4; k-- {
		if c.d.Tokens[k].Head == h && c.d.Tokens[k].Dep == doc.Case {
			return whereCases[c.d.Tokens[k].Lemma]
		}
	}
	return false
}

// whereCases mark a place as where something is.
var whereCases = set("in", "at", "inside", "across", "throughout", "within", "near", "around")

// bodyInSentence: "it" (token t) as an object may also be a body named by
// its role noun in its own sentence, where that noun is no subject:
// "appealed to the union, urging it to think again" (the union). A body named
// so in an earlier sentence and a person's description stay out, as
// agrees says, and so they do for a subject "it", which is mostly a
// subject before it, and for the owner "its", mostly the subject's.
// (Nor is it the doer of its own verb: "the group arming it" is no
// group arming itself.)
func (c *chunker) bodyInSentence(t int32, pr pronoun, ci *minfo, m *doc.Mention) bool {
	d := c.d
	dep := d.Tokens[t].Dep
	if pr.person || pr.plural || dep != doc.Obj && dep != doc.Iobj && dep.Universal() != doc.Obl || m.Kind != doc.Nominal ||
		ci.sent != c.sent || ci.person || ci.plural {
		return false
	}
	v := d.Tokens[t].Head
	if v < 0 || int(v) >= len(d.Tokens) {
		return false
	}
	if d.Tokens[v].Dep.Universal() == doc.Acl && d.Tokens[v].Head == m.Head {
		return false
	}
	for u := m.Tokens.Start; u < m.Tokens.End; u++ {
		if d.Tokens[u].Head == v && d.Tokens[u].Dep.Universal() == doc.Nsubj {
			return false
		}
	}
	return true
}

// countNouns count the people of their "of" phrase.
var countNouns = set("hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "million", "millions", "score", "scores")

// peopleBefore: a subject before token t in its sentence is a plural
// noun of people that names no actor ("women", "refugees", "students"),
// which a "they" or "them" after it stands for first.
func (c *chunker) peopleBefore(t int32) bool {
	d, s := c.d, c.s
	for u := c.lo; u < t; u++ {
		tk := &d.Tokens[u]
		if tk.XPOS != xNNS || tk.Dep != doc.Nsubj && tk.Dep != doc.NsubjPass {
			continue
		}
		if !PeopleNoun(tk.Lemma) {
			// "hundreds of women": the people a count counts
			if !countNouns[tk.Lemma] || u+2 >= t || d.Tokens[u+2].Head != u || !PeopleNoun(d.Tokens[u+2].Lemma) {
				continue
			}
			u += 2
		}
		if mi := s.tokMention[u]; mi < 0 || !d.Mentions[mi].Actor.Known() {
			return true
		}
	}
	return false
}

// domesticSector: code is a sector alone, of no state and no
// international body ("BUS", "MED"; not "RUSMED", "IGOUNO", "IMGMOSISI").
func domesticSector(code string) bool {
	if len(code) < 3 {
		return false
	}
	sec, ok := cameo.ParseSector(code[:3])
	return ok && !sec.International()
}

// reports: the say verb's subject at token u, which names no actor, is
// a noun or name that pronoun pr can stand for: singular for "it", plural
// for "they".
func (c *chunker) reports(u int32, pr pronoun) bool {
	tk := &c.d.Tokens[u]
	if pr.person || tk.UPOS != doc.NOUN && tk.UPOS != doc.PROPN {
		// (not "he" or "she": a surname alone, "Baker said he", is
		// mostly someone named in full before, whom the pronoun's
		// search finds)
		return false
	}
	plural := tk.XPOS == xNNS || tk.XPOS == xNNPS
	return pr.plural == plural
}

// strikeVerbs use force on their object, which is not the subject's own.
var strikeVerbs = set("attack", "strike", "bomb", "shell", "target", "destroy", "hit", "raid", "invade", "storm")

// documentVerbs act on laws, bills, deals and texts: their "it" is one.
var documentVerbs = map[string]bool{"veto": true, "sign": true, "pass": true, "adopt": true,
	"approve": true, "ratify": true, "amend": true, "repeal": true, "draft": true, "publish": true,
	"enact": true, "overturn": true, "revoke": true, "annul": true, "endorse": true, "implement": true}

// agrees reports whether pronoun pr can refer to the mention described by
// ci (of kind k; g is its chain's gender).
func agrees(pr pronoun, ci *minfo, g Gender, k doc.MentionKind) bool {
	if ci.gender != Unknown {
		g = ci.gender
	}
	switch {
	case pr.person: // he, she
		if ci.place != nil && ci.place.Either && k == doc.Country {
			return !ci.plural // a peer actor that may be a person
		}
		return ci.person && !ci.plural && (g == Unknown || g == pr.gender)
	case pr.plural: // they
		return ci.plural || ci.conj
	default: // it
		if ci.person || ci.plural {
			return false
		}
		switch k {
		case doc.Country, doc.PlaceActor, doc.Organization, doc.Group, doc.Pronoun:
			return true
		case doc.Nominal:
			// an institution named by its role noun, as a subject: "the
			// Indian army said it", "the Nigerian Air Force reiterated its
			// commitment" (a person's description, "the foreign minister",
			// is he or she; one inside another phrase, "the Brigade of the
			// Nigerian Army ... its men", is seldom meant)
			return ci.subject
		}
		return false
	}
}

// armedGroup: mention m names an armed group by its name, which news
// calls "they" as often as "it" ("captured by al-Shabaab ... They released
// him"; as a subject only: "them" and "their" go to it far less often than
// to some plural no dictionary names).
func armedGroup(m *doc.Mention) bool {
	if m.Kind != doc.Organization {
		return false
	}
	c := m.Actor.Code
	return strings.Contains(c, "REB") || strings.Contains(c, "INS") || strings.HasPrefix(c, "IMG")
}

// clauseSubjects returns the chains of the subject of the clause that
// holds token t and of the subject's conjuncts ("UAE, Bahrain and Egypt
// imposed a boycott on Qatar, accusing it": none of the three is "it"),
// going up through non-finite and adverbial clauses that have no subject
// of their own ("he spoke ..., telling him": the subject of "telling" is
// "he"); nil when none is found. Every subject of the clause counts, as
// a parse may give two ("Thursday he spoke": the day and the speaker).
func (c *chunker) clauseSubjects(t int32) []int32 {
	d := c.d
	v := d.Tokens[t].Head
	for level := 0; level < 4 && v >= c.lo && v < c.hi; level++ {
		found := false
		out := c.s.subjects[:0] // scratch: read before the next pronoun
		for u := c.lo; u < c.hi; u++ {
			if d.Tokens[u].Head != v || u == t {
				continue
			}
			if dep := d.Tokens[u].Dep; dep == doc.Nsubj || dep == doc.NsubjPass {
				found = true
				if mi := c.s.tokMention[u]; mi >= 0 {
					out = append(out, c.s.info[mi].root)
				}
				// the subject's conjuncts, hung on it or on one another
				for k := u + 1; k < c.hi; k++ {
					if d.Tokens[k].Dep == doc.Conj && c.conjOf(k, u) {
						if mi := c.s.tokMention[k]; mi >= 0 {
							out = append(out, c.s.info[mi].root)
						}
					}
				}
			}
		}
		if found {
			c.s.subjects = out
			return out
		}
		if u := v - 1; d.Tokens[v].Dep == doc.Conj && u > c.lo && d.Tokens[u].Dep == doc.Conj && d.Tokens[u].Head != v &&
			d.Tokens[u].Head >= c.lo && d.Tokens[u].Head < c.hi && d.Tokens[d.Tokens[u].Head].UPOS == doc.VERB {
			// "... and Gondor asked him to": the name between "and" and a
			// conjoined verb with no subject is its subject, though the
			// parse conjoined it to another verb
			if mi := c.s.tokMention[u]; mi >= 0 {
				if st := d.Mentions[mi].Tokens.Start; st > c.lo && d.Tokens[st-1].UPOS == doc.CCONJ {
					if l := d.Tokens[st-1].Lemma; l == "and" || l == "but" {
						c.s.subjects = append(out, c.s.info[mi].root)
						return c.s.subjects
					}
				}
			}
		}
		switch d.Tokens[v].Dep {
		case doc.Advcl, doc.Xcomp, doc.Conj, doc.Acl:
			v = d.Tokens[v].Head
		default:
			return nil
		}
	}
	return nil
}

// conjOf reports whether token k is a conjunct of token u, directly or
// through other conjuncts.
func (c *chunker) conjOf(k, u int32) bool {
	d := c.d
	for step := 0; step < 16 && k >= c.lo && k < c.hi; step++ {
		h := d.Tokens[k].Head
		if h == u {
			return true
		}
		if d.Tokens[k].Dep != doc.Conj || h < 0 {
			return false
		}
		k = h
	}
	return false
}

// description: the noun at h says what someone is rather than naming
// whom: a copula's predicate ("to be a leader") or an "as" phrase ("cast
// himself as the champion of the poor", "served as foreign minister"),
// whose someone is named elsewhere. (An indefinite subject does name
// someone: "a spokesman said. He quoted ...".)
func description(d *doc.Doc, h int32) bool {
	if h < 0 || int(h) >= len(d.Tokens) {
		return false
	}
	for k := h - 1; k >= 0 && k >= h-6; k-- {
		t := &d.Tokens[k]
		if t.Head != h {
			continue
		}
		if t.Dep == doc.Cop || t.Dep == doc.Case && strings.EqualFold(d.TokenText(int(k)), "as") {
			return true
		}
	}
	return false
}

// hasSubject reports whether token w of the sentence [lo, hi) has a subject.
func hasSubject(d *doc.Doc, lo, hi, w int32) bool {
	for u := lo; u < hi; u++ {
		if d.Tokens[u].Head == w && d.Tokens[u].Dep.Universal() == doc.Nsubj {
			return true
		}
	}
	return false
}

// actorObjectVerbs take someone, not something, as their object: their
// "it" is a state or a body, never the clause's own subject.
// (Not "condemn" or "praise", whose "it" is as often an act: "met to
// condemn it".)
var actorObjectVerbs = map[string]bool{"accuse": true, "blame": true, "urge": true, "warn": true,
	"punish": true, "sanction": true, "thank": true, "congratulate": true, "invite": true}

// headLemma is the lemma of token t's head, or "".
func headLemma(d *doc.Doc, t int32) string {
	if h := d.Tokens[t].Head; h >= 0 && int(h) < len(d.Tokens) {
		return d.Tokens[h].Lemma
	}
	return ""
}

// within reports whether token u lies in the subtree of token top but
// not in that of token not.
func within(d *doc.Doc, u, top, not int32) bool {
	for k := 0; k < 64 && u >= 0 && int(u) < len(d.Tokens); k++ {
		switch u {
		case not:
			return false
		case top:
			return true
		}
		u = d.Tokens[u].Head
	}
	return false
}
