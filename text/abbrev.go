package text

// abbrevKind says how an abbreviation written with a final period behaves
// at a possible sentence end.
type abbrevKind uint8

const (
	notAbbrev abbrevKind = iota
	// abbrevTitle precedes a name ("Mr.", "Gen.", "Sen."): the period never
	// ends a sentence when a word follows.
	abbrevTitle
	// abbrevBeforeNumber is an abbreviation only before a number ("No. 1",
	// "Jan. 5", "Vol. 3"); elsewhere the period may end the sentence.
	abbrevBeforeNumber
	// abbrevPlain can end a sentence ("Inc.", "etc.", "U.S."): the period
	// ends one only when the next word looks like a sentence start.
	abbrevPlain
)

// abbrevs maps a word without its final period to its kind. Case matters:
// "No." is an abbreviation before a number, "no." is a word.
// Dotted acronyms ("U.S.", "p.m.", "Ph.D.") and single-letter initials are
// recognised by shape, not listed here.
var abbrevs = map[string]abbrevKind{
	// Titles and ranks (news style).
	"Mr": abbrevTitle, "Mrs": abbrevTitle, "Ms": abbrevTitle, "Messrs": abbrevTitle, "Mmes": abbrevTitle,
	"Dr": abbrevTitle, "Drs": abbrevTitle, "Prof": abbrevTitle, "Rev": abbrevTitle, "Fr": abbrevTitle,
	"Msgr": abbrevTitle, "Hon": abbrevTitle, "Pres": abbrevTitle, "Gov": abbrevTitle, "Govs": abbrevTitle,
	"Sen": abbrevTitle, "Sens": abbrevTitle, "Rep": abbrevTitle, "Reps": abbrevTitle, "Amb": abbrevTitle,
	"Atty": abbrevTitle, "Supt": abbrevTitle, "Det": abbrevTitle, "Insp": abbrevTitle, "Sgt": abbrevTitle,
	"Cpl": abbrevTitle, "Pvt": abbrevTitle, "Pfc": abbrevTitle, "Spc": abbrevTitle, "Spec": abbrevTitle,
	"Lt": abbrevTitle, "Col": abbrevTitle, "Maj": abbrevTitle, "Capt": abbrevTitle, "Cmdr": abbrevTitle,
	"Cdr": abbrevTitle, "Adm": abbrevTitle, "Gen": abbrevTitle, "Gens": abbrevTitle, "Brig": abbrevTitle,
	"Cmdt": abbrevTitle, "Comdr": abbrevTitle, "Ens": abbrevTitle, "Sr": abbrevPlain, "Jr": abbrevPlain,
	// Saint or Street, Mount, Fort: usually before a name, but "Main St."
	// can end a sentence.
	"St": abbrevPlain, "Ste": abbrevPlain, "Mt": abbrevPlain, "Ft": abbrevPlain,
	"Gov't": abbrevPlain, "Attn": abbrevTitle,

	// Months and days: before a number they are abbreviations; at a
	// sentence end the usual rule applies.
	"Jan": abbrevBeforeNumber, "Feb": abbrevBeforeNumber, "Mar": abbrevBeforeNumber,
	"Apr": abbrevBeforeNumber, "Jun": abbrevBeforeNumber, "Jul": abbrevBeforeNumber,
	"Aug": abbrevBeforeNumber, "Sep": abbrevBeforeNumber, "Sept": abbrevBeforeNumber,
	"Oct": abbrevBeforeNumber, "Nov": abbrevBeforeNumber, "Dec": abbrevBeforeNumber,
	"Mon": abbrevPlain, "Tue": abbrevPlain, "Tues": abbrevPlain, "Wed": abbrevPlain, "Thu": abbrevPlain,
	"Thur": abbrevPlain, "Thurs": abbrevPlain, "Fri": abbrevPlain, "Sat": abbrevPlain,
	"No": abbrevBeforeNumber, "Nos": abbrevBeforeNumber, "no": abbrevBeforeNumber, "nos": abbrevBeforeNumber,
	"Vol": abbrevBeforeNumber, "vol": abbrevBeforeNumber, "Art": abbrevBeforeNumber, "art": abbrevBeforeNumber,
	"Fig": abbrevBeforeNumber, "fig": abbrevBeforeNumber, "p": abbrevBeforeNumber, "pp": abbrevBeforeNumber,
	"Ch": abbrevBeforeNumber, "ch": abbrevBeforeNumber, "Sec": abbrevBeforeNumber, "sec": abbrevBeforeNumber,
	"Para": abbrevBeforeNumber, "para": abbrevBeforeNumber, "Ex": abbrevBeforeNumber,

	// Company, place and other abbreviations that can end a sentence.
	"Inc": abbrevPlain, "Corp": abbrevPlain, "Co": abbrevPlain, "Cos": abbrevPlain, "Ltd": abbrevPlain,
	"Bros": abbrevPlain, "Plc": abbrevPlain, "Assn": abbrevPlain, "Assoc": abbrevPlain, "Dept": abbrevPlain,
	"Univ": abbrevPlain, "Govt": abbrevPlain, "Ave": abbrevPlain, "Blvd": abbrevPlain, "Rd": abbrevPlain,
	"Hwy": abbrevPlain, "Sq": abbrevPlain, "Ln": abbrevPlain, "Pl": abbrevPlain, "Bldg": abbrevPlain,
	"Ariz": abbrevPlain, "Ark": abbrevPlain, "Calif": abbrevPlain, "Colo": abbrevPlain, "Conn": abbrevPlain,
	"Del": abbrevPlain, "Fla": abbrevPlain, "Ga": abbrevPlain, "Ill": abbrevPlain, "Ind": abbrevPlain,
	"Kan": abbrevPlain, "Kans": abbrevPlain, "Ky": abbrevPlain, "La": abbrevPlain, "Md": abbrevPlain,
	"Mass": abbrevPlain, "Mich": abbrevPlain, "Minn": abbrevPlain, "Miss": abbrevPlain, "Mo": abbrevPlain,
	"Mont": abbrevPlain, "Neb": abbrevPlain, "Nev": abbrevPlain, "Okla": abbrevPlain, "Ore": abbrevPlain,
	"Pa": abbrevPlain, "Tenn": abbrevPlain, "Tex": abbrevPlain, "Va": abbrevPlain,
	"Vt": abbrevPlain, "Wash": abbrevPlain, "Wis": abbrevPlain, "Wyo": abbrevPlain, "Ala": abbrevPlain,
	"Cal": abbrevPlain, "Ida": abbrevPlain,
	"etc": abbrevPlain, "vs": abbrevPlain, "v": abbrevPlain, "approx": abbrevPlain, "est": abbrevPlain,
	"cf": abbrevPlain, "ca": abbrevPlain, "incl": abbrevPlain, "dept": abbrevPlain, "govt": abbrevPlain,
	"min": abbrevPlain, "max": abbrevPlain, "hrs": abbrevPlain, "yrs": abbrevPlain, "mos": abbrevPlain,
	"mins": abbrevPlain, "sq": abbrevPlain, "ft": abbrevPlain, "oz": abbrevPlain, "lbs": abbrevPlain,
	"Gen'l": abbrevTitle, "Rgds": abbrevPlain, "Ph": abbrevPlain, "Esq": abbrevPlain,
	"Dist": abbrevPlain, "Intl": abbrevPlain, "Natl": abbrevPlain, "Mfg": abbrevPlain,
	"Arrv": abbrevPlain, "Dep": abbrevPlain, "Tel": abbrevBeforeNumber, "tel": abbrevBeforeNumber,
	"Ont": abbrevPlain, "Que": abbrevPlain, "Sts": abbrevTitle, "ext": abbrevBeforeNumber, "Ext": abbrevBeforeNumber,
	"pop": abbrevBeforeNumber, "Pop": abbrevBeforeNumber, "st": abbrevPlain,
	"Ref": abbrevPlain, "ref": abbrevPlain, "eds": abbrevPlain, "Eds": abbrevPlain,
}

