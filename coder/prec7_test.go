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

// TestAidStoppedWhereItWent: aid suspended or halted in a place is aid
// stopped to it (162), as aid stopped "to" it is.
func TestAidStoppedWhereItWent(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The United Nations had suspended relief deliveries in Uganda.", []string{"IGOUNO>UGA:162"}},
		{"The UN halted aid deliveries in northern Uganda.", []string{"IGOUNO>UGA:162"}},
		{"Kenya suspended aid to Uganda.", []string{"KEN>UGA:162"}},
	})
}

// TestAttacksAgainstNotTheirMakers: what an attack is against is not who
// makes it, when the parse took it for the subject; the attacker
// conjoined to an opening phrase is still the subject.
func TestAttacksAgainstNotTheirMakers(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"In recent weeks, Kenyan airstrikes against the opposition-held Gulu district have killed scores.", []string{"KEN>UGA:190"}},
	})
}

// TestCommunityLeaders: community leaders hold no state office; the list
// of protesters after an opening phrase all protest.
func TestCommunityLeaders(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Before the game, Ugandan community leaders, refugees and activists held a rally by the arena against the Kenyan government.",
			[]string{"UGACVL>KENGOV:141", "UGAREF>KENGOV:141", "OPP>KENGOV:141"}},
		{"Ugandan community leaders held a rally against the government.", []string{"UGACVL>UGAGOV:141"}},
	})
}

// TestOtherGivenName: a surname the dictionary knows after a given name
// its person does not bear is another person, no one the dictionary
// knows; the person's own given name, a variant of it, an initial or a
// party word before the surname keep the dictionary's person.
func TestOtherGivenName(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenyan police arrested Hunter Kagame.", []string{"KENCOP>:173"}},
		{"Kenyan police arrested Paul Kagame.", []string{"KENCOP>RWAGOV:173"}},
		{"Kenyan police arrested Paul B. Kagame.", []string{"KENCOP>RWAGOV:173"}},
		{"Kenyan police arrested Patriotic Front leader Kagame.", []string{"KENCOP>RWAGOV:173"}},
		{"Socialist Kagame met Uganda's president.", []string{"RWAGOV>UGAGOV:040"}},
	})
}

// TestTheirOwnStance: "their" in the object is the subject's when the
// subject is a body's people ("Water Ministry officials"), not a plural
// actor of the sentence before.
func TestTheirOwnStance(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Ugandan diplomats criticised the plan. Kenyan Water Ministry officials defended their record.", []string{"UGAGOV>:110", "KENGOV>:052"}},
	})
}

// TestJuriesAndFloorLeaders: a grand jury is a court's; a legislature's
// majority or minority leader is the legislature's, not the government's;
// the Inter-American Development Bank written without its hyphen is
// still that bank.
func TestJuriesAndFloorLeaders(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"A Kenyan grand jury charged the Ugandan businessman with fraud.", []string{"KENJUD>UGABUS:115"}},
		{"Kenya's Senate Majority Leader urged Uganda to act.", []string{"KENLEG>UGA:020"}},
		{"Kenya asked the Inter American Development Bank for a loan.", []string{"KEN>IGODEV:023"}},
	})
}

// TestOtherStatesBodies: a body's name the dictionary gives one state
// ("Ministry of Defence", the UK's; "Department of State", the US's)
// named for another state is that state's; a longer name it begins
// ("Department of State Protection Service") is another agency's.
func TestOtherStatesBodies(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya's Ministry of Defence signed a deal with Uganda.", []string{"KENMIL>UGA:057"}},
		{"The Kenyan Ministry of Defence signed a deal with Uganda.", []string{"KENMIL>UGA:057"}},
		{"The Ministry of Defence signed a deal with Uganda.", []string{"GBRMIL>UGA:057"}},
		{"Kenya's Department of State Protection Service arrested the Ugandan journalist.", []string{"KENGOV>UGAMED:173"}},
		{"The Department of State Protection Service arrested the Ugandan journalist.", []string{`"The Department of State Protection Service">UGAMED:173`}},
	})
}

// TestSupportHeldUp: accounts, values, contracts and systems supported
// are held up or serviced, no one endorsed; a policy or a state
// supported still is.
func TestSupportHeldUp(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya is seeking new loans to support its external payments balance.", nil},
		{"The Ugandan firm bought new equipment to support its contracts.", nil},
		{"Kenyan traders were supporting spot values at the port.", nil},
		{"Kenya supported Uganda.", []string{"KEN>UGA:051"}},
	})
}

// TestGuildIsNoPerson: a guild or federation that people form, named
// after them, is a body "it" refers to, not a person nor the country its
// name ends in.
func TestGuildIsNoPerson(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Farmers Guild of Uganda said it agreed to meet with the government.", []string{"AGR>UGAGOV:036"}},
	})
}

// TestFreedPlaces: a town freed from someone is taken from them (192, as
// "liberated"); land "freed" is a boast of conquest; people freed are
// released.
func TestFreedPlaces(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenyan troops freed the town from the rebels.", []string{"KENMIL>REB:192"}},
		{"The militias say they freed the land.", nil},
		{"Kenya freed the Ugandan prisoners.", []string{"KEN>UGACVL:0841"}},
	})
}

// TestCivilianKit: equipment or a system named for a civilian use is no
// arms: given, it is aid (070); bought, trade (061); sold, nothing the
// code book codes. Unnamed or military equipment stays military (072).
func TestCivilianKit(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya sent medical equipment to Uganda.", []string{"KEN>UGA:070"}},
		{"Kenya bought a cable television system from Uganda.", []string{"KEN>UGA:061"}},
		{"Kenya sold telecommunications equipment to Uganda.", nil},
		{"Kenya sent military equipment to Uganda.", []string{"KEN>UGA:072"}},
		{"Kenya bought an air defence system from Uganda.", []string{"KEN>UGA:062"}},
	})
}

// TestCalledForMeeting: calling for a meeting, summit or session appeals
// to meet (026), as requesting one does; congressional and parliamentary
// leaders are the legislature's.
func TestCalledForMeeting(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya pressed for an urgent session of the Security Council.", []string{"KEN>IGOUNO:026"}},
		{"Kenya called for a summit with Uganda.", []string{"KEN>UGA:026"}},
		{"Kenyan parliamentary leaders met the president.", []string{"KENLEG>KENGOV:040"}},
	})
}

// TestPassiveAgentsNotEachOther: the conjoined agents of a passive, its
// subject a thing or hung elsewhere by the parse, did the act to that
// thing, not to each other.
func TestPassiveAgentsNotEachOther(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The senators voted for a plan supported by the Kenyan opposition and the government.", nil},
		{"The senators will vote for a plan -- supported by the Kenyan opposition and the government -- that cuts taxes.", nil},
		{"Talks were held by Kenya and Uganda.", []string{"KEN>UGA:046", "UGA>KEN:046"}},
	})
}

// TestClashedWithEachOther: states, troops, fighters or police who clash
// with no one named clash with each other (190); ministers who clash, or
// states that clash over trade, clash in words.
func TestClashedWithEachOther(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya and Uganda clashed.", []string{"KEN>UGA:190", "UGA>KEN:190"}},
		{"Kenyan and Ugandan troops clashed over the disputed border.", []string{"UGAMIL>KENMIL:190", "KENMIL>UGAMIL:190"}},
		{"Kenya and Uganda clashed over trade.", nil},
		{"The two ministers clashed over the budget.", nil},
	})
}
