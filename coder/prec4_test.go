package coder_test

import (
	"slices"
	"strings"
	"testing"

	"dyad/doc"
	"dyad/store"
)

// TestNotOnlyAndScenarios: "not only ... but also" negates nothing (both
// acts are done or meant, and "will not only meet" is no refusal to
// meet), while what a scenario, possibility or prospect imagines in its
// relative clause is not done.
func TestNotOnlyAndScenarios(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya will not only meet Uganda but also send aid to Uganda.", []string{"KEN>UGA:036", "KEN>UGA:033"}},
		{"Kenya not only criticised Uganda but also expelled its ambassador.", []string{"KEN>UGA:110", "KEN>UGAGOV:166"}},
		{"Kenya will not lift sanctions on Uganda until the elections.", []string{"KEN>UGA:1244"}},
		{"Analysts described a scenario in which Kenya invades Uganda.", nil},
		{"Diplomats raised the possibility that Kenya attacks Uganda.", nil},
		{"Kenya attacked Uganda, a scenario that analysts had feared.", []string{"KEN>UGA:190"}},
	})
}

// TestOneNameTwoSubjects: a name the parse splits into two subjects (or
// objects) that both fall in one mention gives one event, not two.
func TestOneNameTwoSubjects(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Immigration and Customs Enforcement deported two men to Mali.", []string{"USACOP>MLI:174"}},
	})
}

// TestAlliesShowsAndForecasts: whom one fights with is an ally when an
// against-phrase names the foe; one person "demonstrates" what he shows,
// not in protest; what a thing "should" bring about is foreseen, not
// demanded; and a resignation's purpose names no one it yields to.
func TestAlliesShowsAndForecasts(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kurdish fighters fought with the Americans against Islamic State in Raqqa.", []string{"REB>IMGMOSISI:190"}},
		{"Kenyan troops fought with al-Shabaab in Kismayo.", []string{"KENMIL>SOMREB:190"}},
		{"As Macron demonstrates every week, promises are cheap.", nil},
		{"Thousands of students demonstrated against the Kenyan government.", []string{"EDU>KENGOV:141"}},
		{"A cut in the import tariff should help boost exports to Kenya, an official told Reuters.", nil},
		{"Kenya's finance minister resigned in May to set up a consulting firm.", []string{"KENGOV>:0831"}},
	})
}

// TestTripsForTalks: the talks a trip is made for are the traveller's
// own, with whom the for-phrase names; officials met on a tour of several
// countries are none of them in particular, while those met in the one
// country visited are its own.
func TestTripsForTalks(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Iranian foreign minister went to Geneva for talks with Saudi Arabia.", []string{"IRNGOV>CHE:042", "IRNGOV>SAU:046"}},
		{"The Kenyan minister will visit Britain, France and Italy to meet officials.", []string{"KENGOV>GBR:036", "KENGOV>FRA:036", "KENGOV>ITA:036", "KENGOV>GOV:036"}},
		{"The Kenyan minister visited Italy to meet officials.", []string{"KENGOV>ITA:042", "KENGOV>ITAGOV:040"}},
	})
}

// TestBracketedReferent: a pronoun's bracketed appositive says who it is
// ("they (Kenya) have turned down"), before any antecedent or speaker.
func TestBracketedReferent(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{`"Clearly they (Kenya) have turned down the offer from Uganda," the minister said.`, []string{"KEN>UGA:120"}},
		{"He (Ruto) criticised Uganda.", []string{"KENGOV>UGA:110"}},
	})
}

// TestFearsAndClaims: a clause of what is feared or claimed is not done,
// with its "that" left out too ("amid fears Uganda was arming rebels"),
// while a relative clause with a gap on such a noun asserts ("the claims
// he made").
func TestFearsAndClaims(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya closed the border amid fears Uganda was arming rebels.", nil},
		{"Kenya suspended aid to Uganda over fears it was arming rebels.", []string{"KEN>UGA:162"}},
		{"Kenya rejected claims Uganda had attacked Somalia.", []string{"KEN>:120"}},
		{"US halted food deliveries to Haiti over fears they were helping a criminal gang.", []string{"USA>HTI:162"}},
	})
}

// TestAirways: an airline named "Airways" is a business of its country.
func TestAirways(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya Airways and Uganda Airlines agreed to share information.", []string{"KENBUS>UGABUS:030", "UGABUS>KENBUS:030"}},
	})
}

// TestSupportersOfATitledName: a plural noun opening a sentence before
// "of" and a titled name is no title of that name: "Supporters of
// President Ruto" are not Ruto, but act by their words.
func TestSupportersOfATitledName(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Supporters of President Ruto criticised Uganda.", []string{`"Supporters of President Ruto">UGA:110`}},
	})
}

// TestTitleOfOfficeNotTheirCountry: a person no dictionary names, after a
// title and its office ("Speaker of the House Martha Keller"), takes no
// country from what the sentence says she acts on, as "Sen. Tom Harkness"
// does not; the dictionary's speaker is USALEG.
func TestTitleOfOfficeNotTheirCountry(t *testing.T) {
	eachExactEventsOn(t, "2021-06-01", []newsEvents{
		{"Speaker of the House Martha Keller criticised China.", []string{"LEG>CHN:110"}},
		{"Speaker of the House Martha Keller visited Taiwan.", []string{"LEG>TWN:042"}},
		{"Speaker of the House Nancy Pelosi criticised China.", []string{"USALEG>CHN:110"}},
	})
}

// TestFirmsEndNoWar: a business that ceases or halts operations ends no
// military engagement; troops that do, do.
func TestFirmsEndNoWar(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"A small Kenyan firm ceased operations.", nil},
		{"Kenya Airways will halt operations in Uganda.", nil},
		{"Kenyan troops ceased operations in Somalia.", []string{"KENMIL>SOM:087"}},
	})
}

// TestDeniedAccounts: what a report, a claim or a rumour says is not told
// as done when the report is denied, dismissed or called false; the denial
// itself is coded.
func TestDeniedAccounts(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya dismissed reports that its navy had seized a Ugandan boat.", []string{"KEN>:120"}},
		{"The Kenyan government refuted reports that it had expelled Ugandan diplomats.", []string{"KENGOV>:016"}},
		{"The Kenyan government denied rumours that it had recalled its ambassador from Kampala.", []string{"KENGOV>:016"}},
		{"Kenya's navy seized a Ugandan boat, reports said.", []string{"KENMIL>UGA:171"}},
		{"Kenya dismissed the Ugandan ambassador.", []string{"KEN>UGAGOV:120"}},
	})
}

