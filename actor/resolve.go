// Package actor finds the mentions of actors in a parsed article and
// resolves them in context: dictionary phrases by longest match, compound
// actors from a title and a name ("French Foreign Minister Laurent Fabius"
// → FRAGOV), nationality + agent ("Chinese troops" → CHNMIL), capitals and
// seats of power as actors unless they are where something happens, dated
// roles against the article's date, and in-document coreference (surnames,
// definite descriptions, pronouns).
//
// Every resolved mention carries its evidence in Actor.Entry: the
// dictionary entry ("people.txt:58", for a person the line of the dated
// role), or the rule that gave it:
//
//	title: A + B        a title before a name: nationality or organisation A, role noun B
//	compound: A + B     a modifier A (nationality, possessor, of/in-phrase, conjoined
//	                    nationality, "possessive:RUS" for "its") and a role noun B
//	context: A + B      a state's role noun B with no country of its own, and the
//	                    country A mentioned just before ("the justice minister")
//	sector: B           a role noun B that nothing gives a country: its sector
//	                    alone ("GOV" for "a senior official"; CAMEO's "---GOV")
//	prefix: A + B       an agent A whose code goes before the country's, right before
//	                    the country B ("MSF Arnor", NGOARN; Entry.Prefix)
//	coref:surname       a name seen before in full ("Blinken"; a family name
//	                    written first: "Zhao" after "Zhao Ziyang")
//	coref:short name    an organisation named again by part of its name ("the
//	                    Bank" after "the World Bank", "USAir" after "USAir
//	                    Group Inc")
//	coref:description   a definite description ("the foreign minister", "the news agency")
//	coref:pronoun       he, him, his, she, her, it, its, they, them, their
//	coref:pair          "they", "the two countries" for a conjoined pair (no code: two actors)
//	coref:apposition    a role noun with only its sector before a known person in
//	                    apposition ("The then president, Mwai Kibaki")
//	actor: company name a name ending in Inc, Ltd, Corp, ... (BUS)
//	actor: head title   "chairman", "chairwoman", "chair": the code of the body
//	                    before it or after "of" ("title: companies.txt:21 + actor:
//	                    head title chairman"); none alone
//
// Mentions that refer back have Antecedent set; a dictionary person named
// again keeps the dictionary's evidence and links to the earlier mention.
package actor

import (
	"strings"
	"sync"

	"dyad/cameo"
	"dyad/doc"
)

// PairEntry is the evidence of a mention that refers to a conjoined pair or
// list ("they", "the two countries" after "China and Russia"): it has no
// code of its own, as no one code names both; its Antecedent is the last
// conjunct.
const PairEntry = "coref:pair"

// Resolver is the actor stage. It is safe for concurrent use: per-article
// scratch space comes from a pool, so the hot path allocates nothing per
// token.
type Resolver struct {
	lex  Lexicon
	pool sync.Pool

	mu    sync.RWMutex
	pairs map[pairKey]*Entry // compound entries, made once per pair
	geos  map[*Entry]*doc.GeoRef
	poss  map[string]*Entry // possessive pronouns' actors as modifiers, by code
	// states: a country's entry read as the US state of its name
	states map[*Entry]*Entry

	// adjacentAgents: TABARI's dictionaries (FromPeer with Stems), where
	// an agent joins only an actor right next to it
	adjacentAgents bool
}

// New returns the actor stage over the given dictionary.
func New(lex Lexicon) *Resolver {
	r := &Resolver{lex: lex, pairs: map[pairKey]*Entry{}, geos: map[*Entry]*doc.GeoRef{}, poss: map[string]*Entry{},
		states: map[*Entry]*Entry{}}
	if pl, ok := lex.(*peerLex); ok && pl.stems {
		r.adjacentAgents = true
	}
	r.pool.New = func() any { return new(scratch) }
	return r
}

