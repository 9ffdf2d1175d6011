// Package sqlite is the embedded Store: one SQLite file in WAL mode
// (modernc.org/sqlite, pure Go), with FTS5 over article text.
//
// Writers are serialised in the process (one write transaction at a time,
// begun IMMEDIATE so another process's writer makes this one wait, up to the
// busy timeout, instead of failing half-way); readers run concurrently.
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"dyad/store"
	"dyad/store/dedup"
)

var _ store.Store = (*DB)(nil)

// DB is a Store in one SQLite file.
type DB struct {
	path string
	sql  *sql.DB
	mu   sync.Mutex // serialises write transactions; guards prepared

	// prepared holds the write statements, prepared once: parsing SQL was
	// a third of the time of a write. database/sql keeps one driver
	// statement per connection for each.
	prepared map[string]*sql.Stmt
	inserts  map[insertKey]string // the text of multi-row INSERTs, built once

	// lsh indexes the signatures of the stored articles for finding near
	// copies (migration 7); nil until the first write fills it from
	// article_lsh, and again after a failed write transaction, which may
	// have added articles that are not stored. lshSeq is the last
	// article_lsh row it holds. Guarded by mu.
	lsh    *dedup.Index
	lshSeq int64

	beforeCommit func() error // test hook: a failing disk at commit time
}

// Options tune Open. The zero value is ready to use.
type Options struct {
	// BusyTimeout is how long a write waits for another process's lock
	// before failing; zero means 10 seconds.
	BusyTimeout time.Duration
	// maxPages caps the file size (PRAGMA max_page_count), for tests that
	// fill the "disk".
	maxPages int
}

// Open opens or creates the database at path and brings its schema up to
// date. Errors name the file and say what to do.
func Open(path string, opt Options) (*DB, error) {
	if path == "" {
		return nil, errors.New("sqlite: no database path given")
	}
	if dir := filepath.Dir(path); dir != "" {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			return nil, fmt.Errorf("sqlite: cannot create %s: folder %s does not exist; create it or choose another path", path, dir)
		}
	}
	busy := opt.BusyTimeout
	if busy == 0 {
		busy = 10 * time.Second
	}
	q := url.Values{}
	// A new database gets pages of 16 KiB (default 4): an ingest commits
	// tens of MB of article text, and the store spent a fifth of its time
	// writing WAL frames and checkpointing them, a system call a page.
	// The page size must be set before WAL mode is: the driver runs the
	// _pragma list sorted by name, then _journal_mode. An existing
	// database keeps its page size.
	q.Add("_pragma", "page_size(16384)")
	q.Add("_journal_mode", "WAL")
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busy.Milliseconds()))
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "foreign_keys(1)")
	// Statement journals (multi-row inserts that may fail half-way keep
	// one) and sort spills stay in memory instead of temporary files.
	q.Add("_pragma", "temp_store(MEMORY)")
	// Stable IDs are hashes, so every batch touches pages all over the
	// ID indexes: a 64 MB page cache (default 2 MB) keeps them instead of
	// reading them back, and checkpointing every 2048 pages (32 MB of WAL
	// with 16 KiB pages, default 4 MB) copies a page rewritten by many
	// commits once.
	q.Add("_pragma", "cache_size(-65536)")
	q.Add("_pragma", "wal_autocheckpoint(2048)")
	if opt.maxPages > 0 {
		q.Add("_pragma", fmt.Sprintf("max_page_count(%d)", opt.maxPages))
	}
	q.Add("_txlock", "immediate")
	sdb, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	db := &DB{path: path, sql: sdb}
	if err := db.migrate(); err != nil {
		sdb.Close()
		return nil, err
	}
	return db, nil
}

// Path is the database file.
func (db *DB) Path() string { return db.path }

// Close closes the database; the WAL is checkpointed into the file.
func (db *DB) Close() error {
	db.mu.Lock()
	for _, st := range db.prepared {
		st.Close()
	}
	db.prepared = nil
	db.mu.Unlock()
	return db.sql.Close()
}

// prepare returns the prepared statement for q; db.mu is held.
func (db *DB) prepare(ctx context.Context, q string) (*sql.Stmt, error) {
	if st, ok := db.prepared[q]; ok {
		return st, nil
	}
	st, err := db.sql.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	if db.prepared == nil {
		db.prepared = map[string]*sql.Stmt{}
	}
	db.prepared[q] = st
	return st, nil
}

func (db *DB) migrate() error {
	ctx := context.Background()
	if _, err := db.sql.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)`); err != nil {
		return db.explain("create the schema", err)
	}
	var have int
	if err := db.sql.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&have); err != nil {
		return db.explain("read the schema version", err)
	}
	if have > len(migrations) {
		return fmt.Errorf("sqlite: %s has schema version %d, newer than this dyad knows (%d); use a newer dyad", db.path, have, len(migrations))
	}
	for v := have + 1; v <= len(migrations); v++ {
		err := db.tx(ctx, func(tx *sql.Tx) error {
			if _, err := tx.ExecContext(ctx, migrations[v-1]); err != nil {
				return err
			}
			_, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations VALUES (?, ?)`, v, time.Now().Unix())
			return err
		})
		if err != nil {
			return db.explain(fmt.Sprintf("apply schema migration %d", v), err)
		}
	}
	return nil
}

// tx runs fn in one write transaction.
func (db *DB) tx(ctx context.Context, fn func(*sql.Tx) error) error {
	db.mu.Lock()
	defer db.mu.Unlock()
	tx, err := db.sql.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		db.lsh = nil
		return err
	}
	if db.beforeCommit != nil {
		if err := db.beforeCommit(); err != nil {
			tx.Rollback()
			db.lsh = nil
			return err
		}
	}
	if err := tx.Commit(); err != nil {
		db.lsh = nil
		return err
	}
	return nil
}

// explain wraps a database error with the file and what to do about it.
func (db *DB) explain(op string, err error) error {
	if err == nil {
		return nil
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
			return fmt.Errorf("sqlite: %s: %s is locked by another process (another dyad writing to it?); wait for it to finish or use another database file: %w", op, db.path, err)
		case sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH:
			return fmt.Errorf("sqlite: %s: cannot write %s (or its -wal and -shm files beside it); check the permissions of the file and its folder or choose another path: %w", op, db.path, err)
		case sqlite3.SQLITE_FULL:
			return fmt.Errorf("sqlite: %s: the disk holding %s is full; nothing of this write was stored; free space and run again (finished articles are kept): %w", op, db.path, err)
		case sqlite3.SQLITE_IOERR:
			return fmt.Errorf("sqlite: %s: I/O error on %s; nothing of this write was stored; check the disk: %w", op, db.path, err)
		case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
			return fmt.Errorf("sqlite: %s: %s is not a dyad database or is damaged; move it aside and start a new one: %w", op, db.path, err)
		}
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("sqlite: %s on %s: %w (nothing of this write was stored)", op, db.path, err)
	}
	return fmt.Errorf("sqlite: %s on %s: %w", op, db.path, err)
}
