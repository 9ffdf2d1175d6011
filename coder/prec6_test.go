package coder_test

import "testing"

// TestWithheldPermission: not giving leave, in any tense, is refusing it;
// not doing something else only says the act is yet to come, and
// "cannot allow" is resolve, not a refusal given.
func TestWithheldPermission(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya did not allow the Ugandan plane to land.", []string{"KEN>UGA:1245"}},
		{"Kenya did not authorise a rally by the Ugandan opposition.", []string{"KEN>UGAOPP:1245"}},
		{"Kenya did not release the Ugandan prisoners.", nil},
		{"Kenya cannot allow Ugandan rebels to violate its borders.", nil},
		{"Kenya cannot permit itself the luxury of waiting for Uganda.", nil},
		{"Kenya did not permit itself a pause in its talks with Uganda.", nil},
	})
}

// TestIntentToOffer: agreeing or promising to offer aid is the offer of
// aid (033), not only an intent to cooperate; refusing to offer it
// rejects aid (122), and urging someone to offer it appeals for aid (023).
func TestIntentToOffer(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya has agreed to offer aid to Uganda.", []string{"KEN>UGA:033"}},
		{"Kenya has promised to offer aid to Uganda.", []string{"KEN>UGA:033"}},
		{"Kenya has agreed to offer a new package of aid to the farming sector.", []string{"KEN>:033"}},
		{"Kenya refused to offer aid to Uganda.", []string{"KEN>UGA:122"}},
		{"Uganda urged Kenya to offer aid to the refugees.", []string{"UGA>KEN:023"}},
	})
}

// TestThreatenedThing: force threatened against a thing no dictionary
// names is a threat aimed at it, as the force would be; an intent to
// "attack" a thing is no threat (the family's fallback is for actors).
func TestThreatenedThing(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Uganda threatened to bomb the bridge.", []string{"UGA>:138"}},
		{"Uganda shelled the bridge.", []string{"UGA>:194"}},
		{"Uganda threatened to resign from the bloc.", nil},
		{"Kenya intends to attack the budget deficit.", nil},
	})
}

// TestLessWilling: "less" on a predicate adjective is a reluctance, not
// the intent or the threat the adjective would make.
func TestLessWilling(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya is less willing to talk to Uganda.", nil},
		{"Kenya is less likely to attack Uganda.", nil},
		{"Kenya is willing to talk to Uganda.", []string{"KEN>UGA:036"}},
	})
}

// TestAccusedOfAfterRelative: what the accused is accused of, after a
// relative clause on the accused, is no act of that clause's subject.
func TestAccusedOfAfterRelative(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Somalia is accusing Uganda, which supports the Kenyan militia that controls the town, of backing rebels on its border.", []string{"SOM>UGA:112", "UGA>KENREB:051"}},
	})
}

// TestStayingOut: readiness to stay or remain out of a dispute between
// two states is no intent to cooperate with either; staying with a
// partner still is.
func TestStayingOut(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya is ready to stay neutral in the quarrel between Uganda and Tanzania.", nil},
		{"Kenya is ready to remain aloof in the quarrel between Uganda and Tanzania.", nil},
		{"Kenya agreed to stay in the coalition with Uganda.", []string{"KEN>UGA:030"}},
	})
}

// TestTroopsWhereTheyAre: troops or forces "in" a state are not that
// state's by being there; the army in it still is.
func TestTroopsWhereTheyAre(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Allied forces in Somalia attacked the rebels.", []string{"MIL>REB:190"}},
		{"Kenya's president allowed more troops in Somalia.", []string{"KENGOV>KENMIL:086"}},
		{"The army in Somalia attacked the rebels.", []string{"SOMMIL>REB:190"}},
	})
}

// TestBackedForces: forces a state backs are not its own forces, nor any
// other state's in context; forces a state leads largely are.
func TestBackedForces(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"US-backed forces attacked the rebels in Somalia.", []string{"MIL>SOMREB:190"}},
		{"Kenya said US-backed forces attacked the rebels.", []string{"MIL>REB:190"}},
		{"US-led forces attacked the rebels.", []string{"USAMIL>REB:190"}},
	})
}

// TestBuildingsTaken: a stadium, hospital or school captured is a place
// taken (192), not people arrested (173).
func TestBuildingsTaken(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenyan troops captured the stadium in Kismayo.", []string{"KENMIL>SOM:192"}},
		{"Police captured the gunman at the station.", []string{"COP>REB:173"}},
	})
}

// TestStrikeOut: to strike out a claim is to reject it, no strike and no
// attack.
func TestStrikeOut(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya struck out the Ugandan lawsuit.", []string{"KEN>UGA:120"}},
		{"Kenyan planes struck rebel positions.", []string{"KEN>REB:190"}},
	})
}

// TestHandedOverAid: vehicles or medicines handed over are aid, not a
// release, also with no recipient named after "to".
func TestHandedOverAid(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya and UNICEF have handed over twelve ambulances to support clinics in Somalia.", []string{"KEN>SOM:070", "IGOUNOKID>SOM:070"}},
		{"Kenya handed over the prisoners.", []string{"KEN>CVL:0841"}},
	})
}

