package coder_test

import (
	"strings"
	"testing"
)

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
		// a relative clause the parser hung on the verb: its pronoun is the
		// noun before the comma, and the infinitive after it the verb's
		{"Kenya criticised the Ugandan president, who has attacked Somalia.", "UGAGOV>SOM:190"},
		{"Kenya criticised Uganda, which has attacked Somalia.", "UGA>SOM:190"},
		{"The Kenyan government ordered the Ugandan newspaper, which is allied with the rebels, to close its office.", "KENGOV>UGAMED:100"},
		// a perfect verb the parser read as an adjective of its object
		{"A senior Kenyan official said today Uganda had shelled border villages.", "UGA>:194"},
		// a past tense read as a participle or an adjective before "food
		// supplies", with "supplies" the verb
		{"The Kenyan government halted food supplies to Uganda.", "KENGOV>UGA:162"},
		{"Kenya suspended food supplies to Uganda amid fears of theft.", "KEN>UGA:162"},
		// a second verb read as an adjective of its object, with the "and"
		// and the target hung on the first object
		{"Kenya has closed schools and imposed curfews.", "KEN>:1723"},
		{"Kenya has closed the border and imposed a blockade on Uganda.", "KEN>UGA:191"},
		{"Kenya has closed schools and imposed sanctions on Uganda.", "KEN>UGA:163"},
		// a phrasal verb's infinitive read as "to" and a noun
		{"Kenya has asked Uganda to hand over the suspects.", "KEN>UGA:0253"},
		{"Greece refused to hand over the suspects to Turkey.", "GRC>TUR:1243"},
		// a clause of "as" read as a prepositional phrase and a verb with no subject
		{"The crisis is likely to get worse as the Ugandan government expels Kenyan traders.", "UGAGOV>KENBUS:174"},
		// a threat in a participle after a letter sent is made to whom the
		// letter goes
		{"The Kenyan president sent a letter to the Ugandan president threatening to cut aid.", "KENGOV>UGAGOV:1311"},
		{"The Kenyan president sent a letter to the chairman of the African Union threatening to cut aid.", "KENGOV>IGOAFRAFU:1311"},
		// the World Health Organization's acronym is no pronoun
		{"Kenya urged the WHO to send more doctors.", "KEN>IGOUNOHLHWHO:020"},
		// a light noun's compound says what is eased
		{"Egypt eased curfew hours in North Sinai.", "EGY>:0813"},
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

// TestRelativeClauseNotTheClause: a "which" that stands for the whole
// clause before it ("..., which killed three people") is not the noun
// before its comma.
func TestRelativeClauseNotTheClause(t *testing.T) {
	p := pipeline(t)
	d := codeNews(t, p, "Israel struck Gaza, which killed three people.")
	for i := range d.Events {
		if ev := dyadOf(&d.Events[i]); strings.HasPrefix(ev, "PSE>") {
			t.Errorf("event %s: Gaza did not kill", ev)
		}
	}
	hasEvent(t, d, "ISR>PSE:190")
}

// TestShortNameRefersBack: wire copy names an organisation in full once
// and then by the last word of its name after "the" ("the Fund", "the
// Bank", "the Council"): the same organisation, not an unknown name or any
// bank.
func TestShortNameRefersBack(t *testing.T) {
	p := pipeline(t)
	cases := []struct{ text, want string }{
		{"The International Monetary Fund met Kenyan officials on Monday. The Fund later criticised Uganda.", "IGOBUSIMF>UGA:110"},
		{"The World Bank lent Kenya $50 million last year. The Bank also criticised Uganda.", "IGODEVWBK>UGA:110"},
		{"The European Commission fined a Ugandan firm. The Commission said it had also warned Kenya.", "IGOEUREEC>KEN:130"},
		// the organisation's own help, not help for it
		{"A World Bank vice president promised the Bank's help to Uganda's farmers.", "IGODEVWBK>UGAAGR:033"},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			d := codeNews(t, p, tc.text)
			hasEvent(t, d, tc.want)
			for i := range d.Events {
				if ev := dyadOf(&d.Events[i]); strings.HasPrefix(ev, "BUS>") || strings.Contains(ev, ">BUS:") {
					t.Errorf("event %s: the short name is the organisation's, no company's", ev)
				}
			}
		})
	}
}
