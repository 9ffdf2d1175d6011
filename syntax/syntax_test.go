package syntax

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"dyad/doc"
	"dyad/syntax/conllu"
	"dyad/syntax/neural"
	"dyad/syntax/parser"
	"dyad/text"
)

func annotate(t *testing.T, s string) *doc.Doc {
	t.Helper()
	return annotateWith(t, s, nil)
}

// annotateWith runs the text and syntax stages (the embedded tagger and
// the repairs) on s, with tree for the parser's trees when it is not nil.
func annotateWith(t *testing.T, s string, tree TreeParser) *doc.Doc {
	t.Helper()
	st, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if tree != nil {
		st = st.WithTreeParser(tree, 20)
	}
	p, err := doc.NewPipeline(text.New(text.Options{}), st)
	if err != nil {
		t.Fatal(err)
	}
	d := doc.New(doc.Article{ID: "test", Text: s})
	if err := p.Run(d); err != nil {
		t.Fatal(err)
	}
	return d
}

// tokenIn returns the index of the first token of sentence si whose text is
// form, or with form written "word#n" of its n-th such token.
func tokenIn(t *testing.T, d *doc.Doc, si int, form string) int32 {
	t.Helper()
	if si >= len(d.Sentences) {
		t.Fatalf("no sentence %d (have %d)", si, len(d.Sentences))
	}
	nth := 1
	if w, n, ok := strings.Cut(form, "#"); ok && w != "" {
		if k, err := strconv.Atoi(n); err == nil {
			form, nth = w, k
		}
	}
	s := d.Sentences[si]
	for i := s.Tokens.Start; i < s.Tokens.End; i++ {
		if d.TokenText(int(i)) == form {
			if nth--; nth == 0 {
				return i
			}
		}
	}
	t.Fatalf("no token %q in sentence %d: %q", form, si, d.Text(s.Span))
	return -1
}

// arc is a dependency worked out by hand: dep hangs off head with rel
// (compared on the universal part).
type arc struct {
	dep, head string
	rel       doc.DepRel
}

func checkArcs(t *testing.T, d *doc.Doc, si int, arcs []arc) {
	t.Helper()
	for _, a := range arcs {
		dep := tokenIn(t, d, si, a.dep)
		tok := d.Tokens[dep]
		if a.head == "" {
			if tok.Head != -1 || tok.Dep != doc.Root {
				t.Errorf("%q: head %d %s, want root", a.dep, tok.Head, tok.Dep)
			}
			continue
		}
		head := tokenIn(t, d, si, a.head)
		if tok.Head != head || tok.Dep.Universal() != a.rel.Universal() {
			got := "root"
			if tok.Head >= 0 {
				got = d.TokenText(int(tok.Head))
			}
			t.Errorf("%q: %s of %q, want %s of %q (sentence %q)", a.dep, tok.Dep, got, a.rel, a.head, d.Text(d.Sentences[si].Span))
		}
	}
}

// checkInside checks that the phrase holding word in sentence si is a rel
// of head (any relation for NoDep): some ancestor of word below head hangs
// off head with rel.
func checkInside(t *testing.T, d *doc.Doc, si int, word, head string, rel doc.DepRel) {
	t.Helper()
	x, h := tokenIn(t, d, si, word), tokenIn(t, d, si, head)
	for steps := 0; x >= 0 && steps < 100; steps++ {
		tok := d.Tokens[x]
		if tok.Head == h {
			if rel != doc.NoDep && tok.Dep.Universal() != rel.Universal() {
				t.Errorf("%q lies in a %s of %q, want %s", word, tok.Dep, head, rel)
			}
			return
		}
		x = tok.Head
	}
	t.Errorf("%q does not lie under %q", word, head)
}

