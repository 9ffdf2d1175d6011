package watch

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"dyad/ingest"
)

func TestParseRobots(t *testing.T) {
	cases := []struct {
		body  string
		allow map[string]bool
	}{
		// Our group wins over "*"; the longest match decides.
		{"User-agent: *\nDisallow: /\n\nUser-agent: dyad-watch\nDisallow: /private/\nAllow: /private/ok\n",
			map[string]bool{"/news/1.html": true, "/private/x.html": false, "/private/ok.html": true, "/robots.txt": true}},
		// No group of ours: "*" applies. Comments and case are ignored.
		{"# hi\nUSER-AGENT: otherbot\nDisallow: /\n\nuser-agent: * # all\nDISALLOW: /tmp # scratch\n",
			map[string]bool{"/tmp/a": false, "/tmpfile": false, "/news": true}},
		// Several agents head one group.
		{"User-agent: a\nUser-agent: Dyad-Watch\nDisallow: /x\n\nUser-agent: *\nDisallow: /\n",
			map[string]bool{"/x/1": false, "/y": true}},
		// Wildcards and the end anchor.
		{"User-agent: *\nDisallow: /*.pdf$\nDisallow: /fish*\nDisallow: /a/*/c\n",
			map[string]bool{"/docs/b.pdf": false, "/docs/b.pdf?x=1": true, "/b.pdfx": true, "/fish.html": false, "/fis": true,
				"/a/b/c": false, "/a/b/d": true, "/a/bc": true}},
		// A tie goes to Allow; Allow longer than Disallow wins.
		{"User-agent: *\nAllow: /page\nDisallow: /page\nDisallow: /\nAllow: /p\n",
			map[string]bool{"/page": true, "/p": true, "/": false, "/q": false}},
		// An empty Disallow disallows nothing; no robots rules at all.
		{"User-agent: *\nDisallow:\n", map[string]bool{"/": true, "/any": true}},
		{"", map[string]bool{"/": true}},
		// A group ends when a rule follows its agents: the next agent line
		// starts a new one.
		{"User-agent: dyad-watch\nDisallow: /a\nUser-agent: otherbot\nDisallow: /b\n",
			map[string]bool{"/a": false, "/b": true}},
	}
	for i, c := range cases {
		r := parseRobots([]byte(c.body), "dyad-watch")
		for path, want := range c.allow {
			if got := r.allowed(path); got != want {
				t.Errorf("case %d: allowed(%q) = %v, want %v", i, path, got, want)
			}
		}
	}
	r := parseRobots([]byte("User-agent: *\nCrawl-delay: 2.5\n\nUser-agent: dyad-watch\nCrawl-delay: 600\n"), "dyad-watch")
	if r.crawlDelay != maxCrawlDelay {
		t.Errorf("crawl delay %v, want the cap %v", r.crawlDelay, maxCrawlDelay)
	}
	r = parseRobots([]byte("User-agent: *\nCrawl-delay: 2.5\n"), "dyad-watch")
	if r.crawlDelay != 2500*time.Millisecond {
		t.Errorf("crawl delay %v, want 2.5s", r.crawlDelay)
	}
	if got := productToken(DefaultUserAgent); got != "dyad-watch" {
		t.Errorf("product token of %q = %q", DefaultUserAgent, got)
	}
}

func TestRetryAfterHeader(t *testing.T) {
	now := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
	cases := map[string]time.Duration{
		"120":                           2 * time.Minute,
		"Wed, 25 Nov 2026 12:01:30 GMT": 90 * time.Second,
		"Wed, 25 Nov 2026 11:00:00 GMT": 0, // past
		"soon":                          0,
		"-5":                            0,
		"":                              0,
	}
	for v, want := range cases {
		h := http.Header{}
		if v != "" {
			h.Set("Retry-After", v)
		}
		if got := retryAfter(h, now); got != want {
			t.Errorf("Retry-After %q = %v, want %v", v, got, want)
		}
	}
}

// hits counts the requests a test server answered, by path.
type hits struct {
	mu sync.Mutex
	n  map[string]int
}

func (h *hits) add(p string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.n == nil {
		h.n = map[string]int{}
	}
	h.n[p]++
}

func (h *hits) get(p string) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.n[p]
}

