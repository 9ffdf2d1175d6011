package actor

import (
	"strings"
	"time"

	"dyad/lexicon"
)

// FromLexicon adapts a loaded dictionary set (package lexicon) to the
// resolver. Each entry is converted once, here; Lookup then costs one
// longest-match over the phrase index and one map read per match.
func FromLexicon(l *lexicon.Lexicon) Lexicon {
	a := &lexAdapter{l: l, entries: make(map[*lexicon.Entry]*Entry, len(l.Entries())), surnames: map[string][]*Entry{}}
	for _, e := range l.Entries() {
		x := convert(e)
		a.entries[e] = x
		if e.Kind != lexicon.Person {
			continue
		}
		for _, n := range e.Names {
			k := strings.LastIndexByte(n, ' ')
			if k < 0 {
				continue
			}
			last := n[k+1:]
			if ps := a.surnames[last]; len(ps) == 0 || ps[len(ps)-1] != x {
				a.surnames[last] = append(ps, x)
			}
		}
	}
	return a
}

type lexAdapter struct {
	l        *lexicon.Lexicon
	entries  map[*lexicon.Entry]*Entry
	surnames map[string][]*Entry // the people whose full names end in a word, as written
}

// Surnamed returns the people whose full names end in word, as the
// dictionary writes it ("Nakasone": Yasuhiro's and Hirofumi's entries).
func (a *lexAdapter) Surnamed(word string) []*Entry { return a.surnames[word] }

func (a *lexAdapter) Lookup(words []string, i int) (*Entry, int) {
	m, ok := a.l.Match(words[i:])
	if !ok || m.Len <= 0 {
		// a name joined by a hyphen to a lower-case word is the name:
		// "UN-brokered", "U.S.-led", "Kremlin-backed"
		w := words[i]
		k := strings.IndexByte(w, '-')
		if k <= 0 || k+1 >= len(w) || w[k+1] < 'a' || w[k+1] > 'z' {
			return nil, 0
		}
		one := [1]string{w[:k]}
		if m, ok = a.l.Match(one[:]); !ok || m.Len != 1 {
			return nil, 0
		}
	}
	e := a.entries[m.Entry]
	if e == nil {
		return nil, 0
	}
	return e, m.Len
}

// convert maps a dictionary entry to what the resolver needs. A metonym
// with a bare country code is a capital ("Moscow" RUS); one with a sector
// is a seat of power ("Kremlin" RUSGOV).
func convert(e *lexicon.Entry) *Entry {
	x := &Entry{Name: e.Name(), Where: e.Source, Lat: e.Lat, Lon: e.Lon}
	switch e.Kind {
	case lexicon.Country:
		x.Kind = CountryNom
	case lexicon.Adjective:
		x.Kind = CountryAdj
	case lexicon.Metonym:
		x.Kind = Capital
	case lexicon.Place:
		// a city or province stands for its state as a capital does,
		// and is only where something happens after "in"
		x.Kind, x.Minor = Capital, true
	case lexicon.Region:
		x.Kind, x.Minor = CountryNom, true
	case lexicon.Org:
		x.Kind = Org
	case lexicon.Agent:
		x.Kind = Agent
	case lexicon.Person:
		x.Kind = PersonName
	}
	if e.Kind != lexicon.Person && len(e.Roles) > 0 {
		x.Code = e.Roles[0].Code
		if e.Kind == lexicon.Metonym && len(x.Code) > 3 {
			x.Kind = Seat
		}
		if e.Kind == lexicon.Org && (len(e.Roles) > 1 || e.Roles[0].From != 0 || e.Roles[0].To != 0) {
			// an organisation whose name stood for another before: "ICC"
			for _, r := range e.Roles {
				x.Roles = append(x.Roles, Role{Code: r.Code, From: day(r.From), To: day(r.To), Where: r.Source, In: r.In})
			}
		}
		return x
	}
	for _, r := range e.Roles {
		x.Roles = append(x.Roles, Role{Code: r.Code, From: day(r.From), To: day(r.To), Where: r.Source, Title: r.Title})
	}
	return x
}

// day is the start of a dictionary date in UTC; the zero Date is the zero time.
func day(d lexicon.Date) time.Time {
	if d == 0 {
		return time.Time{}
	}
	return time.Date(int(d)/10000, time.Month(int(d)/100%100), int(d)%100, 0, 0, 0, 0, time.UTC)
}
