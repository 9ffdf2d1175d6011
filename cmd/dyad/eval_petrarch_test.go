package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

var peersDir = filepath.Join("..", "..", "..", "shared", "peers")

func needPeers(t *testing.T, path string) {
	t.Helper()
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		t.Skipf("peer suite absent (%v): ../shared lives beside the repository", err)
	}
}

type suiteJSON struct {
	Records    int `json:"records"`
	Passed     int `json:"passed"`
	ActorRight int `json:"actor_right"`
	Categories map[string]struct {
		Records    int `json:"records"`
		Passed     int `json:"passed"`
		ActorRight int `json:"actor_right"`
	} `json:"categories"`
}

// TestEvalPetrarch runs the real PETRARCH-2 unit-test records through the
// whole pipeline: the record counts are the suite's (278 evaluated; ACTOR
// 15, AGENT 23, COMPOUND 41) and the pass figures stay above floors set
// just under what was measured (see the commit message for the figures).
func TestEvalPetrarch(t *testing.T) {
	suite := filepath.Join(peersDir, "petrarch2", "PETR.UnitTest.records.xml")
	needPeers(t, suite)
	var out, errb bytes.Buffer
	if code := run([]string{"eval", "petrarch", "--suite", suite, "--json"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var r suiteJSON
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	if r.Records != 278 {
		t.Errorf("%d records, want 278", r.Records)
	}
	for cat, n := range map[string]int{"ACTOR": 15, "AGENT": 23, "COMPOUND": 41, "SYNSET": 52} {
		if got := r.Categories[cat].Records; got != n {
			t.Errorf("%s: %d records, want %d", cat, got, n)
		}
	}
	t.Logf("passed %d/%d, actor-right %d; %+v", r.Passed, r.Records, r.ActorRight, r.Categories)
	if r.Passed < petrarchFloor {
		t.Errorf("passed %d, below the floor %d", r.Passed, petrarchFloor)
	}
	// issue 3: the ACTOR, AGENT and COMPOUND records together give the
	// expected actor codes on at least 90 % of records (72 of 79). The
	// seven others cannot all pass with rules a reader would agree with:
	//
	//   - AGENT-12 and AGENT-13 have the text of AGENT-09 ("The
	//     Calenardhon government condemned an attack by Osgiliath soldiers
	//     in south Ithilen on Thursday") and want CALLEG where AGENT-09
	//     wants CALGOV: their parses read "Congresses" and "Congressmen"
	//     for "government".
	//   - COMPOUND-25 ("Danish media and government warned at the Gondor
	//     of the Prince of Dol Amroth.") wants DOL and 162 from the
	//     dictionary's "WARN - * AT ^ + [162]"; COMPOUND-27 ("The Danish
	//     Islamist media and government warned at the Gondor of the Prince
	//     of Dol Amroth.") wants GON and 160 for the same words (its note:
	//     the parse was edited to code that way). At most one passes.
	//   - COMPOUND-26 ("The Danish media and government warned the
	//     population of Gondor ...") wants ---GOV for "government", where
	//     COMPOUND-27 ("The Danish Islamist media and government") wants
	//     the adjectives carried over (DNKMUSGOV), as COMPOUND-25 does
	//     (DNKGOV).
	//   - COMPOUND-32 ("Resumption of ties between Arnor and Gondor may
	//     spur reconciliation between Calenardhon and Gondor, and Gondor
	//     and Dagolath, ...") wants the first pair of targets only, none
	//     with Dagolath (its note: beyond automated coding).
	//   - COMPOUND-34 and COMPOUND-35 want "###" for "the Nasgul", whose
	//     entry the suite's actor file comments out ("#NASGUL [###]").
	actors := 0
	for _, cat := range []string{"ACTOR", "AGENT", "COMPOUND"} {
		actors += r.Categories[cat].ActorRight
	}
	if actors < 72 {
		t.Errorf("ACTOR, AGENT and COMPOUND: %d of 79 actor-right, below the issue's 90 %% (72)", actors)
	}
}

// Floors just under the measured figures, so a regression shows.
const (
	petrarchFloor = 244
	tabariFloor   = 410
)

// TestEvalPetrarchNewActors: the ACTOR records set PETRARCH's
// new_actor_length with <Config>: 4 lets ACTOR-01 and ACTOR-02 code the
// uncoded phrases "GRYFFINDOR HEAD MINERVA MCGONAGALL" and "THE MINISTRY
// OF MAGIC" as actors of their own; 3 leaves ACTOR-03 with no event.
func TestEvalPetrarchNewActors(t *testing.T) {
	suite := filepath.Join(peersDir, "petrarch2", "PETR.UnitTest.records.xml")
	needPeers(t, suite)
	var out, errb bytes.Buffer
	if code := run([]string{"eval", "petrarch", "--suite", suite, "--category", "ACTOR", "--json", "--verbose"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var r struct {
		suiteJSON
		Failures []struct {
			ID string `json:"id"`
		} `json:"failures"`
	}
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	for _, f := range r.Failures {
		switch f.ID {
		case "ACTOR-01", "ACTOR-02", "ACTOR-03":
			t.Errorf("%s fails: %s", f.ID, out.String())
		}
	}
	if r.Records != 15 {
		t.Errorf("%d ACTOR records, want 15", r.Records)
	}
}

// TestEvalPetrarchTrace: --trace prints the named record's tokens,
// mentions, events and triples, and an unknown ID is an error.
func TestEvalPetrarchTrace(t *testing.T) {
	suite := filepath.Join(peersDir, "petrarch2", "PETR.UnitTest.records.xml")
	needPeers(t, suite)
	var out, errb bytes.Buffer
	if code := run([]string{"eval", "petrarch", "--suite", suite, "--trace", "COMPOUND-25"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	for _, want := range []string{"== COMPOUND-25 (COMPOUND, line 3302)", `"Prince of Dol Amroth" person code="DOL"`,
		"event warned DNKMED -> ", "want DNKMED/DOL/162 DNKGOV/DOL/162\ngot  DNKMED/DOL/162 DNKGOV/DOL/162"} {
		if !bytes.Contains(out.Bytes(), []byte(want)) {
			t.Errorf("no %q in:\n%s", want, out.String())
		}
	}
	out.Reset()
	if code := run([]string{"eval", "petrarch", "--suite", suite, "--trace", "NO-SUCH-ID"}, &out, &errb); code == 0 {
		t.Errorf("an unknown ID exits 0: %s", out.String())
	}
}