// TestPurposeOfADoneAct: what a done act was done for is meant, not done,
// and keeps its own code (no one said they meant it, so it is no intent
// or threat code): "flew to Kampala to sign a deal" is a visit done and a
// signing meant. A purpose of saying, asking or protesting is done by the
// act itself; a relative clause inside
// the purpose is told as done.
func TestPurposeOfADoneAct(t *testing.T) {
	cases := []newsEvents{ // source>target:code/modality
		{"The Kenyan minister flew to Kampala to sign a trade deal with Uganda.",
			[]string{"KENGOV>UGA:042/asserted", "KENGOV>UGA:057/intended"}},
		{"Kenya sent troops to Somalia to fight al-Shabaab.",
			[]string{"KEN>SOM:154/asserted", "KEN>SOMREB:190/intended"}},
		{"Kenyan teachers went on strike to protest over the budget.",
			[]string{"KENEDU>:143/asserted", "KENEDU>:141/asserted"}},
		{"Kenya's president met Uganda's president in Nairobi to discuss trade.",
			[]string{"KENGOV>UGAGOV:040/asserted"}},
		{"Kenya sent troops to Somalia to fight al-Shabaab, which had attacked Nairobi.",
			[]string{"KEN>SOM:154/asserted", "KEN>SOMREB:190/intended", "SOMREB>KEN:190/asserted"}},
		{"Kenya will send troops to Somalia to fight al-Shabaab.",
			[]string{"KEN>SOM:154/intended", "KEN>SOMREB:138/conditional"}},
	}
	eachEventsWithModality(t, cases)
}

// TestOwedAndAwaitedActs: what one needs to or has to do is owed, as
// with "must", not done ("had to" tells what was done); what must happen
// first for what a modal verb says may be done is not told as done.
func TestOwedAndAwaitedActs(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya needs to apologise to Uganda.", nil},
		{"Kenya has to apologise to Uganda.", nil},
		{"Kenya will have to apologise to Uganda.", nil},
		{"Kenya had to apologise to Uganda.", []string{"KEN>UGA:055"}},
		{"Kenya needs to take responsibility for the attack.", nil},
		{"The treaty would not take effect before Uganda had withdrawn its troops from Somalia.", nil},
		{"No accord can be signed until Uganda had withdrawn its troops from Somalia.", nil},
		{"Kenya withdrew its troops from Somalia.", []string{"KEN>SOM:087"}},
	})
}

// TestSpokesmanForANamedCompany: a spokesman for, or officials of, a
// company no dictionary lists but its suffix names ("Corp", "AG") speak
// for a business, not a government.
func TestSpokesmanForANamedCompany(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"A spokesman for Harlow-Brandt Corp criticised Kenya.", []string{"BUS>KEN:110"}},
		{"A spokeswoman for Ostermann Holding AG criticised Kenya.", []string{"BUS>KEN:110"}},
		{"A spokesman for the Kenyan foreign ministry criticised Uganda.", []string{"KENGOV>UGA:110"}},
		{"A spokesman criticised Uganda.", []string{"GOV>UGA:110"}},
	})
}

// TestDivisionsAndTerritories: a division alone is a company's or a
// department's unit as often as an army's; one with a military word is
// the army's. "Turks and Caicos" is the territory, not Turks.
func TestDivisionsAndTerritories(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Compliance Division of the commission criticised Uganda.", []string{`"The Compliance Division">UGA:110`}},
		{"The company's paints division criticised Uganda.", []string{`"The company's paints division">UGA:110`}},
		{"A Kenyan airborne division attacked Ugandan positions.", []string{"KENMIL>UGA:190"}},
		{"Turks and Caicos officials criticised Britain.", []string{"TCAGOV>GBR:110"}},
	})
}

// TestAlliesOfAPair: the allies or neighbours of a pair of states are
// neither state (they act by their words), also where the parse reads the pair as a compound
// ("Kenya and Uganda's NATO allies"); an organisation before "allies"
// names whose members they are.
func TestAlliesOfAPair(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya and Uganda's NATO allies urged the two neighbours to end the dispute.", []string{"IGOWSTNAT>UGA:020", "IGOWSTNAT>KEN:020"}},
		{"Kenya and Uganda's neighbours urged the two states to end the dispute.", []string{`"Kenya and Uganda's neighbours">UGA:020`, `"Kenya and Uganda's neighbours">KEN:020`}},
		{"Uganda's allies criticised Kenya.", []string{`"Uganda's allies">KEN:110`}},
	})
}

// TestActsOneKnowsOf: an act that one is aware of, worried about or
// learns of is someone else's, not the subject's.
func TestActsOneKnowsOf(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya is worried about the detention by Uganda of a Kenyan citizen.", []string{"UGA>KENCVL:173"}},
		{"Kenya learned of the attack on its embassy in Uganda.", nil},
		{"Kenya is worried about a Ugandan attack on Nairobi.", []string{"UGA>KEN:190"}},
		{"Kenya condemned the Ugandan attack on Nairobi.", []string{"KEN>UGA:111", "UGA>KEN:190"}},
	})
}

// TestPlannedDenialContestsNoMeetingHeld: "no negotiations had been planned"
// denies talks to come, not a meeting another account says was held;
// "there was no meeting" contests it.
func TestPlannedDenialContestsNoMeetingHeld(t *testing.T) {
	p := pipeline(t)
	cases := []struct {
		text      string
		contested bool
	}{
		{"Kenya said no negotiations had been planned with Uganda.\n\nUgandan officials said Kenyan and Ugandan ministers met on Tuesday.", false},
		{"Kenya said there was no meeting with Uganda.\n\nUgandan officials said Kenyan and Ugandan ministers met on Tuesday.", true},
	}
	for _, tc := range cases {
		d := codeNewsOn(t, p, tc.text, "2023-06-01")
		if len(d.Events) == 0 {
			t.Fatalf("%q: no events", tc.text)
		}
		for _, e := range d.Events {
			if e.Contested != tc.contested {
				t.Errorf("%q: %s>%s %s contested %v, want %v", tc.text, e.Source.Actor.Code, e.Target.Actor.Code, e.Code, e.Contested, tc.contested)
			}
		}
	}
}

