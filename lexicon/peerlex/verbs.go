// Package peerlex converts the peer coders' dictionaries (TABARI,
// PETRARCH-1, PETRARCH-2, read by lexicon/peerdict) into dyad's own forms,
// so dyad can run on a researcher's existing dictionaries and be measured
// on the peers' validation suites with the peers' own dictionaries.
//
// Actor and agent dictionaries go to the actor stage through
// actor.FromPeer; this package converts verb patterns, which are written
// over word strings ("- * DIPLOMATIC TIES WITH + [064]"), into dyad's
// dependency-tree patterns (lexicon/verbs: "064 restore obj=tie with:T"),
// as far as one maps onto the other. What does not map is listed in
// Verbs.Skipped with the reason, never dropped silently. The dependency
// patterns let the coder find an event (verb, subject, object, oblique);
// Verbs.Match then chooses its code the peers' way, matching the peer
// pattern's words around the verb inside the verb's phrase in dyad's tree
// (match.go), so that modifiers, auxiliaries and negations the dependency
// form cannot say still choose the code.
package peerlex

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"dyad/cameo"
	"dyad/lexicon/peerdict"
	"dyad/lexicon/verbs"
)

// Options tune the conversion. The zero Options are the defaults.
type Options struct {
	// OpaqueCodes treats every peer code as a label in the peer's own
	// scheme: each pattern gets the neutral CAMEO code Neutral, so that the
	// coder applies no CAMEO-family logic (intent and threat rewriting,
	// targets required by family), and the peer's code is recovered from
	// the event's evidence with Verbs.PeerCode. The validation dictionaries
	// need this: their codes are mostly WEIS ("903", "223"). Without it,
	// codes in the CAMEO code book are kept and only the others are
	// replaced by Neutral.
	OpaqueCodes bool
	// VerbLemma, when set, gives the lemma of a peer verb word written
	// inflected ("SOUGHT", "CARRIED" of CARRIED_OUT); the verb then also
	// triggers on that lemma. The syntax stage's lemmatiser is one.
	VerbLemma func(word string) string
	// WholeWords: a pattern's words match whole words (PETRARCH-2: "IN"
	// does not match "into"); otherwise a word matches the words it
	// begins unless written exact (TABARI's stems).
	WholeWords bool
	// StrictJoins: a synonym set joined by "_" to the word after it,
	// before the verb, must end right before that word (PETRARCH-2 codes
	// "most certainly really did not even ever clash" with "&NEG EVER *",
	// not "MOST_CERTAINLY_&NEG_EVER *"; TABARI's suite codes the same
	// sentence with the latter).
	StrictJoins bool
	// NounTriggers: every peer verb word also triggers on a noun of that
	// lemma ("an anti- Gondor parade", "in accord with"), as TABARI finds
	// its verbs by dictionary lookup, whatever the word's part of speech;
	// the noun codes through the peer patterns (Match) like a verb.
	NounTriggers bool
}

// Neutral is the CAMEO code that stands in for a peer code dyad cannot
// use as its own: 010 (make statement), the family the coder treats
// without rewriting and without requiring a target.
const Neutral = "010"

// Verbs is a converted verb dictionary.
type Verbs struct {
	Lex *verbs.Lexicon
	// Text is the dictionary in lexicon/verbs format, one pattern a line,
	// each line's comment naming the peer file:line it came from.
	Text string
	// Skipped lists the peer patterns that were not converted, and why.
	Skipped []Skip
	// Converted counts the peer patterns (verb lines included) that gave a
	// dyad pattern.
	Converted int
	codes     map[string]string // dyad pattern Ref → peer code
	byLemma   map[string][]peerEntry
	synsets   map[string]*peerdict.Synset
	whole     bool // Options.WholeWords
	strict    bool // Options.StrictJoins
	flat      bool // a TABARI dictionary (peerdict.VerbFlat)
}

// Skip is a peer pattern that has no dyad form.
type Skip struct {
	peerdict.Pos
	Pattern string // as written, tokens joined by spaces
	Reason  string
}

func (s Skip) String() string { return fmt.Sprintf("%s: %s: %s", s.Pos, s.Pattern, s.Reason) }

// PeerCode returns the peer's code, as written ("064", "032:033"), for an
// event whose evidence names the dyad pattern ref (doc.Evidence.Pattern),
// and whether ref is one of this dictionary's patterns. A refined pattern ("... (refine ...)") is not:
// its code is the coder's, not the peer's.
func (v *Verbs) PeerCode(ref string) (string, bool) {
	c, ok := v.codes[ref]
	return c, ok
}

