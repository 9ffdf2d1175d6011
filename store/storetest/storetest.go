// Package storetest is the conformance suite every store.Store backend
// runs: Run(t, open) with open returning a fresh, empty store.
//
// The documents are built by hand (no coder needed): an article with
// mentions, quotes, events with evidence and a claim, a second report of the
// same meeting in other words, an exact copy and a syndicated near copy.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"dyad/cameo"
	"dyad/doc"
	"dyad/store"
)

// Codes used by the suite; their digits come from store.CodeString.
var (
	Consult = cameo.MustParse("040") // consult
	Demand  = cameo.MustParse("100") // demand
	Threat  = cameo.MustParse("130") // threaten
)

// Day is the publication day of the suite's articles.
var Day = time.Date(2023, 3, 2, 0, 0, 0, 0, time.UTC)

// MeetingText is the first article: ASCII apart from one "é" in the last
// paragraph, so that spans after it test byte (not character) offsets.
const MeetingText = `The top U.S. diplomat said on Thursday he spoke briefly with the Russian foreign minister on the margins of a meeting in New Delhi, telling him that Moscow must end its war.

The two men talked for about ten minutes, officials said, in the highest-level contact between the two countries in a year.

A spokeswoman for the ministry in Moscow said there were "no negotiations, no meeting" and that the exchange was brief.

At the café after the session, delegates said the United States would consider sanctions against a third country.`

// span finds the n-th (0-based) occurrence of s in text.
func span(text, s string, n int) doc.Span {
	from := 0
	for i := 0; ; i++ {
		j := strings.Index(text[from:], s)
		if j < 0 {
			panic(fmt.Sprintf("storetest: %q not in text", s))
		}
		if i == n {
			return doc.Span{Start: int32(from + j), End: int32(from + j + len(s))}
		}
		from += j + len(s)
	}
}

func article(id, url, outlet, title, text string) doc.Article {
	return doc.Article{ID: id, URL: url, Outlet: outlet, Title: title, Published: Day.Add(9 * time.Hour), Text: text}
}

// Meeting is the first article, fully coded.
func Meeting() *doc.Doc {
	t := MeetingText
	d := doc.New(article("meeting01", "https://wire.example/g20", "Wire", "Diplomats meet briefly", t))
	delhi := &doc.GeoRef{Name: "New Delhi", Country: "IND", Lat: 28.61, Lon: 77.21, Entry: "places.txt:9"}
	d.Mentions = []doc.Mention{
		{Span: span(t, "The top U.S. diplomat", 0), Kind: doc.Nominal, Actor: doc.Actor{Code: "USAGOV", Name: "Antony Blinken", Entry: "people.txt:1"}, Antecedent: -1},
		{Span: span(t, "the Russian foreign minister", 0), Kind: doc.Nominal, Actor: doc.Actor{Code: "RUSGOV", Name: "Sergey Lavrov", Entry: "people.txt:2"}, Antecedent: -1},
		{Span: span(t, "New Delhi", 0), Kind: doc.Place, Antecedent: -1, Geo: delhi},
		{Span: span(t, "Moscow", 0), Kind: doc.PlaceActor, Actor: doc.Actor{Code: "RUS", Name: "Russia"}, Antecedent: -1},
		{Span: span(t, "A spokeswoman for the ministry in Moscow", 0), Kind: doc.Nominal, Actor: doc.Actor{Code: "RUSGOV", Name: "Maria Zakharova"}, Antecedent: -1},
		{Span: span(t, "the United States", 0), Kind: doc.Country, Actor: doc.Actor{Code: "USA", Name: "United States"}, Antecedent: -1},
	}
	d.Quotes = []doc.Quote{
		{Span: span(t, "no negotiations, no meeting", 0), Speaker: 4, Cue: span(t, "said", 2), Direct: true, Partial: true},
	}
	d.Events = []doc.Event{
		{Sentence: 0, Code: Consult, Date: Day, DatePrec: doc.Day, Place: delhi,
			Source:    doc.Participant{Actor: d.Mentions[0].Actor, Mention: 0, Span: d.Mentions[0].Span},
			Target:    doc.Participant{Actor: d.Mentions[1].Actor, Mention: 1, Span: d.Mentions[1].Span},
			ClaimedBy: doc.Attribution{Voice: doc.ArticleVoice, Mention: -1, Quote: -1},
			Contested: true,
			Evidence:  doc.Evidence{Verb: span(t, "spoke", 0), Pattern: "verbs.txt:88 speak+with", Entries: []string{"people.txt:1", "people.txt:2", "verbs.txt:88"}, Confidence: 0.9}},
		{Sentence: 0, Code: Demand, Date: Day,
			Source:    doc.Participant{Actor: d.Mentions[0].Actor, Mention: 0, Span: d.Mentions[0].Span},
			Target:    doc.Participant{Actor: d.Mentions[3].Actor, Mention: 3, Span: d.Mentions[3].Span},
			ClaimedBy: doc.Attribution{Voice: doc.SpeakerVoice, Mention: 0, Quote: -1},
			Evidence:  doc.Evidence{Verb: span(t, "must end", 0), Pattern: "verbs.txt:120 must+end", Confidence: 0.7}},
		{Sentence: 4, Code: Threat, Modality: doc.Conditional, Date: Day,
			Source:    doc.Participant{Actor: d.Mentions[5].Actor, Mention: 5, Span: d.Mentions[5].Span},
			Target:    doc.Participant{Mention: -1},
			ClaimedBy: doc.Attribution{Voice: doc.ArticleVoice, Mention: -1, Quote: -1},
			Evidence:  doc.Evidence{Verb: span(t, "consider sanctions", 0), Pattern: "verbs.txt:130 consider+sanctions", Confidence: 0.6}},
	}
	d.Claims = []doc.Claim{{Asserted: 0, Disputed: 0, Denier: 4, Span: span(t, "there were \"no negotiations, no meeting\"", 0)}}
	return d
}

