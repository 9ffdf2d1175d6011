package coder_test

import (
	"testing"
)

// TestLightVerbPhrases codes events a news coder reads from a light verb and
// its noun ("entered into talks with", "heaped praise on", "unleashed attacks
// on") or from a less common verb of a listed act ("rendered assistance",
// "clamped down on"), each as SRC>TGT:CODE among the sentence's events.
func TestLightVerbPhrases(t *testing.T) {
	cases := []newsEvent{
		{"Malawi entered into negotiations with Zambia on Tuesday.", "MWI>ZMB:046"},
		{"Senegal played host to the Malian president last week.", "SEN>MLIGOV:043"},
		{"Ghana gave its backing to Togo.", "GHA>TGO:051"},
		{"The Peruvian president heaped praise on Bolivia.", "PERGOV>BOL:051"},
		{"Chile poured scorn on Argentina.", "CHL>ARG:111"},
		{"The Nepali foreign minister hurled accusations at Bhutan.", "NPLGOV>BTN:112"},
		{"Latvia levelled fresh criticism at Belarus.", "LVA>BLR:111"},
		{"Finland rendered assistance to Estonia.", "FIN>EST:070"},
		{"Norway dispatched medical supplies to Iceland.", "NOR>ISL:073"},
		{"Tunisian police clamped down on protesters.", "TUNCOP>OPP:175"},
		{"Chad waged war on Sudanese rebels.", "TCD>SDNREB:190"},
		{"The Burmese army unleashed attacks on Thai villages.", "MMRMIL>THA:190"},
		{"Eritrea unleashed airstrikes against Ethiopian rebels.", "ERI>ETHREB:195"},
	}
	eachHasEvent(t, cases)
}

// TestLawyersAndExchanges: lawyers by their British titles are the
// judiciary's, as lawyers and attorneys are; a stock exchange is a business.
func TestLawyersAndExchanges(t *testing.T) {
	cases := []newsEvent{
		{"A Sydney barrister criticised Fiji.", "JUD>FJI:110"},
		{"Kenyan solicitors accused the Ugandan police of torture.", "KENJUD>UGACOP:1122"},
		{"The Nairobi Stock Exchange signed an agreement with the Lagos Stock Exchange.", "KENBUS>NGABUS:057"},
	}
	eachHasEvent(t, cases)
}

// TestLightVerbNouns: a request, a demand, an apology, condolences, arrests,
// charges or a ban made, issued, sent or put is the act the noun names.
func TestLightVerbNouns(t *testing.T) {
	cases := []newsEvent{
		{"Laos made an appeal to Vietnam.", "LAO>VNM:020"},
		{"Cambodia submitted a request to Thailand.", "KHM>THA:020"}, // not a yielding to a request (080)
		{"Mongolia issued a demand to China.", "MNG>CHN:100"},
		{"Rwandan rebels made demands on Burundi.", "RWAREB>BDI:100"},
		{"Croatia issued an apology to Serbia.", "HRV>SRB:055"},
		{"Slovakia sent condolences to Hungary.", "SVK>HUN:018"},
		{"Moroccan police carried out arrests of Algerian traders.", "MARCOP>DZABUS:173"},
		{"Bolivia levelled charges against the Peruvian general.", "BOL>PER:112"},
		{"Qatar put a ban on Omani imports.", "QAT>OMN:163"},
		{"Jordan issued a travel ban on Syrian officials.", "JOR>SYRGOV:163"},
	}
	eachHasEvent(t, cases)
}

// TestLightVerbNouns2: a crackdown launched or ordered on someone represses
// them; thanks extended praise; a protest issued to a state is an official
// complaint; a pledge made to someone is an intent to cooperate with them.
func TestLightVerbNouns2(t *testing.T) {
	cases := []newsEvent{
		{"Zimbabwe launched a crackdown on Zambian traders.", "ZWE>ZMBBUS:175"},
		{"Belarusian police ordered a crackdown against protesters.", "BLRCOP>OPP:175"},
		{"Austria extended thanks to Slovenia.", "AUT>SVN:051"},
		{"Portugal issued a protest to Spain.", "PRT>ESP:114"},
		{"Angola made a pledge to Namibia.", "AGO>NAM:030"},
	}
	eachHasEvent(t, cases)
}

// TestTalksRefused: taking part in talks is the verb's event, so that
// refusing or declining to take part rejects the talks (125), as refusing to
// attend them does, and staying away from talks boycotts them (no talks).
func TestTalksRefused(t *testing.T) {
	cases := []newsEvent{
		{"Georgia will not take part in talks with Armenia.", "GEO>ARM:125"},
		{"Serbia refused to take part in negotiations with Kosovo.", "SRB>XKX:125"},
		{"Cyprus stayed away from talks with Turkey.", "CYP>TUR:125"},
		{"Latvia will not take part in the summit with Russia.", "LVA>RUS:125"},
		{"Lithuania refused to take part in the meeting with Belarus.", "LTU>BLR:125"},
	}
	eachHasEvent(t, cases)
}

// TestRejectionsAndArson: phrasal verbs of rejection ("shrugged off", "shot
// down a proposal", "defied the demands") reject (120), whose by the maker of
// what is rejected; setting fire to a building destroys property (1712).
func TestRejectionsAndArson(t *testing.T) {
	cases := []newsEvent{
		{"Nicaragua shrugged off criticism from Honduras.", "NIC>HND:120"},
		{"Ecuador shot down Colombia's proposal.", "ECU>COL:120"},
		{"Paraguay voted down Uruguay's proposal.", "PRY>URY:120"},
		{"Guatemala defied Mexico's demands.", "GTM>MEX:120"},
		{"Belize resisted Mexican pressure.", "BLZ>MEX:120"},
		{"Protesters set fire to the Danish embassy.", "OPP>DNKGOV:1712"},
	}
	eachHasEvent(t, cases)
}

// TestCallsPlacedAndPaid: a call placed to someone is a phone call (041); a
// courtesy call paid on someone is a visit (042).
func TestCallsPlacedAndPaid(t *testing.T) {
	cases := []newsEvent{
		{"The Czech president placed a call to the Polish president.", "CZEGOV>POLGOV:041"},
		{"The Dutch foreign minister paid a courtesy call on the Belgian king.", "NLDGOV>BELGOV:042"},
	}
	eachHasEvent(t, cases)
}

// TestIntentToOppose: deciding, vowing or planning to reject, criticise, demand
// or strike is no intent to cooperate (030, the intent family's fallback) with
// whoever is opposed: the act itself is coded. Each sentence's events, as
// SRC>TGT:CODE, must be exactly want.
func TestIntentToOppose(t *testing.T) {
	cases := []newsEvents{
		{"Kenya decided to reject Tanzania's proposal.", []string{"KEN>TZA:120"}},
		{"Mali vowed to resist demands from Niger.", []string{"MLI>NER:120"}},
		{"Gabon decided to criticise Cameroon.", []string{"GAB>CMR:110"}},
		{"Somali teachers decided to stage a strike against the government.", []string{"SOMEDU>SOMGOV:143"}},
		{"Haiti offered to send troops to Jamaica.", []string{"HTI>JAM:030"}}, // a force sent is no opposition (15): the offer stays
	}
	eachExactEvents(t, cases)
}
