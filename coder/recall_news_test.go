package coder_test

import "testing"

// TestNoEventRecall holds made-up sentences of constructions that gave no
// event at all (issue 4, the PLOVER dyads "no event in the sentence"
// misses): each must give the event SRC>TGT:CODE.
func TestNoEventRecall(t *testing.T) {
	cases := []struct{ text, want string }{
		// a unit named after its force before its people: the force acts
		{"Kenyan National Police Fraud Unit officers detained 14 Ugandan men.", "KENCOP>UGACVL:173"},
		{"Uganda Revenue Authority Customs Unit officials criticized Kenya.", "UGAGOV>KEN:110"},
		// local government bodies and artists are actors (agents.txt)
		{"The county commission halted its mediation with the Kenyan government.", "GOV>KENGOV:165"},
		{"The city council criticized the Kenyan government.", "GOV>KENGOV:110"},
		{"Musicians have lifted a boycott of the Kenyan university.", "CVL>KENEDU:085"},
		// a complaint that someone did something criticises them
		{"Kenyan officials complained that Uganda had blocked the convoy.", "KENGOV>UGA:111"},
		{"Kenya complained about Uganda.", "KEN>UGA:111"},
		// the subject after an opening phrase's comma, not a conjunct in it
		{"Following a crisis meeting of envoys in the port city of Mombasa on Friday, the Arab League condemned Eritrea.", "IGOMEAARL>ERI:111"},
	}
	p := pipeline(t)
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			d := codeNews(t, p, tc.text)
			hasEvent(t, d, tc.want)
		})
	}
}
