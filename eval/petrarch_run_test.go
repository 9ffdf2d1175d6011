package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"dyad/cameo"
	"dyad/doc"
	"dyad/lexicon/peerlex"
)

// tinyPetrarch is a hand-written suite in PETRARCH's format: one record of
// each outcome (passed; actors right, code wrong; wrong; no events
// expected; not valid; category not included), and a <Config> between
// records.
const tinyPetrarch = `<Validation>
<Environment>
  <Verbfile>v.txt</Verbfile><Actorfile>a.txt</Actorfile><Agentfile>g.txt</Agentfile>
  <Include>ALPHA BETA</Include>
</Environment>
<Sentences>
<Sentence date="20200101" id="A-1" category="ALPHA" sentence="true">
<EventCoding sourcecode="AAA" targetcode="BBB" eventcode="042"></EventCoding>
<Text>Aland praised Bland.</Text>
</Sentence>
<Sentence date="20200101" id="A-2" category="ALPHA" sentence="true">
<EventCoding sourcecode="AAA" targetcode="BBB" eventcode="051"></EventCoding>
<EventCoding sourcecode="BBB" targetcode="AAA" eventcode="051"></EventCoding>
<Text>Aland and Bland cooperated.</Text>
</Sentence>
<Config option="require_dyad" value="false"></Config>
<Sentence date="20200101" id="B-1" category="BETA" sentence="true">
<EventCoding sourcecode="CCC" targetcode="---" eventcode="010"></EventCoding>
<Text>Cland spoke.</Text>
</Sentence>
<Sentence date="20200101" id="B-2" category="BETA" sentence="true">
<EventCoding noevents="True"></EventCoding>
<Text>Nothing happened.</Text>
</Sentence>
<Sentence date="20200101" id="B-3" category="BETA" sentence="false">
<Text>Not a test.</Text>
</Sentence>
<Sentence date="20200101" id="G-1" category="GAMMA" sentence="true">
<Text>Not included.</Text>
</Sentence>
</Sentences>
</Validation>
`

// stubCoder answers each text with fixed triples and records the options
// it was called with.
func stubCoder(answers map[string][]Triple, seen map[string]string) PeerCodeFunc {
	return func(text string, date time.Time, options map[string]string) ([]Triple, error) {
		seen[text] = options["require_dyad"]
		if text == "Cland spoke." {
			return nil, errors.New("stub failure")
		}
		return answers[text], nil
	}
}

func TestRunPetrarch(t *testing.T) {
	s, err := ReadPetrarchSuite(strings.NewReader(tinyPetrarch), "tiny.xml")
	if err != nil {
		t.Fatal(err)
	}
	answers := map[string][]Triple{
		"Aland praised Bland.":        {{"AAA", "BBB", "042"}, {"AAA", "BBB", "042"}}, // repeats are one
		"Aland and Bland cooperated.": {{"AAA", "BBB", "050"}, {"BBB", "AAA", "050"}}, // pairs right, codes wrong
		"Nothing happened.":           nil,
	}
	seen := map[string]string{}
	res := RunPetrarch(s, stubCoder(answers, seen), nil)
	want := PeerScore{Records: 4, Passed: 2, ActorRight: 3}
	if res.PeerScore != want {
		t.Errorf("total %+v, want %+v", res.PeerScore, want)
	}
	if got := *res.Categories["ALPHA"]; got != (PeerScore{2, 1, 2}) {
		t.Errorf("ALPHA %+v, want {2 1 2}", got)
	}
	if got := *res.Categories["BETA"]; got != (PeerScore{2, 1, 1}) {
		t.Errorf("BETA %+v, want {2 1 1}", got)
	}
	if len(res.Failures) != 2 || res.Failures[0].ID != "A-2" || res.Failures[1].ID != "B-1" || res.Failures[1].Err != "stub failure" {
		t.Errorf("failures %+v, want A-2 and B-1 (with its error)", res.Failures)
	}
	if seen["Aland praised Bland."] != "" || seen["Cland spoke."] != "false" {
		t.Errorf("options in force: %q", seen)
	}
	if _, ok := seen["Not a test."]; ok {
		t.Error("a record with sentence=\"false\" was coded")
	}

	only := RunPetrarch(s, stubCoder(answers, map[string]string{}), []string{"BETA"})
	if only.Records != 2 || len(only.Categories) != 1 {
		t.Errorf("--category BETA: %+v", only)
	}

	var b bytes.Buffer
	res.WriteTable(&b, true)
	for _, w := range []string{"ALPHA", "TOTAL", "A-2 (ALPHA, line", "want AAA/BBB/051 BBB/AAA/051", "got  AAA/BBB/050 BBB/AAA/050", "error: stub failure"} {
		if !strings.Contains(b.String(), w) {
			t.Errorf("table lacks %q:\n%s", w, b.String())
		}
	}
	j, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(j), `"records":4,"passed":2,"actor_right":3`) || !strings.Contains(string(j), `"ALPHA":{"records":2,"passed":1,"actor_right":2}`) {
		t.Errorf("JSON %s", j)
	}
}

func TestPetrarchRequireDyad(t *testing.T) {
	for v, want := range map[string]bool{"": true, "true": true, "True": true, "FALSE": false, "false": false, " False ": false} {
		opts := map[string]string{}
		if v != "" {
			opts["require_dyad"] = v
		}
		if got := PetrarchRequireDyad(opts); got != want {
			t.Errorf("require_dyad=%q: %v, want %v", v, got, want)
		}
	}
}

// peerDoc builds "Aland will greet Bland and Cland in Dland ." by hand:
// tokens, a tree and the mentions an actor stage would give, and one event
// from the verb "greet" with no target.
func peerDoc(srcCode string) *doc.Doc {
	text := "Aland will greet Bland and Cland in Dland ."
	d := doc.New(doc.Article{Text: text})
	words := strings.Fields(text)
	heads := []int32{2, 2, -1, 2, 5, 3, 7, 2, 2}
	deps := []doc.DepRel{doc.Nsubj, doc.Aux, doc.Root, doc.Obj, doc.Cc, doc.Conj, doc.Case, doc.Obl, doc.Punct}
	off := int32(0)
	for i, w := range words {
		start := int32(strings.Index(text[off:], w)) + off
		off = start + int32(len(w))
		d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: start, End: off}, Head: heads[i], Dep: deps[i]})
	}
	d.Sentences = []doc.Sentence{{Span: doc.Span{End: int32(len(text))}, Tokens: doc.TokRange{End: int32(len(words))}}}
	mention := func(i int32, code string) doc.Mention {
		return doc.Mention{Span: d.Tokens[i].Span, Tokens: doc.TokRange{Start: i, End: i + 1}, Head: i,
			Actor: doc.Actor{Code: code}, Antecedent: -1}
	}
	d.Mentions = []doc.Mention{mention(0, srcCode), mention(3, "BBB"), mention(5, "CCC/EEE"), mention(7, "DDD")}
	d.Events = []doc.Event{{
		Source:   doc.Participant{Actor: d.Mentions[0].Actor, Mention: 0},
		Target:   doc.Participant{Mention: -1},
		Code:     cameo.MustParse("043"),
		Evidence: doc.Evidence{Verb: d.Tokens[2].Span, Pattern: "v.txt (converted):1 greet"},
	}}
	return d
}

// stubVerbs knows one converted pattern's peer code, and answers Match
// with match when it is set.
type stubVerbs struct {
	code  string
	match *peerlex.PeerMatch
}

func (v stubVerbs) PeerCode(ref string) (string, bool) {
	if ref == "v.txt (converted):1 greet" && v.code != "" {
		return v.code, true
	}
	return "", false
}

func (v stubVerbs) Match(d *doc.Doc, sent doc.TokRange, verb int32) (peerlex.PeerMatch, bool) {
	if v.match == nil {
		return peerlex.PeerMatch{}, false
	}
	return *v.match, true
}

