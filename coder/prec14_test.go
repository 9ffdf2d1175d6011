package coder_test

import "testing"

// TestExpectedToAct: what one expects another to do is the other's act,
// and only expected: no event, and none by the one who expects it.
func TestExpectedToAct(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Ruto said he expected the Kenyan court to overturn the ruling.", nil},
		{"Kenya expects the Ugandan army to attack the rebels.", nil},
	})
}
