package coder_test

import "testing"

// TestExpectedToAct: what one expects another to do is the other's act,
// and only expected: no event, and none by the one who expects it.
func TestExpectedToAct(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Ruto said he expected the Kenyan court to overturn the ruling.", nil},
		{"Kenya expects the Ugandan army to attack the rebels.", nil},
	})
}

// TestWantOtherToAct: wanting another to act is a call on it to act, as
// the CAMEO dictionary codes it (an appeal, 02), not an intent of one's
// own; wanting to act oneself stays an intent, also where a relative
// clause's noun stands before the verb.
func TestWantOtherToAct(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya wants Uganda to release the prisoners.", []string{"KEN>UGA:0253"}},
		{"Kenya wants to release the prisoners.", []string{"KEN>CVL:0353"}},
		{"Kenya raised questions that Uganda wants to discuss with Tanzania.", []string{"UGA>TZA:036"}},
	})
}

// TestCompanyPeople: a spokesman or an official of a company whose name
// starts with a country's is the company's (that country's business),
// not the state's.
func TestCompanyPeople(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"A spokesman for Kenya Airways criticized Uganda.", []string{"KENBUS>UGA:110"}},
		{"An official of the Kenya National Oil Corp criticized Uganda.", []string{"KENBUS>UGA:110"}},
		{"A spokesman for the Kenyan Foreign Ministry criticized Uganda.", []string{"KENGOV>UGA:110"}},
	})
}

// TestCountedTargetPhrase: the target phrase a parse hangs on what the
// object counts ("a salvo of missiles at Nairobi") is the act's target.
func TestCountedTargetPhrase(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Ugandan militants launched a volley of missiles at Nairobi.", []string{"UGAREB>KEN:194"}},
		{"Ugandan insurgents fired a salvo of missiles at Kenyan positions.", []string{"UGAINS>KEN:194"}},
	})
}

// TestLoyalForces: forces loyal to a state's leader are that state's, as
// forces led by him are.
func TestLoyalForces(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Forces loyal to the Kenyan president shelled Ugandan villages.", []string{"KENMIL>UGA:194"}},
		{"Troops loyal to President Ruto attacked Uganda.", []string{"KENMIL>UGA:190"}},
	})
}

// TestDoubtedAttack: an attack one claims may not take place is no
// attack, and none by the one who claims it.
func TestDoubtedAttack(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"In his speech Ruto claims a raid on Uganda may not take place.", nil},
	})
}

// TestQuotedSpeaker: the words of one quoted ("quoted X as saying") are
// X's, "I" and "he" in them too, also where no dictionary codes X: they
// are never the quoting company's.
func TestQuotedSpeaker(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{`The company quoted Boyd Otieno as saying, "I fully accept responsibility for the raid on Uganda."`, nil},
		{"The company quoted Boyd Otieno as saying he accepted responsibility for the raid on Uganda.", nil},
		{`The ministry quoted Ruto as saying, "We attacked Uganda."`, []string{"GOV>KENGOV:010", "KENGOV>UGA:190"}},
	})
}

// TestQuotedThirdPerson: in a speaker's own words in quotation marks a
// pronoun of the third person that nothing resolves is not the speaker
// (that is "I" or "we"): "it", "they" are things or others.
func TestQuotedThirdPerson(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{`Ruto told reporters on Tuesday: "It will help us reopen the border."`, nil},
		{`"Now they are rising, compelling Uganda to import more," Ruto said.`, nil},
		{`Ruto said it would help Uganda reopen the border.`, []string{"KENGOV>UGA:033"}},
	})
}

// TestHyphenedBacker: the people of a body named after a hyphened
// modifier that says who leads or backs it ("Kurdish-led", "US-backed")
// are the body's, not the backer's, nor of no one.
func TestHyphenedBacker(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Uganda criticised leaders of the US-backed Syrian Democratic Forces.", []string{"UGA>SYRREB:110"}},
		{"Uganda criticised three leaders of the Kurdish-led Syrian Democratic Forces.", []string{"UGA>SYRREB:110"}},
	})
}

// TestSpokesmanForUnnamed: a spokesman or an official for a body no
// entry names is of no one known, not a government's: the event keeps
// the words that name them.
func TestSpokesmanForUnnamed(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"A spokesman for Halvorsen criticized Kenya.", []string{`"A spokesman for Halvorsen">KEN:110`}},
		{"A spokeswoman for Marigold condemned Uganda.", []string{`"A spokeswoman for Marigold">UGA:111`}},
		{"A spokeswoman for the interior ministry criticized Kenya.", []string{"GOV>KEN:110"}},
	})
}

// TestSpokesmanForLeader: a spokesman for a leader named without his
// title speaks for the leader's state, as one for "President X" does.
func TestSpokesmanForLeader(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"A spokesman for Ruto criticized Uganda.", []string{"KENGOV>UGA:110"}},
		{"A spokeswoman for President Ruto criticized Uganda.", []string{"KENGOV>UGA:110"}},
	})
}

// TestContactRelative: two who back a plan in a relative clause without
// "that" back the plan, not each other.
func TestContactRelative(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya drafted a plan Ruto and Museveni backed.", nil},
	})
}

// TestRelativeObject: the noun a relative clause hangs on is the object
// it leaves out ("the pact (that) Kenya signed with Tanzania" is a pact
// signed), not when the clause takes it through an oblique ("a pact in
// which ..."), nor when the noun is the object of another act (its
// history: "criticised the pact Kenya signed").
func TestRelativeObject(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The pact that Kenya signed with Tanzania was hailed.", []string{"KEN>TZA:057"}},
		{"Ruto said the deal Kenya signed with Tanzania was fair.", []string{"KEN>TZA:057"}},
		{"Uganda criticised the pact Kenya signed with Tanzania.", []string{"UGA>:110"}},
		{"Kenya and Uganda signed a pact in which Uganda agreed to reopen the border.", []string{"KEN>UGA:057", "UGA>KEN:057"}},
	})
}

// TestAppositionGender: a description in apposition to a person is that
// person, of the sex the first name gives: "she" after "Mark Otieno, an
// activist" is not the activist.
func TestAppositionGender(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Mark Otieno, an activist, praised Uganda. She later criticised Kenya.", []string{"OPP>UGA:051"}},
		{"Mary Otieno, an activist, praised Uganda. She later criticised Kenya.", []string{"OPP>UGA:051", "OPP>KEN:110"}},
	})
}
