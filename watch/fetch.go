package watch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
)

// fetcher makes every HTTP request of a Watcher through one client, with
// the watcher's User-Agent, a timeout per request (headers and body), a
// size limit, and a per-host gate: at most one request in flight per host
// and at least gap between the starts of two requests to one host. The
// client's CheckRedirect must be fetcher.redirect.
type fetcher struct {
	client  *http.Client
	agent   string
	timeout time.Duration
	gap     time.Duration

	mu    sync.Mutex
	hosts map[string]*hostGate

	robots robotsCache
}

// hostGate serialises the requests to one host. last and notBefore are
// read and written only by the holder of sem; gap under fetcher.mu.
type hostGate struct {
	sem  chan struct{}
	last time.Time
	// notBefore is when the host said to come back (Retry-After on a 429
	// or 503); until then its requests fail at once, as deferred.
	notBefore time.Time
	gap       time.Duration // robots.txt Crawl-delay when longer than fetcher.gap
}

// hold is the host gate a request holds; a redirect to another host
// trades it for that host's gate, so that redirected pages are paced too
// and no request ever holds two gates (which could deadlock).
type hold struct {
	host    string
	release func()
}

type holdKey struct{}

var errTooManyRedirects = errors.New("stopped after 10 redirects")

// maxRetryAfter bounds how long a host's Retry-After keeps the watcher
// away from it.
const maxRetryAfter = 6 * time.Hour

// redirect is the client's CheckRedirect: it moves the request's hold to
// the new host, and stops after 10 redirects. For a page (a context with
// robotsKey true) it checks the new URL against its host's robots.txt.
func (f *fetcher) redirect(req *http.Request, via []*http.Request) error {
	if len(via) >= 10 {
		return errTooManyRedirects
	}
	h, _ := req.Context().Value(holdKey{}).(*hold)
	host := strings.ToLower(req.URL.Host)
	robots, _ := req.Context().Value(robotsKey{}).(bool)
	if h == nil || host == h.host {
		if robots {
			// The gate of this host is held: only robots.txt rules read
			// before are checked, as fetching it now would wait for the
			// gate this request holds.
			return f.checkRobotsCached(req.URL)
		}
		return nil
	}
	h.release()
	h.release = func() {}
	if robots {
		if err := f.checkRobots(req.Context(), req.URL.String()); err != nil {
			return err
		}
	}
	release, err := f.acquire(req.Context(), host)
	if err != nil {
		return err
	}
	h.host, h.release = host, release
	return nil
}

// validators are a feed's cache validators, sent back as a conditional GET.
type validators struct {
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
}

// response is a fetched resource, its body read in full.
type response struct {
	status      int // 200 or 304
	body        []byte
	contentType string
	url         string // after redirects
	validators
}

// fetchError is a failed request: what happened to which URL, and whether
// trying again later may succeed (a timeout, a 5xx, a 429).
type fetchError struct {
	URL       string
	What      string
	Status    int // the HTTP status, when there was an answer
	Transient bool
	// Deferred is a request not made because the host asked to wait
	// (Retry-After): it does not count as an attempt.
	Deferred bool
}

func (e *fetchError) Error() string { return e.URL + ": " + e.What }

func (f *fetcher) gate(host string) *hostGate {
	f.mu.Lock()
	defer f.mu.Unlock()
	g := f.hosts[host]
	if g == nil {
		g = &hostGate{sem: make(chan struct{}, 1)}
		f.hosts[host] = g
	}
	return g
}

// acquire waits for host's turn; the caller must call release when its
// request (body included) is done.
func (f *fetcher) acquire(ctx context.Context, host string) (release func(), err error) {
	g := f.gate(host)
	select {
	case g.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if now := time.Now(); now.Before(g.notBefore) {
		<-g.sem
		return nil, &fetchError{What: fmt.Sprintf("not fetched: %s asked to wait until %s (Retry-After)", host, g.notBefore.UTC().Format(time.RFC3339)),
			Transient: true, Deferred: true}
	}
	f.mu.Lock()
	gap := max(f.gap, g.gap)
	f.mu.Unlock()
	if wait := time.Until(g.last.Add(gap)); wait > 0 {
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			<-g.sem
			return nil, ctx.Err()
		}
	}
	g.last = time.Now()
	return func() { <-g.sem }, nil
}

