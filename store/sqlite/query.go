package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"dyad/doc"
	"dyad/store"
)

// where builds a WHERE clause from a Query over a table alias whose
// columns follow the events/event_mentions naming.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

// prefix adds "col starts with p" as an index-friendly range.
func (w *where) prefix(col, p string) {
	w.add(col+" >= ? AND "+col+" < ?", p, p+"\U0010FFFF")
}

// actorPrefix adds "the actor code col starts with p". It also names the
// indexed first three letters when p has them, and the first six when
// six is set (both sides of a dyad have six letters or more, so the
// six-letter dyad index applies; for one side alone it would not give the
// rows in day order).
func (w *where) actorPrefix(col, p string, six bool) {
	if len(p) >= 3 {
		w.add("substr("+col+", 1, 3) = ?", p[:3])
	}
	if six {
		w.add("substr("+col+", 1, 6) = ?", p[:6])
	}
	if len(p) != 3 && !(six && len(p) == 6) {
		w.prefix(col, p)
	}
}

// dayRange adds "col is in [q.From's day, q.To)"; col holds Unix seconds.
func (w *where) dayRange(col string, q store.Query) {
	if !q.From.IsZero() {
		w.add(col+" >= ?", store.Day(q.From).Unix())
	}
	if !q.To.IsZero() {
		w.add(col+" < ?", q.To.Unix())
	}
}

func (w *where) String() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

func limits(q store.Query) (int, int) {
	l := q.Limit
	if l <= 0 {
		l = store.DefaultLimit
	}
	o := q.Offset
	if o < 0 {
		o = 0
	}
	return l, o
}

// eventFilters adds the filters that events and event_mentions share;
// t is the table alias.
func eventFilters(w *where, q store.Query, t string) {
	six := len(q.Source) >= 6 && len(q.Target) >= 6
	if q.Actor != "" {
		var src, tgt where
		src.actorPrefix(t+".source", q.Actor, false)
		tgt.actorPrefix(t+".target", q.Actor, false)
		w.add("(("+strings.Join(src.conds, " AND ")+") OR ("+strings.Join(tgt.conds, " AND ")+"))", append(src.args, tgt.args...)...)
	}
	if q.Source != "" {
		w.actorPrefix(t+".source", q.Source, six)
	}
	if q.Target != "" {
		w.actorPrefix(t+".target", q.Target, six)
	}
	if q.Code != "" {
		// With an actor given, the dyad index is the better path: the
		// unary + keeps the planner from taking the code index instead.
		plus := ""
		if q.Actor != "" || q.Source != "" || q.Target != "" {
			plus = "+"
		}
		if len(q.Code) >= 2 && t == "e" {
			w.add(plus+t+".root = ?", q.Code[:2])
		}
		if len(q.Code) != 2 || t != "e" {
			w.add(plus+t+".code >= ? AND "+plus+t+".code < ?", q.Code, q.Code+"\U0010FFFF")
		}
	}
	if q.Plover != "" {
		w.add(t+".plover = ?", q.Plover)
	}
	if q.Quad != 0 {
		w.add(t+".quad = ?", q.Quad)
	}
	w.dayRange(t+".day", q)
	if q.Country != "" {
		w.add(t+".country = ?", q.Country)
	}
}

// articleFilters restricts to articles matching Text, Article and Outlet;
// col is the article ID column.
func articleFilters(w *where, q store.Query, col string) {
	if q.Article != "" {
		w.add(col+" = ?", q.Article)
	}
	if q.Text != "" {
		w.add(col+" IN (SELECT a.id FROM articles_fts f JOIN articles a ON a.rowid = f.rowid WHERE articles_fts MATCH ?)", ftsQuery(q.Text))
	}
	if q.Outlet != "" {
		w.add(col+" IN (SELECT article_id FROM article_sources WHERE outlet = ?)", q.Outlet)
	}
}

// ftsQuery quotes each word so that user text is never FTS syntax: the
// words are ANDed.
func ftsQuery(s string) string {
	var parts []string
	for _, f := range strings.Fields(s) {
		parts = append(parts, `"`+strings.ReplaceAll(f, `"`, `""`)+`"`)
	}
	return strings.Join(parts, " ")
}

