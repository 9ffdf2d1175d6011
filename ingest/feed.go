package ingest

import (
	"context"
	"fmt"
	"io"

	"github.com/mmcdole/gofeed"

	"dyad/doc"
)

// readFeed reads an RSS or Atom feed: one article per item, with the item's
// link, title and date and the feed's title as outlet. The text is that of
// the linked page when Options.Fetch is set and the fetch succeeds, and the
// item's content (or description) otherwise.
func readFeed(ctx context.Context, r io.Reader, name string, opt *Options, yield yieldFunc) bool {
	limit := htmlLimit(opt)
	lr := &io.LimitedReader{R: r, N: limit + 1}
	feed, err := gofeed.NewParser().Parse(lr)
	if lr.N <= 0 {
		return yield(doc.Article{}, &Failure{Input: name, Offset: -1,
			Reason: fmt.Sprintf("the feed is over the limit of %d bytes", limit),
			Hint:   "raise Options.MaxArticleBytes (--max-article-bytes) or split the feed"})
	}
	if err != nil {
		return yield(doc.Article{}, &Failure{Input: name, Offset: -1, Reason: "cannot parse the feed: " + err.Error(),
			Hint: "check that it is well-formed RSS or Atom XML"})
	}
	for i, it := range feed.Items {
		if err := ctx.Err(); err != nil {
			yield(doc.Article{}, err)
			return false
		}
		at := Failure{Input: name, Record: i + 1, Offset: -1}
		a, f := feedItem(ctx, feed, it, opt, at)
		if !emit(a, f, yield) {
			return false
		}
	}
	return true
}

func feedItem(ctx context.Context, feed *gofeed.Feed, it *gofeed.Item, opt *Options, at Failure) (doc.Article, *Failure) {
	a := doc.Article{URL: it.Link, Title: fragmentText(it.Title), Outlet: feed.Title}
	switch {
	case it.PublishedParsed != nil:
		a.Published = it.PublishedParsed.UTC()
	case it.UpdatedParsed != nil:
		a.Published = it.UpdatedParsed.UTC()
	}
	if opt.Fetch != nil && it.Link != "" {
		if rc, err := opt.Fetch(ctx, it.Link); err == nil {
			page, f := readHTML(ctx, rc, it.Link, "", a.Published, opt, at)
			rc.Close()
			if f == nil {
				if page.Title == "" {
					page.Title = a.Title
				}
				if page.Outlet == "" {
					page.Outlet = a.Outlet
				}
				return page, nil
			}
		}
	}
	a.Text = fragmentText(it.Content)
	if a.Text == "" {
		a.Text = fragmentText(it.Description)
	}
	if f := finish(&a, opt, at); f != nil {
		return doc.Article{}, f
	}
	return a, nil
}
