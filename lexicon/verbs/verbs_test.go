package verbs

import (
	"errors"
	"strings"
	"testing"
)

func TestDefaultLoads(t *testing.T) {
	lex, err := Load(strings.NewReader(defaultData), "verbs.txt")
	if err != nil {
		t.Fatalf("embedded dictionary: %v", err)
	}
	if n := len(lex.Patterns); n < 300 {
		t.Errorf("only %d patterns in the default dictionary", n)
	}
	// Every CAMEO root 01..20 has patterns.
	roots := map[string]bool{}
	for _, p := range lex.Patterns {
		if !p.NoEvent {
			roots[p.Code[:2]] = true
		}
	}
	for r := 1; r <= 20; r++ {
		k := string([]byte{byte('0' + r/10), byte('0' + r%10)})
		if !roots[k] {
			t.Errorf("no pattern for CAMEO root %s", k)
		}
	}
}

func TestLoadErrorsAreLocated(t *testing.T) {
	src := "# header\n" +
		"040 meet with:T\n" +
		"04x meet\n" + // line 3: bad code
		"040 meet with:T\n" + // line 4: duplicate of 2
		"190 attack obj=\n" + // line 5: empty lemma list
		"130 threaten >maybe\n" + // line 6: unknown frame
		"refine 02 04=136\n" + // line 7: refined code outside the family
		"057 Sign obj\n" + // line 8: upper case trigger
		"075 open obj to:T=\n" // line 9: a target oblique with no words
	_, err := Load(strings.NewReader(src), "t.txt")
	var list ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("want ErrorList, got %v", err)
	}
	want := []struct {
		line int
		has  string
	}{
		{3, "not a CAMEO code"},
		{4, "first at t.txt:2"},
		{5, "obj=lemma"},
		{6, "unknown frame"},
		{7, "not in family 02"},
		{8, "lower-case lemma"},
		{9, "PREP:T=lemma"},
	}
	if len(list) != len(want) {
		t.Fatalf("got %d errors, want %d:\n%v", len(list), len(want), err)
	}
	for i, w := range want {
		if list[i].Line != w.line || !strings.Contains(list[i].Error(), w.has) {
			t.Errorf("error %d = %q, want line %d containing %q", i, list[i], w.line, w.has)
		}
	}
}

func TestPatternsParsedAndOrdered(t *testing.T) {
	src := "040 meet\n" +
		"044 meet on=margins|sidelines with:T\n" +
		"020 urge|call+on >comp\n" +
		"100 tell >comp=must|should\n" +
		"046 n:talks between:T\n" +
		"075 open obj=border to:T=refugee|migrant\n" +
		"refine 02 04=026 046=027\n"
	lex, err := Load(strings.NewReader(src), "t.txt")
	if err != nil {
		t.Fatal(err)
	}
	meet := lex.Verb("meet")
	if len(meet) != 2 || lex.Patterns[meet[0]].Code != "044" {
		t.Fatalf("meet patterns not most-specific first: %v", meet)
	}
	p := lex.Patterns[meet[0]]
	if len(p.Preps) != 2 || p.Preps[0].Prep != "on" || p.Preps[0].Target || !p.Preps[1].Target || p.Loc() != "t.txt:2" {
		t.Errorf("044 parsed as %+v", p)
	}
	call := lex.Verb("call")
	if len(call) != 1 || lex.Patterns[call[0]].Particle != "on" || lex.Patterns[call[0]].Frame != Refine {
		t.Errorf("call+on parsed as %+v", call)
	}
	tell := lex.Patterns[lex.Verb("tell")[0]]
	if strings.Join(tell.CompAux, ",") != "must,should" {
		t.Errorf("tell aux %v", tell.CompAux)
	}
	if ids := lex.Noun("talks"); len(ids) != 1 || !lex.Patterns[ids[0]].Between || lex.Patterns[ids[0]].Ref != "t.txt:5 n:talks between:T" {
		t.Errorf("nominal talks: %v", ids)
	}
	if p := lex.Patterns[call[0]]; p.Ref != "t.txt:3 call+on >comp" {
		t.Errorf("evidence of one alternative: %q", p.Ref)
	}
	if ids := lex.Verb("open"); len(ids) != 1 {
		t.Errorf("open: %v", ids)
	} else if p := lex.Patterns[ids[0]]; len(p.Preps) != 1 || !p.Preps[0].Target || strings.Join(p.Preps[0].Lemmas, ",") != "refugee,migrant" || p.Ref != "t.txt:6 open obj=border to:T=refugee|migrant" {
		t.Errorf("a target oblique with words parsed as %+v", p)
	}
	cases := []struct{ frame, comp, want string }{
		{"020", "046", "027"}, // the longest prefix wins
		{"020", "040", "026"},
		{"020", "190", "020"}, // no refinement: unchanged
		{"130", "163", "130"}, // no family 13 here
	}
	for _, c := range cases {
		if got, _ := lex.Refine(c.frame, c.comp); got != c.want {
			t.Errorf("Refine(%s, %s) = %s, want %s", c.frame, c.comp, got, c.want)
		}
	}
}

