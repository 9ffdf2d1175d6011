package peerlex

import (
	"strings"
	"testing"

	"dyad/doc"
	"dyad/lexicon/peerdict"
)

func TestDiscards(t *testing.T) {
	df, err := peerdict.ReadDiscards(strings.NewReader("CROQUET CUP\n+HAILSTORM\nTENNIS_\n"), "d.txt")
	if err != nil {
		t.Fatal(err)
	}
	vf, err := peerdict.ReadVerbs(strings.NewReader("<TIME>\nONCE_UPON_A_TIME [###]\nTOMORROW [+1]\n</TIME>\nREGATTA [###]\nRACE [042]\nBLAST [+++]\n"), "v.verbs")
	if err != nil {
		t.Fatal(err)
	}
	for _, stems := range []bool{false, true} {
		var x Discards
		x.AddDiscards(df, stems)
		x.AddVerbDiscards(vf, stems)
		if x.Len() != 6 {
			t.Fatalf("%d phrases, want 6 (three discards, REGATTA, BLAST and ONCE_UPON_A_TIME)", x.Len())
		}
		for _, tc := range []struct {
			words string
			want  string // where the hit comes from; "" none
			stems string // when stems differ
		}{
			{"Aland/Aland/1/nsubj won/win/-1/root the/the/4/det croquet/croquet/4/amod cup/cup/1/obj", "d.txt:1", ""},
			{"Aland/Aland/1/nsubj won/win/-1/root croquet/croquet/1/obj", "", ""},
			{"a/a/1/det hailstorm/hailstorm/2/nsubj hit/hit/-1/root Aland/Aland/2/obj", "d.txt:2", ""},
			{"hailstorms/hailstorm/1/nsubj hit/hit/-1/root Aland/Aland/1/obj", "", "d.txt:2"},
			{"tennis/tennis/1/nsubj bored/bore/-1/root Aland/Aland/1/obj", "d.txt:3", ""},
			{"tennisballs/tennisball/1/nsubj bored/bore/-1/root Aland/Aland/1/obj", "", ""},
			{"Aland/Aland/1/nsubj won/win/-1/root the/the/3/det regatta/regatta/1/obj", "v.verbs:5", ""},
			{"once/once/5/advmod upon/upon/3/case a/a/3/det time/time/0/obl Aland/Aland/5/nsubj raced/race/-1/root", "v.verbs:2", ""},
			{"Aland/Aland/1/nsubj raced/race/-1/root tomorrow/tomorrow/1/obl", "", ""},
			{"Aland/Aland/1/nsubj raced/race/-1/root", "", ""},
		} {
			want := tc.want
			if stems && tc.stems != "" {
				want = tc.stems
			}
			d := handDoc(t, tc.words, nil)
			if got := x.Hit(d, d.Sentences[0].Tokens); got != want {
				t.Errorf("stems=%v %q: hit %q, want %q", stems, tc.words, got, want)
			}
		}
		// a verb coded [+++] discards only where it is read as a verb
		d := handDoc(t, "Aland/Aland/1/nsubj blasted/blast/-1/root Bland/Bland/1/obj", nil)
		if got := x.Hit(d, d.Sentences[0].Tokens); got != "" {
			t.Errorf("stems=%v: 'blasted' not tagged VERB: hit %q, want none", stems, got)
		}
		d.Tokens[1].UPOS = doc.VERB
		want := ""
		if stems {
			want = "v.verbs:7" // BLAST is a stem of "blasted" in TABARI
		}
		if got := x.Hit(d, d.Sentences[0].Tokens); got != want {
			t.Errorf("stems=%v: 'blasted' as a verb: hit %q, want %q", stems, got, want)
		}
	}
}
