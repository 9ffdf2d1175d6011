package coder_test

import "testing"

// TestUnnamedSource: a subject no dictionary codes, a name, people or a
// body, is still who acted: the event keeps the words that name it, with
// no actor code, each of a pair of names too. A journey by someone whose
// office no dictionary knows is no visit; a participle describing a noun
// says no act of the noun's.
func TestUnnamedSource(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Adam Otieno refused to meet with President Ruto.", []string{`"Adam Otieno">KENGOV:125`}},
		{"The nurses' strike committee rejected the Ugandan government's offer.", []string{`"The nurses' strike committee">UGAGOV:120`}},
		{"Mary Wanjiru and Adam Otieno condemned the Ugandan government.", []string{`"Mary Wanjiru">UGAGOV:111`, `"Adam Otieno">UGAGOV:111`}},
		{"Otieno travelled to Uganda in May.", nil},
		{"Ugandan police arrested a man fighting the rebels.", []string{"UGACOP>:173"}},
	})
}

// TestUnnamedRoleSource: one who acts for a body, and a share of people,
// no dictionary codes are who acted, named by their words with the of
// phrase that says whose they are or of whom.
func TestUnnamedRoleSource(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The union's chairman rejected the Ugandan government's offer.", []string{`"The union's chairman">UGAGOV:120`}},
		{"A majority of the striking guards rejected the Kenyan government's offer.", []string{`"A majority of the striking guards">KENGOV:120`}},
		{"The director of the Ndumberi water agency criticised Uganda.", []string{`"The director of the Ndumberi water agency">UGA:110`}},
	})
}

// TestRoleBody: the head, director or chief of a body acts for it, named
// as the subject or in apposition to a name; of a thing no dictionary
// codes ("the Nairobi branch") the words stay the source.
func TestRoleBody(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The head of the Kenyan army accused Uganda of spying.", []string{"KENMIL>UGA:112"}},
		{"The director of Kenya's intelligence agency accused Uganda of spying.", []string{"KENSPY>UGA:112"}},
		{"Adam Otieno, director of the Kenyan Finance Ministry, criticised Uganda.", []string{"KENGOV>UGA:110"}},
		{"The manager of the Nairobi branch criticised Uganda.", []string{`"The manager of the Nairobi branch">UGA:110`}},
	})
}

// TestRetrialOrdered: a retrial or a prosecution ordered or begun is
// bringing to trial (115, as prosecuting), of whom it tries.
func TestRetrialOrdered(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"A Kenyan court ordered a retrial of the Ugandan smuggler.", []string{"KENJUD>UGACRM:115"}},
		{"Kenyan prosecutors began the prosecution of two Ugandan officials.", []string{"KENJUD>UGAGOV:115"}},
	})
}
