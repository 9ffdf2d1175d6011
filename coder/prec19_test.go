package coder_test

import "testing"

// TestCallUpon: "upon" is "on": "called upon X to" is the appeal "called on
// X to" is, also when the parse hangs the marker on a title before a name.
func TestCallUpon(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya called upon Uganda to reopen the border.", []string{"KEN>UGA:020"}},
		{"Kenya called upon President Museveni to reopen the border.", []string{"KEN>UGAGOV:020"}},
		{"The opposition leader called upon the Kenyan police to release the protesters.", []string{"OPP>KENCOP:0253"}},
	})
}

// TestLeadName: a company named again by the first words of its name (also
// when the first is its city's), and a person by a family name written
// first, are who was named in full; a given name alone is no one yet, nor
// is the tail of a longer name ("Lathe" after "Toshiba", whose name the
// dictionary knows, is no "Lathe Co").
func TestLeadName(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Tatu Tanneries Ltd signed the contract. Later Tatu Tanneries criticised the Kenyan government.", []string{"BUS>KENGOV:110"}},
		{"Mombasa Tanneries Ltd signed the contract. Later Mombasa Tanneries criticised the Kenyan government.", []string{"BUS>KENGOV:110"}},
		{"Chinese Premier Zhao Ziyang visited Kenya. Zhao praised the Kenyan president.", []string{"CHNGOV>KEN:042", "CHNGOV>KENGOV:051"}},
		{"Kenyan trade minister John Okello visited Uganda. John praised the Ugandan president.", []string{"KENGOV>UGA:042", "\"John\">UGAGOV:051"}},
		{"Toshiba Lathe Co sold the lathes to Kenya. The Kenyan government later barred Toshiba Lathe from its tenders.", []string{"KENGOV>JPNBUS:172"}},
	})
}

// TestPortfolioAnd: "Roads and Transport Minister" is one office of the
// nation before it, not a trade title and a business; two states joined by
// "and" before a title keep their own.
func TestPortfolioAnd(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenyan Roads and Transport Minister John Okello criticised Japan.", []string{"KENGOV>JPN:110"}},
		{"Ugandan Finance and Planning Secretary John Okello praised Japan.", []string{"UGAGOV>JPN:051"}},
		{"The Kenya and Uganda Foreign Ministers criticised Japan.", []string{"KENGOV>JPN:110", "UGAGOV>JPN:110"}},
	})
}

// TestBareRole: wire copy names a role after a name without an article
// ("X, spokesman for Y"); the person holds it when the role's own words
// give its code, not when only its sector or a guess from context does; and
// a body named after a place is not the place's state (with an article, any
// role names its holder, as before).
func TestBareRole(t *testing.T) {
	p := pipeline(t)
	for _, tc := range []struct{ text, code string }{
		{"Mark Otieno, spokesman for the Kenyan treasury, told traders the shilling would fall.", "KENGOV"},
		{"Mark Otieno, deputy governor, told traders the shilling would fall.", ""},
		{"Mark Otieno, the president of the Kenya Chamber of Commerce, told traders the shilling would fall.", "GOV"}, // (a president, of no state)
	} {
		d := codeNewsOn(t, p, tc.text, "2023-06-01")
		got := "(no mention)"
		for _, m := range d.Mentions {
			if d.Text(m.Span) == "Mark Otieno" {
				got = m.Actor.Code
			}
		}
		if got != tc.code {
			t.Errorf("%s: Mark Otieno is %q, want %q", tc.text, got, tc.code)
		}
	}
}

// TestDirectorTitle: a director is of the body named before the title,
// as a chairman is; alone, of no one.
func TestDirectorTitle(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Safaricom finance director John Okello resigned.", []string{"KENBUS>:0831"}},
		{"Safaricom's directors rejected the Ugandan offer.", []string{"KENBUS>UGA:120"}},
		{"The film director John Okello criticised Uganda.", []string{"\"The film director John Okello\">UGA:110"}},
	})
}

