package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/parquet-go/parquet-go"

	"dyad/doc"
	"dyad/store"
)

// meeting is the seed article's encounter as a store would return it.
func meeting() store.Mention {
	return store.Mention{
		ID: "0123456789abcdef", EventID: "fedcba9876543210", ArticleID: "a1", Sentence: 0,
		Date: time.Date(2023, 3, 2, 0, 0, 0, 0, time.UTC), Source: "USAGOV", SourceName: "Antony Blinken",
		Target: "RUSGOV", TargetName: "Sergey Lavrov", Code: "040", Modality: "asserted", Voice: "speaker",
		ClaimedBy: "Antony Blinken", Contested: true, Place: "New Delhi", Country: "IND", Lat: 28.61, Lon: 77.21,
		Contests:   []store.Contest{{By: "Maria Zakharova", Text: "no talks took place", Span: doc.Span{Start: 300, End: 319}}},
		SourceSpan: doc.Span{Start: 24, End: 38}, VerbSpan: doc.Span{Start: 60, End: 65},
		TargetSpan: doc.Span{Start: 102, End: 115}, Evidence: "Blinken said Thursday he spoke briefly with Lavrov",
		Pattern: "verbs.txt:12 speak+with", Entries: []string{"people.txt:3", "people.txt:9"}, Confidence: 0.9,
		URL: "https://example.org/a1", Outlet: "Kyodo",
	}
}

