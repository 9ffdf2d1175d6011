package peerdict

import (
	"os"
	"path/filepath"
	"testing"
)

// peers is the folder of peer data beside the repository (never copied in).
var peers = filepath.Join("..", "..", "..", "shared", "peers")

// counts are what a reader found in one file.
type counts struct {
	a, b, c, d, warnings int
}

// TestPeerFiles loads every dictionary file under ../shared/peers and checks
// its entry counts. The counts were checked independently with grep:
//
//   - actors: a = roots (lines not starting with #, <, +, ~ or white space,
//     minus TABARI's <NOUN>/<ADJECTIVE> words), b = "+" lines (+1 where an
//     indented line holds a phrase), c = codes ("[" count, minus brackets on
//     comment lines, minus codes dropped for bad dates, one warning each),
//     d = <NOUN>/<ADJECTIVE> words;
//   - verbs: a = synsets ("^&"), b = blocks ("^---", TABARI: verb lines),
//     c = verbs, d = patterns ("^-" not "^---", minus those without a code,
//     plus lines starting "*", minus TABARI <TIME> patterns); warnings
//     include one per use of an undefined synonym set (&WEATHER and
//     &DEMONSTRATION in petrarch2 CAMEO.2.0.txt, &SECURITY, &PKO, ... in
//     the UniversalPetrarch files);
//   - agents: a = agents ("[" lines not comments), b = "!NAME! =" lines;
//   - discards: a = phrases, b = "+" story discards;
//   - issues: a = phrases (non-comment, non-tag lines), b = "~" lines;
//   - word lists: a = non-comment lines; ontologies: a = lines with ":"
//     that are not comments.
//
// Not dictionaries, so not listed: PETR_config.ini (options),
// TABARI-Code/*.options and *.project (read by package eval),
// TABARI-Code/discards.txt (a table of events; see TestPeerFileDetails),
// PLOVER/CAMEO2PLOVER-2021.txt (the code crosswalk, package cameo).
func TestPeerFiles(t *testing.T) {
	if _, err := os.Stat(peers); err != nil {
		t.Skipf("peer data not found at %s (it lives beside the repository): %v", peers, err)
	}
	tests := []struct {
		file string
		kind string
		want counts
	}{
		{"petrarch2/Phoenix.Countries.actors.txt", "actors", counts{18390, 7527, 28381, 0, 46}},
		{"petrarch2/Phoenix.International.actors.txt", "actors", counts{7840, 67, 7895, 0, 7}},
		{"petrarch2/Phoenix.MilNonState.actors.txt", "actors", counts{1021, 772, 1021, 0, 0}},
		{"petrarch2/PETR.Validate.actors.txt", "actors", counts{128, 33, 138, 0, 1}},
		{"petrarch/Phoenix.Countries.actors.txt", "actors", counts{18389, 7528, 28381, 0, 45}},
		{"petrarch/Phoenix.International.actors.txt", "actors", counts{7840, 67, 7895, 0, 7}},
		{"TABARI-Code/TABARI.Demo.actors", "actors", counts{120, 5, 131, 13, 0}},
		{"UniversalPetrarch/PETR_Validate_actors_2_02.txt", "actors", counts{133, 34, 143, 0, 1}},

		{"petrarch2/CAMEO.2.0.txt", "verbs", counts{40, 397, 1817, 4668, 4}},
		{"petrarch/CAMEO.2.0.txt", "verbs", counts{38, 396, 1860, 11009, 7}},
		{"petrarch2/PETR.Validate.verbs.txt", "verbs", counts{17, 261, 269, 474, 1}},
		{"UniversalPetrarch/PETR.Validate.verbs.2.0.txt", "verbs", counts{31, 69, 125, 453, 2}},
		{"UniversalPetrarch/PETR_Validate_verbs_2_02.txt", "verbs", counts{31, 69, 127, 359, 6}},
		{"TABARI-Code/CAMEO.091003.master.verbs", "verbs", counts{0, 1216, 1216, 15582, 11}},
		{"TABARI-Code/TABARI.Demo.verbs", "verbs", counts{5, 283, 283, 407, 0}},

		{"petrarch2/Phoenix.agents.txt", "agents", counts{2244, 2, 0, 0, 2}},
		{"petrarch/Phoenix.agents.txt", "agents", counts{2237, 2, 0, 0, 2}},
		{"petrarch2/PETR.Validate.agents.txt", "agents", counts{88, 2, 0, 0, 0}},
		{"UniversalPetrarch/PETR_Validate_agents_2_02.txt", "agents", counts{88, 2, 0, 0, 0}},
		{"TABARI-Code/Validate.agents", "agents", counts{86, 0, 0, 0, 0}},

		{"petrarch2/Phoenix.discards.txt", "discards", counts{506, 64, 0, 0, 0}},
		{"petrarch2/PETR.Validate.discards.txt", "discards", counts{9, 4, 0, 0, 0}},
		{"UniversalPetrarch/PETR_Validate_discards_2_02.txt", "discards", counts{9, 4, 0, 0, 0}},

		{"petrarch2/Phoenix.IssueCoding.txt", "issues", counts{3170, 181, 0, 0, 88}},

		{"petrarch2/Phoenix.prepositions.txt", "words", counts{106, 0, 0, 0, 0}},
		{"petrarch/Phoenix.prepositions.txt", "words", counts{107, 0, 0, 0, 0}},
		{"UniversalPetrarch/PETR.Internal.Coding.Ontology.txt", "pico", counts{266, 0, 0, 0, 0}},
		{"UniversalPetrarch/PETR_Validate_Internal_Coding_Ontology_1_01.txt", "pico", counts{266, 0, 0, 0, 0}},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			path := filepath.Join(peers, tc.file)
			f, err := os.Open(path)
			if err != nil {
				t.Skipf("peer file absent: %v", err)
			}
			defer f.Close()
			var got counts
			switch tc.kind {
			case "actors":
				d, err := ReadActors(f, tc.file)
				if err != nil {
					t.Fatal(err)
				}
				got.a, got.d, got.warnings = len(d.Actors), len(d.Words), len(d.Warnings)
				for _, a := range d.Actors {
					got.b += len(a.Synonyms)
					got.c += len(a.Codes)
				}
			case "verbs":
				d, err := ReadVerbs(f, tc.file)
				if err != nil {
					t.Fatal(err)
				}
				got.a, got.b, got.warnings = len(d.Synsets), len(d.Blocks), len(d.Warnings)
				for _, b := range d.Blocks {
					got.c += len(b.Verbs)
					got.d += len(b.Patterns)
				}
			case "agents":
				d, err := ReadAgents(f, tc.file)
				if err != nil {
					t.Fatal(err)
				}
				got.a, got.b, got.warnings = len(d.Agents), len(d.Substitutions), len(d.Warnings)
			case "discards":
				d, err := ReadDiscards(f, tc.file)
				if err != nil {
					t.Fatal(err)
				}
				got.a, got.warnings = len(d.Discards), len(d.Warnings)
				for _, x := range d.Discards {
					if x.Story {
						got.b++
					}
				}
			case "words":
				d, err := ReadWordList(f, tc.file)
				if err != nil {
					t.Fatal(err)
				}
				got.a = len(d)
			case "pico":
				d, err := ReadPICO(f, tc.file)
				if err != nil {
					t.Fatal(err)
				}
				got.a = len(d)
			case "issues":
				d, err := ReadIssues(f, tc.file)
				if err != nil {
					t.Fatal(err)
				}
				got.a, got.warnings = len(d.Issues), len(d.Warnings)
				for _, x := range d.Issues {
					if x.Exclude {
						got.b++
					}
				}
			}
			if got != tc.want {
				t.Errorf("counts = %+v, want %+v", got, tc.want)
			}
		})
	}
}

