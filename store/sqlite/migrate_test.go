package sqlite

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"dyad/doc"
	"dyad/store"
	"dyad/store/dedup"
	"dyad/store/storetest"
)

// readMentions is the mentions view of one article, a line per row.
func readMentions(t *testing.T, db *sql.DB, article string) string {
	t.Helper()
	rows, err := db.Query(`SELECT idx, start, end, kind, code, name, entry, antecedent, geo_name, geo_country,
		coalesce(lat, 'null'), coalesce(lon, 'null') FROM mentions WHERE article_id = ? ORDER BY idx`, article)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var lines []string
	for rows.Next() {
		var f [12]string
		p := make([]any, len(f))
		for i := range f {
			p[i] = &f[i]
		}
		if err := rows.Scan(p...); err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Join(f[:], "|"))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return strings.Join(lines, "\n")
}

// TestMigrations opens a database of schema version 2 and checks that
// migration 3 moves the rows of its mentions table into the article's row
// with nothing lost (the mentions view gives the same rows), and that after
// migrations 4 (bands by article rowid) and 7 (signatures for the in-memory
// LSH index instead of bands) a near copy of a stored article is still
// found; quotes (migration 8) and sources read back as before.
func TestMigrations(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	old, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	setup := []string{
		`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)`,
		migrations[0], migrations[1],
		`INSERT INTO schema_migrations VALUES (1, 0), (2, 0)`,
		`INSERT INTO articles (id, url, outlet, title, published, text, text_hash, minhash, coded_at)
			VALUES ('a1', 'u1', 'o', 't', 0, 'Paris said "no" to Moscow.', 'h1', x'', 0),
			       ('a2', 'u2', 'o', 't', 0, 'Nothing here.', 'h2', x'', 0)`,
		// Out of order, a quote and a backslash, a non-ASCII name, a place.
		`INSERT INTO mentions VALUES
			('a1', 1, 19, 25, 'name', 'RUS', 'Moscow', 'RUS: Moscow', -1, 'Moscow', 'RUS', 55.75, 37.62),
			('a1', 0, 0, 5, 'name', 'FRA', 'Paris "\ É', 'FRA: Paris', -1, '', '', NULL, NULL),
			('a1', 2, 0, 5, 'pronoun', 'FRA', '', '', 0, '', '', NULL, NULL)`,
		// Where a1 was seen: its own row and an exact copy's.
		`INSERT INTO article_sources VALUES ('a1', 'a1', 'u1', 'o', 0, 0), ('dup1', 'a1', 'u-dup', 'o2', 86400, 0)`,
		// Paris's "no", as version 2 stored quotes: keyed by article ID.
		`INSERT INTO quotes VALUES ('a1', 0, 11, 15, 0, 'Paris', 'FRA', 6, 10, 1, 0)`,
	}
	for _, q := range setup {
		if _, err := old.Exec(q); err != nil {
			t.Fatalf("%.60s: %v", q, err)
		}
	}
	// The meeting article as version 2 stored it: bands by article ID.
	m := storetest.Meeting().Article
	fp := dedup.Of(m.Text)
	if _, err := old.Exec(`INSERT INTO articles (id, url, outlet, title, published, text, text_hash, minhash, coded_at)
		VALUES (?, ?, ?, ?, 0, ?, ?, ?, 0)`, m.ID, m.URL, m.Outlet, m.Title, m.Text, fp.Exact, fp.Sig.Bytes()); err != nil {
		t.Fatal(err)
	}
	if _, err := old.Exec(`INSERT INTO article_sources VALUES (?, ?, ?, ?, 0, 0)`, m.ID, m.ID, m.URL, m.Outlet); err != nil {
		t.Fatal(err)
	}
	for i, key := range fp.Sig.Bands() {
		if _, err := old.Exec(`INSERT INTO article_bands VALUES (?, ?, ?)`, i, key, m.ID); err != nil {
			t.Fatal(err)
		}
	}
	old.Close()

	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	want := `0|0|5|name|FRA|Paris "\ É|FRA: Paris|-1|||null|null
1|19|25|name|RUS|Moscow|RUS: Moscow|-1|Moscow|RUS|55.75|37.62
2|0|5|pronoun|FRA|||0|||null|null`
	if got := readMentions(t, db.sql, "a1"); got != want {
		t.Errorf("mentions of a1 after migration:\n%s\nwant\n%s", got, want)
	}
	if got := readMentions(t, db.sql, "a2"); got != "" {
		t.Errorf("mentions of a2 after migration: %q, want none", got)
	}
	var version, pageSize int
	if db.sql.QueryRow(`PRAGMA page_size`).Scan(&pageSize); pageSize != 4096 {
		t.Errorf("page size %d after opening, want the database's own 4096", pageSize)
	}
	db.sql.QueryRow(`SELECT max(version) FROM schema_migrations`).Scan(&version)
	if version != len(migrations) {
		t.Errorf("schema version %d after opening, want %d", version, len(migrations))
	}
	// Migration 7: the signatures of the three articles in rowid order,
	// and no table of bands.
	var sigs int
	var sig []byte
	db.sql.QueryRow(`SELECT count(*) FROM article_lsh`).Scan(&sigs)
	db.sql.QueryRow(`SELECT a.minhash FROM article_lsh l JOIN articles a ON a.rowid = l.article WHERE a.id = ? AND l.seq = 3`, m.ID).Scan(&sig)
	if want := fp.Sig.Bytes(); sigs != 3 || !bytes.Equal(sig, want) {
		t.Errorf("after migration 7: %d signature rows, want 3; that of %s (seq 3) %x, want %x", sigs, m.ID, sig, want)
	}
	if err := db.sql.QueryRow(`SELECT count(*) FROM article_bands`).Scan(&sigs); err == nil {
		t.Error("article_bands is still there after migration 7")
	}
	// Migration 8: the quote is keyed by its article's rowid and found by
	// speaker and by article.
	for _, q := range []store.Query{{Speaker: "FRA"}, {Speaker: "Paris"}, {Article: "a1"}} {
		got, err := db.Quotes(ctx, q)
		if err != nil || len(got) != 1 || got[0].ArticleID != "a1" || got[0].Index != 0 || got[0].Span != (doc.Span{Start: 11, End: 15}) ||
			got[0].Speaker != "Paris" || got[0].SpeakerCode != "FRA" || !got[0].Direct {
			t.Errorf("quotes %+v after migration 8: %+v (%v), want Paris's quote 0 of a1 at 11-15", q, got, err)
		}
	}
	if got, err := db.Quotes(ctx, store.Query{Article: "a2"}); err != nil || len(got) != 0 {
		t.Errorf("quotes of a2 after migration 8: %+v (%v), want none", got, err)
	}
	var article int
	db.sql.QueryRow(`SELECT q.article FROM quotes q JOIN articles a ON a.id = 'a1'`).Scan(&article)
	if article != 1 {
		t.Errorf("quote of a1 keyed by article %d, want its rowid 1", article)
	}
	// a1's sources: its own and its copy's.
	arts, err := db.Articles(ctx, store.Query{Article: "a1"})
	if err != nil || len(arts) != 1 || len(arts[0].Sources) != 2 {
		t.Fatalf("article a1 after migration: %+v (%v), want it with 2 sources", arts, err)
	}
	if s := arts[0].Sources; s[0].ArticleID != "a1" || s[0].URL != "u1" || s[1].ArticleID != "dup1" || s[1].URL != "u-dup" || s[1].Outlet != "o2" || s[1].Near {
		t.Errorf("sources of a1 after migration: %+v, want a1 at u1, then dup1 at u-dup (o2), exact", s)
	}
	if ok, err := db.Has(ctx, "dup1"); !ok || err != nil {
		t.Errorf("Has(dup1) after migration: %v (%v)", ok, err)
	}
	if st, err := db.Stats(ctx, 0); err != nil || st.Duplicates != 1 || st.Articles != 3 {
		t.Errorf("stats after migration: %+v (%v), want 3 articles, 1 duplicate", st, err)
	}
	// The migrated database takes new writes, and finds the near copy of
	// the article it held.
	near := storetest.NearCopy()
	if err := db.Write(ctx, near); err != nil {
		t.Fatal(err)
	}
	var canon string
	var isNear bool
	if err := db.sql.QueryRow(`SELECT article_id, near FROM article_sources WHERE seen_id = ?`, near.Article.ID).Scan(&canon, &isNear); err != nil || canon != m.ID || !isNear {
		t.Errorf("near copy after migration: source of %s = %q near %v (%v), want %s near", near.Article.ID, canon, isNear, err, m.ID)
	}
	if err := db.Write(ctx, storetest.SecondReport()); err != nil {
		t.Fatal(err)
	}
}

