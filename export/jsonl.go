package export

import (
	"encoding/json"
	"io"

	"dyad/cameo"
	"dyad/store"
)

// Record is dyad's JSON Lines schema, one event mention a line; docs/jsonl.md
// documents each field.
type Record struct {
	ID         string  `json:"id"`
	EventID    string  `json:"event_id"`
	ArticleID  string  `json:"article_id"`
	URL        string  `json:"url,omitempty"`
	Outlet     string  `json:"outlet,omitempty"`
	Sentence   int     `json:"sentence"`
	Date       string  `json:"date,omitempty"`
	DatePrec   string  `json:"date_precision,omitempty"`
	Source     string  `json:"source"`
	SourceName string  `json:"source_name,omitempty"`
	Target     string  `json:"target"`
	TargetName string  `json:"target_name,omitempty"`
	Code       string  `json:"cameo"`
	CodeName   string  `json:"cameo_name,omitempty"`
	Root       string  `json:"root"`
	Goldstein  float64 `json:"goldstein"`
	Quad       int     `json:"quad_class"`
	Plover     string  `json:"plover_type,omitempty"`
	Mode       string  `json:"plover_mode,omitempty"`
	Negated    bool    `json:"negated"`
	Modality   string  `json:"modality"`
	Voice      string  `json:"claimed_voice"`
	ClaimedBy  string  `json:"claimed_by,omitempty"`
	Contested  bool    `json:"contested"`
	// ContestedBy lists the accounts in the article that deny the event.
	ContestedBy []ContestRecord `json:"contested_by,omitempty"`
	Place       string          `json:"place,omitempty"`
	Country     string          `json:"country,omitempty"`
	Lat         *float64        `json:"lat,omitempty"`
	Lon         *float64        `json:"lon,omitempty"`
	Evidence    Evidence        `json:"evidence"`
}

// ContestRecord is an account that denies an event: who says so, the
// denial's words and their byte span in the article.
type ContestRecord struct {
	By   string   `json:"by,omitempty"`
	Text string   `json:"text"`
	Span [2]int32 `json:"span"`
}

// Evidence is what backs a record: spans are byte offsets [start, end) into
// the article text.
type Evidence struct {
	Text       string   `json:"text"`
	SourceSpan [2]int32 `json:"source_span"`
	VerbSpan   [2]int32 `json:"verb_span"`
	TargetSpan [2]int32 `json:"target_span"`
	Pattern    string   `json:"pattern,omitempty"`
	Entries    []string `json:"entries,omitempty"`
	Confidence float32  `json:"confidence"`
}

// RecordOf fills a Record from a mention and the code book.
func RecordOf(m store.Mention) Record {
	r := Record{
		ID: m.ID, EventID: m.EventID, ArticleID: m.ArticleID, URL: m.URL, Outlet: m.Outlet,
		Sentence: m.Sentence, Source: m.Source, SourceName: m.SourceName, Target: m.Target,
		TargetName: m.TargetName, Code: m.Code, Negated: m.Negated, Modality: m.Modality,
		Voice: m.Voice, ClaimedBy: m.ClaimedBy, Contested: m.Contested, Place: m.Place, Country: m.Country,
		Evidence: Evidence{
			Text:       m.Evidence,
			SourceSpan: [2]int32{m.SourceSpan.Start, m.SourceSpan.End},
			VerbSpan:   [2]int32{m.VerbSpan.Start, m.VerbSpan.End},
			TargetSpan: [2]int32{m.TargetSpan.Start, m.TargetSpan.End},
			Pattern:    m.Pattern, Entries: m.Entries, Confidence: m.Confidence,
		},
	}
	if !m.Date.IsZero() {
		r.Date = m.Date.Format("2006-01-02")
		r.DatePrec = m.DatePrec.String()
	}
	for _, c := range m.Contests {
		r.ContestedBy = append(r.ContestedBy, ContestRecord{By: c.By, Text: c.Text, Span: [2]int32{c.Span.Start, c.Span.End}})
	}
	if m.Lat != 0 || m.Lon != 0 {
		// (a place named with no coordinates has none: not 0, 0, a
		// point in the Gulf of Guinea)
		lat, lon := m.Lat, m.Lon
		r.Lat, r.Lon = &lat, &lon
	}
	if c, ok := cameo.Parse(m.Code); ok {
		r.CodeName = c.Name()
		r.Root = c.Root().String()
		r.Goldstein = c.Goldstein()
		r.Quad = int(c.Quad())
		if t, mode := c.Plover(); t != 0 {
			r.Plover = t.String()
			if mode != 0 {
				r.Mode = mode.String()
			}
		}
	}
	return r
}

