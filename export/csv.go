package export

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"dyad/store"
)

var csvHeader = []string{"id", "event_id", "article_id", "date", "source", "source_name", "target", "target_name",
	"cameo", "cameo_name", "root", "goldstein", "quad_class", "plover_type", "plover_mode", "negated", "modality",
	"claimed_voice", "claimed_by", "contested", "place", "country", "lat", "lon", "sentence", "source_start",
	"source_end", "verb_start", "verb_end", "target_start", "target_end", "pattern", "entries", "confidence",
	"url", "outlet", "evidence", "date_precision"}

type csvWriter struct {
	w       *csv.Writer
	started bool
}

func newCSV(w io.Writer) *csvWriter { return &csvWriter{w: csv.NewWriter(w)} }

func (c *csvWriter) Write(m store.Mention) error {
	if !c.started {
		c.started = true
		if err := c.w.Write(csvHeader); err != nil {
			return err
		}
	}
	r := RecordOf(m)
	f := strconv.FormatFloat
	lat, lon := "", ""
	if r.Lat != nil {
		lat, lon = f(*r.Lat, 'f', -1, 64), f(*r.Lon, 'f', -1, 64)
	}
	i32 := func(n int32) string { return strconv.Itoa(int(n)) }
	return c.w.Write([]string{r.ID, r.EventID, r.ArticleID, r.Date, r.Source, r.SourceName, r.Target, r.TargetName,
		r.Code, r.CodeName, r.Root, f(r.Goldstein, 'f', -1, 64), strconv.Itoa(r.Quad), r.Plover, r.Mode,
		strconv.FormatBool(r.Negated), r.Modality, r.Voice, r.ClaimedBy, strconv.FormatBool(r.Contested),
		r.Place, r.Country, lat, lon, strconv.Itoa(r.Sentence),
		i32(m.SourceSpan.Start), i32(m.SourceSpan.End), i32(m.VerbSpan.Start), i32(m.VerbSpan.End),
		i32(m.TargetSpan.Start), i32(m.TargetSpan.End), r.Evidence.Pattern, strings.Join(r.Evidence.Entries, "|"),
		f(float64(r.Evidence.Confidence), 'f', 2, 32), r.URL, r.Outlet, r.Evidence.Text, r.DatePrec})
}

func (c *csvWriter) Close() error {
	c.w.Flush()
	return c.w.Error()
}
