package coder_test

import (
	"strconv"
	"testing"

	"dyad/doc"
)

// TestStatesProtestInWords: a state, its government or an
// intergovernmental body that protests does so in words (110, PLOVER
// ACCUSE), as "protested to" and "protested the ban" are coded; people
// protesting demonstrate (141). Troops that march move; they do not
// demonstrate.
func TestStatesProtestInWords(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya protested over Uganda's ban on Kenyan maize.", []string{"KEN>UGA:110"}},
		{"The Kenyan government strongly protested against the closure of Ugandan ports.", []string{"KENGOV>UGA:110"}},
		{"Kenyan nurses protested against the Ugandan decision.", []string{"KENHLH>UGA:141"}},
		{"Kenyan public employees protested against the planned government wage freeze.", []string{"KENLAB>:141"}},
		{"Kenyan troops marched into the border town of Busia on Monday.", nil},
		{"Kenyan farmers marched into Nairobi on Monday.", []string{"KENAGR>KEN:141"}},
	})
}

// TestMarketsRally: futures, indices and a city's exchange rally on
// prices; no crowd gathers.
func TestMarketsRally(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenyan coffee futures rallied late on Friday.", nil},
		{"Nairobi rallied in late trade, dealers said.", nil},
		{"Kenyan teachers rallied outside the Ugandan embassy.", []string{"KENEDU>UGAGOV:141"}},
	})
}

// TestRalliedBehind: rallying behind or around someone backs them (051).
func TestRalliedBehind(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenyan lawmakers rallied behind the Ugandan president.", []string{"KENLEG>UGAGOV:051"}},
		{"Kenyan lawmakers rallied around Uganda after the vote.", []string{"KENLEG>UGA:051"}},
	})
}

// TestExchangeOfFire: an exchange of fire is fire exchanged (193), each
// side at the other; views exchanged are talks.
func TestExchangeOfFire(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Tuesday's exchange of fire between Kenya and Uganda killed two herders.", []string{"KEN>UGA:193"}},
		{"Kenyan troops exchanged fire with Ugandan soldiers near the border.", []string{"KENMIL>UGAMIL:193"}},
		{"Kenyan and Ugandan troops exchanged fire on Monday.", []string{"UGAMIL>KENMIL:193", "KENMIL>UGAMIL:193"}},
		{"Kenya exchanged views with Uganda on trade.", []string{"KEN>UGA:040"}},
	})
}

// TestRefusalAimedAsTheAct: an act refused, by "will not" or "refused
// to", is aimed where the act would be ("its war on the rebels").
func TestRefusalAimedAsTheAct(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya stopped its war on the Ugandan rebels.", []string{"KEN>UGAREB:087"}},
		{"Kenya will not stop its war on the Ugandan rebels.", []string{"KEN>UGAREB:1246"}},
		{"Kenya refused to stop its war on the Ugandan rebels.", []string{"KEN>UGAREB:1246"}},
	})
}

// TestOwnPossessiveOfTheAct: "its" before the act noun says whose
// embargo or boycott it is, the source's own; whom it is on is the target.
func TestOwnPossessiveOfTheAct(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya lifted its embargo on Uganda.", []string{"KEN>UGA:085"}},
		{"Kenya will not lift its embargo on Uganda.", []string{"KEN>UGA:1244"}},
		{"Kenya refused to lift its embargo on Uganda.", []string{"KEN>UGA:1244"}},
		{"Kenya ended its boycott of Ugandan goods.", []string{"KEN>UGA:085"}},
		{"Kenya renewed its sanctions on Uganda.", []string{"KEN>UGA:163"}},
	})
}

// TestSeaNames: a nationality that begins the name of a sea or a land
// ("Indian Ocean") is no one's nationality.
func TestSeaNames(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya seized the Indian Ocean Star tanker.", []string{"KEN>:171"}},
		{"Kenya sent troops to Indian Ocean islands.", []string{"KEN>:154"}},
		{"Kenya seized an Indian tanker.", []string{"KEN>IND:171"}},
	})
}

// TestAttackedWhatHeCalled: what is attacked under the name a speaker
// gives it is that thing: reports are criticised, not bombed.
func TestAttackedWhatHeCalled(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Kenyan minister attacked what he called biased press reports.", nil},
		{"The Kenyan minister attacked Uganda's statement.", []string{"KENGOV>UGA:111"}},
	})
}

