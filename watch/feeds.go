package watch

import (
	"bufio"
	"fmt"
	"io"
	"net/url"
	"os"
	"strings"
)

// ReadFeedList reads the feed list at path: one http or https URL a line;
// blank lines and lines starting with # are ignored, and so is anything
// after " #" on a line. A bad line is an error naming path:line.
func ReadFeedList(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read the feed list: %w", err)
	}
	defer f.Close()
	return ParseFeedList(f, path)
}

// ParseFeedList reads a feed list from r; name labels errors (file:line).
// A URL listed twice is kept once. An empty list is an error.
func ParseFeedList(r io.Reader, name string) ([]string, error) {
	var feeds []string
	seen := map[string]bool{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if i := strings.Index(line, " #"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.ContainsAny(line, " \t") {
			return nil, fmt.Errorf("%s:%d: %q is not one URL: write one feed URL a line", name, n, line)
		}
		u, err := url.Parse(line)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, fmt.Errorf("%s:%d: %q is not an http(s) URL: write the feed's full address, e.g. https://example.org/rss.xml", name, n, line)
		}
		if !seen[line] {
			seen[line] = true
			feeds = append(feeds, line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(feeds) == 0 {
		return nil, fmt.Errorf("%s: no feed URLs: write one RSS or Atom URL a line", name)
	}
	return feeds, nil
}
