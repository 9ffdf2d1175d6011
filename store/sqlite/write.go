package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"dyad/doc"
	"dyad/store"
	"dyad/store/dedup"
)

// Write stores one coded article in one transaction.
func (db *DB) Write(ctx context.Context, d *doc.Doc) error {
	return db.WriteBatch(ctx, []*doc.Doc{d})
}

// WriteBatch stores many coded articles in one transaction.
func (db *DB) WriteBatch(ctx context.Context, ds []*doc.Doc) error {
	for i, d := range ds {
		if d == nil || d.Article.ID == "" {
			return fmt.Errorf("sqlite: write to %s: document %d of %d has no article ID; give it ingest.ArticleID(url, text) before writing", db.path, i+1, len(ds))
		}
	}
	err := db.tx(ctx, func(tx *sql.Tx) error {
		w := writer{db: db, ctx: ctx, tx: tx, touched: map[string]bool{}, stmts: map[string]*sql.Stmt{}}
		defer w.close()
		for _, d := range ds {
			if err := w.doc(d); err != nil {
				return err
			}
		}
		return w.recount()
	})
	if err != nil {
		op := "write article"
		if len(ds) == 1 {
			op += " " + ds[0].Article.ID
		} else {
			op = "write a batch of articles"
		}
		return db.explain(op, err)
	}
	return nil
}

// writer holds the state of one write transaction.
type writer struct {
	db      *DB
	ctx     context.Context
	tx      *sql.Tx
	touched map[string]bool      // events whose counts must be recomputed
	stmts   map[string]*sql.Stmt // this transaction's handles on db.prepared statements
}

func (w *writer) stmt(q string) (*sql.Stmt, error) {
	if st, ok := w.stmts[q]; ok {
		return st, nil
	}
	parent, err := w.db.prepare(w.ctx, q)
	if err != nil {
		return nil, err
	}
	st := w.tx.StmtContext(w.ctx, parent)
	w.stmts[q] = st
	return st, nil
}

func (w *writer) close() {
	for _, st := range w.stmts {
		st.Close()
	}
}

func (w *writer) exec(q string, args ...any) error {
	st, err := w.stmt(q)
	if err != nil {
		return err
	}
	_, err = st.ExecContext(w.ctx, args...)
	return err
}

func (w *writer) query(q string, args ...any) (*sql.Rows, error) {
	st, err := w.stmt(q)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(w.ctx, args...)
}

func (w *writer) queryRow(q string, args ...any) *sql.Row {
	st, err := w.stmt(q)
	if err != nil {
		return w.tx.QueryRowContext(w.ctx, q, args...) // reports the same error
	}
	return st.QueryRowContext(w.ctx, args...)
}

func unix(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.Unix()
}