// SecondReport is another outlet's own account of the same meeting: other
// words, so not a copy, and the same consult event.
func SecondReport() *doc.Doc {
	t := `Washington's chief envoy and his counterpart from Russia held a short conversation during the gathering of foreign ministers, according to American officials.

Neither side described the content of the exchange in any detail.`
	d := doc.New(article("second02", "https://daily.example/envoys", "Daily", "Envoys talk", t))
	d.Mentions = []doc.Mention{
		{Span: span(t, "Washington's chief envoy", 0), Kind: doc.Nominal, Actor: doc.Actor{Code: "USAGOV", Name: "Antony Blinken"}, Antecedent: -1},
		{Span: span(t, "his counterpart from Russia", 0), Kind: doc.Nominal, Actor: doc.Actor{Code: "RUSGOV", Name: "Sergey Lavrov"}, Antecedent: -1},
	}
	d.Events = []doc.Event{{Sentence: 0, Code: Consult, Date: Day,
		Source:    doc.Participant{Actor: d.Mentions[0].Actor, Mention: 0, Span: d.Mentions[0].Span},
		Target:    doc.Participant{Actor: d.Mentions[1].Actor, Mention: 1, Span: d.Mentions[1].Span},
		ClaimedBy: doc.Attribution{Voice: doc.OutletVoice, Mention: -1, Quote: -1},
		Evidence:  doc.Evidence{Verb: span(t, "held a short conversation", 0), Confidence: 0.8}}}
	return d
}

// ExactCopy is Meeting's text at another outlet and URL.
func ExactCopy() *doc.Doc {
	d := Meeting()
	d.Article.ID, d.Article.URL, d.Article.Outlet = "copy03", "https://mirror.example/g20", "Mirror"
	return d
}

// NearCopy is Meeting as syndicated: new headline and byline line, one
// sentence edited.
func NearCopy() *doc.Doc {
	t := "Blinken and Lavrov speak on sidelines\nBy Staff Reporter\n\n" + strings.Replace(MeetingText,
		"The two men talked for about ten minutes, officials said,", "The two men talked for roughly ten minutes, according to officials,", 1)
	return doc.New(article("near04", "https://paper.example/world/g20", "Paper", "Blinken and Lavrov speak", t))
}

// Run runs the conformance suite; open must return a new, empty store,
// closed by the suite.
func Run(t *testing.T, open func(t *testing.T) store.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s store.Store)
	}{
		{"WriteAndQuery", testWriteAndQuery},
		{"Idempotent", testIdempotent},
		{"Cluster", testCluster},
		{"Duplicates", testDuplicates},
		{"Failures", testFailures},
		{"BatchIsAtomic", testBatchAtomic},
		{"Paging", testPaging},
		{"Concurrent", testConcurrent},
		{"QuotePieces", testQuotePieces},
		{"DatePrecision", testDatePrecision},
		{"UnnamedNames", testUnnamedNames},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			defer func() {
				if err := s.Close(); err != nil {
					t.Errorf("Close: %v", err)
				}
			}()
			tc.fn(t, s)
		})
	}
}

