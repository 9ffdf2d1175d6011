package main

import (
	"testing"
	"time"

	"dyad/eval"
)

func TestTabariCommas(t *testing.T) {
	l, ok := tabariCommaOption("MIN = 4 MAX = 6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8")
	if !ok || l != (tabariCommaLimits{Min: 4, Max: 6, EMin: 3, EMax: 6, BMin: 3, BMax: 8}) {
		t.Fatalf("option: got %+v %v", l, ok)
	}
	if _, ok := tabariCommaOption("OFF"); ok {
		t.Fatal("OFF read as on")
	}
	if l, ok := tabariCommaOption(""); !ok || l != tabariCommaDefault {
		t.Fatalf("no option: got %+v %v, want the defaults", l, ok)
	}
	d := tabariCommaDefault
	for _, c := range []struct {
		l        tabariCommaLimits
		in, want string
	}{
		// internal clause of 5 words: deleted, its closing comma kept
		{d, "Gollum accompanying Radagast, the Brown wizard of reknown, called on Gondor.",
			"Gollum accompanying Radagast , called on Gondor."},
		// no comma left between a sentence's first name and its verb, nor
		// before a that-clause
		{d, "Elrond, suspicious as ever of Mordor, brushed aside reports.", "Elrond  brushed aside reports."},
		{d, "Elrond brushed aside reports, rumored to originate in Mordor, that Calimehtar attacked Gandalf",
			"Elrond brushed aside reports  that Calimehtar attacked Gandalf"},
		// terminal clause of 3 words
		{d, "Arnor signed a protocol with Dagolath, officials said today.", "Arnor signed a protocol with Dagolath ."},
		// a list is no clause
		{d, "Evil Mordor, the awful Fornost, and good Gondor welcomed it.", "Evil Mordor, the awful Fornost, and good Gondor welcomed it."},
		// 1 word is below MIN; 2 words are not; numbers keep their commas
		{d, "Arnor paid 1,000 ducats, however, to Gondor, reportedly.", "Arnor paid 1,000 ducats, however , reportedly."},
		// an initial clause within BMIN..BMAX
		{tabariCommaLimits{Min: 4, Max: 6, EMin: 3, EMax: 6, BMin: 3, BMax: 8},
			"Arnor is about to restore complete, full ties with Gondor.", "  full ties with Gondor."},
		// each sentence on its own
		{d, "Arnor left, a senior official said. Gondor came.", "Arnor left . Gondor came."},
	} {
		if got := c.l.eliminate(c.in); got != c.want {
			t.Errorf("%q:\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// TestTabariCommasWholeText: a shortened text is coded with the whole
// under peerWholeTextKey, for the discards; an unchanged one without.
func TestTabariCommasWholeText(t *testing.T) {
	var gotText, gotWhole string
	code := tabariCommas(func(text string, _ time.Time, options map[string]string) ([]eval.Triple, error) {
		gotText, gotWhole = text, options[peerWholeTextKey]
		return nil, nil
	})
	in := "Arnor signed a protocol with Dagolath, officials said today."
	if _, err := code(in, time.Time{}, map[string]string{}); err != nil {
		t.Fatal(err)
	}
	if gotText != "Arnor signed a protocol with Dagolath ." || gotWhole != in {
		t.Errorf("got %q with whole %q", gotText, gotWhole)
	}
	if _, err := code(in, time.Time{}, map[string]string{"COMMA": "OFF"}); err != nil {
		t.Fatal(err)
	}
	if gotText != in || gotWhole != "" {
		t.Errorf("COMMA OFF: got %q with whole %q", gotText, gotWhole)
	}
}
