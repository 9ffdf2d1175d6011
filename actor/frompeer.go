package actor

import (
	"fmt"
	"sort"
	"strings"

	"dyad/lexicon/peerdict"
)

// FromPeer builds a Lexicon from TABARI/PETRARCH actor and agent
// dictionaries (read with package lexicon/peerdict), so the resolver can be
// measured on the peers' validation suites with the peers' own
// dictionaries, or run with a user's existing ones.
//
// Words compare ignoring case. With Stems (TABARI), a dictionary word
// without a trailing "_" matches any text word beginning with it
// ("ARGENTIN" matches "Argentina"); with WholeWords (PETRARCH-2, whose
// suite expects "The Australian government" not to match "THE_AU") every
// word must match whole. An actor with one
// bare three-letter code is a country; one with a longer code an
// organisation; one with dated codes a person. Actors coded "---" (known
// not to be actors) and records without codes are left out. Agent phrases
// and their listed plurals are role nouns whose code is the agent's
// ("[~GOVFRM]" gives GOVFRM).
//
// The index buckets phrases by their first letter: fine for validation
// suites, not tuned for the hot path.
func FromPeer(actors []peerdict.ActorEntry, agents []peerdict.AgentEntry, m PeerMatching) Lexicon {
	l := &peerLex{stems: m == Stems}
	for _, a := range actors {
		e := peerActor(a)
		if e != nil {
			l.add(a.Phrase, a.Exact, e)
		}
	}
	for _, a := range agents {
		e := &Entry{Kind: Agent, Code: strings.ToUpper(a.Code), Name: strings.ToLower(strings.Join(a.Phrase, " ")),
			Where: fmt.Sprintf("%s:%d", a.File, a.Line)}
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

func peerActor(a peerdict.ActorEntry) *Entry {
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
	stems   bool
	byFirst [256][]peerPhrase
}

type peerPhrase struct {
	words []string // upper case
	stem  []bool   // the word matches as a prefix
	e     *Entry
}

func (l *peerLex) add(words []string, exact []bool, e *Entry) {
	if len(words) == 0 || words[0] == "" {
		return
	}
	p := peerPhrase{e: e}
	for i, w := range words {
		p.words = append(p.words, strings.ToUpper(w))
		p.stem = append(p.stem, l.stems && exact != nil && i < len(exact) && !exact[i])
	}
	k := upper(p.words[0][0])
	l.byFirst[k] = append(l.byFirst[k], p)
}

func (l *peerLex) Lookup(words []string, i int) (*Entry, int) {
	if words[i] == "" {
		return nil, 0
	}
	var best *Entry
	n := 0
	for _, p := range l.byFirst[upper(words[i][0])] {
		if len(p.words) <= n || i+len(p.words) > len(words) {
			continue
		}
		ok := true
		for k, w := range p.words {
			t := words[i+k]
			if p.stem[k] {
				ok = len(t) >= len(w) && strings.EqualFold(t[:len(w)], w)
			} else {
				ok = strings.EqualFold(t, w)
			}
			if !ok {
				break
			}
		}
		if ok {
			best, n = p.e, len(p.words)
		}
	}
	return best, n
}

func upper(b byte) byte {
	if b >= 'a' && b <= 'z' {
		return b - 'a' + 'A'
	}
	return b
}
