package peerdict

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// The inputs below are written for these tests (no peer data); each
// exercises one construct, and the dump functions render what was read.

func dumpActors(f *ActorFile) string {
	var b strings.Builder
	for _, a := range f.Actors {
		fmt.Fprintf(&b, "%d %s", a.Line, a.Phrase)
		for _, s := range a.Synonyms {
			fmt.Fprintf(&b, " +%s@%d", s.Phrase, s.Line)
		}
		for _, c := range a.Codes {
			fmt.Fprintf(&b, " [%s", c.Code)
			if !c.From.IsZero() {
				fmt.Fprintf(&b, " from %s", c.From.Format("2006-01-02"))
			}
			if !c.To.IsZero() {
				fmt.Fprintf(&b, " to %s", c.To.Format("2006-01-02"))
			}
			b.WriteString("]")
		}
		b.WriteString("\n")
	}
	for _, w := range f.Words {
		fmt.Fprintf(&b, "%d %s %s\n", w.Line, w.Class, w.Word)
	}
	for _, w := range f.Warnings {
		fmt.Fprintf(&b, "W %d %s\n", w.Line, w.Msg)
	}
	return b.String()
}

func TestReadActorsConstructs(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain and exact words", "NARNIA [NAR]\nCAIR_PARAVEL_ [NARGOV] # a comment\n",
			"1 NARNIA [NAR]\n2 CAIR PARAVEL_ [NARGOV]\n"},
		{"spaces join words too", "WHITE WITCH  [NARWCH] ;TABARI comment\n",
			"1 WHITE WITCH [NARWCH]\n"},
		{"synonyms and indented dated codes", "ASLAN_\n+THE_LION\n\t[NARGOV >20100101]\n\t[NARELI <991231]\n  \t[NARMIL 950101-20001231]\n",
			"1 ASLAN_ +THE LION@2 [NARGOV from 2010-01-01] [NARELI to 1999-12-31] [NARMIL from 1995-01-01 to 2000-12-31]\n"},
		{"two-digit years pivot at 30", "X [A >300101] [B <310101]\n",
			"1 X [A from 2030-01-01] [B to 1931-01-01]\n"},
		{"spaces inside the restriction", "Y [B > 140608] [C 950601 - 990815]\n",
			"1 Y [B from 2014-06-08] [C from 1995-06-01 to 1999-08-15]\n"},
		{"several codes on the root line, # inside a bracket", "ENT [### <890101] [ENT]\n",
			"1 ENT [### to 1989-01-01] [ENT]\n"},
		{"root without code is kept and warned", "LONELY\nNEXT [N]\n",
			"1 LONELY\n2 NEXT [N]\nW 1 actor \"LONELY\" has no code; kept with none\n"},
		{"bad date drops the code with a warning", "Z [ZZZ 2004017-20061201] [ZZ]\n",
			"1 Z [ZZ]\nW 1 code [ZZZ 2004017-20061201]: range \"2004017-20061201\" is not YYMMDD-YYMMDD or YYYYMMDD-YYYYMMDD; code dropped\n"},
		{"reversed range drops the code", "Z [ZZZ 20121207-20120802]\n\t[Z]\n",
			"1 Z [Z]\nW 1 code [ZZZ 20121207-20120802]: range \"20121207-20120802\" ends before it starts; code dropped\n"},
		{"indented phrase is read as a synonym", "A_B\n\tA_C\t[AB]\n",
			"1 A B +A C@2 [AB]\nW 2 indented line has phrase \"A C\" before its code; read as a synonym\n"},
		{"comments: #, <!-- -->, unterminated <!--", "# c\n<!-- c -->\n<!-- \nQ [Q]\n",
			"4 Q [Q]\nW 3 comment line \"<!\" without \"-->\"; read as a one-line comment, as PETRARCH does\n"},
		{"TABARI noun/adjective sections and ~~FINISH", "<NOUN>\nSHEEP ;c\n</NOUN>\n<ADJECTIVE>\nGOOD\n</ADJECTIVE>\nR [R]\n~~FINISH\nNOT READ [X]\n",
			"7 R [R]\n2 NOUN SHEEP\n5 ADJECTIVE GOOD\n"},
		{"trailing text after a code is ignored with a warning", "P [P]\tjunk\n",
			"1 P [P]\nW 1 text \"junk\" after a code bracket ignored (a line is PHRASE [CODE] [CODE]...)\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := ReadActors(strings.NewReader(tc.in), "t.actors")
			if err != nil {
				t.Fatal(err)
			}
			if got := dumpActors(f); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

// TestReadErrors checks that each malformed line is an *Error at its line.
// TestPhraseConnectors checks that parsePhrase keeps which words a space
// (not "_") follows and which were written with TABARI's "=".
func TestPhraseConnectors(t *testing.T) {
	for _, tc := range []struct {
		in            string
		words         string
		exact, spaced []bool
		fixed         []bool
	}{
		{"PRINCE DOL_AMROTH", "PRINCE DOL AMROTH", []bool{false, false, false}, []bool{true, false, false}, []bool{false, false, false}},
		{"ITHILEN_GOVERNMENT_RADIO_", "ITHILEN GOVERNMENT RADIO", []bool{false, false, true}, []bool{false, false, false}, []bool{false, false, false}},
		{"AL GORE", "AL GORE", []bool{false, false}, []bool{true, false}, []bool{false, false}},
		{"MOUSE=", "MOUSE", []bool{true}, []bool{false}, []bool{true}},
		{"RADAGAST THE_BROWN", "RADAGAST THE BROWN", []bool{false, false, false}, []bool{true, false, false}, []bool{false, false, false}},
	} {
		p := parsePhrase(tc.in)
		if got := strings.Join(p.Words, " "); got != tc.words || !slices.Equal(p.Exact, tc.exact) ||
			!slices.Equal(p.Spaced, tc.spaced) || !slices.Equal(p.Fixed, tc.fixed) {
			t.Errorf("%q: got %q exact %v spaced %v fixed %v, want %q %v %v %v", tc.in, got, p.Exact, p.Spaced, p.Fixed,
				tc.words, tc.exact, tc.spaced, tc.fixed)
		}
	}
	f, err := ReadVerbs(strings.NewReader("BAN= [191]\nBANISH [201]\n"), "t.verbs")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range f.Patterns() {
		if want := p.Verb == "BAN"; p.Fixed != want {
			t.Errorf("verb %s: Fixed %v, want %v", p.Verb, p.Fixed, want)
		}
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		kind, in string
		line     int
		msg      string // substring of the message
	}{
		{"actors", "+SYN\n", 1, "before any actor"},
		{"actors", "\t[X]\n", 1, "indented code line before any actor"},
		{"actors", "A [X\n", 1, "without \"]\""},
		{"actors", "A []\n", 1, "empty code bracket"},
		{"actors", "[X]\n", 1, "no phrase"},
		{"actors", "A [X]\n+ [Y]\n", 2, "no phrase"},
		{"actors", "<VERB>\n", 1, "unknown section tag"},
		{"agents", "A [GOV]\n", 1, "[~CODE] or [CODE~]"},
		{"agents", "A [~GOV~]\n", 1, "[~CODE] or [CODE~]"},
		{"agents", "A {AS [~GOV]\n", 1, "without \"}\""},
		{"agents", "A {AS} B [~GOV]\n", 1, "between the plural list and the code"},
		{"agents", "A [~GOV] B\n", 1, "after the agent code"},
		{"agents", "!P! = \n", 1, "has no words"},
		{"agents", "!P = MAN\n", 1, "must be !NAME!"},
		{"agents", "!P! = MAN\nX!Q! [~GOV]\n", 2, "!Q!"},
		{"agents", "[~GOV]\n", 1, "no phrase"},
		{"discards", "A [B]\n", 1, "contains a bracket"},
		{"discards", "+\n", 1, "no phrase"},
		{"issues", "a b [C]\n", 1, "outside an <ISSUE"},
		{"issues", "<ISSUE TYPE=\"ALL\">\n", 1, "without CATEGORY"},
		{"issues", "<ISSUE CATEGORY=\"A\">\n<ISSUE CATEGORY=\"B\">\n", 2, "inside the block"},
		{"issues", "<ISSUE CATEGORY=\"A\">\nx\n", 1, "not closed"},
		{"issues", "<ISSUE CATEGORY=\"A\">\nx []\n</ISSUE>\n", 2, "empty issue code"},
		{"verbs", "- * X [010]\n", 1, "pattern line before any verb"},
		{"verbs", "--- A [010] ---\n- * X= [010]\n", 2, "no meaning in a pattern"},
		{"verbs", "--- A [010] ---\n- * X [010] Y\n", 2, "after the pattern's code"},
		{"verbs", "--- A [010] ---\n- [010]\n", 2, "empty pattern"},
		{"verbs", "--- A [010] ---\n- * []\n", 2, "empty pattern code"},
		{"verbs", "--- [010] ---\n", 1, "must be"},
		{"verbs", "--- A [010] --- junk\n", 1, "after its code"},
		{"verbs", "SAY\n{ SAID\n", 2, "without \"}\""},
		{"verbs", "{ SAID }\n", 1, "before any verb"},
		{"verbs", "SAY {SAID}\n{SAYS}\n", 2, "second forms list"},
		{"verbs", "--- A [010] ---\nSAY [010] X\n", 2, "after the verb's code"},
		{"verbs", "--- A [010] ---\nSAY $ [010]\n", 2, "pattern marks"},
		{"verbs", "SAY [010]\n--- A [010] ---\n", 1, "before the first"},
		{"verbs", "&\n", 1, "bad synonym set name"},
		{"verbs", "&SET X\n", 1, "members go on"},
		{"verbs", "&SET\n+\n", 2, "empty synonym set member"},
		{"verbs", "<SYNSETS>\nSAY\n", 2, "neither &NAME nor +MEMBER"},
		{"verbs", "<TIME>\nTOMORROW\n", 2, "PHRASE [SHIFT]"},
		{"verbs", "<VERBS>\n", 1, "unknown section tag"},
	}
	for _, tc := range tests {
		t.Run(tc.kind+" "+tc.msg, func(t *testing.T) {
			r := strings.NewReader(tc.in)
			var err error
			switch tc.kind {
			case "actors":
				_, err = ReadActors(r, "f")
			case "agents":
				_, err = ReadAgents(r, "f")
			case "discards":
				_, err = ReadDiscards(r, "f")
			case "issues":
				_, err = ReadIssues(r, "f")
			case "verbs":
				_, err = ReadVerbs(r, "f")
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("err = %v, want *Error", err)
			}
			if e.File != "f" || e.Line != tc.line || !strings.Contains(e.Msg, tc.msg) {
				t.Errorf("err = %q, want f:%d and %q", e.Error(), tc.line, tc.msg)
			}
			if !strings.HasPrefix(e.Error(), fmt.Sprintf("f:%d: ", tc.line)) {
				t.Errorf("Error() = %q, want prefix f:%d: ", e.Error(), tc.line)
			}
		})
	}
}

func dumpVerbs(f *VerbFile) string {
	var b strings.Builder
	fmt.Fprintf(&b, "layout %s\n", f.Layout)
	for _, s := range f.Synsets {
		fmt.Fprintf(&b, "&%s exact=%v:", s.Name, s.Exact)
		for _, m := range s.Members {
			b.WriteString(" " + toks(m.Tokens))
		}
		b.WriteString("\n")
	}
	for _, bl := range f.Blocks {
		fmt.Fprintf(&b, "%d block %s [%s]\n", bl.Line, bl.Name, bl.Code)
		for _, v := range bl.Verbs {
			fmt.Fprintf(&b, "%d verb %s head=%d", v.Line, v.Verb.Phrase, v.Verb.Head)
			if v.FormsOK {
				b.WriteString(" forms{")
				for i, fm := range v.Forms {
					if i > 0 {
						b.WriteString(",")
					}
					fmt.Fprintf(&b, "%s/%d", fm.Phrase, fm.Head)
				}
				b.WriteString("}")
			}
			if v.Code != "" {
				fmt.Fprintf(&b, " [%s]", v.Code)
			}
			b.WriteString("\n")
		}
		for _, p := range bl.Patterns {
			fmt.Fprintf(&b, "%d - %s [%s]\n", p.Line, toks(p.Tokens), p.Code)
		}
	}
	for _, ts := range f.TimeShifts {
		fmt.Fprintf(&b, "%d time %s%s [%s]\n", ts.Line, ts.Phrase, toks(ts.Pattern), ts.Code)
	}
	for _, tr := range f.Transformations {
		fmt.Fprintf(&b, "%d ~ %s\n", tr.Line, tr.Text)
	}
	for _, w := range f.Warnings {
		fmt.Fprintf(&b, "W %d %s\n", w.Line, w.Msg)
	}
	return b.String()
}

// toks renders tokens with kind names, "·" before a joined token.
func toks(ts []PatternToken) string {
	var parts []string
	for _, t := range ts {
		s := t.String()
		if t.Joined {
			s = "·" + s
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

func TestReadVerbsConstructs(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"PETRARCH-2 block with synsets, forms, patterns and transformations",
			"####### SYNONYM SETS #######\n&AUX_\n# comment inside\n+WAS\n+IS_TO\n\n" +
				"####### VERB PATTERNS #######\n---  HURRY   [---]  ---\nHURRY {HURRIES HURRIED }  # note\n+ASK_FOR {+ASKED_FOR, +ASKS_FOR} [020]\nSPEED {}\n" +
				"- * (TO {BANNED GROUPS}) $   [1722]   # from ADD\n- &AUX * + (FROM ^)  [042:043]\n- % &AUX_ *  [:173]\n" +
				"######## TRANSFORMATIONS ########\n~ a (a b ATTACK) SAY = a b 015\n",
			"layout blocks\n&AUX exact=true: WAS IS ·TO\n" +
				"8 block HURRY [---]\n9 verb HURRY head=0 forms{HURRIES/0,HURRIED/0}\n10 verb ASK FOR head=0 forms{ASKED FOR/0,ASKS FOR/0} [020]\n11 verb SPEED head=0 forms{}\n" +
				"12 - verb ( TO { BANNED GROUPS } ) source [1722]\n13 - &AUX verb target ( FROM skip ) [042:043]\n14 - compound &AUX_ verb [:173]\n" +
				"16 ~ a (a b ATTACK) SAY = a b 015\n"},
		{"PETRARCH-1 block: head marked inside a multi-word verb",
			"--- ABANDON  [345]  ---\nABANDON    # pas\nKLM_NOP_+RST [002]\n- * NEW_&TIES_RELATIONS [903]\n- IN_ *  [075A]\n",
			"layout blocks\n1 block ABANDON [345]\n2 verb ABANDON head=0\n3 verb KLM NOP RST head=2 [002]\n4 - verb NEW ·&TIES ·RELATIONS [903]\n5 - IN_ verb [075A]\n" +
				"W 4 &TIES is not a defined synonym set; the pattern cannot match\n"},
		{"TABARI flat layout: verbs open blocks, forms on the next line, alternatives, joins, time section",
			"<SYNSETS>\n&CUR\n+PESO_$\n</SYNSETS>\n<TIME>\nLAST_WEEK [-7]\n- * AND A WEEK [+8]\n</TIME>\n" +
				"ABIDE  [---] ;shan\n- WOULD NOT *  [120]\nACT_ [100]\n{ ACTING_ ACTXD_ }\n- *_AND_KILLED BY_ $  [1823]\n- + IN_ $ { WAS | WERE } *  [181]\n- * THE_NEAT~_PLACE [027]\n" +
				"EXPERTS SAY  [###]\n~~FINISH\nNOT READ [000]\n",
			"layout flat\n&CUR exact=false: PESO ·source\n" +
				"9 block ABIDE [---]\n9 verb ABIDE head=0 [---]\n10 - WOULD NOT verb [120]\n" +
				"11 block ACT_ [100]\n11 verb ACT_ head=0 forms{ACTING_/0,ACTXD_/0} [100]\n13 - verb ·AND ·KILLED BY_ source [1823]\n14 - target IN_ source { WAS | WERE } verb [181]\n15 - verb THE ·NEAT ~ ·PLACE [027]\n" +
				"16 block EXPERTS SAY [###]\n16 verb EXPERTS SAY head=0 [###]\n" +
				"6 time LAST WEEK [-7]\n7 time verb AND A WEEK [+8]\n"},
		{"tolerated oddities become warnings",
			"--- DEFEND  ###\nDEFEND\n- SAID * AN OFFER\n- + { WAS | WERE ] * [195]\n* (TO QUESTION) [110]\n- * (A)) [010]\n--- DELAY [120]  [031:031]  ---\n",
			"layout blocks\n1 block DEFEND [---]\n2 verb DEFEND head=0\n4 - target { WAS | WERE } verb [195]\n5 - verb ( TO QUESTION ) [110]\n6 - verb ( A ) ) [010]\n7 block DELAY [120]\n" +
				"W 1 block header \"--- DEFEND\" has no [CODE]; read as [---] (no code)\n" +
				"W 3 pattern \"- SAID * AN OFFER\" has no [CODE]; skipped\n" +
				"W 4 \"]\" inside a pattern read as \"}\" (it closes a \"{\")\n" +
				"W 5 line starts with \"*\": read as a pattern missing its \"- \"\n" +
				"W 6 pattern brackets do not nest (\")\" without its opening bracket); kept as written\n" +
				"W 7 block header has a second code [031:031]; ignored, the first [120] is the block's\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := ReadVerbs(strings.NewReader(tc.in), "t.verbs")
			if err != nil {
				t.Fatal(err)
			}
			if got := dumpVerbs(f); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

func TestReadAgentsConstructs(t *testing.T) {
	in := "<!-- agents -->\n!PERSON! = MAN, MEN\nCATTLE!PERSON! [~AGR]\nPOLICE {} [ ~COP] # no plural\n" +
		"CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]\nFARMER [~AGR]\nMSF {}  [NGO~]\nBAD [~ENV}\nNOCODE\n"
	f, err := ReadAgents(strings.NewReader(in), "t.agents")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, e := range f.Entries() {
		fmt.Fprintf(&b, "%d %s %v %v %s %s\n", e.Line, strings.Join(e.Phrase, " "), e.Plural, e.RegularPlural, e.Code, e.Placement)
	}
	for _, w := range f.Warnings {
		fmt.Fprintf(&b, "W %d %s\n", w.Line, w.Msg)
	}
	want := "3 CATTLEMAN [] true AGR after\n3 CATTLEMEN [] true AGR after\n4 POLICE [] false COP after\n" +
		"5 CHAMBER OF COMMERCE [[CHAMBERS OF COMMERCE]] false BUS after\n6 FARMER [] true AGR after\n7 MSF [] false NGO before\n8 BAD [] true ENV after\n" +
		"W 8 code bracket \"[~ENV}\" closed with \"}\"; read as \"]\"\nW 9 agent line \"NOCODE\" has no [~CODE]; skipped\n"
	if got := b.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestReadDiscardsAndIssues(t *testing.T) {
	d, err := ReadDiscards(strings.NewReader("# head\n1914\n+World Cup   # sports\nMONTHS LATER\n"), "t.discards")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, x := range d.Discards {
		fmt.Fprintf(&b, "%d %s story=%v\n", x.Line, x.Phrase, x.Story)
	}
	if want := "2 1914 story=false\n3 World Cup story=true\n4 MONTHS LATER story=false\n"; b.String() != want {
		t.Errorf("discards: got\n%s\nwant\n%s", b.String(), want)
	}

	in := "# issues\n<ISSUE CATEGORY=\"EDUCATION\" TYPE=\"ALL\">\nn:teacher [TEACHERS]\nhead start\n~a head start\n~~get head start\n" +
		"a [X] [X]\n</ISSUE>\n</ISSUE>\n"
	is, err := ReadIssues(strings.NewReader(in), "t.issues")
	if err != nil {
		t.Fatal(err)
	}
	b.Reset()
	for _, x := range is.Issues {
		fmt.Fprintf(&b, "%d %s/%s %q %s excl=%v\n", x.Line, x.Category, x.Type, x.Words, x.Code, x.Exclude)
	}
	for _, w := range is.Warnings {
		fmt.Fprintf(&b, "W %d %s\n", w.Line, w.Msg)
	}
	want := "3 EDUCATION/ALL [\"n:teacher\"] TEACHERS excl=false\n4 EDUCATION/ALL [\"head\" \"start\"] EDUCATION excl=false\n" +
		"5 EDUCATION/ALL [\"a\" \"head\" \"start\"] EDUCATION excl=true\n6 EDUCATION/ALL [\"get\" \"head\" \"start\"] EDUCATION excl=true\n" +
		"7 EDUCATION/ALL [\"a\"] X excl=false\n" +
		"W 6 doubled \"~~\" read as one \"~\"\nW 7 text \"[X]\" after the issue code ignored\nW 9 </ISSUE> without <ISSUE> ignored\n"
	if b.String() != want {
		t.Errorf("issues: got\n%s\nwant\n%s", b.String(), want)
	}
}

func TestNeutralForms(t *testing.T) {
	af, err := ReadActors(strings.NewReader("ASLAN\n+THE_LION_\n\t[NARGOV >20100101]\n"), "a")
	if err != nil {
		t.Fatal(err)
	}
	ae := af.Entries()
	if len(ae) != 2 || strings.Join(ae[1].Phrase, " ") != "THE LION" || !ae[1].Exact[1] || ae[1].Line != 2 || ae[1].File != "a" ||
		len(ae[1].Codes) != 1 || ae[1].Codes[0].Code != "NARGOV" {
		t.Errorf("actor entries = %+v", ae)
	}
	c := ae[0].Codes[0]
	for _, tc := range []struct {
		day  string
		want bool
	}{{"20091231", false}, {"20100101", true}, {"20250101", true}} {
		d, _ := parseDictDate(tc.day)
		if c.Holds(d) != tc.want {
			t.Errorf("Holds(%s) = %v, want %v", tc.day, !tc.want, tc.want)
		}
	}

	vf, err := ReadVerbs(strings.NewReader("--- RUSH [---] ---\nRUSH\n+SPEED_UP {+SPED_UP} [040]\n- * AID [070]\n"), "v")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, p := range vf.Patterns() {
		fmt.Fprintf(&b, "%s %q %q %s %s %d\n", p.Verb, p.Words, p.Forms, p.Code, toks(p.Pattern), p.Line)
	}
	want := "RUSH [\"RUSH\"] [] --- " + " 2\nRUSH [\"RUSH\"] [] 070 verb AID 4\n" +
		"SPEED [\"SPEED\" \"UP\"] [\"SPED UP\"] 040  3\nSPEED [\"SPEED\" \"UP\"] [\"SPED UP\"] 070 verb AID 4\n"
	if b.String() != want {
		t.Errorf("verb patterns: got\n%s\nwant\n%s", b.String(), want)
	}
}

func TestReadWordListAndPICO(t *testing.T) {
	w, err := ReadWordList(strings.NewReader("# c\nabout\n  apropos \n\nat\n"), "w")
	if err != nil {
		t.Fatal(err)
	}
	if len(w) != 3 || w[1].Word != "apropos" || w[1].Line != 3 || w[2].Line != 5 {
		t.Errorf("words = %+v", w)
	}
	if _, err := ReadWordList(strings.NewReader("in front\n"), "w"); err == nil || err.Error() != "w:1: word list line \"in front\" has 2 words; want one" {
		t.Errorf("two-word line: err = %v", err)
	}

	p, err := ReadPICO(strings.NewReader("# head: x\n010:0x1000#Make Public Statement\n011:0x1000-0xFFFF\n122:-0xFFFF+0x2040+0x300# note\n           # comment\n---:0\n"), "p")
	if err != nil {
		t.Fatal(err)
	}
	want := []PICOEntry{
		{Pos{"p", 2}, "010", []int{0x1000}, "Make Public Statement"},
		{Pos{"p", 3}, "011", []int{0x1000, -0xFFFF}, ""},
		{Pos{"p", 4}, "122", []int{-0xFFFF, 0x2040, 0x300}, "note"},
		{Pos{"p", 6}, "---", []int{0}, ""},
	}
	if fmt.Sprint(p) != fmt.Sprint(want) {
		t.Errorf("pico = %+v\nwant %+v", p, want)
	}
	for _, tc := range []struct{ in, msg string }{
		{"0x10\n", "must be CODE:0xHEX"},
		{"X1:0x10\n", "must be CODE:0xHEX"},
		{"010:0xZZ\n", "is not a 32-bit number"},
		{"010:0x1FFFFFFFF\n", "is not a 32-bit number"},
		{"010:\n", "has no value"},
	} {
		_, err := ReadPICO(strings.NewReader(tc.in), "p")
		if err == nil || !strings.HasPrefix(err.Error(), "p:1: ") || !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("ReadPICO(%q) err = %v, want p:1 and %q", tc.in, err, tc.msg)
		}
	}
}