// ConvertVerbs converts a peer verb dictionary. name names the generated
// dictionary in evidence (the pattern Refs are "name:line ..." with the
// peer's file:line in each line's comment, see Verbs.Text). It fails only
// if the generated text does not load, which is a bug in this package.
func ConvertVerbs(f *peerdict.VerbFile, name string, opt Options) (*Verbs, error) {
	v := &Verbs{codes: map[string]string{}, byLemma: map[string][]peerEntry{}, whole: opt.WholeWords, strict: opt.StrictJoins,
		flat: f.Layout == peerdict.VerbFlat}
	syn := map[string]*peerdict.Synset{}
	for i := range f.Synsets {
		syn[f.Synsets[i].Name] = &f.Synsets[i]
	}
	v.synsets = syn
	type line struct {
		text, key, peerCode, where string
	}
	var lines []line
	seen := map[string]bool{}
	for _, p := range f.Patterns() {
		pc := peerCode(p.Code)
		written := patternText(p)
		alts := [][]peerdict.PatternToken{nil}
		if p.Pattern != nil {
			alts = expandGroups(p.Pattern)
		}
		if len(p.Words) > 0 && p.Words[0] == p.Verb {
			lemmas := withForms(stemTriggers(strings.ToLower(p.Verb), f.Layout, &opt), p.Forms)
			if opt.NounTriggers && !p.Fixed {
				lemmas = append(lemmas, nominals(strings.ToLower(p.Verb))...)
			}
			for _, lemma := range lemmas {
				for _, alt := range alts {
					v.byLemma[lemma] = append(v.byLemma[lemma], peerEntry{toks: alt, extra: p.Words[1:], code: strings.TrimSpace(p.Code),
						word: strings.ToLower(p.Verb), fixed: p.Fixed})
				}
			}
		}
		skip := func(reason string) {
			v.Skipped = append(v.Skipped, Skip{peerdict.Pos{File: p.File, Line: p.Line}, written, reason})
		}
		if pc == "" && p.Pattern != nil {
			skip(fmt.Sprintf("code [%s] codes no event", p.Code))
			continue
		}
		if pc == "" {
			// A verb without a code of its own codes only through its
			// patterns: its bare trigger lets the coder find the event,
			// Match decides whether one of the patterns codes it.
			pc = "---"
		}
		if !isDigits(pc) && pc != "---" {
			skip(fmt.Sprintf("code [%s] is not a numeric event code", p.Code))
			continue
		}
		trig, reason := trigger(p)
		if reason != "" {
			skip(reason)
			continue
		}
		code := pc
		if _, ok := cameo.Parse(pc); opt.OpaqueCodes || !ok {
			code = Neutral
		}
		var argAlts []string
		reason = ""
		for _, alt := range alts {
			args, why := convertArgs(alt, syn)
			if why != "" {
				reason = why
				continue
			}
			argAlts = append(argAlts, args)
		}
		if len(argAlts) == 0 {
			skip(reason)
			continue
		}
		trigs := stemTriggers(trig, f.Layout, &opt)
		if !strings.Contains(trig, "+") {
			trigs = withForms(trigs, p.Forms)
		}
		if opt.NounTriggers && p.Pattern == nil && !strings.Contains(trig, "+") {
			// the verb word as a noun: its own line, coded as the verb;
			// its gerund too, which a peer's stem also matches ("MEET" in
			// "their meeting"), and the nouns its stem begins (nominals)
			var nouns []string
			for _, tr := range trigs {
				nouns = append(nouns, tr, gerund(tr))
			}
			if !p.Fixed {
				nouns = append(nouns, nominals(trig)...)
			}
			for _, tr := range nouns {
				if key := "n:" + tr; !seen[key] {
					seen[key] = true
					lines = append(lines, line{code + " " + key, key, strings.TrimSpace(p.Code), fmt.Sprintf("%s:%d [%s]", p.File, p.Line, p.Code)})
				}
			}
		}
		for _, args := range argAlts {
			for i, tr := range trigs {
				key := tr
				if args != "" {
					key += " " + args
				}
				if seen[key] {
					if i == 0 {
						// An earlier pattern has the same dependency form: the
						// peers' distinction (a word before the verb, a
						// modifier) is lost; Match still makes it.
						skip("same dependency pattern as an earlier one (" + key + ")")
					}
					continue
				}
				seen[key] = true
				lines = append(lines, line{code + " " + key, key, strings.TrimSpace(p.Code), fmt.Sprintf("%s:%d [%s]", p.File, p.Line, p.Code)})
			}
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# converted by dyad from peer verb patterns; peer file:line [peer code] in each comment\n")
	for _, l := range lines {
		fmt.Fprintf(&b, "%s  # %s\n", l.text, l.where)
	}
	v.Text = b.String()
	lex, err := verbs.Load(strings.NewReader(v.Text), name)
	if err != nil {
		return nil, fmt.Errorf("peerlex: converted patterns do not load (a bug): %w", err)
	}
	// Patterns keep file order; each generated line gives one pattern
	// (triggers carry no "|" alternatives).
	if len(lex.Patterns) != len(lines) {
		return nil, fmt.Errorf("peerlex: %d lines gave %d patterns (a bug)", len(lines), len(lex.Patterns))
	}
	for i := range lex.Patterns {
		v.codes[lex.Patterns[i].Ref] = lines[i].peerCode
	}
	v.Lex = lex
	v.Converted = len(lines)
	return v, nil
}

// expandGroups spells out a pattern's groups: TABARI's alternatives
// "{ A | B }" give one pattern per alternative (nested groups multiply);
// PETRARCH-2's noun-phrase braces "{ ... }" and prepositional-phrase
// parentheses "( ... )" only group, and are dropped.
func expandGroups(toks []peerdict.PatternToken) [][]peerdict.PatternToken {
	out := [][]peerdict.PatternToken{nil}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch t.Kind {
		case peerdict.TokOpenParen, peerdict.TokCloseParen, peerdict.TokCloseBrace, peerdict.TokBar:
			continue // stray closers and bars are dropped too
		case peerdict.TokOpenBrace:
			// find the matching "}" and split at top-level bars
			depth, start := 0, i+1
			var alts [][]peerdict.PatternToken
			j := i + 1
			for ; j < len(toks); j++ {
				switch toks[j].Kind {
				case peerdict.TokOpenBrace:
					depth++
				case peerdict.TokCloseBrace:
					depth--
				case peerdict.TokBar:
					if depth == 0 {
						alts = append(alts, toks[start:j])
						start = j + 1
					}
				}
				if depth < 0 {
					break
				}
			}
			alts = append(alts, toks[start:min(j, len(toks))])
			var grown [][]peerdict.PatternToken
			for _, prefix := range out {
				for _, a := range alts {
					for _, ea := range expandGroups(a) {
						if t.Joined && len(ea) > 0 {
							// "APPLY_{ GENEVA | INTERNATIONAL }": each
							// alternative is joined to the word before
							ea = append([]peerdict.PatternToken(nil), ea...)
							ea[0].Joined = true
						}
						grown = append(grown, append(append([]peerdict.PatternToken(nil), prefix...), ea...))
					}
				}
			}
			if len(grown) > 64 {
				grown = grown[:64] // bound pathological nesting
			}
			out = grown
			i = j
		default:
			for k := range out {
				out[k] = append(out[k], t)
			}
		}
	}
	return out
}

// gerund is the "-ing" form of a lemma ("meet" → "meeting", "raise" →
// "raising").
// nominals are the nouns a TABARI verb stem also matches, as TABARI
// matches a word that begins with the stem whatever follows: the
// regular nominalisations ("RESUM": resumption; "DEPORT": deportation;
// "DEPLOY": deployment; "AGREE": agreement). A verb of a particle or of several words has
// none; nor has a stem of fewer than 4 letters.
func nominals(stem string) []string {
	if len(stem) < 4 || strings.ContainsAny(stem, "+_ ") {
		return nil
	}
	if strings.HasSuffix(stem, "e") {
		return []string{stem + "ment"} // "AGREE": agreement
	}
	var out []string
	for _, suf := range []string{"tion", "ption", "ation", "ment", "al"} {
		out = append(out, stem+suf)
	}
	return out
}

func gerund(lemma string) string {
	if strings.HasSuffix(lemma, "e") && !strings.HasSuffix(lemma, "ee") {
		return lemma[:len(lemma)-1] + "ing"
	}
	return lemma + "ing"
}

// peerCode reads a peer code bracket: "---" and "" code nothing; of
// "042:043" (PETRARCH's pair of codes) the first is kept, of ":173" the
// second.
func peerCode(c string) string {
	c = strings.TrimSpace(c)
	if a, b, ok := strings.Cut(c, ":"); ok {
		c = a
		if strings.Trim(c, "-") == "" {
			c = b
		}
	}
	if strings.Trim(c, "-") == "" {
		return ""
	}
	return c
}

func patternText(p peerdict.VerbPattern) string {
	if p.Pattern == nil {
		return strings.Join(p.Words, "_")
	}
	var parts []string
	for _, t := range p.Pattern {
		parts = append(parts, t.String())
	}
	return "- " + strings.Join(parts, " ")
}

// stemTriggers: TABARI writes verbs as stems that drop a final silent "e"
// so that -ES, -ED and -ING forms match ("CONTRIBUT", "COOPERAT"); dyad
// matches lemmas, so a TABARI stem gives the stem and the stem with "e"
// ("contribut", "contribute"). PETRARCH writes whole verbs.
func stemTriggers(trig string, layout peerdict.VerbLayout, opt *Options) []string {
	lemma, prt, hasPrt := strings.Cut(trig, "+")
	with := func(l string) string {
		if hasPrt {
			return l + "+" + prt
		}
		return l
	}
	out := []string{trig}
	if layout == peerdict.VerbFlat && !strings.HasSuffix(lemma, "e") {
		out = append(out, with(lemma+"e"))
	}
	if opt.VerbLemma != nil {
		if l := strings.ToLower(opt.VerbLemma(lemma)); l != lemma && isLemma(l) {
			out = append(out, with(l))
		}
	}
	return out
}

// withForms adds to a verb's triggers its irregular forms as the
// dictionary lists them (TABARI's "{ BROKE_ BROKEN_ }" after the verb
// line): each one-word form is a trigger of its own; multi-word forms
// ("BROKEN_DOWN") have no one-word trigger and are left out.
func withForms(trigs []string, forms []string) []string {
	for _, fm := range forms {
		w := strings.ToLower(strings.TrimSpace(fm))
		if w == "" || strings.ContainsAny(w, " _") || !isLemma(w) || slices.Contains(trigs, w) {
			continue
		}
		trigs = append(trigs, w)
	}
	return trigs
}

// trigger is the dyad trigger of a peer verb: its lemma, with the word
// after the verb as particle ("+ASK_FOR" → "ask+for").
func trigger(p peerdict.VerbPattern) (string, string) {
	head := -1
	for i, w := range p.Words {
		if w == p.Verb {
			head = i
			break
		}
	}
	if head != 0 {
		return "", "words before the verb word (" + strings.Join(p.Words, "_") + ") have no dependency form"
	}
	lemma := strings.ToLower(p.Verb)
	if !isLemma(lemma) {
		return "", fmt.Sprintf("verb %q is not a plain word", p.Verb)
	}
	switch len(p.Words) {
	case 1:
		return lemma, ""
	case 2:
		prt := strings.ToLower(p.Words[1])
		if !isLemma(prt) {
			return "", fmt.Sprintf("particle %q is not a plain word", p.Words[1])
		}
		return lemma + "+" + prt, ""
	}
	return "", "a verb of three or more words has no dependency form"
}

// prepositions that open an oblique after the verb.
var prepositions = map[string]bool{
	"about": true, "above": true, "across": true, "after": true, "against": true, "along": true,
	"among": true, "around": true, "as": true, "at": true, "before": true, "behind": true,
	"below": true, "beside": true, "between": true, "beyond": true, "by": true, "despite": true,
	"during": true, "for": true, "from": true, "in": true, "inside": true, "into": true,
	"near": true, "of": true, "on": true, "onto": true, "outside": true, "over": true,
	"since": true, "through": true, "to": true, "toward": true, "towards": true, "under": true,
	"until": true, "upon": true, "with": true, "within": true, "without": true,
}

// determiners and the like: not the head of the object.
var functionWords = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true,
	"his": true, "her": true, "our": true, "this": true, "that": true, "these": true, "those": true}