// TestWhatDeniesAMeeting: a meeting is denied by "no meeting" or "did not
// meet", not by a deadline that is not met, by what one cannot do, or in a
// condition; and a visit is no meeting ("no meeting" leaves it stand).
func TestWhatDeniesAMeeting(t *testing.T) {
	p := pipeline(t)
	met := "Ugandan officials said Kenyan and Ugandan ministers met on Tuesday."
	cases := []struct {
		text      string
		contested bool
	}{
		{"The Kenyan minister said Uganda would face sanctions if the deadline is not met.\n\n" + met, false},
		{"A Kenyan minister said he cannot talk to anyone in Uganda.\n\n" + met, false},
		{"Kenya said its ministers did not meet anyone from Uganda.\n\n" + met, true},
		{"Kenya said there was no meeting with Uganda.\n\nKenyan ministers visited Uganda on Tuesday, Ugandan officials said.", false},
		{"Kenya said there was no visit to Uganda.\n\nKenyan ministers visited Uganda on Tuesday, Ugandan officials said.", true},
	}
	for _, tc := range cases {
		d := codeNewsOn(t, p, tc.text, "2023-06-01")
		n := 0
		for _, e := range d.Events {
			if c := e.Code.String(); c != "040" && c != "042" {
				continue
			}
			n++
			if e.Contested != tc.contested {
				t.Errorf("%q: %s>%s %s contested %v, want %v", tc.text, e.Source.Actor.Code, e.Target.Actor.Code, e.Code, e.Contested, tc.contested)
			}
		}
		if n == 0 {
			t.Errorf("%q: no meeting or visit coded: %v", tc.text, d.Events)
		}
	}
}

// TestTalksBetweenPartiesInAPlace: the place after the parties of "talks
// between X and Y in PLACE" is where the talks are, not whose parties they
// are (the parse hangs it on the last party); "officials in Nairobi" are
// Kenya's.
func TestTalksBetweenPartiesInAPlace(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The UN envoy is convening talks between the junta and rebels in Geneva next week.", []string{"GOV>REB:036"}}, // planned: next week
		{"Officials in Nairobi criticised Uganda.", []string{"KENGOV>UGA:110"}},
	})
}

// TestNoReferenceToANounModifier: "the regime" refers back to the Kenyan
// regime, not to the "regime" of "regime change" in between, which names
// no one.
func TestNoReferenceToANounModifier(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Uganda wants the departure of the Kenyan regime.\n\nThe Ugandan government has long debated whether regime change is wise.\n\nThe regime criticised the rebels.",
			[]string{"KENGOV>REB:110"}},
	})
}

// TestHittingAnAmount: a quantity that hits an amount of money or goods
// reaches it; no one is struck.
func TestHittingAnAmount(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The U.S. budget gap hit 900 billion dlrs in 2024.", nil},
		{"Kenya's oil output hit 90,000 barrels a day.", nil},
		{"Kenyan troops hit Ugandan positions.", []string{"KENMIL>UGA:190"}},
	})
}

// TestPluralRoleIsNoTitle: a plural role noun right before one name is
// not that name's title: in "told reporters Otieno visited Kampala"
// Otieno is no reporter; "Kenyan officials Otieno and Kamau" are officials.
func TestPluralRoleIsNoTitle(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The minister told reporters Otieno visited Kampala on Friday.", []string{`"Otieno">UGA:042`}},
		{"Kenyan officials Otieno and Kamau visited Kampala.", []string{"KENGOV>UGA:042"}},
		{"Kenyan reporter Otieno visited Kampala.", []string{"KENMED>UGA:042"}},
	})
}

// TestMonthNamesInPersonNames: a month in a person's name dates nothing
// ("Theresa May" is no May): the weekday dates the event. Published
// Thursday 2024-05-16.
func TestMonthNamesInPersonNames(t *testing.T) {
	p := pipeline(t)
	cases := []struct{ text, date string }{
		{"Kenyan President William Ruto and Theresa May spoke by phone on Monday.", "2024-05-13"},
		{"After talks with Theresa May in Nairobi on Tuesday, the Kenyan president criticised Uganda.", "2024-05-14"},
		{"Kenya attacked Uganda in March.", "2024-03-01"},
	}
	for _, c := range cases {
		d := codeNewsOn(t, p, c.text, "2024-05-16")
		if len(d.Events) == 0 {
			t.Fatalf("%q: no events", c.text)
		}
		for _, e := range d.Events {
			if got := e.Date.Format("2006-01-02"); got != c.date {
				t.Errorf("%q: %s>%s %s dated %s, want %s", c.text, e.Source.Actor.Code, e.Target.Actor.Code, e.Code, got, c.date)
			}
		}
	}
}

// TestActsTalkedAbout: what one talks about, hints at or thinks of doing
// is not done; what one succeeds in doing is.
func TestActsTalkedAbout(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya hinted at easing restrictions on Ugandan imports.", nil},
		{"Kenya talked about lifting sanctions on Uganda.", nil},
		{"Kenya succeeded in lifting sanctions on Uganda.", []string{"KEN>UGA:085"}},
	})
}

// TestWhereAThingShouldGo: what a thing should do makes no demand on the
// body its obliques name ("the law should come before parliament"); what a
// state should do is demanded of it.
func TestWhereAThingShouldGo(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"A Kenyan official said the new budget law should come before parliament in June.", nil},
		{"A Kenyan official said Uganda should withdraw its troops.", []string{"KENGOV>UGA:1056"}},
	})
}

// TestCapturedThings: a party that captures a share of the vote, or a
// picture that captures a predicament, seizes no one.
func TestCapturedThings(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Kenyan ruling party captured 60 percent of the vote.", nil},
		{"The picture of Kenyan troops pinned down in a battle against Ugandan rebels captured the predicament of the army.", nil},
		{"Ugandan troops captured two Kenyan soldiers.", []string{"UGAMIL>KENMIL:173"}},
	})
}

// TestDecisionToActIsNoThreat: a decision to act in hostility is the act,
// meant (its own code, intended), not a threat to do it; a threat is
// still a threat, and a decision to cooperate an intent.
func TestDecisionToActIsNoThreat(t *testing.T) {
	cases := []newsEvents{ // source>target:code/modality
		{"Kenya has decided to sever ties with Uganda.", []string{"KEN>UGA:161/intended"}},
		{"Kenya criticised Uganda's decision to expel Kenyan diplomats.", []string{"KEN>UGA:110/asserted", "UGA>KENGOV:166/intended"}},
		{"Kenya threatened to impose tariffs on Ugandan goods.", []string{"KEN>UGA:1312/conditional"}},
		{"Kenya decided to hold talks with Uganda.", []string{"KEN>UGA:036/intended"}},
	}
	eachEventsWithModality(t, cases)
}

// TestCollapsedTruce: a truce or deal that collapses, breaks down or falls
// through is not made by that; one that holds stands.
func TestCollapsedTruce(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The truce between Kenya and Uganda collapsed.", nil},
		{"The truce between Kenya and Uganda held.", []string{"KEN>UGA:0871"}},
	})
}

// TestTruceBetweenSubjects: states that agree or declare a truce with no
// other party named make it with each other.
func TestTruceBetweenSubjects(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya and Uganda agreed a ceasefire.", []string{"KEN>UGA:0871", "UGA>KEN:0871"}},
		{"Kenya and Uganda agreed a ceasefire with the rebels.", []string{"KEN>REB:0871", "UGA>REB:0871"}},
	})
}

