package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dyad/doc"
)

// collect reads everything from one stream.
func collect(t *testing.T, name, data string, opt Options) ([]doc.Article, []*Failure) {
	t.Helper()
	var arts []doc.Article
	var fails []*Failure
	for a, err := range ReadFrom(context.Background(), strings.NewReader(data), name, opt) {
		if err != nil {
			var f *Failure
			if !errors.As(err, &f) {
				t.Fatalf("%s: error is not a *Failure: %v", name, err)
			}
			fails = append(fails, f)
			continue
		}
		arts = append(arts, a)
	}
	return arts, fails
}

func gz(s string) string {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.String()
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

const jsonl = `{"id": 7, "title": "Ministers meet", "text": "The foreign ministers met in Geneva on Monday.", "date": "2019-04-10", "url": "https://www.Example.org/a?utm_source=x#top", "source": "Wire"}
{"headline": "Border clash", "body": "Troops exchanged fire at the border.", "published": "April 10, 2019"}
{"broken": 
{"content": "", "title": "empty"}
{"article": "Aid arrived by truck.", "publish_date": 1554854400, "publisher": {"name": "Daily"}}
`

func TestReadRecords(t *testing.T) {
	cases := []struct {
		name, data string
		opt        Options
		want       []doc.Article // ID is checked separately
		fails      []string      // substrings of each failure, in order
	}{
		{"a.jsonl", jsonl, Options{}, []doc.Article{
			{URL: "https://www.Example.org/a?utm_source=x#top", Outlet: "Wire", Title: "Ministers meet", Published: day("2019-04-10"), Text: "The foreign ministers met in Geneva on Monday."},
			{Title: "Border clash", Published: day("2019-04-10"), Text: "Troops exchanged fire at the border."},
			{Outlet: "Daily", Published: day("2019-04-10"), Text: "Aid arrived by truck."},
		}, []string{"a.jsonl:3: record 3 (byte 296): invalid JSON", "a.jsonl:4: record 4", "no article text"}},
		{"a.jsonl.gz", gz(jsonl), Options{}, nil, nil}, // same as above: checked below
		{"x.json", `[{"attrs": {"newid": "5"}, "date": "26-FEB-1987 15:02:20.00", "title": "COCOA", "body": "Showers continued."}, 3, {"body": ""}]`,
			Options{Fields: Fields{ID: "attrs.newid"}}, []doc.Article{
				{Title: "COCOA", Published: time.Date(1987, 2, 26, 15, 2, 20, 0, time.UTC), Text: "Showers continued."},
			}, []string{"record 2", "not a JSON object", "record 3", "no article text"}},
		{"x.csv", "\"\",date,text,source\n\"3\",2019-04-10,\"Talks, and more talks.\",Guardian\n4,2019-04-11,\"bad \"quote\" here\",G\n5,notadate,Text.,G\n",
			Options{}, []doc.Article{
				{Outlet: "Guardian", Published: day("2019-04-10"), Text: "Talks, and more talks."},
			}, []string{"x.csv:3: record 2", "bad CSV row", "x.csv:4: record 3", "cannot read date \"notadate\""}},
		{"t.tsv", "title\tbody\nHello\tTabs work.\n", Options{Outlet: "Desk", Date: day("2020-01-01")}, []doc.Article{
			{Title: "Hello", Outlet: "Desk", Published: day("2020-01-01"), Text: "Tabs work."},
		}, nil},
		{"custom.jsonl", `{"msg": "Hello there.", "when": "2021-05-06T07:08:09Z"}` + "\n", Options{Fields: Fields{Text: "msg", Date: "when"}},
			[]doc.Article{{Published: time.Date(2021, 5, 6, 7, 8, 9, 0, time.UTC), Text: "Hello there."}}, nil},
		{"big.jsonl", `{"text": "` + strings.Repeat("x", 300) + `"}` + "\n" + `{"text": "small"}` + "\n", Options{MaxArticleBytes: 100},
			[]doc.Article{{Text: "small"}}, []string{"big.jsonl:1: record 1", "over the article limit of 100 bytes"}},
		{"latin.jsonl", "{\"text\": \"caf\xe9\"}\n", Options{}, []doc.Article{{Text: "caf\ufffd"}}, nil}, // encoding/json replaces bad bytes
		{"bad.csv", "a,b\n1,2\n", Options{}, nil, []string{"no text column"}},
	}
	for _, c := range cases {
		if c.name == "a.jsonl.gz" {
			c.want, c.fails = cases[0].want, []string{"a.jsonl.gz:3: record 3", "a.jsonl.gz:4: record 4"}
		}
		arts, fails := collect(t, c.name, c.data, c.opt)
		if len(arts) != len(c.want) {
			t.Errorf("%s: %d articles, want %d (failures %v)", c.name, len(arts), len(c.want), fails)
			continue
		}
		for i, a := range arts {
			w := c.want[i]
			if a.ID == "" || len(a.ID) != 16 {
				t.Errorf("%s #%d: bad ID %q", c.name, i, a.ID)
			}
			a.ID = ""
			if !a.Published.Equal(w.Published) {
				t.Errorf("%s #%d: date %v, want %v", c.name, i, a.Published, w.Published)
			}
			a.Published, w.Published = time.Time{}, time.Time{}
			if a != w {
				t.Errorf("%s #%d:\n got %+v\nwant %+v", c.name, i, a, w)
			}
		}
		all := ""
		for _, f := range fails {
			all += f.Error() + "\n"
		}
		for _, s := range c.fails {
			if !strings.Contains(all, s) {
				t.Errorf("%s: failures lack %q:\n%s", c.name, s, all)
			}
		}
	}
}

func TestArticleID(t *testing.T) {
	same := []string{"https://www.example.org/a/?utm_source=x", "http://example.org/a#frag", "HTTPS://EXAMPLE.ORG/a/"}
	id := ArticleID(same[0], "x")
	for _, u := range same[1:] {
		if got := ArticleID(u, "y"); got != id {
			t.Errorf("ArticleID(%q) = %s, want %s as for %q", u, got, id, same[0])
		}
	}
	if ArticleID("", "one text") == ArticleID("", "another text") {
		t.Error("different texts must get different IDs")
	}
	if ArticleID("https://example.org/b", "") == id {
		t.Error("different URLs must get different IDs")
	}
	// The ID is a published contract (resume depends on it): pin one value.
	// Values from `printf 'text:The foreign ministers met.' | sha256sum | cut -c1-16`.
	if got := ArticleID("", "The foreign ministers met."); got != "99f2c18cca3a8a60" {
		t.Errorf("ArticleID of a text = %s, want 99f2c18cca3a8a60", got)
	}
	if id != "010cec320b0ab0d0" {
		t.Errorf("ArticleID of https://example.org/a = %s, want 010cec320b0ab0d0", id)
	}
}

func TestParseDate(t *testing.T) {
	cases := []struct {
		in   string
		want time.Time
	}{
		{"2019-04-10", day("2019-04-10")},
		{"2019-04-10T12:30:00Z", time.Date(2019, 4, 10, 12, 30, 0, 0, time.UTC)},
		{"2019-04-10T12:30:00+02:00", time.Date(2019, 4, 10, 10, 30, 0, 0, time.UTC)},
		{"Wed, 10 Apr 2019 12:30:00 GMT", time.Date(2019, 4, 10, 12, 30, 0, 0, time.UTC)},
		{"Wed, 10 Apr 2019 12:30:00 +0000", time.Date(2019, 4, 10, 12, 30, 0, 0, time.UTC)},
		{"26-FEB-1987 15:02:20.00", time.Date(1987, 2, 26, 15, 2, 20, 0, time.UTC)},
		{" 5-MAR-1987 09:00:01.10", time.Date(1987, 3, 5, 9, 0, 1, 100e6, time.UTC)},
		{"April 10, 2019", day("2019-04-10")},
		{"10 April 2019", day("2019-04-10")},
		{"1554854400", day("2019-04-10")},
		{"1554854400000", day("2019-04-10")},
		{"27-MAR-1987 13:58:01.19&#5;&#5;&#5;E A R", time.Date(1987, 3, 27, 13, 58, 1, 190e6, time.UTC)},
		{"9-APR-1987 00:00:00.00    # date added by hand", day("1987-04-09")},
		{"31-MAR-1987 605:12:19.12", day("1987-03-31")},
	}
	for _, c := range cases {
		got, ok := ParseDate(c.in)
		if !ok || !got.Equal(c.want) {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", c.in, got, ok, c.want)
		}
	}
	for _, bad := range []string{"", "yesterday", "2019-13-45", "12345", "Monday next week"} {
		if _, ok := ParseDate(bad); ok {
			t.Errorf("ParseDate(%q) should fail", bad)
		}
	}
}

func TestTruncatedGzip(t *testing.T) {
	var lines strings.Builder
	for i := 0; i < 2000; i++ {
		lines.WriteString(`{"text": "Story number ` + strings.Repeat("z", i%50) + `."}` + "\n")
	}
	z := gz(lines.String())
	arts, fails := collect(t, "cut.jsonl.gz", z[:len(z)/2], Options{})
	if len(arts) == 0 || len(arts) >= 2000 {
		t.Fatalf("got %d articles from half a gzip stream", len(arts))
	}
	if len(fails) != 1 || !strings.Contains(fails[0].Error(), "truncated") {
		t.Fatalf("want one truncation failure, got %v", fails)
	}
}

func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestReadFolder(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a", "story.txt"), "Ministers met in Geneva.\n\nThey talked.\n")
	write(t, filepath.Join(dir, "a", "story.meta"), "# sidecar\ndate: 2023-03-02\noutlet: Kyodo News\ntitle: Ministers meet\n")
	write(t, filepath.Join(dir, "b", "plain.txt"), "Aid arrived.")
	write(t, filepath.Join(dir, "b", "README.md"), "# About this folder\n")
	write(t, filepath.Join(dir, "b", "image.png"), "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	write(t, filepath.Join(dir, "b", "binary.txt"), "\x00\x01\x02\x03binary\x00")
	write(t, filepath.Join(dir, "b", "latin1.txt"), "Caf\xe9 talks.")
	write(t, filepath.Join(dir, "c", "bad.txt"), "Text.")
	write(t, filepath.Join(dir, "c", "bad.meta"), "date: someday\n")
	write(t, filepath.Join(dir, "c", "data.txt"), `{"text": "JSON lines in a .txt file."}`+"\n")
	write(t, filepath.Join(dir, ".hidden", "x.txt"), "never read")
	var got []string
	for a, err := range Read(context.Background(), []string{dir, filepath.Join(dir, "missing")}, Options{Date: day("2020-01-01")}) {
		if err != nil {
			got = append(got, "fail "+strings.TrimPrefix(err.Error(), dir+"/"))
			continue
		}
		got = append(got, a.Published.Format("2006-01-02")+" "+a.Outlet+"|"+a.Title+"|"+a.Text)
	}
	want := []string{
		"2023-03-02 Kyodo News|Ministers meet|Ministers met in Geneva.\n\nThey talked.",
		"fail b/README.md: skipped: looks like Markdown documentation, not an article (extension .md); name its format to read it anyway (dyad ingest --format text; dyad code or parse --input text)",
		"fail b/binary.txt: skipped: not text (binary data)",
		"fail b/image.png: skipped: not text (image/png)",
		"fail b/latin1.txt: text is not valid UTF-8 (first bad byte at 3 of the text); convert the input to UTF-8 (e.g. iconv -f windows-1252 -t utf-8), or fix its declared charset",
		"2020-01-01 |" + "|Aid arrived.",
		`fail c/bad.txt: sidecar ` + filepath.Join(dir, "c", "bad.meta") + `: cannot read date "someday"; write it as 2006-01-02 or RFC 3339 (2006-01-02T15:04:05Z)`,
		"2020-01-01 ||JSON lines in a .txt file.",
		"fail missing: cannot open: no such file or directory; check the path and its permissions",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestSniff(t *testing.T) {
	cases := []struct {
		name, head string
		want       Format
	}{
		{"x.txt", "WARC/1.1\r\n", WARC},
		{"x", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", Feed},
		{"x.xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\">", Feed},
		{"x.txt", "<!DOCTYPE html><html>", HTML},
		{"x.html", "\ufeff  <html lang=en>", HTML},
		{"x.dat", "[{\"text\": 1}]", JSONArray},
		{"x.json", "{\n  \"text\": \"pretty\"\n}", JSONArray},
		{"x.json", "{\"text\": \"one line\"}\n{}", JSONLines},
		{"x.dat", "id,title,body\n1,a,b\n", CSV},
		{"x.txt", "The ministers met, and talked, and left.\n", Text},
		{"x.md", "# Title", Auto},
		{"LICENSE", "Permission is hereby granted", Auto},
		{"x.txt", "\x00\x00\x00", Auto},
		{"x.txt", " \n ", Auto},
	}
	for _, c := range cases {
		if got, why := sniff([]byte(c.head), c.name, &Fields{}); got != c.want {
			t.Errorf("sniff(%q, %q) = %v (%s), want %v", c.name, c.head, got, why, c.want)
		}
	}
}

// endless is an input that never ends: a reader must stop at the limit.
type endless struct {
	fill byte
	read int64
}

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = e.fill
	}
	e.read += int64(len(p))
	return len(p), nil
}

func TestEndlessInput(t *testing.T) {
	for _, c := range []struct {
		name   string
		format Format
		prefix string
	}{
		{"huge.txt", Text, ""},
		{"huge.html", HTML, "<html><body><p>"},
		{"huge.jsonl", JSONLines, `{"text": "`},
	} {
		in := &endless{fill: 'a'}
		r := io.MultiReader(strings.NewReader(c.prefix), in)
		for _, err := range ReadFrom(context.Background(), r, c.name, Options{MaxArticleBytes: 1 << 20, Format: c.format}) {
			if err == nil || !strings.Contains(err.Error(), "over the") {
				t.Errorf("%s: want an over-the-limit failure, got %v", c.name, err)
			}
			break // the first item must be the failure; an endless JSON line has no end to skip to
		}
		// Text stops after the limit; a page may be 4 times it. Nothing is read far past.
		if in.read > 5<<20 {
			t.Errorf("%s: read %d bytes of an endless input with a 1 MiB limit", c.name, in.read)
		}
	}
}

// TestDecodeReferences: the complete character references of a record's
// text are decoded, those of control characters to spaces; incomplete
// ones and unknown names stay.
func TestDecodeReferences(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Kenya Airways Ltd &lt;KQ.N> rose.", "Kenya Airways Ltd <KQ.N> rose."},
		{"Kenya &amp; Uganda met.", "Kenya & Uganda met."},
		{"It&#39;s &#x2019;over&#8217; &quot;now&quot;", "It's ’over’ \"now\""},
		{"Talks ended. Reuter &#3;", "Talks ended. Reuter  "},
		{"AT&T and &copy 2019 and &bogus; and & alone &#; &#x; &", "AT&T and &copy 2019 and &bogus; and & alone &#; &#x; &"},
		{"no references", "no references"},
		{"&amp;&lt;&gt;", "&<>"},
	} {
		if got := decodeReferences(c.in); got != c.want {
			t.Errorf("decodeReferences(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	arts, _ := collect(t, "r.jsonl", `{"title": "Kenya &amp; Uganda", "text": "Kenya met Kenya Airways Ltd &lt;KQ.N>.\n Reuter &#3;"}`+"\n", Options{})
	if len(arts) != 1 || arts[0].Title != "Kenya & Uganda" || arts[0].Text != "Kenya met Kenya Airways Ltd <KQ.N>.\n Reuter" {
		t.Errorf("record read as %+v", arts)
	}
}
