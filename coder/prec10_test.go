package coder_test

import (
	"maps"
	"testing"
)

// TestDomesticSubjectsGovernment: the government a country's own
// opposition speaks of is its own state's, though the sentence before
// named another government.
func TestDomesticSubjectsGovernment(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Uganda's government denied the raid. Kenyan opposition leader Raila Odinga accused the government of lying.", []string{"KENOPP>KENGOV:112"}},
		{"Uganda's government denied the raid. The Kenyan foreign minister accused the government of lying.", []string{"KENGOV>UGAGOV:112"}},
	})
}

// TestOrderedGoods: a firm that orders jets "valued at" a price buys
// them; the participle that prices them is no order's content.
func TestOrderedGoods(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya Airways ordered two Boeing jets valued at about 60 mln dlrs.", nil},
		{"Kenya Airways ordered a Boeing jet valued at about 60 mln dlrs.", nil},
		{"The Kenyan president ordered the army to withdraw.", []string{"KENGOV>KENMIL:100"}},
	})
}

// TestLeadersOwnArmy: the army a state's leader orders, with no other
// army named, is that state's.
func TestLeadersOwnArmy(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Kenyan president ordered the army to leave the capital.", []string{"KENGOV>KENMIL:100"}},
		{"The Kenyan president met the army chief of Uganda.", []string{"KENGOV>UGAMIL:040"}},
	})
}

// TestOnStrike: workers "on strike" and troops "on alert" are coded as
// going on strike or being put on alert are, though UD makes the noun
// the clause's head; a text "stricken" by a court is struck down.
func TestOnStrike(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenyan dockworkers are on strike in Mombasa.", []string{"KENLAB>KEN:143"}},
		{"Kenyan dockworkers were on strike against the Ugandan government.", []string{"KENLAB>UGAGOV:143"}},
		{"Kenyan troops were on high alert.", []string{"KENMIL>:152"}},
		{"The Kenyan minister was on the phone all day.", nil},
		{"The tax was stricken by the Kenyan Supreme Court.", nil},
	})
}

// TestForecastNoDemand: what anyone "should have" of a year or of growth
// is foreseen, no demand on them.
func TestForecastNoDemand(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya Airways should have another strong year, its chief executive Allan Kilavuka told analysts.", nil},
		{"Uganda should have steady growth in exports next year, the Kenyan minister said.", nil},
		{"Uganda should hold talks with Tanzania, the Kenyan minister said.", []string{"KENGOV>UGA:106"}},
	})
}

// TestReleasedIn: a release from captivity with no agent named is the
// act of the state where it happened, as an arrest there is; a text
// released somewhere frees no one.
func TestReleasedIn(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Two Kenyan journalists were freed in Mogadishu on Monday.", []string{"SOM>KENMED:0841"}},
		{"The remarks of the Ugandan minister were released in Nairobi.", nil},
		{"The Ugandan minister's speech was released in Nairobi.", nil},
	})
}

// TestTorturedIn: torture with no agent named, in a place, is the act of
// the state there, as an arrest there is.
func TestTorturedIn(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"A Kenyan journalist was tortured in a prison in Uganda.", []string{"UGA>KENMED:1822"}},
		{"Kenyan protesters were driven from their homes in Uganda.", nil},
	})
}

// TestDeclinedToTalkToReporters: declining to talk to the press is no
// comment, not a refusal to meet; declining to talk to a state is.
func TestDeclinedToTalkToReporters(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Kenyan minister declined to speak to reporters after the vote.", nil},
		{"The Kenyan minister refused to talk to Uganda.", []string{"KENGOV>UGA:125"}},
	})
}

// TestFirstPlaceIsNoForeignSetting: the place an article names first is
// the setting of a later sentence that names none, unless both parties
// of its event are states of other countries (there is no dateline).
func TestFirstPlaceIsNoForeignSetting(t *testing.T) {
	d := codeNews(t, pipeline(t), "Kenyan police arrested two Ugandan traders in Mombasa on Monday.\n\n"+
		"Uganda accused Tanzania of stoking the row.\n\n"+
		"Uganda accused Kenya of mistreating its traders.")
	want := map[string]string{"UGA>TZA:112": "", "UGA>KEN:112": "Mombasa", "KENCOP>UGABUS:173": "Mombasa"}
	got := map[string]string{}
	var all []string
	for _, e := range d.Events {
		k := e.Source.Actor.Code + ">" + e.Target.Actor.Code + ":" + e.Code.String()
		all = append(all, k)
		if _, ok := want[k]; !ok {
			continue
		}
		got[k] = ""
		if e.Place != nil {
			got[k] = e.Place.Name
		}
	}
	if !maps.Equal(got, want) {
		t.Errorf("places %v, want %v (events %v)", got, want, all)
	}
}

// TestMoneySetAside: money committed to a state or earmarked or
// allocated for it is economic aid; troops committed are not.
func TestMoneySetAside(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya committed 20 million dollars to Uganda's refugee programme.", []string{"KEN>UGA:071"}},
		{"Kenya earmarked 20 million dollars for Uganda.", []string{"KEN>UGA:071"}},
		{"Kenya committed itself to peace with Uganda.", nil},
	})
}

// TestDecisionByTo: a decision "by" someone "to" act is theirs, also where
// the parse hangs the by-phrase and the infinitive on the verb whose
// object the decision is.
func TestDecisionByTo(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Kenyan president has said the continent is going through dark times as he denounced decisions by Yoweri Museveni to quit the water treaty.", []string{"KENGOV>UGAGOV:111", "UGAGOV>:128"}},
		{"The Kenyan president criticised Uganda by phone to show his anger.", []string{"KENGOV>UGA:110"}},
	})
}

// TestSupportsRefugees: a state that supports a refugee population keeps
// it (aid), where one that supports a government backs it.
func TestSupportsRefugees(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya has long supported a large refugee population in its north.", []string{"KEN>REFCVL:070"}},
		{"Kenya supports the Somali government.", []string{"KEN>SOMGOV:051"}},
	})
}

// TestUnnamedTargetSpan: the target phrase of a name no dictionary knows
// is the whole name, also where the parse hangs its last words on one
// another, and ends before a date.
func TestUnnamedTargetSpan(t *testing.T) {
	p := pipeline(t)
	for _, tc := range []struct{ text, want string }{
		{"Kenya pardoned Peter Biar Ajak.", "Peter Biar Ajak"},
		{"The Kenyan court jailed Ochieng Wafula Barasa last December.", "Ochieng Wafula Barasa"},
	} {
		d := codeNews(t, p, tc.text)
		if len(d.Events) != 1 {
			t.Errorf("%q: %d events, want 1", tc.text, len(d.Events))
			continue
		}
		if got := d.Text(d.Events[0].Target.Span); got != tc.want {
			t.Errorf("%q: target %q, want %q", tc.text, got, tc.want)
		}
	}
}