func fromUnix(v sql.NullInt64) time.Time {
	if !v.Valid {
		return time.Time{}
	}
	return time.Unix(v.Int64, 0).UTC()
}

// Spans are byte offsets: text is cast to BLOB before substr, which
// counts characters in TEXT.

// eventCols ends with the finest date precision of the event's mentions
// (a mention stored before precisions were kept, 0 with a day, counts as
// a day) and, for a source or target no dictionary codes, the words a
// report names it by (the event ID holds them, so its reports agree).
var eventCols = `e.id, e.day, e.source, e.target, e.code, e.root, e.quad, e.plover, e.negated, e.modality,
	e.country, e.num_mentions, e.num_articles, e.num_sources,
	(SELECT max(CASE WHEN m.date_prec = 0 AND m.day IS NOT NULL THEN ` + strconv.Itoa(int(doc.Day)) + ` ELSE m.date_prec END)
		FROM event_mentions m WHERE m.event_id = e.id),
	CASE WHEN e.source = '' THEN coalesce((SELECT m.source_name FROM event_mentions m WHERE m.event_id = e.id LIMIT 1), '') ELSE '' END,
	CASE WHEN e.target = '' THEN coalesce((SELECT m.target_name FROM event_mentions m WHERE m.event_id = e.id LIMIT 1), '') ELSE '' END`

// eventWhere is the WHERE clause of an events query.
func eventWhere(q store.Query) *where {
	var w where
	eventFilters(&w, q, "e")
	if q.Place != "" {
		w.add("e.id IN (SELECT event_id FROM event_mentions WHERE place = ?)", q.Place)
	}
	if q.Text != "" || q.Article != "" || q.Outlet != "" {
		var aw where
		articleFilters(&aw, q, "m.article_id")
		w.add("e.id IN (SELECT m.event_id FROM event_mentions m"+aw.String()+")", aw.args...)
	}
	return &w
}

// Events returns clustered events, newest first.
func (db *DB) Events(ctx context.Context, q store.Query) ([]store.Event, error) {
	l, o := limits(q)
	var query string
	var args []any
	if q.Actor != "" && q.Source == "" && q.Target == "" {
		// Either side: the newest l+o events with the actor as source and
		// those with it as target, each walked in day order on its own
		// index, then merged. One OR over both would gather every event of
		// the actor and sort them.
		asSource, asTarget := q, q
		asSource.Actor, asSource.Source = "", q.Actor
		asTarget.Actor, asTarget.Target = "", q.Actor
		ws, wt := eventWhere(asSource), eventWhere(asTarget)
		query = `SELECT * FROM (SELECT ` + eventCols + ` FROM events e` + ws.String() + ` ORDER BY e.day DESC, e.id DESC LIMIT ?)
			UNION SELECT * FROM (SELECT ` + eventCols + ` FROM events e` + wt.String() + ` ORDER BY e.day DESC, e.id DESC LIMIT ?)
			ORDER BY 2 DESC, 1 DESC LIMIT ? OFFSET ?`
		args = append(append(append(ws.args, l+o), wt.args...), l+o, l, o)
	} else {
		w := eventWhere(q)
		query = `SELECT ` + eventCols + ` FROM events e` + w.String() + ` ORDER BY e.day DESC, e.id DESC LIMIT ? OFFSET ?`
		args = append(w.args, l, o)
	}
	rows, err := db.sql.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, db.explain("query events", err)
	}
	defer rows.Close()
	var out []store.Event
	for rows.Next() {
		var e store.Event
		var day, prec sql.NullInt64
		if err := rows.Scan(&e.ID, &day, &e.Source, &e.Target, &e.Code, &e.Root, &e.Quad, &e.Plover, &e.Negated, &e.Modality,
			&e.Country, &e.NumMentions, &e.NumArticles, &e.NumSources, &prec, &e.SourceName, &e.TargetName); err != nil {
			return nil, db.explain("read events", err)
		}
		e.Date = fromUnix(day)
		e.DatePrec = doc.DatePrecision(prec.Int64)
		out = append(out, e)
	}
	return out, db.explain("read events", rows.Err())
}

