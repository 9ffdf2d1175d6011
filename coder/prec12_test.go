package coder_test

import "testing"

// TestHandedOverCounted: a counted noun after a handover is what is
// handed over, though the tagger read it as a present-tense verb.
func TestHandedOverCounted(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Uganda handed over two suspects to Kenya.", []string{"UGA>KEN:084"}},
	})
}

// TestIndentedParagraph: wire copy sets a paragraph off by an indent; an
// abbreviation that ends the paragraph before it does not run the two
// sentences together.
func TestIndentedParagraph(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya sold its stake in the port to Acme Holdings Co.\n    Uganda accused Kenya of breaking the deal.", []string{"UGA>KEN:112"}},
	})
}
