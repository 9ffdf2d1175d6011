package eval

import (
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"dyad/cameo"
	"dyad/doc"
)

func sp(a, b int32) doc.Span { return doc.Span{Start: a, End: b} }

func TestUnmarkDyad(t *testing.T) {
	cases := []struct {
		in, clean string
		src, tgt  []doc.Span
		ok        bool
	}{
		{"<s>Ruritania</s> fined <t>Freedonia</t>.", "Ruritania fined Freedonia.",
			[]doc.Span{sp(0, 9)}, []doc.Span{sp(16, 25)}, true},
		// the target named twice; no source marked
		{"A gift to <t>Ruritania</t> and to <t>Ruritania</t>'s people.", "A gift to Ruritania and to Ruritania's people.",
			nil, []doc.Span{sp(10, 19), sp(27, 36)}, true},
		// a target inside the source
		{"<s><t>Ruritanian</t> rebels</s> left.", "Ruritanian rebels left.",
			[]doc.Span{sp(0, 17)}, []doc.Span{sp(0, 10)}, true},
		{"a < b and <sup>", "a < b and <sup>", nil, nil, true},
		{"<s>open", "", nil, nil, false},
		{"stray</t>", "", nil, nil, false},
		{"<s><s>twice</s></s>", "", nil, nil, false},
	}
	for _, c := range cases {
		clean, src, tgt, ok := unmarkDyad(c.in)
		if ok != c.ok || ok && (clean != c.clean || !reflect.DeepEqual(src, c.src) || !reflect.DeepEqual(tgt, c.tgt)) {
			t.Errorf("unmarkDyad(%q) = %q %v %v %v, want %q %v %v %v", c.in, clean, src, tgt, ok, c.clean, c.src, c.tgt, c.ok)
		}
	}
}

