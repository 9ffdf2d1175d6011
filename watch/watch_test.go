package watch

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"dyad/doc"
	"dyad/ingest"
	"dyad/pipeline"
	"dyad/store"
	"dyad/store/sqlite"
)

// The pages are written for these tests.
const englishPage = `<!DOCTYPE html><html><head><title>Ministers agree on border talks</title>
<meta property="og:site_name" content="Test Wire"></head><body><nav>Home | World | Sport</nav>
<article><h1>Ministers agree on border talks</h1>
<p>The foreign ministers of Kenya and Uganda met in Nairobi on Monday and agreed to open talks on the disputed border next month, officials said.</p>
<p>Kenya's foreign minister said the two governments would set up a joint commission to settle the dispute over fishing rights on the lake.</p>
<p>Uganda's minister welcomed the agreement and promised to release the fishermen who were arrested last week. The police had detained twelve men near the island.</p>
<p>Diplomats said the meeting ended months of tension between the neighbours, which had traded accusations over the arrests and the deployment of troops.</p>
</article><footer>Copyright Test Wire</footer></body></html>`

const frenchPage = `<!DOCTYPE html><html lang="fr"><head><title>Les ministres s'accordent sur la frontière</title></head><body>
<article><h1>Les ministres s'accordent sur la frontière</h1>
<p>Les ministres des Affaires étrangères du Kenya et de l'Ouganda se sont rencontrés lundi à Nairobi et ont convenu d'ouvrir des négociations sur la frontière contestée le mois prochain.</p>
<p>Le ministre kényan a déclaré que les deux gouvernements créeraient une commission mixte pour régler le différend sur les droits de pêche sur le lac.</p>
<p>Son homologue ougandais a salué l'accord et a promis de libérer les pêcheurs arrêtés la semaine dernière. La police avait interpellé douze hommes près de l'île.</p>
</article></body></html>`

// site is a test server: a feed whose items link to its pages, and
// counts of the requests it answered.
type site struct {
	*httptest.Server
	etag bool // answer conditional GETs with 304

	mu       sync.Mutex
	hits     map[string]int
	starts   []time.Time
	inFlight int
	maxIn    int
	agents   []string
}