// TestKeyArcs parses news sentences written for this test and checks the
// arcs event coding relies on: subjects, objects, clausal complements.
func TestKeyArcs(t *testing.T) {
	tests := []struct {
		text string
		arcs []arc
	}{
		{"The foreign minister said Russia had violated the agreement.", []arc{
			{"said", "", doc.Root}, {"minister", "said", doc.Nsubj}, {"violated", "said", doc.Ccomp},
			{"Russia", "violated", doc.Nsubj}, {"agreement", "violated", doc.Obj}}},
		{"The ministry said that the talks would resume on Monday.", []arc{
			{"said", "", doc.Root}, {"ministry", "said", doc.Nsubj}, {"resume", "said", doc.Ccomp},
			{"that", "resume", doc.Mark}, {"talks", "resume", doc.Nsubj}, {"Monday", "resume", doc.Obl}}},
		// a fighter's noun read as an adjective, and the participle after
		// its phrase: repairPersonAdjective, repairReducedRelative
		{"A Belgian court approved the extradition of a suspected jihadist militant wanted on charges of financing attacks.", []arc{
			{"approved", "", doc.Root}, {"extradition", "approved", doc.Obj}, {"militant", "extradition", doc.Nmod},
			{"wanted", "militant", doc.Acl}}},
		// a clause joined by "and", read as a noun conjoined to the object
		// with a relative: repairConjoinedClause
		{"Turkey shelled the town and police arrested him.", []arc{
			{"arrested", "shelled", doc.Conj}, {"police", "arrested", doc.Nsubj}, {"him", "arrested", doc.Obj}}},
		// a reported clause's subject read as the reporting verb's object:
		// repairObjectClause
		{"He warned Russia would pay a heavy price.", []arc{
			{"pay", "warned", doc.Ccomp}, {"Russia", "pay", doc.Nsubj}}},
		// the same with a past tense and its object hung on the noun
		{"Israel's army said its jets struck Hamas targets overnight.", []arc{
			{"struck", "said", doc.Ccomp}, {"jets", "struck", doc.Nsubj}, {"targets", "struck", doc.Obj}}},
		// the same with the verb read as an adjective of its object: repairAmodVerb
		{"Israel said its jets struck Hamas targets.", []arc{
			{"struck", "said", doc.Ccomp}, {"jets", "struck", doc.Nsubj}, {"targets", "struck", doc.Obj}}},
		// the same with a bare past tense, read as a conjunct with no "and"
		{"The OAU complained the treaty breached regional fishing rules.", []arc{
			{"breached", "complained", doc.Ccomp}, {"treaty", "breached", doc.Nsubj}, {"rules", "breached", doc.Obj}}},
		// a name opening the sentence read as a vocative, its relative
		// clause as the main one: repairVocativeRelative
		{"Putin, who met Erdogan on Monday, warned the West.", []arc{
			{"warned", "", doc.Root}, {"Putin", "warned", doc.Nsubj}, {"met", "Putin", doc.AclRelcl}, {"who", "met", doc.Nsubj}}},
		// a participle set off by commas read as the main verb:
		// repairParentheticalParticiple
		{"The strike, carried out by Israeli drones, killed two Hezbollah fighters.", []arc{
			{"killed", "", doc.Root}, {"strike", "killed", doc.Nsubj}, {"carried", "strike", doc.Acl}}},
		// a relative clause's object read as the main verb's subject:
		// repairRelativeObject
		{"A powerful earthquake which struck northern Chile killed two people.", []arc{
			{"killed", "", doc.Root}, {"earthquake", "killed", doc.Nsubj}, {"Chile", "struck", doc.Obj}}},
		// the participle of a compound adjective read as the root:
		// repairHyphenAdjective
		{"Firms in Hamburg port's strike-hit general freight sector were served with a court order.", []arc{
			{"hit", "sector", doc.Amod}, {"served", "", doc.Root}}},
		// a that-clause hung on the time after its reporting verb: repairTimeClause
		{"The ministry said Friday that hackers had targeted its servers.", []arc{
			{"targeted", "said", doc.Ccomp}, {"hackers", "targeted", doc.Nsubj}}},
		// a clause interrupted by its attribution: repairInterruptedClause
		{"Russia, the ministry said, attacked the port overnight.", []arc{
			{"Russia", "attacked", doc.Nsubj}, {"ministry", "said", doc.Nsubj}}},
		// a report whose "that" was read as a pronoun and its verb as a
		// participle: repairThatClause, repairInitialParticiple
		{"Russian media reported on Thursday that Foreign Minister Sergei Lavrov met Antony Blinken.", []arc{
			{"reported", "", doc.Root}, {"media", "reported", doc.Nsubj}, {"met", "reported", doc.Ccomp}, {"that", "met", doc.Mark}}},
		// a gerund-like adjective, and a second bare verb under one modal:
		// repairIngAdjective, repairModalConjunct
		{"Iran said it would shoot down incoming drones and strike their launch sites.", []arc{
			{"incoming", "drones", doc.Amod}, {"strike", "shoot", doc.Conj}}},
		// a reported clause's subject read as the say verb's object, and a
		// bare verb under its modal joined to the verb the report hangs on:
		// repairSayObjectSubject, repairModalConjunct
		{"Tom Reyes, the US defense secretary, outlined Washington's plan last month in an address in Texas, saying the US deployment would contain Iran, continue to fight remnants of Isis as it withdraws into mountain caves.", []arc{
			{"deployment", "contain", doc.Nsubj}, {"continue", "contain", doc.Conj}}},
		// a verb of advance read as a noun in a subordinate clause:
		// repairMotionVerb
		{"Al-Shabaab commanders urged their fighters to hold firm as Kenyan troops edge towards the pocket of villages that shelters the last militant holdouts.", []arc{
			{"troops", "edge", doc.Nsubj}, {"shelters", "pocket", doc.AclRelcl}}},
		// "account for" read as a noun after a plural subject: repairMotionVerb
		{"Experts say that Lagos and its suburbs account for half of the economy.", []arc{
			{"account", "say", doc.Ccomp}, {"Lagos", "account", doc.Nsubj}}},
		// "in case" read as a preposition: repairInCase
		{"The government will respond in case those armed groups are targeting civilians.", []arc{
			{"in", "targeting", doc.Mark}, {"groups", "targeting", doc.Nsubj}}},
		// a plural noun after "and", read as a verb: repairCoordinatedNoun
		{"Japan delivered new surgical equipment and medicines to the health ministry.", []arc{
			{"medicines", "equipment", doc.Conj}}},
		// a nationality opening the sentence and the plural after it, read
		// as a name and its verb: repairDemonymSubject; a name and its verb
		// stay so
		{"Kenyan nurses called off their strike on Monday.", []arc{
			{"called", "", doc.Root}, {"nurses", "called", doc.Nsubj}, {"Kenyan", "nurses", doc.Amod}}},
		{"Somali guards shot a man near the port.", []arc{
			{"shot", "", doc.Root}, {"guards", "shot", doc.Nsubj}, {"man", "shot", doc.Obj}}},
		{"Erdogan warns banned groups.", []arc{
			{"warns", "", doc.Root}, {"Erdogan", "warns", doc.Nsubj}}},
		// a nationality right after the verb, read as a naming complement
		// with the name hung on it: repairDemonymObject
		{"The emir phoned Sudanese President Omar al-Rashid on Friday.", []arc{
			{"Omar", "phoned", doc.Obj}, {"Sudanese", "Omar", doc.Amod}}},
		// a name and a participle written without the hyphen, read as a
		// subject and its verb: repairUnhyphenedParticiple; and a subject
		// read as an adverbial clause: repairNounAdvcl
		{"The Saudi led coalition bombed the port.", []arc{
			{"bombed", "", doc.Root}, {"coalition", "bombed", doc.Nsubj}, {"led", "coalition", doc.Amod}}},
		{"The Saudi led coalition in Yemen bombed the port.", []arc{
			{"coalition", "bombed", doc.Nsubj}, {"Yemen", "coalition", doc.Nmod}}},
		{"Iran backed rebels attacked the town.", []arc{
			{"attacked", "", doc.Root}, {"rebels", "attacked", doc.Nsubj}, {"backed", "rebels", doc.Amod}}},
		{"The Eritrean based ZLF recently signed a pact with the Ugandan government.", []arc{
			{"ZLF", "signed", doc.Nsubj}, {"based", "ZLF", doc.Amod}}},
		{"Iran-backed rebels attacked the town.", []arc{
			{"rebels", "attacked", doc.Nsubj}}},
		// "after X from Y struck", read as a phrase "after X" with a
		// subjectless verb: repairSubordinateSubject, through the noun's own
		// modifier
		{"Two people died after a rocket from Somalia struck the Kenyan town of Lamu.", []arc{
			{"rocket", "struck", doc.Nsubj}, {"after", "struck", doc.Mark}}},
		// a noun and a participle with its by-agent, read as a passive
		// clause of the verb after them: repairParticipleAgentSubject
		{"A missile fired by al-Shabaab hit the Kenyan town of Mandera.", []arc{
			{"missile", "hit", doc.Nsubj}, {"fired", "missile", doc.Acl}}},
		// an infinitive after a verb's with-phrase, tagged a preposition and
		// a noun and hung on the phrase's noun: repairInfinitiveAfterPhrase,
		// repairObliqueInfinitive
		{"Kenya agreed with its Ugandan counterpart to exchange technology.", []arc{
			{"exchange", "agreed", doc.Xcomp}, {"to", "exchange", doc.Mark}, {"technology", "exchange", doc.Obj}}},
		// a hyphenated participle kept as one token, read as a complement
		// with the noun after it its object: repairHyphenParticiple
		{"Kenya has suspended UN-brokered security talks in Mombasa.", []arc{
			{"talks", "suspended", doc.Obj}, {"UN-brokered", "talks", doc.Amod}}},
		// "aid" in a compound, read as a verb: repairAidCompound
		{"Militants killed the journalists and aid worker Peter Kassig.", []arc{
			{"aid", "worker", doc.Compound}}},
		// a finite verb's subject hung elsewhere: repairMissingSubject
		{"In March, the Kazakh defense minister, Nurlan Yermek, agreed with his Chinese counterpart to boost joint training.", []arc{
			{"agreed", "", doc.Root}, {"minister", "agreed", doc.Nsubj}}},
		{"A Tunisian court later convicted two of the protest organisers.", []arc{
			{"convicted", "", doc.Root}, {"court", "convicted", doc.Nsubj}}},
		{"Parliament Speaker Ahmed Karim this week demanded that Hamdan appear before the chamber.", []arc{
			{"demanded", "", doc.Root}, {"Speaker", "demanded", doc.Nsubj}, {"week", "demanded", doc.OblUnmarked}}},
		// a past tense read as a participle after an opening subject and
		// before an object: repairInitialParticiple
		{"The dust formed a cloud around the planet's moon and was slowly pulled together by gravity.", []arc{
			{"formed", "", doc.Root}, {"dust", "formed", doc.Nsubj}, {"cloud", "formed", doc.Obj}}},
		// a verb read as a preposition it never was: repairUnknownPreposition
		{"Regional trade officials applaud the Egyptian government's recent decision to cut tariffs.", []arc{
			{"applaud", "", doc.Root}, {"officials", "applaud", doc.Nsubj}, {"decision", "applaud", doc.Obj}}},
		// a subject with a preposition, where the verb has another:
		// repairCaseSubject
		{"Italy announced it would take in the migrants, and in June said it was planning to resettle families.", []arc{
			{"June", "said", doc.Obl}, {"said", "announced", doc.Conj}}},
		{"Protesters urged the government to release the prisoners.", []arc{
			{"urged", "", doc.Root}, {"Protesters", "urged", doc.Nsubj}, {"government", "urged", doc.Obj},
			{"release", "urged", doc.Xcomp}, {"prisoners", "release", doc.Obj}}},
		// The tagger reads "arrested" here as VBN, and the parser would
		// make it an acl of "Police": a full sentence with no finite verb
		// gets its participle back as the past tense (repairFinite).
		// the main verb after an appositive or an interjected day, parsed
		// as a clause of the subject: repairNominalRoot
		{"Sudan's military ruler, Gen. Omar Bashir, had given the Kremlin permission to use Sudanese ports.", []arc{
			{"given", "", doc.Root}, {"ruler", "given", doc.Nsubj}, {"Omar", "ruler", doc.Appos}}},
		{"Zhang Wei, a rising figure of modern dance in Taiwan, just had a show in Macau.", []arc{
			{"had", "", doc.Root}, {"Zhang", "had", doc.Nsubj}, {"show", "had", doc.Obj}}},
		// a long subject with a verb of its own made the root, and the main
		// verb a complement inside it (repairSubjectClause)
		{"The Kenyan envoy to the force fighting to defeat Boko Haram has resigned.", []arc{
			{"resigned", "", doc.Root}, {"envoy", "resigned", doc.Nsubj}, {"Boko", "defeat", doc.Obj}}},
		// a past tense read as a noun, with a finite verb later in a
		// clause of its own: parsed again as the verb (refinite)
		{"The US army struck militia groups in Iraq in what officials said was a response.", []arc{
			{"struck", "", doc.Root}, {"army", "struck", doc.Nsubj}, {"groups", "struck", doc.Obj}}},
		{"Quietly as well as publicly, Mandela vigorously pursued reconciliation with the white minority and made many visits to Orania.", []arc{
			{"pursued", "", doc.Root}, {"Mandela", "pursued", doc.Nsubj}, {"reconciliation", "pursued", doc.Obj}}},
		// a past participle that only a verb can be, with no finite verb
		// in the sentence: before a to-infinitive, "for" after "called",
		// an adverb and a number (repairFinite)
		{"Kenyan authorities agreed to open their borders to Somali refugees.", []arc{
			{"agreed", "", doc.Root}, {"authorities", "agreed", doc.Nsubj}, {"open", "agreed", doc.Xcomp}}},
		{"A UN report called for an investigation into the killings.", []arc{
			{"called", "", doc.Root}, {"report", "called", doc.Nsubj}}},
		{"Rebel militants held around 3,000 civilians as human shields in Idlib.", []arc{
			{"held", "", doc.Root}, {"militants", "held", doc.Nsubj}, {"civilians", "held", doc.Obj}}},
		// forces loyal to someone: the someone is in the adjective's
		// phrase, not a subject (repairLoyal)
		{"In late June, militias loyal to former army chief Ahmed Salah released hostages from a camp.", []arc{
			{"released", "", doc.Root}, {"militias", "released", doc.Nsubj}, {"loyal", "militias", doc.Amod},
			{"chief", "loyal", doc.Obl}, {"Ahmed", "chief", doc.Appos}, {"June", "released", doc.Obl}}},
		{"Troops loyal to Laurent Gbagbo blockaded the hotel on Monday.", []arc{
			{"blockaded", "", doc.Root}, {"Troops", "blockaded", doc.Nsubj}, {"Gbagbo", "loyal", doc.Obl}}},
		// the main clause after an opening phrase the parse made the root:
		// a title before the subject's name, a fronted time, a fronted
		// prepositional phrase (repairClauseUnderPhrase)
		{"Labour leader Jeremy Corbyn has condemned the government's policy on Yemen.", []arc{
			{"condemned", "", doc.Root}, {"Jeremy", "condemned", doc.Nsubj}, {"leader", "Jeremy", doc.Compound}}},
		{"Last month Turkey sent troops into the border enclave of Afrin.", []arc{
			{"sent", "", doc.Root}, {"Turkey", "sent", doc.Nsubj}, {"month", "sent", doc.OblUnmarked}}},
		{"Unlike other European states, Norway's government maintains that its nationals may come back.", []arc{
			{"maintains", "", doc.Root}, {"government", "maintains", doc.Nsubj}, {"states", "maintains", doc.Obl}}},
		// an opening adverb or adjective phrase, with or (an adverb)
		// without a comma; the subject the parse made a vocative
		{"So far the ANC has withstood growing foreign pressure.", []arc{
			{"withstood", "", doc.Root}, {"ANC", "withstood", doc.Nsubj}, {"far", "withstood", doc.Advmod}}},
		{"Unable to change the general's mind, Okafor handed in her notice on Friday.", []arc{
			{"handed", "", doc.Root}, {"Okafor", "handed", doc.Nsubj}, {"Unable", "handed", doc.Advcl}}},
		// but not a relative clause with no relative word
		{"Every move Google makes brings this future closer.", []arc{{"makes", "move", doc.AclRelcl}}},
		// a participle the parse hung on the subject, with no finite verb
		// before it, parsed again as the verb; not a reduced relative
		// whose later verb is the sentence's (refinite)
		{"Those negotiations stalled partly over a row about land.", []arc{
			{"stalled", "", doc.Root}, {"negotiations", "stalled", doc.Nsubj}}},
		{"Land warfare changed from static lines to increased mobility.", []arc{
			{"changed", "", doc.Root}, {"warfare", "changed", doc.Nsubj}}},
		// the main verb after a relative clause set off after the subject
		// (repairRelativeThenVerb)
		{"The autonomous region of Rojava, which includes Kobane, faces invasion.", []arc{
			{"faces", "", doc.Root}, {"region", "faces", doc.Nsubj}, {"includes", "region", doc.AclRelcl}}},
		{"Iran, which has backed militia groups throughout the conflict – with varying zeal – has been tasked by Ankara with patrolling the corridor.", []arc{
			{"tasked", "", doc.Root}, {"Iran", "tasked", doc.NsubjPass}}},
		{"The withdrawal, announced against the advice of the army chief, Paul Okoro, who quit in protest, effectively ends the partnership.", []arc{
			{"ends", "", doc.Root}, {"withdrawal", "ends", doc.Nsubj}, {"quit", "Paul", doc.AclRelcl}}},
		// "peacekeeping" is no verb (repairPeacekeeping); a bare verb after a
		// plural subject is the present (repairBarePresent), and "in" under
		// a noun no clause a preposition (repairNounMark)
		{"Russia deployed 2,000 soldiers as peacekeeping forces along the border.", []arc{
			{"peacekeeping", "forces", doc.Compound}}},
		{"Mongolian troops participate in peacekeeping operations in Sudan.", []arc{
			{"participate", "", doc.Root}, {"troops", "participate", doc.Nsubj}, {"in", "operations", doc.Case}}},
		// a name's capitalised word is no verb before the sentence's
		// participle (repairNameVerb)
		{"Human Rights Watch condemned Uganda's police on Tuesday.", []arc{
			{"condemned", "", doc.Root}, {"Watch", "condemned", doc.Nsubj}}},
		// a name's last word after "and" is no verb (repairNameVerb)
		{"Uganda urged the General Agreement on Tariffs and Trade to examine the Kenyan levy.", []arc{
			{"urged", "", doc.Root}, {"Trade", "Tariffs", doc.Conj}}},
		// a gerund's object is no subject of a clause it takes, when the
		// sentence has no other verb (repairGardenPath)
		{"A lorry carrying maize was shelled by Ugandan rebels.", []arc{
			{"shelled", "", doc.Root}, {"lorry", "shelled", doc.NsubjPass}, {"maize", "carrying", doc.Obj}}},
		// the infinitive after the object of "expect" is what the object
		// does, no purpose (repairExpectInfinitive)
		{"Ruto said he expected the Kenyan court to overturn the ruling.", []arc{
			{"expected", "said", doc.Ccomp}, {"court", "expected", doc.Obj}, {"overturn", "expected", doc.Xcomp}}},
		// a reported clause's subject read as the object, the clause as a
		// clausal subject after the verb (repairObjectClause)
		{"In his speech Ruto claims a raid on Uganda may not take place.", []arc{
			{"claims", "", doc.Root}, {"take", "claims", doc.Ccomp}, {"raid", "take", doc.Nsubj}}},
		// a relative clause without "that" is the noun's, not a conjunct
		// of the verb before (repairContactRelative)
		{"Kenya drafted a plan Ruto and Museveni backed.", []arc{
			{"drafted", "", doc.Root}, {"plan", "drafted", doc.Obj}, {"backed", "plan", doc.AclRelcl}, {"Ruto", "backed", doc.Nsubj}}},
		// an infinitive's "to" comes before no determiner (repairNounMark)
		{"Kenya has opened its market to such an array of Ugandan goods.", []arc{
			{"to", "array", doc.Case}, {"array", "opened", doc.Obl}}},
		// curly quotes and apostrophes read as the straight ones, and a
		// curly quote's direction is its own (asciiPunct, repairQuoteMarks)
		{"“Dutch nationals have the right to come home,” Rutte said.", []arc{
			{"said", "", doc.Root}, {"Rutte", "said", doc.Nsubj}, {"have", "said", doc.Ccomp}, {"“", "have", doc.Punct}}},
		{"“The truth chips away at what many regard as Norway’s finest asset.”", []arc{{"“", "away", doc.Punct}}},
		// the that-clause of a noun of demand is the noun's, with its verb
		// in the base form (repairMandative, repairDemandClause)
		{"Iran has renewed its demand that the EU lift sanctions.", []arc{
			{"lift", "demand", doc.Acl}, {"EU", "lift", doc.Nsubj}, {"sanctions", "lift", doc.Obj}}},
		{"The minister's demand that Italy, Spain and Greece repatriate their nationals has met a cool response.", []arc{
			{"met", "", doc.Root}, {"demand", "met", doc.Nsubj}, {"repatriate", "demand", doc.Acl}}},
		// "accused X of ..." with X parsed as the subject of the of-clause
		// (repairAccuseOf)
		{"The MI5 chief has accused Iran of being reckless in staging a drone raid in Oman.", []arc{
			{"Iran", "accused", doc.Obj}, {"reckless", "accused", doc.Advcl}}},
		// "anti-" and "pro-" words are adjectives (repairStancePrefix); a
		// relative clause the parse made the subject goes to its noun
		// (repairSubjectRelative); a noun's infinitive is the noun's
		// (repairNounInfinitive)
		{"Qatar, which has supported anti-Haftar forces, was tasked with monitoring the corridor.", []arc{
			{"tasked", "", doc.Root}, {"Qatar", "tasked", doc.NsubjPass}, {"supported", "Qatar", doc.AclRelcl}, {"anti-Haftar", "forces", doc.Amod}}},
		{"Macron criticised decisions by the premier to pull out of the Paris climate pact.", []arc{
			{"pull", "decisions", doc.Acl}}},
		// a clause whose subject is a relative pronoun is a relative
		// clause of the noun before it (repairRelativeLabel)
		{"Durban's local government is the City of Durban, which is a metropolitan municipality.", []arc{
			{"municipality", "City", doc.AclRelcl}}},
		// quotation marks hang on the head of what they enclose
		// (repairPairedPunct)
		{"Protesters chanted \"down with the regime\" outside the embassy.", []arc{
			{"\"", "down", doc.Punct}, {"\"#2", "down", doc.Punct}}},
		// an opening quantifier or number is the subject, or the
		// subject's own (repairQuantifierRoot)
		{"Some of the country's poorest farmers had doubts about the plan.", []arc{
			{"had", "", doc.Root}, {"Some", "had", doc.Nsubj}, {"farmers", "Some", doc.Nmod}}},
		{"One suspected Dutch smuggler was detained by Belgian police.", []arc{
			{"detained", "", doc.Root}, {"smuggler", "detained", doc.NsubjPass}, {"One", "smuggler", doc.Nummod}}},
		// a participle after the object of "order" says what is ordered
		// done to it (repairOrderedParticiple)
		{"A French judge has ordered six ex-members of the council in Corsica jailed.", []arc{
			{"jailed", "ordered", doc.Xcomp}, {"ex-members", "ordered", doc.Obj}}},
		// an opening adverbial clause is no root when a main clause follows
		// its comma (repairSubordinateRoot)
		{"Even if local leaders remain strong enough to keep the militants out, the festering conflict remains among the best recruiting posters.", []arc{
			{"remains", "", doc.Root}, {"remain", "remains", doc.Advcl}}},
		// an opening conjunction is no root (repairFunctionRoot)
		{"And, of course, there's Tom, a constant source of trouble.", []arc{
			{"And", "'s", doc.Cc}}},
		// a past form after a possessive modifies the noun after it
		// (repairAttributive), and stays so when the sentence is parsed
		// again
		{"Gunmen shot and wounded fleeing villagers trying to escape from its besieged district in Mali, according to an officer.", []arc{
			{"besieged", "district", doc.Amod}}},
		{"Alexei Navalny, the Russian opposition leader, called for sanctions against Russian oligarchs.", []arc{
			{"called", "", doc.Root}, {"Alexei", "called", doc.Nsubj}}},
		// a fronted day, the name after its comma the subject, and the
		// verb's own phrase before it
		{"On Monday, Samir Haddad, the ministry's chief spokesman, in a statement condemned the shelling of villages during the offensive.", []arc{
			{"condemned", "", doc.Root}, {"Haddad", "condemned", doc.Nsubj}, {"Monday", "condemned", doc.Obl}, {"spokesman", "Haddad", doc.Appos}}},
		{"Beyond the harbour, the quiet village quickly dissolves into a jumble of cafes.", []arc{
			{"dissolves", "", doc.Root}, {"village", "dissolves", doc.Nsubj}}},
		{"Another friend, Viktor Orban, Hungary's prime minister, refrained from comment.", []arc{
			{"refrained", "", doc.Root}, {"friend", "refrained", doc.Nsubj}}},
		// but not a reduced relative, nor a copular clause
		{"Friendly bike repair shop, warmly recommended.", []arc{{"shop", "", doc.Root}, {"recommended", "shop", doc.Acl}}},
		{"Police arrested three journalists on Friday.", []arc{
			{"arrested", "", doc.Root}, {"Police", "arrested", doc.Nsubj}, {"journalists", "arrested", doc.Obj}}},
		{"The US military struck militia groups in Iraq.", []arc{
			{"struck", "", doc.Root}, {"military", "struck", doc.Nsubj}, {"groups", "struck", doc.Obj}}},
		// "since" between "has" and its participle is read as a conjunction
		// that makes the verb an adjective: repairPerfectSince
		{"Russia has since taken control of further land in Donetsk.", []arc{
			{"taken", "", doc.Root}, {"since", "taken", doc.Advmod}, {"Russia", "taken", doc.Nsubj},
			{"control", "taken", doc.Obj}}},
		// "that" before a plural subject and its verb is read as a
		// determiner: repairThatClause makes it the clause's conjunction
		{"Jordan has complained to the UN that Israeli army authorities were blocking the shipment of olives from the West Bank.", []arc{
			{"that", "blocking", doc.Mark}, {"authorities", "blocking", doc.Nsubj}}},
		// the verb of a that-clause of demand read as a noun of its subject,
		// before the verb's object: repairMandative
		{"Iran has demanded that Assad force the withdrawal of Turkish troops from Afrin.", []arc{
			{"force", "demanded", doc.Ccomp}, {"Assad", "force", doc.Nsubj}, {"withdrawal", "force", doc.Obj}}},
		// "had" is tagged VERB and "refused" VBD: repairPerfect makes them
		// auxiliary and participle.
		{"Ruto regretted that Uganda and Tanzania had refused to sign the accord.", []arc{
			{"regretted", "", doc.Root}, {"refused", "regretted", doc.Ccomp}, {"had", "refused", doc.Aux},
			{"Uganda", "refused", doc.Nsubj}}},
		// "so far" between "had" and its participle: the parser makes
		// "had" the verb (repairAuxHead)
		{"Ruto regretted that Uganda had so far refused to sign the accord.", []arc{
			{"refused", "regretted", doc.Ccomp}, {"had", "refused", doc.Aux}, {"Uganda", "refused", doc.Nsubj}}},
		{"Kamau noted that Mexico had so far signed five trade accords with Kenya.", []arc{
			{"signed", "noted", doc.Ccomp}, {"had", "signed", doc.Aux}, {"Mexico", "signed", doc.Nsubj}}},
		// an opening "Asked" tagged past tense: the question is not the
		// sentence (repairOpeningAsked, repairAskedRoot)
		{"Asked what kind of bonds would suit Kenya, the minister cited treasury bills.", []arc{
			{"cited", "", doc.Root}, {"Asked", "cited", doc.Advcl}, {"minister", "cited", doc.Nsubj}}},
		// "that" opening a content clause read as the relative object of
		// a verb whose infinitive has its own (repairContentThat)
		{"The Kenyan ministry declined comment on a local newspaper claim that Uganda had agreed to begin talks.", []arc{
			{"that", "agreed", doc.Mark}, {"agreed", "claim", doc.Acl}}},
		// a counted noun after a handover tagged a present tense
		// ("two suspects" the verb of a clause): repairPluralObject, after
		// repairOverNumber has made "over" the particle
		{"Uganda handed over two suspects to Kenya.", []arc{
			{"handed", "", doc.Root}, {"suspects", "handed", doc.Obj}, {"over", "handed", doc.CompoundPrt}}},
		// a relative pronoun hung on the reporting verb of its clause, as
		// a second subject or an object: it is the reported verb's subject
		// (repairRelativeReport)
		{"Uganda jailed a Kenyan man who officials say attacked a Ugandan army post.", []arc{
			{"who", "attacked", doc.Nsubj}, {"attacked", "say", doc.Ccomp}, {"officials", "say", doc.Nsubj}}},
		{"The militants belong to the Somali cell that the Kenyan police have said bombed the bus.", []arc{
			{"that", "bombed", doc.Nsubj}, {"bombed", "said", doc.Ccomp}, {"police", "said", doc.Nsubj}}},
		// "remained" is tagged VBN because a later verb is finite:
		// repairNeverParticiple makes a verb with no passive the past tense.
		{"Thai troops remained on alert in case clashes break out again.", []arc{
			{"remained", "", doc.Root}, {"troops", "remained", doc.Nsubj}}},
		// "by" before a clause's "as" is an adverb of the verb (repairStoodBy)
		{"Jordan had stood by as the militants were pushed out of the villages.", []arc{
			{"by", "stood", doc.Advmod}, {"Jordan", "stood", doc.Nsubj}}},
		{"Britain stood by Ukraine.", []arc{
			{"stood", "", doc.Root}, {"Britain", "stood", doc.Nsubj}, {"Ukraine", "stood", doc.Obl}}},
		// an "-ing" adjective after a "by" of means is a gerund
		// (repairByGerund); after a passive's "by", an adjective
		{"Ankara retaliated by freezing trade credits.", []arc{
			{"freezing", "retaliated", doc.Advcl}, {"credits", "freezing", doc.Obj}}},
		// a present tense read as a noun in a sentence with no finite
		// verb (repairPresent); not a noun before another ("arms sales")
		{"Norway and UNICEF hand over 12 ambulances to the health ministry.", []arc{
			{"hand", "", doc.Root}, {"Norway", "hand", doc.Nsubj}, {"ambulances", "hand", doc.Obj}}},
		// a past before a particle and an object: repairFinite
		{"The union called off the strike.", []arc{
			{"called", "", doc.Root}, {"union", "called", doc.Nsubj}, {"strike", "called", doc.Obj}}},
		{"The government shut down the internet.", []arc{
			{"shut", "", doc.Root}, {"government", "shut", doc.Nsubj}, {"internet", "shut", doc.Obj}}},
		// one with no particle after a name that opens the sentence,
		// before an object: repairFinite (namedSubject)
		{"Gazprom cut gas supplies to Moldova.", []arc{
			{"cut", "", doc.Root}, {"Gazprom", "cut", doc.Nsubj}, {"supplies", "cut", doc.Obj}}},
		{"The Kremlin shut the border with Georgia.", []arc{
			{"shut", "", doc.Root}, {"Kremlin", "shut", doc.Nsubj}, {"border", "shut", doc.Obj}}},
		{"The British military trains Ukrainian recruits.", []arc{
			{"trains", "", doc.Root}, {"military", "trains", doc.Nsubj}, {"recruits", "trains", doc.Obj}}},
		{"The US and its allies launch war games near Iranian waters.", []arc{
			{"launch", "", doc.Root}, {"US", "launch", doc.Nsubj}, {"games", "launch", doc.Obj}}},
		// a leading participle read as a clause with the subject as its
		// object: repairLeadingParticiple
		{"Jailed opposition leader Osman Kavala has started a hunger strike.", []arc{
			{"started", "", doc.Root}, {"leader", "started", doc.Nsubj}, {"Jailed", "leader", doc.Amod}}},
		// the reported subject read as the object of "said", and "said" a
		// clausal subject: repairSaidObject
		{"Merkel has said the European Union will not lift the sanctions.", []arc{
			{"said", "", doc.Root}, {"lift", "said", doc.Ccomp}, {"Union", "lift", doc.Nsubj}, {"sanctions", "lift", doc.Obj}}},
		// a noun compound with a gerund inside read as a clause:
		// repairGerundCompound
		{"Canada and Mexico signed a landmark water sharing agreement.", []arc{
			{"signed", "", doc.Root}, {"agreement", "signed", doc.Obj}, {"sharing", "agreement", doc.Compound},
			{"water", "agreement", doc.Compound}}},
		// a participle of change before a noun, after a verb that takes
		// no gerund, read as a clause with the noun as its object:
		// repairIngAdjective; after one that does, the clause stays
		{"Kenya Airways cut fares to meet declining demand on its routes.", []arc{
			{"meet", "cut", doc.Advcl}, {"demand", "meet", doc.Obj}, {"declining", "demand", doc.Amod}}},
		{"Uganda lifted remaining restrictions on imports.", []arc{
			{"lifted", "", doc.Root}, {"restrictions", "lifted", doc.Obj}, {"remaining", "restrictions", doc.Amod}}},
		{"The rebels began mounting attacks on the town.", []arc{
			{"began", "", doc.Root}, {"mounting", "began", doc.Xcomp}, {"attacks", "mounting", doc.Obj}}},
		// a tensed verb joined to the modal clause a reporting verb
		// reports is the reporter's second act: repairTenseConjunct
		{"Museveni said his troops would free every village and warned Kenyan forces to stay away.", []arc{
			{"said", "", doc.Root}, {"free", "said", doc.Ccomp}, {"warned", "said", doc.Conj}, {"forces", "warned", doc.Obj}}},
		{"Museveni said his troops would free every village and open the roads.", []arc{
			{"free", "said", doc.Ccomp}, {"open", "free", doc.Conj}}},
		// (a present tense looks like the bare verb: "create" is the
		// modal's even when tagged VBP)
		{"Kenyan firms suggest that lower fares would spur travel and therefore ultimately create jobs.", []arc{
			{"spur", "suggest", doc.Ccomp}, {"create", "spur", doc.Conj}}},
		// a title opening the sentence left dislocated, with the name
		// after it the subject: repairDislocatedTitle
		{"The director of the Kenyan intelligence agency, John Okello, has accused Uganda of sheltering rebels.", []arc{
			{"director", "accused", doc.Nsubj}, {"John", "director", doc.Appos}, {"Uganda", "accused", doc.Obj}}},
		// the thing given read as a bare oblique after the recipient:
		// repairDoubleObject
		{"Israel sold Uganda a drone.", []arc{
			{"Uganda", "sold", doc.Iobj}, {"drone", "sold", doc.Obj}}},
		{"Uganda awarded Kenya a 5 million dollar grant.", []arc{
			{"Kenya", "awarded", doc.Iobj}, {"grant", "awarded", doc.Obj}}},
		// the verb of a that-clause of demand read as a noun of its
		// subject: repairMandative
		{"The unions demanded that the finance minister step down.", []arc{
			{"demanded", "", doc.Root}, {"step", "demanded", doc.Ccomp}, {"minister", "step", doc.Nsubj}}},
		// two objects of a verb of giving: repairDoubleObject
		{"Boris Johnson gives Erdogan a final deadline over the dispute.", []arc{
			{"gives", "", doc.Root}, {"Erdogan", "gives", doc.Iobj}, {"deadline", "gives", doc.Obj}}},
		// a past tense read as a participle after adverbs (repairFinite),
		// an acronym read as a verb for its ending, "-AID" as "said"
		// (repairAcronym)
		{"Jordan very generously opened its borders to migrants.", []arc{
			{"opened", "", doc.Root}, {"Jordan", "opened", doc.Nsubj}, {"borders", "opened", doc.Obj}}},
		{"In partnership with regional agencies, USAID provided basic hygiene kits to families in Malawi.", []arc{
			{"provided", "", doc.Root}, {"USAID", "provided", doc.Nsubj}, {"kits", "provided", doc.Obj}}},
		// the sum's "worth" hung on the verb as an unmarked oblique
		// (repairWorthObject)
		{"Kenya handed over more than 4 million dollars worth of medicines to the Ugandan health ministry.", []arc{
			{"worth", "handed", doc.Obj}}},
		// a capitalised common noun inside a name, tagged a noun and made
		// the head of the name's first part (repairNameNoun)
		{"Uganda signed a pact with the Kampala Stock Exchange.", []arc{
			{"Exchange", "pact", doc.Nmod}, {"Stock", "Exchange", doc.Compound}}},
		// a company's suffix read as a preposition (repairCompanySuffix)
		{"Warranty Trust Co of New Jersey sued the firm.", []arc{
			{"sued", "", doc.Root}, {"Co", "sued", doc.Nsubj}}},
		// a name read as an imperative before its verb (repairAcronym),
		// "free" after "let" read as the object's adjective (repairSetFree)
		{"Jordan let free dissidents in the face of demonstrators.", []arc{
			{"let", "", doc.Root}, {"Jordan", "let", doc.Nsubj}, {"free", "let", doc.CompoundPrt}, {"dissidents", "let", doc.Obj}}},
		// a preposition made the head of its phrase, the name after it
		// fixed on it (repairPrepositionHead)
		{"The Yemeni government said it will never stop its war on Al Qaeda.", []arc{
			{"Al", "war", doc.Nmod}, {"on", "Al", doc.Case}, {"Qaeda", "Al", doc.Flat}}},
		// a day's time read as the head of the object before it
		// (repairDayObject)
		{"Turkey's air force carried out raids Sunday evening against PKK targets.", []arc{
			{"carried", "", doc.Root}, {"raids", "carried", doc.Obj}, {"evening", "carried", doc.OblUnmarked},
			{"targets", "raids", doc.Nmod}}},
		// an object and a clause of time after it, read as a complement
		// clause with the object its subject (repairSubordinateObject)
		{"Over 400,000 members of Ethiopia's Amhara community have sought refuge in Sudan after widespread ethnic violence erupted in the country's Tigray province.", []arc{
			{"sought", "", doc.Root}, {"refuge", "sought", doc.Obj}, {"erupted", "sought", doc.Advcl},
			{"after", "erupted", doc.Mark}, {"violence", "erupted", doc.Nsubj}}},
		{"About 180000 Burundian refugees have sought refuge in Tanzania since a civil war erupted in their country.", []arc{
			{"refuge", "sought", doc.Obj}, {"erupted", "sought", doc.Advcl}, {"since", "erupted", doc.Mark}, {"war", "erupted", doc.Nsubj}}},
		// a hyphenated participle read as a verb with the noun its object
		// (repairHyphenParticiple)
		{"Biden ordered far-reaching financial sanctions on Venezuela's president.", []arc{
			{"sanctions", "ordered", doc.Obj}, {"reaching", "sanctions", doc.Amod}}},
		// "after X said" read as a phrase and a verb with no subject
		// (repairSubordinateSubject)
		{"That came a week after the Turkish military said it had launched strikes against a rebel base.", []arc{
			{"said", "came", doc.Advcl}, {"military", "said", doc.Nsubj}, {"after", "said", doc.Mark}, {"launched", "said", doc.Ccomp}}},
		// a day after a prepositional phrase is no head of it (repairDayHead)
		{"Workers went on strike Monday.", []arc{
			{"went", "", doc.Root}, {"strike", "went", doc.Obl}, {"on", "strike", doc.Case}, {"Monday", "went", doc.OblUnmarked}}},
		// the subject after an opening clause, hung in the clause as an
		// apposition or a conjunct (repairFrontedSubject)
		{"After meeting Putin, Biden condemned the invasion.", []arc{
			{"condemned", "", doc.Root}, {"Biden", "condemned", doc.Nsubj}, {"Putin", "meeting", doc.Obj}, {"meeting", "condemned", doc.Advcl}}},
		{"Speaking to Biden, Palau President Surangel Whipps reaffirmed his commitment.", []arc{
			{"reaffirmed", "", doc.Root}, {"Surangel", "reaffirmed", doc.Nsubj}, {"Biden", "Speaking", doc.Obl}}},
		// the object put after a short oblique, hung on it as a bare nmod:
		// repairShiftedObject
		{"A Kenyan court has freed on bail two ex-ministers who served in the cabinet.", []arc{
			{"freed", "", doc.Root}, {"court", "freed", doc.Nsubj}, {"ex-ministers", "freed", doc.Obj}, {"bail", "freed", doc.Obl}}},
		// a nationality for a person read as an adjective:
		// repairDemonymNoun
		{"A Palestinian stabbed an Israeli in Jerusalem.", []arc{
			{"stabbed", "", doc.Root}, {"Palestinian", "stabbed", doc.Nsubj}, {"Israeli", "stabbed", doc.Obj}}},
		// a coordinated possessor read as the head, the possessed noun
		// its nmod: repairConjoinedPossessor
		{"Kenya and Uganda's NATO partners today called on both nations to show restraint.", []arc{
			{"called", "", doc.Root}, {"partners", "called", doc.Nsubj}, {"Kenya", "partners", doc.NmodPoss}, {"Uganda", "Kenya", doc.Conj}}},
		// a nationality the tagger does not know read as a participle:
		// repairDemonymParticiple
		{"Kenyan planes attacked civilians in Somalia.", []arc{
			{"attacked", "", doc.Root}, {"planes", "attacked", doc.Nsubj}, {"Kenyan", "planes", doc.Amod}}},
		// the possessed head read as an adjective before a verb:
		// repairPossessedAdjective
		{"The country's military later attacked rebels near the border.", []arc{
			{"attacked", "", doc.Root}, {"military", "attacked", doc.Nsubj}, {"rebels", "attacked", doc.Obj}}},
		// the bare infinitive after "help" read as its noun object:
		// repairHelpInfinitive
		{"Kenya helped track al-Shabaab after the attacks.", []arc{
			{"helped", "", doc.Root}, {"track", "helped", doc.Xcomp}, {"al", "track", doc.Obj}}},
		// "to ease" read as a preposition and a noun: repairInfinitive
		// makes them the infinitive after a verb that takes one
		{"The government has decided to ease curfew hours in the north.", []arc{
			{"decided", "", doc.Root}, {"ease", "decided", doc.Xcomp}, {"hours", "ease", doc.Obj}}},
		{"Police have arrested three journalists.", []arc{
			{"arrested", "", doc.Root}, {"Police", "arrested", doc.Nsubj}, {"journalists", "arrested", doc.Obj},
			{"three", "journalists", doc.Nummod}, {"have", "arrested", doc.Aux}}},
		// "strikes" is tagged VBZ after "air": repairPluralObject makes it
		// the plural noun that is the object of "carried out".
		{"The French military has carried out more than three dozen air strikes this month against the ISGS, an Islamic State-affiliated group.", []arc{
			{"carried", "", doc.Root}, {"military", "carried", doc.Nsubj}, {"strikes", "carried", doc.Obj},
			{"air", "strikes", doc.Compound}}},
		// "protested" is tagged VBN and hung on "Students" as an acl: a
		// verb of collective action before a preposition in a sentence
		// with no finite verb is the finite verb (repairFinite).
		{"Students protested against the new law.", []arc{
			{"protested", "", doc.Root}, {"Students", "protested", doc.Nsubj}, {"law", "protested", doc.Obl}}},
		// "free" after "would" is tagged JJ and the prisoners made the
		// complement of "said": after a modal comes a verb (repairModalVerb).
		{"The Pakistani government said on Monday it would free 400 Taliban prisoners.", []arc{
			{"said", "", doc.Root}, {"free", "said", doc.Ccomp}, {"prisoners", "free", doc.Obj}}},
		// "plans" is tagged NNS and made the subject of "provide": a verb of
		// intent after a name and before a to-infinitive (repairToVerb).
		{"Olaf Scholz plans to pull all German soldiers out of Mali.", []arc{
			{"plans", "", doc.Root}, {"pull", "plans", doc.Xcomp}, {"soldiers", "pull", doc.Obj}}},
		// A sentence-initial nationality the parser hangs on the verb (a
		// ccomp of "said") or makes the root is an amod of the subject
		// (repairLeadingAdjective).
		{"Russian President Vladimir Putin said Moscow would retaliate against any attack.", []arc{
			{"said", "", doc.Root}, {"Vladimir", "said", doc.Nsubj}, {"Russian", "Vladimir", doc.Amod},
			{"retaliate", "said", doc.Ccomp}}},
		{"Polish Prime Minister Mateusz Morawiecki on Tuesday pledged his full backing for a Czech initiative.", []arc{
			{"pledged", "", doc.Root}, {"Mateusz", "pledged", doc.Nsubj}, {"Polish", "Mateusz", doc.Amod},
			{"backing", "pledged", doc.Obj}}},
		// A closing attribution (", a police spokesman said.") holds a
		// finite verb, but the sentence before it needs one too
		// (repairFinite), and what the parse hung on "said" before the
		// comma belongs to the content clause (repairClosingAttribution):
		// else the ministry does the killing.
		{"City police chief John Kane named the three suspects on Friday, a police spokesman said.", []arc{
			{"said", "", doc.Root}, {"named", "said", doc.Ccomp}, {"John", "named", doc.Nsubj}, {"suspects", "named", doc.Obj}}},
		{"Troops from the two countries exchanged fire along the disputed border, killing two soldiers and wounding four, the defence ministry said on Wednesday.", []arc{
			{"said", "", doc.Root}, {"exchanged", "said", doc.Ccomp}, {"Troops", "exchanged", doc.Nsubj},
			{"killing", "exchanged", doc.Advcl}, {"ministry", "said", doc.Nsubj}}},
		// "registered" read as a past tense with the seekers its subject, a
		// clause of "deported", which takes none: the seekers are the
		// object, "registered" their acl (repairReducedRelative).
		{"Greek police have deported six Afghan asylum seekers registered with the UNHCR.", []arc{
			{"deported", "", doc.Root}, {"seekers", "deported", doc.Obj}, {"registered", "seekers", doc.Acl}}},
		// "said" takes a clause: no repair
		{"The ministry said six asylum seekers registered with the UNHCR.", []arc{
			{"said", "", doc.Root}, {"registered", "said", doc.Ccomp}, {"seekers", "registered", doc.Nsubj}}},
		// "visiting" before a title is the holder's standing, not a clause
		// with the prince as its object (officeParticiples); its tag stays
		// the treebank's VBG.
		{"A French lawyer has filed a lawsuit against visiting Emirati Crown Prince Mohammed bin Zayed.", []arc{
			{"filed", "", doc.Root}, {"lawsuit", "filed", doc.Obj}, {"visiting", "Crown", doc.Amod}}},
		{"Beijing criticised him for visiting Taiwan.", []arc{
			{"criticised", "", doc.Root}, {"visiting", "criticised", doc.Advcl}, {"Taiwan", "visiting", doc.Obj}}},
		// "handed" tagged VBN with no finite verb in the sentence; "over"
		// is its particle (repairFinite, overVerbs)
		{"The United States handed over medical equipment to Ethiopia.", []arc{
			{"handed", "", doc.Root}, {"States", "handed", doc.Nsubj}, {"equipment", "handed", doc.Obj}}},
		// "that" read as a relative pronoun, the object of "killed" beside
		// "civilians": the noun's content clause (repairContentThat)
		{"The UN launched an investigation into allegations that Sudanese troops killed civilians.", []arc{
			{"that", "killed", doc.Mark}, {"killed", "allegations", doc.Acl}, {"troops", "killed", doc.Nsubj}, {"civilians", "killed", doc.Obj}}},
		{"The rebels are a group that itself attacked the town.", []arc{
			{"attacked", "group", doc.AclRelcl}}},
		// a preposition hung on a possessor belongs to the phrase's head
		// (repairPossessorCase)
		{"She was killed fighting alongside the Kurdish People's Protection Units.", []arc{
			{"alongside", "Units", doc.Case}, {"People", "Units", doc.NmodPoss}}},
		// a possessor read as the object, what it possesses as its
		// apposition (repairPossessorAppos); a bracketed apposition stays
		// the possessor's
		{"The rebels released Okello’s “hero’s video”, a short clip.", []arc{
			{"video", "released", doc.Obj}, {"Okello", "video", doc.NmodPoss}, {"clip", "video", doc.Appos}}},
		{"Yesterday, Acme Express Co's <AXE> board formally approved a linkup with Beta Inc.", []arc{
			{"AXE", "Co", doc.Appos}}},
		// the comma after an opening phrase is the phrase's, as in EWT and
		// GUM (PUD hangs it on the verb) (repairOpeningComma)
		{"In Basra, hundreds of students came out against British troops.", []arc{
			{"came", "", doc.Root}, {",", "Basra", doc.Punct}, {"Basra", "came", doc.Obl}}},
		// a relative clause after the subject read as what the verb
		// reports, with two subjects (repairRelativeClauseComplement)
		{"The Housing Alliance, which is made up of tenants and landlords, said the rules failed.", []arc{
			{"said", "", doc.Root}, {"Alliance", "said", doc.Nsubj}, {"made", "Alliance", doc.AclRelcl}, {"failed", "said", doc.Ccomp}}},
		// what a say verb reports, read as an oblique or a conjunct
		// (repairSayComplement)
		{"Sanders says at a town hall in Dayton, Ohio, that it means Cruz never voted for student loans.", []arc{
			{"says", "", doc.Root}, {"means", "says", doc.Ccomp}}},
		// a headline's passive without "was" (repairHeadlinePassive)
		{"Secret Danish report found on city bus", []arc{
			{"found", "", doc.Root}, {"report", "found", doc.NsubjPass}, {"bus", "found", doc.Obl}}},
		// the noun before a compass word is the object (repairCompassObject)
		{"Rebel forces took four towns south of the capital on Sunday.", []arc{
			{"took", "", doc.Root}, {"towns", "took", doc.Obj}, {"south", "towns", doc.Advmod}}},
		// a perfect verb read as an adjective of its object, the subject
		// the root and the object its modifier (repairPerfectAmod)
		{"The United Nations had suspended relief deliveries in Uganda.", []arc{
			{"suspended", "", doc.Root}, {"Nations", "suspended", doc.Nsubj}, {"deliveries", "suspended", doc.Obj}, {"Uganda", "suspended", doc.Obl}}},
		// the noun of an "against" phrase is no subject
		// (repairAgainstSubject); the subject conjoined to an opening
		// phrase across its comma (repairOpeningConjSubject)
		{"In recent weeks, airstrikes against the besieged Gulu district near Kampala have killed dozens.", []arc{
			{"killed", "", doc.Root}, {"airstrikes", "killed", doc.Nsubj}, {"district", "airstrikes", doc.Nmod}}},
		{"In recent weeks, Kenyan airstrikes against the opposition-held Gulu district have killed scores.", []arc{
			{"killed", "", doc.Root}, {"airstrikes", "killed", doc.Nsubj}, {"weeks", "killed", doc.Obl}}},
		{"Before the game, Ugandan community leaders, refugees and activists held a protest.", []arc{
			{"leaders", "held", doc.Nsubj}, {"refugees", "leaders", doc.Conj}, {"activists", "leaders", doc.Conj}, {"game", "held", doc.Obl}}},
		// "to" before a noun, read as the infinitive marker and hung on
		// the noun as a compound, is its preposition (repairToCompound)
		{"Jordan opened its borders to refugees in 2012.", []arc{
			{"opened", "", doc.Root}, {"borders", "opened", doc.Obj}, {"refugees", "opened", doc.Obl}, {"to", "refugees", doc.Case}}},
		{"Kenya opened the border to refugees from Somalia.", []arc{ // (an oblique already)
			{"border", "opened", doc.Obj}, {"refugees", "opened", doc.Obl}, {"to", "refugees", doc.Case}}},
		{"The government conceded to demands from the unions.", []arc{
			{"conceded", "", doc.Root}, {"demands", "conceded", doc.Obl}, {"to", "demands", doc.Case}}},
		// a time the parser made a second subject is a bare time
		// (repairTimeSubject)
		{"The Czech president said Thursday he had rejected the new cabinet.", []arc{
			{"rejected", "said", doc.Ccomp}, {"he", "rejected", doc.Nsubj}, {"Thursday", "rejected", doc.OblUnmarked}}},
		{"A Paris court this week freed a French journalist.", []arc{
			{"court", "freed", doc.Nsubj}, {"week", "freed", doc.OblUnmarked}, {"journalist", "freed", doc.Obj}}},
		// the reported verb's object read as a second subject of the
		// verb that reports it (repairReportedObject)
		{"Gunmen have carried out coordinated attacks on the Kenyan parliament, state media said on Monday, with three people reported killed.", []arc{
			{"Gunmen", "carried", doc.Nsubj}, {"attacks", "carried", doc.Obj}, {"media", "said", doc.Nsubj}}},
		// a participle's object read as a second subject of the verb
		// (repairParticipleObject)
		{"A Kurdish group fighting Islamic State attacked the town.", []arc{
			{"group", "attacked", doc.Nsubj}, {"fighting", "group", doc.Acl}, {"State", "fighting", doc.Obj}}},
		// the infinitive of a noun of capacity read as a purpose of the
		// clause's verb (repairCapacityInfinitive)
		{"Chile eased curbs on the freedom of exiles to visit relatives in Peru.", []arc{
			{"eased", "", doc.Root}, {"visit", "freedom", doc.Acl}}},
		// the object read as a compound of the time span after it
		// (repairSpanObject)
		{"The army freed the hostage days after the raid.", []arc{
			{"freed", "", doc.Root}, {"hostage", "freed", doc.Obj}, {"days", "raid", doc.NmodUnmarked}}},
		// an opening prepositional phrase read as the subject, with the
		// subject after its comma hung on it (repairOpeningSubject; Reuters)
		{"Under the Louvre accords, Canada, Italy, Spain, Sweden, and Japan agreed to stabilize currency rates around current levels.", []arc{
			{"agreed", "", doc.Root}, {"accords", "agreed", doc.Obl}, {"Canada", "agreed", doc.Nsubj}}},
		// the same with the subject hung deeper in the phrase, after a
		// participle as its preposition (openingPhraseSubject)
		{"Following a crisis meeting of envoys in the port city of Mombasa on Friday, the Arab League condemned Eritrea.", []arc{
			{"condemned", "", doc.Root}, {"meeting", "condemned", doc.Obl}, {"League", "condemned", doc.Nsubj}}},
		// a relative clause set off by commas, read as a conjunct of the
		// verb (repairRelativeConjunct), and the infinitive after it
		{"Kenya criticised the Ugandan president, who has attacked Somalia.", []arc{
			{"criticised", "", doc.Root}, {"attacked", "president", doc.AclRelcl}, {"who", "attacked", doc.Nsubj}}},
		{"The Kenyan government ordered the Ugandan newspaper, which is allied with the rebels, to close its office.", []arc{
			{"ordered", "", doc.Root}, {"allied", "newspaper", doc.AclRelcl}, {"close", "ordered", doc.Xcomp}}},
		// a perfect verb read as an adjective of its object (repairPerfectAmod)
		{"A senior Kenyan official said today Uganda had shelled border villages.", []arc{
			{"said", "", doc.Root}, {"shelled", "said", doc.Ccomp}, {"Uganda", "shelled", doc.Nsubj}, {"villages", "shelled", doc.Obj}}},
		// a phrasal verb's infinitive read as "to" and a noun (repairToParticle)
		{"Kenya has asked Uganda to hand over the suspects.", []arc{
			{"asked", "", doc.Root}, {"hand", "asked", doc.Xcomp}, {"suspects", "hand", doc.Obj}}},
		// the main verb right after its subject, with a finite auxiliary,
		// read as a relative clause of the subject (repairNominalRoot)
		{"The Kenyan embassy has refused repeated requests from Uganda for interviews.", []arc{
			{"refused", "", doc.Root}, {"embassy", "refused", doc.Nsubj}, {"requests", "refused", doc.Obj}}},
		// a relative clause set off by commas made the root, the main verb
		// after it hung on it, or before it read as a participle of the
		// subject (repairRelativeRoot)
		{"Mrs Achieng, who is seriously ill, wants to go home to Kisumu.", []arc{
			{"wants", "", doc.Root}, {"Mrs", "wants", doc.Nsubj}, {"ill", "Mrs", doc.AclRelcl}}},
		{"The Kenyan police used tear gas against students, who occupied the campus the following week.", []arc{
			{"used", "", doc.Root}, {"police", "used", doc.Nsubj}, {"occupied", "students", doc.AclRelcl}, {"who", "occupied", doc.Nsubj}}},
		// the bare verb a demand asks for, read as an adverb after a
		// one-word subject (repairMandative)
		{"The speaker demanded that Otieno appear before the chamber.", []arc{
			{"demanded", "", doc.Root}, {"appear", "demanded", doc.Ccomp}, {"Otieno", "appear", doc.Nsubj}}},
		// a noun's infinitive read as the verb's, the noun in a prepositional
		// phrase of the verb (repairNounInfinitive)
		{"The Kenyan minister was responding to Museveni's decision to withdraw Ugandan troops from Somalia.", []arc{
			{"responding", "", doc.Root}, {"decision", "responding", doc.Obl}, {"withdraw", "decision", doc.Acl}}},
		// the object read as a compound of "last month" after it (repairTimeObject)
		{"Xi visited China last month.", []arc{
			{"visited", "", doc.Root}, {"China", "visited", doc.Obj}, {"month", "visited", doc.OblUnmarked}}},
		{"Xi criticised Japan last month.", []arc{
			{"criticised", "", doc.Root}, {"Japan", "criticised", doc.Obj}, {"month", "criticised", doc.OblUnmarked}}},
		// "over" of "hand over" read as "more than" before a number (repairOverNumber)
		{"Kenya handed over 30 vehicles to Uganda.", []arc{
			{"handed", "", doc.Root}, {"over", "handed", doc.CompoundPrt}, {"vehicles", "handed", doc.Obj}}},
		{"The rebels have turned over more than 500 rifles.", []arc{
			{"over", "turned", doc.CompoundPrt}, {"rifles", "turned", doc.Obj}}},
		// "as" and a subject read as a prepositional phrase (repairSubordinateSubject)
		{"The crisis is likely to get worse as the Ugandan government expels Kenyan traders.", []arc{
			{"government", "expels", doc.Nsubj}, {"as", "expels", doc.Mark}}},
		// a participle after "newly" read as a verb, and the main verb as a
		// participle of the noun before it, the clause of "after" the root
		// (repairNewlyParticiple, subordinateRoot)
		{"The mayor of the region called for talks after newly elected President Lula vetoed the deal.", []arc{
			{"called", "", doc.Root}, {"mayor", "called", doc.Nsubj}, {"elected", "Lula", doc.Amod},
			{"vetoed", "called", doc.Advcl}, {"Lula", "vetoed", doc.Nsubj}}},
		{"The governor of the state called for talks after newly appointed Prime Minister Sharif rejected the plan.", []arc{
			{"called", "", doc.Root}, {"governor", "called", doc.Nsubj}, {"rejected", "called", doc.Advcl}}},
		// a plural noun after a preposition read as the verb, and the
		// main verb as an adjective (repairPrepositionNoun, subordinateRoot
		// at a content noun); "over" read as an affix
		{"US suspended food supplies to Haiti over fears they were feeding armed gangs.", []arc{
			{"suspended", "", doc.Root}, {"US", "suspended", doc.Nsubj}, {"supplies", "suspended", doc.Obj}}},
		{"Kenya suspended aid to Uganda over fears it was arming rebels.", []arc{
			{"suspended", "", doc.Root}, {"over", "fears", doc.Case}, {"fears", "suspended", doc.Obl}}},
		// a day after the object read as the head of its phrase, an
		// oblique with no preposition (repairDayObject)
		{"A Kenyan court scrapped a decades-old rule Friday on herders grazing in the park.", []arc{
			{"scrapped", "", doc.Root}, {"rule", "scrapped", doc.Obj}, {"Friday", "scrapped", doc.OblUnmarked}}},
		// a participle right after a verb read as its conjunct, with the
		// noun after it its object (repairAdjacentParticiple)
		{"The new Kenyan leader, who replaced ousted President Moi at the top of the party, criticised Uganda.", []arc{
			{"Moi", "replaced", doc.Obj}, {"ousted", "Moi", doc.Amod}, {"top", "replaced", doc.Obl}}},
		{"The general, who replaced sacked army chief Otieno, visited Uganda.", []arc{
			{"Otieno", "replaced", doc.Obj}, {"sacked", "Otieno", doc.Amod}}},
		{"There was no agreement on the ceasefire.", []arc{
			{"was", "", doc.Root}, {"There", "was", doc.Expl}, {"agreement", "was", doc.Nsubj}, {"no", "agreement", doc.Det}}},
		// "not" hung on the auxiliary across a comma (repairStrandedNegation)
		{"Kenya did not, however, impose any curbs on Uganda.", []arc{
			{"impose", "", doc.Root}, {"not", "impose", doc.Advmod}, {"did", "impose", doc.Aux}}},
		// "after" and a subject read as a prepositional phrase of a verb
		// conjoined to the main one (repairSubordinateSubject)
		{"Kenyan police denied the rumours after a gunman killed two Ugandan traders.", []arc{
			{"denied", "", doc.Root}, {"gunman", "killed", doc.Nsubj}, {"after", "killed", doc.Mark}, {"killed", "denied", doc.Advcl}}},
		// a passive with "were" read as a relative clause of its subject, and
		// that subject the later verb's (repairPassiveRelative, then
		// repairSubordinateSubject)
		{"On Monday, officials said 12 people, mostly students, were killed in the Garissa district after a rebel mortar attack hit a school.", []arc{
			{"said", "", doc.Root}, {"killed", "said", doc.Ccomp}, {"people", "killed", doc.NsubjPass},
			{"attack", "hit", doc.Nsubj}, {"after", "hit", doc.Mark}, {"hit", "killed", doc.Advcl}}},
		// a closing attribution whose content the parse read as an
		// adverbial clause of the say verb (repairClosingAttribution)
		{"Kenya attacked Uganda on Monday, a senior Kenyan official said.", []arc{
			{"said", "", doc.Root}, {"attacked", "said", doc.Ccomp}, {"official", "said", doc.Nsubj}}},
		// a subject in brackets hung on a verb outside them (repairBracketSubject)
		{"Kenya says the war ended (it did not), and that Nairobi will withdraw its troops.", []arc{
			{"it", "did", doc.Nsubj}, {"Nairobi", "withdraw", doc.Nsubj}}},
		// a title read as the root and the clause after its name as the
		// title's relative clause (repairTitleRoot)
		{"Former Attorney General Amos Wako is meeting Ugandan officials in private on Wednesday.", []arc{
			{"meeting", "", doc.Root}, {"Wako", "meeting", doc.Nsubj}, {"Attorney", "Wako", doc.Compound}}},
		// the "of" clause of "accused" hung inside its object's relative
		// clause (repairAccuseOfAfterRelative)
		{"Kenya is accusing Uganda, which supports the militia that controls the town, of backing rebels on its border.", []arc{
			{"accusing", "", doc.Root}, {"Uganda", "accusing", doc.Obj}, {"backing", "accusing", doc.Advcl}}},
		// a one-word subject set off by an aside read as an address (repairVocativeSubject)
		{"Kenya, however, attacked Uganda.", []arc{
			{"attacked", "", doc.Root}, {"Kenya", "attacked", doc.Nsubj}, {"Uganda", "attacked", doc.Obj}}},
	}
	for _, tt := range tests {
		t.Run(tt.text[:20], func(t *testing.T) {
			d := annotate(t, tt.text)
			if len(d.Sentences) != 1 {
				t.Fatalf("%d sentences, want 1", len(d.Sentences))
			}
			checkArcs(t, d, 0, tt.arcs)
		})
	}
}

