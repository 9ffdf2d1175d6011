package export

import (
	"io"
	"strings"

	"github.com/parquet-go/parquet-go"

	"dyad/store"
)

// parquetRow is the Parquet schema: the JSON Lines fields, flat.
type parquetRow struct {
	ID          string  `parquet:"id"`
	EventID     string  `parquet:"event_id"`
	ArticleID   string  `parquet:"article_id"`
	Date        string  `parquet:"date"`
	DatePrec    string  `parquet:"date_precision"`
	Source      string  `parquet:"source"`
	SourceName  string  `parquet:"source_name"`
	Target      string  `parquet:"target"`
	TargetName  string  `parquet:"target_name"`
	Code        string  `parquet:"cameo"`
	Root        string  `parquet:"root"`
	Goldstein   float64 `parquet:"goldstein"`
	Quad        int32   `parquet:"quad_class"`
	Plover      string  `parquet:"plover_type"`
	Mode        string  `parquet:"plover_mode"`
	Negated     bool    `parquet:"negated"`
	Modality    string  `parquet:"modality"`
	Voice       string  `parquet:"claimed_voice"`
	ClaimedBy   string  `parquet:"claimed_by"`
	Contested   bool    `parquet:"contested"`
	Place       string  `parquet:"place"`
	Country     string  `parquet:"country"`
	Lat         float64 `parquet:"lat"`
	Lon         float64 `parquet:"lon"`
	Sentence    int32   `parquet:"sentence"`
	SourceStart int32   `parquet:"source_start"`
	SourceEnd   int32   `parquet:"source_end"`
	VerbStart   int32   `parquet:"verb_start"`
	VerbEnd     int32   `parquet:"verb_end"`
	TargetStart int32   `parquet:"target_start"`
	TargetEnd   int32   `parquet:"target_end"`
	Pattern     string  `parquet:"pattern"`
	Entries     string  `parquet:"entries"`
	Confidence  float32 `parquet:"confidence"`
	URL         string  `parquet:"url"`
	Outlet      string  `parquet:"outlet"`
	Evidence    string  `parquet:"evidence"`
}

type parquetWriter struct {
	w   *parquet.GenericWriter[parquetRow]
	buf []parquetRow
}

func newParquet(w io.Writer) (*parquetWriter, error) {
	return &parquetWriter{w: parquet.NewGenericWriter[parquetRow](w)}, nil
}

func (p *parquetWriter) Write(m store.Mention) error {
	r := RecordOf(m)
	row := parquetRow{ID: r.ID, EventID: r.EventID, ArticleID: r.ArticleID, Date: r.Date, DatePrec: r.DatePrec, Source: r.Source,
		SourceName: r.SourceName, Target: r.Target, TargetName: r.TargetName, Code: r.Code, Root: r.Root,
		Goldstein: r.Goldstein, Quad: int32(r.Quad), Plover: r.Plover, Mode: r.Mode, Negated: r.Negated,
		Modality: r.Modality, Voice: r.Voice, ClaimedBy: r.ClaimedBy, Contested: r.Contested, Place: r.Place,
		Country: r.Country, Lat: m.Lat, Lon: m.Lon, Sentence: int32(r.Sentence),
		SourceStart: m.SourceSpan.Start, SourceEnd: m.SourceSpan.End, VerbStart: m.VerbSpan.Start,
		VerbEnd: m.VerbSpan.End, TargetStart: m.TargetSpan.Start, TargetEnd: m.TargetSpan.End,
		Pattern: r.Evidence.Pattern, Entries: strings.Join(r.Evidence.Entries, "|"),
		Confidence: r.Evidence.Confidence, URL: r.URL, Outlet: r.Outlet, Evidence: r.Evidence.Text}
	p.buf = append(p.buf, row)
	if len(p.buf) >= 4096 {
		return p.flush()
	}
	return nil
}

func (p *parquetWriter) flush() error {
	if len(p.buf) == 0 {
		return nil
	}
	_, err := p.w.Write(p.buf)
	p.buf = p.buf[:0]
	return err
}

func (p *parquetWriter) Close() error {
	if err := p.flush(); err != nil {
		return err
	}
	return p.w.Close()
}
