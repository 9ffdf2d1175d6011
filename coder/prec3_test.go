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