// TestSeedArticle checks the arcs the acceptance article's events hang on.
func TestSeedArticle(t *testing.T) {
	checkSeedArticle(t, func(s string) *doc.Doc { return annotate(t, s) })
}

// TestSeedArticleNeural checks the same arcs parsed by the embedded
// neural parser.
func TestSeedArticleNeural(t *testing.T) {
	st, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	m, err := neural.Default()
	if err != nil {
		t.Fatal(err)
	}
	p, err := doc.NewPipeline(text.New(text.Options{}), st.WithTreeParser(m, neural.MaxWords))
	if err != nil {
		t.Fatal(err)
	}
	checkSeedArticle(t, func(s string) *doc.Doc {
		d := doc.New(doc.Article{ID: "seed", Text: s})
		if err := p.Run(d); err != nil {
			t.Fatal(err)
		}
		return d
	})
}

func checkSeedArticle(t *testing.T, annotate func(string) *doc.Doc) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "shared", "examples", "seed-g20-new-delhi", "article.txt"))
	if err != nil {
		t.Skipf("seed article absent (%v); it lives in ../shared", err)
	}
	d := annotate(string(b))
	find := func(prefix string) int {
		for i, s := range d.Sentences {
			if strings.HasPrefix(strings.TrimLeft(d.Text(s.Span), `"“ `), prefix) {
				return i
			}
		}
		t.Fatalf("no sentence starting %q", prefix)
		return -1
	}
	// A name's own words hang off its first word or its title (flat,
	// compound, nmod), so "Blinken" is checked to lie inside the subject.
	first := find("U.S. Secretary of State")
	checkInside(t, d, first, "Blinken", "said", doc.Nsubj)
	checkInside(t, d, first, "Lavrov", "spoke", doc.NoDep)
	checkArcs(t, d, first, []arc{{"spoke", "said", doc.Ccomp}})
	checkArcs(t, d, find("In what is believed"), []arc{
		{"Moscow", "urged", doc.Obj}, {"engage", "urged", doc.Xcomp}})
	checkArcs(t, d, find("But there was no agreement"), []arc{{"no", "agreement", doc.Det}})
}

