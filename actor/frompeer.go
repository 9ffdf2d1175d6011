package actor

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"dyad/lexicon/peerdict"
)

// FromPeer builds a Lexicon from TABARI/PETRARCH actor and agent
// dictionaries (read with package lexicon/peerdict), so the resolver can be
// measured on the peers' validation suites with the peers' own
// dictionaries, or run with a user's existing ones.
//
// Words compare ignoring case; a text word joined with "_" ("Dol_Amroth",
// as the peers' records write compounds) matches one dictionary word per
// part. With Stems (TABARI), a dictionary word
// without a trailing "_" matches any text word beginning with it
// ("ARGENTIN" matches "Argentina"); with WholeWords (PETRARCH-2, whose
// suite expects "The Australian government" not to match "THE_AU") every
// word must match whole. An actor with one
// bare three-letter code is a country; one with a longer code an
// organisation; one with dated codes a person. Actors coded "---" (known
// not to be actors) and records without codes are left out. Agent phrases
// and their listed plurals are role nouns whose code is the agent's
// ("[~GOVFRM]" gives GOVFRM); an agent written "[NGO~]" goes before the
// country's code (Entry.Prefix).
//
// The index buckets phrases by their first letter: fine for validation
// suites, not tuned for the hot path.
func FromPeer(actors []peerdict.ActorEntry, agents []peerdict.AgentEntry, m PeerMatching) Lexicon {
	l := &peerLex{stems: m == Stems}
	for _, a := range actors {
		e := peerActor(a, m == Stems)
		if e != nil {
			l.addPeer(a, e)
		}
	}
	for _, a := range agents {
		e := &Entry{Kind: Agent, Code: strings.ToUpper(a.Code), Name: strings.ToLower(strings.Join(a.Phrase, " ")),
			Where: fmt.Sprintf("%s:%d", a.File, a.Line), Prefix: a.Placement == peerdict.AgentBefore}
		l.add(a.Phrase, nil, e)
		for _, p := range a.Plural {
			l.add(p, nil, e)
		}
		if a.RegularPlural && len(a.Phrase) > 0 {
			pl := append([]string(nil), a.Phrase...)
			pl[len(pl)-1] += "S"
			l.add(pl, nil, e)
		}
	}
	return l
}

// peerActor makes the entry of an actor phrase. either marks an actor
// with one bare three-letter code as Either (TABARI's pronouns refer to
// any actor; PETRARCH's dictionaries keep people apart with dates).
func peerActor(a peerdict.ActorEntry, either bool) *Entry {
	if len(a.Codes) == 0 {
		return nil
	}
	where := fmt.Sprintf("%s:%d", a.File, a.Line)
	e := &Entry{Name: strings.Join(a.Phrase, " "), Where: where}
	if len(a.Codes) == 1 && a.Codes[0].From.IsZero() && a.Codes[0].To.IsZero() {
		code := strings.ToUpper(a.Codes[0].Code)
		switch {
		case strings.Trim(code, "-") == "":
			return nil
		case len(code) == 3:
			e.Kind = CountryNom
			e.Either = either
		default:
			e.Kind = Org
		}
		e.Code = code
		return e
	}
	e.Kind = PersonName
	for _, c := range a.Codes {
		r := Role{Code: strings.ToUpper(c.Code), From: c.From, Where: c.Pos.String()}
		if !c.To.IsZero() {
			r.To = c.To.AddDate(0, 0, 1) // the peers' ends are inclusive
		}
		if c.From.IsZero() && c.To.IsZero() {
			e.Code = r.Code // the code outside the dated roles
			continue
		}
		e.Roles = append(e.Roles, r)
	}
	// RoleOn wants roles in order of From; the peers list them in any order
	sort.SliceStable(e.Roles, func(i, j int) bool { return e.Roles[i].From.Before(e.Roles[j].From) })
	return e
}

// PeerMatching says how a peer dictionary's words match text words.
type PeerMatching uint8

