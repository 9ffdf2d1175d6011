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