// TestLongSentenceCut feeds a sentence past the parser's bound: it is cut,
// marked and reported, and every head stays inside the sentence.
func TestLongSentenceCut(t *testing.T) {
	st, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	d := &doc.Doc{}
	n := parser.MaxWords + 20
	for i := 0; i < n; i++ {
		start := int32(b.Len())
		b.WriteString("word ")
		d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: start, End: start + 4}, Flags: doc.SpaceAfter})
	}
	d.Article.Text = b.String()
	d.Sentences = []doc.Sentence{{Span: doc.Span{End: int32(b.Len() - 1)}, Tokens: doc.TokRange{End: int32(n)}}}
	if err := st.Annotate(d); err != nil {
		t.Fatal(err)
	}
	if !d.Sentences[0].Truncated || len(d.Diagnostics) != 1 {
		t.Fatalf("truncated %v, %d diagnostics; want true, 1", d.Sentences[0].Truncated, len(d.Diagnostics))
	}
	for i, tk := range d.Tokens {
		if tk.Head < -1 || tk.Head >= int32(n) || tk.Dep == doc.NoDep || tk.UPOS == doc.NoPOS {
			t.Fatalf("token %d: head %d dep %s upos %s", i, tk.Head, tk.Dep, tk.UPOS)
		}
	}
}

