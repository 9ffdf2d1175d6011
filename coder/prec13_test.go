package coder_test

import "testing"

// TestGATT: the General Agreement on Tariffs and Trade, the WTO's
// forerunner, which the 1987 wire names hundreds of times, is an actor
// (IGOBUSWTO), by its name and its initials.
func TestGATT(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya accused the General Agreement on Tariffs and Trade (GATT) of ignoring its farmers.", []string{"KEN>IGOBUSWTO:112"}},
		{"Kenya urged the General Agreement on Tariffs and Trade (GATT) on Monday to act.", []string{"KEN>IGOBUSWTO:020"}},
		{"Kenya will file a complaint with GATT over the Ugandan levy.", []string{"KEN>IGOBUSWTO:114"}},
	})
}

// TestBracketAlias: a name and its initials in brackets right after it
// are one actor, wherever the parse hangs the two: one challenge is one
// event, not one for the name and one for its initials.
func TestBracketAlias(t *testing.T) {
	p := pipeline(t)
	text := "But the African Union has challenged the accord as a breach of General Agreement on Tariffs and Trade (GATT) practices that discriminates against its coffee growers."
	d := codeNews(t, p, text)
	n := 0
	for _, e := range d.Events {
		if e.Code.String() == "110" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%s: %d disapprovals (110), want 1", text, n)
	}
}

// TestEconomicBodies: the regulators, commodity councils and creditors'
// clubs of economic news are actors: the Securities and Exchange
// Commission, the Fed, the USDA and the Commodity Credit Corporation (US
// government bodies), the Paris Club and the International Coffee
// Organization (IGOs). A name with its initials set off by commas is one
// actor; the Fed aiming at a rate and the USDA releasing figures are no
// attack and no release.
func TestEconomicBodies(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Securities and Exchange Commission has charged a Kenyan trader with fraud.", []string{"USAGOV>KENBUS:115"}},
		{"The Kenyan government told the SEC it would sell its stake.", []string{"KENGOV>USAGOV:010"}},
		{"Kenya asked the Paris Club to reschedule its debt.", []string{"KEN>IGOBUS:020"}},
		{"Uganda called on the International Coffee Organization to cut export quotas.", []string{"UGA>IGOBUS:020"}},
		{"The Commodity Credit Corporation, CCC, has authorized credit guarantees for wheat sales to Kenya.", []string{"USAGOV>KEN:086"}},
		{"The Fed targeted a borrowings average of 500 million dollars.", nil},
		{"The USDA released its crop figures on Friday.", nil},
	})
}

// TestOwnerIsReporter: "its" in what a firm says is first of all the
// firm's: a firm's president, in papers it sends a regulator, is not the
// regulator's.
func TestOwnerIsReporter(t *testing.T) {
	p := pipeline(t)
	for _, text := range []string{
		"In papers it sent to the SEC, Acme Widgets said its president met Kenyan officials on Monday.",
		"In papers sent to the SEC, Mark VII said its senior officials told Kenyan executives at a meeting that it would buy more shares.",
	} {
		d := codeNews(t, p, text)
		if len(d.Events) == 0 {
			t.Errorf("%s: no events", text)
		}
		for _, e := range d.Events {
			if e.Source.Actor.Code == "USAGOV" {
				t.Errorf("%s: %s by USAGOV, the regulator the firm filed with", text, e.Code)
			}
		}
	}
}

// TestAttackedWords: attacking an accord, a response or a measure is
// words against it, not force.
func TestAttackedWords(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya attacked Uganda's accord with Tanzania.", []string{"KEN>UGA:111"}},
		{"Kenya attacked Uganda's response to the floods.", []string{"KEN>UGA:111"}},
		{"Kenya attacked the accord as a breach of trade rules.", nil},
		{"Kenyan troops attacked Ugandan positions near the border.", []string{"KENMIL>UGA:190"}},
	})
}

// TestTheyArePeopleBefore: "them" after a subject of people no dictionary
// codes in its sentence stands for those people, not for the states named
// before: arresting the women fleeing is no arrest of Kenya and Uganda.
func TestTheyArePeopleBefore(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya and Uganda signed a pact. Women fleeing the fighting reached the border, where Kenyan police arrested them.", []string{"KEN>UGA:057", "UGA>KEN:057", "KENCOP>:173"}},
		{"Kenya and Uganda signed a pact. Hundreds of women spilled into the fields, where Kenyan soldiers received them.", []string{"KEN>UGA:057", "UGA>KEN:057"}},
		{"Kenya and Uganda signed a pact. They also agreed to reopen the border.", []string{"KEN>UGA:057", "UGA>KEN:057", "UGA>KEN:030", "KEN>UGA:030"}},
	})
}

// TestNameLastWord: urging GATT to examine a levy is an appeal to GATT,
// not an investigation by the asker ("Trade", the name's last word, read
// as a verb conjoined to "urged").
func TestNameLastWord(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Uganda urged the General Agreement on Tariffs and Trade to examine the Kenyan levy.", []string{"UGA>IGOBUSWTO:020"}},
	})
}