// TestToldToAct: telling someone to act, or that they must, demands it
// (see TestToldWhatIsExpected for a report parsed as an infinitive).
func TestToldToAct(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya told Uganda to withdraw its troops.", []string{"KEN>UGA:1056"}},
		{"Kenya told Uganda that it must withdraw its troops.", []string{"KEN>UGA:1056"}},
	})
}

// TestForcingThings: forcing money or goods somewhere coerces no one;
// forcing a state or people to act does.
func TestForcingThings(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya forced funds out of Ugandan banks.", nil},
		{"Kenya forced the rebels to retreat.", []string{"KEN>REB:170"}},
	})
}

// TestUnknownReporterSaysIt: "it" in what a name no dictionary knows said
// is that name's, not the state named the sentence before.
func TestUnknownReporterSaysIt(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya criticised Uganda.\n\nGlobal Widgets said it accused Siemens of fraud.", []string{"KEN>UGA:110", `"Global Widgets">DEUBUS:1121`}},
		{"Kenya criticised Uganda.\n\nThe Kenyan government said it accused Siemens of fraud.", []string{"KEN>UGA:110", "KENGOV>DEUBUS:1121"}},
	})
}

// TestCentralBanks: a central bank is its state's (GOV), as its governors
// are; its market operations are no force, and beating a retreat assaults
// no one.
func TestCentralBanks(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Bank of Japan criticised Kenya.", []string{"JPNGOV>KEN:110"}},
		{"The Bank of Japan calmed the market by conducting a 50 billion yen bond purchase operation.", nil},
		{"The Bank of Japan beat a hasty retreat on rates.", nil},
		{"Kenyan troops conducted an operation against Ugandan rebels.", []string{"KENMIL>UGAREB:190"}},
	})
}

// TestTitleAndNameSpeaker: a title and the name after it that the parse
// made two subjects of the cue verb: the name speaks, not the title
// ("House Republican leader Tom Harkness argues that ...").
func TestTitleAndNameSpeaker(t *testing.T) {
	p := pipeline(t)
	d := codeNewsOn(t, p, "House Republican leader Tom Harkness argues that Kenya still owes Uganda money.", "2019-01-10")
	if len(d.Quotes) != 1 || d.Quotes[0].Speaker < 0 {
		t.Fatalf("quotes %+v", d.Quotes)
	}
	if got := d.Text(d.Mentions[d.Quotes[0].Speaker].Span); got != "Tom Harkness" {
		t.Errorf("speaker %q, want Tom Harkness", got)
	}
}

// eachEventsWithModality is eachExactEvents with each event's modality:
// "source>target:code/modality".
func eachEventsWithModality(t *testing.T, cases []newsEvents) {
	t.Helper()
	p := pipeline(t)
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			d := codeNewsOn(t, p, tc.text, "2023-06-01")
			var got []string
			for _, e := range d.Events {
				got = append(got, e.Source.Actor.Code+">"+e.Target.Actor.Code+":"+e.Code.String()+"/"+e.Modality.String())
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("events %q, want %q", got, tc.want)
			}
		})
	}
}

// TestArabicFamilyNameParticle: a name after "al-" or "bin" is a family
// name of its own: "Ismail al-Abdullah" is no Abdullah the dictionary
// dates as Afghanistan's chief executive.
func TestArabicFamilyNameParticle(t *testing.T) {
	eachExactEventsOn(t, "2018-05-11", []newsEvents{
		{"Ismail al-Abdullah criticised Pakistan on Monday.", []string{`"Ismail al-Abdullah">PAK:110`}},
		{"Abdullah Abdullah criticised Pakistan.", []string{"AFGGOV>PAK:110"}},
	})
}

// TestBodyBeforeAnAttack: a body named before an attack noun carries it
// out, whoever the clause is about.
func TestBodyBeforeAnAttack(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Kenyan minister looked worried about an FBI raid on the Ugandan embassy.", []string{"USACOP>UGAGOV:190"}},
	})
}

// TestQuestionAsked: what one is asked whether, how or why is a question,
// no appeal, in the passive as in the active.
func TestQuestionAsked(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Uganda was asked by Kenyan journalists if Kampala would devalue the shilling.", nil},
		{"Uganda was asked by Kenya how many troops it would send.", nil},
		{"Uganda was asked by Kenya to attend the summit.", []string{"KEN>UGA:026"}},
	})
}

// TestProposalReviewed: a proposal or an offer reviewed, examined or
// weighed is a policy option considered (014), no investigation of its
// makers (090); an offer discussed with someone is still talks.
func TestProposalReviewed(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Kenyan president reviewed a proposal by Ugandan traders.", []string{"KENGOV>UGABUS:014"}},
		{"Kenya will review the Ugandan proposal once it arrives in Nairobi.", []string{"KEN>UGA:014"}},
		{"The Kenyan government is weighing offers from Ugandan firms.", []string{"KENGOV>UGABUS:014"}},
		{"Kenya discussed the offer with Uganda.", []string{"KEN>UGA:040"}},
		// nor is progress reviewed or opportunities examined
		{"Kenyan ministers reviewed progress on the Ugandan railway.", []string{"KENGOV>:014"}},
		{"The Kenyan government will examine opportunities in Uganda.", []string{"KENGOV>:014"}},
	})
}

// TestSaidNothingOn: an "on" phrase inside the clause said, which the
// parse hung on the subject it made the object of "said", is no topic of
// the statement.
func TestSaidNothingOn(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya said prices on Ugandan markets rose by 4 pct.", nil},
		{"Kenya commented on Uganda.", []string{"KEN>UGA:010"}},
	})
}

// TestCentralBankNoun: a state's central bank, named by the noun, is the
// state's (GOV), as the named central banks are, not a company's.
func TestCentralBankNoun(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya's central bank criticised Uganda.", []string{"KENGOV>UGA:110"}},
		{"The Kenyan central bank governor met Ugandan officials.", []string{"KENGOV>UGAGOV:040"}},
	})
}

// TestDealOnTopic: what a deal or an accord is on is its topic, not a
// party to it; the parties are each other's.
func TestDealOnTopic(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya and Uganda reached a deal on the Somali border.", []string{"KEN>UGA:057", "UGA>KEN:057"}},
		{"Kenya lifted the embargo on Ugandan vessels.", []string{"KEN>UGA:085"}},
	})
}

// TestMetUnnamedPeople: conjoined subjects who met people no dictionary
// names met those people, not each other nor a place named near them.
func TestMetUnnamedPeople(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Kenyan and Ugandan police now have sources whom they have met in Somalia.", nil},
		{"Kenyan and Ugandan officials met local elders.", nil},
		{"Kenya and Uganda met on Monday.", []string{"KEN>UGA:040", "UGA>KEN:040"}},
	})
}