// TestConcurrent annotates separate Docs from several goroutines and wants
// what one goroutine gets: the stage shares only read-only models.
func TestConcurrent(t *testing.T) {
	const text = "The ministry said that the talks would resume on Monday. Police arrested three journalists on Friday."
	want := annotate(t, text)
	done := make(chan *doc.Doc)
	for g := 0; g < 4; g++ {
		go func() {
			st, _ := Default()
			d := doc.New(doc.Article{Text: text})
			p, _ := doc.NewPipeline(textStage(), st)
			if err := p.Run(d); err != nil {
				t.Error(err)
			}
			done <- d
		}()
	}
	for g := 0; g < 4; g++ {
		d := <-done
		if len(d.Tokens) != len(want.Tokens) {
			t.Fatalf("%d tokens, want %d", len(d.Tokens), len(want.Tokens))
		}
		for i := range d.Tokens {
			if d.Tokens[i] != want.Tokens[i] {
				t.Fatalf("token %d: %+v, want %+v", i, d.Tokens[i], want.Tokens[i])
			}
		}
	}
}

func textStage() doc.Stage { return text.New(text.Options{}) }

// TestTreesWellFormed: after the parser and every repair, each sentence
// has exactly one root and every token reaches it without a cycle. It
// parses made-up sentences built to trip the repairs (quotes, dashes,
// relative clauses, fronted phrases, quantifiers, in any order) and, when
// ../shared is present, the text of EWT dev and test.
func TestTreesWellFormed(t *testing.T) {
	words := strings.Fields(`the a , . “ ” " ( ) – which who that Turkey loyal to forces anti-Assad ` +
		`Last month On Friday So far Unable demand that accused of being peacekeeping participate in ` +
		`called for agreed to held around 20,000 struck said has had was were Russia US Iran attacked ` +
		`condemned the attack on killing by Hamas Israel 's ’s Some Most of One`)
	var b strings.Builder
	seed := uint32(7)
	next := func(n int) int { seed = seed*1664525 + 1013904223; return int(seed>>8) % n }
	for range 400 {
		for range 1 + next(30) {
			b.WriteString(words[next(len(words))])
			b.WriteByte(' ')
		}
		b.WriteString(".\n\n")
	}
	// repairs that once closed a loop: a subordinate clause's verb under
	// the noun made its subject, a root hung on its own dependant
	b.WriteString("Officials said the bank had reached a deal on the debt after a temporary loan agreement expires in June.\n\n")
	b.WriteString("In May, the Kenyan senator called on fellow lawmakers to censure Ruto after the wealthy tycoon claimed that a judge hearing a case against him was biased.\n\n")
	texts := []string{b.String()}
	for _, split := range []string{"dev", "test"} {
		raw, err := os.ReadFile(filepath.Join("..", "..", "shared", "ud", "UD_English-EWT", "en_ewt-ud-"+split+".conllu"))
		if err != nil {
			t.Logf("EWT %s absent (%v); it lives in ../shared: made-up sentences only", split, err)
			continue
		}
		var ewt strings.Builder
		for _, line := range strings.Split(string(raw), "\n") {
			if s, ok := strings.CutPrefix(line, "# text = "); ok {
				ewt.WriteString(s + "\n\n")
			}
		}
		texts = append(texts, ewt.String())
	}
	for _, x := range texts {
		d := annotate(t, x)
		for si, s := range d.Sentences {
			roots := 0
			for k := s.Tokens.Start; k < s.Tokens.End; k++ {
				h := d.Tokens[k].Head
				if h < 0 {
					roots++
					continue
				}
				if h < s.Tokens.Start || h >= s.Tokens.End {
					t.Fatalf("sentence %d %q: token %d hangs outside its sentence", si, d.Text(s.Span), k)
				}
				// walk to the root: at most as many steps as tokens
				j, n := k, 0
				for ; j >= 0 && n <= s.Tokens.Len(); n++ {
					j = d.Tokens[j].Head
				}
				if j >= 0 {
					t.Fatalf("sentence %d %q: token %d is on a cycle", si, d.Text(s.Span), k)
				}
			}
			if roots != 1 && s.Tokens.Len() > 0 {
				t.Fatalf("sentence %d %q: %d roots", si, d.Text(s.Span), roots)
			}
		}
	}
}

