package eval

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dyad/cameo"
	"dyad/doc"
)

// A made-up seed example: a meeting, a quote, a denial and a caption.
const miniArticle = `Anna Brill met Tom Kell in Geneva on Monday. "We will talk again," Brill said. Kell denied it. A photo of Brill.`

const miniExpected = `{
 "article": {"file": "article.txt", "source": "Test Wire", "published": "2024-02-06"},
 "entities": [
  {"text": "Anna Brill", "actor": "RURGOV", "also_as": ["Brill"]},
  {"text": "Tom Kell", "actor": "FREGOV", "also_as": ["Kell"]},
  {"text": "Geneva", "actor": null}
 ],
 "quotes": [
  {"speaker": "Anna Brill", "starts": "We will talk"},
  {"speaker": "Tom Kell", "starts": "It never happened"}
 ],
 "events": {
  "required": [
   {"id": "meet", "sentence": "Anna Brill met", "source": "RUR", "target": "FRE", "accept": ["04"]},
   {"id": "talk-again", "sentence": "We will talk", "source": "RUR", "target": "FRE", "accept": ["03"]}
  ],
  "optional": [
   {"id": "deny", "sentence": "Kell denied", "source": "FRE", "target": null, "accept": ["01", "11"]}
  ],
  "forbidden": [
   {"source": "*", "target": "*", "accept": ["04"], "from_sentence": "A photo of Brill."},
   {"source": "RUR", "target": "FRE", "accept": ["19"]}
  ]
 },
 "contested": [{"event": "meet", "asserted_by": "Anna Brill", "disputed_by": "Tom Kell"}]
}`

// span finds the n-th (0-based) occurrence of s in text.
func span(t *testing.T, text, s string, n int) doc.Span {
	t.Helper()
	at := -1
	for k := 0; k <= n; k++ {
		i := strings.Index(text[at+1:], s)
		if i < 0 {
			t.Fatalf("%q occurs fewer than %d times", s, n+1)
		}
		at += 1 + i
	}
	return doc.Span{Start: int32(at), End: int32(at + len(s))}
}

// miniPipeline stands in for dyad: it writes sentences, mentions, events,
// quotes and a claim by hand.
func miniPipeline(t *testing.T) func(*doc.Doc) error {
	return func(d *doc.Doc) error {
		x := d.Article.Text
		for _, s := range []string{`Anna Brill met Tom Kell in Geneva on Monday.`, `"We will talk again," Brill said.`, `Kell denied it.`, `A photo of Brill.`} {
			d.Sentences = append(d.Sentences, doc.Sentence{Span: span(t, x, s, 0)})
		}
		m := func(s string, n int, code string) doc.Mention {
			return doc.Mention{Span: span(t, x, s, n), Actor: doc.Actor{Code: code}, Antecedent: -1}
		}
		d.Mentions = []doc.Mention{
			m("Anna Brill", 0, "RURGOV"), // 0
			m("Tom Kell", 0, "FREGOV"),   // 1
			m("Geneva", 0, ""),           // 2: a place, no actor: right
			m("Brill", 1, "RURGOV"),      // 3: the speaker
			m("Kell", 1, ""),             // 4: unresolved, so Tom Kell is wrong
			m("Brill", 2, "RURGOV"),      // 5
		}
		part := func(mi int32) doc.Participant {
			if mi < 0 {
				return doc.Participant{Mention: -1}
			}
			return doc.Participant{Actor: d.Mentions[mi].Actor, Mention: mi, Span: d.Mentions[mi].Span}
		}
		ev := func(sent int32, src, tgt int32, code string) doc.Event {
			return doc.Event{Sentence: sent, Source: part(src), Target: part(tgt), Code: cameo.MustParse(code),
				ClaimedBy: doc.Attribution{Mention: -1, Quote: -1}}
		}
		meet := ev(0, 0, 1, "040")
		meet.Contested, meet.ClaimedBy.Mention = true, 0
		deny := ev(2, 4, -1, "012")
		deny.Source.Actor.Code = "FREGOV" // the coder knew better than the mention
		negated := ev(0, 0, 1, "190")
		negated.Negated = true // not produced: the forbidden 19 does not count
		d.Events = []doc.Event{meet, deny, ev(3, 5, -1, "040"), negated}
		d.Quotes = []doc.Quote{{Span: span(t, x, "We will talk again,", 0), Speaker: 3, Direct: true}}
		d.Claims = []doc.Claim{{Asserted: 0, Disputed: -1, Denier: 4, Span: span(t, x, "Kell denied it.", 0)}}
		return nil
	}
}

