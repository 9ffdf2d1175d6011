package ingest

import (
	"bufio"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"mime"
	"strconv"
	"strings"

	"github.com/nlnwa/gowarc/v3"

	"dyad/doc"
)

// maxWARCErrors is how many records in a row may fail to parse before a
// WARC input is given up as not WARC at all.
const maxWARCErrors = 20

// readWARC reads the HTTP response records of a WARC file that hold HTML
// pages (as in Common Crawl News): one article per page, its URL from
// WARC-Target-URI. The publication date comes from the page; when the page
// has none, the crawl date (WARC-Date) stands in for it. Other records
// (requests, metadata, non-HTML responses, errors) are passed over.
// gowarc buffers each record while checking its digest: up to 1 MiB in
// memory, the rest in a temporary file, so a huge record costs disk, not
// memory, before it is rejected as over the limit.
func readWARC(ctx context.Context, r *bufio.Reader, name string, opt *Options, yield yieldFunc) bool {
	cr := &countingReader{r: r}
	br := bufio.NewReaderSize(cr, 64<<10)
	u := gowarc.NewUnmarshaler(
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore),
		gowarc.WithSpecViolationPolicy(gowarc.ErrIgnore),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
	)
	limit := htmlLimit(opt)
	failedInRow := 0
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			yield(doc.Article{}, err)
			return false
		}
		pos := cr.n - int64(br.Buffered())
		rec, off, _, err := u.Unmarshal(br)
		if err == io.EOF {
			return true
		}
		at := Failure{Input: name, Record: n, Offset: pos + off}
		if err != nil {
			failedInRow++
			at.Reason = "bad WARC record: " + err.Error()
			at.Hint = "the file may be truncated or not WARC; the next record is looked for"
			if !yield(doc.Article{}, &at) || failedInRow >= maxWARCErrors {
				return false
			}
			if _, derr := br.Discard(1); derr != nil {
				return true
			}
			continue
		}
		failedInRow = 0
		a, f, ok := warcArticle(ctx, rec, opt, limit, at)
		rec.Close()
		if ok && !emit(a, f, yield) {
			return false
		}
	}
}

// warcArticle turns one record into an article; ok is false for records
// that hold no page (they are passed over without a failure).
func warcArticle(ctx context.Context, rec gowarc.WarcRecord, opt *Options, limit int64, at Failure) (doc.Article, *Failure, bool) {
	if rec.Type() != gowarc.Response {
		return doc.Article{}, nil, false
	}
	block, isHTTP := rec.Block().(gowarc.HttpResponseBlock)
	if !isHTTP || block.HttpStatusCode() != 200 {
		return doc.Article{}, nil, false
	}
	h := block.HttpHeader()
	ctype := ""
	if h != nil {
		ctype = h.Get("Content-Type")
	}
	mt, _, _ := mime.ParseMediaType(ctype)
	if mt != "text/html" && mt != "application/xhtml+xml" {
		return doc.Article{}, nil, false
	}
	target := rec.WarcHeader().Get(gowarc.WarcTargetURI)
	at.Input = fmt.Sprintf("%s [%s]", at.Input, target)
	cl, clErr := strconv.ParseInt(rec.WarcHeader().Get(gowarc.ContentLength), 10, 64)
	if clErr == nil && cl > limit {
		at.Reason = fmt.Sprintf("the record is %d bytes, over the page limit of %d", cl, limit)
		at.Hint = "raise Options.MaxArticleBytes (--max-article-bytes) if it is really one article"
		return doc.Article{}, &at, true
	}
	payload, err := block.PayloadBytes()
	if err != nil {
		at.Reason = "cannot read the HTTP payload: " + err.Error()
		return doc.Article{}, &at, true
	}
	// The block reader stops quietly at the end of a cut file: count what
	// the payload gives to catch a truncated last record.
	counted := &countingReader{r: payload}
	payload = counted
	if enc := strings.ToLower(h.Get("Content-Encoding")); enc == "gzip" || enc == "x-gzip" {
		zr, err := gzip.NewReader(payload)
		if err != nil {
			at.Reason = "cannot decompress the page: " + err.Error()
			return doc.Article{}, &at, true
		}
		defer zr.Close()
		payload = zr
	}
	crawled, _ := rec.Date()
	a, f := readHTML(ctx, payload, target, ctype, crawled.UTC(), opt, at)
	if want := cl - int64(len(block.ProtocolHeaderBytes())); f == nil && clErr == nil && counted.n < want {
		at.Reason = fmt.Sprintf("the record is cut short: %d of %d payload bytes", counted.n, want)
		at.Hint = "the file is truncated: re-download it; records before this one were read"
		return doc.Article{}, &at, true
	}
	return a, f, true
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
