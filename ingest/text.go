package ingest

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"dyad/doc"
)

// A sidecar gives the date, outlet, URL and title of a plain-text article.
// For story.txt it is story.meta in the same folder: one "key: value" per
// line, keys date, outlet, url and title (case-insensitive); blank lines and
// lines starting with # are ignored, and so are unknown keys. The date is in
// any form ParseDate reads. Example:
//
//	date: 2023-03-02
//	outlet: Kyodo News
//	url: https://example.org/news/2023/03/02/g20
//	title: Blinken and Lavrov meet briefly in New Delhi
type Sidecar struct {
	Date   string
	Outlet string
	URL    string
	Title  string
}

// SidecarPath is the sidecar file for the plain-text article at path.
func SidecarPath(path string) string {
	return strings.TrimSuffix(path, filepath.Ext(path)) + ".meta"
}

func isSidecar(name string) bool { return strings.EqualFold(filepath.Ext(name), ".meta") }

// ReadSidecar reads a sidecar; a missing file is no error and gives ok false.
func ReadSidecar(path string) (sc Sidecar, ok bool, err error) {
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return sc, false, nil
	}
	if err != nil {
		return sc, false, err
	}
	defer f.Close()
	s := bufio.NewScanner(io.LimitReader(f, 1<<20))
	for line := 1; s.Scan(); line++ {
		t := strings.TrimSpace(s.Text())
		if t == "" || t[0] == '#' {
			continue
		}
		k, v, found := strings.Cut(t, ":")
		if !found {
			return sc, false, fmt.Errorf("%s:%d: want \"key: value\", got %q", path, line, t)
		}
		v = strings.TrimSpace(v)
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "date":
			sc.Date = v
		case "outlet":
			sc.Outlet = v
		case "url":
			sc.URL = v
		case "title":
			sc.Title = v
		}
	}
	return sc, true, s.Err()
}

// readText reads one plain-text article and its sidecar.
func readText(ctx context.Context, r *bufio.Reader, name string, opt *Options, yield yieldFunc) bool {
	at := Failure{Input: name, Offset: -1}
	max := opt.maxBytes()
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return yield(doc.Article{}, readFailure(name, 0, 0, err))
	}
	if int64(len(data)) > max {
		at.Reason = fmt.Sprintf("the article is over the limit of %d bytes", max)
		at.Hint = "raise Options.MaxArticleBytes (--max-article-bytes) if this is really one article, or split the file"
		return yield(doc.Article{}, &at)
	}
	a := doc.Article{Text: strings.TrimPrefix(string(data), "\ufeff")}
	if name != "-" {
		side := SidecarPath(name)
		sc, ok, err := ReadSidecar(side)
		if err != nil {
			at.Reason = "bad sidecar: " + err.Error()
			at.Hint = "fix the sidecar (lines of \"key: value\" with keys date, outlet, url, title)"
			return yield(doc.Article{}, &at)
		}
		if ok {
			if sc.Date != "" {
				t, ok := ParseDate(sc.Date)
				if !ok {
					at.Reason = fmt.Sprintf("sidecar %s: cannot read date %q", side, sc.Date)
					at.Hint = "write it as 2006-01-02 or RFC 3339 (2006-01-02T15:04:05Z)"
					return yield(doc.Article{}, &at)
				}
				a.Published = t
			}
			a.Outlet, a.URL, a.Title = sc.Outlet, sc.URL, sc.Title
		}
	}
	return emit(a, finish(&a, opt, at), yield)
}
