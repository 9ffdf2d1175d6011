// Package ingest reads news from files, folders and streams and yields
// doc.Article values: plain text (with a sidecar for date and outlet), HTML
// pages, RSS/Atom feeds, WARC files of crawled pages, JSON Lines, JSON arrays
// and CSV; any of them gzip-compressed.
//
// The format of each input is found from its first bytes (the extension only
// breaks ties), so a .txt file holding JSON Lines is read as JSON Lines and a
// .png is skipped. Readers stream: a JSONL, CSV, WARC or folder input is read
// one record at a time, and no single article larger than
// Options.MaxArticleBytes is ever held in memory.
//
// Bad input never stops a run. Every record that cannot be read becomes a
// *Failure (input name, line or record, byte offset, what was wrong and what
// to do) yielded in place of an article, and the reader goes on with the next
// record. Inputs that are not articles at all (a README.md, an image, a
// binary) are reported as a *Failure with Skipped set.
package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"iter"
	"net/url"
	"os"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"dyad/doc"
)

// DefaultMaxArticleBytes is the per-article size limit used when
// Options.MaxArticleBytes is zero: 8 MiB of text is far beyond any news
// article (a long feature is about 50 KB) and small enough to hold in memory
// on every worker.
const DefaultMaxArticleBytes = 8 << 20

// Options control reading. The zero value is ready to use.
type Options struct {
	// Date is the publication date of plain-text articles that have no
	// sidecar date (see ReadSidecar), and of records without a date field.
	Date time.Time
	// Outlet is the outlet of articles that name none.
	Outlet string
	// MaxArticleBytes bounds one article (one text file, one JSON line or
	// CSV row, one HTML page or WARC record). A larger one is not loaded: it
	// becomes a Failure telling the caller to raise the limit. Zero means
	// DefaultMaxArticleBytes. JSON arrays and CSV fields are decoded one
	// element at a time; the limit is checked after each element is read.
	MaxArticleBytes int64
	// Fields names the JSON or CSV fields to read; empty names are guessed
	// from the usual ones (see Fields).
	Fields Fields
	// Fetch, when set, fetches the page an RSS/Atom item links to; its HTML
	// then gives the article text. When nil, or when fetching fails, the
	// item's own content or description is the text.
	Fetch func(ctx context.Context, url string) (io.ReadCloser, error)
	// Format forces a format for every input; Auto (the zero value) sniffs.
	Format Format
}

func (o *Options) maxBytes() int64 {
	if o.MaxArticleBytes > 0 {
		return o.MaxArticleBytes
	}
	return DefaultMaxArticleBytes
}

// Failure is one input or record that gave no article. It is yielded in
// place of the article as an error; the reader then goes on.
type Failure struct {
	Input   string // file name; "-" for standard input; "file.warc.gz" for a WARC
	Line    int    // 1-based line where the record starts; 0 when not line based
	Record  int    // 1-based record number within the input; 0 for whole-file inputs
	Offset  int64  // byte offset of the record in the (decompressed) input; -1 when unknown
	Skipped bool   // the input is not an article source (a README, an image): a note, not an error
	Reason  string // what was wrong
	Hint    string // what to do about it; may be empty
}

func (f *Failure) Error() string {
	var b strings.Builder
	b.WriteString(f.Input)
	if f.Line > 0 {
		fmt.Fprintf(&b, ":%d", f.Line)
	}
	if f.Record > 0 {
		fmt.Fprintf(&b, ": record %d", f.Record)
	}
	if f.Offset > 0 {
		fmt.Fprintf(&b, " (byte %d)", f.Offset)
	}
	if f.Skipped {
		b.WriteString(": skipped")
	}
	b.WriteString(": ")
	b.WriteString(f.Reason)
	if f.Hint != "" {
		b.WriteString("; ")
		b.WriteString(f.Hint)
	}
	return b.String()
}

// Read yields the articles in the named files and folders, in order; folders
// are walked recursively in lexical order, skipping hidden entries and
// sidecar files. The name "-" reads standard input. Every error yielded is
// a *Failure, except ctx.Err() when ctx is cancelled, after which Read stops.
func Read(ctx context.Context, paths []string, opt Options) iter.Seq2[doc.Article, error] {
	return func(yield func(doc.Article, error) bool) {
		for _, p := range paths {
			if !readPath(ctx, p, &opt, yield) {
				return
			}
		}
	}
}

// ReadFrom yields the articles in one stream; name labels failures and
// picks the sidecar for plain text (none is looked up when name is "-").
func ReadFrom(ctx context.Context, r io.Reader, name string, opt Options) iter.Seq2[doc.Article, error] {
	return func(yield func(doc.Article, error) bool) {
		readStream(ctx, r, name, &opt, yield)
	}
}

type yieldFunc = func(doc.Article, error) bool