func write(t *testing.T, f Format, ms ...store.Mention) string {
	t.Helper()
	var b bytes.Buffer
	w, err := New(f, &b, Options{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		if err := w.Write(m); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestJSONL(t *testing.T) {
	var r Record
	if err := json.Unmarshal([]byte(write(t, JSONL, meeting())), &r); err != nil {
		t.Fatal(err)
	}
	// 040 consult: Goldstein 1.0, quad 1 (verbal cooperation), PLOVER CONSULT.
	if r.Code != "040" || r.Root != "04" || r.Goldstein != 1 || r.Quad != 1 || r.Plover != "CONSULT" {
		t.Errorf("code book fields: %+v", r)
	}
	if r.Date != "2023-03-02" || r.Evidence.SourceSpan != [2]int32{24, 38} || !r.Contested || *r.Lat != 28.61 {
		t.Errorf("record: %+v", r)
	}
	// who contests it, with the denial's words and span
	if len(r.ContestedBy) != 1 || r.ContestedBy[0] != (ContestRecord{By: "Maria Zakharova", Text: "no talks took place", Span: [2]int32{300, 319}}) {
		t.Errorf("contested_by: %+v", r.ContestedBy)
	}
}

// TestPlaceWithoutCoordinates: a place named with no coordinates writes
// its name and country and no lat or lon (not 0, 0).
func TestPlaceWithoutCoordinates(t *testing.T) {
	m := meeting()
	m.Place, m.Country, m.Lat, m.Lon = "Mombasa", "KEN", 0, 0
	out := write(t, JSONL, m)
	var r Record
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if r.Place != "Mombasa" || r.Country != "KEN" || r.Lat != nil || r.Lon != nil || strings.Contains(out, `"lat"`) {
		t.Errorf("place %q %q lat %v lon %v in %s", r.Place, r.Country, r.Lat, r.Lon, out)
	}
}

func TestGDELTHas61Columns(t *testing.T) {
	out := strings.TrimSuffix(write(t, GDELT, meeting()), "\n")
	cols := strings.Split(out, "\t")
	if len(GDELTColumns) != 61 || len(cols) != 61 {
		t.Fatalf("%d names, %d columns; want 61", len(GDELTColumns), len(cols))
	}
	get := func(name string) string {
		for i, n := range GDELTColumns {
			if n == name {
				return cols[i]
			}
		}
		t.Fatalf("no column %s", name)
		return ""
	}
	want := map[string]string{
		"Day": "20230302", "MonthYear": "202303", "Year": "2023", "Actor1Code": "USAGOV",
		"Actor1CountryCode": "USA", "Actor1Type1Code": "GOV", "Actor2Code": "RUSGOV", "Actor2Name": "SERGEY LAVROV",
		"IsRootEvent": "1", "EventCode": "040", "EventBaseCode": "040", "EventRootCode": "04", "QuadClass": "1",
		"GoldsteinScale": "1.0", "ActionGeo_Type": "4", "ActionGeo_FullName": "New Delhi",
		"ActionGeo_CountryCode": "IND", "ActionGeo_Lat": "28.6100", "SOURCEURL": "https://example.org/a1",
	}
	for k, v := range want {
		if got := get(k); got != v {
			t.Errorf("%s = %q, want %q", k, got, v)
		}
	}
}

func TestCSV(t *testing.T) {
	rows, err := csv.NewReader(strings.NewReader(write(t, CSV, meeting(), meeting()))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 || rows[0][0] != "id" || len(rows[1]) != len(csvHeader) || rows[1][8] != "040" {
		t.Errorf("csv: %v", rows)
	}
}

func TestPLOVER(t *testing.T) {
	var rec map[string]any
	if err := json.Unmarshal([]byte(write(t, PLOVER, meeting())), &rec); err != nil {
		t.Fatal(err)
	}
	if rec["date"] != "2023-03-02" || rec["event"].([]any)[0] != "CONSULT" || rec["quad_code"].(float64) != 1 {
		t.Errorf("plover: %v", rec)
	}
	// PLOVER's quad is the type's: an appeal (CAMEO 020, verbal
	// cooperation in CAMEO's quads) is a REQUEST, verbal conflict
	appeal := meeting()
	appeal.Code = "020"
	var req map[string]any
	if err := json.Unmarshal([]byte(write(t, PLOVER, appeal)), &req); err != nil {
		t.Fatal(err)
	}
	if req["event"].([]any)[0] != "REQUEST" || req["quad_code"].(float64) != 3 {
		t.Errorf("plover appeal: event %v quad %v, want REQUEST 3", req["event"], req["quad_code"])
	}
	actor := rec["actor"].([]any)[0].(map[string]any)
	if actor["code"] != "USAGOV" || actor["country"] != "USA" || actor["sector"] != "GOV" {
		t.Errorf("actor entity: %v", actor)
	}
	// a year named in the text is dated to its first day, and says so
	year := meeting()
	year.Date, year.DatePrec = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC), doc.Year
	var yr map[string]any
	if err := json.Unmarshal([]byte(write(t, PLOVER, year)), &yr); err != nil {
		t.Fatal(err)
	}
	if yr["date"] != "1980-01-01" || yr["date_precision"] != "year" {
		t.Errorf("plover year: date %v, precision %v, want 1980-01-01, year", yr["date"], yr["date_precision"])
	}
}

func TestTableExplain(t *testing.T) {
	out := write(t, Table, meeting())
	for _, want := range []string{"2023-03-02", "USAGOV", "RUSGOV", "040", "contested", "pattern verbs.txt:12 speak+with", "entry people.txt:3", "place New Delhi (IND)",
		`contested by Maria Zakharova: "no talks took place" [300,319)`} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
}

// TestTableUnnamed: the table shows someone no dictionary codes by the
// words that name them, quoted and clipped, and no one as "-".
func TestTableUnnamed(t *testing.T) {
	m := meeting()
	m.Source, m.SourceName = "", "Adam  Otieno"
	m.Target, m.TargetName = "", "the chairman of the Ndumberi Farmers' Cooperative Society"
	second := meeting()
	second.Target, second.TargetName = "", ""
	out := write(t, Table, m, second)
	for _, want := range []string{`"Adam Otieno"`, `"the chairman of the Ndumberi …"`, "USAGOV  -  "} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
}

func TestParquetRoundTrip(t *testing.T) {
	out := write(t, Parquet, meeting(), meeting())
	rows, err := parquet.Read[parquetRow](bytes.NewReader([]byte(out)), int64(len(out)))
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rows[0].Source != "USAGOV" || rows[1].Code != "040" || rows[0].Lat != 28.61 {
		t.Errorf("parquet rows: %+v", rows)
	}
}

func TestParseFormat(t *testing.T) {
	if f, err := ParseFormat("GDELT"); err != nil || f != GDELT {
		t.Errorf("ParseFormat(GDELT) = %v, %v", f, err)
	}
	if _, err := ParseFormat("xml"); err == nil || !strings.Contains(err.Error(), "jsonl") {
		t.Errorf("unknown format error should list the formats: %v", err)
	}
}
