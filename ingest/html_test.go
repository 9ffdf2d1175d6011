package ingest

import (
	"bytes"
	"context"
	"io"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// page is a news page with boilerplate around the story.
const page = `<!DOCTYPE html>
<html><head>
<meta charset="%s">
<title>Ministers meet in Geneva | Daily Planet</title>
<meta property="og:title" content="Ministers meet in Geneva">
<meta property="og:site_name" content="Daily Planet">
<meta property="article:published_time" content="2024-05-06T08:00:00Z">
<link rel="canonical" href="https://planet.example/world/ministers">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ministers meet in Geneva","datePublished":"2024-05-06T08:00:00Z","publisher":{"@type":"Organization","name":"Daily Planet"}}</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="ad">Buy our newsletter today!</div>
<article>
<h1>Ministers meet in Geneva</h1>
<p>The foreign ministers of two neighbouring states met in Geneva on Monday to discuss the disputed border, officials said. It was the first meeting between them in more than three years and followed weeks of quiet preparation by mediators.</p>
<p>Both delegations described the talks as frank and useful. A joint statement said the ministers had agreed to meet again within a month, and that technical teams would begin mapping the contested stretch of the frontier.</p>
<p>Mediators from a third country, who hosted the talks, said the %s café near the lake had served as the venue for an informal dinner on the eve of the meeting, where the two ministers spoke for an hour.</p>
</article>
<footer>Copyright Daily Planet. All rights reserved. Contact us. Privacy policy.</footer>
</body></html>`

func TestReadHTML(t *testing.T) {
	utf := strings.Replace(strings.Replace(page, "%s", "utf-8", 1), "%s", "lakeside", 1)
	latin := strings.Replace(strings.Replace(page, "%s", "iso-8859-1", 1), "%s", "lakeside", 1)
	latin = strings.Replace(latin, "café", "caf\xe9", 1)
	mislabelled := strings.Replace(latin, "iso-8859-1", "utf-8", 1)
	for _, c := range []struct{ name, data, fail string }{
		{"utf8.html", utf, ""},
		{"latin1.html", latin, ""},
		{"mislabelled.html", mislabelled, "declared UTF-8 but byte"},
		{"empty.html", "<html><head><title>Index</title></head><body><script>var x = 1;</script></body></html>", "no article text found"},
	} {
		arts, fails := collect(t, c.name, c.data, Options{})
		if c.fail != "" {
			if len(arts) != 0 || len(fails) != 1 || !strings.Contains(fails[0].Error(), c.fail) {
				t.Errorf("%s: want one failure with %q, got %v %v", c.name, c.fail, arts, fails)
			}
			continue
		}
		if len(arts) != 1 {
			t.Fatalf("%s: got %d articles, failures %v", c.name, len(arts), fails)
		}
		a := arts[0]
		if a.Title != "Ministers meet in Geneva" || a.Outlet != "Daily Planet" || a.URL != "https://planet.example/world/ministers" ||
			!a.Published.Equal(time.Date(2024, 5, 6, 8, 0, 0, 0, time.UTC)) {
			t.Errorf("%s: metadata %q %q %q %v", c.name, a.Title, a.Outlet, a.URL, a.Published)
		}
		if !strings.HasPrefix(a.Text, "The foreign ministers of two neighbouring states met") || !strings.Contains(a.Text, "by mediators.\n\nBoth delegations") {
			t.Errorf("%s: text does not start with the story or lacks paragraphs:\n%s", c.name, a.Text)
		}
		for _, junk := range []string{"newsletter", "Copyright", "Sport"} {
			if strings.Contains(a.Text, junk) {
				t.Errorf("%s: boilerplate %q left in the text", c.name, junk)
			}
		}
		if !strings.Contains(a.Text, "café") {
			t.Errorf("%s: charset not decoded: %q", c.name, a.Text)
		}
	}
}

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>World Wire</title><link>https://wire.example/</link>
<item><title>Sanctions threatened</title><link>https://wire.example/sanctions</link>
<pubDate>Tue, 07 May 2024 10:00:00 GMT</pubDate>
<description>&lt;p&gt;The union threatened new sanctions.&lt;/p&gt;&lt;p&gt;Talks go on.&lt;/p&gt;</description></item>
<item><title>No text</title><link>https://wire.example/empty</link></item>
<item><title>Aid delivered</title><link>https://wire.example/aid</link><pubDate>Wed, 08 May 2024 09:30:00 +0000</pubDate>
<description>Trucks crossed the border.</description></item>
</channel></rss>`

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>
<entry><title>Ceasefire agreed</title><link href="https://atom.example/ceasefire"/><id>tag:1</id>
<published>2024-05-09T12:00:00Z</published><content type="html">&lt;p&gt;Both sides agreed to a ceasefire.&lt;/p&gt;</content></entry>
</feed>`

func TestReadFeed(t *testing.T) {
	arts, fails := collect(t, "wire.rss", rss, Options{})
	if len(arts) != 2 || len(fails) != 1 || fails[0].Record != 2 {
		t.Fatalf("got %d articles and failures %v", len(arts), fails)
	}
	a := arts[0]
	if a.Title != "Sanctions threatened" || a.Outlet != "World Wire" || a.URL != "https://wire.example/sanctions" ||
		a.Text != "The union threatened new sanctions.\n\nTalks go on." || !a.Published.Equal(time.Date(2024, 5, 7, 10, 0, 0, 0, time.UTC)) {
		t.Errorf("rss item: %+v", a)
	}
	arts, _ = collect(t, "desk.atom", atomFeed, Options{})
	if len(arts) != 1 || arts[0].Text != "Both sides agreed to a ceasefire." || arts[0].Outlet != "Atom Desk" ||
		!arts[0].Published.Equal(time.Date(2024, 5, 9, 12, 0, 0, 0, time.UTC)) {
		t.Errorf("atom: %+v", arts)
	}
	// With a fetcher, the linked page gives the text.
	pageHTML := strings.Replace(strings.Replace(page, "%s", "utf-8", 1), "%s", "lakeside", 1)
	fetched := []string{}
	opt := Options{Fetch: func(_ context.Context, url string) (io.ReadCloser, error) {
		fetched = append(fetched, url)
		return io.NopCloser(strings.NewReader(pageHTML)), nil
	}}
	arts, _ = collect(t, "wire.rss", rss, opt)
	if len(fetched) != 3 || len(arts) != 3 || !strings.HasPrefix(arts[0].Text, "The foreign ministers") || arts[0].URL != "https://wire.example/sanctions" {
		t.Errorf("fetcher: fetched %v, articles %+v", fetched, arts)
	}
}

// buildWARC writes a WARC file with gowarc: a warcinfo record, a request,
// an HTML response, a PNG response and a second HTML response.
func buildWARC(t testing.TB, gzipped bool) []byte {
	var buf bytes.Buffer
	m := gowarc.NewMarshaler()
	add := func(rt gowarc.RecordType, uri, block string) {
		b := gowarc.NewRecordBuilder(rt, gowarc.WithAddMissingDigest(true), gowarc.WithFixContentLength(true), gowarc.WithAddMissingContentLength(true), gowarc.WithAddMissingRecordId(true))
		if _, err := b.WriteString(block); err != nil {
			t.Fatal(err)
		}
		b.AddWarcHeader(gowarc.WarcDate, "2024-05-10T00:00:00Z")
		if uri != "" {
			b.AddWarcHeader(gowarc.WarcTargetURI, uri)
		}
		switch rt {
		case gowarc.Response:
			b.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=response")
		case gowarc.Request:
			b.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=request")
		default:
			b.AddWarcHeader(gowarc.ContentType, "application/warc-fields")
		}
		rec, _, err := b.Build()
		if err != nil {
			t.Fatal(err)
		}
		var one bytes.Buffer
		if _, _, err := m.Marshal(&one, rec, 0); err != nil {
			t.Fatal(err)
		}
		if gzipped {
			buf.WriteString(gz(one.String())) // one gzip member per record, as in Common Crawl
		} else {
			buf.Write(one.Bytes())
		}
	}
	http := func(ctype, body string) string {
		return "HTTP/1.1 200 OK\r\nContent-Type: " + ctype + "\r\nContent-Length: " + strconv.Itoa(len(body)) + "\r\n\r\n" + body
	}
	pageHTML := strings.Replace(strings.Replace(page, "%s", "utf-8", 1), "%s", "lakeside", 1)
	undated := strings.Replace(strings.Replace(pageHTML, "2024-05-06T08:00:00Z", "", -1), `"Ministers meet in Geneva"`, `"Second page"`, -1)
	add(gowarc.Warcinfo, "", "software: dyad test\r\n")
	add(gowarc.Request, "https://planet.example/world/ministers", "GET /world/ministers HTTP/1.1\r\nHost: planet.example\r\n\r\n")
	add(gowarc.Response, "https://planet.example/world/ministers", http("text/html; charset=utf-8", pageHTML))
	add(gowarc.Response, "https://planet.example/logo.png", http("image/png", "\x89PNG\r\n"))
	add(gowarc.Response, "https://planet.example/world/second", http("text/html", undated))
	return buf.Bytes()
}

func TestReadWARC(t *testing.T) {
	for _, gzipped := range []bool{false, true} {
		arts, fails := collect(t, "crawl.warc", string(buildWARC(t, gzipped)), Options{})
		if len(fails) != 0 || len(arts) != 2 {
			t.Fatalf("gzip %v: %d articles, failures %v", gzipped, len(arts), fails)
		}
		if arts[0].URL != "https://planet.example/world/ministers" || !arts[0].Published.Equal(time.Date(2024, 5, 6, 8, 0, 0, 0, time.UTC)) ||
			!strings.HasPrefix(arts[0].Text, "The foreign ministers") {
			t.Errorf("gzip %v: first page %q %v %q", gzipped, arts[0].URL, arts[0].Published, arts[0].Text[:40])
		}
		// The second page has no date of its own: the crawl date stands in.
		if arts[1].URL != "https://planet.example/world/second" || !arts[1].Published.Equal(time.Date(2024, 5, 10, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("gzip %v: second page %q %v", gzipped, arts[1].URL, arts[1].Published)
		}
	}
	// A cut file gives the records before the cut and a located failure.
	w := buildWARC(t, false)
	arts, fails := collect(t, "cut.warc", string(w[:len(w)-200]), Options{})
	if len(arts) != 1 || len(fails) == 0 {
		t.Errorf("cut WARC: %d articles, failures %v", len(arts), fails)
	}
}
