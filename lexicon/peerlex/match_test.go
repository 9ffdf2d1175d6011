package peerlex

import (
	"strings"
	"testing"

	"dyad/doc"
	"dyad/lexicon/peerdict"
)

// handDoc builds one sentence from "form/lemma/head/deprel" words (head
// 0-based, -1 for the root) and marks the words in actors as mentions
// (index → code).
func handDoc(t *testing.T, words string, actors map[int32]string) *doc.Doc {
	t.Helper()
	var text []string
	type w struct {
		form, lemma string
		head        int32
		dep         doc.DepRel
	}
	var ws []w
	deps := map[string]doc.DepRel{"root": doc.Root, "nsubj": doc.Nsubj, "obj": doc.Obj, "obl": doc.Obl, "case": doc.Case,
		"amod": doc.Amod, "det": doc.Det, "aux": doc.Aux, "advmod": doc.Advmod, "nmod": doc.Nmod, "ccomp": doc.Ccomp, "punct": doc.Punct,
		"cc": doc.Cc, "conj": doc.Conj, "mark": doc.Mark, "advcl": doc.Advcl,
		"acl": doc.Acl, "relcl": doc.AclRelcl}
	glued := map[int]bool{} // "+n't/...": written without a space before it
	for _, f := range strings.Fields(words) {
		if strings.HasPrefix(f, "+") {
			glued[len(ws)] = true
			f = f[1:]
		}
		p := strings.Split(f, "/")
		var h int32
		for _, c := range p[2] {
			if c != '-' {
				h = h*10 + int32(c-'0')
			}
		}
		if p[2] == "-1" {
			h = -1
		}
		dep, ok := deps[p[3]]
		if !ok {
			t.Fatalf("unknown relation %q", p[3])
		}
		ws = append(ws, w{p[0], p[1], h, dep})
		text = append(text, p[0])
	}
	var b strings.Builder
	for i, x := range ws {
		if i > 0 && !glued[i] {
			b.WriteByte(' ')
		}
		b.WriteString(x.form)
	}
	d := doc.New(doc.Article{Text: b.String()})
	off := int32(0)
	for i, x := range ws {
		if i > 0 && !glued[i] {
			off++
		}
		d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: off, End: off + int32(len(x.form))}, Lemma: x.lemma, Head: x.head, Dep: x.dep})
		off += int32(len(x.form))
	}
	off++
	d.Sentences = []doc.Sentence{{Span: doc.Span{End: off - 1}, Tokens: doc.TokRange{End: int32(len(ws))}}}
	for i := int32(0); i < int32(len(ws)); i++ {
		if c, ok := actors[i]; ok {
			d.Mentions = append(d.Mentions, doc.Mention{Span: d.Tokens[i].Span, Tokens: doc.TokRange{Start: i, End: i + 1}, Head: i, Actor: doc.Actor{Code: c}, Antecedent: -1})
		}
	}
	return d
}

const matchDict = "&KIND\n+MILITARY\n+TRADE\n&NEG\n+DID NOT\n+NEVER\n" +
	"--- CUT [161] ---\nCUT\n" +
	"- * TIES [162]\n- * &KIND TIES [163]\n- * TIES WITH + [164]\n- &NEG * [165]\n- * OFF [---]\n- * NEW_&KIND_TIES [168]\n- &NEG_EVER * [169]\n" +
	"--- HALT [---] ---\nHALT\n- * TALKS [166:167]\n" +
	"--- AGREE [081] ---\nAGREE\n- % * [030:030]\n" +
	"--- SWAP [---] ---\nSWAP\n- * WITH % [067]\n" +
	"--- HAIL [041] ---\nHAIL\n- $ * [042]\n" +
	"&MONEY\n+EURO\n+GOLD FLORIN\n" +
	"--- GIVE [070] ---\nGIVE\n- * &MONEY [071]\n- * EURO [072]\n- SURELY_* [073]\n" +
	"--- FEAST [050] ---\nFEAST\n- * IN ^ + [051]\n- * AT ^ ^ + [052]\n- * GOATS $ [053]\n"

