package eval

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"dyad/lexicon/peerdict"
)

// petrarchPeers is the peer data folder beside the repository.
var petrarchPeers = filepath.Join("..", "..", "shared", "peers")

func petrarchOpen(t *testing.T, name string) *PetrarchSuite {
	t.Helper()
	f, err := os.Open(filepath.Join(petrarchPeers, name))
	if err != nil {
		t.Skipf("peer suite absent (../shared/peers lives beside the repository): %v", err)
	}
	defer f.Close()
	s, err := ReadPetrarchSuite(f, name)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestPetrarchSuiteCounts checks the record counts per category. "all" was
// counted with grep -o 'category="[^"]*"'; "evaluated" keeps records whose
// flag (sentence=/valid=/evaluate=) is "true" and whose category is in
// <Include>. PETRARCH-2's published baseline is over 278 records with ACTOR
// 15, AGENT 23 and COMPOUND 41, which is what PETR.UnitTest.records.xml gives.
func TestPetrarchSuiteCounts(t *testing.T) {
	tests := []struct {
		file           string
		total, evalN   int
		all, evaluated map[string]int
		warnings       int
	}{
		{"petrarch2/PETR.UnitTest.records.xml", 284, 278,
			map[string]int{"ACTOR": 15, "AGENT": 24, "AGENTS": 2, "COMPOUND": 42, "COMPOUNDx": 1, "DATE": 21, "DEMO": 36, "ERROR": 7, "MODIFY": 20, "PARSING": 12, "PATTERN": 29, "SYNSET": 52, "VERB": 23},
			map[string]int{"ACTOR": 15, "AGENT": 23, "COMPOUND": 41, "DATE": 21, "DEMO": 35, "ERROR": 7, "MODIFY": 20, "PARSING": 12, "PATTERN": 29, "SYNSET": 52, "VERB": 23},
			0},
		{"petrarch2/single_test.xml", 281, 275,
			map[string]int{"ACTOR": 15, "AGENT": 24, "AGENTS": 2, "COMPOUND": 42, "COMPOUNDx": 1, "DATE": 21, "DEMO": 33, "ERROR": 7, "MODIFY": 20, "PARSING": 12, "PATTERN": 29, "SYNSET": 52, "VERB": 23},
			map[string]int{"ACTOR": 15, "AGENT": 23, "COMPOUND": 41, "DATE": 21, "DEMO": 32, "ERROR": 7, "MODIFY": 20, "PARSING": 12, "PATTERN": 29, "SYNSET": 52, "VERB": 23},
			0},
		// README: 274 records, 245 evaluated. The one warning is a
		// "<PLEvent..." mention in the file's header prose.
		{"UniversalPetrarch/PETR_Validate_records_2_02.xml", 274, 245,
			map[string]int{"ACTOR": 15, "AGENT": 24, "AGENTS": 2, "COMPOUND": 37, "DATE": 21, "DEMO": 35, "ERROR": 7, "MODIFY": 20, "PARSING": 12, "PATTERN": 26, "SYNSET": 52, "VERB": 23},
			map[string]int{"ACTOR": 11, "AGENT": 23, "COMPOUND": 35, "DATE": 21, "DEMO": 35, "MODIFY": 20, "PATTERN": 26, "SYNSET": 52, "VERB": 22},
			1},
		// README: 78 gold-standard records (not well-formed XML). The one
		// warning is an <EventCoding> example in the header prose.
		{"UniversalPetrarch/PETR2_GSR_validation.xml", 78, 78,
			map[string]int{"AFP": 18, "GOLD": 10, "OTHER": 23, "PASSIVE": 8, "TEST": 11, "VERB": 8},
			map[string]int{"AFP": 18, "GOLD": 10, "OTHER": 23, "PASSIVE": 8, "TEST": 11, "VERB": 8},
			1},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			s := petrarchOpen(t, tc.file)
			n := 0
			for _, r := range s.Records {
				if r.Evaluated {
					n++
				}
			}
			if len(s.Records) != tc.total || n != tc.evalN {
				t.Errorf("records = %d, evaluated %d; want %d, %d", len(s.Records), n, tc.total, tc.evalN)
			}
			if got := s.CategoryCounts(false); !reflect.DeepEqual(got, tc.all) {
				t.Errorf("all by category = %v\nwant %v", got, tc.all)
			}
			if got := s.CategoryCounts(true); !reflect.DeepEqual(got, tc.evaluated) {
				t.Errorf("evaluated by category = %v\nwant %v", got, tc.evaluated)
			}
			if len(s.Warnings) != tc.warnings {
				t.Errorf("warnings = %q, want %d", s.Warnings, tc.warnings)
			}
		})
	}
}

