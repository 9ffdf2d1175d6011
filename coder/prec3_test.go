package coder_test

import "testing"

// TestQuotedAs: what an outlet "quoted" someone "as" saying or doing is
// the quoted one's, not the outlet's ("Kyodo quoted Fumio Kishida as
// criticising China").
func TestQuotedAs(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kyodo quoted Fumio Kishida as criticising China.", []string{"JPNGOV>CHN:110"}},
		{"Xinhua quoted Wang Yi as praising Pakistan.", []string{"CHNGOV>PAK:051"}},
		{"The agency quoted Sergei Lavrov as telling reporters after meeting the Indian envoy that talks went well.", []string{"RUSGOV>:010", "RUSGOV>INDGOV:040"}},
	})
}

// TestActsAroundAnAct: what an act is done despite, because of or amid
// happened, whatever the act's own mood, and no one in that phrase is the
// act's target ("will meet despite the Iraqi attack on Kuwait"); what it
// is done after happened too when the act only may or would be done, but
// may be planned as well when the act is ("will hold a news conference
// after the talks").
func TestActsAroundAnAct(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The ministers will meet again despite the Iraqi attack on Kuwait.", []string{"IRQ>KWT:190"}},
		{"Because of the talks between Germany and France, the bank would be unlikely to cut rates.", []string{"DEU>FRA:046"}},
		{"The bank did not cut rates because of the talks between Germany and France.", []string{"DEU>FRA:046"}},
		{"Iran may retaliate after the Israeli strike on Damascus.", []string{"ISR>SYR:190"}},
		{"Ministers will hold a news conference after the talks between Israel and Egypt.", []string{"ISR>EGY:036"}},
	})
}

// TestEventNounsAhead: an event noun that the sentence's time to come
// dates is planned, not held ("Israel's talks with Egypt next Monday");
// talks that resume next week in a clause of their own are held now.
// Published Friday 2024-05-10.
func TestEventNounsAhead(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Israel's talks with Egypt next Monday are crucial.", "ISR>EGY:036 intended 2024-05-13"},
		{"Next week's visit to Cairo by the Israeli prime minister is crucial.", "ISRGOV>EGY:036 intended 2024-05-01"},
		{"Talks between Israel and Egypt, which resume next week, are stalled.", "ISR>EGY:046 asserted 2024-05-10"},
	}
	p := pipeline(t)
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			d := codeNewsOn(t, p, tc.text, "2024-05-10")
			var got []string
			for _, e := range d.Events {
				got = append(got, e.Source.Actor.Code+">"+e.Target.Actor.Code+":"+e.Code.String()+" "+e.Modality.String()+" "+e.Date.Format("2006-01-02"))
			}
			if len(got) != 1 || got[0] != tc.want {
				t.Errorf("events %q, want %q", got, tc.want)
			}
		})
	}
}

// TestUnitsAndTopics: a company's division or unit is the company's, no
// army ("Globex Corp's pharmaceutical division"); what talks are about
// is no partner in them ("talked about sanctions on a company").
func TestUnitsAndTopics(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Acme Corp said it is discussing a supply deal with Globex Corp's pharmaceutical division.", nil},
		{"The senator said he was talking about sanctions on a company that endangers Canada.", nil},
		{"Macron spoke to Scholz about Russia.", []string{"FRAGOV>DEUGOV:040"}},
		{"The Turkish president discussed Syria with Putin.", []string{"TURGOV>RUSGOV:040"}},
	})
}

// TestTroopsInContext: troops named with no country are the country that
// acts in the sentence before, or whose army it names, not the place
// where that sentence puts the fighting ("Turkey launched an offensive in
// northern Syria. Troops shelled ..."); the place is theirs when nothing
// else names a country, and when their own sentence names it.
func TestTroopsInContext(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Turkey launched an offensive in northern Syria on Sunday. Troops shelled Kurdish positions near Afrin.", []string{"TUR>SYR:190", "TURMIL>SYR:194"}},
		{"The Russian army advanced in eastern Ukraine. Troops shelled the town of Bakhmut.", []string{"RUSMIL>UKR:194"}},
		{"Heavy fighting broke out in Sudan. The army said it repelled an attack on Khartoum.", []string{"SDNMIL>:190"}},
	})
}

// TestNamedAfterPlaces: a body named after its place with words no entry
// knows is not that place's state ("Lyon Dynamics", "Toronto Dominion");
// where the words say where, it still is ("Kabul Airport").
func TestNamedAfterPlaces(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Brazil signed a supply deal with Lyon Dynamics.", []string{"BRA>:057"}},
		{"Brazil signed a supply deal with Toronto Dominion.", []string{"BRA>:057"}},
		{"Fighters attacked Kabul Airport on Monday.", []string{"REB>AFG:190"}},
	})
}