var ctx = context.Background()

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func stats(t *testing.T, s store.Store) store.Stats {
	t.Helper()
	st, err := s.Stats(ctx, 5)
	must(t, err)
	return st
}

func events(t *testing.T, s store.Store, q store.Query) []store.Event {
	t.Helper()
	es, err := s.Events(ctx, q)
	must(t, err)
	return es
}

func testWriteAndQuery(t *testing.T, s store.Store) {
	d := Meeting()
	if ok, err := s.Has(ctx, d.Article.ID); err != nil || ok {
		t.Fatalf("Has before Write = %v, %v", ok, err)
	}
	must(t, s.Write(ctx, d))
	if ok, err := s.Has(ctx, d.Article.ID); err != nil || !ok {
		t.Fatalf("Has after Write = %v, %v", ok, err)
	}
	consult, demand, threat := store.CodeString(Consult), store.CodeString(Demand), store.CodeString(Threat)
	cases := []struct {
		name  string
		q     store.Query
		codes []string // event codes expected, in order (newest first, then by ID)
	}{
		{"dyad", store.Query{Source: "USAGOV", Target: "RUSGOV"}, []string{consult}},
		{"dyad by prefix", store.Query{Source: "USA", Target: "RUS"}, []string{consult, demand}},
		{"actor either side", store.Query{Actor: "RUSGOV"}, []string{consult}},
		{"source only", store.Query{Source: "USA"}, []string{consult, demand, threat}},
		{"code", store.Query{Code: demand}, []string{demand}},
		{"code prefix", store.Query{Code: threat[:2]}, []string{threat}},
		{"country", store.Query{Country: "IND"}, []string{consult}},
		{"place", store.Query{Place: "New Delhi"}, []string{consult}},
		{"date range", store.Query{From: Day, To: Day.AddDate(0, 0, 1)}, []string{consult, demand, threat}},
		{"date range outside", store.Query{From: Day.AddDate(0, 0, 1)}, nil},
		{"full text", store.Query{Text: "margins Delhi"}, []string{consult, demand, threat}},
		{"full text no match", store.Query{Text: "Geneva"}, nil},
		{"outlet", store.Query{Outlet: "Wire", Target: "RUS"}, []string{consult, demand}},
	}
	for _, c := range cases {
		es := events(t, s, c.q)
		var got []string
		for _, e := range es {
			got = append(got, e.Code)
		}
		sortedWant := append([]string(nil), c.codes...)
		if !sameSet(got, sortedWant) {
			t.Errorf("%s: events %v, want %v", c.name, got, c.codes)
		}
	}
	// The consult event with its evidence.
	ms, err := s.Mentions(ctx, store.Query{Source: "USAGOV", Target: "RUSGOV"})
	must(t, err)
	if len(ms) != 1 {
		t.Fatalf("mentions of the dyad: %d, want 1", len(ms))
	}
	m := ms[0]
	wantM := store.Mention{ID: store.MentionID("meeting01", 0, "USAGOV", "RUSGOV", consult), ArticleID: "meeting01", Date: Day, DatePrec: doc.Day,
		Source: "USAGOV", SourceName: "Antony Blinken", Target: "RUSGOV", TargetName: "Sergey Lavrov", Code: consult,
		Modality: "asserted", Voice: "article", Contested: true, Place: "New Delhi", Country: "IND", Lat: 28.61, Lon: 77.21,
		Contests:   []store.Contest{{By: "Maria Zakharova", Text: Meeting().Text(Meeting().Claims[0].Span), Span: Meeting().Claims[0].Span}},
		SourceSpan: span(MeetingText, "The top U.S. diplomat", 0), TargetSpan: span(MeetingText, "the Russian foreign minister", 0),
		VerbSpan: span(MeetingText, "spoke", 0),
		Evidence: "The top U.S. diplomat said on Thursday he spoke briefly with the Russian foreign minister",
		Pattern:  "verbs.txt:88 speak+with", Entries: []string{"people.txt:1", "people.txt:2", "verbs.txt:88"}, Confidence: 0.9,
		URL: "https://wire.example/g20", Outlet: "Wire"}
	wantM.EventID = m.EventID
	if !reflect.DeepEqual(m, wantM) {
		t.Errorf("mention:\n got %+v\nwant %+v", m, wantM)
	}
	if m.EventID != store.EventID(Day, "USAGOV", "RUSGOV", consult, false, doc.Asserted) {
		t.Errorf("event ID %s is not the stable one", m.EventID)
	}
	// The conditional threat after the "é": its evidence is cut at byte offsets.
	ms, err = s.Mentions(ctx, store.Query{Code: threat})
	must(t, err)
	if len(ms) != 1 || ms[0].Evidence != "the United States would consider sanctions" || ms[0].Modality != "conditional" || ms[0].Target != "" {
		t.Errorf("threat mention: %+v", ms)
	}
	// Quotes by speaker code and by name.
	for _, sp := range []string{"RUSGOV", "RUS", "Maria Zakharova"} {
		qs, err := s.Quotes(ctx, store.Query{Speaker: sp})
		must(t, err)
		if len(qs) != 1 || qs[0].Text != "no negotiations, no meeting" || qs[0].Speaker != "Maria Zakharova" || !qs[0].Direct || !qs[0].Partial {
			t.Errorf("quotes by %q: %+v", sp, qs)
		}
	}
	if qs, err := s.Quotes(ctx, store.Query{Speaker: "USAGOV"}); err != nil || len(qs) != 0 {
		t.Errorf("quotes by USAGOV: %v %v", qs, err)
	}
	// Articles by full-text search, with their sources.
	as, err := s.Articles(ctx, store.Query{Text: "café"})
	must(t, err)
	if len(as) != 1 || as[0].Article != d.Article || len(as[0].Sources) != 1 || as[0].Sources[0].URL != d.Article.URL {
		t.Errorf("articles: %+v", as)
	}
	st := stats(t, s)
	if st.Articles != 1 || st.Events != 3 || st.Mentions != 3 || st.Quotes != 1 || st.Failures != 0 || st.Duplicates != 0 {
		t.Errorf("stats: %+v", st)
	}
	wantDyads := []store.Count{{Name: "USA>", N: 1}, {Name: "USAGOV>RUS", N: 1}, {Name: "USAGOV>RUSGOV", N: 1}}
	if !reflect.DeepEqual(st.TopDyads, wantDyads) {
		t.Errorf("top dyads %v, want %v", st.TopDyads, wantDyads)
	}
	wantActors := []store.Count{{Name: "USAGOV", N: 2}, {Name: "RUS", N: 1}, {Name: "RUSGOV", N: 1}, {Name: "USA", N: 1}}
	if !reflect.DeepEqual(st.TopActors, wantActors) {
		t.Errorf("top actors %v, want %v", st.TopActors, wantActors)
	}
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	seen := map[string]int{}
	for _, x := range a {
		seen[x]++
	}
	for _, x := range b {
		seen[x]--
	}
	for _, n := range seen {
		if n != 0 {
			return false
		}
	}
	return true
}