// TestBreakCycles: a loop left by the repairs is cut at its first token,
// which hangs on the root (or becomes it, when there is none).
func TestBreakCycles(t *testing.T) {
	tests := []struct {
		heads, want []int32
	}{
		{[]int32{-1, 2, 1, 0}, []int32{-1, 0, 1, 0}}, // 1 and 2 hang on each other
		{[]int32{1, 2, 0}, []int32{-1, 2, 0}},        // no root: the first becomes it
		{[]int32{-1, 0, 1}, []int32{-1, 0, 1}},       // a tree stays
	}
	for _, tt := range tests {
		d := &doc.Doc{Tokens: make([]doc.Token, len(tt.heads))}
		for i, h := range tt.heads {
			d.Tokens[i].Head, d.Tokens[i].Dep = h, doc.Obj
		}
		breakCycles(d, doc.TokRange{Start: 0, End: int32(len(tt.heads))})
		for i, w := range tt.want {
			if d.Tokens[i].Head != w {
				t.Errorf("heads %v: token %d hangs on %d, want %d", tt.heads, i, d.Tokens[i].Head, w)
			}
		}
	}
}

// anyTagger hides the embedded tagger's type from Annotate, which then
// tags each sentence where it repairs it, as it did before it tagged the
// whole document first.
type anyTagger struct{ Tagger }

// TestTagFirstSame wants the same tags, lemmas and trees whether Annotate
// tags every sentence before it repairs and parses the first, or tags
// each in turn: sentences whose repairs retag words near their ends, a
// verb read again once parsed ("struck"), a cut-off last sentence.
func TestTagFirstSame(t *testing.T) {
	st, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	old := &Stage{tag: anyTagger{st.tag}, parse: st.parse, lemmas: st.lemmas}
	src := "The visiting Prime Minister met rebels in the north. As Kurdish forces edge towards the town, " +
		"officials said the talks failed. The army struck militia units overnight in what officials later said was a reprisal.\n\n" +
		"Shares rose 3 pct to 12.50 dlrs. \u201cWe will not back down,\u201d she said. Protesters set fire to"
	split := func() *doc.Doc {
		d := doc.New(doc.Article{ID: "t", Text: src})
		if err := text.New(text.Options{}).Annotate(d); err != nil {
			t.Fatal(err)
		}
		return d
	}
	a, b := split(), split()
	if err := st.Annotate(a); err != nil {
		t.Fatal(err)
	}
	if err := old.Annotate(b); err != nil {
		t.Fatal(err)
	}
	if len(a.Sentences) < 5 {
		t.Fatalf("%d sentences, want at least 5", len(a.Sentences))
	}
	for i := range a.Tokens {
		if a.Tokens[i] != b.Tokens[i] {
			t.Errorf("token %d %q: tagged first %+v, in turn %+v", i, a.TokenText(i), a.Tokens[i], b.Tokens[i])
		}
	}
	// and in a batch, tagged before any is parsed
	batch := []*doc.Doc{split(), split(), doc.New(doc.Article{ID: "empty"})}
	errs := make([]error, len(batch))
	st.AnnotateBatch(batch, errs)
	for k, c := range batch[:2] {
		if errs[k] != nil {
			t.Fatal(errs[k])
		}
		for i := range c.Tokens {
			if c.Tokens[i] != b.Tokens[i] {
				t.Errorf("batch article %d token %d %q: %+v, in turn %+v", k, i, c.TokenText(i), c.Tokens[i], b.Tokens[i])
			}
		}
	}
	if errs[2] != nil {
		t.Errorf("empty article: %v", errs[2])
	}
}

// TestPastTenseReadAsPreposition: a word the tagger read as a preposition
// though training never saw it as one, after a singular noun, is the past
// tense it was seen as ("police beat the protesters").
func TestPastTenseReadAsPreposition(t *testing.T) {
	d := annotate(t, "Kenyan police beat the Ugandan protesters on Monday.")
	checkArcs(t, d, 0, []arc{{"beat", "", doc.Root}, {"police", "beat", doc.Nsubj}, {"protesters", "beat", doc.Obj}})
}