func (r *Resolver) Name() string      { return "actor" }
func (r *Resolver) Reads() doc.Layer  { return doc.Sentences | doc.Tags | doc.Deps }
func (r *Resolver) Writes() doc.Layer { return doc.Actors }

var _ doc.Stage = (*Resolver)(nil)

// Annotate replaces d.Mentions with the article's mentions in text order.
// It never fails: a sentence it cannot make sense of yields fewer mentions.
func (r *Resolver) Annotate(d *doc.Doc) error {
	s := r.pool.Get().(*scratch)
	defer r.pool.Put(s)
	s.reset(d)
	d.Mentions = d.Mentions[:0]
	for i := range d.Sentences {
		r.sentence(d, s, int32(i))
	}
	for _, e := range s.roled {
		textRoles(d, s, e)
	}
	return nil
}

// textRoles reads a body whose name has more than one role by what the
// text names besides, once all its sentences are read:
//   - a reading for a text that names a country (Role.In) when the text
//     names it: "RSF" is Sudan's Rapid Support Forces in a text that
//     names Sudan, a Sudanese body or a Sudanese place, else Reporters
//     Without Borders;
//   - with no date, a body whose code changed ("Taliban": AFGGOV from
//     2021-08-15) is read by its latest role, unless the text names
//     another holder of its country's state offices: then by the role
//     before ("the Afghan government said Taliban fighters were
//     to blame", "Afghan President Hamid Karzai offered a truce
//     to the Taliban" are from before the Taliban ruled).
//
// Its mentions are those whose entry cites the role the chunker gave
// (compounds too: "Taliban fighters") and those that refer back to one.
func textRoles(d *doc.Doc, s *scratch, e *Entry) {
	cur := e.RoleOn(d.Article.Published)
	if cur == nil {
		return
	}
	for i := range e.Roles {
		if r := &e.Roles[i]; r.In != "" && r.Covers(d.Article.Published) &&
			s.namesOther(d, e, cur, func(m *doc.Mention) bool {
				return code3(m.Actor.Code) == r.In || m.Geo != nil && m.Geo.Country == r.In // (a place: "in Khartoum")
			}) {
			reRole(d, s, e, cur, r)
			return
		}
	}
	if !d.Article.Published.IsZero() || cur != &e.Roles[len(e.Roles)-1] || len(e.Roles) < 2 || e.Roles[len(e.Roles)-2].In != "" {
		return
	}
	if s.namesOther(d, e, cur, func(m *doc.Mention) bool {
		code := m.Actor.Code
		return len(code) >= 6 && code[:3] == code3(cur.Code) && stateSectors[code[3:6]]
	}) {
		reRole(d, s, e, cur, &e.Roles[len(e.Roles)-2])
	}
}

// namesOther: some mention other than the body's (citing cur or, as a
// compound's part, the entry; or referring back to one) has a code that
// fits; s.its is left saying which are the body's.
func (s *scratch) namesOther(d *doc.Doc, e *Entry, cur *Role, fits func(*doc.Mention) bool) bool {
	its := s.its[:0]
	other := false
	for i := range d.Mentions {
		m := &d.Mentions[i]
		mine := citesSource(m.Actor.Entry, cur.Where) || citesSource(m.Actor.Entry, e.Where) ||
			m.Antecedent >= 0 && int(m.Antecedent) < i && its[m.Antecedent]
		its = append(its, mine)
		if !mine && fits(m) {
			other = true
		}
	}
	s.its = its
	return other
}

// reRole gives the body's mentions (s.its) role to in place of cur, or of
// the entry's first code that a compound is built on.
func reRole(d *doc.Doc, s *scratch, e *Entry, cur, to *Role) {
	for i := range d.Mentions {
		a := &d.Mentions[i].Actor
		if !s.its[i] {
			continue
		}
		switch {
		case strings.HasPrefix(a.Code, cur.Code):
			a.Code = to.Code + a.Code[len(cur.Code):]
			a.Entry = strings.Replace(a.Entry, cur.Where, to.Where, 1)
		case strings.HasPrefix(a.Code, e.Code):
			a.Code = to.Code + a.Code[len(e.Code):]
			a.Entry = strings.Replace(a.Entry, e.Where, to.Where, 1)
		}
	}
}