const mentionCols = `m.id, m.event_id, m.article_id, m.sentence, m.day, m.source, m.source_name, m.target, m.target_name, m.code,
	m.negated, m.modality, m.voice, m.claimed_by, m.contested, m.place, m.country, m.lat, m.lon,
	m.src_start, m.src_end, m.tgt_start, m.tgt_end, m.verb_start, m.verb_end, m.pattern, m.entries, m.confidence, m.date_prec,
	a.url, a.outlet, CAST(substr(CAST(a.text AS BLOB), 1 + m.ev_start, m.ev_end - m.ev_start) AS TEXT),
	` + contestsCol

// contestsCol is the JSON array of the accounts that deny a contested
// mention, [[by, start, end, text], ...] in claim order; NULL when not
// contested. The denier's name is its mention's actor name, else the
// mention's text (as store.ContestsOf names it).
const contestsCol = `CASE WHEN m.contested THEN (
	SELECT json_group_array(json_array(
		CASE WHEN c.denier >= 0 THEN coalesce(nullif(a.mentions->>('$[' || c.denier || '][4]'), ''),
			CAST(substr(CAST(a.text AS BLOB), 1 + (a.mentions->>('$[' || c.denier || '][0]')),
				(a.mentions->>('$[' || c.denier || '][1]')) - (a.mentions->>('$[' || c.denier || '][0]'))) AS TEXT), '') ELSE '' END,
		c.start, c.end, CAST(substr(CAST(a.text AS BLOB), 1 + c.start, c.end - c.start) AS TEXT)) ORDER BY c.idx)
	FROM claims c WHERE c.article_id = m.article_id AND c.event_mention_id = m.id) END`

func (db *DB) mentionQuery(q store.Query) (string, []any) {
	var w where
	eventFilters(&w, q, "m")
	if q.Place != "" {
		w.add("m.place = ?", q.Place)
	}
	articleFilters(&w, q, "m.article_id")
	l, o := limits(q)
	return `SELECT ` + mentionCols + ` FROM event_mentions m JOIN articles a ON a.id = m.article_id` + w.String() +
		` ORDER BY m.day DESC, m.id DESC LIMIT ? OFFSET ?`, append(w.args, l, o)
}

func scanMention(rows *sql.Rows) (store.Mention, error) {
	var m store.Mention
	var day sql.NullInt64
	var lat, lon sql.NullFloat64
	var entries string
	var prec int
	var evidence, contests sql.NullString
	err := rows.Scan(&m.ID, &m.EventID, &m.ArticleID, &m.Sentence, &day, &m.Source, &m.SourceName, &m.Target, &m.TargetName, &m.Code,
		&m.Negated, &m.Modality, &m.Voice, &m.ClaimedBy, &m.Contested, &m.Place, &m.Country, &lat, &lon,
		&m.SourceSpan.Start, &m.SourceSpan.End, &m.TargetSpan.Start, &m.TargetSpan.End, &m.VerbSpan.Start, &m.VerbSpan.End,
		&m.Pattern, &entries, &m.Confidence, &prec, &m.URL, &m.Outlet, &evidence, &contests)
	if err == nil && contests.Valid {
		m.Contests, err = parseContests(contests.String)
	}
	m.Date = fromUnix(day)
	m.DatePrec = doc.DatePrecision(prec)
	if m.DatePrec == doc.NoDate && !m.Date.IsZero() {
		m.DatePrec = doc.Day // a row written before precisions were kept
	}
	m.Lat, m.Lon = lat.Float64, lon.Float64
	if entries != "" {
		m.Entries = strings.Split(entries, "\n")
	}
	m.Evidence = evidence.String
	return m, err
}

// Mentions returns event mentions with their evidence, newest first.
func (db *DB) Mentions(ctx context.Context, q store.Query) ([]store.Mention, error) {
	var out []store.Mention
	err := db.EachMention(ctx, q, func(m store.Mention) error {
		out = append(out, m)
		return nil
	})
	return out, err
}

// EachMention calls fn for each mention matching q, streaming from the
// database.
func (db *DB) EachMention(ctx context.Context, q store.Query, fn func(store.Mention) error) error {
	if q.Limit <= 0 && q.Offset == 0 {
		q.Limit = -1 // all, for export
	}
	query, args := db.mentionQuery(q)
	if q.Limit < 0 {
		args[len(args)-2] = -1
	}
	rows, err := db.sql.QueryContext(ctx, query, args...)
	if err != nil {
		return db.explain("query event mentions", err)
	}
	defer rows.Close()
	for rows.Next() {
		m, err := scanMention(rows)
		if err != nil {
			return db.explain("read event mentions", err)
		}
		if err := fn(m); err != nil {
			return err
		}
	}
	return db.explain("read event mentions", rows.Err())
}

