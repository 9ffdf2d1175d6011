package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// dyad runs the command line in-process and returns stdout, stderr and the
// exit code.
func dyad(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, &out, &errOut)
	return out.String(), errOut.String(), code
}

func TestUsageAndUnknownCommand(t *testing.T) {
	_, errOut, code := dyad(t)
	if code != 2 || !strings.Contains(errOut, "ingest") {
		t.Errorf("no args: code %d, usage %q", code, errOut)
	}
	_, errOut, code = dyad(t, "frobnicate")
	if code != 2 || !strings.Contains(errOut, `unknown command "frobnicate"`) {
		t.Errorf("unknown command: code %d, %q", code, errOut)
	}
}

// TestIngestSamples runs the README's main job on the bundled samples: a
// second run adds nothing, and stats, query and every export format work on
// the result.
func TestIngestSamples(t *testing.T) {
	db := filepath.Join(t.TempDir(), "dyad.db")
	samples := filepath.Join("..", "..", "samples")
	out, errOut, code := dyad(t, "ingest", samples, "--db", db, "--quiet")
	if code != 0 {
		t.Fatalf("ingest: code %d\n%s\n%s", code, out, errOut)
	}
	if !strings.Contains(out, "9 articles read, 9 coded") {
		t.Errorf("summary: %s", out)
	}
	stats := func() map[string]any {
		out, errOut, code := dyad(t, "stats", "--db", db, "--json")
		if code != 0 {
			t.Fatalf("stats: %d %s", code, errOut)
		}
		var s map[string]any
		if err := json.Unmarshal([]byte(out), &s); err != nil {
			t.Fatal(err)
		}
		return s
	}
	first := stats()
	if first["articles"].(float64) != 9 || first["failures"].(float64) != 0 {
		t.Errorf("stats after one run: %v", first)
	}
	// a side no dictionary codes shows as "-" in the table, never as nothing
	// (the samples' Armenian forces act against those named only by words)
	out, _, _ = dyad(t, "stats", "--db", db)
	if !strings.Contains(out, "ARMMIL>-") || strings.Contains(out, "> ") {
		t.Errorf("stats table: uncoded sides not shown as '-':\n%s", out)
	}
	out, _, code = dyad(t, "ingest", samples, "--db", db, "--quiet")
	if code != 0 || !strings.Contains(out, "9 already stored") {
		t.Errorf("second run: %s", out)
	}
	second := stats()
	for _, k := range []string{"articles", "events", "mentions", "quotes"} {
		if first[k] != second[k] {
			t.Errorf("second run changed %s: %v → %v", k, first[k], second[k])
		}
	}
	for _, f := range []string{"jsonl", "csv", "plover", "gdelt", "table"} {
		if _, errOut, code := dyad(t, "export", "--db", db, "--format", f); code != 0 {
			t.Errorf("export %s: %d %s", f, code, errOut)
		}
	}
	pq := filepath.Join(t.TempDir(), "events.parquet")
	if _, errOut, code := dyad(t, "export", "--db", db, "--format", "parquet", "--out", pq); code != 0 {
		t.Errorf("export parquet: %d %s", code, errOut)
	} else if b, err := os.ReadFile(pq); err != nil || !bytes.HasPrefix(b, []byte("PAR1")) {
		t.Errorf("parquet file does not start with PAR1: %v", err)
	}
	if _, errOut, code := dyad(t, "query", "--db", db, "--dyad", "USA>RUS", "--json"); code != 0 {
		t.Errorf("query: %d %s", code, errOut)
	}
	// --json writes the documented records (docs/jsonl.md): clustered
	// events, and with --mentions the schema dyad code writes
	for _, c := range []struct {
		args []string
		keys []string
	}{
		{[]string{"query", "--db", db, "--json", "--limit", "1"}, []string{"id", "date", "date_precision", "source", "cameo", "quad_class", "num_mentions"}},
		{[]string{"query", "--db", db, "--json", "--limit", "1", "--mentions"}, []string{"id", "event_id", "article_id", "cameo", "evidence"}},
	} {
		out, errOut, code := dyad(t, c.args...)
		var rec map[string]any
		if code != 0 || json.Unmarshal([]byte(out), &rec) != nil {
			t.Errorf("%v: %d %s %q", c.args, code, errOut, out)
			continue
		}
		for _, k := range c.keys {
			if _, ok := rec[k]; !ok {
				t.Errorf("%v: no %q in %v", c.args, k, rec)
			}
		}
	}
}

func TestReadCommandsRefuseMissingDatabase(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nope.db")
	for _, cmd := range []string{"stats", "query", "export"} {
		_, errOut, code := dyad(t, cmd, "--db", missing)
		if code == 0 || !strings.Contains(errOut, "no database at "+missing) {
			t.Errorf("%s on a missing db: code %d, %q", cmd, code, errOut)
		}
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("a read command created the database")
	}
}

func TestBadFlagsAreUsageErrors(t *testing.T) {
	cases := [][]string{
		{"query", "--dyad", "USARUS"},
		{"query", "--from", "March 2"},
		{"export", "--format", "xml"},
		{"ingest"},
		{"code", "--format", "parquet"},
	}
	for _, c := range cases {
		if _, errOut, code := dyad(t, c...); code != 2 {
			t.Errorf("%v: code %d, want 2 (%s)", c, code, errOut)
		}
	}
}

