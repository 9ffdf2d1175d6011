package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dyad/doc"
	"dyad/store"
	"dyad/store/storetest"
)

var ctx = context.Background()

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	garbage := filepath.Join(dir, "notes.db")
	if err := os.WriteFile(garbage, []byte(strings.Repeat("these are not the pages of a database\n", 200)), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		path string
		want []string
	}{
		{filepath.Join(dir, "missing", "dyad.db"), []string{"missing", "does not exist", "create it"}},
		{dir, []string{dir, "cannot write", "choose another path"}},
		{garbage, []string{garbage, "not a dyad database", "move it aside"}},
	}
	for _, c := range cases {
		db, err := Open(c.path, Options{})
		if err == nil {
			db.Close()
			t.Errorf("Open(%s) succeeded", c.path)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("Open(%s): error %q lacks %q", c.path, err, w)
			}
		}
	}
}

func TestLocked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dyad.db")
	db, err := Open(path, Options{BusyTimeout: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	// Another process holds the write lock.
	other, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	conn, err := other.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	err = db.Write(ctx, storetest.Meeting())
	if err == nil || !strings.Contains(err.Error(), path+" is locked by another process") {
		t.Errorf("write to a locked database: %v", err)
	}
	conn.ExecContext(ctx, "ROLLBACK")
	if err := db.Write(ctx, storetest.Meeting()); err != nil {
		t.Errorf("write after the lock is gone: %v", err)
	}
}

// check reopens the file and verifies it is sound and that every stored
// article is complete (one mention per Report).
func check(t *testing.T, path string, wantArticles int) {
	t.Helper()
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var ok string
	if err := db.sql.QueryRow("PRAGMA integrity_check").Scan(&ok); err != nil || ok != "ok" {
		t.Fatalf("integrity_check: %q %v", ok, err)
	}
	st, err := db.Stats(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != wantArticles || st.Mentions != wantArticles {
		t.Errorf("after the failure: %d articles, %d mentions; want %d of each", st.Articles, st.Mentions, wantArticles)
	}
	var fts int
	db.sql.QueryRow("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'envoy'").Scan(&fts)
	if fts != wantArticles {
		t.Errorf("text index has %d articles, want %d", fts, wantArticles)
	}
}

func TestDiskFull(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dyad.db")
	// A "disk" of 70 pages of 16 KiB: the schema takes most of it.
	db, err := Open(path, Options{maxPages: 70})
	if err != nil {
		t.Fatal(err)
	}
	written := 0
	for i := range 200 {
		d := storetest.Report(i, storetest.Day)
		d.Article.Text += strings.Repeat(" padding", 200)
		err = db.Write(ctx, d)
		if err != nil {
			break
		}
		written++
	}
	db.Close()
	if err == nil || !strings.Contains(err.Error(), "is full") || !strings.Contains(err.Error(), path) {
		t.Fatalf("filling the disk: %d written, then %v", written, err)
	}
	if written == 0 {
		t.Fatal("the test disk is too small to hold one article")
	}
	check(t, path, written)
}

func TestFailedCommit(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dyad.db")
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ioErr := errors.New("write /mnt/dyad.db: input/output error")
	n := 0
	db.beforeCommit = func() error {
		if n++; n == 3 {
			return ioErr
		}
		return nil
	}
	for i := range 5 {
		err := db.Write(ctx, storetest.Report(i, storetest.Day))
		if (i == 2) != errors.Is(err, ioErr) {
			t.Errorf("write %d: %v", i, err)
		}
	}
	db.Close()
	check(t, path, 4)
}

func TestReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dyad.db")
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Write(ctx, storetest.Meeting()); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, err = Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if ok, err := db.Has(ctx, "meeting01"); !ok || err != nil {
		t.Errorf("Has after reopening: %v %v", ok, err)
	}
	var versions int
	db.sql.QueryRow("SELECT count(*) FROM schema_migrations").Scan(&versions)
	if versions != len(migrations) {
		t.Errorf("schema_migrations has %d rows, want %d", versions, len(migrations))
	}
	var mode string
	var pageSize int
	db.sql.QueryRow("PRAGMA journal_mode").Scan(&mode)
	db.sql.QueryRow("PRAGMA page_size").Scan(&pageSize)
	if mode != "wal" || pageSize != 16384 {
		t.Errorf("journal mode %q, page size %d; want wal, 16384", mode, pageSize)
	}
}

// TestBatchEdgeCases covers what the writer does inside one transaction
// that single writes never meet: the same article twice in a batch (the
// text index, filled at the end, must hold it once), and two events with
// one mention ID (the later replaces the earlier).
// The rewrite's text differs, so its LSH bands replace the first's.
func TestBatchEdgeCases(t *testing.T) {
	db, err := Open(filepath.Join(t.TempDir(), "dyad.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	twice := storetest.Meeting()
	// A rewrite with more text: other bands, which must replace the old.
	twice.Article.Text += "\n\nOfficials from both sides later declined to comment further on the talks."
	twice.Events = append(twice.Events, twice.Events[0])
	last := &twice.Events[len(twice.Events)-1]
	last.Evidence.Pattern = "verbs.txt:89 talk+with"
	if err := db.WriteBatch(ctx, []*doc.Doc{storetest.Meeting(), twice}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.sql.Exec("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, articles_fts, row)"); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		query string
		want  string
	}{
		{"SELECT count(*) FROM articles", "1"},
		{"SELECT doc || ' ' || cnt FROM temp.terms WHERE term = 'delhi'", "1 1"},
		{"SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'delhi'", "1"},
		{"SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'briefly'", "1"},
		{"SELECT count(*) FROM event_mentions", "3"},
		{"SELECT group_concat(pattern, '|') FROM event_mentions WHERE code = '040'", "verbs.txt:89 talk+with"},
		{"SELECT group_concat(num_mentions, '|') FROM events WHERE code = '040'", "1"},
		{"SELECT count(*) FROM mentions", "6"},
		{"SELECT count(*) FROM claims", "1"},
		// One signature row, the rewrite's: its first text was never stored.
		{"SELECT count(*) FROM article_lsh", "1"},
	}
	for _, c := range cases {
		var got string
		if err := db.sql.QueryRow(c.query).Scan(&got); err != nil {
			t.Fatalf("%s: %v", c.query, err)
		}
		if got != c.want {
			t.Errorf("%s = %s, want %s", c.query, got, c.want)
		}
	}
}

// TestNearCopyAcrossHandles: the near-copy index lives in memory, one per
// open database. A handle that filled its index before another (another
// process) stored an article still finds that article's near copy, also
// after a failed write of its own.
func TestNearCopyAcrossHandles(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dyad.db")
	a, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if err := b.Write(ctx, storetest.Report(1, storetest.Day)); err != nil { // b fills its index
		t.Fatal(err)
	}
	if err := a.Write(ctx, storetest.Meeting()); err != nil {
		t.Fatal(err)
	}
	near := storetest.NearCopy()
	if err := b.Write(ctx, near); err != nil {
		t.Fatal(err)
	}
	var canon string
	if err := b.sql.QueryRow(`SELECT article_id FROM article_sources WHERE seen_id = ?`, near.Article.ID).Scan(&canon); err != nil || canon != "meeting01" {
		t.Errorf("near copy written by another handle: folded into %q (%v), want meeting01", canon, err)
	}

	// A failed commit leaves nothing behind in the index, not even the
	// place of its signature's row: c's failed write took row 1, which d
	// (another process) then fills with the meeting; c finds it.
	cpath := filepath.Join(t.TempDir(), "c.db")
	c, err := Open(cpath, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ioErr := errors.New("write /mnt/dyad.db: input/output error")
	c.beforeCommit = func() error { return ioErr }
	if err := c.Write(ctx, storetest.Report(1, storetest.Day)); !errors.Is(err, ioErr) {
		t.Fatalf("failing commit: %v", err)
	}
	c.beforeCommit = nil
	d, err := Open(cpath, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if err := d.Write(ctx, storetest.Meeting()); err != nil {
		t.Fatal(err)
	}
	if err := c.Write(ctx, storetest.NearCopy()); err != nil {
		t.Fatal(err)
	}
	canon = ""
	if err := c.sql.QueryRow(`SELECT article_id FROM article_sources WHERE seen_id = ?`, near.Article.ID).Scan(&canon); err != nil || canon != "meeting01" {
		t.Errorf("near copy after a failed write: folded into %q (%v), want meeting01", canon, err)
	}
}

// TestCopyStoredLater: an article first folded into another as its near
// copy is stored as an article of its own once the other changed; it is
// then listed once, as itself, not also as a copy.
func TestCopyStoredLater(t *testing.T) {
	db, err := Open(filepath.Join(t.TempDir(), "dyad.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	near := storetest.NearCopy()
	if err := db.WriteBatch(ctx, []*doc.Doc{storetest.Meeting(), near}); err != nil {
		t.Fatal(err)
	}
	if st, _ := db.Stats(ctx, 0); st.Articles != 1 || st.Duplicates != 1 {
		t.Fatalf("meeting and its near copy: %d articles, %d duplicates, want 1 and 1", st.Articles, st.Duplicates)
	}
	other := storetest.Meeting()
	other.Article.Text = "An unrelated report: the harvest was good this year, farmers in the valley said on Tuesday."
	other.Events, other.Quotes, other.Claims, other.Mentions = nil, nil, nil, nil
	if err := db.Write(ctx, other); err != nil {
		t.Fatal(err)
	}
	if err := db.Write(ctx, storetest.NearCopy()); err != nil {
		t.Fatal(err)
	}
	if st, _ := db.Stats(ctx, 0); st.Articles != 2 || st.Duplicates != 0 {
		t.Errorf("after the meeting changed: %d articles, %d duplicates, want 2 and 0", st.Articles, st.Duplicates)
	}
	arts, err := db.Articles(ctx, store.Query{Article: near.Article.ID})
	if err != nil || len(arts) != 1 || len(arts[0].Sources) != 1 || arts[0].Sources[0].ArticleID != near.Article.ID || arts[0].Sources[0].Near {
		t.Errorf("the former copy: %+v (%v), want it stored with its own source only", arts, err)
	}
}