func newSite(t *testing.T, etag bool) *site {
	s := &site{etag: etag, hits: map[string]int{}}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

func (s *site) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.hits[r.URL.Path]++
	s.starts = append(s.starts, time.Now())
	s.agents = append(s.agents, r.UserAgent())
	s.inFlight++
	s.maxIn = max(s.maxIn, s.inFlight)
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		s.inFlight--
		s.mu.Unlock()
	}()
	switch r.URL.Path {
	case "/feed.xml":
		if s.etag && r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		if s.etag {
			w.Header().Set("ETag", `"v1"`)
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title><link>/</link>
<item><title>Ministers agree on border talks</title><link>/en.html</link><pubDate>Mon, 23 Nov 2026 10:00:00 GMT</pubDate></item>
<item><title>Les ministres s'accordent</title><link>/fr.html</link></item>
<item><title>Gone</title><link>/missing.html</link></item>
<item><title>Slow</title><link>/slow.html</link></item>
<item><title>A report</title><link>/report.pdf</link></item>
<item><title>Huge</title><link>/huge.html</link></item>
</channel></rss>`)
	case "/en.html":
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, englishPage)
	case "/fr.html":
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, frenchPage)
	case "/slow.html":
		select { // longer than the watcher's timeout
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	case "/report.pdf":
		w.Header().Set("Content-Type", "application/pdf")
		fmt.Fprint(w, "%PDF-1.4 not a page")
	case "/huge.html":
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<html><body><p>"+strings.Repeat("word ", 40<<10)+"</p></body></html>")
	default:
		http.NotFound(w, r)
	}
}

func (s *site) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

func (s *site) pageHits() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for p, c := range s.hits {
		if p != "/feed.xml" && p != "/robots.txt" {
			n += c
		}
	}
	return n
}

func testOptions(dir string) Options {
	return Options{
		Timeout: 300 * time.Millisecond, HostGap: 40 * time.Millisecond, MaxBytes: 64 << 10,
		Workers: 1, StatePath: filepath.Join(dir, "watch.json"),
	}
}

func newPipe() (*doc.Pipeline, error) { return pipeline.Default(pipeline.Options{}) }

func openDB(t *testing.T, path string) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func poll(t *testing.T, w *Watcher) FeedReport {
	t.Helper()
	reps, err := w.Poll(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(reps) != 1 {
		t.Fatalf("%d reports, want 1", len(reps))
	}
	return reps[0]
}

func failures(t *testing.T, st store.Store) map[string]string {
	t.Helper()
	fs, err := st.Failures(context.Background(), 100, 0)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]string{}
	for _, f := range fs {
		m[f.Key] = f.Reason
	}
	return m
}

func TestPoll(t *testing.T) {
	dir := t.TempDir()
	s := newSite(t, true)
	feed := s.URL + "/feed.xml"
	ctx := context.Background()
	db := openDB(t, filepath.Join(dir, "dyad.db"))
	var log bytes.Buffer
	opt := testOptions(dir)
	opt.Log = &log
	w, err := New(ctx, []string{feed}, db, newPipe, opt)
	if err != nil {
		t.Fatal(err)
	}

	// First poll: every page is fetched once; the English one is coded.
	r := poll(t, w)
	want := FeedReport{Feed: feed, Items: 6, New: 6, Coded: 1, Skipped: 1, Failed: 4}
	r.Elapsed = 0
	if r != want {
		t.Fatalf("first poll = %+v, want %+v", r, want)
	}
	id := func(path string) string { return ingest.ArticleID(s.URL+path, "") }
	if ok, err := db.Has(ctx, id("/en.html")); err != nil || !ok {
		t.Fatalf("Has(en) = %v, %v; want the English article stored", ok, err)
	}
	arts, err := db.Articles(ctx, store.Query{Article: id("/en.html")})
	if err != nil || len(arts) != 1 {
		t.Fatalf("Articles = %v, %v", arts, err)
	}
	if a := arts[0]; a.URL != s.URL+"/en.html" || !strings.Contains(a.Text, "joint commission") ||
		!a.Published.Equal(time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)) {
		t.Errorf("stored article = %+v", a)
	}
	fails := failures(t, db)
	wantFail := map[string][]string{
		"/fr.html":      {"skipped: language fr (French", s.URL + "/fr.html"},
		"/missing.html": {s.URL + "/missing.html: HTTP 404 Not Found"},
		"/slow.html":    {s.URL + "/slow.html: timed out after 300ms (attempt 1 of 3)" + retryMark},
		"/report.pdf":   {s.URL + "/report.pdf: not an HTML page (Content-Type application/pdf)"},
		"/huge.html":    {s.URL + "/huge.html: the page is", "over the limit of 65536 bytes"},
	}
	for path, parts := range wantFail {
		got, ok := fails[id(path)]
		if !ok {
			t.Errorf("no failure recorded for %s", path)
			continue
		}
		for _, p := range parts {
			if !strings.Contains(got, p) {
				t.Errorf("failure of %s = %q, want it to contain %q", path, got, p)
			}
		}
	}
	for _, a := range s.agents {
		if a != DefaultUserAgent {
			t.Errorf("User-Agent = %q", a)
		}
	}
	if !strings.Contains(log.String(), "feed.xml: 6 items, 6 new: 1 coded, 1 skipped (language), 4 failed in") {
		t.Errorf("log = %q", log.String())
	}

	// Second poll: the feed answers 304 and no page is fetched again.
	pages := s.pageHits()
	r = poll(t, w)
	if !r.NotModified || r.New != 0 || s.pageHits() != pages || s.count("/feed.xml") != 2 {
		t.Errorf("second poll = %+v, page requests %d -> %d; want 304 and no page fetched", r, pages, s.pageHits())
	}

	// A restart with the same store and state file: still 304.
	db.Close()
	db = openDB(t, filepath.Join(dir, "dyad.db"))
	defer db.Close()
	w, err = New(ctx, []string{feed}, db, newPipe, opt)
	if err != nil {
		t.Fatal(err)
	}
	if r = poll(t, w); !r.NotModified || s.pageHits() != pages {
		t.Errorf("poll after restart = %+v; want 304 and no page fetched", r)
	}

	// A restart without the state file reads the whole feed but fetches
	// only the page that failed transiently (the slow one), again.
	opt.StatePath = ""
	w, err = New(ctx, []string{feed}, db, newPipe, opt)
	if err != nil {
		t.Fatal(err)
	}
	r = poll(t, w)
	r.Elapsed = 0
	want = FeedReport{Feed: feed, Items: 6, New: 1, Failed: 1}
	if r != want {
		t.Errorf("poll without state = %+v, want %+v", r, want)
	}
	if s.pageHits() != pages+1 || s.count("/slow.html") != 2 {
		t.Errorf("page requests %d -> %d, slow %d; want only the slow page again", pages, s.pageHits(), s.count("/slow.html"))
	}
	st, err := db.Stats(ctx, 0)
	if err != nil || st.Articles != 1 {
		t.Errorf("Stats = %+v, %v; want 1 article", st, err)
	}
}

// A server without conditional GET: the second poll reads the feed again
// but adds nothing, and retries the slow page until MaxAttempts.
func TestPollWithoutETag(t *testing.T) {
	dir := t.TempDir()
	s := newSite(t, false)
	db := openDB(t, filepath.Join(dir, "dyad.db"))
	defer db.Close()
	opt := testOptions(dir)
	opt.MaxAttempts = 2
	w, err := New(context.Background(), []string{s.URL + "/feed.xml"}, db, newPipe, opt)
	if err != nil {
		t.Fatal(err)
	}
	poll(t, w)
	for i, want := range []FeedReport{{Items: 6, New: 1, Failed: 1}, {Items: 6}} {
		r := poll(t, w)
		r.Feed, r.Elapsed = "", 0
		if r != want {
			t.Errorf("poll %d = %+v, want %+v", i+2, r, want)
		}
	}
	for _, p := range []string{"/en.html", "/fr.html", "/missing.html", "/report.pdf", "/huge.html"} {
		if n := s.count(p); n != 1 {
			t.Errorf("%s fetched %d times, want 1", p, n)
		}
	}
	if n := s.count("/slow.html"); n != 2 {
		t.Errorf("slow page fetched %d times, want 2 (MaxAttempts)", n)
	}
	reason := failures(t, db)[ingest.ArticleID(s.URL+"/slow.html", "")]
	if !strings.HasSuffix(reason, "(gave up after 2 attempts)") {
		t.Errorf("slow page failure = %q", reason)
	}
}

// Requests to one host never overlap and start at least HostGap apart.
func TestHostRate(t *testing.T) {
	s := newSite(t, true)
	dir := t.TempDir()
	db := openDB(t, filepath.Join(dir, "dyad.db"))
	defer db.Close()
	opt := testOptions(dir)
	opt.HostGap = 60 * time.Millisecond
	opt.Timeout = 100 * time.Millisecond
	// Two feed URLs on one host, polled at once, compete for it.
	feeds := []string{s.URL + "/feed.xml", s.URL + "/feed.xml?copy=1"}
	w, err := New(context.Background(), feeds, db, newPipe, opt)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Poll(context.Background()); err != nil {
		t.Fatal(err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.maxIn != 1 {
		t.Errorf("%d requests in flight at once, want 1", s.maxIn)
	}
	// 2 feeds + robots.txt + 6 pages (each page once: the second feed
	// finds them claimed).
	if len(s.starts) != 9 {
		t.Errorf("%d requests, want 9", len(s.starts))
	}
	starts := slices.Clone(s.starts)
	slices.SortFunc(starts, func(a, b time.Time) int { return a.Compare(b) })
	// The server sees a request some time after the gate lets it go, and
	// on a loaded machine that delay can eat much of one gap, or all of it
	// (a request seen late looks close to the next: 0.3 ms apart at load
	// 9 on two cores); it cannot build up over many, so the whole run must
	// span the gaps, and at most one pair may come near together (a gate
	// that let requests through would give many).
	short := 0
	for i := 1; i < len(starts); i++ {
		if gap := starts[i].Sub(starts[i-1]); gap < opt.HostGap/2 {
			short++
			if short > 1 {
				t.Errorf("requests %d and %d started %s apart, the second pair that close; want about %s", i-1, i, gap, opt.HostGap)
			}
		}
	}
	if n := len(starts); n > 1 {
		if span, want := starts[n-1].Sub(starts[0]), time.Duration(n-1)*opt.HostGap-opt.HostGap/2; span < want {
			t.Errorf("%d requests over %s, want at least %s (%s apart)", n, span, want, opt.HostGap)
		}
	}
}

// Cancelling Run's context stops it promptly, without an error.
func TestRunStops(t *testing.T) {
	s := newSite(t, true)
	dir := t.TempDir()
	db := openDB(t, filepath.Join(dir, "dyad.db"))
	defer db.Close()
	opt := testOptions(dir)
	opt.Every = time.Hour
	w, err := New(context.Background(), []string{s.URL + "/feed.xml"}, db, newPipe, opt)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 150*time.Millisecond)
	defer cancel()
	start := time.Now()
	if err := w.Run(ctx); err != nil {
		t.Fatalf("Run = %v, want nil after cancel", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("Run took %s to stop", d)
	}
}

// A state file left beside a new, empty store is not trusted: the feed is
// read in full, not answered with 304.
func TestStateIgnoredForEmptyStore(t *testing.T) {
	s := newSite(t, true)
	dir := t.TempDir()
	opt := testOptions(dir)
	feed := s.URL + "/feed.xml"
	state := `{"feeds": {"` + feed + `": {"etag": "\"v1\""}}}`
	if err := os.WriteFile(opt.StatePath, []byte(state), 0o644); err != nil {
		t.Fatal(err)
	}
	db := openDB(t, filepath.Join(dir, "new.db"))
	defer db.Close()
	w, err := New(context.Background(), []string{feed}, db, newPipe, opt)
	if err != nil {
		t.Fatal(err)
	}
	if r := poll(t, w); r.NotModified || r.New != 6 {
		t.Errorf("poll = %+v, want the feed read in full and 6 new pages", r)
	}
}
