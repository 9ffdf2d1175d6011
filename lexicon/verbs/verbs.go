// Package verbs is dyad's verb-pattern dictionary: which words, in which
// dependency frames, are which CAMEO events. Patterns are matched on
// dependency trees (UD relations), not on word strings, so "Moscow was
// attacked by rebels" and "rebels attacked Moscow" meet the same pattern.
//
// The file format is described in FORMAT.md. Every pattern keeps the file
// and line it came from, so an event's evidence can name the entry that
// coded it. The default dictionary is embedded (Default).
package verbs

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

// Trigger says what kind of word a pattern fires on.
type Trigger uint8

const (
	Verb      Trigger = iota // a clause head: "attack", "call+on"
	Noun                     // a nominal event: "n:talks between:T"
	Adjective                // a predicate adjective with a copula: "a:ready >comp"
	triggerEnd
)

var triggerNames = [...]string{"verb", "noun", "adjective"}

func (t Trigger) String() string {
	if t < triggerEnd {
		return triggerNames[t]
	}
	return "Trigger(" + strconv.Itoa(int(t)) + ")"
}

// FrameKind says what a pattern does with its clausal complement (xcomp or
// ccomp), if it has one.
type FrameKind uint8

const (
	NoFrame FrameKind = iota
	// Refine: the complement is what is appealed for, demanded, intended,
	// threatened or refused. It is not coded itself; its code refines this
	// pattern's code through the family's refine table ("urge ... to meet"
	// → 026). Modality follows the family.
	Refine
	// Say: the complement is reported speech or a report. It is coded on
	// its own, claimed by this verb's subject; this verb itself is coded
	// only when it has a target ("told Lavrov that ...").
	Say
	// Fact: the complement is coded on its own (claimed by this verb's
	// subject) and this verb is coded too, its target the complement's
	// subject ("regretted that China refused ...").
	Fact
	// Deny: the complement is denied: not coded; this verb is coded, its
	// target the complement's target or subject.
	Deny
	frameEnd
)

var frameNames = [...]string{"", ">comp", ">say", ">fact", ">deny"}

func (f FrameKind) String() string {
	if f < frameEnd {
		return frameNames[f]
	}
	return "FrameKind(" + strconv.Itoa(int(f)) + ")"
}

// PrepArg is an oblique (obl for verbs, nmod for nouns) introduced by a case
// marker: "with:T" (it gives the target) or "in=diplomacy|talks" (its head
// lemma must be one of Lemmas).
type PrepArg struct {
	Prep   string
	Lemmas []string // nil: any head
	Target bool     // this oblique gives the event's target
}

// Pattern is one trigger word with its frame and the CAMEO code it gives.
// The zero Pattern matches nothing useful; patterns come from Load.
type Pattern struct {
	Code      string // CAMEO event code as written: "0431", "163"
	Trigger   Trigger
	Lemma     string   // lower case
	Particle  string   // compound:prt: "off" in "call+off"; "" for none
	Obj       bool     // a direct object must be present
	ObjLemmas []string // the object's head lemma must be one of these (nil: any; empty: any, and never the target: obj=*)
	Preps     []PrepArg
	Between   bool      // "between:T": the noun's conjoined "between X and Y" is the dyad
	Frame     FrameKind // what the complement does
	CompAux   []string  // ">comp=must|should": the complement must carry one of these auxiliaries
	// NoEvent marks an idiom of the trigger that is no event ("- strike
	// obj=oil"): when its arguments hold, the trigger codes nothing. Its
	// Code is "". It is tried before the trigger's other patterns.
	NoEvent bool
	File    string
	Line    int
	Text    string // the pattern as written, without the code and comment
	Ref     string // Loc and Text: "verbs.txt:88 meet with:T", for evidence
	loc     string
}

// Loc is the pattern's place in its dictionary: "verbs.txt:88".
func (p *Pattern) Loc() string {
	if p.loc == "" {
		return p.File + ":" + strconv.Itoa(p.Line)
	}
	return p.loc
}

