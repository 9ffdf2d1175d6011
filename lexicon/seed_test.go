package lexicon

import "testing"

// The entities of the seed article (a G20 foreign ministers' meeting in New
// Delhi on 2023-03-02), looked up as the actor resolver will: by name, with
// the article's date for people.
func TestSeedEntities(t *testing.T) {
	l := mustDefault(t)
	day := MakeDate(2023, 3, 3)
	tests := []struct {
		name string
		kind Kind
		code string
	}{
		{"Antony Blinken", Person, "USAGOV"},
		{"Blinken", Person, "USAGOV"},
		{"Sergey Lavrov", Person, "RUSGOV"},
		{"Sergei Lavrov", Person, "RUSGOV"},
		{"Lavrov", Person, "RUSGOV"},
		{"Maria Zakharova", Person, "RUSGOV"},
		{"Subrahmanyam Jaishankar", Person, "INDGOV"},
		{"Narendra Modi", Person, "INDGOV"},
		{"Qin Gang", Person, "CHNGOV"},
		{"Wang Yi", Person, "CHNGOV"},
		{"Moscow", Metonym, "RUS"},
		{"Washington", Metonym, "USA"},
		{"Beijing", Metonym, "CHN"},
		{"New Delhi", Metonym, "IND"},
		{"Kremlin", Metonym, "RUSGOV"},
		{"Russia", Country, "RUS"},
		{"China", Country, "CHN"},
		{"Ukraine", Country, "UKR"},
		{"United States", Country, "USA"},
		{"U.S.", Country, "USA"},
		{"India", Country, "IND"},
		{"Soviet Union", Country, "SUN"},
		{"NATO", Org, "IGOWSTNAT"},
		{"Group of 20", Org, "IGOGTW"},
		{"G-20", Org, "IGOGTW"},
		{"Tass", Org, "RUSMED"},
		{"Kyodo", Org, "JPNMED"},
		{"Kyodo News", Org, "JPNMED"},
		{"State Department", Org, "USAGOV"},
		{"Russian Foreign Ministry", Org, "RUSGOV"},
		{"spokeswoman", Agent, "GOV"},
		{"foreign minister", Agent, "GOV"},
		{"Russian", Adjective, "RUS"},
		{"Chinese", Adjective, "CHN"},
		{"Ukrainian", Adjective, "UKR"},
		{"American", Adjective, "USA"},
		{"Israeli", Adjective, "ISR"},
		{"Palestinian", Adjective, "PSE"},
	}
	for _, tt := range tests {
		e, ok := l.Find(tt.name)
		if !ok {
			t.Errorf("%q: not found", tt.name)
			continue
		}
		r, ok := e.CodeOn(day)
		if !ok {
			t.Errorf("%q (%s): no role on %s", tt.name, e.Source, day)
			continue
		}
		if e.Kind != tt.kind || r.Code != tt.code {
			t.Errorf("%q: %s %s (%s), want %s %s", tt.name, e.Kind, r.Code, r.Source, tt.kind, tt.code)
		}
	}
	// The Soviet Union is not Russia.
	if e, _ := l.Find("Soviet Union"); e != nil && e.Roles[0].Code == "RUS" {
		t.Error("Soviet Union coded RUS")
	}
}

