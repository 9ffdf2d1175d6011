package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"dyad/doc"
)

// htmlLimit bounds the raw bytes of one page: markup and scripts make a
// page several times larger than its text.
func htmlLimit(opt *Options) int64 { return 4 * opt.maxBytes() }

// readHTML reads one web page: the charset from contentType (an HTTP
// header, may be empty) or the page's own <meta>, the metadata from
// <meta>, Open Graph and JSON-LD, the text with the boilerplate removed.
// pageURL (may be empty) is where the page was fetched from; fallback
// (may be zero) dates a page that has no date of its own; at locates failures.
func readHTML(ctx context.Context, r io.Reader, pageURL, contentType string, fallback time.Time, opt *Options, at Failure) (doc.Article, *Failure) {
	limit := htmlLimit(opt)
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		f := readFailure(at.Input, at.Line, at.Record, err)
		f.Offset = at.Offset
		return doc.Article{}, f
	}
	if int64(len(data)) > limit {
		at.Reason = fmt.Sprintf("the page is over the limit of %d bytes", limit)
		at.Hint = "raise Options.MaxArticleBytes (--max-article-bytes; pages may be 4 times that) if it is really one article"
		return doc.Article{}, &at
	}
	return parseHTML(data, pageURL, contentType, fallback, opt, at)
}

func parseHTML(data []byte, pageURL, contentType string, fallback time.Time, opt *Options, at Failure) (doc.Article, *Failure) {
	enc, encName, _ := charset.DetermineEncoding(data, contentType)
	if encName == "utf-8" {
		if !utf8.Valid(data) {
			at.Reason = fmt.Sprintf("the page is declared UTF-8 but byte %d is not valid UTF-8", invalidAt(string(data)))
			at.Hint = "the charset label is wrong: fix the <meta charset> or the Content-Type header, or convert the page to UTF-8"
			return doc.Article{}, &at
		}
	} else {
		dec, err := enc.NewDecoder().Bytes(data)
		if err != nil {
			at.Reason = fmt.Sprintf("cannot decode the page as %s: %v", encName, err)
			at.Hint = "fix the declared charset or convert the page to UTF-8"
			return doc.Article{}, &at
		}
		data = dec
	}
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		at.Reason = "cannot parse the HTML: " + err.Error()
		return doc.Article{}, &at
	}
	meta := pageMeta(root)
	if pageURL == "" {
		pageURL = meta.url
	}
	var base *url.URL
	if pageURL != "" {
		base, _ = url.Parse(pageURL)
	}
	a := doc.Article{URL: pageURL, Title: meta.title, Outlet: meta.outlet, Published: meta.published}
	parser := readability.NewParser()
	ra, err := parser.ParseAndMutate(root, base)
	if err == nil && ra.Node != nil {
		a.Text = blockText(ra.Node)
		if a.Title == "" {
			a.Title = ra.Title()
		}
		if a.Outlet == "" {
			a.Outlet = ra.SiteName()
		}
		if a.Published.IsZero() {
			if t, err := ra.PublishedTime(); err == nil {
				a.Published = t
			}
		}
	}
	if strings.TrimSpace(a.Text) == "" {
		at.Reason = "no article text found in the page"
		at.Hint = "the page may be an index, a paywall or broken HTML; nothing to code"
		return doc.Article{}, &at
	}
	if a.Published.IsZero() {
		a.Published = fallback
	}
	if f := finish(&a, opt, at); f != nil {
		return doc.Article{}, f
	}
	return a, nil
}

type metadata struct {
	title, outlet, url string
	published          time.Time
}

// pageMeta reads the page's own metadata: JSON-LD first (headline,
// datePublished, publisher.name, url), then Open Graph and article:*
// properties, then plain <meta name> and <title>.
func pageMeta(root *html.Node) metadata {
	var m metadata
	var titleTag, canonical string
	props := map[string]string{}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				k := strings.ToLower(attr(n, "property"))
				if k == "" {
					k = strings.ToLower(attr(n, "name"))
				}
				if k == "" {
					k = strings.ToLower(attr(n, "itemprop"))
				}
				if k != "" {
					if _, seen := props[k]; !seen {
						props[k] = strings.TrimSpace(attr(n, "content"))
					}
				}
			case atom.Title:
				if titleTag == "" && n.FirstChild != nil {
					titleTag = strings.TrimSpace(n.FirstChild.Data)
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && canonical == "" {
					canonical = attr(n, "href")
				}
			case atom.Script:
				if strings.EqualFold(attr(n, "type"), "application/ld+json") && n.FirstChild != nil {
					jsonLD(n.FirstChild.Data, &m)
				}
			case atom.Time:
				if _, seen := props["time"]; !seen && attr(n, "datetime") != "" {
					props["time"] = attr(n, "datetime")
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	first := func(keys ...string) string {
		for _, k := range keys {
			if v := props[k]; v != "" {
				return v
			}
		}
		return ""
	}
	if m.title == "" {
		m.title = first("og:title", "twitter:title", "dc.title", "headline")
	}
	if m.title == "" {
		m.title = titleTag
	}
	if m.outlet == "" {
		m.outlet = first("og:site_name", "application-name", "publisher", "dc.publisher")
	}
	if m.url == "" {
		m.url = first("og:url")
	}
	if m.url == "" {
		m.url = canonical
	}
	if m.published.IsZero() {
		ds := first("article:published_time", "datepublished", "og:article:published_time", "date", "pubdate",
			"publishdate", "publish-date", "dc.date.issued", "dc.date", "dcterms.created", "sailthru.date", "parsely-pub-date", "time")
		if t, ok := ParseDate(ds); ok {
			m.published = t
		}
	}
	return m
}

// jsonLD fills m from a JSON-LD block: a NewsArticle (or any object with a
// headline or datePublished), possibly inside an array or an @graph.
func jsonLD(src string, m *metadata) {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return
	}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 4 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
			if s, ok := x["headline"].(string); ok && m.title == "" {
				m.title = s
			}
			if s, ok := x["datePublished"].(string); ok && m.published.IsZero() {
				if t, ok := ParseDate(s); ok {
					m.published = t
				}
			}
			if p, ok := x["publisher"].(map[string]any); ok && m.outlet == "" {
				if s, ok := p["name"].(string); ok {
					m.outlet = s
				}
			}
			if _, isArticle := x["headline"]; isArticle && m.url == "" {
				if s, ok := x["url"].(string); ok {
					m.url = s
				}
			}
		}
	}
	visit(v, 0)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// blockText renders the text of an HTML tree with one blank line between
// blocks (paragraphs, headings, list items) and single spaces inside them,
// the paragraph form the text stage expects.
func blockText(n *html.Node) string {
	var b strings.Builder
	var para strings.Builder
	flush := func() {
		t := strings.Join(strings.Fields(para.String()), " ")
		para.Reset()
		if t == "" {
			return
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(t)
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			para.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return
			case atom.Br:
				para.WriteByte(' ')
				return
			}
		}
		block := n.Type == html.ElementNode && isBlock(n.DataAtom)
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		}
	}
	walk(n)
	flush()
	return b.String()
}

func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Blockquote,
		atom.Section, atom.Article, atom.Pre, atom.Tr, atom.Figcaption, atom.Header, atom.Footer, atom.Ul, atom.Ol,
		atom.Table, atom.Dd, atom.Dt, atom.Main, atom.Aside, atom.Figure, atom.Hr:
		return true
	}
	return false
}

// fragmentText is the text of an HTML fragment (an RSS description).
func fragmentText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return strings.TrimSpace(s)
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return strings.TrimSpace(s)
	}
	root := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	return blockText(root)
}
