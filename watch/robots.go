package watch

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
)

// robots.txt (RFC 9309) is read once a day per host before the watcher
// fetches a linked page there, and before it follows a redirect of a page
// to another host. The feeds themselves are not checked: the
// user listed them, as a feed reader's user subscribes. A 4xx answer (no
// robots.txt) allows everything; a 5xx or an unreachable host makes the page
// a transient failure, tried again next poll, since the RFC says to assume
// nothing is allowed then. Crawl-delay, not in the RFC but common, widens
// the gap between requests to the host, up to maxCrawlDelay.

const (
	robotsTTL      = 24 * time.Hour
	robotsMaxBytes = 500 << 10 // RFC 9309 asks crawlers to read at least 500 KiB
	maxCrawlDelay  = time.Minute
)

// robotsRules are the rules of one robots.txt group set for our agent.
type robotsRules struct {
	rules      []robotsRule
	crawlDelay time.Duration
}

type robotsRule struct {
	allow   bool
	pattern string // as written: '*' matches any run, a final '$' the end
}

// parseRobots reads the groups that apply to agent (the product token,
// e.g. "dyad-watch"): the groups naming it if any, else those for "*".
func parseRobots(body []byte, agent string) *robotsRules {
	agent = strings.ToLower(agent)
	var mine, star robotsRules
	var inMine, inStar, mineSeen bool
	lastWasAgent := false
	sc := bufio.NewScanner(bytes.NewReader(body))
	sc.Buffer(make([]byte, 0, 4096), robotsMaxBytes+1)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		key = strings.ToLower(strings.TrimSpace(key))
		val = strings.TrimSpace(val)
		switch key {
		case "user-agent":
			if !lastWasAgent { // a new group begins
				inMine, inStar = false, false
			}
			lastWasAgent = true
			switch v := strings.ToLower(val); {
			case v == "*":
				inStar = true
			case v != "" && (v == agent || strings.HasPrefix(agent, v)):
				inMine, mineSeen = true, true
			}
			continue
		case "allow", "disallow":
			if val != "" { // "Disallow:" with no path disallows nothing
				r := robotsRule{allow: key == "allow", pattern: val}
				if inMine {
					mine.rules = append(mine.rules, r)
				}
				if inStar {
					star.rules = append(star.rules, r)
				}
			}
		case "crawl-delay":
			if s, err := strconv.ParseFloat(val, 64); err == nil && s > 0 {
				d := min(time.Duration(s*float64(time.Second)), maxCrawlDelay)
				if inMine {
					mine.crawlDelay = d
				}
				if inStar {
					star.crawlDelay = d
				}
			}
		}
		lastWasAgent = false
	}
	if mineSeen {
		return &mine
	}
	return &star
}

// allowed reports whether the path (with its query) may be fetched: the
// longest matching pattern decides, Allow winning a tie; no match allows.
func (r *robotsRules) allowed(path string) bool {
	if path == "/robots.txt" {
		return true
	}
	best, allow := -1, true
	for _, rule := range r.rules {
		if len(rule.pattern) < best || !robotsMatch(rule.pattern, path) {
			continue
		}
		if len(rule.pattern) > best || rule.allow {
			best, allow = len(rule.pattern), rule.allow
		}
	}
	return allow
}

// robotsMatch matches a robots.txt path pattern against the start of path.
func robotsMatch(pattern, path string) bool {
	anchored := strings.HasSuffix(pattern, "$")
	if anchored {
		pattern = pattern[:len(pattern)-1]
	}
	parts := strings.Split(pattern, "*")
	if !strings.HasPrefix(path, parts[0]) {
		return false
	}
	pos := len(parts[0])
	for i, p := range parts[1:] {
		if anchored && i == len(parts)-2 {
			// The last part must end the path, as late as it can.
			return strings.HasSuffix(path[pos:], p)
		}
		j := strings.Index(path[pos:], p)
		if j < 0 {
			return false
		}
		pos += j + len(p)
	}
	return !anchored || pos == len(path)
}

// robotsEntry is the cached robots.txt of one scheme and host.
type robotsEntry struct {
	mu      sync.Mutex // held while fetching, so a host's robots.txt is fetched once
	rules   *robotsRules
	fetched time.Time
}