func TestPeerEvents(t *testing.T) {
	peer := func(code string) stubVerbs { return stubVerbs{code: code} }
	petrarch := PeerConventions{NoCountry: "---", RequireDyad: true}
	tests := []struct {
		name, src, code string
		conv            PeerConventions
		drop            bool // remove the mentions after the verb
		want            string
	}{
		{"peer code; the first actor after the verb with its conjuncts, several codes split", "AAA", "901", petrarch, false,
			"AAA/BBB/901 AAA/CCC/901 AAA/EEE/901"},
		{"no peer code: the CAMEO code", "AAA", "", petrarch, false,
			"AAA/BBB/043 AAA/CCC/043 AAA/EEE/043"},
		{"a code pair codes both ways", "AAA", "032:033", petrarch, false,
			"AAA/BBB/032 BBB/AAA/033 AAA/CCC/032 CCC/AAA/033 AAA/EEE/032 EEE/AAA/033"},
		{"no forward code", "AAA", ":173", petrarch, false, "BBB/AAA/173 CCC/AAA/173 EEE/AAA/173"},
		{"agent without a country, PETRARCH", "GOV", "901", petrarch, false, "---GOV/BBB/901 ---GOV/CCC/901 ---GOV/EEE/901"},
		{"agent without a country, TABARI", "MIL", "901", PeerConventions{NoCountry: "~", RequireDyad: true}, false,
			"~MIL/BBB/901 ~MIL/CCC/901 ~MIL/EEE/901"},
		{"no target, dyad required", "AAA", "901", petrarch, true, ""},
		{"no target allowed", "AAA", "901", PeerConventions{NoCountry: "---"}, true, "AAA/---/901"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := peerDoc(tc.src)
			if tc.drop {
				d.Mentions = d.Mentions[:1]
			}
			var got []string
			for _, tr := range PeerEvents(d, peer(tc.code), tc.conv) {
				got = append(got, tr.Source+"/"+tr.Target+"/"+tr.Code)
			}
			if g := strings.Join(got, " "); g != tc.want {
				t.Errorf("got  %s\nwant %s", g, tc.want)
			}
		})
	}
}

// TestPeerTargetsStayInTheVerbPhrase: an actor in a clause of its own
// ("... who met Dland") or before the verb is not the peers' target.
func TestPeerTargetsStayInTheVerbPhrase(t *testing.T) {
	d := peerDoc("AAA")
	// make "Bland" an acl:relcl of the verb's clause: out of the phrase,
	// together with its conjunct; "in Dland" stays
	d.Tokens[3].Dep = doc.AclRelcl
	var got []string
	for _, tr := range PeerEvents(d, stubVerbs{}, PeerConventions{RequireDyad: true}) {
		got = append(got, tr.Source+"/"+tr.Target)
	}
	if g := strings.Join(got, " "); g != "AAA/DDD" {
		t.Errorf("got %s, want AAA/DDD", g)
	}
}

// TestPeerTargetsForClause: the peers read "for Bland to win" as words
// of the verb's phrase, however the parse hangs them; an event on the
// verb's object noun ("raised its voice") reaches on into the verb's
// phrase after the noun, and Bland, the subject "for" brings to the
// clause, is the target.
func TestPeerTargetsForClause(t *testing.T) {
	for _, tc := range []struct {
		name, words string
		want        string
	}{
		{"the for-clause's subject", "Aland/1/nsubj raised/-1/root its/3/poss voice/1/obj for/7/mark Bland/7/nsubj to/7/mark win/1/advcl", "AAA/BBB"},
		{"a for-phrase of the noun", "Aland/1/nsubj raised/-1/root its/3/poss voice/1/obj for/5/case Bland/3/nmod to/7/mark win/1/advcl", "AAA/BBB"},
		{"a clause with its own subject", "Aland/1/nsubj raised/-1/root its/3/poss voice/1/obj so/7/mark Bland/7/nsubj can/7/aux win/1/advcl", ""},
	} {
		d := handSentence(t, tc.words, map[int32]string{0: "AAA", 5: "BBB"}, 3, 0, -1)
		var got []string
		for _, tr := range PeerEvents(d, stubVerbs{}, PeerConventions{RequireDyad: true}) {
			got = append(got, tr.Source+"/"+tr.Target)
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, g, tc.want)
		}
	}
}

// TestPeerEventsMatch: a matched peer pattern gives the code and the
// target at its "+"; a negated event counts only when the pattern spelt
// out words before the verb; a hypothetical one only when kept.
func TestPeerEventsMatch(t *testing.T) {
	tests := []struct {
		name     string
		match    *peerlex.PeerMatch
		negated  bool
		modality doc.Modality
		conv     PeerConventions
		want     string
	}{
		{"pattern code, target at +", &peerlex.PeerMatch{Code: "905", Target: 3, Source: -1, Words: 1}, false, doc.Asserted,
			PeerConventions{RequireDyad: true}, "AAA/DDD/905"},
		{"pattern without +: the peers' target", &peerlex.PeerMatch{Code: "905", Target: -1, Source: -1, Words: 1}, false, doc.Asserted,
			PeerConventions{RequireDyad: true}, "AAA/BBB/905 AAA/CCC/905 AAA/EEE/905"},
		{"negated, pattern without words before the verb", &peerlex.PeerMatch{Code: "905", Target: 3, Source: -1, Words: 1}, true, doc.Asserted,
			PeerConventions{RequireDyad: true}, ""},
		{"negated, the pattern spells the negation", &peerlex.PeerMatch{Code: "904", Target: 3, Source: -1, Words: 2, Before: true}, true, doc.Asserted,
			PeerConventions{RequireDyad: true}, "AAA/DDD/904"},
		{"a $ after the verb is the source", &peerlex.PeerMatch{Code: "046", Target: 0, Source: 3, Words: 1}, false, doc.Asserted,
			PeerConventions{RequireDyad: true}, "DDD/AAA/046"},
		{"negated, no pattern", nil, true, doc.Asserted, PeerConventions{RequireDyad: true}, ""},
		{"negated, no pattern, TABARI keeps it", nil, true, doc.Asserted, PeerConventions{RequireDyad: true, KeepNegated: true},
			"AAA/BBB/043 AAA/CCC/043 AAA/EEE/043"},
		{"hypothetical dropped", nil, false, doc.Hypothetical, PeerConventions{RequireDyad: true}, ""},
		{"hypothetical kept", nil, false, doc.Hypothetical, PeerConventions{RequireDyad: true, KeepHypothetical: true},
			"AAA/BBB/043 AAA/CCC/043 AAA/EEE/043"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := peerDoc("AAA")
			d.Events[0].Negated, d.Events[0].Modality = tc.negated, tc.modality
			var got []string
			for _, tr := range PeerEvents(d, stubVerbs{match: tc.match}, tc.conv) {
				got = append(got, tr.Source+"/"+tr.Target+"/"+tr.Code)
			}
			if g := strings.Join(got, " "); g != tc.want {
				t.Errorf("got  %s\nwant %s", g, tc.want)
			}
		})
	}
}

// TestPeerPhraseCode: a name coded with a country alone takes the code of
// the title in front of it, as the peers code the whole noun phrase; a
// title of another country does not.
func TestPeerPhraseCode(t *testing.T) {
	for _, tc := range []struct{ title, want string }{{"AAAGOV", "AAAGOV/CCC/043"}, {"BBBGOV", "AAA/CCC/043"}} {
		text := "Aland Minister Bland met Cland"
		d := doc.New(doc.Article{Text: text})
		heads := []int32{1, 2, 3, -1, 3}
		deps := []doc.DepRel{doc.Compound, doc.NmodDesc, doc.Nsubj, doc.Root, doc.Obj}
		off := int32(0)
		for i, w := range strings.Fields(text) {
			d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: off, End: off + int32(len(w))}, Head: heads[i], Dep: deps[i]})
			off += int32(len(w)) + 1
		}
		d.Sentences = []doc.Sentence{{Span: doc.Span{End: int32(len(text))}, Tokens: doc.TokRange{End: 5}}}
		d.Mentions = []doc.Mention{
			{Tokens: doc.TokRange{Start: 0, End: 2}, Head: 1, Actor: doc.Actor{Code: tc.title}},
			{Tokens: doc.TokRange{Start: 2, End: 3}, Head: 2, Actor: doc.Actor{Code: "AAA"}},
			{Tokens: doc.TokRange{Start: 4, End: 5}, Head: 4, Actor: doc.Actor{Code: "CCC"}},
		}
		d.Events = []doc.Event{{Source: doc.Participant{Actor: d.Mentions[1].Actor, Mention: 1},
			Target: doc.Participant{Actor: d.Mentions[2].Actor, Mention: 2}, Code: cameo.MustParse("043"),
			Evidence: doc.Evidence{Verb: d.Tokens[3].Span}}}
		var got []string
		for _, tr := range PeerEvents(d, stubVerbs{}, PeerConventions{RequireDyad: true}) {
			got = append(got, tr.Source+"/"+tr.Target+"/"+tr.Code)
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("title %s: got %s, want %s", tc.title, g, tc.want)
		}
	}
}

