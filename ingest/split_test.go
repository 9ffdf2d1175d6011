package ingest

import (
	"context"
	"errors"
	"io"
	"runtime"
	"strings"
	"testing"
)

// failureTexts are the messages of fails.
func failureTexts(fails []*Failure) []string {
	var out []string
	for _, f := range fails {
		out = append(out, f.Error())
	}
	return out
}

// checkFailures checks one failure per want, each holding the parts of
// its want separated by "|".
func checkFailures(t *testing.T, name string, fails []*Failure, want []string) {
	t.Helper()
	got := failureTexts(fails)
	if len(got) != len(want) {
		t.Errorf("%s: failures\n%s\nwant %d", name, strings.Join(got, "\n"), len(want))
		return
	}
	for i, w := range want {
		for _, part := range strings.Split(w, "|") {
			if !strings.Contains(got[i], part) {
				t.Errorf("%s: failure %d = %q, want it to contain %q", name, i+1, got[i], part)
			}
		}
	}
}

// Records over the limit, malformed ones and truncated inputs in JSON
// arrays and CSV files: each is reported with its line (and record), and
// the records after it are read.
func TestSplitRecords(t *testing.T) {
	big := strings.Repeat("x", 300)
	cases := []struct {
		name, data string
		texts      []string
		fails      []string
	}{
		{"a.json", "[\n{\"text\": \"one\"},\n{\"text\": \"" + big + "\"},\n{\"text\": \"three\"}\n]",
			[]string{"one", "three"}, []string{"a.json:3: record 2 (byte 19): the record is over the article limit of 100 bytes"}},
		// A bad element no longer ends the input: the next is read.
		{"b.json", "[{\"text\": \"one\"},\n {\"text\": tru},\n {\"text\": \"three\", \"note\": \"a ] and a } in a \\\"string\\\"\"}]",
			[]string{"one", "three"}, []string{"b.json:2: record 2|invalid JSON|the other records are read"}},
		{"c.json", "[{\"text\": \"one\"}, 7, \"s\", null, {\"text\": \"five\"}]",
			[]string{"one", "five"}, []string{"record 2|not a JSON object", "record 3|not a JSON object", "record 4|null, not an object"}},
		{"d.json", "[{\"text\": \"one\"}, {\"text\": \"tw", []string{"one"}, []string{"d.json:1: record 2 (byte 18): the input ends inside this record"}},
		{"e.json", "[{\"text\": \"one\"},\n", []string{"one"}, []string{"e.json:2: record 2|ends before the JSON array is closed"}},
		{"f.json", "{\"text\": \"one\"}\n{\"text\": \"" + big + "\"}\n{\"text\": \"three\"}",
			[]string{"one", "three"}, []string{"f.json:2: record 2|over the article limit"}},
		{"g.json", "\ufeff[]", nil, nil},
		// CSV: a quoted field over the limit spanning lines, a bad quote;
		// the rows after each are read, and lines are counted right.
		{"a.csv", "id,text\n1,first\n2,\"" + big + "\n" + big + "\"\n3,third\n4,\"bad \"quote\" here\"\n5,\"two\nlines\"\n\n6,sixth\n",
			[]string{"first", "third", "two\nlines", "sixth"},
			[]string{"a.csv:3: record 2 (byte 16): the row is over the article limit of 100 bytes", "a.csv:6: record 4|bad CSV row"}},
		{"b.csv", "id,text\n1,first\n2,\"never closed\n3,x\n", []string{"first"}, []string{"b.csv:3: record 2|ends inside a quoted field"}},
		{"c.csv", "text,title\r\n\"a \"\"quoted\"\" word\",T\r\nplain,U", []string{"a \"quoted\" word", "plain"}, nil},
		{"d.csv", "text\n\"" + big + "\"\n", nil, []string{"d.csv:2: record 1|over the article limit"}},
		{"e.csv", "\"" + big + "\",text\n1,2\n", nil, []string{"cannot read the CSV header: the first row is over the article limit"}},
	}
	for _, c := range cases {
		arts, fails := collect(t, c.name, c.data, Options{MaxArticleBytes: 100, Date: day("2020-01-01")})
		var got []string
		for _, a := range arts {
			got = append(got, a.Text)
		}
		if strings.Join(got, "|") != strings.Join(c.texts, "|") {
			t.Errorf("%s: texts %q, want %q", c.name, got, c.texts)
		}
		checkFailures(t, c.name, fails, c.fails)
	}
}

// repeat is an endless supply of one byte, up to n bytes.
type repeat struct {
	c byte
	n int64
}

func (r *repeat) Read(p []byte) (int, error) {
	if r.n <= 0 {
		return 0, io.EOF
	}
	k := min(int64(len(p)), r.n)
	for i := range p[:k] {
		p[i] = r.c
	}
	r.n -= k
	return int(k), nil
}

// A 64 MB record is skipped without being held: reading it allocates a
// small fraction of its size, in a JSON array and in a CSV file.
func TestSplitBoundsMemory(t *testing.T) {
	const huge = 64 << 20
	inputs := map[string]func() io.Reader{
		"huge.json": func() io.Reader {
			return io.MultiReader(strings.NewReader(`[{"text": "`), &repeat{'x', huge}, strings.NewReader(`"}, {"text": "after"}]`))
		},
		"huge.csv": func() io.Reader {
			return io.MultiReader(strings.NewReader("id,text\n1,\""), &repeat{'x', huge}, strings.NewReader("\"\n2,after\n"))
		},
	}
	for name, in := range inputs {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		var got []string
		var fails []string
		for a, err := range ReadFrom(context.Background(), in(), name, Options{MaxArticleBytes: 1 << 20, Date: day("2020-01-01")}) {
			var f *Failure
			switch {
			case errors.As(err, &f):
				fails = append(fails, f.Error())
			case err != nil:
				t.Fatalf("%s: %v", name, err)
			default:
				got = append(got, a.Text)
			}
		}
		runtime.ReadMemStats(&after)
		if len(got) != 1 || got[0] != "after" || len(fails) != 1 || !strings.Contains(fails[0], "over the article limit") {
			t.Errorf("%s: articles %q, failures %q", name, got, fails)
		}
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 8<<20 {
			t.Errorf("%s: reading allocated %d MB for a 64 MB record over a 1 MB limit", name, alloc>>20)
		}
	}
}
