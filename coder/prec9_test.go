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

// TestCalledForIsNoPhoneCall: "called for" a cut asks for it; a bare
// measure the parse left beside it ("or 12 pct") is no one called.
func TestCalledForIsNoPhoneCall(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya called for a cut of 40 mln dlrs, or 12 pct, in farm subsidies, mostly through union concessions.", nil},
		{"The Kenyan president called Uganda's president on Monday.", []string{"KENGOV>UGAGOV:041"}},
	})
}

// TestDealReachedBy: an agreement "reached" or "signed" by two states was
// made; one meant ("a deal to release prisoners") is not yet done.
func TestDealReachedBy(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The deal reached by Uganda and Tanzania was praised by donors.", []string{"UGA>TZA:057", "TZA>UGA:057"}},
		{"Kenya welcomed a deal to release Ugandan prisoners.", nil},
	})
}

// TestMakerIsNoRecipient: who made what is given or returned ("a painting
// by a Ugandan artist") does not get it, wherever the parse hangs the
// "by" phrase.
func TestMakerIsNoRecipient(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya returned a painting by a famous Ugandan artist to its owner.", []string{"KEN>:084"}},
		{"Kenya returned a painting by a famous Ugandan artist to Uganda.", []string{"KEN>UGA:084"}},
	})
}

// TestCourtIsWhere: a court an "in" or "at" phrase names is where
// something happens ("agreed to resign from office in a Nairobi court"), not
// whom the act is on.
func TestCourtIsWhere(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Kenyan mayor agreed to resign from office in a Nairobi court on Monday.", []string{"KENGOV>:0341"}},
		{"Kenyan protesters rallied outside a Nairobi court.", []string{"KENOPP>KENJUD:141"}},
	})
}

// TestRejectedChargeIsTheMakers: a charge or a demand rejected is aimed
// at whoever made it, not at whom it is about.
func TestRejectedChargeIsTheMakers(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya rebuffed recent Ugandan criticism of Tanzania.", []string{"KEN>UGA:120", "UGA>TZA:111"}},
		{"Kenya rejected the demands of Ugandan protesters.", []string{"KEN>UGAOPP:120"}},
	})
}

// TestTalkedOf: who talks or speaks "of" something names its topic, and
// holds no talks with those in it.
func TestTalkedOf(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Kenyan minister also talked of the rivalry between Uganda and Tanzania over the lake.", nil},
		{"The Kenyan minister talked with Uganda about the lake.", []string{"KENGOV>UGA:040"}},
	})
}

// TestLeadersOfStates: "X of Kenya and Y of Uganda", with Y hung on
// "Kenya" by the parse, are both subjects, and so are the names a plural
// title heads ("Prime Ministers X of Kenya and Y of Uganda").
func TestLeadersOfStates(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"William Ruto of Kenya and Yoweri Museveni of Uganda signed a trade agreement.", []string{"KENGOV>UGAGOV:057", "UGAGOV>KENGOV:057"}},
		{"Prime Ministers William Ruto of Kenya and Yoweri Museveni of Uganda signed a pact on the lake.", []string{"KENGOV>UGAGOV:057", "UGAGOV>KENGOV:057"}},
	})
}

// TestRalliedFollowers: who rallies people gathers support; only those
// who rally themselves demonstrate.
func TestRalliedFollowers(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Kenyan president rallied his supporters ahead of the vote.", nil},
		{"Kenyan teachers rallied on Monday.", []string{"KENEDU>:141"}},
	})
}

// TestHandedOverTheRest: a share of what a pattern names ("the bulk of
// their weapons") is still it, when the parse reads the particle "over" as a
// preposition.
func TestHandedOverTheRest(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Ugandan rebels handed over the bulk of their weapons to the African Union.", []string{"UGAREB>IGOAFRAFU:0873"}},
	})
}

// TestPortfolioMinister: a minister's portfolio ("Industry Minister",
// "Police Minister") says what the minister is in charge of; the minister
// is the government's, not industry's or the police's.
func TestPortfolioMinister(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Kenyan Industry Minister urged Uganda to lower its tariffs.", []string{"KENGOV>UGA:020"}},
		{"Kenyan Police Minister John Okello urged Uganda to lower its tariffs.", []string{"KENGOV>UGA:020"}},
		{"A Kenyan army spokesman urged Uganda to lower its tariffs.", []string{"KENMIL>UGA:020"}},
	})
}