// TestPeerFileDetails checks a few entries of the real files field by field.
func TestPeerFileDetails(t *testing.T) {
	open := func(t *testing.T, name string) *os.File {
		t.Helper()
		f, err := os.Open(filepath.Join(peers, name))
		if err != nil {
			t.Skipf("peer file absent: %v", err)
		}
		t.Cleanup(func() { f.Close() })
		return f
	}
	t.Run("PETR.Validate.actors", func(t *testing.T) {
		d, err := ReadActors(open(t, "petrarch2/PETR.Validate.actors.txt"), "v")
		if err != nil {
			t.Fatal(err)
		}
		// "AUSTRALIA [AUS]" followed by "+AUSTRALIAN".
		var found bool
		for _, a := range d.Actors {
			if a.Phrase.String() == "AUSTRALIA" {
				found = true
				if len(a.Codes) != 1 || a.Codes[0].Code != "AUS" || len(a.Synonyms) != 1 || a.Synonyms[0].Phrase.String() != "AUSTRALIAN" {
					t.Errorf("AUSTRALIA = %+v", a)
				}
			}
		}
		if !found {
			t.Error("AUSTRALIA not read")
		}
	})
	t.Run("TABARI.Demo.actors ENT", func(t *testing.T) {
		d, err := ReadActors(open(t, "TABARI-Code/TABARI.Demo.actors"), "demo")
		if err != nil {
			t.Fatal(err)
		}
		// "ENT  [### <890101] [ENT]": discard code before 1989, ENT after.
		for _, a := range d.Actors {
			if a.Phrase.String() == "ENT" {
				if len(a.Codes) != 2 || a.Codes[0].Code != "###" || a.Codes[0].To.Format("20060102") != "19890101" || a.Codes[1].Code != "ENT" {
					t.Errorf("ENT = %+v", a.Codes)
				}
				return
			}
		}
		t.Error("ENT not read")
	})
	t.Run("TABARI discards.txt is not a dictionary", func(t *testing.T) {
		// The file of that name in TABARI-Code is a tab-separated table of
		// massacre events, not a discard list; the reader must say so.
		_, err := ReadDiscards(open(t, "TABARI-Code/discards.txt"), "discards.txt")
		if err == nil {
			t.Fatal("no error for a file that is not a discards dictionary")
		}
	})
}