type jsonlWriter struct{ w io.Writer }

func (j *jsonlWriter) Write(m store.Mention) error {
	b, err := json.Marshal(RecordOf(m))
	if err != nil {
		return err
	}
	b = append(b, '\n')
	_, err = j.w.Write(b)
	return err
}

func (j *jsonlWriter) Close() error { return nil }

// QuoteRecord is dyad's JSON Lines schema for a quote, one a line
// (`dyad code --quotes`, `dyad query --quotes --json`); docs/jsonl.md
// documents each field.
type QuoteRecord struct {
	ArticleID   string     `json:"article_id"`
	Index       int        `json:"index"`
	Date        string     `json:"date,omitempty"`
	Speaker     string     `json:"speaker,omitempty"`
	SpeakerCode string     `json:"speaker_code,omitempty"`
	Kind        string     `json:"kind"`
	Text        string     `json:"text"`
	Span        [2]int32   `json:"span"`
	Pieces      [][2]int32 `json:"pieces,omitempty"`
}

// QuoteRecordOf fills a QuoteRecord from a stored or coded quote.
func QuoteRecordOf(q store.Quote) QuoteRecord {
	r := QuoteRecord{ArticleID: q.ArticleID, Index: q.Index, Speaker: q.Speaker, SpeakerCode: q.SpeakerCode,
		Kind: "indirect", Text: q.Text, Span: [2]int32{q.Span.Start, q.Span.End}}
	switch {
	case q.Partial:
		r.Kind = "partial"
	case q.Direct:
		r.Kind = "direct"
	}
	if !q.Published.IsZero() {
		r.Date = q.Published.Format("2006-01-02")
	}
	for _, p := range q.Pieces {
		r.Pieces = append(r.Pieces, [2]int32{p.Start, p.End})
	}
	return r
}

// WriteQuote writes one quote as a JSON line.
func WriteQuote(w io.Writer, q store.Quote) error {
	b, err := json.Marshal(QuoteRecordOf(q))
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// EventRecord is dyad's JSON schema for a clustered event, one a line
// (`dyad query --json`): every report of the same source, target, code,
// day, negation and modality; docs/jsonl.md documents each field.
type EventRecord struct {
	ID          string `json:"id"`
	Date        string `json:"date,omitempty"`
	DatePrec    string `json:"date_precision,omitempty"`
	Source      string `json:"source"`
	Target      string `json:"target"`
	SourceName  string `json:"source_name,omitempty"`
	TargetName  string `json:"target_name,omitempty"`
	Code        string `json:"cameo"`
	CodeName    string `json:"cameo_name,omitempty"`
	Root        string `json:"root"`
	Quad        int    `json:"quad_class"`
	Plover      string `json:"plover_type,omitempty"`
	Negated     bool   `json:"negated"`
	Modality    string `json:"modality"`
	Country     string `json:"country,omitempty"`
	NumMentions int    `json:"num_mentions"`
	NumArticles int    `json:"num_articles"`
	NumSources  int    `json:"num_sources"`
}

// EventRecordOf fills an EventRecord from a stored event and the code book.
func EventRecordOf(e store.Event) EventRecord {
	r := EventRecord{ID: e.ID, Source: e.Source, Target: e.Target, SourceName: e.SourceName, TargetName: e.TargetName, Code: e.Code, Root: e.Root, Quad: e.Quad,
		Plover: e.Plover, Negated: e.Negated, Modality: e.Modality, Country: e.Country,
		NumMentions: e.NumMentions, NumArticles: e.NumArticles, NumSources: e.NumSources}
	if !e.Date.IsZero() {
		r.Date = e.Date.Format("2006-01-02")
		r.DatePrec = e.DatePrec.String()
	}
	if c, ok := cameo.Parse(e.Code); ok {
		r.CodeName = c.Name()
	}
	return r
}
