package sqlite

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dyad/cameo"
	"dyad/doc"
	"dyad/store"
	"dyad/store/storetest"
)

// benchEvents is the size of the events table for the query benchmarks.
const benchEvents = 1_000_000

var (
	countries = []string{"USA", "RUS", "CHN", "UKR", "GBR", "FRA", "DEU", "IND", "ISR", "PSE", "IRN", "SYR", "TUR", "IRQ",
		"SAU", "EGY", "JPN", "KOR", "PRK", "PAK", "AFG", "BRA", "MEX", "ZAF", "NGA", "ETH", "SDN", "YEM", "LBN", "JOR",
		"QAT", "ARE", "POL", "ITA", "ESP", "CAN", "AUS", "IDN", "PHL", "VNM", "THA", "MMR", "BGD", "LKA", "NPL", "KEN",
		"SOM", "LBY", "TUN", "DZA", "MAR", "VEN", "COL", "ARG", "CHL", "PER", "CUB", "BLR", "GEO", "ARM"}
	sectors = []string{"", "GOV", "MIL", "REB", "BUS", "MED", "OPP", "CVL"}
	codes   = []string{"010", "020", "036", "040", "042", "043", "051", "057", "061", "071", "090", "100", "112", "120",
		"130", "138", "140", "141", "163", "172", "173", "180", "190", "193", "195"}
)

// benchDB returns the path of a database holding benchEvents synthetic
// events, built once and kept in the system temp folder (delete
// dyad-bench-events.db there to rebuild it). Actors are drawn with a Zipf
// law over 60 countries and 8 sectors, as real coverage is skewed: USA, RUS
// and CHN dominate; days spread over ten years.
func benchDB(b *testing.B) string {
	path := filepath.Join(os.TempDir(), "dyad-bench-events.db")
	if _, err := os.Stat(path); err == nil {
		return path
	}
	b.Logf("building %s with %d events (once)", path, benchEvents)
	db, err := Open(path+".tmp", Options{})
	if err != nil {
		b.Fatal(err)
	}
	db.sql.SetMaxOpenConns(1) // one connection, so the cache size below applies to every insert
	if _, err := db.sql.Exec("PRAGMA cache_size = -262144"); err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	r := rand.New(rand.NewPCG(1, 2))
	zc := rand.NewZipf(r, 1.3, 2, uint64(len(countries)-1))
	zs := rand.NewZipf(r, 1.5, 1, uint64(len(sectors)-1))
	actor := func() string { return countries[zc.Uint64()] + sectors[zs.Uint64()] }
	base := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	const batch = 50_000
	for done := 0; done < benchEvents; done += batch {
		tx, err := db.sql.Begin()
		if err != nil {
			b.Fatal(err)
		}
		stmt, err := tx.Prepare(`INSERT OR IGNORE INTO events VALUES (?, ?, ?, ?, ?, ?, ?, '', 0, 'asserted', ?, ?, ?, ?)`)
		if err != nil {
			b.Fatal(err)
		}
		for i := 0; i < batch; i++ {
			src, tgt := actor(), actor()
			code := codes[r.IntN(len(codes))]
			day := base.AddDate(0, 0, r.IntN(3650))
			id := store.EventID(day, src, tgt, code, false, doc.Asserted) + fmt.Sprint(done+i)
			n := 1 + r.IntN(5)
			if _, err := stmt.Exec(id, day.Unix(), src, tgt, code, code[:2], 1+r.IntN(4), countries[zc.Uint64()], n, n, 1+r.IntN(n)); err != nil {
				b.Fatal(err)
			}
		}
		stmt.Close()
		if err := tx.Commit(); err != nil {
			b.Fatal(err)
		}
	}
	db.sql.Exec("ANALYZE")
	db.Close()
	if err := os.Rename(path+".tmp", path); err != nil {
		b.Fatal(err)
	}
	os.Remove(path + ".tmp-wal")
	os.Remove(path + ".tmp-shm")
	b.Logf("built in %v", time.Since(start))
	return path
}