// handSentence builds one sentence from "form/head/deprel" words (head
// 0-based, -1 for the root) with the given words as mentions (index →
// code; a code "=N" makes a pronoun whose antecedent is mention N), and
// one event from verb, source mention src and target mention tgt (-1: none).
func handSentence(t *testing.T, words string, actors map[int32]string, verb, src, tgt int32) *doc.Doc {
	t.Helper()
	deps := map[string]doc.DepRel{"root": doc.Root, "nsubj": doc.Nsubj, "obj": doc.Obj, "obl": doc.Obl, "case": doc.Case,
		"nmod": doc.Nmod, "poss": doc.NmodPoss, "compound": doc.Compound, "cc": doc.Cc, "conj": doc.Conj, "punct": doc.Punct,
		"mark": doc.Mark, "ccomp": doc.Ccomp, "aux": doc.Aux, "advcl": doc.Advcl, "acl": doc.Acl}
	var forms []string
	d := doc.New(doc.Article{})
	off := int32(0)
	for _, f := range strings.Fields(words) {
		p := strings.Split(f, "/")
		var h int32
		if _, err := fmt.Sscan(p[1], &h); err != nil {
			t.Fatal(err)
		}
		dep, ok := deps[p[2]]
		if !ok {
			t.Fatalf("unknown relation %q", p[2])
		}
		forms = append(forms, p[0])
		d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: off, End: off + int32(len(p[0]))}, Head: h, Dep: dep})
		off += int32(len(p[0])) + 1
	}
	d.Article.Text = strings.Join(forms, " ")
	d.Sentences = []doc.Sentence{{Span: doc.Span{End: int32(len(d.Article.Text))}, Tokens: doc.TokRange{End: int32(len(forms))}}}
	idx := map[int32]int32{}
	for i := int32(0); i < int32(len(forms)); i++ {
		c, ok := actors[i]
		if !ok {
			continue
		}
		m := doc.Mention{Span: d.Tokens[i].Span, Tokens: doc.TokRange{Start: i, End: i + 1}, Head: i, Antecedent: -1}
		if strings.HasPrefix(c, "=") {
			var a int32
			fmt.Sscan(c[1:], &a)
			m.Antecedent = a
		} else {
			m.Actor.Code = c
		}
		idx[i] = int32(len(d.Mentions))
		d.Mentions = append(d.Mentions, m)
	}
	e := doc.Event{Source: doc.Participant{Mention: idx[src], Actor: d.Mentions[idx[src]].Actor}, Target: doc.Participant{Mention: -1},
		Code: cameo.MustParse("043"), Evidence: doc.Evidence{Verb: d.Tokens[verb].Span}}
	if tgt >= 0 {
		tm := idx[tgt]
		e.Target = doc.Participant{Mention: tm, Actor: d.Mentions[tm].Actor}
		if !e.Target.Actor.Known() {
			e.Target.Actor = d.Mentions[d.Mentions[tm].Antecedent].Actor
		}
	}
	d.Events = []doc.Event{e}
	return d
}

// TestPeerEventsSubjectPhrase: every conjunct of the subject acts, however
// deep the parse nests them; a target taken from the subject's own phrase
// (a conjunct, a pronoun for it, a modifier of its head) is replaced by
// the peers' target; a possessor country names its head's phrase.
func TestPeerEventsSubjectPhrase(t *testing.T) {
	tests := []struct {
		name, words string
		actors      map[int32]string
		verb, src   int32
		tgt         int32
		want        string
	}{
		{"nested conjuncts all act; a pronoun for the subject is no target",
			"Aland/4/nsubj Bland/0/conj and/3/cc Cland/1/conj hailed/-1/root their/6/poss pact/4/obj with/8/case Dland/6/nmod",
			map[int32]string{0: "AAA", 1: "BBB", 3: "CCC", 5: "=2", 8: "DDD"}, 4, 0, 5,
			"AAA/DDD/043 BBB/DDD/043 CCC/DDD/043"},
		{"a modifier of the subject's head is no target; a role noun of conjoined countries is each's",
			"envoys/4/nsubj of/2/case Aland/0/nmod Bland/2/conj met/-1/root Cland/4/obj",
			map[int32]string{0: "AAAGOV", 2: "AAA", 3: "BBB", 5: "CCC"}, 4, 0, 3,
			"AAAGOV/CCC/043 BBBGOV/CCC/043"},
		{"a role noun of one country is its own",
			"envoys/3/nsubj of/2/case Aland/0/nmod met/-1/root Cland/3/obj",
			map[int32]string{0: "AAAGOV", 2: "AAA", 4: "CCC"}, 3, 0, 4,
			"AAAGOV/CCC/043"},
		{"no actor in the verb's phrase: the first of its that-clause",
			"Aland/1/nsubj allowed/-1/root that/4/mark Bland/4/nsubj erred/1/ccomp",
			map[int32]string{0: "AAA", 3: "BBB"}, 1, 0, -1,
			"AAA/BBB/043"},
		{"a role noun conjoined to the one the countries hang on is each's too",
			"envoys/6/nsubj and/2/cc aides/0/conj of/4/case Aland/0/nmod Bland/4/conj met/-1/root Cland/6/obj",
			map[int32]string{2: "AAAGOV", 4: "AAA", 5: "BBB", 7: "CCC"}, 6, 2, 7,
			"AAAGOV/CCC/043 BBBGOV/CCC/043"},
		{"a sibling modifier that extends the subject's code names the phrase",
			"Aland/2/compound world/2/compound envoys/3/nsubj met/-1/root Cland/3/obj",
			map[int32]string{0: "AAA", 1: "AAAWGO", 4: "CCC"}, 3, 0, 4,
			"AAAWGO/CCC/043"},
		{"a possessor country names its head's phrase",
			"Aland/1/nsubj met/-1/root Bland/3/poss president/1/obj",
			map[int32]string{0: "AAA", 2: "BBB", 3: "BBBGOV"}, 1, 0, -1,
			"AAA/BBBGOV/043"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := handSentence(t, tc.words, tc.actors, tc.verb, tc.src, tc.tgt)
			var got []string
			for _, tr := range PeerEvents(d, stubVerbs{}, PeerConventions{RequireDyad: true}) {
				got = append(got, tr.Source+"/"+tr.Target+"/"+tr.Code)
			}
			if g := strings.Join(got, " "); g != tc.want {
				t.Errorf("got  %s\nwant %s", g, tc.want)
			}
		})
	}
}

// TestPeerEventsVerbInsideActor: a verb the tagger found inside a
// dictionary actor's phrase ("Ithilen state-run television", with "run"
// an advcl) heads no clause: the phrase is in the verb's phrase and is its
// target. A phrase a rule gave, not a dictionary line, keeps the parse.
func TestPeerEventsVerbInsideActor(t *testing.T) {
	for entry, want := range map[string]string{"actors.txt:9": "AAA/BBBTV/043", "": ""} {
		d := handSentence(t, "Aland/1/nsubj appealed/-1/root in/5/mark Bland/5/nsubj state/5/compound run/1/advcl tv/5/obj",
			map[int32]string{0: "AAA", 3: "BBBTV"}, 1, 0, -1)
		d.Tokens[1].UPOS, d.Tokens[5].UPOS = doc.VERB, doc.VERB
		m := &d.Mentions[1]
		m.Tokens, m.Head, m.Actor.Entry = doc.TokRange{Start: 3, End: 7}, 5, entry
		m.Span.End = d.Tokens[6].Span.End
		var got []string
		for _, tr := range PeerEvents(d, stubVerbs{}, PeerConventions{RequireDyad: true}) {
			got = append(got, tr.Source+"/"+tr.Target+"/"+tr.Code)
		}
		if g := strings.Join(got, " "); g != want {
			t.Errorf("entry %q: got %q, want %q", entry, g, want)
		}
	}
}

// TestPeerEventsNouns: two of TABARI's <NOUN> words conjoined ("Aland's
// sheep and goats of Bland") are one phrase whose actor is its first; a
// word not in the list ("pigs") makes two phrases, and TABARI leaves the
// first, whose actor is only a possessor, uncoded.
func TestPeerEventsNouns(t *testing.T) {
	nouns := NewPeerWords([]string{"SHEEP_", "GOAT"}, []bool{true, false})
	for _, tc := range []struct {
		second string
		nouns  *PeerWords
		want   string
	}{
		{"goats", nouns, "AAA/CCC/043"},
		{"goats", nil, "AAA/CCC/043 BBB/CCC/043"},
		{"pigs", nouns, "BBB/CCC/043"},
		{"pigs", nil, "AAA/CCC/043 BBB/CCC/043"},
	} {
		d := handSentence(t, "Aland/1/poss sheep/6/nsubj and/3/cc "+tc.second+"/1/conj of/5/case Bland/3/nmod warned/-1/root Cland/6/obj",
			map[int32]string{0: "AAA", 1: "AAA", 3: "BBB", 5: "BBB", 7: "CCC"}, 6, 1, 7)
		d.Mentions[1].Actor.Entry, d.Mentions[2].Actor.Entry = "peer:possessor a:1", "peer:possessor a:2"
		e := d.Events[0]
		e.Source = doc.Participant{Mention: 2, Actor: d.Mentions[2].Actor}
		d.Events = append(d.Events, e)
		var got []string
		for _, tr := range PeerEvents(d, stubVerbs{}, PeerConventions{RequireDyad: true, Nouns: tc.nouns}) {
			got = append(got, tr.Source+"/"+tr.Target+"/"+tr.Code)
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%s, nouns %v: got %q, want %q", tc.second, tc.nouns != nil, g, tc.want)
		}
	}
	if !nouns.Has("Goats") || !nouns.Has("sheep") || nouns.Has("sheepdog") || nouns.Has("pigs") {
		t.Error("PeerWords: want Goats (stem GOAT) and sheep (whole SHEEP_), not sheepdog or pigs")
	}
}