// citesSource: evidence entry names the dictionary line where ("armed.txt:10",
// not "armed.txt:100").
func citesSource(entry, where string) bool {
	for k := 0; where != ""; {
		j := strings.Index(entry[k:], where)
		if j < 0 {
			return false
		}
		k += j + len(where)
		if k == len(entry) || entry[k] < '0' || entry[k] > '9' {
			return true
		}
	}
	return false
}

// hit is a dictionary entry found over tokens [start, end) (Doc indices).
type hit struct {
	e          *Entry
	start, end int32
}

// minfo is what coreference needs to know about a mention; it lives in
// scratch space, parallel to Doc.Mentions.
type minfo struct {
	sent    int32
	subject bool // the mention's phrase is a clause subject
	quoted  bool // inside quotation marks
	person  bool // a person (or refers to one)
	plural  bool
	conj    bool // a later conjunct: "Russia" in "China and Russia"
	gender  Gender
	country string   // the three-letter country of the actor, when known
	key     [2]int32 // role words (lower case) in scratch.keys: "foreign minister"
	root    int32    // first mention of its chain (itself when none)
	place   *Entry   // the country, nationality, capital or seat the mention names, for context
	passing bool     // a country named in passing, before a thing noun: "the Iraq border"
	// hyphened: a country in a hyphenated name, "the Iran-contra scandal":
	// no country in context for a role noun after it
	hyphened bool
}

type scratch struct {
	words      []string
	quoted     []bool
	tokMention []int32
	info       []minfo
	hits       []hit
	keys       []byte
	subjects   []int32  // clauseSubjects' result, reused
	roled      []*Entry // bodies whose name has more than one role, for textRoles
	its        []bool   // namesOther's result: which mentions are the body's
	buf        [32]byte
}

func (s *scratch) reset(d *doc.Doc) {
	n := len(d.Tokens)
	s.words = s.words[:0]
	s.quoted = s.quoted[:0]
	s.tokMention = s.tokMention[:0]
	s.info = s.info[:0]
	s.keys = s.keys[:0]
	s.roled = s.roled[:0]
	in := false
	para := int32(-1)
	si := 0
	for i := 0; i < n; i++ {
		w := d.TokenText(i)
		if w == "\u00b4s" || w == "\u02bcs" {
			w = "\u2019s" // the possessive after "Colombia´s": one spelling for the rules below
		}
		s.words = append(s.words, exStripped(w))
		for si < len(d.Sentences) && int(d.Sentences[si].Tokens.End) <= i {
			si++
		}
		if si < len(d.Sentences) && d.Sentences[si].Paragraph != para {
			para = d.Sentences[si].Paragraph
			in = false
		}
		q := in
		switch w {
		case "\"", "''", "``":
			in = !in
			q = true
		case "\u201c":
			in, q = true, true
		case "\u201d":
			in, q = false, true
		}
		s.quoted = append(s.quoted, q || in)
		s.tokMention = append(s.tokMention, -1)
	}
}