// BenchmarkQuery measures queries over benchEvents events:
//
//	go test -run '^$' -bench Query -benchtime 200x -timeout 60m ./store/sqlite
//
// The first run builds the database (several minutes on two cores).
func BenchmarkQuery(b *testing.B) {
	db, err := Open(benchDB(b), Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	var n int
	db.sql.QueryRow("SELECT count(*) FROM events").Scan(&n)
	if n < benchEvents {
		b.Fatalf("bench DB has %d events, want %d", n, benchEvents)
	}
	queries := []struct {
		name string
		q    store.Query
	}{
		{"dyad-exact", store.Query{Source: "USAGOV", Target: "RUSGOV"}},
		{"dyad-prefix", store.Query{Source: "USA", Target: "RUS"}},
		{"dyad-rare", store.Query{Source: "ARMMED", Target: "GEOOPP"}},
		{"dyad-year", store.Query{Source: "USA", Target: "CHN", From: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)}},
		{"actor", store.Query{Actor: "IRNGOV"}},
		{"dyad-root", store.Query{Source: "USA", Target: "RUS", Code: "13"}},
		{"code-month", store.Query{Code: "19", From: time.Date(2022, 2, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2022, 3, 1, 0, 0, 0, 0, time.UTC)}},
	}
	for _, c := range queries {
		b.Run(c.name, func(b *testing.B) {
			rows := 0
			for b.Loop() {
				es, err := db.Events(context.Background(), c.q)
				if err != nil {
					b.Fatal(err)
				}
				rows = len(es)
			}
			b.ReportMetric(float64(rows), "rows")
		})
	}
}

// benchWords is a vocabulary of 5,000 pseudo-words for benchmark texts.
var benchWords = func() []string {
	r := rand.New(rand.NewPCG(3, 4))
	const letters = "abcdefghijklmnopqrstuvwxyz"
	ws := make([]string, 5000)
	for i := range ws {
		b := make([]byte, 3+r.IntN(8))
		for j := range b {
			b[j] = letters[r.IntN(len(letters))]
		}
		ws[i] = string(b)
	}
	return ws
}()

// codedDoc is a realistic coded article: about 3 KB of text in distinct
// words (no two are near copies, so dedup does its full work), 12
// mentions, 6 events and 2 quotes.
func codedDoc(i int) *doc.Doc {
	r := rand.New(rand.NewPCG(uint64(i), 5))
	var sb strings.Builder
	for s := range 24 {
		for range 18 {
			sb.WriteString(benchWords[r.IntN(len(benchWords))])
			sb.WriteByte(' ')
		}
		sb.WriteString("said. ")
		if s%6 == 5 {
			sb.WriteString("\n\n")
		}
	}
	text := sb.String()
	d := doc.New(doc.Article{ID: fmt.Sprintf("bench%08d", i), URL: fmt.Sprintf("https://news.example/%d", i), Outlet: "Bench",
		Title: fmt.Sprintf("Story %d", i), Published: storetest.Day.AddDate(0, 0, i%1000), Text: text})
	for m := range 12 {
		at := int32(m * 120)
		d.Mentions = append(d.Mentions, doc.Mention{Span: doc.Span{Start: at, End: at + 9}, Kind: doc.Country,
			Actor: doc.Actor{Code: countries[(i+m)%len(countries)] + "GOV", Name: "State", Entry: "countries.txt:1"}, Antecedent: -1})
	}
	for e := range 6 {
		src, tgt := d.Mentions[2*e], d.Mentions[2*e+1]
		d.Events = append(d.Events, doc.Event{Sentence: int32(4 * e), Code: cameo.Code(40 + 10*e), Date: d.Article.Published,
			Source:    doc.Participant{Actor: src.Actor, Mention: int32(2 * e), Span: src.Span},
			Target:    doc.Participant{Actor: tgt.Actor, Mention: int32(2*e + 1), Span: tgt.Span},
			ClaimedBy: doc.Attribution{Mention: -1, Quote: -1},
			Evidence:  doc.Evidence{Verb: doc.Span{Start: src.Span.End + 5, End: src.Span.End + 8}, Pattern: "verbs.txt:1 meet", Entries: []string{"countries.txt:1"}, Confidence: 0.8}})
	}
	d.Quotes = []doc.Quote{{Span: doc.Span{Start: 10, End: 60}, Speaker: 0, Direct: true}, {Span: doc.Span{Start: 300, End: 380}, Speaker: -1}}
	return d
}

// BenchmarkWrite measures writes into a fresh database file:
//
//	go test -run '^$' -bench Write -benchtime 2000x ./store/sqlite
func BenchmarkWrite(b *testing.B) {
	for _, batch := range []int{1, 100} {
		b.Run(fmt.Sprintf("batch-%d", batch), func(b *testing.B) {
			db, err := Open(filepath.Join(b.TempDir(), "dyad.db"), Options{})
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			docs := make([]*doc.Doc, b.N)
			for i := range docs {
				docs[i] = codedDoc(i)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i += batch {
				if err := db.WriteBatch(context.Background(), docs[i:min(i+batch, b.N)]); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}
