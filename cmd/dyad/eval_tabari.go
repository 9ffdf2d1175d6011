package main

import (
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"dyad/actor"
	"dyad/doc"
	"dyad/eval"
	"dyad/lexicon/peerdict"
	"dyad/lexicon/peerlex"
)

// runEvalTabari runs TABARI's validation suite (Validate.text with the
// dictionaries its Validate.project names) through dyad's own pipeline.
func runEvalTabari(args []string, stdout, stderr io.Writer) error {
	fs := newAboutFlags("eval tabari", "usage: dyad eval tabari --suite DIR [--json] [--verbose] [--trace ID,ID] [--parser FILE]\n\n"+
		"Codes the standard records of the suite's text file (those before FINAL-01) from their text with\n"+
		"the actor, agent and verb dictionaries the project file names, and scores a record as passed\n"+
		"when dyad's (source, target, code) set equals the expected set.", stderr)
	dir := fs.String("suite", "", "the TABARI `DIR` holding Validate.project and the files it names")
	project := fs.String("project", "Validate.project", "the project file in DIR")
	asJSON := fs.Bool("json", false, "print the result as JSON")
	verbose := fs.Bool("verbose", false, "list the failing records with what was expected and what dyad coded")
	trace := fs.String("trace", "", "instead of scoring, print how dyad reads the records with these `IDS` (comma-separated):\n"+
		"tokens with tags and dependencies, mentions with their codes and evidence, and the triples coded")
	parserFile := parserFlag(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *dir == "" || fs.NArg() > 0 {
		return fmt.Errorf("%w: want --suite DIR and no other arguments", errUsage)
	}
	open := func(name string) (*os.File, error) { return os.Open(filepath.Join(*dir, name)) }
	pf, err := open(*project)
	if err != nil {
		return err
	}
	proj, err := eval.TabariProject(pf, *project)
	pf.Close()
	if err != nil {
		return err
	}
	for _, k := range []string{"actorsfile", "verbsfile", "textfile"} {
		if proj[k] == "" {
			return fmt.Errorf("%s: no <%s> line; the project must name the actors, verbs and text files", *project, k)
		}
	}
	var options []eval.TabariOption
	if name := proj["optionsfile"]; name != "" {
		of, err := open(name)
		if err != nil {
			return err
		}
		options, err = eval.ReadTabariOptions(of, name)
		of.Close()
		if err != nil {
			return err
		}
	}
	tf, err := open(proj["textfile"])
	if err != nil {
		return err
	}
	suite, err := eval.ReadTabariSuite(tf, proj["textfile"], options)
	tf.Close()
	if err != nil {
		return err
	}
	nouns, err := tabariNouns(filepath.Join(*dir, proj["actorsfile"]))
	if err != nil {
		return err
	}
	// TABARI's FORWARD: a record that goes on a story ("FRWD-001-002"
	// after "FRWD-001-001", the mask NNN*SSS) gives a subject pronoun
	// without an antecedent the first actor of the record before it, the
	// actor's code without its agent ("FORGOVPRS" forwards "FOR")
	fwd := &tabariForward{}
	var last *doc.Doc
	printing := *trace != ""
	show := func(d *doc.Doc) {
		last = d
		if printing {
			writeTrace(stdout, d)
		}
	}
	for i := range suite.Records {
		r := &suite.Records[i]
		r.Options = maps.Clone(r.Options)
		r.Options[tabariIDKey] = r.ID
	}
	code, err := peerPipeline(parserFile, *dir, proj["actorsfile"], proj["agentsfile"], proj["verbsfile"], "", actor.Stems,
		func(options map[string]string) eval.PeerConventions {
			c := eval.PeerConventions{NoCountry: "~", RequireDyad: true, KeepHypothetical: true, DiscardActors: true, NounEvents: true, AuxVerbs: true, SourceBefore: true, KeepNegated: true, NoContextCountry: true,
				AgentFirstOnly: true, TargetAfter: true}
			c.TabariDefault(options)
			c.ConvertAgent = strings.EqualFold(options["SET: CONVERT AGENT"], "TRUE")
			c.CodeAll = strings.EqualFold(options["SET"], "CODE ALL")
			c.BySentence = strings.EqualFold(options["SET"], "CODE BY SENTENCE")
			c.ComplexVerbs, c.ComplexConj = tabariComplex(options["COMPLEX"])
			c.Nouns = nouns
			c.NoActPrior = slices.Contains(strings.Fields(strings.ToUpper(options["COMPLEX"])), "NOACTPRIOR")
			return c
		}, show, tabariPairs{}, fwd)
	if err != nil {
		return err
	}
	code = tabariMinWords(tabariCommas(code))
	prevID := ""
	inner := code
	code = func(body string, date time.Time, options map[string]string) ([]eval.Triple, error) {
		id := options[tabariIDKey]
		fwd.code = ""
		if last != nil && eval.TabariStory(id) != "" && eval.TabariStory(id) == eval.TabariStory(prevID) &&
			!strings.HasSuffix(options["FORWARD"], "OFF") {
			fwd.code = firstActorRoot(last)
		}
		prevID, last = id, nil
		if date.IsZero() {
			date = tabariNoDate
		}
		return inner(body, date, options)
	}
	if *trace != "" {
		return traceTabari(stdout, suite, code, strings.Split(*trace, ","), &printing)
	}
	res := eval.RunTabari(suite, code)
	return writePeerResult(stdout, res, *asJSON, *verbose)
}

// traceTabari codes the standard records with the given ids, in suite
// order, printing what was expected and what dyad coded; the pipeline's
// trace function prints how dyad read each while *printing. The records
// of a story before a traced one are coded first, unprinted, so that
// FORWARD has them.
func traceTabari(w io.Writer, suite *eval.TabariSuite, code eval.PeerCodeFunc, ids []string, printing *bool) error {
	found := 0
	for i := range suite.Records {
		r := &suite.Records[i]
		if !r.Standard || !slices.Contains(ids, r.ID) {
			continue
		}
		found++
		*printing = false
		start := i
		for start > 0 && eval.TabariStory(r.ID) != "" && eval.TabariStory(suite.Records[start-1].ID) == eval.TabariStory(r.ID) {
			start--
		}
		for j := start; j < i; j++ {
			p := &suite.Records[j]
			if _, err := code(p.Text, p.Date, p.Options); err != nil {
				return fmt.Errorf("%s: %w", p.ID, err)
			}
		}
		*printing = true
		fmt.Fprintf(w, "== %s (line %d)\n", r.ID, r.Line)
		got, err := code(r.Text, r.Date, r.Options)
		if err != nil {
			return fmt.Errorf("%s: %w", r.ID, err)
		}
		fmt.Fprintf(w, "want %s\ngot  %s\n\n", eval.FormatTriples(r.Triples()), eval.FormatTriples(got))
	}
	if found == 0 {
		return fmt.Errorf("no standard record with the ID %s", strings.Join(ids, " or "))
	}
	return nil
}

// tabariNoDate is the date of a record whose date is neither YYMMDD nor
// YYYYMMDD (ACTORSYN-01's "9501201"): TABARI has no date for it, its
// Julian day 0, before every dated code, so a dated actor takes its
// earliest code ("GOLLUM [HOB < 950601] ... [HOBREB > 990816]" is HOB);
// dyad's pipeline would read a missing date as now.
var tabariNoDate = time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)