func petrarchFind(t *testing.T, s *PetrarchSuite, id string) PetrarchRecord {
	t.Helper()
	for _, r := range s.Records {
		if r.ID == id {
			return r
		}
	}
	t.Fatalf("record %s not found", id)
	return PetrarchRecord{}
}

// TestPetrarchSuiteRecords checks a few records of the real file field by
// field (values read off the file by eye).
func TestPetrarchSuiteRecords(t *testing.T) {
	s := petrarchOpen(t, "petrarch2/PETR.UnitTest.records.xml")
	env := s.Environment
	if env.Verbfile != "PETR.Validate.verbs.txt" || env.Actorfile != "PETR.Validate.actors.txt" || env.Agentfile != "PETR.Validate.agents.txt" ||
		env.Discardfile != "PETR.Validate.discards.txt" || env.Pause != "Stop" || len(env.Include) != 12 ||
		len(env.Config) != 1 || env.Config[0] != (PetrarchOption{"stop_on_error", "True", 45}) {
		t.Errorf("environment = %+v", env)
	}

	r := petrarchFind(t, s, "DEMO-02")
	if r.Date.Format("2006-01-02") != "1995-01-03" || r.Category != "DEMO" || !r.Valid || !r.Evaluated || r.Line != 160 ||
		!strings.HasPrefix(r.Text, "Dagolath's first Deputy Prime Minister") || !strings.HasPrefix(r.Parse, "(ROOT") ||
		r.NoEvents || r.Skip || len(r.Errors) != 0 {
		t.Errorf("DEMO-02 = %+v", r)
	}
	want := []Triple{{"DAGGOV", "GON", "032"}, {"GON", "DAGGOV", "033"}}
	if !reflect.DeepEqual(r.Triples(), want) {
		t.Errorf("DEMO-02 triples = %v, want %v", r.Triples(), want)
	}
	if r.Options["stop_on_error"] != "True" || len(r.Options) != 1 {
		t.Errorf("DEMO-02 options = %v", r.Options)
	}

	if r := petrarchFind(t, s, "DEMO-24"); !r.NoEvents || len(r.Expected) != 0 {
		t.Errorf("DEMO-24 = %+v, want noevents", r)
	}
	if r := petrarchFind(t, s, "ERROR-01"); len(r.Errors) != 1 || r.Errors[0] != "dateline" || r.Date.Format("20060102") != "20080801" {
		t.Errorf("ERROR-01 = %+v, want error dateline", r)
	}
	if r := petrarchFind(t, s, "DEMO-04"); r.Valid || r.Evaluated {
		t.Errorf("DEMO-04 (sentence=\"false\") valid=%v evaluated=%v", r.Valid, r.Evaluated)
	}
	// <Config option="require_dyad" value="false"> at line 2413 is in force
	// for COMPOUND-03; require_dyad is set back to "true" at 2501.
	if r := petrarchFind(t, s, "COMPOUND-03"); r.Options["require_dyad"] != "false" {
		t.Errorf("COMPOUND-03 options = %v", r.Options)
	}
	// Lines 4470-4471 set require_dyad False and comma_emax 0 before DATE-16.
	if r := petrarchFind(t, s, "DATE-16"); r.Options["require_dyad"] != "False" || r.Options["comma_emax"] != "0" {
		t.Errorf("DATE-16 options = %v", r.Options)
	}

	st := petrarchOpen(t, "petrarch2/single_test.xml")
	if r := petrarchFind(t, st, "AGENT-05"); !r.Skip || !r.Valid {
		t.Errorf("single_test AGENT-05 = %+v, want <Skip>", r)
	}

	ud := petrarchOpen(t, "UniversalPetrarch/PETR_Validate_records_2_02.xml")
	if ud.Environment.PICOfile != "PETR_Validate_Internal_Coding_Ontology_1_01.txt" {
		t.Errorf("UD PICOfile = %q", ud.Environment.PICOfile)
	}
	r = petrarchFind(t, ud, "DEMO-07")
	if len(r.PLEvents) != 1 || !strings.HasPrefix(r.PLEvents[0], `{"event": "012"`) || !strings.Contains(r.Parse, "\t") {
		t.Errorf("UD DEMO-07 PLEvents = %q, parse is CoNLL-U: %v", r.PLEvents, strings.Contains(r.Parse, "\t"))
	}
	n := 0
	for _, r := range ud.Records {
		n += len(r.PLEvents)
	}
	if n != 38 { // grep -c '<PLEvent' gives 39, one of them in the header prose
		t.Errorf("UD PLEvents = %d, want 38", n)
	}
}

