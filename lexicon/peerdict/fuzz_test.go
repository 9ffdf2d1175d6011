package peerdict

import (
	"strings"
	"testing"
)

// The fuzz targets check that no input makes a reader panic, and that a
// reader either fails with a located *Error or returns a file.
// Run one with: go test ./lexicon/peerdict -fuzz FuzzReadVerbs -fuzztime 30s

func FuzzReadVerbs(f *testing.F) {
	for _, s := range []string{
		"--- A [010] ---\nSAY {SAID}\n- * (TO {B C}) $ [020]\n",
		"&S_\n+A_B\nRUN [---]\n{ RAN }\n- *_X { A | B ] +  [1]\n<TIME>\n- * X [+1]\n</TIME>\n~~\n",
		"--- D ###\n* (A)) [1]\n~ a b\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ReadVerbs(strings.NewReader(s), "f")
		if err == nil {
			v.Patterns()
		} else if _, ok := err.(*Error); !ok {
			t.Fatalf("error %v is not *Error", err)
		}
	})
}

func FuzzReadActors(f *testing.F) {
	for _, s := range []string{
		"A_B_ [X >20100101] [Y]\n+C\n\t[Z 950101 - 991231]\n",
		"<NOUN>\nX\n</NOUN>\nENT [### <890101] ;c\n~~F\n",
		"A\n\tB [X}\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ReadActors(strings.NewReader(s), "f")
		if err == nil {
			a.Entries()
		} else if _, ok := err.(*Error); !ok {
			t.Fatalf("error %v is not *Error", err)
		}
	})
}

func FuzzReadAgents(f *testing.F) {
	for _, s := range []string{
		"!P! = MAN, MEN\nX!P!_Y!P! {XS} [~GOV]\nZ [NGO~}\n",
		"A {} [ ~B] # c\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ReadAgents(strings.NewReader(s), "f")
		if err == nil {
			a.Entries()
		} else if _, ok := err.(*Error); !ok {
			t.Fatalf("error %v is not *Error", err)
		}
	})
}
