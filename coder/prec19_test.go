package coder_test

import "testing"

// TestCallUpon: "upon" is "on": "called upon X to" is the appeal "called on
// X to" is, also when the parse hangs the marker on a title before a name.
func TestCallUpon(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya called upon Uganda to reopen the border.", []string{"KEN>UGA:020"}},
		{"Kenya called upon President Museveni to reopen the border.", []string{"KEN>UGAGOV:020"}},
		{"The opposition leader called upon the Kenyan police to release the protesters.", []string{"OPP>KENCOP:0253"}},
	})
}
