package coder_test

import "testing"

// TestUnnamedRelationSource: people named by where they stand to others
// (allies, donors, critics, members) act though no dictionary codes them,
// and the country that owns them is not theirs: Kenya's donors are not
// Kenyan, so they may make demands of Kenya.
func TestUnnamedRelationSource(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya's donors said on Monday that Kenya must protect its journalists.", []string{`"Kenya's donors">KEN:100`}},
		{"Uganda's allies criticised the Kenyan government.", []string{`"Uganda's allies">KENGOV:110`}},
		{"Critics accused the Ugandan police of torture.", []string{`"Critics">UGACOP:1122`}},
		// the words of the phrase, without a comma a modifier took in
		{"After the vote, Liberal and Labour members of the rowing club met with Kenyan officials.", []string{`"Liberal and Labour members of the rowing club">KENGOV:040`}},
	})
}

// TestModifierPair: two sides named by modifiers of one noun joined by
// "and" ("British and AU negotiators") are both parties, also where the
// parse hangs the first on the noun as an adjective of its own.
func TestModifierPair(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"British and AU negotiators have reached a deal on the border dispute on Monday.", []string{"IGOAFRAFUGOV>GBRGOV:057", "GBRGOV>IGOAFRAFUGOV:057"}},
	})
}

// TestProtestedActIsAnothers: the act a protest is over, against or at is
// someone else's, not the protesters' ("protested over the arrest of
// their leader" arrests no one); the protest they march in is their own.
func TestProtestedActIsAnothers(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenyan students protested over the arrest of a Kenyan opposition leader.", []string{"KENEDU>KENOPP:141"}},
		{"Kenyan students marched in protest at the arrest of a Kenyan opposition leader.", []string{"KENEDU>KENOPP:141"}},
		{"Kenyan students held a protest outside the Ugandan embassy against the arrest of a Kenyan opposition leader.", []string{"KENEDU>UGAGOV:141"}},
	})
}

// TestOwnHedgedPlan: what a speaker says he himself will likely do is
// meant, hedged (an intent); what he says another will likely do is
// foreseen, no event.
func TestOwnHedgedPlan(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"President Ruto said he will likely hold talks with the Ugandan leader next month.", []string{"KENGOV>UGAGOV:036"}},
		{"Kenyan analysts said Uganda would likely attack the rebels.", nil},
	})
}

// TestCallNamesAThing: "call" with a thing as its object names it, no
// telephone call to the thing's owner; one calls people.
func TestCallNamesAThing(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Kenyan government cut ties over what it called Uganda's support for the rebels.", nil},
		{"President Ruto called his Ugandan counterpart on Monday.", []string{"KENGOV>UGAGOV:041"}},
	})
}

// TestOwnTroopsBroughtHome: a state that returns its own troops home
// withdraws them (087), it releases no one; rebels who free a state's
// captured soldier release him.
func TestOwnTroopsBroughtHome(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"We have started returning Kenyan troops home, President Ruto said.", []string{"KENGOV>:087"}},
		{"Ugandan rebels released a captured Ugandan soldier on Monday.", []string{"UGAREB>UGAMIL:0841"}},
	})
}

// TestSubmittedPlan: a plan or a report submitted to someone is handed
// in, no yielding to them (080 is submitting to pressure or demands).
func TestSubmittedPlan(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya submitted to the African Development Bank on Monday a borrowing plan for 3 billion dollars.", nil},
		{"Kenya finally submitted to Ugandan demands.", []string{"KEN>:080"}},
	})
}
