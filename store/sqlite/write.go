package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

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
		// Most databases have no failures: then no article needs one cleared.
		if err := w.queryRow(`SELECT EXISTS (SELECT 1 FROM failures)`).Scan(&w.failures); err != nil {
			return err
		}
		if err := w.loadLSH(); err != nil {
			return err
		}
		if err := w.lookUp(ds); err != nil {
			return err
		}
		for _, d := range ds {
			if err := w.doc(d); err != nil {
				return err
			}
		}
		if err := w.storeSources(); err != nil {
			return err
		}
		if err := w.recount(); err != nil {
			return err
		}
		if err := w.indexText(); err != nil {
			return err
		}
		return w.storeSignatures()
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
	args    []any                // the values of the rows of one multi-row insert, reused
	args2   []any                // the same for a second insert built alongside
	buf     []byte               // the JSON of an article's mentions, reused
	// text is the articles to add to the text index, by rowid, at the end
	// of the transaction: FTS5 writes its pending terms to disk at every
	// statement savepoint, so indexing each article as it comes made it
	// flush small segments over and over.
	text      map[int64]*doc.Article
	textOrder []int64
	// sigs is the articles, by rowid, whose signatures are listed in
	// article_lsh at the end of the transaction, in the order of sigOrder;
	// they are in db.lsh already.
	sigs     map[int64]bool
	sigOrder []int64
	cands    []uint32 // candidate copies, reused
	// stored is the articles of the batch that are stored: looked up in
	// one query at the start (a point query an article cost as much as
	// its row's insert), then updated as articles are written.
	stored map[string]storedArticle
	// sources is the rows of article_sources of the articles stored in
	// this transaction, their own URL and outlet, for one multi-row
	// insert before the counts are recomputed.
	sources []any
	// failures is whether the failures table had rows when the
	// transaction began: only then may a written article clear one.
	failures bool
}

// storedArticle is an article row's rowid and signature.
type storedArticle struct {
	rowid int64
	sig   []byte
}

// lookUp fills w.stored with the articles of ds already stored.
func (w *writer) lookUp(ds []*doc.Doc) error {
	w.stored = make(map[string]storedArticle, len(ds))
	w.buf = append(w.buf[:0], '[')
	for i, d := range ds {
		if i > 0 {
			w.buf = append(w.buf, ',')
		}
		w.buf = appendJSONString(w.buf, d.Article.ID)
	}
	w.buf = append(w.buf, ']')
	rows, err := w.query(`SELECT id, rowid, minhash FROM articles WHERE id IN (SELECT value FROM json_each(?))`, string(w.buf))
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var a storedArticle
		if err := rows.Scan(&id, &a.rowid, &a.sig); err != nil {
			return err
		}
		w.stored[id] = a
	}
	return rows.Err()
}

// storeSources inserts the pending rows of article_sources.
func (w *writer) storeSources() error {
	err := w.insert(`INSERT OR REPLACE INTO article_sources`, `(?, ?, ?, ?, ?, 0)`, 5, w.sources)
	w.sources = w.sources[:0]
	return err
}

