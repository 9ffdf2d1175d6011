package actor

import "strings"

// Small closed word sets the rules need. They are grammar, not dictionary:
// pronouns, locative prepositions, calendar words, nouns that name
// agreements and events, gendered first names. Lookups fold ASCII case and
// allocate nothing.

// pronoun is a personal pronoun's agreement features.
type pronoun struct {
	gender Gender
	plural bool
	person bool // he/she: a person; it: not a person; they: either
	object bool // him/her/them: cannot be the subject of its own clause
}

var pronouns = map[string]pronoun{
	"he": {Male, false, true, false}, "him": {Male, false, true, true}, "his": {Male, false, true, false},
	"himself": {Male, false, true, false},
	"she":     {Female, false, true, false}, "her": {Female, false, true, true}, "hers": {Female, false, true, false},
	"herself": {Female, false, true, false},
	"it":      {Unknown, false, false, false}, "its": {Unknown, false, false, false}, "itself": {Unknown, false, false, false},
	"they": {Unknown, true, false, false}, "them": {Unknown, true, false, true}, "their": {Unknown, true, false, false},
	"theirs": {Unknown, true, false, false}, "themselves": {Unknown, true, false, false},
}

// locatives are prepositions after which a capital is where something
// happens, not who acts: "a briefing in Washington".
var locatives = set("in", "at", "near", "outside", "inside", "within", "around", "across", "throughout",
	"via", "into", "toward", "towards", "beyond")

// calendar words are capitalised but name no one.
var calendar = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
	"nov.", "dec.")

// thingNouns end or follow a name that is an agreement, event or other
// thing, never an actor: "the New START treaty", "the Cold War".
var thingNouns = set("treaty", "agreement", "accord", "accords", "pact", "deal", "protocol", "convention",
	"war", "summit", "conference", "initiative", "plan", "program", "programme", "act", "law", "bill",
	"crisis", "games", "cup", "forum", "declaration", "charter", "talks", "process", "day", "attack", "attacks",
	"bombing", "bombings", "decision", "proposal", "ban", "offensive", "policy", "budget",
	// acts and means named by what does them: "military aid", "official
	// support", "criminal charges"
	"aid", "assistance", "support", "action", "actions", "intervention", "interventions", "operation",
	"operations", "exercise", "exercises", "drill", "drills", "presence", "capabilities", "capability",
	"solution", "option", "options", "charges", "charge", "estimate", "cooperation", "campaign", "buildup",
	"build-up", "spending", "assault", "assaults", "strike", "strikes", "activity", "activities",
	"escalation", "involvement", "equipment", "hardware", "victory", "defeat", "power", "might",
	// inquiries and cases named by what they are about: "a criminal
	// investigation", "a military inquiry", "the criminal case"
	"investigation", "investigations", "inquiry", "probe", "case", "cases", "proceedings", "trial")

// aideWords name who serves someone named after "to".
var aideWords = set("aide", "aides", "adviser", "advisers", "advisor", "advisors")

// counterpartWords name an office on the other side.
var counterpartWords = set("counterpart", "counterparts")

// articles open a description in apposition: "X, a senior official".
var articles = set("a", "an", "the")

// definites open a definite description that can refer back: "the foreign minister".
var definites = set("the", "this", "that", "these", "those")

// epithets are descriptions that name an office by its function; each
// lists the title words it may refer back to.
var epithets = map[string][]string{
	"top diplomat":   {"foreign minister", "secretary of state", "foreign secretary", "minister of foreign affairs"},
	"chief diplomat": {"foreign minister", "secretary of state", "foreign secretary", "minister of foreign affairs"},
	"top general":    {"chief of staff", "chief of the general staff", "chairman of the joint chiefs of staff"},
}