// TestPetrarchSuiteConstructs reads a hand-written file with each construct.
func TestPetrarchSuiteConstructs(t *testing.T) {
	in := `<?xml version="1.0"?>
<Validation>
<!-- a comment with <Sentence> inside
     over two lines -->
<Environment>
    <Verbfile>v.txt</Verbfile>
    <Actorfile>a.txt</Actorfile>
    <Include>valid KEEP</Include>
    <Config option="opt_a" value="1"></Config>
</Environment>
<Sentences>
<Sentence date = "20010203" id ="K-1" category="KEEP" sentence="true">
<EventCoding sourcecode="AAA" targetcode='""' eventcode="010"></EventCoding>
<EventCoding sourcecode="BBB" targetcode="AAA" eventcode="020"/>
<Text>
Tom &amp; Jerry   met
  here.
</Text>
<Parse>(ROOT (S x))</Parse>
</Sentence>
<Config option="opt_a" value="2"/>
<Config option="opt_b" value="x"></Config>
<Sentence date="010204" id="K-2" category="KEEP" valid="false">
<Skip></Skip>
<EventCoding noevents = "True"></EventCoding>
<EventCoding error="dateline"></EventCoding>
<PLEvent {"event": "010"}>
<Frob/>
<Text>t</Text>
</Sentence>
<Sentence date="20010205" id="D-1" category="DROP" evaluate="true">
<Text>u</Text>
</Sentence>
</Sentences>
</Validation>
`
	s, err := ReadPetrarchSuite(strings.NewReader(in), "t.xml")
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Records) != 3 {
		t.Fatalf("records = %d, want 3", len(s.Records))
	}
	k1, k2, d1 := s.Records[0], s.Records[1], s.Records[2]
	if k1.ID != "K-1" || k1.Line != 12 || k1.Text != "Tom & Jerry met here." || k1.Parse != "(ROOT (S x))" || !k1.Valid || !k1.Evaluated ||
		!reflect.DeepEqual(k1.Triples(), []Triple{{"AAA", "", "010"}, {"BBB", "AAA", "020"}}) ||
		!reflect.DeepEqual(k1.Options, map[string]string{"opt_a": "1"}) {
		t.Errorf("K-1 = %+v", k1)
	}
	if k2.Date.Format("2006-01-02") != "2001-02-04" || k2.Valid || k2.Evaluated || !k2.Skip || !k2.NoEvents ||
		!reflect.DeepEqual(k2.Errors, []string{"dateline"}) || !reflect.DeepEqual(k2.PLEvents, []string{`{"event": "010"}`}) ||
		!reflect.DeepEqual(k2.Options, map[string]string{"opt_a": "2", "opt_b": "x"}) {
		t.Errorf("K-2 = %+v", k2)
	}
	if !d1.Valid || d1.Evaluated {
		t.Errorf("D-1: category not in <Include> must not be evaluated: %+v", d1)
	}
	if want := []string{`t.xml:28: unknown element <Frob> in <Sentence id="K-2"> ignored`}; !reflect.DeepEqual(s.Warnings, want) {
		t.Errorf("warnings = %q, want %q", s.Warnings, want)
	}
	if s.Environment.Verbfile != "v.txt" || s.Environment.Actorfile != "a.txt" || !reflect.DeepEqual(s.Environment.Include, []string{"valid", "KEEP"}) {
		t.Errorf("environment = %+v", s.Environment)
	}
}

func TestPetrarchSuiteErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<!-- open", "t.xml:1: comment \"<!--\" is not closed"},
		{"\n<Sentence id=\"a\" date=\"2001\"", "t.xml:2: tag is not closed"},
		{"<Sentence date=\"20010101\">", "t.xml:1: <Sentence> without id"},
		{"<Sentence id=\"a\" date=\"2001x101\">", "t.xml:1: <Sentence id=\"a\"> date \"2001x101\" is not YYYYMMDD or YYMMDD"},
		{"<Sentence id=\"a\" date=\"20010101\">\n<Text>x</Text>", "t.xml:1: <Sentence id=\"a\"> is not closed by </Sentence>"},
		{"<Sentence id=\"a\" date=\"20010101\">\n<Sentence id=\"b\" date=\"20010101\">", "t.xml:2: <Sentence> inside <Sentence id=\"a\">"},
		{"<Sentence id=\"a\" date=\"20010101\">\n<EventCoding sourcecode=\"X\" eventcode=\"010\">", "t.xml:2: <EventCoding> needs sourcecode, targetcode and eventcode"},
		{"<Sentence id=\"a\" date=\"20010101\">\n\n<Text>x", "t.xml:3: <Text> is not closed by </Text>"},
		{"<Config value=\"1\"/>", "t.xml:1: <Config> without option"},
	}
	for _, tc := range tests {
		_, err := ReadPetrarchSuite(strings.NewReader(tc.in), "t.xml")
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("ReadPetrarchSuite(%q) error = %v, want prefix %q", tc.in, err, tc.want)
		}
	}
}

