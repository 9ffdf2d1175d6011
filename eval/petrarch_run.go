package eval

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"time"

	"dyad/cameo"
	"dyad/doc"
	"dyad/lexicon/peerlex"
)

// PeerCodeFunc codes one record's text, dated date, with the suite's
// options in force (PETRARCH <Config> or TABARI OPTION state), and
// returns its events as triples in the suite's own codes. An error fails
// the record (it is listed with the error), not the run.
type PeerCodeFunc func(text string, date time.Time, options map[string]string) ([]Triple, error)

// PeerScore counts records and the ones passed: the set of (source,
// target, code) triples equals the expected set. ActorRight counts the
// records whose set of (source, target) pairs equals the expected pairs:
// the actors were right whatever the event codes.
type PeerScore struct {
	Records    int `json:"records"`
	Passed     int `json:"passed"`
	ActorRight int `json:"actor_right"`
}

func (s *PeerScore) add(passed, actors bool) {
	s.Records++
	if passed {
		s.Passed++
	}
	if actors {
		s.ActorRight++
	}
}

// PeerFailure is a record that did not pass.
type PeerFailure struct {
	ID       string   `json:"id"`
	Category string   `json:"category,omitempty"`
	Line     int      `json:"line"`
	Text     string   `json:"text"`
	Want     []Triple `json:"want"`
	Got      []Triple `json:"got"`
	Err      string   `json:"error,omitempty"`
}

// PeerResult is a scored suite run.
type PeerResult struct {
	PeerScore
	Categories map[string]*PeerScore `json:"categories,omitempty"`
	Failures   []PeerFailure         `json:"failures,omitempty"`
}

func (r *PeerResult) record(category string, f PeerFailure, passed, actors bool) {
	r.PeerScore.add(passed, actors)
	if category != "" {
		if r.Categories == nil {
			r.Categories = map[string]*PeerScore{}
		}
		c := r.Categories[category]
		if c == nil {
			c = &PeerScore{}
			r.Categories[category] = c
		}
		c.add(passed, actors)
	}
	if !passed {
		r.Failures = append(r.Failures, f)
	}
}

// RunPetrarch codes the suite's evaluated records (valid, and of a
// category the suite's <Include> names) with code and scores them. When
// categories is not empty, only records of those categories are run. A
// record that expects no events (noevents, or an expected error) passes
// when nothing is coded.
func RunPetrarch(s *PetrarchSuite, code PeerCodeFunc, categories []string) *PeerResult {
	res := &PeerResult{}
	for i := range s.Records {
		r := &s.Records[i]
		if !r.Evaluated || len(categories) > 0 && !petrarchIncludes(categories, r.Category) {
			continue
		}
		res.score(code, PeerFailure{ID: r.ID, Category: r.Category, Line: r.Line, Text: r.Text, Want: r.Triples()}, r.Date, r.Options)
	}
	return res
}

// score codes the record that f describes (its Text, with date and
// options), keeps what was coded in f.Got and records the outcome under
// f.Category: a coding error fails the record.
func (r *PeerResult) score(code PeerCodeFunc, f PeerFailure, date time.Time, options map[string]string) {
	got, err := code(f.Text, date, options)
	f.Got = got
	if err != nil {
		f.Err = err.Error()
		r.record(f.Category, f, false, false)
		return
	}
	r.record(f.Category, f, ScoreTriples(got, f.Want), ScorePairs(got, f.Want))
}

// ScorePairs reports whether got and want hold the same set of (source,
// target) pairs, codes ignored.
func ScorePairs(got, want []Triple) bool {
	strip := func(ts []Triple) []Triple {
		out := make([]Triple, len(ts))
		for i, t := range ts {
			out[i] = Triple{Source: t.Source, Target: t.Target}
		}
		return out
	}
	return ScoreTriples(strip(got), strip(want))
}

// PetrarchRequireDyad reads the require_dyad option (PETRARCH's default
// is true): whether an event needs both a source and a target.
func PetrarchRequireDyad(options map[string]string) bool {
	v, ok := options["require_dyad"]
	return !ok || !strings.EqualFold(strings.TrimSpace(v), "false")
}

// WriteTable writes the result as a readable table: one line per category
// (sorted), then the total; with verbose, every failing record after it.
func (r *PeerResult) WriteTable(w io.Writer, verbose bool) {
	pct := func(a, b int) string {
		if b == 0 {
			return "-"
		}
		return fmt.Sprintf("%5.1f%%", 100*float64(a)/float64(b))
	}
	fmt.Fprintf(w, "%-12s %7s %7s %7s %11s %7s\n", "CATEGORY", "RECORDS", "PASSED", "", "ACTOR-RIGHT", "")
	var names []string
	for n := range r.Categories {
		names = append(names, n)
	}
	sort.Strings(names)
	line := func(name string, s *PeerScore) {
		fmt.Fprintf(w, "%-12s %7d %7d %7s %11d %7s\n", name, s.Records, s.Passed, pct(s.Passed, s.Records),
			s.ActorRight, pct(s.ActorRight, s.Records))
	}
	for _, n := range names {
		line(n, r.Categories[n])
	}
	line("TOTAL", &r.PeerScore)
	if !verbose {
		return
	}
	for _, f := range r.Failures {
		fmt.Fprintf(w, "\n%s (%s, line %d): %s\n  want %s\n  got  %s\n", f.ID, f.Category, f.Line, f.Text,
			FormatTriples(f.Want), FormatTriples(f.Got))
		if f.Err != "" {
			fmt.Fprintf(w, "  error: %s\n", f.Err)
		}
	}
}

// FormatTriples writes triples as SOURCE/TARGET/CODE separated by
// spaces, "(none)" for none.
func FormatTriples(ts []Triple) string {
	if len(ts) == 0 {
		return "(none)"
	}
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = t.Source + "/" + t.Target + "/" + t.Code
	}
	return strings.Join(parts, " ")
}

// PeerVerbs gives the peers' codes for events coded with a converted
// peer verb dictionary; *peerlex.Verbs is one.
type PeerVerbs interface {
	// PeerCode is the peer code of the converted pattern an event's
	// evidence names.
	PeerCode(ref string) (string, bool)
	// Match chooses the peer pattern that matches at the verb.
	Match(d *doc.Doc, sent doc.TokRange, verb int32) (peerlex.PeerMatch, bool)
}