// honorifics are courtesy titles before a name: "Mr Putin".
var honorifics = set("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "messrs", "messrs.", "mme", "mme.")

// addressTitles are offices a courtesy title addresses their holder by:
// "Mr. President", "Mr. Speaker" (not "Mr. King", a surname).
var addressTitles = set("president", "speaker", "chairman", "chairwoman", "secretary", "minister",
	"ambassador", "mayor", "governor", "premier", "chancellor", "justice", "commissioner", "senator")

// genderedWords are titles and role words that tell a person's gender.
var genderedWords = map[string]Gender{
	"spokesman": Male, "spokeswoman": Female, "chairman": Male, "chairwoman": Female,
	"congressman": Male, "congresswoman": Female, "mr.": Male, "mrs.": Female, "ms.": Female,
	"mr": Male, "mrs": Female, "ms": Female, "king": Male, "queen": Female, "prince": Male,
	"princess": Female, "sir": Male, "lady": Female, "businessman": Male, "businesswoman": Female,
}

// firstNames are common given names whose gender is nearly certain. The
// dictionary's gender wins when it has one.
var firstNames = map[string]Gender{
	"antony": Male, "anthony": Male, "sergey": Male, "sergei": Male, "vladimir": Male, "joe": Male,
	"donald": Male, "ned": Male, "john": Male, "james": Male, "robert": Male, "michael": Male,
	"william": Male, "david": Male, "richard": Male, "joseph": Male, "thomas": Male, "charles": Male,
	"mark": Male, "paul": Male, "george": Male, "peter": Male, "andrew": Male, "dmitry": Male,
	"dmitri": Male, "mikhail": Male, "alexander": Male, "alexei": Male, "olaf": Male, "emmanuel": Male,
	"xi": Male, "wang": Male, "li": Male, "narendra": Male, "recep": Male, "benjamin": Male,
	"volodymyr": Male, "boris": Male, "rishi": Male, "justin": Male, "lloyd": Male, "jake": Male,
	"mohammed": Male, "muhammad": Male, "ali": Male, "hassan": Male, "ahmed": Male, "kim": Unknown,
	"maria": Female, "mary": Female, "anna": Female, "angela": Female, "hillary": Female,
	"kamala": Female, "nancy": Female, "elizabeth": Female, "ursula": Female, "annalena": Female,
	"liz": Female, "theresa": Female, "jacinda": Female, "linda": Female, "victoria": Female,
	"karine": Female, "jen": Female, "jennifer": Female, "susan": Female, "sarah": Female,
	"catherine": Female, "olga": Female, "elena": Female, "natalia": Female, "valentina": Female,
	"fumio": Male, "yoshimasa": Male, "yoko": Female, "sanae": Female,
}

// orgWords name what an organisation is, in a description after its
// name: "Clean Future, an advocacy group".
var orgWords = set("group", "groups", "organization", "organisation", "party", "company", "firm", "coalition",
	"committee", "movement", "association", "alliance", "agency", "union", "network", "foundation", "charity",
	"institute", "council", "corporation", "bank", "newspaper", "broadcaster", "militia", "faction")

// orgNameEnds end the names of organisations: after a city, capitalised
// words that no dictionary knows ending in one name an organisation ("New
// York Stock Exchange", "London Metal Exchange"), not the city and a person.
var orgNameEnds = set("exchange", "exchanges", "university", "college", "institute", "institution", "association",
	"federation", "league", "club", "airlines", "airways", "motors", "industries", "foundation", "fund", "trust",
	"agency", "board", "commission", "council",
	"committee", "authority", "corporation", "company", "group", "bank", "party", "union", "network", "society",
	"chamber")

// institutionWords are role nouns that name an institution or a body, not
// one person: a description with one refers back to an institution, and
// "he" or "she" never refers to one.
var institutionWords = set("ministry", "ministries", "department", "government", "administration",
	"authorities", "office", "council", "parliament", "congress", "senate", "court", "army", "military",
	"police", "navy", "force", "forces", "agency", "service", "embassy", "consulate", "delegation", "cabinet",
	"regime", "committee", "commission", "party", "union", "company", "firm", "bank", "media", "newspaper",
	"broadcaster", "junta", "legislature", "assembly", "house", "tribunal", "judiciary", "opposition",
	"coalition", "alliance", "group", "movement", "militia", "municipality", "university", "school", "church",
	"hospital", "television", "tv", "industry", "corporation", "guard", "staff", "brigade", "division",
	"battalion", "regiment", "intelligence", "leadership", "state", "monarchy")

// siteNouns name a place after the place they belong to ("Alexandria
// Port", "Sydney Harbour", "Houston Airport"): such a place is no given name.
var siteNouns = set("port", "harbour", "harbor", "airport", "airbase", "station", "stadium", "bridge", "river",
	"street", "road", "square", "bay", "lake", "island", "valley", "province", "county", "city", "district",
	"governorate", "region", "state", "metro", "zoo", "museum", "library", "prison", "jail", "court", "hall",
	"center", "centre", "park", "camp", "base", "refinery", "terminal", "crossing", "gate", "mosque", "cathedral")

// placeNames are countries and cities that are also given names: before
// a capitalised word that no entry knows, they start a person's name.
var placeNames = set("jordan", "georgia", "alexandria", "chad", "paris", "sydney", "florence", "austin", "lincoln",
	"dakota", "carolina", "virginia", "houston", "madison", "savannah", "phoenix", "brooklyn", "charlotte",
	"victoria", "chelsea", "dallas", "orlando", "denver", "dayton", "salem")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// fold writes s in lower case into buf and returns it, so that a lookup
// written m[string(fold(s, &buf))] allocates nothing. Words longer than buf
// fold to "" (no table word is that long).
func fold(s string, buf *[32]byte) []byte {
	if len(s) > len(buf) {
		return buf[:0]
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(s)]
}

// isCap reports whether s starts with an upper-case ASCII letter.
func isCap(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

// foldEq compares ASCII case-insensitively.
func foldEq(a, b string) bool { return strings.EqualFold(a, b) }

// possessiveWord: w is the possessive clitic as the resolver's words hold
// it ("'s", or "’s", which other apostrophes are read as).
func possessiveWord(w string) bool { return w == "'s" || w == "\u2019s" }

// peopleNouns name people by what they are, not by a role a dictionary
// lists: after a nationality they make an actor of that country's
// civilians ("three Qatari nationals", QATCVL; "a Lebanese man", LBNCVL).
// Nouns for things ("Chinese goods", "the Iranian tanker") are not here
// and stay uncoded. Made once; the entries are the pairs' evidence.
var peopleNouns = func() map[string]*Entry {
	m := map[string]*Entry{}
	add := func(code string, words ...string) {
		for _, w := range words {
			m[w] = &Entry{Kind: Agent, Code: code, Where: "actor: people noun " + w}
		}
	}
	add("CVL", "man", "men", "woman", "women", "boy", "boys", "girl", "girls", "child", "children",
		"kid", "kids", "teenager", "teenagers", "teen", "teens", "youth", "youths", "national", "nationals",
		"citizen", "citizens", "civilian", "civilians", "resident", "residents", "villager", "villagers",
		"family", "families", "tourist", "tourists", "pilgrim", "pilgrims", "passenger", "passengers",
		"hostage", "hostages", "couple", "mother", "father", "son", "daughter", "brother", "sister")
	add("LAB", "worker", "workers")
	add("EDU", "student", "students")
	return m
}()

// PeopleNoun reports whether a noun (lower case) names people by what
// they are ("man", "children", "residents"), so that a coder may keep it
// as an event's target although no actor code goes with it.
func PeopleNoun(w string) bool { return peopleNouns[w] != nil || extraPeople[w] }

// RoleNoun reports whether w names one who acts for a body or for
// others: a leader, a spokesman or an officer ("the union's chairman",
// "a spokesman", "three directors").
func RoleNoun(w string) bool { return leaderNouns[w] || spokesWords[w] || officerWords[w] }

// officerWords name those who hold a post in a body, besides its leaders
// and spokesmen.
var officerWords = set("director", "founder", "president", "secretary", "official", "representative", "executive",
	"manager", "organizer", "organiser", "coordinator", "commander", "minister")

// InstitutionNoun reports whether w names an institution or body
// ("committee", "court", "ministry"): someone who can be addressed,
// asked or told, as people can.
func InstitutionNoun(w string) bool { return institutionWords[w] }

// extraPeople name people as PeopleNoun does, but say nothing of a
// nationality's sector ("a Chinese suspect" is not a civilian); nouns the
// agents dictionary codes (prisoners, journalists) are actors already, and
// members and staff are their organisation's (memberNouns).
var extraPeople = set("suspect", "suspects", "person", "persons", "individual", "individuals", "captain",
	"driver", "guard", "guards", "victim", "victims", "actor", "singer", "player", "players", "owner", "friend",
	"wife", "husband", "girlfriend", "boyfriend", "fiancee", "fiance", "pair", "stakeholder", "stakeholders")

// otherParty are modifiers that put a role noun outside the state in
// context: "foreign governments", "western officials".
var otherParty = set("foreign", "western", "regional", "local", "international", "other", "allied", "rival",
	"enemy", "opposing", "neighbouring", "neighboring", "kurdish", "shia", "sunni", "islamist", "tribal", "coalition",
	"pro-regime", "pro-government", "government-backed", "regime-backed", "loyalist", "pro-western")

// bodyOwners are bodies other than a state whose role nouns ("the
// group's leader") are theirs, not the state's in context.
var bodyOwners = set("group", "militia", "movement", "organisation", "organization", "faction", "party",
	"network", "company", "firm", "union", "gang", "cartel", "alliance", "coalition", "front", "rebels",
	"insurgents", "opposition", "bank", "club", "team", "church", "charity")

// soleOffice: the plural role noun at [start, end), last its last word
// folded, names an office or body a state has one of, so several holders
// with no country named are of several states ("as trade ministers met in
// Lisbon", "presidents", "lender governments"), not all of the country in
// context. Bare "ministers" are one government's ("ministers agreed"),
// and so are its "state governments".
func (c *chunker) soleOffice(last string, start, end int32) bool {
	if last == "ministers" {
		return end-start >= 2
	}
	return soleOffices[last] && (start <= c.lo || !subnational[string(fold(c.s.words[start-1], &c.s.buf))])
}

// subnational words before "governments" or "parliaments" make them a
// state's own provinces'.
var subnational = set("state", "provincial", "regional", "municipal", "county", "city", "local", "federal")

var soleOffices = set("presidents", "premiers", "chancellors", "kings", "monarchs", "emirs", "governments", "regimes",
	"parliaments", "legislatures", "cabinets", "juntas", "militaries", "armies")

// anySides before "party" or "parties" make them sides to a deal or a
// dispute, not political parties.
var anySides = set("other", "third", "interested", "concerned", "involved", "relevant", "contracting",
	"private", "outside", "all", "injured", "aggrieved", "guilty", "responsible")

// ofParticles join the words of Spanish, Portuguese and French place and
// family names: a capital after one ends a longer name ("Santa Rosa de
// Lima").
var ofParticles = set("de", "del", "da", "do", "dos", "das", "du", "des")

// memberNouns after an institution's role noun name its people, who have
// the institution's sector: "government employees" (GOV).
// leaderNouns name who lead a group: "leaders of the opposition".
var leaderNouns = set("leader", "leaders", "head", "chief", "chairman", "chairwoman", "chair")

// headTitles name who chairs a body: an organisation, party or committee
// before them or "of" it after them gives their code ("Gazprom chairman
// Viktor Zubkov" RUSBUS, "the party's chairwoman", "the committee
// chair"). Alone, or after a country ("Merrill Lynch Canada deputy
// chairman"), they are no one's: a chairman of no body named is of a
// company as often as of a party or a state's body, so no sector goes
// with the word, as one does with "president" (GOV) and "executive" (BUS).
// A director is as a chairman ("FBI Director", "Safaricom's directors").
// A dictionary entry for the word wins (the hit is made only when no entry
// starts there).
var headTitles = func() map[string]*Entry {
	m := map[string]*Entry{}
	for _, w := range []string{"chairman", "chairwoman", "chairperson", "chair", "chairmen", "chairwomen", "director", "directors", "director-general"} {
		m[w] = &Entry{Kind: Agent, Name: w, Plural: strings.HasSuffix(w, "men") || w == "directors", Gender: genderedWords[w],
			Where: "actor: head title " + w}
	}
	return m
}()

var memberNouns = set("employees", "employee", "workers", "worker", "staff", "staffers", "members", "personnel")

// ownedRoles are role nouns that name an actor only with whose they are
// ("Kremlin critics", "critics of the government"): critics alone are
// anyone's, not an opposition
var ownedRoles = set("critic", "critics")

// participles follow a state's adjective and a hyphen when that state
// acts: "Saudi-led", "Iranian-backed".
var participles = set("led", "backed", "brokered", "sponsored", "funded", "supported", "sanctioned", "mediated",
	"organised", "organized", "run", "controlled", "trained", "armed", "appointed", "installed", "owned", "operated",
	"financed", "allied", "aligned")

// statesNouns name states as a group: after a region's or a country's
// adjective they stand for it ("European countries", EUR; "Western
// allies", WST).
var statesNouns = set("countries", "nations", "states", "allies", "partners", "neighbours", "neighbors",
	"powers", "governments", "capitals")

// companySuffixes end the names of companies: the name is a business
// (BUS) whatever words come before ("Harlow-Brandt Inc").
var companySuffixes = set("inc", "corp", "corporation", "ltd", "llc", "plc", "gmbh", "ag", "sa", "nv", "bv",
	"co", "limited", "holdings", "spa", "oao", "pjsc", "ojsc", "bancorp")

var companyBody = &Entry{Kind: Agent, Code: "BUS", Where: "actor: company name"}

// stateBodies end the names of a state's bodies that no dictionary lists:
// after a nationality the name is that state's body ("the Gondorian
// Ports and Customs Authority", GONGOV).
var stateBodies = func() map[string]*Entry {
	m := map[string]*Entry{}
	add := func(code string, words ...string) {
		for _, w := range words {
			m[w] = &Entry{Kind: Agent, Code: code, Where: "actor: state body " + w}
		}
	}
	add("GOV", "authority", "agency", "commission", "ministry", "department", "council", "service",
		"administration", "bureau", "directorate", "inspectorate")
	add("JUD", "court", "tribunal")
	return m
}()

// productNouns are vehicles and goods that a company's name before them
// says who made ("Toyota pickup trucks", "Boeing jets", "Huawei phones"):
// people in them or using them are none of the company's.
var productNouns = set("truck", "trucks", "pickup", "pickups", "car", "cars", "vehicle", "vehicles", "van", "vans",
	"bus", "buses", "lorry", "lorries", "jeep", "jeeps", "suv", "suvs", "tractor", "tractors", "motorcycle",
	"motorcycles", "jet", "jets", "plane", "planes", "aircraft", "airliner", "airliners", "helicopter",
	"helicopters", "boat", "boats", "ship", "ships", "phone", "phones", "smartphone", "smartphones", "handsets",
	"laptop", "laptops", "computers", "rifle", "rifles")

// compassPoints name a part of a place ("in northeast Nigeria"); the
// tagger often reads them as nouns.
var compassPoints = set("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
	"north-east", "north-west", "south-east", "south-west", "central")

// currencyWords name money after a nationality or country ("Canadian
// dollars", "U.S. dlrs", "Swiss francs"), as nouns ("Israel pounds Gaza",
// "South Korea won the vote" are verbs).
var currencyWords = set("dollar", "dollars", "dlr", "dlrs", "yen", "franc", "francs", "pound", "pounds",
	"mark", "marks", "peso", "pesos", "rupee", "rupees", "yuan", "rouble", "roubles", "ruble", "rubles",
	"lira", "lire", "krona", "kronor", "krone", "kroner", "reais", "rand", "shekel", "shekels",
	"dinar", "dinars", "riyal", "riyals", "rial", "rials", "won", "baht", "ringgit", "rupiah", "guilder", "guilders",
	"escudo", "escudos", "peseta", "pesetas", "drachma", "drachmas", "schilling", "schillings", "cents", "currency")