// TestPeerEventsUndictionaryGovernor: with SourceBefore (TABARI), a verb
// in the complement of a verb that is no dictionary verb ("Aland requested
// that Bland assist") is read left to right: the governor's subject acts
// on the verb's own subject, unless an actor other than the source
// follows the verb.
func TestPeerEventsUndictionaryGovernor(t *testing.T) {
	for _, tc := range []struct {
		words string
		conv  PeerConventions
		want  string
	}{
		{"Aland/1/nsubj requested/-1/root that/4/mark Bland/4/nsubj assist/1/ccomp", PeerConventions{RequireDyad: true, SourceBefore: true}, "AAA/BBB/043"},
		{"Aland/1/nsubj requested/-1/root that/4/mark Bland/4/nsubj assist/1/ccomp", PeerConventions{RequireDyad: true}, ""},
		{"Aland/1/nsubj requested/-1/root that/4/mark Bland/4/nsubj assist/1/ccomp Cland/4/obj", PeerConventions{RequireDyad: true, SourceBefore: true}, "AAA/CCC/043"},
		{"Aland/1/nsubj requested/-1/root that/4/mark Bland/4/nsubj assist/1/ccomp Aland/4/obj", PeerConventions{RequireDyad: true, SourceBefore: true}, "AAA/BBB/043"},
	} {
		actors := map[int32]string{0: "AAA", 3: "BBB"}
		if n := len(strings.Fields(tc.words)); n > 5 {
			actors[5] = map[string]string{"Cland": "CCC", "Aland": "AAA"}[strings.Split(strings.Fields(tc.words)[5], "/")[0]]
		}
		d := handSentence(t, tc.words, actors, 4, 3, -1)
		d.Tokens[1].UPOS, d.Tokens[4].UPOS = doc.VERB, doc.VERB
		var got []string
		for _, tr := range PeerEvents(d, stubVerbs{}, tc.conv) {
			got = append(got, tr.Source+"/"+tr.Target+"/"+tr.Code)
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%q, SourceBefore %v: got %q, want %q", tc.words, tc.conv.SourceBefore, g, tc.want)
		}
	}
}

// patternStub gives converted patterns their peer codes; no peer pattern
// matches.
type patternStub map[string]string

func (p patternStub) PeerCode(ref string) (string, bool) { c, ok := p[ref]; return c, ok }
func (patternStub) Match(*doc.Doc, doc.TokRange, int32) (peerlex.PeerMatch, bool) {
	return peerlex.PeerMatch{}, false
}

// TestPeerEventsNullVerb: with SourceBefore, an event coded "---" (the
// noun "planes" read as TABARI's "PLANE [---]") does not keep a later
// sourceless verb from its source, the first actor before it.
func TestPeerEventsNullVerb(t *testing.T) {
	d := handSentence(t, "Aland/1/poss planes/-1/root attacked/1/acl Bland/2/obj", map[int32]string{0: "AAA", 3: "BBB"}, 1, 0, -1)
	d.Events[0].Evidence.Pattern = "p:1"
	e := doc.Event{Source: doc.Participant{Mention: -1}, Target: doc.Participant{Mention: 1, Actor: d.Mentions[1].Actor},
		Code: cameo.MustParse("190"), Evidence: doc.Evidence{Verb: d.Tokens[2].Span, Pattern: "p:2"}}
	d.Events = append(d.Events, e)
	for null, want := range map[string]string{"---": "AAA/BBB/190", "043": "AAA/BBB/043"} {
		var got []string
		for _, tr := range PeerEvents(d, patternStub{"p:1": null, "p:2": "190"}, PeerConventions{RequireDyad: true, SourceBefore: true}) {
			got = append(got, tr.Source+"/"+tr.Target+"/"+tr.Code)
		}
		if g := strings.Join(got, " "); g != want {
			t.Errorf("first verb coded %s: got %q, want %q", null, g, want)
		}
	}
}

// TestPeerEventsAgentFirstOnly: TABARI gives a role noun over conjoined
// countries to the first of them only (Validate.text DEMO-08).
func TestPeerEventsAgentFirstOnly(t *testing.T) {
	for firstOnly, want := range map[bool]string{false: "AAAGOV/CCC/043 BBBGOV/CCC/043", true: "AAAGOV/CCC/043 BBB/CCC/043"} {
		d := handSentence(t, "envoys/4/nsubj of/2/case Aland/0/nmod Bland/2/conj met/-1/root Cland/4/obj",
			map[int32]string{0: "AAAGOV", 2: "AAA", 3: "BBB", 5: "CCC"}, 4, 0, 5)
		var got []string
		for _, tr := range PeerEvents(d, stubVerbs{}, PeerConventions{RequireDyad: true, AgentFirstOnly: firstOnly}) {
			got = append(got, tr.Source+"/"+tr.Target+"/"+tr.Code)
		}
		if g := strings.Join(got, " "); g != want {
			t.Errorf("AgentFirstOnly %v: got %s, want %s", firstOnly, g, want)
		}
	}
}

// TestPeerEventsCompound: with "%" before the verb the conjoined subjects
// act on one another, every ordered pair, even when the coder coded only
// one of them.
func TestPeerEventsCompound(t *testing.T) {
	d := handSentence(t, "Aland/3/nsubj and/2/cc Bland/0/conj met/-1/root", map[int32]string{0: "AAA", 2: "BBB"}, 3, 0, -1)
	var got []string
	for _, tr := range PeerEvents(d, stubVerbs{match: &peerlex.PeerMatch{Code: "031", Target: -1, Source: -1, Compound: true}}, PeerConventions{RequireDyad: true}) {
		got = append(got, tr.Source+"/"+tr.Target+"/"+tr.Code)
	}
	sort.Strings(got)
	if g := strings.Join(got, " "); g != "AAA/BBB/031 BBB/AAA/031" {
		t.Errorf("got %s, want AAA/BBB/031 BBB/AAA/031", g)
	}
}

// TestPeerPossessors: a subject or object noun with an actor as possessor
// gets a mention of that actor; a pronoun possessor does not give one;
// mentions stay in text order and antecedents follow them. An of-phrase
// owner stands for a subject noun and for a noun conjoined to one ("sheep
// and goats of Cland warned"); an oblique noun ("of the ports of Dland")
// gets none; a possessor the parse hangs on the first noun of a compound
// owns the whole noun ("Aland's border guards"): the mention goes on the
// compound's head, the subject.
func TestPeerPossessors(t *testing.T) {
	for _, tc := range []struct {
		name, sentence string
		codes          map[int32]string
		verb, subj     int32
		want           string
	}{
		{"possessors", "Aland/2/poss 's/0/case militia/3/nsubj attacked/-1/root Bland/3/obj its/6/poss city/3/obj",
			map[int32]string{0: "AAA", 4: "BBB", 5: "=1"}, 3, 0, "Aland=AAA^-1 militia=AAA^-1 Bland=BBB^-1 its=^2"},
		{"of-phrases", "sheep/5/nsubj and/2/cc goats/0/conj of/4/case Cland/2/nmod warned/-1/root of/7/case ports/5/obl of/9/case Dland/7/nmod",
			map[int32]string{4: "CCC", 9: "DDD"}, 5, 4, "goats=CCC^-1 Cland=CCC^-1 Dland=DDD^-1"},
		{"possessor on a compound", "Aland/2/poss 's/0/case border/3/compound guards/4/nsubj attacked/-1/root Bland/4/obj",
			map[int32]string{0: "AAA", 5: "BBB"}, 4, 0, "Aland=AAA^-1 guards=AAA^-1 Bland=BBB^-1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := handSentence(t, tc.sentence, tc.codes, tc.verb, tc.subj, -1)
			for i := range d.Tokens {
				d.Tokens[i].UPOS = doc.NOUN
			}
			if err := (PeerPossessors{}).Annotate(d); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, m := range d.Mentions {
				got = append(got, fmt.Sprintf("%s=%s^%d", d.Text(m.Span), m.Actor.Code, m.Antecedent))
			}
			if g := strings.Join(got, " "); g != tc.want {
				t.Errorf("mentions %s, want %s", g, tc.want)
			}
		})
	}
}

