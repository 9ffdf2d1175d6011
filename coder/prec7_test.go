package coder_test

import "testing"

// TestBordersOpenedToRefugees: borders opened to refugees or migrants
// give them refuge (075, PLOVER AID); opened to a state they still allow
// its involvement (086).
func TestBordersOpenedToRefugees(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya opened the border to refugees from Somalia.", []string{"KEN>SOMREF:075"}},
		{"Kenya has opened its doors to thousands of refugees.", []string{"KEN>REF:075"}},
		{"Kenya opened its borders to Uganda.", []string{"KEN>UGA:086"}},
	})
}