// TestCodeExplainQuotePieces: a quotation the writer breaks with its cue is
// one quote, shown by its pieces without the cue between them.
func TestCodeExplainQuotePieces(t *testing.T) {
	in := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(in, []byte("\"We came to talk,\" Blinken said, \"and to listen.\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := dyad(t, "code", in, "--explain")
	if code != 0 {
		t.Fatalf("code %d: %s", code, errOut)
	}
	if !strings.Contains(out, `Blinken (USAGOV): "We came to talk, … and to listen." [1,48)`) || strings.Count(out, "Blinken (") != 1 {
		t.Errorf("quotes:\n%s", out)
	}
}

// TestCodeQuotesJSONL: --quotes writes each quote as a JSON line: a
// quotation broken by its cue as its pieces, and an indirect quote with the
// fragment quoted in it, its span taking in both quotation marks.
func TestCodeQuotesJSONL(t *testing.T) {
	in := filepath.Join(t.TempDir(), "a.txt")
	text := "\"We came to talk,\" Blinken said, \"and to listen.\" He said Moscow should \"reverse its decision\".\n"
	if err := os.WriteFile(in, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := dyad(t, "code", in, "--date", "2023-03-03", "--quotes")
	if code != 0 {
		t.Fatalf("code %d: %s", code, errOut)
	}
	want := `{"article_id":"%[1]s","index":0,"date":"2023-03-03","speaker":"Antony Blinken","speaker_code":"USAGOV","kind":"direct","text":"We came to talk, … and to listen.","span":[1,48],"pieces":[[1,17],[34,48]]}
{"article_id":"%[1]s","index":1,"date":"2023-03-03","speaker":"Antony Blinken","speaker_code":"USAGOV","kind":"indirect","text":"Moscow should \"reverse its decision\"","span":[58,94],"pieces":[[73,93]]}
`
	id := ""
	if i := strings.Index(out, `"article_id":"`); i >= 0 && len(out) > i+30 {
		id = out[i+14 : i+30]
	}
	if out != fmt.Sprintf(want, id) {
		t.Errorf("quotes:\n%s\nwant:\n%s", out, fmt.Sprintf(want, id))
	}
	if text[58:94] != `Moscow should "reverse its decision"` {
		t.Errorf("the test's offsets are off: %q", text[58:94])
	}
	if _, _, code := dyad(t, "code", in, "--quotes", "--format", "csv"); code != 2 {
		t.Errorf("--quotes --format csv: code %d, want 2", code)
	}
}

// TestBenchRounds runs dyad bench on the samples in two rounds: each phase
// codes every article once per round, and both phases find the same
// sentences and events.
func TestBenchRounds(t *testing.T) {
	out, errOut, code := dyad(t, "bench", filepath.Join("..", "..", "samples"), "--rounds", "2", "--batch", "4", "--json")
	if code != 0 {
		t.Fatalf("bench: code %d\n%s", code, errOut)
	}
	var res struct {
		Rounds int        `json:"rounds"`
		Runs   []benchRun `json:"runs"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if res.Rounds != 2 || len(res.Runs) != 2 {
		t.Fatalf("bench output: %s", out)
	}
	code0, ingest0 := res.Runs[0], res.Runs[1]
	if code0.Articles != 2*9 || ingest0.Articles != code0.Articles {
		t.Errorf("articles coded %d and stored %d, want 18 each (9 samples, 2 rounds)", code0.Articles, ingest0.Articles)
	}
	if code0.Sentences == 0 || ingest0.Sentences != code0.Sentences || ingest0.Events != code0.Events {
		t.Errorf("phases differ: %+v vs %+v", code0, ingest0)
	}
	for _, r := range res.Runs {
		if want := float64(r.Sentences) / r.CPUSeconds; r.CPUSeconds <= 0 || math.Abs(r.SentencesPerCPUS-want) > 1e-6*want {
			t.Errorf("%s: sentences_per_cpu_s %v, want sentences/cpu_seconds = %v", r.Phase, r.SentencesPerCPUS, want)
		}
	}
}

// TestBenchParser times a parser model file in place of the embedded one:
// the shipped model's file codes the samples as the embedded model does,
// and a missing file is an error before anything is timed.
func TestBenchParser(t *testing.T) {
	samples := filepath.Join("..", "..", "samples")
	events := func(args ...string) (int64, string) {
		t.Helper()
		out, errOut, code := dyad(t, append([]string{"bench", samples, "--workers", "1", "--json"}, args...)...)
		if code != 0 {
			t.Fatalf("bench %v: code %d\n%s", args, code, errOut)
		}
		var res struct {
			Parser string     `json:"parser"`
			Runs   []benchRun `json:"runs"`
		}
		if err := json.Unmarshal([]byte(out), &res); err != nil || len(res.Runs) != 2 {
			t.Fatalf("bench %v: %v\n%s", args, err, out)
		}
		return res.Runs[0].Events, res.Parser
	}
	file := filepath.Join("..", "..", "syntax", "parser", "model", "parser.bin")
	embedded, p0 := events()
	fromFile, p1 := events("--parser", file)
	if embedded == 0 || fromFile != embedded {
		t.Errorf("events: %d with the embedded model, %d with --parser %s", embedded, fromFile, file)
	}
	if p0 != "" || p1 != file {
		t.Errorf("parser reported %q and %q, want \"\" and %q", p0, p1, file)
	}
	if _, errOut, code := dyad(t, "bench", samples, "--parser", filepath.Join(t.TempDir(), "none.bin")); code == 0 || !strings.Contains(errOut, "none.bin") {
		t.Errorf("missing model: code %d, %q", code, errOut)
	}
}