// A person is coded by the office held on the day: differently before,
// during and after a term, and not at all out of office.
func TestDatedPeople(t *testing.T) {
	l := mustDefault(t)
	tests := []struct {
		name string
		day  Date
		code string // "" for no role on that day
	}{
		{"Antony Blinken", MakeDate(2014, 6, 1), ""},
		{"Antony Blinken", MakeDate(2016, 6, 1), "USAGOV"},
		{"Antony Blinken", MakeDate(2021, 1, 25), ""},
		{"Antony Blinken", MakeDate(2021, 1, 26), "USAGOV"},
		{"Antony Blinken", MakeDate(2025, 1, 19), "USAGOV"},
		{"Antony Blinken", MakeDate(2025, 1, 20), ""},
		{"Donald Trump", MakeDate(2016, 11, 9), ""},
		{"Donald Trump", MakeDate(2017, 1, 20), "USAGOV"},
		{"Donald Trump", MakeDate(2021, 1, 20), ""},
		{"Donald Trump", MakeDate(2023, 3, 2), ""},
		{"Donald Trump", MakeDate(2025, 1, 20), "USAGOV"},
		{"Donald Trump", MakeDate(2026, 11, 25), "USAGOV"},
		{"Sergey Lavrov", MakeDate(2004, 3, 8), ""},
		{"Sergey Lavrov", MakeDate(2004, 3, 9), "RUSGOV"},
		{"Sergey Lavrov", MakeDate(2026, 11, 25), "RUSGOV"},
		{"Sergei Shoigu", MakeDate(2020, 1, 1), "RUSGOVMIL"},
		{"Sergei Shoigu", MakeDate(2024, 6, 1), "RUSGOV"},
		{"Mike Pompeo", MakeDate(2017, 6, 1), "USASPY"},
		{"Mike Pompeo", MakeDate(2019, 6, 1), "USAGOV"},
		{"Ursula von der Leyen", MakeDate(2015, 1, 1), "DEUGOVMIL"},
		{"Ursula von der Leyen", MakeDate(2019, 9, 1), ""},
		{"Ursula von der Leyen", MakeDate(2023, 3, 2), "IGOEUREEC"},
		{"António Guterres", MakeDate(2010, 1, 1), "IGOUNOREFHCR"},
		{"Antonio Guterres", MakeDate(2023, 3, 2), "IGOUNO"},
		{"Jens Stoltenberg", MakeDate(2020, 1, 1), "IGOWSTNAT"},
		{"Jens Stoltenberg", MakeDate(2025, 3, 1), "NORGOV"},
		{"Volodymyr Zelenskyy", MakeDate(2019, 5, 19), ""},
		{"Zelensky", MakeDate(2019, 5, 20), "UKRGOV"},
		// people of the news of 1987 and of 2017-2019 that were uncoded,
		// and later or earlier offices of people the file had
		{"Clayton Yeutter", MakeDate(1985, 6, 30), ""},
		{"Yeutter", MakeDate(1987, 3, 1), "USAGOV"},
		{"Paul Keating", MakeDate(1987, 3, 1), "AUSGOV"},
		{"Keating", MakeDate(1991, 9, 1), ""},
		{"Robert Gates", MakeDate(1987, 3, 1), "USASPY"},
		{"Robert Gates", MakeDate(1990, 1, 1), "USAGOV"},
		{"Robert Gates", MakeDate(2000, 1, 1), ""},
		{"Lloyd Bentsen", MakeDate(1987, 3, 1), "USALEG"},
		{"Mark Eyskens", MakeDate(1987, 3, 1), "BELGOV"},
		{"Dilson Funaro", MakeDate(1987, 3, 1), "BRAGOV"},
		{"Frans Andriessen", MakeDate(1987, 3, 1), "IGOEUREEC"},
		{"Penny Mordaunt", MakeDate(2018, 6, 1), "GBRGOV"},
		{"Mordaunt", MakeDate(2019, 6, 1), "GBRGOVMIL"},
		{"H. R. McMaster", MakeDate(2017, 6, 1), "USAGOV"},
		{"Geir Pedersen", MakeDate(2018, 6, 1), ""},
		{"Geir Pedersen", MakeDate(2019, 6, 1), "IGOUNO"},
		{"Fethullah Gülen", MakeDate(2010, 1, 1), "TURREL"},
		{"Gulen", MakeDate(2016, 7, 16), "TUROPP"},
		{"Fethullah Gülen", MakeDate(2025, 1, 1), ""},
		{"Alexei Navalny", MakeDate(2020, 1, 1), "RUSOPP"},
		{"Navalny", MakeDate(2024, 3, 1), ""},
		{"Jamal Khashoggi", MakeDate(2018, 1, 1), "SAUMED"},
		{"Jamal Khashoggi", MakeDate(2018, 12, 1), ""},
	}
	for _, tt := range tests {
		e, ok := l.Find(tt.name)
		if !ok {
			t.Errorf("%q not found", tt.name)
			continue
		}
		got := ""
		if r, ok := e.CodeOn(tt.day); ok {
			got = r.Code
		}
		if got != tt.code {
			t.Errorf("%s on %s: %q, want %q", tt.name, tt.day, got, tt.code)
		}
	}
}
