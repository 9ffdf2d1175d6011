package export

import (
	"encoding/json"
	"io"

	"dyad/cameo"
	"dyad/store"
)

// ploverRecord follows the PLOVER manual's JSON record (table "PLOVER
// JSON"): required id, date, actor, event; optional recipient, event_loc,
// event_text, quad_code, event_scale, mode, text, cite_info, coder. Fields
// it does not name are added under their own names, as the manual allows.
type ploverRecord struct {
	ID         string         `json:"id"`
	HasEvent   bool           `json:"has_event"`
	Date       string         `json:"date"`
	DatePrec   string         `json:"date_precision,omitempty"` // day, month or year: a month or a year is dated to its first day
	Actor      []ploverEntity `json:"actor"`
	Recipient  []ploverEntity `json:"recipient,omitempty"`
	Event      []string       `json:"event"`
	EventLoc   *ploverLoc     `json:"event_loc,omitempty"`
	EventText  []string       `json:"event_text,omitempty"`
	QuadCode   int            `json:"quad_code,omitempty"` // the event type's quad, PLOVER's (REQUEST is verbal conflict), not the CAMEO code's
	EventScale float64        `json:"event_scale"`
	Mode       []string       `json:"mode,omitempty"`
	Text       string         `json:"text,omitempty"`
	CiteInfo   *ploverCite    `json:"cite_info,omitempty"`
	Coder      string         `json:"coder"`
	CAMEO      string         `json:"cameo"`
	Negated    bool           `json:"negated,omitempty"`
	Modality   string         `json:"modality,omitempty"`
	ClaimedBy  string         `json:"claimed_by,omitempty"`
	Contested  bool           `json:"contested,omitempty"`
}

type ploverEntity struct {
	Code    string `json:"code"`
	Name    string `json:"name,omitempty"`
	Country string `json:"country,omitempty"`
	Sector  string `json:"sector,omitempty"`
}

type ploverLoc struct {
	Name    string   `json:"name,omitempty"`
	Country string   `json:"country,omitempty"`
	Lat     *float64 `json:"lat,omitempty"`
	Lon     *float64 `json:"lon,omitempty"`
}

type ploverCite struct {
	URL       string `json:"url,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	ArticleID string `json:"article_id"`
	Sentence  int    `json:"sentence"`
}

func entity(code, name string) []ploverEntity {
	if code == "" && name == "" {
		return nil
	}
	e := ploverEntity{Code: code, Name: name}
	if a, err := cameo.ParseActor(code); err == nil {
		e.Country = a.Country()
		if s := a.Sectors(); len(s) > 0 {
			e.Sector = s[len(s)-1].String()
		}
	}
	return []ploverEntity{e}
}

type ploverWriter struct{ w io.Writer }

func (p *ploverWriter) Write(m store.Mention) error {
	r := RecordOf(m)
	rec := ploverRecord{
		ID: r.ID, HasEvent: !r.Negated && r.Plover != "", Date: r.Date, DatePrec: r.DatePrec, Actor: entity(r.Source, r.SourceName),
		Recipient: entity(r.Target, r.TargetName), QuadCode: r.Quad, EventScale: r.Goldstein,
		Text: r.Evidence.Text, Coder: "dyad", CAMEO: r.Code, Negated: r.Negated, Modality: r.Modality,
		ClaimedBy: r.ClaimedBy, Contested: r.Contested,
		CiteInfo: &ploverCite{URL: r.URL, Publisher: r.Outlet, ArticleID: r.ArticleID, Sentence: r.Sentence},
	}
	if rec.Actor == nil {
		rec.Actor = []ploverEntity{}
	}
	rec.Event = []string{}
	if r.Plover != "" {
		rec.Event = []string{r.Plover}
		if t, ok := cameo.ParsePloverType(r.Plover); ok {
			// PLOVER's quad is the event type's (REQUEST is verbal
			// conflict), not the CAMEO code's (an appeal, 02, is verbal
			// cooperation there)
			rec.QuadCode = int(t.Quad())
		}
	}
	if r.Mode != "" {
		rec.Mode = []string{r.Mode}
	}
	if r.Place != "" || r.Country != "" {
		rec.EventLoc = &ploverLoc{Name: r.Place, Country: r.Country, Lat: r.Lat, Lon: r.Lon}
	}
	if m.VerbSpan.End > m.VerbSpan.Start && m.Evidence != "" {
		rec.EventText = []string{r.Evidence.Text}
	}
	b, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	_, err = p.w.Write(append(b, '\n'))
	return err
}

func (p *ploverWriter) Close() error { return nil }