func (w *writer) doc(d *doc.Doc) error {
	a := &d.Article
	fp := dedup.Of(a.Text)
	var rowid int64
	err := w.queryRow(`SELECT rowid FROM articles WHERE id = ?`, a.ID).Scan(&rowid)
	switch {
	case err == nil: // rewrite: replace what was stored for it
		if err := w.clearArticle(a.ID, rowid); err != nil {
			return err
		}
	case err != sql.ErrNoRows:
		return err
	default:
		canon, near, err := w.findCopy(a.ID, fp)
		if err != nil {
			return err
		}
		if canon != "" {
			if err := w.exec(`INSERT OR REPLACE INTO article_sources VALUES (?, ?, ?, ?, ?, ?)`,
				a.ID, canon, a.URL, a.Outlet, unix(a.Published), near); err != nil {
				return err
			}
			if err := w.exec(`DELETE FROM failures WHERE key = ?`, a.ID); err != nil {
				return err
			}
			return w.touchArticle(canon)
		}
	}
	ins, err := w.stmt(`INSERT INTO articles (rowid, id, url, outlet, title, published, text, text_hash, minhash, coded_at)
		VALUES (nullif(?, 0), ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	res, err := ins.ExecContext(w.ctx, rowid, a.ID, a.URL, a.Outlet, a.Title, unix(a.Published), a.Text, fp.Exact, fp.Sig.Bytes(), time.Now().Unix())
	if err != nil {
		return err
	}
	for i, key := range fp.Sig.Bands() {
		if err := w.exec(`INSERT OR IGNORE INTO article_bands VALUES (?, ?, ?)`, i, key, a.ID); err != nil {
			return err
		}
	}
	if rowid == 0 {
		if rowid, err = res.LastInsertId(); err != nil {
			return err
		}
	}
	if err := w.exec(`INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)`, rowid, a.Title, a.Text); err != nil {
		return err
	}
	if err := w.exec(`INSERT OR REPLACE INTO article_sources VALUES (?, ?, ?, ?, ?, 0)`, a.ID, a.ID, a.URL, a.Outlet, unix(a.Published)); err != nil {
		return err
	}
	if err := w.exec(`DELETE FROM failures WHERE key = ?`, a.ID); err != nil {
		return err
	}
	if err := w.mentions(d); err != nil {
		return err
	}
	if err := w.quotes(d); err != nil {
		return err
	}
	ids, err := w.events(d)
	if err != nil {
		return err
	}
	if err := w.claims(d, ids); err != nil {
		return err
	}
	return w.touchArticle(a.ID) // its duplicates count for its events
}

// findCopy looks for a stored article whose text is an exact or near copy
// of this one; it returns its ID and whether the copy is near, not exact.
func (w *writer) findCopy(id string, fp dedup.Fingerprint) (string, bool, error) {
	var canon string
	err := w.queryRow(`SELECT id FROM articles WHERE text_hash = ? AND id != ? LIMIT 1`, fp.Exact, id).Scan(&canon)
	if err == nil {
		return canon, false, nil
	}
	if err != sql.ErrNoRows {
		return "", false, err
	}
	var conds []string
	var args []any
	for i, key := range fp.Sig.Bands() {
		conds = append(conds, "(b.band = ? AND b.key = ?)")
		args = append(args, i, key)
	}
	rows, err := w.query(`SELECT a.id, a.minhash FROM articles a WHERE a.id IN
		(SELECT b.article_id FROM article_bands b WHERE `+strings.Join(conds, " OR ")+`) ORDER BY a.rowid`, args...)
	if err != nil {
		return "", false, err
	}
	defer rows.Close()
	best, bestSim := "", 0.0
	for rows.Next() {
		var cid string
		var blob []byte
		if err := rows.Scan(&cid, &blob); err != nil {
			return "", false, err
		}
		sig, ok := dedup.SignatureFrom(blob)
		if !ok || cid == id {
			continue
		}
		if s := dedup.Similarity(&sig, &fp.Sig); s >= dedup.Threshold && s > bestSim {
			best, bestSim = cid, s
		}
	}
	return best, best != "", rows.Err()
}

// clearArticle deletes what a rewrite replaces: the article row and text
// index entry and everything coded from it (its duplicates stay).
func (w *writer) clearArticle(id string, rowid int64) error {
	rows, err := w.query(`SELECT DISTINCT event_id FROM event_mentions WHERE article_id = ?`, id)
	if err != nil {
		return err
	}
	for rows.Next() {
		var e string
		if err := rows.Scan(&e); err != nil {
			rows.Close()
			return err
		}
		w.touched[e] = true
	}
	rows.Close()
	for _, q := range []string{
		`DELETE FROM articles_fts WHERE rowid = ?`,
		`DELETE FROM articles WHERE rowid = ?`,
	} {
		if err := w.exec(q, rowid); err != nil {
			return err
		}
	}
	for _, q := range []string{
		`DELETE FROM event_mentions WHERE article_id = ?`,
		`DELETE FROM mentions WHERE article_id = ?`,
		`DELETE FROM quotes WHERE article_id = ?`,
		`DELETE FROM claims WHERE article_id = ?`,
		`DELETE FROM article_bands WHERE article_id = ?`,
	} {
		if err := w.exec(q, id); err != nil {
			return err
		}
	}
	return nil
}

// touchArticle marks the events reported by an article for recounting.
func (w *writer) touchArticle(id string) error {
	rows, err := w.query(`SELECT DISTINCT event_id FROM event_mentions WHERE article_id = ?`, id)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var e string
		if err := rows.Scan(&e); err != nil {
			return err
		}
		w.touched[e] = true
	}
	return rows.Err()
}

func geo(g *doc.GeoRef) (name, country string, lat, lon any) {
	if g == nil {
		return "", "", nil, nil
	}
	return g.Name, g.Country, g.Lat, g.Lon
}

func (w *writer) mentions(d *doc.Doc) error {
	for i, m := range d.Mentions {
		gn, gc, lat, lon := geo(m.Geo)
		if err := w.exec(`INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			d.Article.ID, i, m.Span.Start, m.Span.End, m.Kind.String(), m.Actor.Code, m.Actor.Name, m.Actor.Entry, m.Antecedent,
			gn, gc, lat, lon); err != nil {
			return err
		}
	}
	return nil
}

// mentionAt is the mention with index i, or nil.
func mentionAt(d *doc.Doc, i int32) *doc.Mention {
	if i < 0 || int(i) >= len(d.Mentions) {
		return nil
	}
	return &d.Mentions[i]
}

