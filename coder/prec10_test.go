package coder_test

import "testing"

// TestDomesticSubjectsGovernment: the government a country's own
// opposition speaks of is its own state's, though the sentence before
// named another government.
func TestDomesticSubjectsGovernment(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Uganda's government denied the raid. Kenyan opposition leader Raila Odinga accused the government of lying.", []string{"KENOPP>KENGOV:112"}},
		{"Uganda's government denied the raid. The Kenyan foreign minister accused the government of lying.", []string{"KENGOV>UGAGOV:112"}},
	})
}
