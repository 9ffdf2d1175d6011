package sqlite

// migrations are applied in order, each in its own transaction, and
// recorded in schema_migrations; a database is never migrated down. Add a
// migration at the end; never edit one that has shipped.
//
// Times are Unix seconds (UTC); NULL is unknown. Spans are byte offsets into
// articles.text.
var migrations = []string{
	// 1: the first schema.
	`
CREATE TABLE articles (
	rowid     INTEGER PRIMARY KEY,
	id        TEXT NOT NULL UNIQUE,
	url       TEXT NOT NULL,
	outlet    TEXT NOT NULL,
	title     TEXT NOT NULL,
	published INTEGER,
	text      TEXT NOT NULL,
	text_hash TEXT NOT NULL,         -- dedup.Fingerprint.Exact
	minhash   BLOB NOT NULL,         -- dedup.Signature.Bytes
	coded_at  INTEGER NOT NULL
);
CREATE INDEX articles_text_hash ON articles(text_hash);
CREATE INDEX articles_published ON articles(published);

-- The LSH bands of each stored article's MinHash (dedup.Signature.Bands).
CREATE TABLE article_bands (
	band       INTEGER NOT NULL,
	key        INTEGER NOT NULL,
	article_id TEXT NOT NULL,
	PRIMARY KEY (band, key, article_id)
) WITHOUT ROWID;
CREATE INDEX article_bands_article ON article_bands(article_id);

-- Every place an article was seen: its own URL (seen_id = article_id) and
-- those of the exact or near copies folded into it.
CREATE TABLE article_sources (
	seen_id    TEXT PRIMARY KEY,
	article_id TEXT NOT NULL,
	url        TEXT NOT NULL,
	outlet     TEXT NOT NULL,
	published  INTEGER,
	near       INTEGER NOT NULL
);
CREATE INDEX article_sources_article ON article_sources(article_id);

CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='', contentless_delete=1);

-- Clustered events: one row per day, source, target, code, negation, modality.
CREATE TABLE events (
	id           TEXT PRIMARY KEY,
	day          INTEGER,
	source       TEXT NOT NULL,
	target       TEXT NOT NULL,
	code         TEXT NOT NULL,
	root         TEXT NOT NULL,
	quad         INTEGER NOT NULL,
	plover       TEXT NOT NULL,
	negated      INTEGER NOT NULL,
	modality     TEXT NOT NULL,
	country      TEXT NOT NULL,
	num_mentions INTEGER NOT NULL,
	num_articles INTEGER NOT NULL,
	num_sources  INTEGER NOT NULL
) WITHOUT ROWID;
-- Actor codes are queried by prefix, nearly always of whole three-letter
-- parts (USA, USAGOV): indexing the first three and six letters lets a dyad
-- query walk its rows in day order and stop at the limit.
CREATE INDEX events_dyad ON events(substr(source, 1, 3), substr(target, 1, 3), day);
CREATE INDEX events_dyad6 ON events(substr(source, 1, 6), substr(target, 1, 6), day);
CREATE INDEX events_source ON events(substr(source, 1, 3), day);
CREATE INDEX events_target ON events(substr(target, 1, 3), day);
CREATE INDEX events_code ON events(code, day);
CREATE INDEX events_root ON events(root, day);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_country ON events(country, day);

-- One report of an event in one article, with its evidence.
CREATE TABLE event_mentions (
	id          TEXT PRIMARY KEY,
	event_id    TEXT NOT NULL,
	article_id  TEXT NOT NULL,
	sentence    INTEGER NOT NULL,
	day         INTEGER,
	source      TEXT NOT NULL,
	source_name TEXT NOT NULL,
	source_mention INTEGER NOT NULL,
	target      TEXT NOT NULL,
	target_name TEXT NOT NULL,
	target_mention INTEGER NOT NULL,
	code        TEXT NOT NULL,
	quad        INTEGER NOT NULL,
	plover      TEXT NOT NULL,
	negated     INTEGER NOT NULL,
	modality    TEXT NOT NULL,
	voice       TEXT NOT NULL,
	claimed_by  TEXT NOT NULL,
	claim_quote INTEGER NOT NULL,
	contested   INTEGER NOT NULL,
	place       TEXT NOT NULL,
	country     TEXT NOT NULL,
	lat REAL, lon REAL,
	src_start INTEGER NOT NULL, src_end INTEGER NOT NULL,
	tgt_start INTEGER NOT NULL, tgt_end INTEGER NOT NULL,
	verb_start INTEGER NOT NULL, verb_end INTEGER NOT NULL,
	ev_start INTEGER NOT NULL, ev_end INTEGER NOT NULL,  -- the text from the first to the last of these spans
	pattern     TEXT NOT NULL,
	entries     TEXT NOT NULL,   -- newline-separated lexicon entries
	confidence  REAL NOT NULL
) WITHOUT ROWID;
CREATE INDEX event_mentions_event ON event_mentions(event_id);
CREATE INDEX event_mentions_article ON event_mentions(article_id);
CREATE INDEX event_mentions_dyad ON event_mentions(substr(source, 1, 3), substr(target, 1, 3), day);
CREATE INDEX event_mentions_dyad6 ON event_mentions(substr(source, 1, 6), substr(target, 1, 6), day);
CREATE INDEX event_mentions_source ON event_mentions(substr(source, 1, 3), day);
CREATE INDEX event_mentions_target ON event_mentions(substr(target, 1, 3), day);
CREATE INDEX event_mentions_day ON event_mentions(day);

-- Actor and place mentions.
CREATE TABLE mentions (
	article_id TEXT NOT NULL,
	idx        INTEGER NOT NULL,
	start      INTEGER NOT NULL,
	end        INTEGER NOT NULL,
	kind       TEXT NOT NULL,
	code       TEXT NOT NULL,
	name       TEXT NOT NULL,
	entry      TEXT NOT NULL,
	antecedent INTEGER NOT NULL,
	geo_name   TEXT NOT NULL,
	geo_country TEXT NOT NULL,
	lat REAL, lon REAL,
	PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
CREATE INDEX mentions_code ON mentions(code);

CREATE TABLE quotes (
	article_id   TEXT NOT NULL,
	idx          INTEGER NOT NULL,
	start        INTEGER NOT NULL,
	end          INTEGER NOT NULL,
	speaker      INTEGER NOT NULL,  -- index into mentions; -1 unknown
	speaker_name TEXT NOT NULL,
	speaker_code TEXT NOT NULL,
	cue_start    INTEGER NOT NULL,
	cue_end      INTEGER NOT NULL,
	direct       INTEGER NOT NULL,
	partial      INTEGER NOT NULL,
	PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
CREATE INDEX quotes_speaker_code ON quotes(speaker_code);
CREATE INDEX quotes_speaker_name ON quotes(speaker_name);

CREATE TABLE claims (
	article_id TEXT NOT NULL,
	idx        INTEGER NOT NULL,
	event_mention_id TEXT NOT NULL,  -- the asserting account
	quote      INTEGER NOT NULL,     -- the denying quote; -1 none
	denier     INTEGER NOT NULL,     -- mention index; -1 unknown
	start      INTEGER NOT NULL,
	end        INTEGER NOT NULL,
	PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

CREATE TABLE failures (
	key    TEXT PRIMARY KEY,
	reason TEXT NOT NULL,
	at     INTEGER NOT NULL
);
CREATE INDEX failures_at ON failures(at);
`,
	// 2: drop two indexes no query reads, which every write paid for: a
	// mention row cost two B-tree inserts, and the bands of an article went
	// to random pages twice. A rewrite finds an article's bands from its
	// stored signature instead.
	`
DROP INDEX mentions_code;
DROP INDEX article_bands_article;
`,
	// 3: an article's actor and place mentions move into one JSON value in
	// its row (an array of [start, end, kind, code, name, entry, antecedent,
	// geo_name, geo_country, lat, lon]); the view mentions keeps the columns
	// and rows of the old table for anyone reading it with SQL. A row per
	// mention, which no query read, cost a quarter of the writer's time.
	`
ALTER TABLE articles ADD COLUMN mentions TEXT NOT NULL DEFAULT '[]';
UPDATE articles SET mentions = (
	SELECT json_group_array(json_array(m.start, m.end, m.kind, m.code, m.name, m.entry, m.antecedent,
		m.geo_name, m.geo_country, m.lat, m.lon) ORDER BY m.idx)
	FROM mentions m WHERE m.article_id = articles.id)
WHERE id IN (SELECT article_id FROM mentions);
DROP TABLE mentions;
CREATE VIEW mentions (article_id, idx, start, end, kind, code, name, entry, antecedent, geo_name, geo_country, lat, lon) AS
	SELECT a.id, j.key, j.value->>0, j.value->>1, j.value->>2, j.value->>3, j.value->>4, j.value->>5, j.value->>6,
		j.value->>7, j.value->>8, j.value->>9, j.value->>10
	FROM articles a, json_each(a.mentions) j;
`,
	// 4: an article's LSH bands name it by its rowid, not its ID: rows of
	// three integers instead of two and a 16-letter text, and the look-up
	// of copies joins on the articles' primary key instead of the index of
	// their IDs. (The rowid of an article survives a rewrite and VACUUM: it
	// is the INTEGER PRIMARY KEY.)
	`
CREATE TABLE article_bands4 (
	band    INTEGER NOT NULL,
	key     INTEGER NOT NULL,
	article INTEGER NOT NULL,  -- articles.rowid
	PRIMARY KEY (band, key, article)
) WITHOUT ROWID;
INSERT INTO article_bands4 SELECT b.band, b.key, a.rowid FROM article_bands b JOIN articles a ON a.id = b.article_id;
DROP TABLE article_bands;
ALTER TABLE article_bands4 RENAME TO article_bands;
`,
	// 5: drop the index of text hashes, which no query reads (exact copies
	// are found through the LSH bands, as they share them all) and every
	// article paid for with an insert at a random place.
	`
DROP INDEX articles_text_hash;
`,
	// 6: a quote's pieces: the stretches in quotation marks of a quotation
	// broken by its cue, or the fragments quoted in an indirect quote, as a
	// JSON array of [start, end] byte offsets; '' when the span is one piece.
	`
ALTER TABLE quotes ADD COLUMN pieces TEXT NOT NULL DEFAULT '';
`,
	// 7: the LSH bands move into memory (dedup.Index, filled when a
	// database is first written to). Their table, 16 rows an article at
	// random places, cost a quarter of the writer's time in look-ups and
	// inserts, and pages rewritten at every commit. What stays on disk is each
	// stored article's signature in the order it was written, for filling
	// the index: seq never repeats (AUTOINCREMENT), so a writer catches up
	// with another process's articles by reading the rows after the last
	// seq it saw. A rewrite of an article with a new text replaces its row.
	`
CREATE TABLE article_lsh (
	seq     INTEGER PRIMARY KEY AUTOINCREMENT,
	article INTEGER NOT NULL,  -- articles.rowid
	minhash BLOB NOT NULL      -- dedup.Signature.Bytes (dropped by 9)
);
CREATE INDEX article_lsh_article ON article_lsh(article);
INSERT INTO article_lsh (article, minhash) SELECT rowid, minhash FROM articles ORDER BY rowid;
DROP TABLE article_bands;
`,
	// 8: quotes are keyed by their article's rowid, not its ID: an
	// article's quotes go at the end of the table instead of at random
	// places, so a commit rewrites a few pages of it instead of every
	// one, and the speaker indexes, which hold the key, shrink. The
	// article's ID stays in the row for readers.
	`
CREATE TABLE quotes8 (
	article      INTEGER NOT NULL,  -- articles.rowid
	idx          INTEGER NOT NULL,
	article_id   TEXT NOT NULL,
	start        INTEGER NOT NULL,
	end          INTEGER NOT NULL,
	speaker      INTEGER NOT NULL,  -- index into mentions; -1 unknown
	speaker_name TEXT NOT NULL,
	speaker_code TEXT NOT NULL,
	cue_start    INTEGER NOT NULL,
	cue_end      INTEGER NOT NULL,
	direct       INTEGER NOT NULL,
	partial      INTEGER NOT NULL,
	pieces       TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (article, idx)
) WITHOUT ROWID;
INSERT INTO quotes8 SELECT a.rowid, q.idx, q.article_id, q.start, q.end, q.speaker, q.speaker_name, q.speaker_code,
	q.cue_start, q.cue_end, q.direct, q.partial, q.pieces
	FROM quotes q JOIN articles a ON a.id = q.article_id;
DROP TABLE quotes;
ALTER TABLE quotes8 RENAME TO quotes;
CREATE INDEX quotes_speaker_code ON quotes(speaker_code);
CREATE INDEX quotes_speaker_name ON quotes(speaker_name);
`,
	// 9: article_lsh keeps only the order in which signatures were
	// written; the signature itself is the article's own minhash, which
	// it copied (a second copy of every article's signature on disk).
	`
ALTER TABLE article_lsh DROP COLUMN minhash;
`,
	// 10: how much of its day a mention's text gave (doc.DatePrecision:
	// 1 year, 2 month, 3 day); 0 for rows written before.
	`
ALTER TABLE event_mentions ADD COLUMN date_prec INTEGER NOT NULL DEFAULT 0;
`,
}
