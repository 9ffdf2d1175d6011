package coder

import (
	"strings"

	"dyad/cameo"
	"dyad/doc"
)

// capitals is a small lookup for places named in the text when the actor
// stage gave no place mention: capitals and a few summit cities. Our own
// table (coordinates rounded to two decimals).
var capitals = map[string]doc.GeoRef{
	"new delhi":    {Name: "New Delhi", Country: "IND", Lat: 28.61, Lon: 77.21},
	"washington":   {Name: "Washington", Country: "USA", Lat: 38.90, Lon: -77.04},
	"moscow":       {Name: "Moscow", Country: "RUS", Lat: 55.76, Lon: 37.62},
	"beijing":      {Name: "Beijing", Country: "CHN", Lat: 39.90, Lon: 116.41},
	"kyiv":         {Name: "Kyiv", Country: "UKR", Lat: 50.45, Lon: 30.52},
	"kiev":         {Name: "Kyiv", Country: "UKR", Lat: 50.45, Lon: 30.52},
	"london":       {Name: "London", Country: "GBR", Lat: 51.51, Lon: -0.13},
	"paris":        {Name: "Paris", Country: "FRA", Lat: 48.86, Lon: 2.35},
	"berlin":       {Name: "Berlin", Country: "DEU", Lat: 52.52, Lon: 13.40},
	"tokyo":        {Name: "Tokyo", Country: "JPN", Lat: 35.68, Lon: 139.69},
	"seoul":        {Name: "Seoul", Country: "KOR", Lat: 37.57, Lon: 126.98},
	"pyongyang":    {Name: "Pyongyang", Country: "PRK", Lat: 39.04, Lon: 125.76},
	"tehran":       {Name: "Tehran", Country: "IRN", Lat: 35.69, Lon: 51.39},
	"jerusalem":    {Name: "Jerusalem", Country: "ISR", Lat: 31.77, Lon: 35.21},
	"damascus":     {Name: "Damascus", Country: "SYR", Lat: 33.51, Lon: 36.29},
	"baghdad":      {Name: "Baghdad", Country: "IRQ", Lat: 33.31, Lon: 44.36},
	"kabul":        {Name: "Kabul", Country: "AFG", Lat: 34.56, Lon: 69.21},
	"islamabad":    {Name: "Islamabad", Country: "PAK", Lat: 33.68, Lon: 73.05},
	"ankara":       {Name: "Ankara", Country: "TUR", Lat: 39.93, Lon: 32.86},
	"cairo":        {Name: "Cairo", Country: "EGY", Lat: 30.04, Lon: 31.24},
	"riyadh":       {Name: "Riyadh", Country: "SAU", Lat: 24.71, Lon: 46.68},
	"brussels":     {Name: "Brussels", Country: "BEL", Lat: 50.85, Lon: 4.35},
	"geneva":       {Name: "Geneva", Country: "CHE", Lat: 46.20, Lon: 6.14},
	"new york":     {Name: "New York", Country: "USA", Lat: 40.71, Lon: -74.01},
	"ottawa":       {Name: "Ottawa", Country: "CAN", Lat: 45.42, Lon: -75.70},
	"canberra":     {Name: "Canberra", Country: "AUS", Lat: -35.28, Lon: 149.13},
	"rome":         {Name: "Rome", Country: "ITA", Lat: 41.90, Lon: 12.50},
	"madrid":       {Name: "Madrid", Country: "ESP", Lat: 40.42, Lon: -3.70},
	"warsaw":       {Name: "Warsaw", Country: "POL", Lat: 52.23, Lon: 21.01},
	"minsk":        {Name: "Minsk", Country: "BLR", Lat: 53.90, Lon: 27.56},
	"taipei":       {Name: "Taipei", Country: "TWN", Lat: 25.03, Lon: 121.57},
	"manila":       {Name: "Manila", Country: "PHL", Lat: 14.60, Lon: 120.98},
	"jakarta":      {Name: "Jakarta", Country: "IDN", Lat: -6.21, Lon: 106.85},
	"hanoi":        {Name: "Hanoi", Country: "VNM", Lat: 21.03, Lon: 105.85},
	"bangkok":      {Name: "Bangkok", Country: "THA", Lat: 13.76, Lon: 100.50},
	"nairobi":      {Name: "Nairobi", Country: "KEN", Lat: -1.29, Lon: 36.82},
	"addis ababa":  {Name: "Addis Ababa", Country: "ETH", Lat: 9.03, Lon: 38.74},
	"pretoria":     {Name: "Pretoria", Country: "ZAF", Lat: -25.75, Lon: 28.19},
	"brasilia":     {Name: "Brasilia", Country: "BRA", Lat: -15.79, Lon: -47.88},
	"mexico city":  {Name: "Mexico City", Country: "MEX", Lat: 19.43, Lon: -99.13},
	"buenos aires": {Name: "Buenos Aires", Country: "ARG", Lat: -34.60, Lon: -58.38},
	"caracas":      {Name: "Caracas", Country: "VEN", Lat: 10.48, Lon: -66.90},
	"havana":       {Name: "Havana", Country: "CUB", Lat: 23.11, Lon: -82.37},
	"bali":         {Name: "Bali", Country: "IDN", Lat: -8.34, Lon: 115.09},
	"munich":       {Name: "Munich", Country: "DEU", Lat: 48.14, Lon: 11.58},
	"davos":        {Name: "Davos", Country: "CHE", Lat: 46.80, Lon: 9.84},
	"doha":         {Name: "Doha", Country: "QAT", Lat: 25.29, Lon: 51.53},
	"abu dhabi":    {Name: "Abu Dhabi", Country: "ARE", Lat: 24.45, Lon: 54.38},
	"beirut":       {Name: "Beirut", Country: "LBN", Lat: 33.89, Lon: 35.50},
	"amman":        {Name: "Amman", Country: "JOR", Lat: 31.95, Lon: 35.93},
	"gaza":         {Name: "Gaza", Country: "PSE", Lat: 31.50, Lon: 34.47},
}