// PeerEvents turns the events dyad coded in d into the peers' triples,
// following the conventions the peer dictionaries are written for:
//
//   - A matched pattern coded "###" discards the sentence: nothing is
//     coded; so does an actor coded "###" when conv.DiscardActors.
//   - The code is the one of the peer pattern that matches at the verb
//     with the most words (PeerVerbs.Match), else the peer code of the
//     converted pattern that coded the event, else its CAMEO code. A
//     pattern whose code is "---" codes nothing. A code pair "A:B" is two
//     events: A from source to target, B back.
//   - A negated event (coded with coder.Options.KeepNegated) counts only
//     when a peer pattern spells out the words before the verb
//     ("- &NEGATVAUXVRB * [904]"); a hypothetical one only when
//     conv.KeepHypothetical.
//   - The target is the actor at the matched pattern's "+" (with the
//     actors conjoined to it); with "%" before the verb, the other actors
//     of a conjoined subject; else the
//     event's; else the peers' default: the first actor named after the
//     verb inside the verb's own phrase (its objects, obliques and their
//     modifiers, its xcomp), not in a clause of its own (ccomp, advcl,
//     acl, parataxis, a conjoined verb), with the actors conjoined to it;
//     failing that, the first actor of its complement clause.
//     Without one the event is dropped when conv.RequireDyad, else its
//     target is "---".
//   - The source is the event's, unless the matched pattern has a "$"
//     after the verb: then the actor there ("+ HOSTING * MAY_DAY $").
//   - An actor code with several codes joined by "/" (an actor that is
//     several: "FRO/BIL/SAM") gives one event per code.
//   - A sector alone (an agent whose country is unknown) is written with
//     conv.NoCountry before it ("---GOV").
func PeerEvents(d *doc.Doc, verbs PeerVerbs, conv PeerConventions) []Triple {
	if conv.DiscardActors {
		for i := range d.Mentions {
			if c := d.Mentions[i].Actor.Code; c == "###" || c == "+++" {
				return nil // discarded, or too complex to code ("ISILDUR [+++]")
			}
		}
	}
	if conv.ComplexVerbs > 0 || conv.ComplexConj > 0 {
		for _, st := range d.Sentences {
			if complexSentence(d, st.Tokens, verbs, conv) {
				return nil // TABARI leaves a complex sentence uncoded
			}
		}
	}
	if conv.NoActPrior && noActorPrior(d, verbs) {
		return nil // TABARI's NOACTPRIOR: no actor before the first verb, too complex
	}
	if conv.NoContextCountry {
		for i := range d.Mentions {
			m := &d.Mentions[i]
			if strings.HasPrefix(m.Actor.Entry, "context: ") && len(m.Actor.Code) > 3 {
				m.Actor.Code = m.Actor.Code[3:]
			}
		}
		for i := range d.Events {
			for _, p := range [2]*doc.Participant{&d.Events[i].Source, &d.Events[i].Target} {
				if p.Mention >= 0 && int(p.Mention) < len(d.Mentions) {
					p.Actor.Code = d.Mentions[p.Mention].Actor.Code
				}
			}
		}
	}
	if conv.Nouns != nil {
		nounPhrases(d, conv.Nouns)
	}
	events := d.Events
	if conv.AuxVerbs {
		events = withAuxEvents(d, verbs)
	}
	if conv.NounEvents {
		// TABARI: a dictionary verb right after an article is a noun, no
		// verb ("in an accord with")
		events = slices.DeleteFunc(slices.Clone(events), func(e doc.Event) bool {
			if int(e.Sentence) >= len(d.Sentences) {
				return false
			}
			sent := d.Sentences[e.Sentence].Tokens
			v := tokenAt(d, sent, e.Evidence.Verb)
			return v > sent.Start && d.Tokens[v].UPOS == doc.NOUN && article(d.TokenText(int(v-1)))
		})
	}
	var out []Triple
	// CODE ALL: the targets of each sentence's first event that has one
	firstTargets := map[int32][]string{}
	coded := map[int32]bool{}   // CODE BY SENTENCE: the sentences coded
	emitted := map[int32]bool{} // the sentences an event was coded in
	// codes an actor dictionary gives a name whole ("AL_GORE [AGR]"): no
	// bare sector, whatever they spell
	named := map[string]bool{}
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Actor.Known() && dictionaryEntry(m.Actor.Entry) {
			named[m.Actor.Code] = true
		}
	}
	for i := range events {
		e := &events[i]
		if e.Modality == doc.Hypothetical && !conv.KeepHypothetical {
			continue
		}
		if conv.NounEvents && nounInVerbPhrase(d, e, verbs) {
			continue
		}
		if coded[e.Sentence] {
			continue // CODE BY SENTENCE: one event a sentence
		}
		c, ok := verbs.PeerCode(e.Evidence.Pattern)
		if !ok {
			c = e.Code.String()
		}
		target := int32(-1)
		var sent doc.TokRange
		verb := int32(-1)
		if int(e.Sentence) < len(d.Sentences) {
			sent = d.Sentences[e.Sentence].Tokens
			verb = tokenAt(d, sent, e.Evidence.Verb)
		}
		if conv.NounEvents && !conv.CodeAll && verb >= 0 && d.Tokens[verb].UPOS == doc.NOUN && emitted[e.Sentence] {
			// TABARI codes a noun its lookup takes for a verb only when
			// the sentence has coded nothing before it (all, with CODE ALL)
			continue
		}
		if conv.SourceBefore && !e.Source.Actor.Known() && verb >= 0 && d.Tokens[verb].UPOS == doc.VERB &&
			e.Target.Mention >= 0 && int(e.Target.Mention) < len(d.Mentions) &&
			d.Mentions[e.Target.Mention].Tokens.End <= verb && !hasAuxPass(d, sent, verb) {
			// a passive subject without a passive auxiliary ("Gollum
			// abandoned efforts", the participle misread): TABARI reads
			// the actor before the verb as its source
			ev := *e
			ev.Source, ev.Target = ev.Target, doc.Participant{Mention: -1}
			e = &ev
		}
		matched, compound := false, false
		srcMention := e.Source.Mention
		src := e.Source.Actor.Code
		if verb >= 0 {
			if m, ok := verbs.Match(d, sent, verb); ok {
				c, target, matched, compound = m.Code, m.Target, m.Before, m.Compound
				if m.Source >= 0 {
					// the pattern's "$" after the verb names the source
					srcMention, src = m.Source, d.Mentions[m.Source].Actor.Code
				}
			}
		}
		if c == "###" || c == "+++" {
			return nil // a pattern coded [###] discards the sentence; [+++] marks it too complex to code
		}
		if e.Negated && !matched && !conv.KeepNegated {
			continue
		}
		if conv.SourceBefore && verb >= 0 && srcMention >= 0 && int(srcMention) < len(d.Mentions) &&
			(d.Mentions[srcMention].Tokens.Start > verb || d.Mentions[srcMention].Antecedent >= 0) && d.Tokens[verb].UPOS == doc.NOUN {
			// TABARI reads a dictionary verb the tagger took for a noun
			// as a verb: its source is the first actor before it, never
			// one after it ("Estonia act on a resolution ..., a senior
			// official said": Estonia, not the official)
			if mi := firstActorBefore(d, sent, verb); mi >= 0 {
				srcMention, src = mi, d.Mentions[mi].Actor.Code
			}
		}
		if conv.SourceBefore && src == "" && verb >= 0 && (conv.CodeAll || !sourcedInSentence(d, events, e.Sentence, verbs) && !emitted[e.Sentence]) {
			// TABARI: the source is the first actor before the verb; by
			// clause, only for the sentence's one event (an event with a
			// source of its own comes first, and so does one coded before)
			mi := firstActorBefore(d, sent, verb)
			if mi >= 0 && mi == target {
				// the pattern's "+" took the actor before the verb ("+ WAS
				// * DEAD": "An Eriadorian was shot dead in Osgiliath"): the
				// source is the first actor after it
				mi = firstActorAfter(d, sent, verb, d.Mentions[mi].Actor.Code)
			}
			if mi >= 0 {
				srcMention, src = mi, d.Mentions[mi].Actor.Code
			}
		}
		clauseTarget := int32(-1)
		if conv.SourceBefore && target < 0 && verb >= 0 && srcMention >= 0 {
			if s := undictionaryGovernor(d, sent, verb, srcMention, verbs); s >= 0 {
				// TABARI reads "it requested that Elrond assist" left to
				// right, REQUEST no verb of its: the clause's first actor
				// acts, on the one before the verb unless one follows it
				srcMention, src, clauseTarget = s, d.Mentions[s].Actor.Code, srcMention
			}
		}
		if conv.SourceBefore && target >= 0 && target == srcMention && d.Mentions[target].Tokens.End <= verb {
			// the pattern's "+" before the verb took the subject ("NOTED +
			// *": "Falastur noted that North Yemen regretted"): the source
			// is the first actor before it
			if mi := firstActorBefore(d, sent, d.Mentions[target].Tokens.Start); mi >= 0 {
				srcMention, src = mi, d.Mentions[mi].Actor.Code
			}
		}
		src = phraseCode(d, srcMention, src)
		var srcs []string
		if src != "" {
			srcs = distribute(conv, d, sent, srcMention, src)
		}
		if srcMention >= 0 {
			// every conjunct of the subject acts ("Mordor, Rohan, Fornost
			// and Bree welcomed"), however deep the parse nests them
			for _, m := range peerlex.Conjoined(d, sent, srcMention) {
				if m != srcMention {
					srcs = append(srcs, mentionCodes(conv, d, sent, m)...)
				}
			}
		}
		var tgts []string
		switch {
		case target >= 0:
			for _, m := range peerlex.Conjoined(d, sent, target) {
				tgts = append(tgts, mentionCodes(conv, d, sent, m)...)
			}
		case compound && srcMention >= 0:
			// "% * [030:030]": the conjoined subjects act on one another,
			// every ordered pair (an actor never acts on itself, below)
			for _, m := range peerlex.Conjoined(d, sent, srcMention) {
				tgts = append(tgts, mentionCodes(conv, d, sent, m)...)
			}
		case e.Target.Actor.Known() && !inSubject(d, sent, e.Source.Mention, e.Target.Mention) && !possessivePronoun(d, e.Target.Mention):
			tgts = distribute(conv, d, sent, e.Target.Mention, phraseCode(d, e.Target.Mention, e.Target.Actor.Code))
		case verb >= 0:
			for _, m := range peerTargets(d, e, sent, verb) {
				tgts = append(tgts, mentionCodes(conv, d, sent, m)...)
			}
			if len(tgts) == 0 && conv.SourceBefore && d.Tokens[verb].UPOS == doc.NOUN {
				// TABARI reads a verb the tagger took for a modifier of
				// the name after it ("Estonia arms Libya": arms read as
				// nmod of Libya) as a verb: the name is its target
				if mi := firstActorAfter(d, sent, verb, src); mi >= 0 && d.Mentions[mi].Head == d.Tokens[verb].Head {
					tgts = conjoinedCodes(conv, d, sent, mi)
				}
			}
			if len(tgts) == 0 && conv.TargetAfter && d.Tokens[verb].UPOS != doc.NOUN && firstTargets[e.Sentence] == nil {
				// TABARI knows no clauses: the target of a verb is the
				// first actor after it, wherever the parse hangs it (a noun
				// is left to its phrase: "Security forces", "raids in which"),
				// for the first verb of the sentence that codes
				if mi := firstActorAfter(d, sent, verb, src); mi >= 0 {
					tgts = conjoinedCodes(conv, d, sent, mi)
				}
			}
		}
		if src == "" {
			// TABARI's DEFAULT: no source found: the default one (PRIOR),
			// or the first target stands in as the source
			switch {
			case conv.DefaultSource == "":
				continue
			case conv.DefaultPrior || len(tgts) == 0:
				srcs = []string{conv.DefaultSource}
			default:
				if e.Target.Mention >= 0 && target < 0 {
					// the target's conjuncts in text order: the first is the source
					tgts = conjoinedCodes(conv, d, sent, e.Target.Mention)
				}
				srcs, tgts = tgts[:1], tgts[1:]
			}
		}
		if clauseTarget >= 0 {
			// a target that is the new source again ("assist them") is none
			tgts = slices.DeleteFunc(tgts, func(t string) bool { return t == src || slices.Contains(strings.Split(src, "/"), t) })
			if len(tgts) == 0 {
				tgts = conjoinedCodes(conv, d, sent, clauseTarget)
			}
		}
		if len(tgts) == 0 && conv.CodeAll {
			// TABARI's CODE ALL: a later verb with no target of its own
			// codes against the sentence's target ("urged Bree ... to
			// assist him")
			tgts = firstTargets[e.Sentence]
		}
		if len(tgts) > 0 && firstTargets[e.Sentence] == nil {
			firstTargets[e.Sentence] = tgts
		}
		if len(tgts) == 0 {
			switch {
			case conv.DefaultTarget != "" && !conv.DefaultAfter && len(srcs) >= 2:
				// TABARI's DEFAULT without AFTER: a compound source's
				// first (in text order) acts on the others
				if srcMention >= 0 {
					srcs = conjoinedCodes(conv, d, sent, srcMention)
				}
				srcs, tgts = srcs[:1], srcs[1:]
			case conv.DefaultTarget != "":
				tgts = []string{conv.DefaultTarget}
			case conv.RequireDyad:
				continue
			default:
				tgts = []string{"---"}
			}
		}
		fwd, back, pair := strings.Cut(c, ":")
		if strings.Trim(fwd, "-") == "" {
			fwd = "" // "[:173]", "[---]": no event forward
		}
		if strings.Trim(back, "-") == "" {
			pair = false
		}
		var all []string
		for _, t := range tgts {
			all = append(all, strings.Split(t, "/")...)
		}
		var allSrc []string
		for _, s := range srcs {
			allSrc = append(allSrc, strings.Split(s, "/")...)
		}
		before := len(out)
		for _, s := range allSrc {
			for _, t := range all {
				if !named[s] {
					s = conv.actorCode(s)
				}
				if !named[t] {
					t = conv.actorCode(t)
				}
				if s == t {
					continue
				}
				if fwd != "" {
					out = appendNew(out, Triple{s, t, fwd})
				}
				if pair {
					out = appendNew(out, Triple{t, s, back})
				}
			}
		}
		if conv.BySentence && len(out) > before {
			coded[e.Sentence] = true
		}
		if len(out) > before {
			emitted[e.Sentence] = true
		}
	}
	return out
}

