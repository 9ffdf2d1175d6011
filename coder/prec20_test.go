package coder_test

import "testing"

// TestIllFought: an ill, a mood or a blaze quelled, combated or fought is
// no force used against anyone; rebels fought still are.
func TestIllFought(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya Airways wants to quell mounting friction with Uganda.", nil},
		{"The Kenyan central bank vowed to combat inflation.", nil},
		{"Ugandan firemen fought the fires near the border.", nil},
		{"Ugandan troops fought the rebels near the border.", []string{"UGAMIL>REB:190"}},
	})
}

// TestTermOfOffice: a term accepted is a term of office, not the terms of
// a deal, which a side yields to.
func TestTermOfOffice(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Okello would not accept a fourth term as governor of the Kenyan central bank.", nil},
		{"Okello will not accept a second term.", nil},
		{"Uganda accepted the terms of the Kenyan government.", []string{"UGA>KENGOV:080"}},
	})
}

// TestMarketDemand: demand met or satisfied in the singular is a market's
// ("bought jets to meet strong demand among safari tourists"); a side's demands met are a
// yield to that side, and a demand accepted still is.
func TestMarketDemand(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya Airways bought jets to meet strong demand among safari tourists.", nil},
		{"Uganda met the demands of the striking teachers.", []string{"UGA>EDU:080"}},
		{"Uganda accepted the demand of the teachers.", []string{"UGA>EDU:080"}},
	})
}

// TestSpeakingFrom: where one speaks from is no one consulted, and a role
// noun that only says what kind of place it is ("a refugee camp") is no
// antecedent of the speaker's "she".
func TestSpeakingFrom(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Speaking from a refugee camp near Kakuma, Okello said she would sue Uganda.", []string{"\"Okello\">UGA:115"}},
		{"The Kenyan envoy, speaking from Kampala, said Uganda had broken the deal.", nil},
		{"The Kenyan president spoke to Ugandan officials.", []string{"KENGOV>UGAGOV:040"}},
	})
}

// TestDislocatedTitle: the office of a title that opens the sentence,
// with the holder's name between commas after it, is the holder's.
func TestDislocatedTitle(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The director of the Kenyan intelligence agency, John Okello, has accused Uganda of sheltering rebels.", []string{"KENSPY>UGA:112"}},
	})
}

// TestSystemNotArms: a system is arms when a word of arms or a name
// modifies it; one some other common word modifies is no military aid.
func TestSystemNotArms(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya shipped a new test system to Uganda.", []string{"KEN>UGA:070"}},
		{"Russia delivered two S-400 systems to Turkey.", []string{"RUS>TUR:072"}},
		{"The United States sold an air defence system to Kenya.", []string{"USA>KEN:072"}},
	})
}

// TestRecipientFirst: the recipient named before the thing given is whom
// "to" would name after it; a contract, damages or a pay rise awarded is
// business or a judgment, no honour.
func TestRecipientFirst(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Israel sold Uganda a missile defence system.", []string{"ISR>UGA:072"}},
		{"Uganda awarded Kenya a 5 million dollar grant.", []string{"UGA>KEN:071"}},
		{"The Kenyan defence ministry awarded a new contract to Acme Corp.", nil},
		{"The Kenyan president awarded a medal to the Ugandan president.", []string{"KENGOV>UGAGOV:051"}},
	})
}

// TestNamedModifierAntecedent: a name that modifies a noun ("the Museveni
// government") may still be whom "he" names, where a role noun that does
// ("a refugee camp") is not (TestSpeakingFrom).
func TestNamedModifierAntecedent(t *testing.T) {
	p := pipeline(t)
	d := codeNewsOn(t, p, "The Museveni government said he would visit Kenya.", "2023-06-01")
	got := "(no mention)"
	for _, m := range d.Mentions {
		if d.Text(m.Span) == "he" {
			got = m.Actor.Code
		}
	}
	if got != "UGAGOV" {
		t.Errorf("he: code %q, want UGAGOV (Museveni)", got)
	}
}