// TestReviewingThings: reviewing, examining or inspecting a thing is no
// investigation; reviewing someone's conduct, or a wrongdoing, still is.
func TestReviewingThings(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya is reviewing its refinery operations.", nil},
		{"Kenyan ministers will review the state of the economy.", nil},
		{"The Kenyan police are examining the security breaches at the embassy.", []string{"KENCOP>:090"}},
		{"Kenyan police are investigating the Ugandan trader.", []string{"KENCOP>UGABUS:090"}},
	})
}

// TestWordsNotArms: attacking a plan is criticism, fighting an order in
// court is rejection, and fighting a campaign for a cause against no one
// named is no use of force; attacking an army or fighting a war with a
// state still is.
func TestWordsNotArms(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Kenyan minister attacked the Ugandan budget plan.", []string{"KENGOV>UGA:111"}},
		{"The Kenyan opposition leader fought the extradition order.", []string{"KENOPP>:120"}},
		{"The Kenyan lawyers' union fought a lengthy campaign for a new law.", nil},
		{"Kenya attacked the Ugandan army.", []string{"KEN>UGAMIL:190"}},
		{"Kenyan troops fought a fierce battle with Somali rebels.", []string{"KENMIL>SOMREB:190"}},
	})
}

// TestScheduledAndMetObligations: what one is scheduled to do is meant,
// not done; meeting a debt or a deadline is no meeting, and meeting
// someone's demands is yielding to them.
func TestScheduledAndMetObligations(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Kenyan president is scheduled to visit Uganda.", []string{"KENGOV>UGA:036"}},
		{"Kenyan banks are raising capital to meet South American loan problems.", nil},
		{"Kenya met the deadline set by Uganda.", nil},
		{"Kenya accepted the ultimatum from Uganda.", []string{"KEN>UGA:080"}},
		{"Kenya's president met the Ugandan envoy.", []string{"KENGOV>UGAGOV:040"}},
	})
}

// TestAskedForAsylum: asking or applying for asylum in a state appeals to
// it, also when the parse hangs the state on "asylum".
func TestAskedForAsylum(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Ugandan opposition leader asked for asylum in Kenya.", []string{"UGAOPP>KEN:023"}},
		{"Two Ugandan journalists applied for asylum in Kenya.", []string{"UGAMED>KEN:023"}},
	})
}

// TestTroopsHome: returning one's own troops home is a withdrawal (087),
// from where they leave; returning another state's soldiers is a release.
func TestTroopsHome(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya is returning its troops home from Somalia.", []string{"KEN>SOM:087"}},
		{"Kenya returned the captured Ugandan soldiers home.", []string{"KEN>UGAMIL:084"}},
	})
}

// TestTheyArmedGroup: "they" as a subject may be an armed group named as
// one ("al-Shabaab ... They released him"); "them" is not sent to it.
func TestTheyArmedGroup(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Kenyan journalist was captured by al-Shabaab in 2012. They released him last year.", []string{"SOMREB>KENMED:173", "SOMREB>KENMED:084"}},
		{"The Kenyan journalist was captured by rebels in 2012. They released him last year.", []string{"REB>KENMED:173", "REB>KENMED:084"}},
	})
}

// TestTalksHalted: talks suspended or broken off with no partner named
// are still negotiations halted, with the talks as the target's text;
// talks ended after a meeting are concluded, not halted.
func TestTalksHalted(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya broke off the negotiations.", []string{"KEN>:164"}},
		{"Kenya suspended talks with Uganda.", []string{"KEN>UGA:164"}},
		{"Kenyan ministers ended their talks after adopting three resolutions.", nil},
	})
}

// TestPartOfWhole: a part of what a pattern names ("40 percent of their
// weapons", "half of the prisoners") is that thing for the pattern.
func TestPartOfWhole(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Somali rebels will hand over 40 percent of their weapons to Kenyan monitors.", []string{"SOMREB>KEN:0356"}},
		{"Kenya released half of the Ugandan prisoners.", []string{"KEN>UGACVL:0841"}},
	})
}

// TestPromisedSupportFor: support promised for or to someone is meant for
// them (032), also when the "for" phrase names their efforts.
func TestPromisedSupportFor(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya's ambassador promised Nairobi's support for Somali efforts to rebuild the economy.", []string{"KENGOV>SOM:032"}},
		{"Kenya promised its support to Uganda.", []string{"KEN>UGA:032"}},
	})
}

// TestLeaderOwnParliament: the parliament, courts or police a state's
// leader acts on in the same sentence are that state's, not those of the
// state named in the sentence before; a minister such a leader meets may
// be anyone's.
func TestLeaderOwnParliament(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Uganda attacked a convoy near the border on Monday. President Uhuru Kenyatta urged parliament to approve new funds for the army.",
			[]string{"UGA>:190", "KENGOV>KENLEG:022"}},
	})
}