func testIdempotent(t *testing.T, s store.Store) {
	must(t, s.Write(ctx, Meeting()))
	must(t, s.Write(ctx, SecondReport()))
	before := stats(t, s)
	evBefore := events(t, s, store.Query{})
	must(t, s.Write(ctx, Meeting()))
	must(t, s.WriteBatch(ctx, []*doc.Doc{Meeting(), SecondReport(), Meeting()}))
	if after := stats(t, s); !reflect.DeepEqual(after, before) {
		t.Errorf("rewriting changed the stats:\n%+v\n%+v", before, after)
	}
	if evAfter := events(t, s, store.Query{}); !reflect.DeepEqual(evAfter, evBefore) {
		t.Errorf("rewriting changed the events:\n%+v\n%+v", evBefore, evAfter)
	}
	// A rewrite with fewer events drops what is gone.
	d := Meeting()
	d.Events = d.Events[:1]
	d.Claims = nil
	must(t, s.Write(ctx, d))
	if st := stats(t, s); st.Mentions != 2 || st.Events != 1 {
		t.Errorf("after recoding with one event: %+v", st)
	}
}

func testCluster(t *testing.T, s store.Store) {
	must(t, s.WriteBatch(ctx, []*doc.Doc{Meeting(), SecondReport()}))
	es := events(t, s, store.Query{Source: "USAGOV", Target: "RUSGOV"})
	if len(es) != 1 {
		t.Fatalf("the meeting reported twice should be one event, got %d", len(es))
	}
	e := es[0]
	if e.NumMentions != 2 || e.NumArticles != 2 || e.NumSources != 2 || !e.Date.Equal(Day) || e.Country != "IND" {
		t.Errorf("clustered event: %+v", e)
	}
	ms, err := s.Mentions(ctx, store.Query{Source: "USAGOV", Target: "RUSGOV"})
	must(t, err)
	if len(ms) != 2 || ms[0].EventID != e.ID || ms[1].EventID != e.ID {
		t.Errorf("both mentions keep their evidence under the event: %+v", ms)
	}
	if st := stats(t, s); st.Articles != 2 || st.Events != 3 || st.Mentions != 4 {
		t.Errorf("stats: %+v", st)
	}
}