// noActorPrior is TABARI's COMPLEX: NOACTPRIOR test: some sentence's
// first verb that is an event (a verb, not a noun) has no actor before it.
func noActorPrior(d *doc.Doc, verbs PeerVerbs) bool {
	first := map[int32]int32{} // sentence -> its first event verb token
	for i := range d.Events {
		e := &d.Events[i]
		if int(e.Sentence) >= len(d.Sentences) {
			continue
		}
		sent := d.Sentences[e.Sentence].Tokens
		v := tokenAt(d, sent, e.Evidence.Verb)
		if v < 0 || d.Tokens[v].UPOS != doc.VERB {
			continue
		}
		if f, ok := first[e.Sentence]; !ok || v < f {
			first[e.Sentence] = v
		}
	}
	for si, v := range first {
		if firstActorBefore(d, d.Sentences[si].Tokens, v) < 0 {
			return true
		}
	}
	return false
}

// complexSentence is TABARI's COMPLEX test: the sentence has at least
// conv.ComplexVerbs dictionary verbs (a verb read as such, not a noun or a
// word after a determiner) or at least conv.ComplexConj coordinating
// conjunctions that join more than two actors' names.
func complexSentence(d *doc.Doc, sent doc.TokRange, verbs PeerVerbs, conv PeerConventions) bool {
	nv, nc := 0, 0
	for i := sent.Start; i < sent.End && int(i) < len(d.Tokens); i++ {
		t := &d.Tokens[i]
		switch t.UPOS {
		case doc.VERB:
			if i > sent.Start && d.Tokens[i-1].UPOS == doc.DET {
				continue // "the promised aid"
			}
			if _, ok := verbs.Match(d, sent, i); ok {
				nv++
			}
		case doc.CCONJ:
			if !actorConjunct(d, t.Head) {
				nc++
			}
		}
	}
	return conv.ComplexVerbs > 0 && nv >= conv.ComplexVerbs || conv.ComplexConj > 0 && nc >= conv.ComplexConj
}