// TestCourtAppeals: a ruling, decision or verdict appealed is a case taken
// to a higher court, no appeal to anyone; appealing to a state to act is
// one.
func TestCourtAppeals(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The government appealed the ruling to the Supreme Court.", nil},
		{"The opposition will appeal the verdict against its leader.", nil},
		{"Pakistan appealed to India to release the fishermen.", []string{"PAK>IND:0253"}},
	})
}

// TestUnknownReporters: "it" or "they" as the subject of what a company
// or group no dictionary knows says is that company or group, not the
// last actor named ("Tass reported ... Acme Oil said it would sue"); a
// known reporter still lends its code.
func TestUnknownReporters(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Tass reported the talks. Acme Oil said it would sue the Brazilian government.", []string{`"Acme Oil">BRAGOV:115`}},
		{"Tass reported the talks. Acme Oil and Globex said they would sue the Brazilian government.", nil},
		{"Reuters reported the deal on Monday. The company said it asked Brazil for a loan.", []string{"BUS>BRA:023"}},
		{"Tass reported the talks. Kenya said it would sue the Brazilian government.", []string{"KEN>BRAGOV:115"}},
	})
}

// TestVenuesAndFigures2: a place before a meeting one declines to attend is
// where it is held, no one refused ("the Madrid meeting"); a war declared
// on inflation or waged against corruption is a policy, no force; one
// declared on drug cartels is.
func TestVenuesAndFigures2(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Portugal declined to attend the Madrid meeting on Friday.", []string{"PRT>:125"}},
		{"Spain declined to attend the Vienna OPEC meeting on Friday.", []string{"ESP>IGOOPC:125"}},
		{"The Argentine government declared war on inflation.", nil},
		{"Mexico declared war on the drug cartels.", []string{"MEX>CRM:190"}},
	})
}

// TestTitledFormerHolders: a dictionary person named with a state title
// after the office the dictionary gives him has ended is that office's
// country, not the country the sentence names ("President Hamid Karzai"
// in 2019, in a sentence about the US); "former president" is its elite.
// Published 2019-06-01.
func TestTitledFormerHolders(t *testing.T) {
	eachExactEventsOn(t, "2019-06-01", []newsEvents{
		{"Washington backed President Hamid Karzai with billions in aid.", []string{"USA>AFGGOV:051"}},
		{"Former president Hamid Karzai criticised the United States.", []string{"AFGELI>USA:110"}},
	})
}

// TestProGovernmentForces: forces named pro-government or pro-regime are
// no country's in context ("Israeli troops fired on a convoy of
// pro-government forces" fired on someone else).
func TestProGovernmentForces(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Israeli troops fired on a convoy of pro-government forces near the border.", []string{"ISRMIL>MIL:193"}},
	})
}

// TestSaidShouldBe: what one says someone "should be" done to, or
// "should know", asks nothing of them ("said Assad should be allowed to
// remain", "Kyiv should be punished", "Biden should know that ..."); what
// they should do is demanded of them ("Assad should step down").
func TestSaidShouldBe(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Moscow said Kyiv should be punished.", nil},
		{"Russia says the Syrian president should be allowed to stay in power.", nil},
		{"The spokeswoman said President Biden should know that the new attorney general is Jane Doe.", nil},
		{"Russia says the Syrian president should step down.", []string{"RUS>SYRGOV:1041"}},
	})
}

// TestPleas: a defendant's plea of guilty or not guilty is no appeal to
// the court ("pleaded guilty in the Supreme Court to charges ..."); one
// pleads with a state to act.
func TestPleas(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"A former deputy minister pleaded guilty in the Supreme Court to charges he took bribes.", nil},
		{"Pakistan pleaded with India to release the fishermen.", []string{"PAK>IND:0253"}},
	})
}

// TestCivilianChiefOfStaff: the chief of staff of a civilian seat of power
// is no army's ("White House chief of staff"); the Pentagon's is.
func TestCivilianChiefOfStaff(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"White House chief of staff Jane Roe criticised Iran.", []string{"USAGOV>IRN:110"}},
		{"The Pentagon chief of staff criticised Iran.", []string{"USAMIL>IRN:110"}},
	})
}

// TestForceUsed: force used against someone is force, so being ready to
// use it is a threat, not an intent to cooperate.
func TestForceUsed(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Iran is ready to use force against Iraq.", []string{"IRN>IRQ:138"}},
		{"Israel used force against Hamas.", []string{"ISR>PSEREB:190"}},
	})
}