// sentenceStarters are capitalised function words that commonly begin a
// sentence and seldom continue a name. After an abbreviation such as
// "U.S." or "Inc.", a following starter ends the sentence; any other
// capitalised word ("U.S. Secretary") does not.
var sentenceStarters = map[string]bool{
	"The": true, "A": true, "An": true, "This": true, "That": true, "These": true, "Those": true,
	"He": true, "She": true, "It": true, "They": true, "We": true, "I": true, "You": true,
	"His": true, "Her": true, "Its": true, "Their": true, "Our": true, "My": true, "Your": true,
	"But": true, "And": true, "Or": true, "So": true, "Yet": true, "If": true, "When": true,
	"While": true, "After": true, "Before": true, "Although": true, "Though": true, "Because": true,
	"In": true, "On": true, "At": true, "For": true, "With": true, "As": true, "By": true, "From": true,
	"There": true, "Here": true, "What": true, "Who": true, "Why": true, "How": true, "Where": true,
	"Which": true, "Some": true, "Many": true, "Most": true, "All": true, "No": true, "Not": true,
	"One": true, "Two": true, "Both": true, "Each": true, "Such": true, "Other": true, "Others": true,
	"Last": true, "Earlier": true, "Later": true, "Meanwhile": true, "However": true, "Still": true,
	"Also": true, "Then": true, "Now": true, "Thus": true, "Instead": true, "Under": true,
	"Since": true, "During": true, "Despite": true, "According": true, "Asked": true, "Officials": true,
	"Please": true, "Thanks": true, "Thank": true, "Let": true, "Do": true, "Does": true, "Did": true,
	"Is": true, "Are": true, "Was": true, "Were": true, "Will": true, "Can": true, "Should": true,
}

// abbrevOf looks up a word without its final period, also in capitals:
// "LTD" is found as "Ltd".
func abbrevOf(stem string) abbrevKind {
	if len(stem) > 8 {
		return notAbbrev
	}
	if k, ok := abbrevs[stem]; ok {
		return k
	}
	if len(stem) < 2 || len(stem) > 8 {
		return notAbbrev
	}
	var buf [8]byte
	for i := 0; i < len(stem); i++ {
		c := stem[i]
		if c < 'A' || c > 'Z' {
			return notAbbrev
		}
		if i > 0 {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return abbrevs[string(buf[:len(stem)])]
}