// TestNoEventPatterns: an idiom line (code -) is checked as a condition
// and sorts before every reading of its trigger.
func TestNoEventPatterns(t *testing.T) {
	lex, err := Load(strings.NewReader("190 strike obj\n- strike obj=oil|gas\n040 meet with:T\n- meet with=objection\n"), "t.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, lemma := range []string{"strike", "meet"} {
		ids := lex.Verb(lemma)
		if len(ids) != 2 || !lex.Patterns[ids[0]].NoEvent || lex.Patterns[ids[0]].Code != "" || lex.Patterns[ids[1]].NoEvent {
			t.Errorf("%s: the idiom is not tried first: %+v", lemma, ids)
		}
	}
	bad := []struct{ line, want string }{
		{"- strike", "needs a condition"},
		{"- meet with:T", "has no target"},
		{"- urge >comp", "takes no frame"},
		{"- n:talks between:T", "takes no frame and no between:T"},
		{"190 strike obj\n- strike obj", "duplicate pattern"},
	}
	for _, b := range bad {
		_, err := Load(strings.NewReader(b.line+"\n"), "t.txt")
		if err == nil || !strings.Contains(err.Error(), b.want) {
			t.Errorf("%q: got %v, want an error containing %q", b.line, err, b.want)
		}
	}
}

func TestVerbForms(t *testing.T) {
	lex := Default()
	cases := []struct{ form, lemma string }{
		{"blamed", "blame"}, {"accuses", "accuse"}, {"stopped", "stop"}, {"stopping", "stop"},
		{"criticizes", "criticize"}, {"denied", "deny"}, {"attacked", "attack"}, {"pushes", "push"},
	}
	for _, c := range cases {
		ids := lex.VerbForm(c.form)
		if len(ids) == 0 || lex.Patterns[ids[0]].Lemma != c.lemma {
			t.Errorf("VerbForm(%q) does not reach %q", c.form, c.lemma)
		}
	}
	if len(lex.VerbForm("meet")) != 0 {
		t.Error("a lemma is not an inflected form")
	}
}

// TestDefaultCodeChoices holds the code book's choices where two families
// share a word: the first pattern of a lemma (most specific first) whose
// object list has the object and whose obliques are the ones given.
func TestDefaultCodeChoices(t *testing.T) {
	lex := Default()
	first := func(lemma, obj string, preps ...string) string {
		for _, id := range lex.Verb(lemma) {
			p := &lex.Patterns[id]
			if len(p.Preps) != len(preps) || p.Frame != NoFrame || p.Particle != "" {
				continue
			}
			same := true
			for i, a := range p.Preps {
				same = same && a.Prep == preps[i]
			}
			for _, l := range p.ObjLemmas {
				if same && l == obj {
					return p.Code
				}
			}
		}
		return ""
	}
	cases := []struct {
		lemma, obj string
		preps      []string
		want       string
	}{
		{"impose", "curfew", nil, "1723"},            // not 172, not 1721
		{"impose", "curfew", []string{"in"}, "1723"}, // not 1724
		{"lift", "curfew", nil, "0813"},
		{"lift", "state", nil, "0814"},
		{"declare", "state", nil, "1724"},
		{"impose", "siege", nil, "191"},              // a siege laid is a blockade
		{"pledge", "million", []string{"to"}, "033"}, // a pledge is a promise, not aid (071)
		{"pledge", "support", nil, "032"},            // not the generic 030
		{"promise", "assistance", nil, "033"},        // not the generic 030
		{"forgive", "debt", nil, "071"},              // debt relief is aid, not forgiveness (056)
		{"boycott", "talks", nil, "125"},             // rejecting talks, not an embargo (163)
		{"fire", "gas", []string{"at"}, "175"},       // tear gas is crowd control
		{"use", "gas", []string{"against"}, ""},      // ... and no chemical weapon (2041)
		{"capture", "headquarters", nil, "192"},      // ground taken, not an arrest (173)
		{"suspend", "aid", nil, "162"},               // not an administrative ban (172)
		{"approve", "loan", []string{"to"}, "071"},   // not praise (051)
		{"hold", "drills", []string{"near"}, "150"},  // a show of force, not cooperation (062)
	}
	for _, c := range cases {
		if got := first(c.lemma, c.obj, c.preps...); got != c.want {
			t.Errorf("%s obj=%s %v: code %q, want %q", c.lemma, c.obj, c.preps, got, c.want)
		}
	}
	refines := []struct{ frame, comp, want string }{
		{"100", "0831", "1041"}, // demanded that the government resign
		{"020", "0831", "0241"},
		{"030", "0831", "0341"},
		{"120", "0831", "1231"},
		{"100", "082", "1052"},
		{"130", "1723", "1323"},
		{"130", "181", "1383"},
		{"130", "190", "138"},
	}
	for _, c := range refines {
		if got, _ := lex.Refine(c.frame, c.comp); got != c.want {
			t.Errorf("Refine(%s, %s) = %s, want %s", c.frame, c.comp, got, c.want)
		}
	}
}