// TestBodyActsFor: what a body acts for, in a for-phrase after it, is not
// whose body it is ("a spokesman for the ministry" is the ministry's).
func TestBodyActsFor(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The aid was approved by Congress for the Ugandan rebels.", []string{"LEG>UGAREB:070"}},
		{"A spokesman for the Kenyan foreign ministry criticised Uganda.", []string{"KENGOV>UGA:110"}},
	})
}

// TestFirmsSupply: what a business supplies it sells (061), no aid; an
// IGO's or a state's aid stays aid.
func TestFirmsSupply(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"A Japanese company supplied equipment to Kenyan firms.", []string{"JPNBUS>KENBUS:061"}},
		{"The World Bank provided aid to Kenya.", []string{"IGODEVWBK>KEN:070"}},
		{"Japan supplied equipment to Kenya.", []string{"JPN>KEN:072"}},
	})
}

// TestFoughtInsurgency: a war or an insurgency fought is no one fought;
// whom it was fought against is.
func TestFoughtInsurgency(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Ugandan rebels have fought a long insurgency against the Kenyan state.", []string{"UGAREB>KEN:190"}},
		{"Kenya supported the insurgency.", []string{"KEN>INS:051"}},
	})
}

// TestTitleOfAffairs: a title "Minister of Foreign Affairs" before a name
// is that person's office, though its last word is plural.
func TestTitleOfAffairs(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenyan Minister of Foreign Affairs Raychelle Omamo praised Uganda.", []string{"KENGOV>UGA:051"}},
		{"Kenyan officials told reporters Museveni visited Nairobi.", []string{"UGAGOV>KEN:042"}},
	})
}

// TestPresentPlan: a present tense or a present progressive dated later in
// the year than publication is a plan, on that day of this year: no act
// done a year before.
func TestPresentPlan(t *testing.T) {
	p := pipeline(t)
	cases := []struct{ text, want string }{
		{"Museveni flies to Nairobi on April 29 for a meeting with Ruto.", "UGAGOV>KEN:036/intended 2019-04-29 UGAGOV>KENGOV:036/intended 2019-04-29"},
		{"Museveni is meeting Ruto on May 3.", "UGAGOV>KENGOV:036/intended 2019-05-03"},
		{"Museveni met Ruto on March 3.", "UGAGOV>KENGOV:040/asserted 2019-03-03"},
	}
	for _, tc := range cases {
		d := codeNewsOn(t, p, tc.text, "2019-04-01")
		var got []string
		for _, e := range d.Events {
			got = append(got, e.Source.Actor.Code+">"+e.Target.Actor.Code+":"+e.Code.String()+"/"+e.Modality.String()+" "+e.Date.Format("2006-01-02"))
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%q: events %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestOutletIsChannel: an outlet no argument names, found deeper in the
// clause, is where the act was told, not its target.
func TestOutletIsChannel(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"In an article in the Daily Nation, Ruto criticised the plan.", []string{"KENGOV>:110"}},
		{"Ruto criticised the Daily Nation.", []string{"KENGOV>KENMED:110"}},
	})
}

// TestNameInAppositionHoldsRole: a name no dictionary knows, in apposition
// after a role, holds that role.
func TestNameInAppositionHoldsRole(t *testing.T) {
	eachExactEventsOn(t, "2021-01-01", []newsEvents{
		{"The Kenyan defence minister met his Ugandan counterpart, Vincent Okello, on Monday. Okello later criticised Somalia.", []string{"KENGOVMIL>UGAGOV:040", "UGAGOV>SOM:110"}},
	})
}

// TestStatesEnvoyToBody: a state's envoy to an international body, the
// state or its nationality named before the body, is the state's; the
// body's envoy to a state is the body's.
func TestStatesEnvoyToBody(t *testing.T) {
	eachExactEventsOn(t, "2021-01-01", []newsEvents{
		{"Kenya's UN ambassador criticised Uganda.", []string{"KENGOV>UGA:110"}},
		{"The Kenyan UN envoy criticised Uganda.", []string{"KENGOV>UGA:110"}},
		{"The Kenyan UN delegation met Ugandan officials.", []string{"KENGOV>UGAGOV:040"}},
		{"The UN Somalia envoy criticised Uganda.", []string{"IGOUNOGOV>UGA:110"}},
	})
}

// TestBodiesWageNoWar: a legislature, a court or a party fights with votes
// and rulings, not arms.
func TestBodiesWageNoWar(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"After battling the Kenyan president all year, parliament is about to pass a budget.", nil},
		{"The Kenyan army battled Ugandan rebels all year.", []string{"KENMIL>UGAREB:190"}},
	})
}

// TestUndatedSharedSurname: in an undated text, a surname two dictionary
// people share is their shared office when they have one (both Clintons
// were USAGOV), and no one when they differ.
func TestUndatedSharedSurname(t *testing.T) {
	p := pipeline(t)
	for _, tc := range []struct{ text, want string }{
		{"Clinton criticised Iraq.", "USAGOV>IRQ:110"},
	} {
		d := doc.New(doc.Article{Text: tc.text})
		if err := p.Run(d); err != nil {
			t.Fatal(err)
		}
		hasEvent(t, d, tc.want)
	}
}

// TestRefusalUntilSure: a refusal until one is sure of what another does
// is aimed at that other.
func TestRefusalUntilSure(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya will not lift sanctions until it is convinced that Uganda has withdrawn.", []string{"KEN>UGA:1244"}},
		{"Kenya will not lift sanctions until Uganda withdraws.", []string{"KEN>UGA:1244"}},
	})
}

// TestQuestionBeforeComma: a quoted question whose mark a comma follows
// inside the quotes is a question too.
func TestQuestionBeforeComma(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"“Why is Kenya killing Ugandans?,” the president asked.", nil},
		{"\"Why is Kenya killing Ugandans for them?,\" the president asked on Twitter.", nil},
		{"“Why is Kenya killing Ugandans?” the president asked.", nil},
		{"“Kenya is killing Ugandans,” the president said.", []string{"KEN>UGA:190"}},
	})
}

// TestNounInfinitiveDoer: a noun's infinitive is done by the state whose
// nationality the noun carries when no possessor names the doer, and a
// noun in a prepositional phrase keeps its infinitive (not the subject's).
func TestNounInfinitiveDoer(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya criticised the Ugandan decision to expel Kenyan diplomats.", []string{"KEN>UGA:110", "UGA>KENGOV:166"}},
		{"Kenya was responding to the Ugandan decision to expel Kenyan diplomats.", []string{"UGA>KENGOV:166"}},
		{"The Kenyan minister was responding to Museveni's decision to expel Kenyan diplomats.", []string{"UGAGOV>KENGOV:166"}},
		// a purpose "in a move to" is still the doer's
		{"The Kenyan police arrested Ugandan traders in a move to stem smuggling.", []string{"KENCOP>UGABUS:173"}},
	})
}