// actorConjunct: token h, the conjunct a conjunction hangs on, is an
// actor's name ("Ithilen and Dagolath" is one compound actor to TABARI).
func actorConjunct(d *doc.Doc, h int32) bool {
	for mi := range d.Mentions {
		if m := &d.Mentions[mi]; h >= m.Tokens.Start && h < m.Tokens.End && m.Actor.Known() {
			return true
		}
	}
	return false
}

// dictionaryEntry: an actor's evidence is one dictionary line
// ("TABARI.Demo.actors:19"), not a rule ("sector: Validate.agents:56",
// "coref:pronoun").
func dictionaryEntry(entry string) bool {
	i := strings.LastIndexByte(entry, ':')
	if i <= 0 || i == len(entry)-1 || strings.ContainsRune(entry, ' ') {
		return false
	}
	for _, c := range entry[i+1:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// sourcedInSentence: one of events in sentence si has a known source and
// codes something: a verb whose code is "---" ("PLANE [---]" for the
// noun "planes") is no verb to TABARI, which goes on to the next one.
func sourcedInSentence(d *doc.Doc, events []doc.Event, si int32, verbs PeerVerbs) bool {
	for i := range events {
		if e := &events[i]; e.Sentence == si && e.Source.Actor.Known() && !codesNothing(d, e, verbs) {
			return true
		}
	}
	return false
}

// codesNothing: the peer code of event e is "---", from its converted
// pattern or the peer pattern that matches at its verb.
func codesNothing(d *doc.Doc, e *doc.Event, verbs PeerVerbs) bool {
	c, _ := verbs.PeerCode(e.Evidence.Pattern)
	if int(e.Sentence) < len(d.Sentences) {
		sent := d.Sentences[e.Sentence].Tokens
		if v := tokenAt(d, sent, e.Evidence.Verb); v >= 0 {
			if m, ok := verbs.Match(d, sent, v); ok {
				c = m.Code
			}
		}
	}
	return c != "" && strings.Trim(c, "-") == ""
}

// firstActorAfter is the first mention of a known actor after token at in
// the sentence whose code is not src and that refers to no one else, -1
// for none.
func firstActorAfter(d *doc.Doc, sent doc.TokRange, at int32, src string) int32 {
	for mi := range d.Mentions {
		m := &d.Mentions[mi]
		if m.Tokens.Start > at && m.Tokens.Start < sent.End && m.Actor.Known() && m.Antecedent < 0 && m.Actor.Code != src {
			return int32(mi)
		}
	}
	return -1
}

// hasAuxPass: the verb at token v has a passive auxiliary ("was", "been").
func hasAuxPass(d *doc.Doc, sent doc.TokRange, v int32) bool {
	for i := sent.Start; i < sent.End && int(i) < len(d.Tokens); i++ {
		if d.Tokens[i].Head == v && d.Tokens[i].Dep == doc.AuxPass {
			return true
		}
	}
	return false
}

// article: w is "a", "an" or "the".
func article(w string) bool {
	switch strings.ToLower(w) {
	case "a", "an", "the":
		return true
	}
	return false
}

// possessivePronoun: mention mi is a possessive pronoun ("its embassy"),
// which the peers never take for the one acted on (see peerTargets).
func possessivePronoun(d *doc.Doc, mi int32) bool {
	if mi < 0 || int(mi) >= len(d.Mentions) {
		return false
	}
	m := &d.Mentions[mi]
	h := m.Head
	if h < m.Tokens.Start || h >= m.Tokens.End {
		h = m.Tokens.End - 1
	}
	return m.Kind == doc.Pronoun && h >= 0 && int(h) < len(d.Tokens) && d.Tokens[h].Dep == doc.NmodPoss
}

// firstActorBefore is the first mention of a known actor in the sentence
// that ends before token at, -1 for none.
func firstActorBefore(d *doc.Doc, sent doc.TokRange, at int32) int32 {
	for mi := range d.Mentions {
		m := &d.Mentions[mi]
		if m.Tokens.Start >= sent.Start && m.Tokens.End <= at && m.Actor.Known() {
			return int32(mi)
		}
	}
	return -1
}

// withAuxEvents is d's events with TABARI's reading of an auxiliary that
// is a dictionary verb ("SHOULD [101]" in "Arnor suggested Gondor should
// apply ..."): TABARI finds verbs by lookup, left to right, so the
// auxiliary is the verb of its clause, its patterns match over the verb
// it helps and that verb's phrase, and the source is the first actor of
// the sentence before it. An event of the helped verb gives way to it.
// An auxiliary whose match codes nothing ("---": "have" where the
// dictionary has only "HAVE NOTHING TO DO WITH", whose words are not
// there) is no verb of TABARI's and leaves the helped verb its clause.
// Without such an auxiliary, d.Events itself.
func withAuxEvents(d *doc.Doc, verbs PeerVerbs) []doc.Event {
	var extra []doc.Event
	var helped []doc.Span
	for si, s := range d.Sentences {
		sent := s.Tokens
		for a := sent.Start; a < sent.End && int(a) < len(d.Tokens); a++ {
			t := &d.Tokens[a]
			if t.Dep.Universal() != doc.Aux || t.Head <= a || t.Head >= sent.End {
				continue
			}
			if m, ok := verbs.Match(d, sent, a); !ok || strings.Trim(m.Code, "-") == "" {
				continue
			}
			src := firstActorBefore(d, sent, a)
			if src < 0 {
				continue
			}
			extra = append(extra, doc.Event{Sentence: int32(si), Source: doc.Participant{Actor: d.Mentions[src].Actor, Mention: src},
				Target: doc.Participant{Mention: -1}, Evidence: doc.Evidence{Verb: t.Span}})
			helped = append(helped, d.Tokens[t.Head].Span)
		}
	}
	if len(extra) == 0 {
		return d.Events
	}
	var out []doc.Event
	for _, e := range d.Events {
		if !slices.Contains(helped, e.Evidence.Verb) {
			out = append(out, e)
		}
	}
	return append(out, extra...)
}

// phraseCode is the peers' code of mention mi in its noun phrase: the
// peers code a whole phrase, so a name whose entry gives only a country
// ("Romendacil" BRE) takes the more specific code of a title in front of
// it ("Bree Prime Minister" BREGOV), a mention whose head is a compound,
// nmod:desc, flat or appos dependent of the name's head.
func phraseCode(d *doc.Doc, mi int32, code string) string {
	if mi < 0 || int(mi) >= len(d.Mentions) {
		return code
	}
	head := d.Mentions[mi].Head
	best := code
	for j := range d.Mentions {
		m := &d.Mentions[j]
		if int32(j) == mi || m.Head < 0 || int(m.Head) >= len(d.Tokens) || d.Tokens[m.Head].Head != head {
			continue
		}
		switch d.Tokens[m.Head].Dep.Universal() {
		case doc.Compound, doc.Nmod, doc.Flat, doc.Appos:
		default:
			continue
		}
		if c := m.Actor.Code; len(c) > len(best) && strings.HasPrefix(c, best) {
			best = c
		}
	}
	// a possessor or modifier country names the phrase of its head:
	// "Ithilen's president" is ITHGOV, not ITH; so does a sibling
	// modifier that extends its code ("West German world government
	// activists": GMWGOV and GMWGOVWGO both modify "activists")
	if head >= 0 && int(head) < len(d.Tokens) {
		if dep := d.Tokens[head].Dep; dep == doc.NmodPoss || dep == doc.Compound {
			parent := d.Tokens[head].Head
			for j := range d.Mentions {
				m := &d.Mentions[j]
				if m.Head < 0 || int(m.Head) >= len(d.Tokens) {
					continue
				}
				sibling := d.Tokens[m.Head].Head == parent && d.Tokens[m.Head].Dep == doc.Compound
				if (m.Head == parent || sibling) && len(m.Actor.Code) > len(best) && strings.HasPrefix(m.Actor.Code, best) {
					best = m.Actor.Code
				}
			}
		}
	}
	return best
}

// inSubject reports whether the target mention is part of the source's
// own noun phrase: a conjunct of it ("Mordor, Rohan, Fornost and Bree
// welcomed ..."), below its head ("the ambassadors of Arnor, Osgiliath
// and Gondor presented ..."), or a pronoun that refers back to one. The peers never code such a pair; dyad's
// coder sometimes takes one for a target when a long subject is misparsed.
func inSubject(d *doc.Doc, sent doc.TokRange, src, tgt int32) bool {
	if src < 0 || tgt < 0 || int(src) >= len(d.Mentions) || int(tgt) >= len(d.Mentions) {
		return false
	}
	// a pronoun stands for its antecedent ("Mordor and Bree welcomed their
	// resumption": "their" is the subject again)
	for k := 0; k < 8 && d.Mentions[tgt].Antecedent >= 0 && int(d.Mentions[tgt].Antecedent) < len(d.Mentions); k++ {
		tgt = d.Mentions[tgt].Antecedent
	}
	if tgt == src {
		return true
	}
	for _, m := range peerlex.Conjoined(d, sent, src) {
		if m == tgt && m != src {
			return true
		}
	}
	// the subject phrase: the source's head and, up a conj or nmod chain, the phrase head
	top := d.Mentions[src].Head
	for k := 0; k < 16 && top >= sent.Start && top < sent.End; k++ {
		switch d.Tokens[top].Dep.Universal() {
		case doc.Conj, doc.Nmod, doc.Appos, doc.Compound, doc.Flat:
			top = d.Tokens[top].Head
			continue
		}
		break
	}
	if top < sent.Start || top >= sent.End {
		return false
	}
	switch d.Tokens[top].Dep.Universal() {
	case doc.Nsubj, doc.Csubj:
	default:
		return false // the source is not a subject: nothing to say
	}
	i := d.Mentions[tgt].Head
	for k := 0; k < 32 && i >= sent.Start && i < sent.End; k++ {
		if i == top {
			return true
		}
		i = d.Tokens[i].Head
	}
	return false
}

// distribute is the peers' reading of a role noun over conjoined
// countries: "the ambassadors of Arnor, Osgiliath and Gondor" are ARNGOV,
// OSGGOV and GONGOV. When mention mi's code is the code of a country named
// in an of/in/from phrase of its head plus a sector, every country
// conjoined to that one gets the sector too; otherwise the code alone.
// With conv.AgentFirstOnly (TABARI) only the first country gets it: the
// others are coded bare (ARNGOV, OSG and GON).
func distribute(conv PeerConventions, d *doc.Doc, sent doc.TokRange, mi int32, code string) []string {
	if mi < 0 || int(mi) >= len(d.Mentions) || len(code) <= 3 {
		return []string{code}
	}
	head := d.Mentions[mi].Head
	// the phrase may hang on a role noun this one is conjoined to:
	// "Lawmakers and officials in Fornost and Gondor"
	first := head
	if head >= sent.Start && head < sent.End && d.Tokens[head].Dep.Universal() == doc.Conj {
		first = d.Tokens[head].Head
	}
	for cj := range d.Mentions {
		c := &d.Mentions[cj]
		if c.Head < sent.Start || c.Head >= sent.End || d.Tokens[c.Head].Head != head && d.Tokens[c.Head].Head != first ||
			d.Tokens[c.Head].Dep.Universal() != doc.Nmod || len(c.Actor.Code) != 3 || !strings.HasPrefix(code, c.Actor.Code) {
			continue
		}
		sector := code[3:]
		group := peerlex.Conjoined(d, sent, int32(cj))
		if len(group) < 2 {
			break
		}
		var out []string
		for k, g := range group {
			if gc := d.Mentions[g].Actor.Code; len(gc) == 3 {
				if k > 0 && conv.AgentFirstOnly {
					out = append(out, gc)
				} else {
					out = append(out, gc+sector)
				}
			}
		}
		return out
	}
	return []string{code}
}

// appendNew appends t unless out holds it already.
func appendNew(out []Triple, t Triple) []Triple {
	for _, x := range out {
		if x == t {
			return out
		}
	}
	return append(out, t)
}

// mentionCodes is the codes the peers write for mention m: its
// phrase's code, distributed over the actors it stands for.
func mentionCodes(conv PeerConventions, d *doc.Doc, sent doc.TokRange, m int32) []string {
	return distribute(conv, d, sent, m, phraseCode(d, m, d.Mentions[m].Actor.Code))
}

// conjoinedCodes are the peer codes of mention mi and its conjuncts, in
// text order.
func conjoinedCodes(conv PeerConventions, d *doc.Doc, sent doc.TokRange, mi int32) []string {
	var out []string
	for _, m := range peerlex.Conjoined(d, sent, mi) {
		out = append(out, mentionCodes(conv, d, sent, m)...)
	}
	if len(out) == 0 {
		out = mentionCodes(conv, d, sent, mi)
	}
	return out
}

// nounInVerbPhrase: event e is on a noun that lies in the phrase of
// another event's verb in its sentence, a verb that codes (a verb whose
// peer patterns all fail, "RAISE [---]" in "raised its voice", leaves
// the noun to code).
func nounInVerbPhrase(d *doc.Doc, e *doc.Event, verbs PeerVerbs) bool {
	if int(e.Sentence) >= len(d.Sentences) {
		return false
	}
	sent := d.Sentences[e.Sentence].Tokens
	n := tokenAt(d, sent, e.Evidence.Verb)
	if n < 0 || d.Tokens[n].UPOS != doc.NOUN && d.Tokens[n].UPOS != doc.PROPN {
		return false
	}
	for j := range d.Events {
		o := &d.Events[j]
		if o.Sentence != e.Sentence || o.Evidence.Verb == e.Evidence.Verb {
			continue
		}
		v := tokenAt(d, sent, o.Evidence.Verb)
		if v < 0 || d.Tokens[v].UPOS == doc.NOUN || d.Tokens[v].UPOS == doc.PROPN || !peerlex.InPhrase(d, sent, v, n) {
			continue
		}
		if verbs == nil {
			return true
		}
		if _, ok := verbs.Match(d, sent, v); ok {
			return true
		}
		if c, ok := verbs.PeerCode(o.Evidence.Pattern); !ok || strings.Trim(c, "-:") != "" {
			return true
		}
	}
	return false
}

// tokenAt is the token of sentence sent whose span is sp, -1 for none.
func tokenAt(d *doc.Doc, sent doc.TokRange, sp doc.Span) int32 {
	for i := sent.Start; i < sent.End && int(i) < len(d.Tokens); i++ {
		if d.Tokens[i].Span == sp {
			return i
		}
	}
	return -1
}

// peerTargets finds the peers' target of an event without one: the first
// resolved mention after the verb in the verb's phrase, and the mentions
// conjoined to it.
func peerTargets(d *doc.Doc, e *doc.Event, s doc.TokRange, verb int32) []int32 {
	root := verb
	if t := &d.Tokens[verb]; t.Dep.Universal() == doc.Aux && t.Head > verb && t.Head < s.End {
		root = t.Head // an auxiliary verb's phrase is the verb it helps
	}
	inPhrase := func(i int32) bool { return i == root && root != verb || peerlex.InPhrase(d, s, root, i) }
	head := func(m *doc.Mention) int32 {
		if m.Head < m.Tokens.Start || m.Head >= m.Tokens.End {
			return m.Tokens.End - 1
		}
		return m.Head
	}
	// conjoined: token i is a conjunct of token first, directly or through others.
	conjoined := func(i, first int32) bool {
		for k := 0; k < 16 && i >= s.Start && i < s.End; k++ {
			if d.Tokens[i].Dep.Universal() != doc.Conj {
				return false
			}
			i = d.Tokens[i].Head
			if i == first {
				return true
			}
		}
		return false
	}
	src := e.Source.Actor.Code
	find := func(in func(int32) bool) []int32 {
		var out []int32
		first := int32(-1)
		for mi := range d.Mentions {
			m := &d.Mentions[mi]
			if m.Tokens.Start <= verb || m.Tokens.Start >= s.End || !m.Actor.Known() || m.Actor.Code == src {
				continue
			}
			if m.Kind == doc.Pronoun && d.Tokens[head(m)].Dep == doc.NmodPoss {
				continue // "its dealings with Rohan": a possessive is no one acted on
			}
			h := head(m)
			inside := in(h)
			if t := phraseTop(d, m); !inside && t >= s.Start && t < s.End && d.Tokens[t].UPOS == doc.VERB {
				// a verb the tagger found inside a dictionary phrase
				// ("Ithilen state-run television") heads no clause: the
				// phrase hangs where that verb does
				p := d.Tokens[t].Head
				inside = p == root || p >= s.Start && p < s.End && in(p)
			}
			switch {
			case first < 0 && inside:
				first = h
				out = append(out, int32(mi))
			case first >= 0 && conjoined(h, first):
				out = append(out, int32(mi))
			}
		}
		return out
	}
	if out := find(inPhrase); len(out) > 0 {
		return out
	}
	if v := d.Tokens[root].Head; d.Tokens[root].Dep.Universal() == doc.Obj && v >= s.Start && v < s.End {
		// a noun that is a verb's object reaches on into the verb's
		// phrase after it, as the peers read words: "lent its weight
		// for Kenya to host the summit", with the for-clause on "lent"
		if out := find(func(i int32) bool { return i > root && peerlex.InPhrase(d, s, v, i) }); len(out) > 0 {
			return out
		}
	}
	// none in the phrase: the first actor of its that-clause ("allowed
	// that Mordor isn't ...")
	return find(func(i int32) bool { return peerlex.InComplement(d, s, root, i) })
}

// nounPhrases applies TABARI's <NOUN> words: a mention on a noun
// conjoined to another noun, both in nouns ("Ithilen's sheep and goats of
// Gondor"), that has its actor only from a modifier (peer:possessor) is
// one noun phrase with the first: it is no actor, and the events it was
// the source or target of lose it and what hangs below it. When only the
// first word is a noun, the conjuncts are two phrases and the first, if a
// possessor gave it its actor, is left uncoded, as TABARI does.
func nounPhrases(d *doc.Doc, nouns *PeerWords) {
	changed := false
	for i := range d.Mentions {
		m := &d.Mentions[i]
		h := m.Head
		if !strings.HasPrefix(m.Actor.Entry, "peer:possessor") || h < 0 || int(h) >= len(d.Tokens) ||
			d.Tokens[h].Dep.Universal() != doc.Conj {
			continue
		}
		first := d.Tokens[h].Head
		if first < 0 || int(first) >= len(d.Tokens) || !nouns.Has(d.TokenText(int(first))) {
			continue
		}
		if nouns.Has(d.TokenText(int(h))) {
			m.Actor = doc.Actor{}
			changed = true
			continue
		}
		// the second word is none of TABARI's nouns ("sheep and pigs of
		// Gondor"): two phrases, a compound, and TABARI leaves the first
		// uncoded when its actor is only a possessor (Validate.text
		// COMPOUND-19)
		for j := range d.Mentions {
			if f := &d.Mentions[j]; f.Head == first && strings.HasPrefix(f.Actor.Entry, "peer:possessor") {
				f.Actor = doc.Actor{}
				changed = true
			}
		}
	}
	if !changed {
		return
	}
	for i := range d.Events {
		for _, p := range [2]*doc.Participant{&d.Events[i].Source, &d.Events[i].Target} {
			if p.Mention >= 0 && int(p.Mention) < len(d.Mentions) && !d.Mentions[p.Mention].Actor.Known() {
				// nor the actors below it ("of Gondor")
				p.Actor, p.Mention = doc.Actor{}, -1
			}
		}
	}
}

// undictionaryGovernor is, for an event at verb whose source is mention
// src, the subject of its clause's governor when TABARI, finding verbs by
// lookup, would not see the clause: the verb is the complement (ccomp) of
// a verb that is no dictionary verb and codes no event ("it requested
// that Elrond assist"), src is the verb's own subject, and the governor's
// subject is a known actor other than src; -1 otherwise.
func undictionaryGovernor(d *doc.Doc, sent doc.TokRange, verb, src int32, verbs PeerVerbs) int32 {
	if d.Tokens[verb].Dep.Universal() != doc.Ccomp {
		return -1
	}
	gov := d.Tokens[verb].Head
	if gov < sent.Start || gov >= sent.End || d.Tokens[gov].UPOS != doc.VERB {
		return -1
	}
	if h := d.Mentions[src].Head; h < sent.Start || h >= sent.End || d.Tokens[h].Head != verb || d.Tokens[h].Dep.Universal() != doc.Nsubj {
		return -1
	}
	if _, ok := verbs.Match(d, sent, gov); ok {
		return -1
	}
	for i := range d.Events {
		if v := tokenAt(d, sent, d.Events[i].Evidence.Verb); v == gov {
			return -1
		}
	}
	for mi := range d.Mentions {
		m := &d.Mentions[mi]
		h := m.Head
		if int32(mi) == src || h < sent.Start || h >= sent.End || d.Tokens[h].Head != gov || d.Tokens[h].Dep.Universal() != doc.Nsubj {
			continue
		}
		if m.Actor.Known() {
			return int32(mi)
		}
		return -1
	}
	return -1
}

// phraseTop is the token of a dictionary actor's phrase of several words
// whose head lies outside it (the phrase's top in the parse); -1 for a
// mention of one word or one a rule gave.
func phraseTop(d *doc.Doc, m *doc.Mention) int32 {
	if m.Tokens.End-m.Tokens.Start < 2 || !dictionaryEntry(m.Actor.Entry) {
		return -1
	}
	for t := m.Tokens.Start; t < m.Tokens.End && int(t) < len(d.Tokens); t++ {
		if h := d.Tokens[t].Head; h < m.Tokens.Start || h >= m.Tokens.End {
			return t
		}
	}
	return -1
}

// PeerConventions are how a suite writes what dyad leaves open.
type PeerConventions struct {
	// NoCountry prefixes a bare sector, an agent whose country is
	// unknown: "---" for PETRARCH ("---GOV"), "~" for TABARI ("~GOV").
	NoCountry string
	// RequireDyad drops events without a target; else the target is "---".
	RequireDyad bool
	// KeepHypothetical keeps events dyad reads as hypothetical (questions,
	// "could", conditions), which the peers code like any other.
	KeepHypothetical bool
	// DiscardActors: an actor coded "###" (or "+++", too complex) discards
	// the sentence (TABARI);
	// otherwise "###" is written as a code like any other (PETRARCH).
	DiscardActors bool
	// NounEvents: an event on a noun (TABARI finds its verbs by dictionary
	// lookup, nouns too) is coded only when the noun is not in the phrase
	// of another event's verb: TABARI codes one verb per phrase ("condemned
	// an attack by X" is the condemning, not the attack).
	NounEvents bool
	// DefaultSource and DefaultTarget are TABARI's DEFAULT option: the
	// codes an event takes when no source or no target is found (""
	// for none). Without DefaultPrior, a missing source is the first
	// target instead; without DefaultAfter, a missing target of a
	// compound source is its other members.
	DefaultSource, DefaultTarget string
	DefaultPrior, DefaultAfter   bool
	// ConvertAgent is TABARI's CONVERT AGENT option: an agent that names
	// no country, a religion as well as a sector, is written with
	// NoCountry before it ("~MOS").
	ConvertAgent bool
	// AuxVerbs: an auxiliary that is a dictionary verb (TABARI's SHOULD)
	// codes its clause, from the sentence's first actor (withAuxEvents).
	AuxVerbs bool
	// SourceBefore: an event on a dictionary verb read as a noun takes
	// the first actor before it as its source, not one after it (TABARI).
	SourceBefore bool
	// CodeAll is TABARI's SET: CODE ALL: every verb of a sentence codes,
	// a sourceless one from the first actor before it.
	CodeAll bool
	// KeepNegated codes a negated event like any other: TABARI knows
	// negation only where a pattern spells it out ("- NOT * [...]").
	KeepNegated bool
	// ComplexVerbs and ComplexConj are TABARI's COMPLEX: VERBS[n] CONJ[m]:
	// a sentence with n dictionary verbs or m conjunctions (not within a
	// compound actor) is too complex to code (0: no limit).
	ComplexVerbs, ComplexConj int
	// BySentence is TABARI's SET: CODE BY SENTENCE: only the first event
	// of a sentence that codes is kept.
	BySentence bool
	// NoContextCountry: an agent named without a country is a bare sector
	// ("police": ~COP), not given the country of the sentence as dyad's
	// actor stage does (TABARI). PeerEvents rewrites such mentions' codes.
	NoContextCountry bool
	// TargetAfter: an event whose verb's phrase names no target takes the
	// first actor after the verb in the sentence (TABARI, which knows no
	// clauses: "expressed hopes on Thursday that Osgiliath could be ...").
	TargetAfter bool
	// NoActPrior is TABARI's COMPLEX: NOACTPRIOR: a sentence whose first
	// verb has no actor before it is too complex to code.
	NoActPrior bool
	// AgentFirstOnly: an agent before an of-phrase of conjoined countries
	// goes with the first of them only ("the ambassadors of Arnor,
	// Osgiliath and Gondor": ARNGOV, OSG, GON; TABARI, whose suite notes
	// that the agent "is not carried through to the other actors").
	AgentFirstOnly bool
	// Nouns are TABARI's <NOUN> words (the actors file's section): two of
	// them conjoined ("sheep and goats") are one noun phrase, not a
	// compound, so the second, when it takes an actor only from a
	// modifier ("goats of Gondor"), is no actor of its own: the phrase's
	// actor is its first (Validate.text COMPOUND-18); a noun conjoined to
	// another word ("Ithilen's sheep and pigs of Gondor") starts a
	// compound whose first phrase TABARI leaves uncoded (COMPOUND-19).
	// nil: no such words.
	Nouns *PeerWords
}

// PeerWords is a set of dictionary words matched as TABARI matches them: a
// word written with a trailing "_" whole, one without as a stem (any text
// word beginning with it).
type PeerWords struct {
	whole map[string]bool
	stems []string
}

// NewPeerWords makes the set of words; exact[i] says words[i] was written
// with a trailing "_" (peerdict.Phrase).
func NewPeerWords(words []string, exact []bool) *PeerWords {
	w := &PeerWords{whole: map[string]bool{}}
	for i, x := range words {
		x = strings.ToUpper(strings.TrimSuffix(x, "_"))
		if i < len(exact) && exact[i] {
			w.whole[x] = true
		} else {
			w.stems = append(w.stems, x)
		}
	}
	return w
}

// Has reports whether the text word is in the set.
func (w *PeerWords) Has(word string) bool {
	if w == nil || word == "" {
		return false
	}
	word = strings.ToUpper(word)
	if w.whole[word] {
		return true
	}
	for _, s := range w.stems {
		if strings.HasPrefix(word, s) {
			return true
		}
	}
	return false
}

// TabariDefault reads the DEFAULT option of a TABARI option state
// ("SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER", "OFF") into c.
func (c *PeerConventions) TabariDefault(options map[string]string) {
	f := strings.Fields(options["DEFAULT"])
	for i := 0; i < len(f); i++ {
		switch strings.ToUpper(f[i]) {
		case "SOURCE", "TARGET":
			if i+1 < len(f) && strings.HasPrefix(f[i+1], "[") && strings.HasSuffix(f[i+1], "]") {
				code := strings.Trim(f[i+1], "[]")
				if strings.EqualFold(f[i], "SOURCE") {
					c.DefaultSource = code
				} else {
					c.DefaultTarget = code
				}
				i++
			}
		case "PRIOR":
			c.DefaultPrior = true
		case "AFTER":
			c.DefaultAfter = true
		}
	}
}

func (c PeerConventions) actorCode(code string) string {
	if len(code) == 3 {
		if _, ok := cameo.ParseSector(code); ok {
			return c.NoCountry + code
		}
	}
	if c.ConvertAgent && len(code) >= 3 {
		// a religion is no country either: "Muslims" ~MOS, "fundamentalist
		// jihad" ~MOSREB
		if a, err := cameo.ParseActor(code); err == nil && a.Root().Kind == cameo.ReligionSeg {
			return c.NoCountry + code
		}
	}
	return code
}

// PeerPossessors is a stage for the peer suites, run after the actor
// stage: the peers code a noun phrase by the actor named in it, so a
// subject or object noun that names no actor but has an actor as its
// possessor ("Ithilen's militia", "Caras Galadhon's new mayor") or in an
// of-phrase ("goats of Gondor") stands for that actor; so does such a noun
// conjoined to a subject or object ("Ithilen's sheep and goats of
// Gondor"). dyad's own actor stage does this only for role nouns; this
// stage adds a mention over the noun, with the possessor's actor and the
// evidence "peer:possessor".
type PeerPossessors struct{}

func (PeerPossessors) Name() string      { return "peer-possessors" }
func (PeerPossessors) Reads() doc.Layer  { return doc.Deps | doc.Actors }
func (PeerPossessors) Writes() doc.Layer { return doc.Actors }

// Annotate adds the mentions, keeping d.Mentions in text order and the
// antecedent links pointing at the same mentions.
func (PeerPossessors) Annotate(d *doc.Doc) error {
	inMention := make([]bool, len(d.Tokens))
	headOf := make([]int32, len(d.Tokens))
	for i := range headOf {
		headOf[i] = -1
	}
	for mi := range d.Mentions {
		m := &d.Mentions[mi]
		for i := m.Tokens.Start; i < m.Tokens.End && int(i) < len(d.Tokens); i++ {
			if i >= 0 {
				inMention[i] = true
			}
		}
		if m.Head >= 0 && int(m.Head) < len(d.Tokens) {
			headOf[m.Head] = int32(mi)
		}
	}
	var added []doc.Mention
	for i := range d.Tokens {
		p := &d.Tokens[i]
		if p.Head < 0 || int(p.Head) >= len(d.Tokens) || headOf[i] < 0 {
			continue
		}
		// the owner is a possessor ("Ithilen's sheep") or an of-phrase
		// ("goats of Gondor")
		if p.Dep != doc.NmodPoss && (p.Dep.Universal() != doc.Nmod || !caseOf(d, int32(i), "of")) {
			continue
		}
		owner := d.Mentions[headOf[i]]
		if !owner.Actor.Known() || owner.Antecedent >= 0 {
			continue // pronouns ("its") are left to coreference
		}
		n := p.Head
		tok := &d.Tokens[n]
		for k := 0; k < 4 && tok.Dep == doc.Compound && tok.Head > n && int(tok.Head) < len(d.Tokens) &&
			d.Tokens[tok.Head].UPOS == doc.NOUN && !inMention[n]; k++ {
			// a possessor hung on the first noun of a compound owns the
			// whole: "Ithilen's death and injury toll"
			n = tok.Head
			tok = &d.Tokens[n]
		}
		if inMention[n] || tok.UPOS != doc.NOUN {
			continue
		}
		dep := tok.Dep.Universal()
		if dep == doc.Conj && tok.Head >= 0 && int(tok.Head) < len(d.Tokens) {
			dep = d.Tokens[tok.Head].Dep.Universal() // "Ithilen's sheep and goats of Gondor"
		}
		switch dep {
		case doc.Nsubj, doc.Obj:
		default:
			continue
		}
		inMention[n] = true
		added = append(added, doc.Mention{Span: tok.Span, Tokens: doc.TokRange{Start: n, End: n + 1}, Head: n,
			Kind: owner.Kind, Antecedent: -1,
			Actor: doc.Actor{Code: owner.Actor.Code, Name: owner.Actor.Name, Entry: "peer:possessor " + owner.Actor.Entry}})
	}
	if len(added) == 0 {
		return nil
	}
	old := len(d.Mentions)
	all := append(append([]doc.Mention(nil), d.Mentions...), added...)
	order := make([]int, len(all))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return all[order[a]].Tokens.Start < all[order[b]].Tokens.Start })
	newIndex := make([]int32, len(all))
	for ni, oi := range order {
		newIndex[oi] = int32(ni)
	}
	out := make([]doc.Mention, len(all))
	for ni, oi := range order {
		m := all[oi]
		if m.Antecedent >= 0 && int(m.Antecedent) < old {
			m.Antecedent = newIndex[m.Antecedent]
		}
		out[ni] = m
	}
	d.Mentions = out
	return nil
}

// caseOf reports whether token i has a case marker with the word w.
func caseOf(d *doc.Doc, i int32, w string) bool {
	for j := range d.Tokens {
		if d.Tokens[j].Head == i && d.Tokens[j].Dep.Universal() == doc.Case && strings.EqualFold(d.TokenText(j), w) {
			return true
		}
	}
	return false
}

// PeerVerbForms is a stage for TABARI, run after the actor stage: TABARI
// finds its verbs by looking words up, whatever the tagger makes of them,
// so a word the tagger took for a name or an adverb ("Estonia departen
// from Libya", "would actxd now") that is a dictionary verb's form - as
// listed ("{ ACTXD_ }") or with one of TABARI's regular endings (-S, -ED,
// -ES, -EN, -ING) - is read as that verb: its tag becomes VERB and its
// lemma the verb's, so that the coder finds the event there.
// Words inside an actor's mention are left alone. A verb with a possessive
// "'s" glued to it ("Estonia donate's cash") is no verb: TABARI reads
// one word that no verb ending makes.
type PeerVerbForms struct {
	Lex interface{ Verb(lemma string) []int32 }
}

func (PeerVerbForms) Name() string      { return "peer-verb-forms" }
func (PeerVerbForms) Reads() doc.Layer  { return doc.Deps | doc.Actors }
func (PeerVerbForms) Writes() doc.Layer { return doc.Tags }

