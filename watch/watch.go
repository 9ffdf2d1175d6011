// Package watch polls RSS and Atom feeds and codes each new article they
// link to into a store, within seconds of seeing it: the engine of
// `dyad watch`.
//
// Politeness: one shared http.Client, a User-Agent naming dyad, at most one
// request in flight per host and at least Options.HostGap between two
// requests to one host, a timeout and a size limit per request, and a
// conditional GET (ETag, Last-Modified) for every feed, remembered across
// polls and, with Options.StatePath, across restarts. Linked pages are
// fetched only where the host's robots.txt allows (read once a day per
// host; its Crawl-delay widens the gap). A 429 or 503 with Retry-After keeps
// the watcher away from that host until then: its requests are deferred,
// not counted as attempts.
//
// What happens to each linked page is recorded in the store under the
// article ID of its URL (ingest.ArticleID(url, "")): coded articles are
// written; pages that cannot be fetched or read, and articles in another
// language than English, are recorded with store.Fail and a reason that
// names the URL ("skipped: language fr ..." for the latter). A page is
// never fetched twice: the store's Has and its recorded failures tell a
// restarted watcher what it has seen. Transient failures (a timeout, a 5xx,
// a 429, a lost connection) are the exception: they are tried again on
// later polls, up to Options.MaxAttempts times.
package watch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/mmcdole/gofeed"

	"dyad/doc"
	"dyad/ingest"
	"dyad/ingest/lang"
	"dyad/store"
)

// DefaultUserAgent names dyad to the sites it reads.
const DefaultUserAgent = "dyad-watch/1 (political event coder; polls feeds, at most 1 request/s per host)"

// Options tune a Watcher. The zero value is ready to use.
type Options struct {
	Every       time.Duration // time between the starts of two polls; 0 means 5 minutes
	Timeout     time.Duration // per request, headers and body; 0 means 30s
	HostGap     time.Duration // least time between two requests to one host; 0 means 1s
	MaxBytes    int64         // per feed or page; 0 means ingest.DefaultMaxArticleBytes (8 MiB)
	MaxAttempts int           // tries of a page that fails transiently; 0 means 3
	Workers     int           // coding goroutines; 0 means GOMAXPROCS
	MaxFeeds    int           // feeds polled at once; 0 means 8
	UserAgent   string        // "" means DefaultUserAgent
	Client      *http.Client  // its Transport and Jar are used; nil means http.DefaultTransport
	// StatePath, when set, is a JSON file keeping the feeds' ETag and
	// Last-Modified across restarts. It is only a cache: when it is missing
	// or unreadable, or the store is empty, the feeds are fetched in full
	// once.
	StatePath string
	// Log, when set, gets one line per feed and poll.
	Log io.Writer
}

// NewPipeline builds one coding pipeline per worker (see runner.NewPipeline).
type NewPipeline func() (*doc.Pipeline, error)

// FeedReport is what one poll of one feed did.
type FeedReport struct {
	Feed        string
	NotModified bool  // the feed answered 304: nothing was fetched
	Err         error // the feed itself failed (fetch or parse); also stored as a failure
	Items       int   // items with a link
	New         int   // pages fetched: not seen before
	Coded       int   // articles coded and stored
	Skipped     int   // articles skipped as not English
	Failed      int   // pages that could not be fetched, read or coded
	Elapsed     time.Duration
}

func (r FeedReport) String() string {
	switch {
	case r.Err != nil:
		return fmt.Sprintf("%s: failed: %s", r.Feed, strings.TrimPrefix(r.Err.Error(), r.Feed+": "))
	case r.NotModified:
		return fmt.Sprintf("%s: not modified in %s", r.Feed, r.Elapsed.Round(time.Millisecond))
	}
	return fmt.Sprintf("%s: %d items, %d new: %d coded, %d skipped (language), %d failed in %s",
		r.Feed, r.Items, r.New, r.Coded, r.Skipped, r.Failed, r.Elapsed.Round(time.Millisecond))
}

// Watcher polls a fixed list of feeds into a store. Poll and Run must not
// be called concurrently.
type Watcher struct {
	feeds []string
	st    store.Store
	pipes []*doc.Pipeline
	opt   Options
	fetch *fetcher

	mu       sync.Mutex
	seen     map[string]bool // article IDs done (stored, skipped, failed for good) or being fetched
	attempts map[string]int  // transient failures so far, by article ID
	retry    []string        // article IDs that failed transiently in this poll: unseen at its end
	valid    map[string]validators
	dirty    bool            // valid changed since the last save
	failing  map[string]bool // feeds whose failure is recorded in the store
}