func testDuplicates(t *testing.T, s store.Store) {
	must(t, s.Write(ctx, Meeting()))
	must(t, s.Write(ctx, ExactCopy()))
	must(t, s.Write(ctx, NearCopy()))
	must(t, s.Write(ctx, SecondReport())) // same event, other words: a separate article
	must(t, s.Write(ctx, NearCopy()))     // again: nothing changes
	for _, id := range []string{"meeting01", "copy03", "near04", "second02"} {
		if ok, err := s.Has(ctx, id); err != nil || !ok {
			t.Errorf("Has(%s) = %v, %v", id, ok, err)
		}
	}
	st := stats(t, s)
	if st.Articles != 2 || st.Duplicates != 2 || st.Mentions != 4 {
		t.Errorf("stats: %+v", st)
	}
	as, err := s.Articles(ctx, store.Query{Article: "meeting01"})
	must(t, err)
	if len(as) != 1 {
		t.Fatalf("articles: %+v", as)
	}
	var got []string
	for _, src := range as[0].Sources {
		got = append(got, fmt.Sprintf("%s %s %v", src.ArticleID, src.Outlet, src.Near))
	}
	want := []string{"meeting01 Wire false", "copy03 Mirror false", "near04 Paper true"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sources %v, want %v", got, want)
	}
	// The consult event: two stored articles, two copies of the first.
	e := events(t, s, store.Query{Source: "USAGOV", Target: "RUSGOV"})
	if len(e) != 1 || e[0].NumMentions != 2 || e[0].NumArticles != 4 || e[0].NumSources != 4 {
		t.Errorf("event counts with copies: %+v", e)
	}
	e = events(t, s, store.Query{Code: store.CodeString(Demand)})
	if len(e) != 1 || e[0].NumMentions != 1 || e[0].NumArticles != 3 || e[0].NumSources != 3 {
		t.Errorf("demand event counts with copies: %+v", e)
	}
}

func testFailures(t *testing.T, s store.Store) {
	must(t, s.Fail(ctx, "feed.jsonl:3", "invalid JSON"))
	must(t, s.Fail(ctx, "meeting01", "parser: internal error"))
	must(t, s.Fail(ctx, "meeting01", "parser: internal error (again)"))
	fs, err := s.Failures(ctx, 10, 0)
	must(t, err)
	if len(fs) != 2 {
		t.Fatalf("failures: %+v", fs)
	}
	reasons := map[string]string{}
	for _, f := range fs {
		reasons[f.Key] = f.Reason
		if f.At.IsZero() {
			t.Errorf("failure %s has no time", f.Key)
		}
	}
	if reasons["meeting01"] != "parser: internal error (again)" || reasons["feed.jsonl:3"] != "invalid JSON" {
		t.Errorf("reasons: %v", reasons)
	}
	if ok, _ := s.Has(ctx, "meeting01"); ok {
		t.Error("a failed article is not done")
	}
	must(t, s.Write(ctx, Meeting()))
	if st := stats(t, s); st.Failures != 1 {
		t.Errorf("a successful write should clear the article's failure: %+v", st)
	}
	must(t, s.ClearFailure(ctx, "no such key"))
	must(t, s.ClearFailure(ctx, "feed.jsonl:3"))
	if st := stats(t, s); st.Failures != 0 {
		t.Errorf("ClearFailure left %d failures", st.Failures)
	}
}