// acronym: w is three or more capital letters.
func acronym(w string) bool {
	if len(w) < 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// opensDateline: the word at i opens the sentence, or follows a bracket,
// or a dash, a bracket or a comma and a date follow it ("MOSCOW -",
// "(NYFC 1433) WASHINGTON -", "MOSCOW, March 2 (Reuters)"): a dateline's
// place, in capitals by custom. (The chunker's dateline method judges a
// whole hit at the sentence's start.)
func opensDateline(words []string, i int) bool {
	if i == 0 || words[i-1] == ")" {
		return true
	}
	if i+1 < len(words) {
		switch words[i+1] {
		case "-", "--", "\u2013", "\u2014", "(":
			return true
		case ",":
			return i+2 < len(words) && words[i+2] != "" && (calendarWord(words[i+2]) || words[i+2][0] >= '0' && words[i+2][0] <= '9')
		}
	}
	return false
}

// calendarWord: w, lower-cased, is one of the calendar words (a month or a
// day, "March", "Jan.").
func calendarWord(w string) bool {
	var buf [32]byte
	return calendar[string(fold(w, &buf))]
}

// shouted: no word of the sentence has a lower-case letter (a headline in
// capitals, where a town's name is written so too).
func shouted(words []string) bool {
	for _, w := range words {
		if hasLower(w) {
			return false
		}
	}
	return true
}

// hasLower: w has an ASCII lower-case letter.
func hasLower(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'a' && w[i] <= 'z' {
			return true
		}
	}
	return false
}

// exStripped is w without an "ex-" that makes one token of a former
// holder ("ex-ministers", "Ex-President"): the dictionary knows the
// title, and the chunker reads the prefix as "former" (exPrefixed).
func exStripped(w string) string {
	if exPrefixed(w) {
		return w[3:]
	}
	return w
}

// exPrefixed: w is "ex-" or "Ex-" before a word.
func exPrefixed(w string) bool {
	return len(w) > 4 && (w[0] == 'e' || w[0] == 'E') && w[1] == 'x' && w[2] == '-' && isLetterByte(w[3])
}

