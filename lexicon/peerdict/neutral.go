package peerdict

import "strings"

// The neutral forms below flatten the file structures into one entry per
// phrase or per verb pattern, the shape a lexicon builds its indexes from.
// Every entry keeps File and Line for evidence.

// ActorEntry is one phrase that names an actor, with the actor's codes.
type ActorEntry struct {
	Phrase []string // words, upper case as written
	Exact  []bool   // parallel to Phrase: trailing "_" (no stemming)
	Spaced []bool   // parallel to Phrase: followed by a space (TABARI skips words there)
	Fixed  []bool   // parallel to Phrase: trailing "=" (exact, no noun endings)
	Codes  []DatedCode
	File   string
	Line   int // line of this phrase (root or synonym)
}

// Entries returns one entry per root phrase and per synonym; synonyms
// share their record's codes. Records without codes give entries without
// codes (their warning is in f.Warnings).
func (f *ActorFile) Entries() []ActorEntry {
	var out []ActorEntry
	for _, a := range f.Actors {
		out = append(out, ActorEntry{Phrase: a.Phrase.Words, Exact: a.Phrase.Exact, Spaced: a.Phrase.Spaced, Fixed: a.Phrase.Fixed, Codes: a.Codes, File: a.File, Line: a.Line})
		for _, s := range a.Synonyms {
			out = append(out, ActorEntry{Phrase: s.Phrase.Words, Exact: s.Phrase.Exact, Spaced: s.Phrase.Spaced, Fixed: s.Phrase.Fixed, Codes: a.Codes, File: s.File, Line: s.Line})
		}
	}
	return out
}

// AgentEntry is one agent phrase with its code.
type AgentEntry struct {
	Phrase        []string
	Plural        [][]string // explicit plural forms
	RegularPlural bool       // no { } list: the plural is formed by rule
	Code          string     // "GOV" for "[~GOV]"
	Placement     AgentPlacement
	File          string
	Line          int
}

// Entries returns one entry per agent phrase with "!NAME!" substitutions
// expanded: "CONGRESS!PERSON!" with !PERSON! = MAN, MEN gives CONGRESSMAN
// and CONGRESSMEN.
func (f *AgentFile) Entries() []AgentEntry {
	subs := map[string][]string{}
	for _, s := range f.Substitutions {
		subs[s.Name] = s.Words
	}
	var out []AgentEntry
	for _, a := range f.Agents {
		var plural [][]string
		for _, p := range a.Plurals {
			plural = append(plural, p.Words)
		}
		for _, words := range expandSubs(a.Phrase.Words, subs) {
			out = append(out, AgentEntry{words, plural, !a.PluralsGiven, a.Code, a.Placement, a.File, a.Line})
		}
	}
	return out
}

// expandSubs returns every phrase obtained by replacing each "!NAME!"
// mark with each of its words. A mark without a definition is left as
// written (ReadAgents rejects those).
func expandSubs(words []string, subs map[string][]string) [][]string {
	out := [][]string{nil}
	for _, w := range words {
		alts := []string{w}
		for _, name := range substitutionMarks(w) {
			repl, ok := subs[name]
			if !ok {
				continue
			}
			var next []string
			for _, a := range alts {
				for _, r := range repl {
					next = append(next, strings.Replace(a, "!"+name+"!", r, 1))
				}
			}
			alts = next
		}
		var grown [][]string
		for _, prefix := range out {
			for _, a := range alts {
				p := append(append([]string(nil), prefix...), a)
				grown = append(grown, p)
			}
		}
		out = grown
	}
	return out
}

// VerbPattern is one verb with one of its patterns, or the verb alone
// (Pattern nil) with the code it has without a pattern.
type VerbPattern struct {
	Verb  string   // the verb word ("ASK" for "+ASK_FOR")
	Words []string // the whole verb as written ("ASK", "FOR")
	Forms []string // irregular forms; multi-word forms joined by " "
	// Fixed: the verb word was written with "=" ("BAN="): it matches only
	// as written, without TABARI's regular endings
	Fixed   bool
	Code    string // pattern code, else verb code, else block code
	Pattern []PatternToken
	File    string
	Line    int // line of the pattern, or of the verb line
}

// Patterns returns, for each verb of each block, one entry for the verb
// alone and one per pattern of the block. Synonym sets are not expanded:
// TokSynset tokens name an entry of f.Synsets.
func (f *VerbFile) Patterns() []VerbPattern {
	var out []VerbPattern
	for _, b := range f.Blocks {
		for _, v := range b.Verbs {
			var forms []string
			for _, fm := range v.Forms {
				forms = append(forms, strings.Join(fm.Phrase.Words, " "))
			}
			head := v.Verb.Phrase.Words[v.Verb.Head]
			code := v.Code
			if code == "" {
				code = b.Code
			}
			fixed := v.Verb.Head < len(v.Verb.Phrase.Fixed) && v.Verb.Phrase.Fixed[v.Verb.Head]
			out = append(out, VerbPattern{head, v.Verb.Phrase.Words, forms, fixed, code, nil, v.File, v.Line})
			for _, p := range b.Patterns {
				out = append(out, VerbPattern{head, v.Verb.Phrase.Words, forms, fixed, p.Code, p.Tokens, p.File, p.Line})
			}
		}
	}
	return out
}
