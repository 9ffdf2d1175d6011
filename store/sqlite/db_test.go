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
	// A "disk" of 70 pages of 4 KiB: the schema takes most of it.
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
	db.sql.QueryRow("PRAGMA journal_mode").Scan(&mode)
	if mode != "wal" {
		t.Errorf("journal mode %q, want wal", mode)
	}
}