// tabariNouns reads the one-word entries of the <NOUN> section of a
// TABARI actors file; nil when it has none.
func tabariNouns(path string) (*eval.PeerWords, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	af, err := peerdict.ReadActors(f, filepath.Base(path))
	if err != nil {
		return nil, err
	}
	var words []string
	var exact []bool
	for _, w := range af.Words {
		if strings.EqualFold(w.Class, "NOUN") && len(w.Word.Words) == 1 {
			words = append(words, w.Word.Words[0])
			exact = append(exact, len(w.Word.Exact) > 0 && w.Word.Exact[0])
		}
	}
	if len(words) == 0 {
		return nil, nil
	}
	return eval.NewPeerWords(words, exact), nil
}

// tabariIDKey is the key under which runEvalTabari gives the code
// function a record's id in its options (no TABARI command has a space
// first).
const tabariIDKey = " RECORD ID"

// firstActorRoot is the first actor named in d (not a pronoun or a
// coreference), its code cut to the actor's three letters; "" for none.
func firstActorRoot(d *doc.Doc) string {
	for _, m := range d.Mentions {
		if m.Actor.Known() && m.Kind != doc.Pronoun && m.Antecedent < 0 && len(m.Actor.Code) >= 3 {
			return m.Actor.Code[:3]
		}
	}
	return ""
}