func isLetterByte(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

// sentence finds and resolves the mentions of sentence si.
func (r *Resolver) sentence(d *doc.Doc, s *scratch, si int32) {
	sent := d.Sentences[si]
	a, b := sent.Tokens.Start, sent.Tokens.End
	if a < 0 || b > int32(len(d.Tokens)) || a >= b {
		return
	}
	words := s.words[a:b]
	s.hits = s.hits[:0]
	for i := 0; i < len(words); {
		e, n := r.lex.Lookup(words, i)
		if n <= 0 || e == nil {
			if u := d.Tokens[a+int32(i)].UPOS; u == doc.NOUN || u == doc.PROPN {
				if ht := headTitles[string(fold(words[i], &s.buf))]; ht != nil {
					// "chairman": a title whose code is its body's
					s.hits = append(s.hits, hit{ht, a + int32(i), a + int32(i+1)})
				}
			}
			i++
			continue
		}
		if i+n > len(words) {
			n = len(words) - i
		}
		if role := e.RoleOn(d.Article.Published); role != nil && role.Code != "" && strings.Trim(role.Code, "-") == "" {
			// coded "---" on the day (the peers' "[--- <950630]"): known
			// not to be an actor then, its words are plain words
			i += n
			continue
		}
		if e.Kind == Capital && n == 1 && acronym(words[i]) && !shouted(words) && !opensDateline(words, i) {
			// "the GAO": an acronym, not the town of Gao
			i++
			continue
		}
		if e.Kind == CountryNom && n == 1 && usStateCountries[string(fold(words[i], &s.buf))] && usStateTitle(words, i) {
			// "Georgia Governor Brian Kemp", "the Governor of Georgia":
			// the US state, which has governors and a senate, not the
			// country of that name
			e = cached(&r.mu, r.states, e, func() *Entry {
				return &Entry{Kind: Capital, Minor: true, Code: "USA", Name: e.Name, Where: "US state: " + e.Where}
			})
		}
		if e.Kind == Org && n >= 2 {
			// "U.S. State Department": the organisation's name without
			// the country word is its name too; the country word then
			// stands apart (and the chunk reads it as part of the name)
			if c, _ := r.lex.Lookup(words[:i+1], i); c != nil && (c.Kind == CountryNom || c.Kind == CountryAdj) &&
				code3(c.Code) == code3(e.Code) {
				if e2, n2 := r.lex.Lookup(words, i+1); e2 == e && n2 == n-1 {
					s.hits = append(s.hits, hit{c, a + int32(i), a + int32(i+1)})
					i++
					n--
				}
			}
		}
		s.hits = append(s.hits, hit{e, a + int32(i), a + int32(i+n)})
		i += n
	}
	c := chunker{r: r, d: d, s: s, sent: si, lo: a, hi: b}
	first := len(d.Mentions)
	h := 0
	for t := a; t < b; {
		for h < len(s.hits) && s.hits[h].end <= t {
			h++
		}
		if h < len(s.hits) && s.hits[h].start == t {
			t = c.chunk(t, h)
			continue
		}
		if isPronoun(d, s, t) {
			c.pronoun(t)
			t++
			continue
		}
		if startsChunk(&d.Tokens[t]) {
			t = c.chunk(t, h)
			continue
		}
		t++
	}
	c.appositions(first)
	c.soleCountry(first)
	c.leaderBodies(first)
}

func startsChunk(t *doc.Token) bool {
	switch t.UPOS {
	case doc.DET, doc.ADJ, doc.PROPN, doc.NOUN, doc.NUM:
		return true
	}
	return false
}

func inChunk(t *doc.Token) bool {
	switch t.UPOS {
	case doc.ADJ, doc.PROPN, doc.NOUN, doc.NUM:
		return true
	}
	return false
}

// Rules that combine two entries.
const (
	ruleTitle    uint8 = iota // a title before a name: "Russian Foreign Minister" + name
	ruleCompound              // a modifier and a role noun: "Russian" + "media"
	ruleContext               // the country in context and a role noun: "the justice minister"
	rulePrefix                // an agent written before its country: "MSF" + "Arnor"
	ruleSector                // a role noun whose country nothing gives: its sector alone
	ruleMembers               // the people of an organisation: "staff" + "UNMEE"
)

var ruleNames = [...]string{"title: ", "compound: ", "context: ", "prefix: ", "sector: ", "members: "}

// FromRole reports whether an actor's entry (doc.Actor.Entry) says this
// package built the actor from a role word, with a modifier, the country
// in context or alone ("Russian media", "the justice minister", "a senior
// official"), rather than found a name: such an actor names no one in
// particular.
func FromRole(entry string) bool {
	for _, r := range [...]uint8{ruleCompound, ruleContext, ruleSector} {
		if strings.HasPrefix(entry, ruleNames[r]) {
			return true
		}
	}
	return false
}

// sector returns the entry for the role noun obj when nothing gives its
// country: the sector alone ("GOV" for "a senior official"), which
// CAMEO writes with an unknown country ("---GOV"). Made once per entry.
func (r *Resolver) sector(obj *Entry) *Entry {
	return cached(&r.mu, r.pairs, pairKey{ruleSector, nil, obj}, func() *Entry {
		return &Entry{Kind: Agent, Code: obj.Code, Where: ruleNames[ruleSector] + obj.Where}
	})
}

// cached returns m[k], read under mu, making it with mk and keeping it
// when it is missing: the resolver's entries and place references are
// made once and shared, so resolving allocates nothing for them.
func cached[K comparable, V any](mu *sync.RWMutex, m map[K]*V, k K, mk func() *V) *V {
	mu.RLock()
	v := m[k]
	mu.RUnlock()
	if v != nil {
		return v
	}
	v = mk()
	mu.Lock()
	m[k] = v
	mu.Unlock()
	return v
}

// usStateCountries are countries that share their name with a US state.
var usStateCountries = set("georgia")

// usStateTitles follow a US state's name as its offices and politics do,
// which the country of that name does not have.
var usStateTitles = set("governor", "gov", "lt", "lieutenant", "senator", "sen", "senate", "state",
	"republican", "republicans", "democrat", "democrats", "congressman", "congresswoman", "legislature")

// usStateTitle: the name at words[i] is a US state's by the word after it
// ("Georgia Governor", "Georgia's governor", "Georgia state senator",
// "Georgia Republicans") or by "Governor of" before it.
func usStateTitle(words []string, i int) bool {
	var buf [32]byte
	j := i + 1
	if j < len(words) && possessiveWord(words[j]) {
		j++ // "Georgia's governor"
	}
	if j < len(words) && usStateTitles[string(fold(strings.TrimSuffix(words[j], "."), &buf))] {
		return true
	}
	return i >= 2 && foldEq(words[i-1], "of") && (foldEq(words[i-2], "governor") || foldEq(words[i-2], "gov."))
}

type pairKey struct {
	rule     uint8
	mod, obj *Entry
}

// pair returns the entry that combines mod (a country, nationality or
// organisation) with the role noun obj: the organisation's code, or the
// country's and the role's sector; its evidence names both entries. Pairs
// are made once and kept, so resolving allocates nothing for them.
func (r *Resolver) pair(rule uint8, mod, obj *Entry) *Entry {
	return cached(&r.mu, r.pairs, pairKey{rule, mod, obj}, func() *Entry { return makePair(rule, mod, obj) })
}

// institution returns the organisation entry of the role noun obj that
// names an institution no country qualifies ("army" in "army
// spokesman"): its sector as an organisation's code. Made once per entry.
func (r *Resolver) institution(obj *Entry) *Entry {
	return cached(&r.mu, r.pairs, pairKey{ruleSector, obj, obj}, func() *Entry {
		return &Entry{Kind: Org, Code: obj.Code, Where: ruleNames[ruleSector] + obj.Where}
	})
}

// members returns the entry of the people of organisation org ("staff
// from UNMEE"): the organisation's code. Made once per entry.
func (r *Resolver) members(org *Entry) *Entry {
	return cached(&r.mu, r.pairs, pairKey{ruleMembers, org, nil}, func() *Entry {
		return &Entry{Kind: Org, Code: org.Code, Where: ruleNames[ruleMembers] + org.Where}
	})
}

func makePair(rule uint8, mod, obj *Entry) *Entry {
	country := code3(mod.Code)
	if mod.Prefix {
		country = mod.Code // "MSF Arnor" (NGOARN) before "diplomat"
	}
	code := country + obj.Code
	switch {
	case mod.Kind == Org && obj.Prefix:
		// an agent written before its country goes before an
		// organisation's code too: "human rights activists of Gonzo
		// GMO" NGMGONGMO; not twice
		code = mod.Code
		if !hasSector(mod.Code, obj.Code) && !strings.HasPrefix(mod.Code, obj.Code) {
			code = obj.Code + mod.Code
		}
	case mod.Kind == Org && obj.Code == "OPP" && stateBody(mod.Code):
		// the critics or opponents of a state's government, army or
		// courts are that state's opposition, not its government's
		// ("critics of the Chinese government" CHNOPP, "government
		// critics" OPP)
		code = "OPP"
		if len(mod.Code) >= 6 {
			code = mod.Code[:3] + "OPP"
		}
	case obj.Code == "MIL" && (mod.Kind == Seat && strings.HasSuffix(mod.Code, "GOV") || mod.Kind == Org && strings.HasSuffix(mod.Code, "BUS")):
		// a military-sounding role of a civilian seat or of a company is
		// theirs, no army's: "White House Chief of Staff" USAGOV,
		// "Globex Corp's pharmaceutical division" BUS ("Pentagon chief of
		// staff" stays military)
		code = mod.Code
	case mod.Kind == Org:
		// an organisation's role: its code and the sector, unless the
		// code has it already ("State Department spokesman" USAGOV,
		// "Gonzo GMO rights activists" GONGMOOPP)
		code = mod.Code
		if !hasSector(mod.Code, obj.Code) && !(obj.Code == "GOV" && orgSector(mod.Code)) &&
			!strings.HasPrefix(mod.Code, obj.Code) { // "rebel fighters" REB, not REBREB
			// a spokesman, official or leader of an organisation with a
			// sector of its own speaks for it: "army spokesman" MIL,
			// "Senate leader" LEG, not MILGOV
			code += obj.Code
		}
	case rule == rulePrefix:
		// an agent before its country: "MSF Arnor", NGOARN; the pair
		// then modifies like a country
		return &Entry{Kind: mod.Kind, Code: obj.Code + mod.Code, Name: mod.Name, Prefix: true,
			Where: ruleNames[rule] + obj.Where + " + " + mod.Where}
	case obj.Kind == Agent && obj.Name == "chief executive" && chiefExecutiveStates[country] && (mod.Kind == CountryNom || mod.Kind == CountryAdj || mod.Kind == Capital):
		// "Hong Kong Chief Executive", "Macau's chief executive": the
		// territory's head of government, not a company's
		code = country + "GOV"
	case obj.Prefix:
		code = obj.Code + country // "Arnor human rights body": NGOARN
	case headTitles[obj.Name] == obj:
		// "Canadian chairman", "Canada's chairman": of some body of that
		// country, which the country alone does not name ("Merrill Lynch
		// Canada deputy chairman X" is no actor of Canada's)
		code = ""
	}
	return &Entry{Kind: Org, Code: code, Where: ruleNames[rule] + mod.Where + " + " + obj.Where}
}

// chiefExecutiveStates are led by a Chief Executive.
var chiefExecutiveStates = map[string]bool{"HKG": true, "MAC": true}

// orgSector reports whether an organisation's code has a sector: its
// own ("MIL") or after its country ("RUSMIL", "USALEG").
func orgSector(code string) bool {
	var part string
	switch {
	case len(code) == 3:
		part = code
	case len(code) >= 6:
		part = code[3:6]
	default:
		return false
	}
	_, ok := cameo.ParseSector(part)
	return ok
}

// stateBody reports whether code is a state institution's: a state
// sector alone ("GOV") or right after a country ("CHNGOV", "RUSMIL").
func stateBody(code string) bool {
	switch {
	case len(code) == 3:
		return stateSectors[code]
	case len(code) == 6:
		_, sector := cameo.ParseSector(code[:3])
		return !sector && stateSectors[code[3:]]
	}
	return false
}

// hasSector reports whether code holds sector as one of its three-letter
// parts after the first ("GOV" in "USAGOV" and "GMWGOVWGO"); an empty
// sector is always held.
func hasSector(code, sector string) bool {
	if sector == "" {
		return true
	}
	for i := 3; i+len(sector) <= len(code); i += 3 {
		if code[i:i+len(sector)] == sector {
			return true
		}
	}
	return false
}

// geo returns the place reference of a capital or seat, made once per
// entry: mentions of the same place share it, so it must not be modified.
func (r *Resolver) geo(e *Entry) *doc.GeoRef {
	return cached(&r.mu, r.geos, e, func() *doc.GeoRef {
		return &doc.GeoRef{Name: e.Name, Country: code3(e.Code), Lat: e.Lat, Lon: e.Lon, Entry: e.Where}
	})
}

// possessive returns the modifier entry for a possessive pronoun whose
// actor has code: its country (code3), or for an organisation the whole
// code. Made once per code.
func (r *Resolver) possessive(code string, org bool) *Entry {
	key := code3(code)
	if org {
		key = code
	} else if sec, ok := cameo.ParseSector(key); ok && !sec.International() {
		return nil // a sector alone ("GOV" for an unknown president) has no country to lend
	}
	return cached(&r.mu, r.poss, key, func() *Entry {
		e := &Entry{Kind: CountryNom, Code: key, Name: key, Where: "possessive:" + key}
		if org {
			e.Kind = Org
		}
		return e
	})
}