// multiword holds the first words of the two-word names in capitals.
var multiword = func() map[string]bool {
	m := map[string]bool{}
	for name := range capitals {
		if first, _, ok := strings.Cut(name, " "); ok {
			m[first] = true
		}
	}
	return m
}()

// sentencePlace is where the current sentence's events happened: a place in
// the sentence, else in a neighbouring sentence of the same paragraph, else
// the article's setting (the dateline, or the first place it names).
func (w *work) sentencePlace() *doc.GeoRef {
	if w.placeDone {
		return w.place
	}
	w.placeDone = true
	w.placeFar = false
	si := int(w.si)
	w.place = w.placeIn(si)
	for _, n := range []int{si - 1, si + 1} {
		if w.place != nil {
			break
		}
		if n >= 0 && n < len(w.d.Sentences) && w.d.Sentences[n].Paragraph == w.d.Sentences[si].Paragraph {
			w.place = w.placeIn(n)
		}
	}
	if w.place == nil {
		if !w.docPlaceDone {
			w.docPlaceDone = true
			w.docPlace = w.datelinePlace()
			w.docDateline = w.docPlace != nil
			for n := range w.d.Sentences {
				if w.docPlace != nil {
					break
				}
				w.docPlace = w.placeIn(n)
			}
		}
		w.place = w.docPlace
		w.placeFar = !w.docDateline && w.place != nil && !w.namesCountry(si, w.place.Country)
	}
	return w.place
}

// namesCountry: sentence si names country c, by name or by a place in it
// ("working together in Syria": the article's first place, Raqqa, may be
// where).
func (w *work) namesCountry(si int, c string) bool {
	s := w.d.Sentences[si]
	for i := max(s.Tokens.Start, 0); i < s.Tokens.End && int(i) < len(w.d.Tokens); i++ {
		if mi := w.t.mention[i]; mi >= 0 {
			m := &w.d.Mentions[mi]
			if (m.Kind == doc.Country || m.Kind == doc.PlaceActor) && len(m.Actor.Code) >= 3 && m.Actor.Code[:3] == c {
				return true
			}
		}
	}
	return false
}

// foreignPlace: both parties of an event (codes src and tgt) are states,
// or of states, other than country, the country of the place an article
// names first: Russia vetoing a resolution or Turks bombing a Kurdish
// position, in a story whose first place is Bristol, did not happen
// there. A party of no state (rebels, "REB") may be anywhere, and keeps
// the setting, as does one alone (whose act may be where the story is).
func foreignPlace(country, src, tgt string) bool {
	if country == "" {
		return false
	}
	for _, c := range [2]string{src, tgt} {
		if len(c) < 3 || !cameo.IsCountry(c[:3]) || c[:3] == country {
			return false
		}
	}
	return true
}

// placeIn finds the first place in sentence si: a Place mention with a
// GeoRef, or "in/at CAPITAL" from the lookup.
func (w *work) placeIn(si int) *doc.GeoRef {
	d := w.d
	s := d.Sentences[si]
	for i := max(s.Tokens.Start, 0); i < s.Tokens.End && int(i) < len(d.Tokens); i++ {
		if mi := w.t.mention[i]; mi >= 0 {
			m := &d.Mentions[mi]
			if m.Kind == doc.Place && m.Geo != nil {
				// a place the lookup has is placed as the dateline
				// "NAIROBI (Reuters) -" is, whatever point the gazetteer
				// gives it ("in Nairobi")
				if g, ok := capitals[strings.ToLower(m.Geo.Name)]; ok && g.Country == m.Geo.Country {
					return &g
				}
				return m.Geo
			}
		}
	}
	for i := max(s.Tokens.Start, 0); i+1 < s.Tokens.End && int(i+1) < len(d.Tokens); i++ {
		prev := w.t.form(i)
		if prev != "in" && prev != "at" {
			continue
		}
		if mi := w.t.mention[i+1]; mi >= 0 && d.Mentions[mi].Kind != doc.Place && d.Mentions[mi].Kind != doc.UnknownKind {
			continue // an actor, not a place
		}
		name := w.t.form(i + 1)
		if i+2 < s.Tokens.End && multiword[name] {
			two := name + " " + w.t.form(i+2)
			if g, ok := capitals[two]; ok {
				return &g
			}
		}
		if g, ok := capitals[strings.TrimSuffix(name, "'s")]; ok {
			return &g
		}
	}
	return nil
}

// datelinePlace reads the place of a dateline ("NEW DELHI (Kyodo) --"): a
// Place mention in it, or a name from the lookup among its first words.
func (w *work) datelinePlace() *doc.GeoRef {
	d := w.d
	for si := range d.Sentences {
		s := d.Sentences[si]
		if s.Kind != doc.Dateline && !(si == 0 && s.Tokens.Len() > 2 && w.t.form(s.Tokens.Start+1) == "(") {
			if s.Kind == doc.Body && si > 0 {
				break
			}
			continue
		}
		if g := w.placeIn(si); g != nil {
			return g
		}
		for i := max(s.Tokens.Start, 0); i < s.Tokens.End && i < s.Tokens.Start+4 && int(i) < len(d.Tokens); i++ {
			name := w.t.form(i)
			if i+1 < s.Tokens.End && multiword[name] {
				if g, ok := capitals[name+" "+w.t.form(i+1)]; ok {
					return &g
				}
			}
			if g, ok := capitals[strings.TrimSuffix(name, ",")]; ok {
				return &g
			}
		}
	}
	return nil
}
