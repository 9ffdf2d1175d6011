// Package lexicon holds the dictionaries that name actors: countries,
// capitals and seats of power used as metonyms, adjectives and demonyms,
// organisations, agents (role nouns) and people with dated roles. The
// default set is embedded; a user's directory can extend or replace it.
//
// Every entry remembers the file and line it came from ("people.txt:412"),
// so that an event can show which entries coded it. The file format is
// described in FORMAT.md beside this file.
package lexicon

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"
	"time"
)

// Kind says what an entry names.
type Kind uint8

const (
	NoKind    Kind = iota
	Country        // a state or territory: "Russia", "the United States"
	Metonym        // a place standing for a government: "Moscow", "the Kremlin"
	Adjective      // an adjective or demonym: "Russian", "Americans"
	Org            // an organisation: "NATO", "Tass", "the State Department", "Hamas"
	Agent          // a role noun: "foreign minister", "troops", "spokeswoman"
	Person         // a named person with dated roles: "Antony Blinken"
	Place          // a city or a province inside a state, coded as the state: "Basra", "Texas"
	Region         // a world region: "Europe", "West Africa"
	kindEnd
)

var kindNames = [...]string{"", "country", "metonym", "adjective", "org", "agent", "person", "place", "region"}

// String is the kind's name as the files write it ("metonym").
func (k Kind) String() string {
	if k < kindEnd {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", k)
}

func parseKind(s string) (Kind, bool) {
	for k := Country; k < kindEnd; k++ {
		if kindNames[k] == s {
			return k, true
		}
	}
	return NoKind, false
}

// Date is a calendar day written as the number yyyymmdd, so that dates
// compare with < and >. The zero Date is "no date".
type Date int32

// MakeDate builds a Date from year, month and day.
func MakeDate(y int, m time.Month, d int) Date { return Date(y*10000 + int(m)*100 + d) }

// DateOf is the calendar day of t in t's location.
func DateOf(t time.Time) Date {
	if t.IsZero() {
		return 0
	}
	y, m, d := t.Date()
	return MakeDate(y, m, d)
}

// String writes the date as 2006-01-02; "" for the zero Date.
func (d Date) String() string {
	if d == 0 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", int(d)/10000, int(d)/100%100, int(d)%100)
}

// Role is an actor code an entry holds over a span of days: [From, To).
// A zero From is "since ever", a zero To "still holds".
type Role struct {
	Code   string // a CAMEO actor code: "USAGOV"
	From   Date
	To     Date
	Title  string // what the role is, for people: "Secretary of State"
	Source string // "people.txt:413"
	// In is a country code for a reading of a name that other bodies share,
	// taken in a text that names that country ("RSF": the Rapid Support
	// Forces in a text on Sudan, else Reporters Without Borders). Such a
	// role has no dates, and CodeOn passes it over.
	In string
}

// Holds reports whether the role covers day d. Every role covers the zero Date.
func (r *Role) Holds(d Date) bool {
	if d == 0 {
		return true
	}
	return (r.From == 0 || d >= r.From) && (r.To == 0 || d < r.To)
}

// Entry is one dictionary entry: the names it is known by, what kind of
// thing it names, and the actor code or dated roles it stands for.
type Entry struct {
	Kind   Kind
	Names  []string // as written; Names[0] is the display name
	Roles  []Role   // in order of From; one undated role for an entry with a plain code
	Source string   // "countries.txt:12": where the entry begins
	// Lat and Lon: where a place or a capital lies ("@-4.05,39.67" after
	// its names), in degrees; both 0 when the entry does not say
	Lat, Lon float64
}

// Name is the entry's display name.
func (e *Entry) Name() string { return e.Names[0] }

// CodeOn gives the role that holds on day d: of the roles that cover d, the
// one that began last. The zero Date asks for the latest role. ok is false
// when no role covers d, as for a person out of office.
func (e *Entry) CodeOn(d Date) (role *Role, ok bool) {
	for i := len(e.Roles) - 1; i >= 0; i-- {
		if e.Roles[i].In == "" && e.Roles[i].Holds(d) {
			return &e.Roles[i], true
		}
	}
	return nil, false
}

// Lexicon is a loaded set of dictionaries with a phrase index. It is
// immutable once built and safe for concurrent use.
type Lexicon struct {
	entries   []*Entry
	index     index
	overrides []Override
}

// Override records a phrase that an extending dictionary took over from the
// base one.
type Override struct {
	Phrase string // as the extending entry writes it
	Base   string // source of the entry that had it: "people.txt:12"
	By     string // source of the entry that has it now
}

// Entries lists every entry, in load order. The slice is shared: do not modify it.
func (l *Lexicon) Entries() []*Entry { return l.entries }

// Overrides lists the phrases an Extend took over from the base lexicon.
func (l *Lexicon) Overrides() []Override { return l.overrides }

//go:embed data/*.txt
var defaultFS embed.FS

var loadDefault = sync.OnceValues(func() (*Lexicon, error) {
	return loadLayers(nil, defaultFS, "data", "")
})

// Default is the embedded default lexicon, parsed on first use. The same
// *Lexicon is returned to every caller.
func Default() (*Lexicon, error) { return loadDefault() }

// Load reads every *.txt file in directory dir of fsys, in name order, as a
// lexicon of its own (to replace the default one). Entry sources are
// written "dir/file.txt:line". Any malformed line, duplicate or conflicting
// phrase stops the load: the error lists each problem as file:line.
func Load(fsys fs.FS, dir string) (*Lexicon, error) {
	return loadLayers(nil, fsys, dir, dir)
}

// Extend builds a new lexicon from l and the *.txt files of dir in fsys (a
// user's --dict DIR). The new entries come after l's; a phrase the new
// files give that l also has moves to the new entry, and is listed in
// Overrides. Duplicates within the new files are errors, as in Load. l is
// not changed.
func (l *Lexicon) Extend(fsys fs.FS, dir string) (*Lexicon, error) {
	return loadLayers(l, fsys, dir, dir)
}

// loadLayers parses dir's files and indexes them after base's entries.
// prefix is what entry sources are written under ("" for the bare file name).
func loadLayers(base *Lexicon, fsys fs.FS, dir, prefix string) (*Lexicon, error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("lexicon: listing %s: %w", dir, err)
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("lexicon: no *.txt dictionary files in %s", dir)
	}
	sort.Strings(names)
	var errs errorList
	var fresh []*Entry
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("lexicon: %w", err)
		}
		src := path.Base(name)
		if prefix != "" {
			src = path.Join(prefix, src)
		}
		fresh = append(fresh, parseFile(src, string(data), &errs)...)
	}
	lex := &Lexicon{}
	if base != nil {
		lex.entries = append(lex.entries, base.entries...)
		lex.index = base.index.clone()
	} else {
		lex.index = newIndex()
	}
	lex.entries = append(lex.entries, fresh...)
	firstFresh := len(lex.entries) - len(fresh)
	for i, e := range fresh {
		for j, n := range e.Names {
			prev, err := lex.index.add(n, int32(firstFresh+i), int16(j), int32(firstFresh))
			if err != nil {
				errs.add(e.Source, 0, fmt.Sprintf("name %q: %v", n, err))
				continue
			}
			if prev >= 0 && prev < int32(firstFresh) {
				lex.overrides = append(lex.overrides, Override{Phrase: n, Base: lex.entries[prev].Source, By: e.Source})
			} else if prev >= 0 {
				pe := lex.entries[prev]
				what := "duplicate"
				if pe.Roles[0].Code != e.Roles[0].Code || len(pe.Roles) != len(e.Roles) {
					what = "conflicting"
				}
				errs.add(e.Source, 0, fmt.Sprintf("%s entry: name %q is also a name of %s (%s %s)",
					what, n, pe.Source, pe.Kind, codesOf(pe)))
			}
		}
	}
	if err := errs.err(); err != nil {
		return nil, err
	}
	return lex, nil
}

func codesOf(e *Entry) string {
	var b strings.Builder
	for i, r := range e.Roles {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(r.Code)
	}
	return b.String()
}