// TestThreatenedLegalAction: legal or diplomatic action threatened is no
// threat of force (130); industrial action threatened is a strike (133).
func TestThreatenedLegalAction(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya threatened legal action against Uganda.", []string{"KEN>UGA:130"}},
		{"Kenyan nurses threatened industrial action against the government.", []string{"KENHLH>KENGOV:133"}},
		{"Kenya threatened military action against Uganda.", []string{"KEN>UGA:138"}},
	})
}

// TestStatesChargedInWords: a state or an intergovernmental body charged
// with wrongdoing by anyone but a court is accused (112); people charged
// are prosecuted (115).
func TestStatesChargedInWords(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Washington charged Kenya and Uganda with unfair trade practices.", []string{"USA>KEN:112", "USA>UGA:112"}},
		{"Kenya charged the Ugandan journalist with treason.", []string{"KEN>UGAMED:115"}},
		{"The ICC charged Kenya with obstruction.", []string{"IGOJUDICC>KEN:115"}},
	})
}

// TestHandedAid: equipment, supplies or aid handed to someone is aid
// (070), with or without "over".
func TestHandedAid(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya handed medical equipment to the Ministry of Health of Uganda.", []string{"KEN>UGAGOVHLH:070"}},
		{"Kenya handed over ambulances to Uganda's health ministry.", []string{"KEN>UGAGOVHLH:070"}},
	})
}

// TestRelativeDates: dates read against publication (Thursday
// 2023-06-01): two days on for the day after tomorrow, two back for the
// day before yesterday; "this week" is dated by its month, unless a time
// named later in the sentence dates what is meant.
func TestRelativeDates(t *testing.T) {
	p := pipeline(t)
	for _, c := range []struct {
		text, want string
		prec       doc.DatePrecision
	}{
		{"Kenya will meet Uganda the day after tomorrow.", "2023-06-03", doc.Day},
		{"Kenya met Uganda the day before yesterday.", "2023-05-30", doc.Day},
		{"Kenya met Uganda yesterday.", "2023-05-31", doc.Day},
		{"Kenya met Uganda this week.", "2023-06-01", doc.Month},
		{"Kenya said this week it will meet Uganda next month.", "2023-07-01", doc.Month},
	} {
		d := codeNews(t, p, c.text)
		if len(d.Events) != 1 || d.Events[0].Date.Format("2006-01-02") != c.want || d.Events[0].DatePrec != c.prec {
			var got []string
			for _, e := range d.Events {
				got = append(got, e.Date.Format("2006-01-02")+" "+strconv.Itoa(int(e.DatePrec)))
			}
			t.Errorf("%q: dates %v, want one event on %s (precision %d)", c.text, got, c.want, c.prec)
		}
	}
}

// TestPlaceCoordinates: a capital named in the sentence is placed with the
// coordinates the dateline's gets; a city, another capital or a town with
// the gazetteer's (cities.txt, capitals.txt, places.txt); a province with
// none has none.
func TestPlaceCoordinates(t *testing.T) {
	p := pipeline(t)
	for _, c := range []struct {
		text     string
		lat, lon float64
	}{
		{"Kenya's president met his Ugandan counterpart at State House in Nairobi.", -1.29, 36.82},
		{"NAIROBI (Reuters) - Kenya's president met his Ugandan counterpart.", -1.29, 36.82},
		{"Kenyan police arrested ten Ugandan traders in Mombasa on Monday.", -4.05, 39.66},
		{"Syrian police arrested ten Kenyan traders in Quneitra on Monday.", 0, 0},
		{"Austrian police arrested ten Kenyan traders in Vienna on Monday.", 48.21, 16.37}, // capitals.txt, by gen/geo.mjs
		{"Turkish jets bombed Kurdish fighters in Afrin on Monday.", 36.51, 36.87},         // a town of places.txt, likewise
		{"Kenya's president met his Ugandan counterpart at the Kremlin.", 55.75, 37.62},    // a seat of power, at its city
	} {
		d := codeNews(t, p, c.text)
		if len(d.Events) != 1 || d.Events[0].Place == nil || d.Events[0].Place.Lat != c.lat || d.Events[0].Place.Lon != c.lon {
			var got []any
			for _, e := range d.Events {
				got = append(got, e.Place)
			}
			t.Errorf("%q: places %v, want one at %v, %v", c.text, got, c.lat, c.lon)
		}
	}
}

