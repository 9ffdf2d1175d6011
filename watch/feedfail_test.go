package watch

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"dyad/ingest"
)

// Feeds that fail are reported and stored as failures; an Atom feed and a
// link that redirects to another host are read like any RSS item.
func TestFeeds(t *testing.T) {
	publisher := newSite(t, false) // serves /en.html
	var hub *httptest.Server
	hub = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/broken":
			http.Error(w, "backend down", http.StatusInternalServerError)
		case "/page-not-feed":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, englishPage)
		case "/atom":
			fmt.Fprintf(w, `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Hub</title>
<entry><title>Talks</title><link href="%s/go/1"/><updated>2026-11-24T08:00:00Z</updated></entry>
<entry><title>Loop</title><link href="%s/loop"/></entry></feed>`, hub.URL, hub.URL)
		case "/loop":
			http.Redirect(w, r, "/loop", http.StatusFound)
		case "/go/1":
			http.Redirect(w, r, publisher.URL+"/en.html", http.StatusFound)
		default:
			http.NotFound(w, r)
		}
	}))
	defer hub.Close()

	dir := t.TempDir()
	db := openDB(t, filepath.Join(dir, "dyad.db"))
	defer db.Close()
	feeds := []string{hub.URL + "/broken", hub.URL + "/page-not-feed", hub.URL + "/atom"}
	w, err := New(context.Background(), feeds, db, newPipe, testOptions(dir))
	if err != nil {
		t.Fatal(err)
	}
	reps, err := w.Poll(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	wantErr := []string{"/broken: HTTP 500 Internal Server Error", "cannot parse the feed", ""}
	for i, r := range reps {
		got := ""
		if r.Err != nil {
			got = r.Err.Error()
		}
		if (wantErr[i] == "") != (got == "") || !strings.Contains(got, wantErr[i]) {
			t.Errorf("%s: Err = %q, want %q", r.Feed, got, wantErr[i])
		}
	}
	if r := reps[2]; r.Items != 2 || r.Coded != 1 || r.Failed != 1 {
		t.Errorf("atom feed = %+v, want 2 items: 1 coded, 1 failed", r)
	}
	if n := publisher.count("/en.html"); n != 1 {
		t.Errorf("publisher served the page %d times, want 1", n)
	}
	// The article is stored under the link the feed gave.
	if ok, _ := db.Has(context.Background(), ingest.ArticleID(hub.URL+"/go/1", "")); !ok {
		t.Error("the redirected article is not stored under the feed's link")
	}
	fails := failures(t, db)
	// A redirect loop is a failure for good, not one to retry.
	if got, want := fails[ingest.ArticleID(hub.URL+"/loop", "")], hub.URL+"/loop: stopped after 10 redirects"; got != want {
		t.Errorf("redirect loop failure = %q, want %q", got, want)
	}
	for _, f := range feeds[:2] {
		if !strings.HasPrefix(fails[f], "feed "+f+": ") {
			t.Errorf("failure of %s = %q", f, fails[f])
		}
	}
}

// A feed that fails and then answers again has its failure cleared, in the
// same watcher and in one restarted while the feed was down.
func TestFeedRecovers(t *testing.T) {
	var down atomic.Bool
	down.Store(true)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if down.Load() {
			http.Error(w, "backend down", http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>`)
	}))
	defer srv.Close()
	feed := srv.URL + "/feed.xml"
	dir := t.TempDir()
	db := openDB(t, filepath.Join(dir, "dyad.db"))
	defer db.Close()
	newWatcher := func() *Watcher {
		w, err := New(context.Background(), []string{feed}, db, newPipe, testOptions(dir))
		if err != nil {
			t.Fatal(err)
		}
		return w
	}

	w := newWatcher()
	if r := poll(t, w); r.Err == nil {
		t.Fatal("the feed is down but its poll did not fail")
	}
	if _, ok := failures(t, db)[feed]; !ok {
		t.Fatal("the failed feed is not recorded")
	}
	down.Store(false)
	if r := poll(t, w); r.Err != nil {
		t.Fatal(r.Err)
	}
	if f, ok := failures(t, db)[feed]; ok {
		t.Errorf("the feed answers again but its failure stays: %q", f)
	}
	if r := poll(t, w); r.Err != nil || !r.NotModified {
		t.Fatalf("third poll: %+v, want 304", r)
	}

	// Down again, then a restart while it is down: the new watcher learns
	// the failure from the store and clears it on a 304.
	down.Store(true)
	if r := poll(t, w); r.Err == nil {
		t.Fatal("the feed is down again but its poll did not fail")
	}
	down.Store(false)
	if r := poll(t, newWatcher()); r.Err != nil || !r.NotModified {
		t.Fatalf("poll after restart: %+v, want 304", r)
	}
	if f, ok := failures(t, db)[feed]; ok {
		t.Errorf("after a restart the feed answers 304 but its failure stays: %q", f)
	}
}