func TestMatch(t *testing.T) {
	f, err := peerdict.ReadVerbs(strings.NewReader(matchDict), "m.verbs")
	if err != nil {
		t.Fatal(err)
	}
	v, err := ConvertVerbs(f, "m", Options{OpaqueCodes: true, StrictJoins: true})
	if err != nil {
		t.Fatal(err)
	}
	// "Aland cut military ties with Bland" and variants; the verb is token 1
	tests := []struct {
		name, words string
		actors      map[int32]string
		verb        int32
		ok          bool
		want        PeerMatch
	}{
		{"the verb alone", "Aland/Aland/1/nsubj cut/cut/-1/root aid/aid/1/obj", map[int32]string{0: "AAA"}, 1, true,
			PeerMatch{Code: "161", Target: -1, Source: -1}},
		{"a word of the phrase", "Aland/Aland/1/nsubj cut/cut/-1/root ties/tie/1/obj", map[int32]string{0: "AAA"}, 1, true,
			PeerMatch{Code: "162", Target: -1, Source: -1, Words: 1}},
		{"a synonym set before the object: more words win", "Aland/Aland/1/nsubj cut/cut/-1/root trade/trade/3/amod ties/tie/1/obj",
			map[int32]string{0: "AAA"}, 1, true, PeerMatch{Code: "163", Target: -1, Source: -1, Words: 2}},
		{"the target at +", "Aland/Aland/1/nsubj cut/cut/-1/root ties/tie/1/obj with/with/4/case Bland/Bland/2/nmod",
			map[int32]string{0: "AAA", 4: "BBB"}, 1, true, PeerMatch{Code: "164", Target: 1, Source: -1, Words: 2}},
		{"words before the verb (a two-word member)", "Aland/Aland/3/nsubj did/do/3/aux not/not/3/advmod cut/cut/-1/root aid/aid/3/obj",
			map[int32]string{0: "AAA"}, 3, true, PeerMatch{Code: "165", Target: -1, Source: -1, Words: 2, Before: true}},
		{"a word of the complement clause counts: the peers know no clauses", "Aland/Aland/1/nsubj cut/cut/-1/root aid/aid/1/obj said/say/1/ccomp ties/tie/3/obj",
			map[int32]string{0: "AAA"}, 1, true, PeerMatch{Code: "162", Target: -1, Source: -1, Words: 1}},
		{"a to-infinitive is part of the phrase, whatever its relation",
			"Aland/Aland/1/nsubj cut/cut/-1/root aid/aid/1/obj to/to/4/mark end/end/1/advcl ties/tie/4/obj",
			map[int32]string{0: "AAA"}, 1, true, PeerMatch{Code: "162", Target: -1, Source: -1, Words: 1}},
		{"an adverbial clause with its own subject is not",
			"Aland/Aland/1/nsubj cut/cut/-1/root aid/aid/1/obj because/because/5/mark Bland/Bland/5/nsubj ended/end/1/advcl ties/tie/5/obj",
			map[int32]string{0: "AAA", 4: "BBB"}, 1, true, PeerMatch{Code: "161", Target: -1, Source: -1}},
		{"a [---] pattern codes nothing", "Aland/Aland/1/nsubj cut/cut/-1/root off/off/1/advmod", map[int32]string{0: "AAA"}, 1, false,
			PeerMatch{}},
		{"a verb without a code: only its patterns", "Aland/Aland/1/nsubj halted/halt/-1/root aid/aid/1/obj", map[int32]string{0: "AAA"}, 1, false,
			PeerMatch{}},
		{"a verb without a code, pattern matched", "Aland/Aland/1/nsubj halted/halt/-1/root talks/talk/1/obj", map[int32]string{0: "AAA"}, 1, true,
			PeerMatch{Code: "166:167", Target: -1, Source: -1, Words: 1}},
		{"a compound subject", "Aland/Aland/3/nsubj and/and/2/cc Bland/Bland/0/conj agreed/agree/-1/root", map[int32]string{0: "AAA", 2: "BBB"}, 3, true,
			PeerMatch{Code: "030:030", Target: -1, Source: 1, Compound: true}},
		{"PETRARCH: a compound after the verb is a compound target", "Aland/Aland/1/nsubj swapped/swap/-1/root with/with/3/case Bland/Bland/1/obl and/and/5/cc Cland/Cland/3/conj",
			map[int32]string{0: "AAA", 3: "BBB", 5: "CCC"}, 1, true, PeerMatch{Code: "067", Target: 1, Source: -1, Words: 1}},
		{"one subject: the verb alone", "Aland/Aland/1/nsubj agreed/agree/-1/root", map[int32]string{0: "AAA"}, 1, true,
			PeerMatch{Code: "081", Target: -1, Source: -1}},
		{"a source before the verb is a mark: it beats the verb alone", "Aland/Aland/1/nsubj hailed/hail/-1/root", map[int32]string{0: "AAA"}, 1, true,
			PeerMatch{Code: "042", Target: -1, Source: -1}},
		{"no actor before the verb: the verb alone", "it/it/1/nsubj hailed/hail/-1/root", nil, 1, true,
			PeerMatch{Code: "041", Target: -1, Source: -1}},
		{"a word written out beats a synonym set's member", "Aland/Aland/1/nsubj gave/give/-1/root euros/euro/1/obj", map[int32]string{0: "AAA"}, 1, true,
			PeerMatch{Code: "072", Target: -1, Source: -1, Words: 1}},
		{"a member's words may have others between them", "Aland/Aland/1/nsubj gave/give/-1/root gold/gold/4/amod Austrian/austrian/4/amod florins/florin/1/obj",
			map[int32]string{0: "AAA"}, 1, true, PeerMatch{Code: "071", Target: -1, Source: -1, Words: 2}},
		{"a joined word right before the verb", "Aland/Aland/2/nsubj surely/surely/2/advmod gave/give/-1/root aid/aid/2/obj",
			map[int32]string{0: "AAA"}, 2, true, PeerMatch{Code: "073", Target: -1, Source: -1, Words: 1, Before: true}},
		{"a joined word not right before the verb", "surely/surely/2/advmod Aland/Aland/2/nsubj gave/give/-1/root aid/aid/2/obj",
			map[int32]string{1: "AAA"}, 2, true, PeerMatch{Code: "070", Target: -1, Source: -1}},
		{"^ skips the actor after IN: the target is the next one", "Aland/Aland/1/nsubj feasted/feast/-1/root in/in/3/case Bland/Bland/1/obl with/with/5/case Cland/Cland/1/obl",
			map[int32]string{0: "AAA", 3: "BBB", 5: "CCC"}, 1, true, PeerMatch{Code: "051", Target: 2, Source: -1, Words: 1}},
		{"^ skips a preposition with its noun phrase", "Aland/Aland/1/nsubj feasted/feast/-1/root at/at/3/case Bland/Bland/1/obl " +
			"with/with/6/case the/the/6/det envoys/envoy/1/obl of/of/8/case Cland/Cland/6/nmod",
			map[int32]string{0: "AAA", 3: "BBB", 8: "CCC"}, 1, true, PeerMatch{Code: "052", Target: 2, Source: -1, Words: 1}},
		{"a $ after the verb is the source", "Aland/Aland/1/nsubj feasted/feast/-1/root goats/goat/1/obj with/with/4/case Bland/Bland/2/nmod",
			map[int32]string{0: "AAA", 4: "BBB"}, 1, true, PeerMatch{Code: "053", Target: -1, Source: 1, Words: 1}},
		{"a lemma the tagger got wrong: the verb of the text's form", "Aland/Aland/1/nsubj cuts/cutz/-1/root ties/tie/1/obj",
			map[int32]string{0: "AAA"}, 1, true, PeerMatch{Code: "162", Target: -1, Source: -1, Words: 1}},
		{"a set joined by _ to the word before: right after it", "Aland/Aland/1/nsubj cut/cut/-1/root new/new/4/amod trade/trade/4/amod ties/tie/1/obj",
			map[int32]string{0: "AAA"}, 1, true, PeerMatch{Code: "168", Target: -1, Source: -1, Words: 3}},
		{"a set joined by _ to the word before: not with a word between", "Aland/Aland/1/nsubj cut/cut/-1/root new/new/5/amod global/global/5/amod trade/trade/5/amod ties/tie/1/obj",
			map[int32]string{0: "AAA"}, 1, true, PeerMatch{Code: "163", Target: -1, Source: -1, Words: 2}},
		{"a set joined by _ to the word after: right before it", "Aland/Aland/4/nsubj did/do/4/aux not/not/4/advmod ever/ever/4/advmod cut/cut/-1/root aid/aid/4/obj",
			map[int32]string{0: "AAA"}, 4, true, PeerMatch{Code: "169", Target: -1, Source: -1, Words: 3, Before: true}},
		{"a set joined by _ to the word after: not with a word between",
			"Aland/Aland/5/nsubj did/do/5/aux not/not/5/advmod even/even/5/advmod ever/ever/5/advmod cut/cut/-1/root aid/aid/5/obj",
			map[int32]string{0: "AAA"}, 5, true, PeerMatch{Code: "165", Target: -1, Source: -1, Words: 2, Before: true}},
		{"a verb read as an adjective of the noun after it has that noun", "Aland/Aland/3/nsubj and/and/2/cc cut/cut/3/amod ties/tie/-1/root",
			map[int32]string{0: "AAA"}, 2, true, PeerMatch{Code: "162", Target: -1, Source: -1, Words: 1}},
		{"a verb not in the dictionary", "Aland/Aland/1/nsubj sang/sing/-1/root", map[int32]string{0: "AAA"}, 1, false, PeerMatch{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := handDoc(t, tc.words, tc.actors)
			got, ok := v.Match(d, d.Sentences[0].Tokens, tc.verb)
			if ok != tc.ok || ok && got != tc.want {
				t.Errorf("Match = %+v %v, want %+v %v", got, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestConjoined(t *testing.T) {
	d := handDoc(t, "Aland/Aland/5/nsubj ,/,/0/punct Bland/Bland/0/conj and/and/4/cc Cland/Cland/0/conj met/meet/-1/root Dland/Dland/5/obj",
		map[int32]string{0: "AAA", 2: "BBB", 4: "CCC", 6: "DDD"})
	for mi, want := range map[int32][]int32{0: {0, 1, 2}, 2: {0, 1, 2}, 3: {3}} {
		if got := Conjoined(d, d.Sentences[0].Tokens, mi); !equal(got, want) {
			t.Errorf("Conjoined(%d) = %v, want %v", mi, got, want)
		}
	}
}

func equal(a, b []int32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestMatchTabari: TABARI verbs are stems ("CONTRIBUT" is the lemma
// "contribute") and its words may be dyad's several tokens ("DIDN'T").
func TestMatchTabari(t *testing.T) {
	dict := "<SYNSETS>\n&NEG\n+DIDN'T\n+WON'T\n</SYNSETS>\nCONTRIBUT  [070]\n- * DOLLAR [071]\n- &NEG * [072]\n"
	f, err := peerdict.ReadVerbs(strings.NewReader(dict), "t.verbs")
	if err != nil {
		t.Fatal(err)
	}
	v, err := ConvertVerbs(f, "t", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := dyadLines(v), "070 contribut\n070 contribute\n071 contribut obj=dollar\n071 contribute obj=dollar"; got != want {
		t.Errorf("converted\n%s\nwant\n%s", got, want)
	}
	for _, tc := range []struct {
		words string
		verb  int32
		want  PeerMatch
	}{
		{"Aland/Aland/1/nsubj contributed/contribute/-1/root dollars/dollar/1/obj", 1, PeerMatch{Code: "071", Target: -1, Source: -1, Words: 1}},
		{"Aland/Aland/3/nsubj did/do/3/aux +n't/not/3/advmod contribute/contribute/-1/root aid/aid/3/obj", 3,
			PeerMatch{Code: "072", Target: -1, Source: -1, Words: 1, Before: true}},
	} {
		d := handDoc(t, tc.words, map[int32]string{0: "AAA"})
		if got, ok := v.Match(d, d.Sentences[0].Tokens, tc.verb); !ok || got != tc.want {
			t.Errorf("%s: Match = %+v %v, want %+v", tc.words, got, ok, tc.want)
		}
	}
	// with a space, "did n't" is two words and DIDN'T does not match
	d := handDoc(t, "Aland/Aland/3/nsubj did/do/3/aux n't/not/3/advmod contribute/contribute/-1/root aid/aid/3/obj", map[int32]string{0: "AAA"})
	if got, _ := v.Match(d, d.Sentences[0].Tokens, 3); got.Code != "070" {
		t.Errorf("spaced: Match = %+v, want the verb alone (070)", got)
	}
}

// TestInPhrase: what hangs below the verb without a clause of its own is
// in its phrase; a participle modifying a noun is, a relative clause is not.
func TestInPhrase(t *testing.T) {
	d := handDoc(t, "Aland/Aland/1/nsubj hailed/hail/-1/root memos/memo/1/obj sent/send/2/acl by/by/5/case Bland/Bland/3/obl "+
		"that/that/7/nsubj named/name/2/relcl Cland/Cland/7/obj", nil)
	want := map[int32]bool{0: false, 2: true, 3: true, 4: true, 5: true, 6: false, 7: false, 8: false}
	for i, w := range want {
		if got := InPhrase(d, d.Sentences[0].Tokens, 1, i); got != w {
			t.Errorf("token %d (%s): in phrase %v, want %v", i, d.TokenText(int(i)), got, w)
		}
	}
}

// TestInPhraseForClause: an infinitive whose subject "for" brings is in
// the verb's phrase, as the peers read the words; one whose subject
// another word brings is not, nor a clause with a subject of its own.
func TestInPhraseForClause(t *testing.T) {
	for _, tc := range []struct {
		words string
		want  bool
	}{
		{"Aland/Aland/1/nsubj pressed/press/-1/root for/for/5/mark Bland/Bland/5/nsubj to/to/5/mark win/win/1/advcl", true},
		{"Aland/Aland/1/nsubj pressed/press/-1/root with/with/5/mark Bland/Bland/5/nsubj to/to/5/mark win/win/1/advcl", false},
		{"Aland/Aland/1/nsubj pressed/press/-1/root so/so/5/mark Bland/Bland/5/nsubj can/can/5/aux win/win/1/advcl", false},
	} {
		d := handDoc(t, tc.words, nil)
		if got := InPhrase(d, d.Sentences[0].Tokens, 1, 3); got != tc.want {
			t.Errorf("%s: Bland in phrase %v, want %v", tc.words, got, tc.want)
		}
	}
}

func TestInComplement(t *testing.T) {
	// Aland allowed that Bland is a place near Cland, which Dland named
	d := handDoc(t, "Aland/Aland/1/nsubj allowed/allow/-1/root that/that/5/mark Bland/Bland/5/nsubj is/be/5/aux place/place/1/ccomp "+
		"near/near/7/case Cland/Cland/5/nmod which/which/10/obj Dland/Dland/10/nsubj named/name/7/relcl", nil)
	want := map[int32]bool{0: false, 2: true, 3: true, 5: true, 6: true, 7: true, 9: false, 10: false}
	for i, w := range want {
		if got := InComplement(d, d.Sentences[0].Tokens, 1, i); got != w {
			t.Errorf("token %d (%s): in complement %v, want %v", i, d.TokenText(int(i)), got, w)
		}
	}
}

// TestMatchSurfaceForm: of two entries that match alike, the verb written
// as the text's own form wins ("WENT" for "went" over "GO").
func TestMatchSurfaceForm(t *testing.T) {
	f, err := peerdict.ReadVerbs(strings.NewReader("--- GO [012] ---\nGO\n--- WENT [032] ---\nWENT\n"), "t.verbs")
	if err != nil {
		t.Fatal(err)
	}
	v, err := ConvertVerbs(f, "t", Options{VerbLemma: func(w string) string { return map[string]string{"went": "go"}[w] }})
	if err != nil {
		t.Fatal(err)
	}
	for form, want := range map[string]string{"went": "032", "goes": "012"} {
		d := handDoc(t, "Aland/Aland/1/nsubj "+form+"/go/-1/root", map[int32]string{0: "AAA"})
		if got, ok := v.Match(d, d.Sentences[0].Tokens, 1); !ok || got.Code != want {
			t.Errorf("%s: Match = %+v %v, want code %s", form, got, ok, want)
		}
	}
}

// TestMatchWholeWords: with Options.WholeWords (PETRARCH-2) the pattern
// word "IN" does not match "into"; as a TABARI stem it does.
func TestMatchWholeWords(t *testing.T) {
	f, err := peerdict.ReadVerbs(strings.NewReader("--- BREAK [171] ---\nBREAK\n- + * IN $ [075]\n"), "w.verbs")
	if err != nil {
		t.Fatal(err)
	}
	d := handDoc(t, "Aland/Aland/1/nsubj broke/break/-1/root into/into/3/case Bland/Bland/1/obl", map[int32]string{0: "AAA", 3: "BBB"})
	for _, tc := range []struct {
		whole bool
		want  PeerMatch
	}{
		{false, PeerMatch{Code: "075", Target: 0, Source: 1, Words: 1}},
		{true, PeerMatch{Code: "171", Target: -1, Source: -1}},
	} {
		v, err := ConvertVerbs(f, "w", Options{OpaqueCodes: true, WholeWords: tc.whole})
		if err != nil {
			t.Fatal(err)
		}
		if got, ok := v.Match(d, d.Sentences[0].Tokens, 1); !ok || got != tc.want {
			t.Errorf("whole %v: Match = %+v %v, want %+v", tc.whole, got, ok, tc.want)
		}
	}
}

// TestMatchLooseJoins: without Options.StrictJoins (TABARI) a set joined
// by "_" to the word after it may have words between them.
func TestMatchLooseJoins(t *testing.T) {
	f, err := peerdict.ReadVerbs(strings.NewReader(matchDict), "m.verbs")
	if err != nil {
		t.Fatal(err)
	}
	v, err := ConvertVerbs(f, "m", Options{OpaqueCodes: true})
	if err != nil {
		t.Fatal(err)
	}
	d := handDoc(t, "Aland/Aland/5/nsubj did/do/5/aux not/not/5/advmod even/even/5/advmod ever/ever/5/advmod cut/cut/-1/root aid/aid/5/obj",
		map[int32]string{0: "AAA"})
	want := PeerMatch{Code: "169", Target: -1, Source: -1, Words: 3, Before: true}
	if got, ok := v.Match(d, d.Sentences[0].Tokens, 5); !ok || got != want {
		t.Errorf("Match = %+v %v, want %+v", got, ok, want)
	}
}

// TestMatchTabariCompound: in TABARI, "%" after the verb makes the event
// one between the conjoined actors there; one actor there does not match.
func TestMatchTabariCompound(t *testing.T) {
	f, err := peerdict.ReadVerbs(strings.NewReader("SWAP [---]\n- * WITH % [067]\n"), "t.verbs")
	if err != nil {
		t.Fatal(err)
	}
	v, err := ConvertVerbs(f, "t", Options{OpaqueCodes: true})
	if err != nil {
		t.Fatal(err)
	}
	d := handDoc(t, "Aland/Aland/1/nsubj swapped/swap/-1/root with/with/3/case Bland/Bland/1/obl and/and/5/cc Cland/Cland/3/conj",
		map[int32]string{0: "AAA", 3: "BBB", 5: "CCC"})
	want := PeerMatch{Code: "067", Target: 1, Source: 1, Words: 1, Compound: true}
	if got, ok := v.Match(d, d.Sentences[0].Tokens, 1); !ok || got != want {
		t.Errorf("Match = %+v %v, want %+v", got, ok, want)
	}
	d = handDoc(t, "Aland/Aland/1/nsubj swapped/swap/-1/root with/with/3/case Bland/Bland/1/obl", map[int32]string{0: "AAA", 3: "BBB"})
	if got, ok := v.Match(d, d.Sentences[0].Tokens, 1); ok {
		t.Errorf("one actor at %%: Match = %+v, want none", got)
	}
}

// TestMatchTabariJoinedExact: in TABARI a word joined by "_" to the next
// ends there, like a trailing "_": "FOR_ASYLUM" is not "foreign asylum",
// where the stem "FOR" alone would match "foreign".
func TestMatchTabariJoinedExact(t *testing.T) {
	f, err := peerdict.ReadVerbs(strings.NewReader("BARGAIN [031]\n- * FOR_ASYLUM [174K]\n- * ASYLUM [174L]\n"), "t.verbs")
	if err != nil {
		t.Fatal(err)
	}
	v, err := ConvertVerbs(f, "t", Options{OpaqueCodes: true})
	if err != nil {
		t.Fatal(err)
	}
	for words, want := range map[string]string{
		"Aland/Aland/1/nsubj bargained/bargain/-1/root foreign/foreign/3/amod asylum/asylum/1/obj": "174L",
		"Aland/Aland/1/nsubj bargained/bargain/-1/root for/for/3/case asylum/asylum/1/obl":         "174K",
	} {
		d := handDoc(t, words, map[int32]string{0: "AAA"})
		if got, ok := v.Match(d, d.Sentences[0].Tokens, 1); !ok || got.Code != want {
			t.Errorf("%s: Match = %+v %v, want code %s", words, got, ok, want)
		}
	}
}

// TestMatchTabariEndings: a TABARI verb word matches with its regular
// endings only ("BANNED" is not "baning", though both have the lemma
// "ban"), and a verb written "BAN=" matches only as written.
func TestMatchTabariEndings(t *testing.T) {
	f, err := peerdict.ReadVerbs(strings.NewReader("BAN= [191]\nBANNED [192]\nDEPLOR [122]\n"), "t.verbs")
	if err != nil {
		t.Fatal(err)
	}
	lemmas := map[string]string{"banned": "ban", "deplor": "deplore"}
	v, err := ConvertVerbs(f, "t", Options{VerbLemma: func(w string) string { return lemmas[w] }})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ form, lemma, want string }{
		{"ban", "ban", "191"},
		{"banned", "ban", "192"},
		{"baning", "ban", "---"}, // neither BAN= nor BANNED
		{"bans", "ban", "---"},
		{"deplored", "deplore", "122"}, // a stem: "DEPLOR" + "ED"
	} {
		d := handDoc(t, "Aland/Aland/1/nsubj "+tc.form+"/"+tc.lemma+"/-1/root", map[int32]string{0: "AAA"})
		if got, ok := v.Match(d, d.Sentences[0].Tokens, 1); !ok || got.Code != tc.want {
			t.Errorf("%s: Match = %+v %v, want code %s", tc.form, got, ok, tc.want)
		}
	}
}

// TestMatchTabariTilde: TABARI's "RECENT~_*" joins the stem RECENT to the
// verb: "recently allowed" matches, "recently did allow" does not.
func TestMatchTabariTilde(t *testing.T) {
	f, err := peerdict.ReadVerbs(strings.NewReader("ALLOW [060]\n- RECENT~_* [025]\n"), "t.verbs")
	if err != nil {
		t.Fatal(err)
	}
	v, err := ConvertVerbs(f, "t", Options{OpaqueCodes: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		words string
		verb  int32
		want  string
	}{
		{"Aland/Aland/2/nsubj recently/recently/2/advmod allowed/allow/-1/root it/it/2/obj", 2, "025"},
		{"Aland/Aland/3/nsubj recently/recently/3/advmod did/do/3/aux allow/allow/-1/root it/it/3/obj", 3, "060"},
	} {
		d := handDoc(t, tc.words, map[int32]string{0: "AAA"})
		if got, ok := v.Match(d, d.Sentences[0].Tokens, tc.verb); !ok || got.Code != tc.want {
			t.Errorf("%s: Match = %+v %v, want code %s", tc.words, got, ok, tc.want)
		}
	}
}

// TestMatchTabariLonger: of two TABARI patterns that match as many words,
// the one with the longer written words wins, wherever it is in the file.
func TestMatchTabariLonger(t *testing.T) {
	dict := "VOW  [170]\n- * RESIST TO THE END  [113]\n- * RESISTANCE TO THE INVADING  [114]\n"
	f, err := peerdict.ReadVerbs(strings.NewReader(dict), "t.verbs")
	if err != nil {
		t.Fatal(err)
	}
	v, err := ConvertVerbs(f, "t", Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := handDoc(t, "Aland/Aland/1/nsubj vowed/vow/-1/root resistance/resistance/1/obj to/to/5/case the/the/5/det end/end/2/nmod "+
		"to/to/9/case the/the/9/det invading/invade/9/amod Bland/Bland/2/nmod", map[int32]string{0: "AAA", 9: "BBB"})
	if got, ok := v.Match(d, d.Sentences[0].Tokens, 1); !ok || got.Code != "114" {
		t.Errorf("Match = %+v %v, want 114", got, ok)
	}
}

// TestMatchTabariSourceBefore: in a TABARI dictionary a "$" before the
// verb is the actor there, the nearest before the words, not the subject.
func TestMatchTabariSourceBefore(t *testing.T) {
	dict := "CELEBRATE  [181]\n- $ HOSTING ^ * TABASKI  [042]\n"
	f, err := peerdict.ReadVerbs(strings.NewReader(dict), "t.verbs")
	if err != nil {
		t.Fatal(err)
	}
	v, err := ConvertVerbs(f, "t", Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := handDoc(t, "Mordor/Mordor/4/nsubj et/et/2/cc Arnor/Arnor/0/conj will/will/4/aux hosting/host/-1/root "+
		"Osgiliath/Osgiliath/4/obj to/to/7/mark celebrate/celebrate/4/advcl Tabaski/Tabaski/7/obj",
		map[int32]string{0: "ORC", 2: "ARN", 5: "OSG"})
	got, ok := v.Match(d, d.Sentences[0].Tokens, 7)
	if !ok || got.Code != "042" || got.Source != 1 {
		t.Errorf("Match = %+v %v, want 042 with the source mention 1 (Arnor)", got, ok)
	}
}

// TestMatchTabariSkipActor: in a TABARI dictionary "^" skips the next
// actor, whatever words come before it.
func TestMatchTabariSkipActor(t *testing.T) {
	dict := "CELEBRATE  [181]\n- * IFTAR AT ^ ^ +  [044]\n"
	f, err := peerdict.ReadVerbs(strings.NewReader(dict), "t.verbs")
	if err != nil {
		t.Fatal(err)
	}
	v, err := ConvertVerbs(f, "t", Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := handDoc(t, "Aland/Aland/1/nsubj celebrated/celebrate/-1/root Iftar/Iftar/1/obj at/at/4/case Bland/Bland/2/nmod "+
		"with/with/7/case the/the/7/det leaders/leader/1/obl of/of/9/case Cland/Cland/7/nmod in/in/11/case Dland/Dland/9/nmod",
		map[int32]string{0: "AAA", 4: "BBB", 9: "CCC", 11: "DDD"})
	got, ok := v.Match(d, d.Sentences[0].Tokens, 1)
	if !ok || got.Code != "044" || got.Target != 3 {
		t.Errorf("Match = %+v %v, want 044 with the target mention 3 (Dland)", got, ok)
	}
}