// chainParser hangs each word on the one before it: a parser whose trees
// no repair would make, to see which parser a sentence went to.
type chainParser struct{}

func (chainParser) ParseTree(d *doc.Doc, r doc.TokRange) {
	for k := r.Start; k < r.End; k++ {
		d.Tokens[k].Head, d.Tokens[k].Dep = k-1, doc.Dep
	}
	d.Tokens[r.Start].Head, d.Tokens[r.Start].Dep = -1, doc.Root
}

func TestWithTreeParser(t *testing.T) {
	st, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	p, err := doc.NewPipeline(text.New(text.Options{}), st.WithTreeParser(chainParser{}, 6))
	if err != nil {
		t.Fatal(err)
	}
	d := doc.New(doc.Article{ID: "test", Text: "Rebels attacked the town. Kenya said the rebels had attacked the town."})
	if err := p.Run(d); err != nil {
		t.Fatal(err)
	}
	short := d.Sentences[0].Tokens
	for k := short.Start; k < short.End; k++ {
		if tk := d.Tokens[k]; tk.Head != k-1 && k > short.Start || tk.UPOS == doc.NoPOS {
			t.Errorf("short sentence, %q: head %d, UPOS %s; want the chain's %d and a tag", d.TokenText(int(k)), tk.Head, tk.UPOS, k-1)
		}
	}
	said := tokenIn(t, d, 1, "said")
	if d.Tokens[said].Head != -1 || d.Tokens[tokenIn(t, d, 1, "Kenya")].Head != said {
		t.Errorf("sentence over the bound: 'said' head %d, want the perceptron's root with 'Kenya' under it", d.Tokens[said].Head)
	}
	if st.tree != nil {
		t.Error("WithTreeParser changed the stage it was called on")
	}
}

// treeParser gives every sentence the same tree: heads[k] is the head of
// the sentence's word k (-1 the root), deps[k] its relation.
type treeParser struct {
	heads []int32
	deps  []doc.DepRel
}

func (p treeParser) ParseTree(d *doc.Doc, r doc.TokRange) {
	for k := r.Start; k < r.End; k++ {
		h, dep := p.heads[k-r.Start], p.deps[k-r.Start]
		if h >= 0 {
			h += r.Start
		}
		d.Tokens[k].Head, d.Tokens[k].Dep = h, dep
	}
}

// TestTreeParserRefinite: a past tense the tagger calls a noun, in a
// sentence whose finite verbs all come later, is made the verb and the
// sentence parsed again (refinite) with a tree parser as with the
// perceptron: the neural parser reads the tags too.
func TestTreeParserRefinite(t *testing.T) {
	// the parse the neural model gives, with "struck" the root
	d := annotateWith(t, "The US army struck militia groups in Iraq in what officials said was a response.", treeParser{
		[]int32{2, 2, 3, -1, 5, 3, 7, 5, 9, 3, 11, 9, 14, 14, 11, 3},
		[]doc.DepRel{doc.Det, doc.Compound, doc.Nsubj, doc.Root, doc.Compound, doc.Obj, doc.Case, doc.Nmod, doc.Case,
			doc.Obl, doc.Nsubj, doc.AclRelcl, doc.Cop, doc.Det, doc.Ccomp, doc.Punct}})
	k := tokenIn(t, d, 0, "struck")
	if tk := d.Tokens[k]; tk.UPOS != doc.VERB || tk.XPOS.String() != "VBD" || tk.Lemma != "strike" {
		t.Errorf("struck: %s %s lemma %q, want VERB VBD strike", tk.UPOS, tk.XPOS, tk.Lemma)
	}
}