func readPath(ctx context.Context, p string, opt *Options, yield yieldFunc) bool {
	if err := ctx.Err(); err != nil {
		yield(doc.Article{}, err)
		return false
	}
	if p == "-" {
		return readStream(ctx, os.Stdin, "-", opt, yield)
	}
	fi, err := os.Stat(p)
	if err != nil {
		return yield(doc.Article{}, &Failure{Input: p, Offset: -1, Reason: "cannot open: " + errText(err),
			Hint: "check the path and its permissions"})
	}
	if !fi.IsDir() {
		return readFile(ctx, p, opt, yield)
	}
	var files []string
	walkErr := walkDir(p, &files)
	for _, f := range files {
		if !readFile(ctx, f, opt, yield) {
			return false
		}
	}
	if walkErr != nil {
		return yield(doc.Article{}, &Failure{Input: p, Offset: -1, Reason: "cannot list folder: " + errText(walkErr),
			Hint: "check its permissions"})
	}
	return true
}

// walkDir lists the regular files under dir in lexical order, without
// hidden files and folders and without sidecars (read with their article).
func walkDir(dir string, out *[]string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	var firstErr error
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		full := dir + string(os.PathSeparator) + name
		switch {
		case e.IsDir():
			if err := walkDir(full, out); err != nil && firstErr == nil {
				firstErr = err
			}
		case e.Type().IsRegular() || e.Type()&os.ModeSymlink != 0:
			if isSidecar(name) {
				continue
			}
			*out = append(*out, full)
		}
	}
	return firstErr
}

func readFile(ctx context.Context, p string, opt *Options, yield yieldFunc) bool {
	f, err := os.Open(p)
	if err != nil {
		return yield(doc.Article{}, &Failure{Input: p, Offset: -1, Reason: "cannot open: " + errText(err),
			Hint: "check the path and its permissions"})
	}
	defer f.Close()
	return readStream(ctx, f, p, opt, yield)
}

// errText is err's message without the *PathError prefix that repeats the
// file name a Failure already carries.
func errText(err error) string {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err.Error()
	}
	return err.Error()
}

// ArticleID is the stable ID of an article: the first 16 hex digits of the
// SHA-256 of its normalised URL, or of its text when it has no URL.
func ArticleID(rawURL, text string) string {
	var sum [32]byte
	if u := NormalizeURL(rawURL); u != "" {
		sum = sha256.Sum256([]byte("url:" + u))
	} else {
		sum = sha256.Sum256([]byte("text:" + text))
	}
	return hex.EncodeToString(sum[:8])
}

// NormalizeURL lowercases scheme and host, drops the fragment, default
// ports, tracking parameters (utm_*, fbclid, gclid) and a trailing slash,
// so that one page reached by several links gets one ID. It returns ""
// for an empty or unparsable URL.
func NormalizeURL(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return raw
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme == "http" {
		u.Scheme = "https" // the same page served over both
	}
	host := strings.ToLower(u.Host)
	host = strings.TrimSuffix(host, ":80")
	host = strings.TrimSuffix(host, ":443")
	host = strings.TrimPrefix(host, "www.")
	u.Host = host
	u.Fragment = ""
	u.RawFragment = ""
	if u.RawQuery != "" {
		q := u.Query()
		for k := range q {
			lk := strings.ToLower(k)
			if strings.HasPrefix(lk, "utm_") || lk == "fbclid" || lk == "gclid" {
				q.Del(k)
			}
		}
		u.RawQuery = q.Encode()
	}
	if len(u.Path) > 1 {
		u.Path = strings.TrimSuffix(u.Path, "/")
		u.RawPath = ""
	}
	if u.Path == "/" {
		u.Path = ""
	}
	return u.String()
}

// finish fills the article's defaults and ID and checks its text; it
// returns a Failure for an article that must not be yielded.
func finish(a *doc.Article, opt *Options, at Failure) *Failure {
	a.Text = strings.TrimSpace(a.Text)
	a.Title = strings.TrimSpace(a.Title)
	if a.Published.IsZero() {
		a.Published = opt.Date
	}
	if a.Outlet == "" {
		a.Outlet = opt.Outlet
	}
	if a.Text == "" {
		at.Reason = "no article text"
		at.Hint = "the record has no text field, or it is empty"
		return &at
	}
	if !utf8.ValidString(a.Text) {
		at.Reason = fmt.Sprintf("text is not valid UTF-8 (first bad byte at %d of the text)", invalidAt(a.Text))
		at.Hint = "convert the input to UTF-8 (e.g. iconv -f windows-1252 -t utf-8), or fix its declared charset"
		return &at
	}
	if int64(len(a.Text)) > opt.maxBytes() {
		at.Reason = fmt.Sprintf("article text is %d bytes, over the limit of %d", len(a.Text), opt.maxBytes())
		at.Hint = "raise Options.MaxArticleBytes (--max-article-bytes) if this is really one article"
		return &at
	}
	if a.ID == "" {
		a.ID = ArticleID(a.URL, a.Text)
	}
	return nil
}

// invalidAt is the byte offset of the first invalid UTF-8 sequence in s, or -1.
func invalidAt(s string) int {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, n := utf8.DecodeRuneInString(s[i:]); n == 1 {
				return i
			}
		}
	}
	return -1
}
