package main

import (
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestParseInputs: dyad parse reads what dyad code reads. One article
// prints as plain CoNLL-U; several each under a newdoc line, with sentence
// IDs unique in the output; a gzipped file is read as its content; a
// binary or missing file is an error that names it.
func TestParseInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	txt := write("a.txt", "Kenya met Uganda. They talked.\n")
	out, errOut, code := dyad(t, "parse", txt)
	if code != 0 {
		t.Fatalf("text: code %d: %s", code, errOut)
	}
	for _, want := range []string{"# sent_id = 1\n# text = Kenya met Uganda.\n", "2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t", "# sent_id = 2\n# text = They talked.\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("text: output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "newdoc") {
		t.Errorf("text: one article has a newdoc line:\n%s", out)
	}

	records := `{"text": "Kenya &amp; Uganda met. They talked."}` + "\n" + `{"text": "Uganda left."}` + "\n"
	jsonl := write("r.jsonl", records)
	var gzbuf strings.Builder
	zw := gzip.NewWriter(&gzbuf)
	zw.Write([]byte(records))
	zw.Close()
	gz := write("r.jsonl.gz", gzbuf.String())
	for _, p := range []string{jsonl, gz} {
		out, errOut, code := dyad(t, "parse", p)
		if code != 0 {
			t.Fatalf("%s: code %d: %s", p, code, errOut)
		}
		docs := regexp.MustCompile(`(?m)^# newdoc id = (\S+)$`).FindAllStringSubmatch(out, -1)
		ids := regexp.MustCompile(`(?m)^# sent_id = (\S+)$`).FindAllStringSubmatch(out, -1)
		if len(docs) != 2 || len(ids) != 3 {
			t.Fatalf("%s: %d newdoc and %d sent_id lines, want 2 and 3:\n%s", p, len(docs), len(ids), out)
		}
		want := []string{docs[0][1] + "-1", docs[0][1] + "-2", docs[1][1] + "-1"}
		for i, id := range ids {
			if id[1] != want[i] {
				t.Errorf("%s: sentence %d has ID %s, want %s", p, i+1, id[1], want[i])
			}
		}
		if !strings.Contains(out, "# text = Kenya & Uganda met.\n") {
			t.Errorf("%s: the record's reference is not decoded:\n%s", p, out)
		}
	}

	bin := write("b.dat", "\x00\x01\x02\xff\xfe binary \x00\x00")
	for _, c := range []struct{ path, want string }{
		{bin, bin},
		{filepath.Join(dir, "missing.txt"), "cannot read " + filepath.Join(dir, "missing.txt")},
	} {
		out, errOut, code := dyad(t, "parse", c.path)
		if code != 1 || out != "" || !strings.Contains(errOut, c.want) {
			t.Errorf("%s: code %d, stdout %q, stderr %q; want code 1, nothing out, an error naming it", c.path, code, out, errOut)
		}
	}
}

// TestDatePrecision: an event dated by a year only is written as its first
// day with date_precision "year", by dyad code and, through the store, by
// dyad export; one dated by the day has "day".
func TestDatePrecision(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "a.jsonl")
	data := `{"text": "Kenya invaded Uganda in 1980. Kenya criticised Uganda on Tuesday.", "date": "2017-10-05"}` + "\n"
	if err := os.WriteFile(in, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"190": "1980-01-01 year", "110": "2017-10-03 day"}
	check := func(what, out string) {
		t.Helper()
		got := map[string]string{}
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			var r struct{ Cameo, Date, Date_precision string }
			if err := json.Unmarshal([]byte(line), &r); err != nil {
				t.Fatalf("%s: %v in %q", what, err, line)
			}
			got[r.Cameo] = r.Date + " " + r.Date_precision
		}
		for code, w := range want {
			if got[code] != w {
				t.Errorf("%s: event %s dated %q, want %q (all: %v)", what, code, got[code], w, got)
			}
		}
	}
	out, errOut, code := dyad(t, "code", in, "--format", "jsonl")
	if code != 0 {
		t.Fatalf("code: %d %s", code, errOut)
	}
	check("dyad code", out)
	db := filepath.Join(dir, "d.db")
	if _, errOut, code := dyad(t, "ingest", in, "--db", db, "--quiet"); code != 0 {
		t.Fatalf("ingest: %d %s", code, errOut)
	}
	out, errOut, code = dyad(t, "export", "--db", db, "--format", "jsonl")
	if code != 0 {
		t.Fatalf("export: %d %s", code, errOut)
	}
	check("dyad export", out)
	// the table people read shows a date as far as the text gave it
	out, errOut, code = dyad(t, "code", in)
	if code != 0 || !regexp.MustCompile(`(?m)^1980 +KEN +UGA +190 `).MatchString(out) || !regexp.MustCompile(`(?m)^2017-10-03 +KEN +UGA +110 `).MatchString(out) {
		t.Errorf("code table: code %d, %s\n%s", code, errOut, out)
	}
	out, errOut, code = dyad(t, "query", "--db", db, "--mentions")
	if code != 0 || !regexp.MustCompile(`(?m)^1980 +KEN +UGA +190 `).MatchString(out) {
		t.Errorf("query --mentions: code %d, %s\n%s", code, errOut, out)
	}
}