func testBatchAtomic(t *testing.T, s store.Store) {
	must(t, s.Write(ctx, SecondReport()))
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	err := s.WriteBatch(cancelled, []*doc.Doc{Meeting(), NearCopy()})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("WriteBatch with a cancelled context: %v", err)
	}
	if st := stats(t, s); st.Articles != 1 || st.Mentions != 1 {
		t.Errorf("a failed batch left something behind: %+v", st)
	}
	if ok, _ := s.Has(ctx, "meeting01"); ok {
		t.Error("a failed batch left meeting01")
	}
	noID := NearCopy()
	noID.Article.ID = ""
	if err := s.WriteBatch(ctx, []*doc.Doc{Meeting(), noID}); err == nil || !strings.Contains(err.Error(), "no article ID") {
		t.Errorf("a document without an ID: %v", err)
	}
	if st := stats(t, s); st.Articles != 1 {
		t.Errorf("a batch with a document without ID left something behind: %+v", st)
	}
}

// Report is a short distinct article (no copy of any other Report) in
// which USAGOV consults RUSGOV on day.
func Report(i int, day time.Time) *doc.Doc {
	const lead = "The American envoy met the Russian envoy."
	var b strings.Builder
	b.WriteString(lead)
	for k := range 30 {
		fmt.Fprintf(&b, " w%dx%d", i, k)
	}
	d := doc.New(doc.Article{ID: fmt.Sprintf("report%03d", i), Outlet: "Daily", Published: day, Text: b.String()})
	d.Mentions = []doc.Mention{
		{Span: span(lead, "The American envoy", 0), Kind: doc.Nominal, Actor: doc.Actor{Code: "USAGOV"}, Antecedent: -1},
		{Span: span(lead, "the Russian envoy", 0), Kind: doc.Nominal, Actor: doc.Actor{Code: "RUSGOV"}, Antecedent: -1},
	}
	d.Events = []doc.Event{{Code: Consult, Date: day,
		Source:    doc.Participant{Actor: d.Mentions[0].Actor, Mention: 0, Span: d.Mentions[0].Span},
		Target:    doc.Participant{Actor: d.Mentions[1].Actor, Mention: 1, Span: d.Mentions[1].Span},
		ClaimedBy: doc.Attribution{Mention: -1, Quote: -1},
		Evidence:  doc.Evidence{Verb: span(lead, "met", 0)}}}
	return d
}

