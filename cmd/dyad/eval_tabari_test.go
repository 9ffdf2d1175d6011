package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dyad/eval"
)

// TestEvalTabari runs TABARI's standard validation records through the
// whole pipeline: the record count is the suite's and the pass figure
// stays above a floor set just under what was measured.
func TestEvalTabari(t *testing.T) {
	dir := filepath.Join(peersDir, "TABARI-Code")
	needPeers(t, filepath.Join(dir, "Validate.project"))
	var out, errb bytes.Buffer
	if code := run([]string{"eval", "tabari", "--suite", dir, "--json"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var r suiteJSON
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	// 481 records: 19 after FINAL-01 and 13 that only set options
	if r.Records != 449 {
		t.Errorf("%d records, want 449", r.Records)
	}
	t.Logf("passed %d/%d, actor-right %d", r.Passed, r.Records, r.ActorRight)
	if r.Passed < tabariFloor {
		t.Errorf("passed %d, below the floor %d", r.Passed, tabariFloor)
	}
}

// TestTabariForward checks TABARI's FORWARD in the harness: a record of a
// story ("FRWD-001-004") gives its subject pronoun the first actor of the
// record before it, without its agent, as the suite expects.
func TestTabariForward(t *testing.T) {
	for id, want := range map[string]string{"FRWD-001-002": "FRWD-001", "FBIS-001-001": "FBIS-001", "DEMO-02": "", "A-B-7": "", "X-12-3": "X-12"} {
		if got := eval.TabariStory(id); got != want {
			t.Errorf("TabariStory(%q) = %q, want %q", id, got, want)
		}
	}
	dir := filepath.Join(peersDir, "TABARI-Code")
	needPeers(t, filepath.Join(dir, "Validate.project"))
	for id, want := range map[string]string{
		"FRWD-001-002": "got  FOR/GON/090\n", // FORGOVPRS before: the actor only
		"FRWD-001-004": "got  GON/FOR/023\n", // the record before names GON first
	} {
		var out, errb bytes.Buffer
		if code := run([]string{"eval", "tabari", "--suite", dir, "--trace", id}, &out, &errb); code != 0 {
			t.Fatalf("exit %d: %s", code, errb.String())
		}
		if !strings.Contains(out.String(), want) {
			t.Errorf("%s: want %q in\n%s", id, want, out.String())
		}
	}
}

// TestTabariMinWords: a record shorter than SET: MINIMUM WORDS (default 8)
// is not coded; one as long is.
func TestTabariMinWords(t *testing.T) {
	one := []eval.Triple{{Source: "A", Target: "B", Code: "010"}}
	code := tabariMinWords(func(string, time.Time, map[string]string) ([]eval.Triple, error) { return one, nil })
	for _, tc := range []struct {
		text string
		min  string
		want int
	}{
		{"Gondor's planes attacked Osgiliath.", "", 0},
		{"Gondor's planes attacked Osgiliath.", "4", 1},
		{"Gondor's planes attacked Osgiliath on Friday night.", "", 0},
		{"Gondor's planes attacked Osgiliath on Friday night again.", "", 1},
		{"Gondor's planes attacked Osgiliath on Friday night again.", "9", 0},
	} {
		opts := map[string]string{}
		if tc.min != "" {
			opts["SET: MINIMUM WORDS"] = tc.min
		}
		got, err := code(tc.text, time.Time{}, opts)
		if err != nil || len(got) != tc.want {
			t.Errorf("%q, minimum %q: %d events (%v), want %d", tc.text, tc.min, len(got), err, tc.want)
		}
	}
}

func TestTabariComplex(t *testing.T) {
	if v, c := tabariComplex("VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN"); v != 5 || c != 4 {
		t.Errorf("got VERBS %d CONJ %d, want 5 and 4", v, c)
	}
	if v, c := tabariComplex(""); v != 0 || c != 0 {
		t.Errorf("empty: got %d %d, want no limits", v, c)
	}
}

// TestTabariPairs checks TABARI's dereferencing of a compound in the
// harness: "they" after "Elrond and Gondor" is both (PRON-04's
// ELF/ROH/092 and GON/ROH/092), and ACTORSYN-01's unreadable date
// "9501201" takes GOLLUM's earliest code, HOB.
func TestTabariPairs(t *testing.T) {
	dir := filepath.Join(peersDir, "TABARI-Code")
	needPeers(t, filepath.Join(dir, "Validate.project"))
	for id, want := range map[string][]string{
		"PRON-04":     {`"they" pronoun code="ELF/GON" entry=peer:pair`, "got  ELF/BRE/102 GON/BRE/102 ELF/ROH/092 GON/ROH/092\n"},
		"ACTORSYN-01": {"got  HOB/GON/064\n"},
	} {
		var out, errb bytes.Buffer
		if code := run([]string{"eval", "tabari", "--suite", dir, "--trace", id}, &out, &errb); code != 0 {
			t.Fatalf("exit %d: %s", code, errb.String())
		}
		for _, w := range want {
			if !strings.Contains(out.String(), w) {
				t.Errorf("%s: want %q in\n%s", id, w, out.String())
			}
		}
	}
}