// robots.txt is read once per host; a page it disallows, directly or as
// the target of a redirect from another host, is a failure for good and
// never requested; a host whose robots.txt answers 500 has its pages tried
// again later, not fetched meanwhile.
func TestRobotsInWatch(t *testing.T) {
	var pub, down hits
	publisher := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		pub.add(r.URL.Path)
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /\n\nUser-agent: dyad-watch\nDisallow: /private/\n")
		case "/news/en.html", "/private/en.html":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, englishPage)
		default:
			http.NotFound(w, r)
		}
	}))
	defer publisher.Close()
	broken := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		down.add(r.URL.Path)
		if r.URL.Path == "/robots.txt" {
			http.Error(w, "oops", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, englishPage)
	}))
	defer broken.Close()
	var feedSrv *httptest.Server
	feedSrv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/go" {
			http.Redirect(w, r, publisher.URL+"/private/other.html", http.StatusFound)
			return
		}
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Open</title><link>%s/news/en.html</link></item>
<item><title>Private</title><link>%s/private/en.html</link></item>
<item><title>Elsewhere</title><link>%s/story.html</link></item>
<item><title>Hub</title><link>%s/go</link></item>
</channel></rss>`, publisher.URL, publisher.URL, broken.URL, feedSrv.URL)
	}))
	defer feedSrv.Close()

	dir := t.TempDir()
	db := openDB(t, filepath.Join(dir, "dyad.db"))
	defer db.Close()
	w, err := New(context.Background(), []string{feedSrv.URL + "/feed.xml"}, db, newPipe, testOptions(dir))
	if err != nil {
		t.Fatal(err)
	}
	r := poll(t, w)
	if r.Items != 4 || r.Coded != 1 || r.Failed != 3 {
		t.Errorf("first poll = %+v, want 4 items: 1 coded, 3 failed", r)
	}
	poll(t, w)
	if n := pub.get("/robots.txt"); n != 1 {
		t.Errorf("the publisher's robots.txt was requested %d times, want 1", n)
	}
	if n := pub.get("/private/en.html") + pub.get("/private/other.html"); n != 0 {
		t.Errorf("pages robots.txt disallows were requested %d times", n)
	}
	if n := down.get("/story.html"); n != 0 {
		t.Errorf("a page whose robots.txt could not be read was requested %d times", n)
	}
	if n := down.get("/robots.txt"); n != 2 {
		t.Errorf("an unreadable robots.txt was requested %d times in two polls, want 2 (tried again)", n)
	}
	fails := failures(t, db)
	if got := fails[ingest.ArticleID(publisher.URL+"/private/en.html", "")]; !strings.Contains(got, "disallowed by "+publisher.URL+"/robots.txt") || strings.HasSuffix(got, retryMark) {
		t.Errorf("disallowed page failure = %q", got)
	}
	if got := fails[ingest.ArticleID(feedSrv.URL+"/go", "")]; !strings.Contains(got, "disallowed by "+publisher.URL+"/robots.txt") {
		t.Errorf("redirect to a disallowed page: failure = %q", got)
	}
	if got := fails[ingest.ArticleID(broken.URL+"/story.html", "")]; !strings.Contains(got, "cannot read robots.txt (HTTP 500") || !strings.Contains(got, "attempt 2 of 3") {
		t.Errorf("page behind an unreadable robots.txt: failure = %q", got)
	}
}

// A 503 with Retry-After keeps the watcher away from that host until then:
// its other pages are deferred without a request and without using up
// their attempts.
func TestRetryAfterInWatch(t *testing.T) {
	var busy hits
	host := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		busy.add(r.URL.Path)
		switch r.URL.Path {
		case "/busy.html":
			w.Header().Set("Retry-After", "3600")
			http.Error(w, "maintenance", http.StatusServiceUnavailable)
		case "/next.html":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, englishPage)
		default:
			http.NotFound(w, r)
		}
	}))
	defer host.Close()
	feedSrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Busy</title><link>%s/busy.html</link></item>
<item><title>Next</title><link>%s/next.html</link></item>
</channel></rss>`, host.URL, host.URL)
	}))
	defer feedSrv.Close()

	dir := t.TempDir()
	db := openDB(t, filepath.Join(dir, "dyad.db"))
	defer db.Close()
	opt := testOptions(dir)
	opt.MaxAttempts = 2
	w, err := New(context.Background(), []string{feedSrv.URL + "/feed.xml"}, db, newPipe, opt)
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		if r := poll(t, w); r.Items != 2 || r.Failed != 2 || r.Coded != 0 {
			t.Errorf("poll = %+v, want 2 items failed", r)
		}
	}
	if n := busy.get("/busy.html"); n != 1 {
		t.Errorf("the busy page was requested %d times, want 1 (then the host asked to wait)", n)
	}
	if n := busy.get("/next.html"); n != 0 {
		t.Errorf("the other page of the waiting host was requested %d times, want 0", n)
	}
	fails := failures(t, db)
	for _, p := range []string{"/busy.html", "/next.html"} {
		got := fails[ingest.ArticleID(host.URL+p, "")]
		if !strings.Contains(got, "asked to wait until") || !strings.HasSuffix(got, retryMark) {
			t.Errorf("%s failure = %q, want deferred and to be retried", p, got)
		}
	}
}
