package coder_test

import "testing"

// TestWithheldPermission: not giving leave, in any tense, is refusing it;
// not doing something else only says the act is yet to come, and
// "cannot allow" is resolve, not a refusal given.
func TestWithheldPermission(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya did not allow the Ugandan plane to land.", []string{"KEN>UGA:1245"}},
		{"Kenya did not authorise a rally by the Ugandan opposition.", []string{"KEN>UGAOPP:1245"}},
		{"Kenya did not release the Ugandan prisoners.", nil},
		{"Kenya cannot allow Ugandan rebels to violate its borders.", nil},
		{"Kenya cannot permit itself the luxury of waiting for Uganda.", nil},
		{"Kenya did not permit itself a pause in its talks with Uganda.", nil},
	})
}
