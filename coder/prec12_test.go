package coder_test

import (
	"testing"

	"dyad/doc"
)

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

// TestRelativeReported: what a relative clause reports its noun did is
// that noun's act, claimed by the reporter ("a man who officials say
// attacked ..."); the reporter is not the noun.
func TestRelativeReported(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Uganda jailed a Kenyan man who officials say attacked a Ugandan army post.", []string{"UGA>KENCVL:173", "KENCVL>UGAMIL:190"}},
		{"The Somali militants, who Kenyan police said killed three Ugandan soldiers, were arrested.", []string{"SOMREB>UGAMIL:190"}},
	})
}

// TestRelativeReporterNotNoun: the reporter of a relative clause is not
// the noun the clause is about: "they" who say the militants bombed a bus
// are not the militants.
func TestRelativeReporterNotNoun(t *testing.T) {
	p := pipeline(t)
	text := "Kenyan police arrested two Somali militants who they said bombed a bus."
	d := codeNews(t, p, text)
	for _, e := range d.Events {
		if e.Code.String() != "183" {
			continue
		}
		if e.ClaimedBy.Voice != doc.SpeakerVoice {
			t.Fatalf("%s: bombing claimed in voice %v, want a speaker's", text, e.ClaimedBy.Voice)
		}
		if m := e.ClaimedBy.Mention; m >= 0 && d.Mentions[m].Actor.Code == "SOMREB" {
			t.Errorf("%s: bombing claimed by the militants themselves", text)
		}
		return
	}
	t.Errorf("%s: no bombing (183) among %d events", text, len(d.Events))
}

// TestChallengeToAct: challenging a state to do something calls on it to
// act. (Challenging someone's plan to do something stays disapproval:
// TestEventClasses, "someone else's plan to attack".)
func TestChallengeToAct(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Kenyan minister challenged Uganda to match the offer.", []string{"KENGOV>UGA:020"}},
	})
}

// TestNoAppealNoRefusal: refusing to deny says nothing either way, as
// declining comment does; pressing a state's case argues it and asks
// nothing of the state; what one enters a town to do is one's own act,
// not the town's.
func TestNoAppealNoRefusal(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya refused to deny that its troops had entered Somalia.", nil},
		{"A Kenyan survey ship, flanked by warships, sailed for the lake to press Nairobi's case.", nil},
		{"Kenyan troops would enter Kismayo to assist the Somali army.", []string{"KENMIL>SOMMIL:033"}},
	})
}

// TestCompanyOfficer: a title right after a company's name no entry knows
// is the company's officer, not an officer of the state in context.
func TestCompanyOfficer(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Acme Holdings Ltd president John Kamau urged Kenya to cut interest rates.", []string{"BUS>KEN:020"}},
		{"Kenyan President Uhuru Kenyatta urged Uganda to cut tariffs.", []string{"KENGOV>UGA:020"}},
	})
}

// TestIntentToDefeat: meaning to defeat someone is no intent to cooperate
// with them.
func TestIntentToDefeat(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya vowed to defeat al-Shabaab.", nil},
		{"Young Kenyans say they offer their blood to defeat al-Shabaab.", nil},
		{"Kenya vowed to rebuild Somalia.", []string{"KEN>SOM:030"}},
	})
}

// TestOwnSanctions: a penalty's nationality that is the source's own names
// who imposes it, not on whom.
func TestOwnSanctions(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"In announcing the Kenyan sanctions on Monday, President Uhuru Kenyatta said they could end within a month.", nil},
		{"Kenya announced sanctions on Uganda.", []string{"KEN>UGA:163"}},
	})
}

// TestHarmedInCustody: one harmed in a state's prison with no agent named
// is harmed by the state that holds the prison.
func TestHarmedInCustody(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kamau was tortured in a Ugandan prison.", []string{"UGA>:1822"}},
		{"Two Kenyan journalists were beaten in a Ugandan prison.", []string{"UGA>KENMED:182"}},
		{"Two Kenyan prisoners were released from a Ugandan jail.", nil},
	})
}