const (
	WholeWords PeerMatching = iota // every word matches whole (PETRARCH-2)
	Stems                          // a word without a trailing "_" matches words it begins (TABARI)
)

type peerLex struct {
	stems bool
	// Phrases are indexed by their first word, upper case: whole by the
	// word, stems by their first stemKey letters (a shorter stem by all of
	// it), so a lookup reads a few short lists and not a letter's thousands.
	whole map[string][]peerPhrase
	stem  map[string][]peerPhrase
}

const stemKey = 3

type peerPhrase struct {
	words []string // upper case
	stem  []bool   // the word matches as a prefix
	// ends: an exact word that also takes TABARI's regular noun endings
	// ("S": "Estonias" for ESTONIA_); nil when none does
	ends []bool
	// gap: text words may come between the word and the next (TABARI's
	// space, against "_"); nil when the phrase has none
	gap   []bool
	joins int // words joined to the next by "_": ties go to the tighter phrase
	e     *Entry
}

// addPeer adds an actor phrase with TABARI's matching when l has stems:
// an exact word without "=" takes the regular noun ending "S", and a
// space between words lets text words come between them ("PRINCE
// DOL_AMROTH" matches "Prince of Dol_Amroth", "DURTHANG ORC" even
// "Durthang and an Orc", which TABARI's suite documents as its
// unlimited construction).
func (l *peerLex) addPeer(a peerdict.ActorEntry, e *Entry) {
	if !l.stems {
		l.add(a.Phrase, a.Exact, e)
		return
	}
	var ends, gap []bool
	joins := 0
	for i := range a.Phrase {
		if i < len(a.Exact) && a.Exact[i] && (i >= len(a.Fixed) || !a.Fixed[i]) {
			if ends == nil {
				ends = make([]bool, len(a.Phrase))
			}
			ends[i] = true
		}
		if i < len(a.Spaced) && a.Spaced[i] {
			if gap == nil {
				gap = make([]bool, len(a.Phrase))
			}
			gap[i] = true
		} else if i+1 < len(a.Phrase) {
			joins++
		}
	}
	l.addPhrase(a.Phrase, a.Exact, peerPhrase{e: e, ends: ends, gap: gap, joins: joins})
}

func (l *peerLex) add(words []string, exact []bool, e *Entry) {
	l.addPhrase(words, exact, peerPhrase{e: e})
}

// addPhrase indexes p (its entry and matching fields set) with words.
func (l *peerLex) addPhrase(words []string, exact []bool, p peerPhrase) {
	if len(words) == 0 || words[0] == "" {
		return
	}
	// p.ends and p.gap are given per word of words; ends and gap are
	// theirs per word of p.words, kept when they were given
	var ends, gap []bool
	push := func(word string, stem, end, spaced bool) {
		p.words = append(p.words, word)
		p.stem = append(p.stem, stem)
		ends = append(ends, end)
		gap = append(gap, spaced)
	}
	for i, w := range words {
		// a word written with a hyphen ("BARAD-DUR") is its parts and
		// the hyphen, as the text's tokens split there
		parts := strings.Split(w, "-")
		if len(parts) > 1 && slices.Contains(parts, "") {
			parts = []string{w}
		}
		for j, part := range parts {
			if j > 0 {
				push("-", false, false, false) // the hyphen is a word of its own
			}
			last := j == len(parts)-1
			push(strings.ToUpper(part), last && l.stems && exact != nil && i < len(exact) && !exact[i],
				last && p.ends != nil && p.ends[i], last && p.gap != nil && p.gap[i])
		}
	}
	if p.ends != nil {
		p.ends = ends
	}
	if p.gap != nil {
		p.gap = gap
	}
	if l.whole == nil {
		l.whole, l.stem = map[string][]peerPhrase{}, map[string][]peerPhrase{}
	}
	first := p.words[0]
	if p.stem[0] {
		first = first[:min(len(first), stemKey)]
		l.stem[first] = append(l.stem[first], p)
		return
	}
	l.whole[first] = append(l.whole[first], p)
}