// specificity orders a lemma's patterns: the most constrained are tried first.
func (p *Pattern) specificity() int {
	n := 0
	if p.NoEvent {
		n += 100 // an idiom is ruled out before any reading of it is tried
	}
	if p.Particle != "" {
		n += 4
	}
	if len(p.ObjLemmas) > 0 {
		n += 3
	} else if p.ObjLemmas != nil {
		n += 2
	} else if p.Obj {
		n++
	}
	for _, a := range p.Preps {
		n += 2
		if a.Lemmas != nil {
			n++
		}
	}
	if p.Between {
		n += 2
	}
	if p.Frame != NoFrame {
		n += 2
	}
	if p.CompAux != nil {
		n += 2
	}
	return n
}

// Refinement maps the code of a complement to a code in a frame's family:
// in family "02" (appeal), a complement coded 04x (consult) gives 026.
type Refinement struct {
	Prefix string // a complement code prefix: "04", "163"
	Code   string
	Line   int
}

// Lexicon is a loaded verb dictionary. It is read-only after Load and safe
// for concurrent use.
type Lexicon struct {
	Patterns []Pattern
	verbs    map[string][]int32 // lemma → pattern indices, most specific first
	forms    map[string][]int32 // regular inflections of verb lemmas → the lemma's patterns
	nouns    map[string][]int32
	adjs     map[string][]int32
	refine   map[string][]Refinement // family root ("02") → refinements, longest prefix first
}

// Verb returns the verb patterns for a lemma, most specific first.
func (l *Lexicon) Verb(lemma string) []int32 { return l.verbs[lemma] }

// VerbForm returns the verb patterns for an inflected form ("blamed",
// "accuses", "stopping"), for when a lemmatiser got the lemma wrong. It
// knows regular inflections only.
func (l *Lexicon) VerbForm(form string) []int32 { return l.forms[form] }

// Noun returns the nominal patterns for a lemma, most specific first.
func (l *Lexicon) Noun(lemma string) []int32 { return l.nouns[lemma] }

// Adjective returns the predicate-adjective patterns for a lemma.
func (l *Lexicon) Adjective(lemma string) []int32 { return l.adjs[lemma] }

// Refine returns the code that a complement coded comp gives in the family
// of code frame ("020" with "046" → "026"), and the refine line used (0 when
// none applied, in which case frame is returned unchanged).
func (l *Lexicon) Refine(frame, comp string) (string, int) {
	if len(frame) < 2 {
		return frame, 0
	}
	for _, r := range l.refine[frame[:2]] {
		if strings.HasPrefix(comp, r.Prefix) {
			return r.Code, r.Line
		}
	}
	return frame, 0
}

// HasFamily reports whether the dictionary has a refine table for a code root.
func (l *Lexicon) HasFamily(root string) bool { return len(l.refine[root]) > 0 }

//go:embed verbs.txt
var defaultData string

var (
	defaultOnce sync.Once
	defaultLex  *Lexicon
	defaultErr  error
)

// Default returns the embedded dictionary, loaded once. It panics if the
// embedded file is malformed, which the package tests rule out.
func Default() *Lexicon {
	defaultOnce.Do(func() {
		defaultLex, defaultErr = Load(strings.NewReader(defaultData), "verbs.txt")
	})
	if defaultErr != nil {
		panic("verbs: embedded verbs.txt is malformed: " + defaultErr.Error())
	}
	return defaultLex
}

// inflections gives the regular -s, -ed and -ing forms of a verb lemma.
func inflections(l string) []string {
	if len(l) < 2 {
		return nil
	}
	last := l[len(l)-1]
	stem := l
	var out []string
	switch {
	case last == 'e':
		stem = l[:len(l)-1]
		out = append(out, l+"s", l+"d", stem+"ing")
	case last == 'y' && !isVowel(l[len(l)-2]):
		stem = l[:len(l)-1]
		out = append(out, stem+"ies", stem+"ied", l+"ing")
	case last == 's' || last == 'x' || last == 'z' || strings.HasSuffix(l, "ch") || strings.HasSuffix(l, "sh"):
		out = append(out, l+"es", l+"ed", l+"ing")
	default:
		out = append(out, l+"s", l+"ed", l+"ing")
		// a short final consonant doubles: stop → stopped, stopping
		if n := len(l); n >= 3 && !isVowel(last) && last != 'w' && last != 'x' && last != 'y' && isVowel(l[n-2]) && !isVowel(l[n-3]) {
			out = append(out, l+string(last)+"ed", l+string(last)+"ing")
		}
	}
	return out
}

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }
