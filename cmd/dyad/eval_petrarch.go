package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"dyad/actor"
	"dyad/coder"
	"dyad/doc"
	"dyad/eval"
	"dyad/lexicon/peerdict"
	"dyad/lexicon/peerlex"
	"dyad/pipeline"
	"dyad/syntax/lemma"
)

// runEvalPetrarch runs a PETRARCH validation suite through dyad's own
// raw-text pipeline with the dictionaries the suite names.
func runEvalPetrarch(args []string, stdout, stderr io.Writer) error {
	fs := newAboutFlags("eval petrarch", "usage: dyad eval petrarch --suite FILE [--json] [--category C,C] [--verbose] [--trace ID,ID] [--parser FILE]\n\n"+
		"Codes the suite's evaluated records from their text (text, syntax, actor and coder stages; the\n"+
		"records' parses are not used) with the verb, actor and agent dictionaries its <Environment>\n"+
		"names, and scores a record as passed when dyad's (source, target, code) set equals the expected\n"+
		"set; actor-right when the (source, target) pairs are equal.", stderr)
	suitePath := fs.String("suite", "", "the suite `FILE` (PETR.UnitTest.records.xml); its dictionaries are read from its folder")
	asJSON := fs.Bool("json", false, "print the result as JSON")
	cats := fs.String("category", "", "only records of these `CATEGORIES` (comma-separated: ACTOR,AGENT,COMPOUND)")
	verbose := fs.Bool("verbose", false, "list the failing records with what was expected and what dyad coded")
	trace := fs.String("trace", "", "instead of scoring, print how dyad reads the records with these `IDS` (comma-separated):\n"+
		"tokens with tags and dependencies, mentions with their codes and evidence, and the triples coded")
	parserFile := parserFlag(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *suitePath == "" || fs.NArg() > 0 {
		return fmt.Errorf("%w: want --suite FILE and no other arguments", errUsage)
	}
	f, err := os.Open(*suitePath)
	if err != nil {
		return err
	}
	suite, err := eval.ReadPetrarchSuite(f, *suitePath)
	f.Close()
	if err != nil {
		return err
	}
	env := suite.Environment
	dir := filepath.Dir(*suitePath)
	var show func(*doc.Doc)
	if *trace != "" {
		show = func(d *doc.Doc) { writeTrace(stdout, d) }
	}
	code, err := peerPipeline(parserFile, dir, env.Actorfile, env.Agentfile, env.Verbfile, env.Discardfile, actor.WholeWords, func(options map[string]string) eval.PeerConventions {
		return eval.PeerConventions{NoCountry: "---", RequireDyad: eval.PetrarchRequireDyad(options), KeepHypothetical: true}
	}, show)
	if err != nil {
		return err
	}
	if *trace != "" {
		return tracePetrarch(stdout, suite, code, strings.Split(*trace, ","))
	}
	var categories []string
	if *cats != "" {
		categories = strings.Split(*cats, ",")
	}
	res := eval.RunPetrarch(suite, code, categories)
	return writePeerResult(stdout, res, *asJSON, *verbose)
}

// writePeerResult prints a peer suite's result: indented JSON (with the
// failures only when verbose) or the table.
func writePeerResult(stdout io.Writer, res *eval.PeerResult, asJSON, verbose bool) error {
	if asJSON {
		if !verbose {
			res.Failures = nil
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	res.WriteTable(stdout, verbose)
	return nil
}

// peerPipeline loads the peer dictionaries from dir and returns a function
// that codes a text with dyad's stages (text, tagger with lemmas, parser,
// actor with the peer actors and agents matched as matching says, coder
// with the converted peer verbs), then writes its events as the suite's
// triples (eval.PeerEvents) with the conventions in force for the record.
// A text with one of the peers' discard phrases (the discards file, verbs
// coded [###]) codes nothing, as the peers discard it.
//
// When trace is not nil it is called with every coded Doc before the
// discards are applied.
//
// The parser flags, when set, replace the embedded parser model. extra
// stages, if any, run after the possessor stage, before the coder.
func peerPipeline(pf *parserFlags, dir, actorFile, agentFile, verbFile, discardFile string, matching actor.PeerMatching, conventions func(options map[string]string) eval.PeerConventions, trace func(*doc.Doc), extra ...doc.Stage) (eval.PeerCodeFunc, error) {
	read := func(name string, r func(*os.File) error) error {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			return err
		}
		defer f.Close()
		return r(f)
	}
	var actors []peerdict.ActorEntry
	if err := read(actorFile, func(f *os.File) error {
		a, err := peerdict.ReadActors(f, actorFile)
		if err == nil {
			actors = a.Entries()
		}
		return err
	}); err != nil {
		return nil, err
	}
	var agents []peerdict.AgentEntry
	if agentFile != "" {
		if err := read(agentFile, func(f *os.File) error {
			a, err := peerdict.ReadAgents(f, agentFile)
			if err == nil {
				agents = a.Entries()
			}
			return err
		}); err != nil {
			return nil, err
		}
	}
	var vf *peerdict.VerbFile
	if err := read(verbFile, func(f *os.File) error {
		var err error
		vf, err = peerdict.ReadVerbs(f, verbFile)
		return err
	}); err != nil {
		return nil, err
	}
	var discards peerlex.Discards
	discards.AddVerbDiscards(vf, matching == actor.Stems)
	if discardFile != "" {
		if err := read(discardFile, func(f *os.File) error {
			df, err := peerdict.ReadDiscards(f, discardFile)
			if err == nil {
				discards.AddDiscards(df, matching == actor.Stems)
			}
			return err
		}); err != nil {
			return nil, err
		}
	}
	lt, err := lemma.Default()
	if err != nil {
		return nil, err
	}
	pv, err := peerlex.ConvertVerbs(vf, verbFile+" (converted)", peerlex.Options{OpaqueCodes: true,
		VerbLemma:  func(w string) string { return lt.Lemma(w, doc.VERB, doc.NoXPOS) },
		WholeWords: matching == actor.WholeWords, StrictJoins: matching == actor.WholeWords,
		NounTriggers: vf.Layout == peerdict.VerbFlat})
	if err != nil {
		return nil, err
	}
	opt := pipeline.Options{Actors: actor.FromPeer(actors, agents, matching), Verbs: pv.Lex,
		Coder: coder.Options{KeepNegated: true, KeepHypothetical: true,
			KeepSourceless: vf.Layout == peerdict.VerbFlat}} // TABARI's DEFAULT: SOURCE
	if err = pf.options(&opt); err != nil {
		return nil, err
	}
	st, err := pipeline.Stages(opt)
	if err != nil {
		return nil, err
	}
	// The peers let a possessor stand for a noun with no actor of its own;
	// that stage sits between the actor stage and the coder, and so does
	// PETRARCH's new_actor_length when a record's <Config> sets it.
	stages := []doc.Stage{st[0], st[1], st[2], eval.PeerPossessors{}}
	if vf.Layout == peerdict.VerbFlat {
		// TABARI finds its verbs by lookup, whatever the tagger says
		stages = append(stages, eval.PeerVerbForms{Lex: pv.Lex})
	}
	stages = append(stages, extra...)
	p, err := doc.NewPipeline(append(stages, st[3])...)
	if err != nil {
		return nil, err
	}
	tagOnly, err := doc.NewPipeline(st[0], st[1])
	if err != nil {
		return nil, err
	}
	return func(body string, date time.Time, options map[string]string) ([]eval.Triple, error) {
		d := doc.New(doc.Article{Text: body, Published: date})
		run := p
		if n, _ := strconv.Atoi(options["new_actor_length"]); n > 0 {
			if run, err = doc.NewPipeline(append(append(stages[:len(stages):len(stages)], newActors{n}), st[3])...); err != nil {
				return nil, err
			}
		}
		if err := run.Run(d); err != nil {
			return nil, err
		}
		if trace != nil {
			trace(d)
		}
		for _, sent := range d.Sentences {
			if discards.Hit(d, sent.Tokens) != "" {
				return nil, nil // the peers discard the sentence: nothing is coded
			}
		}
		if whole := options[peerWholeTextKey]; whole != "" {
			// the text was shortened before coding (TABARI's COMMA): its
			// discards are those of the whole
			wd := doc.New(doc.Article{Text: whole, Published: date})
			if err := tagOnly.Run(wd); err != nil {
				return nil, err
			}
			for _, sent := range wd.Sentences {
				if discards.Hit(wd, sent.Tokens) != "" {
					return nil, nil
				}
			}
		}
		out := eval.PeerEvents(d, pv, conventions(options))
		return out, nil
	}, nil
}

// peerWholeTextKey is the option under which a peer suite's runner gives
// a record's whole text when it codes a shortened one: discards are looked
// for in the whole.
const peerWholeTextKey = " WHOLE TEXT"

// tracePetrarch codes the suite's records with the given IDs (the code
// function prints its trace) and prints what was expected and coded.
func tracePetrarch(w io.Writer, suite *eval.PetrarchSuite, code eval.PeerCodeFunc, ids []string) error {
	found := 0
	for i := range suite.Records {
		r := &suite.Records[i]
		if !slices.Contains(ids, r.ID) {
			continue
		}
		found++
		fmt.Fprintf(w, "== %s (%s, line %d)\n", r.ID, r.Category, r.Line)
		got, err := code(r.Text, r.Date, r.Options)
		if err != nil {
			return fmt.Errorf("%s: %w", r.ID, err)
		}
		fmt.Fprintf(w, "want %s\ngot  %s\n\n", eval.FormatTriples(r.Triples()), eval.FormatTriples(got))
	}
	if found == 0 {
		return fmt.Errorf("no record with the ID %s", strings.Join(ids, " or "))
	}
	return nil
}

// writeTrace prints d's tokens (index, text, UPOS, XPOS, head, relation),
// mentions (tokens, text, kind, code, evidence) and events (verb, codes,
// the pattern that coded it).
func writeTrace(w io.Writer, d *doc.Doc) {
	for i, t := range d.Tokens {
		fmt.Fprintf(w, "  %3d %-14s %-5s %-4s %3d %s\n", i, d.TokenText(i), t.UPOS, t.XPOS, t.Head, t.Dep)
	}
	for _, m := range d.Mentions {
		fmt.Fprintf(w, "  mention [%d,%d) %q %s code=%q entry=%s antecedent=%d\n", m.Tokens.Start, m.Tokens.End,
			d.Text(m.Span), m.Kind, m.Actor.Code, m.Actor.Entry, m.Antecedent)
	}
	for _, e := range d.Events {
		fmt.Fprintf(w, "  event %s %s -> %s %s pattern=%s modality=%d negated=%v\n", d.Text(e.Evidence.Verb),
			e.Source.Actor.Code, e.Target.Actor.Code, e.Code, e.Evidence.Pattern, e.Modality, e.Negated)
	}
}

// newActors is PETRARCH's new_actor_length option as a stage after the
// actor stage: a name that no dictionary codes becomes an actor of its
// own when its noun phrase has at most n words, coded as the phrase in
// capitals and quotation marks ("GRYFFINDOR HEAD MINERVA MCGONAGALL").
// The phrase is the run of determiners, adjectives, nouns, names and
// numbers around the name, over a possessive "'s" (not a word) and an
// "of" between capitalised words ("the Ministry of Magic"); a phrase that
// holds a coded actor is that actor's, as the peers code it.
type newActors struct{ n int }

func (newActors) Name() string      { return "peer-new-actors" }
func (newActors) Reads() doc.Layer  { return doc.Deps | doc.Actors }
func (newActors) Writes() doc.Layer { return doc.Actors }

func (s newActors) Annotate(d *doc.Doc) error {
	known := make([]bool, len(d.Tokens))
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Actor.Known() {
			for t := m.Tokens.Start; t < m.Tokens.End && int(t) < len(d.Tokens); t++ {
				known[t] = true
			}
		}
	}
	capital := func(t int32) bool {
		w := d.TokenText(int(t))
		return w != "" && w[0] >= 'A' && w[0] <= 'Z'
	}
	for _, sent := range d.Sentences {
		lo, hi := sent.Tokens.Start, sent.Tokens.End
		in := func(t int32) bool {
			if t < lo || t >= hi {
				return false
			}
			switch w := d.TokenText(int(t)); {
			case w == "'s" || w == "'" || w == "\u2019s":
				return d.Tokens[t].UPOS == doc.PART
			case strings.EqualFold(w, "of"):
				return t > lo && t+1 < hi && capital(t-1) && capital(t+1)
			}
			switch d.Tokens[t].UPOS {
			case doc.DET, doc.ADJ, doc.NOUN, doc.PROPN, doc.NUM:
				return true
			}
			return false
		}
		for i := range d.Mentions {
			m := &d.Mentions[i]
			if m.Tokens.Start < lo || m.Tokens.End > hi || m.Actor.Known() || m.Antecedent >= 0 || m.Kind == doc.Pronoun {
				continue
			}
			a, b := m.Tokens.Start, m.Tokens.End
			for in(a - 1) {
				a--
			}
			for in(b) {
				b++
			}
			var words []string
			clash := false
			for t := a; t < b; t++ {
				clash = clash || known[t]
				if w := d.TokenText(int(t)); d.Tokens[t].UPOS != doc.PART {
					words = append(words, strings.ToUpper(w))
				}
			}
			if clash || len(words) == 0 || len(words) > s.n {
				continue
			}
			m.Actor = doc.Actor{Code: `"` + strings.Join(words, " ") + `"`, Name: strings.Join(words, " "), Entry: "peer:new_actor_length"}
		}
	}
	return nil
}