// Quotes returns quotes with their speakers, newest article first.
func (db *DB) Quotes(ctx context.Context, q store.Query) ([]store.Quote, error) {
	var w where
	if q.Speaker != "" {
		w.add("((q.speaker_code >= ? AND q.speaker_code < ?) OR q.speaker_name = ?)", q.Speaker, q.Speaker+"\U0010FFFF", q.Speaker)
	}
	w.dayRange("a.published", q)
	articleFilters(&w, q, "a.id") // quotes are keyed by the article's rowid (migration 8)
	l, o := limits(q)
	rows, err := db.sql.QueryContext(ctx, `SELECT q.article_id, q.idx, q.start, q.end, CAST(substr(CAST(a.text AS BLOB), q.start + 1, q.end - q.start) AS TEXT),
		q.speaker_name, q.speaker_code, q.direct, q.partial, a.published, q.pieces
		FROM quotes q JOIN articles a ON a.rowid = q.article`+w.String()+
		` ORDER BY a.published DESC, q.article_id, q.idx LIMIT ? OFFSET ?`, append(w.args, l, o)...)
	if err != nil {
		return nil, db.explain("query quotes", err)
	}
	defer rows.Close()
	var out []store.Quote
	for rows.Next() {
		var x store.Quote
		var pub sql.NullInt64
		var pieces string
		if err := rows.Scan(&x.ArticleID, &x.Index, &x.Span.Start, &x.Span.End, &x.Text, &x.Speaker, &x.SpeakerCode, &x.Direct, &x.Partial, &pub, &pieces); err != nil {
			return nil, db.explain("read quotes", err)
		}
		var err error
		if x.Pieces, err = parsePieces(pieces); err != nil {
			return nil, db.explain("read quotes", err)
		}
		x.Text = doc.QuotedText(x.Text, x.Span.Start, x.Span, x.Direct, x.Pieces)
		x.Published = fromUnix(pub)
		out = append(out, x)
	}
	return out, db.explain("read quotes", rows.Err())
}

// Articles returns articles with their sources, newest first.
func (db *DB) Articles(ctx context.Context, q store.Query) ([]store.Article, error) {
	var w where
	articleFilters(&w, q, "a.id")
	w.dayRange("a.published", q)
	if q.Actor != "" || q.Source != "" || q.Target != "" || q.Code != "" || q.Country != "" {
		var ew where
		eventFilters(&ew, store.Query{Actor: q.Actor, Source: q.Source, Target: q.Target, Code: q.Code, Country: q.Country}, "m")
		w.add("a.id IN (SELECT m.article_id FROM event_mentions m"+ew.String()+")", ew.args...)
	}
	l, o := limits(q)
	rows, err := db.sql.QueryContext(ctx, `SELECT a.id, a.url, a.outlet, a.title, a.published, a.text FROM articles a`+w.String()+
		` ORDER BY a.published DESC, a.id LIMIT ? OFFSET ?`, append(w.args, l, o)...)
	if err != nil {
		return nil, db.explain("query articles", err)
	}
	var out []store.Article
	for rows.Next() {
		var a store.Article
		var pub sql.NullInt64
		if err := rows.Scan(&a.ID, &a.URL, &a.Outlet, &a.Title, &pub, &a.Text); err != nil {
			rows.Close()
			return nil, db.explain("read articles", err)
		}
		a.Published = fromUnix(pub)
		out = append(out, a)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, db.explain("read articles", err)
	}
	for i := range out {
		srcs, err := db.sources(ctx, out[i].ID)
		if err != nil {
			return nil, err
		}
		out[i].Sources = srcs
	}
	return out, nil
}

