package coder_test

import (
	"slices"
	"testing"
)

// TestPrec1NoEvents holds made-up sentences of constructions found coded
// wrongly on real news: business, publishing and figurative senses of event
// verbs, and acts that are only foreseen.
func TestPrec1NoEvents(t *testing.T) {
	p := pipeline(t)
	cases := []struct {
		text string
		want []string
	}{
		// a report, figures or data released are published, no one freed
		{"Kenyan Agriculture Ministry releases quarterly crop output and export report.", nil},
		{"The Labour Department released its monthly employment report on Friday.", nil},
		{"Kenya's statistics office released figures on Tuesday showing inflation rose.", nil},
		// a possibility investigated, studied or explored is considered, not probed
		{"Vantor Holdings Ltd said it was investigating the possibility of a merger.", []string{"BUS>:014:asserted"}},
		// armed with powers is no military aid
		{"Kenya will arm itself with wider legal powers over foreign banks.", nil},
		// markets and business held up are no one endorsed
		{"Gains on the Seoul stock exchange supported market sentiment.", nil},
		{"The Nairobi stock exchange and the Kampala stock exchange supported market sentiment.", nil},
		{"Kenya Airways will buy ten aircraft to support international expansion.", nil},
		{"Uganda Airlines said it will buy 20 jets to support international expansion.", nil},
		{"Kenya supports the Ugandan proposal.", []string{"KEN>UGA:051:asserted"}},
		// restricted shares are a kind of stock
		{"Halvor Inc bought the firm for 500,000 restricted common shares.", nil},
		// what a thing should do is foreseen or wished, no demand on whom it is done with
		{"The Kenyan president said farm research should be tied more closely to industry.", nil},
		{"The Kenyan president said farm exports should be shared with Uganda.", nil},
		// an attack a nationality names is that state's, not the speaker's
		{"Kenya said the border claims were an excuse for Ethiopian attacks on Uganda.", []string{"ETH>UGA:190:asserted"}},
		{"Kenya and Uganda said the border claims were an excuse for South African attacks on Kenya.", []string{"ZAF>KEN:190:asserted"}},
		// what is to happen once another thing happens has not happened
		{"Kenya will lift the ban once Uganda withdraws its troops.", []string{"KEN>:0351:intended"}},
		// opposition, a pledge or a deadline met is no meeting
		{"The Kenyan finance minister has already met opposition from Ugandan lawmakers.", nil},
		{"The Kenyan president met the Ugandan foreign minister.", []string{"KENGOV>UGAGOV:040:asserted"}},
		// a job held under someone is no cooperation with him
		{"Engineers working for Kenyan firms repaired the bridge.", nil},
		{"About 900 miners returned to work at a Zambian copper mine.", nil},
		// cooperation still is
		{"Kenya is working closely with Uganda.", []string{"KEN>UGA:060:asserted"}},
		{"Kenya and Uganda are working together.", []string{"KEN>UGA:060:asserted", "UGA>KEN:060:asserted"}},
		// action taken against someone is no lawsuit unless it is legal action
		{"Kenya said it would take action against a Somali militia.", nil},
		{"Kenya took legal action against a Ugandan company.", []string{"KEN>UGABUS:115:asserted"}},
		{"The Ugandan company filed an action against Kenya.", []string{"UGABUS>KEN:115:asserted"}},
		// what one would almost certainly do is foreseen
		{"The Italian prime minister would almost certainly reject the new budget, an aide said.", nil},
		{"The Italian president would almost certainly reject the new treaty with Malta.", nil},
		{"Kenya will probably expel the Ugandan envoy.", nil},
		{"Kenya would probably support the Ugandan plan.", nil},
		{"Kenya will support the Ugandan plan.", []string{"KEN>UGA:032:intended"}},
		{"Mensah, an attorney, worked in the prime minister's office under Prime Minister Odinga.", nil},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			d := codeNews(t, p, tc.text)
			var got []string
			for _, e := range d.Events {
				got = append(got, e.Source.Actor.Code+">"+e.Target.Actor.Code+":"+e.Code.String()+":"+e.Modality.String())
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("events %q, want %q", got, tc.want)
			}
		})
	}
}
