package tagger

import "testing"

func TestLexiconAnalyse(t *testing.T) {
	lex, err := readWordNet("testdata/wordnet")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		word string
		want uint16
	}{
		{"attack", lxNoun | lxVerb | lxLowNoun},
		{"attacks", lxPlural | lxVerbS},
		{"attacked", lxVerbEd},
		{"attacking", lxVerbIng},
		{"stopped", lxVerbEd},
		{"stopping", lxVerbIng},
		{"withdrew", lxIrrVerb},
		{"geneva", lxNoun | lxCapNoun},
		{"convoys", lxPlural},
		{"larger", lxAdjEr},
		{"largest", lxAdjEr},
		{"quickly", lxAdv | lxAdjLy},
		{"better", lxIrrAdj},
		{"zorblax", 0},
		{"s", 0},
	}
	for _, c := range cases {
		if got := lex.analyse([]byte(c.word)); got != c.want {
			t.Errorf("analyse(%q) = %016b, want %016b", c.word, got, c.want)
		}
	}
	if _, err := readWordNet("testdata/no-such-dir"); err == nil {
		t.Error("a missing WordNet directory was accepted")
	}
}
