package coder_test

import "testing"

// TestStateOfEmergencyPlace: a state of emergency or siege declared in a
// place is aimed at that place, wherever the parse hangs the place in
// "state of emergency", and not at whoever a search after it is for.
func TestStateOfEmergencyPlace(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		// (the county no dictionary codes: a target by its words)
		{"Kenya declared the state of emergency in Lamu County pending a search for rebel leader John Ouma.", []string{"KEN>:1724"}},
		{"Kenya declared a new state of emergency in Lamu County pending a search for rebel leader John Ouma.", []string{"KEN>:1724"}},
		{"Kenya declared a state of martial law in Lamu County pending a search for rebel leader John Ouma.", []string{"KEN>:1724"}},
	})
}

// TestFrontedTripNoTarget: a phrase put before the verb sets the scene;
// the place it names is no target a pattern looks for lower down.
func TestFrontedTripNoTarget(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"On a trip to Tanzania, Ruto announced new funding for the refugees in Uganda.", []string{"KENGOV>REF:070", "KENGOV>TZA:042"}},
	})
}

// TestDecidedNotTo: a decision not to cooperate is a refusal, as "refused
// to" is; a pledge not to cooperate codes nothing.
func TestDecidedNotTo(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya decided not to attend Uganda's summit.", []string{"KEN>UGA:125"}},
		{"The Kenyan cabinet resolved not to lift its trade sanctions on Uganda.", []string{"KENGOV>UGA:1244"}},
		{"Kenya pledged not to attend Uganda's summit.", nil},
	})
}

// TestMissileFiredBy: what a weapon fired by an armed group hits, the group
// attacks; a record or a plateau hit is reached, no attack.
func TestMissileFiredBy(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"A missile fired by al-Shabaab hit the Kenyan town of Mandera.", []string{"SOMREB>KEN:190", "SOMREB>:194"}},
		{"Uganda's Green Revolution has hit a plateau.", nil},
	})
}

// TestWeaponFrom: a weapon does what its state does, named by a nationality
// or by where it was fired from.
func TestWeaponFrom(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"A Somali missile struck the Kenyan town of Mandera.", []string{"SOM>KEN:190"}},
		{"A missile from Somalia struck the Kenyan town of Mandera.", []string{"SOM>KEN:190"}},
		{"Two people died after a rocket from Somalia struck the Kenyan town of Lamu.", []string{"SOM>KEN:190"}},
	})
}

// TestSanctionsLapse: sanctions not renewed, by failure or refusal, lapse:
// they are eased; sanctions refused outright are a rejection.
func TestSanctionsLapse(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The African Union failed to renew its weapons embargo on Somalia.", []string{"IGOAFRAFU>SOM:085"}},
		{"The European Union refused to extend its sanctions on Uganda.", []string{"IGOEUREEC>UGA:085"}},
		{"The European Union refused to impose sanctions on Uganda.", []string{"IGOEUREEC>UGA:120"}},
	})
}

// TestForceToProtect: whom troops are sent to rescue or protect is not
// whom they are mobilised against.
func TestForceToProtect(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya deployed troops to protect Ugandan civilians.", []string{"KEN>:154"}},
		{"Kenya mobilised its soldiers to the area to rescue the Ugandan hostages.", []string{"KEN>:154", "KEN>UGACVL:070"}},
	})
}

// TestStrayNamedTarget: a place phrase the parse hung lower in the verb's
// own phrases may name a town no dictionary codes as an actor, which
// stands for its state.
func TestStrayNamedTarget(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenyan troops killed 12 worshippers in a mosque in Kismayo.", []string{"KENMIL>SOM:190"}},
	})
}

// TestWorthOfAid: goods handed over by their worth are given.
func TestWorthOfAid(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya handed over more than 4 million dollars worth of medicines to the Ugandan health ministry.", []string{"KEN>UGAGOVHLH:070"}},
	})
}

// TestCompanyWithSectorWord: a company named after its city with a sector
// word inside ("Union") is a business, not a trade union.
func TestCompanyWithSectorWord(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Mombasa Union Gas Co signed a supply contract with Uganda.", []string{"BUS>UGA:057"}},
	})
}
