package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzReader checks the reader contract on any input: no panic, every
// error a *Failure, every article with a 16-hex ID and valid, bounded text.
func fuzzReader(t *testing.T, name string, data []byte, opt Options) {
	opt.MaxArticleBytes = 1 << 16
	for a, err := range ReadFrom(context.Background(), strings.NewReader(string(data)), name, opt) {
		if err != nil {
			var f *Failure
			if !errors.As(err, &f) || f.Reason == "" {
				t.Fatalf("error is not a located *Failure: %v", err)
			}
			continue
		}
		if len(a.ID) != 16 || a.Text == "" || !utf8.ValidString(a.Text) || len(a.Text) > 1<<16 {
			t.Fatalf("bad article: ID %q, %d bytes of text, valid UTF-8 %v", a.ID, len(a.Text), utf8.ValidString(a.Text))
		}
	}
}

func FuzzReadAny(f *testing.F) {
	for _, s := range []string{jsonl, gz(jsonl), rss, atomFeed, "\"\",date,text\n1,2019-01-01,\"a, b\"\n", "[{\"body\": \"x\"}, 1]",
		strings.Replace(page, "%s", "utf-8", 2), "Plain text.\n", string(buildWARC(f, false)), string(buildWARC(f, true))} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { fuzzReader(t, "fuzz", data, Options{}) })
}

func FuzzJSONLines(f *testing.F) {
	f.Add([]byte(jsonl))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzReader(t, "fuzz", data, Options{Format: JSONLines}) })
}

func FuzzCSV(f *testing.F) {
	f.Add([]byte("\"\",date,text,source\n\"3\",2019-04-10,\"Talks.\",G\n"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzReader(t, "fuzz", data, Options{Format: CSV}) })
}

func FuzzHTML(f *testing.F) {
	f.Add([]byte(strings.Replace(page, "%s", "utf-8", 2)))
	f.Add([]byte(strings.Replace(page, "%s", "iso-8859-1", 2)))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzReader(t, "fuzz", data, Options{Format: HTML}) })
}

func FuzzFeed(f *testing.F) {
	f.Add([]byte(rss))
	f.Add([]byte(atomFeed))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzReader(t, "fuzz", data, Options{Format: Feed}) })
}

func FuzzWARC(f *testing.F) {
	f.Add(buildWARC(f, false))
	f.Add(buildWARC(f, true))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzReader(t, "fuzz", data, Options{Format: WARC}) })
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2019-04-10", "26-FEB-1987 15:02:20.00", "April 10, 2019", "1554854400", "Wed, 10 Apr 2019 12:30:00 GMT"} {
		f.Add(s)
	}
	// ParseDate must not panic or hang on any input; its results are checked in TestParseDate.
	f.Fuzz(func(t *testing.T, s string) { ParseDate(s) })
}

func FuzzJSONArray(f *testing.F) {
	for _, s := range []string{"[{\"body\": \"x\"}, 1]", "[{\"text\": \"a \\\" ] }\"}, {\"text\": tru}]", "{\"text\": \"one\"} {\"text\": \"two\"}"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { fuzzReader(t, "fuzz", data, Options{Format: JSONArray}) })
}

// FuzzCSVRows checks that cutting a CSV input into rows before parsing them
// gives the rows encoding/csv reads from the whole input, whenever it
// reads it without error.
func FuzzCSVRows(f *testing.F) {
	for _, s := range []string{"a,b\n1,\"x\ny\"\n\n2,\"q\"\"q\"\r\n", "\"\",date,text\n1,2019-01-01,\"a, b\"\n", "a\tb\n\"1\"\t2"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		whole := csv.NewReader(bytes.NewReader(data))
		whole.FieldsPerRecord = -1
		want, err := whole.ReadAll()
		if err != nil {
			return
		}
		sp := newSplitter(bufio.NewReader(bytes.NewReader(data)), 1<<20)
		var got [][]string
		for {
			err := sp.csvRow(',')
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("csvRow: %v on input encoding/csv reads", err)
			}
			cr := csv.NewReader(bytes.NewReader(sp.buf))
			cr.FieldsPerRecord = -1
			row, err := cr.Read()
			if err == io.EOF {
				continue
			}
			if err != nil {
				t.Fatalf("row %q: %v", sp.buf, err)
			}
			got = append(got, row)
		}
		if !reflect.DeepEqual(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Fatalf("rows cut first: %q\nencoding/csv: %q", got, want)
		}
	})
}
