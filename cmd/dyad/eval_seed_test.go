package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// jsonKeys returns the keys of a JSON object in the order written.
func jsonKeys(t *testing.T, s string) []string {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(s))
	var keys []string
	depth := 0
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch v := tok.(type) {
		case json.Delim:
			if v == '{' || v == '[' {
				depth++
			} else {
				depth--
			}
		case string:
			if depth == 1 && dec.More() {
				keys = append(keys, v)
				var skip json.RawMessage
				if err := dec.Decode(&skip); err != nil {
					t.Fatalf("%v in %s", err, s)
				}
			}
		}
	}
	return keys
}

// The seed example runs end to end and prints the figures the task fixes,
// in order. What dyad finds depends on every stage, so only the totals of
// the gold are asserted.
func TestEvalSeedJSON(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "examples", "seed-g20-new-delhi")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("seed example absent (%v): needs ../shared beside the repository", err)
	}
	out, errOut, code := dyad(t, "eval", "seed", "--dir", dir, "--json")
	if code != 0 {
		t.Fatalf("code %d: %s", code, errOut)
	}
	want := []string{"required_found", "required_total", "optional_found", "forbidden_found", "quotes_right",
		"quotes_total", "entities_right", "entities_total", "contested"}
	if got := jsonKeys(t, out); !reflect.DeepEqual(got, want) {
		t.Errorf("keys %v, want %v", got, want)
	}
	var f map[string]any
	json.Unmarshal([]byte(out), &f)
	if f["required_total"] != 6.0 || f["quotes_total"] != 7.0 || f["entities_total"] != 19.0 {
		t.Errorf("totals: %s", out)
	}
	out, _, code = dyad(t, "eval", "seed", "--dir", dir)
	if code != 0 || !strings.Contains(out, "required events  ") || !strings.Contains(out, "events coded (") {
		t.Errorf("report (code %d):\n%s", code, out)
	}
	if _, _, code := dyad(t, "eval", "seed", dir); code != 2 {
		t.Errorf("a directory without --dir: code %d, want 2", code)
	}
}

func TestEvalPloverDyadsCommand(t *testing.T) {
	name := filepath.Join(t.TempDir(), "dyads.tsv")
	const tsv = "uid\tsentence_id\tgold_penta\tgold_root\tsentence\tmarked_sentence\tsource\ttarget\n" +
		"\t1\t4\tASSAULT\tRussia attacked Ukraine.\t<s>Russia</s> attacked <t>Ukraine</t>.\tRussia\tUkraine\n" +
		"\t2\t1\tCONSULT\tFrance met Germany in Paris.\t<s>France</s> met <t>Germany</t> in Paris.\tFrance\tGermany\n"
	if err := os.WriteFile(name, []byte(tsv), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := dyad(t, "eval", "plover-dyads", name, "--json")
	if code != 0 {
		t.Fatalf("code %d: %s", code, errOut)
	}
	want := []string{"dyads", "root_accuracy", "root_macro_f1", "quad_accuracy", "quad_macro_f1",
		"spans", "spans_resolved", "coverage", "source_coverage", "target_coverage"}
	if got := jsonKeys(t, out); !reflect.DeepEqual(got, want) {
		t.Errorf("keys %v, want %v", got, want)
	}
	var f struct {
		Dyads  int      `json:"dyads"`
		Spans  int      `json:"spans"`
		Sample []string `json:"sample"`
	}
	sample := func(seed string) []string {
		out, errOut, code := dyad(t, "eval", "plover-dyads", "--json", "--sample", "3", "--seed", seed, name)
		if code != 0 {
			t.Fatalf("code %d: %s", code, errOut)
		}
		if err := json.Unmarshal([]byte(out), &f); err != nil {
			t.Fatal(err)
		}
		return f.Sample
	}
	a, b := sample("7"), sample("7")
	if f.Dyads != 2 || f.Spans != 4 || len(a) != 3 || !reflect.DeepEqual(a, b) {
		t.Errorf("dyads %d spans %d, sample %q then %q: want 2, 4 and the same 3 spans twice", f.Dyads, f.Spans, a, b)
	}
	out, _, code = dyad(t, "eval", "plover-dyads", name, "--show", "1")
	if code != 0 || !strings.Contains(out, "dyads 2\n") || !strings.Contains(out, "actor coverage") {
		t.Errorf("report (code %d):\n%s", code, out)
	}
	if _, _, code := dyad(t, "eval", "plover-dyads", name, name); code != 2 {
		t.Errorf("two files: code %d, want 2", code)
	}
}

func TestEvalQuotesCommand(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "dev")
	const text = `The minister said: "We will hold talks next week."`
	files := map[string]string{
		"text/a.txt":              text,
		"attributions/a_x1.ann":   "T1\tSource 4 12\tminister\nT2\tContent 19 50\t\"We will hold talks next week.\"\nE1\tContent:T2 Source:T1\n",
		"../metadata.tsv":         "compartment\tfilename\tpublication_date\nx\ta\t2020-01-02\n",
		"attributions/README.txt": "not an annotation",
	}
	for n, body := range files {
		p := filepath.Join(dir, n)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, errOut, code := dyad(t, "eval", "quotes", dir, "--json")
	if code != 0 {
		t.Fatalf("code %d: %s", code, errOut)
	}
	if got, want := jsonKeys(t, out), []string{"direct", "indirect", "articles"}; !reflect.DeepEqual(got, want) {
		t.Errorf("keys %v, want %v", got, want)
	}
	var f struct {
		Direct   map[string]float64 `json:"direct"`
		Articles int                `json:"articles"`
	}
	json.Unmarshal([]byte(out), &f)
	if f.Articles != 1 || len(f.Direct) != 4 {
		t.Errorf("figures: %s", out)
	}
	out, _, code = dyad(t, "eval", "quotes", dir, "--show", "2")
	if code != 0 || !strings.Contains(out, "articles 1;") || !strings.Contains(out, "with --join-pieces true") {
		t.Errorf("report (code %d):\n%s", code, out)
	}
}
