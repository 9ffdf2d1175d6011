package coder_test

import "testing"

// TestHandedOverCounted: a counted noun after a handover is what is
// handed over, though the tagger read it as a present-tense verb.
func TestHandedOverCounted(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Uganda handed over two suspects to Kenya.", []string{"UGA>KEN:084"}},
	})
}