func TestScoreTriples(t *testing.T) {
	a, b, c := Triple{"A", "B", "010"}, Triple{"B", "A", "020"}, Triple{"A", "", "010"}
	tests := []struct {
		got, want []Triple
		ok        bool
	}{
		{nil, nil, true},
		{[]Triple{a, b}, []Triple{b, a}, true},
		{[]Triple{a, a, b}, []Triple{b, a}, true}, // a set: repetition ignored
		{[]Triple{a}, []Triple{a, b}, false},
		{[]Triple{a, b}, []Triple{a}, false},
		{[]Triple{a}, []Triple{c}, false}, // the empty target is a value
		{[]Triple{a}, nil, false},
	}
	for _, tc := range tests {
		if got := ScoreTriples(tc.got, tc.want); got != tc.ok {
			t.Errorf("ScoreTriples(%v, %v) = %v, want %v", tc.got, tc.want, got, tc.ok)
		}
	}
}

// FuzzPetrarchSuite checks that no input makes the reader panic.
// Run: go test ./eval -fuzz FuzzPetrarchSuite -fuzztime 30s
func FuzzPetrarchSuite(f *testing.F) {
	f.Add(`<Environment><Include>A</Include><Config option="x" value="1"/></Environment>
<Sentence id="a" date="20010101" category="A" sentence="true"><EventCoding sourcecode="X" targetcode="Y" eventcode="010"/>
<Text>t &amp; u</Text><Parse>(S)</Parse><PLEvent {"e": 1}><Skip></Skip></Sentence>`)
	f.Add("<!-- x --><Sentence id='b' date='010101' valid=\"false\"><EventCoding noevents=\"True\"></EventCoding></Sentence>")
	f.Fuzz(func(t *testing.T, s string) {
		su, err := ReadPetrarchSuite(strings.NewReader(s), "f")
		if err == nil {
			for _, r := range su.Records {
				ScoreTriples(r.Triples(), r.Triples())
			}
		}
	})
}

// TestSuiteDictionariesLoad reads every dictionary a suite names with the
// lexicon/peerdict readers: the suites and their dictionaries fit together.
func TestSuiteDictionariesLoad(t *testing.T) {
	read := func(t *testing.T, dir, file string, fn func(f *os.File) error) {
		t.Helper()
		f, err := os.Open(filepath.Join(petrarchPeers, dir, file))
		if err != nil {
			t.Fatalf("dictionary named by the suite: %v", err)
		}
		defer f.Close()
		if err := fn(f); err != nil {
			t.Error(err)
		}
	}
	for _, tc := range []struct{ dir, suite string }{
		{"petrarch2", "PETR.UnitTest.records.xml"},
		{"UniversalPetrarch", "PETR_Validate_records_2_02.xml"},
	} {
		t.Run(tc.suite, func(t *testing.T) {
			env := petrarchOpen(t, filepath.Join(tc.dir, tc.suite)).Environment
			read(t, tc.dir, env.Verbfile, func(f *os.File) error { _, err := peerdict.ReadVerbs(f, env.Verbfile); return err })
			read(t, tc.dir, env.Actorfile, func(f *os.File) error { _, err := peerdict.ReadActors(f, env.Actorfile); return err })
			read(t, tc.dir, env.Agentfile, func(f *os.File) error { _, err := peerdict.ReadAgents(f, env.Agentfile); return err })
			read(t, tc.dir, env.Discardfile, func(f *os.File) error { _, err := peerdict.ReadDiscards(f, env.Discardfile); return err })
			if env.PICOfile != "" {
				read(t, tc.dir, env.PICOfile, func(f *os.File) error { _, err := peerdict.ReadPICO(f, env.PICOfile); return err })
			}
		})
	}
	t.Run("TABARI Validate.project", func(t *testing.T) {
		pf, err := os.Open(filepath.Join(petrarchPeers, "TABARI-Code", "Validate.project"))
		if err != nil {
			t.Skipf("TABARI suite absent: %v", err)
		}
		defer pf.Close()
		p, err := TabariProject(pf, "Validate.project")
		if err != nil {
			t.Fatal(err)
		}
		read(t, "TABARI-Code", p["verbsfile"], func(f *os.File) error { _, err := peerdict.ReadVerbs(f, p["verbsfile"]); return err })
		read(t, "TABARI-Code", p["actorsfile"], func(f *os.File) error { _, err := peerdict.ReadActors(f, p["actorsfile"]); return err })
		read(t, "TABARI-Code", p["agentsfile"], func(f *os.File) error { _, err := peerdict.ReadAgents(f, p["agentsfile"]); return err })
	})
}
