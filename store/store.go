// Package store is where coded articles go: the Store interface that every
// backend (store/sqlite, later store/postgres) implements, the row types its
// queries return, and the stable IDs of events.
//
// The contract, checked for every backend by store/storetest:
//
//   - Write stores one coded doc.Doc (article, mentions, quotes, events with
//     their evidence, claims) in one transaction: after a crash either all of
//     it is there or none. Writing the same Doc again changes nothing.
//   - An article whose text is an exact or near copy (store/dedup) of one
//     already stored is not stored again: its URL and outlet are added to the
//     stored article's sources, and Has reports its ID as done.
//   - Event mentions (one per article, sentence, source, target and code)
//     are clustered into events by day, source, target, code, negation and
//     modality; an event counts its mentions, articles and sources.
//   - Failures record inputs or articles that could not be coded.
//
// The interface uses only doc types, strings, numbers and times, so a
// client/server database fits behind it as well as an embedded one.
package store

import (
	"context"
	"time"

	"dyad/doc"
)

// Store is a place for coded articles. Implementations are safe for
// concurrent use.
type Store interface {
	// Write stores one coded article in one transaction.
	Write(ctx context.Context, d *doc.Doc) error
	// WriteBatch stores many in one transaction (for throughput); either all
	// are stored or none. Every Doc must have an article ID.
	WriteBatch(ctx context.Context, ds []*doc.Doc) error
	// Fail records that an article or input could not be coded. key is the
	// article ID, or the input name (file:line) when there is no article.
	// Recording the same key again replaces its reason. A later successful
	// Write of that article ID clears the failure.
	Fail(ctx context.Context, key, reason string) error
	// ClearFailure deletes the failure recorded under key, if any: an input
	// that is not an article (a feed that answers again) recovered.
	ClearFailure(ctx context.Context, key string) error
	// Has reports whether the article ID was written (or seen as a
	// duplicate), for resuming a run.
	Has(ctx context.Context, articleID string) (bool, error)

	// Events returns the clustered events matching q, newest first.
	Events(ctx context.Context, q Query) ([]Event, error)
	// Mentions returns the event mentions (one per report, with evidence)
	// matching q, newest first.
	Mentions(ctx context.Context, q Query) ([]Mention, error)
	// Quotes returns the quotes matching q (Speaker, Text, dates, ArticleID).
	Quotes(ctx context.Context, q Query) ([]Quote, error)
	// Articles returns the articles matching q (Text, dates, ArticleID,
	// Outlet), with their sources.
	Articles(ctx context.Context, q Query) ([]Article, error)
	// Failures returns the recorded failures, most recent first.
	Failures(ctx context.Context, limit, offset int) ([]Failure, error)
	// EachMention calls fn for every mention matching q (Limit and Offset
	// apply) in a stable order, without holding all of them, for export. An
	// error from fn stops the iteration and is returned.
	EachMention(ctx context.Context, q Query, fn func(Mention) error) error
	// Stats counts what is stored; top bounds the top-dyad and top-actor lists.
	Stats(ctx context.Context, top int) (Stats, error)

	Close() error
}

// Query filters events, mentions, quotes and articles. Zero fields do not
// filter. Actor codes match by prefix, as CAMEO codes are hierarchical:
// Source "USA" matches USAGOV and USAMIL.
type Query struct {
	Actor   string // source or target
	Source  string
	Target  string
	Code    string // CAMEO code or root prefix: "04" matches 040-046
	Plover  string // PLOVER type name, e.g. "CONSULT"
	Quad    int    // quad class 1-4
	From    time.Time
	To      time.Time // exclusive
	Country string    // ISO 3166 alpha-3 of the event's place
	Place   string    // place name, exact
	Text    string    // full-text search in the article text (FTS syntax of the backend; words are ANDed)
	Speaker string    // quote speaker: actor code prefix or name
	Article string    // one article ID
	Outlet  string    // outlet, exact
	Limit   int       // 0 means DefaultLimit
	Offset  int
}

// DefaultLimit is the number of rows a Query without Limit returns.
const DefaultLimit = 100

// Event is one clustered event: every report of the same source, target,
// code, day, negation and modality.
type Event struct {
	ID          string
	Date        time.Time         // the day (UTC midnight); zero when unknown
	DatePrec    doc.DatePrecision // the finest its reports give Date: a year named in all of them ("in 1980") is no day
	Source      string            // actor code
	Target      string
	SourceName  string // for a source no dictionary codes, the words a report names it by; "" when coded
	TargetName  string // the same for the target
	Code        string // CAMEO code digits
	Root        string // first two digits
	Quad        int
	Plover      string
	Negated     bool
	Modality    string
	Country     string // of the first reported place
	NumMentions int    // mentions in all articles
	NumArticles int    // distinct articles, counting stored duplicates
	NumSources  int    // distinct outlets, counting stored duplicates
}

// Mention is one report of an event in one article, with its evidence.
type Mention struct {
	ID         string
	EventID    string
	ArticleID  string
	Sentence   int
	Date       time.Time
	DatePrec   doc.DatePrecision // how much of Date the text gave: a month or a year is its first day
	Source     string
	SourceName string
	Target     string
	TargetName string
	Code       string
	Negated    bool
	Modality   string
	Voice      string // who asserts it: article, speaker, outlet
	ClaimedBy  string // the speaker's or outlet's name, when not the article
	Contested  bool
	Contests   []Contest // the accounts that deny it, when Contested
	Place      string
	Country    string
	Lat, Lon   float64
	SourceSpan doc.Span
	TargetSpan doc.Span
	VerbSpan   doc.Span
	Evidence   string // the sentence's text between the earliest and latest span
	Pattern    string
	Entries    []string
	Confidence float32
	URL        string
	Outlet     string
}

// Contest is an account in the same article that denies an event: who
// says so and the words that deny it ("no meeting").
type Contest struct {
	By   string   // the denier's name; "" when unknown
	Text string   // the denial's words
	Span doc.Span // the denial in the article
}

// Quote is one quote with its speaker.
type Quote struct {
	ArticleID   string
	Index       int
	Span        doc.Span
	Pieces      []doc.Span // as doc.Quote.Pieces
	Text        string     // what is quoted: a broken quotation's pieces joined by " … " (doc.QuotedText)
	Speaker     string     // speaker's name as written; "" when unknown
	SpeakerCode string     // actor code; "" when unresolved
	Direct      bool
	Partial     bool
	Published   time.Time
}

// Article is a stored article with every place it was seen.
type Article struct {
	doc.Article
	Sources []Source // the article's own URL and outlet first, then duplicates
}

// Source is one place an article was seen.
type Source struct {
	ArticleID string // the ID it had there (differs for duplicates)
	URL       string
	Outlet    string
	Published time.Time
	Near      bool // a near copy, not an exact one
}

// Failure is a recorded failure.
type Failure struct {
	Key    string
	Reason string
	At     time.Time
}

// Stats are counts of what is stored.
type Stats struct {
	Articles   int // stored articles (duplicates not counted)
	Duplicates int // copies seen and folded into stored articles
	Events     int // clustered events
	Mentions   int
	Quotes     int
	Failures   int
	TopDyads   []Count // "USA>RUS" by mentions
	TopActors  []Count // actor codes by mentions as source or target
}

// Count is a name with a count.
type Count struct {
	Name string
	N    int
}