// clearFailure deletes the recorded failure of an article, if any.
func (w *writer) clearFailure(id string) error {
	if !w.failures {
		return nil
	}
	return w.exec(`DELETE FROM failures WHERE key = ?`, id)
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
	sig := fp.Sig.Bytes()
	newSig := true // its signature goes to article_lsh and db.lsh
	// A stored article is rewritten: what was stored for it is replaced.
	if old, ok := w.stored[a.ID]; ok {
		rowid = old.rowid
		if err := w.clearArticle(a.ID, rowid); err != nil {
			return err
		}
		if newSig = !bytes.Equal(old.sig, sig); newSig {
			if err := w.exec(`DELETE FROM article_lsh WHERE article = ?`, rowid); err != nil {
				return err
			}
		}
	} else {
		canon, near, err := w.findCopy(a.ID, fp)
		if err != nil {
			return err
		}
		if canon != "" {
			if err := w.exec(`INSERT OR REPLACE INTO article_sources VALUES (?, ?, ?, ?, ?, ?)`,
				a.ID, canon, a.URL, a.Outlet, unix(a.Published), near); err != nil {
				return err
			}
			if err := w.clearFailure(a.ID); err != nil {
				return err
			}
			return w.touchArticle(canon)
		}
	}
	ins, err := w.stmt(`INSERT INTO articles (rowid, id, url, outlet, title, published, text, text_hash, minhash, coded_at, mentions)
		VALUES (nullif(?, 0), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	w.buf = appendMentions(w.buf[:0], d)
	res, err := ins.ExecContext(w.ctx, rowid, a.ID, a.URL, a.Outlet, a.Title, unix(a.Published), a.Text, fp.Exact, sig, time.Now().Unix(), string(w.buf))
	if err != nil {
		return err
	}
	if rowid == 0 {
		if rowid, err = res.LastInsertId(); err != nil {
			return err
		}
	}
	w.stored[a.ID] = storedArticle{rowid, sig}
	if newSig {
		if rowid > math.MaxUint32 {
			return fmt.Errorf("article %s has rowid %d, beyond the 32 bits of the near-copy index", a.ID, rowid)
		}
		w.db.lsh.Add(&fp.Sig, uint32(rowid))
		if w.sigs == nil {
			w.sigs = map[int64]bool{}
		}
		if !w.sigs[rowid] {
			w.sigOrder = append(w.sigOrder, rowid)
			w.sigs[rowid] = true
		}
	}
	if w.text == nil {
		w.text = map[int64]*doc.Article{}
	}
	if _, ok := w.text[rowid]; !ok {
		w.textOrder = append(w.textOrder, rowid)
	}
	w.text[rowid] = a
	w.sources = append(w.sources, a.ID, a.ID, a.URL, a.Outlet, unix(a.Published))
	if err := w.clearFailure(a.ID); err != nil {
		return err
	}
	if err := w.quotes(d, rowid); err != nil {
		return err
	}
	ids, err := w.events(d)
	if err != nil {
		return err
	}
	// The events this article reports are touched: by events, and by
	// clearArticle for those a rewrite dropped. Its duplicates' sources
	// are counted when they are recounted.
	return w.claims(d, ids)
}

// findCopy looks for a stored article whose text is an exact or near copy
// of this one; it returns its ID and whether the copy is near, not exact.
// The first exact copy (in rowid order) wins over near ones, the most
// similar near copy over the others, the first of equals.
func (w *writer) findCopy(id string, fp dedup.Fingerprint) (string, bool, error) {
	// The candidates share an LSH band with it: an exact copy has the same
	// signature, so it is among them. The stored signature decides.
	w.cands = w.db.lsh.Candidates(&fp.Sig, w.cands[:0])
	best, bestSim := "", 0.0
	for _, r := range w.cands {
		var cid, hash string
		var blob []byte
		if err := w.queryRow(`SELECT id, minhash, text_hash FROM articles WHERE rowid = ?`, r).Scan(&cid, &blob, &hash); err != nil {
			if err == sql.ErrNoRows {
				continue
			}
			return "", false, err
		}
		if cid == id {
			continue
		}
		if hash == fp.Exact {
			return cid, false, nil
		}
		sig, ok := dedup.SignatureFrom(blob)
		if !ok {
			continue
		}
		if s := dedup.Similarity(&sig, &fp.Sig); s >= dedup.Threshold && s > bestSim {
			best, bestSim = cid, s
		}
	}
	return best, best != "", nil
}

// clearArticle deletes what a rewrite replaces: the article row and text
// index entry and everything coded from it (its duplicates stay).
func (w *writer) clearArticle(id string, rowid int64) error {
	if err := w.touchArticle(id); err != nil {
		return err
	}
	if _, ok := w.text[rowid]; ok {
		// Written earlier in this transaction: not in the text index yet.
		delete(w.text, rowid)
	} else if err := w.exec(`DELETE FROM articles_fts WHERE rowid = ?`, rowid); err != nil {
		return err
	}
	if err := w.exec(`DELETE FROM articles WHERE rowid = ?`, rowid); err != nil {
		return err
	}
	if err := w.exec(`DELETE FROM quotes WHERE article = ?`, rowid); err != nil {
		return err
	}
	for _, q := range []string{
		`DELETE FROM event_mentions WHERE article_id = ?`,
		`DELETE FROM claims WHERE article_id = ?`,
	} {
		if err := w.exec(q, id); err != nil {
			return err
		}
	}
	return nil
}

// loadLSH brings db.lsh up to date with article_lsh: all of it the first
// time, then the rows another process added since this one last wrote
// (none, mostly: one look-up at the end of the table). The write lock is
// held, so nobody adds rows meanwhile.
func (w *writer) loadLSH() error {
	db := w.db
	if db.lsh == nil {
		db.lsh, db.lshSeq = &dedup.Index{}, 0
	}
	rows, err := w.query(`SELECT l.seq, l.article, a.minhash FROM article_lsh l JOIN articles a ON a.rowid = l.article
		WHERE l.seq > ? ORDER BY l.seq`, db.lshSeq)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var seq, article int64
		var blob []byte
		if err := rows.Scan(&seq, &article, &blob); err != nil {
			return err
		}
		db.lshSeq = seq
		// A signature of another length (an article stored by a test of
		// an old schema) finds no copies; rowids beyond 32 bits are
		// refused when written.
		if sig, ok := dedup.SignatureFrom(blob); ok && article > 0 && article <= math.MaxUint32 {
			db.lsh.Add(&sig, uint32(article))
		}
	}
	return rows.Err()
}

// storeSignatures writes the signatures of the articles stored in this
// transaction to article_lsh, and notes the last row as seen.
func (w *writer) storeSignatures() error {
	w.args = w.args[:0]
	for _, rowid := range w.sigOrder {
		if w.sigs[rowid] {
			w.args = append(w.args, rowid)
			delete(w.sigs, rowid) // listed twice when written twice
		}
	}
	if len(w.args) == 0 {
		return nil
	}
	if err := w.insert(`INSERT INTO article_lsh (article)`, `(?)`, 1, w.args); err != nil {
		return err
	}
	return w.queryRow(`SELECT max(seq) FROM article_lsh`).Scan(&w.db.lshSeq)
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

// appendMentions appends the article's actor and place mentions as the
// JSON of articles.mentions (migration 3): an array with one array per
// mention, in the column order of the mentions view, [start, end, kind,
// code, name, entry, antecedent, geo_name, geo_country, lat, lon]. One
// value in the article's row replaced a row per mention: no query reads
// them by column, and their inserts were a quarter of the store's time.
func appendMentions(b []byte, d *doc.Doc) []byte {
	b = append(b, '[')
	for i, m := range d.Mentions {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '[')
		b = strconv.AppendInt(b, int64(m.Span.Start), 10)
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(m.Span.End), 10)
		for _, s := range [...]string{m.Kind.String(), m.Actor.Code, m.Actor.Name, m.Actor.Entry} {
			b = append(b, ',')
			b = appendJSONString(b, s)
		}
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(m.Antecedent), 10)
		if g := m.Geo; g != nil {
			b = append(b, ',')
			b = appendJSONString(b, g.Name)
			b = append(b, ',')
			b = appendJSONString(b, g.Country)
			b = append(b, ',')
			b = appendJSONFloat(b, g.Lat)
			b = append(b, ',')
			b = appendJSONFloat(b, g.Lon)
		} else {
			b = append(b, `,"","",null,null`...)
		}
		b = append(b, ']')
	}
	return append(b, ']')
}

// appendJSONString appends s as a JSON string; invalid UTF-8 becomes
// U+FFFD, as in encoding/json.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				b = append(b, '\\', c)
			case c < 0x20:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			default:
				b = append(b, c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b = append(b, "\\ufffd"...)
		} else {
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return append(b, '"')
}

// appendJSONFloat appends f as a JSON number, or null if it has none.
func appendJSONFloat(b []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return append(b, "null"...)
	}
	return strconv.AppendFloat(b, f, 'g', -1, 64)
}

func (w *writer) quotes(d *doc.Doc, rowid int64) error {
	w.args = w.args[:0]
	for i := range d.Quotes {
		q := &d.Quotes[i]
		name, code := store.SpeakerOf(d, q)
		w.args = append(w.args, rowid, i, d.Article.ID, q.Span.Start, q.Span.End, q.Speaker, name, code, q.Cue.Start, q.Cue.End, q.Direct, q.Partial,
			piecesJSON(q.Pieces))
	}
	return w.insert(`INSERT OR FAIL INTO quotes (article, idx, article_id, start, end, speaker, speaker_name, speaker_code, cue_start, cue_end, direct, partial, pieces)`,
		`(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, 13, w.args)
}

// eventMentionCols is the columns of event_mentions.
const eventMentionCols = 36

// events stores the event mentions and their clusters; it returns the
// mention ID of each event, for claims.
func (w *writer) events(d *doc.Doc) ([]string, error) {
	ids := make([]string, len(d.Events))
	w.args, w.args2 = w.args[:0], w.args2[:0]
	for i := range d.Events {
		e := &d.Events[i]
		code, day, mid, eid := store.EventKey(d, e)
		quad, plover := store.CodeClass(e.Code)
		src, tgt := e.Source.Actor.Code, e.Target.Actor.Code
		ids[i] = mid
		place, country, lat, lon := geo(e.Place)
		claimedBy := store.ClaimedByName(d, e)
		root := code
		if len(root) > 2 {
			root = root[:2]
		}
		w.args = append(w.args, eid, unix(day), src, tgt, code, root, quad, plover, e.Negated, e.Modality.String(), country)
		w.touched[eid] = true
		ev := evidenceSpan(e.Source.Span, e.Target.Span, e.Evidence.Verb)
		w.args2 = append(w.args2, mid, eid, d.Article.ID, e.Sentence, unix(day),
			src, store.ParticipantName(d, e.Source), e.Source.Mention, tgt, store.ParticipantName(d, e.Target), e.Target.Mention,
			code, quad, plover, e.Negated, e.Modality.String(), e.ClaimedBy.Voice.String(), claimedBy, e.ClaimedBy.Quote, e.Contested,
			place, country, lat, lon,
			e.Source.Span.Start, e.Source.Span.End, e.Target.Span.Start, e.Target.Span.End, e.Evidence.Verb.Start, e.Evidence.Verb.End,
			ev.Start, ev.End, e.Evidence.Pattern, strings.Join(e.Evidence.Entries, "\n"), e.Evidence.Confidence,
			int(store.DatePrecOf(d, e)))
	}
	if err := w.insert(`INSERT OR IGNORE INTO events`, `(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0)`, 11, w.args); err != nil {
		return nil, err
	}
	// Two events with one mention ID (same sentence, actors and code): the
	// later replaces the earlier, as INSERT OR REPLACE row by row did.
	// Dropping the earlier here keeps the insert free of conflicts, so it
	// can FAIL rather than ABORT and SQLite keeps no statement journal.
	rows := w.args2
	for i := range ids {
		if slices.Contains(ids[i+1:], ids[i]) {
			rows = rows[:0]
			for j := range ids {
				if !slices.Contains(ids[j+1:], ids[j]) {
					rows = append(rows, w.args2[j*eventMentionCols:(j+1)*eventMentionCols]...)
				}
			}
			break
		}
	}
	err := w.insert(`INSERT OR FAIL INTO event_mentions`, `(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, eventMentionCols, rows)
	return ids, err
}

func (w *writer) claims(d *doc.Doc, ids []string) error {
	w.args = w.args[:0]
	for i, c := range d.Claims {
		mid := ""
		if c.Asserted >= 0 && int(c.Asserted) < len(ids) {
			mid = ids[c.Asserted]
		}
		w.args = append(w.args, d.Article.ID, i, mid, c.Disputed, c.Denier, c.Span.Start, c.Span.End)
	}
	return w.insert(`INSERT OR FAIL INTO claims`, `(?, ?, ?, ?, ?, ?, ?)`, 7, w.args)
}

// indexText adds the articles written in this transaction to the text
// index.
func (w *writer) indexText() error {
	for _, rowid := range w.textOrder {
		a, ok := w.text[rowid]
		if !ok {
			continue // rewritten in this transaction and listed twice
		}
		delete(w.text, rowid)
		if err := w.exec(`INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)`, rowid, a.Title, a.Text); err != nil {
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

// ClearFailure deletes the failure recorded under key, if any.
func (db *DB) ClearFailure(ctx context.Context, key string) error {
	err := db.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `DELETE FROM failures WHERE key = ?`, key)
		return err
	})
	return db.explain("clear the failure of "+key, err)
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

// piecesJSON writes a quote's pieces as [[start,end],...]; "" for none.
func piecesJSON(ps []doc.Span) string {
	if len(ps) == 0 {
		return ""
	}
	b := make([]byte, 0, 16*len(ps))
	b = append(b, '[')
	for i, p := range ps {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '[')
		b = strconv.AppendInt(b, int64(p.Start), 10)
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(p.End), 10)
		b = append(b, ']')
	}
	return string(append(b, ']'))
}

// parsePieces reads what piecesJSON wrote.
func parsePieces(s string) ([]doc.Span, error) {
	if s == "" {
		return nil, nil
	}
	var raw [][2]int32
	if err := json.Unmarshal([]byte(s), &raw); err != nil {
		return nil, fmt.Errorf("quote pieces %q: %w", s, err)
	}
	out := make([]doc.Span, len(raw))
	for i, r := range raw {
		out[i] = doc.Span{Start: r[0], End: r[1]}
	}
	return out, nil
}