// robotsCache holds the robots.txt of every host the watcher fetched
// pages from.
type robotsCache struct {
	mu    sync.Mutex
	hosts map[string]*robotsEntry
}

// robotsKey marks the context of a page request (a bool): its redirects are
// checked against robots.txt too.
type robotsKey struct{}

// checkRobotsCached checks u against the robots.txt of its host if it was
// read (and is not being read now); it fetches nothing.
func (f *fetcher) checkRobotsCached(u *url.URL) error {
	key := strings.ToLower(u.Scheme + "://" + u.Host)
	f.robots.mu.Lock()
	e := f.robots.hosts[key]
	f.robots.mu.Unlock()
	if e == nil || !e.mu.TryLock() {
		return nil
	}
	defer e.mu.Unlock()
	if e.rules != nil && !e.rules.allowed(robotsPath(u)) {
		return &fetchError{URL: u.String(), What: "disallowed by " + key + "/robots.txt; not fetched"}
	}
	return nil
}

// robotsPath is the part of u that robots.txt rules match: the escaped
// path and the query.
func robotsPath(u *url.URL) string {
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	return path
}

// checkRobots returns a non-transient *fetchError when robots.txt
// disallows rawURL for the watcher, a transient one when robots.txt cannot
// be read, and ctx.Err() when ctx is cancelled.
func (f *fetcher) checkRobots(ctx context.Context, rawURL string) error {
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" {
		return nil // get reports the bad URL
	}
	key := strings.ToLower(u.Scheme + "://" + u.Host)
	f.robots.mu.Lock()
	if f.robots.hosts == nil {
		f.robots.hosts = map[string]*robotsEntry{}
	}
	e := f.robots.hosts[key]
	if e == nil {
		e = &robotsEntry{}
		f.robots.hosts[key] = e
	}
	f.robots.mu.Unlock()

	e.mu.Lock()
	defer e.mu.Unlock()
	if e.rules == nil || time.Since(e.fetched) > robotsTTL {
		rules, err := f.fetchRobots(ctx, key+"/robots.txt")
		if err != nil {
			return err
		}
		e.rules, e.fetched = rules, time.Now()
		if e.rules.crawlDelay > 0 {
			f.setGap(strings.ToLower(u.Host), e.rules.crawlDelay)
		}
	}
	if !e.rules.allowed(robotsPath(u)) {
		return &fetchError{URL: rawURL, What: "disallowed by " + key + "/robots.txt; not fetched"}
	}
	return nil
}

func (f *fetcher) fetchRobots(ctx context.Context, robotsURL string) (*robotsRules, error) {
	// A robots.txt that redirects is not itself checked against robots.txt
	// (which could wait on the entry being filled).
	ctx = context.WithValue(ctx, robotsKey{}, false)
	resp, err := f.get(ctx, robotsURL, robotsMaxBytes, validators{})
	var fe *fetchError
	switch {
	case err == nil:
		return parseRobots(resp.body, productToken(f.agent)), nil
	case errors.As(err, &fe) && fe.Status >= 400 && fe.Status < 500:
		return &robotsRules{}, nil // no robots.txt: everything is allowed
	case errors.As(err, &fe) && strings.Contains(fe.What, "over the limit"):
		// Not read past the limit: the host's pages are not fetched.
		return nil, &fetchError{URL: robotsURL, What: "robots.txt " + fe.What + "; the page is not fetched"}
	case errors.As(err, &fe):
		return nil, &fetchError{URL: fe.URL, Status: fe.Status, Transient: true, Deferred: fe.Deferred,
			What: fmt.Sprintf("cannot read robots.txt (%s); the page is not fetched until it can be", fe.What)}
	}
	return nil, err
}

// productToken is the name in a User-Agent: "dyad-watch/1 (...)" gives
// "dyad-watch".
func productToken(agent string) string {
	tok, _, _ := strings.Cut(agent, "/")
	tok, _, _ = strings.Cut(tok, " ")
	return strings.ToLower(tok)
}

// retryAfter reads a Retry-After header: seconds or an HTTP date. It
// returns 0 when there is none or it cannot be read.
func retryAfter(h http.Header, now time.Time) time.Duration {
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0
	}
	if s, err := strconv.Atoi(v); err == nil {
		if s <= 0 {
			return 0
		}
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}