// retryMark ends the reason of a failure that a later poll tries again; a
// restarted watcher does not count such a page as seen.
const retryMark = "; will retry"

// New makes a Watcher of feeds into st. It builds the pipelines, reads the
// state file, and loads the IDs of failed pages from st so that a restart
// does not fetch them again.
func New(ctx context.Context, feeds []string, st store.Store, newPipeline NewPipeline, opt Options) (*Watcher, error) {
	if len(feeds) == 0 {
		return nil, errors.New("watch: no feeds")
	}
	if opt.Every <= 0 {
		opt.Every = 5 * time.Minute
	}
	if opt.Timeout <= 0 {
		opt.Timeout = 30 * time.Second
	}
	if opt.HostGap <= 0 {
		opt.HostGap = time.Second
	}
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = ingest.DefaultMaxArticleBytes
	}
	if opt.MaxAttempts <= 0 {
		opt.MaxAttempts = 3
	}
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.MaxFeeds <= 0 {
		opt.MaxFeeds = 8
	}
	if opt.UserAgent == "" {
		opt.UserAgent = DefaultUserAgent
	}
	f := &fetcher{agent: opt.UserAgent, timeout: opt.Timeout, gap: opt.HostGap, hosts: map[string]*hostGate{}}
	client := http.Client{}
	if opt.Client != nil {
		client = *opt.Client
	}
	client.CheckRedirect = f.redirect
	f.client = &client
	w := &Watcher{
		feeds: feeds, st: st, opt: opt, fetch: f,
		seen:     map[string]bool{},
		attempts: map[string]int{},
		valid:    map[string]validators{},
		failing:  map[string]bool{},
	}
	for range opt.Workers {
		p, err := newPipeline()
		if err != nil {
			return nil, fmt.Errorf("building the pipeline: %w", err)
		}
		w.pipes = append(w.pipes, p)
	}
	if err := w.loadFailures(ctx); err != nil {
		return nil, err
	}
	// A state file beside an empty store (a new database, or one deleted
	// by hand) would make every feed answer 304 and the store stay empty.
	if len(w.seen) == 0 {
		arts, err := st.Articles(ctx, store.Query{Limit: 1})
		if err != nil {
			return nil, fmt.Errorf("reading the store: %w", err)
		}
		if len(arts) == 0 {
			return w, nil
		}
	}
	if err := w.loadState(); err != nil {
		w.logf("ignoring the state file (feeds are fetched in full once): %v", err)
	}
	return w, nil
}

// loadFailures marks every article ID with a final failure as seen, and
// notes the feeds whose last poll failed.
func (w *Watcher) loadFailures(ctx context.Context) error {
	const page = 1000
	feeds := map[string]bool{}
	for _, f := range w.feeds {
		feeds[f] = true
	}
	for off := 0; ; off += page {
		fs, err := w.st.Failures(ctx, page, off)
		if err != nil {
			return fmt.Errorf("reading the recorded failures: %w", err)
		}
		for _, f := range fs {
			if feeds[f.Key] {
				w.failing[f.Key] = true
			}
			if !strings.HasSuffix(f.Reason, retryMark) {
				w.seen[f.Key] = true
			}
		}
		if len(fs) < page {
			return nil
		}
	}
}

// Run polls every Options.Every until ctx is cancelled, and returns nil
// then. It returns early only when the store fails.
func (w *Watcher) Run(ctx context.Context) error {
	for {
		start := time.Now()
		if _, err := w.Poll(ctx); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		t := time.NewTimer(time.Until(start.Add(w.opt.Every)))
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
	}
}

// job is one article to code, with the counts of its feed.
type job struct {
	a      doc.Article
	counts *counts
}

type counts struct{ coded, failed atomic.Int64 }