// TestControlledObject: an indirect object before an open clausal
// complement, with no object beside it, is the object
// (repairControlledObject); beside a that-clause it stays. A verb's
// second subject, after it, is its object (repairSecondSubject). "with"
// marking a clause with a modal is its subject's case, and a clause with a
// tense alone keeps it (repairWithClause). A verb with a tense hung on
// the root noun after it is the root (repairVerbModifier), and so is one
// read into a phrase on the subject (repairVerbInPhrase) or as a reduced
// relative of it (repairTensedAcl); "it" before a verb that takes no
// expletive is a subject (repairExpletiveIt). Errors of the neural
// parser's.
func TestControlledObject(t *testing.T) {
	for _, c := range []struct {
		text  string
		tree  treeParser
		check []arc
	}{
		{"Uganda urged Kenya to withdraw.", treeParser{
			[]int32{1, -1, 1, 4, 1, 1},
			[]doc.DepRel{doc.Nsubj, doc.Root, doc.Iobj, doc.Mark, doc.Xcomp, doc.Punct}},
			[]arc{{"Kenya", "urged", doc.Obj}, {"withdraw", "urged", doc.Xcomp}}},
		{"Uganda told Kenya that troops would withdraw.", treeParser{
			[]int32{1, -1, 1, 6, 6, 6, 1, 1},
			[]doc.DepRel{doc.Nsubj, doc.Root, doc.Iobj, doc.Mark, doc.Nsubj, doc.Aux, doc.Ccomp, doc.Punct}},
			[]arc{{"Kenya", "told", doc.Iobj}, {"withdraw", "told", doc.Ccomp}}},
		// a second subject after the verb: repairSecondSubject
		{"Reuters quoted spokesman John Okello as saying so.", treeParser{
			[]int32{1, -1, 3, 1, 3, 6, 1, 6, 1},
			[]doc.DepRel{doc.Nsubj, doc.Root, doc.Compound, doc.Nsubj, doc.Flat, doc.Mark, doc.Advcl, doc.Advmod, doc.Punct}},
			[]arc{{"John", "quoted", doc.Obj}, {"Reuters", "quoted", doc.Nsubj}}},
		// "with" marking a clause with a modal: repairWithClause
		{"Uganda said Kenya together with its allies would impose sanctions.", treeParser{
			[]int32{1, -1, 1, 1, 8, 6, 8, 8, 1, 8, 1},
			[]doc.DepRel{doc.Nsubj, doc.Root, doc.Obj, doc.Advmod, doc.Mark, doc.NmodPoss, doc.Nsubj, doc.Aux, doc.Advcl, doc.Obj, doc.Punct}},
			[]arc{{"with", "allies", doc.Case}, {"allies", "impose", doc.Nsubj}}},
		{"Kenya held talks with the envoy expected in Kampala.", treeParser{
			[]int32{1, -1, 1, 6, 5, 6, 1, 8, 6, 1},
			[]doc.DepRel{doc.Nsubj, doc.Root, doc.Obj, doc.Mark, doc.Det, doc.Nsubj, doc.Advcl, doc.Case, doc.Obl, doc.Punct}},
			[]arc{{"with", "expected", doc.Mark}}},
		// a sentence read as one noun phrase: repairVerbModifier
		{"The U.S. imposed sanctions on Kenya.", treeParser{
			[]int32{3, 3, 3, -1, 5, 3, 3},
			[]doc.DepRel{doc.Det, doc.Compound, doc.Amod, doc.Root, doc.Case, doc.Nmod, doc.Punct}},
			[]arc{{"U.S.", "imposed", doc.Nsubj}, {"sanctions", "imposed", doc.Obj}, {"The", "U.S.", doc.Det}}},
		{"Nairobi on Monday lifted curbs on Uganda.", treeParser{
			[]int32{4, 4, 4, 4, -1, 6, 4, 4},
			[]doc.DepRel{doc.Compound, doc.Case, doc.Compound, doc.Amod, doc.Root, doc.Case, doc.Nmod, doc.Punct}},
			[]arc{{"Nairobi", "lifted", doc.Nsubj}, {"Monday", "lifted", doc.Obl}, {"on", "Monday", doc.Case}, {"curbs", "lifted", doc.Obj}}},
		{"The Kenyan army on Friday shelled rebel positions.", treeParser{
			[]int32{7, 2, 7, 7, 5, 7, 7, -1, 7},
			[]doc.DepRel{doc.Det, doc.Amod, doc.Compound, doc.Case, doc.Compound, doc.Amod, doc.Compound, doc.Root, doc.Punct}},
			[]arc{{"army", "shelled", doc.Nsubj}, {"Friday", "shelled", doc.Obl}, {"positions", "shelled", doc.Obj}, {"The", "army", doc.Det}}},
		// a verb read into a phrase on its subject: repairVerbInPhrase
		{"Kenya on Monday imposed sanctions on Uganda.", treeParser{
			[]int32{-1, 4, 4, 4, 0, 6, 4, 0},
			[]doc.DepRel{doc.Root, doc.Case, doc.Compound, doc.Amod, doc.Nmod, doc.Case, doc.Nmod, doc.Punct}},
			[]arc{{"imposed", "", doc.Root}, {"Kenya", "imposed", doc.Nsubj}, {"Monday", "imposed", doc.Obl}, {"on", "Monday", doc.Case},
				{"sanctions", "imposed", doc.Obj}, {"Uganda", "sanctions", doc.Nmod}, {".", "imposed", doc.Punct}}},
		{"The Kenyan police on the same day detained ten students.", treeParser{
			[]int32{2, 2, -1, 9, 6, 6, 9, 9, 9, 2, 2},
			[]doc.DepRel{doc.Det, doc.Amod, doc.Root, doc.Case, doc.Det, doc.Amod, doc.Compound, doc.Amod, doc.Nummod, doc.Nmod, doc.Punct}},
			[]arc{{"detained", "", doc.Root}, {"police", "detained", doc.Nsubj}, {"day", "detained", doc.Obl},
				{"the", "day", doc.Det}, {"students", "detained", doc.Obj}}},
		{"A Kenyan court on Tuesday freed the activist Ann Mwangi.", treeParser{
			[]int32{2, 2, -1, 8, 5, 7, 7, 8, 2, 8, 2},
			[]doc.DepRel{doc.Det, doc.Amod, doc.Root, doc.Case, doc.Obl, doc.Amod, doc.Det, doc.NmodDesc, doc.Nmod, doc.Flat, doc.Punct}},
			[]arc{{"freed", "", doc.Root}, {"court", "freed", doc.Nsubj}, {"Tuesday", "freed", doc.Obl}, {"on", "Tuesday", doc.Case},
				{"Ann", "freed", doc.Obj}, {".", "freed", doc.Punct}}},
		// a compound on the verb opening the sentence: repairVerbModifier
		{"U.S. cut duties on Kenyan tea.", treeParser{
			[]int32{1, 2, -1, 5, 5, 2, 2},
			[]doc.DepRel{doc.Compound, doc.Amod, doc.Root, doc.Case, doc.Amod, doc.Nmod, doc.Punct}},
			[]arc{{"cut", "", doc.Root}, {"U.S.", "cut", doc.Nsubj}, {"duties", "cut", doc.Obj}}},
		// a tensed verb read as a reduced relative: repairTensedAcl
		{"A Kenyan report called for sanctions on Uganda.", treeParser{
			[]int32{2, 2, -1, 2, 5, 3, 7, 5, 2},
			[]doc.DepRel{doc.Det, doc.Amod, doc.Root, doc.Acl, doc.Case, doc.Obl, doc.Case, doc.Nmod, doc.Punct}},
			[]arc{{"called", "", doc.Root}, {"report", "called", doc.Nsubj}, {"sanctions", "called", doc.Obl}, {".", "called", doc.Punct}}},
		// the subject of an infinitive marked "for" hung on the verb
		// before: repairForSubject
		{"Kenya raised its voice for Uganda to win a role.", treeParser{
			[]int32{1, -1, 3, 1, 7, 1, 7, 1, 9, 7, 1},
			[]doc.DepRel{doc.Nsubj, doc.Root, doc.NmodPoss, doc.Obj, doc.Mark, doc.Obl, doc.Mark, doc.Advcl, doc.Det, doc.Obj, doc.Punct}},
			[]arc{{"Uganda", "win", doc.Nsubj}, {"for", "win", doc.Mark}}},
		// a phrase before the verb hung on its object: repairObliqueAcrossVerb
		{"Kenyan police on Monday launched raids.", treeParser{
			[]int32{1, 4, 3, 5, -1, 4, 4},
			[]doc.DepRel{doc.Amod, doc.Nsubj, doc.Case, doc.Compound, doc.Root, doc.Obj, doc.Punct}},
			[]arc{{"Monday", "launched", doc.Obl}, {"on", "Monday", doc.Case}}},
		// a particle read as a preposition: repairParticleCase
		{"Nurses called off the strike.", treeParser{
			[]int32{1, -1, 4, 4, 1, 1},
			[]doc.DepRel{doc.Nsubj, doc.Root, doc.Case, doc.Det, doc.Obl, doc.Punct}},
			[]arc{{"off", "called", doc.CompoundPrt}, {"strike", "called", doc.Obj}}},
		// a participle before a noun read as a complement:
		// repairParticipleXcomp
		{"Kenya will not accept returned migrants.", treeParser{
			[]int32{3, 3, 3, -1, 3, 4, 3},
			[]doc.DepRel{doc.Nsubj, doc.Aux, doc.Advmod, doc.Root, doc.Xcomp, doc.Obj, doc.Punct}},
			[]arc{{"returned", "migrants", doc.Amod}, {"migrants", "accept", doc.Obj}}},
		// a noun with its preposition read as the infinitive's subject:
		// repairCaseSubjectInfinitive
		{"Kenya announced a truce with the rebels to start on Friday.", treeParser{
			[]int32{1, -1, 3, 1, 6, 6, 8, 8, 3, 10, 8, 1},
			[]doc.DepRel{doc.Nsubj, doc.Root, doc.Det, doc.Obj, doc.Case, doc.Det, doc.Nsubj, doc.Mark, doc.Acl, doc.Case, doc.Obl, doc.Punct}},
			[]arc{{"rebels", "truce", doc.Nmod}, {"start", "truce", doc.Acl}}},
		{"Kenya announced a truce with the rebels to start on Friday.", treeParser{
			[]int32{1, -1, 3, 1, 8, 6, 8, 8, 3, 10, 8, 1},
			[]doc.DepRel{doc.Nsubj, doc.Root, doc.Det, doc.Obj, doc.Mark, doc.Det, doc.Nsubj, doc.Mark, doc.Acl, doc.Case, doc.Obl, doc.Punct}},
			[]arc{{"rebels", "truce", doc.Nmod}, {"with", "rebels", doc.Case}, {"start", "truce", doc.Acl}}},
		// an object hung on the adjective after the verb:
		// repairAdjectiveObject
		{"The rebels let free two aid workers.", treeParser{
			[]int32{1, 2, -1, 2, 6, 6, 3, 2},
			[]doc.DepRel{doc.Det, doc.Nsubj, doc.Root, doc.Xcomp, doc.Nummod, doc.Compound, doc.Obj, doc.Punct}},
			[]arc{{"workers", "let", doc.Obj}, {"free", "let", doc.Xcomp}}},
		{"The shares became worth two billion shillings.", treeParser{
			[]int32{1, 2, -1, 2, 5, 6, 3, 2},
			[]doc.DepRel{doc.Det, doc.Nsubj, doc.Root, doc.Xcomp, doc.Nummod, doc.Nummod, doc.Obj, doc.Punct}},
			[]arc{{"shillings", "worth", doc.Obj}}},
		// a complement's subject read as the object of the verb above:
		// repairComplementSubject, not after a verb that tells someone
		{"Kenya announced the government had paid the debt.", treeParser{
			[]int32{1, -1, 3, 1, 5, 1, 7, 5, 1},
			[]doc.DepRel{doc.Nsubj, doc.Root, doc.Det, doc.Obj, doc.Aux, doc.Ccomp, doc.Det, doc.Obj, doc.Punct}},
			[]arc{{"government", "paid", doc.Nsubj}}},
		{"Kenya told investors the firm would grow.", treeParser{
			[]int32{1, -1, 1, 4, 2, 6, 1, 1},
			[]doc.DepRel{doc.Nsubj, doc.Root, doc.Obj, doc.Det, doc.Appos, doc.Aux, doc.Ccomp, doc.Punct}},
			[]arc{{"investors", "told", doc.Obj}}},
		// a subject read as an object before its verb: repairFrontedObject,
		// not in a question
		{"Kenya said the government had paid the debt.", treeParser{
			[]int32{1, -1, 3, 5, 5, 1, 7, 5, 1},
			[]doc.DepRel{doc.Nsubj, doc.Root, doc.Det, doc.Obj, doc.Aux, doc.Ccomp, doc.Det, doc.Obj, doc.Punct}},
			[]arc{{"government", "paid", doc.Nsubj}}},
		{"How much grain did they want to sell?", treeParser{
			[]int32{1, 2, 7, 5, 5, -1, 7, 5, 5},
			[]doc.DepRel{doc.Advmod, doc.Amod, doc.Obj, doc.Aux, doc.Nsubj, doc.Root, doc.Mark, doc.Xcomp, doc.Punct}},
			[]arc{{"grain", "sell", doc.Obj}}},
		{"A court in Nairobi found Okello guilty of fraud.", treeParser{
			[]int32{1, 4, 3, 1, -1, 6, 4, 8, 6, 4},
			[]doc.DepRel{doc.Det, doc.Nsubj, doc.Case, doc.Nmod, doc.Root, doc.Compound, doc.Xcomp, doc.Case, doc.Nmod, doc.Punct}},
			[]arc{{"Okello", "found", doc.Obj}, {"guilty", "found", doc.Xcomp}}},
		// a name with its own preposition read into the name before:
		// repairFlatCase
		{"Ruto held talks in Amman with King Abdullah.", treeParser{
			[]int32{1, -1, 1, 4, 1, 7, 7, 4, 1},
			[]doc.DepRel{doc.Nsubj, doc.Root, doc.Obj, doc.Case, doc.Obl, doc.Case, doc.NmodDesc, doc.Flat, doc.Punct}},
			[]arc{{"Abdullah", "held", doc.Obl}, {"with", "Abdullah", doc.Case}}},
		// a name's short form in brackets read as the next clause's
		// subject: repairBracketAcronym
		{"Kenya wrote to the African Union (AU) asking for troops.", treeParser{
			[]int32{1, -1, 5, 5, 5, 1, 7, 9, 7, 1, 11, 9, 1},
			[]doc.DepRel{doc.Nsubj, doc.Root, doc.Case, doc.Det, doc.Amod, doc.Obl, doc.Punct, doc.Nsubj, doc.Punct, doc.Advcl, doc.Case, doc.Obl, doc.Punct}},
			[]arc{{"AU", "Union", doc.Appos}}},
		// a modifier of the object read as a second object: repairStrayIobj
		{"Kenya threatened to pull US funding.", treeParser{
			[]int32{1, -1, 3, 1, 3, 3, 1},
			[]doc.DepRel{doc.Nsubj, doc.Root, doc.Mark, doc.Xcomp, doc.Iobj, doc.Obj, doc.Punct}},
			[]arc{{"US", "funding", doc.Compound}}},
		{"Kenya gave Uganda funding.", treeParser{
			[]int32{1, -1, 1, 1, 1},
			[]doc.DepRel{doc.Nsubj, doc.Root, doc.Iobj, doc.Obj, doc.Punct}},
			[]arc{{"Uganda", "gave", doc.Iobj}}},
		// two subjects a conjunction links: repairSplitSubject
		{"Police and border guards can respond.", treeParser{
			[]int32{5, 2, 3, 5, 5, -1, 5},
			[]doc.DepRel{doc.Nsubj, doc.Cc, doc.Compound, doc.Nsubj, doc.Aux, doc.Root, doc.Punct}},
			[]arc{{"guards", "Police", doc.Conj}, {"and", "guards", doc.Cc}}},
		// an object with its own preposition: repairCaseObject
		{"Kenyan troops remained on alert Monday along the border.", treeParser{
			[]int32{1, 2, -1, 4, 2, 2, 8, 8, 2, 2},
			[]doc.DepRel{doc.Amod, doc.Nsubj, doc.Root, doc.Case, doc.Obj, doc.Obl, doc.Case, doc.Det, doc.Obl, doc.Punct}},
			[]arc{{"alert", "remained", doc.Obl}}},
		{"Kenya supplies both of the firms.", treeParser{
			[]int32{1, -1, 5, 5, 5, 1, 1},
			[]doc.DepRel{doc.Nsubj, doc.Root, doc.Det, doc.Case, doc.Det, doc.Obj, doc.Punct}},
			[]arc{{"both", "supplies", doc.Obj}, {"firms", "both", doc.Nmod}}},
		// a verdict's adjective read as the object: repairPredicateAdjective
		{"The court found the former minister guilty of fraud.", treeParser{
			[]int32{1, 2, -1, 6, 6, 6, 2, 8, 6, 2},
			[]doc.DepRel{doc.Det, doc.Nsubj, doc.Root, doc.Det, doc.Amod, doc.Compound, doc.Obj, doc.Case, doc.Nmod, doc.Punct}},
			[]arc{{"minister", "found", doc.Obj}, {"guilty", "found", doc.Xcomp}, {"the", "minister", doc.Det}}},
		// the auxiliary read as the verb "have": repairPerfectAmod
		{"Kenya has severed ties with Uganda.", treeParser{
			[]int32{1, -1, 3, 1, 5, 3, 1},
			[]doc.DepRel{doc.Nsubj, doc.Root, doc.Amod, doc.Obj, doc.Case, doc.Nmod, doc.Punct}},
			[]arc{{"severed", "", doc.Root}, {"has", "severed", doc.Aux}, {"Kenya", "severed", doc.Nsubj}, {"ties", "severed", doc.Obj},
				{".", "severed", doc.Punct}}},
		// "it" the subject, not an expletive, but before "seems":
		// repairExpletiveIt
		{"Kenya said it intends to float the bonds.", treeParser{
			[]int32{1, -1, 3, 1, 5, 3, 7, 5, 1},
			[]doc.DepRel{doc.Nsubj, doc.Root, doc.Expl, doc.Ccomp, doc.Mark, doc.Csubj, doc.Det, doc.Obj, doc.Punct}},
			[]arc{{"it", "intends", doc.Nsubj}, {"float", "intends", doc.Xcomp}}},
		{"It seems that Kenya will sell the bonds.", treeParser{
			[]int32{1, -1, 5, 5, 5, 1, 7, 5, 1},
			[]doc.DepRel{doc.Expl, doc.Root, doc.Mark, doc.Nsubj, doc.Aux, doc.Ccomp, doc.Det, doc.Obj, doc.Punct}},
			[]arc{{"It", "seems", doc.Expl}}},
		{"Kenya said it is unhappy about the deal.", treeParser{
			[]int32{1, -1, 4, 4, 1, 7, 7, 4, 1},
			[]doc.DepRel{doc.Nsubj, doc.Root, doc.Expl, doc.Cop, doc.Ccomp, doc.Case, doc.Det, doc.Obl, doc.Punct}},
			[]arc{{"it", "unhappy", doc.Nsubj}}},
		{"Kenya says it is eager to join.", treeParser{
			[]int32{1, -1, 4, 4, 1, 6, 4, 1},
			[]doc.DepRel{doc.Nsubj, doc.Root, doc.Expl, doc.Cop, doc.Ccomp, doc.Mark, doc.Xcomp, doc.Punct}},
			[]arc{{"it", "eager", doc.Nsubj}}},
		{"It is only fair to ask Uganda first.", treeParser{
			[]int32{3, 3, 3, -1, 5, 3, 5, 5, 3},
			[]doc.DepRel{doc.Expl, doc.Cop, doc.Advmod, doc.Root, doc.Mark, doc.Xcomp, doc.Obj, doc.Advmod, doc.Punct}},
			[]arc{{"It", "fair", doc.Expl}}},
		{"Kenya thinks it is clear that Uganda lied.", treeParser{
			[]int32{1, -1, 4, 4, 1, 7, 7, 4, 1},
			[]doc.DepRel{doc.Nsubj, doc.Root, doc.Expl, doc.Cop, doc.Ccomp, doc.Mark, doc.Nsubj, doc.Csubj, doc.Punct}},
			[]arc{{"it", "clear", doc.Expl}}},
		{"The EU phased out tariffs.", treeParser{
			[]int32{4, 2, 4, 4, -1, 4},
			[]doc.DepRel{doc.Det, doc.Nsubj, doc.Amod, doc.Compound, doc.Root, doc.Punct}},
			[]arc{{"EU", "phased", doc.Nsubj}, {"out", "phased", doc.CompoundPrt}, {"tariffs", "phased", doc.Obj}}},
	} {
		checkArcs(t, annotateWith(t, c.text, c.tree), 0, c.check)
	}
}

// TestFlatNameTag: a name's first word that the tagger calls an adjective
// is a name where the parse heads a flat name with it (repairFlatNameTag).
func TestFlatNameTag(t *testing.T) {
	d := annotateWith(t, "Kenya granted asylum to Julian Okello.", treeParser{
		[]int32{1, -1, 1, 4, 1, 4, 1},
		[]doc.DepRel{doc.Nsubj, doc.Root, doc.Obj, doc.Case, doc.Obl, doc.Flat, doc.Punct}})
	if k := tokenIn(t, d, 0, "Julian"); d.Tokens[k].UPOS != doc.PROPN || d.Tokens[k].XPOS.String() != "NNP" {
		t.Errorf("Julian: %s %s, want PROPN NNP", d.Tokens[k].UPOS, d.Tokens[k].XPOS)
	}
}

// TestTensedXcomp: a past form left tagged VBD as a complement with no
// subject is the participle again; one with a subject stays.
func TestTensedXcomp(t *testing.T) {
	const src = "1\tKenya\tKenya\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n" +
		"2\tordered\torder\tVERB\tVBD\t_\t0\troot\t_\t_\n" +
		"3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n" +
		"4\tmen\tman\tNOUN\tNNS\t_\t2\tobj\t_\t_\n" +
		"5\tjailed\tjail\tVERB\tVBD\t_\t2\txcomp\t_\t_\n\n"
	for _, subj := range []bool{false, true} {
		tb, err := conllu.Read(strings.NewReader(src), "test")
		if err != nil {
			t.Fatal(err)
		}
		d := tb.Doc
		want := xpVBN
		if subj {
			d.Tokens[3].Head, d.Tokens[3].Dep, want = 4, doc.Nsubj, xpVBD
		}
		repairTensedXcomp(d, d.Sentences[0].Tokens)
		if got := d.Tokens[4].XPOS; got != want {
			t.Errorf("subject %v: jailed tagged %s, want %s", subj, got, want)
		}
	}
}
