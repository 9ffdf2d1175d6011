package coder_test

import "testing"

// TestConjoinedComplements: each infinitive conjoined to a frame's
// complement is meant too, when it codes another act aimed at someone it
// names; one coding what the first does, or aimed at no one, adds nothing.
func TestConjoinedComplements(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya agreed to withdraw its troops and release the Ugandan prisoners.", []string{"KEN>:0356", "KEN>UGACVL:0353"}},
		{"Kenyan militiamen promised to give up their guns and team up with Uganda.", []string{"KENREB>UGA:030"}},
		{"Kenya vowed to fight hard and attack Uganda.", []string{"KEN>UGA:138"}},
		{"Kenya vowed to work hard and help Uganda.", []string{"KEN>UGA:033"}},
		{"Kenya agreed to withdraw its troops and to cooperate fully.", []string{"KEN>:0356"}},
		{"Kenya asked Uganda to extradite the suspect and would ask Somalia next week.", []string{"KEN>UGA:020"}},
		{"Kenya agreed to meet Ugandan officials and meet Somali officials.", []string{"KEN>UGAGOV:036", "KEN>SOMGOV:036"}},
	})
}