// Poll polls every feed once, fetches the new pages, and codes them; it
// returns when all of them are stored. The error is a store failure or
// ctx.Err(); feed and page failures are in the reports and the store.
func (w *Watcher) Poll(ctx context.Context) ([]FeedReport, error) {
	jobs := make(chan job)
	var storeErr atomic.Pointer[error]
	setErr := func(err error) { storeErr.CompareAndSwap(nil, &err) }

	var coders sync.WaitGroup
	for _, p := range w.pipes {
		coders.Go(func() {
			for j := range jobs {
				if err := w.code(p, j); err != nil {
					setErr(err)
				}
			}
		})
	}

	reports := make([]FeedReport, len(w.feeds))
	cnts := make([]counts, len(w.feeds))
	sem := make(chan struct{}, w.opt.MaxFeeds)
	var feeds sync.WaitGroup
	for i, feed := range w.feeds {
		sem <- struct{}{}
		feeds.Go(func() {
			defer func() { <-sem }()
			start := time.Now()
			reports[i].Feed = feed
			if err := w.pollFeed(ctx, feed, &reports[i], &cnts[i], jobs); err != nil {
				setErr(err)
			}
			reports[i].Elapsed = time.Since(start)
		})
	}
	feeds.Wait()
	close(jobs)
	coders.Wait()
	// Pages that failed transiently are tried again next poll, not by
	// another feed of this one.
	w.mu.Lock()
	for _, id := range w.retry {
		delete(w.seen, id)
	}
	w.retry = w.retry[:0]
	w.mu.Unlock()

	for i := range reports {
		reports[i].Coded = int(cnts[i].coded.Load())
		reports[i].Failed += int(cnts[i].failed.Load())
		w.logf("%s", reports[i])
	}
	if err := w.saveState(); err != nil {
		w.logf("cannot save the state file: %v", err)
	}
	if p := storeErr.Load(); p != nil {
		return reports, *p
	}
	return reports, ctx.Err()
}

// pollFeed fetches one feed and its new pages, and hands the articles to
// the coders. Its error is a store failure or ctx.Err().
func (w *Watcher) pollFeed(ctx context.Context, feed string, r *FeedReport, c *counts, jobs chan<- job) error {
	w.mu.Lock()
	v := w.valid[feed]
	w.mu.Unlock()
	resp, err := w.fetch.get(ctx, feed, w.opt.MaxBytes, v)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		r.Err = err
		return w.feedFailed(ctx, feed, "feed "+err.Error())
	}
	if resp.status == http.StatusNotModified {
		r.NotModified = true
		return w.feedAnswered(ctx, feed)
	}
	parsed, err := gofeed.NewParser().Parse(bytes.NewReader(resp.body))
	if err != nil {
		r.Err = fmt.Errorf("cannot parse the feed: %v; check that it is RSS or Atom", err)
		return w.feedFailed(ctx, feed, "feed "+feed+": "+r.Err.Error())
	}
	if err := w.feedAnswered(ctx, feed); err != nil {
		return err
	}
	// The validators are kept only once the feed is read, so that a feed
	// that failed to parse is fetched in full next time.
	if resp.validators != v {
		w.mu.Lock()
		w.valid[feed] = resp.validators
		w.dirty = true
		w.mu.Unlock()
	}
	base, _ := url.Parse(resp.url)
	for _, it := range parsed.Items {
		link := resolve(base, it.Link)
		if link == "" {
			continue
		}
		r.Items++
		if ctx.Err() != nil {
			return ctx.Err()
		}
		id := ingest.ArticleID(link, "")
		if !w.claim(id) {
			continue
		}
		done, err := w.st.Has(ctx, id)
		if err != nil {
			w.release(id, false)
			return err
		}
		if done {
			w.release(id, true)
			continue
		}
		r.New++
		a, why, err := w.page(ctx, link, parsed, it)
		switch {
		case err != nil && ctx.Err() != nil:
			w.release(id, false)
			return ctx.Err()
		case err != nil:
			r.Failed++
			if err := w.failPage(ctx, id, err); err != nil {
				return err
			}
			continue
		case why != "":
			r.Skipped++
			w.release(id, true)
			if err := w.st.Fail(context.WithoutCancel(ctx), id, why); err != nil {
				return err
			}
			continue
		}
		a.ID = id
		select {
		case jobs <- job{a: a, counts: c}:
		case <-ctx.Done():
			w.release(id, false)
			return ctx.Err()
		}
	}
	return nil
}

// page fetches and reads one linked page. why is set when the article is
// skipped (another language than English); err when it could not be read.
func (w *Watcher) page(ctx context.Context, link string, feed *gofeed.Feed, it *gofeed.Item) (a doc.Article, why string, err error) {
	if err := w.fetch.checkRobots(ctx, link); err != nil {
		return a, "", err
	}
	resp, err := w.fetch.get(context.WithValue(ctx, robotsKey{}, true), link, w.opt.MaxBytes, validators{})
	if err != nil {
		return a, "", err
	}
	if !isHTML(resp.contentType, resp.body) {
		ct := resp.contentType
		if ct == "" {
			ct = http.DetectContentType(resp.body)
		}
		return a, "", &fetchError{URL: link, What: fmt.Sprintf("not an HTML page (Content-Type %s)", ct)}
	}
	opt := ingest.Options{Format: ingest.HTML, Outlet: feed.Title, MaxArticleBytes: w.opt.MaxBytes}
	switch {
	case it.PublishedParsed != nil:
		opt.Date = it.PublishedParsed.UTC()
	case it.UpdatedParsed != nil:
		opt.Date = it.UpdatedParsed.UTC()
	}
	for art, err := range ingest.ReadFrom(ctx, bytes.NewReader(resp.body), link, opt) {
		if err != nil {
			return a, "", err
		}
		a = art
		break
	}
	if a.Text == "" {
		return a, "", &fetchError{URL: link, What: "no article text found in the page"}
	}
	a.URL = link
	if a.Title == "" {
		a.Title = strings.TrimSpace(it.Title)
	}
	if g := lang.Detect(a.Text); g.NotEnglish() {
		return a, fmt.Sprintf("skipped: language %s (%s, confidence %.2f): %s", g.Code, g.Name, g.Confidence, link), nil
	}
	return a, "", nil
}