// Annotate retags the words.
func (s PeerVerbForms) Annotate(d *doc.Doc) error {
	inMention := make([]bool, len(d.Tokens))
	for mi := range d.Mentions {
		m := &d.Mentions[mi]
		for i := max(m.Tokens.Start, 0); i < m.Tokens.End && int(i) < len(d.Tokens); i++ {
			inMention[i] = true
		}
	}
	for i := range d.Tokens {
		t := &d.Tokens[i]
		if t.UPOS == doc.VERB && t.Flags&doc.SpaceAfter == 0 && i+1 < len(d.Tokens) &&
			strings.EqualFold(strings.ReplaceAll(d.TokenText(i+1), "’", "'"), "'s") {
			// TABARI reads "donate's" as one word, which no verb's ending
			// makes: no verb
			t.UPOS, t.Lemma = doc.X, strings.ToLower(d.TokenText(i))+"'s"
			continue
		}
		switch t.UPOS {
		case doc.PROPN, doc.ADV, doc.X:
		default:
			continue
		}
		if inMention[i] {
			continue
		}
		w := strings.ToLower(d.TokenText(i))
		if lemma := s.verbWord(w); lemma != "" {
			t.UPOS, t.Lemma = doc.VERB, lemma
		}
	}
	return nil
}

// verbWord is the verb trigger a word is a form of, "" for none.
func (s PeerVerbForms) verbWord(w string) string {
	if len(w) < 4 {
		return ""
	}
	if len(s.Lex.Verb(w)) > 0 {
		return w
	}
	for _, end := range []string{"ing", "es", "ed", "en", "s"} {
		if b, ok := strings.CutSuffix(w, end); ok && len(b) >= 3 && len(s.Lex.Verb(b)) > 0 {
			return b
		}
	}
	return ""
}
