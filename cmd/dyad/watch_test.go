package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWatchOnce(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed.xml":
			if r.Header.Get("If-None-Match") == `"1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", `"1"`)
			fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>
<item><title>Talks</title><link>/a.html</link></item><item><title>Gone</title><link>/b.html</link></item></channel></rss>`)
		case "/a.html":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, `<html><body><article><p>The prime minister of Norway met the president of Finland in Oslo on Friday.
The two leaders signed an agreement on energy cooperation and promised to meet again in the spring, officials said.</p>
<p>Finland's president praised the talks and said the deal would help both countries through the winter.</p></article></body></html>`)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	dir := t.TempDir()
	list := filepath.Join(dir, "feeds.txt")
	if err := os.WriteFile(list, []byte("# test desk\n"+srv.URL+"/feed.xml\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "w.db")

	out, errOut, code := dyad(t, "watch", list, "--db", db, "--once", "--host-gap", "10ms")
	if code != 0 || !strings.Contains(out, "1 feeds polled, 2 new pages: 1 coded, 0 skipped (language), 1 failed") {
		t.Fatalf("first run: code %d\nstdout %s\nstderr %s", code, out, errOut)
	}
	if !strings.Contains(errOut, "feed.xml: 2 items, 2 new: 1 coded, 0 skipped (language), 1 failed in") {
		t.Errorf("no poll line on stderr: %s", errOut)
	}
	if _, err := os.Stat(db + ".watch.json"); err != nil {
		t.Errorf("no state file: %v", err)
	}
	out, errOut, code = dyad(t, "watch", list, "--db", db, "--once", "--host-gap", "10ms")
	if code != 0 || !strings.Contains(out, "0 new pages") || !strings.Contains(errOut, "feed.xml: not modified") {
		t.Errorf("second run: code %d\nstdout %s\nstderr %s", code, out, errOut)
	}
	out, _, _ = dyad(t, "stats", "--db", db, "--failures")
	if !strings.Contains(out, srv.URL+"/b.html: HTTP 404 Not Found") {
		t.Errorf("stats --failures does not list the 404:\n%s", out)
	}
}

func TestWatchBadInput(t *testing.T) {
	dir := t.TempDir()
	list := filepath.Join(dir, "feeds.txt")
	if err := os.WriteFile(list, []byte("https://a.example/rss\nnews.example/rss\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"watch"}, 2, "name one file of feed URLs"},
		{[]string{"watch", list, "--every", "10ms"}, 2, "--every 10ms is too short"},
		{[]string{"watch", list, "--db", filepath.Join(dir, "x.db")}, 1, list + ":2: \"news.example/rss\" is not an http(s) URL"},
		{[]string{"watch", filepath.Join(dir, "none.txt")}, 1, "cannot read the feed list"},
	}
	for _, c := range cases {
		_, errOut, code := dyad(t, c.args...)
		if code != c.code || !strings.Contains(errOut, c.msg) {
			t.Errorf("%v: code %d, stderr %q; want %d and %q", c.args, code, errOut, c.code, c.msg)
		}
	}
}