func (db *DB) sources(ctx context.Context, id string) ([]store.Source, error) {
	rows, err := db.sql.QueryContext(ctx, `SELECT seen_id, url, outlet, published, near FROM article_sources WHERE article_id = ?
		ORDER BY seen_id != article_id, published, seen_id`, id)
	if err != nil {
		return nil, db.explain("query article sources", err)
	}
	defer rows.Close()
	var out []store.Source
	for rows.Next() {
		var s store.Source
		var pub sql.NullInt64
		if err := rows.Scan(&s.ArticleID, &s.URL, &s.Outlet, &pub, &s.Near); err != nil {
			return nil, db.explain("read article sources", err)
		}
		s.Published = fromUnix(pub)
		out = append(out, s)
	}
	return out, db.explain("read article sources", rows.Err())
}

// Has reports whether an article (or a copy of it) was stored under id.
func (db *DB) Has(ctx context.Context, id string) (bool, error) {
	var one int
	err := db.sql.QueryRowContext(ctx, `SELECT 1 FROM article_sources WHERE seen_id = ?`, id).Scan(&one)
	if err == sql.ErrNoRows {
		return false, nil
	}
	return err == nil, db.explain("look up article "+id, err)
}

// Failures returns recorded failures, most recent first.
func (db *DB) Failures(ctx context.Context, limit, offset int) ([]store.Failure, error) {
	l, o := limits(store.Query{Limit: limit, Offset: offset})
	rows, err := db.sql.QueryContext(ctx, `SELECT key, reason, at FROM failures ORDER BY at DESC, key LIMIT ? OFFSET ?`, l, o)
	if err != nil {
		return nil, db.explain("query failures", err)
	}
	defer rows.Close()
	var out []store.Failure
	for rows.Next() {
		var f store.Failure
		var at int64
		if err := rows.Scan(&f.Key, &f.Reason, &at); err != nil {
			return nil, db.explain("read failures", err)
		}
		f.At = time.Unix(at, 0).UTC()
		out = append(out, f)
	}
	return out, db.explain("read failures", rows.Err())
}

// Stats counts what is stored.
func (db *DB) Stats(ctx context.Context, top int) (store.Stats, error) {
	var s store.Stats
	err := db.sql.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM articles),
		(SELECT count(*) FROM article_sources WHERE seen_id != article_id),
		(SELECT count(*) FROM events),
		(SELECT count(*) FROM event_mentions),
		(SELECT count(*) FROM quotes),
		(SELECT count(*) FROM failures)`).Scan(&s.Articles, &s.Duplicates, &s.Events, &s.Mentions, &s.Quotes, &s.Failures)
	if err != nil {
		return s, db.explain("count", err)
	}
	if top <= 0 {
		return s, nil
	}
	if s.TopDyads, err = db.counts(ctx, `SELECT source || '>' || target, sum(num_mentions) AS n FROM events
		GROUP BY source, target ORDER BY n DESC, 1 LIMIT ?`, top); err != nil {
		return s, err
	}
	s.TopActors, err = db.counts(ctx, `SELECT actor, sum(n) AS total FROM (
		SELECT source AS actor, num_mentions AS n FROM events UNION ALL SELECT target, num_mentions FROM events)
		WHERE actor != '' GROUP BY actor ORDER BY total DESC, actor LIMIT ?`, top)
	return s, err
}

func (db *DB) counts(ctx context.Context, q string, top int) ([]store.Count, error) {
	rows, err := db.sql.QueryContext(ctx, q, top)
	if err != nil {
		return nil, db.explain("count top", err)
	}
	defer rows.Close()
	var out []store.Count
	for rows.Next() {
		var c store.Count
		if err := rows.Scan(&c.Name, &c.N); err != nil {
			return nil, db.explain("count top", err)
		}
		out = append(out, c)
	}
	return out, db.explain("count top", rows.Err())
}

// parseContests reads contestsCol.
func parseContests(s string) ([]store.Contest, error) {
	var rows [][4]json.RawMessage
	if err := json.Unmarshal([]byte(s), &rows); err != nil {
		return nil, fmt.Errorf("contests of a mention: %w", err)
	}
	out := make([]store.Contest, 0, len(rows))
	for _, r := range rows {
		var c store.Contest
		if err := errors.Join(json.Unmarshal(r[0], &c.By), json.Unmarshal(r[1], &c.Span.Start),
			json.Unmarshal(r[2], &c.Span.End), json.Unmarshal(r[3], &c.Text)); err != nil {
			return nil, fmt.Errorf("contests of a mention: %w", err)
		}
		out = append(out, c)
	}
	return out, nil
}