// TestAskedABody: people, a body or states by kind asked, urged, invited
// or appealed to, named by no dictionary, are whom the appeal is made to
// (the object's words), not the actors of what they are asked to do.
func TestAskedABody(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Kenyan prosecutor asked a special committee to postpone the freeing of the Ugandan prisoners.", []string{"KENJUD>:020"}},
		{"Kenya urged the committee to punish Uganda.", []string{"KEN>:020"}},
		{"Kenya asked Uganda to release the prisoners.", []string{"KEN>UGA:0253"}},
		{"Kenya demanded higher commissions from Ugandan banks.", []string{"KEN>UGABUS:100"}},
		{"Kenya appealed to nine nations for food to feed the refugees.", []string{"KEN>:023"}},
		// (but states the phrase names are whom it means)
		{"Kenya asked four countries, including Uganda and Tanzania, for the use of their ports.", []string{"KEN>UGA:020", "KEN>TZA:020"}},
	})
}

// TestNationalityInApposition: a person no dictionary knows, described in
// apposition as "a Kenyan runner", is of that nation, whatever the noun;
// a Kenyan company's pilot is not thereby Kenyan.
func TestNationalityInApposition(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"John Okello, a Kenyan runner, declined to meet with Uganda's vice president.", []string{"KEN>UGAGOV:125"}},
		{"Peter Mwangi, a Kenyan sculptor, met the Ugandan president in Kampala.", []string{"KEN>UGAGOV:040"}},
		{"Ugandan police arrested John Okello, a Kenyan tourist, on Monday.", []string{"UGACOP>KENCVL:173"}},
		{"John Okello, the Kenyan Airways pilot, met Uganda's vice president.", []string{`"John Okello">UGAGOV:040`}},
	})
}

// TestAttackedInWords: an attack made on a platform, on the air or in a
// speech is made in words (111); a post on a platform is no act aimed at
// the platform.
func TestAttackedInWords(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Kenyan minister attacked Uganda on Twitter.", []string{"KENGOV>UGA:111"}},
		{"The Kenyan president attacked the Ugandan opposition in a speech on Monday.", []string{"KENGOV>UGAOPP:111"}},
		{"Kenyan jets attacked Ugandan rebels on Monday.", []string{"KEN>UGAREB:190"}},
		{"Kenya imposed a blockade on Ugandan air and sea ports.", []string{"KEN>UGA:191"}},
		{"The Kenyan minister paid tribute to the victims on Facebook.", nil},
	})
}

// TestTradeRetaliation: retaliation in a trade dispute is tariffs, a
// sanction (163), threatened (1312) at whoever the condition names; with
// arms in the sentence it stays force.
func TestTradeRetaliation(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya will retaliate if Uganda raises tariffs on Kenyan sugar.", []string{"KEN>UGA:1312"}},
		{"Kenya said it will retaliate if Uganda keeps its markets closed.", []string{"KEN>UGA:1312"}},
		{"Kenya retaliated against Uganda for dumping cheap sugar.", []string{"KEN>UGA:163"}},
		{"Kenya threatened retaliation against Uganda over the import ban.", []string{"KEN>UGA:1312"}},
		{"Kenya will retaliate if Ugandan troops cross the border.", []string{"KEN>:138"}},
		// a condition on what is done to a state's things, by no one named
		{"Kenya said it would retaliate at once if Ugandan exports were taxed.", []string{"KEN>UGA:1312"}},
	})
}

// TestSecurityCouncilLowerCase: the UN body written in lower case, as some
// papers write it ("UN security council"), is that body, not a national
// security council of the UN.
func TestSecurityCouncilLowerCase(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Kenyan ambassador briefed the UN security council on Monday.", []string{"KENGOV>IGOUNO:010"}},
		{"The Kenyan ambassador briefed the UN Security Council on Monday.", []string{"KENGOV>IGOUNO:010"}},
	})
}

// TestTradeWars: a trade war fought, or one or a conflict between trading
// powers, is no force; a war or conflict that kills is.
func TestTradeWars(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya and Uganda fought a trade war over sugar.", nil},
		{"A trade war between Kenya and Uganda would hurt both.", nil},
		{"The conflict between the region's three major trading powers, Kenya, Uganda and Tanzania, worried investors.", nil},
		{"The war between Kenya and Uganda killed thousands.", []string{"KEN>UGA:190"}},
	})
}

// TestTheCountry: "the country" is the state named last, in its sentence
// or the two before, unless two are named there; not a possessive.
func TestTheCountry(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Alarmed by Kenya's rising debt, the IMF pressed the country to cut spending.", []string{"IGOBUSIMF>KEN:020"}},
		{"Kenya held elections on Monday. Observers said the country had voted peacefully. The IMF praised the country.", []string{"IGOBUSIMF>KEN:051"}},
		{"Kenya accused Uganda of harbouring rebels and threatened to attack the country.", []string{"KEN>UGA:112", "KEN>:138"}},
	})
}