// TestWorkersStrike: strikes that workers stage are stoppages (143), also
// where an "on" phrase lets the military sense of staging strikes match.
func TestWorkersStrike(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"About 700 Kenyan miners resumed their jobs after staging one-day strikes in two pits on Monday, the miners' union and the two companies said.", []string{"KENLAB>:143"}},
		{"Kenyan workers staged strikes at two mines.", []string{"KENLAB>:143"}},
		{"The Kenyan army staged strikes on Ugandan rebels.", []string{"KENMIL>UGAREB:190"}},
	})
}

// TestRefusalOfAThing: a refusal to let another state's thing act (a
// plane, trucks, bonds) is aimed at that state; the actor's own thing
// aims it at no one.
func TestRefusalOfAThing(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya refused to allow the Ugandan plane to enter.", []string{"KEN>UGA:1245"}},
		{"Kenya refused to let Ugandan trucks enter.", []string{"KEN>UGA:120"}},
		{"Kenya refused to lift the embargo on Ugandan vessels.", []string{"KEN>UGA:1244"}},
		// also a thing the complement's pattern names
		{"Kenya threatened to seize Ugandan ships.", []string{"KEN>UGA:1383"}},
		{"The Kenyan minister refused to rule out Kenyan retaliation.", nil},
		// declining to answer questions is declining comment
		{"The Kenyan president declined to answer questions from reporters on Uganda.", nil},
		{"Kenya refused to answer Uganda.", []string{"KEN>UGA:120"}},
	})
}

// TestNotRuledOut: not ruling out force, sanctions or retaliation against
// a state, or on a condition it must meet, or refusing to, threatens it;
// ruling it out, or not ruling out talks, does not.
func TestNotRuledOut(t *testing.T) {
	eachEventsWithModality(t, []newsEvents{
		{"Kenya did not rule out military action against Uganda.", []string{"KEN>UGA:138/conditional"}},
		{"Kenya would not rule out sanctions against Uganda.", []string{"KEN>UGA:1312/conditional"}},
		{"Kenya has not ruled out any use of force against Uganda.", []string{"KEN>UGA:138/conditional"}},
		{"Kenya refuses to rule out force against Uganda.", []string{"KEN>UGA:138/conditional"}},
		{"Kenya ruled out military action against Uganda.", nil},
		{"Kenya has not ruled out talks with Uganda.", nil},
		// or whom a condition names
		{"Kenya did not rule out sanctions if Uganda failed to withdraw.", []string{"KEN>UGA:1312/conditional"}},
		{"Kenya refused to rule out force unless Uganda withdraws its troops.", []string{"KEN>UGA:138/conditional"}},
		{"Kenya did not refuse to rule out force against Uganda.", nil},
	})
}

// TestPeopleWhereTheyAre: people or refugees a participle places in a
// state are that state's; troops so placed are not.
func TestPeopleWhereTheyAre(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya sent aid to people affected in Somalia.", []string{"KEN>SOMCVL:070"}},
		{"Kenya sent aid to civilians trapped in Somalia.", []string{"KEN>SOMCVL:070"}},
		{"Kenyan troops deployed in Somalia attacked al-Shabaab.", []string{"KENMIL>SOMREB:190"}},
	})
}

// TestForceOnAbstractThings: force is not used on figures, plans or
// fears: attacking one is criticism, fighting or hitting one is no event.
func TestForceOnAbstractThings(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Kenyan minister attacked the rise in Ugandan interest rates.", []string{"KENGOV>:111"}},
		{"The Kenyan central bank moved to fight inflationary fears.", nil},
		// (targets may be a force's: "hit Ugandan targets")
		{"Kenyan jets hit Ugandan targets.", []string{"KEN>UGA:190"}},
		{"Kenyan jets hit two Ugandan ships.", []string{"KEN>UGA:190"}},
	})
}

// TestReleasedThingsAndDischarges: software, figures or videos released
// are made public, and a firm released from its obligations is
// discharged: no one is set free. People released from custody are. An
// idiom's object is also the noun a reduced passive hangs on ("packages
// offered by automakers").
func TestReleasedThingsAndDischarges(t *testing.T) {
	eachEventsWithModality(t, []newsEvents{
		{"Kenya released new software standards.", nil},
		{"Kenya agreed to release the Ugandan firm from its obligations.", []string{"KEN>UGABUS:030/intended"}},
		{"Kenya released the Ugandan soldiers from custody.", []string{"KEN>UGAMIL:0841/asserted"}},
		{"Kenya released two Ugandan fishermen.", []string{"KEN>UGA:084/asserted"}},
		{"Car sales rose because of the incentive packages offered by Kenyan automakers.", nil},
	})
}

// TestSurnameAfterCourtesyTitle: a title word after "Mr." or "Mrs." is a
// surname, no king or bishop; "the King" still is one.
func TestSurnameAfterCourtesyTitle(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Mr. King met the Kenyan president.", []string{`"Mr. King">KENGOV:040`}},
		{"Mrs. Bishop criticised the Kenyan government.", []string{`"Mrs. Bishop">KENGOV:110`}},
		{"The King met the Kenyan president.", []string{"GOV>KENGOV:040"}},
	})
}

// TestEconomicDoers: sales, imports or measures do no violence and
// threaten no one; troops do, and a report may still call for sanctions.
func TestEconomicDoers(t *testing.T) {
	eachEventsWithModality(t, []newsEvents{
		{"Ugandan sugar sales threaten to capture half of the Kenyan market.", nil},
		{"The board found that Ugandan coffee imports have injured Kenyan producers.", nil},
		{"Ugandan troops injured Kenyan farmers.", []string{"UGAMIL>KENAGR:190/asserted"}},
	})
}

// TestEconomicSensesOfForceVerbs: shelled peanuts are husked, capital
// mobilized is money raised; soldiers captured are seized.
func TestEconomicSensesOfForceVerbs(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya set higher prices for maize and shelled peanuts.", nil},
		{"Kenyan banks mobilized their capital assets.", nil},
		{"Ugandan rebels captured two Kenyan soldiers.", []string{"UGAREB>KENMIL:173"}},
	})
}

// TestAsideAfterSubject: an adverb set off by commas after the subject
// neither hides a negation ("did not, however, attack": not done) nor
// turns a one-word subject into an address ("Kenya, however, attacked").
func TestAsideAfterSubject(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya did not, however, attack Uganda.", nil},
		{"Kenya, however, attacked Uganda.", []string{"KEN>UGA:190"}},
		{"Kenya, meanwhile, has expelled two Ugandan diplomats.", []string{"KEN>UGAGOV:166"}},
	})
}