// feedFailed records the failure of a feed.
func (w *Watcher) feedFailed(ctx context.Context, feed, reason string) error {
	w.mu.Lock()
	w.failing[feed] = true
	w.mu.Unlock()
	return w.st.Fail(context.WithoutCancel(ctx), feed, reason)
}

// feedAnswered clears the recorded failure of a feed that was read again:
// the failures list shows what is broken now, not what once was.
func (w *Watcher) feedAnswered(ctx context.Context, feed string) error {
	w.mu.Lock()
	failing := w.failing[feed]
	delete(w.failing, feed)
	w.mu.Unlock()
	if !failing {
		return nil
	}
	return w.st.ClearFailure(context.WithoutCancel(ctx), feed)
}

// failPage records a page that could not be fetched or read. A transient
// failure leaves the page to be tried again on a later poll, until
// MaxAttempts.
func (w *Watcher) failPage(ctx context.Context, id string, err error) error {
	reason := err.Error()
	var fe *fetchError
	if errors.As(err, &fe) && fe.Deferred {
		// Not attempted: the host asked to wait.
		w.mu.Lock()
		w.retry = append(w.retry, id)
		w.mu.Unlock()
		return w.st.Fail(context.WithoutCancel(ctx), id, reason+retryMark)
	}
	if errors.As(err, &fe) && fe.Transient {
		w.mu.Lock()
		w.attempts[id]++
		n := w.attempts[id]
		w.mu.Unlock()
		if n < w.opt.MaxAttempts {
			reason += fmt.Sprintf(" (attempt %d of %d)%s", n, w.opt.MaxAttempts, retryMark)
			w.mu.Lock()
			w.retry = append(w.retry, id)
			w.mu.Unlock()
			return w.st.Fail(context.WithoutCancel(ctx), id, reason)
		}
		reason += fmt.Sprintf(" (gave up after %d attempts)", n)
	}
	w.release(id, true)
	return w.st.Fail(context.WithoutCancel(ctx), id, reason)
}

// code codes one article and stores it. Only a store error is returned; a
// pipeline error is recorded as the article's failure. It writes with a
// context that is never cancelled, so that Ctrl-C still stores what was
// fetched.
func (w *Watcher) code(p *doc.Pipeline, j job) error {
	d := doc.New(j.a)
	if err := p.Run(d); err != nil {
		j.counts.failed.Add(1)
		return w.st.Fail(context.Background(), j.a.ID, j.a.URL+": "+err.Error())
	}
	if err := w.st.Write(context.Background(), d); err != nil {
		w.release(j.a.ID, false)
		return fmt.Errorf("storing %s: %w", j.a.URL, err)
	}
	j.counts.coded.Add(1)
	return nil
}

// claim marks id as being fetched; false when it is seen or in flight.
func (w *Watcher) claim(id string) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.seen[id] {
		return false
	}
	w.seen[id] = true
	return true
}

// release ends a claim: done keeps id seen, otherwise it may be fetched
// again.
func (w *Watcher) release(id string, done bool) {
	if done {
		return
	}
	w.mu.Lock()
	delete(w.seen, id)
	w.mu.Unlock()
}

func (w *Watcher) logf(format string, args ...any) {
	if w.opt.Log != nil {
		fmt.Fprintf(w.opt.Log, "%s watch: %s\n", time.Now().UTC().Format(time.RFC3339), fmt.Sprintf(format, args...))
	}
}

// resolve makes an item's link absolute against the feed's URL; "" when
// there is none or it is not http(s).
func resolve(base *url.URL, link string) string {
	link = strings.TrimSpace(link)
	if link == "" {
		return ""
	}
	u, err := url.Parse(link)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	return u.String()
}

// isHTML tells a web page from a PDF, an image or a feed: by its
// Content-Type, or by its first bytes when it has none.
func isHTML(contentType string, body []byte) bool {
	if contentType == "" {
		contentType = http.DetectContentType(body)
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return false
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}