// TestMentionsJSON writes mentions whose strings need escaping and whose
// place has no coordinates worth storing, and reads them back through the
// mentions view.
func TestMentionsJSON(t *testing.T) {
	db, err := Open(filepath.Join(t.TempDir(), "dyad.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	d := storetest.Meeting()
	d.Mentions = d.Mentions[:2]
	d.Mentions[0].Geo = nil
	d.Mentions[0].Actor.Name = "Tab\there \"q\" back\\slash \x01 bad\xffbyte Ω"
	d.Mentions[1].Geo = &doc.GeoRef{Name: "Île", Country: "FRA", Lat: 48.5, Lon: -2.25}
	if err := db.Write(ctx, d); err != nil {
		t.Fatal(err)
	}
	m0, m1 := d.Mentions[0], d.Mentions[1]
	want := strings.Join([]string{
		strings.Join([]string{"0", itoa(m0.Span.Start), itoa(m0.Span.End), m0.Kind.String(), m0.Actor.Code,
			"Tab\there \"q\" back\\slash \x01 bad\uFFFDbyte Ω", m0.Actor.Entry, itoa(m0.Antecedent), "", "", "null", "null"}, "|"),
		strings.Join([]string{"1", itoa(m1.Span.Start), itoa(m1.Span.End), m1.Kind.String(), m1.Actor.Code,
			m1.Actor.Name, m1.Actor.Entry, itoa(m1.Antecedent), "Île", "FRA", "48.5", "-2.25"}, "|"),
	}, "\n")
	if got := readMentions(t, db.sql, d.Article.ID); got != want {
		t.Errorf("mentions read back:\n%q\nwant\n%q", got, want)
	}
}

func itoa[T ~int32 | ~int](i T) string { return strconv.Itoa(int(i)) }

// FuzzAppendJSONString checks the mentions' JSON strings against
// encoding/json: valid JSON that decodes to what json.Marshal's does.
func FuzzAppendJSONString(f *testing.F) {
	for _, s := range []string{"", "plain", "q\"b\\s/\x00\x1f\x7f", "bad\xff\xfe", "Ω café \u2028", "\xed\xa0\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := appendJSONString(nil, s)
		if !json.Valid(got) {
			t.Fatalf("%q gives invalid JSON %s", s, got)
		}
		want, _ := json.Marshal(s)
		var a, b string
		if err := json.Unmarshal(got, &a); err != nil {
			t.Fatal(err)
		}
		json.Unmarshal(want, &b)
		if a != b {
			t.Fatalf("%q decodes to %q, encoding/json's to %q", s, a, b)
		}
	})
}