func TestScoreSeedMini(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{"article.txt": miniArticle, "expected.json": miniExpected} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ex, err := ReadSeedExample(dir)
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2024, 2, 6, 0, 0, 0, 0, time.UTC); !ex.Article.Published.Equal(want) || ex.Article.Outlet != "Test Wire" {
		t.Errorf("article: published %v outlet %q, want %v and Test Wire", ex.Article.Published, ex.Article.Outlet, want)
	}
	res, err := ScoreSeed(ex, miniPipeline(t))
	if err != nil {
		t.Fatal(err)
	}
	// By hand: meet found, talk-again not (1/2); deny is optional and found;
	// the caption's 040 is forbidden (1), the negated 190 is not produced;
	// one quote of two; Anna Brill and Geneva right, Tom Kell wrong ("Kell"
	// has no actor); the meeting is contested by Kell.
	want := SeedFigures{RequiredFound: 1, RequiredTotal: 2, OptionalFound: 1, ForbiddenFound: 1,
		QuotesRight: 1, QuotesTotal: 2, EntitiesRight: 2, EntitiesTotal: 3, Contested: true}
	if res.Figures != want {
		t.Errorf("figures\n got %+v\nwant %+v", res.Figures, want)
	}
	var b bytes.Buffer
	if err := json.NewEncoder(&b).Encode(res.Figures); err != nil {
		t.Fatal(err)
	}
	const wantJSON = `{"required_found":1,"required_total":2,"optional_found":1,"forbidden_found":1,"quotes_right":1,"quotes_total":2,"entities_right":2,"entities_total":3,"contested":true}` + "\n"
	if b.String() != wantJSON {
		t.Errorf("JSON\n got %s\nwant %s", b.String(), wantJSON)
	}
	rep := res.Report()
	for _, s := range []string{"found required events: meet\n", "missed required event: talk-again", "forbidden event produced:", `"It never happened" by Tom Kell`, "entity wrong: Tom Kell"} {
		if !strings.Contains(rep, s) {
			t.Errorf("report lacks %q:\n%s", s, rep)
		}
	}

	// Without the claim the meeting is not contested.
	res.Doc.Claims = nil
	again, err := ScoreSeedDoc(res.Doc, ex.Expected)
	if err != nil {
		t.Fatal(err)
	}
	if again.Figures.Contested {
		t.Error("contested without a claim")
	}
}

func TestReadSeedExampleErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := ReadSeedExample(dir); err == nil || !strings.Contains(err.Error(), "expected.json") {
		t.Errorf("missing expected.json: %v", err)
	}
	os.WriteFile(filepath.Join(dir, "expected.json"), []byte(`{"article": {"published": "6 Feb 2024"}}`), 0o644)
	os.WriteFile(filepath.Join(dir, "article.txt"), []byte("x"), 0o644)
	if _, err := ReadSeedExample(dir); err == nil || !strings.Contains(err.Error(), "6 Feb 2024") {
		t.Errorf("bad date: %v", err)
	}
}

// The real seed example reads, and a pipeline that finds nothing scores
// nothing but the entity that names no actor.
func TestScoreSeedShared(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "examples", "seed-g20-new-delhi")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("seed example absent (%v): needs ../shared beside the repository", err)
	}
	ex, err := ReadSeedExample(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !ex.Article.Published.Equal(time.Date(2023, 3, 3, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("published %v, want 2023-03-03", ex.Article.Published)
	}
	res, err := ScoreSeed(ex, func(*doc.Doc) error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	want := SeedFigures{RequiredTotal: 6, QuotesTotal: 7, EntitiesRight: 1, EntitiesTotal: 19}
	if res.Figures != want {
		t.Errorf("empty pipeline\n got %+v\nwant %+v", res.Figures, want)
	}
}
