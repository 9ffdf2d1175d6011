package coder_test

import "testing"

// TestAlongWith: those an act befalls "along with" or "together with" its
// object are its targets too; an arrest with no agent named is made by
// the state where it happened, a town there naming that state.
func TestAlongWith(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Ugandan police arrested the Kenyan envoy together with two Tanzanian journalists.", []string{"UGACOP>KENGOV:173", "UGACOP>TZAMED:173"}},
		{"Ugandan police arrested the Kenyan envoy along with two Tanzanian journalists.", []string{"UGACOP>KENGOV:173", "UGACOP>TZAMED:173"}},
		{"Ugandan police arrested the Kenyan envoy with two Tanzanian journalists.", []string{"UGACOP>KENGOV:173"}},
		{"A Kenyan journalist was arrested in Kampala along with two Tanzanian students.", []string{"UGA>KENMED:173", "UGA>TZAEDU:173"}},
		{"A Kenyan journalist was arrested in Kampala.", []string{"UGA>KENMED:173"}},
	})
}