// TestPeerEventsDiscard: a matched pattern coded [###] discards the
// sentence; an actor coded ### discards it under TABARI's conventions and
// is written as ### under PETRARCH's.
func TestPeerEventsDiscard(t *testing.T) {
	triples := func(d *doc.Doc, v stubVerbs, conv PeerConventions) string {
		var got []string
		for _, tr := range PeerEvents(d, v, conv) {
			got = append(got, tr.Source+"/"+tr.Target+"/"+tr.Code)
		}
		return strings.Join(got, " ")
	}
	if g := triples(peerDoc("AAA"), stubVerbs{match: &peerlex.PeerMatch{Code: "###", Target: -1, Source: -1}}, PeerConventions{RequireDyad: true}); g != "" {
		t.Errorf("pattern [###]: got %s, want nothing", g)
	}
	d := peerDoc("###")
	if g := triples(d, stubVerbs{}, PeerConventions{RequireDyad: true, DiscardActors: true}); g != "" {
		t.Errorf("actor ### (TABARI): got %s, want nothing", g)
	}
	if g := triples(d, stubVerbs{}, PeerConventions{RequireDyad: true}); g != "###/BBB/043 ###/CCC/043 ###/EEE/043" {
		t.Errorf("actor ### (PETRARCH): got %s", g)
	}
}

// TABARI codes one verb per phrase: a noun event in the phrase of another
// event's verb is not coded; a noun event under a verb that codes nothing is.
func TestNounInVerbPhrase(t *testing.T) {
	build := func(text string, words []string, upos []doc.UPOS, heads []int32, deps []string) *doc.Doc {
		d := doc.New(doc.Article{Text: text})
		at := 0
		for i, w := range words {
			k := strings.Index(text[at:], w) + at
			rel, _ := doc.ParseDepRel(deps[i])
			d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: int32(k), End: int32(k + len(w))}, UPOS: upos[i], Head: heads[i], Dep: rel})
			at = k + len(w)
		}
		d.Sentences = []doc.Sentence{{Span: doc.Span{Start: 0, End: int32(len(text))}, Tokens: doc.TokRange{Start: 0, End: int32(len(words))}}}
		return d
	}
	words := []string{"Oslo", "condemned", "an", "attack", "by", "Riga"}
	upos := []doc.UPOS{doc.PROPN, doc.VERB, doc.DET, doc.NOUN, doc.ADP, doc.PROPN}
	heads := []int32{1, -1, 3, 1, 5, 3}
	deps := []string{"nsubj", "root", "det", "obj", "case", "nmod"}
	d := build("Oslo condemned an attack by Riga", words, upos, heads, deps)
	d.Events = []doc.Event{{Evidence: doc.Evidence{Verb: d.Tokens[1].Span}}, {Evidence: doc.Evidence{Verb: d.Tokens[3].Span}}}
	if nounInVerbPhrase(d, &d.Events[0], nil) {
		t.Errorf("the verb's own event is dropped")
	}
	if !nounInVerbPhrase(d, &d.Events[1], nil) {
		t.Errorf("the attack in the phrase of 'condemned' is coded")
	}
	// a verb whose peer code is "---" and whose patterns fail codes nothing
	d.Events[0].Evidence.Pattern = "v.txt (converted):1 greet"
	if nounInVerbPhrase(d, &d.Events[1], stubVerbs{code: "---"}) {
		t.Errorf("the attack under a verb that codes nothing is dropped")
	}
	if !nounInVerbPhrase(d, &d.Events[1], stubVerbs{code: "122"}) {
		t.Errorf("the attack under a verb coded 122 is coded")
	}
	d.Events = d.Events[1:] // no event on "condemned": the noun is the event
	if nounInVerbPhrase(d, &d.Events[0], nil) {
		t.Errorf("a noun event under a verb with no event is dropped")
	}
}