func (w *writer) quotes(d *doc.Doc) error {
	for i, q := range d.Quotes {
		name, code := "", ""
		if m := mentionAt(d, q.Speaker); m != nil {
			name, code = m.Actor.Name, m.Actor.Code
			if name == "" {
				name = d.Text(m.Span)
			}
		}
		if err := w.exec(`INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			d.Article.ID, i, q.Span.Start, q.Span.End, q.Speaker, name, code, q.Cue.Start, q.Cue.End, q.Direct, q.Partial); err != nil {
			return err
		}
	}
	return nil
}

// events stores the event mentions and their clusters; it returns the
// mention ID of each event, for claims.
func (w *writer) events(d *doc.Doc) ([]string, error) {
	ids := make([]string, len(d.Events))
	for i := range d.Events {
		e := &d.Events[i]
		code := store.CodeString(e.Code)
		quad, plover := store.CodeClass(e.Code)
		src, tgt := e.Source.Actor.Code, e.Target.Actor.Code
		date := e.Date
		if date.IsZero() {
			date = d.Article.Published
		}
		day := store.Day(date)
		mid := store.MentionID(d.Article.ID, e.Sentence, src, tgt, code)
		ids[i] = mid
		eid := store.EventID(day, src, tgt, code, e.Negated, e.Modality)
		place, country, lat, lon := geo(e.Place)
		claimedBy := ""
		if m := mentionAt(d, e.ClaimedBy.Mention); m != nil {
			claimedBy = m.Actor.Name
			if claimedBy == "" {
				claimedBy = d.Text(m.Span)
			}
		}
		root := code
		if len(root) > 2 {
			root = root[:2]
		}
		if err := w.exec(`INSERT OR IGNORE INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0)`,
			eid, unix(day), src, tgt, code, root, quad, plover, e.Negated, e.Modality.String(), country); err != nil {
			return nil, err
		}
		w.touched[eid] = true
		ev := evidenceSpan(e.Source.Span, e.Target.Span, e.Evidence.Verb)
		if err := w.exec(`INSERT OR REPLACE INTO event_mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			mid, eid, d.Article.ID, e.Sentence, unix(day),
			src, e.Source.Actor.Name, e.Source.Mention, tgt, e.Target.Actor.Name, e.Target.Mention,
			code, quad, plover, e.Negated, e.Modality.String(), e.ClaimedBy.Voice.String(), claimedBy, e.ClaimedBy.Quote, e.Contested,
			place, country, lat, lon,
			e.Source.Span.Start, e.Source.Span.End, e.Target.Span.Start, e.Target.Span.End, e.Evidence.Verb.Start, e.Evidence.Verb.End,
			ev.Start, ev.End, e.Evidence.Pattern, strings.Join(e.Evidence.Entries, "\n"), e.Evidence.Confidence); err != nil {
			return nil, err
		}
	}
	return ids, nil
}

func (w *writer) claims(d *doc.Doc, ids []string) error {
	for i, c := range d.Claims {
		mid := ""
		if c.Asserted >= 0 && int(c.Asserted) < len(ids) {
			mid = ids[c.Asserted]
		}
		if err := w.exec(`INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?)`,
			d.Article.ID, i, mid, c.Disputed, c.Denier, c.Span.Start, c.Span.End); err != nil {
			return err
		}
	}
	return nil
}

// recount recomputes the counts of the touched events and drops events
// left without mentions.
func (w *writer) recount() error {
	for id := range w.touched {
		if err := w.exec(`UPDATE events SET
			num_mentions = (SELECT count(*) FROM event_mentions m WHERE m.event_id = events.id),
			num_articles = (SELECT count(*) FROM article_sources s WHERE s.article_id IN
				(SELECT article_id FROM event_mentions m WHERE m.event_id = events.id)),
			num_sources = (SELECT count(DISTINCT s.outlet) FROM article_sources s WHERE s.article_id IN
				(SELECT article_id FROM event_mentions m WHERE m.event_id = events.id))
			WHERE id = ?`, id); err != nil {
			return err
		}
		if err := w.exec(`DELETE FROM events WHERE id = ? AND num_mentions = 0`, id); err != nil {
			return err
		}
	}
	return nil
}

// Fail records a failure.
func (db *DB) Fail(ctx context.Context, key, reason string) error {
	err := db.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO failures VALUES (?, ?, ?)`, key, reason, time.Now().Unix())
		return err
	})
	return db.explain("record failure of "+key, err)
}

// evidenceSpan covers the non-empty spans given.
func evidenceSpan(spans ...doc.Span) doc.Span {
	var out doc.Span
	for _, s := range spans {
		if s.Empty() {
			continue
		}
		if out.Empty() {
			out = s
			continue
		}
		out.Start = min(out.Start, s.Start)
		out.End = max(out.End, s.End)
	}
	return out
}
