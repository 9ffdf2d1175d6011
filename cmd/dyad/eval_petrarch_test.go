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
}

// Floors just under the measured figures, so a regression shows.
const (
	petrarchFloor = 241
	tabariFloor   = 299
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