// convertArgs maps the tokens of a peer pattern (nil: the verb alone) to
// dyad arguments: "$ *" is the subject (the default source); "* +" the
// object as target; "* WORDS" an object whose head is the last word;
// "* PREP +" an oblique target; "* PREP WORDS" an oblique with that head.
// Anything else returns a reason.
func convertArgs(toks []peerdict.PatternToken, syn map[string]*peerdict.Synset) (string, string) {
	if toks == nil {
		return "", ""
	}
	verb := -1
	for i, t := range toks {
		if t.Kind == peerdict.TokVerb {
			verb = i
			break
		}
	}
	if verb < 0 {
		return "", "no verb mark \"*\""
	}
	for _, t := range toks {
		switch t.Kind {
		case peerdict.TokCompound:
			return "", "compound actor \"%\" has no dependency form"
		case peerdict.TokOpenBrace, peerdict.TokCloseBrace, peerdict.TokOpenParen, peerdict.TokCloseParen, peerdict.TokBar:
			return "", "phrase groups and alternatives ({ } ( ) |) are not converted"
		}
	}
	for _, t := range toks[:verb] {
		switch t.Kind {
		case peerdict.TokSource, peerdict.TokSkip, peerdict.TokTilde:
		case peerdict.TokTarget:
			return "", "a target before the verb has no dependency form"
		default:
			return "", "words before the verb (auxiliaries, adverbs, reporting verbs) have no dependency form"
		}
	}
	// segments after the verb: [prep] words... [+]
	type segment struct {
		prep   string
		heads  []string // candidate head lemmas of the last word (synsets give several)
		target bool
		source bool
	}
	segs := []segment{{}}
	for _, t := range toks[verb+1:] {
		cur := &segs[len(segs)-1]
		switch t.Kind {
		case peerdict.TokTarget:
			cur.target = true
		case peerdict.TokSource:
			cur.source = true
		case peerdict.TokSkip, peerdict.TokTilde:
		case peerdict.TokVerb:
			return "", "two verb marks"
		case peerdict.TokWord:
			w := strings.ToLower(t.Text)
			if prepositions[w] {
				segs = append(segs, segment{prep: w})
				continue
			}
			if functionWords[w] {
				continue
			}
			if cur.target || cur.source {
				return "", "words after the actor have no dependency form"
			}
			cur.heads = []string{nounLemma(w)}
		case peerdict.TokSynset:
			hs, ok := synsetHeads(t.Text, syn, 0)
			if !ok {
				return "", "synonym set &" + t.Text + " is not defined"
			}
			if cur.target || cur.source {
				return "", "words after the actor have no dependency form"
			}
			cur.heads = hs
		}
	}
	var args []string
	for i, s := range segs {
		if s.source {
			if s.prep == "by" {
				continue // "* BY $": the passive agent is the source anyway
			}
			return "", "a source after the verb has no dependency form"
		}
		for _, h := range s.heads {
			if !isLemma(h) {
				return "", fmt.Sprintf("word %q is not a plain word", h)
			}
		}
		heads := strings.Join(dedupe(s.heads), "|")
		switch {
		case i == 0 && s.target && heads != "":
			// "* TIES +": the object is the target; the head words would be its modifiers
			args = append(args, "obj")
		case i == 0 && s.target:
			args = append(args, "obj")
		case i == 0 && heads != "":
			args = append(args, "obj="+heads)
		case i == 0:
		case s.target:
			args = append(args, s.prep+":T")
		case heads != "":
			args = append(args, s.prep+"="+heads)
		default:
			return "", "preposition " + strings.ToUpper(s.prep) + " without a noun or actor after it"
		}
	}
	sort.Strings(args) // order does not matter to the coder; sorted, equal patterns compare equal
	return strings.Join(args, " "), ""
}

