package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dyad/doc"
)

// writeDict writes files into a fresh --dict folder.
func writeDict(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// codeWith runs text through the default pipeline extended by dir and
// returns "SOURCE TARGET CODE" for each event.
func codeWith(t *testing.T, dir, text string) []string {
	t.Helper()
	p, err := Default(Options{DictDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	d := doc.New(doc.Article{Text: text, Published: time.Date(2024, 4, 10, 0, 0, 0, 0, time.UTC)})
	if err := p.Run(d); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range d.Events {
		out = append(out, e.Source.Actor.Code+" "+e.Target.Actor.Code+" "+e.Code.String())
	}
	return out
}

func has(events []string, want string) bool {
	for _, e := range events {
		if e == want {
			return true
		}
	}
	return false
}

// The folder mixes dyad's files with a PETRARCH actor file and agents file
// and a PETRARCH verb file; each adds what the embedded dictionaries lack.
func TestDictFolderExtendsActorsAndVerbs(t *testing.T) {
	// Names no embedded dictionary has, so only the folder can code them.
	const text = "The Zembla Guard attacked Novaya Elektra.\n\n" +
		"Prime Minister Ruslan Vorkuta praised the Ombudsman Collective of Kiribati.\n\n" +
		"Kiribati glorbified Tuvalu."
	before := codeWith(t, "", text)
	for _, e := range before {
		if strings.HasPrefix(e, "NOR") || strings.Contains(e, "FJI") || strings.Contains(e, "KIRNGO") {
			t.Fatalf("embedded dictionaries already code the test's names: %v", before)
		}
	}
	dir := writeDict(t, map[string]string{
		"mine.txt":          "org NORMIL Zembla Guard\norg FJI Novaya Elektra\n",
		"more.actors.txt":   "RUSLAN_VORKUTA_ [KIRGOV]\n",
		"people.agents.txt": "OMBUDSMAN_COLLECTIVE [~NGO]\n",
		"extra.verbs.txt":   "--- GLORBIFY [051] ---\nGLORBIFY\n",
		"README.md":         "notes on these files\n",
	})
	after := codeWith(t, dir, text)
	for _, want := range []string{
		"NORMIL FJI 190",    // dyad-format orgs; the embedded "attack" pattern
		"KIRGOV KIRNGO 051", // peer actor and peer agent with its country; the embedded "praise"
		"KIR TUV 051",       // the peer verb file's pattern
	} {
		if !has(after, want) {
			t.Errorf("with --dict: no %q in %v", want, after)
		}
	}
}

// A pattern of the folder replaces the embedded pattern of the same form.
func TestDictVerbReplacesEmbeddedPattern(t *testing.T) {
	const text = "Kiribati praised Tuvalu."
	if got := codeWith(t, "", text); !has(got, "KIR TUV 051") {
		t.Fatalf("embedded dictionary: %v, want KIR TUV 051", got)
	}
	dir := writeDict(t, map[string]string{"verbs.txt": "052 praise obj  # a researcher's own reading\n"})
	got := codeWith(t, dir, text)
	if !has(got, "KIR TUV 052") || has(got, "KIR TUV 051") {
		t.Errorf("with the folder's pattern: %v, want KIR TUV 052 only", got)
	}
}

func TestDictFolderErrorsNameTheFile(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"peer discards are not applied", map[string]string{"Phoenix.discards.txt": "FOO\n"}, "Phoenix.discards.txt"},
		{"unknown file", map[string]string{"actors.csv": "a,b\n"}, "actors.csv"},
		{"no dictionary", map[string]string{"README": "x\n"}, "no dictionary files"},
		{"bad dyad entry", map[string]string{"mine.txt": "org NOTACODE Zembla Guard\n"}, "mine.txt:1"},
		{"refine in an extension", map[string]string{"verbs.txt": "refine 02 04=026\n"}, "verbs.txt:1"},
		{"peer verbs with no CAMEO code", map[string]string{"x.verbs": "--- GLORBIFY [903] ---\nGLORBIFY\n"}, "x.verbs"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeDict(t, tc.files)
			_, err := Default(Options{DictDir: dir})
			if err == nil {
				t.Fatal("accepted")
			}
			if !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), dir) {
				t.Errorf("error %q does not name %q and the folder", err, tc.want)
			}
		})
	}
}