// tabariForward is TABARI's FORWARD as a stage before the coder: when
// code is set, a pronoun that is a clause subject and has no actor gets
// it, up to the record's first named actor.
type tabariForward struct{ code string }

func (*tabariForward) Name() string      { return "tabari-forward" }
func (*tabariForward) Reads() doc.Layer  { return doc.Deps | doc.Actors }
func (*tabariForward) Writes() doc.Layer { return doc.Actors }

func (f *tabariForward) Annotate(d *doc.Doc) error {
	if f.code == "" {
		return nil
	}
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Kind != doc.Pronoun {
			if m.Actor.Known() {
				return nil
			}
			continue
		}
		if m.Actor.Known() || m.Head < 0 || int(m.Head) >= len(d.Tokens) {
			continue
		}
		if dep := d.Tokens[m.Head].Dep.Universal(); dep == doc.Nsubj {
			m.Actor = doc.Actor{Code: f.code, Entry: "peer:forward"}
		}
	}
	return nil
}

// tabariPairs is TABARI's dereferencing of a compound ("Elrond and
// Gondor urged Bree ... and then they requested ...": they is ELF and
// GON; Validate.text PRON-04): a pronoun that dyad's actor stage took for
// a conjoined pair (coref:pair, no code of its own) gets the codes of the
// pair's conjuncts joined by "/", an actor that is several, which
// eval.PeerEvents codes one event each; a pronoun that refers back to
// such a pronoun ("assist them") gets the same.
type tabariPairs struct{}

func (tabariPairs) Name() string      { return "tabari-pairs" }
func (tabariPairs) Reads() doc.Layer  { return doc.Deps | doc.Actors }
func (tabariPairs) Writes() doc.Layer { return doc.Actors }

func (tabariPairs) Annotate(d *doc.Doc) error {
	for i := range d.Mentions {
		m := &d.Mentions[i]
		a := m.Antecedent
		if m.Kind != doc.Pronoun || m.Actor.Known() || a < 0 || int(a) >= i {
			continue
		}
		if am := &d.Mentions[a]; am.Kind == doc.Pronoun && am.Actor.Entry == "peer:pair" {
			m.Actor = am.Actor
			continue
		}
		if m.Actor.Entry != "coref:pair" {
			continue
		}
		var codes []string
		for _, c := range peerlex.Conjoined(d, sentenceOf(d, d.Mentions[a].Tokens.Start), a) {
			if code := d.Mentions[c].Actor.Code; code != "" && !slices.Contains(codes, code) {
				codes = append(codes, code)
			}
		}
		if len(codes) >= 2 {
			m.Actor = doc.Actor{Code: strings.Join(codes, "/"), Entry: "peer:pair"}
		}
	}
	return nil
}

// sentenceOf is the token range of the sentence holding token t.
func sentenceOf(d *doc.Doc, t int32) doc.TokRange {
	for _, s := range d.Sentences {
		if t >= s.Tokens.Start && t < s.Tokens.End {
			return s.Tokens
		}
	}
	return doc.TokRange{}
}

// tabariDefaultMinWords is TABARI's minimum record length when no SET:
// MINIMUM WORDS is in force (the suite's MINWRD records reset it "to the
// default" with 8).
const tabariDefaultMinWords = 8

// tabariMinWords applies TABARI's MINIMUM WORDS option: a record of fewer
// words (as TABARI counts them, separated by spaces) is not coded.
func tabariMinWords(code eval.PeerCodeFunc) eval.PeerCodeFunc {
	return func(text string, date time.Time, options map[string]string) ([]eval.Triple, error) {
		min := tabariDefaultMinWords
		if f := strings.Fields(options["SET: MINIMUM WORDS"]); len(f) > 0 {
			if n, err := strconv.Atoi(f[0]); err == nil {
				min = n
			}
		}
		if len(strings.Fields(text)) < min {
			return nil, nil
		}
		return code(text, date, options)
	}
}

// tabariComplex reads the limits of TABARI's COMPLEX option
// ("VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN"); 0 for a limit not given.
func tabariComplex(opt string) (verbs, conj int) {
	for _, f := range strings.Fields(strings.ToUpper(opt)) {
		name, rest, ok := strings.Cut(f, "[")
		if !ok {
			continue
		}
		n, err := strconv.Atoi(strings.TrimSuffix(rest, "]"))
		if err != nil {
			continue
		}
		switch name {
		case "VERBS":
			verbs = n
		case "CONJ":
			conj = n
		}
	}
	return verbs, conj
}