// TestPeerEventsDefault: TABARI's DEFAULT option read from the option state,
// and what it does to an event with no source or no target.
func TestPeerEventsDefault(t *testing.T) {
	var c PeerConventions
	c.TabariDefault(map[string]string{"DEFAULT": "SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER"})
	if c != (PeerConventions{DefaultSource: "DEFSRC", DefaultTarget: "DEFTAR", DefaultPrior: true, DefaultAfter: true}) {
		t.Errorf("TabariDefault = %+v", c)
	}
	var off PeerConventions
	off.TabariDefault(map[string]string{"DEFAULT": "OFF"})
	if off != (PeerConventions{}) {
		t.Errorf("DEFAULT: OFF gives %+v", off)
	}
	code := func(d *doc.Doc, conv PeerConventions) string {
		var got []string
		for _, tr := range PeerEvents(d, stubVerbs{}, conv) {
			got = append(got, tr.Source+"/"+tr.Target+"/"+tr.Code)
		}
		sort.Strings(got)
		return strings.Join(got, " ")
	}
	sourceless := func() *doc.Doc {
		d := handSentence(t, "Xland/1/nsubj restored/-1/root ties/1/obj with/4/case Bland/1/obl and/6/cc Cland/4/conj",
			map[int32]string{4: "BBB", 6: "CCC"}, 1, 4, 4)
		d.Events[0].Source = doc.Participant{Mention: -1}
		return d
	}
	base := PeerConventions{RequireDyad: true, DefaultSource: "DEFSRC", DefaultTarget: "DEFTAR", DefaultAfter: true}
	prior := base
	prior.DefaultPrior = true
	for _, tc := range []struct {
		name string
		d    *doc.Doc
		conv PeerConventions
		want string
	}{
		{"no source, no default: nothing", sourceless(), PeerConventions{RequireDyad: true}, ""},
		{"no source, PRIOR: the default source", sourceless(), prior, "DEFSRC/BBB/043"},
		{"no source, no PRIOR: the first target is the source", sourceless(), base, "BBB/CCC/043"},
		{"no target, AFTER: the default target", handSentence(t, "Aland/3/nsubj and/2/cc Bland/0/conj restored/-1/root ties/3/obj",
			map[int32]string{0: "AAA", 2: "BBB"}, 3, 0, -1), base, "AAA/DEFTAR/043 BBB/DEFTAR/043"},
		{"no target, no AFTER: a compound source acts on itself", handSentence(t, "Aland/3/nsubj and/2/cc Bland/0/conj restored/-1/root ties/3/obj",
			map[int32]string{0: "AAA", 2: "BBB"}, 3, 0, -1), PeerConventions{RequireDyad: true, DefaultTarget: "DEFTAR"}, "AAA/BBB/043"},
	} {
		if got := code(tc.d, tc.conv); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestConvertAgent: under TABARI's CONVERT AGENT a religion without a
// country is written like a bare sector; countries and sectors as before.
func TestConvertAgent(t *testing.T) {
	c := PeerConventions{NoCountry: "~", ConvertAgent: true}
	for in, want := range map[string]string{"MOS": "~MOS", "MOSREB": "~MOSREB", "MIL": "~MIL", "ARNMIL": "ARNMIL", "USAMOS": "USAMOS"} {
		if got := c.actorCode(in); got != want {
			t.Errorf("actorCode(%s) = %s, want %s", in, got, want)
		}
	}
	c.ConvertAgent = false
	if got := c.actorCode("MOS"); got != "MOS" {
		t.Errorf("without CONVERT AGENT: actorCode(MOS) = %s", got)
	}
}

// TestPeerEventsCompoundNotSubject: the compound a "%" found before the verb
// need not be the subject ("Mordor with Fornost and Gondor welcomed"): the
// event is between its members.
func TestPeerEventsCompoundNotSubject(t *testing.T) {
	d := handSentence(t, "Aland/5/nsubj with/2/case Bland/0/nmod and/4/cc Cland/2/conj met/-1/root",
		map[int32]string{0: "AAA", 2: "BBB", 4: "CCC"}, 5, 0, -1)
	var got []string
	for _, tr := range PeerEvents(d, stubVerbs{match: &peerlex.PeerMatch{Code: "031", Target: -1, Source: 2, Compound: true}}, PeerConventions{RequireDyad: true}) {
		got = append(got, tr.Source+"/"+tr.Target+"/"+tr.Code)
	}
	sort.Strings(got)
	if g := strings.Join(got, " "); g != "BBB/CCC/031 CCC/BBB/031" {
		t.Errorf("got %s, want BBB/CCC/031 CCC/BBB/031", g)
	}
}

// auxStub matches a peer pattern only at token at.
type auxStub struct {
	at    int32
	match peerlex.PeerMatch
}

func (v auxStub) PeerCode(string) (string, bool) { return "", false }

func (v auxStub) Match(d *doc.Doc, sent doc.TokRange, verb int32) (peerlex.PeerMatch, bool) {
	return v.match, verb == v.at
}

// TestPeerEventsAuxVerb: with AuxVerbs, an auxiliary that is a dictionary
// verb (TABARI's SHOULD) codes its clause in place of the verb it helps,
// from the sentence's first actor, to the first actor of the helped verb's
// phrase; a possessive pronoun there is passed over. Without the option,
// or when the auxiliary's match codes nothing, the helped verb's own event
// stands.
func TestPeerEventsAuxVerb(t *testing.T) {
	d := handSentence(t, "Aland/1/nsubj suggested/-1/root Bland/4/nsubj should/4/aux demand/1/ccomp talks/4/obj its/7/poss dealings/4/obl with/9/case Cland/7/nmod",
		map[int32]string{0: "AAA", 2: "BBB", 6: "=1", 9: "CCC"}, 4, 2, -1)
	d.Mentions[2].Actor.Code, d.Mentions[2].Kind = "BBB", doc.Pronoun // "its": Bland
	auxCode := "101"
	code := func(conv PeerConventions) string {
		var got []string
		for _, tr := range PeerEvents(d, auxStub{at: 3, match: peerlex.PeerMatch{Code: auxCode, Target: -1, Source: -1}}, conv) {
			got = append(got, tr.Source+"/"+tr.Target+"/"+tr.Code)
		}
		return strings.Join(got, " ")
	}
	if g := code(PeerConventions{RequireDyad: true, AuxVerbs: true}); g != "AAA/CCC/101" {
		t.Errorf("AuxVerbs: got %q, want AAA/CCC/101", g)
	}
	if g := code(PeerConventions{RequireDyad: true}); g != "BBB/CCC/043" {
		t.Errorf("without AuxVerbs: got %q, want BBB/CCC/043", g)
	}
	// an auxiliary whose match codes nothing ("have" under "HAVE NOTHING
	// TO DO WITH") is not the clause's verb: the helped verb codes
	auxCode = "---"
	if g := code(PeerConventions{RequireDyad: true, AuxVerbs: true}); g != "BBB/CCC/043" {
		t.Errorf("AuxVerbs, auxiliary coded ---: got %q, want BBB/CCC/043", g)
	}
}

// TestPeerEventsSourceBefore: with SourceBefore, an event on a verb the
// tagger read as a noun takes the first actor before it as its source, not
// the one after it its clause gave ("Aland act with Bland, officials
// said"); without the option the event's own source stands.
func TestPeerEventsSourceBefore(t *testing.T) {
	d := handSentence(t, "Aland/1/compound act/5/ccomp with/3/case Bland/1/nmod officials/5/nsubj said/-1/root",
		map[int32]string{0: "AAA", 3: "BBB", 4: "GOV"}, 1, 4, 3)
	d.Tokens[1].UPOS = doc.NOUN
	code := func(conv PeerConventions) string {
		var got []string
		for _, tr := range PeerEvents(d, stubVerbs{}, conv) {
			got = append(got, tr.Source+"/"+tr.Target)
		}
		return strings.Join(got, " ")
	}
	if g := code(PeerConventions{RequireDyad: true, SourceBefore: true}); g != "AAA/BBB" {
		t.Errorf("SourceBefore: got %q, want AAA/BBB", g)
	}
	if g := code(PeerConventions{RequireDyad: true}); g != "GOV/BBB" {
		t.Errorf("without SourceBefore: got %q, want GOV/BBB", g)
	}
}

// TestPeerEventsSourcelessFirstActor: with SourceBefore, a sourceless
// event takes the first actor before its verb when it is its sentence's
// only event with a source in view (by clause), or always under CodeAll;
// an event with a source of its own in the sentence keeps it from that.
func TestPeerEventsSourcelessFirstActor(t *testing.T) {
	build := func(second bool) *doc.Doc {
		d := handSentence(t, "Aland/1/nsubj restored/-1/root ties/1/obj with/4/case Bland/2/nmod after/6/case crowds/1/obl burned/1/ccomp Cland/7/obj",
			map[int32]string{0: "AAA", 4: "BBB", 8: "CCC"}, 7, 8, 8)
		d.Events[0].Source = doc.Participant{Mention: -1}
		if second {
			e := d.Events[0]
			e.Source = doc.Participant{Mention: 0, Actor: d.Mentions[0].Actor}
			e.Target = doc.Participant{Mention: 1, Actor: d.Mentions[1].Actor}
			e.Evidence.Verb = d.Tokens[1].Span
			d.Events = append(d.Events, e)
		}
		return d
	}
	code := func(d *doc.Doc, conv PeerConventions) string {
		var got []string
		for _, tr := range PeerEvents(d, stubVerbs{}, conv) {
			got = append(got, tr.Source+"/"+tr.Target)
		}
		return strings.Join(got, " ")
	}
	tabari := PeerConventions{RequireDyad: true, SourceBefore: true}
	if g := code(build(false), tabari); g != "AAA/CCC" {
		t.Errorf("only event: got %q, want AAA/CCC", g)
	}
	if g := code(build(true), tabari); g != "AAA/BBB" {
		t.Errorf("by clause, with a sourced event: got %q, want AAA/BBB", g)
	}
	tabari.CodeAll = true
	if g := code(build(true), tabari); g != "AAA/CCC AAA/BBB" {
		t.Errorf("CODE ALL: got %q, want AAA/CCC AAA/BBB", g)
	}
	if g := code(build(false), PeerConventions{RequireDyad: true}); g != "" {
		t.Errorf("without SourceBefore: got %q, want nothing", g)
	}
}

// TestPeerEventsNounModifierTarget: with SourceBefore, a verb the tagger
// read as a noun modifying the name after it ("Aland arms Bland", arms as
// nmod of Bland) has that name as target and the actor before as source.
func TestPeerEventsNounModifierTarget(t *testing.T) {
	d := handSentence(t, "Aland/1/compound arms/2/nmod Bland/4/nsubj crowds/4/nsubj trashed/-1/root",
		map[int32]string{0: "AAA", 2: "BBB"}, 1, 1, -1)
	d.Tokens[1].UPOS = doc.NOUN
	var got []string
	for _, tr := range PeerEvents(d, stubVerbs{}, PeerConventions{RequireDyad: true, SourceBefore: true}) {
		got = append(got, tr.Source+"/"+tr.Target)
	}
	if g := strings.Join(got, " "); g != "AAA/BBB" {
		t.Errorf("got %q, want AAA/BBB", g)
	}
}

// TestPeerEventsComplex: TABARI's COMPLEX: CONJ[n] leaves a sentence with n
// conjunctions uncoded; a conjunction inside a compound actor does not
// count; VERBS[n] counts the verbs a dictionary pattern codes.
func TestPeerEventsComplex(t *testing.T) {
	build := func() *doc.Doc {
		d := handSentence(t, "Aland/1/nsubj met/-1/root and/3/cc talked/1/conj or/5/cc argued/1/conj but/7/cc left/1/conj Bland/1/obj and/10/cc Cland/8/conj",
			map[int32]string{0: "AAA", 8: "BBB", 10: "CCC"}, 1, 0, 8)
		for i := range d.Tokens {
			switch d.TokenText(i) {
			case "and", "or", "but":
				d.Tokens[i].UPOS = doc.CCONJ
			case "met", "talked", "argued", "left":
				d.Tokens[i].UPOS = doc.VERB
			}
		}
		return d
	}
	count := func(conv PeerConventions, v PeerVerbs) int { return len(PeerEvents(build(), v, conv)) }
	base := PeerConventions{RequireDyad: true}
	if n := count(base, stubVerbs{}); n == 0 {
		t.Fatal("no events without COMPLEX")
	}
	three := base
	three.ComplexConj = 3 // and, or, but; "Bland and Cland" is one compound actor
	if n := count(three, stubVerbs{}); n != 0 {
		t.Errorf("CONJ[3]: %d events, want none", n)
	}
	four := base
	four.ComplexConj = 4
	if n := count(four, stubVerbs{}); n == 0 {
		t.Errorf("CONJ[4]: no events; the conjunction in the compound actor was counted")
	}
	verbs := base
	verbs.ComplexVerbs = 4
	if n := count(verbs, stubVerbs{match: &peerlex.PeerMatch{Code: "010", Target: -1, Source: -1}}); n != 0 {
		t.Errorf("VERBS[4] with four coded verbs: %d events, want none", n)
	}
	if n := count(verbs, stubVerbs{}); n == 0 {
		t.Errorf("VERBS[4] with no verb the dictionary codes: no events")
	}
}

// TestPeerEventsSourceAfterPlusTarget: with SourceBefore, a sourceless
// event whose pattern's "+" took the actor before the verb ("+ WAS * DEAD")
// has the first actor after the verb as source.
func TestPeerEventsSourceAfterPlusTarget(t *testing.T) {
	d := handSentence(t, "Aland/1/nsubj shot/-1/root in/3/case Bland/1/obl",
		map[int32]string{0: "AAA", 3: "BBB"}, 1, 0, -1)
	d.Events[0].Source = doc.Participant{Mention: -1}
	var got []string
	m := &peerlex.PeerMatch{Code: "224", Target: 0, Source: -1, Words: 2, Before: true}
	for _, tr := range PeerEvents(d, stubVerbs{match: m}, PeerConventions{RequireDyad: true, SourceBefore: true}) {
		got = append(got, tr.Source+"/"+tr.Target+"/"+tr.Code)
	}
	if g := strings.Join(got, " "); g != "BBB/AAA/224" {
		t.Errorf("got %q, want BBB/AAA/224", g)
	}
}

// TestPeerEventsCodeAllTarget: under CODE ALL, a later event of the
// sentence with no target of its own codes against the first event's
// target ("Aland urged Bland to assist him"); by clause it is dropped.
func TestPeerEventsCodeAllTarget(t *testing.T) {
	build := func() *doc.Doc {
		d := handSentence(t, "Aland/1/nsubj urged/-1/root Bland/1/obj to/4/mark assist/1/ccomp him/4/obj",
			map[int32]string{0: "AAA", 2: "BBB"}, 1, 0, 2)
		e := d.Events[0]
		e.Target = doc.Participant{Mention: -1}
		e.Evidence.Verb = d.Tokens[4].Span
		e.Code = cameo.MustParse("092")
		d.Events = append(d.Events, e)
		return d
	}
	code := func(conv PeerConventions) string {
		var got []string
		for _, tr := range PeerEvents(build(), stubVerbs{}, conv) {
			got = append(got, tr.Source+"/"+tr.Target+"/"+tr.Code)
		}
		return strings.Join(got, " ")
	}
	if g := code(PeerConventions{RequireDyad: true, CodeAll: true}); g != "AAA/BBB/043 AAA/BBB/092" {
		t.Errorf("CODE ALL: got %q, want AAA/BBB/043 AAA/BBB/092", g)
	}
	if g := code(PeerConventions{RequireDyad: true}); g != "AAA/BBB/043" {
		t.Errorf("by clause: got %q, want AAA/BBB/043", g)
	}
}

// TestPeerEventsBySentence: under CODE BY SENTENCE only a sentence's first
// event that codes is kept.
func TestPeerEventsBySentence(t *testing.T) {
	build := func() *doc.Doc {
		d := handSentence(t, "Aland/1/nsubj urged/-1/root Bland/1/obj and/4/cc attacked/1/conj Cland/4/obj",
			map[int32]string{0: "AAA", 2: "BBB", 5: "CCC"}, 1, 0, 2)
		e := d.Events[0]
		e.Target = doc.Participant{Mention: 2, Actor: d.Mentions[2].Actor}
		e.Evidence.Verb = d.Tokens[4].Span
		e.Code = cameo.MustParse("190")
		d.Events = append(d.Events, e)
		return d
	}
	code := func(conv PeerConventions) string {
		var got []string
		for _, tr := range PeerEvents(build(), stubVerbs{}, conv) {
			got = append(got, tr.Source+"/"+tr.Target+"/"+tr.Code)
		}
		return strings.Join(got, " ")
	}
	if g := code(PeerConventions{RequireDyad: true, BySentence: true}); g != "AAA/BBB/043" {
		t.Errorf("by sentence: got %q, want AAA/BBB/043", g)
	}
	if g := code(PeerConventions{RequireDyad: true}); g != "AAA/BBB/043 AAA/CCC/190" {
		t.Errorf("by clause: got %q, want AAA/BBB/043 AAA/CCC/190", g)
	}
}

// TestPeerEventsNamedSectorCode: a code an actor dictionary gives a name
// whole ("AL_GORE [AGR]") is written as it is, though it spells a sector;
// the same code from an agent alone is a bare sector ("~AGR").
func TestPeerEventsNamedSectorCode(t *testing.T) {
	for _, tc := range []struct{ entry, want string }{
		{"TABARI.Demo.actors:19", "UNO/AGR"},
		{"sector: Validate.agents:3", "UNO/~AGR"},
	} {
		d := handSentence(t, "Nations/1/nsubj warned/-1/root Gore/1/obj", map[int32]string{0: "UNO", 2: "AGR"}, 1, 0, 2)
		d.Mentions[1].Actor.Entry = tc.entry
		d.Events[0].Target.Actor.Entry = tc.entry
		var got []string
		for _, tr := range PeerEvents(d, stubVerbs{}, PeerConventions{NoCountry: "~", RequireDyad: true}) {
			got = append(got, tr.Source+"/"+tr.Target)
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("entry %s: got %q, want %q", tc.entry, g, tc.want)
		}
	}
	for entry, want := range map[string]bool{"TABARI.Demo.actors:19": true, "sector: Validate.agents:3": false, "coref:pronoun": false, "": false} {
		if dictionaryEntry(entry) != want {
			t.Errorf("dictionaryEntry(%q) = %v", entry, !want)
		}
	}
}

// TestPeerEventsNoContextCountry: with NoContextCountry an agent the actor
// stage gave the sentence's country ("context: ...") is its bare sector.
func TestPeerEventsNoContextCountry(t *testing.T) {
	for _, tc := range []struct {
		on   bool
		want string
	}{{true, "AAA/~COP"}, {false, "AAA/AAACOP"}} {
		d := handSentence(t, "Aland/1/nsubj trusts/-1/root police/1/obj", map[int32]string{0: "AAA", 2: "AAACOP"}, 1, 0, 2)
		d.Mentions[1].Actor.Entry = "context: a.actors:1 + a.agents:2"
		d.Events[0].Target.Actor = d.Mentions[1].Actor
		var got []string
		for _, tr := range PeerEvents(d, stubVerbs{}, PeerConventions{NoCountry: "~", RequireDyad: true, NoContextCountry: tc.on}) {
			got = append(got, tr.Source+"/"+tr.Target)
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("NoContextCountry %v: got %q, want %q", tc.on, g, tc.want)
		}
	}
}

// TestPeerEventsTargetAfter: with TargetAfter, a verb whose phrase names
// no target takes the first actor after it, however the parse hangs it
// (here a conjunct clause); a noun does not, nor without the option.
func TestPeerEventsTargetAfter(t *testing.T) {
	words := "Aland/1/nsubj expressed/-1/root hopes/1/obj that/5/mark Bland/5/nsubj drawn/1/conj"
	for _, c := range []struct {
		noun, on bool
		want     string
	}{{false, true, "AAA/BBB"}, {false, false, ""}, {true, true, ""}} {
		d := handSentence(t, words, map[int32]string{0: "AAA", 4: "BBB"}, 1, 0, -1)
		d.Tokens[1].UPOS = doc.VERB
		if c.noun {
			d.Tokens[1].UPOS = doc.NOUN
		}
		var got []string
		for _, tr := range PeerEvents(d, stubVerbs{}, PeerConventions{RequireDyad: true, TargetAfter: c.on}) {
			got = append(got, tr.Source+"/"+tr.Target)
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("noun %v, TargetAfter %v: got %q, want %q", c.noun, c.on, g, c.want)
		}
	}
}

// TestPeerEventsNoActPrior: TABARI's NOACTPRIOR leaves a sentence whose
// first verb has no actor before it uncoded.
func TestPeerEventsNoActPrior(t *testing.T) {
	for _, on := range []bool{false, true} {
		d := handSentence(t, "Rebuked/-1/root by/2/case Aland/0/obl Bland/0/obj", map[int32]string{2: "AAA", 3: "BBB"}, 0, 2, 3)
		d.Tokens[0].UPOS = doc.VERB
		got := PeerEvents(d, stubVerbs{}, PeerConventions{RequireDyad: true, NoActPrior: on})
		if want := map[bool]int{false: 1, true: 0}[on]; len(got) != want {
			t.Errorf("NoActPrior %v: got %v, want %d events", on, got, want)
		}
	}
}

// TestPeerEventsNounAfterCoded: without CODE ALL, a noun event codes only
// when its sentence has coded nothing before it; its possessive pronoun
// source is the first actor before it (SourceBefore).
func TestPeerEventsNounAfterCoded(t *testing.T) {
	words := "Aland/1/nsubj opposed/-1/root Bland/1/obj and/5/cc its/5/poss resumption/1/conj with/7/case Cland/5/nmod"
	for _, c := range []struct {
		codeAll bool
		want    string
	}{{false, "AAA/BBB"}, {true, "AAA/BBB AAA/CCC"}} {
		d := handSentence(t, words, map[int32]string{0: "AAA", 2: "BBB", 4: "=1", 7: "CCC"}, 1, 0, 2)
		d.Tokens[1].UPOS, d.Tokens[5].UPOS = doc.VERB, doc.NOUN
		// the noun's event, its source the pronoun read as Bland
		d.Events = append(d.Events, doc.Event{Source: doc.Participant{Mention: 2, Actor: d.Mentions[1].Actor},
			Target: doc.Participant{Mention: -1}, Code: cameo.MustParse("043"), Evidence: doc.Evidence{Verb: d.Tokens[5].Span}})
		var got []string
		for _, tr := range PeerEvents(d, stubVerbs{}, PeerConventions{RequireDyad: true, NounEvents: true, SourceBefore: true, CodeAll: c.codeAll}) {
			got = append(got, tr.Source+"/"+tr.Target)
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("CodeAll %v: got %q, want %q", c.codeAll, g, c.want)
		}
	}
}

// TestPeerEventsSourcelessAfterCoded: without CODE ALL, of a sentence's
// sourceless events only one that comes before any coded takes the first
// actor before it as its source.
func TestPeerEventsSourcelessAfterCoded(t *testing.T) {
	for _, c := range []struct {
		codeAll bool
		want    string
	}{{false, "AAA/BBB"}, {true, "AAA/BBB AAA/CCC"}} {
		d := handSentence(t, "Aland/1/nsubj called/-1/root Bland/1/obj allowed/1/conj Cland/3/obj",
			map[int32]string{0: "AAA", 2: "BBB", 4: "CCC"}, 1, 0, 2)
		d.Tokens[1].UPOS, d.Tokens[3].UPOS = doc.VERB, doc.VERB
		d.Events[0].Source = doc.Participant{Mention: -1}
		d.Events = append(d.Events, doc.Event{Source: doc.Participant{Mention: -1}, Target: doc.Participant{Mention: 2, Actor: d.Mentions[2].Actor},
			Code: cameo.MustParse("043"), Evidence: doc.Evidence{Verb: d.Tokens[3].Span}})
		var got []string
		for _, tr := range PeerEvents(d, stubVerbs{}, PeerConventions{RequireDyad: true, SourceBefore: true, CodeAll: c.codeAll}) {
			got = append(got, tr.Source+"/"+tr.Target)
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("CodeAll %v: got %q, want %q", c.codeAll, g, c.want)
		}
	}
}

// TestPeerEventsPossessiveNotTarget: an event's target that is a
// possessive pronoun ("burned down its embassy") is not the one acted
// on: the peers' own target is taken instead.
func TestPeerEventsPossessiveNotTarget(t *testing.T) {
	d := handSentence(t, "Aland/1/nsubj burned/-1/root its/3/poss embassy/1/obj Bland/1/obl of/6/case Cland/4/nmod",
		map[int32]string{0: "AAA", 2: "=3", 4: "BBB", 6: "CCC"}, 1, 0, 2)
	d.Mentions[1].Kind = doc.Pronoun
	var got []string
	for _, tr := range PeerEvents(d, stubVerbs{}, PeerConventions{RequireDyad: true}) {
		got = append(got, tr.Source+"/"+tr.Target)
	}
	if g := strings.Join(got, " "); g != "AAA/BBB" {
		t.Errorf("got %q, want AAA/BBB", g)
	}
}

type stubVerbLex map[string]bool

func (l stubVerbLex) Verb(lemma string) []int32 {
	if l[lemma] {
		return []int32{0}
	}
	return nil
}

// TestPeerVerbForms: a word the tagger took for a name that is a
// dictionary verb with a TABARI ending is read as the verb; an unknown
// ending is not, nor is a word of an actor's name, nor a noun.
func TestPeerVerbForms(t *testing.T) {
	d := handSentence(t, "Aland/1/nsubj departen/-1/root departx/1/obj Departs/1/obj actxd/1/obj departed/1/obj",
		map[int32]string{0: "AAA", 3: "BBB"}, 1, 0, -1)
	for i := range d.Tokens {
		d.Tokens[i].UPOS = doc.PROPN
	}
	d.Tokens[5].UPOS = doc.NOUN
	if err := (PeerVerbForms{Lex: stubVerbLex{"depart": true, "actxd": true}}).Annotate(d); err != nil {
		t.Fatal(err)
	}
	var got []string
	for i := range d.Tokens {
		got = append(got, d.Tokens[i].UPOS.String()+":"+d.Tokens[i].Lemma)
	}
	want := "PROPN: VERB:depart PROPN: PROPN: VERB:actxd NOUN:"
	if g := strings.Join(got, " "); g != want {
		t.Errorf("got  %s\nwant %s", g, want)
	}
}

// TestPeerVerbFormsPossessive: a verb with "'s" glued to it is no verb;
// one with a space before the "'s" stays a verb.
func TestPeerVerbFormsPossessive(t *testing.T) {
	d := handSentence(t, "Aland/1/nsubj donate/-1/root 's/1/case cash/1/obj give/1/conj 's/4/case",
		map[int32]string{0: "AAA"}, 1, 0, -1)
	for i := range d.Tokens {
		d.Tokens[i].Flags |= doc.SpaceAfter
	}
	d.Tokens[1].Flags &^= doc.SpaceAfter
	d.Tokens[1].UPOS, d.Tokens[4].UPOS = doc.VERB, doc.VERB
	if err := (PeerVerbForms{Lex: stubVerbLex{}}).Annotate(d); err != nil {
		t.Fatal(err)
	}
	if d.Tokens[1].UPOS != doc.X || d.Tokens[4].UPOS != doc.VERB {
		t.Errorf("got %v %v, want X VERB", d.Tokens[1].UPOS, d.Tokens[4].UPOS)
	}
}

// TestPeerEventsArticleNoun: with NounEvents, a dictionary verb read as a
// noun right after an article codes nothing; after a possessive it does.
func TestPeerEventsArticleNoun(t *testing.T) {
	for _, c := range []struct {
		det  string
		want string
	}{{"an", ""}, {"its", "AAA/BBB"}} {
		d := handSentence(t, "Aland/1/nsubj was/-1/root "+c.det+"/3/nsubj accord/1/obj with/5/case Bland/3/nmod",
			map[int32]string{0: "AAA", 5: "BBB"}, 3, 0, 5)
		d.Tokens[3].UPOS = doc.NOUN
		var got []string
		for _, tr := range PeerEvents(d, stubVerbs{}, PeerConventions{RequireDyad: true, NounEvents: true}) {
			got = append(got, tr.Source+"/"+tr.Target)
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%s accord: got %q, want %q", c.det, g, c.want)
		}
	}
}

// TestPeerEventsPassiveWithoutAux: with SourceBefore, a target before the
// verb read as a passive subject without a passive auxiliary ("Gollum
// abandoned efforts": a misread participle) is the source; with "was" it
// stays the target.
func TestPeerEventsPassiveWithoutAux(t *testing.T) {
	for _, c := range []struct {
		words, want string
		verb        int32
	}{
		{"Aland/1/nsubj abandoned/-1/root efforts/1/obj against/4/case Bland/2/nmod", "AAA/BBB", 1},
		{"Aland/2/nsubj was/2/aux abandoned/-1/root by/4/case Bland/2/obl", "BBB/AAA", 2},
	} {
		bland := int32(len(strings.Fields(c.words)) - 1)
		d := handSentence(t, c.words, map[int32]string{0: "AAA", bland: "BBB"}, c.verb, bland, 0)
		d.Tokens[c.verb].UPOS = doc.VERB
		if c.verb == 2 {
			d.Tokens[1].Dep = doc.AuxPass
		} else {
			d.Events[0].Source = doc.Participant{Mention: -1}
		}
		var got []string
		for _, tr := range PeerEvents(d, stubVerbs{}, PeerConventions{RequireDyad: true, SourceBefore: true}) {
			got = append(got, tr.Source+"/"+tr.Target)
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%s: got %q, want %q", c.words, g, c.want)
		}
	}
}

// TestPeerEventsPlusBeforeIsSubject: with SourceBefore, when a pattern's
// "+" before the verb takes the verb's subject ("NOTED + *"), the source
// is the first actor before it.
func TestPeerEventsPlusBeforeIsSubject(t *testing.T) {
	for _, on := range []bool{false, true} {
		d := handSentence(t, "Aland/1/nsubj noted/-1/root that/4/mark Bland/4/nsubj regretted/1/ccomp Cland/4/obj",
			map[int32]string{0: "AAA", 3: "BBB", 5: "CCC"}, 4, 3, 5)
		d.Tokens[4].UPOS = doc.VERB
		m := peerlex.PeerMatch{Code: "115", Target: 1, Source: -1, Words: 1, Before: true}
		var got []string
		for _, tr := range PeerEvents(d, stubVerbs{match: &m}, PeerConventions{RequireDyad: true, SourceBefore: on}) {
			got = append(got, tr.Source+"/"+tr.Target+"/"+tr.Code)
		}
		want := map[bool]string{false: "", true: "AAA/BBB/115"}[on]
		if g := strings.Join(got, " "); g != want {
			t.Errorf("SourceBefore %v: got %q, want %q", on, g, want)
		}
	}
}