func TestUnquoteField(t *testing.T) {
	cases := []struct{ in, want string }{
		{`plain`, `plain`},
		{`"On Friday, he said ""no""."`, `On Friday, he said "no".`},
		{`"quoted"`, `quoted`},
		{`"a" and "b"`, `"a" and "b"`}, // quotes inside, not a quoted field
		{`""`, ``},
		{`"`, `"`},
	}
	for _, c := range cases {
		if got := unquoteField(c.in); got != c.want {
			t.Errorf("unquoteField(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	// a quoted row keeps its marked spans on the unquoted sentence
	row := "uid\tsentence_id\tgold_penta\tgold_root\tsentence\tmarked_sentence\n" +
		"\t1\t4\tASSAULT\t\"Ruritania attacked \"\"Freedonia\"\".\"\t\"<s>Ruritania</s> attacked \"\"<t>Freedonia</t>\"\".\"\n"
	ds, err := ReadPloverDyads(strings.NewReader(row), "q.tsv")
	if err != nil || len(ds) != 1 {
		t.Fatalf("ReadPloverDyads: %v %v", ds, err)
	}
	if want := `Ruritania attacked "Freedonia".`; ds[0].Sentence != want || !reflect.DeepEqual(ds[0].Targets, []doc.Span{sp(20, 29)}) {
		t.Errorf("quoted row read as %q %v, want %q [20,29)", ds[0].Sentence, ds[0].Targets, want)
	}
}

// Five made-up dyads; the gold labels are what the sentences say.
const miniPlover = "uid\tsentence_id\tgold_penta\tgold_root\tsentence\tmarked_sentence\tsource\ttarget\n" +
	"\t1\t4\tASSAULT\tRuritania attacked Freedonia at dawn.\t<s>Ruritania</s> attacked <t>Freedonia</t> at dawn.\tRuritania\tFreedonia\n" +
	"\t2\t1\tAGREE\tFreedonia accepted the envoy's offer.\t<s>Freedonia</s> accepted <t>the envoy</t>'s offer.\tFreedonia\tthe envoy\n" +
	"\t3\t2\tYIELD\tThe army pulled out of the town.\t<s>The army</s> pulled out of the town.\tThe army\t\n" +
	"\t4\t1\tSUPPORT\tRuritania praised Freedonia.\t<s>Ruritania</s> praised <t>Freedonia</t>.\tRuritania\tFreedonia\n" +
	"\t5\t3\tACCUSE\tFreedonia was condemned by Ruritania.\t<t>Freedonia</t> was condemned by <s>Ruritania</s>.\tRuritania\tFreedonia\n"

// ploverStub stands in for dyad: mentions of Ruritania and Freedonia
// resolve, "envoy" does not; events as listed per sentence.
func ploverStub(d *doc.Doc) error {
	x := d.Article.Text
	codes := map[string]string{"Ruritania": "RUR", "Freedonia": "FRE", "envoy": ""}
	for w, code := range codes {
		for at := 0; ; {
			i := strings.Index(x[at:], w)
			if i < 0 {
				break
			}
			at += i
			d.Mentions = append(d.Mentions, doc.Mention{Span: doc.Span{Start: int32(at), End: int32(at + len(w))},
				Actor: doc.Actor{Code: code}, Antecedent: -1})
			at += len(w)
		}
	}
	part := func(s string) doc.Participant {
		if s == "" {
			return doc.Participant{Mention: -1}
		}
		i := strings.Index(x, s)
		return doc.Participant{Actor: doc.Actor{Code: codes[s]}, Mention: -1, Span: doc.Span{Start: int32(i), End: int32(i + len(s))}}
	}
	ev := func(src, tgt, code string, negated bool) doc.Event {
		return doc.Event{Source: part(src), Target: part(tgt), Code: cameo.MustParse(code), Negated: negated}
	}
	switch {
	case strings.HasPrefix(x, "Ruritania attacked"):
		d.Events = []doc.Event{ev("Ruritania", "Freedonia", "190", false)}
	case strings.HasPrefix(x, "Freedonia accepted"):
		d.Events = []doc.Event{ev("Freedonia", "envoy", "081", false)} // CONCEDE: YIELD, quad 2
	case strings.HasPrefix(x, "The army"):
		d.Events = []doc.Event{ev("The army", "", "0813", false)} // RETREAT: YIELD
	case strings.HasPrefix(x, "Ruritania praised"):
		d.Events = []doc.Event{ev("Ruritania", "Freedonia", "051", true)} // negated: not counted
	case strings.HasPrefix(x, "Freedonia was"):
		d.Events = []doc.Event{
			ev("Freedonia", "Ruritania", "111", false), // the pair reversed: not this dyad
			ev("Ruritania", "Freedonia", "010", false), // no PLOVER type; penta 0
		}
	}
	return nil
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestScorePloverDyadsMini(t *testing.T) {
	dyads, err := ReadPloverDyads(strings.NewReader(miniPlover), "mini.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if len(dyads) != 5 || dyads[2].Line != 4 || len(dyads[2].Targets) != 0 || dyads[4].Quad != cameo.VerbalConflict {
		t.Fatalf("read %+v", dyads)
	}
	res := ScorePloverDyads(dyads, ploverStub)
	// By hand. Roots: gold ASSAULT AGREE YIELD SUPPORT ACCUSE, dyad ASSAULT
	// YIELD YIELD none none: accuracy 2/5; F1 ASSAULT 1, YIELD 2/3, the
	// rest 0: macro (1+2/3)/5. Quads: gold 4 1 2 1 3, dyad 4 2 2 0 0 (the
	// penta class of 010 is neutral):
	// accuracy 2/5; F1 quad 4: 1, quad 2: 2/3, quads 1 and 3: 0: macro
	// (1+2/3)/4. Spans: 9, of which "the envoy" and "The army" resolve to no
	// actor: 7/9; sources 4/5, targets 3/4.
	f := res.Figures
	want := PloverFigures{Dyads: 5, RootAccuracy: 0.4, RootMacroF1: (1 + 2.0/3) / 5, QuadAccuracy: 0.4,
		QuadMacroF1: (1 + 2.0/3) / 4, Spans: 9, SpansResolved: 7, Coverage: 7.0 / 9, SourceCoverage: 0.8, TargetCoverage: 0.75}
	if f.Dyads != want.Dyads || f.Spans != want.Spans || f.SpansResolved != want.SpansResolved ||
		!near(f.RootAccuracy, want.RootAccuracy) || !near(f.RootMacroF1, want.RootMacroF1) ||
		!near(f.QuadAccuracy, want.QuadAccuracy) || !near(f.QuadMacroF1, want.QuadMacroF1) ||
		!near(f.Coverage, want.Coverage) || !near(f.SourceCoverage, want.SourceCoverage) || !near(f.TargetCoverage, want.TargetCoverage) {
		t.Errorf("figures\n got %+v\nwant %+v", f, want)
	}
	misses := []PloverMiss{PloverHit, PloverHit, PloverHit, PloverNoEvent, PloverUntyped}
	for i, p := range res.Predictions {
		if p.Miss != misses[i] {
			t.Errorf("dyad %d: miss %v, want %v", i+1, p.Miss, misses[i])
		}
	}
	conf := res.Confusions()
	wantConf := []LabelCount{{"ACCUSE → none", 1}, {"AGREE → YIELD", 1}, {"SUPPORT → none", 1}}
	if !reflect.DeepEqual(conf, wantConf) {
		t.Errorf("confusions %v, want %v", conf, wantConf)
	}
	spans := res.Spans()
	if len(spans) != 9 || spans[3].String() != `line 3 target "the envoy": no actor` ||
		!strings.HasPrefix(spans[0].String(), `line 2 source "Ruritania": RUR "Ruritania"`) {
		t.Errorf("spans: %d, %v", len(spans), spans)
	}
}

func TestReadPloverDyadsErrors(t *testing.T) {
	head := "gold_penta\tgold_root\tsentence\tmarked_sentence\n"
	cases := []struct{ in, want string }{
		{"", "empty file"},
		{"gold_root\tsentence\n", `no column "gold_penta"`},
		{head + "7\tAID\tA gave B aid.\t<s>A</s> gave <t>B</t> aid.\n", "x.tsv:2: gold_penta \"7\""},
		{head + "2\tAID\tA gave B aid.\t<s>A gave <t>B</t> aid.\n", "x.tsv:2: marked_sentence has an unclosed"},
		{head + "2\tAID\tA gave C aid.\t<s>A</s> gave <t>B</t> aid.\n", "x.tsv:2: marked_sentence without its markers differs"},
	}
	for _, c := range cases {
		if _, err := ReadPloverDyads(strings.NewReader(c.in), "x.tsv"); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q", c.in, err, c.want)
		}
	}
}

// The gold file reads whole, and the harness runs on it.
func TestPloverDyadsShared(t *testing.T) {
	name := filepath.Join("..", "..", "shared", "gold", "events", "plover-dyads-train.tsv")
	f, err := os.Open(name)
	if err != nil {
		t.Skipf("PLOVER dyads absent (%v): needs ../shared beside the repository", err)
	}
	defer f.Close()
	dyads, err := ReadPloverDyads(f, name)
	if err != nil {
		t.Fatal(err)
	}
	labels := map[string]bool{}
	for _, d := range dyads {
		labels[d.Root] = true
	}
	if len(dyads) != 1050 || len(labels) != 15 || !labels["YIELD"] || labels["CONCEDE"] {
		t.Errorf("%d dyads, %d labels %v; want 1050 and the 15 types with YIELD", len(dyads), len(labels), labels)
	}
	res := ScorePloverDyads(dyads, func(*doc.Doc) error { return nil })
	if res.Figures.Dyads != 1050 || res.Figures.RootAccuracy != 0 || res.Figures.Spans < 2*1050-100 {
		t.Errorf("empty pipeline: %+v", res.Figures)
	}
}

// A participant that refers back fits the gold span of what it refers to:
// "Ruritania said it would attack Freedonia" with the source "it".
func TestSideFitsAntecedent(t *testing.T) {
	d := doc.New(doc.Article{Text: "Ruritania said it would attack Freedonia."})
	d.Mentions = []doc.Mention{
		{Span: sp(0, 9), Antecedent: -1, Actor: doc.Actor{Code: "RUR"}},
		{Span: sp(15, 17), Antecedent: 0, Actor: doc.Actor{Code: "RUR"}},
		{Span: sp(31, 40), Antecedent: -1, Actor: doc.Actor{Code: "FRE"}},
	}
	it := doc.Participant{Mention: 1, Span: sp(15, 17)}
	if !sideFits(d, it, []doc.Span{sp(0, 9)}) {
		t.Errorf("the pronoun does not fit its antecedent's gold span")
	}
	if sideFits(d, it, []doc.Span{sp(31, 40)}) {
		t.Errorf("the pronoun fits a gold span of another actor")
	}
	if sideFits(d, doc.Participant{Mention: 2, Span: sp(31, 40)}, []doc.Span{sp(0, 9)}) {
		t.Errorf("a mention with no antecedent fits another's span")
	}
}

// TestPloverQuad: a type's quad as the file numbers it: PLOVER's, with
// the merged YIELD in material cooperation.
func TestPloverQuad(t *testing.T) {
	cases := []struct {
		t    cameo.PloverType
		want cameo.Quad
	}{
		{cameo.PloverRequest, cameo.VerbalConflict}, {cameo.PloverAccuse, cameo.VerbalConflict},
		{cameo.PloverConcede, cameo.MaterialCooperation}, {cameo.PloverRetreat, cameo.MaterialCooperation},
		{cameo.PloverSupport, cameo.VerbalCooperation}, {cameo.PloverSanction, cameo.MaterialConflict},
		{cameo.PloverProtest, cameo.MaterialConflict}, {cameo.NoPlover, cameo.NoQuad},
	}
	for _, c := range cases {
		if got := ploverQuad(c.t); got != c.want {
			t.Errorf("ploverQuad(%v) = %v, want %v", c.t, got, c.want)
		}
	}
}