func testPaging(t *testing.T, s store.Store) {
	var ds []*doc.Doc
	for i := range 25 {
		ds = append(ds, Report(i, Day.AddDate(0, 0, i)))
	}
	must(t, s.WriteBatch(ctx, ds))
	var all []string
	for off := 0; ; off += 10 {
		es := events(t, s, store.Query{Limit: 10, Offset: off})
		for _, e := range es {
			all = append(all, e.Date.Format("01-02"))
		}
		if len(es) < 10 {
			break
		}
	}
	if len(all) != 25 || all[0] != "03-26" || all[24] != "03-02" {
		t.Errorf("paged events (newest first): %v", all)
	}
	// Either side, paged: the same 25, newest first, no repeats.
	var byActor []string
	for off := 0; off < 30; off += 7 {
		for _, e := range events(t, s, store.Query{Actor: "RUS", Limit: 7, Offset: off}) {
			byActor = append(byActor, e.Date.Format("01-02"))
		}
	}
	if strings.Join(byActor, " ") != strings.Join(all, " ") {
		t.Errorf("paged by actor: %v, want %v", byActor, all)
	}
	n := 0
	stop := errors.New("stop")
	err := s.EachMention(ctx, store.Query{}, func(store.Mention) error {
		n++
		if n == 7 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 7 {
		t.Errorf("EachMention stops on the callback's error: %v after %d", err, n)
	}
	n = 0
	must(t, s.EachMention(ctx, store.Query{}, func(store.Mention) error { n++; return nil }))
	if n != 25 {
		t.Errorf("EachMention without a limit gave %d of 25", n)
	}
}

func testConcurrent(t *testing.T, s store.Store) {
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs <- s.Write(ctx, Report(i, Day))
			_, err := s.Events(ctx, store.Query{Source: "USA"})
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	if st := stats(t, s); st.Articles != 8 || st.Mentions != 8 || st.Events != 1 {
		t.Errorf("stats after concurrent writes: %+v", st)
	}
}

// testQuotePieces: a quotation broken by its cue keeps its pieces, and its
// text is the pieces without the cue; an indirect quote keeps the fragment
// quoted in it, and its text is its whole span.
func testQuotePieces(t *testing.T, s store.Store) {
	const text = `"We came to talk," the envoy said, "and to listen." He said Moscow should "reverse its decision".`
	d := doc.New(doc.Article{ID: "pieces01", Outlet: "Wire", Published: Day, Text: text})
	d.Mentions = []doc.Mention{
		{Span: span(text, "the envoy", 0), Kind: doc.Nominal, Actor: doc.Actor{Code: "USAGOV", Name: "Antony Blinken"}, Antecedent: -1},
	}
	broken := []doc.Span{span(text, "We came to talk,", 0), span(text, "and to listen.", 0)}
	fragment := []doc.Span{span(text, "reverse its decision", 0)}
	d.Quotes = []doc.Quote{
		{Span: doc.Span{Start: broken[0].Start, End: broken[1].End}, Speaker: 0, Cue: span(text, "said", 0), Direct: true, Pieces: broken},
		{Span: span(text, "Moscow should \"reverse its decision\"", 0), Speaker: 0, Cue: span(text, "said", 1), Pieces: fragment},
	}
	must(t, s.Write(ctx, d))
	qs, err := s.Quotes(ctx, store.Query{Speaker: "USAGOV"})
	must(t, err)
	if len(qs) != 2 {
		t.Fatalf("quotes: %+v, want 2", qs)
	}
	if q := qs[0]; q.Text != "We came to talk, … and to listen." || !reflect.DeepEqual(q.Pieces, broken) || !q.Direct {
		t.Errorf("broken quotation: %+v", q)
	}
	if q := qs[1]; q.Text != `Moscow should "reverse its decision"` || !reflect.DeepEqual(q.Pieces, fragment) || q.Direct {
		t.Errorf("indirect quote with a fragment: %+v", q)
	}
}

// testDatePrecision: a clustered event keeps the finest date precision of
// its reports: a year named in the only report is a year, and a later
// report that gives the day makes it a day.
func testDatePrecision(t *testing.T, s store.Store) {
	d := Meeting()
	d.Events[0].DatePrec = doc.Year
	must(t, s.Write(ctx, d))
	q := store.Query{Source: "USAGOV", Target: "RUSGOV"}
	if es := events(t, s, q); len(es) != 1 || es[0].DatePrec != doc.Year {
		t.Fatalf("one report at year precision: %+v", es)
	}
	must(t, s.Write(ctx, SecondReport())) // the same day, its text giving the day
	if es := events(t, s, q); len(es) != 1 || es[0].DatePrec != doc.Day || es[0].NumMentions != 2 {
		t.Errorf("a second report giving the day: %+v", es)
	}
}

// testUnnamedNames: a clustered event whose source no dictionary codes
// carries the words a report names it by, and two such sources the same
// day are two events; a coded participant carries no words.
func testUnnamedNames(t *testing.T, s store.Store) {
	text := "Adam Otieno criticised Uganda. Mary Wanjiru criticised Uganda."
	d := doc.New(article("unnamed01", "https://wire.example/unnamed", "Wire", "Two critics", text))
	d.Mentions = []doc.Mention{{Span: span(text, "Uganda", 0), Kind: doc.Country, Actor: doc.Actor{Code: "UGA", Name: "Uganda"}, Antecedent: -1}}
	for i, name := range []string{"Adam Otieno", "Mary Wanjiru"} {
		d.Events = append(d.Events, doc.Event{Sentence: int32(i), Code: Demand, Date: Day,
			Source:    doc.Participant{Mention: -1, Span: span(text, name, 0)},
			Target:    doc.Participant{Actor: d.Mentions[0].Actor, Mention: 0, Span: d.Mentions[0].Span},
			ClaimedBy: doc.Attribution{Voice: doc.ArticleVoice, Mention: -1, Quote: -1},
			Evidence:  doc.Evidence{Verb: span(text, "criticised", i), Confidence: 0.7}})
	}
	must(t, s.Write(ctx, d))
	var got []string
	for _, e := range events(t, s, store.Query{Target: "UGA"}) {
		got = append(got, e.Source+"|"+e.SourceName+"|"+e.TargetName)
	}
	if want := []string{"|Adam Otieno|", "|Mary Wanjiru|"}; !sameSet(got, want) {
		t.Errorf("events: %q, want %q", got, want)
	}
}
