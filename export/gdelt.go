package export

import (
	"bufio"
	"io"
	"strconv"
	"strings"
	"time"

	"dyad/cameo"
	"dyad/store"
)

// GDELTColumns are the 61 columns of the GDELT 2.0 event table, in order.
// GDELT's files have no header line; neither does this writer's output.
var GDELTColumns = []string{"GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
	"Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
	"Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
	"ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL"}

type gdeltWriter struct {
	w   *bufio.Writer
	now func() time.Time
}

func newGDELT(w io.Writer) *gdeltWriter { return &gdeltWriter{w: bufio.NewWriter(w), now: time.Now} }

// actorColumns fills the ten actor columns GDELT has from a CAMEO actor
// code: country, known group (IGO/NGO/... organisation), religion and up
// to three type (sector) codes.
func actorColumns(code, name string) []string {
	cols := make([]string, 10)
	if code == "" {
		return cols
	}
	cols[0], cols[1] = code, strings.ToUpper(name)
	a, err := cameo.ParseActor(code)
	if err != nil {
		return cols
	}
	cols[2] = a.Country()
	types := 0
	rel := 0
	for _, s := range a.Segments {
		switch s.Kind {
		case cameo.OrgSeg:
			if cols[3] == "" {
				cols[3] = s.Code
			}
		case cameo.ReligionSeg:
			if rel < 2 {
				cols[5+rel] = s.Code
				rel++
			}
		case cameo.SectorSeg:
			if types < 3 {
				cols[7+types] = s.Code
				types++
			}
		}
	}
	return cols
}

// cellSpaces turns the tabs and newlines in a cell into spaces.
var cellSpaces = strings.NewReplacer("\t", " ", "\n", " ")

func (g *gdeltWriter) Write(m store.Mention) error {
	var id uint64
	if len(m.ID) >= 15 {
		id, _ = strconv.ParseUint(m.ID[:15], 16, 64)
	}
	cols := make([]string, 0, len(GDELTColumns))
	cols = append(cols, strconv.FormatUint(id, 10))
	if m.Date.IsZero() {
		cols = append(cols, "", "", "", "")
	} else {
		d := m.Date
		frac := float64(d.Year()) + float64(d.YearDay())/365
		cols = append(cols, d.Format("20060102"), d.Format("200601"), d.Format("2006"), strconv.FormatFloat(frac, 'f', 4, 64))
	}
	cols = append(cols, actorColumns(m.Source, m.SourceName)...)
	cols = append(cols, actorColumns(m.Target, m.TargetName)...)
	root := "0"
	if m.Sentence == 0 {
		root = "1" // GDELT: the event is in the lead
	}
	base, rootCode, quad, gold := "", "", "", ""
	if c, ok := cameo.Parse(m.Code); ok {
		base = m.Code
		if len(base) > 3 {
			base = base[:3]
		}
		rootCode = c.Root().String()
		quad = strconv.Itoa(int(c.Quad()))
		gold = strconv.FormatFloat(c.Goldstein(), 'f', 1, 64)
	}
	cols = append(cols, root, m.Code, base, rootCode, quad, gold, "1", "1", "1", "")
	empty := []string{"", "", "", "", "", "", "", ""}
	cols = append(cols, empty...) // Actor1Geo: dyad places the action, not the actors
	cols = append(cols, empty...) // Actor2Geo
	if m.Place != "" || m.Country != "" {
		typ := "4" // world city
		if m.Place == "" || strings.EqualFold(m.Place, cameo.CountryName(m.Country)) {
			typ = "1" // country
		}
		lat, lon := "", ""
		if m.Lat != 0 || m.Lon != 0 {
			lat, lon = strconv.FormatFloat(m.Lat, 'f', 4, 64), strconv.FormatFloat(m.Lon, 'f', 4, 64)
		}
		cols = append(cols, typ, m.Place, m.Country, "", "", lat, lon, "")
	} else {
		cols = append(cols, empty...)
	}
	cols = append(cols, g.now().UTC().Format("20060102150405"), m.URL)
	for i, c := range cols {
		if i > 0 {
			g.w.WriteByte('\t')
		}
		g.w.WriteString(cellSpaces.Replace(c))
	}
	return g.w.WriteByte('\n')
}

func (g *gdeltWriter) Close() error { return g.w.Flush() }
