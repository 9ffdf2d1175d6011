package coder_test

import "testing"

// TestGATT: the General Agreement on Tariffs and Trade, the WTO's
// forerunner, which the 1987 wire names hundreds of times, is an actor
// (IGOBUSWTO), by its name and its initials.
func TestGATT(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya accused the General Agreement on Tariffs and Trade (GATT) of ignoring its farmers.", []string{"KEN>IGOBUSWTO:112"}},
		{"Kenya urged the General Agreement on Tariffs and Trade (GATT) on Monday to act.", []string{"KEN>IGOBUSWTO:020"}},
		{"Kenya will file a complaint with GATT over the Ugandan levy.", []string{"KEN>IGOBUSWTO:114"}},
	})
}

// TestBracketAlias: a name and its initials in brackets right after it
// are one actor, wherever the parse hangs the two: one challenge is one
// event, not one for the name and one for its initials.
func TestBracketAlias(t *testing.T) {
	p := pipeline(t)
	text := "But the African Union has challenged the accord as a breach of General Agreement on Tariffs and Trade (GATT) practices that discriminates against its coffee growers."
	d := codeNews(t, p, text)
	n := 0
	for _, e := range d.Events {
		if e.Code.String() == "110" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%s: %d disapprovals (110), want 1", text, n)
	}
}