// TestUndersecretary: an undersecretary and a trade representative are a
// state's officers, as a minister is.
func TestUndersecretary(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenyan Agriculture Undersecretary John Okello criticised Uganda.", []string{"KENGOV>UGA:110"}},
		{"Ugandan Trade Representative John Okello criticised Kenya.", []string{"UGAGOV>KEN:110"}},
	})
}

// TestCommissioner: a commissioner is an officer of the state or body
// before the title, and a European Commissioner the EU's; a portfolio
// before the title is no body of its own.
func TestCommissioner(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"European Commissioner John Okello criticised Kenya.", []string{"IGOEUREEC>KEN:110"}},
		{"Nairobi county commissioner John Okello criticised Uganda.", []string{"KENGOV>UGA:110"}},
		{"Kenyan Industry Commissioner John Okello criticised Uganda.", []string{"KENGOV>UGA:110"}},
	})
}

// TestAppositiveNameOneParty: a role and the name after it between commas
// are one party, also when the parse conjoins the name as another.
func TestAppositiveNameOneParty(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenyan foreign minister John Okello and the EU's foreign policy chief, Josep Borrell, signed the accord.", []string{"KENGOV>IGOEUREECGOV:057", "IGOEUREECGOV>KENGOV:057"}},
	})
}

// TestTitledHolder: a body, the title it gives and its holder's name are one
// party, the holder, also when the parse conjoins the body and the name: one
// event, whose source is the person.
func TestTitledHolder(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya Airways finance director John Okello accused Uganda of blocking flights.", []string{"KENBUS>UGA:112"}},
	})
	p := pipeline(t)
	d := codeNewsOn(t, p, "Kenya Airways finance director John Okello accused Uganda of blocking flights.", "2023-06-01")
	if len(d.Events) != 1 || d.Text(d.Events[0].Source.Span) != "John Okello" {
		for _, e := range d.Events {
			t.Errorf("source %q", d.Text(e.Source.Span))
		}
	}
}

// TestReleasedPossession: releasing a person's video releases no person
// (repairPossessorAppos: the parse had made the person the object).
func TestReleasedPossession(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The rebels released Okello’s “hero’s video”, a short clip.", nil},
		{"The rebels released the journalist on Thursday.", []string{"REB>MED:0841"}},
	})
}

// TestWithdrawFromRole: pulling back from a role (another state's too), a
// commitment or a race gives something up and withdraws from no place, so
// no one is its target; withdrawing from a state's region still is.
func TestWithdrawFromRole(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Museveni said Uganda planned to pull back from Kenya's leading role in the regional force.", nil},
		{"Kenya was retreating from its role as the region's policeman.", nil},
		{"Kenya withdrew from Somalia's border region.", []string{"KEN>SOM:087"}},
	})
}

// TestLicenceTo: approving or granting licences or subsidies to a state or
// a firm lets it trade or pays for it (061), no endorsement (051).
func TestLicenceTo(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya approved new export licences to Uganda for fertiliser sales.", []string{"KEN>UGA:061"}},
		{"Kenya granted a licence to a Ugandan firm.", []string{"KEN>UGABUS:061"}},
		{"The agriculture department approved subsidies on wheat to Uganda.", []string{"GOV>UGA:061"}},
	})
}

// TestEthnicGroup: an ethnic group named by its plural noun is civilians
// of that group (Phoenix codes an ethnic group CVL), of the country the
// text gives; its fighters are fighters.
func TestEthnicGroup(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Turkey shelled the Syrian Kurds near the border.", []string{"TUR>SYRCVL:194"}},
		{"Iraqi Kurds accused Iran of shelling their villages.", []string{"IRQCVL>IRN:112"}},
		{"Chinese police detained dozens of Uighurs.", []string{"CHNCOP>CVL:173"}},
	})
}

// TestSupportSoughtAgainst: support sought against someone is asked of
// whoever would give it, not of the adversary.
func TestSupportSoughtAgainst(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya now seeks Ugandan support against Somalia.", []string{"KEN>UGA:022"}},
		{"Kenya called for sanctions against Somalia.", []string{"KEN>SOM:1312"}},
	})
}