// TestSubordinateClauseSubject: who does the act of an "after" clause is
// its own subject, not the main clause's.
func TestSubordinateClauseSubject(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenyan police denied the rumours after a gunman killed two Ugandan traders.", []string{"KENCOP>:016", "REB>UGABUS:190"}},
	})
}

// TestNeitherNor: acts joined by "neither ... nor", or added with "nor",
// are not done.
func TestNeitherNor(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya neither attacked Uganda nor threatened Tanzania.", nil},
		{"The notice is no complaint, nor is it meant to pressure Uganda.", nil},
		{"Kenya attacked Uganda and threatened Tanzania.", []string{"KEN>UGA:190", "KEN>TZA:130"}},
	})
}

// TestAbleAndFree: what one is free, entitled or will be able to do is
// not done; what one was able to do was.
func TestAbleAndFree(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Kenyan dockers are free to go on strike on Monday.", nil},
		{"When talks end on Friday, Kenyan dockers are free to go on strike, and the port may impose its offer.", nil},
		{"Kenya will be able to attack Uganda.", nil},
		{"Kenya might be able to end its sanctions on Uganda.", nil},
		{"Ugandan jets were able to bomb Kenyan villages.", []string{"UGA>KEN:195"}},
	})
}

// TestWesternInLowerCase: "western governments" in lower case, as British
// papers write it, are the West; "western Uganda" is still Uganda.
func TestWesternInLowerCase(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya urged western governments to take back their fighters.", []string{"KEN>WST:020"}},
		{"Kenyan troops shelled western Uganda.", []string{"KENMIL>UGA:194"}},
	})
}

// TestOwnGovernment: a country's opposition, lawmakers or firms, the
// subject of their sentence, speak of their own government when the text
// names none ("the government"), not of the state named before.
func TestOwnGovernment(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Ugandan troops shelled Kisumu on Monday. The Kenyan opposition called on the government to resign.", []string{"UGAMIL>KEN:194", "KENOPP>KENGOV:0241"}},
	})
}

// TestObjectItIsTheBodyNamed: "it" as an object may be a body its own
// sentence names by a role noun ("a letter to the union, urging it"), not a
// body of the sentence before.
func TestObjectItIsTheBodyNamed(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"A Ugandan court ruled on Monday. Kenyan employers sent a letter to the dockers union, urging it to think again.", []string{"KENBUS>LAB:020"}},
	})
}

// TestItIsSeldomWhere: a subject "it" is seldom the place named as where
// something is ("the build-up in Kenya"), when another state is named.
func TestItIsSeldomWhere(t *testing.T) {
	eachEventsWithModality(t, []newsEvents{
		{"The Uganda build-up in Kenya was what it had warned Tanzania against.", []string{"UGA>TZA:130/conditional"}},
	})
}

// TestForceForTheSupported: those an attack supports, or who fight
// beside the attackers, are no targets of it.
func TestForceForTheSupported(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Kenyan air force launched dozens of air raids in support of Ugandan ground troops.", []string{"KENMIL>:190"}},
		{"Kenyan troops fought alongside Ugandan forces against the rebels.", []string{"KENMIL>REB:190", "KENMIL>UGAMIL:062"}},
		{"Kenyan jets bombed rebel positions in support of Ugandan troops.", []string{"KEN>REB:195"}},
	})
}

// TestInvitations: an invitation extended, received or made is an offer
// to meet (036; the PLOVER manual codes invitations as AGREE), from the
// one who invites to the one invited.
func TestInvitations(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Kenyan president received an invitation from Uganda.", []string{"UGA>KENGOV:036"}},
		{"Uganda extended an invitation to the Kenyan president.", []string{"UGA>KENGOV:036"}},
		{"Uganda invited the Kenyan president to a summit.", []string{"UGA>KENGOV:036"}},
	})
}

// TestSearchedPremises: police searching someone's premises investigate
// their owner (090); searching rubble is no event.
func TestSearchedPremises(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenyan police searched the Ugandan ambassador's residence on Wednesday.", []string{"KENCOP>UGAGOV:090"}},
		{"Rescuers searched the rubble for survivors.", nil},
	})
}

// TestFoughtAlongside: fighting alongside someone is military cooperation
// with them (062), with a foe named or not.
func TestFoughtAlongside(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenyan troops fought alongside Ugandan forces against the rebels.", []string{"KENMIL>REB:190", "KENMIL>UGAMIL:062"}},
		{"Kenyan volunteers served alongside Ugandan forces.", []string{"KEN>UGAMIL:062"}},
	})
}

// TestHeldMeetings: conjoined subjects that hold a meeting or a summit
// meet each other; a lone subject's meeting, a cabinet meeting or what
// the meeting is to discuss names no one met.
func TestHeldMeetings(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya and Uganda held a summit in Arusha.", []string{"KEN>UGA:040", "UGA>KEN:040"}},
		{"The Kenyan cabinet held a meeting on Tuesday.", nil},
		{"The Kenyan government held an emergency cabinet meeting on Tuesday to discuss Uganda's military response.", nil},
		{"The Kenyan government held a cabinet meeting with Uganda on Tuesday.", []string{"KENGOV>UGA:040"}},
	})
}

// TestTalksVenue: a town where talks are held is no party to them (the
// talks are halted with no one named); a state so named may be.
func TestTalksVenue(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Kenyan government suspended the talks in Geneva.", []string{"KENGOV>:164"}},
		{"The Kenyan government suspended the talks in Somalia.", []string{"KENGOV>SOM:164"}},
		{"The Kenyan government suspended the talks with Uganda in Geneva.", []string{"KENGOV>UGA:164"}},
	})
}

// TestTargetNotAside: three phrases that name no target. A possessor of a
// pledged stance that is the source's own state says whose it is; what an
// act comes "in the wake of" is its occasion; a time clause the parse
// joined on to the target ("from X, after Y were killed") is no conjunct.
func TestTargetNotAside(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Kenyan envoy promised Nairobi's support for Uganda.", []string{"KENGOV>UGA:032"}},
		{"Kenyan police opened an inquiry in the wake of a Reuters story.", []string{"KENCOP>:090"}},
		{"Kenya withdrew peacekeepers from the Ilemi Heights, after two Ugandans were seized.", []string{"KEN>:166"}},
		{"Kenya withdrew its peacekeepers from the Ogaden, after four Ugandans were abducted.", []string{"KEN>ETH:166"}},
	})
}

