package coder_test

import (
	"slices"
	"testing"
)

// TestConjoinedComplements: each infinitive conjoined to a frame's
// complement is meant too, when it codes another act aimed at someone it
// names; one coding what the first does, or aimed at no one, adds nothing.
func TestConjoinedComplements(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya agreed to withdraw its troops and release the Ugandan prisoners.", []string{"KEN>:0356", "KEN>UGACVL:0353"}},
		{"Kenyan militiamen promised to give up their guns and team up with Uganda.", []string{"KENREB>UGA:030"}},
		{"Kenya vowed to fight hard and attack Uganda.", []string{"KEN>UGA:138"}},
		{"Kenya vowed to work hard and help Uganda.", []string{"KEN>UGA:033"}},
		{"Kenya agreed to withdraw its troops and to cooperate fully.", []string{"KEN>:0356"}},
		{"Kenya asked Uganda to extradite the suspect and would ask Somalia next week.", []string{"KEN>UGA:020"}},
		{"Kenya agreed to meet Ugandan officials and meet Somali officials.", []string{"KEN>UGAGOV:036", "KEN>SOMGOV:036"}},
	})
}

// TestNamedObjectNoTarget: the object a pattern names beside a target
// oblique is the act's means, not whom it is aimed at, when the oblique
// names no actor the dictionaries know; a town is still its place's. (A
// group by a name no dictionary knows is then the target by its words.)
func TestNamedObjectNoTarget(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The Kenyan president plans to join forces with the Zubra group.", []string{"KENGOV>:031"}},
		{"The Kenyan president plans to join forces with Uganda.", []string{"KENGOV>UGA:031"}},
		{"Kenyan troops are firing artillery at Kismayo from the border.", []string{"KENMIL>SOM:194"}},
		{"Kenya handed over the prisoners to the Zubra group.", []string{"KEN>CVL:0841"}},
	})
}

// TestOccasionNoTarget: an "in" phrase that names an act of its own, or a
// time, is when or where an act was done, not what it was done to, so no
// text is kept as the target.
func TestOccasionNoTarget(t *testing.T) {
	p := pipeline(t)
	cases := []struct{ text, target string }{
		{"When Kenya used nerve agents in the past, the US failed to act.", ""},
		{"Kenya used sarin in an attack on Monday.", ""},
		{"Kenya seized two hills in the offensive, which began on Monday.", ""},
		{"Kenya imposed a curfew in several parts of the north.", "several parts of the north"},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			d := codeNewsOn(t, p, tc.text, "2023-06-01")
			if len(d.Events) != 1 {
				t.Fatalf("%d events, want 1", len(d.Events))
			}
			if got := d.Text(d.Events[0].Target.Span); got != tc.target {
				t.Errorf("target %q, want %q", got, tc.target)
			}
		})
	}
}

// TestHelpInfinitive: whom one helps track is not helped.
func TestHelpInfinitive(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya helped track al-Shabaab after the attacks.", nil},
		{"Kenya helped Uganda track al-Shabaab after the attacks.", []string{"KEN>UGA:070"}},
	})
}

// TestConjunctOwnMood: a conjunct with a tense or an auxiliary of its own
// and a conjunction has its own mood and negation, not those of the
// clause it is joined to, nor the threat its frame made of that clause.
func TestConjunctOwnMood(t *testing.T) {
	p := pipeline(t)
	cases := []struct {
		text string
		want []string // source>target:code/modality
	}{
		{"Kenya threatened to invade Uganda and accused Somalia of backing rebels.", []string{"KEN>UGA:138/conditional", "KEN>SOM:112/asserted"}},
		{"Kenya did not attack Uganda and has accused Somalia of backing rebels.", []string{"KEN>SOM:112/asserted"}},
		{"Kenya might invade Uganda and has attacked Somalia.", []string{"KEN>SOM:190/asserted"}},
		{"Kenya did not attack Uganda or bomb Somalia.", nil},
		{"Kenya does not want war, but if its troops are going to attack Uganda then they will lose.", nil},
	}
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

// TestAdminPlaceName: a part of a country named with what it is ("Borno
// State", "Idlib Province") is in that country.
func TestAdminPlaceName(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"The UN halted food deliveries in Borno State last week.", []string{"IGOUNO>NGA:162"}},
		{"Kenyan jets bombed targets in Idlib Province.", []string{"KEN>SYR:195"}},
	})
}

// TestWarnedReadiness: a readiness to do harm that one warns of is a
// threat, as the harm warned of is; a readiness to talk is not.
func TestWarnedReadiness(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya warned Uganda that Nairobi is ready to attack its bases.", []string{"KEN>UGA:138"}},
		{"Kenya warned Uganda that Nairobi will attack its bases.", []string{"KEN>UGA:138"}},
		{"Kenya warned Uganda that Nairobi is ready to negotiate.", []string{"KEN>UGA:010"}},
	})
}

// TestPurposeCopula: in "it was to attack X" the "it" is an act, not a
// state the text named last; the doer is the subject of the clause before.
func TestPurposeCopula(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"When Kenya and Britain finally intervened in Uganda and Somalia, it was to attack the rebels.", []string{"KEN>REB:190", "GBR>REB:190"}},
		{"Kenya is to send troops to Somalia.", []string{"KEN>SOM:154"}},
	})
}

// TestPossessedMilitary: "the country's military" attacking is the army of
// the country the text is about.
func TestPossessedMilitary(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya's president flew to Kampala on Monday. The country's military later attacked rebels near the border.", []string{"KENGOV>UGA:042", "KENMIL>REB:190"}},
	})
}

// TestNearlyDone: what one came close to doing is not done.
func TestNearlyDone(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya came close to attacking Uganda.", nil},
		{"Kenya moved close to the frontier and attacked Uganda.", []string{"KEN>UGA:190"}},
		{"Kenya came to attack Uganda.", []string{"KEN>UGA:190"}},
	})
}

// TestShelteredRefugees: asylum is given to the refugees one shelters,
// not to the state where they are, and refugees in a state are not its
// own refugees (refugees from one are).
func TestShelteredRefugees(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"We are welcoming 3 million refugees in Kenya today, the Kenyan president said.", []string{"KENGOV>REF:075"}},
		{"Kenya is welcoming 3 million refugees from Somalia.", []string{"KEN>SOMREF:075"}},
		{"Refugees in Kenya were attacked by Somali rebels.", []string{"SOMREB>REF:190"}},
	})
}

// TestUnknownDemonym: a nationality the tagger does not know still names
// whose planes attacked.
func TestUnknownDemonym(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenyan planes attacked civilians in Somalia.", []string{"KEN>SOMCVL:190"}},
	})
}

// TestConjoinedPossessor: the allies of two states are not either state.
func TestConjoinedPossessor(t *testing.T) {
	eachExactEvents(t, []newsEvents{
		{"Kenya and Uganda's NATO partners today called on both nations to show restraint.", []string{"IGOWSTNAT>UGA:020", "IGOWSTNAT>KEN:020"}},
	})
}