func (l *peerLex) Lookup(words []string, i int) (*Entry, int) {
	first, _, _ := strings.Cut(words[i], "_")
	if first == "" {
		return nil, 0
	}
	var buf [64]byte
	key := first
	if len(first) <= len(buf) {
		b := buf[:len(first)]
		ascii := true
		for j := 0; j < len(first); j++ {
			c := first[j]
			if c >= 0x80 {
				ascii = false
				break
			}
			b[j] = upper(c)
		}
		if ascii {
			key = string(b) // the map lookups below do not keep it
		} else {
			key = strings.ToUpper(first)
		}
	} else {
		key = strings.ToUpper(first)
	}
	var best *Entry
	n, nw, joins := 0, 0, 0 // text words spanned, phrase words, "_" joins
	try := func(ps []peerPhrase) {
		for pi := range ps {
			p := &ps[pi]
			// a phrase with fewer words than the best cannot beat it
			if len(p.words) < nw {
				continue
			}
			k := p.match(words, i)
			if k == 0 {
				continue
			}
			// the phrase with the most words wins (TABARI's longest
			// match), then the one spanning fewer text words, then the
			// one with more "_" joins ("AL_GORE" over "AL GORE")
			w := len(p.words)
			if w > nw || w == nw && (k < n || k == n && p.joins > joins) {
				best, n, nw, joins = p.e, k, w, p.joins
			}
		}
	}
	try(l.whole[key])
	if l.stems && len(key) > 1 && key[len(key)-1] == 'S' {
		// an exact first word with TABARI's ending "S" ("Estonias")
		try(l.whole[key[:len(key)-1]])
	}
	for k := 1; k <= stemKey && k <= len(key); k++ {
		try(l.stem[key[:k]])
	}
	return best, n
}

// match returns the number of text words from words[i] that phrase p
// spans, 0 when it does not match. A text word joined with "_" (the peers'
// way to write a compound in a record: "Dol_Amroth") matches as many
// phrase words as it has parts. Where the phrase has a gap, the next
// phrase word is looked for in the nearest text word that starts a match
// of the rest.
func (p *peerPhrase) match(words []string, i int) int {
	if end := p.matchFrom(words, i, 0); end > i {
		return end - i
	}
	return 0
}

// matchFrom matches the phrase's words from k on at text word t and
// returns the end of the match in words, -1 when there is none.
func (p *peerPhrase) matchFrom(words []string, t, k int) int {
	for ; t < len(words); t++ {
		rest := words[t]
		for {
			part, after, more := strings.Cut(rest, "_")
			if k == len(p.words) || !p.wordMatches(k, part) {
				return -1
			}
			k++
			if !more {
				break
			}
			rest = after
		}
		if k == len(p.words) {
			return t + 1
		}
		if t+2 < len(words) && words[t+1] == "-" && p.words[k] != "-" && (p.gap == nil || !p.gap[k-1]) {
			// a hyphen joins words as "_" does: "Al-Gore" for AL_GORE,
			// "Barad-dur" for BARAD-DUR
			t++
			continue
		}
		if p.gap != nil && p.gap[k-1] {
			for u := t + 1; u < len(words); u++ {
				if end := p.matchFrom(words, u, k); end > 0 {
					return end
				}
			}
			return -1
		}
	}
	return -1
}

// wordMatches reports whether text word t matches the phrase's word k.
func (p *peerPhrase) wordMatches(k int, t string) bool {
	w := p.words[k]
	if p.stem[k] {
		return len(t) >= len(w) && strings.EqualFold(t[:len(w)], w)
	}
	if p.ends != nil && p.ends[k] && len(t) == len(w)+1 && (t[len(w)] == 's' || t[len(w)] == 'S') {
		return strings.EqualFold(t[:len(w)], w)
	}
	return strings.EqualFold(t, w)
}

func upper(b byte) byte {
	if b >= 'a' && b <= 'z' {
		return b - 'a' + 'A'
	}
	return b
}