// TestFoughtWithInAWarAgainst: whom one fights "with" in a war or a fight
// "against" someone is an ally; the foe is whom the war is against.
func TestFoughtWithInAWarAgainst(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Ugandan rebels who had fought with Kenyan troops in the fight against the Somali militia have now joined the army.", []string{"UGAREB>SOMREB:190"}},
		{"Ugandan rebels fought with Kenyan troops near the border.", []string{"UGAREB>KENMIL:190"}},
	})
}

// TestFightingTerrorism: terrorism fought is a policy's aim, no one fought
// (not the state where it is fought); terrorists fought are.
func TestFightingTerrorism(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya will fight terrorism in Somalia.", nil},
		{"Kenyan troops fought the terrorists in Somalia.", []string{"KENMIL>SOMREB:190"}},
	})
}

// TestWeaponsOfConjoined: an "of" phrase on the last of conjoined weapons
// names whose they all are ("drones and arms depots of the militants").
func TestWeaponsOfConjoined(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenyan jets bombed the drones and arms depots of the Somali militants.", []string{"KEN>SOMREB:195"}},
	})
}

// TestPhoneConversation: a phone or telephone conversation, contact or
// meeting between two leaders is held by telephone (041).
func TestPhoneConversation(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The resignation followed a phone conversation between the Kenyan president and the Ugandan president.", []string{"KENGOV>UGAGOV:041"}},
		{"The resignation followed a conversation between the Kenyan president and the Ugandan president.", []string{"KENGOV>UGAGOV:040"}},
	})
}

// TestBetweenStranded: the second party of "a meeting between X and Y",
// which the parse made a subject of the clause beside the meeting, is
// still the meeting's.
func TestBetweenStranded(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The meeting between the Kenyan president and the Ugandan president ended on Monday.", []string{"KENGOV>UGAGOV:040"}},
	})
}

// TestTalkedOverThePhone: talks "over the telephone" are held by phone
// (041); talks over lunch are not.
func TestTalkedOverThePhone(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Kenyan minister said he talked to the Ugandan minister over the telephone on Sunday.", []string{"KENGOV>UGAGOV:041"}},
		{"The Kenyan minister talked with the Ugandan minister over lunch.", []string{"KENGOV>UGAGOV:040"}},
	})
}

// TestBlastedByWarships: armed forces that blast a thing fire on it; what
// they blast in words (a report, a plan, a government) is criticised.
func TestBlastedByWarships(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenyan warships blasted the Ugandan oil platform.", []string{"KENMIL>UGA:190"}},
		{"The Kenyan army blasted the Ugandan report as false.", []string{"KENMIL>UGA:110"}},
		{"The Kenyan army blasted the Ugandan government.", []string{"KENMIL>UGAGOV:110"}},
	})
}

// TestCongressByNameAlone: "Congress" alone is the United States' where
// the state in context has no Congress; a state with one keeps its own.
func TestCongressByNameAlone(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Japan will cut its tariffs on rice. Congress urged Japan to lower its farm subsidies.", []string{"JPN>:0351", "USALEG>JPN:020"}},
		{"Peru will cut its tariffs on rice. Congress urged the president to open the markets.", []string{"PER>:0351", "PERLEG>PERGOV:020"}},
	})
}

// TestDefendingThePrice: a price or a currency defended is propped up in
// the market, not defended in words (052); a state defended is.
func TestDefendingThePrice(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya is deliberately defending the price of coffee.", nil},
		{"Kenya defended the shilling.", nil},
		{"Kenya defended Uganda.", []string{"KEN>UGA:052"}},
	})
}

// TestTradeAndIndustryBodies: ministries whose names join two portfolios
// with "and" are one body of their state's government (not Kenya's by
// context, nor a government of no state), and the officials "from the
// Japanese" one are its people.
func TestTradeAndIndustryBodies(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Department of Trade and Industry said Kenya must lower its tariffs.", []string{"GBRGOV>KEN:100"}},
		{"The Ministry of International Trade and Industry asked Kenyan exporters to cut shipments.", []string{"JPNGOV>KENBUS:020"}},
		{"Three officials from the Japanese Ministry of International Trade and Industry (MITI) will meet Kenyan officials.", []string{"JPNGOV>KENGOV:036"}},
	})
}
