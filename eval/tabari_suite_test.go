package eval

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// The TABARI files are GPL-3.0: the tests read them from ../shared and
// never copy them.

func tabariOpenSuite(t *testing.T) *TabariSuite {
	t.Helper()
	dir := filepath.Join(petrarchPeers, "TABARI-Code")
	of, err := os.Open(filepath.Join(dir, "Validate.options"))
	if err != nil {
		t.Skipf("TABARI suite absent (../shared/peers lives beside the repository): %v", err)
	}
	defer of.Close()
	opts, err := ReadTabariOptions(of, "Validate.options")
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(filepath.Join(dir, "Validate.text"))
	if err != nil {
		t.Skipf("TABARI suite absent: %v", err)
	}
	defer f.Close()
	s, err := ReadTabariSuite(f, "Validate.text", opts)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestTabariSuiteCounts checks the counts of Validate.text against grep:
//   - headers before FINAL-01 (line 3993): grep -cP '^\d{6,9}\s+\S' = 472.
//     The README quotes 467 as TABARI's own count; the file has 472 header
//     lines there, two of them after a comment left open ("/*" for "*/")
//     that TABARI would swallow, and three more we cannot attribute;
//   - events: grep -o '.{[^{}]*/[^{}]*/[^{}]*}' | grep -v '^-' = 521, and 6 "-{";
//   - marks: {+++} 21, {---} 16, {###} 7; OPTION commands 31.
func TestTabariSuiteCounts(t *testing.T) {
	s := tabariOpenSuite(t)
	std := s.StandardRecords()
	if len(s.Records) != 481 || len(std) != 472 {
		t.Errorf("records = %d, standard %d; want 481, 472", len(s.Records), len(std))
	}
	marks := map[TabariMark]int{}
	var events, disabled, options int
	for _, r := range std {
		marks[r.Mark]++
		events += len(r.Expected)
		disabled += len(r.Disabled)
		options += len(r.OptionCommands)
	}
	wantMarks := map[TabariMark]int{TabariNoMark: 428, TabariComplex: 21, TabariNoEvents: 16, TabariDiscard: 7}
	if !reflect.DeepEqual(marks, wantMarks) || events != 521 || disabled != 6 || options != 31 {
		t.Errorf("marks %v events %d disabled %d options %d; want %v 521 6 31", marks, events, disabled, options, wantMarks)
	}
	if len(s.Warnings) != 35 {
		t.Errorf("warnings = %d, want 35:\n%s", len(s.Warnings), strings.Join(s.Warnings, "\n"))
	}
}

func tabariFind(t *testing.T, s *TabariSuite, id string) TabariRecord {
	t.Helper()
	for _, r := range s.Records {
		if r.ID == id {
			return r
		}
	}
	t.Fatalf("record %s not found", id)
	return TabariRecord{}
}

func TestTabariSuiteRecords(t *testing.T) {
	s := tabariOpenSuite(t)
	r := tabariFind(t, s, "DEMO-04")
	want := []TabariEvent{{"DAG", "GON", "032", "950103", 67}, {"GON", "DAG", "033", "950103", 68}}
	if r.DateText != "950103" || r.Date.Format("2006-01-02") != "1995-01-03" || r.Line != 61 || !r.Standard ||
		!strings.HasPrefix(r.Text, "Dagolath's first Deputy") || !strings.HasSuffix(r.Text, "news agency reported.") ||
		!reflect.DeepEqual(r.Expected, want) || r.Mark != TabariNoMark {
		t.Errorf("DEMO-04 = %+v", r)
	}
	if !reflect.DeepEqual(r.Triples(), []Triple{{"DAG", "GON", "032"}, {"GON", "DAG", "033"}}) {
		t.Errorf("DEMO-04 triples = %v", r.Triples())
	}
	// "/*" at the end of the last text line.
	r = tabariFind(t, s, "DEMO-13")
	if !strings.HasSuffix(r.Text, "officials said.") || len(r.Expected) != 1 || r.Expected[0].Code != "085" {
		t.Errorf("DEMO-13 = %+v", r)
	}
	// "-{...}": switched off, not expected.
	r = tabariFind(t, s, "DEMO-05")
	if len(r.Expected) != 0 || len(r.Disabled) != 1 || r.Disabled[0].Source != "ARN" {
		t.Errorf("DEMO-05 = %+v", r)
	}
	// Options: Validate.options first, then OPTION records in order.
	r = tabariFind(t, s, "START-00")
	if r.Options["COMPLEX"] != "VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN" || r.Options["SET: SKIP RECORDS"] != "FALSE" || r.Mark != TabariComplex {
		t.Errorf("START-00 options = %v mark %v", r.Options, r.Mark)
	}
	if r := tabariFind(t, s, "TIME-Modify"); r.Options["SET: TIME SHIFT"] != "FALSE" ||
		!reflect.DeepEqual(r.OptionCommands, []string{"SET: TIME SHIFT = FALSE"}) {
		t.Errorf("TIME-Modify = %+v", r)
	}
	if r := tabariFind(t, s, "CONV-01"); r.Options["SET: CONVERT AGENT"] != "TRUE" {
		t.Errorf("CONV-01 options: SET: CONVERT AGENT = %q, want TRUE", r.Options["SET: CONVERT AGENT"])
	}
	if r := tabariFind(t, s, "CONV-Restore"); r.Options["SET: CONVERT AGENT"] != "FALSE" {
		t.Errorf("CONV-Restore options: SET: CONVERT AGENT = %q, want FALSE", r.Options["SET: CONVERT AGENT"])
	}
	// Header with a source document id after the record id.
	if r := tabariFind(t, s, "FBIS-001-001"); r.HeaderNote != "CEP20020711000012a" {
		t.Errorf("FBIS-001-001 header note = %q", r.HeaderNote)
	}
	if r := tabariFind(t, s, "FINAL-01"); r.Standard {
		t.Error("FINAL-01 is counted as standard")
	}

	pf, err := os.Open(filepath.Join(petrarchPeers, "TABARI-Code", "Validate.project"))
	if err != nil {
		t.Skipf("Validate.project absent: %v", err)
	}
	defer pf.Close()
	p, err := TabariProject(pf, "Validate.project")
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range map[string]string{"actorsfile": "TABARI.Demo.actors", "verbsfile": "TABARI.Demo.verbs", "optionsfile": "Validate.options",
		"agentsfile": "Validate.agents", "textfile": "Validate.text"} {
		if p[k] != v {
			t.Errorf("project %s = %q, want %q", k, p[k], v)
		}
	}
}

// TestTabariSuiteConstructs reads a hand-written suite with each construct.
func TestTabariSuiteConstructs(t *testing.T) {
	in := `
#########
# banner
#########

010203  A-01
First line of text
  second line.
/*\n------
\n[a note that mentions {} in prose]
\n{ AAA / BBB / 010 } 010203
\n-{ AAA / CCC / 020 }
\n{ OPTION: SET: YYYY = TRUE } */

010204  A-02  DOC-7
Text ends here./*
\n[note left open
\n{ ~MOS / AAA / 030 } (LABEL)  */
\n{ BBB / AAA / 031 }

010205 A-03
No events here.
/*\n{---}

010206  A-04
Discarded.
/* \n{###} \n{ OPTION: SET: YYYY = FALSE */

010101  FINAL-01
End.
`
	opts, err := ReadTabariOptions(strings.NewReader("// comment\nSET: YYYY = FALSE\nCOMPLEX: VERBS[5]\n~~~~~\nNOT: READ\n"), "o")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(opts, []TabariOption{{"SET: YYYY = FALSE", 2}, {"COMPLEX: VERBS[5]", 3}}) {
		t.Errorf("options = %+v", opts)
	}
	s, err := ReadTabariSuite(strings.NewReader(in), "t.text", opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Records) != 5 || len(s.StandardRecords()) != 4 {
		t.Fatalf("records = %d, standard %d; want 5, 4", len(s.Records), len(s.StandardRecords()))
	}
	a1, a2, a3, a4 := s.Records[0], s.Records[1], s.Records[2], s.Records[3]
	if a1.ID != "A-01" || a1.Line != 6 || a1.Date.Format("2006-01-02") != "2001-02-03" || a1.Text != "First line of text second line." ||
		!reflect.DeepEqual(a1.Expected, []TabariEvent{{"AAA", "BBB", "010", "010203", 11}}) ||
		!reflect.DeepEqual(a1.Disabled, []TabariEvent{{"AAA", "CCC", "020", "", 12}}) ||
		!reflect.DeepEqual(a1.OptionCommands, []string{"SET: YYYY = TRUE"}) ||
		!reflect.DeepEqual(a1.Options, map[string]string{"SET: YYYY": "TRUE", "COMPLEX": "VERBS[5]"}) {
		t.Errorf("A-01 = %+v", a1)
	}
	if a2.HeaderNote != "DOC-7" || a2.Text != "Text ends here." ||
		!reflect.DeepEqual(a2.Triples(), []Triple{{"~MOS", "AAA", "030"}, {"BBB", "AAA", "031"}}) ||
		a2.Expected[0].Note != "(LABEL)" || a2.Options["SET: YYYY"] != "TRUE" {
		t.Errorf("A-02 = %+v", a2)
	}
	if a3.Mark != TabariNoEvents || a3.Text != "No events here." {
		t.Errorf("A-03 = %+v", a3)
	}
	if a4.Mark != TabariDiscard || a4.Options["SET: YYYY"] != "FALSE" {
		t.Errorf("A-04 = %+v", a4)
	}
	want := []string{
		`t.text:19: record A-02: annotation line after the comment's "*/"; read as part of the comment`,
		`t.text:23: record A-03: comment "/*" not closed before the next record A-04; closed there`,
		`t.text:27: record A-04: "{" not closed by "}" on its line; read to the end of the line`,
	}
	if !reflect.DeepEqual(s.Warnings, want) {
		t.Errorf("warnings =\n%s\nwant\n%s", strings.Join(s.Warnings, "\n"), strings.Join(want, "\n"))
	}
}

func TestTabariSuiteErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"stray text\n", "t.text:1: text \"stray text\" outside a record"},
		{"/* c */\n", "t.text:1: comment \"/*\" outside a record"},
		{"010101  A\ntext\n/*\n\\n{ A / B }\n*/\n", "t.text:4: record A: {A / B} is not { SOURCE / TARGET / CODE }"},
		{"010101  A\ntext\n/* {+++} {---} */\n", "t.text:3: record A has both {+++} and {---}"},
		{"010101  A\ntext\n/* open\n", "t.text:3: comment \"/*\" of record A is not closed"},
	}
	for _, tc := range tests {
		_, err := ReadTabariSuite(strings.NewReader(tc.in), "t.text", nil)
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("ReadTabariSuite(%q) error = %v, want prefix %q", tc.in, err, tc.want)
		}
	}
	if _, err := ReadTabariOptions(strings.NewReader("SET YYYY\n"), "o"); err == nil || !strings.HasPrefix(err.Error(), "o:1: option") {
		t.Errorf("ReadTabariOptions error = %v", err)
	}
}

// FuzzTabariSuite checks that no input makes the reader panic.
// Run: go test ./eval -fuzz FuzzTabariSuite -fuzztime 30s
func FuzzTabariSuite(f *testing.F) {
	f.Add("010101  A-1  X\ntext./*\n\\n[note {}]\n\\n{ A / B / 010 } 010101\n\\n-{ C / D / 020 }\n\\n{ OPTION: SET: Y = 1 } */\n\\n{+++}\n010102 B\nt\n/* {###\n")
	f.Fuzz(func(t *testing.T, s string) {
		su, err := ReadTabariSuite(strings.NewReader(s), "f", nil)
		if err == nil {
			for _, r := range su.StandardRecords() {
				r.Triples()
			}
		}
	})
}