// setGap sets the least time between two requests to host, when longer
// than the watcher's.
func (f *fetcher) setGap(host string, gap time.Duration) {
	g := f.gate(host)
	f.mu.Lock()
	g.gap = gap
	f.mu.Unlock()
}

// get fetches rawURL, sending v as a conditional GET when it is not zero.
// A 304 answer is a response with status 304 and no body. Every other
// failure is a *fetchError, except ctx.Err() when ctx is cancelled.
func (f *fetcher) get(ctx context.Context, rawURL string, limit int64, v validators) (*response, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, &fetchError{URL: rawURL, What: "not an http(s) URL"}
	}
	host := strings.ToLower(u.Host)
	release, err := f.acquire(ctx, host)
	if fe, ok := err.(*fetchError); ok {
		fe.URL = rawURL
	}
	if err != nil {
		return nil, err
	}
	h := &hold{host: host, release: release}
	defer func() { h.release() }()

	// The timeout starts once the gate is open: waiting for a busy host is
	// not the page being slow.
	rctx, cancel := context.WithTimeout(ctx, f.timeout)
	defer cancel()
	rctx = context.WithValue(rctx, holdKey{}, h)
	req, err := http.NewRequestWithContext(rctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, &fetchError{URL: rawURL, What: err.Error()}
	}
	req.Header.Set("User-Agent", f.agent)
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, f.explain(ctx, rctx, rawURL, err)
	}
	defer resp.Body.Close()

	r := &response{status: resp.StatusCode, contentType: resp.Header.Get("Content-Type"), url: resp.Request.URL.String()}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		return r, nil
	case resp.StatusCode != http.StatusOK:
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10)) // lets the connection be reused
		code := resp.StatusCode
		fe := &fetchError{URL: rawURL, What: "HTTP " + resp.Status, Status: code,
			Transient: code == http.StatusRequestTimeout || code == http.StatusTooManyRequests || code >= 500}
		if code == http.StatusTooManyRequests || code == http.StatusServiceUnavailable {
			if d := min(retryAfter(resp.Header, time.Now()), maxRetryAfter); d > 0 {
				// h is the gate of the host that answered (after redirects),
				// still held.
				f.gate(h.host).notBefore = time.Now().Add(d)
				fe.What += fmt.Sprintf("; the host asks to wait %s (Retry-After)", d.Round(time.Second))
			}
		}
		return nil, fe
	case resp.ContentLength > limit:
		return nil, &fetchError{URL: rawURL, What: fmt.Sprintf("the page is %d bytes, over the limit of %d", resp.ContentLength, limit)}
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, f.explain(ctx, rctx, rawURL, err)
	}
	if int64(len(body)) > limit {
		return nil, &fetchError{URL: rawURL, What: fmt.Sprintf("the page is over the limit of %d bytes", limit)}
	}
	r.body = body
	r.ETag = resp.Header.Get("ETag")
	r.LastModified = resp.Header.Get("Last-Modified")
	return r, nil
}

// explain turns a transport error into a fetchError, or into ctx.Err()
// when the watcher itself is stopping.
func (f *fetcher) explain(ctx, rctx context.Context, rawURL string, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if errors.Is(rctx.Err(), context.DeadlineExceeded) {
		return &fetchError{URL: rawURL, What: fmt.Sprintf("timed out after %s", f.timeout), Transient: true}
	}
	var fe *fetchError
	if errors.As(err, &fe) { // a redirect to a host that asked to wait
		fe.URL = rawURL
		return fe
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	// A lost connection or a refused one may be back next poll; a
	// redirect loop will not.
	return &fetchError{URL: rawURL, What: err.Error(), Transient: !errors.Is(err, errTooManyRedirects)}
}