// TestNoSurrenderOrThreatByHoldings: handing over titles or a licence is
// no military surrender, and sales threaten no one, also when the verb
// shares its subject with an earlier conjunct.
func TestNoSurrenderOrThreatByHoldings(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya surrendered the banking licence of its subsidiary Kampala Finance Ltd.", nil},
		{"The Kenyan government surrendered the title deeds to the Ugandan embassy.", nil},
		{"Kenyan rebels surrendered to the Ugandan army.", []string{"KENREB>UGAMIL:0874"}},
		{"Kenyan tea sales in Uganda have doubled and threaten to capture half of the Ugandan market.", nil},
	})
}

// TestSanctionAsApproval: to sanction a plan, a rise or a merger is to
// approve it; to sanction a state or a bank is to punish it.
func TestSanctionAsApproval(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya will sanction an increase in Uganda's budget.", nil},
		{"Kenya sanctioned a Ugandan plan to build a dam.", nil},
		{"Kenya sanctioned the sale of Ugandan bonds.", nil},
		{"Kenya sanctioned three Ugandan banks.", []string{"KEN>UGABUS:163"}},
	})
}

// TestThwartedPlans: a plan, a move or a proposal that one blocks or
// opposes is not one's own act, whether the parse hangs its infinitive
// on the noun or on the verb.
func TestThwartedPlans(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya blocked a plan to impose sanctions on Uganda.", nil},
		{"Kenya will block any move within the regional bloc to suspend Uganda.", nil},
		{"Kenya announced a plan to impose sanctions on Uganda.", []string{"KEN>UGA:1312"}},
	})
}

// TestAccountContent: what a report, a claim or an accusation no one is
// named for says is not asserted, also when the parse hangs the clause on
// a noun before the account; a relative clause of a report is no content.
func TestAccountContent(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Rebels killed 12 farmers over accusations that they worked with the Kenyan army.", []string{"REB>AGR:190"}},
		{"Shares fell after a report that Kenya would seek Ugandan permission to build the dam.", nil},
		{"The report that Kenya published criticised Uganda.", []string{"KEN>UGA:110"}},
	})
}

// TestConditionTargetByWords: the one a refusal waits on is its target
// even when no dictionary names them, kept by their words.
func TestConditionTargetByWords(t *testing.T) {
	p := pipeline(t)
	d := codeNewsOn(t, p, "Kenyan dockers will not call off the strike until the harbour trustees approve a pay deal.", "2023-06-01")
	var got []string
	for _, e := range d.Events {
		got = append(got, e.Source.Actor.Code+">"+e.Target.Actor.Code+" "+d.Text(e.Target.Span)+":"+e.Code.String())
	}
	if want := []string{"KEN> the harbour trustees:1242"}; !slices.Equal(got, want) {
		t.Errorf("events %q, want %q", got, want)
	}
}

// TestRepealedBoycott: repealing, scrapping or rescinding a boycott, a
// boycott law or sanctions eases them (085).
func TestRepealedBoycott(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya repealed its boycott law against Uganda.", []string{"KEN>UGA:085"}},
		{"Kenya repealed the Uganda Boycott Law.", []string{"KEN>UGA:085"}},
	})
}

// TestCognateInsurgency: an insurgency or a war one fights names no
// insurgents fought, with its modifiers or without.
func TestCognateInsurgency(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya has fought a two decade insurgency along its coast.", []string{"KEN>:190"}},
		{"The Kenyan army fought a lengthy insurgency up north.", []string{"KENMIL>:190"}},
	})
}

// TestUnnamedClaimantWords: a say verb's subject that no mention covers
// claims the event by its own words.
func TestUnnamedClaimantWords(t *testing.T) {
	p := pipeline(t)
	d := codeNewsOn(t, p, "Kenya attacked Uganda on Monday, a senior intelligence source said.", "2023-06-01")
	if len(d.Events) != 1 {
		t.Fatalf("events %d, want 1", len(d.Events))
	}
	e := &d.Events[0]
	if got := store.ClaimedByName(d, e); e.ClaimedBy.Voice != doc.SpeakerVoice || got != "a senior intelligence source" {
		t.Errorf("claimed by %v %q, want the speaker a senior intelligence source", e.ClaimedBy.Voice, got)
	}
}

// TestBackedPlanContent: backing or approving a plan to act on someone is
// no praise of them, unless the plan is to help them.
func TestBackedPlanContent(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya supported a bid to expel Uganda from the bloc.", []string{"KEN>:051"}},
		{"Kenya welcomed Uganda's plan to hold elections.", []string{"KEN>UGA:051"}},
	})
}

// TestRecalledForces: recalling troops or peacekeepers from a place
// withdraws them from it.
func TestRecalledForces(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya recalled its troops from Somalia.", []string{"KEN>SOM:087"}},
		{"Kenya recalled its peacekeepers from Somalia.", []string{"KEN>SOM:166"}},
	})
}

// TestTruceWithFoe: a truce declared by a force said to fight someone is
// with them.
func TestTruceWithFoe(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Kenyan-led coalition fighting Somali rebels in the south has declared a truce.", []string{"KEN>SOMREB:0871", "KEN>SOMREB:190"}},
	})
}

// TestMeetingOfOwnMembers: a meeting of "their" ministers is one of the
// subjects' own people, so conjoined subjects meet each other.
func TestMeetingOfOwnMembers(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya and Uganda held a meeting of their foreign ministers.", []string{"KEN>UGA:040", "UGA>KEN:040"}},
		{"Kenya and Uganda agreed to hold regular meetings of their defence ministers.", []string{"KEN>UGA:036", "UGA>KEN:036"}},
	})
}

// TestDiscussedTopicOwner: whose matter is discussed is a topic, not a
// partner, so conjoined subjects discuss it with each other; a partner
// named by "with" stays one.
func TestDiscussedTopicOwner(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya and Uganda discussed Somalia's security.", []string{"KEN>UGA:040", "UGA>KEN:040"}},
		{"Kenya discussed trade with Ugandan officials.", []string{"KEN>UGAGOV:040"}},
	})
}

// TestOwnForcesOffered: the forces a state offers are its own, not whom
// the offer is to: whom they are to help is.
func TestOwnForcesOffered(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya offered troops to help Somalia.", []string{"KEN>SOM:033"}},
		{"Kenyan and Ugandan armies agreed to hold joint exercises.", []string{"UGAMIL>KENMIL:0312", "KENMIL>UGAMIL:0312"}},
	})
}

// TestWithdrawnEnvoysFrom: the diplomats a state withdraws are its own;
// the relations it cuts are with where they served.
func TestWithdrawnEnvoysFrom(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya withdrew three diplomats from its embassy in Kampala.", []string{"KEN>UGA:161"}},
		{"Kenya withdrew two diplomats.", nil},
	})
}
