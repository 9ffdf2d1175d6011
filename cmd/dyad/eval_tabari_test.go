package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"testing"
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
