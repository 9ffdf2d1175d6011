package coder_test

import "testing"

// TestDecidedYield: rules eased or a post given up by decision are eased
// or given up when decided, no mere intent; a release or a withdrawal
// decided is still to be carried out, an intent.
func TestDecidedYield(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Kenyan government has decided to ease restrictions on Ugandan traders.", []string{"KENGOV>UGABUS:081"}},
		{"Kenya decided to lift sanctions on Uganda.", []string{"KEN>UGA:085"}},
		{"Kenya decided to release 20 Ugandan prisoners.", []string{"KEN>UGACVL:0353"}},
		{"Kenya has decided to pull its soldiers out of Somalia.", []string{"KEN>SOM:0356"}},
	})
}

// TestStakeholders: a nationality's stakeholders are that country's people,
// a target as its parties would be.
func TestStakeholders(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya's foreign minister on Tuesday reaffirmed Nairobi's backing for the dialogue among Ugandan stakeholders.", []string{"KENGOV>UGA:051"}},
	})
}

// TestUncodedSidesNotSelf: two bodies no dictionary codes that agree with
// each other are each the other's target, neither its own.
func TestUncodedSidesNotSelf(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Nairobi Securities Exchange and the Uganda Securities Exchange agreed on Monday to trade market data.", []string{
			// (each the other's target, which has no code)
			`"The Nairobi Securities Exchange">:030`, `"the Uganda Securities Exchange">:030`}},
	})
}

// TestAirStrikesHalted: air strikes stopped are a military de-escalation,
// or its refusal; no walkout ended.
func TestAirStrikesHalted(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya stopped its air strikes on al-Shabaab.", []string{"KEN>SOMREB:087"}},
		{"Kenya will not stop its air strikes on al-Shabaab.", []string{"KEN>SOMREB:1246"}},
		{"Kenyan nurses suspended their strike.", []string{"KENHLH>:082"}},
		// strikes on an armed group or a state are attacks; on a town's
		// port, a walkout
		{"Kenya suspended its strikes on al-Shabaab camps.", []string{"KEN>SOMREB:087"}},
		{"Kenyan dock workers called off their strike on the Mombasa port.", []string{"KENLAB>:082"}},
	})
}

// TestNamedBodyTarget: a group, party or movement by a name no dictionary
// knows is a target by its words, as such a name alone is.
func TestNamedBodyTarget(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya signed a pact with the Zamco group on Monday.", []string{"KEN>:057"}},
		{"Ruto met the Zamco group.", []string{"KENGOV>:040"}},
		{"Kenya signed a pact with Zamco on Monday.", []string{"KEN>:057"}},
	})
}

// TestUnhyphenedLeader: "the Saudi led coalition" written without its
// hyphen is the Saudi-led coalition, Saudi Arabia's act; a subject so
// modified, or by "-backed", is the subject of the verb after it.
func TestUnhyphenedLeader(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Saudi led coalition bombed the port.", []string{"SAU>:195"}},
		{"Iran backed rebels attacked the town.", []string{"REB>:190"}},
		{"Iran-backed rebels attacked the town.", []string{"REB>:190"}},
		{"The Eritrean based ZLF recently signed a pact with the Ugandan government.", []string{`"The Eritrean based ZLF">UGAGOV:057`}},
	})
}

// TestAgreedWithToAct: what one agrees with another to do after the
// with-phrase is the intent agreed, with that other.
func TestAgreedWithToAct(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Kenyan defence minister, Aden Duale, agreed with his Ugandan counterpart, Vincent Ssempijja, to exchange technology.", []string{"KENGOVMIL>UGAGOV:030"}},
	})
}