// synsetHeads gives the head lemma (last word) of each member of a
// synonym set, following nested sets.
func synsetHeads(name string, syn map[string]*peerdict.Synset, depth int) ([]string, bool) {
	s := syn[name]
	if s == nil || depth > 8 {
		return nil, false
	}
	var out []string
	for _, m := range s.Members {
		for i := len(m.Tokens) - 1; i >= 0; i-- {
			t := m.Tokens[i]
			if t.Kind == peerdict.TokWord {
				out = append(out, nounLemma(strings.ToLower(t.Text)))
				break
			}
			if t.Kind == peerdict.TokSynset {
				hs, ok := synsetHeads(t.Text, syn, depth+1)
				if !ok {
					return nil, false
				}
				out = append(out, hs...)
				break
			}
		}
	}
	return out, len(out) > 0
}

// nounLemma undoes the English plural of a dictionary word, which the
// peers write as it appears ("TIES", "RELATIONS"); dyad's trees carry
// lemmas ("tie", "relation").
func nounLemma(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 4 && (strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes")):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}

func dedupe(s []string) []string {
	out := append([]string(nil), s...)
	sort.Strings(out)
	k := 0
	for i, x := range out {
		if i == 0 || x != out[k-1] {
			out[k] = x
			k++
		}
	}
	return out[:k]
}

// isLemma accepts what lexicon/verbs accepts as a lemma.
func isLemma(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '\'' || c == '_') {
			return false
		}
	}
	return true
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
