package actor

import (
	"strconv"
	"time"
)

// Lexicon is what the resolver needs from a dictionary: the longest entry
// whose phrase starts at a given word. The default dictionaries (package
// lexicon) satisfy it through an adapter; tests use a small table.
//
// Lookup must not allocate and must be safe for concurrent use: the resolver
// calls it once per token. words are the token texts of one sentence as they
// appear in the article (case and punctuation kept: "U.S.", "G-20"); matching
// case-insensitively, or not, is the lexicon's choice. n is the number of
// words the entry spans, 0 (and e nil) when no entry starts at words[i].
type Lexicon interface {
	Lookup(words []string, i int) (e *Entry, n int)
}

// SurnameLexicon is a Lexicon that also knows the people a bare surname
// may name, for surnames two dictionary people share.
type SurnameLexicon interface {
	Surnamed(word string) []*Entry
}

// datedSurname returns the one person of those whose full names end in word
// who holds an office on day t, or nil: "Nakasone" in 1987 is Yasuhiro, the
// prime minister, not Hirofumi, foreign minister in 2008. A surname only one
// entry has names no one alone (the dictionary lists the surnames that may
// stand alone). On an undated article it is the people's shared office,
// when they share one (sharedOffice).
func datedSurname(lex Lexicon, word string, t time.Time) *Entry {
	sl, ok := lex.(SurnameLexicon)
	if !ok {
		return nil
	}
	ps := sl.Surnamed(word)
	if len(ps) < 2 {
		return nil
	}
	if t.IsZero() {
		return sharedOffice(ps, word)
	}
	var one *Entry
	for _, p := range ps {
		if p.RoleOn(t) != nil {
			if one != nil {
				return nil
			}
			one = p
		}
	}
	return one
}

// sharedOffice is, for an undated text, the surname word that people ps
// share when the last offices of them all carry one code ("Clinton":
// Bill, president, and Hillary, secretary of state, both USAGOV): an
// entry of that code and no one's name, since the text does not say
// which; nil when their codes differ.
func sharedOffice(ps []*Entry, word string) *Entry {
	var code, where string
	for i, p := range ps {
		r := p.RoleOn(time.Time{})
		if r == nil || r.Code == "" || i > 0 && r.Code != code {
			return nil
		}
		code = r.Code
		if i > 0 {
			where += " or "
		}
		where += p.Where
	}
	return &Entry{Kind: ps[0].Kind, Name: word, Where: where, Roles: []Role{{Code: code, Where: where}}}
}

// EntryKind says what a dictionary entry names, and so how the resolver
// combines it with its neighbours.
type EntryKind uint8

const (
	NoEntry    EntryKind = iota
	CountryNom           // a country's name, usable as a noun: "Russia", "United States", "U.S."
	CountryAdj           // a nationality adjective: "Russian", "Chinese"; a modifier only
	Capital              // a capital city, standing for the state: "Moscow" (RUS)
	Seat                 // a seat of power, standing for the government: "Kremlin" (RUSGOV)
	Org                  // an organisation with its full code: "NATO", "Tass", "State Department"
	Agent                // a role noun or institution with a sector code only: "minister", "troops", "Foreign Ministry"
	PersonName           // a person, coded by date (Roles)
	entryKindEnd
)

var entryKindNames = [...]string{"none", "country", "nationality", "capital", "seat", "organization",
	"agent", "person"}

func (k EntryKind) String() string {
	if k < entryKindEnd {
		return entryKindNames[k]
	}
	return "EntryKind(" + strconv.Itoa(int(k)) + ")"
}

// Gender is what a pronoun may agree with. Unknown agrees with he and she.
type Gender uint8

const (
	Unknown Gender = iota
	Male
	Female
)

// Role is one dated code of a person: Code holds over the days [From, To).
// A zero From or To leaves that end open. Where is the role's evidence
// ("people.txt:413"); "" means the entry's.
type Role struct {
	Code     string
	From, To time.Time
	Where    string
	In       string // a country: the reading in a text that names it ("RSF" in Sudan news); undated
	Title    string // a person's office ("President"), which "the president" may refer back to
}

// Covers reports whether the role holds on day t. Every role covers the
// zero t (date unknown).
func (r Role) Covers(t time.Time) bool {
	if t.IsZero() {
		return true
	}
	return (r.From.IsZero() || !t.Before(r.From)) && (r.To.IsZero() || t.Before(r.To))
}

// Entry is one dictionary entry.
type Entry struct {
	Kind EntryKind
	// Code is the full actor code (RUS, RUSGOV, IGOWSTNAT, RUSMED) for
	// countries, capitals, seats and organisations; the sector (GOV, MIL,
	// MED) for agents; for people, the code when no dated role applies
	// ("" for none: the person is known but not an actor then).
	Code   string
	Name   string // display name: "Russia", "Sergey Lavrov"
	Where  string // evidence: "countries.txt:12"
	Gender Gender // people and gendered role nouns ("spokeswoman")
	Plural bool   // agents: the noun is plural ("troops", "ministers")
	// Prefix: an agent whose code is written before the country's
	// (PETRARCH "[NGO~]": "MSF Arnor" is NGOARN, not ARNNGO); for the
	// modifier made of such an agent and a country ("MSF Arnor" before
	// "diplomat"), the whole code stands where a country's would.
	Prefix bool
	// Minor: a city, a province or a world region, which stands for its
	// country (or region) where it is named, but does not give role nouns
	// elsewhere in the sentence their country as a capital does.
	Minor bool
	// Either: the dictionary does not say whether the actor is a country
	// or a person (a peer actor with one bare code: "ELROND [ELF]" as
	// "ARNOR [ARN]"), so "he" and "she" may refer to it as "it" may.
	Either bool
	Roles  []Role // people: codes by date, in order of From (see RoleOn)
	// Lat, Lon: where a place or capital lies; both 0 when unknown
	Lat, Lon float64
}

// FormerRole returns the state office the person held last, when it ended
// before day t and no role covers t: "Barack Obama" in 2019 held none, but
// had been president. Nil when t is unknown or there is none.
func (e *Entry) FormerRole(t time.Time) *Role {
	if t.IsZero() || e.RoleOn(t) != nil {
		return nil
	}
	var last *Role
	for i := range e.Roles {
		r := &e.Roles[i]
		if !r.To.IsZero() && !t.Before(r.To) && len(r.Code) >= 6 && stateSectors[r.Code[3:6]] &&
			(last == nil || r.To.After(last.To)) {
			last = r
		}
	}
	return last
}

// RoleOn returns the person's role on day t: of the roles that cover t,
// the one that began last (so with no date, the latest role); nil when
// none does, as for a person out of office. Roles are in order of From.
func (e *Entry) RoleOn(t time.Time) *Role {
	for i := len(e.Roles) - 1; i >= 0; i-- {
		if e.Roles[i].In == "" && e.Roles[i].Covers(t) {
			return &e.Roles[i]
		}
	}
	return nil
}
